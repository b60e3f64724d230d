//! A dossier's ruleset, resolved once where a view model is built, so pages hold the ruleset itself
//! rather than looking its id up again.

use std::ops::Deref;

use criteria::catalogue::{self, Ruleset, RULESETS};
use criteria::dossier::Dossier;

/// A ruleset of the catalogue. Compared by identity, which is exact: the catalogue holds each
/// ruleset once, as a `static`.
#[derive(Debug, Clone, Copy)]
pub struct RulesetRef(pub &'static Ruleset);

impl PartialEq for RulesetRef {
    fn eq(&self, other: &RulesetRef) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Eq for RulesetRef {}

impl Deref for RulesetRef {
    type Target = Ruleset;

    fn deref(&self) -> &Ruleset {
        self.0
    }
}

impl RulesetRef {
    /// The ruleset with this id, if the catalogue has it (ids typed into an address may not be).
    pub fn by_id(id: &str) -> Option<RulesetRef> {
        catalogue::ruleset(id).map(RulesetRef)
    }

    /// Every ruleset, newest document first.
    pub fn all() -> impl Iterator<Item = RulesetRef> {
        RULESETS.iter().copied().map(RulesetRef)
    }

    /// The place in the catalogue: 0 for the newest document.
    pub fn rank(self) -> usize {
        RULESETS
            .iter()
            .position(|r| std::ptr::eq(*r, self.0))
            .unwrap_or(RULESETS.len())
    }
}

/// The ruleset of a dossier the app holds.
///
/// Every such dossier passed the crate's validator (the store validates what it reads and what it
/// writes, an import validates its file, the kiosk's samples are tested), and the validator refuses
/// an unknown ruleset id: the lookup cannot fail.
pub fn ruleset_of(d: &Dossier) -> RulesetRef {
    RulesetRef::by_id(&d.ruleset).expect("a validated dossier names a ruleset of the catalogue")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rulesets_are_found_by_id_and_ranked_newest_first() {
        let ranks: Vec<(usize, &str)> = RulesetRef::all().map(|r| (r.rank(), r.id)).collect();
        assert_eq!(ranks.len(), RULESETS.len());
        assert!(ranks.iter().enumerate().all(|(i, (rank, _))| i == *rank));
        let first = RulesetRef::by_id(ranks[0].1).expect("in the catalogue");
        assert_eq!(first, RulesetRef::all().next().expect("a ruleset"));
        assert_ne!(first, RulesetRef::by_id(ranks[1].1).expect("in the catalogue"));
        assert!(RulesetRef::by_id("no-such-ruleset").is_none());
    }
}

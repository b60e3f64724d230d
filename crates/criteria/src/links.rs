//! Where a unit head's `unit_dossier` link is looked up: among a slice of other dossiers (one
//! assessment), or in an index built once for a whole batch ([`crate::Batch`]), so assessing `n`
//! dossiers with `h` unit heads costs one pass to build the index rather than `h × n` comparisons.

use std::collections::HashMap;

use crate::dossier::Dossier;

/// The dossiers a link may point to.
#[derive(Clone, Copy)]
pub(crate) enum Links<'a> {
    /// Look the link up in this slice, first match first.
    Among(&'a [Dossier]),
    /// Look it up in an index that holds the first dossier of each id.
    Index(&'a HashMap<&'a str, &'a Dossier>),
}

impl<'a> Links<'a> {
    /// The dossier the link `id` points to from the dossier `own`.
    ///
    /// *Choice*: the dossier itself is never its own unit's dossier. The dossiers given may hold
    /// it (the command passes every dossier of a call), so a link to one's own id finds nothing:
    /// the criterion is then `unknown`, whose fix is to link the right dossier. Should several
    /// dossiers share the linked id (input the validator keeps out of one export), the first one
    /// counts, so the result depends on nothing but input order. Both lookups answer alike.
    pub fn find(self, id: &str, own: &str) -> Option<&'a Dossier> {
        if id == own {
            return None;
        }
        match self {
            Links::Among(dossiers) => dossiers.iter().find(|d| d.id == id),
            Links::Index(index) => index.get(id).copied(),
        }
    }
}

/// The first dossier of each id, in `dossiers`' order.
pub(crate) fn index(dossiers: &[Dossier]) -> HashMap<&str, &Dossier> {
    let mut index = HashMap::with_capacity(dossiers.len());
    for d in dossiers {
        index.entry(d.id.as_str()).or_insert(d);
    }
    index
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::fixtures::collective;

    fn with_id(id: &str, from: i32) -> Dossier {
        let mut d = collective("btnmt-thidua-2021", from, from);
        d.id = id.into();
        d
    }

    #[test]
    fn both_lookups_find_the_first_of_an_id_and_never_oneself() {
        let dossiers = [with_id("a", 2021), with_id("b", 2022), with_id("a", 2023)];
        let index = index(&dossiers);
        for links in [Links::Among(&dossiers), Links::Index(&index)] {
            assert_eq!(links.find("a", "head").map(|d| d.period.from), Some(2021));
            assert_eq!(links.find("b", "head").map(|d| d.period.from), Some(2022));
            assert!(links.find("c", "head").is_none());
            assert!(links.find("a", "a").is_none(), "a dossier is not its own unit");
        }
    }
}

//! Which dossiers belong to one unit. People type a unit's name by hand, so "Cục Quản lý tài nguyên
//! nước", "Cục quản lý  tài nguyên nước" and the same words typed with combining marks are one unit:
//! names are compared by a key that ignores case and spacing and reads Unicode's composed form
//! (NFC). The key never drops a tone or vowel mark: "Phòng Tài chính" and "Phòng Tai chinh" may be
//! two units, and merging them would hide one. Each group is shown in its most common spelling.
//! Dossiers with no unit form a group of their own ("Chưa ghi đơn vị"), so none is left out.

use std::collections::BTreeMap;

use criteria::dossier::Dossier;

use crate::text::Collator;

/// The key of a unit's name: composed form, lower case, one space between words, none around.
/// The empty key is the group of dossiers with no unit.
pub fn unit_key(name: &str, collator: &dyn Collator) -> String {
    spelling(name, collator).to_lowercase()
}

/// A name as the page shows it: composed form, one space between words, none around.
fn spelling(name: &str, collator: &dyn Collator) -> String {
    collator.nfc(&name.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// One unit as the page offers it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitGroup {
    /// [`unit_key`] of every dossier in the group; empty for the dossiers with no unit.
    pub key: String,
    /// The most common spelling among the group's dossiers (composed form, single spaces); ties go
    /// to the first in alphabetical order. `None` for the dossiers with no unit.
    pub name: Option<String>,
    /// How many dossiers the group holds, under every ruleset.
    pub dossiers: usize,
}

/// The units of `dossiers`: named ones in Vietnamese alphabetical order, then, if any dossier has
/// no unit, the group of those.
pub fn unit_groups(dossiers: &[Dossier], collator: &dyn Collator) -> Vec<UnitGroup> {
    let mut spellings: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for d in dossiers {
        let spelled = spelling(&d.subject.unit, collator);
        let key = spelled.to_lowercase();
        *spellings.entry(key).or_default().entry(spelled).or_default() += 1;
    }
    let mut groups: Vec<UnitGroup> = spellings
        .into_iter()
        .map(|(key, spelled)| {
            let dossiers = spelled.values().sum();
            let name = spelled
                .into_iter()
                .max_by(|(a, n), (b, m)| n.cmp(m).then_with(|| collator.compare(b, a)))
                .map(|(name, _)| name)
                .filter(|name| !name.is_empty());
            UnitGroup { key, name, dossiers }
        })
        .collect();
    // Unstable (a smaller sort in the wasm): keys are unique, so with them as the last tiebreak
    // the order is total.
    groups.sort_unstable_by(|a, b| {
        match (&a.name, &b.name) {
            (Some(x), Some(y)) => collator.compare(x, y),
            // The group with no unit goes last.
            (x, y) => x.is_none().cmp(&y.is_none()),
        }
        .then_with(|| a.key.cmp(&b.key))
    });
    groups
}

/// Whether `d` belongs to the unit whose key is `key`.
pub fn in_unit(d: &Dossier, key: &str, collator: &dyn Collator) -> bool {
    unit_key(&d.subject.unit, collator) == key
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixtures::dossier;
    use crate::text::FoldedOrder;

    fn of_unit(id: &str, unit: &str) -> Dossier {
        let mut d = dossier(id, id);
        d.subject.unit = unit.to_owned();
        d
    }

    #[test]
    fn case_spacing_and_decomposed_marks_make_one_unit_shown_in_its_most_common_spelling() {
        let decomposed = "Cu\u{0323}c Qua\u{0309}n ly\u{0301} ta\u{0300}i nguye\u{0302}n nu\u{031b}o\u{031b}\u{0301}c";
        let dossiers = [
            of_unit("d-1", "Cục Quản lý tài nguyên nước"),
            of_unit("d-2", "  cục quản lý   tài nguyên nước "),
            of_unit("d-3", decomposed),
            of_unit("d-4", "Cục Quản lý tài nguyên nước"),
        ];
        let groups = unit_groups(&dossiers, &FoldedOrder);
        assert_eq!(
            groups,
            [UnitGroup {
                key: "cục quản lý tài nguyên nước".into(),
                name: Some("Cục Quản lý tài nguyên nước".into()),
                dossiers: 4,
            }]
        );
        assert!(dossiers.iter().all(|d| in_unit(d, &groups[0].key, &FoldedOrder)));
    }

    #[test]
    fn names_that_differ_only_in_their_marks_stay_two_units() {
        let dossiers = [of_unit("d-1", "Phòng Tài chính"), of_unit("d-2", "Phòng Tai chinh")];
        let groups = unit_groups(&dossiers, &FoldedOrder);
        assert_eq!(groups.len(), 2, "{groups:?}");
        assert!(in_unit(&dossiers[0], "phòng tài chính", &FoldedOrder));
        assert!(!in_unit(&dossiers[1], "phòng tài chính", &FoldedOrder));
    }

    #[test]
    fn dossiers_with_no_unit_are_a_group_of_their_own_listed_last() {
        let dossiers = [
            of_unit("d-1", ""),
            of_unit("d-2", "Vụ Pháp chế"),
            of_unit("d-3", "   "),
            of_unit("d-4", "Chi cục Biển"),
        ];
        let groups = unit_groups(&dossiers, &FoldedOrder);
        let names: Vec<Option<&str>> = groups.iter().map(|g| g.name.as_deref()).collect();
        assert_eq!(names, [Some("Chi cục Biển"), Some("Vụ Pháp chế"), None]);
        assert_eq!(groups[2].key, "");
        assert_eq!(groups[2].dossiers, 2);
        assert!(in_unit(&dossiers[2], "", &FoldedOrder));
    }

    #[test]
    fn an_even_count_goes_to_the_first_spelling_in_alphabetical_order() {
        let dossiers = [of_unit("d-1", "vụ pháp chế"), of_unit("d-2", "Vụ Pháp chế")];
        let groups = unit_groups(&dossiers, &FoldedOrder);
        assert_eq!(groups[0].name.as_deref(), Some("Vụ Pháp chế"));
    }
}

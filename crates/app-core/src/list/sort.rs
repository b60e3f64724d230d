//! The list's order: which column, which way; the shell's "Sắp xếp" select and sortable column
//! headers change it and show it (`aria-sort`).

use std::cmp::Ordering;

use criteria::text::Text;

use super::rows::Row;
use crate::i18n::msg;

/// The column the list is sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Name,
    Updated,
    Verdict,
    /// The ruleset's place in the catalogue, newest document first.
    Ruleset,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Ascending,
    Descending,
}

/// A sort order. Ties fall back to the name, then the id, so the order never depends on storage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    pub key: SortKey,
    pub direction: Direction,
}

impl Default for Sort {
    /// The most recently updated dossier first: usually the one the user wants to continue.
    fn default() -> Sort {
        Sort::natural(SortKey::Updated)
    }
}

impl Sort {
    /// Every order the select offers, in the order it offers them.
    pub const ALL: [Sort; 8] = [
        Sort {
            key: SortKey::Updated,
            direction: Direction::Descending,
        },
        Sort {
            key: SortKey::Updated,
            direction: Direction::Ascending,
        },
        Sort {
            key: SortKey::Name,
            direction: Direction::Ascending,
        },
        Sort {
            key: SortKey::Name,
            direction: Direction::Descending,
        },
        Sort {
            key: SortKey::Verdict,
            direction: Direction::Descending,
        },
        Sort {
            key: SortKey::Verdict,
            direction: Direction::Ascending,
        },
        Sort {
            key: SortKey::Ruleset,
            direction: Direction::Ascending,
        },
        Sort {
            key: SortKey::Ruleset,
            direction: Direction::Descending,
        },
    ];

    /// The first direction a column header sorts in: names A–Z, the newest change, "Đạt" first,
    /// the newest document first.
    pub fn natural(key: SortKey) -> Sort {
        let direction = match key {
            SortKey::Name | SortKey::Ruleset => Direction::Ascending,
            SortKey::Updated | SortKey::Verdict => Direction::Descending,
        };
        Sort { key, direction }
    }

    /// The value of this order's `<option>`.
    pub fn code(self) -> &'static str {
        match (self.key, self.direction) {
            (SortKey::Name, Direction::Ascending) => "name-asc",
            (SortKey::Name, Direction::Descending) => "name-desc",
            (SortKey::Updated, Direction::Ascending) => "updated-asc",
            (SortKey::Updated, Direction::Descending) => "updated-desc",
            (SortKey::Verdict, Direction::Ascending) => "verdict-asc",
            (SortKey::Verdict, Direction::Descending) => "verdict-desc",
            (SortKey::Ruleset, Direction::Ascending) => "ruleset-asc",
            (SortKey::Ruleset, Direction::Descending) => "ruleset-desc",
        }
    }

    pub fn from_code(code: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.code() == code)
    }

    pub fn label(self) -> Text {
        use msg::dossier_list as m;
        match (self.key, self.direction) {
            (SortKey::Name, Direction::Ascending) => m::SORT_NAME_ASC,
            (SortKey::Name, Direction::Descending) => m::SORT_NAME_DESC,
            (SortKey::Updated, Direction::Ascending) => m::SORT_UPDATED_ASC,
            (SortKey::Updated, Direction::Descending) => m::SORT_UPDATED_DESC,
            (SortKey::Verdict, Direction::Ascending) => m::SORT_VERDICT_ASC,
            (SortKey::Verdict, Direction::Descending) => m::SORT_VERDICT_DESC,
            (SortKey::Ruleset, Direction::Ascending) => m::SORT_RULESET_ASC,
            (SortKey::Ruleset, Direction::Descending) => m::SORT_RULESET_DESC,
        }
    }

    /// What a click on `key`'s header does: the other direction if the list is already sorted by
    /// it, else that column in its natural direction.
    pub fn toggled(self, key: SortKey) -> Sort {
        if self.key != key {
            return Sort::natural(key);
        }
        let direction = match self.direction {
            Direction::Ascending => Direction::Descending,
            Direction::Descending => Direction::Ascending,
        };
        Sort { key, direction }
    }

    /// `aria-sort` of `key`'s header: set only on the column the list is sorted by. Verdicts
    /// ascend from "Chưa đạt" to "Đạt", rulesets from the newest document to the oldest.
    pub fn aria_sort(self, key: SortKey) -> Option<&'static str> {
        (self.key == key).then_some(match self.direction {
            Direction::Ascending => "ascending",
            Direction::Descending => "descending",
        })
    }

    pub fn compare(self, a: &Row, b: &Row) -> Ordering {
        let primary = match self.key {
            SortKey::Name => Ordering::Equal,
            SortKey::Updated => a.updated_ms.cmp(&b.updated_ms),
            SortKey::Verdict => a.verdict.rank().cmp(&b.verdict.rank()),
            SortKey::Ruleset => a.ruleset.rank().cmp(&b.ruleset.rank()),
        };
        let by_name = a.name_rank.cmp(&b.name_rank).then_with(|| a.id.cmp(&b.id));
        match self.direction {
            Direction::Ascending => primary.then(by_name),
            Direction::Descending if self.key == SortKey::Name => by_name.reverse(),
            Direction::Descending => primary.reverse().then(by_name),
        }
    }
}

#[cfg(test)]
mod tests {
    use criteria::assessment::Verdict;

    use super::*;
    use crate::list::rows::sample;

    fn ids(rows: &mut [Row], sort: Sort) -> Vec<String> {
        rows.sort_by(|a, b| sort.compare(a, b));
        rows.iter().map(|r| r.id.clone()).collect()
    }

    #[test]
    fn verdicts_sort_best_first_then_by_name() {
        let mut rows = [
            sample("c", "Cường", 2, Verdict::Eligible),
            sample("a", "An", 0, Verdict::NotEligible),
            sample("b", "Bình", 1, Verdict::Eligible),
        ];
        let best_first = Sort {
            key: SortKey::Verdict,
            direction: Direction::Descending,
        };
        assert_eq!(ids(&mut rows, best_first), ["b", "c", "a"]);
        assert_eq!(ids(&mut rows, best_first.toggled(SortKey::Verdict)), ["a", "b", "c"]);
    }

    #[test]
    fn a_header_press_flips_its_column_or_starts_another_in_its_natural_direction() {
        let by_name = Sort::natural(SortKey::Name);
        assert_eq!(by_name.aria_sort(SortKey::Name), Some("ascending"));
        assert_eq!(
            by_name.toggled(SortKey::Name).aria_sort(SortKey::Name),
            Some("descending")
        );
        assert_eq!(by_name.toggled(SortKey::Updated), Sort::default());
        assert_eq!(by_name.aria_sort(SortKey::Updated), None);
        assert!(Sort::ALL.iter().all(|s| Sort::from_code(s.code()) == Some(*s)));
    }
}

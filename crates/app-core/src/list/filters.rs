//! Narrowing the list: by name, verdict, ruleset and unit.

use std::sync::Arc;

use criteria::assessment::Verdict;

use super::rows::Row;
use super::sort::Sort;
use crate::text::fold;
use crate::RulesetRef;

/// What the list is narrowed to; `None` and an empty query let everything through.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filters {
    /// Free text, looked for in the name without regard to case or tone marks.
    pub query: String,
    pub verdict: Option<Verdict>,
    pub ruleset: Option<RulesetRef>,
    pub unit: Option<String>,
}

impl Filters {
    /// The verdicts the filter offers, from the best to the worst.
    pub const VERDICTS: [Verdict; 4] = [
        Verdict::Eligible,
        Verdict::OnTrack,
        Verdict::Incomplete,
        Verdict::NotEligible,
    ];

    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }

    /// The rows that pass every filter, in `sort` order.
    pub fn apply(&self, rows: &[Arc<Row>], sort: Sort) -> Vec<Arc<Row>> {
        let query = fold(self.query.trim());
        let mut kept: Vec<Arc<Row>> = rows
            .iter()
            .filter(|row| self.lets_through(row, &query))
            .cloned()
            .collect();
        // Unstable (a smaller sort in the wasm): Sort::compare ends on the unique id.
        kept.sort_unstable_by(|a, b| sort.compare(a, b));
        kept
    }

    fn lets_through(&self, row: &Row, folded_query: &str) -> bool {
        self.verdict.is_none_or(|v| row.verdict == v)
            && self.ruleset.is_none_or(|r| row.ruleset == r)
            && self.unit.as_deref().is_none_or(|u| row.unit == u)
            && row.search_key.contains(folded_query)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::list::rows::sample;
    use crate::list::SortKey;

    #[test]
    fn filters_combine_and_search_ignores_case_and_tone_marks() {
        let mut ha = sample("ha", "Đặng Thị Hà", 0, Verdict::Incomplete);
        ha.unit = "Cục Quản lý đất đai".to_owned();
        let mut hoa = sample("hoa", "Nguyễn Thị Hoa", 1, Verdict::Incomplete);
        hoa.unit = "Sở Tài nguyên và Môi trường".to_owned();
        let binh = sample("binh", "Trần Văn Bình", 2, Verdict::NotEligible);
        let rows = [ha, hoa, binh].map(Arc::new);
        let ids = |filters: Filters| -> Vec<String> {
            filters
                .apply(&rows, Sort::natural(SortKey::Name))
                .iter()
                .map(|r| r.id.clone())
                .collect()
        };
        assert_eq!(ids(Filters::default()), ["ha", "hoa", "binh"]);
        assert_eq!(
            ids(Filters {
                query: " THI ".to_owned(),
                ..Filters::default()
            }),
            ["ha", "hoa"]
        );
        assert_eq!(
            ids(Filters {
                query: "dang".to_owned(),
                ..Filters::default()
            }),
            ["ha"]
        );
        assert_eq!(
            ids(Filters {
                verdict: Some(Verdict::Incomplete),
                unit: Some("Cục Quản lý đất đai".to_owned()),
                ..Filters::default()
            }),
            ["ha"]
        );
        assert_eq!(
            ids(Filters {
                ruleset: RulesetRef::by_id("btnmt-thidua-2021"),
                ..Filters::default()
            }),
            Vec::<String>::new()
        );
        assert!(!Filters::default().is_active());
    }
}

//! Searching the criteria by words, without regard to case or Vietnamese tone and vowel marks, so
//! "tieu chuan" finds "tiêu chuẩn" and "chien sy" finds "Chiến sỹ".

use std::collections::HashSet;

use criteria::catalogue::{Criterion, RULESETS};

use crate::text::fold;

/// Every criterion of the catalogue with its quote, gloss, id and citation folded once.
pub struct SearchIndex(Vec<(&'static str, String)>);

impl Default for SearchIndex {
    fn default() -> SearchIndex {
        let all = RULESETS.iter().flat_map(|r| r.criteria.iter());
        SearchIndex(
            all.map(|c: &Criterion| (c.id, fold(&[c.quote, c.gloss, c.id, c.citation].join(" "))))
                .collect(),
        )
    }
}

impl SearchIndex {
    /// How many criteria the catalogue holds.
    pub fn criteria_count(&self) -> usize {
        self.0.len()
    }

    /// The ids of the criteria whose text holds every word of `query`; `None` for an empty query
    /// (everything is shown).
    pub fn find(&self, query: &str) -> Option<HashSet<&'static str>> {
        let folded = fold(query);
        let words: Vec<&str> = folded.split_whitespace().collect();
        if words.is_empty() {
            return None;
        }
        Some(
            self.0
                .iter()
                .filter(|(_, text)| words.iter().all(|w| text.contains(w)))
                .map(|(id, _)| *id)
                .collect(),
        )
    }
}

#[cfg(test)]
mod tests {

    use super::*;

    #[test]
    fn accents_and_case_do_not_matter() {
        let index = SearchIndex::default();
        assert_eq!(index.find("TIEU CHUAN dien hinh"), index.find("tiêu chuẩn điển hình"));
        assert!(index.find("tieu chuan").is_some_and(|found| !found.is_empty()));
    }

    #[test]
    fn every_word_must_appear_in_any_order() {
        let index = SearchIndex::default();
        let found = index.find("sy chien").expect("a query with words");
        assert!(found.contains("btnmt-dhtt-2021-2025/cn-6"));
        assert!(!found.contains("btnmt-dhtt-2021-2025/cn-1"));
    }

    #[test]
    fn ids_citations_and_glosses_are_searched_too() {
        let index = SearchIndex::default();
        assert!(index
            .find("thidua-2021/ld-2")
            .expect("words")
            .contains("btnmt-thidua-2021/ld-2"));
        assert!(index
            .find("muc II.3.2")
            .expect("words")
            .contains("btnmt-dhtt-2021-2025/cn-5"));
        assert!(index
            .find("emulation fighter")
            .expect("words")
            .contains("btnmt-dhtt-2023-2025/cn-5"));
    }

    #[test]
    fn a_blank_query_filters_nothing() {
        assert_eq!(SearchIndex::default().find("  "), None);
    }
}

//! Decisions ("quyết định") named in a dossier's free-text evidence, such as
//! "Quyết định số 15/QĐ-TNN ngày 10/01/2024 của Cục trưởng Cục Quản lý tài nguyên nước".
//!
//! The report's awards table has a column for each award's decision (its number, date and issuer).
//! The dossier keeps evidence as the user typed it, so this reads what it can: a number is a word
//! that starts with a digit and holds "/QĐ" or "QĐ-" (15/QĐ-TNN, 07/2024/QĐ-UBND); a date follows
//! "ngày" (10/01/2024, 10-1-2024, "10 tháng 01 năm 2024"); an issuer follows "của" up to the next
//! punctuation. Whatever is not written is `None`, and the report leaves a blank for it: nothing is
//! guessed (not even an issuer from the number's suffix).

use chrono::NaiveDate;

/// One decision named in a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decision {
    /// As written: `15/QĐ-TNN`.
    pub number: String,
    pub date: Option<NaiveDate>,
    /// As written after "của": `Cục trưởng Cục Quản lý tài nguyên nước`.
    pub issuer: Option<String>,
}

impl Decision {
    /// The date as the template writes dates in a table: `10/01/2024`.
    pub fn date_text(&self) -> Option<String> {
        self.date.map(|d| d.format("%d/%m/%Y").to_string())
    }
}

/// Every decision named in `text`, in order.
pub fn decisions(text: &str) -> Vec<Decision> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(number) = decision_number(words[i]) else {
            i += 1;
            continue;
        };
        let mut decision = Decision {
            number,
            date: None,
            issuer: None,
        };
        i += 1;
        // "ngày …" and "của …" may come in either order, each at most once.
        for _ in 0..2 {
            if ends_clause(words[i - 1]) {
                break;
            }
            match words.get(i).map(|w| bare(w).to_lowercase()).as_deref() {
                Some("ngày") if decision.date.is_none() => {
                    let (date, used) = date_after(&words[i + 1..]);
                    decision.date = date;
                    i += 1 + used;
                }
                Some("của") if decision.issuer.is_none() => {
                    let (issuer, used) = issuer_after(&words[i + 1..]);
                    decision.issuer = issuer;
                    i += 1 + used;
                }
                _ => break,
            }
        }
        found.push(decision);
    }
    found
}

/// The word without the punctuation around it.
fn bare(word: &str) -> &str {
    word.trim_matches(|c: char| matches!(c, ',' | ';' | '.' | ':' | '(' | ')' | '"' | '“' | '”'))
}

/// Whether a word closes a clause (a comma, semicolon or full stop after it), so what follows is
/// not about the decision before it.
fn ends_clause(word: &str) -> bool {
    word.ends_with([',', ';', '.', ')'])
}

fn decision_number(word: &str) -> Option<String> {
    let w = bare(word);
    let starts_with_digit = w.chars().next().is_some_and(|c| c.is_ascii_digit());
    let is_decision = w.contains("/QĐ") || w.contains("QĐ-");
    (starts_with_digit && is_decision).then(|| w.to_string())
}

/// A date at the start of `words` and how many words it took: `10/01/2024` (or with `-` or `.`),
/// or `10 tháng 01 năm 2024`. A date that does not exist (31/02/2024) is `None`, still consumed.
fn date_after(words: &[&str]) -> (Option<NaiveDate>, usize) {
    let Some(first) = words.first() else {
        return (None, 0);
    };
    let parts: Vec<&str> = bare(first).split(['/', '-', '.']).collect();
    if let [d, m, y] = parts[..] {
        return (ymd(y, m, d), 1);
    }
    match words {
        [d, thang, m, nam, y, ..] if bare(thang) == "tháng" && bare(nam) == "năm" => {
            (ymd(bare(y), bare(m), bare(d)), 5)
        }
        _ => (None, 0),
    }
}

fn ymd(y: &str, m: &str, d: &str) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

/// The issuer at the start of `words`: up to a word that closes the clause (included, without its
/// punctuation), the word "ngày" (a date follows), or the next decision.
fn issuer_after(words: &[&str]) -> (Option<String>, usize) {
    let mut taken = Vec::new();
    for (n, word) in words.iter().enumerate() {
        let b = bare(word);
        if b == "ngày" || b == "QĐ" || b.eq_ignore_ascii_case("quyết") || decision_number(word).is_some() {
            return (non_empty(&taken), n);
        }
        if !b.is_empty() {
            taken.push(b);
        }
        if ends_clause(word) {
            return (non_empty(&taken), n + 1);
        }
    }
    (non_empty(&taken), words.len())
}

fn non_empty(words: &[&str]) -> Option<String> {
    (!words.is_empty()).then(|| words.join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn reads_number_and_date_of_the_usual_phrase() {
        let found = decisions("Quyết định số 15/QĐ-TNN ngày 10/01/2024");
        assert_eq!(
            found,
            [Decision {
                number: "15/QĐ-TNN".into(),
                date: date(2024, 1, 10),
                issuer: None
            }]
        );
        assert_eq!(found[0].date_text().as_deref(), Some("10/01/2024"));
    }

    #[test]
    fn reads_the_issuer_after_cua_up_to_the_punctuation() {
        let found = decisions(
            "QĐ số 1234/QĐ-BTNMT ngày 5 tháng 3 năm 2025 của Bộ trưởng Bộ Tài nguyên và Môi trường; \
             Quyết định số 07/2024/QĐ-UBND ngày 2-2-2024 của UBND tỉnh Khánh Hòa.",
        );
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].number, "1234/QĐ-BTNMT");
        assert_eq!(found[0].date, date(2025, 3, 5));
        assert_eq!(
            found[0].issuer.as_deref(),
            Some("Bộ trưởng Bộ Tài nguyên và Môi trường")
        );
        assert_eq!(found[1].number, "07/2024/QĐ-UBND");
        assert_eq!(found[1].date, date(2024, 2, 2));
        assert_eq!(found[1].issuer.as_deref(), Some("UBND tỉnh Khánh Hòa"));
    }

    #[test]
    fn the_issuer_may_come_before_the_date() {
        let found = decisions("Quyết định số 9/QĐ-TNN của Cục trưởng ngày 08/01/2025");
        assert_eq!(found[0].issuer.as_deref(), Some("Cục trưởng"));
        assert_eq!(found[0].date, date(2025, 1, 8));
    }

    #[test]
    fn a_number_alone_leaves_date_and_issuer_unknown() {
        let found = decisions("Quyết định công nhận sáng kiến số 7/QĐ-TNN");
        assert_eq!(found.len(), 1);
        assert_eq!(
            (found[0].number.as_str(), found[0].date, found[0].issuer.as_deref()),
            ("7/QĐ-TNN", None, None)
        );
    }

    #[test]
    fn a_date_that_does_not_exist_is_unknown_not_a_neighbour() {
        assert_eq!(decisions("Quyết định số 3/QĐ-STNMT ngày 31/02/2024")[0].date, None);
    }

    #[test]
    fn text_without_a_decision_number_names_none() {
        assert!(decisions("Nhận xét của thủ trưởng đơn vị ngày 10/01/2024").is_empty());
        assert!(decisions("Công văn số 12/TNN-VP ngày 10/01/2024").is_empty());
        assert!(decisions("").is_empty());
    }

    #[test]
    fn a_comma_after_the_number_ends_the_decision() {
        let found = decisions("QĐ 15/QĐ-TNN, ngày công nhận chưa rõ");
        assert_eq!(found[0].date, None);
    }
}

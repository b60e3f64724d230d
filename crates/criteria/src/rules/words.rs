//! The small phrases the rules build their details and fixes from, in both languages, so every rule
//! names years, periods and lists the same way.

use std::fmt::Write;

use chrono::{Datelike, NaiveDate};

use crate::dossier::Period;
use crate::text::{Message, Text};

/// A label used inside a sentence: "Hoàn thành xuất sắc nhiệm vụ" becomes "hoàn thành xuất sắc nhiệm
/// vụ". Only for labels that are not proper names (ratings, initiative kinds); titles keep their
/// capitals.
pub(super) fn lower_first(label: &str) -> String {
    let mut chars = label.chars();
    let Some(first) = chars.next() else {
        return String::new();
    };
    // The rest is copied whole rather than char by char: every detail of a yearly rule calls this.
    let mut lowered = String::with_capacity(label.len());
    lowered.extend(first.to_lowercase());
    lowered.push_str(chars.as_str());
    lowered
}

/// Both labels of `text`, lowered with [`lower_first`].
pub(super) fn lowered(text: Text) -> Message {
    Message::new(lower_first(text.vi), lower_first(text.en))
}

/// "2023–2025", or "2023" for a one-year period.
pub(super) fn period(period: Period) -> String {
    if period.from == period.to {
        period.from.to_string()
    } else {
        format!("{}–{}", period.from, period.to)
    }
}

/// A day as the documents write it ("trước ngày 10/5/2023"), in both languages: 31/12/2025.
pub(super) fn day(date: NaiveDate) -> String {
    // Not chrono's `format("%-d/%-m/%Y")`: its formatter would be in the app's wasm for this alone.
    format!("{}/{}/{}", date.day(), date.month(), date.year())
}

/// A number as people write it: 100 rather than 100.0, 99.5 as is.
pub(super) fn pct(value: f64) -> String {
    format!("{value}")
}

/// The part of a criterion id after the ruleset, e.g. `tt-6`.
pub(super) fn short_id(id: &str) -> &str {
    id.split_once('/').map_or(id, |(_, short)| short)
}

/// One sentence about several years, each with its own phrase; years sharing a phrase are named
/// together, in the order their first year comes: "Năm 2023, 2025: chưa nhập xếp loại; năm 2024:
/// …" / "2023, 2025: no rating entered; 2024: …".
///
/// Written straight into the two strings (no list of groups), since every yearly rule of every
/// assessment calls it; a period has a handful of years, so finding a phrase's group by a look back
/// costs less than building one.
pub(super) fn by_year(parts: &[(i32, Message)]) -> Message {
    let (mut vi, mut en) = (String::new(), String::new());
    for (i, (_, phrase)) in parts.iter().enumerate() {
        if parts[..i].iter().any(|(_, p)| p == phrase) {
            continue; // named with the first year of its group
        }
        if vi.is_empty() {
            vi.push_str("Năm ");
        } else {
            vi.push_str("; năm ");
            en.push_str("; ");
        }
        let years = parts[i..].iter().filter(|(_, p)| p == phrase).map(|(y, _)| y);
        for (k, year) in years.enumerate() {
            if k > 0 {
                vi.push_str(", ");
                en.push_str(", ");
            }
            // Writing to a String cannot fail.
            let _ = write!(vi, "{year}");
            let _ = write!(en, "{year}");
        }
        for (text, phrase) in [(&mut vi, &phrase.vi), (&mut en, &phrase.en)] {
            text.push_str(": ");
            text.push_str(phrase);
        }
    }
    Message { vi, en }
}

/// "a, b hoặc c" / "a / b / c": English labels may hold an "or" of their own ("work or technical
/// solution"), so the English list uses slashes.
pub(super) fn one_of(items: &[Message]) -> Message {
    let vi: Vec<&str> = items.iter().map(|m| m.vi.as_str()).collect();
    let en: Vec<&str> = items.iter().map(|m| m.en.as_str()).collect();
    let vi = match vi.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} hoặc {last}", rest.join(", ")),
        _ => vi.concat(),
    };
    Message::new(vi, en.join(" / "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn years_with_the_same_phrase_are_named_together() {
        let missing = Message::new("chưa nhập xếp loại", "no rating entered");
        let other = Message::new("xếp loại tốt", "rated good");
        let m = by_year(&[(2023, missing.clone()), (2024, other), (2025, missing)]);
        assert_eq!(m.vi, "Năm 2023, 2025: chưa nhập xếp loại; năm 2024: xếp loại tốt");
        assert_eq!(m.en, "2023, 2025: no rating entered; 2024: rated good");
    }

    #[test]
    fn a_vietnamese_list_ends_with_hoac() {
        let items = [Message::new("a", "a"), Message::new("b", "b"), Message::new("c", "c")];
        assert_eq!(one_of(&items).vi, "a, b hoặc c");
        assert_eq!(one_of(&items).en, "a / b / c");
        assert_eq!(one_of(&items[..1]).vi, "a");
    }

    #[test]
    fn a_one_year_period_is_its_year() {
        assert_eq!(period(Period { from: 2021, to: 2021 }), "2021");
        assert_eq!(period(Period { from: 2023, to: 2025 }), "2023–2025");
    }

    #[test]
    fn days_are_written_day_month_year() {
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).expect("a real day");
        assert_eq!(super::day(day(2025, 12, 31)), "31/12/2025");
        assert_eq!(super::day(day(2026, 1, 5)), "5/1/2026");
    }

    #[test]
    fn percentages_drop_a_trailing_zero_fraction() {
        assert_eq!(pct(100.0), "100");
        assert_eq!(pct(99.5), "99.5");
    }
}

//! `initiative_in_period(kinds)`: the subject has an initiative of one of `kinds` with a year in the
//! period (CRITERIA.md, Rule kinds).
//!
//! | met | `initiatives` holds one of `kinds` with a year in the period |
//! | not_met | the list is not null, holds none, and the last period year has ended |
//! | unknown | `initiatives` is null |
//! | pending | the list holds none yet and the last period year has not ended |
//!
//! Initiatives dated after the year of `as_of` are not there at all ([`crate::seen`]): neither
//! counted nor named in the detail.

use super::{words, Context, Fix, Outcome, Want};
use crate::assessment::Status;
use crate::codes::InitiativeKind;
use crate::dossier::{Initiative, Period};
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

/// Whether an initiative counts: one of `kinds`, with a year in the period.
fn counts(kinds: &[InitiativeKind], period: Period, i: &Initiative) -> bool {
    kinds.contains(&i.kind) && period.contains(i.year)
}

pub(super) fn status(kinds: &[InitiativeKind], seen: Seen<'_>) -> Status {
    let period = seen.period();
    match seen.initiatives() {
        None => Status::Unknown,
        Some(list) if list.clone().any(|i| counts(kinds, period, i)) => Status::Met,
        Some(_) if seen.has_ended(period.to) => Status::NotMet,
        Some(_) => Status::Pending,
    }
}

pub(super) fn evaluate(kinds: &[InitiativeKind], ctx: Context<'_>, want: Want) -> Outcome {
    let seen = ctx.seen;
    let status = status(kinds, seen);
    let period = seen.period();
    let Some(list) = seen.initiatives() else {
        return Outcome::new(
            status,
            want,
            || {
                Message::new(
                    "Chưa nhập phần sáng kiến, đề tài, giải pháp, mô hình",
                    "The initiatives section is not filled in",
                )
            },
            || {
                vec![Fix {
                    fix: Message::new(
                        "Cần nhập phần sáng kiến (hoặc khai là không có)",
                        "Needs the initiatives section filled in (or declared as none)",
                    ),
                    field: FieldRef::Initiatives,
                }]
            },
        );
    };
    let wanted = || words::one_of(&kinds.iter().map(|k| words::lowered(k.label())).collect::<Vec<_>>());
    let span = words::period(period);
    let detail = || {
        if status == Status::Met {
            let items: Vec<Message> = list.clone().filter(|i| counts(kinds, period, i)).map(item).collect();
            return joined(&items);
        }
        let wanted = wanted();
        let mut detail = if status == Status::NotMet {
            Message::new(
                format!("Không có {} nào trong giai đoạn {span}", wanted.vi),
                format!("No {} in {span}", wanted.en),
            )
        } else {
            Message::new(
                format!(
                    "Chưa có {} nào trong giai đoạn {span}; giai đoạn kéo dài đến hết năm {}",
                    wanted.vi, period.to
                ),
                format!(
                    "No {} in {span} yet; the period runs to the end of {}",
                    wanted.en, period.to
                ),
            )
        };
        append_not_counted(&mut detail, list.clone(), kinds, period);
        detail
    };
    let fixes = || {
        let wanted = wanted();
        vec![Fix {
            fix: Message::new(
                format!("Cần có {} với năm trong giai đoạn {span}", wanted.vi),
                format!("Needs an item ({}) with a year in {span}", wanted.en),
            ),
            field: FieldRef::Initiatives,
        }]
    };
    Outcome::new(status, want, detail, fixes)
}

/// Names the initiatives that were entered but do not count, and why, so the detail names the
/// items at fault (CRITERIA.md: "its `detail` names the years or items at fault").
fn append_not_counted<'a>(
    detail: &mut Message,
    list: impl Iterator<Item = &'a Initiative> + Clone,
    kinds: &[InitiativeKind],
    period: Period,
) {
    let outside: Vec<Message> = list
        .clone()
        .filter(|i| kinds.contains(&i.kind) && !period.contains(i.year))
        .map(item)
        .collect();
    if !outside.is_empty() {
        let m = joined(&outside);
        detail.vi.push_str(&format!(". Ngoài giai đoạn, không tính: {}", m.vi));
        detail
            .en
            .push_str(&format!(". Outside the period, not counted: {}", m.en));
    }
    let other_kind: Vec<Message> = list
        .filter(|i| !kinds.contains(&i.kind) && period.contains(i.year))
        .map(item)
        .collect();
    if !other_kind.is_empty() {
        let m = joined(&other_kind);
        detail.vi.push_str(&format!(". Loại khác, không tính: {}", m.vi));
        detail.en.push_str(&format!(". Another kind, not counted: {}", m.en));
    }
}

/// `Sáng kiến “Số hóa hồ sơ cấp phép” (2024)` / `Initiative “Số hóa hồ sơ cấp phép” (2024)`.
fn item(i: &Initiative) -> Message {
    let label = i.kind.label();
    Message::new(
        format!("{} “{}” ({})", label.vi, i.title, i.year),
        format!("{} “{}” ({})", label.en, i.title, i.year),
    )
}

fn joined(items: &[Message]) -> Message {
    Message::new(
        items.iter().map(|m| m.vi.as_str()).collect::<Vec<_>>().join("; "),
        items.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join("; "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::Scope;
    use crate::rules::fixtures::{alone, day, individual};
    use InitiativeKind::*;

    const KINDS: &[InitiativeKind] = &[SangKien, DeTai];

    fn initiative(kind: InitiativeKind, year: i32) -> Initiative {
        Initiative {
            title: "X".into(),
            kind,
            year,
            scope: Scope::CoSo,
            evidence: String::new(),
            extra: Default::default(),
        }
    }

    fn status(list: Option<Vec<Initiative>>, as_of: chrono::NaiveDate) -> Status {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.initiatives = list;
        evaluate(KINDS, alone(&d, as_of), Want::Detail).status
    }

    #[test]
    fn one_of_the_kinds_in_the_period_is_met_even_before_it_ends() {
        assert_eq!(
            status(Some(vec![initiative(DeTai, 2024)]), day(2024, 6, 1)),
            Status::Met
        );
    }

    #[test]
    fn none_yet_waits_until_the_last_period_year_ends() {
        assert_eq!(status(Some(vec![]), day(2025, 12, 31)), Status::Pending);
        assert_eq!(status(Some(vec![]), day(2026, 1, 1)), Status::NotMet);
    }

    #[test]
    fn another_kind_or_a_year_outside_the_period_does_not_count() {
        let list = vec![initiative(MoHinh, 2024), initiative(SangKien, 2022)];
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.initiatives = Some(list);
        let outcome = evaluate(KINDS, alone(&d, day(2026, 1, 1)), Want::Detail);
        assert_eq!(outcome.status, Status::NotMet);
        assert!(outcome
            .detail
            .en
            .contains("Outside the period, not counted: Initiative “X” (2022)"));
        assert!(outcome
            .detail
            .en
            .contains("Another kind, not counted: New model or good practice “X” (2024)"));
    }

    #[test]
    fn an_initiative_of_a_later_year_is_neither_counted_nor_named() {
        let mut d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        d.initiatives = Some(vec![initiative(SangKien, 2025)]);
        let outcome = evaluate(KINDS, alone(&d, day(2024, 12, 31)), Want::Detail);
        assert_eq!(outcome.status, Status::Pending);
        assert!(!outcome.detail.en.contains("“X”"), "{}", outcome.detail.en);
        assert_eq!(
            evaluate(KINDS, alone(&d, day(2025, 1, 1)), Want::Detail).status,
            Status::Met
        );
    }

    #[test]
    fn a_section_not_filled_in_is_unknown() {
        assert_eq!(status(None, day(2026, 1, 1)), Status::Unknown);
    }
}

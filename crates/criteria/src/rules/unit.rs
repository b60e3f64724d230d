//! `unit_eligible`: a unit head's unit is itself an exemplar (CRITERIA.md, Rule kinds; 000 3.2 and
//! 004 III: "đơn vị phải là tập thể điển hình tiên tiến" / "tập thể tiêu biểu xuất sắc").
//!
//! | met | the linked `unit_dossier` is a `tap_the` dossier of the same ruleset and period whose verdict is `eligible` |
//! | not_met | the link points to a dossier of another kind, ruleset or period, or that dossier's verdict is `not_eligible` |
//! | unknown | no link, the linked dossier is not available, or its verdict is `incomplete` |
//! | pending | its verdict is `on_track` |

use super::{words, Context, Fix, Outcome, Want};
use crate::assessment::{Status, Verdict};
use crate::brief::{self, Brief};
use crate::codes::SubjectKind;
use crate::dossier::{Dossier, Period};
use crate::links::Links;
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

/// Where the link leads.
enum Link<'a> {
    /// No `unit_dossier`.
    Unset,
    /// A link to a dossier that is not at hand (or to oneself: [`Links::find`]).
    NotFound(&'a str),
    /// Not a collective of the same ruleset and period.
    Mismatched(&'a Dossier),
    /// The unit's collective dossier.
    Unit(&'a Dossier),
}

fn link<'a>(ctx: Context<'a>) -> Link<'a> {
    let own = ctx.seen;
    let Some(id) = own.subject().unit_dossier.as_deref() else {
        return Link::Unset;
    };
    let Some(linked) = ctx.links.find(id, own.id()) else {
        return Link::NotFound(id);
    };
    let same = linked.subject.kind == SubjectKind::TapThe
        && linked.ruleset == own.ruleset_id()
        && linked.period == own.period();
    if same {
        Link::Unit(linked)
    } else {
        Link::Mismatched(linked)
    }
}

// A collective has no unit-head criteria, and it is assessed without others, so these never
// recurse. It is assessed on the same day, so it sees what the head's assessment sees.

/// What the unit's assessment on the same day decides.
fn unit_brief(unit: &Dossier, own: Seen<'_>) -> Brief {
    brief::brief(unit, Links::Among(&[]), own.as_of())
}

/// The unit's verdict on the same day, all the lean path needs.
fn unit_verdict(unit: &Dossier, own: Seen<'_>) -> Verdict {
    brief::verdict(unit, Links::Among(&[]), own.as_of())
}

/// The unit's verdict, mapped as the table says.
fn of_verdict(verdict: Verdict) -> Status {
    match verdict {
        Verdict::Eligible => Status::Met,
        Verdict::NotEligible => Status::NotMet,
        Verdict::Incomplete => Status::Unknown,
        Verdict::OnTrack => Status::Pending,
    }
}

pub(super) fn status(ctx: Context<'_>) -> Status {
    match link(ctx) {
        Link::Unset | Link::NotFound(_) => Status::Unknown,
        Link::Mismatched(_) => Status::NotMet,
        Link::Unit(unit) => of_verdict(unit_verdict(unit, ctx.seen)),
    }
}

pub(super) fn evaluate(ctx: Context<'_>, want: Want) -> Outcome {
    let own = ctx.seen;
    match link(ctx) {
        Link::Unset => unknown(
            want,
            Message::new(
                "Chưa liên kết hồ sơ tập thể của đơn vị",
                "No link to the unit's collective dossier",
            ),
            Message::new(
                "Cần liên kết hồ sơ tập thể của đơn vị mình lãnh đạo",
                "Needs a link to the collective dossier of the unit led",
            ),
        ),
        Link::NotFound(id) => unknown(
            want,
            Message::new(
                format!("Không có hồ sơ {id} được liên kết"),
                format!("The linked dossier {id} is not available"),
            ),
            Message::new(
                format!("Cần có hồ sơ tập thể {id} (nhập hoặc tạo), hoặc sửa liên kết"),
                format!("Needs the collective dossier {id} at hand (imported or created), or the link corrected"),
            ),
        ),
        Link::Mismatched(linked) => {
            let (ruleset, period) = (own.ruleset_id(), words::period(own.period()));
            Outcome::new(
                Status::NotMet,
                want,
                || {
                    let found = mismatches(own, linked);
                    Message::new(
                        found.iter().map(|m| m.vi.as_str()).collect::<Vec<_>>().join("; "),
                        found.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join("; "),
                    )
                },
                || {
                    vec![Fix {
                        fix: Message::new(
                            format!(
                                "Cần liên kết hồ sơ tập thể của đơn vị theo bộ tiêu chí {ruleset}, giai đoạn {period}"
                            ),
                            format!("Needs a link to the unit's collective dossier under {ruleset} for {period}"),
                        ),
                        field: FieldRef::UnitDossier,
                    }]
                },
            )
        }
        Link::Unit(linked) => {
            let unit = unit_brief(linked, own);
            match unit.final_after().filter(|_| unit.is_capped()) {
                Some(last_day) => capped(linked, &words::day(last_day), want),
                None => from_verdict(linked, &unit, want),
            }
        }
    }
}

/// How the linked dossier differs from "a `tap_the` dossier of the same ruleset and period".
fn mismatches(own: Seen<'_>, linked: &Dossier) -> Vec<Message> {
    // Named as the user knows it; the internal id would mean nothing to them.
    let (name, ruleset, period): (&str, &str, Period) = (&linked.subject.name, own.ruleset_id(), own.period());
    let mut found = Vec::new();
    if linked.subject.kind != SubjectKind::TapThe {
        let kind = linked.subject.kind.label();
        found.push(Message::new(
            format!("Hồ sơ “{name}” không phải hồ sơ tập thể ({})", kind.vi),
            format!("Dossier “{name}” is not a collective ({})", kind.en),
        ));
    }
    if linked.ruleset != ruleset {
        found.push(Message::new(
            format!(
                "Hồ sơ “{name}” theo bộ tiêu chí {}, không phải {ruleset}",
                linked.ruleset
            ),
            format!("Dossier “{name}” follows ruleset {}, not {ruleset}", linked.ruleset),
        ));
    }
    if linked.period != period {
        let (theirs, ours) = (words::period(linked.period), words::period(period));
        found.push(Message::new(
            format!("Hồ sơ “{name}” có giai đoạn {theirs}, không phải {ours}"),
            format!("Dossier “{name}” covers {theirs}, not {ours}"),
        ));
    }
    found
}

/// The outcome of the unit's verdict. The detail names the unit's criteria that decide it.
fn from_verdict(linked: &Dossier, unit: &Brief, want: Want) -> Outcome {
    let status = of_verdict(unit.verdict);
    let (vi, en) = match unit.verdict {
        Verdict::Eligible => ("đủ điều kiện", "eligible"),
        Verdict::NotEligible => ("không đủ điều kiện; chưa đạt", "not eligible; not met"),
        Verdict::Incomplete => ("chưa đủ dữ liệu; chưa rõ", "incomplete; unknown"),
        Verdict::OnTrack => ("đang đúng hướng; còn chờ", "on track; pending"),
    };
    let name = &linked.subject.name;
    // The unit's criteria whose status is the one this rule takes (none for a met rule), by name.
    let ids = || {
        let named: Vec<_> = unit
            .statuses()
            .filter(|(_, s)| *s == status && status != Status::Met)
            .map(|(c, _)| c)
            .collect();
        let list = |pick: fn(&crate::text::Text) -> &'static str| {
            named
                .iter()
                .map(|c| format!("“{}” ({})", pick(&c.name), words::short_id(c.id)))
                .collect::<Vec<_>>()
                .join("; ")
        };
        Message::new(list(|t| t.vi), list(|t| t.en))
    };
    let detail = || {
        if status == Status::Met {
            Message::new(
                format!("Hồ sơ tập thể “{name}”: {vi}"),
                format!("Collective dossier “{name}”: {en}"),
            )
        } else {
            let names = ids();
            Message::new(
                format!("Hồ sơ tập thể “{name}”: {vi}: {}", names.vi),
                format!("Collective dossier “{name}”: {en}: {}", names.en),
            )
        }
    };
    let fixes = || {
        let names = ids();
        vec![Fix {
            fix: Message::new(
                format!("Hồ sơ tập thể “{name}” cần đạt: {}", names.vi),
                format!("The collective dossier “{name}” needs: {}", names.en),
            ),
            field: FieldRef::UnitDossier,
        }]
    };
    Outcome::new(status, want, detail, fixes)
}

/// The unit meets every criterion but its period has not ended, so its verdict is held at
/// `on_track` and so is this rule: nothing is missing but time.
fn capped(linked: &Dossier, last_day: &str, want: Want) -> Outcome {
    let name = &linked.subject.name;
    Outcome::new(
        Status::Pending,
        want,
        || {
            Message::new(
                format!(
                    "Hồ sơ tập thể “{name}”: đạt mọi tiêu chí, nhưng giai đoạn bình xét chưa kết thúc: kết quả \
                     cuối cùng có sau ngày {last_day}"
                ),
                format!(
                    "Collective dossier “{name}”: every criterion met, but the review period has not ended: the \
                     final result comes after {last_day}"
                ),
            )
        },
        || {
            vec![Fix {
                fix: Message::new(
                    format!("Chờ kết quả cuối cùng của hồ sơ tập thể “{name}” sau ngày {last_day}"),
                    format!("Wait for the final result of the collective dossier “{name}”, after {last_day}"),
                ),
                field: FieldRef::UnitDossier,
            }]
        },
    )
}

fn unknown(want: Want, detail: Message, fix: Message) -> Outcome {
    Outcome::new(
        Status::Unknown,
        want,
        || detail,
        || {
            vec![Fix {
                fix,
                field: FieldRef::UnitDossier,
            }]
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::Declaration;
    use crate::rules::fixtures::{collective, day, explained, individual};

    const RS: &str = "btnmt-thidua-2021";

    fn head(link: Option<&str>) -> Dossier {
        let mut d = individual(RS, 2021, 2021);
        d.id = "head".into();
        d.subject.unit_head = true;
        d.subject.unit_dossier = link.map(String::from);
        d
    }

    /// A collective of `btnmt-thidua-2021` with every declaration met and 2021's plan at `pct`.
    fn unit(pct: Option<f64>) -> Dossier {
        let mut d = collective(RS, 2021, 2021);
        d.id = "unit".into();
        for n in [1, 3, 4, 5, 6] {
            d.declarations.insert(
                format!("{RS}/tt-{n}"),
                Declaration {
                    met: true,
                    evidence: String::new(),
                    extra: Default::default(),
                },
            );
        }
        let mut entry = crate::rules::fixtures::year(2021, None, &[]);
        entry.plan_completion_pct = pct;
        d.years = vec![entry];
        d
    }

    fn outcome(head: &Dossier, others: &[Dossier], as_of: chrono::NaiveDate) -> Outcome {
        let ctx = Context {
            seen: Seen::new(head, as_of),
            links: Links::Among(others),
        };
        let outcome = explained(|want| evaluate(ctx, want));
        assert_eq!(super::status(ctx), outcome.status, "the lean status agrees");
        outcome
    }

    fn status(head: &Dossier, others: &[Dossier], as_of: chrono::NaiveDate) -> Status {
        outcome(head, others, as_of).status
    }

    #[test]
    fn the_unit_verdict_maps_to_the_status() {
        let as_of = day(2022, 1, 1);
        let h = head(Some("unit"));
        assert_eq!(status(&h, &[unit(Some(100.0))], as_of), Status::Met);
        assert_eq!(status(&h, &[unit(Some(90.0))], as_of), Status::NotMet);
        assert_eq!(status(&h, &[unit(None)], as_of), Status::Unknown);
        assert_eq!(status(&h, &[unit(None)], day(2021, 6, 1)), Status::Pending);
    }

    #[test]
    fn a_unit_that_meets_everything_waits_for_its_period_to_end() {
        let h = head(Some("unit"));
        let waiting = outcome(&h, &[unit(Some(100.0))], day(2021, 6, 1));
        assert_eq!(waiting.status, Status::Pending);
        assert!(
            waiting.detail.vi.ends_with("kết quả cuối cùng có sau ngày 31/12/2021"),
            "{}",
            waiting.detail.vi
        );
        assert_eq!(waiting.fixes.len(), 1);
        assert_eq!(waiting.fixes[0].field, FieldRef::UnitDossier);
    }

    #[test]
    fn no_link_or_nothing_to_find_is_unknown() {
        let as_of = day(2022, 1, 1);
        assert_eq!(status(&head(None), &[unit(Some(100.0))], as_of), Status::Unknown);
        assert_eq!(
            status(&head(Some("elsewhere")), &[unit(Some(100.0))], as_of),
            Status::Unknown
        );
    }

    #[test]
    fn a_link_to_oneself_finds_nothing() {
        let h = head(Some("head"));
        assert_eq!(status(&h, std::slice::from_ref(&h), day(2022, 1, 1)), Status::Unknown);
    }

    #[test]
    fn a_link_to_an_individual_is_not_met() {
        let mut other = head(None);
        other.id = "unit".into();
        assert_eq!(status(&head(Some("unit")), &[other], day(2022, 1, 1)), Status::NotMet);
    }

    #[test]
    fn the_first_of_two_dossiers_with_the_linked_id_counts() {
        let others = [unit(Some(100.0)), unit(Some(10.0))];
        assert_eq!(status(&head(Some("unit")), &others, day(2022, 1, 1)), Status::Met);
    }
}

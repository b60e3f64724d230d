//! `unit_eligible`: a unit head's unit is itself an exemplar (CRITERIA.md, Rule kinds; 000 3.2 and
//! 004 III: "đơn vị phải là tập thể điển hình tiên tiến" / "tập thể tiêu biểu xuất sắc").
//!
//! | met | the linked `unit_dossier` is a `tap_the` dossier of the same ruleset and period whose verdict is `eligible` |
//! | not_met | the link points to a dossier of another kind, ruleset or period, or that dossier's verdict is `not_eligible` |
//! | unknown | no link, the linked dossier is not available, or its verdict is `incomplete` |
//! | pending | its verdict is `on_track` |

use super::{words, Context, Fix, Outcome};
use crate::assessment::{Assessment, Status, Verdict};
use crate::codes::SubjectKind;
use crate::dossier::Dossier;
use crate::missing::FieldRef;
use crate::text::Message;

pub(super) fn evaluate(ctx: Context<'_>) -> Outcome {
    let own = ctx.dossier;
    let Some(link) = own.subject.unit_dossier.as_deref() else {
        return unknown(
            Message::new(
                "Chưa liên kết hồ sơ tập thể của đơn vị",
                "No link to the unit's collective dossier",
            ),
            Message::new(
                "Cần liên kết hồ sơ tập thể của đơn vị mình lãnh đạo",
                "Needs a link to the collective dossier of the unit led",
            ),
        );
    };
    // *Choice*: the dossier itself is never its own unit's dossier. `others` may hold the dossier
    // (the command passes every dossier of a call), so a dossier with the same id as this one is
    // skipped, and a link to one's own id finds nothing: `unknown`, whose fix is to link the right
    // dossier. Should several others share the linked id (input the validator keeps out of one
    // export), the first one counts, so the result does not depend on anything but input order.
    let Some(linked) = ctx.others.iter().find(|o| o.id == link && o.id != own.id) else {
        return unknown(
            Message::new(
                format!("Không có hồ sơ {link} được liên kết"),
                format!("The linked dossier {link} is not available"),
            ),
            Message::new(
                format!("Cần có hồ sơ tập thể {link} (nhập hoặc tạo), hoặc sửa liên kết"),
                format!("Needs the collective dossier {link} at hand (imported or created), or the link corrected"),
            ),
        );
    };

    let mismatches = mismatches(own, linked);
    if !mismatches.is_empty() {
        let period = words::period(own.period);
        return Outcome {
            status: Status::NotMet,
            detail: Message::new(
                mismatches.iter().map(|m| m.vi.as_str()).collect::<Vec<_>>().join("; "),
                mismatches.iter().map(|m| m.en.as_str()).collect::<Vec<_>>().join("; "),
            ),
            fixes: vec![Fix {
                fix: Message::new(
                    format!(
                        "Cần liên kết hồ sơ tập thể của đơn vị theo bộ tiêu chí {}, giai đoạn {period}",
                        own.ruleset
                    ),
                    format!(
                        "Needs a link to the unit's collective dossier under {} for {period}",
                        own.ruleset
                    ),
                ),
                field: FieldRef::UnitDossier,
            }],
        };
    }

    // A collective has no unit-head criteria, and it is assessed without others, so this never
    // recurses.
    let unit = crate::assess(linked, &[], ctx.as_of);
    from_verdict(linked, &unit)
}

/// How the linked dossier differs from "a `tap_the` dossier of the same ruleset and period".
fn mismatches(own: &Dossier, linked: &Dossier) -> Vec<Message> {
    let id = &linked.id;
    let mut found = Vec::new();
    if linked.subject.kind != SubjectKind::TapThe {
        let kind = linked.subject.kind.label();
        found.push(Message::new(
            format!("Hồ sơ {id} không phải hồ sơ tập thể ({})", kind.vi),
            format!("Dossier {id} is not a collective ({})", kind.en),
        ));
    }
    if linked.ruleset != own.ruleset {
        found.push(Message::new(
            format!(
                "Hồ sơ {id} theo bộ tiêu chí {}, không phải {}",
                linked.ruleset, own.ruleset
            ),
            format!("Dossier {id} follows ruleset {}, not {}", linked.ruleset, own.ruleset),
        ));
    }
    if linked.period != own.period {
        let (theirs, ours) = (words::period(linked.period), words::period(own.period));
        found.push(Message::new(
            format!("Hồ sơ {id} có giai đoạn {theirs}, không phải {ours}"),
            format!("Dossier {id} covers {theirs}, not {ours}"),
        ));
    }
    found
}

/// The unit's verdict, mapped as the table says: eligible → met, not_eligible → not_met,
/// incomplete → unknown, on_track → pending. The detail names the unit's criteria that decide it.
fn from_verdict(linked: &Dossier, unit: &Assessment) -> Outcome {
    let (status, deciding, vi, en) = match unit.verdict {
        Verdict::Eligible => (Status::Met, Status::Met, "đủ điều kiện", "eligible"),
        Verdict::NotEligible => (
            Status::NotMet,
            Status::NotMet,
            "không đủ điều kiện; chưa đạt",
            "not eligible; not met",
        ),
        Verdict::Incomplete => (
            Status::Unknown,
            Status::Unknown,
            "chưa đủ dữ liệu; chưa rõ",
            "incomplete; unknown",
        ),
        Verdict::OnTrack => (
            Status::Pending,
            Status::Pending,
            "đang đúng hướng; còn chờ",
            "on track; pending",
        ),
    };
    let name = &linked.subject.name;
    let id = &linked.id;
    if status == Status::Met {
        return Outcome {
            status,
            detail: Message::new(
                format!("Hồ sơ tập thể “{name}” ({id}): {vi}"),
                format!("Collective dossier “{name}” ({id}): {en}"),
            ),
            fixes: Vec::new(),
        };
    }
    let ids = unit
        .criteria
        .iter()
        .filter(|c| c.status == deciding)
        .map(|c| words::short_id(&c.id))
        .collect::<Vec<_>>()
        .join(", ");
    Outcome {
        status,
        detail: Message::new(
            format!("Hồ sơ tập thể “{name}” ({id}): {vi}: {ids}"),
            format!("Collective dossier “{name}” ({id}): {en}: {ids}"),
        ),
        fixes: vec![Fix {
            fix: Message::new(
                format!("Hồ sơ tập thể “{name}” cần đạt: {ids}"),
                format!("The collective dossier “{name}” needs: {ids}"),
            ),
            field: FieldRef::UnitDossier,
        }],
    }
}

fn unknown(detail: Message, fix: Message) -> Outcome {
    Outcome {
        status: Status::Unknown,
        detail,
        fixes: vec![Fix {
            fix,
            field: FieldRef::UnitDossier,
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::Declaration;
    use crate::rules::fixtures::{collective, day, individual};

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

    fn status(head: &Dossier, others: &[Dossier], as_of: chrono::NaiveDate) -> Status {
        evaluate(Context {
            dossier: head,
            others,
            as_of,
        })
        .status
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

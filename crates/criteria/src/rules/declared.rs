//! `declared`: the subject answers the criterion, with evidence (CRITERIA.md, Rule kinds).
//!
//! | met | not_met | unknown | pending |
//! | `declarations[id].met == true` | `met == false` | no declaration | never |

use super::{Fix, Outcome, Want};
use crate::assessment::Status;
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

pub(super) fn status(criterion_id: &str, seen: Seen<'_>) -> Status {
    match seen.declaration(criterion_id).map(|d| d.met) {
        Some(true) => Status::Met,
        Some(false) => Status::NotMet,
        None => Status::Unknown,
    }
}

pub(super) fn evaluate(criterion_id: &str, seen: Seen<'_>, want: Want) -> Outcome {
    let status = status(criterion_id, seen);
    let field = || FieldRef::Declaration(criterion_id.to_string());
    let detail = || match status {
        Status::Met => Message::new("Đã khai đáp ứng", "Declared as met"),
        Status::NotMet => Message::new("Đã khai chưa đáp ứng", "Declared as not met"),
        _ => Message::new("Chưa khai", "Not answered yet"),
    };
    let fixes = || {
        let fix = if status == Status::NotMet {
            Message::new(
                "Cần đáp ứng tiêu chí này rồi khai lại, kèm minh chứng",
                "Needs the criterion met, then declared again with evidence",
            )
        } else {
            Message::new(
                "Cần khai tiêu chí này, kèm minh chứng",
                "Needs an answer, with evidence",
            )
        };
        vec![Fix { fix, field: field() }]
    };
    Outcome::new(status, want, detail, fixes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::{Declaration, Dossier};
    use crate::rules::fixtures;

    const ID: &str = "btnmt-dhtt-2023-2025/cn-1";

    fn with(met: Option<bool>) -> Dossier {
        let mut d = fixtures::individual("btnmt-dhtt-2023-2025", 2023, 2025);
        if let Some(met) = met {
            d.declarations.insert(
                ID.into(),
                Declaration {
                    met,
                    evidence: String::new(),
                    extra: Default::default(),
                },
            );
        }
        d
    }

    fn seen(d: &Dossier) -> Seen<'_> {
        Seen::new(d, fixtures::day(2026, 1, 1))
    }

    #[test]
    fn the_answer_decides_and_no_answer_is_unknown() {
        assert_eq!(evaluate(ID, seen(&with(Some(true))), Want::Detail).status, Status::Met);
        assert_eq!(
            evaluate(ID, seen(&with(Some(false))), Want::Detail).status,
            Status::NotMet
        );
        assert_eq!(evaluate(ID, seen(&with(None)), Want::Detail).status, Status::Unknown);
    }

    #[test]
    fn a_missing_answer_points_at_its_declaration() {
        let outcome = evaluate(ID, seen(&with(None)), Want::Fixes);
        assert_eq!(outcome.fixes.len(), 1);
        assert_eq!(outcome.fixes[0].field, FieldRef::Declaration(ID.into()));
    }
}

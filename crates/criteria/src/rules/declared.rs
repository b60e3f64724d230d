//! `declared`: the subject answers the criterion, with evidence (CRITERIA.md, Rule kinds).
//!
//! | met | not_met | unknown | pending |
//! | `declarations[id].met == true` | `met == false` | no declaration | never |

use super::{Fix, Outcome};
use crate::assessment::Status;
use crate::dossier::Dossier;
use crate::missing::FieldRef;
use crate::text::Message;

pub(super) fn evaluate(criterion_id: &str, dossier: &Dossier) -> Outcome {
    let field = || FieldRef::Declaration(criterion_id.to_string());
    match dossier.declarations.get(criterion_id).map(|d| d.met) {
        Some(true) => Outcome {
            status: Status::Met,
            detail: Message::new("Đã khai đáp ứng", "Declared as met"),
            fixes: Vec::new(),
        },
        Some(false) => Outcome {
            status: Status::NotMet,
            detail: Message::new("Đã khai chưa đáp ứng", "Declared as not met"),
            fixes: vec![Fix {
                fix: Message::new(
                    "Cần đáp ứng tiêu chí này rồi khai lại, kèm minh chứng",
                    "Needs the criterion met, then declared again with evidence",
                ),
                field: field(),
            }],
        },
        None => Outcome {
            status: Status::Unknown,
            detail: Message::new("Chưa khai", "Not answered yet"),
            fixes: vec![Fix {
                fix: Message::new(
                    "Cần khai tiêu chí này, kèm minh chứng",
                    "Needs an answer, with evidence",
                ),
                field: field(),
            }],
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dossier::Declaration;
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

    #[test]
    fn the_answer_decides_and_no_answer_is_unknown() {
        assert_eq!(evaluate(ID, &with(Some(true))).status, Status::Met);
        assert_eq!(evaluate(ID, &with(Some(false))).status, Status::NotMet);
        assert_eq!(evaluate(ID, &with(None)).status, Status::Unknown);
    }

    #[test]
    fn a_missing_answer_points_at_its_declaration() {
        let outcome = evaluate(ID, &with(None));
        assert_eq!(outcome.fixes.len(), 1);
        assert_eq!(outcome.fixes[0].field, FieldRef::Declaration(ID.into()));
    }
}

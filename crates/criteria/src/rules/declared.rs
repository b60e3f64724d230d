//! `declared`: the subject answers the criterion, with evidence (CRITERIA.md, Rule kinds).
//!
//! | met | not_met | unknown | pending |
//! | `declarations[id].met == true` | `met == false` | no declaration | never |

use super::{Fix, Outcome, Want};
use crate::assessment::Status;
use crate::brief::MAX_CRITERIA;
use std::sync::OnceLock;

use crate::catalogue::{Rule, Ruleset, RULESETS};
use crate::missing::FieldRef;
use crate::seen::Seen;
use crate::text::Message;

pub(super) fn status(criterion_id: &str, seen: Seen<'_>) -> Status {
    of_answer(seen.declaration(criterion_id).map(|d| d.met))
}

/// The status of an answer: `met`, `not_met`, or `unknown` when there is none.
pub(crate) fn of_answer(met: Option<bool>) -> Status {
    match met {
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

/// The dossier's answers to the declared criteria of `ruleset`, by each criterion's position in it:
/// what [`status`] reads one criterion at a time, read for all of them in one pass, for the lean
/// path ([`crate::brief`]).
///
/// Looking each criterion up in the answers compares long ids that share their first twenty-odd
/// bytes, with a call to `memcmp` each time: this was close to half of a lean assessment. Here the
/// answers, which come in the order of their ids, are walked beside the ruleset's declared
/// criteria in the same order ([`by_id`]), each pair compared last byte first ([`same`]). An answer that matches no criterion ahead (it belongs to no declared criterion of
/// the ruleset: input the validator refuses) is looked for among all of them, so the result is
/// always what [`status`] would read.
pub(crate) fn answers(ruleset: &Ruleset, seen: Seen<'_>) -> [Option<bool>; MAX_CRITERIA] {
    let mut answers = [None; MAX_CRITERIA];
    let criteria = ruleset.criteria;
    let order = by_id(ruleset);
    let matches = |k: usize, id: &str| order.get(k).is_some_and(|&i| same(id, criteria[i].id));
    // The position in `order` of the next criterion an answer may match.
    let mut ahead = 0;
    for (id, declaration) in seen.declarations() {
        let found = (ahead..order.len())
            .find(|&k| matches(k, id))
            .or_else(|| (0..ahead).find(|&k| matches(k, id)));
        if let Some(k) = found {
            ahead = ahead.max(k + 1);
            if let Some(slot) = order.get(k).and_then(|&i| answers.get_mut(i)) {
                *slot = Some(declaration.met);
            }
        }
    }
    answers
}

/// The positions of `ruleset`'s declared criteria, in the order of their ids; worked out once,
/// into arrays, so that even the first call allocates nothing.
fn by_id(ruleset: &Ruleset) -> &'static [usize] {
    type Order = ([usize; MAX_CRITERIA], usize);
    static ORDERS: OnceLock<[Order; RULESETS.len()]> = OnceLock::new();
    let orders = ORDERS.get_or_init(|| {
        RULESETS.map(|r| {
            let mut order = [0; MAX_CRITERIA];
            let mut len = 0;
            for (i, c) in r.criteria.iter().enumerate() {
                if let (Rule::Declared, Some(slot)) = (c.rule, order.get_mut(len)) {
                    *slot = i;
                    len += 1;
                }
            }
            order[..len].sort_unstable_by_key(|&i| r.criteria[i].id);
            (order, len)
        })
    });
    RULESETS
        .iter()
        .position(|r| std::ptr::eq(*r, ruleset))
        .and_then(|k| orders.get(k))
        .map_or(&[], |(order, len)| &order[..*len])
}

/// `a == b`, the last bytes first: the ids of one ruleset share their first twenty-odd bytes and
/// differ at the end, so most pairs that differ are told apart without a call to `memcmp`.
#[inline]
fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    a.len() == b.len() && a.last() == b.last() && a == b
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
    fn answers_read_in_one_pass_agree_with_one_lookup_each() {
        let mut d = with(Some(true));
        for (id, met) in [
            ("btnmt-dhtt-2023-2025/dt-1", false),
            ("btnmt-dhtt-2023-2025/cn-6", true),
            ("btnmt-dhtt-2023-2025/chung-2", false),
            // Not a declared criterion of the ruleset (cn-4 is computed), nor of this ruleset.
            ("btnmt-dhtt-2023-2025/cn-4", true),
            ("btnmt-dhtt-2021-2025/cn-1", false),
        ] {
            d.declarations.insert(
                id.into(),
                Declaration {
                    met,
                    evidence: String::new(),
                    extra: Default::default(),
                },
            );
        }
        let ruleset = crate::catalogue::ruleset("btnmt-dhtt-2023-2025").expect("in the catalogue");
        let answers = answers(ruleset, seen(&d));
        for (i, c) in ruleset.criteria.iter().enumerate() {
            let one = match c.rule {
                Rule::Declared => seen(&d).declaration(c.id).map(|d| d.met),
                _ => None,
            };
            assert_eq!(answers[i], one, "{}", c.id);
        }
        assert_eq!(answers.iter().flatten().count(), 4);
    }

    #[test]
    fn same_tells_ids_apart_wherever_they_differ() {
        let id = "btnmt-dhtt-2023-2025/chung-1";
        assert!(same(id, id));
        for i in 0..id.len() {
            let mut other = id.as_bytes().to_vec();
            other[i] = b'#';
            assert!(!same(id, std::str::from_utf8(&other).expect("ASCII")), "byte {i}");
        }
        assert!(!same(id, "btnmt-dhtt-2023-2025/chung-11"));
        assert!(same("", ""));
    }

    #[test]
    fn a_missing_answer_points_at_its_declaration() {
        let outcome = evaluate(ID, seen(&with(None)), Want::Fixes);
        assert_eq!(outcome.fixes.len(), 1);
        assert_eq!(outcome.fixes[0].field, FieldRef::Declaration(ID.into()));
    }
}

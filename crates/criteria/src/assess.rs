//! The entry point: one dossier in, one assessment out (FORMAT.md, "Assessment").

use chrono::NaiveDate;

use crate::assessment::{Assessment, CriterionResult, Verdict, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION};
use crate::dossier::Dossier;
use crate::links::Links;
use crate::rank::rank_key;
use crate::rules::{self, Context, Want};
use crate::seen::Seen;

/// Assesses `dossier` against its ruleset on the day `as_of`.
///
/// `others` are the dossiers a unit head's `subject.unit_dossier` is looked up in, by id; it may
/// hold the dossier itself and unrelated ones. Pure and deterministic: the same inputs give the same
/// assessment, byte for byte once serialised, and nothing here panics on any input.
///
/// The assessment reads only what could be known on `as_of` ([`crate::seen`]): year entries and
/// initiatives dated after the year of `as_of` are not read. `criteria` lists every criterion of
/// the ruleset that applies to the dossier, in catalogue order; the verdict is [`Verdict::of`]
/// their statuses, at best `on_track` until the period's last year has ended
/// ([`Assessment::final_after`] and [`Assessment::is_capped`] tell the app why).
///
/// *Choice*: a dossier that cannot be judged (its ruleset id is unknown, the ruleset does not cover
/// its subject kind, or its period is not inside the ruleset's span) gets no criteria and the
/// verdict `not_eligible`. An empty list would otherwise read as `eligible`, and `incomplete` would
/// tell the user to enter data that cannot help; under no standard this crate knows can such a
/// dossier be recognised. The validator refuses such dossiers, so the app never shows this.
///
/// To assess many dossiers that link to each other, [`crate::Batch`] resolves links through an
/// index built once; for the verdict, the rank key and the statuses alone, [`crate::brief`] builds
/// no text.
pub fn assess(dossier: &Dossier, others: &[Dossier], as_of: NaiveDate) -> Assessment {
    assessment(dossier, Links::Among(others), as_of)
}

pub(crate) fn assessment(dossier: &Dossier, links: Links<'_>, as_of: NaiveDate) -> Assessment {
    let seen = Seen::new(dossier, as_of);
    let (criteria, verdict) = match rules::judging_ruleset(dossier) {
        Some(ruleset) => {
            let criteria: Vec<CriterionResult> = rules::evaluate(ruleset, Context { seen, links }, Want::Detail)
                .into_iter()
                .map(|(criterion, outcome)| CriterionResult {
                    id: criterion.id.to_string(),
                    status: outcome.status,
                    detail: outcome.detail,
                    source: criterion.citation.to_string(),
                })
                .collect();
            let verdict = Verdict::of(criteria.iter().map(|c| c.status), dossier.period, as_of);
            (criteria, verdict)
        }
        None => (Vec::new(), Verdict::NotEligible),
    };
    Assessment {
        format: ASSESSMENT_FORMAT.to_string(),
        format_version: ASSESSMENT_FORMAT_VERSION,
        dossier_id: dossier.id.clone(),
        ruleset: dossier.ruleset.clone(),
        period: dossier.period,
        as_of,
        verdict,
        rank_key: rank_key(seen, verdict),
        criteria,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codes::SubjectKind;
    use crate::rules::fixtures::{day, dossier, individual};

    #[test]
    fn an_unknown_ruleset_is_not_eligible_with_no_criteria() {
        let d = individual("no-such-ruleset", 2023, 2025);
        let a = assess(&d, &[], day(2026, 1, 1));
        assert_eq!(a.verdict, Verdict::NotEligible);
        assert!(a.criteria.is_empty());
        assert_eq!(a.rank_key.to_array(), [0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn a_subject_kind_the_ruleset_does_not_cover_is_not_eligible() {
        let d = dossier(SubjectKind::HoGiaDinh, "btnmt-dhtt-2023-2025", 2023, 2025);
        let a = assess(&d, &[], day(2026, 1, 1));
        assert_eq!(a.verdict, Verdict::NotEligible);
        assert!(a.criteria.is_empty());
    }

    #[test]
    fn a_period_outside_the_span_or_backwards_is_not_eligible() {
        for (from, to) in [(2019, 2025), (2025, 2023), (i32::MIN, i32::MAX)] {
            let d = individual("btnmt-dhtt-2023-2025", from, to);
            assert_eq!(assess(&d, &[], day(2026, 1, 1)).verdict, Verdict::NotEligible);
        }
    }

    #[test]
    fn the_assessment_carries_the_dossier_identity_and_format() {
        let d = individual("btnmt-dhtt-2023-2025", 2023, 2025);
        let a = assess(&d, &[], day(2025, 6, 30));
        assert_eq!(a.format, "dien-hinh.assessment");
        assert_eq!(a.format_version, 1);
        assert_eq!(
            (a.dossier_id.as_str(), a.ruleset.as_str()),
            ("d-test", "btnmt-dhtt-2023-2025")
        );
        assert_eq!(a.as_of, day(2025, 6, 30));
        assert_eq!(a.criteria[0].source, crate::catalogue::RULESETS[0].criteria[0].citation);
    }
}

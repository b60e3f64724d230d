//! The export's rules, and the assessments it carries: their shape and codes. Whether the
//! assessments are *right* is not checked here but by re-assessing (`dien-hinh verify`).

use serde::Deserialize;

use super::container::{items, object};
use super::dossier::{dossier, period, ruleset, unique_ids};
use super::error::{quote, ErrorKind};
use super::faults::Faults;
use super::fields::fields_of;
use super::json::Json;
use super::migrate::header;
use super::path::Path;
use super::read::{code, date, id, nullable, text, timestamp, whole_number};
use crate::assessment::{
    Assessment, CriterionResult, RankKey, Status, Verdict, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION,
};
use crate::export::{Export, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};
use crate::text::Message;

pub(crate) fn export(f: &mut Faults, v: Json, at: &Path) -> Option<Export> {
    let obj = object(f, v, at, fields_of(Export::deserialize))?;
    header(f, &obj, at, EXPORT_FORMAT, EXPORT_FORMAT_VERSION)?;
    let exported_at = f.required(&obj, at, "exported_at", timestamp);
    let app_version = f.required(&obj, at, "app_version", text);
    let as_of = f.required(&obj, at, "as_of", date);
    let dossiers = f.required(&obj, at, "dossiers", |f, v, at| items(f, v, at, dossier));
    let assessments = f.required(&obj, at, "assessments", |f, v, at| items(f, v, at, assessment));
    let criteria_version = f.optional(&obj, at, "criteria_version", None, nullable(text));
    let (dossiers, assessments) = (dossiers?, assessments?);
    unique_ids(f, &dossiers, &at.field("dossiers"));
    one_per_dossier(f, &dossiers, &assessments, at)?;
    Some(Export {
        format: EXPORT_FORMAT.to_string(),
        format_version: EXPORT_FORMAT_VERSION,
        exported_at: exported_at?,
        app_version: app_version?,
        as_of: as_of?,
        dossiers,
        assessments,
        criteria_version: criteria_version?,
    })
}

/// One assessment per dossier, in the dossiers' order (FORMAT.md, Export).
pub(super) fn one_per_dossier(
    f: &mut Faults,
    dossiers: &[crate::dossier::Dossier],
    assessments: &[Assessment],
    at: &Path,
) -> Option<()> {
    let at = at.field("assessments");
    if dossiers.len() != assessments.len() {
        let (a, d) = (assessments.len(), dossiers.len());
        return f.fault(&at, ErrorKind::AssessmentMismatch, || {
            (
                format!("{a} kết quả đánh giá cho {d} hồ sơ; tệp xuất cần đúng một kết quả cho mỗi hồ sơ, cùng thứ tự"),
                format!("{a} assessments for {d} dossiers; an export holds one per dossier, in the same order"),
            )
        });
    }
    let mut ok = Some(());
    for (i, (d, a)) in dossiers.iter().zip(assessments).enumerate() {
        if d.id != a.dossier_id {
            ok = f.fault(&at.index(i).field("dossier_id"), ErrorKind::AssessmentMismatch, || {
                (
                    format!("{} khác mã của hồ sơ tương ứng {}", quote(&a.dossier_id), quote(&d.id)),
                    format!(
                        "{} does not match the id {} of the dossier at the same place",
                        quote(&a.dossier_id),
                        quote(&d.id)
                    ),
                )
            });
        }
    }
    ok
}

pub(crate) fn assessment(f: &mut Faults, v: Json, at: &Path) -> Option<Assessment> {
    let obj = object(f, v, at, fields_of(Assessment::deserialize))?;
    header(f, &obj, at, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION)?;
    let dossier_id = f.required(&obj, at, "dossier_id", id);
    let ruleset = f.required(&obj, at, "ruleset", ruleset);
    let period = f.required(&obj, at, "period", period);
    let as_of = f.required(&obj, at, "as_of", date);
    let verdict = f.required(&obj, at, "verdict", code::<Verdict>("kết luận", "verdict"));
    let criteria = f.required(&obj, at, "criteria", |f, v, at| items(f, v, at, criterion_result));
    let rank_key = f.required(&obj, at, "rank_key", rank_key);
    Some(Assessment {
        format: ASSESSMENT_FORMAT.to_string(),
        format_version: ASSESSMENT_FORMAT_VERSION,
        dossier_id: dossier_id?,
        ruleset: ruleset?.id.to_string(),
        period: period?,
        as_of: as_of?,
        verdict: verdict?,
        criteria: criteria?,
        rank_key: rank_key?,
    })
}

/// The format's six whole numbers (CRITERIA.md, Ranking). An array of another length is the wrong
/// shape for a key, so it is a [`ErrorKind::WrongType`] naming the length found.
fn rank_key(f: &mut Faults, v: Json, at: &Path) -> Option<RankKey> {
    let numbers = items(f, v, at, |f, v, at| {
        whole_number(f, v, at, 0..=i64::from(u32::MAX)).map(|n| u32::try_from(n).expect("checked to fit u32"))
    })?;
    match <[u32; 6]>::try_from(numbers) {
        Ok(six) => Some(RankKey::from_array(six)),
        Err(numbers) => f.fault(at, ErrorKind::WrongType, || {
            (
                format!("phải là mảng 6 số nguyên, nhận được {} phần tử", numbers.len()),
                format!("expected an array of 6 whole numbers, found {} items", numbers.len()),
            )
        }),
    }
}

/// One criterion's result. Its id is not looked up in the catalogue: an assessment made with other
/// rules is a file to report as differing (by `verify`), not one to refuse.
fn criterion_result(f: &mut Faults, v: Json, at: &Path) -> Option<CriterionResult> {
    let obj = object(f, v, at, fields_of(CriterionResult::deserialize))?;
    let id = f.required(&obj, at, "id", text);
    let status = f.required(&obj, at, "status", code::<Status>("trạng thái", "status"));
    let detail = f.required(&obj, at, "detail", |f, v, at| {
        let obj = object(f, v, at, fields_of(Message::deserialize))?;
        let vi = f.required(&obj, at, "vi", text);
        let en = f.required(&obj, at, "en", text);
        Some(Message { vi: vi?, en: en? })
    });
    let source = f.required(&obj, at, "source", text);
    Some(CriterionResult {
        id: id?,
        status: status?,
        detail: detail?,
        source: source?,
    })
}

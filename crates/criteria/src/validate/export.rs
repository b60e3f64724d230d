//! The export's rules, and the assessments it carries: their shape and codes. Whether the
//! assessments are *right* is not checked here but by re-assessing (`dien-hinh verify`).

use serde_json::Value;

use super::dossier::{dossier, period, ruleset, unique_ids};
use super::error::{field, index, quote, ErrorKind};
use super::migrate::header;
use super::read::{code, date, id, items, nullable, object, text, timestamp, whole_number, Faults};
use crate::assessment::{
    Assessment, CriterionResult, RankKey, Status, Verdict, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION,
};
use crate::export::{Export, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};
use crate::text::Message;

pub(crate) fn export(f: &mut Faults, v: &Value, base: &str) -> Option<Export> {
    let obj = object(f, v, base)?;
    header(f, obj, base, EXPORT_FORMAT, EXPORT_FORMAT_VERSION)?;
    let exported_at = f.required(obj, base, "exported_at", timestamp);
    let app_version = f.required(obj, base, "app_version", text);
    let as_of = f.required(obj, base, "as_of", date);
    let dossiers = f.required(obj, base, "dossiers", |f, v, path| items(f, v, path, dossier));
    let assessments = f.required(obj, base, "assessments", |f, v, path| items(f, v, path, assessment));
    let criteria_version = f.optional(obj, base, "criteria_version", None, nullable(text));
    let (dossiers, assessments) = (dossiers?, assessments?);
    let dossiers_path = field(base, "dossiers");
    unique_ids(f, &dossiers, |i| index(&dossiers_path, i));
    one_per_dossier(f, &dossiers, &assessments, base)?;
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
fn one_per_dossier(
    f: &mut Faults,
    dossiers: &[crate::dossier::Dossier],
    assessments: &[Assessment],
    base: &str,
) -> Option<()> {
    let path = field(base, "assessments");
    if dossiers.len() != assessments.len() {
        let (a, d) = (assessments.len(), dossiers.len());
        return f.fault(
            &path,
            ErrorKind::AssessmentMismatch,
            format!("{a} kết quả đánh giá cho {d} hồ sơ; tệp xuất cần đúng một kết quả cho mỗi hồ sơ, cùng thứ tự"),
            format!("{a} assessments for {d} dossiers; an export holds one per dossier, in the same order"),
        );
    }
    let mut ok = Some(());
    for (i, (d, a)) in dossiers.iter().zip(assessments).enumerate() {
        if d.id != a.dossier_id {
            ok = f.fault(
                &field(&index(&path, i), "dossier_id"),
                ErrorKind::AssessmentMismatch,
                format!("{} khác mã của hồ sơ tương ứng {}", quote(&a.dossier_id), quote(&d.id)),
                format!(
                    "{} does not match the id {} of the dossier at the same place",
                    quote(&a.dossier_id),
                    quote(&d.id)
                ),
            );
        }
    }
    ok
}

pub(crate) fn assessment(f: &mut Faults, v: &Value, base: &str) -> Option<Assessment> {
    let obj = object(f, v, base)?;
    header(f, obj, base, ASSESSMENT_FORMAT, ASSESSMENT_FORMAT_VERSION)?;
    let dossier_id = f.required(obj, base, "dossier_id", id);
    let ruleset = f.required(obj, base, "ruleset", ruleset);
    let period = f.required(obj, base, "period", period);
    let as_of = f.required(obj, base, "as_of", date);
    let verdict = f.required(obj, base, "verdict", code::<Verdict>("kết luận", "verdict"));
    let criteria = f.required(obj, base, "criteria", |f, v, path| items(f, v, path, criterion_result));
    let rank_key = f.required(obj, base, "rank_key", rank_key);
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
fn rank_key(f: &mut Faults, v: &Value, path: &str) -> Option<RankKey> {
    let numbers = items(f, v, path, |f, v, path| {
        whole_number(f, v, path, 0..=i64::from(u32::MAX)).map(|n| u32::try_from(n).expect("checked to fit u32"))
    })?;
    match <[u32; 6]>::try_from(numbers) {
        Ok(six) => Some(RankKey::from_array(six)),
        Err(numbers) => f.fault(
            path,
            ErrorKind::WrongType,
            format!("phải là mảng 6 số nguyên, nhận được {} phần tử", numbers.len()),
            format!("expected an array of 6 whole numbers, found {} items", numbers.len()),
        ),
    }
}

/// One criterion's result. Its id is not looked up in the catalogue: an assessment made with other
/// rules is a file to report as differing (by `verify`), not one to refuse.
fn criterion_result(f: &mut Faults, v: &Value, base: &str) -> Option<CriterionResult> {
    let obj = object(f, v, base)?;
    let id = f.required(obj, base, "id", text);
    let status = f.required(obj, base, "status", code::<Status>("trạng thái", "status"));
    let detail = f.required(obj, base, "detail", |f, v, path| {
        let obj = object(f, v, path)?;
        let vi = f.required(obj, path, "vi", text);
        let en = f.required(obj, path, "en", text);
        Some(Message { vi: vi?, en: en? })
    });
    let source = f.required(obj, base, "source", text);
    Some(CriterionResult {
        id: id?,
        status: status?,
        detail: detail?,
        source: source?,
    })
}

//! The subject: who the dossier is about, and what its kind allows (unit head, sector).

use serde_json::Value;

use super::error::{field, ErrorKind};
use super::read::{boolean, code, id, nullable, object, string, text, Faults};
use crate::catalogue::{self, AppliesTo, Ruleset};
use crate::codes::SubjectKind;
use crate::dossier::Subject;

/// `subject.name`'s longest length, in characters.
const NAME_MAX: usize = 200;

pub(super) fn subject(f: &mut Faults, v: &Value, base: &str, ruleset: Option<&Ruleset>) -> Option<Subject> {
    let obj = object(f, v, base)?;
    let kind = f.required(obj, base, "kind", code::<SubjectKind>("loại đối tượng", "subject kind"));
    if let (Some(r), Some(k)) = (ruleset, kind) {
        if !r.covers(k) {
            f.fault::<()>(
                &field(base, "kind"),
                ErrorKind::SubjectNotCovered,
                format!(
                    "bộ tiêu chuẩn \"{}\" không áp dụng cho đối tượng \"{}\" ({})",
                    r.id,
                    k.code(),
                    k.label().vi
                ),
                format!(
                    "ruleset \"{}\" does not cover subject kind \"{}\" ({})",
                    r.id,
                    k.code(),
                    k.label().en
                ),
            );
        }
    }
    let name = f.required(obj, base, "name", name);
    let unit = f.optional(obj, base, "unit", String::new(), text);
    let position = f.optional(obj, base, "position", String::new(), text);
    let unit_head = f.optional(obj, base, "unit_head", false, boolean);
    if let (Some(true), Some(k)) = (unit_head, kind) {
        if k != SubjectKind::CaNhan {
            f.fault::<()>(
                &field(base, "unit_head"),
                ErrorKind::UnitHeadNotIndividual,
                format!(
                    "chỉ cá nhân (ca_nhan) mới là lãnh đạo đơn vị; đối tượng này là \"{}\"",
                    k.code()
                ),
                format!(
                    "only an individual (ca_nhan) can head a unit; this subject is \"{}\"",
                    k.code()
                ),
            );
        }
    }
    let unit_dossier = f.optional(obj, base, "unit_dossier", None, nullable(id));
    let sector = f.optional(obj, base, "sector", None, nullable(code("lĩnh vực", "sector")));
    if let (Some(Some(_)), Some(r)) = (sector, ruleset) {
        if !has_sector_criteria(r) {
            let with: Vec<&str> = catalogue::RULESETS
                .iter()
                .filter(|r| has_sector_criteria(r))
                .map(|r| r.id)
                .collect();
            f.fault::<()>(
                &field(base, "sector"),
                ErrorKind::SectorNotAllowed,
                format!(
                    "lĩnh vực chỉ dùng cho bộ tiêu chuẩn {}, không cho \"{}\"",
                    with.join(", "),
                    r.id
                ),
                format!("a sector is only for ruleset {}, not \"{}\"", with.join(", "), r.id),
            );
        }
    }
    Some(Subject {
        kind: kind?,
        name: name?,
        unit: unit?,
        position: position?,
        unit_head: unit_head?,
        unit_dossier: unit_dossier?,
        sector: sector?,
    })
}

/// Whether a ruleset asks about the candidate's sector (Khánh Hòa's `lv` group): only there does
/// `subject.sector` mean anything.
fn has_sector_criteria(r: &Ruleset) -> bool {
    r.criteria.iter().any(|c| matches!(c.applies_to, AppliesTo::SectorSet))
}

/// 1–200 characters, not only spaces. Counted in Unicode scalar values, as a person counts letters
/// of a precomposed Vietnamese name.
fn name(f: &mut Faults, v: &Value, path: &str) -> Option<String> {
    let s = string(f, v, path)?;
    let len = s.chars().count();
    if s.trim().is_empty() {
        f.fault(
            path,
            ErrorKind::BadName,
            "tên không được để trống".into(),
            "name is empty".into(),
        )
    } else if len > NAME_MAX {
        f.fault(
            path,
            ErrorKind::BadName,
            format!("tên dài {len} ký tự; tối đa {NAME_MAX}"),
            format!("name is {len} characters long; at most {NAME_MAX}"),
        )
    } else {
        Some(s.to_string())
    }
}

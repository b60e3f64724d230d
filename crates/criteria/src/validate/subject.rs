//! The subject: who the dossier is about, and what its kind allows (unit head, sector).

use super::container::object_keeping;
use super::error::ErrorKind;
use super::faults::Faults;
use super::fields::fields_of;
use super::json::Json;
use super::limits::{NAME_MAX, POSITION_MAX, UNIT_MAX};
use super::path::Path;
use super::read::{boolean, code, id, nullable, string, text_up_to};
use crate::catalogue::{self, AppliesTo, Ruleset};
use crate::codes::{Sector, SubjectKind};
use crate::dossier::Subject;

pub(super) fn subject(f: &mut Faults, v: Json, at: &Path, ruleset: Option<&Ruleset>) -> Option<Subject> {
    let (obj, extra) = object_keeping(f, v, at, fields_of(Subject::deserialize))?;
    let kind = f.required(&obj, at, "kind", code::<SubjectKind>("loại đối tượng", "subject kind"));
    if let (Some(r), Some(k)) = (ruleset, kind) {
        covered(f, r, k, &at.field("kind"));
    }
    let name = f.required(&obj, at, "name", name);
    let unit = f.optional(&obj, at, "unit", String::new(), text_up_to(UNIT_MAX));
    let position = f.optional(&obj, at, "position", String::new(), text_up_to(POSITION_MAX));
    let unit_head = f.optional(&obj, at, "unit_head", false, boolean);
    if let (Some(unit_head), Some(k)) = (unit_head, kind) {
        head_of_unit(f, unit_head, k, &at.field("unit_head"));
    }
    let unit_dossier = f.optional(&obj, at, "unit_dossier", None, nullable(id));
    let sector = f.optional(&obj, at, "sector", None, nullable(code("lĩnh vực", "sector")));
    if let (Some(sector), Some(r)) = (sector, ruleset) {
        sector_allowed(f, sector, r, &at.field("sector"));
    }
    Some(Subject {
        kind: kind?,
        name: name?,
        unit: unit?,
        position: position?,
        unit_head: unit_head?,
        unit_dossier: unit_dossier?,
        sector: sector?,
        extra: extra?,
    })
}

/// The ruleset covers the subject kind; a fault (at `at`, the kind) if not.
pub(super) fn covered(f: &mut Faults, r: &Ruleset, k: SubjectKind, at: &Path) {
    if !r.covers(k) {
        f.fault::<()>(at, ErrorKind::SubjectNotCovered, || {
            (
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
            )
        });
    }
}

/// Only an individual heads a unit; a fault (at `at`, `unit_head`) if another kind claims to.
pub(super) fn head_of_unit(f: &mut Faults, unit_head: bool, k: SubjectKind, at: &Path) {
    if unit_head && k != SubjectKind::CaNhan {
        f.fault::<()>(at, ErrorKind::UnitHeadNotIndividual, || {
            (
                format!(
                    "chỉ cá nhân (ca_nhan) mới là lãnh đạo đơn vị; đối tượng này là \"{}\"",
                    k.code()
                ),
                format!(
                    "only an individual (ca_nhan) can head a unit; this subject is \"{}\"",
                    k.code()
                ),
            )
        });
    }
}

/// A sector only under a ruleset with sector criteria; a fault (at `at`, `sector`) otherwise.
pub(super) fn sector_allowed(f: &mut Faults, sector: Option<Sector>, r: &Ruleset, at: &Path) {
    if sector.is_some() && !has_sector_criteria(r) {
        let with: Vec<&str> = catalogue::RULESETS
            .iter()
            .filter(|r| has_sector_criteria(r))
            .map(|r| r.id)
            .collect();
        f.fault::<()>(at, ErrorKind::SectorNotAllowed, || {
            (
                format!(
                    "lĩnh vực chỉ dùng cho bộ tiêu chuẩn {}, không cho \"{}\"",
                    with.join(", "),
                    r.id
                ),
                format!("a sector is only for ruleset {}, not \"{}\"", with.join(", "), r.id),
            )
        });
    }
}

/// Whether a ruleset asks about the candidate's sector (Khánh Hòa's `lv` group): only there does
/// `subject.sector` mean anything.
fn has_sector_criteria(r: &Ruleset) -> bool {
    r.criteria.iter().any(|c| matches!(c.applies_to, AppliesTo::SectorSet))
}

fn name(f: &mut Faults, v: Json, at: &Path) -> Option<String> {
    let s = string(f, v, at)?;
    name_ok(f, &s, at)?;
    Some(s.into_owned())
}

/// 1–200 characters, not only spaces. Counted in Unicode scalar values, as a person counts letters
/// of a precomposed Vietnamese name.
pub(super) fn name_ok(f: &mut Faults, s: &str, at: &Path) -> Option<()> {
    let len = s.chars().count();
    if s.trim().is_empty() {
        f.fault(at, ErrorKind::BadName, || {
            ("tên không được để trống".into(), "name is empty".into())
        })
    } else if len > NAME_MAX {
        f.fault(at, ErrorKind::BadName, || {
            (
                format!("tên dài {len} ký tự; tối đa {NAME_MAX}"),
                format!("name is {len} characters long; at most {NAME_MAX}"),
            )
        })
    } else {
        Some(())
    }
}

//! Building an export (`dien-hinh.export`, FORMAT.md) of some dossiers, and naming its file.
//!
//! A receiver re-assesses an export's dossiers with links resolved among the export's own dossiers
//! (`dien-hinh verify`). So that they get what this browser shows, the collective dossiers that the
//! chosen unit heads link to (`subject.unit_dossier`) are exported with them when they are stored.

use crate::collate::fold;
use chrono::{NaiveDate, SecondsFormat};
use criteria::dossier::Dossier;
use criteria::export::{Export, CRITERIA_VERSION, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};

/// The export of `chosen` (in that order, then the linked collectives they need), each assessed at
/// `as_of` against every stored dossier in `all`. `exported_at` is RFC 3339 with an offset.
///
/// ```ignore
/// let export = build_export(&[hoa], &store_dossiers, today, now_with_offset());
/// assert_eq!(export.assessments.len(), export.dossiers.len());
/// ```
pub fn build_export(chosen: &[Dossier], all: &[Dossier], as_of: NaiveDate, exported_at: String) -> Export {
    let mut dossiers: Vec<Dossier> = chosen.to_vec();
    let linked: Vec<Dossier> = chosen
        .iter()
        .filter_map(|d| d.subject.unit_dossier.as_deref())
        .filter_map(|id| all.iter().find(|d| d.id == id))
        .cloned()
        .collect();
    for d in linked {
        if !dossiers.iter().any(|x| x.id == d.id) {
            dossiers.push(d);
        }
    }
    let assessments = dossiers.iter().map(|d| criteria::assess(d, all, as_of)).collect();
    Export {
        format: EXPORT_FORMAT.to_owned(),
        format_version: EXPORT_FORMAT_VERSION,
        exported_at,
        app_version: crate::APP_VERSION.to_owned(),
        as_of,
        dossiers,
        assessments,
        criteria_version: Some(CRITERIA_VERSION.to_owned()),
    }
}

/// Now, as RFC 3339 with the browser's offset (`2026-11-21T10:00:00+07:00`).
pub fn now_with_offset() -> String {
    chrono::Local::now().to_rfc3339_opts(SecondsFormat::Secs, false)
}

/// The export as the file's text: pretty JSON, so a person can read it.
pub fn export_text(export: &Export) -> String {
    serde_json::to_string_pretty(export).expect("an export has only string keys, so it serialises")
}

/// Which dossiers a file holds, for its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contents<'a> {
    /// One dossier, named by its subject.
    One(&'a str),
    /// Every stored dossier (a backup).
    All,
    /// Some of them.
    Several(usize),
}

/// A readable file name without diacritics: `dien-hinh_nguyen-thi-hoa_2026-11-21.json`,
/// `dien-hinh_tat-ca_2026-11-21.json`, `dien-hinh_3-ho-so_2026-11-21.json`.
pub fn file_name(contents: Contents, day: NaiveDate) -> String {
    let middle = match contents {
        Contents::One(name) => name_slug(name),
        Contents::All => "tat-ca".to_owned(),
        Contents::Several(n) => format!("{n}-ho-so"),
    };
    format!("dien-hinh_{middle}_{}.json", day.format("%Y-%m-%d"))
}

/// A dossier's name as a file name's part: its [`slug`], or "ho-so" for a name with no letter or
/// digit. Every file named after one dossier (its export, its achievement report) uses it.
pub fn name_slug(name: &str) -> String {
    let slug = slug(name);
    if slug.is_empty() {
        "ho-so".to_owned()
    } else {
        slug
    }
}

/// Lower-case ASCII words joined by hyphens, at most 60 characters: "Nguyễn Thị Hoa" → "nguyen-thi-hoa".
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut cut: String = out.chars().take(60).collect();
    while cut.ends_with('-') {
        cut.pop();
    }
    cut
}

#[cfg(test)]
mod tests {
    use wasm_bindgen_test::wasm_bindgen_test;

    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).expect("a real date")
    }

    #[wasm_bindgen_test]
    fn file_names_fold_vietnamese_and_carry_the_date() {
        assert_eq!(
            file_name(Contents::One("Nguyễn Thị Hoa"), day()),
            "dien-hinh_nguyen-thi-hoa_2026-11-21.json"
        );
        assert_eq!(
            file_name(Contents::One("Đặng Văn Đức (bản sao)"), day()),
            "dien-hinh_dang-van-duc-ban-sao_2026-11-21.json"
        );
        assert_eq!(
            file_name(Contents::One("!!!"), day()),
            "dien-hinh_ho-so_2026-11-21.json"
        );
        assert_eq!(file_name(Contents::All, day()), "dien-hinh_tat-ca_2026-11-21.json");
        assert_eq!(
            file_name(Contents::Several(3), day()),
            "dien-hinh_3-ho-so_2026-11-21.json"
        );
    }

    #[wasm_bindgen_test]
    fn decomposed_marks_and_capitals_fold_too() {
        assert_eq!(slug("NGUYE\u{0302}\u{0303}N  Ư"), "nguyen-u");
    }
}

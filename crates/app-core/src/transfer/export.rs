//! Building an export (`dien-hinh.export`, FORMAT.md) of some dossiers, and naming its file.
//!
//! A receiver re-assesses an export's dossiers with links resolved among the export's own dossiers
//! (`dien-hinh verify`). So that they get what this browser shows, the collective dossiers that the
//! chosen unit heads link to (`subject.unit_dossier`) are exported with them when they are stored.

use std::collections::BTreeSet;

use chrono::{DateTime, FixedOffset, NaiveDate, SecondsFormat};
use criteria::dossier::Dossier;
use criteria::export::{Export, CRITERIA_VERSION, EXPORT_FORMAT, EXPORT_FORMAT_VERSION};

use crate::text::slug;

/// The export of `chosen` (in that order, then the linked collectives they need), each assessed at
/// `as_of` against every stored dossier in `all`. `exported_at` is RFC 3339 with an offset.
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

/// The export as the file's text: pretty JSON, so a person can read it.
pub fn export_text(export: &Export) -> String {
    serde_json::to_string_pretty(export).expect("an export has only string keys, so it serialises")
}

/// A file to download: its name, its text, and the ids of the dossiers it holds (for the backup
/// reminder).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportFile {
    pub name: String,
    pub text: String,
    pub ids: Vec<String>,
    /// When it was made, RFC 3339 with the offset of the user's clock.
    pub exported_at: String,
}

/// The file of the stored dossiers whose ids are in `ids` (every one if `None`, a backup), in store
/// order, assessed at `as_of` and made at `now`.
///
/// ```
/// # use app_core::transfer::export::export_file;
/// let now = chrono::DateTime::parse_from_rfc3339("2026-11-21T10:00:00+07:00").unwrap();
/// let file = export_file(&[], None, now.date_naive(), now);
/// assert_eq!(file.name, "dien-hinh_tat-ca_2026-11-21.json");
/// ```
pub fn export_file(
    all: &[Dossier],
    ids: Option<&BTreeSet<String>>,
    as_of: NaiveDate,
    now: DateTime<FixedOffset>,
) -> ExportFile {
    let chosen: Vec<Dossier> = all
        .iter()
        .filter(|d| ids.is_none_or(|ids| ids.contains(&d.id)))
        .cloned()
        .collect();
    let exported_at = now.to_rfc3339_opts(SecondsFormat::Secs, false);
    let export = build_export(&chosen, all, as_of, exported_at.clone());
    let contents = match (&chosen[..], ids) {
        (_, None) => Contents::All,
        ([one], _) => Contents::One(&one.subject.name),
        (many, _) if many.len() == all.len() => Contents::All,
        (many, _) => Contents::Several(many.len()),
    };
    ExportFile {
        name: file_name(contents, now.date_naive()),
        text: export_text(&export),
        ids: export.dossiers.iter().map(|d| d.id.clone()).collect(),
        exported_at,
    }
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
    format!("dien-hinh_{middle}_{}.json", crate::report_request::iso_date(day))
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

#[cfg(test)]
mod tests {
    use super::*;

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 21).expect("a real date")
    }

    fn dossier(id: &str, name: &str, kind: &str, link: Option<&str>) -> Dossier {
        let link = link.map_or("null".to_owned(), |l| format!("\"{l}\""));
        let head = kind == "ca_nhan" && link != "null";
        let text = format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"2025-03-02T08:15:00Z",
            "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2021-2025","period":{{"from":2021,"to":2025}},
            "subject":{{"kind":"{kind}","name":"{name}","unit_head":{head},"unit_dossier":{link}}}}}"#
        );
        crate::fixtures::parse(&text)
    }

    #[test]
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

    #[test]
    fn a_unit_heads_collective_goes_with_it_and_the_file_is_named_for_what_was_chosen() {
        let all = [
            dossier("d-hoa", "Nguyễn Thị Hoa", "ca_nhan", Some("d-phong")),
            dossier("d-binh", "Trần Văn Bình", "ca_nhan", None),
            dossier("d-phong", "Phòng Đo đạc", "tap_the", None),
        ];
        let now = DateTime::parse_from_rfc3339("2026-11-21T23:30:00+07:00").expect("a time");
        let hoa = BTreeSet::from(["d-hoa".to_owned()]);
        let file = export_file(&all, Some(&hoa), day(), now);
        assert_eq!(
            file.name, "dien-hinh_nguyen-thi-hoa_2026-11-21.json",
            "the day of the user's clock"
        );
        assert_eq!(file.ids, ["d-hoa", "d-phong"]);
        assert_eq!(file.exported_at, "2026-11-21T23:30:00+07:00");
        let export = criteria::validate::parse_input(&file.text).expect("the file reads back");
        assert_eq!(export.dossiers().len(), 2);

        let two = BTreeSet::from(["d-hoa".to_owned(), "d-binh".to_owned()]);
        assert_eq!(
            export_file(&all, Some(&two), day(), now).name,
            "dien-hinh_2-ho-so_2026-11-21.json"
        );
        assert_eq!(
            export_file(&all, None, day(), now).name,
            "dien-hinh_tat-ca_2026-11-21.json"
        );
    }
}

//! Reading a file to import and planning what it will change, before anything is written.
//!
//! The file may hold a dossier, an array of dossiers or an export (FORMAT.md). Reading refuses a
//! file that is too big before parsing it, decodes its bytes as `dien-hinh` does (UTF-8, with or
//! without a BOM; a legacy encoding is refused by name rather than read with "�" for every
//! accented letter), and lists the faults by JSON path. A plan then says,
//! for each incoming dossier, whether its id is already stored; for those, the user chooses keep
//! both, replace or skip, one by one, and nothing is overwritten without that choice.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use criteria::dossier::Dossier;
use criteria::validate::{decode_text, parse_input_all, ErrorKind, Input, ValidationError};

/// The largest file the app reads: far more than a thousand dossiers need.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Why a file is not imported at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// Bigger than [`MAX_BYTES`]; not read.
    TooBig { bytes: u64 },
    /// Made by a newer version of the app (a higher `format_version`).
    Newer,
    /// The faults found, by JSON path (the first hundred, then how many more).
    Faults(Vec<ValidationError>),
}

/// One dossier of the file, as the plan shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Incoming {
    pub dossier: Dossier,
    /// An id already in this browser: the user must choose what to do.
    pub collides: bool,
    /// In an export, the stated assessment differs from the one recomputed at the export's `as_of`.
    pub mismatch: bool,
}

/// What a file would import.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub incoming: Vec<Incoming>,
    /// The export's `as_of`, if the file is an export.
    pub as_of: Option<NaiveDate>,
}

impl Plan {
    /// The names of the dossiers whose stated assessment does not match.
    pub fn mismatched(&self) -> Vec<String> {
        self.incoming
            .iter()
            .filter(|i| i.mismatch)
            .map(|i| i.dossier.subject.name.clone())
            .collect()
    }
}

/// What the user chose for a dossier whose id is already stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    /// Import it under a new id; the stored one stays.
    KeepBoth,
    /// The incoming dossier takes the stored one's place.
    Replace,
    /// Leave the stored one; do not import this one.
    Skip,
}

impl Choice {
    pub const ALL: [Choice; 3] = [Choice::KeepBoth, Choice::Replace, Choice::Skip];

    /// The value of its radio button.
    pub fn code(self) -> &'static str {
        match self {
            Choice::KeepBoth => "keep-both",
            Choice::Replace => "replace",
            Choice::Skip => "skip",
        }
    }
}

/// One write the import will make, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Step {
    Add(Dossier),
    /// Replaces the stored dossier with the same id.
    Replace(Dossier),
    /// Not imported; the name, for the summary.
    Skip(String),
}

/// Reads a file's bytes. `is_stored` tells whether an id is taken in this browser.
pub fn read(bytes: &[u8], is_stored: impl Fn(&str) -> bool) -> Result<Plan, Refusal> {
    let size = bytes.len() as u64;
    if size > MAX_BYTES {
        return Err(Refusal::TooBig { bytes: size });
    }
    let text = decode_text(bytes).map_err(|fault| Refusal::Faults(vec![fault]))?;
    let input = parse_input_all(text).map_err(|faults| {
        if faults.iter().any(|f| f.kind == ErrorKind::NewerFormatVersion) {
            Refusal::Newer
        } else {
            Refusal::Faults(faults)
        }
    })?;
    let (mismatches, as_of) = match &input {
        Input::Export(export) => (
            export
                .dossiers
                .iter()
                .zip(&export.assessments)
                .map(|(d, stated)| criteria::assess(d, &export.dossiers, export.as_of) != *stated)
                .collect(),
            Some(export.as_of),
        ),
        _ => (Vec::new(), None),
    };
    let incoming = input
        .into_dossiers()
        .into_iter()
        .enumerate()
        .map(|(i, dossier)| Incoming {
            collides: is_stored(&dossier.id),
            mismatch: mismatches.get(i).copied().unwrap_or(false),
            dossier,
        })
        .collect();
    Ok(Plan { incoming, as_of })
}

/// The writes for the user's `choices` (by incoming id; every colliding dossier needs one, or it is
/// skipped). Dossiers kept both get an id from `new_id` (which must give ids free in the store);
/// imported unit heads that linked to such a dossier's old id are linked to its new id.
pub fn steps(plan: &Plan, choices: &BTreeMap<String, Choice>, mut new_id: impl FnMut() -> String) -> Vec<Step> {
    let mut renamed: BTreeMap<String, String> = BTreeMap::new();
    let incoming_ids: Vec<&str> = plan.incoming.iter().map(|i| i.dossier.id.as_str()).collect();
    let mut steps: Vec<Step> = plan
        .incoming
        .iter()
        .map(|item| {
            let d = item.dossier.clone();
            if !item.collides {
                return Step::Add(d);
            }
            match choices.get(&d.id).copied().unwrap_or(Choice::Skip) {
                Choice::Skip => Step::Skip(d.subject.name),
                Choice::Replace => Step::Replace(d),
                Choice::KeepBoth => {
                    let id = loop {
                        let id = new_id();
                        if !incoming_ids.contains(&id.as_str()) && !renamed.values().any(|v| *v == id) {
                            break id;
                        }
                    };
                    renamed.insert(d.id.clone(), id.clone());
                    Step::Add(Dossier { id, ..d })
                }
            }
        })
        .collect();
    for step in &mut steps {
        if let Step::Add(d) | Step::Replace(d) = step {
            if let Some(new) = d.subject.unit_dossier.as_ref().and_then(|old| renamed.get(old)) {
                d.subject.unit_dossier = Some(new.clone());
            }
        }
    }
    steps
}

#[cfg(test)]
mod tests {
    use super::*;

    const HOA: &str = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-hoa","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2025},
        "subject":{"kind":"ca_nhan","name":"Nguyễn Thị Hoa","unit_head":true,"unit_dossier":"d-phong"}}"#;
    const PHONG: &str = r#"{"format":"dien-hinh.dossier","format_version":1,"id":"d-phong","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{"from":2023,"to":2025},
        "subject":{"kind":"tap_the","name":"Phòng Đo đạc"}}"#;

    fn plan(stored: &[&str]) -> Plan {
        read(format!("[{HOA},{PHONG}]").as_bytes(), |id| stored.contains(&id)).expect("the sample reads")
    }

    #[test]
    fn a_file_that_is_too_big_is_refused_unread() {
        let big = vec![b' '; MAX_BYTES as usize + 1];
        assert_eq!(read(&big, |_| false), Err(Refusal::TooBig { bytes: MAX_BYTES + 1 }));
    }

    #[test]
    fn a_file_that_is_not_utf8_is_refused_and_a_bom_is_read() {
        let latin1: Vec<u8> = HOA
            .replace("Nguyễn Thị Hoa", "Lê Hoàng Lý")
            .chars()
            .map(|c| c as u8)
            .collect();
        let Err(Refusal::Faults(faults)) = read(&latin1, |_| false) else {
            panic!("refused with a fault")
        };
        assert_eq!(faults[0].kind, ErrorKind::NotUtf8);
        let bom = format!("\u{feff}{HOA}");
        assert!(read(bom.as_bytes(), |_| false).is_ok());
    }

    #[test]
    fn a_newer_format_version_is_its_own_refusal() {
        let text = r#"{"format":"dien-hinh.dossier","format_version":9}"#;
        assert_eq!(read(text.as_bytes(), |_| false), Err(Refusal::Newer));
    }

    #[test]
    fn every_fault_is_listed_by_path() {
        let text = HOA
            .replace(r#""kind":"ca_nhan""#, r#""kind":"nobody""#)
            .replace("2023,", "2030,");
        let Err(Refusal::Faults(faults)) = read(text.as_bytes(), |_| false) else {
            panic!("refused with faults")
        };
        assert!(faults.iter().any(|f| f.path == "subject.kind"), "{faults:?}");
    }

    #[test]
    fn new_ids_are_added_and_collisions_wait_for_a_choice() {
        let plan = plan(&["d-phong"]);
        assert_eq!(
            plan.incoming.iter().map(|i| i.collides).collect::<Vec<_>>(),
            [false, true]
        );
        let skipped = steps(&plan, &BTreeMap::new(), || unreachable!("nothing is kept twice"));
        assert!(matches!(&skipped[..], [Step::Add(_), Step::Skip(name)] if name == "Phòng Đo đạc"));
        let replace = BTreeMap::from([("d-phong".to_owned(), Choice::Replace)]);
        assert!(matches!(
            &steps(&plan, &replace, || unreachable!())[..],
            [Step::Add(_), Step::Replace(_)]
        ));
    }

    #[test]
    fn keeping_both_gives_a_new_id_and_moves_the_links_to_it() {
        let plan = plan(&["d-phong"]);
        let keep = BTreeMap::from([("d-phong".to_owned(), Choice::KeepBoth)]);
        let steps = steps(&plan, &keep, || "d-new".to_owned());
        let [Step::Add(hoa), Step::Add(phong)] = &steps[..] else {
            panic!("two additions: {steps:?}")
        };
        assert_eq!(phong.id, "d-new");
        assert_eq!(hoa.subject.unit_dossier.as_deref(), Some("d-new"));
    }
}

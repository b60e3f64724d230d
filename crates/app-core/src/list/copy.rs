//! "Nhân bản": a copy of a dossier to keep working on.

use criteria::dossier::Dossier;

use crate::new_dossier::NAME_MAX;

/// Appended to a duplicate's name. Part of the data, not of the interface, so it stays Vietnamese.
pub const COPY_SUFFIX: &str = " (bản sao)";

/// A copy of `original` to keep working on: a new id, new timestamps, and the name marked
/// " (bản sao)" (the original name shortened if the mark would pass [`NAME_MAX`] characters).
pub fn copy_of(original: &Dossier, id: String, now: String) -> Dossier {
    let room = NAME_MAX - COPY_SUFFIX.chars().count();
    let mut copy = original.clone();
    copy.id = id;
    copy.created_at = now.clone();
    copy.updated_at = now;
    copy.subject.name = format!(
        "{}{COPY_SUFFIX}",
        original.subject.name.chars().take(room).collect::<String>()
    );
    copy
}

#[cfg(test)]
mod tests {
    use super::*;

    fn original(name: &str) -> Dossier {
        let text = format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"d-old","created_at":"2024-01-01T00:00:00Z",
            "updated_at":"2024-06-01T00:00:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{{"from":2023,"to":2025}},
            "subject":{{"kind":"tap_the","name":"{name}","unit":"Sở"}},"initiatives":[],"notes":"ghi chú"}}"#
        );
        crate::fixtures::parse(&text)
    }

    #[test]
    fn a_copy_has_a_new_id_and_times_a_marked_name_and_the_same_content() {
        let copy = copy_of(
            &original("Phòng Đo đạc"),
            "d-new".to_owned(),
            "2026-11-21T08:00:00Z".to_owned(),
        );
        assert_eq!(copy.id, "d-new");
        assert_eq!(
            (copy.created_at.as_str(), copy.updated_at.as_str()),
            ("2026-11-21T08:00:00Z", "2026-11-21T08:00:00Z")
        );
        assert_eq!(copy.subject.name, "Phòng Đo đạc (bản sao)");
        let mut same = copy.clone();
        same.id = "d-old".to_owned();
        same.created_at = "2024-01-01T00:00:00Z".to_owned();
        same.updated_at = "2024-06-01T00:00:00Z".to_owned();
        same.subject.name = "Phòng Đo đạc".to_owned();
        assert_eq!(same, original("Phòng Đo đạc"));
    }

    #[test]
    fn a_copy_of_a_200_character_name_stays_within_200_characters() {
        let copy = copy_of(
            &original(&"ạ".repeat(200)),
            "d-new".to_owned(),
            "2026-11-21T08:00:00Z".to_owned(),
        );
        assert_eq!(copy.subject.name.chars().count(), 200);
        assert!(copy.subject.name.ends_with(" (bản sao)"));
    }
}

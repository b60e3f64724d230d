//! Dossiers for the unit tests, read through the crate's validator as the app reads them.

use criteria::dossier::Dossier;

/// The one dossier of `text` (a dossier's JSON), which must be valid.
pub fn parse(text: &str) -> Dossier {
    criteria::validate::parse_input(text)
        .expect("the test's dossier is valid")
        .into_dossiers()
        .remove(0)
}

/// A valid individual's dossier `id` named `name` under the 2023–2025 plan, nothing declared.
pub fn dossier(id: &str, name: &str) -> Dossier {
    parse(&format!(
        r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"2025-03-02T08:15:00Z",
        "updated_at":"2025-03-02T08:15:00Z","ruleset":"btnmt-dhtt-2023-2025","period":{{"from":2023,"to":2025}},
        "subject":{{"kind":"ca_nhan","name":"{name}"}}}}"#
    ))
}

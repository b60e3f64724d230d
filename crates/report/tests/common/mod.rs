//! The fixture dossiers of the report tests, read through the criteria crate's validator so they
//! are dossiers the app could hold.

use chrono::NaiveDate;
use criteria::dossier::Dossier;

pub fn dossier(text: &str) -> Dossier {
    criteria::validate::parse_input(text)
        .unwrap_or_else(|e| panic!("a fixture is not a valid dossier: {e}"))
        .into_dossiers()
        .remove(0)
}

pub fn individual() -> Dossier {
    dossier(include_str!("../fixtures/individual.json"))
}

pub fn collective() -> Dossier {
    dossier(include_str!("../fixtures/collective.json"))
}

pub fn date() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 1, 10).expect("a real date")
}

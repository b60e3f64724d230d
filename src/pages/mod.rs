//! One module per route.

mod about;
mod check;
mod dossier_list;
mod editor;
mod home;
mod new_dossier;
mod not_found;
mod report;
mod standards;
mod timeline;
pub mod transfer;
mod unit;

pub use about::About;
pub use check::CheckAnswers;
pub use dossier_list::DossierList;
pub use editor::Editor;
pub use home::Home;
pub use new_dossier::NewDossier;
pub use not_found::NotFound;
pub use report::AchievementReport;
pub use standards::Standards;
pub use timeline::Timeline;
pub use unit::Units;

/// A period as people write it: "2024", or "2023–2025".
pub fn period_label(period: criteria::dossier::Period) -> String {
    if period.from == period.to {
        period.from.to_string()
    } else {
        format!("{}–{}", period.from, period.to)
    }
}

//! One module per route.

mod about;
mod dossiers;
mod home;
mod not_found;
mod standards;
mod timeline;

pub use about::About;
pub use dossiers::Dossiers;
pub use home::Home;
pub use not_found::NotFound;
pub use standards::Standards;
pub use timeline::Timeline;

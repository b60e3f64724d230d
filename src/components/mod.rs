//! Pieces of the layout shared by pages.

mod badges;
mod criterion_source;
mod download_error;
mod footer;
mod fragment;
mod header;
mod milestones;
mod route_focus;
mod skip_link;
mod storage_notices;
mod with_store;

pub use badges::{StatusBadge, VerdictBadge};
pub use criterion_source::CriterionSource;
pub use download_error::DownloadErrorNote;
pub use footer::Footer;
pub use fragment::focus_fragment;
pub use header::Header;
pub use milestones::{DossierMilestones, MilestoneList, PhaseBadge};
pub use route_focus::RouteFocus;
pub use skip_link::SkipLink;
pub use storage_notices::{StorageNotices, StorageUsage};
pub use with_store::WithStore;

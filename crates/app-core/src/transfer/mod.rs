//! Moving dossiers out of and into this browser: building an export file, reading a file to import
//! and planning what it changes, applying the plan to the store, and the backup reminder.
//!
//! Plain logic over the criteria crate's types; the screens live in the shell's `pages::transfer`.

pub mod apply;
pub mod backup;
pub mod batch;
pub mod export;
pub mod import;

/// Why a file was not handed to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DownloadError {
    /// Downloads are off here (a kiosk leaves no file behind).
    Off,
    /// The browser refused, with its message.
    Refused(String),
}

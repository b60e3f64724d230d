//! Moving dossiers out of and into this browser: building an export file, reading a file to import
//! and planning what it changes, and remembering when each dossier was last backed up.
//!
//! Plain logic over the criteria crate's types; the screens live in `pages::transfer`.

pub mod backup;
pub mod export;
pub mod import;

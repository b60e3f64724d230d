//! Điển Hình's app without the browser: everything the web app decides that a test can check with
//! plain `cargo test`.
//!
//! The Leptos shell (the top-level crate) renders pages and talks to the browser; this crate holds
//! what it renders and what it keeps: the dossier [`store`] over a [`store::KeyValue`] (the
//! browser's storage or memory), the user's [`prefs`] in the same key-value store, export and import
//! ([`transfer`]), Vietnamese [`text`] folding and file-name slugs, the interface texts ([`i18n`]),
//! and the pages' view models ([`list`], [`mod@unit`], [`answers`], [`new_dossier`], [`search`],
//! [`timeline`], [`fields`]). No Leptos, no web-sys, no clock: the shell passes today's date, the
//! time and a [`text::Collator`] in.

pub mod answers;
pub mod codes;
pub mod fields;
#[cfg(test)]
mod fixtures;
pub mod i18n;
pub mod kiosk;
pub mod list;
pub mod new_dossier;
pub mod personas;
pub mod prefs;
pub mod print;
pub mod profile;
pub mod report_request;
mod ruleset;
pub mod search;
pub mod store;
pub mod text;
pub mod timeline;
pub mod transfer;
pub mod unit;

pub use ruleset::{ruleset_of, RulesetRef};

/// The app's version, shown in the footer and written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

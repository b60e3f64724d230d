//! Điển Hình, the web app: a thin Leptos layer over the `criteria` crate.
//!
//! `main.rs` only mounts [`App`]; pages live in [`pages`], shared pieces of the layout in
//! [`components`], every piece of interface text in [`i18n`], the dossiers in [`storage`] behind
//! the signal of [`state`].

mod app;
pub mod collate;
pub mod components;
pub mod download;
pub mod i18n;
pub mod kiosk;
pub mod pages;
pub mod state;
pub mod storage;
pub mod timeline;
pub mod transfer;

pub use app::App;

/// The app's version, shown in the footer and written into exports.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

//! Điển Hình, the web app: a thin Leptos layer over the app core (`app_core`) and the `criteria`
//! crate.
//!
//! `main.rs` only mounts [`App`]; [`env`] decides once what the browser allows (storage, downloads)
//! and holds the clock; pages live in [`pages`], shared pieces of the layout in [`components`], the
//! current language in [`i18n`], the store behind a signal in [`state`]. Everything that can be
//! decided without a browser lives in `app_core`, with its tests.

mod app;
pub mod components;
pub mod env;
pub mod i18n;
pub mod kiosk;
pub mod pages;
pub mod state;

pub use app::App;
pub use app_core::APP_VERSION;

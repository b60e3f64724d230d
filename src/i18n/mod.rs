//! Interface language: Vietnamese first, English as a switch.
//!
//! The texts and [`Lang`] live in the app core ([`app_core::i18n`]); this module holds the current
//! language as a signal and lets components pick with it through [`tr`]. The choice is remembered
//! as a preference in the environment's key-value store (memory in a kiosk, so nothing stays).

use app_core::prefs;
use leptos::prelude::*;

pub use app_core::i18n::{msg, Lang};

use crate::env::Env;

/// The current language, shared through the reactive context.
#[derive(Clone, Copy)]
pub struct I18n {
    lang: RwSignal<Lang>,
    /// Where the choice is remembered; none in a component test.
    env: Option<Env>,
}

impl I18n {
    pub fn get(self) -> Lang {
        self.lang.get()
    }

    /// Switches language and remembers it. Remembering is a convenience: if storage refuses, the
    /// switch still works.
    pub fn toggle(self) {
        let lang = self.lang.get_untracked().other();
        self.lang.set(lang);
        if let Some(env) = self.env {
            let _ = prefs::set_language(&*env.kv(), lang);
        }
    }
}

/// Installs the language context, starting in the remembered language when an environment is in
/// the context; keeps the page's `lang` attribute up to date. Call once at the root.
pub fn provide_i18n() {
    let env = use_context::<Env>();
    let lang = env.map_or(Lang::Vi, |env| prefs::language(&*env.kv()));
    let signal = RwSignal::new(lang);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", signal.get().tag());
        }
    });
    provide_context(I18n { lang: signal, env });
}

/// The language context. Panics only if [`provide_i18n`] was not called at the root, a bug.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text: re-renders when the language changes.
pub fn tr(text: criteria::text::Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.get().pick(text)
}

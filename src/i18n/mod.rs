//! Interface language: Vietnamese first, English as a switch.
//!
//! Every piece of interface text is a [`Text`] constant in [`msg`] (both languages side by side, so
//! a translator reads them together), and components pick the current language through [`tr`]. The
//! choice is remembered in local storage; without storage the app simply starts in Vietnamese.

use chrono::NaiveDate;
use criteria::text::{Message, Text};
use gloo_storage::{LocalStorage, Storage};
use leptos::prelude::*;

/// The storage key of the remembered language.
const LANG_KEY: &str = "dien-hinh:lang";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    pub fn pick(self, text: Text) -> &'static str {
        match self {
            Lang::Vi => text.vi,
            Lang::En => text.en,
        }
    }

    /// The side of a message built at run time (a criterion's detail, a fix) in this language.
    pub fn message(self, message: &Message) -> &str {
        match self {
            Lang::Vi => &message.vi,
            Lang::En => &message.en,
        }
    }

    /// A validation fault, with its JSON path, in this language.
    pub fn validation(self, error: &criteria::validate::ValidationError) -> String {
        match self {
            Lang::Vi => error.display_vi(),
            Lang::En => error.to_string(),
        }
    }

    /// A date as people write it: 31/05/2025 in Vietnamese, 31 May 2025 in English.
    pub fn date(self, day: NaiveDate) -> String {
        match self {
            Lang::Vi => day.format("%d/%m/%Y").to_string(),
            Lang::En => day.format("%-d %B %Y").to_string(),
        }
    }

    /// A number with one decimal: 1,5 in Vietnamese, 1.5 in English.
    pub fn decimal(self, value: f64) -> String {
        let text = format!("{value:.1}");
        match self {
            Lang::Vi => text.replace('.', ","),
            Lang::En => text,
        }
    }

    /// The BCP 47 tag for the `lang` attribute of the page.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }

    fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

/// The current language, shared through the reactive context.
#[derive(Debug, Clone, Copy)]
pub struct I18n(RwSignal<Lang>);

impl I18n {
    pub fn get(self) -> Lang {
        self.0.get()
    }

    /// Back to Vietnamese without remembering anything: the kiosk's reset.
    pub fn reset(self) {
        self.0.set(Lang::Vi);
    }

    /// Switches language, remembers it, and updates the page's `lang` attribute.
    pub fn toggle(self) {
        let lang = self.0.get_untracked().other();
        self.0.set(lang);
        // Remembering the choice is a convenience: if storage is blocked the switch still works. A
        // kiosk remembers nothing a visitor chose.
        if !crate::kiosk::is_active() && storage_usable() {
            let _ = LocalStorage::set(LANG_KEY, lang.tag());
        }
    }
}

/// gloo's `LocalStorage` panics where the browser blocks storage, so ask first.
fn storage_usable() -> bool {
    crate::storage::BrowserStorage::open().is_ok()
}

/// Installs the language context; call once at the root.
pub fn provide_i18n() {
    let remembered = (!crate::kiosk::is_active() && storage_usable())
        .then(|| LocalStorage::get::<String>(LANG_KEY).ok())
        .flatten();
    let lang = if remembered.as_deref() == Some("en") {
        Lang::En
    } else {
        Lang::Vi
    };
    let signal = RwSignal::new(lang);
    Effect::new(move |_| {
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", signal.get().tag());
        }
    });
    provide_context(I18n(signal));
}

/// The language context. Panics only if [`provide_i18n`] was not called at the root, a bug.
pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A reactive text: re-renders when the language changes.
pub fn tr(text: Text) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || i18n.get().pick(text)
}

/// The interface texts, one module per area of the app.
pub mod msg;

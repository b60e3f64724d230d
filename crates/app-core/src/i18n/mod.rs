//! Interface language: Vietnamese first, English as a switch.
//!
//! Every piece of interface text is a [`Text`] constant in [`msg`] (both languages side by side, so
//! a translator reads them together); texts built at run time are functions of the [`Lang`] there.
//! The shell holds the current language and picks with it.

use chrono::{Datelike, NaiveDate};

/// The months' names in English, January first.
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
use criteria::text::{Message, Text};

pub mod msg;

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
            // By hand, not chrono's `format`: its formatter would be in the wasm for two formats.
            Lang::Vi => format!("{:02}/{:02}/{}", day.day(), day.month(), day.year()),
            Lang::En => format!("{} {} {}", day.day(), MONTHS[day.month0() as usize], day.year()),
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

    /// The language the switch turns to.
    pub fn other(self) -> Lang {
        match self {
            Lang::Vi => Lang::En,
            Lang::En => Lang::Vi,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_decimals_are_written_as_each_language_writes_them() {
        let day = NaiveDate::from_ymd_opt(2025, 5, 31).expect("a real date");
        assert_eq!(Lang::Vi.date(day), "31/05/2025");
        assert_eq!(Lang::En.date(day), "31 May 2025");
        assert_eq!(Lang::Vi.decimal(1.54), "1,5");
        assert_eq!(Lang::En.decimal(1.54), "1.5");
    }

    #[test]
    fn dates_by_hand_are_what_chrono_writes_every_day_of_two_years() {
        let mut day = NaiveDate::from_ymd_opt(2024, 1, 1).expect("a real date");
        while day.year() < 2026 {
            assert_eq!(Lang::Vi.date(day), day.format("%d/%m/%Y").to_string());
            assert_eq!(Lang::En.date(day), day.format("%-d %B %Y").to_string());
            day = day.succ_opt().expect("a next day");
        }
    }
}

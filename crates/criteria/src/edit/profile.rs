//! Edits of the optional profile (crate::profile): what the achievement report asks and the
//! standards do not.
//!
//! Each setter takes the value as the editor's input gives it. An empty value removes the field,
//! and a profile left with no field is removed too, so a dossier whose user typed and then erased
//! is the dossier it was. A value the format would refuse (too long, not a date, not a whole
//! number) changes nothing, so a typo never erases what was stored.

use crate::dossier::Dossier;
use crate::profile::{Gender, Profile, ProfileDate, ProfileText, STAFF_COUNT_MAX};

/// Why a typed profile value was not taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProfileEditError {
    /// Longer than the field's cap, in characters.
    TooLong { max: usize },
    /// Not a real date written `YYYY-MM-DD`.
    NotADate,
    /// Not digits only.
    NotAWholeNumber,
    /// A whole number above [`STAFF_COUNT_MAX`].
    OutOfRange,
}

impl Dossier {
    /// Sets a text field to `text` as typed (spaces kept: the user may be between two words).
    pub fn set_profile_text(&mut self, field: ProfileText, text: String) -> Result<(), ProfileEditError> {
        let max = field.max_chars();
        if text.chars().count() > max {
            return Err(ProfileEditError::TooLong { max });
        }
        self.edit_profile(|p| *field.slot(p) = (!text.is_empty()).then_some(text));
        Ok(())
    }

    /// Sets a date field from `YYYY-MM-DD` (what a date input's value is), or clears it when empty.
    pub fn set_profile_date(&mut self, field: ProfileDate, iso: &str) -> Result<(), ProfileEditError> {
        if !iso.is_empty() && crate::validate::parse_date(iso).is_none() {
            return Err(ProfileEditError::NotADate);
        }
        self.edit_profile(|p| *field.slot(p) = (!iso.is_empty()).then(|| iso.to_owned()));
        Ok(())
    }

    pub fn set_gender(&mut self, gender: Option<Gender>) {
        self.edit_profile(|p| p.gender = gender);
    }

    /// Takes the staff count as typed: digits only ("42"), or empty to clear it.
    pub fn set_staff_count(&mut self, typed: &str) -> Result<(), ProfileEditError> {
        let text = typed.trim();
        let count = if text.is_empty() {
            None
        } else if !text.bytes().all(|b| b.is_ascii_digit()) {
            return Err(ProfileEditError::NotAWholeNumber);
        } else {
            // Digits only, so parsing fails only on a number too large for u32.
            match text.parse::<u32>() {
                Ok(n) if n <= STAFF_COUNT_MAX => Some(n),
                _ => return Err(ProfileEditError::OutOfRange),
            }
        };
        self.edit_profile(|p| p.staff_count = count);
        Ok(())
    }

    fn edit_profile(&mut self, change: impl FnOnce(&mut Profile)) {
        let profile = self.profile.get_or_insert_with(Box::default);
        change(profile);
        if **profile == Profile::default() {
            self.profile = None;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::PROFILE_LINE_MAX;

    fn blank() -> Dossier {
        crate::edit::tests::blank()
    }

    #[test]
    fn a_typed_field_is_kept_as_typed_and_erasing_it_removes_the_profile() {
        let mut d = blank();
        assert_eq!(d.set_profile_text(ProfileText::HomeTown, "Ninh ".into()), Ok(()));
        assert_eq!(
            d.profile.as_deref().and_then(|p| ProfileText::HomeTown.get(p)),
            Some("Ninh ")
        );
        d.set_gender(Some(Gender::Nu));
        d.set_profile_text(ProfileText::HomeTown, String::new())
            .expect("empty is fine");
        assert_eq!(d.profile.as_deref().map(|p| p.home_town.clone()), Some(None));
        d.set_gender(None);
        assert_eq!(d.profile, None, "a profile with nothing in it is not kept");
    }

    #[test]
    fn text_over_its_cap_changes_nothing() {
        let mut d = blank();
        d.set_profile_text(ProfileText::Residence, "Nha Trang".into())
            .expect("short");
        let long = "ữ".repeat(PROFILE_LINE_MAX + 1);
        assert_eq!(
            d.set_profile_text(ProfileText::Residence, long),
            Err(ProfileEditError::TooLong { max: PROFILE_LINE_MAX })
        );
        assert_eq!(
            d.profile.as_deref().and_then(|p| p.residence.as_deref()),
            Some("Nha Trang")
        );
        let paragraph = "ữ".repeat(PROFILE_LINE_MAX + 1);
        assert_eq!(
            d.set_profile_text(ProfileText::Duties, paragraph),
            Ok(()),
            "a long field takes more"
        );
    }

    #[test]
    fn each_fields_cap_is_the_validators() {
        for field in ProfileText::ALL {
            let with = |chars: usize| {
                let mut d = blank();
                let mut p = Profile::default();
                *field.slot(&mut p) = Some("a".repeat(chars));
                d.profile = Some(Box::new(p));
                crate::validate::parse_input(&serde_json::to_string(&d).expect("serialises"))
            };
            assert!(with(field.max_chars()).is_ok(), "{field:?} takes its cap");
            let e = with(field.max_chars() + 1).expect_err("one more is refused");
            assert_eq!(e.kind, crate::validate::ErrorKind::TooLong, "{field:?}");
        }
    }

    #[test]
    fn a_date_is_taken_only_whole_and_real() {
        let mut d = blank();
        assert_eq!(d.set_profile_date(ProfileDate::BirthDate, "1985-04-12"), Ok(()));
        for typo in ["1985-02-30", "12/04/1985", "1985-4-12"] {
            assert_eq!(
                d.set_profile_date(ProfileDate::BirthDate, typo),
                Err(ProfileEditError::NotADate)
            );
        }
        let born = |d: &Dossier| {
            d.profile
                .as_deref()
                .and_then(|p| ProfileDate::BirthDate.get(p).map(str::to_owned))
        };
        assert_eq!(born(&d).as_deref(), Some("1985-04-12"));
        d.set_profile_date(ProfileDate::BirthDate, "").expect("clears");
        assert_eq!(born(&d), None);
    }

    #[test]
    fn a_staff_count_typo_changes_nothing() {
        let mut d = blank();
        assert_eq!(d.set_staff_count(" 42 "), Ok(()));
        assert_eq!(d.set_staff_count("4x"), Err(ProfileEditError::NotAWholeNumber));
        assert_eq!(d.set_staff_count("-1"), Err(ProfileEditError::NotAWholeNumber));
        assert_eq!(d.set_staff_count("1.200"), Err(ProfileEditError::NotAWholeNumber));
        assert_eq!(d.set_staff_count("1000001"), Err(ProfileEditError::OutOfRange));
        assert_eq!(d.set_staff_count("99999999999"), Err(ProfileEditError::OutOfRange));
        assert_eq!(d.profile.as_deref().and_then(|p| p.staff_count), Some(42));
        assert_eq!(d.set_staff_count("1000000"), Ok(()));
        assert_eq!(d.set_staff_count(""), Ok(()));
        assert_eq!(d.profile, None);
    }

    #[test]
    fn every_edited_profile_passes_the_validator() {
        let mut d = blank();
        for field in [ProfileText::Qualification, ProfileText::Achievements] {
            d.set_profile_text(field, format!("{field:?}\nđoạn hai"))
                .expect("short");
        }
        d.set_profile_date(ProfileDate::FoundedOn, "2008-07-01")
            .expect("a date");
        d.set_staff_count("42").expect("a count");
        d.set_gender(Some(Gender::Nam));
        let json = serde_json::to_string(&d).expect("serialises");
        let read = crate::validate::parse_input(&json).expect("valid").into_dossiers();
        assert_eq!(read, vec![d]);
    }
}

//! Lý lịch: what the achievement report asks that the standards do not (the criteria crate's
//! `profile`), for an individual or a collective; a household has no report form and is told so.
//!
//! Every input binds a memo of its own field and saves through the crate's profile setters, which
//! refuse a value the format would refuse; the refusal is said under the input, and what was saved
//! before stays.

use criteria::codes::SubjectKind;
use criteria::edit::ProfileEditError;
use criteria::profile::{Gender, Profile, ProfileDate, ProfileText};
use leptos::prelude::*;
use web_sys::HtmlInputElement;

pub use app_core::profile::ProfileQuestion;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn ProfileSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let kind = editing.field(SubjectKind::CaNhan, |d| d.subject.kind);
    view! {
        <h2>{tr(msg::profile::SECTION)}</h2>
        {move || {
            let kind = kind.get();
            let questions = ProfileQuestion::of_kind(kind);
            if questions.is_empty() {
                return view! { <p data-testid="profile-household">{tr(msg::profile::HOUSEHOLD)}</p> }.into_any();
            }
            view! {
                <p class="hint">{tr(msg::profile::LEAD)}</p>
                {questions.iter().map(|&q| question(q, kind)).collect_view()}
            }
            .into_any()
        }}
    }
}

fn question(q: ProfileQuestion, kind: SubjectKind) -> AnyView {
    match q {
        ProfileQuestion::Text(field) => view! { <TextQuestion field kind /> }.into_any(),
        ProfileQuestion::Date(field) => view! { <DateQuestion field /> }.into_any(),
        ProfileQuestion::Gender => view! { <GenderQuestion /> }.into_any(),
        ProfileQuestion::StaffCount => view! { <StaffCountQuestion /> }.into_any(),
    }
}

/// A one-line input or, for the paragraphs, a text area, capped at the format's length.
#[component]
fn TextQuestion(field: ProfileText, kind: SubjectKind) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let q = ProfileQuestion::Text(field);
    let value = profile_string(editing, move |p| field.get(p));
    let refused = RwSignal::new(None);
    let save = move |typed: String| refused.set(save_with(editing, |d| d.set_profile_text(field, typed)));
    let input = if field.is_long() {
        view! {
            <textarea id=q.id() rows="6" maxlength=field.max_chars() aria-describedby=described_by(q, refused)
                aria-invalid=move || refused.get().map(|_| "true")
                prop:value=value on:input=move |ev| save(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input id=q.id() type="text" maxlength=field.max_chars() aria-describedby=described_by(q, refused)
                aria-invalid=move || refused.get().map(|_| "true")
                prop:value=value on:input=move |ev| save(event_target_value(&ev)) />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=q.id()>{tr(q.label(kind))}</label>
            {input}
            <Hint q />
            <Refusal q refused />
        </div>
    }
}

/// A date input. While the user is between its parts (day typed, year not yet) its value is
/// empty: that is not an erasure, so nothing is saved, and only leaving it so says why.
#[component]
fn DateQuestion(field: ProfileDate) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let q = ProfileQuestion::Date(field);
    let value = profile_string(editing, move |p| field.get(p));
    let refused = RwSignal::new(None);
    let on_input = move |ev: leptos::ev::Event| {
        let input: HtmlInputElement = event_target(&ev);
        if input.validity().bad_input() {
            return;
        }
        let iso = input.value();
        refused.set(save_with(editing, |d| d.set_profile_date(field, &iso)));
    };
    let on_blur = move |ev: leptos::ev::FocusEvent| {
        let input: HtmlInputElement = event_target(&ev);
        if input.validity().bad_input() {
            refused.set(Some(ProfileEditError::NotADate));
        }
    };
    view! {
        <div class="field">
            <label for=q.id()>{tr(q.label(SubjectKind::CaNhan))}</label>
            <input id=q.id() type="date" aria-describedby=described_by(q, refused)
                aria-invalid=move || refused.get().map(|_| "true")
                prop:value=value on:input=on_input on:blur=on_blur />
            <Refusal q refused />
        </div>
    }
}

#[component]
fn GenderQuestion() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let q = ProfileQuestion::Gender;
    let current = editing.field(None, |d| d.profile.as_deref().and_then(|p| p.gender));
    let i18n = use_i18n();
    let unset = (None, "none", msg::profile::GENDER_UNSET);
    let options = Gender::ALL.into_iter().map(|g| (Some(g), g.code(), g.label()));
    view! {
        <fieldset id=q.id() tabindex="-1">
            <legend>{tr(q.label(SubjectKind::CaNhan))}</legend>
            <div class="answers">
                {options.chain([unset]).map(|(gender, slug, label)| {
                    let id = format!("{}-{slug}", q.id());
                    view! {
                        <div class="field radio">
                            <input type="radio" name="profile-gender" id=id.clone()
                                prop:checked=move || current.get() == gender
                                on:change=move |_| editing.edit(|d| d.set_gender(gender)) />
                            <label for=id>{move || i18n.get().pick(label)}</label>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

#[component]
fn StaffCountQuestion() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let q = ProfileQuestion::StaffCount;
    let value = editing.field(String::new(), |d| {
        d.profile
            .as_deref()
            .and_then(|p| p.staff_count)
            .map(|n| n.to_string())
            .unwrap_or_default()
    });
    let refused = RwSignal::new(None);
    view! {
        <div class="field">
            <label for=q.id()>{tr(q.label(SubjectKind::TapThe))}</label>
            <input id=q.id() type="text" inputmode="numeric" autocomplete="off" aria-describedby=described_by(q, refused)
                aria-invalid=move || refused.get().map(|_| "true")
                prop:value=value
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    refused.set(save_with(editing, |d| d.set_staff_count(&typed)));
                } />
            <Refusal q refused />
        </div>
    }
}

/// One string of the profile as its own memo, empty when the profile or the field is absent.
fn profile_string(editing: Editing, get: impl Fn(&Profile) -> Option<&str> + Send + Sync + 'static) -> Memo<String> {
    editing.field(String::new(), move |d| {
        d.profile.as_deref().and_then(&get).unwrap_or_default().to_owned()
    })
}

/// Applies a setter that may refuse, saving only what it took; returns the refusal.
fn save_with(
    editing: Editing,
    set: impl FnOnce(&mut criteria::dossier::Dossier) -> Result<(), ProfileEditError>,
) -> Option<ProfileEditError> {
    let mut outcome = Ok(());
    editing.edit_if(|d| {
        outcome = set(d);
        outcome.is_ok()
    });
    outcome.err()
}

fn hint_id(q: ProfileQuestion) -> String {
    format!("{}-hint", q.id())
}

fn error_id(q: ProfileQuestion) -> String {
    format!("{}-error", q.id())
}

/// What describes the input: its hint and its refusal, those that are shown.
fn described_by(
    q: ProfileQuestion,
    refused: RwSignal<Option<ProfileEditError>>,
) -> impl Fn() -> Option<String> + Send + Sync + 'static {
    move || {
        let ids: Vec<String> = [
            q.hint().map(|_| hint_id(q)),
            refused.with(Option::is_some).then(|| error_id(q)),
        ]
        .into_iter()
        .flatten()
        .collect();
        (!ids.is_empty()).then(|| ids.join(" "))
    }
}

#[component]
fn Hint(q: ProfileQuestion) -> impl IntoView {
    q.hint()
        .map(|text| view! { <p id=hint_id(q) class="hint">{tr(text)}</p> })
}

/// Why the last value typed was not saved, until a value is.
#[component]
fn Refusal(q: ProfileQuestion, refused: RwSignal<Option<ProfileEditError>>) -> impl IntoView {
    let i18n = use_i18n();
    move || {
        refused.get().map(|e| {
            let text = match e {
                ProfileEditError::TooLong { .. } => msg::profile::TOO_LONG,
                ProfileEditError::NotADate => msg::profile::NOT_A_DATE,
                ProfileEditError::NotAWholeNumber => msg::profile::NOT_A_COUNT,
                ProfileEditError::OutOfRange => msg::profile::COUNT_TOO_LARGE,
            };
            view! {
                <p id=error_id(q) class="field-error" role="alert">{move || i18n.get().pick(text)}</p>
            }
        })
    }
}

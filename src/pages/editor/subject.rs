//! Thông tin: who the dossier is about. Asks only what the ruleset uses: the unit-head link only
//! where the ruleset has a unit-head rule, the sector only for Khánh Hòa.

use app_core::fields::{NAME_ID, NOTES_ID, POSITION_ID, SECTOR_ID, UNIT_DOSSIER_ID, UNIT_HEAD_ID, UNIT_ID};
use criteria::codes::{Sector, SubjectKind};
use criteria::dossier::Period;
use criteria::validate::limits;
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};
use crate::pages::period_label;

#[component]
pub fn SubjectSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let ruleset = editing.ruleset();
    let kind = editing.field(SubjectKind::CaNhan, |d| d.subject.kind);
    let kind = move || kind.get();
    let asks_unit_head = ruleset.is_some_and(|r| r.asks_unit_head());
    let asks_sector = ruleset.is_some_and(|r| r.asks_sector());

    let i18n = use_i18n();

    view! {
        <h2>{tr(msg::editor::SECTION_SUBJECT)}</h2>
        <div class="field">
            <label for=NAME_ID>{move || i18n.get().pick(msg::new_dossier::name_label(kind()))}</label>
            <TextInput id=NAME_ID max=limits::NAME_MAX value=editing.field(String::new(), |d| d.subject.name.clone())
                set=move |v| editing.edit(|d| d.subject.name = v) />
        </div>
        <TextField id=UNIT_ID label=msg::editor::UNIT max=limits::UNIT_MAX
            value=editing.field(String::new(), |d| d.subject.unit.clone())
            set=move |v| editing.edit(|d| d.subject.unit = v) />
        <Show when=move || kind() == SubjectKind::CaNhan>
            <TextField id=POSITION_ID label=msg::editor::POSITION max=limits::POSITION_MAX
                value=editing.field(String::new(), |d| d.subject.position.clone())
                set=move |v| editing.edit(|d| d.subject.position = v) />
        </Show>
        <Show when=move || asks_unit_head && kind() == SubjectKind::CaNhan>
            <UnitHeadFields />
        </Show>
        <Show when=move || asks_sector>
            <SectorField />
        </Show>
        <PeriodField />
        <div class="field">
            <label for=NOTES_ID>{tr(msg::editor::NOTES)}</label>
            <textarea id=NOTES_ID rows="3" maxlength=limits::NOTES_MAX
                prop:value=editing.field(String::new(), |d| d.notes.clone())
                on:input=move |ev| { let v = event_target_value(&ev); editing.edit(|d| d.notes = v) }
            ></textarea>
        </div>
    }
}

/// A labelled one-line text input bound to one string of the dossier.
#[component]
pub fn TextField(
    id: &'static str,
    label: criteria::text::Text,
    max: usize,
    value: Memo<String>,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <TextInput id=id max=max value=value set=set />
        </div>
    }
}

/// A one-line text input bound to one string of the dossier. Its value follows the memo, which
/// changes only when that string does, so typing never replaces the element or moves the caret.
/// `max` is the format's cap for the field, so the browser stops the typing where the validator
/// would refuse the save.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    max: usize,
    value: Memo<String>,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! { <input id=id type="text" maxlength=max prop:value=value on:input=move |ev| set(event_target_value(&ev)) /> }
}

#[component]
fn UnitHeadFields() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let is_head = editing.field(false, |d| d.subject.unit_head);
    view! {
        <div class="field checkbox">
            <input id=UNIT_HEAD_ID type="checkbox" prop:checked=is_head
                on:change=move |ev| { let on = event_target_checked(&ev); editing.edit(|d| d.subject.unit_head = on) } />
            <label for=UNIT_HEAD_ID>{tr(msg::editor::UNIT_HEAD)}</label>
        </div>
        <Show when=move || is_head.get()>
            <UnitDossierField />
        </Show>
    }
}

/// The link to the unit's collective dossier; mounted only for a unit head, since listing the
/// candidates walks every stored dossier on each change of the store.
#[component]
fn UnitDossierField() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let state = editing.state();
    let i18n = use_i18n();
    let own = editing.field(None, |d| Some((d.ruleset.clone(), d.period)));
    // The collectives this dossier can link to: same ruleset and period (CRITERIA.md, unit_eligible).
    let candidates = Memo::new(move |_| {
        let Some((ruleset, period)) = own.get() else {
            return Vec::new();
        };
        state.with_store(|s| {
            s.dossiers()
                .filter(|o| o.subject.kind == SubjectKind::TapThe && o.ruleset == ruleset && o.period == period)
                .map(|o| (o.id.clone(), o.subject.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let linked = editing.field(String::new(), |d| d.subject.unit_dossier.clone().unwrap_or_default());
    let linked = move || linked.get();
    view! {
        <div class="field">
            <label for=UNIT_DOSSIER_ID>{tr(msg::editor::UNIT_DOSSIER)}</label>
            <select id=UNIT_DOSSIER_ID
                on:change=move |ev| {
                    let v = event_target_value(&ev);
                    editing.edit(|d| d.subject.unit_dossier = (!v.is_empty()).then_some(v))
                }
            >
                <option value="" selected=move || linked().is_empty()>{tr(msg::editor::UNIT_DOSSIER_NONE)}</option>
                {move || candidates.get().into_iter().map(|(id, name)| {
                    let selected = { let id = id.clone(); move || linked() == id };
                    view! { <option value=id selected=selected>{name}</option> }
                }).collect_view()}
            </select>
            <p class="hint">
                {move || if candidates.with(Vec::is_empty) {
                    i18n.get().pick(msg::editor::UNIT_DOSSIER_NO_CANDIDATE)
                } else {
                    i18n.get().pick(msg::editor::UNIT_DOSSIER_HINT)
                }}
            </p>
        </div>
    }
}

#[component]
fn SectorField() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let current = editing.field(None, |d| d.subject.sector);
    let current = move || current.get();
    view! {
        <div class="field">
            <label for=SECTOR_ID>{tr(msg::editor::SECTOR)}</label>
            <select id=SECTOR_ID on:change=move |ev| {
                let code = event_target_value(&ev);
                let sector = Sector::ALL.into_iter().find(|s| s.code() == code);
                editing.edit(|d| d.subject.sector = sector)
            }>
                <option value="" selected=move || current().is_none()>{tr(msg::editor::SECTOR_NONE)}</option>
                {Sector::ALL.into_iter().map(|s| view! {
                    <option value=s.code() selected=move || current() == Some(s)>
                        {move || i18n.get().pick(s.label())}
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// The review period, changeable after creation: to the ruleset's suggested periods, or back to
/// the dossier's own. Changing it never drops a year entry: those now outside the period are kept
/// and shown apart in the years section.
#[component]
fn PeriodField() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let current = editing.field(None, |d| Some(d.period));
    let choices = move || {
        let own = current.get();
        let mut choices: Vec<(Period, Option<criteria::text::Text>)> = editing
            .ruleset()
            .map(|r| {
                r.suggested_periods
                    .iter()
                    .map(|p| (Period { from: p.from, to: p.to }, Some(p.label)))
                    .collect()
            })
            .unwrap_or_default();
        if let Some(own) = own.filter(|own| !choices.iter().any(|(p, _)| p == own)) {
            choices.insert(0, (own, None));
        }
        choices
    };
    view! {
        <div class="field">
            <label for="f-period">{tr(msg::editor::REVIEW_PERIOD)}</label>
            <select id="f-period" aria-describedby="f-period-hint" on:change=move |ev| {
                let value = event_target_value(&ev);
                if let Some(period) = parse_period(&value) {
                    editing.edit(|d| d.period = period)
                }
            }>
                {move || choices().into_iter().map(|(p, label)| {
                    let text = match label {
                        Some(label) => format!("{} — {}", period_label(p), i18n.get().pick(label)),
                        None => period_label(p),
                    };
                    view! {
                        <option value=format!("{}-{}", p.from, p.to) selected=move || current.get() == Some(p)>{text}</option>
                    }
                }).collect_view()}
            </select>
            <p id="f-period-hint" class="hint">{tr(msg::editor::REVIEW_PERIOD_HINT)}</p>
        </div>
    }
}

fn parse_period(value: &str) -> Option<Period> {
    let (from, to) = value.split_once('-')?;
    Some(Period {
        from: from.parse().ok()?,
        to: to.parse().ok()?,
    })
}

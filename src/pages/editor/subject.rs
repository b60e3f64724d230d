//! Thông tin: who the dossier is about. Asks only what the ruleset uses: the unit-head link only
//! where the ruleset has a unit-head rule, the sector only for Khánh Hòa.

use app_core::fields::{NAME_ID, NOTES_ID, POSITION_ID, SECTOR_ID, UNIT_DOSSIER_ID, UNIT_HEAD_ID, UNIT_ID};
use criteria::codes::{Sector, SubjectKind};
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn SubjectSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let ruleset = editing.ruleset();
    let kind = move || editing.read(SubjectKind::CaNhan, |d| d.subject.kind);
    let asks_unit_head = ruleset.is_some_and(|r| r.asks_unit_head());
    let asks_sector = ruleset.is_some_and(|r| r.asks_sector());

    view! {
        <h2>{tr(msg::editor::SECTION_SUBJECT)}</h2>
        <TextField id=NAME_ID label=msg::editor::NAME
            value=move || editing.read(String::new(), |d| d.subject.name.clone())
            set=move |v| editing.edit(|d| d.subject.name = v) />
        <TextField id=UNIT_ID label=msg::editor::UNIT
            value=move || editing.read(String::new(), |d| d.subject.unit.clone())
            set=move |v| editing.edit(|d| d.subject.unit = v) />
        <Show when=move || kind() == SubjectKind::CaNhan>
            <TextField id=POSITION_ID label=msg::editor::POSITION
                value=move || editing.read(String::new(), |d| d.subject.position.clone())
                set=move |v| editing.edit(|d| d.subject.position = v) />
        </Show>
        <Show when=move || asks_unit_head && kind() == SubjectKind::CaNhan>
            <UnitHeadFields />
        </Show>
        <Show when=move || asks_sector>
            <SectorField />
        </Show>
        <div class="field">
            <label for=NOTES_ID>{tr(msg::editor::NOTES)}</label>
            <textarea id=NOTES_ID rows="3"
                prop:value=move || editing.read(String::new(), |d| d.notes.clone())
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
    value: impl Fn() -> String + Send + Sync + 'static,
    set: impl Fn(String) + Send + Sync + 'static,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input id=id type="text" prop:value=value on:input=move |ev| set(event_target_value(&ev)) />
        </div>
    }
}

#[component]
fn UnitHeadFields() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let is_head = move || editing.read(false, |d| d.subject.unit_head);
    view! {
        <div class="field checkbox">
            <input id=UNIT_HEAD_ID type="checkbox" prop:checked=is_head
                on:change=move |ev| { let on = event_target_checked(&ev); editing.edit(|d| d.subject.unit_head = on) } />
            <label for=UNIT_HEAD_ID>{tr(msg::editor::UNIT_HEAD)}</label>
        </div>
        <Show when=is_head>
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
    // The collectives this dossier can link to: same ruleset and period (CRITERIA.md, unit_eligible).
    let candidates = Memo::new(move |_| {
        let Some((ruleset, period)) = editing.read(None, |d| Some((d.ruleset.clone(), d.period))) else {
            return Vec::new();
        };
        state.with_store(|s| {
            s.dossiers()
                .filter(|o| o.subject.kind == SubjectKind::TapThe && o.ruleset == ruleset && o.period == period)
                .map(|o| (o.id.clone(), o.subject.name.clone()))
                .collect::<Vec<_>>()
        })
    });
    let linked = move || editing.read(String::new(), |d| d.subject.unit_dossier.clone().unwrap_or_default());
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
    let current = move || editing.read(None, |d| d.subject.sector);
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

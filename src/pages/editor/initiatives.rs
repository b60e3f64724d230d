//! Sáng kiến: the explicit choice "chưa khai" (not filled in: `null`), "không có" (none: `[]`), or
//! a list, because the rules treat "not answered" and "none" differently (CRITERIA.md).

use app_core::fields::INITIATIVES_ID;
use criteria::codes::{InitiativeKind, Scope};
use criteria::dossier::{Dossier, Initiative};
use criteria::edit::InitiativesChoice;
use criteria::validate::limits;
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn InitiativesSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let current = editing.field(InitiativesChoice::NotAnswered, Dossier::initiatives_choice);
    let options = [
        (InitiativesChoice::NotAnswered, "unset", msg::editor::INITIATIVES_UNSET),
        (InitiativesChoice::None, "none", msg::editor::INITIATIVES_NONE),
        (InitiativesChoice::List, "list", msg::editor::INITIATIVES_LIST),
    ];
    let count = editing.field(0, |d| d.initiatives.as_ref().map_or(0, Vec::len));
    let i18n = use_i18n();
    // A list given up for "none" or "not filled in" is kept here while the page is open, so one
    // click brings it back instead of the user typing it again.
    let dropped = RwSignal::new(None::<Vec<Initiative>>);
    let choose = move |c: InitiativesChoice| {
        let list = editing.read(None, |d| d.initiatives.clone()).filter(|l| !l.is_empty());
        editing.edit(|d| d.set_initiatives_choice(c));
        match c {
            InitiativesChoice::List => dropped.set(None),
            _ => {
                if let Some(list) = list {
                    dropped.set(Some(list));
                }
            }
        }
    };

    view! {
        <h2>{tr(msg::editor::SECTION_INITIATIVES)}</h2>
        <fieldset id=INITIATIVES_ID tabindex="-1" class="choice">
            <legend>{tr(msg::editor::INITIATIVES_CHOICE)}</legend>
            {options.into_iter().map(|(c, slug, label)| {
                let id = format!("f-initiatives-{slug}");
                view! {
                    <div class="field radio">
                        <input type="radio" name="initiatives" id=id.clone() prop:checked=move || current.get() == c
                            on:change=move |_| choose(c) />
                        <label for=id>{tr(label)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        {move || dropped.get().map(|list| view! {
            <p class="notice warning" role="status" data-testid="initiatives-dropped">
                {move || msg::editor::initiatives_dropped(i18n.get(), list.len())} " "
                <button type="button" class="button" data-testid="initiatives-restore"
                    on:click=move |_| {
                        if let Some(list) = dropped.get_untracked() {
                            editing.edit(|d| d.initiatives = Some(list));
                        }
                        dropped.set(None);
                    }>
                    {tr(msg::editor::INITIATIVES_RESTORE)}
                </button>
            </p>
        })}
        <Show when=move || current.get() == InitiativesChoice::List>
            <ol class="initiatives">
                <For each=move || 0..count.get() key=|i| *i let:index>
                    <InitiativeRow index=index />
                </For>
            </ol>
            <button type="button" class="button" data-testid="initiative-add"
                on:click=move |_| editing.edit(Dossier::add_initiative)>
                {tr(msg::editor::INITIATIVE_ADD)}
            </button>
        </Show>
    }
}

#[component]
fn InitiativeRow(index: usize) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let item = editing.field(None, move |d| {
        d.initiatives.as_ref().and_then(|l| l.get(index).cloned())
    });
    let item = move || item.get();
    let change = move |f: Box<dyn FnOnce(&mut Initiative)>| {
        editing.edit(|d| {
            if let Some(i) = d.initiative_mut(index) {
                f(i)
            }
        })
    };
    // The years offered: the period's, and the initiative's own if it lies outside (kept, not
    // counted), so choosing never silently changes a stored year.
    let years = editing.read(Vec::new(), |d| {
        let own = d.initiatives.as_ref().and_then(|l| l.get(index)).map(|i| i.year);
        let mut years: Vec<i32> = d.period.years().chain(own).collect();
        years.sort_unstable();
        years.dedup();
        years
    });
    let id = |part: &str| format!("f-initiative-{index}-{part}");

    view! {
        <li class="initiative" data-testid=format!("initiative-{index}")>
            <div class="field">
                <label for=id("title")>{tr(msg::editor::INITIATIVE_TITLE)}</label>
                <input id=id("title") type="text" maxlength=limits::INITIATIVE_TITLE_MAX prop:value=move || item().map(|i| i.title).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); change(Box::new(move |i| i.title = v)) } />
            </div>
            <div class="field">
                <label for=id("kind")>{tr(msg::editor::INITIATIVE_KIND)}</label>
                <select id=id("kind") on:change=move |ev| {
                    let code = event_target_value(&ev);
                    if let Some(k) = InitiativeKind::ALL.into_iter().find(|k| k.code() == code) {
                        change(Box::new(move |i| i.kind = k))
                    }
                }>
                    {InitiativeKind::ALL.into_iter().map(|k| view! {
                        <option value=k.code() selected=move || item().is_some_and(|i| i.kind == k)>
                            {move || i18n.get().pick(k.label())}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("year")>{tr(msg::editor::INITIATIVE_YEAR)}</label>
                <select id=id("year") on:change=move |ev| {
                    if let Ok(y) = event_target_value(&ev).parse::<i32>() {
                        change(Box::new(move |i| i.year = y))
                    }
                }>
                    {years.into_iter().map(|y| view! {
                        <option value=y.to_string() selected=move || item().is_some_and(|i| i.year == y)>{y}</option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("scope")>{tr(msg::editor::INITIATIVE_SCOPE)}</label>
                <select id=id("scope") on:change=move |ev| {
                    let code = event_target_value(&ev);
                    if let Some(s) = Scope::ALL.into_iter().find(|s| s.code() == code) {
                        change(Box::new(move |i| i.scope = s))
                    }
                }>
                    {Scope::ALL.into_iter().map(|s| view! {
                        <option value=s.code() selected=move || item().is_some_and(|i| i.scope == s)>
                            {move || i18n.get().pick(s.label())}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for=id("evidence")>{tr(msg::editor::EVIDENCE)}</label>
                <input id=id("evidence") type="text" maxlength=limits::EVIDENCE_MAX prop:value=move || item().map(|i| i.evidence).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); change(Box::new(move |i| i.evidence = v)) } />
            </div>
            <button type="button" class="button" on:click=move |_| editing.edit(|d| d.remove_initiative(index))>
                {tr(msg::editor::INITIATIVE_REMOVE)}
            </button>
        </li>
    }
}

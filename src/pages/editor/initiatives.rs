//! Sáng kiến: the explicit choice "chưa khai" (not filled in: `null`), "không có" (none: `[]`), or
//! a list, because the rules treat "not answered" and "none" differently (CRITERIA.md).

use app_core::fields::INITIATIVES_ID;
use criteria::codes::{InitiativeKind, Scope};
use criteria::dossier::{Dossier, Initiative};
use leptos::prelude::*;

use super::Editing;
use crate::i18n::{msg, tr, use_i18n};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Choice {
    Unset,
    None,
    List,
}

fn choice(d: &Dossier) -> Choice {
    match &d.initiatives {
        None => Choice::Unset,
        Some(list) if list.is_empty() => Choice::None,
        Some(_) => Choice::List,
    }
}

fn blank(d: &Dossier) -> Initiative {
    Initiative {
        title: String::new(),
        kind: InitiativeKind::SangKien,
        year: d.period.to,
        scope: Scope::CoSo,
        evidence: String::new(),
    }
}

#[component]
pub fn InitiativesSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    let current = move || editing.read(Choice::Unset, choice);
    let set_choice = move |c: Choice| {
        editing.edit(|d| {
            d.initiatives = match c {
                Choice::Unset => None,
                Choice::None => Some(Vec::new()),
                Choice::List => Some(vec![blank(d)]),
            }
        })
    };
    let options = [
        (Choice::Unset, "unset", msg::editor::INITIATIVES_UNSET),
        (Choice::None, "none", msg::editor::INITIATIVES_NONE),
        (Choice::List, "list", msg::editor::INITIATIVES_LIST),
    ];
    let count = move || editing.read(0, |d| d.initiatives.as_ref().map_or(0, Vec::len));

    view! {
        <h2>{tr(msg::editor::SECTION_INITIATIVES)}</h2>
        <fieldset id=INITIATIVES_ID tabindex="-1" class="choice">
            <legend>{tr(msg::editor::INITIATIVES_CHOICE)}</legend>
            {options.into_iter().map(|(c, slug, label)| {
                let id = format!("f-initiatives-{slug}");
                view! {
                    <div class="field radio">
                        <input type="radio" name="initiatives" id=id.clone() prop:checked=move || current() == c
                            on:change=move |_| if current() != c { set_choice(c) } />
                        <label for=id>{tr(label)}</label>
                    </div>
                }
            }).collect_view()}
        </fieldset>
        <Show when=move || current() == Choice::List>
            <ol class="initiatives">
                <For each=move || 0..count() key=|i| *i let:index>
                    <InitiativeRow index=index />
                </For>
            </ol>
            <button type="button" class="button" data-testid="initiative-add"
                on:click=move |_| editing.edit(|d| { let b = blank(d); d.initiatives.get_or_insert_with(Vec::new).push(b) })>
                {tr(msg::editor::INITIATIVE_ADD)}
            </button>
        </Show>
    }
}

#[component]
fn InitiativeRow(index: usize) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let i18n = use_i18n();
    let item = move || editing.read(None, |d| d.initiatives.as_ref().and_then(|l| l.get(index).cloned()));
    let change = move |f: Box<dyn FnOnce(&mut Initiative)>| {
        editing.edit(|d| {
            if let Some(i) = d.initiatives.as_mut().and_then(|l| l.get_mut(index)) {
                f(i)
            }
        })
    };
    let span = editing.ruleset().map_or((2000, 2100), |r| r.span);
    let id = |part: &str| format!("f-initiative-{index}-{part}");

    view! {
        <li class="initiative" data-testid=format!("initiative-{index}")>
            <div class="field">
                <label for=id("title")>{tr(msg::editor::INITIATIVE_TITLE)}</label>
                <input id=id("title") type="text" prop:value=move || item().map(|i| i.title).unwrap_or_default()
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
                    {(span.0..=span.1).map(|y| view! {
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
                <input id=id("evidence") type="text" prop:value=move || item().map(|i| i.evidence).unwrap_or_default()
                    on:input=move |ev| { let v = event_target_value(&ev); change(Box::new(move |i| i.evidence = v)) } />
            </div>
            <button type="button" class="button" on:click=move |_| editing.edit(|d| {
                if let Some(list) = d.initiatives.as_mut() {
                    if index < list.len() { list.remove(index); }
                }
            })>
                {tr(msg::editor::INITIATIVE_REMOVE)}
            </button>
        </li>
    }
}

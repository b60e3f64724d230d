//! The labelled controls of the unit page: unit, ruleset, period and the day of the assessment.
//! Each change goes into the address (see the module above), which the page reads back.

use app_core::unit::period_param;
use app_core::RulesetRef;
use chrono::NaiveDate;
use criteria::dossier::Period;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use super::{param, Choices, Shown};
use crate::env::use_env;
use crate::i18n::msg::unit as m;
use crate::i18n::{tr, use_i18n};
use crate::pages::period_label;

/// These choices as the page's parameters; the day is left out when it is `today`.
fn choices(unit: &str, ruleset: &str, period: Option<Period>, as_of: NaiveDate, today: NaiveDate) -> Choices {
    let mut choices = vec![(param::UNIT, unit.to_owned()), (param::RULESET, ruleset.to_owned())];
    if let Some(p) = period {
        choices.push((param::PERIOD, period_param(p)));
    }
    if as_of != today {
        choices.push((param::DAY, as_of.to_string()));
    }
    choices
}

/// The page's address for these choices.
fn href(choices: &Choices) -> String {
    let encode = |s: &str| String::from(js_sys::encode_uri_component(s));
    let query: Vec<String> = choices
        .iter()
        .map(|(key, value)| format!("{key}={}", encode(value)))
        .collect();
    format!("/don-vi?{}", query.join("&"))
}

/// One control's new value.
enum Change {
    Unit(String),
    Ruleset(&'static str),
    Period(Period),
    Day(NaiveDate),
}

#[component]
pub fn Controls(shown: Shown) -> impl IntoView {
    let i18n = use_i18n();
    let env = use_env();
    let navigate = use_navigate();
    let go = move |change: Change| {
        let mut unit = shown.unit.get_untracked().unwrap_or_default();
        let mut ruleset = shown.ruleset.get_untracked().id;
        let mut period = shown.period.get_untracked();
        let mut as_of = shown.as_of.get_untracked();
        // Another unit or ruleset has other periods: the period falls back to its latest one.
        match change {
            Change::Unit(u) => (unit, period) = (u, None),
            Change::Ruleset(r) => (ruleset, period) = (r, None),
            Change::Period(p) => period = Some(p),
            Change::Day(d) => as_of = d,
        }
        let choices = choices(&unit, ruleset, period, as_of, env.today());
        if !env.text_in_address() {
            // A kiosk: the unit's name is the visitor's text, which the address (and so the
            // browser's history) must not keep. The choices stay in the page's memory.
            shown.kept.set(choices);
            return;
        }
        navigate(
            &href(&choices),
            NavigateOptions {
                scroll: false,
                ..Default::default()
            },
        );
    };
    let (go_unit, go_ruleset, go_period) = (go.clone(), go.clone(), go.clone());
    view! {
        <fieldset class="unit-controls" data-testid="unit-controls">
            <legend>{tr(m::CONTROLS)}</legend>
            <div class="field">
                <label for="unit-select">{tr(m::UNIT)}</label>
                <select
                    id="unit-select"
                    data-testid="unit-select"
                    on:change=move |ev| go_unit(Change::Unit(event_target_value(&ev)))
                >
                    {move || {
                        let current = shown.unit.get();
                        shown.units.get().into_iter().map(|unit| {
                            let selected = current.as_ref() == Some(&unit);
                            view! { <option value=unit.clone() selected=selected>{unit.clone()}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="ruleset-select">{tr(m::RULESET)}</label>
                <select
                    id="ruleset-select"
                    data-testid="ruleset-select"
                    on:change=move |ev| {
                        let id = event_target_value(&ev);
                        if let Some(r) = RulesetRef::by_id(&id) {
                            go_ruleset(Change::Ruleset(r.id));
                        }
                    }
                >
                    {RulesetRef::all().map(|r| view! {
                        <option value=r.id prop:selected=move || shown.ruleset.get() == r>
                            {move || i18n.get().pick(r.document.name)}
                        </option>
                    }).collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="period-select">{tr(m::PERIOD)}</label>
                <select
                    id="period-select"
                    data-testid="period-select"
                    prop:disabled=move || shown.periods.with(Vec::is_empty)
                    on:change=move |ev| {
                        let chosen = event_target_value(&ev);
                        if let Some(p) = shown.periods.get_untracked().into_iter().find(|p| period_param(*p) == chosen) {
                            go_period(Change::Period(p));
                        }
                    }
                >
                    {move || {
                        let current = shown.period.get();
                        shown.periods.get().into_iter().map(|p| {
                            view! { <option value=period_param(p) selected=current == Some(p)>{period_label(p)}</option> }
                        }).collect_view()
                    }}
                </select>
            </div>
            <div class="field">
                <label for="unit-as-of">{tr(m::AS_OF)}</label>
                <input
                    id="unit-as-of"
                    type="date"
                    data-testid="unit-as-of"
                    prop:value=move || shown.as_of.get().to_string()
                    on:change=move |ev| {
                        if let Some(day) = criteria::validate::parse_date(&event_target_value(&ev)) {
                            go(Change::Day(day));
                        }
                    }
                />
            </div>
        </fieldset>
    }
}

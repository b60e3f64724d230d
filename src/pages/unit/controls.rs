//! The labelled controls of the unit page: unit, ruleset, period and the day of the assessment.
//! A unit, ruleset or period is asked of [`Shown`], which chooses what the dossiers have; the day
//! goes into the address, which the page reads back.

use app_core::unit::{period_param, Asked};
use app_core::RulesetRef;
use chrono::NaiveDate;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate};

use super::{param, replace_address, Shown};
use crate::i18n::msg::unit as m;
use crate::i18n::{tr, use_i18n};
use crate::pages::period_label;

#[component]
pub fn Controls(shown: Shown) -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let location = use_location();
    let current = move || shown.choice.get_untracked();
    // Another unit keeps the ruleset and period shown if it has dossiers there, else picks its own;
    // another ruleset shows its latest period.
    let ask_unit = move |key: String| {
        let c = current();
        shown.asked.set(Asked {
            unit: Some(key),
            keep: Some((c.ruleset.id.to_owned(), c.period)),
            ..Asked::default()
        });
    };
    let ask_ruleset = move |id: &str| {
        shown.asked.set(Asked {
            unit: current().unit,
            ruleset: Some(id.to_owned()),
            ..Asked::default()
        });
    };
    let ask_period = move |chosen: String| {
        let c = current();
        if let Some(p) = c.periods.iter().copied().find(|p| period_param(*p) == chosen) {
            shown.asked.set(Asked {
                unit: c.unit,
                ruleset: Some(c.ruleset.id.to_owned()),
                period: Some(p),
                keep: None,
            });
        }
    };
    let set_day = move |day: NaiveDate| {
        let search = location.search.get_untracked();
        let kept: Vec<&str> = search
            .trim_start_matches('?')
            .split('&')
            .filter(|kv| !kv.is_empty() && !kv.starts_with(&format!("{}=", param::DAY)))
            .collect();
        let mut href = format!("/don-vi?{}", kept.join("&"));
        href.push_str(&format!(
            "{}{}={day}",
            if kept.is_empty() { "" } else { "&" },
            param::DAY
        ));
        replace_address(&navigate, &href);
    };
    view! {
        <fieldset class="unit-controls" data-testid="unit-controls">
            <legend>{tr(m::CONTROLS)}</legend>
            <div class="field">
                <label for="unit-select">{tr(m::UNIT)}</label>
                <select
                    id="unit-select"
                    data-testid="unit-select"
                    on:change=move |ev| ask_unit(event_target_value(&ev))
                >
                    {move || {
                        let current = shown.choice.with(|c| c.unit.clone());
                        let lang = i18n.get();
                        shown.groups.get().into_iter().map(|g| {
                            let selected = current.as_ref() == Some(&g.key);
                            let name = g.name.unwrap_or_else(|| lang.pick(m::NO_UNIT_GROUP).to_owned());
                            view! { <option value=g.key selected=selected>{name}</option> }
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
                        if let Some(r) = RulesetRef::by_id(&event_target_value(&ev)) {
                            ask_ruleset(r.id);
                        }
                    }
                >
                    {RulesetRef::all().map(|r| view! {
                        <option value=r.id prop:selected=move || shown.choice.with(|c| c.ruleset == r)>
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
                    prop:disabled=move || shown.choice.with(|c| c.periods.is_empty())
                    on:change=move |ev| ask_period(event_target_value(&ev))
                >
                    {move || {
                        let (periods, current) = shown.choice.with(|c| (c.periods.clone(), c.period));
                        periods.into_iter().map(|p| {
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
                            set_day(day);
                        }
                    }
                />
            </div>
            <p class="hint" data-testid="unit-remembered">{tr(m::REMEMBERED)}</p>
        </fieldset>
    }
}

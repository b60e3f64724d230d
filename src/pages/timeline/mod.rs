//! Lộ trình: the milestones of every ruleset on a time line, newest document first, with today
//! marked and the days left to each.
//!
//! "Today" is the local calendar day, or the day in `?ngay=YYYY-MM-DD`, so a link (or a test) can
//! show the line as it stood on another day.

use app_core::timeline::Phase;
use chrono::NaiveDate;
use criteria::catalogue::RULESETS;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_navigate, use_query_map};

use crate::components::{MilestoneList, PhaseBadge};
use crate::env::use_env;
use crate::i18n::msg::timeline as m;
use crate::i18n::{msg, tr, use_i18n};

/// The query parameter that sets the day the line is seen on.
const DAY_PARAM: &str = "ngay";

/// The day in `?ngay=`, if it is one.
fn day_in_query(value: Option<String>) -> Option<NaiveDate> {
    criteria::validate::parse_date(value?.trim())
}

#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let query = use_query_map();
    let chosen = Memo::new(move |_| day_in_query(query.read().get(DAY_PARAM)));
    let env = use_env();
    let today = Signal::derive(move || chosen.get().unwrap_or_else(|| env.today()));
    let navigate = use_navigate();
    let on_change = move |ev: leptos::ev::Event| {
        if let Some(day) = criteria::validate::parse_date(&event_target_value(&ev)) {
            navigate(&format!("/lo-trinh?{DAY_PARAM}={day}"), Default::default());
        }
    };

    view! {
        <div class="timeline-page">
            <h1>{tr(msg::shell::TIMELINE_HEADING)}</h1>
            <p class="lead">{tr(m::LEAD)}</p>
            <div class="timeline-controls">
                <div class="field">
                    <label for="timeline-day">{tr(m::VIEW_AT)}</label>
                    <input
                        id="timeline-day"
                        type="date"
                        data-testid="timeline-day"
                        aria-describedby="timeline-day-hint"
                        prop:value=move || today.get().to_string()
                        on:change=on_change
                    />
                    <p id="timeline-day-hint" class="hint">{tr(m::VIEW_AT_HINT)}</p>
                </div>
                <Show when=move || chosen.with(Option::is_some)>
                    <A href="/lo-trinh" attr:class="button" attr:data-testid="back-to-today">{tr(m::BACK_TO_TODAY)}</A>
                </Show>
            </div>
            <section class="timeline-legend" aria-labelledby="timeline-legend-heading">
                <h2 id="timeline-legend-heading">{tr(m::LEGEND)}</h2>
                <p>
                    <PhaseBadge phase=Phase::Past /> " " <PhaseBadge phase=Phase::Now /> " " <PhaseBadge phase=Phase::Next />
                </p>
                <p class="hint">{tr(m::DEADLINE_NOTE)}</p>
            </section>
            {RULESETS
                .iter()
                .map(|ruleset| {
                    let heading = format!("timeline-{}", ruleset.id);
                    let labelled_by = heading.clone();
                    view! {
                        <section class="timeline-ruleset" id=ruleset.id aria-labelledby=labelled_by>
                            <h2 id=heading>{move || i18n.get().pick(ruleset.document.name)}</h2>
                            <p class="muted">{move || i18n.get().pick(ruleset.document.title)}</p>
                            <MilestoneList ruleset today />
                        </section>
                    }
                })
                .collect_view()}
        </div>
    }
}

//! Milestones on a time line: each occurrence with its dates, what happens, its source clause, its
//! phase in words and a symbol (never colour alone), and the days left; today is marked between what
//! has begun and what has not.
//!
//! [`MilestoneList`] is a whole ruleset's line (the Lộ trình page); [`DossierMilestones`] is the
//! short form for one dossier's editor: what runs now and what comes next, the past folded away.

use app_core::timeline::{time_line, today_index, Entry, Phase};
use chrono::NaiveDate;
use criteria::catalogue::{self, Ruleset};
use leptos::prelude::*;
use leptos_router::components::A;

use crate::env::use_env;
use crate::i18n::msg::timeline as m;
use crate::i18n::{tr, use_i18n};

fn phase_class(p: Phase) -> (&'static str, &'static str, &'static str) {
    match p {
        Phase::Past => ("past", "phase past", "←"),
        Phase::Now => ("now", "phase now", "●"),
        Phase::Next => ("next", "phase next", "→"),
    }
}

/// The phase of an occurrence: a symbol and a word.
#[component]
pub fn PhaseBadge(phase: Phase) -> impl IntoView {
    let (_, class, symbol) = phase_class(phase);
    view! {
        <span class=class data-testid="phase">
            <span aria-hidden="true">{symbol}" "</span>
            {tr(m::phase(phase))}
        </span>
    }
}

/// One occurrence of a milestone, as an item of a list.
#[component]
fn MilestoneItem(entry: Entry, today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    let Entry {
        milestone,
        occurrence,
        phase,
    } = entry;
    let (code, _, _) = phase_class(phase);
    let dates = move || m::range(i18n.get(), occurrence.start, occurrence.end);
    let countdown = move || {
        m::countdown(
            i18n.get(),
            occurrence.kind,
            phase,
            occurrence.days_to_start(today),
            occurrence.days_to_end(today),
        )
    };
    view! {
        <li
            class=format!("milestone {code}")
            data-testid="milestone"
            data-phase=code
            data-start=occurrence.start.to_string()
            data-end=occurrence.end.to_string()
        >
            <PhaseBadge phase=phase />
            <p class="milestone-when">
                <strong>{move || i18n.get().pick(milestone.when_label)}</strong>
                " · "
                <span data-testid="milestone-dates">{dates}</span>
            </p>
            <p class="milestone-what">{move || i18n.get().pick(milestone.what)}</p>
            {move || countdown().map(|text| view! { <p class="countdown" data-testid="countdown">{text}</p> })}
            <p class="citation muted">{tr(m::SOURCE)} " " <cite>{milestone.citation}</cite></p>
        </li>
    }
}

/// The mark of today between the occurrences that have begun and those to come.
#[component]
fn TodayMark(today: NaiveDate) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <li class="today-mark" data-testid="today-marker" data-date=today.to_string()>
            <span aria-hidden="true">"▼ "</span>
            {move || m::today_mark(i18n.get(), today)}
        </li>
    }
}

/// Every occurrence of every milestone of `ruleset` in date order, with today marked.
#[component]
pub fn MilestoneList(ruleset: &'static Ruleset, #[prop(into)] today: Signal<NaiveDate>) -> impl IntoView {
    let i18n = use_i18n();
    let label = move || {
        format!(
            "{} {}",
            i18n.get().pick(m::LIST_LABEL),
            i18n.get().pick(ruleset.document.name)
        )
    };
    move || {
        let today = today.get();
        let entries = time_line(ruleset, today);
        let mark = today_index(&entries);
        let items = entries
            .into_iter()
            .map(|entry| view! { <MilestoneItem entry today /> }.into_any());
        let mut items: Vec<AnyView> = items.collect();
        items.insert(mark, view! { <TodayMark today /> }.into_any());
        view! {
            <ol class="milestones" aria-label=label data-testid="milestones" data-ruleset=ruleset.id>
                {items}
            </ol>
        }
    }
}

/// The milestones of one dossier's plan for its editor: what runs now and what comes next, the past
/// ones folded, and a link to the whole time line. Nothing for a ruleset this version does not know.
///
/// `today` defaults to the local calendar day; another day is passed on to the time line's link.
#[component]
pub fn DossierMilestones(ruleset_id: String, #[prop(optional)] today: Option<NaiveDate>) -> impl IntoView {
    let timeline_href = today.map_or_else(|| "/lo-trinh".to_owned(), |day| format!("/lo-trinh?ngay={day}"));
    let today = today.unwrap_or_else(|| use_env().today());
    catalogue::ruleset(&ruleset_id).map(|ruleset| {
        let (past, current): (Vec<Entry>, Vec<Entry>) =
            time_line(ruleset, today).into_iter().partition(|e| e.phase == Phase::Past);
        let past_count = past.len();
        view! {
            <section class="dossier-milestones" data-testid="dossier-milestones" aria-labelledby="dossier-milestones-heading">
                <h2 id="dossier-milestones-heading">{tr(m::DOSSIER_HEADING)}</h2>
                <ol class="milestones">
                    <TodayMark today />
                    {current.into_iter().map(|entry| view! { <MilestoneItem entry today /> }).collect_view()}
                </ol>
                {(past_count > 0).then(|| view! {
                    <details>
                        <summary>{tr(m::DOSSIER_PAST)} " (" {past_count} ")"</summary>
                        <ol class="milestones">
                            {past.into_iter().map(|entry| view! { <MilestoneItem entry today /> }).collect_view()}
                        </ol>
                    </details>
                })}
                <p><A href=timeline_href>{tr(m::DOSSIER_ALL)}</A></p>
            </section>
        }
    })
}

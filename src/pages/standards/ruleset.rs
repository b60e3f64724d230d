//! One ruleset on the standards page: its document, span and subjects, its yearly quota, and its
//! criteria in catalogue order.

use std::collections::{HashMap, HashSet};

use criteria::catalogue::Ruleset;
use leptos::prelude::*;

use super::criterion::{Affected, CriterionCard};
use super::quota::QuotaNote;
use crate::i18n::msg::standards as m;
use crate::i18n::{msg, tr, use_i18n};

#[component]
pub fn RulesetSection(
    ruleset: &'static Ruleset,
    /// The criteria the search lets through; `None` when nothing is searched.
    found: Memo<Option<HashSet<&'static str>>>,
    affected: Memo<HashMap<&'static str, Vec<Affected>>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let shows = move |id: &'static str| found.with(|f| f.as_ref().is_none_or(|f| f.contains(id)));
    let any_shown = move || ruleset.criteria.iter().any(|c| shows(c.id));
    let heading = format!("{}-heading", ruleset.id);
    let labelled_by = heading.clone();
    let subjects = move || {
        let lang = i18n.get();
        ruleset
            .subjects
            .iter()
            .map(|k| lang.pick(k.label()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    view! {
        <li
            class="ruleset"
            id=ruleset.id
            tabindex="-1"
            data-testid="ruleset"
            data-ruleset=ruleset.id
            aria-labelledby=labelled_by
            prop:hidden=move || !any_shown()
        >
            <h2 id=heading>{move || i18n.get().pick(ruleset.document.name)}</h2>
            <p>{move || i18n.get().pick(ruleset.document.title)}</p>
            <dl class="ruleset-facts">
                <dt>{tr(m::PART)}</dt>
                <dd>{ruleset.document.part}</dd>
                <dt>{tr(m::SPAN)}</dt>
                <dd>{ruleset.span.0} "–" {ruleset.span.1}</dd>
                <dt>{tr(m::SUBJECTS)}</dt>
                <dd>{subjects}</dd>
            </dl>
            {ruleset.subjects_interpretation.map(|text| view! {
                <p class="interpretation"><strong>{tr(msg::editor::INTERPRETATION)}</strong> " "
                    {move || i18n.get().pick(text)}</p>
            })}
            <h3>{tr(m::QUOTA)}</h3>
            <QuotaNote ruleset />
            <h3>
                {tr(m::CRITERIA)} " "
                <span class="muted">"(" {ruleset.criteria.len()} " " {tr(msg::shell::STANDARDS_CRITERIA_COUNT)} ")"</span>
            </h3>
            <ol class="criteria-list">
                {ruleset
                    .criteria
                    .iter()
                    .map(|criterion| view! { <CriterionCard criterion shown=Signal::derive(move || shows(criterion.id)) affected /> })
                    .collect_view()}
            </ol>
        </li>
    }
}

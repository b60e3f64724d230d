//! The nomination list ("danh sách đề nghị") of the selected candidates, laid out to print on A4:
//! the unit, the year or period, the document, each nominee with a one-line achievement summary and
//! the self-assessment, the day of the assessment, and the signature block. Print styles (in
//! `style/pages.css`) hide everything else on the page.

use std::collections::BTreeSet;

use app_core::unit::{achievement_summary, Candidate, UnitLink};
use leptos::prelude::*;

use super::Shown;
use crate::components::{DownloadErrorNote, VerdictBadge};
use crate::env::use_env;
use crate::i18n::msg::unit as m;
use crate::i18n::{msg, tr, use_i18n};
use crate::pages::period_label;
use crate::pages::transfer::export_dossiers;
use crate::state::use_app_state;

#[component]
pub fn NominationList(shown: Shown, chosen: Memo<Vec<Candidate>>) -> impl IntoView {
    let i18n = use_i18n();
    let empty = move || chosen.with(Vec::is_empty);
    let print = move |_| {
        // If the browser refuses to open its print dialog there is nothing more to do.
        let _ = window().print();
    };
    let state = use_app_state();
    let env = use_env();
    let unit_name = move || {
        shown
            .unit_name()
            .unwrap_or_else(|| i18n.get().pick(m::NO_UNIT_GROUP).to_owned())
    };
    let export_error = RwSignal::new(None);
    // Exactly the nominees, as one export file for the receiver (with their unit's collective
    // dossier where a nominee heads it, so the receiver's check resolves the link).
    let export = move |_| {
        let ids: BTreeSet<String> = chosen.with(|c| c.iter().map(|c| c.dossier.id.clone()).collect());
        export_error.set(export_dossiers(state, env, Some(&ids), shown.as_of.get_untracked()).err());
    };
    view! {
        <section class="nomination-list" data-testid="nomination-list" aria-labelledby="nomination-heading">
            <div class="nomination-actions">
                <h2 id="nomination-heading">{tr(m::LIST_HEADING)}</h2>
                // Where no file may be left behind (a kiosk): no printing to PDF, no export.
                <Show when=move || env.downloads()>
                    <button type="button" class="button primary" data-testid="print" prop:disabled=empty on:click=print>
                        {tr(m::PRINT)}
                    </button>
                    <button type="button" class="button" data-testid="export-nominees" prop:disabled=empty on:click=export>
                        {tr(m::EXPORT_NOMINEES)}
                    </button>
                    <p class="hint" data-testid="package-hint">{tr(m::PACKAGE_HINT)}</p>
                </Show>
                <p class="hint">{tr(m::PRINT_HINT)}</p>
                <DownloadErrorNote error=export_error />
            </div>
            <Show
                when=move || !empty()
                fallback=|| view! { <p class="muted" data-testid="nomination-empty">{tr(m::LIST_EMPTY)}</p> }
            >
                <div class="nomination-document" data-testid="nomination-document">
                    <p class="nomination-unit" data-testid="nomination-unit">{unit_name}</p>
                    <p class="nomination-title">{tr(m::LIST_TITLE)}</p>
                    <dl class="nomination-facts">
                        <dt>{tr(m::LIST_UNIT)}</dt>
                        <dd>{unit_name}</dd>
                        <dt>{tr(m::LIST_PERIOD)}</dt>
                        <dd data-testid="nomination-period">{move || shown.choice.with(|c| c.period.map(period_label))}</dd>
                        <dt>{tr(m::LIST_RULESET)}</dt>
                        <dd data-testid="nomination-ruleset">
                            {move || {
                                let (lang, r) = (i18n.get(), shown.choice.with(|c| c.ruleset));
                                format!("{} — {}", lang.pick(r.document.name), lang.pick(r.document.title))
                            }}
                        </dd>
                        <dt>{tr(m::LIST_AS_OF)}</dt>
                        <dd data-testid="nomination-as-of">{move || i18n.get().date(shown.as_of.get())}</dd>
                    </dl>
                    <table class="nominees" data-testid="nominees">
                        <thead>
                            <tr>
                                <th scope="col">{tr(m::COL_NO)}</th>
                                <th scope="col">{tr(m::COL_SUMMARY)}</th>
                                <th scope="col">{tr(m::COL_VERDICT)}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || chosen.get().into_iter().enumerate().map(|(i, c)| view! {
                                <NomineeRow number=i + 1 candidate=c />
                            }).collect_view()}
                        </tbody>
                    </table>
                    {move || shown.choice.with(|c| c.ruleset).quota.as_ref().map(|q| view! {
                        <p class="nomination-basis">
                            <q lang="vi">{q.quote}</q> " (" <cite>{q.citation}</cite> ")"
                        </p>
                    })}
                    <p class="nomination-sign-place">{tr(m::SIGN_PLACE)}</p>
                    <div class="signatures">
                        <div>
                            <p><strong>{tr(m::SIGN_PREPARER)}</strong></p>
                            <p><em>{tr(m::SIGN_HINT)}</em></p>
                        </div>
                        <div>
                            <p><strong>{tr(m::SIGN_HEAD)}</strong></p>
                            <p><em>{tr(m::SIGN_HINT)}</em></p>
                        </div>
                    </div>
                </div>
            </Show>
        </section>
    }
}

#[component]
fn NomineeRow(number: usize, candidate: Candidate) -> impl IntoView {
    let i18n = use_i18n();
    let Candidate {
        dossier,
        assessment,
        unit_link,
    } = candidate;
    let summary = move || achievement_summary(&dossier, i18n.get());
    let unit = match unit_link {
        Some(UnitLink::Found { name, verdict, .. }) => Some(view! {
            <p class="muted">{tr(msg::unit::UNIT_HEAD)} " " {name} " " <VerdictBadge verdict=verdict /></p>
        }),
        _ => None,
    };
    view! {
        <tr data-testid="nominee">
            <td>{number}</td>
            <td data-testid="nominee-summary">{summary}</td>
            <td><VerdictBadge verdict=assessment.verdict />{unit}</td>
        </tr>
    }
}

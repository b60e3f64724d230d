//! Báo cáo thành tích (`/ho-so/:id/bao-cao`): the achievement report of one dossier in the form's
//! layout, to print on A4 or to download as a .docx the user keeps editing. The report worker
//! (`worker`: crates/report composes it and writes both in a wasm of its own, fetched when this
//! page opens) sends the HTML shown here and the .docx; the app's own wasm carries none of it.
//! The award asked for and the report's date are chosen here and not stored: they belong to one
//! submission, not to the dossier.
//!
//! A household has no form, and is told so; a kiosk, which may leave no file behind, shows nothing.

mod worker;

use app_core::report_request::{iso_date, request_json, Want};
use chrono::NaiveDate;
use criteria::codes::SubjectKind;
use criteria::profile::PROFILE_LINE_MAX;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;
use worker::{Failure, Phase, ReportWorker};

#[component]
pub fn AchievementReport() -> impl IntoView {
    let params = use_params_map();
    let state = use_app_state();
    let dossier = Memo::new(move |_| state.dossier(&params.read().get("id").unwrap_or_default()));
    // Only the kind decides what the page offers: a keystroke in the proposal must not rebuild it.
    let kind = Memo::new(move |_| dossier.with(|d| d.as_ref().map(|d| d.subject.kind)));
    let env = crate::env::use_env();
    let choices = Choices {
        proposal: RwSignal::new(String::new()),
        date: RwSignal::new(env.today()),
    };
    move || {
        if !env.downloads() {
            return view! { <p>{tr(msg::transfer::DOWNLOADS_OFF)}</p> }.into_any();
        }
        match kind.get() {
            None => view! {
                <h1>{tr(msg::shell::NOT_FOUND_HEADING)}</h1>
                <p>{tr(msg::editor::NOT_FOUND)}</p>
                <p><A href="/ho-so">{tr(msg::editor::BACK_TO_LIST)}</A></p>
            }
            .into_any(),
            Some(SubjectKind::HoGiaDinh) => view! {
                <h1>{tr(msg::report::HEADING)}</h1>
                <p class="notice warning" data-testid="report-household">{tr(msg::report::HOUSEHOLD)}</p>
                <p><BackToDossier dossier /></p>
            }
            .into_any(),
            Some(_) => view! { <ReportPage dossier choices /> }.into_any(),
        }
    }
}

/// What the user chooses for this report, beside what the dossier holds.
#[derive(Clone, Copy)]
struct Choices {
    /// "ĐỀ NGHỊ TẶNG …": the award asked for, as typed; empty leaves the blank.
    proposal: RwSignal<String>,
    date: RwSignal<NaiveDate>,
}

impl Choices {
    fn proposal(&self) -> Option<String> {
        self.proposal
            .with(|p| (!p.trim().is_empty()).then(|| p.trim().to_owned()))
    }
}

#[component]
fn ReportPage(dossier: Memo<Option<criteria::dossier::Dossier>>, choices: Choices) -> impl IntoView {
    let name = move || dossier.with(|d| d.as_ref().map(|d| d.subject.name.clone()));
    let writer = ReportWorker::new();
    // The preview follows the dossier, the date and the proposal: each change asks the worker again.
    Effect::new(move |_| {
        let (date, proposal) = (choices.date.get(), choices.proposal());
        let request = dossier.with(|d| {
            d.as_ref()
                .map(|d| request_json(d, date, proposal.as_deref(), Want::Html))
        });
        if let Some(request) = request {
            writer.render(request);
        }
    });
    let waiting = move || {
        (writer.preview.with(Option::is_none) && !matches!(writer.phase.get(), Phase::Failed(_)))
            .then(|| view! { <p class="muted" data-testid="report-preparing">{tr(msg::report::PREPARING)}</p> })
    };
    view! {
        <div class="report-page">
            <div class="report-controls">
                <h1>{tr(msg::report::HEADING)}</h1>
                <p class="muted" data-testid="report-subject">{name}</p>
                <p class="report-note" data-testid="template-note">
                    <strong>{tr(msg::report::TEMPLATE)}</strong> " " {tr(msg::report::TEMPLATE_NOTE)}
                </p>
                <p>{tr(msg::report::LEAD)}</p>
                <ChoiceFields choices />
                <Actions dossier choices writer />
            </div>
            {waiting}
            // The worker's HTML: every text of the dossier in it is escaped (report::html).
            <div class="report-sheet" role="region" aria-label=tr(msg::report::DOCUMENT)
                inner_html=move || writer.preview.get().unwrap_or_default()></div>
        </div>
    }
    .into_any()
}

#[component]
fn ChoiceFields(choices: Choices) -> impl IntoView {
    let on_date = move |ev: leptos::ev::Event| {
        // Empty while the user is between the parts of a date: keep the last whole one.
        if let Some(day) = criteria::validate::parse_date(&event_target_value(&ev)) {
            choices.date.set(day);
        }
    };
    view! {
        <div class="report-choices">
            <div class="field">
                <label for="report-proposal">{tr(msg::report::PROPOSAL)}</label>
                <input id="report-proposal" type="text" maxlength=PROFILE_LINE_MAX aria-describedby="report-proposal-hint"
                    prop:value=choices.proposal
                    on:input=move |ev| choices.proposal.set(event_target_value(&ev)) />
                <p id="report-proposal-hint" class="hint">{tr(msg::report::PROPOSAL_HINT)}</p>
            </div>
            <div class="field">
                <label for="report-date">{tr(msg::report::DATE)}</label>
                <input id="report-date" type="date"
                    prop:value=move || iso_date(choices.date.get())
                    on:input=on_date />
            </div>
        </div>
    }
}

/// The .docx and print buttons, and what became of the last download.
#[component]
fn Actions(dossier: Memo<Option<criteria::dossier::Dossier>>, choices: Choices, writer: ReportWorker) -> impl IntoView {
    let download = move |_| {
        let date = choices.date.get_untracked();
        let proposal = choices.proposal();
        let request = dossier.with_untracked(|d| {
            d.as_ref().map(|d| {
                let name = app_core::transfer::export::name_slug(&d.subject.name);
                let file = format!("bao-cao-thanh-tich_{name}_{}.docx", iso_date(date));
                (request_json(d, date, proposal.as_deref(), Want::Docx), file)
            })
        });
        if let Some((request, file)) = request {
            writer.write(request, file);
        }
    };
    view! {
        <div class="actions report-actions">
            <button type="button" class="button primary" data-testid="report-docx"
                prop:disabled=move || writer.phase.with(|p| *p == Phase::Writing)
                on:click=download>
                {tr(msg::report::DOWNLOAD)}
            </button>
            <button type="button" class="button" data-testid="report-print" on:click=move |_| { let _ = window().print(); }>
                {tr(msg::transfer::PRINT_THIS)}
            </button>
            <BackToDossier dossier />
        </div>
        <div class="report-status" aria-live="polite" data-testid="report-status">
            <Status phase=writer.phase />
        </div>
    }
}

#[component]
fn Status(phase: RwSignal<Phase>) -> impl IntoView {
    let i18n = use_i18n();
    move || match phase.get() {
        Phase::Idle => ().into_any(),
        Phase::Writing => view! { <p>{tr(msg::report::WRITING)}</p> }.into_any(),
        Phase::Done(file) => {
            view! { <p class="report-done">"✓ " {tr(msg::report::DOWNLOADED)} " " <code>{file}</code></p> }.into_any()
        }
        Phase::Failed(failure) => {
            let text = match failure {
                Failure::Load => view! { {tr(msg::report::LOAD_FAILED)} }.into_any(),
                Failure::Crashed => view! { {tr(msg::report::CRASHED)} }.into_any(),
                Failure::Refused(why) => {
                    view! { {tr(msg::report::REFUSED)} " " {move || i18n.get().message(&why).to_owned()} }.into_any()
                }
                Failure::Download(app_core::transfer::DownloadError::Off) => {
                    view! { {tr(msg::transfer::DOWNLOADS_OFF)} }.into_any()
                }
                Failure::Download(app_core::transfer::DownloadError::Refused(e)) => {
                    view! { {tr(msg::transfer::EXPORT_FAILED)} " " <code>{e}</code> }.into_any()
                }
            };
            view! { <p class="field-error" role="alert" data-testid="report-error">{text}</p> }.into_any()
        }
    }
}

#[component]
fn BackToDossier(dossier: Memo<Option<criteria::dossier::Dossier>>) -> impl IntoView {
    let href = move || dossier.with(|d| d.as_ref().map(|d| format!("/ho-so/{}", d.id)).unwrap_or_default());
    view! { <A href=href attr:class="button">{tr(msg::editor::BACK_TO_EDITOR)}</A> }
}

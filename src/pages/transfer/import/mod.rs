//! Nhập hồ sơ (`/ho-so/nhap`): pick or drop one file or many, see what each holds (or why it is
//! refused), decide once for every taken id or one by one, confirm, and read what was done.
//!
//! Nothing is written before "Nhập" is pressed; the file input is the keyboard path, the drop zone
//! around it is a convenience for the mouse. The plan is `app_core::transfer::batch`; this module
//! only reads the files, and runs the planning and the writing in chunks with a frame for the
//! browser between them, showing how far they have come.

mod plan;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use app_core::transfer::apply::{Applying, Report};
use app_core::transfer::batch::{Batch, Decisions, Progress};
use app_core::transfer::import::{Refusal, MAX_BYTES};

use crate::env::{use_env, yield_to_browser};
use crate::i18n::{msg, tr, use_i18n, Lang};
use crate::state::use_app_state;

use plan::PlanView;

/// Dossiers assessed, or written, between two frames: a few milliseconds of work each.
const CHUNK: usize = 200;

/// Where the page is.
#[derive(Clone)]
enum Stage {
    Idle,
    /// Reading the files' bytes (`done` of `total` files).
    Reading(Progress),
    /// Assessing the dossiers read.
    Assessing(Progress),
    Planned(Arc<Batch>),
    /// Writing: dossiers through of all.
    Applying(Progress),
    Done(Report),
}

#[component]
pub fn ImportPage() -> impl IntoView {
    use msg::transfer as m;
    let stage = RwSignal::new(Stage::Idle);
    let decisions = RwSignal::new(Decisions::default());
    // Each pick starts a new run; a run that sees a newer one stops.
    let run = StoredValue::new(0_u32);
    let state = use_app_state();
    let env = use_env();
    let applying = move || matches!(stage.get(), Stage::Applying(_));
    let take = move |files: Vec<web_sys::File>| {
        // While an import is written, the pickers are off and a drop is ignored.
        if files.is_empty() || matches!(stage.get_untracked(), Stage::Applying(_)) {
            return;
        }
        decisions.set(Decisions::default());
        stage.set(Stage::Reading(Progress {
            done: 0,
            total: files.len(),
        }));
        run.update_value(|r| *r += 1);
        let this_run = run.get_value();
        let stale = move || run.get_value() != this_run;
        leptos::task::spawn_local(async move {
            let mut batch = Batch::default();
            let total = files.len();
            for (done, file) in files.into_iter().enumerate() {
                stage.set(Stage::Reading(Progress { done, total }));
                read_into(&mut batch, file, state).await;
                if stale() {
                    return;
                }
            }
            let today = env.today();
            loop {
                let progress = batch.assess_some(CHUNK, today);
                if progress.is_done() {
                    break;
                }
                stage.set(Stage::Assessing(progress));
                yield_to_browser().await;
                if stale() {
                    return;
                }
            }
            stage.set(Stage::Planned(Arc::new(batch)));
        });
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        take(input.files().map(files_of).unwrap_or_default());
        // The same files can be chosen again after they are fixed.
        input.set_value("");
    };
    // A folder's files: only its .json files are read (a staff folder also holds reports, scans…).
    let on_folder = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        let files = input.files().map(files_of).unwrap_or_default();
        take(
            files
                .into_iter()
                .filter(|f| f.name().to_lowercase().ends_with(".json"))
                .collect(),
        );
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        take(
            ev.data_transfer()
                .and_then(|dt| dt.files())
                .map(files_of)
                .unwrap_or_default(),
        );
    };
    let confirm = move || {
        let Stage::Planned(batch) = stage.get_untracked() else {
            return;
        };
        let mut applying = Applying::new(batch.steps(&decisions.get_untracked(), || state.new_id()));
        run.update_value(|r| *r += 1);
        stage.set(Stage::Applying(applying.progress()));
        leptos::task::spawn_local(async move {
            // Untracked: the pages reading the store hear of the import once, at its end.
            while let Some(progress) = state.update_store_untracked(|s| applying.run(s, CHUNK)) {
                if progress.is_done() {
                    break;
                }
                stage.set(Stage::Applying(progress));
                yield_to_browser().await;
            }
            state.notify_store();
            stage.set(Stage::Done(applying.into_report()));
        });
    };
    let i18n = use_i18n();
    let progress_line = move |text: fn(Lang, usize, usize) -> String, p: Progress| {
        view! {
            <div class="import-progress" role="status" data-testid="import-progress">
                <p>{move || text(i18n.get(), p.done, p.total)}</p>
                <progress max=p.total value=p.done></progress>
            </div>
        }
        .into_any()
    };

    view! {
        <div class="import-page">
            <h1>{tr(m::IMPORT_HEADING)}</h1>
            <p class="lead">{tr(m::IMPORT_LEAD)}</p>
            <div
                class="drop-zone"
                class:dragging=move || dragging.get()
                data-testid="drop-zone"
                on:dragover=move |ev: leptos::ev::DragEvent| {
                    ev.prevent_default();
                    dragging.set(true);
                }
                on:dragleave=move |_| dragging.set(false)
                on:drop=on_drop
            >
                <label for="import-file">{tr(m::IMPORT_FILE)}</label>
                <input
                    id="import-file"
                    type="file"
                    multiple
                    accept=".json,application/json"
                    data-testid="import-file"
                    prop:disabled=applying
                    on:change=on_input
                />
                <p class="muted">{tr(m::DROP_HERE)}</p>
                <label for="import-folder" class="folder-label">{tr(m::IMPORT_FOLDER)}</label>
                <input
                    id="import-folder"
                    type="file"
                    prop:webkitdirectory=true
                    data-testid="import-folder"
                    prop:disabled=applying
                    on:change=on_folder
                />
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Reading(p) => progress_line(m::reading, Progress { done: p.done + 1, ..p }),
                Stage::Assessing(p) => progress_line(m::assessing, p),
                Stage::Planned(batch) => view! { <PlanView batch decisions confirm stage /> }.into_any(),
                Stage::Applying(p) => progress_line(m::importing, p),
                Stage::Done(report) => view! { <Done report stage /> }.into_any(),
            }}
        </div>
    }
}

/// The files of a picker or a drop, in their order.
fn files_of(list: web_sys::FileList) -> Vec<web_sys::File> {
    (0..list.length()).filter_map(|i| list.get(i)).collect()
}

/// Reads one file into the batch: refused unread if too big, refused if the browser cannot read it.
async fn read_into(batch: &mut Batch, file: web_sys::File, state: crate::state::AppState) {
    let name = file.name();
    let bytes = file.size() as u64;
    if bytes > MAX_BYTES {
        batch.add_refused(name, Refusal::TooBig { bytes });
        return;
    }
    // The bytes, not the browser's text: decoding is the criteria crate's, as in dien-hinh.
    match JsFuture::from(file.array_buffer()).await {
        Ok(buffer) => {
            let content = js_sys::Uint8Array::new(&buffer).to_vec();
            state.with_store_untracked(|s| batch.add_file(name, &content, s));
        }
        Err(e) => {
            let detail = match e.dyn_ref::<js_sys::Error>() {
                Some(e) => String::from(e.message()),
                None => e.as_string().unwrap_or_else(|| format!("{e:?}")),
            };
            batch.add_refused(name, Refusal::Unreadable(detail));
        }
    }
}

/// What was added, replaced, skipped, and, if a save failed, where it stopped.
#[component]
fn Done(report: Report, stage: RwSignal<Stage>) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let list = move |label: criteria::text::Text, names: Vec<String>, testid: &'static str| {
        (!names.is_empty()).then(|| {
            view! {
                <p data-testid=testid>
                    <strong>{tr(label)} " (" {names.len()} "): "</strong>
                    {move || m::name_list(i18n.get(), &names)}
                </p>
            }
        })
    };
    let failed = report.failed.clone().map(|(name, e)| {
        view! {
            <div class="save-error" role="alert" data-testid="import-failed">
                <p>
                    <strong>{tr(m::DONE_FAILED)} ": " {name}</strong>
                    " — "
                    {move || i18n.get().pick(msg::dossier_list::save_error(&e))}
                </p>
            </div>
        }
    });
    view! {
        <section class="import-done" role="status" data-testid="import-done">
            <h2>{tr(m::DONE_HEADING)}</h2>
            {failed}
            {list(m::DONE_ADDED, report.added, "done-added")}
            {list(m::DONE_REPLACED, report.replaced, "done-replaced")}
            {list(m::DONE_SKIPPED, report.skipped, "done-skipped")}
            {list(m::DONE_NOT_ATTEMPTED, report.not_attempted, "done-not-attempted")}
            <p class="muted">{tr(m::DONE_KEPT)}</p>
            <p>
                <a href="/ho-so" class="button primary" data-testid="to-list">{tr(m::TO_LIST)}</a>
                " "
                <button type="button" class="button" on:click=move |_| stage.set(Stage::Idle)>
                    {tr(m::ANOTHER)}
                </button>
            </p>
        </section>
    }
}

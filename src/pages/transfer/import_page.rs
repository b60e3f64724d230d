//! Nhập hồ sơ (`/ho-so/nhap`): pick or drop a file, see what it holds and every fault, choose what
//! to do with each dossier whose id is taken, confirm, and read what was done.
//!
//! Nothing is written before "Nhập" is pressed; the file input is the keyboard path, the drop zone
//! around it is a convenience for the mouse.

use std::collections::BTreeMap;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

use app_core::transfer::apply::{apply, Report};
use app_core::transfer::import::{self, Choice, Plan, Refusal, MAX_BYTES};

use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

/// Where the page is.
#[derive(Debug, Clone, PartialEq)]
enum Stage {
    Idle,
    Reading,
    /// The browser could not read the file (its message).
    Unreadable(String),
    Refused(Refusal),
    Planned(Plan),
    Done(Report),
}

#[component]
pub fn ImportPage() -> impl IntoView {
    use msg::transfer as m;
    let stage = RwSignal::new(Stage::Idle);
    let choices = RwSignal::new(BTreeMap::<String, Choice>::new());
    let state = use_app_state();
    let take = move |file: web_sys::File| {
        choices.set(BTreeMap::new());
        let bytes = file.size() as u64;
        if bytes > MAX_BYTES {
            stage.set(Stage::Refused(Refusal::TooBig { bytes }));
            return;
        }
        stage.set(Stage::Reading);
        leptos::task::spawn_local(async move {
            // The bytes, not the browser's text: decoding is the criteria crate's, as in dien-hinh.
            let buffer = JsFuture::from(file.array_buffer()).await;
            let next = match buffer {
                Ok(buffer) => {
                    let content = js_sys::Uint8Array::new(&buffer).to_vec();
                    match import::read(&content, |id| state.with_store_untracked(|s| !s.id_is_free(id))) {
                        Ok(plan) => Stage::Planned(plan),
                        Err(refusal) => Stage::Refused(refusal),
                    }
                }
                Err(e) => Stage::Unreadable(e.as_string().unwrap_or_else(|| format!("{e:?}"))),
            };
            stage.set(next);
        });
    };
    let on_input = move |ev: leptos::ev::Event| {
        let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) else {
            return;
        };
        if let Some(file) = input.files().and_then(|files| files.get(0)) {
            take(file);
        }
        // The same file can be chosen again after it is fixed.
        input.set_value("");
    };
    let dragging = RwSignal::new(false);
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        dragging.set(false);
        if let Some(file) = ev
            .data_transfer()
            .and_then(|dt| dt.files())
            .and_then(|files| files.get(0))
        {
            take(file);
        }
    };
    let confirm = move || {
        let Stage::Planned(plan) = stage.get_untracked() else {
            return;
        };
        let steps = import::steps(&plan, &choices.get_untracked(), || state.new_id());
        if let Some(report) = state.update_store(|s| apply(s, steps)) {
            stage.set(Stage::Done(report));
        }
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
                    accept=".json,application/json"
                    data-testid="import-file"
                    on:change=on_input
                />
                <p class="muted">{tr(m::DROP_HERE)}</p>
            </div>
            {move || match stage.get() {
                Stage::Idle => ().into_any(),
                Stage::Reading => view! { <p role="status">{tr(m::READING)}</p> }.into_any(),
                Stage::Unreadable(detail) => {
                    view! {
                        <div class="import-refused" role="alert" data-testid="import-error">
                            <p>{tr(m::UNREADABLE)} " " <code>{detail}</code></p>
                        </div>
                    }
                        .into_any()
                }
                Stage::Refused(refusal) => view! { <Refused refusal /> }.into_any(),
                Stage::Planned(plan) => view! { <PlanView plan choices confirm stage /> }.into_any(),
                Stage::Done(report) => view! { <Done report stage /> }.into_any(),
            }}
        </div>
    }
}

/// Why the file is not imported: its size, a newer app, or every fault by path.
#[component]
fn Refused(refusal: Refusal) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let body = move || match &refusal {
        Refusal::TooBig { bytes } => view! { <p>{m::too_big(i18n.get(), *bytes, MAX_BYTES)}</p> }.into_any(),
        Refusal::Newer => view! { <p data-testid="import-newer">{tr(m::NEWER)}</p> }.into_any(),
        Refusal::Faults(faults) => {
            let lang = i18n.get();
            view! {
                <p>{tr(m::REFUSED_FAULTS)}</p>
                <ul class="import-faults" data-testid="import-faults">
                    {faults
                        .iter()
                        .map(|f| {
                            let text = lang.validation(f);
                            view! { <li data-kind=f.kind.code()>{text}</li> }
                        })
                        .collect_view()}
                </ul>
            }
            .into_any()
        }
    };
    view! {
        <section class="import-refused" role="alert" data-testid="import-error">
            <h2>{tr(m::REFUSED_HEADING)}</h2>
            {body}
        </section>
    }
}

/// The dossiers the file holds, what will happen to each, the choice for taken ids, the
/// mismatch warning, and the buttons.
#[component]
fn PlanView(
    plan: Plan,
    choices: RwSignal<BTreeMap<String, Choice>>,
    confirm: impl Fn() + Copy + Send + Sync + 'static,
    stage: RwSignal<Stage>,
) -> impl IntoView {
    use msg::transfer as m;
    let mismatched = plan.mismatched();
    let colliding: Vec<String> = plan
        .incoming
        .iter()
        .filter(|i| i.collides)
        .map(|i| i.dossier.id.clone())
        .collect();
    let all_chosen = Memo::new(move |_| choices.with(|c| colliding.iter().all(|id| c.contains_key(id))));
    let rows = plan
        .incoming
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let id = item.dossier.id.clone();
            let what = if item.collides {
                view! { <CollisionChoice index=i id=id.clone() name=item.dossier.subject.name.clone() choices /> }
                    .into_any()
            } else {
                view! { <span>{tr(m::WILL_ADD)}</span> }.into_any()
            };
            view! {
                <tr data-testid="import-row" data-id=id.clone()>
                    <th scope="row">{item.dossier.subject.name.clone()}</th>
                    <td><code>{id.clone()}</code></td>
                    <td>{what}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="import-plan" aria-labelledby="import-plan-heading" data-testid="import-plan">
            <h2 id="import-plan-heading">{tr(m::PLAN_HEADING)}</h2>
            {(!mismatched.is_empty()).then(|| {
                view! {
                    <div class="import-mismatch" role="alert" data-testid="import-mismatch">
                        <p><strong>{tr(m::MISMATCH_HEADING)}</strong></p>
                        <p>{tr(m::MISMATCH_BODY)} " " {mismatched.join(", ")}</p>
                    </div>
                }
            })}
            <div class="table-scroll">
                <table class="import-table">
                    <thead>
                        <tr>
                            <th scope="col">{tr(m::COL_NAME)}</th>
                            <th scope="col">{tr(m::COL_ID)}</th>
                            <th scope="col">{tr(m::COL_WHAT)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <Show when=move || !all_chosen.get()>
                <p class="muted" data-testid="choose-all">{tr(m::CHOOSE_ALL)}</p>
            </Show>
            <div class="import-actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="import-confirm"
                    prop:disabled=move || !all_chosen.get()
                    on:click=move |_| confirm()
                >
                    {tr(m::CONFIRM)}
                </button>
                <button type="button" class="button" data-testid="import-cancel" on:click=move |_| stage.set(Stage::Idle)>
                    {tr(m::CANCEL)}
                </button>
            </div>
        </section>
    }
}

/// Keep both / replace / skip for one dossier whose id is already stored.
#[component]
fn CollisionChoice(
    index: usize,
    id: String,
    name: String,
    choices: RwSignal<BTreeMap<String, Choice>>,
) -> impl IntoView {
    use msg::transfer as m;
    let label = |c: Choice| match c {
        Choice::KeepBoth => m::KEEP_BOTH,
        Choice::Replace => m::REPLACE,
        Choice::Skip => m::SKIP,
    };
    let group = format!("choice-{index}");
    view! {
        <fieldset class="collision" data-testid="collision">
            <legend>{tr(m::COLLIDES)} <span class="visually-hidden">{name}</span></legend>
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    let (id, checked_id) = (id.clone(), id.clone());
                    let input_id = format!("{group}-{}", c.code());
                    view! {
                        <span class="choice">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=group.clone()
                                value=c.code()
                                data-testid=format!("choice-{}", c.code())
                                prop:checked=move || choices.with(|m| m.get(&checked_id) == Some(&c))
                                on:change=move |_| choices.update(|m| {
                                    m.insert(id.clone(), c);
                                })
                            />
                            <label for=input_id>{tr(label(c))}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

/// What was added, replaced, skipped, and, if a save failed, where it stopped.
#[component]
fn Done(report: Report, stage: RwSignal<Stage>) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let list = |label: criteria::text::Text, names: Vec<String>, testid: &'static str| {
        (!names.is_empty()).then(|| {
            view! {
                <p data-testid=testid>
                    <strong>{tr(label)} " (" {names.len()} "): "</strong>
                    {names.join(", ")}
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

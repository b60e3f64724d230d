//! The plan of an import on one screen: each file (what it holds, or why it is refused), the
//! warning on a tampered export, one choice for every taken id, each dossier with its standard,
//! unit, period, verdict and what will happen to it, and the buttons.
//!
//! Rows appear a hundred at a time ("Hiện thêm"), so ten thousand dossiers do not build ten
//! thousand rows at once.

use std::sync::Arc;

use leptos::prelude::*;

use app_core::ruleset_of;
use app_core::transfer::batch::{At, Batch, Clash, File, Planned};
use app_core::transfer::import::{Choice, Refusal, MAX_BYTES};

use super::Stage;
use crate::components::VerdictBadge;
use crate::i18n::{msg, tr, use_i18n};

/// Rows added by each press of "Hiện thêm".
const ROWS_STEP: usize = 100;

fn choice_label(c: Choice) -> criteria::text::Text {
    use msg::transfer as m;
    match c {
        Choice::KeepBoth => m::KEEP_BOTH,
        Choice::Replace => m::REPLACE,
        Choice::Skip => m::SKIP,
    }
}

#[component]
pub(super) fn PlanView(
    batch: Arc<Batch>,
    decisions: RwSignal<app_core::transfer::batch::Decisions>,
    confirm: impl Fn() + Copy + Send + Sync + 'static,
    stage: RwSignal<Stage>,
) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let clashes = batch.clashes();
    let clash_count = clashes.len();
    let nothing = batch.is_empty();
    let covered = Memo::new(move |_| decisions.with(|d| d.cover(&clashes)));
    let can_import = move || !nothing && covered.get();
    let mismatched = batch.mismatched();
    let total = batch.len();
    let (files, refused) = (
        batch.files().len(),
        batch.files().iter().filter(|f| f.outcome.is_err()).count(),
    );
    let shown = RwSignal::new(ROWS_STEP.min(total));
    let pages = move || (0..shown.get().div_ceil(ROWS_STEP)).collect::<Vec<_>>();
    let file_items = batch
        .files()
        .iter()
        .map(|f| view! { <FileLine file=f.clone() /> })
        .collect_view();
    let rows_batch = Arc::clone(&batch);
    view! {
        <section class="import-plan" aria-labelledby="import-plan-heading" data-testid="import-plan">
            <h2 id="import-plan-heading">{tr(m::FILES_HEADING)}</h2>
            <p data-testid="import-total">{move || m::batch_total(i18n.get(), total, files, refused)}</p>
            {if nothing {
                // Nothing to import: the files and their reasons are the alert.
                view! {
                    <div class="import-refused" role="alert" data-testid="import-error">
                        <p><strong>{tr(m::NOTHING_TO_IMPORT)}</strong></p>
                        <ul class="import-files" data-testid="import-files">{file_items}</ul>
                    </div>
                }
                    .into_any()
            } else {
                view! { <ul class="import-files" data-testid="import-files">{file_items}</ul> }.into_any()
            }}
            {(!mismatched.is_empty()).then(|| {
                view! {
                    <div class="import-mismatch" role="alert" data-testid="import-mismatch">
                        <p><strong>{tr(m::MISMATCH_HEADING)}</strong></p>
                        <p>{tr(m::MISMATCH_BODY)} " " {mismatched.join(", ")}</p>
                    </div>
                }
            })}
            {(clash_count > 0).then(|| view! { <ApplyToAll count=clash_count decisions /> })}
            {(!nothing).then(|| view! {
                <h3>{tr(m::ROWS_HEADING)}</h3>
                <div class="table-scroll">
                    <table class="import-table">
                        <thead>
                            <tr>
                                <th scope="col">{tr(m::COL_NAME)}</th>
                                <th scope="col">{tr(m::COL_RULESET)}</th>
                                <th scope="col">{tr(m::COL_UNIT)}</th>
                                <th scope="col">{tr(m::COL_PERIOD)}</th>
                                <th scope="col">{tr(m::COL_VERDICT)}</th>
                                <th scope="col">{tr(m::COL_FILE)}</th>
                                <th scope="col">{tr(m::COL_WHAT)}</th>
                            </tr>
                        </thead>
                        <For each=pages key=|p| *p let:page>
                            <tbody>
                                {rows_batch
                                    .planned()
                                    .skip(page * ROWS_STEP)
                                    .take(ROWS_STEP)
                                    .map(|p| row(p, &rows_batch, decisions))
                                    .collect_view()}
                            </tbody>
                        </For>
                    </table>
                </div>
                <Show when=move || { shown.get() < total }>
                    <button
                        type="button"
                        class="button"
                        data-testid="import-more"
                        on:click=move |_| shown.update(|n| *n = (*n + ROWS_STEP).min(total))
                    >
                        {move || m::show_more(i18n.get(), ROWS_STEP.min(total - shown.get()), total - shown.get())}
                    </button>
                </Show>
            })}
            <Show when=move || !nothing && !covered.get()>
                <p class="muted" data-testid="choose-all">{tr(m::CHOOSE_ALL)}</p>
            </Show>
            <div class="import-actions">
                <button
                    type="button"
                    class="button primary"
                    data-testid="import-confirm"
                    prop:disabled=move || !can_import()
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

/// One file: its name and what it holds, or why it is refused.
#[component]
fn FileLine(file: File) -> impl IntoView {
    let i18n = use_i18n();
    let summary = file.summary();
    let refusal = file.outcome.as_ref().err().map_or("read", Refusal::code);
    let body = match &file.outcome {
        Ok(_) => view! { <span>{move || msg::transfer::file_summary(i18n.get(), summary)}</span> }.into_any(),
        Err(refusal) => view! { <RefusalText refusal=refusal.clone() /> }.into_any(),
    };
    view! {
        <li
            class:refused=file.outcome.is_err()
            data-testid="import-file-summary"
            data-file=file.name.clone()
            data-refusal=refusal
            data-dossiers=summary.dossiers
            data-new=summary.new
            data-stored=summary.stored
            data-earlier=summary.earlier
        >
            <strong class="file-name">{file.name.clone()}</strong>
            " "
            {body}
        </li>
    }
}

/// Why a file is refused: its size, the browser, a newer app, no dossier, or every fault by path.
#[component]
fn RefusalText(refusal: Refusal) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let body = match refusal {
        Refusal::TooBig { bytes } => {
            view! { <span>{move || m::too_big(i18n.get(), bytes, MAX_BYTES)}</span> }.into_any()
        }
        Refusal::Unreadable(detail) => view! { <span>{tr(m::UNREADABLE)} " " <code>{detail}</code></span> }.into_any(),
        Refusal::Newer => view! { <span data-testid="import-newer">{tr(m::NEWER)}</span> }.into_any(),
        Refusal::Empty => view! { <span data-testid="import-empty">{tr(m::EMPTY)}</span> }.into_any(),
        Refusal::Faults(faults) => view! {
            <span>{tr(m::REFUSED_FAULTS)}</span>
            <ul class="import-faults" data-testid="import-faults">
                {faults
                    .into_iter()
                    .map(|f| {
                        let kind = f.kind.code();
                        view! { <li data-kind=kind>{move || i18n.get().validation(&f)}</li> }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any(),
    };
    view! { <span class="refusal"><strong>{tr(m::FILE_REFUSED)} ": "</strong> {body}</span> }
}

/// One choice for every dossier whose id is taken.
#[component]
fn ApplyToAll(count: usize, decisions: RwSignal<app_core::transfer::batch::Decisions>) -> impl IntoView {
    use msg::transfer as m;
    view! {
        <fieldset class="apply-all" data-testid="apply-all">
            <legend>{tr(m::APPLY_ALL)} " (" {count} ")"</legend>
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    let input_id = format!("apply-all-{}", c.code());
                    view! {
                        <span class="choice">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name="apply-all"
                                value=c.code()
                                data-testid=input_id.clone()
                                prop:checked=move || decisions.with(|d| d.all() == Some(c))
                                on:change=move |_| decisions.update(|d| d.set_all(c))
                            />
                            <label for=input_id>{tr(choice_label(c))}</label>
                        </span>
                    }
                })
                .collect_view()}
            <p class="muted">{tr(msg::transfer::APPLY_ALL_HINT)}</p>
        </fieldset>
    }
}

/// One dossier: who, which standard, unit, period, verdict today, its file, and what happens.
fn row(p: Planned<'_>, batch: &Batch, decisions: RwSignal<app_core::transfer::batch::Decisions>) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let d = p.dossier;
    let ruleset = ruleset_of(d);
    let unit = d.subject.unit.trim().to_owned();
    let file_name = batch.files()[p.at.file].name.clone();
    let name = d.subject.name.clone();
    let what = match p.clash {
        Clash::New => view! { <span>{tr(m::WILL_ADD)}</span> }.into_any(),
        Clash::Stored(age) => view! {
            <p class="clash">{tr(m::COLLIDES_STORED)} " " {tr(m::age_stored(age))}</p>
            <CollisionChoice at=p.at name decisions />
        }
        .into_any(),
        Clash::Earlier { file, age } => {
            let other = batch.files()[file].name.clone();
            view! {
                <p class="clash">{move || m::collides_earlier(i18n.get(), &other, age)}</p>
                <CollisionChoice at=p.at name decisions />
            }
            .into_any()
        }
    };
    let label = move |t: criteria::text::Text| move || i18n.get().pick(t);
    view! {
        <tr
            data-testid="import-row"
            data-id=d.id.clone()
            data-clash=p.clash.code()
            data-age=match p.clash {
                Clash::New => "",
                Clash::Stored(age) | Clash::Earlier { age, .. } => age.code(),
            }
        >
            <th scope="row">{d.subject.name.clone()}</th>
            <td data-label=label(m::COL_RULESET) data-testid="import-ruleset">{move || i18n.get().pick(ruleset.document.name)}</td>
            <td data-label=label(m::COL_UNIT) data-testid="import-unit">
                {if unit.is_empty() { None } else { Some(unit) }.unwrap_or_else(|| "—".to_owned())}
            </td>
            <td data-label=label(m::COL_PERIOD) class="nowrap">{crate::pages::period_label(d.period)}</td>
            <td data-label=label(m::COL_VERDICT)>{p.verdict.map(|verdict| view! { <VerdictBadge verdict /> })}</td>
            <td data-label=label(m::COL_FILE) class="file-name">{file_name}</td>
            <td data-label=label(m::COL_WHAT)>{what}</td>
        </tr>
    }
}

/// Keep both / replace / skip for one dossier whose id is taken.
#[component]
fn CollisionChoice(at: At, name: String, decisions: RwSignal<app_core::transfer::batch::Decisions>) -> impl IntoView {
    use msg::transfer as m;
    let i18n = use_i18n();
    let group = format!("choice-{}-{}", at.file, at.index);
    let legend = move || m::choice_for(i18n.get(), &name);
    view! {
        <fieldset class="collision" data-testid="collision">
            <legend><span aria-hidden="true">{tr(m::CHOOSE)}</span> <span class="visually-hidden">{legend}</span></legend>
            {Choice::ALL
                .into_iter()
                .map(|c| {
                    let input_id = format!("{group}-{}", c.code());
                    view! {
                        <span class="choice">
                            <input
                                type="radio"
                                id=input_id.clone()
                                name=group.clone()
                                value=c.code()
                                data-testid=format!("choice-{}", c.code())
                                prop:checked=move || decisions.with(|d| d.choice(at) == Some(c))
                                on:change=move |_| decisions.update(|d| d.set(at, c))
                            />
                            <label for=input_id>{tr(choice_label(c))}</label>
                        </span>
                    }
                })
                .collect_view()}
        </fieldset>
    }
}

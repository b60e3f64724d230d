//! The unit's candidates in rank order, each with a checkbox to select it, its verdict, a unit
//! head's collective dossier beside it, and its rank key in words.

use app_core::unit::{rank_lines, Candidate, UnitLink};
use std::collections::BTreeSet;

use leptos::prelude::*;
use leptos_router::components::A;

use crate::components::VerdictBadge;
use crate::i18n::msg::unit as m;
use crate::i18n::{tr, use_i18n};

#[component]
pub fn Ranking(candidates: Memo<Vec<Candidate>>, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    view! {
        <section class="unit-ranking" aria-labelledby="ranking-heading">
            <h2 id="ranking-heading">{tr(m::RANKING)}</h2>
            <p class="ranking-note" data-testid="ranking-note">{tr(m::RANKING_NOTE)}</p>
            <div class="table-scroll">
                <table class="ranking-table" data-testid="ranking">
                    <thead>
                        <tr>
                            <th scope="col">{tr(m::COL_SELECT)}</th>
                            <th scope="col">{tr(m::COL_RANK)}</th>
                            <th scope="col">{tr(m::COL_DOSSIER)}</th>
                            <th scope="col">{tr(m::COL_VERDICT)}</th>
                            <th scope="col">{tr(m::COL_WHY)}</th>
                        </tr>
                    </thead>
                    <tbody>
                        {move || candidates.get().into_iter().enumerate().map(|(i, c)| {
                            view! { <CandidateRow rank=i + 1 candidate=c selected /> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </section>
    }
}

#[component]
fn CandidateRow(rank: usize, candidate: Candidate, selected: RwSignal<BTreeSet<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let Candidate {
        dossier,
        assessment,
        unit_link,
    } = candidate;
    let id = dossier.id.clone();
    let checkbox_id = format!("select-{id}");
    let label_for = checkbox_id.clone();
    let is_selected = {
        let id = id.clone();
        move || selected.with(|s| s.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |ev: leptos::ev::Event| {
            let on = event_target_checked(&ev);
            selected.update(|s| {
                if on {
                    s.insert(id.clone());
                } else {
                    s.remove(&id);
                }
            });
        }
    };
    let name = dossier.subject.name.clone();
    let label_name = name.clone();
    let kind = dossier.subject.kind;
    let verdict = assessment.verdict;
    let key = assessment.rank_key.to_array();
    let lines_key = key;
    let lines = move || rank_lines(&lines_key, kind, verdict, i18n.get());
    let position = dossier.subject.position.clone();
    view! {
        <tr data-testid="candidate" data-dossier=id.clone() data-rank=rank>
            <td class="select-cell">
                <label for=label_for class="select-target">
                    <input
                        id=checkbox_id
                        type="checkbox"
                        data-testid="select-candidate"
                        prop:checked=is_selected
                        on:change=toggle
                    />
                    <span class="visually-hidden">{move || m::select_label(i18n.get(), &label_name)}</span>
                </label>
            </td>
            <td class="rank-cell" data-testid="rank">{rank}</td>
            <th scope="row">
                <A href=format!("/ho-so/{id}")>{name}</A>
                <p class="muted">
                    {move || i18n.get().pick(kind.label())}
                    {(!position.is_empty()).then(|| format!(" · {position}"))}
                </p>
                {unit_link.map(|link| view! { <UnitDossier link /> })}
            </th>
            <td><VerdictBadge verdict=verdict /></td>
            <td>
                <ol class="rank-reasons" data-testid="rank-reasons">
                    {move || lines().into_iter().enumerate().map(|(i, line)| {
                        let source = if i == 1 { m::FROM_DOCUMENT } else { m::APP_RULE };
                        view! { <li>{line} " " <span class="muted">"(" {tr(source)} ")"</span></li> }
                    }).collect_view()}
                </ol>
                <p class="muted rank-key">{tr(m::RANK_KEY)} " " <code data-testid="rank-key">{format!("{key:?}")}</code></p>
            </td>
        </tr>
    }
}

/// A unit head's collective dossier and its verdict.
#[component]
fn UnitDossier(link: UnitLink) -> impl IntoView {
    let body = match link {
        UnitLink::Unset => view! { <span>{tr(m::UNIT_DOSSIER_UNSET)}</span> }.into_any(),
        UnitLink::NotFound(id) => view! { <span>{tr(m::UNIT_DOSSIER_MISSING)} " " <code>{id}</code></span> }.into_any(),
        UnitLink::Found { id, name, verdict } => view! {
            <A href=format!("/ho-so/{id}")>{name}</A> " " <VerdictBadge verdict=verdict />
        }
        .into_any(),
    };
    view! { <p class="unit-dossier" data-testid="unit-dossier">{tr(m::UNIT_HEAD)} " " {body}</p> }
}

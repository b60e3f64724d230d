//! The unit's candidates in rank order, one list per subject kind (collectives, individuals,
//! households: CRITERIA.md, Ranking), each candidate with a checkbox to select it, its verdict, a
//! unit head's collective dossier beside it, and its rank key in words. On a phone each row is a
//! card (style/pages.css).

use app_core::unit::{by_kind, rank_lines, Candidate, UnitLink};
use criteria::codes::SubjectKind;
use leptos::prelude::*;
use leptos_router::components::A;

use super::Shown;
use crate::components::VerdictBadge;
use crate::i18n::msg::unit as m;
use crate::i18n::{tr, use_i18n};

#[component]
pub fn Ranking(candidates: Memo<Vec<Candidate>>, shown: Shown) -> impl IntoView {
    view! {
        <section class="unit-ranking" aria-labelledby="ranking-heading" data-testid="ranking">
            <h2 id="ranking-heading">{tr(m::RANKING)}</h2>
            <p class="ranking-note" data-testid="ranking-note">{tr(m::RANKING_NOTE)}</p>
            <p class="hint" data-testid="ranked-apart">{tr(m::RANKED_APART)}</p>
            {move || by_kind(candidates.get()).into_iter().map(|(kind, list)| {
                view! { <KindRanking kind list shown /> }
            }).collect_view()}
        </section>
    }
}

/// The ranking of one subject kind.
#[component]
fn KindRanking(kind: SubjectKind, list: Vec<Candidate>, shown: Shown) -> impl IntoView {
    let i18n = use_i18n();
    let code = kind.code();
    let heading_id = format!("ranking-{code}");
    let n = list.len();
    view! {
        <section class="kind-ranking" data-testid="kind-ranking" data-kind=code aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{move || m::kind_heading(i18n.get(), kind, n)}</h3>
            <table class="ranking-table">
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
                    {list.into_iter().enumerate().map(|(i, c)| {
                        view! { <CandidateRow rank=i + 1 candidate=c shown /> }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

#[component]
fn CandidateRow(rank: usize, candidate: Candidate, shown: Shown) -> impl IntoView {
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
        move || shown.picked.with(|s| s.contains(&id))
    };
    let toggle = {
        let id = id.clone();
        move |ev: leptos::ev::Event| shown.pick(&id, event_target_checked(&ev))
    };
    let name = dossier.subject.name.clone();
    let label_name = name.clone();
    let kind = dossier.subject.kind;
    let verdict = assessment.verdict;
    let key = assessment.rank_key.to_array();
    let key_code = key.iter().map(u32::to_string).collect::<Vec<_>>().join(",");
    let lines = move || rank_lines(&key, kind, verdict, i18n.get());
    let position = dossier.subject.position.clone();
    view! {
        <tr data-testid="candidate" data-dossier=id.clone() data-rank=rank data-rank-key=key_code>
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
            <td class="rank-cell" data-testid="rank">
                <span class="card-label" aria-hidden="true">{tr(m::COL_RANK)} " "</span>{rank}
            </td>
            <th scope="row" class="candidate-cell">
                <A href=format!("/ho-so/{id}")>{name}</A>
                <p class="muted">
                    {move || i18n.get().pick(kind.label())}
                    {(!position.is_empty()).then(|| format!(" · {position}"))}
                </p>
                {unit_link.map(|link| view! { <UnitDossier link /> })}
            </th>
            <td class="verdict-cell"><VerdictBadge verdict=verdict /></td>
            <td class="why-cell">
                <ol class="rank-reasons" data-testid="rank-reasons" aria-label=tr(m::COL_WHY)>
                    {move || lines().into_iter().enumerate().map(|(i, line)| {
                        let source = if i == 1 { m::FROM_DOCUMENT } else { m::APP_RULE };
                        view! { <li>{line} " " <span class="muted">"(" {tr(source)} ")"</span></li> }
                    }).collect_view()}
                </ol>
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

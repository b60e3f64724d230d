//! Xem lại câu trả lời: every answer of a dossier on one page, each with a link to change it.

use app_core::answers::answers;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::i18n::{msg, tr, use_i18n};
use crate::state::use_app_state;

#[component]
pub fn CheckAnswers() -> impl IntoView {
    let params = use_params_map();
    let state = use_app_state();
    let i18n = use_i18n();
    let id = move || params.read().get("id").unwrap_or_default();
    let dossier = Memo::new(move |_| state.dossier(&id()));
    move || match dossier.get() {
        None => view! {
            <h1>{tr(msg::shell::NOT_FOUND_HEADING)}</h1>
            <p>{tr(msg::editor::NOT_FOUND)}</p>
            <p><A href="/ho-so">{tr(msg::editor::BACK_TO_LIST)}</A></p>
        }
        .into_any(),
        Some(d) => {
            let back = format!("/ho-so/{}", d.id);
            let linked = d
                .subject
                .unit_dossier
                .as_deref()
                .and_then(|id| state.dossier(id))
                .map(|u| u.subject.name);
            view! {
                <h1>{tr(msg::editor::CHECK_HEADING)}</h1>
                <p class="muted">{d.subject.name.clone()}</p>
                <p>{tr(msg::editor::CHECK_LEAD)}</p>
                <dl class="check-answers" data-testid="check-answers-list">
                    {move || answers(&d, linked.as_deref(), i18n.get()).into_iter().map(|row| view! {
                        <div class="check-row">
                            <dt>{row.question}</dt>
                            <dd>{row.answer}</dd>
                            <dd class="change"><a href=row.link>{tr(msg::editor::CHANGE)}</a></dd>
                        </div>
                    }).collect_view()}
                </dl>
                <p><A href=back attr:class="button">{tr(msg::editor::BACK_TO_EDITOR)}</A></p>
            }
            .into_any()
        }
    }
}

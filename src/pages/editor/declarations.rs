//! Tiêu chí tự khai: every declared criterion that applies, with its verbatim quote, citation and
//! any interpretation note, a yes/no answer and the evidence for it.

use app_core::fields::declaration_id;
use criteria::catalogue::{sector_quote, AppliesTo, Criterion, Rule};
use criteria::dossier::Declaration;
use criteria::validate::limits;
use leptos::prelude::*;

use super::Editing;
use crate::components::CriterionSource;
use crate::i18n::{msg, tr};

#[component]
pub fn DeclarationsSection() -> impl IntoView {
    let editing = expect_context::<Editing>();
    // Which criteria apply changes with the subject (a unit head, a sector), so this is reactive.
    let declared = Memo::new(move |_| {
        let Some(ruleset) = editing.ruleset() else {
            return Vec::new();
        };
        editing.read(Vec::new(), |d| {
            ruleset
                .criteria_for(&d.subject)
                .filter(|c| matches!(c.rule, Rule::Declared))
                .map(|c| c.id)
                .collect::<Vec<_>>()
        })
    });
    view! {
        <h2>{tr(msg::editor::SECTION_DECLARATIONS)}</h2>
        <p>{tr(msg::editor::DECLARATIONS_LEAD)}</p>
        <ol class="declarations">
            <For each=move || declared.get() key=|id| *id let:id>
                {criteria::catalogue::criterion(id).map(|c| view! { <DeclarationItem criterion=c /> })}
            </For>
        </ol>
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    Unset,
    Yes,
    No,
}

#[component]
fn DeclarationItem(criterion: &'static Criterion) -> impl IntoView {
    let editing = expect_context::<Editing>();
    let id = criterion.id;
    let field_id = declaration_id(id);
    let current = editing.field(None, move |d| d.declarations.get(id).cloned());
    let answer = move || match current.get() {
        None => Answer::Unset,
        Some(Declaration { met: true, .. }) => Answer::Yes,
        Some(_) => Answer::No,
    };
    let set_answer = move |a: Answer| {
        editing.edit(|d| match a {
            Answer::Unset => d.answer(id, None),
            Answer::Yes => d.answer(id, Some(true)),
            Answer::No => d.answer(id, Some(false)),
        })
    };
    let sector = editing.field(None, |d| d.subject.sector);
    let sector = move || sector.get();
    let options = [
        (Answer::Yes, "yes", msg::editor::ANSWER_YES),
        (Answer::No, "no", msg::editor::ANSWER_NO),
        (Answer::Unset, "unset", msg::editor::ANSWER_UNSET),
    ];
    let short = criteria::catalogue::short_id(id);
    let fieldset_id = field_id.clone();
    let evidence_id = format!("{field_id}-evidence");

    view! {
        <li class="declaration" data-testid=format!("decl-{short}")>
            <fieldset id=fieldset_id tabindex="-1">
                <legend><span class="criterion-id">{short}</span></legend>
                <CriterionSource criterion=criterion />
                <Show when=move || matches!(criterion.applies_to, AppliesTo::SectorSet) && sector().is_some()>
                    <p class="sector-text">
                        <strong>{tr(msg::editor::SECTOR_TEXT)}</strong> " "
                        <q lang="vi">{move || sector().map(sector_quote)}</q>
                    </p>
                </Show>
                <div class="answers">
                    {options.into_iter().map(|(a, slug, label)| {
                        let input_id = format!("{field_id}-{slug}");
                        view! {
                            <span class="field radio">
                                <input type="radio" name=field_id.clone() id=input_id.clone()
                                    prop:checked=move || answer() == a
                                    on:change=move |_| set_answer(a) />
                                <label for=input_id>{tr(label)}</label>
                            </span>
                        }
                    }).collect_view()}
                </div>
                <Show when=move || answer() != Answer::Unset>
                    <div class="field">
                        <label for=evidence_id.clone()>{tr(msg::editor::EVIDENCE)}</label>
                        <input id=evidence_id.clone() type="text" maxlength=limits::EVIDENCE_MAX
                            prop:value=editing.field(String::new(), move |d| d.declarations.get(id).map(|x| x.evidence.clone()).unwrap_or_default())
                            on:input=move |ev| {
                                let v = event_target_value(&ev);
                                editing.edit(|d| d.set_declaration_evidence(id, v))
                            } />
                    </div>
                </Show>
            </fieldset>
        </li>
    }
}

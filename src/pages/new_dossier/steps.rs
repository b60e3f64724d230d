//! The four steps of the new-dossier form, each a fieldset whose legend names the question.

use app_core::new_dossier::{rulesets_for, NameError, NAME_MAX};
use criteria::codes::SubjectKind;
use criteria::text::Text;
use leptos::html;
use leptos::prelude::*;

use super::{Form, PeriodChoice};
use crate::i18n::{msg, tr, use_i18n};
use crate::pages::period_label;

/// One radio button and its label, the whole label a large target; `id` is also the test id.
#[component]
fn Choice(
    id: String,
    group: &'static str,
    checked: impl Fn() -> bool + Send + Sync + 'static,
    on_select: impl Fn() + 'static,
    children: Children,
) -> impl IntoView {
    let (label_for, test_id) = (id.clone(), id.clone());
    view! {
        <label class="choice" for=label_for>
            <input type="radio" name=group id=id data-testid=test_id prop:checked=checked on:change=move |_| on_select() />
            <span class="choice-text">{children()}</span>
        </label>
    }
}

/// Who: cá nhân, tập thể or hộ gia đình.
#[component]
pub fn KindStep(form: Form) -> impl IntoView {
    view! {
        <fieldset class="step">
            <legend>{tr(msg::new_dossier::STEP_KIND)}</legend>
            <div class="choices choices-row">
                {SubjectKind::ALL
                    .into_iter()
                    .map(|kind| {
                        view! {
                            <Choice
                                id=format!("kind-{}", kind.code())
                                group="kind"
                                checked=move || form.kind.get() == kind
                                on_select=move || form.choose_kind(kind)
                            >
                                {tr(kind.label())}
                            </Choice>
                        }
                    })
                    .collect_view()}
            </div>
        </fieldset>
    }
}

/// Which standard: only those that cover the chosen kind, newest first, each with its document.
#[component]
pub fn RulesetStep(form: Form) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <fieldset class="step" aria-describedby="ruleset-hint">
            <legend>{tr(msg::new_dossier::STEP_RULESET)}</legend>
            <p id="ruleset-hint" class="hint">{tr(msg::new_dossier::RULESETS_FOR_KIND)}</p>
            <div class="choices">
                {move || {
                    rulesets_for(form.kind.get())
                        .map(|ruleset| {
                            view! {
                                <Choice
                                    id=format!("ruleset-{}", ruleset.id)
                                    group="ruleset"
                                    checked=move || form.ruleset.get().id == ruleset.id
                                    on_select=move || form.choose_ruleset(ruleset)
                                >
                                    <strong>{move || i18n.get().pick(ruleset.document.name)}</strong>
                                    <span class="muted">{move || i18n.get().pick(ruleset.document.title)}</span>
                                </Choice>
                            }
                        })
                        .collect_view()
                }}
            </div>
        </fieldset>
    }
}

/// Which period: the standard's suggested periods (the current one preselected), or other years
/// inside the standard's span.
#[component]
pub fn PeriodStep(form: Form, period_input: NodeRef<html::Input>) -> impl IntoView {
    use msg::new_dossier as m;
    let i18n = use_i18n();
    let custom = move || form.period.get() == PeriodChoice::Custom;
    let span = move || form.ruleset.get().span;
    view! {
        <fieldset class="step" aria-describedby="period-hint">
            <legend>{tr(m::STEP_PERIOD)}</legend>
            <p id="period-hint" class="hint">{tr(m::PERIOD_HINT)}</p>
            <div class="choices">
                {move || {
                    form.ruleset
                        .get()
                        .suggested_periods
                        .iter()
                        .enumerate()
                        .map(|(i, p)| {
                            let years = criteria::dossier::Period { from: p.from, to: p.to };
                            view! {
                                <Choice
                                    id=format!("period-{}-{}", p.from, p.to)
                                    group="period"
                                    checked=move || form.period.get() == PeriodChoice::Suggested(i)
                                    on_select=move || form.period.set(PeriodChoice::Suggested(i))
                                >
                                    <strong>{period_label(years)}</strong>
                                    <span class="muted">{move || i18n.get().pick(p.label)}</span>
                                </Choice>
                            }
                        })
                        .collect_view()
                }}
                <Choice
                    id="period-custom".to_owned()
                    group="period"
                    checked=custom
                    on_select=move || form.period.set(PeriodChoice::Custom)
                >
                    {tr(m::PERIOD_CUSTOM)}
                </Choice>
            </div>
            <Show when=custom>
                <div class="custom-period">
                    <YearField form end=End::From label=m::PERIOD_FROM input_ref=period_input />
                    <YearField form end=End::To label=m::PERIOD_TO input_ref=NodeRef::new() />
                </div>
                <Show when=move || form.period_error()>
                    <p id="period-error" class="field-error" data-testid="period-error">
                        {move || m::period_outside(i18n.get(), span())}
                    </p>
                </Show>
            </Show>
        </fieldset>
    }
}

/// Which end of the custom period a year field holds.
#[derive(Clone, Copy)]
enum End {
    From,
    To,
}

/// One year of the custom period, kept inside the standard's span by its `min` and `max`.
#[component]
fn YearField(form: Form, end: End, label: Text, input_ref: NodeRef<html::Input>) -> impl IntoView {
    let id = match end {
        End::From => "period-from",
        End::To => "period-to",
    };
    let span = move || form.ruleset.get().span;
    let year = move || {
        let (from, to) = form.custom.get();
        match end {
            End::From => from,
            End::To => to,
        }
    };
    let set_year = move |value: String| {
        let typed = value.trim().parse::<i32>().ok();
        form.custom.update(|(from, to)| match end {
            End::From => *from = typed,
            End::To => *to = typed,
        });
    };
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            <input
                type="number"
                id=id
                data-testid=id
                node_ref=input_ref
                min=move || span().0
                max=move || span().1
                aria-invalid=move || form.period_error().then_some("true")
                aria-describedby=move || form.period_error().then_some("period-error")
                prop:value=move || year().map(|y| y.to_string()).unwrap_or_default()
                on:input=move |ev| set_year(event_target_value(&ev))
            />
        </div>
    }
}

/// The name (required), and for an individual under a standard with a unit-head rule, whether
/// they head a unit. Nothing else is asked here: the editor has the rest.
#[component]
pub fn NameStep(form: Form, name_input: NodeRef<html::Input>) -> impl IntoView {
    use msg::new_dossier as m;
    let i18n = use_i18n();
    let error_text = move || {
        form.name_error().map(|e| match e {
            NameError::Empty => m::NAME_EMPTY,
            NameError::TooLong => m::NAME_TOO_LONG,
        })
    };
    let asks_unit_head = move || form.kind.get() == SubjectKind::CaNhan && form.ruleset.get().asks_unit_head();
    view! {
        <fieldset class="step">
            <legend>{tr(m::STEP_NAME)}</legend>
            <div class="field">
                <label for="dossier-name">{move || i18n.get().pick(m::name_label(form.kind.get()))}</label>
                <input
                    type="text"
                    id="dossier-name"
                    data-testid="name"
                    autocomplete="off"
                    maxlength=NAME_MAX
                    aria-required="true"
                    node_ref=name_input
                    aria-invalid=move || error_text().is_some().then_some("true")
                    aria-describedby=move || if error_text().is_some() { "name-hint name-error" } else { "name-hint" }
                    prop:value=move || form.name.get()
                    on:input=move |ev| form.name.set(event_target_value(&ev))
                />
                <p id="name-hint" class="hint">{tr(m::NAME_HINT)}</p>
                {move || {
                    error_text()
                        .map(|text| {
                            view! {
                                <p id="name-error" class="field-error" data-testid="name-error">
                                    {move || i18n.get().pick(text)}
                                </p>
                            }
                        })
                }}
            </div>
            <Show when=asks_unit_head>
                <div class="field checkbox">
                    <input
                        type="checkbox"
                        id="unit-head"
                        data-testid="unit-head"
                        aria-describedby="unit-head-hint"
                        prop:checked=move || form.unit_head.get()
                        on:change=move |ev| form.unit_head.set(event_target_checked(&ev))
                    />
                    <label for="unit-head">{tr(m::UNIT_HEAD)}</label>
                    <p id="unit-head-hint" class="hint">{tr(m::UNIT_HEAD_HINT)}</p>
                </div>
            </Show>
        </fieldset>
    }
}

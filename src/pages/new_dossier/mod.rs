//! Tạo hồ sơ mới: who, which standard, which period, the name; then the dossier is made and the
//! editor opens on it. The choices are plain functions in [`app_core::new_dossier`]; the steps are
//! in [`steps`].

mod steps;

use chrono::NaiveDate;
use criteria::catalogue::{Ruleset, RULESETS};
use criteria::codes::SubjectKind;
use criteria::dossier::Period;
use leptos::ev::SubmitEvent;
use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;

use app_core::new_dossier::{build_dossier, checked_name, current_period, rulesets_for, Draft, NameError};

use super::dossier_list::notice::SaveErrorNotice;
use crate::env::use_env;
use crate::i18n::{msg, tr};
use crate::state::use_app_state;
use steps::{KindStep, NameStep, PeriodStep, RulesetStep};

/// Which period is chosen: one the ruleset suggests (its index), or years typed in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PeriodChoice {
    Suggested(usize),
    Custom,
}

/// The page's answers, one signal each. `Copy`, so every step holds the same form.
#[derive(Clone, Copy)]
struct Form {
    today: NaiveDate,
    kind: RwSignal<SubjectKind>,
    ruleset: RwSignal<&'static Ruleset>,
    period: RwSignal<PeriodChoice>,
    /// The typed-in years; `None` where the field does not hold a number.
    custom: RwSignal<(Option<i32>, Option<i32>)>,
    name: RwSignal<String>,
    unit_head: RwSignal<bool>,
    /// Errors are shown once the user has tried to create, then kept up to date.
    tried: RwSignal<bool>,
}

impl Form {
    fn new(today: NaiveDate) -> Form {
        let kind = SubjectKind::CaNhan;
        let ruleset = rulesets_for(kind).next().unwrap_or(RULESETS[0]);
        let form = Form {
            today,
            kind: RwSignal::new(kind),
            ruleset: RwSignal::new(ruleset),
            period: RwSignal::new(PeriodChoice::Custom),
            custom: RwSignal::new((None, None)),
            name: RwSignal::new(String::new()),
            unit_head: RwSignal::new(false),
            tried: RwSignal::new(false),
        };
        form.choose_ruleset(ruleset);
        form
    }

    /// A new kind keeps the standard if it covers the kind, else takes the newest one that does.
    fn choose_kind(self, kind: SubjectKind) {
        self.kind.set(kind);
        if !self.ruleset.get_untracked().covers(kind) {
            if let Some(first) = rulesets_for(kind).next() {
                self.choose_ruleset(first);
            }
        }
    }

    /// A new standard preselects its current period (see [`current_period`]).
    fn choose_ruleset(self, ruleset: &'static Ruleset) {
        self.ruleset.set(ruleset);
        let current = current_period(ruleset, self.today);
        let years = current
            .map(|i| &ruleset.suggested_periods[i])
            .map_or(ruleset.span, |p| (p.from, p.to));
        self.custom.set((Some(years.0), Some(years.1)));
        self.period
            .set(current.map_or(PeriodChoice::Custom, PeriodChoice::Suggested));
    }

    /// The chosen period, if it is whole and inside the standard's span.
    fn chosen_period(self) -> Option<Period> {
        let ruleset = self.ruleset.get();
        let (from, to) = match self.period.get() {
            PeriodChoice::Suggested(i) => ruleset.suggested_periods.get(i).map(|p| (p.from, p.to))?,
            PeriodChoice::Custom => match self.custom.get() {
                (Some(from), Some(to)) => (from, to),
                _ => return None,
            },
        };
        ruleset.allows_period(from, to).then_some(Period { from, to })
    }

    fn name_error(self) -> Option<NameError> {
        if self.tried.get() {
            checked_name(&self.name.get()).err()
        } else {
            None
        }
    }

    fn period_error(self) -> bool {
        self.tried.get() && self.chosen_period().is_none()
    }

    fn draft(self) -> Option<Draft> {
        Some(Draft {
            kind: self.kind.get_untracked(),
            ruleset: self.ruleset.get_untracked(),
            period: self.chosen_period()?,
            name: checked_name(&self.name.get_untracked()).ok()?,
            unit_head: self.unit_head.get_untracked(),
        })
    }
}

#[component]
pub fn NewDossier() -> impl IntoView {
    use msg::new_dossier as m;
    let state = use_app_state();
    let navigate = use_navigate();
    let env = use_env();
    let form = Form::new(env.today());
    let save_error = RwSignal::new(None);
    // After a failed save the dossier is kept in memory under its id; a retry saves the same one.
    let unsaved_id = StoredValue::new(None::<String>);
    let name_input = NodeRef::<html::Input>::new();
    let period_input = NodeRef::<html::Input>::new();

    let on_submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        form.tried.set(true);
        let Some(draft) = form.draft() else {
            let first_wrong = if form.chosen_period().is_none() {
                period_input
            } else {
                name_input
            };
            if let Some(input) = first_wrong.get_untracked() {
                _ = input.focus();
            }
            return;
        };
        let id = unsaved_id.get_value().unwrap_or_else(|| state.new_id());
        match state.insert(build_dossier(&draft, id.clone(), env.now_rfc3339())) {
            Ok(()) => navigate(&format!("/ho-so/{id}"), NavigateOptions::default()),
            Err(e) => {
                unsaved_id.set_value(Some(id));
                save_error.set(Some(e));
            }
        }
    };

    view! {
        <div class="new-dossier">
            <h1>{tr(m::HEADING)}</h1>
            <p class="lead">{tr(m::LEAD)}</p>
            <form class="new-dossier-form" data-testid="new-dossier-form" novalidate=true on:submit=on_submit>
                <KindStep form />
                <RulesetStep form />
                <PeriodStep form period_input />
                <NameStep form name_input />
                <SaveErrorNotice error=save_error />
                <p class="actions">
                    <button type="submit" class="button primary" data-testid="create">{tr(m::CREATE)}</button>
                    <a href="/ho-so" class="button">{tr(m::CANCEL)}</a>
                </p>
            </form>
        </div>
    }
}

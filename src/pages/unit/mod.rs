//! Đơn vị: one unit's dossiers of one ruleset and period, ranked by `rank_key` on a chosen day; the
//! officer's selection of nominees checked against the document's yearly number; and the printable
//! nomination list ("danh sách đề nghị").
//!
//! What is shown lives in the address, so a link or a reload shows the same thing:
//! `/don-vi?don-vi=<unit>&tieu-chuan=<ruleset id>&giai-doan=<2024 or 2023-2025>&ngay=<YYYY-MM-DD>`.
//! Missing parameters fall back to the first unit, the newest ruleset the unit has dossiers under,
//! its latest period, and today. The selection is kept in memory only. Where the user's text may
//! not go into the address (a kiosk, [`crate::env::Env::text_in_address`]), the same parameters are
//! kept in memory instead.

mod controls;
mod nomination;
mod ranking;
mod selection;

use std::collections::BTreeSet;

use app_core::unit::{default_ruleset, distinct_units, parse_period, periods, ranked, Candidate};
use app_core::RulesetRef;
use chrono::NaiveDate;
use criteria::dossier::{Dossier, Period};
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::env::use_env;
use crate::i18n::msg::unit as m;
use crate::i18n::tr;
use crate::state::use_app_state;
use controls::Controls;
use nomination::NominationList;
use ranking::Ranking;
use selection::SelectionCheck;

/// The query parameters of the page.
mod param {
    pub const UNIT: &str = "don-vi";
    pub const RULESET: &str = "tieu-chuan";
    pub const PERIOD: &str = "giai-doan";
    pub const DAY: &str = "ngay";
}

/// The page's parameters as (name, value) pairs.
type Choices = Vec<(&'static str, String)>;

/// What the page shows, read from the address and the store; each part is a memo, so the
/// candidates are assessed again only when one of them changes.
#[derive(Clone, Copy)]
pub(super) struct Shown {
    pub units: Memo<Vec<String>>,
    pub unit: Memo<Option<String>>,
    pub ruleset: Memo<RulesetRef>,
    pub periods: Memo<Vec<Period>>,
    pub period: Memo<Option<Period>>,
    pub as_of: Memo<NaiveDate>,
    /// The parameters, where they may not be in the address.
    pub kept: RwSignal<Choices>,
}

impl Shown {
    fn new(dossiers: Memo<Vec<Dossier>>) -> Shown {
        let query = use_query_map();
        let env = use_env();
        let kept = RwSignal::new(Choices::new());
        let in_address = env.text_in_address();
        let get = move |key: &str| {
            let value = if in_address {
                query.with(|q| q.get(key))
            } else {
                kept.with(|k| k.iter().find(|(name, _)| *name == key).map(|(_, value)| value.clone()))
            };
            value.filter(|v| !v.trim().is_empty())
        };
        let units = Memo::new(move |_| dossiers.with(|d| distinct_units(d, &*env.collator())));
        let unit = Memo::new(move |_| get(param::UNIT).or_else(|| units.with(|u| u.first().cloned())));
        let ruleset = Memo::new(move |_| {
            get(param::RULESET)
                .and_then(|id| RulesetRef::by_id(&id))
                .unwrap_or_else(|| dossiers.with(|d| default_ruleset(d, unit.get().as_deref())))
        });
        let periods = Memo::new(move |_| {
            let unit = unit.get().unwrap_or_default();
            dossiers.with(|d| periods(d, &unit, ruleset.get().id))
        });
        let period = Memo::new(move |_| {
            let asked = get(param::PERIOD).and_then(|p| parse_period(&p));
            periods.with(|ps| asked.filter(|p| ps.contains(p)).or_else(|| ps.first().copied()))
        });
        let as_of = Memo::new(move |_| {
            get(param::DAY)
                .and_then(|d| criteria::validate::parse_date(d.trim()))
                .unwrap_or_else(|| env.today())
        });
        Shown {
            units,
            unit,
            ruleset,
            periods,
            period,
            as_of,
            kept,
        }
    }
}

#[component]
pub fn Units() -> impl IntoView {
    let state = use_app_state();
    let dossiers = Memo::new(move |_| state.with_store(|s| s.dossiers().cloned().collect::<Vec<_>>()));
    let shown = Shown::new(dossiers);
    let env = use_env();
    let candidates = Memo::new(move |_| {
        let (Some(unit), Some(period)) = (shown.unit.get(), shown.period.get()) else {
            return Vec::new();
        };
        dossiers.with(|d| {
            ranked(
                d,
                &unit,
                shown.ruleset.get().id,
                period,
                shown.as_of.get(),
                &*env.collator(),
            )
        })
    });
    let selected = RwSignal::new(BTreeSet::<String>::new());
    let chosen = Memo::new(move |_| {
        selected.with(|s| {
            candidates.with(|c| {
                c.iter()
                    .filter(|c| s.contains(&c.dossier.id))
                    .cloned()
                    .collect::<Vec<Candidate>>()
            })
        })
    });

    view! {
        <div class="unit-page">
            <h1>{tr(m::HEADING)}</h1>
            <p class="lead">{tr(m::LEAD)}</p>
            <Show
                when=move || shown.units.with(|u| !u.is_empty())
                fallback=|| view! { <p class="notice" data-testid="no-units">{tr(m::NO_UNITS)}</p> }
            >
                <Controls shown />
                <Show
                    when=move || candidates.with(|c| !c.is_empty())
                    fallback=|| view! { <p class="notice" data-testid="no-candidates">{tr(m::NO_CANDIDATES)}</p> }
                >
                    <Ranking candidates selected />
                    <SelectionCheck ruleset=shown.ruleset chosen />
                    <NominationList shown chosen />
                </Show>
            </Show>
        </div>
    }
}

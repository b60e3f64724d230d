//! Đơn vị: one unit's dossiers of one ruleset and period, ranked by `rank_key` within each subject
//! kind on a chosen day; the officer's selection of nominees checked against the document's yearly
//! number; the unit's package out (the nominees' export file) and the printable nomination list
//! ("danh sách đề nghị").
//!
//! The clerk's choices and ticks are remembered as a preference record
//! ([`app_core::unit::Remembered`], saved by one effect below), so a reload or "Back" from a
//! candidate finds them again. The address carries only what identifies no one:
//! `/don-vi?tieu-chuan=<ruleset id>&giai-doan=<2024 or 2023-2025>&ngay=<YYYY-MM-DD>`; a unit's name
//! (text a visitor typed) never goes into it, though an address naming one (`don-vi=`) still opens
//! it. What the address and the record do not say falls back as [`app_core::unit::choose`] says.

mod controls;
mod nomination;
mod ranking;
mod selection;

use std::collections::BTreeSet;

use app_core::prefs;
use app_core::unit::{
    choose, parse_period, period_param, ranked, unit_groups, Asked, Candidate, Choice, Place, Remembered, UnitGroup,
};
use chrono::NaiveDate;
use criteria::dossier::Dossier;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;

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

/// What the page shows and what the clerk has ticked; each part is a memo, so the candidates are
/// assessed again only when one of them changes.
#[derive(Clone, Copy)]
pub(super) struct Shown {
    pub groups: Memo<Vec<UnitGroup>>,
    /// What the address asked for when the page opened, then what the controls ask for.
    pub asked: RwSignal<Asked>,
    pub choice: Memo<Choice>,
    pub as_of: Memo<NaiveDate>,
    remembered: RwSignal<Remembered>,
    /// The ids ticked for the unit, ruleset and period shown.
    pub picked: Memo<BTreeSet<String>>,
}

impl Shown {
    fn new(dossiers: Memo<Vec<Dossier>>) -> Shown {
        let query = use_query_map();
        let env = use_env();
        let get = move |key: &str| query.with_untracked(|q| q.get(key)).filter(|v| !v.trim().is_empty());
        let asked = RwSignal::new(Asked {
            unit: get(param::UNIT),
            ruleset: get(param::RULESET),
            period: get(param::PERIOD).and_then(|p| parse_period(&p)),
            keep: None,
        });
        let remembered = RwSignal::new(prefs::unit_page(&*env.kv()));
        let groups = Memo::new(move |_| dossiers.with(|d| unit_groups(d, &*env.collator())));
        // The record is read untracked: ticking a box must not choose again.
        let choice = Memo::new(move |_| {
            let (groups, asked) = (groups.get(), asked.get());
            dossiers.with(|d| remembered.with_untracked(|r| choose(d, &groups, r, &asked, &*env.collator())))
        });
        let as_of = Memo::new(move |_| {
            query
                .with(|q| q.get(param::DAY))
                .and_then(|d| criteria::validate::parse_date(d.trim()))
                .unwrap_or_else(|| env.today())
        });
        let picked = Memo::new(move |_| {
            choice.with(|c| match (&c.unit, c.period) {
                (Some(unit), Some(period)) => remembered.with(|r| r.picks(unit, c.ruleset.id, period)),
                _ => BTreeSet::new(),
            })
        });
        Shown {
            groups,
            asked,
            choice,
            as_of,
            remembered,
            picked,
        }
    }

    /// Ticks (`on`) or unticks the dossier `id` for the unit, ruleset and period shown.
    pub fn pick(self, id: &str, on: bool) {
        let (unit, ruleset, period) = self.choice.with_untracked(|c| (c.unit.clone(), c.ruleset.id, c.period));
        if let (Some(unit), Some(period)) = (unit, period) {
            self.remembered.update(|r| r.pick(&unit, ruleset, period, id, on));
        }
    }

    /// The shown unit's name in its most common spelling; `None` for the dossiers with no unit.
    pub fn unit_name(self) -> Option<String> {
        self.choice.with(|c| {
            self.groups.with(|g| {
                g.iter()
                    .find(|g| Some(&g.key) == c.unit.as_ref())
                    .and_then(|g| g.name.clone())
            })
        })
    }

    /// The page's address for what is shown; the day is left out when it is today.
    fn href(self, today: NaiveDate) -> String {
        let mut href = self.choice.with(|c| {
            let mut href = format!("/don-vi?{}={}", param::RULESET, c.ruleset.id);
            if let Some(p) = c.period {
                href.push_str(&format!("&{}={}", param::PERIOD, period_param(p)));
            }
            href
        });
        let as_of = self.as_of.get();
        if as_of != today {
            href.push_str(&format!("&{}={as_of}", param::DAY));
        }
        href
    }

    /// Keeps the record and the address in step with what is shown: the one place the page's
    /// state is saved. The record is written before the address changes, so whatever the address
    /// change redraws reads it.
    fn keep(self) {
        let env = use_env();
        let save = move || {
            // A failed write costs only the convenience (see app_core::prefs).
            let _ = self.remembered.with_untracked(|r| prefs::set_unit_page(&*env.kv(), r));
        };
        // Ticks.
        Effect::new(move |_| {
            self.remembered.track();
            save();
        });
        let location = use_location();
        let navigate = use_navigate();
        Effect::new(move |_| {
            let place = self.choice.with(|c| {
                c.unit.clone().map(|unit| Place {
                    unit,
                    ruleset: c.ruleset.id.to_owned(),
                    period: c.period,
                })
            });
            if let Some(place) = place {
                self.remembered.update_untracked(|r| r.visit(place));
                save();
            }
            let href = self.href(env.today());
            let (path, search) = (location.pathname.get_untracked(), location.search.get_untracked());
            let now = if search.is_empty() {
                path.clone()
            } else {
                format!("{path}?{}", search.trim_start_matches('?'))
            };
            if path == "/don-vi" && href != now {
                replace_address(&navigate, &href);
            }
        });
    }
}

/// Goes to `href` in place of the current address: no new history entry, no scroll, so "Back"
/// leaves the page instead of stepping through each choice.
fn replace_address(navigate: &impl Fn(&str, NavigateOptions), href: &str) {
    navigate(
        href,
        NavigateOptions {
            replace: true,
            scroll: false,
            ..Default::default()
        },
    );
}

#[component]
pub fn Units() -> impl IntoView {
    let state = use_app_state();
    let dossiers = Memo::new(move |_| state.with_store(|s| s.dossiers().cloned().collect::<Vec<_>>()));
    let shown = Shown::new(dossiers);
    shown.keep();
    let env = use_env();
    let candidates = Memo::new(move |_| {
        let (Some(unit), Some(period), ruleset) = shown.choice.with(|c| (c.unit.clone(), c.period, c.ruleset.id))
        else {
            return Vec::new();
        };
        dossiers.with(|d| ranked(d, &unit, ruleset, period, shown.as_of.get(), &*env.collator()))
    });
    let chosen = Memo::new(move |_| {
        shown.picked.with(|s| {
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
                when=move || shown.groups.with(|g| !g.is_empty())
                fallback=|| view! { <p class="notice" data-testid="no-units">{tr(m::NO_UNITS)}</p> }
            >
                <Controls shown />
                <Show
                    when=move || candidates.with(|c| !c.is_empty())
                    fallback=|| view! { <p class="notice" data-testid="no-candidates">{tr(m::NO_CANDIDATES)}</p> }
                >
                    <Ranking candidates shown />
                    <SelectionCheck shown chosen />
                    <NominationList shown chosen />
                </Show>
            </Show>
        </div>
    }
}

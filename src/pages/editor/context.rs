//! The dossier being edited, shared by the editor's sections, and the one way they change it.

use app_core::store::SaveError;
use chrono::NaiveDate;
use criteria::catalogue::{self, Ruleset};
use criteria::dossier::Dossier;
use leptos::prelude::*;

use crate::state::{use_app_state, AppState};

/// What every section of the editor needs. Copy, so closures can hold it.
#[derive(Clone, Copy)]
pub struct Editing {
    pub id: Signal<String>,
    /// The dossier as stored (in memory), or None if the id is unknown.
    pub dossier: Memo<Option<Dossier>>,
    /// The outcome of the last change made here.
    pub last_save: RwSignal<Option<Result<(), SaveError>>>,
    /// The day the dossier is assessed on: today unless the user picks another in the panel. The
    /// sections read it too (e.g. which years have ended), so the whole page agrees on one day.
    pub as_of: RwSignal<NaiveDate>,
    state: AppState,
}

impl Editing {
    pub fn new(id: Signal<String>) -> Editing {
        let state = use_app_state();
        let dossier = Memo::new(move |_| state.dossier(&id.get()));
        Editing {
            id,
            dossier,
            last_save: RwSignal::new(None),
            as_of: RwSignal::new(crate::env::use_env().today()),
            state,
        }
    }

    /// Applies `change` to the dossier and saves it at once: the editor saves as the user types.
    pub fn edit(&self, change: impl FnOnce(&mut Dossier)) {
        self.edit_if(|d| {
            change(d);
            true
        })
    }

    /// Like [`Editing::edit`], for a change that may decline (a typo in a number): saved only
    /// when `change` returns true.
    pub fn edit_if(&self, change: impl FnOnce(&mut Dossier) -> bool) {
        let Some(mut dossier) = self.dossier.get_untracked() else {
            return;
        };
        if change(&mut dossier) {
            self.last_save.set(Some(self.state.save(dossier)));
        }
    }

    /// One part of the dossier as its own memo: what is bound to it (a field's value, a row) is
    /// updated only when that part changes, not on every keystroke elsewhere in the dossier.
    pub fn field<T>(&self, default: T, f: impl Fn(&Dossier) -> T + Send + Sync + 'static) -> Memo<T>
    where
        T: Clone + PartialEq + Send + Sync + 'static,
    {
        let dossier = self.dossier;
        Memo::new(move |_| dossier.with(|d| d.as_ref().map_or_else(|| default.clone(), &f)))
    }

    /// Reads part of the dossier reactively; `default` when the dossier is gone.
    pub fn read<T>(&self, default: T, f: impl FnOnce(&Dossier) -> T) -> T {
        self.dossier.with(|d| d.as_ref().map_or(default, f))
    }

    /// The dossier's ruleset (None only for a ruleset this version does not know).
    pub fn ruleset(&self) -> Option<&'static Ruleset> {
        self.dossier
            .with(|d| d.as_ref().and_then(|d| catalogue::ruleset(&d.ruleset)))
    }

    pub fn state(&self) -> AppState {
        self.state
    }
}

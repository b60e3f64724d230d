//! The dossier being edited, shared by the editor's sections, and the one way they change it.

use app_core::store::SaveError;
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
            state,
        }
    }

    /// Applies `change` to the dossier and saves it at once: the editor saves as the user types.
    pub fn edit(&self, change: impl FnOnce(&mut Dossier)) {
        let Some(mut dossier) = self.dossier.get_untracked() else {
            return;
        };
        change(&mut dossier);
        self.last_save.set(Some(self.state.save(dossier)));
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

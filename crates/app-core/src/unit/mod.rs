//! The unit page (Đơn vị) as data: the units of the stored dossiers grouped by a normalised name,
//! the choice of unit, ruleset and period and what the page remembers of it, a unit's candidates
//! ranked by `rank_key` within each subject kind, the selection's warnings, and the words beside
//! each candidate (the achievement summary and the rank key explained).

mod candidates;
mod choice;
mod groups;
mod remembered;
mod selection;
mod summary;

pub use candidates::{by_kind, periods, ranked, Candidate, UnitLink, KIND_ORDER};
pub use choice::{choose, default_ruleset, parse_period, period_param, Asked, Choice};
pub use groups::{in_unit, unit_groups, unit_key, UnitGroup};
pub use remembered::{Picks, Place, Remembered};
pub use selection::{per_year_note, warnings, Nominee, Warning};
pub use summary::{achievement_summary, rank_lines};

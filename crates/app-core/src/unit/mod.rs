//! The unit page (Đơn vị) as data: a unit's candidates ranked by `rank_key`, the choices of unit,
//! ruleset and period the page offers, the selection's warnings, and the words beside each
//! candidate (the achievement summary and the rank key explained).

mod candidates;
mod choice;
mod selection;
mod summary;

pub use candidates::{distinct_units, periods, ranked, Candidate, UnitLink};
pub use choice::{default_ruleset, parse_period, period_param};
pub use selection::{warnings, Warning};
pub use summary::{achievement_summary, rank_lines};

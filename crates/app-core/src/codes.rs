//! The codes of FORMAT.md for verdicts and statuses, for `data-*` hooks, CSS classes and option
//! values: the same words as the files, never Rust's names.
//!
//! The criteria crate gains `Verdict::code()` and `Status::code()` (branch `engine`); once it has
//! them, each function here is that one call.

use criteria::assessment::{Status, Verdict};

/// `eligible`, `on_track`, `incomplete`, `not_eligible`.
pub fn verdict(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "eligible",
        Verdict::OnTrack => "on_track",
        Verdict::Incomplete => "incomplete",
        Verdict::NotEligible => "not_eligible",
    }
}

/// `met`, `not_met`, `unknown`, `pending`.
pub fn status(s: Status) -> &'static str {
    match s {
        Status::Met => "met",
        Status::NotMet => "not_met",
        Status::Unknown => "unknown",
        Status::Pending => "pending",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_what_the_files_write() {
        for v in [
            Verdict::Eligible,
            Verdict::OnTrack,
            Verdict::Incomplete,
            Verdict::NotEligible,
        ] {
            assert_eq!(serde_json::to_value(v).expect("serialises"), verdict(v));
        }
        for s in [Status::Met, Status::NotMet, Status::Unknown, Status::Pending] {
            assert_eq!(serde_json::to_value(s).expect("serialises"), status(s));
        }
    }
}

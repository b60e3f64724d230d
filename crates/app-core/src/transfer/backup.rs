//! The backup reminder: which dossiers have gone too long without an export of their latest version.
//!
//! Browsers may clear a site's storage (low disk space, "clear browsing data"), and then the
//! dossiers are gone. The list page gently asks for a backup when a dossier has changed since it
//! was last exported, or was never exported, and that has lasted more than [`REMIND_AFTER_DAYS`].
//! The export times are a preference ([`crate::prefs::exported`]).

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, FixedOffset};
use criteria::dossier::Dossier;

/// How long a dossier may go without a backup of its latest version before the list reminds.
pub const REMIND_AFTER_DAYS: i64 = 7;

/// Dossier id → when it was last exported (RFC 3339).
pub type Exported = BTreeMap<String, String>;

/// The dossiers that need a backup at `now`: changed since their last export (or never exported),
/// with that export (or their creation) more than [`REMIND_AFTER_DAYS`] ago. Unreadable times
/// count as long ago, so the reminder errs towards a backup.
pub fn needing_backup<'a>(
    dossiers: impl IntoIterator<Item = &'a Dossier>,
    exported: &Exported,
    now: DateTime<FixedOffset>,
) -> Vec<&'a Dossier> {
    let read = |t: &str| DateTime::parse_from_rfc3339(t).ok();
    let old = |t: Option<DateTime<FixedOffset>>| t.is_none_or(|t| now - t > Duration::days(REMIND_AFTER_DAYS));
    dossiers
        .into_iter()
        .filter(|d| match exported.get(&d.id).and_then(|t| read(t)) {
            Some(at) => read(&d.updated_at).is_none_or(|changed| changed > at) && old(Some(at)),
            None => old(read(&d.created_at)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dossier(id: &str, created: &str, updated: &str) -> Dossier {
        let text = format!(
            r#"{{"format":"dien-hinh.dossier","format_version":1,"id":"{id}","created_at":"{created}",
            "updated_at":"{updated}","ruleset":"btnmt-dhtt-2023-2025","period":{{"from":2023,"to":2025}},
            "subject":{{"kind":"ca_nhan","name":"A"}}}}"#
        );
        crate::fixtures::parse(&text)
    }

    #[test]
    fn reminds_of_old_unexported_and_of_changes_since_an_old_export_only() {
        let now = DateTime::parse_from_rfc3339("2026-11-21T10:00:00+07:00").expect("a time");
        let fresh = dossier("fresh", "2026-11-20T00:00:00Z", "2026-11-20T00:00:00Z");
        let never = dossier("never", "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z");
        let kept = dossier("kept", "2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z");
        let changed = dossier("changed", "2026-01-01T00:00:00Z", "2026-11-20T00:00:00Z");
        let exported = Exported::from([
            ("kept".to_owned(), "2026-01-03T00:00:00+07:00".to_owned()),
            ("changed".to_owned(), "2026-01-03T00:00:00+07:00".to_owned()),
        ]);
        let due: Vec<&str> = needing_backup([&fresh, &never, &kept, &changed], &exported, now)
            .iter()
            .map(|d| d.id.as_str())
            .collect();
        assert_eq!(due, ["never", "changed"]);
    }
}

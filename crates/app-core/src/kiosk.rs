//! Kiosk mode's lock, without the browser: the marker every tab of the origin reads at start-up,
//! the staff PIN kept in it only as a salted SHA-256, and the growing delay after wrong tries.
//!
//! Why a marker in local storage: a kiosk must survive a new tab or window of the same origin,
//! and only local storage is shared by every tab at start-up. The marker holds no visitor data:
//! the flag itself (its presence), the PIN's salt and hash, and the count of wrong tries with the
//! time the next try is allowed, so a reload does not reset the delay.
//!
//! What the hash buys: the PIN is never kept in clear, so a PIN that staff also use elsewhere is
//! not read off the machine. A four-digit PIN behind a salted hash is no defence against someone
//! who can already read local storage (they could try every PIN, or simply remove the marker); the
//! delay is what stands between a visitor at the screen and the PIN.

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The local-storage key of the marker.
pub const MARKER_KEY: &str = "dien-hinh:kiosk";
/// The fewest digits a PIN may have.
pub const MIN_PIN_DIGITS: usize = 4;
/// The most digits a PIN may have.
pub const MAX_PIN_DIGITS: usize = 12;
/// Bytes of random salt, drawn by the browser (`crypto.getRandomValues`).
pub const SALT_BYTES: usize = 16;
/// The longest wait after wrong tries, in seconds.
pub const MAX_DELAY_SECS: u32 = 60;

/// Why a PIN the staff chose is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinError {
    /// Something other than the digits 0–9.
    NotDigits,
    TooShort,
    TooLong,
    /// The second entry differs from the first.
    Mismatch,
}

/// Checks a new PIN, typed twice by staff; returns the PIN to keep.
pub fn choose_pin(first: &str, second: &str) -> Result<String, PinError> {
    let pin = first.trim();
    if !pin.chars().all(|c| c.is_ascii_digit()) {
        return Err(PinError::NotDigits);
    }
    if pin.len() < MIN_PIN_DIGITS {
        return Err(PinError::TooShort);
    }
    if pin.len() > MAX_PIN_DIGITS {
        return Err(PinError::TooLong);
    }
    if second.trim() != pin {
        return Err(PinError::Mismatch);
    }
    Ok(pin.to_owned())
}

/// Seconds to wait after `failures` wrong tries in a row: none before the first, then 1, 2, 4, 8 …
/// capped at [`MAX_DELAY_SECS`].
pub fn delay_secs(failures: u32) -> u32 {
    match failures {
        0 => 0,
        n => 1u32.checked_shl(n - 1).unwrap_or(u32::MAX).min(MAX_DELAY_SECS),
    }
}

/// What a try of the PIN came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PinTry {
    /// The PIN is right: kiosk mode may end.
    Right,
    /// The PIN is wrong; the next try is allowed in `wait_secs`.
    Wrong { wait_secs: u32 },
    /// Too soon after a wrong try: the PIN was not even compared; `wait_secs` are left.
    TooSoon { wait_secs: u32 },
}

/// The kiosk marker, as kept under [`MARKER_KEY`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KioskMarker {
    /// The salt, hexadecimal.
    salt: String,
    /// SHA-256 of the salt's bytes followed by the PIN's, hexadecimal.
    hash: String,
    /// Wrong tries since the last right one.
    #[serde(default)]
    failures: u32,
    /// When the next try is allowed, in milliseconds since 1970 (0: now).
    #[serde(default)]
    retry_at_ms: i64,
}

impl KioskMarker {
    /// A marker for `pin` (already checked by [`choose_pin`]) with a fresh random `salt`.
    pub fn new(pin: &str, salt: [u8; SALT_BYTES]) -> KioskMarker {
        KioskMarker {
            salt: hex(&salt),
            hash: hex(&pin_hash(&salt, pin)),
            failures: 0,
            retry_at_ms: 0,
        }
    }

    /// Reads a stored marker; None if it is not one (the kiosk then asks staff for a PIN again).
    pub fn parse(text: &str) -> Option<KioskMarker> {
        let marker: KioskMarker = serde_json::from_str(text).ok()?;
        let salt_ok = unhex(&marker.salt).is_some_and(|s| s.len() == SALT_BYTES);
        let hash_ok = unhex(&marker.hash).is_some_and(|h| h.len() == 32);
        (salt_ok && hash_ok).then_some(marker)
    }

    /// The marker as stored.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a marker of strings and numbers always serialises")
    }

    /// Seconds before the next try is allowed at `now_ms` (0: now). Never more than
    /// [`MAX_DELAY_SECS`], even if the clock was turned back.
    pub fn wait_secs(&self, now_ms: i64) -> u32 {
        let left_ms = self.retry_at_ms.saturating_sub(now_ms).max(0);
        let secs = left_ms.saturating_add(999) / 1000;
        u32::try_from(secs).unwrap_or(u32::MAX).min(MAX_DELAY_SECS)
    }

    /// Wrong tries since the last right one.
    pub fn failures(&self) -> u32 {
        self.failures
    }

    /// Tries `pin` at `now_ms`. A wrong PIN counts one more failure and sets the next allowed time;
    /// a try during the wait is refused without comparing, and counts nothing.
    pub fn try_pin(&mut self, pin: &str, now_ms: i64) -> PinTry {
        let wait_secs = self.wait_secs(now_ms);
        if wait_secs > 0 {
            return PinTry::TooSoon { wait_secs };
        }
        let salt = unhex(&self.salt).unwrap_or_default();
        let expected = unhex(&self.hash).unwrap_or_default();
        if same_bytes(&pin_hash(&salt, pin.trim()), &expected) {
            self.failures = 0;
            self.retry_at_ms = 0;
            return PinTry::Right;
        }
        self.failures = self.failures.saturating_add(1);
        let wait_secs = delay_secs(self.failures);
        self.retry_at_ms = now_ms.saturating_add(i64::from(wait_secs) * 1000);
        PinTry::Wrong { wait_secs }
    }
}

fn pin_hash(salt: &[u8], pin: &str) -> [u8; 32] {
    let mut hasher = Sha256::new();
    hasher.update(salt);
    hasher.update(pin.as_bytes());
    hasher.finalize().into()
}

/// Compares without stopping at the first difference, so the time taken says nothing of the hash.
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) || !text.is_ascii() {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&text[i..i + 2], 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: [u8; SALT_BYTES] = [7; SALT_BYTES];

    #[test]
    fn a_pin_is_four_to_twelve_digits_typed_the_same_twice() {
        assert_eq!(choose_pin("2468", "2468"), Ok("2468".to_owned()));
        assert_eq!(choose_pin(" 123456 ", "123456"), Ok("123456".to_owned()));
        assert_eq!(choose_pin("246", "246"), Err(PinError::TooShort));
        assert_eq!(choose_pin("", ""), Err(PinError::TooShort));
        assert_eq!(choose_pin("12a4", "12a4"), Err(PinError::NotDigits));
        assert_eq!(choose_pin("１２３４", "１２３４"), Err(PinError::NotDigits));
        assert_eq!(choose_pin("1234567890123", "1234567890123"), Err(PinError::TooLong));
        assert_eq!(choose_pin("2468", "2469"), Err(PinError::Mismatch));
    }

    #[test]
    fn the_marker_keeps_no_pin_in_clear_and_salts_each_one() {
        let marker = KioskMarker::new("2468", SALT);
        let json = marker.to_json();
        assert!(!json.contains("2468"), "{json}");
        let other_salt = KioskMarker::new("2468", [8; SALT_BYTES]);
        assert_ne!(
            marker.hash, other_salt.hash,
            "the same PIN under another salt hashes differently"
        );
        // SHA-256 of sixteen 0x07 bytes then "2468", computed independently (Python's hashlib).
        assert_eq!(
            marker.hash,
            "9e061299a212be3909cfa4d557607702fde27aadf48909d795809fdd8b01b72e"
        );
    }

    #[test]
    fn the_marker_reads_back_and_refuses_what_is_not_one() {
        let marker = KioskMarker::new("2468", SALT);
        assert_eq!(KioskMarker::parse(&marker.to_json()), Some(marker));
        assert_eq!(KioskMarker::parse("1"), None);
        assert_eq!(KioskMarker::parse("2468"), None);
        assert_eq!(KioskMarker::parse(r#"{"salt":"zz","hash":"00"}"#), None);
        let short_hash = format!(r#"{{"salt":"{}","hash":"abcd"}}"#, hex(&SALT));
        assert_eq!(KioskMarker::parse(&short_hash), None);
    }

    #[test]
    fn the_right_pin_opens_and_a_wrong_one_does_not() {
        let mut marker = KioskMarker::new("2468", SALT);
        assert_eq!(marker.try_pin("2468", 0), PinTry::Right);
        assert_eq!(marker.try_pin("0000", 0), PinTry::Wrong { wait_secs: 1 });
        assert_eq!(marker.try_pin("2468", 1_000), PinTry::Right);
        assert_eq!(marker.failures(), 0, "a right PIN clears the count");
    }

    #[test]
    fn wrong_tries_meet_a_delay_that_doubles_up_to_a_minute() {
        let delays: Vec<u32> = (0..10).map(delay_secs).collect();
        assert_eq!(delays, [0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
        assert_eq!(delay_secs(u32::MAX), MAX_DELAY_SECS);

        let mut marker = KioskMarker::new("2468", SALT);
        let mut now = 1_700_000_000_000_i64;
        let mut waits = Vec::new();
        for _ in 0..9 {
            match marker.try_pin("1111", now) {
                PinTry::Wrong { wait_secs } => {
                    waits.push(wait_secs);
                    now += i64::from(wait_secs) * 1000;
                }
                other => panic!("a wrong PIN after the wait is Wrong, got {other:?}"),
            }
        }
        assert_eq!(waits, [1, 2, 4, 8, 16, 32, 60, 60, 60]);
    }

    #[test]
    fn a_try_during_the_wait_is_refused_without_comparing_or_counting() {
        let mut marker = KioskMarker::new("2468", SALT);
        let now = 5_000;
        assert_eq!(marker.try_pin("1", now), PinTry::Wrong { wait_secs: 1 });
        assert_eq!(marker.try_pin("1", now + 1), PinTry::TooSoon { wait_secs: 1 });
        assert_eq!(
            marker.try_pin("2468", now + 500),
            PinTry::TooSoon { wait_secs: 1 },
            "even the right PIN waits"
        );
        assert_eq!(marker.failures(), 1);
        assert_eq!(marker.try_pin("2468", now + 1_000), PinTry::Right);
    }

    #[test]
    fn the_delay_survives_a_reload_through_the_stored_marker() {
        let mut marker = KioskMarker::new("2468", SALT);
        marker.try_pin("1", 0);
        marker.try_pin("1", 1_000);
        let reloaded = KioskMarker::parse(&marker.to_json()).expect("a marker reads back");
        assert_eq!(reloaded.failures(), 2);
        assert_eq!(reloaded.wait_secs(1_000), 2);
        assert_eq!(reloaded.wait_secs(2_500), 1, "partial seconds round up");
        assert_eq!(reloaded.wait_secs(3_000), 0);
    }

    #[test]
    fn a_clock_turned_back_never_makes_the_wait_longer_than_a_minute() {
        let mut marker = KioskMarker::new("2468", SALT);
        marker.try_pin("1", 10_000_000);
        assert_eq!(marker.wait_secs(0), MAX_DELAY_SECS);
    }
}

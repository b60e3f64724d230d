//! The faults found in one input: kept up to a limit, and only counted beyond it.
//!
//! A file of a hundred thousand faulty items has a hundred thousand faults; listing them all froze
//! the app's tab for minutes and took the command gigabytes. Nobody reads past the first screen of
//! faults, and fixing those usually fixes the rest (a wrong type copied down a column), so at most
//! [`MAX_FAULTS`] are kept and a last line says how many more there are.

use std::ops::ControlFlow;

use super::error::{ErrorKind, ValidationError};
use super::json::{Fields, Json};
use super::path::Path;

/// The most faults [`super::parse_input_all`] lists; the rest are counted in one last
/// [`ErrorKind::MoreFaults`] line.
pub const MAX_FAULTS: usize = 100;

/// The faults found so far, in the order the document was read.
#[derive(Debug)]
pub(crate) struct Faults {
    kept: Vec<ValidationError>,
    /// How many faults were found beyond `keep`.
    more: usize,
    keep: usize,
    /// Whether to read on after `keep` faults, to count the rest.
    count_more: bool,
}

impl Faults {
    /// Only the first fault: reading stops there.
    pub fn first() -> Self {
        Faults {
            kept: Vec::new(),
            more: 0,
            keep: 1,
            count_more: false,
        }
    }

    /// Up to [`MAX_FAULTS`], and a count of the rest.
    pub fn all() -> Self {
        Faults {
            kept: Vec::new(),
            more: 0,
            keep: MAX_FAULTS,
            count_more: true,
        }
    }

    /// Records a fault at `at`; returns `None` so a reader can `return f.fault(...)`. `message`
    /// gives the Vietnamese and English messages, and is called only for a fault that is kept (a
    /// file with a million faults formats a hundred).
    pub fn fault<T>(&mut self, at: &Path, kind: ErrorKind, message: impl FnOnce() -> (String, String)) -> Option<T> {
        if self.kept.len() < self.keep {
            let (vi, en) = message();
            self.kept.push(ValidationError::new(at.to_string(), kind, vi, en));
        } else {
            self.more += 1;
        }
        None
    }

    /// Records a fault built elsewhere; returns `None` like [`Faults::fault`].
    pub fn push<T>(&mut self, fault: ValidationError) -> Option<T> {
        if self.kept.len() < self.keep {
            self.kept.push(fault);
        } else {
            self.more += 1;
        }
        None
    }

    /// No fault found so far.
    pub fn is_clean(&self) -> bool {
        self.kept.is_empty()
    }

    /// Every fault that will be reported is found: readers may stop reading.
    pub fn stopped(&self) -> bool {
        !self.count_more && self.kept.len() >= self.keep
    }

    /// What a walk over items should do next.
    pub fn next(&self) -> ControlFlow<()> {
        if self.stopped() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    /// The value read, or the faults found while reading it (with a last line counting those
    /// beyond the limit).
    pub fn finish<T>(mut self, value: Option<T>) -> Result<T, Vec<ValidationError>> {
        if self.kept.is_empty() {
            return Ok(value.expect("a reader returns None only after recording a fault"));
        }
        if self.count_more && self.more > 0 {
            let n = self.more;
            self.kept.push(ValidationError::new(
                "",
                ErrorKind::MoreFaults,
                format!("… và {n} lỗi khác"),
                format!("… and {n} more"),
            ));
        }
        Err(self.kept)
    }

    /// Field `name` of `obj` (at `at`), read by `read`; a fault if it is absent.
    pub fn required<'a, T>(
        &mut self,
        obj: &Fields<'a>,
        at: &Path,
        name: &str,
        read: impl FnOnce(&mut Faults, Json<'a>, &Path) -> Option<T>,
    ) -> Option<T> {
        if self.stopped() {
            return None;
        }
        let at = at.field(name);
        match obj.get(name) {
            Some(v) => read(self, v, &at),
            None => self.fault(&at, ErrorKind::MissingField, || {
                ("thiếu trường bắt buộc".into(), "required field is missing".into())
            }),
        }
    }

    /// Field `name` of `obj` (at `at`), read by `read`, or `default` if it is absent.
    pub fn optional<'a, T>(
        &mut self,
        obj: &Fields<'a>,
        at: &Path,
        name: &str,
        default: T,
        read: impl FnOnce(&mut Faults, Json<'a>, &Path) -> Option<T>,
    ) -> Option<T> {
        if self.stopped() {
            return None;
        }
        match obj.get(name) {
            Some(v) => read(self, v, &at.field(name)),
            None => Some(default),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fault(f: &mut Faults, i: usize) {
        let root = Path::Root("");
        f.fault::<()>(&root.index(i), ErrorKind::WrongType, || ("vi".into(), "en".into()));
    }

    #[test]
    fn all_keeps_a_hundred_faults_and_counts_the_rest_in_both_languages() {
        let mut f = Faults::all();
        for i in 0..250 {
            fault(&mut f, i);
            assert!(!f.stopped());
        }
        let faults = f.finish::<()>(None).expect_err("refused");
        assert_eq!(faults.len(), MAX_FAULTS + 1);
        assert_eq!(faults[99].path, "[99]");
        let last = &faults[MAX_FAULTS];
        assert_eq!((last.kind, last.path.as_str()), (ErrorKind::MoreFaults, ""));
        assert_eq!(last.message.en, "… and 150 more");
        assert_eq!(last.message.vi, "… và 150 lỗi khác");
    }

    #[test]
    fn exactly_a_hundred_faults_have_no_last_line() {
        let mut f = Faults::all();
        (0..MAX_FAULTS).for_each(|i| fault(&mut f, i));
        assert_eq!(f.finish::<()>(None).expect_err("refused").len(), MAX_FAULTS);
    }

    #[test]
    fn first_stops_at_the_first_fault() {
        let mut f = Faults::first();
        assert!(!f.stopped() && f.is_clean());
        fault(&mut f, 7);
        assert!(f.stopped());
        fault(&mut f, 8);
        let faults = f.finish::<()>(None).expect_err("refused");
        assert_eq!(faults.len(), 1, "{faults:?}");
        assert_eq!(faults[0].path, "[7]");
    }
}

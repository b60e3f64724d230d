//! Readers for objects and arrays: an object's fields (and, for the types that keep them, its
//! unknown fields), a map's entries, an array's items, each read at its own path.

use std::ops::ControlFlow;

use super::error::ErrorKind;
use super::faults::Faults;
use super::json::{Fields, Json, Kind};
use super::path::Path;
use super::read::{unreadable, wrong_type, ARRAY, OBJECT};
use crate::extra::{Extra, ExtraBuilder, TooBig, EXTRA_MAX};

/// An object, with the fields named `known` (its type's fields); other keys are ignored (FORMAT.md:
/// "Code may add fields"): the types read this way are written by code, not kept by the app.
pub(crate) fn object<'a>(f: &mut Faults, v: Json<'a>, at: &Path, known: &'static [&'static str]) -> Option<Fields<'a>> {
    if v.kind() != Kind::Object {
        return wrong_type(f, v, at, OBJECT);
    }
    match v.fields(known, |_, _| ControlFlow::Continue(())) {
        Ok(fields) => Some(fields),
        Err(e) => unreadable(f, at, &e),
    }
}

/// An object of a type that keeps the fields it does not know: its known fields, and the others as
/// an [`Extra`] (`None`, after a fault, if they take more than [`EXTRA_MAX`] bytes). The known
/// fields are returned either way, so their faults are found too.
pub(crate) fn object_keeping<'a>(
    f: &mut Faults,
    v: Json<'a>,
    at: &Path,
    known: &'static [&'static str],
) -> Option<(Fields<'a>, Option<Extra>)> {
    if v.kind() != Kind::Object {
        return wrong_type(f, v, at, OBJECT);
    }
    let mut extra = ExtraBuilder::default();
    let fields = v.fields(known, |key, value| {
        // Past the cap the rest is not kept, but the known fields after it are still read.
        let _ = extra.add_raw(&key, value.raw());
        ControlFlow::Continue(())
    });
    let fields = match fields {
        Ok(fields) => fields,
        Err(e) => return unreadable(f, at, &e),
    };
    let extra = match extra.finish() {
        Ok(extra) => Some(extra),
        Err(TooBig) => f.fault(
            at,
            ErrorKind::UnknownFieldsTooBig,
            || (format!("các trường mà phiên bản này không biết chiếm hơn {EXTRA_MAX} byte JSON; chỉ giữ được tối đa {EXTRA_MAX}"), format!("the fields this version does not know take more than {EXTRA_MAX} bytes of JSON; it keeps at most {EXTRA_MAX}")),
        ),
    };
    Some((fields, extra))
}

/// Every key and value of an object, each read by `read` at its own path, in the file's order.
/// `None` if any is faulty (all are read, so all their faults are recorded).
pub(crate) fn entries<'a, T>(
    f: &mut Faults,
    v: Json<'a>,
    at: &Path,
    mut read: impl FnMut(&mut Faults, &str, Json<'a>, &Path) -> Option<T>,
) -> Option<Vec<T>> {
    if v.kind() != Kind::Object {
        return wrong_type(f, v, at, OBJECT);
    }
    let mut kept = Some(Vec::new());
    let walk = v.entries(|key, value| {
        let read = read(f, &key, value, &at.key(&key));
        keep(&mut kept, read, f);
        f.next()
    });
    match walk {
        Ok(()) if f.stopped() => None,
        Ok(()) => kept,
        Err(e) => unreadable(f, at, &e),
    }
}

/// Every item of the array `v`, each read by `read` at its own path; `None` if any item is faulty
/// (all items are read, so all their faults are recorded). Items are read one at a time from the
/// text, never all at once.
pub(crate) fn items<'a, T>(
    f: &mut Faults,
    v: Json<'a>,
    at: &Path,
    mut read: impl FnMut(&mut Faults, Json<'a>, &Path) -> Option<T>,
) -> Option<Vec<T>> {
    if v.kind() != Kind::Array {
        return wrong_type(f, v, at, ARRAY);
    }
    let mut kept = Some(Vec::new());
    let walk = v.items(|i, item| {
        let read = read(f, item, &at.index(i));
        keep(&mut kept, read, f);
        f.next()
    });
    match walk {
        Ok(()) if f.stopped() => None,
        Ok(()) => kept,
        Err(e) => unreadable(f, at, &e),
    }
}

/// Keeps an item's value while the input has no fault; after the first, the input is refused
/// whatever the rest holds, so nothing more is kept (a faulty file costs no memory per item).
fn keep<T>(kept: &mut Option<Vec<T>>, read: Option<T>, f: &Faults) {
    match (kept.as_mut(), read) {
        (Some(values), Some(value)) if f.is_clean() => values.push(value),
        _ => *kept = None,
    }
}

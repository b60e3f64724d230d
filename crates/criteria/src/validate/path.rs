//! Where a value sits in its document, written out only when a fault needs it.
//!
//! A reader passes the path of every value it reads to the readers below it; building each as a
//! string would cost an allocation per value of a file that has no fault at all. A `Path` is a
//! chain of borrowed links on the stack instead, and becomes text ([`ValidationError::path`]'s
//! syntax) only through `Display`.
//!
//! [`ValidationError::path`]: super::ValidationError::path

use std::fmt;

use super::error::quote;

#[derive(Debug, Clone, Copy)]
pub(crate) enum Path<'a> {
    /// Where the document itself sits: `""` for a whole file, or a prefix a caller gives
    /// (`"dossiers[0]"`).
    Root(&'a str),
    /// Field `name` of the object at the parent path: `.name`.
    Field(&'a Path<'a>, &'a str),
    /// Item `i` of the array at the parent path: `[i]`.
    Index(&'a Path<'a>, usize),
    /// Key `key` of the map at the parent path; a map's keys are data, so always quoted: `["key"]`
    /// (and, as messages quote data, cut to 60 characters: a path must not copy a huge key).
    Key(&'a Path<'a>, &'a str),
}

impl<'a> Path<'a> {
    pub fn field(&'a self, name: &'a str) -> Path<'a> {
        Path::Field(self, name)
    }

    pub fn index(&'a self, i: usize) -> Path<'a> {
        Path::Index(self, i)
    }

    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    fn is_empty(&self) -> bool {
        matches!(self, Path::Root(""))
    }
}

impl fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Path::Root(prefix) => f.write_str(prefix),
            Path::Field(parent, name) if parent.is_empty() => f.write_str(name),
            Path::Field(parent, name) => write!(f, "{parent}.{name}"),
            Path::Index(parent, i) => write!(f, "{parent}[{i}]"),
            Path::Key(parent, key) => write!(f, "{parent}[{}]", quote(key)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_written_as_a_reader_of_the_file_would_write_them() {
        let root = Path::Root("");
        assert_eq!(root.to_string(), "");
        assert_eq!(root.field("id").to_string(), "id");
        let years = root.field("years");
        let titles = years.index(1);
        let titles = titles.field("titles");
        assert_eq!(titles.index(0).to_string(), "years[1].titles[0]");
        assert_eq!(root.index(2).field("id").to_string(), "[2].id");
        let decl = root.field("declarations");
        assert_eq!(decl.key("btnmt/cn-1").to_string(), r#"declarations["btnmt/cn-1"]"#);
        let huge = "k".repeat(1_000_000);
        assert_eq!(decl.key(&huge).to_string().len(), "declarations[\"\"…]".len() + 60);
        let prefixed = Path::Root("dossiers[0]");
        assert_eq!(prefixed.field("id").to_string(), "dossiers[0].id");
    }
}

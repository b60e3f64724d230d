//! Where a quote sits in a source document, read from the document's own clause markers: a part
//! ("III."), a clause ("2."), a sub-clause ("2.1.") and a point ("b)"), each at the start of a line
//! as the documents number them. A citation such as "Kế hoạch của Sở TN&MT Khánh Hòa (2023), mục
//! III.2.1 (b)" places its quote when, walking back from the quote, the nearest point marker is
//! "b)", the nearest sub-clause marker before that is "2.1.", and so on up, with no deeper marker
//! between the deepest cited one and the quote.

use std::fmt;

/// How deep a marker numbers, shallowest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Part,
    Clause,
    SubClause,
    Point,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Marker {
    level: Level,
    /// "III", "2", "2.1", "b".
    label: String,
}

impl fmt::Display for Marker {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.level {
            Level::Point => write!(f, "{})", self.label),
            _ => write!(f, "{}.", self.label),
        }
    }
}

/// What a citation says about where its quote is.
#[derive(Debug)]
pub struct Citation {
    /// The annex of 001 ("Tiêu chuẩn điển hình tiên tiến") is cited apart from its plan.
    annex: bool,
    /// The markers from the shallowest down; empty for a heading.
    markers: Vec<Marker>,
    /// "(đoạn cuối)": the closing paragraph of the clause, after its bullets.
    closing: bool,
}

/// The opening words of the annex of document 001, as its heading writes them.
const ANNEX_HEADING: &str = "TIÊU CHUẨN ĐIỂN HÌNH TIÊN TIẾN";
const ANNEX_CITATION: &str = "Tiêu chuẩn điển hình tiên tiến";
/// Citations of a document's title ("tên kế hoạch") or subject line ("trích yếu"): the quote is
/// in its opening words.
const HEADINGS: [&str; 2] = ["tên kế hoạch", "trích yếu"];
const OPENING: usize = 300;

impl Citation {
    /// Reads "<document>, mục <path>[ (<point>)][ (đoạn cuối)]" or "<document>, <heading>".
    pub fn parse(citation: &str) -> Result<Citation, String> {
        let Some((document, place)) = citation.rsplit_once(", ") else {
            return Err(format!("{citation:?} names no place in its document"));
        };
        let annex = document == ANNEX_CITATION;
        if HEADINGS.contains(&place) {
            return Ok(Citation {
                annex,
                markers: Vec::new(),
                closing: false,
            });
        }
        let Some(mut path) = place.strip_prefix("mục ") else {
            return Err(format!("{citation:?}: {place:?} is neither \"mục …\" nor a heading"));
        };
        let closing = match path.strip_suffix(" (đoạn cuối)") {
            Some(rest) => {
                path = rest;
                true
            }
            None => false,
        };
        let mut point = None;
        if let Some((rest, p)) = path.split_once(" (") {
            point = Some(p.strip_suffix(')').ok_or(format!("{citation:?}: unclosed \"(\""))?);
            path = rest;
        }
        let mut markers = Vec::new();
        let mut numbers: Vec<&str> = Vec::new();
        for token in path.split('.').chain(point) {
            let marker = if markers.is_empty() && !token.is_empty() && token.chars().all(|c| "IVX".contains(c)) {
                Marker {
                    level: Level::Part,
                    label: token.to_string(),
                }
            } else if !token.is_empty() && token.chars().all(|c| c.is_ascii_digit()) {
                numbers.push(token);
                let level = match numbers.len() {
                    1 => Level::Clause,
                    2 => Level::SubClause,
                    _ => return Err(format!("{citation:?}: numbered three deep")),
                };
                Marker {
                    level,
                    label: numbers.join("."),
                }
            } else if token.chars().count() == 1 && token.chars().all(char::is_alphabetic) {
                Marker {
                    level: Level::Point,
                    label: token.to_string(),
                }
            } else {
                return Err(format!("{citation:?}: {token:?} is not a clause marker"));
            };
            markers.push(marker);
        }
        Ok(Citation {
            annex,
            markers,
            closing,
        })
    }
}

/// One non-blank line of a source.
struct Line {
    /// Where the line starts in [`Source::text`].
    at: usize,
    marker: Option<Marker>,
    /// A "- " list item.
    bullet: bool,
    /// Starts with a capital: a new sentence, where a wrapped line goes on in lower case.
    capital: bool,
}

/// A source document: its text with whitespace collapsed (and markdown `**` dropped), so quotes
/// match across the line breaks of the copies, and its lines with their markers.
pub struct Source {
    text: String,
    lines: Vec<Line>,
    /// Where the annex of 001 begins, if the document has it.
    annex: Option<usize>,
}

/// Collapses every run of whitespace to one space and drops markdown bold markers.
fn normalise(text: &str) -> String {
    text.replace("**", "").split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The marker a line starts with, after markdown's `#`, `*` and indentation.
fn marker(line: &str) -> Option<Marker> {
    let line = line.trim_start_matches(|c: char| c.is_whitespace() || c == '#' || c == '*');
    let head: String = line.chars().take_while(|c| !c.is_whitespace() && *c != '*').collect();
    let marker = |level, label: &str| {
        Some(Marker {
            level,
            label: label.to_string(),
        })
    };
    let numbers: Vec<&str> = head.trim_end_matches('.').split('.').collect();
    let numeric = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if let Some(label) = head.strip_suffix(')') {
        let mut chars = label.chars();
        return match (chars.next(), chars.next()) {
            (Some(c), None) if c.is_lowercase() => marker(Level::Point, label),
            _ => None,
        };
    }
    if !head.ends_with('.') && numbers.len() == 1 {
        return None;
    }
    match numbers.as_slice() {
        [part] if !part.is_empty() && part.chars().all(|c| "IVX".contains(c)) => marker(Level::Part, part),
        [n] if numeric(n) => marker(Level::Clause, n),
        [n, m] if numeric(n) && numeric(m) => marker(Level::SubClause, &format!("{n}.{m}")),
        _ => None,
    }
}

impl Source {
    pub fn new(raw: &str) -> Source {
        let mut text = String::new();
        let mut lines = Vec::new();
        for line in raw.lines() {
            let words = normalise(line);
            if words.is_empty() {
                continue;
            }
            if !text.is_empty() {
                text.push(' ');
            }
            let stripped = line.trim_start_matches(|c: char| c.is_whitespace() || c == '#' || c == '*');
            lines.push(Line {
                at: text.len(),
                marker: marker(line),
                bullet: stripped.starts_with("- "),
                capital: stripped.chars().next().is_some_and(char::is_uppercase),
            });
            text.push_str(&words);
        }
        let annex = text.find(ANNEX_HEADING);
        Source { text, lines, annex }
    }

    /// Every place `quote` occurs, whitespace collapsed.
    pub fn find_all(&self, quote: &str) -> Vec<usize> {
        let quote = normalise(quote);
        self.text.match_indices(&quote).map(|(at, _)| at).collect()
    }

    /// Whether one occurrence of `quote` sits where `cited` says; otherwise why not.
    pub fn check(&self, cited: &Citation, quote: &str) -> Result<(), String> {
        let (start, end) = match (cited.annex, self.annex) {
            (true, Some(annex)) => (annex, self.text.len()),
            (true, None) => return Err("the document has no annex".into()),
            (false, annex) => (0, annex.unwrap_or(self.text.len())),
        };
        let found: Vec<usize> = self
            .find_all(quote)
            .into_iter()
            .filter(|at| (start..end).contains(at))
            .collect();
        if found.is_empty() {
            return Err("the quote is not in the cited part of the document".into());
        }
        let mut why = String::new();
        for at in found {
            match self.place(cited, start, at, normalise(quote).len()) {
                Ok(()) => return Ok(()),
                Err(e) => why = e,
            }
        }
        Err(why)
    }

    /// Whether the quote at `at` (of `len` bytes) sits in the cited clause.
    fn place(&self, cited: &Citation, start: usize, at: usize, len: usize) -> Result<(), String> {
        let Some(deepest) = cited.markers.last() else {
            return if at - start < OPENING {
                Ok(())
            } else {
                Err("the quote is not in the document's opening words".into())
            };
        };
        let mut pos = at;
        let mut deepest_at = at;
        for wanted in cited.markers.iter().rev() {
            let line = self
                .lines
                .iter()
                .rev()
                .filter(|l| start <= l.at && l.at < pos)
                .find(|l| l.marker.as_ref().is_some_and(|m| m.level == wanted.level));
            let Some(line) = line else {
                return Err(format!("no {:?} marker before the quote", wanted.level));
            };
            let found = line.marker.as_ref().expect("filtered on a marker");
            if found != wanted {
                return Err(format!("the quote is under {found}, not {wanted}"));
            }
            if wanted == deepest {
                deepest_at = line.at;
            }
            pos = line.at;
        }
        let inside = |l: &&Line| deepest_at < l.at && l.at < at;
        if let Some(deeper) = self
            .lines
            .iter()
            .filter(inside)
            .filter_map(|l| l.marker.as_ref())
            .find(|m| m.level > deepest.level)
        {
            return Err(format!("the quote is in {deeper}, below {deepest}"));
        }
        if cited.closing {
            self.closing_paragraph(deepest, at, len)?;
        }
        Ok(())
    }

    /// The quote at `at` is in the closing paragraph of the clause `deepest` numbers: no bullet or
    /// marker follows it within the clause, and the paragraph it is in is not a bullet.
    fn closing_paragraph(&self, deepest: &Marker, at: usize, len: usize) -> Result<(), String> {
        let after = self
            .lines
            .iter()
            .filter(|l| l.at > at + len)
            .take_while(|l| l.marker.as_ref().is_none_or(|m| m.level > deepest.level));
        if after.clone().any(|l| l.bullet || l.marker.is_some()) {
            return Err("a bullet or a clause follows the quote inside the clause".into());
        }
        let paragraph = self
            .lines
            .iter()
            .rev()
            .filter(|l| l.at <= at)
            .find(|l| l.bullet || l.capital || l.marker.is_some());
        match paragraph {
            Some(l) if l.bullet => Err("the quote is in a bullet, not the closing paragraph".into()),
            _ => Ok(()),
        }
    }
}

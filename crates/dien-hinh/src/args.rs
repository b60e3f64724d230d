//! The command line (FORMAT.md, "Command line"), read by hand: two commands and one option do not
//! need a parsing library, and a hand-written reader keeps every refusal's wording ours.

use std::ffi::OsString;
use std::fmt;
use std::path::PathBuf;

use chrono::NaiveDate;
use criteria::validate::parse_date;

pub const USAGE: &str = "usage: dien-hinh assess [--as-of YYYY-MM-DD] FILE... | dien-hinh verify FILE...";

pub const HELP: &str = "\
dien-hinh: assess dossiers against the điển hình tiên tiến standards, and verify exports.

usage:
  dien-hinh assess [--as-of YYYY-MM-DD] FILE...
  dien-hinh verify FILE...
  dien-hinh --help | --version

Each FILE holds a dossier, an array of dossiers, or an export (dien-hinh.dossier,
dien-hinh.export).

  assess   Prints one assessment per dossier, one JSON object per line, in input order.
           A unit head's unit_dossier is looked up among all dossiers of all FILEs.
           --as-of is the day to assess on; it defaults to today.
  verify   Re-assesses each export's dossiers at the export's as_of and prints every
           assessment that differs from the one in the file, then a summary per FILE.

Every FILE is read and checked before anything is printed. A FILE that is not valid
is named on stderr with the JSON path of its first fault, and nothing goes to stdout.

exit status: 0 all well; 1 verify found a difference; 2 bad input or bad usage.
";

#[derive(Debug, PartialEq)]
pub enum Command {
    Help,
    Version,
    /// `as_of: None` means today.
    Assess {
        as_of: Option<NaiveDate>,
        files: Vec<PathBuf>,
    },
    Verify {
        files: Vec<PathBuf>,
    },
}

/// What is wrong with the command line, as one line for stderr.
#[derive(Debug, PartialEq)]
pub struct UsageError(String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn usage_error<T>(message: impl Into<String>) -> Result<T, UsageError> {
    Err(UsageError(message.into()))
}

/// Reads the arguments after the program name. `--help` or `--version` anywhere before `--` wins
/// over everything else, so `dien-hinh assess --help` helps instead of complaining.
pub fn parse(args: impl IntoIterator<Item = OsString>) -> Result<Command, UsageError> {
    let args: Vec<OsString> = args.into_iter().collect();
    let before_end = args.iter().take_while(|a| *a != "--");
    for a in before_end {
        match a.to_str() {
            Some("-h" | "--help") => return Ok(Command::Help),
            Some("-V" | "--version") => return Ok(Command::Version),
            _ => {}
        }
    }
    let mut args = args.into_iter();
    let command = match args.next() {
        None => return usage_error("no command given"),
        Some(c) => c,
    };
    let name = match command.to_str() {
        Some(name @ ("assess" | "verify")) => name,
        Some(c) if c.starts_with('-') => return usage_error(format!("{c:?} given before the command")),
        _ => {
            return usage_error(format!(
                "unknown command {command:?}; the commands are assess and verify"
            ))
        }
    };
    let (as_of, files) = options(name, args)?;
    if files.is_empty() {
        return usage_error(format!("{name} needs at least one FILE"));
    }
    Ok(if name == "assess" {
        Command::Assess { as_of, files }
    } else {
        Command::Verify { files }
    })
}

/// The options and FILEs after the command: `--as-of DATE` or `--as-of=DATE` (assess only),
/// anything else starting with `-` refused, `--` ending the options.
fn options(
    command: &str,
    mut args: impl Iterator<Item = OsString>,
) -> Result<(Option<NaiveDate>, Vec<PathBuf>), UsageError> {
    let mut as_of = None;
    let mut files = Vec::new();
    while let Some(arg) = args.next() {
        let Some(text) = arg.to_str().filter(|t| t.starts_with('-') && *t != "-") else {
            files.push(PathBuf::from(arg));
            continue;
        };
        let value = match text.split_once('=') {
            Some(("--as-of", value)) => Some(value.to_string()),
            None if text == "--as-of" => match args.next() {
                Some(v) => Some(v.to_string_lossy().into_owned()),
                None => return usage_error("--as-of needs a date, YYYY-MM-DD"),
            },
            None if text == "--" => {
                files.extend(args.by_ref().map(PathBuf::from));
                None
            }
            _ => return usage_error(format!("unknown option {text:?}")),
        };
        if let Some(value) = value {
            if command != "assess" {
                return usage_error(format!("{command} takes no --as-of: it uses each export's as_of"));
            }
            if as_of.is_some() {
                return usage_error("--as-of given twice");
            }
            match parse_date(&value) {
                Some(date) => as_of = Some(date),
                None => return usage_error(format!("--as-of: {value:?} is not a date of the form YYYY-MM-DD")),
            }
        }
    }
    Ok((as_of, files))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_strs(args: &[&str]) -> Result<Command, UsageError> {
        parse(args.iter().map(OsString::from))
    }

    fn files(names: &[&str]) -> Vec<PathBuf> {
        names.iter().map(PathBuf::from).collect()
    }

    #[test]
    fn assess_reads_files_and_an_optional_as_of_in_either_spelling() {
        let day = NaiveDate::from_ymd_opt(2025, 6, 30);
        assert_eq!(
            parse_strs(&["assess", "a.json"]),
            Ok(Command::Assess {
                as_of: None,
                files: files(&["a.json"])
            })
        );
        assert_eq!(
            parse_strs(&["assess", "--as-of", "2025-06-30", "a.json", "b.json"]),
            Ok(Command::Assess {
                as_of: day,
                files: files(&["a.json", "b.json"])
            })
        );
        assert_eq!(
            parse_strs(&["assess", "a.json", "--as-of=2025-06-30"]),
            Ok(Command::Assess {
                as_of: day,
                files: files(&["a.json"])
            })
        );
    }

    #[test]
    fn a_double_dash_ends_options_so_a_file_may_start_with_a_dash() {
        assert_eq!(
            parse_strs(&["verify", "--", "--odd.json"]),
            Ok(Command::Verify {
                files: files(&["--odd.json"])
            })
        );
    }

    #[test]
    fn help_and_version_win_anywhere_before_a_double_dash() {
        assert_eq!(parse_strs(&["assess", "--help"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["-h"]), Ok(Command::Help));
        assert_eq!(parse_strs(&["--version"]), Ok(Command::Version));
        assert_eq!(
            parse_strs(&["verify", "--", "--help"]),
            Ok(Command::Verify {
                files: files(&["--help"])
            })
        );
    }

    #[test]
    fn usage_errors_say_what_is_wrong() {
        let cases: [(&[&str], &str); 8] = [
            (&[], "no command"),
            (&["grade", "a.json"], "unknown command"),
            (&["assess"], "at least one FILE"),
            (&["assess", "--as-of"], "needs a date"),
            (&["assess", "--as-of", "30/06/2025", "a.json"], "is not a date"),
            (
                &["assess", "--as-of=2025-06-30", "--as-of=2025-06-30", "a.json"],
                "twice",
            ),
            (&["assess", "--fast", "a.json"], "unknown option \"--fast\""),
            (&["verify", "--as-of", "2025-06-30", "a.json"], "takes no --as-of"),
        ];
        for (args, says) in cases {
            let e = parse_strs(args).expect_err("a usage error");
            assert!(e.to_string().contains(says), "{args:?}: {e}");
        }
    }
}

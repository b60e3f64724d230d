//! `dien-hinh`: assess dossiers and verify exports on disk (FORMAT.md, "Command line").
//!
//! This file only dispatches: arguments are read in `args`, files in `load`, and each command
//! lives in its own module.

mod args;
mod assess;
mod compare;
mod load;
mod verify;

use std::io::{self, Write};
use std::process::ExitCode;

use args::{Command, HELP, USAGE};

/// The exit status of a call (FORMAT.md, Command line).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    Ok = 0,
    /// `verify` found an assessment that differs.
    Differs = 1,
    /// A FILE was refused, the command line is wrong, or the output could not be written.
    Refused = 2,
}

fn main() -> ExitCode {
    let (stdout, stderr) = (io::stdout(), io::stderr());
    let (mut out, mut err) = (io::BufWriter::new(stdout.lock()), stderr.lock());
    let result = match args::parse(std::env::args_os().skip(1)) {
        Ok(Command::Help) => out.write_all(HELP.as_bytes()).map(|()| Exit::Ok),
        Ok(Command::Version) => {
            let version = env!("CARGO_PKG_VERSION");
            writeln!(
                out,
                "dien-hinh {version} (criteria {})",
                criteria::export::CRITERIA_VERSION
            )
            .map(|()| Exit::Ok)
        }
        Ok(Command::Assess { as_of, files }) => {
            let as_of = as_of.unwrap_or_else(|| chrono::Local::now().date_naive());
            assess::run(&files, as_of, &mut out, &mut err)
        }
        Ok(Command::Verify { files }) => verify::run(&files, &mut out, &mut err),
        Err(usage) => writeln!(err, "dien-hinh: {usage}\n{USAGE}").map(|()| Exit::Refused),
    };
    let exit = match result.and_then(|exit| out.flush().map(|()| exit)) {
        Ok(exit) => exit,
        // The reader stopped reading (`dien-hinh assess … | head`): not a failure of ours.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Exit::Ok,
        Err(e) => {
            let _ = writeln!(err, "dien-hinh: cannot write the output: {e}");
            Exit::Refused
        }
    };
    ExitCode::from(exit as u8)
}

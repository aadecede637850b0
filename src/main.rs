//! The `kabinet` binary: parse, run, print the error chain, map it to an exit code.
#![forbid(unsafe_code)]

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

/// Whether this is `kabinet deadlines --check`, read from the raw arguments: the monitoring
/// contract (one status line, exit 3 UNKNOWN) holds even when the arguments do not parse.
fn monitoring_check() -> bool {
    let args: Vec<String> = std::env::args_os().map(|a| a.to_string_lossy().into_owned()).collect();
    args.iter().any(|a| a == "deadlines") && args.iter().any(|a| a == "--check")
}

/// The plugin's UNKNOWN status line (stdout) and exit code.
fn unknown(reason: &str) -> ExitCode {
    // Not `println!`: with stdout closed that would panic; the exit code still tells.
    let line = format!("KABINET UNKNOWN - {}", kabinet::cmd::deadlines::one_line(reason));
    let _ = writeln!(std::io::stdout(), "{line}");
    ExitCode::from(3)
}

fn main() -> ExitCode {
    let cli = match kabinet::cli::Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if monitoring_check() && e.use_stderr() => return unknown(&e.to_string()),
        Err(e) => e.exit(),
    };
    kabinet::cmd::interrupt::install(monitoring_check());
    match kabinet::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let code = kabinet::error::exit_code(&err);
            let silent = matches!(err.downcast_ref(), Some(kabinet::Error::Exit(_)));
            if code != 0 && !silent && monitoring_check() {
                return unknown(&kabinet::error::render(&err));
            }
            if code != 0 && !silent {
                // Not `eprintln!`: it panics when stderr's reader has gone.
                let _ = writeln!(std::io::stderr(), "{}", kabinet::error::render(&err));
            }
            ExitCode::from(code)
        }
    }
}

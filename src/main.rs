//! The `kabinet` binary: parse, run, print the failure, map it to an exit code.
#![forbid(unsafe_code)]

use std::io::Write;
use std::process::ExitCode;

use kabinet::cli;
use kabinet::cmd::{self, deadlines::one_line, failure::Failure};
use kabinet::domain::printable;

/// The plugin's UNKNOWN status line (stdout) and exit code.
fn unknown(reason: &str) -> ExitCode {
    // Not `println!`: with stdout closed that would panic; the exit code still tells.
    let _ = writeln!(std::io::stdout(), "KABINET UNKNOWN - {}", printable(&one_line(reason)));
    ExitCode::from(3)
}

fn main() -> ExitCode {
    let parsed = match cli::parse_from(std::env::args_os()) {
        Ok(parsed) => parsed,
        // The monitoring contract (one status line, exit 3 UNKNOWN) holds even when the
        // arguments do not parse.
        Err(e) if e.use_stderr() && cli::asks_for_check(std::env::args_os()) => {
            let text = cli::parse_error_text(std::env::args_os(), &e);
            let first = text.lines().next().unwrap_or_default();
            return unknown(first.trim_start_matches("kabinet: ").trim_start_matches("error: "));
        }
        Err(e) if e.use_stderr() => {
            let text = cli::parse_error_text(std::env::args_os(), &e);
            let _ = writeln!(std::io::stderr(), "{}", printable(text.trim_end()));
            return ExitCode::from(u8::try_from(e.exit_code()).unwrap_or(2));
        }
        Err(e) => e.exit(),
    };
    if let cli::Command::Shell(_) = &parsed.cli.command {
        // The command line up to `shell` is put before each line typed.
        let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
        let at = args.iter().rposition(|a| a == "shell").unwrap_or(args.len());
        // At the prompt Ctrl-C is a key the line editor reads; during a command it ends the
        // shell as it would end the command, removing what the command left unfinished.
        cmd::interrupt::install(false);
        return ExitCode::from(kabinet::shell::run(args[..at].to_vec(), &parsed));
    }
    let monitoring = matches!(&parsed.cli.command, cli::Command::Deadlines(a) if a.check);
    cmd::interrupt::install(monitoring);
    match cli::run(parsed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Exit(code)) => ExitCode::from(code),
        Err(failure) => {
            if monitoring {
                return unknown(&failure.render());
            }
            // Not `eprintln!`: it panics when stderr's reader has gone.
            let _ = writeln!(std::io::stderr(), "{}", printable(&failure.render()));
            ExitCode::from(failure.exit_code())
        }
    }
}

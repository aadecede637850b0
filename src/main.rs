//! The `kabinet` binary: parse, run, print the error chain, map it to an exit code.
#![forbid(unsafe_code)]

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = kabinet::cli::Cli::parse();
    match kabinet::cmd::run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            let code = kabinet::error::exit_code(&err);
            let silent = matches!(err.downcast_ref(), Some(kabinet::Error::Exit(_)));
            if code != 0 && !silent {
                eprintln!("{}", kabinet::error::render(&err));
            }
            ExitCode::from(code)
        }
    }
}

//! Ctrl-C, SIGTERM and SIGHUP: files still being written under a temporary name (registered by
//! `io::files`) are removed before the process ends, so an interrupted export leaves no partial
//! copy of personal data.
//!
//! The store needs nothing here: an interrupted write leaves SQLite's journal, which the next
//! open rolls back, exactly as after a crash.

use std::io::Write;

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use signal_hook::low_level::emulate_default_handler;

use crate::i18n;
use crate::io::files::remove_unfinished;

/// The exit code should the signal not be re-raised: 128 + SIGINT, as shells report one.
pub const INTERRUPTED: i32 = 130;

/// Handles the signals for the rest of the process: on the first one, removes the unfinished
/// files, says so, and ends the process by that same signal (so a shell or a supervisor sees
/// exit 130 for Ctrl-C, 143 for SIGTERM, as without the handler). `monitoring`:
/// `deadlines --check`, which says it on stdout as an UNKNOWN status line.
pub fn install(monitoring: bool) {
    let Ok(mut signals) = Signals::new([SIGINT, SIGTERM, SIGHUP]) else {
        // Signals stay as they were: the process still ends, only without the clean-up.
        return;
    };
    std::thread::spawn(move || {
        if let Some(signal) = signals.forever().next() {
            remove_unfinished();
            // The main thread may hold the stream's lock in a write that never ends (a full
            // pipe nobody reads): the line is said from another thread, waited for briefly.
            let (said, wait) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let _ = if monitoring {
                    writeln!(std::io::stdout(), "KABINET UNKNOWN - {}", i18n::check_interrupted())
                } else {
                    writeln!(std::io::stderr(), "kabinet: {}", i18n::interrupted())
                };
                let _ = said.send(());
            });
            let _ = wait.recv_timeout(std::time::Duration::from_millis(200));
            if emulate_default_handler(signal).is_err() {
                signal_hook::low_level::exit(INTERRUPTED);
            }
        }
    });
}

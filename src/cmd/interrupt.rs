//! Ctrl-C, SIGTERM and SIGHUP: files still being written under a temporary name are removed
//! before the process ends, so an interrupted export leaves no partial copy of personal data.
//!
//! The store needs nothing here: an interrupted write leaves SQLite's journal, which the next
//! open rolls back, exactly as after a crash.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
use signal_hook::iterator::Signals;
use signal_hook::low_level::emulate_default_handler;
use tempfile::NamedTempFile;

use crate::error::{Error, Result};
use crate::i18n;

/// The exit code should the signal not be re-raised: 128 + SIGINT, as shells report one.
pub const INTERRUPTED: i32 = 130;

/// Temporary files made by [`temp_beside`] and directories made by [`temp_dir`] in this
/// process. A file that has since been renamed into place is no longer at its path, and
/// removing it is a no-op.
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

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

/// The list, locked. A panic elsewhere while holding the lock leaves it as it was: still right.
fn unfinished() -> MutexGuard<'static, Vec<PathBuf>> {
    UNFINISHED.lock().unwrap_or_else(PoisonError::into_inner)
}

fn remove_unfinished() {
    for path in unfinished().iter() {
        if path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A new private directory in the system's temporary directory, named `prefix` + random;
/// removed with what it holds if the process is interrupted, and on drop.
pub fn temp_dir(prefix: &str) -> Result<tempfile::TempDir> {
    let mut list = unfinished();
    let dir = tempfile::Builder::new().prefix(prefix).tempdir().map_err(|e| {
        // Said of the temporary directory itself (TMPDIR), not of a made-up name in it.
        let tmp = std::env::temp_dir();
        match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(i18n::no_such_dir(&tmp, &tmp)),
            kind => Error::Io(i18n::cannot_write(&tmp, &std::io::Error::from(kind))),
        }
    })?;
    list.push(dir.path().to_path_buf());
    Ok(dir)
}

/// A new empty file, owner-only, beside `path` (in its directory, so that renaming it into
/// place is atomic), named `prefix` + random; removed if the process is interrupted before it
/// is renamed, and on drop as any [`NamedTempFile`].
pub fn temp_beside(path: &Path, prefix: &str) -> Result<NamedTempFile> {
    let dir = super::dir_of(path);
    // The lock is held while the file is made: the handler cannot run between its making and
    // its registration.
    let mut list = unfinished();
    let tmp = tempfile::Builder::new().prefix(prefix).tempfile_in(dir).map_err(|e| {
        // Said of the directory the user named, not of the temporary file's made-up name.
        if !dir.is_dir() {
            return Error::NotFound(i18n::no_such_dir(path, dir));
        }
        // tempfile's message names the temporary file; its kind is what matters here.
        Error::Io(i18n::cannot_write(path, &std::io::Error::from(e.kind())))
    })?;
    list.push(tmp.path().to_path_buf());
    Ok(tmp)
}

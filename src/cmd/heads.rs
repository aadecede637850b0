//! The heads this machine remembers: after every command, where each store's audit trail
//! stood (`SEQ:HASH`, one small file per store under `$XDG_STATE_HOME/kabinet/heads/`, named
//! by the store's signing key ID; no personal data), and the warning when a store opened is
//! behind that head or has diverged from it — an older copy put in its place.

use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::PathBuf;

use super::failure::Result;
use super::output::to_stderr;
use crate::app::heads::{self, Standing};
use crate::i18n;
use crate::store::Store;
use crate::store::audit::Head;

/// `$XDG_STATE_HOME/kabinet/heads`, else `~/.local/state/kabinet/heads`.
fn dir() -> Option<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = non_empty("XDG_STATE_HOME")
        .or_else(|| non_empty("HOME").map(|h| h.join(".local/state")))?;
    Some(base.join("kabinet").join("heads"))
}

/// The head remembered for the store `id`, if any.
pub fn remembered(id: &str) -> Option<Head> {
    let text = std::fs::read_to_string(dir()?.join(id)).ok()?;
    Head::parse(text.lines().next()?)
}

/// Remembers `head` for the store `id` (a new file renamed into place). A failure is said and
/// does not fail the command: the check is a safeguard, not the record. Not synced to the disk
/// (a sync is a millisecond of every write command): after a crash the file may hold the head
/// before, which the store has gone on from, or nothing, read as nothing remembered — never a
/// head the store has not reached, since the store's own commit was synced first.
pub fn remember(id: &str, head: &Head) {
    let written = (|| -> std::io::Result<()> {
        let dir = dir().ok_or_else(|| std::io::Error::other("no home directory"))?;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&dir)?;
        let tmp = dir.join(format!(".{id}.tmp-{}", std::process::id()));
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(0o600)
            .open(&tmp)?;
        writeln!(f, "{head}")?;
        std::fs::rename(&tmp, dir.join(id))
    })();
    if let Err(e) = written {
        to_stderr(&i18n::warning(&i18n::head_not_remembered(&i18n::io_cause(&e))));
    }
}

/// Where the store stands against the head remembered for it: its ID, and the standing
/// (`None` when nothing is remembered yet).
pub fn standing(store: &Store) -> Result<(String, Option<(Head, Standing)>)> {
    let r = store.read();
    let id = heads::store_id(r)?;
    let Some(seen) = remembered(&id) else { return Ok((id, None)) };
    let standing = heads::compare(r, &seen)?;
    Ok((id, Some((seen, standing))))
}

/// Said on stderr when a store is opened behind or apart from what this machine saw —
/// whatever `--quiet` says: entries may be missing.
pub fn warn_on_open(store: &Store) -> Result<()> {
    if let (_, Some((seen, standing))) = standing(store)? {
        match standing {
            Standing::Holds => {}
            other => to_stderr(&i18n::warning(&i18n::rolled_back(&other, &seen, true))),
        }
    }
    Ok(())
}

/// After a command: the head of the store it had open is remembered, if the store holds the
/// head remembered before (it went on from it). One behind or apart keeps the old head, and is
/// warned of every time, until `restore` deliberately moves it.
pub fn settle(store: &Store) {
    let Ok((id, before)) = standing(store) else { return };
    if matches!(before, Some((_, Standing::Behind { .. } | Standing::Diverged { .. }))) {
        return;
    }
    let Ok(Some(head)) = store.read().head() else { return };
    // A command that changed nothing (a check every few minutes) writes nothing either.
    if before.is_none_or(|(seen, _)| seen != head) {
        remember(&id, &head);
    }
}

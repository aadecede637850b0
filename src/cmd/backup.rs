//! `kabinet backup FILE` and `kabinet restore FILE`: consistent encrypted copies through SQLite's
//! online backup API (never a file copy of a live store), and a restore that verifies the copy
//! first, keeps the current store as a `.bak`, and only then puts the copy in its place.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use super::{Session, passphrase, say, verify};
use crate::cli::{BackupArgs, RestoreArgs};
use crate::error::{Error, Result};
use crate::i18n;
use crate::store::{Store, audit};

pub fn backup(s: &mut Session, a: &BackupArgs, out: &mut dyn Write) -> Result<()> {
    let (ctx, store) = s.parts()?;
    let file = target(&ctx.store_path, &a.file, ctx.now)?;
    if file.exists() {
        return Err(Error::Conflict(i18n::backup_exists(&file)));
    }
    // Written under a temporary name beside the target, renamed into place when complete.
    let tmp = super::interrupt::temp_beside(&file, ".kabinet-backup-")?;
    let pages = store.backup_to(tmp.path()).map_err(|e| match e {
        Error::Io(m) => Error::Io(format!("{}: {m}", file.display())),
        other => other,
    })?;
    tmp.persist_noclobber(&file).map_err(|e| match e.error.kind() {
        std::io::ErrorKind::AlreadyExists => Error::Conflict(i18n::backup_exists(&file)),
        _ => Error::Io(i18n::cannot_write(&file, &e.error)),
    })?;
    if let Some(d) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(d)?.sync_all()?;
    }
    say(ctx, out, &i18n::backup_written(&file, pages))
}

/// Where a backup goes: the path given, or, when that is a directory (or ends with `/`), a file
/// in it named after the store and the time, `kabinet-2026-11-22-143000.db`, so that a daily
/// `kabinet backup /var/backups/kabinet/` in cron keeps one copy per run.
fn target(store: &Path, given: &Path, now: chrono::NaiveDateTime) -> Result<PathBuf> {
    if !given.is_dir() {
        if super::ends_in_slash(given) {
            return Err(Error::NotFound(i18n::no_such_dir(given, given)));
        }
        return Ok(given.to_path_buf());
    }
    let stem = store.file_stem().map(|s| s.to_string_lossy()).unwrap_or("kabinet".into());
    Ok(given.join(format!("{stem}-{}.db", now.format("%Y-%m-%d-%H%M%S"))))
}

pub fn restore(s: &mut Session, a: &RestoreArgs, out: &mut dyn Write) -> Result<()> {
    if !a.file.exists() {
        return Err(Error::NotFound(i18n::no_such_file(&a.file)));
    }
    if a.file.is_dir() {
        // As `backup DIR` writes them: say which copy in it is the latest.
        let latest = fs::read_dir(&a.file)?
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "db"))
            .max_by_key(|p| (fs::metadata(p).and_then(|m| m.modified()).ok(), p.clone()));
        return Err(Error::Usage(i18n::restore_from_dir(&a.file, latest.as_deref())));
    }
    let target = s.ctx.store_path.clone();
    let dir = super::dir_of(&target).to_path_buf();
    fs::create_dir_all(&dir)?;
    // Work on a copy of the backup (not live: a file copy is right here), so opening it —
    // which may bring an older format up to date — never changes the user's backup.
    let work = super::interrupt::temp_beside(&target, ".kabinet-restore-")?;
    fs::copy(&a.file, work.path()).map_err(|e| Error::Io(i18n::cannot_read(&a.file, &e)))?;
    let pass = passphrase(&s.ctx, false)?;
    let mut copy = Store::open(work.path(), &pass).map_err(|e| match e {
        Error::Unlock(_) => Error::Unlock(i18n::backup_wrong_passphrase(&a.file)),
        Error::Damaged(m) => Error::Damaged(format!("{}: {m}", a.file.display())),
        other => other,
    })?;
    let report = verify::check(copy.conn())?;
    if !report.problems.is_empty() {
        return Err(Error::Damaged(format!(
            "{}: {}",
            a.file.display(),
            i18n::verify_failed(&report.problems)
        )));
    }
    // The current store, if it opens, is locked so that nobody commits into the file being
    // replaced; a damaged one is kept as it is.
    let now = s.ctx.now;
    let current = if target.exists() {
        match s.store() {
            Ok(_) => true,
            Err(Error::Damaged(_)) => false,
            Err(e) => return Err(e),
        }
    } else {
        false
    };
    let actor = s.actor();
    let name = a.file.display().to_string();
    copy.write(|tx| {
        let after = serde_json::json!({ "from": name }).to_string();
        audit::append(tx, &actor, "restore", None, None, Some(&after)).map(|_| ())
    })?;
    drop(copy);
    fs::File::open(work.path())?.sync_all()?;
    let kept = if target.exists() {
        let bak = bak_path(&target, now);
        // A hard link keeps the current file as it is without a moment with no store.
        fs::hard_link(&target, &bak)
            .or_else(|_| fs::copy(&target, &bak).map(|_| ()))
            .map_err(|e| Error::Io(i18n::cannot_write(&bak, &e)))?;
        Some(bak)
    } else {
        None
    };
    let guard = match (current, s.store_mut()) {
        (true, Some(store)) => Some(store.lock()?),
        _ => None,
    };
    work.persist(&target).map_err(|e| Error::Io(i18n::cannot_write(&target, &e.error)))?;
    fs::File::open(&dir)?.sync_all()?;
    drop(guard);
    s.forget_store();
    say(&s.ctx, out, &i18n::restored(&a.file, kept.as_deref()))
}

/// `kabinet.db.20261122T120000.bak` beside the store.
fn bak_path(store: &Path, now: chrono::NaiveDateTime) -> PathBuf {
    let mut name = store.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(format!(".{}.bak", now.format("%Y%m%dT%H%M%S")));
    let mut p = store.with_file_name(name);
    let mut n = 1;
    while p.exists() {
        let mut name = store.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(format!(".{}-{n}.bak", now.format("%Y%m%dT%H%M%S")));
        p = store.with_file_name(name);
        n += 1;
    }
    p
}

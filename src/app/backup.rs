//! Consistent encrypted copies through the store's online backup (never a file copy of a live
//! store), and a restore that verifies the copy first, keeps the current store as a `.bak`,
//! and only then puts the copy in its place.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use tempfile::NamedTempFile;

use super::{Actor, Error, Result};
use crate::crypto::Passphrase;
use crate::io::files::{dir_of, ends_in_slash, temp_beside};
use crate::store::audit::Head;
use crate::store::{self, Store, Who};

/// Where a backup goes: the path given, or, when that is a directory (or ends with `/`), a file
/// in it named after the store and the time, `kabinet-2026-11-22-143000.db`, so that a daily
/// `kabinet backup /var/backups/kabinet/` in cron keeps one copy per run.
fn target(store: &Path, given: &Path, now: NaiveDateTime) -> Result<PathBuf> {
    if !given.is_dir() {
        if ends_in_slash(given) {
            let missing = crate::io::Error::NoSuchDir { path: given.into(), dir: given.into() };
            return Err(missing.into());
        }
        return Ok(given.to_path_buf());
    }
    let stem = store.file_stem().map(|s| s.to_string_lossy()).unwrap_or("kabinet".into());
    Ok(given.join(format!("{stem}-{}.db", now.format("%Y-%m-%d-%H%M%S"))))
}

/// Copies the store to `given` (a file that must not exist, or a directory); returns where the
/// copy went and how many pages it holds. Written under a temporary name beside the target and
/// renamed into place when complete.
pub fn backup(store: &Store, given: &Path, now: NaiveDateTime) -> Result<(PathBuf, u64)> {
    let file = target(store.path(), given, now)?;
    let keys = Store::key_file(&file);
    if file.exists() {
        return Err(Error::BackupExists(file));
    }
    if keys.exists() {
        return Err(Error::BackupExists(keys));
    }
    let tmp = temp_beside(&file, ".kabinet-backup-")?;
    // A failure is said of the file the user named, not of the temporary one.
    let pages = store.backup_to(tmp.path()).map_err(|e| match e {
        store::Error::Disk(detail) => store::Error::DiskAt { path: file.clone(), detail },
        store::Error::Io(source) => store::Error::File { path: file.clone(), source },
        other => other,
    })?;
    // The copy's key file first: a copy without one could not be opened.
    store.copy_key_file(&file)?;
    tmp.persist_noclobber(&file).map_err(|e| {
        let _ = fs::remove_file(&keys);
        match e.error.kind() {
            std::io::ErrorKind::AlreadyExists => Error::BackupExists(file.clone()),
            _ => crate::io::Error::CannotWrite { path: file.clone(), source: e.error }.into(),
        }
    })?;
    if let Some(d) = file.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(d)?.sync_all()?;
    }
    Ok((file, pages))
}

/// What a backup of an office wrote.
#[derive(Debug)]
pub struct OfficeCopy {
    pub file: PathBuf,
    pub carried: super::push::Pushed,
}

/// Copies the office `office` into a new local store at `given` (a file that must not exist,
/// or a directory: `kabinet-YYYY-MM-DD-HHMMSS.db` in it): the office's data key and its users'
/// key slots (so it opens for each of them with their own passphrase), every item whole under
/// its number, and the office's log carried entry by entry, signed by `actor` (an admin), each
/// original kept — an ordinary store an inspector can `verify`. The office is verified first:
/// a log or a row that does not check is exit 4, nothing written (a copy would chain it anew
/// and hide it). Written under a temporary name beside the target and renamed into place when
/// complete; a failure leaves nothing.
pub fn backup_office(
    office: &Store,
    given: &Path,
    now: NaiveDateTime,
    actor: &Actor,
) -> Result<OfficeCopy> {
    let file = target(Path::new("kabinet"), given, now)?;
    let keys = Store::key_file(&file);
    for f in [&file, &keys] {
        if f.exists() {
            return Err(Error::BackupExists(f.clone()));
        }
    }
    let report = super::verify::check(office.read())?;
    if !report.findings.is_empty() {
        return Err(Error::Damaged(report.findings));
    }
    fs::create_dir_all(dir_of(&file))?;
    let tag = hex::encode(crate::crypto::random_bytes::<6>()?);
    let work = Leftover(dir_of(&file).join(format!(".kabinet-backup-{tag}.db")));
    let mut copy = office.create_local_copy(&work.0)?;
    let carried = super::push::carry(office, &mut copy, actor, "backup")?;
    copy.single_file()?;
    drop(copy);
    fs::File::open(&work.0)?.sync_all()?;
    // The key file, then the store, each linked in (refused if something is there now).
    let cannot_write =
        |path: &Path, e| crate::io::Error::CannotWrite { path: path.into(), source: e };
    let placed = |from: &Path, to: &Path| match fs::hard_link(from, to) {
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(Error::BackupExists(to.to_owned()))
        }
        other => other.map_err(|e| cannot_write(to, e).into()),
    };
    placed(&Store::key_file(&work.0), &keys)?;
    if let Err(e) = placed(&work.0, &file) {
        let _ = fs::remove_file(&keys);
        return Err(e);
    }
    drop(work);
    fs::File::open(dir_of(&file))?.sync_all()?;
    Ok(OfficeCopy { file, carried })
}

/// A store file being written under a temporary name: removed, with its key file and any log
/// beside it, when dropped (once linked into place, the names stay).
struct Leftover(PathBuf);

impl Drop for Leftover {
    fn drop(&mut self) {
        for side in [
            self.0.clone(),
            Store::key_file(&self.0),
            with_suffix(&self.0, "-wal"),
            with_suffix(&self.0, "-shm"),
        ] {
            let _ = fs::remove_file(side);
        }
    }
}

/// A restore under way: the backup copied beside the store, to be opened and checked before
/// anything else is touched.
pub struct Restore {
    from: PathBuf,
    target: PathBuf,
    work: NamedTempFile,
    /// The copy's key file beside it, removed unless put in place.
    _keys: KeysGuard,
}

/// Removes a working copy's key file when the restore ends without putting it in place (once
/// renamed into place, there is nothing left to remove).
struct KeysGuard(PathBuf);

impl Drop for KeysGuard {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.0);
    }
}

/// Starts restoring `from` over the store at `target`: the backup must be a file (for a
/// directory of backups, which one is the latest is named). The copy is worked on, so opening
/// it — which may bring an older format up to date — never changes the user's backup.
pub fn start_restore(from: &Path, target: &Path) -> Result<Restore> {
    if !from.exists() {
        return Err(Error::NoSuchFile(from.to_owned()));
    }
    if from.is_dir() {
        // As `backup DIR` writes them: say which copy in it is the latest.
        let latest = fs::read_dir(from)?
            .flatten()
            .map(|f| f.path())
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "db"))
            .max_by_key(|p| (fs::metadata(p).and_then(|m| m.modified()).ok(), p.clone()));
        return Err(Error::RestoreFromDir { dir: from.to_owned(), latest });
    }
    fs::create_dir_all(dir_of(target))?;
    let work = temp_beside(target, ".kabinet-restore-")?;
    fs::copy(from, work.path())
        .map_err(|e| Error::CannotRead { path: from.to_owned(), source: e })?;
    // Its key file with it, when it has one (a backup of before users has none).
    let keys = Store::key_file(from);
    let guard = KeysGuard(Store::key_file(work.path()));
    if keys.exists() {
        fs::copy(&keys, &guard.0)
            .map_err(|e| Error::CannotRead { path: keys.clone(), source: e })?;
    }
    Ok(Restore { from: from.to_owned(), target: target.to_owned(), work, _keys: guard })
}

/// A verified backup, ready to be put in place.
pub struct Verified {
    restore: Restore,
    copy: Store,
}

impl Restore {
    fn damaged(&self, source: Error) -> Error {
        Error::Backup { path: self.from.clone(), source: source.into() }
    }

    /// Opens the copy as `who` with the passphrase (which may be asked for again when wrong).
    pub fn unlock(&self, who: &Who, pass: &Passphrase) -> Result<Store> {
        Store::open_as(self.work.path(), who, pass, &|_, _| {}).map_err(|e| match e {
            store::Error::WrongPassphrase(_) => Error::BackupPassphrase(self.from.clone()),
            e if super::store_class(&e) == super::Class::Damaged => self.damaged(e.into()),
            other => other.into(),
        })
    }

    /// Verifies the copy opened by [`Restore::unlock`]: it must pass every check.
    pub fn verify(self, copy: Store) -> Result<Verified> {
        let backup = |source: Error| self.damaged(source);
        let report = super::verify::check(copy.read())?;
        if !report.findings.is_empty() {
            return Err(backup(Error::Damaged(report.findings)));
        }
        Ok(Verified { restore: self, copy })
    }
}

/// A backup put in place.
#[derive(Debug)]
pub struct Placed {
    /// Where the store it replaced was kept (`STORE.YYYYMMDDTHHMMSS.bak`), if there was one.
    pub kept: Option<PathBuf>,
    /// The restored store's identity and where its audit trail now stands: a restore is a
    /// rollback made on purpose, and this is the head to remember from now on.
    pub store_id: String,
    pub head: Option<Head>,
}

impl Verified {
    /// Puts the copy in place of the store (`current`, if it opens, locked meanwhile so that
    /// nobody commits into the file being replaced); the restore is logged in the copy. The
    /// current store is kept as `STORE.YYYYMMDDTHHMMSS.bak`.
    pub fn put_in_place(
        self,
        current: Option<&mut Store>,
        actor: &Actor,
        now: NaiveDateTime,
    ) -> Result<Placed> {
        let Verified { restore, mut copy } = self;
        let name = restore.from.display().to_string();
        copy.write(|tx| {
            let after = serde_json::json!({ "from": name }).to_string();
            tx.log(actor, "restore", None, None, Some(&after)).map(|_| ())
        })?;
        let (store_id, head) = (super::heads::store_id(copy.read())?, copy.read().head()?);
        // One file, with no log beside it to carry over.
        copy.single_file()?;
        drop(copy);
        fs::File::open(restore.work.path())?.sync_all()?;
        let target = &restore.target;
        let cannot_write =
            |path: &Path, e| crate::io::Error::CannotWrite { path: path.into(), source: e };
        let kept = if target.exists() {
            let bak = bak_path(target, now);
            // A hard link keeps the current file as it is without a moment with no store.
            fs::hard_link(target, &bak)
                .or_else(|_| fs::copy(target, &bak).map(|_| ()))
                .map_err(|e| cannot_write(&bak, e))?;
            let keys = Store::key_file(target);
            if keys.exists() {
                let bak_keys = Store::key_file(&bak);
                fs::copy(&keys, &bak_keys).map_err(|e| cannot_write(&bak_keys, e))?;
            }
            Some(bak)
        } else {
            None
        };
        let guard = match current {
            Some(store) => Some(store.lock()?),
            None => None,
        };
        // A store that did not open (damaged) may have left a write-ahead log beside it: it
        // goes with the kept copy (which then opens as it was), never onto the restored file.
        for suffix in ["-wal", "-shm"] {
            let side = with_suffix(target, suffix);
            if !side.exists() {
                continue;
            }
            match (&kept, suffix) {
                (Some(bak), "-wal") => fs::rename(&side, with_suffix(bak, suffix))
                    .map_err(|e| cannot_write(&side, e))?,
                _ => fs::remove_file(&side).map_err(|e| cannot_write(&side, e))?,
            }
        }
        // The key file, then the store: between the two the kept copy (and its key file) is
        // what to go back to.
        let work_keys = Store::key_file(restore.work.path());
        if work_keys.exists() {
            let keys = Store::key_file(target);
            fs::rename(&work_keys, &keys).map_err(|e| cannot_write(&keys, e))?;
        }
        restore.work.persist(target).map_err(|e| cannot_write(target, e.error))?;
        fs::File::open(dir_of(target))?.sync_all()?;
        drop(guard);
        Ok(Placed { kept, store_id, head })
    }
}

/// `path` with `suffix` added to its name (`kabinet.db` → `kabinet.db-wal`).
fn with_suffix(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(suffix);
    PathBuf::from(name)
}

/// `kabinet.db.20261122T120000.bak` beside the store.
fn bak_path(store: &Path, now: NaiveDateTime) -> PathBuf {
    let name = |suffix: String| {
        let mut name = store.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(suffix);
        store.with_file_name(name)
    };
    let stamp = now.format("%Y%m%dT%H%M%S");
    let mut p = name(format!(".{stamp}.bak"));
    let mut n = 1;
    while p.exists() {
        p = name(format!(".{stamp}-{n}.bak"));
        n += 1;
    }
    p
}

//! The SQLCipher backend: one encrypted SQLite file. This module opens, unlocks, creates,
//! re-keys and copies it; its submodules hold the SQL of each table. Nothing outside
//! `store` sees a connection: the store's API ([`super::Reader`], [`super::Tx`]) calls these.

pub(super) mod applications;
pub(super) mod appts;
pub(super) mod attachments;
pub(super) mod audit;
pub(super) mod carry;
pub(super) mod docs;
pub(super) mod import;
pub(super) mod keyfile;
pub(super) mod keys;
pub(super) mod notify;
pub(super) mod obligations;
mod pages;
pub(super) mod raw;
pub(super) mod records;
pub(super) mod schema;
pub(super) mod seal;
mod users;
pub(super) mod verify;

use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};
use zeroize::Zeroizing;

use super::{Error, Result, Skipped, Upgrading};
use crate::crypto::{self, Key, Passphrase, SALT_LEN, Salt};
use crate::domain::{ItemId, ItemKind};

/// The smallest page size a store has; every store is a whole number of such pages.
const PAGE_SIZE: u64 = 4096;

const PLAIN_SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";
/// How long a writer waits for another before giving up with "store busy".
const DEFAULT_BUSY_MS: u64 = 10_000;

/// How a store's pages are sized and authenticated, fixed when the file is made. SQLCipher
/// cannot read it from the file (everything after the salt is encrypted), so opening tries
/// each layout in turn; a wrong one fails on the first page like a wrong key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Layout {
    page_size: u64,
    hmac: &'static str,
}

/// New stores: 16 KiB pages authenticated with HMAC-SHA256. Against SQLCipher 4's defaults
/// (4 KiB, HMAC-SHA512) a large import runs about a quarter faster: a quarter of the pages to
/// seal, index pages that split a quarter as often, and SHA-256 in hardware (SHA-NI) where
/// SHA-512 is not.
const CURRENT: Layout = Layout { page_size: 16384, hmac: "HMAC_SHA256" };
/// Stores made before: SQLCipher 4's defaults. They keep working; `passwd` rewrites one in
/// the current layout.
const LEGACY: Layout = Layout { page_size: 4096, hmac: "HMAC_SHA512" };
/// In the order opening tries them.
const LAYOUTS: [Layout; 2] = [CURRENT, LEGACY];

impl Layout {
    /// The pragmas that select this layout, after the key and before the first read.
    fn pragmas(self, schema: &str) -> String {
        format!(
            "PRAGMA {schema}cipher_page_size = {}; PRAGMA {schema}cipher_hmac_algorithm = {};",
            self.page_size, self.hmac
        )
    }
}

/// Who signs the log entries a migration makes while a store is opened: the user who unlocked
/// it (none for the recovery key) and their signing key.
#[derive(Clone, Copy)]
pub(super) struct Signing<'a> {
    pub user: Option<&'a str>,
    pub key: &'a crate::slots::SigningKey,
}

/// What opening a store tells its migrations: whom to warn before a long upgrade, and who
/// signs what they log.
#[derive(Clone, Copy)]
pub(super) struct Migrating<'a> {
    pub upgrading: Upgrading<'a>,
    pub signing: Option<Signing<'a>>,
}

impl<'a> Migrating<'a> {
    pub fn new(upgrading: Upgrading<'a>, signing: Option<Signing<'a>>) -> Migrating<'a> {
        Migrating { upgrading, signing }
    }
}

/// Upgrades without telling anyone: a new store, a rekeyed one, tools.
const SILENTLY: Upgrading<'static> = &|_, _| {};

/// What the table modules work with: a connection (in a transaction when writing) and the key
/// rows are sealed with.
#[derive(Clone, Copy)]
pub(super) struct Handle<'a> {
    pub conn: &'a Connection,
    pub seal: &'a seal::SealKey,
    pub skips: &'a std::sync::Arc<Skips>,
    /// The user who unlocked the store, whom the log names beside the OS user.
    pub user: Option<&'a str>,
    /// Their signing key, which signs each entry of the log they add.
    pub signer: Option<&'a crate::slots::SigningKey>,
    /// The users' key slots, which `verify` compares with the users the signed log names.
    pub table: Option<&'a crate::slots::Table>,
}

/// An open, unlocked store file.
pub(super) struct Db {
    conn: Connection,
    path: PathBuf,
    file_id: (u64, u64),
    /// The store file held shared (an advisory lock) while this is open: a passphrase change
    /// or a restore, which replace the file, wait until no other kabinet has it open.
    hold: File,
    key: Key,
    salt: Salt,
    layout: Layout,
    seal_key: seal::SealKey,
    /// Whether this connection has its sealing triggers: made before its first write, as a
    /// command that only reads (most of them) never needs them, and parsing them is most of
    /// the cost of opening a store that an unlocked session has left.
    sealing: bool,
    skips: std::sync::Arc<Skips>,
    /// The users' key slots (none for a store under a key of its own: scratch, the fuzzer's).
    table: Option<crate::slots::Table>,
    /// Who unlocked it.
    user: Option<String>,
    /// Their signing key (the recovery key's, when that opened the store).
    signer: Option<crate::slots::SigningKey>,
    /// This opening gave a store of before users its key file.
    upgraded_to_users: bool,
}

impl std::fmt::Debug for Db {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Db").field("path", &self.path).finish_non_exhaustive()
    }
}

fn busy_timeout() -> Duration {
    let ms = std::env::var("KABINET_BUSY_TIMEOUT_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(DEFAULT_BUSY_MS);
    Duration::from_millis(ms)
}

fn file_id(path: &Path) -> Result<(u64, u64)> {
    let m = fs::metadata(path)?;
    Ok((m.dev(), m.ino()))
}

/// Holds the file at `path` shared (an advisory lock every kabinet takes on the store it
/// opens), waiting out a replacement under way (up to the busy timeout). The file held is the
/// one at the path once held: a replacement cannot happen while it is.
fn hold_shared(path: &Path) -> Result<File> {
    let give_up = std::time::Instant::now() + busy_timeout();
    loop {
        let file = File::open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NoStore(path.to_owned()),
            _ => Error::File { path: path.to_owned(), source: e },
        })?;
        match file.try_lock_shared() {
            Ok(()) => {
                let held = file.metadata()?;
                if file_id(path).ok() == Some((held.dev(), held.ino())) {
                    return Ok(file);
                }
                // Replaced while waiting: hold the new one.
            }
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Busy),
            Err(std::fs::TryLockError::Error(e)) => {
                return Err(Error::File { path: path.to_owned(), source: e });
            }
        }
    }
}

/// Turns a shared hold into the only one, waiting (up to the busy timeout) for every other
/// kabinet to close the store: before the file is replaced.
fn hold_alone(file: &File) -> Result<()> {
    let give_up = std::time::Instant::now() + busy_timeout();
    loop {
        match file.try_lock() {
            Ok(()) => return Ok(()),
            Err(std::fs::TryLockError::WouldBlock) if std::time::Instant::now() < give_up => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Err(std::fs::TryLockError::WouldBlock) => return Err(Error::Busy),
            Err(std::fs::TryLockError::Error(e)) => return Err(e.into()),
        }
    }
}

/// `PRAGMA key = "x'…'";` for a store's key and salt.
fn key_pragma(key: &Key, salt: &Salt) -> Zeroizing<String> {
    let mut sql = Zeroizing::new(String::from("PRAGMA key = \""));
    sql.push_str(&key.sqlcipher_literal(salt));
    sql.push_str("\";");
    sql
}

/// Opens a connection and keys it for `layout`; nothing is read yet.
fn connect(path: &Path, key: &Key, salt: &Salt, layout: Layout) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    conn.busy_timeout(busy_timeout())?;
    conn.execute_batch(&key_pragma(key, salt))?;
    // SQLCipher turns on its own logging to stderr when keying activates it; kabinet speaks
    // for itself, so silence it after that point.
    let _ = conn.query_row("PRAGMA cipher_log_level = NONE", [], |_| Ok(()));
    let _ = conn.query_row("PRAGMA cipher_log = off", [], |_| Ok(()));
    conn.execute_batch("PRAGMA cipher_compatibility = 4;")?;
    conn.execute_batch(&layout.pragmas(""))?;
    Ok(conn)
}

/// The first read of a connection: what tells a wrong key from a right one.
fn first_read(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))
}

/// Whether a first read failed for want of room for the shared index beside the store.
fn no_room_for_index(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::SystemIoFailure | rusqlite::ErrorCode::DiskFull)
    )
}

/// The write-ahead log is cut back to this after a checkpoint (a large import grows it to the
/// size of what it changed).
const WAL_KEEP_BYTES: i64 = 64 << 20;

/// Settings every connection gets once unlocked: the write-ahead log (its pages encrypted
/// like the file's), so that readers go on reading the last commit while a writer works —
/// a monitoring check during a long import does not wait for it; durable commits; temporary
/// tables in memory; deleted content overwritten.
fn configure(conn: &Connection) -> Result<()> {
    let mode = match conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0)) {
        Ok(mode) => mode,
        // No room to start the log (a full disk): this command goes on as the store was.
        Err(e) if no_room_for_index(&e) => return configure_rest(conn),
        Err(e) => return Err(e.into()),
    };
    if !mode.eq_ignore_ascii_case("wal") {
        // A file system without shared memory (some network mounts) keeps the rollback
        // journal: still correct, readers then wait for a long write.
        conn.query_row("PRAGMA journal_mode = DELETE", [], |_| Ok(()))?;
    }
    configure_rest(conn)
}

/// The settings of [`configure`] other than the journal.
fn configure_rest(conn: &Connection) -> Result<()> {
    conn.execute_batch(&format!(
        "PRAGMA synchronous = FULL; PRAGMA temp_store = MEMORY; PRAGMA secure_delete = ON; \
         PRAGMA journal_size_limit = {WAL_KEEP_BYTES};"
    ))?;
    Ok(())
}

/// Leaves the write-ahead log for the rollback journal, which needs every other connection to
/// the file closed (they are waited for, up to the busy timeout): its content is then all in
/// the file and the `-wal` file is gone. Done before the file is replaced (a passphrase change,
/// a restore), so that no log of the old file can be applied to the new one, and no process
/// still reading the old one shares the new one's log.
fn leave_wal(conn: &Connection) -> Result<()> {
    let give_up = std::time::Instant::now() + busy_timeout();
    loop {
        match conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get::<_, String>(0)) {
            Ok(mode) if mode.eq_ignore_ascii_case("delete") => return Ok(()),
            // Not changed: another connection is still open.
            Ok(_) if std::time::Instant::now() < give_up => {
                std::thread::sleep(Duration::from_millis(20));
            }
            Ok(_) => return Err(Error::Busy),
            Err(e) => match Error::from(e) {
                Error::Busy if std::time::Instant::now() < give_up => {
                    std::thread::sleep(Duration::from_millis(20));
                }
                e => return Err(e),
            },
        }
    }
}

fn sync_dir(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent() {
        let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
        File::open(dir)?.sync_all()?;
    }
    Ok(())
}

/// Reads the salt of the store file held (`hold`), after the cheap checks that tell a damaged
/// or foreign file from a store. Through the descriptor already open: opening and closing
/// another would drop the locks SQLite holds on the file in this process.
fn read_salt_held(path: &Path, hold: &File) -> Result<Salt> {
    use std::os::unix::fs::FileExt;
    let meta = hold.metadata().map_err(|e| Error::File { path: path.to_owned(), source: e })?;
    if !meta.is_file() {
        return Err(Error::NotAStore(path.to_owned()));
    }
    let len = meta.len();
    if len == 0 {
        return Err(Error::Empty(path.to_owned()));
    }
    let mut head = [0u8; SALT_LEN];
    hold.read_exact_at(&mut head, 0).map_err(|_| Error::Truncated(path.to_owned()))?;
    if &head == PLAIN_SQLITE_MAGIC {
        return Err(Error::PlainSqlite(path.to_owned()));
    }
    if len < PAGE_SIZE || len % PAGE_SIZE != 0 {
        return Err(Error::Truncated(path.to_owned()));
    }
    Ok(head)
}

/// Reads the file's salt after the cheap checks that tell a damaged or foreign file from a
/// store: existence, size, the plain-SQLite magic. Opens the file: only before this process has
/// a connection to it (see [`read_salt_held`]).
fn read_salt(path: &Path) -> Result<Salt> {
    // The kind of file first: opening a pipe would wait for a writer.
    match fs::metadata(path) {
        Ok(m) if !m.is_file() => return Err(Error::NotAStore(path.to_owned())),
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::NoStore(path.to_owned()));
        }
        Err(e) => return Err(Error::File { path: path.to_owned(), source: e }),
    }
    let file = File::open(path).map_err(|e| Error::File { path: path.to_owned(), source: e })?;
    read_salt_held(path, &file)
}

/// After a failed first read: pages whose HMAC fails. All of them means the key is wrong;
/// some of them means the key is right and the file is damaged.
fn failing_pages(conn: &Connection) -> Result<Vec<String>> {
    let mut st = conn.prepare("PRAGMA cipher_integrity_check")?;
    let rows = st.query_map([], |r| r.get::<_, String>(0))?;
    Ok(rows.filter_map(|r| r.ok()).collect())
}

impl Db {
    /// Creates a store at a path that does not exist yet, with a key already derived for
    /// `salt`: for the fuzzer of `fuzz/`, which builds a real store under its one key and then
    /// damages copies of it.
    pub fn create_with_key(path: &Path, key: Key, salt: Salt) -> Result<Db> {
        OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
        let hold = hold_shared(path)?;
        let conn = connect(path, &key, &salt, CURRENT)?;
        conn.execute_batch(&format!("PRAGMA application_id = {};", schema::APP_ID))?;
        Db::finish_open(conn, hold, path, key, salt, CURRENT, Migrating::new(SILENTLY, None))
    }

    /// An empty store in `dir` under a random key that is never kept: somewhere to run a check
    /// that needs a store (a dry-run import) when there is none, with nothing readable on the
    /// disk and no passphrase to ask for. The caller removes `dir`.
    pub fn scratch(dir: &Path) -> Result<Db> {
        let key = Key::from_bytes(crypto::random_bytes()?);
        Db::create_with_key(&dir.join("scratch.db"), key, crypto::random_bytes()?)
    }

    /// Opens a store with a key already derived for its salt: `None` when the key is wrong.
    /// For tools that try many files with one key (the fuzzer of `fuzz/`), which cannot pay a
    /// key derivation per file.
    pub fn open_with_key(path: &Path, key: Key) -> Result<Option<Db>> {
        let held = hold_shared(path)?;
        let salt = read_salt_held(path, &held)?;
        let mut hold = Some(held);
        Db::try_key(path, &mut hold, key, salt, Migrating::new(SILENTLY, None))
    }

    /// Opens the store with `key` in whichever layout reads: `None` when none does and every
    /// page of a sample fails in each (a wrong key); damaged when, in some layout, some page
    /// authenticates but the store cannot be read.
    /// `hold` is the store file held shared; on success it moves into the store (never a
    /// copy of it: closing any descriptor of the file would drop the locks SQLite holds on it
    /// in this process, and another process could then take this one's log away).
    fn try_key(
        path: &Path,
        hold: &mut Option<File>,
        key: Key,
        salt: Salt,
        migrating: Migrating,
    ) -> Result<Option<Db>> {
        let mut unread = Vec::new();
        for layout in LAYOUTS {
            let mut conn = connect(path, &key, &salt, layout)?;
            let mut read = first_read(&conn);
            if read.as_ref().is_err_and(no_room_for_index) {
                // No room beside the store for the write-ahead log's shared index (a full
                // disk): read alone, with the index in memory, rather than not at all.
                conn = connect(path, &key, &salt, layout)?;
                conn.execute_batch("PRAGMA locking_mode = EXCLUSIVE;")?;
                read = first_read(&conn);
            }
            match read {
                Ok(_) => {
                    let hold =
                        hold.take().ok_or_else(|| Error::Internal("the store file held".into()))?;
                    return Db::finish_open(conn, hold, path, key, salt, layout, migrating)
                        .map(Some);
                }
                Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::NotADatabase) => {
                    unread.push((conn, layout));
                }
                Err(e) => return Err(e.into()),
            }
        }
        // Only now, on the way to an error: if some page authenticates under this key in one
        // of the layouts, the key is right and the file damaged, and a full check names the
        // pages; if none of a sample does, the key is wrong (or the next KDF version's). A
        // sample, not every page: a store keyed with an earlier KDF version, or a wrong
        // passphrase, would otherwise cost a read of the whole file per key and layout.
        for (conn, layout) in unread {
            if pages::any_authentic(path, &key, &salt, layout)? {
                let bad = failing_pages(&conn)?;
                return Err(Error::DamagedPages { path: path.to_owned(), pages: bad });
            }
        }
        Ok(None)
    }

    fn finish_open(
        mut conn: Connection,
        hold: File,
        path: &Path,
        key: Key,
        salt: Salt,
        layout: Layout,
        migrating: Migrating,
    ) -> Result<Db> {
        let app: i64 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        if app != schema::APP_ID {
            return Err(Error::NotAStore(path.to_owned()));
        }
        configure(&conn)?;
        schema::migrate(&mut conn, migrating.upgrading, migrating.signing)?;
        let seal_key = seal::function(&conn)?;
        let file_id = file_id(path)?;
        let skips = Default::default();
        Ok(Db {
            conn,
            path: path.to_owned(),
            file_id,
            hold,
            key,
            salt,
            layout,
            seal_key,
            sealing: false,
            skips,
            table: None,
            user: None,
            signer: None,
            upgraded_to_users: false,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The items left out of listings so far because of a value that cannot be read.
    pub fn take_skipped(&self) -> Vec<Skipped> {
        self.skips.lock().map(|mut all| std::mem::take(&mut *all)).unwrap_or_default()
    }

    /// The connection and the seal key, for reads.
    pub fn handle(&self) -> Handle<'_> {
        Handle {
            conn: &self.conn,
            seal: &self.seal_key,
            skips: &self.skips,
            user: self.user.as_deref(),
            signer: self.signer.as_ref(),
            table: self.table.as_ref(),
        }
    }

    /// Runs `f` in one write transaction; `f` decides whether to commit: `(value, false)` rolls
    /// everything back (a dry run, or an import with bad rows), and the value is still returned.
    /// Waits for another writer up to the busy timeout, then fails with [`Error::Busy`].
    /// Refuses to write into a file that was replaced at the path while waiting (a passphrase
    /// change or a restore), so nothing is written where nobody will read it.
    pub fn write_if<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(Handle<'_>) -> Result<(T, bool), E>,
    ) -> Result<T, E> {
        self.seal_writes()?;
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(Error::from)?;
        if file_id(&self.path).ok() != Some(self.file_id) {
            return Err(Error::Replaced(self.path.clone()).into());
        }
        let handle = Handle {
            conn: &tx,
            seal: &self.seal_key,
            skips: &self.skips,
            user: self.user.as_deref(),
            signer: self.signer.as_ref(),
            table: self.table.as_ref(),
        };
        let (value, commit) = f(handle)?;
        if commit {
            tx.commit().map_err(Error::from)?;
        } else {
            tx.rollback().map_err(Error::from)?;
        }
        Ok(value)
    }

    /// Makes the sealing triggers of this connection, once, before its first write. Outside
    /// any transaction: made inside one that rolls back, they would go with it.
    fn seal_writes(&mut self) -> Result<()> {
        if !self.sealing {
            seal::triggers(&self.conn)?;
            self.sealing = true;
        }
        Ok(())
    }

    /// Sets the page cache for a long batch (an import), in KiB. The default suits single
    /// edits; a batch that touches many index pages would otherwise spill and re-read them.
    pub fn set_cache_kib(&self, kib: u32) -> Result<()> {
        self.conn.execute_batch(&format!("PRAGMA cache_size = -{kib}"))?;
        Ok(())
    }

    /// Copies the store into `dest` (a new, empty file) with SQLite's online backup API, keyed
    /// as this store is: the copy opens with the same passphrase. The copy is taken in one
    /// step under a read lock, so it is one consistent state even while others write (a
    /// writer waits for it, within the busy timeout). Returns the pages copied.
    pub fn backup_to(&self, dest: &Path) -> Result<u64> {
        let mut copy = connect(dest, &self.key, &self.salt, self.layout)?;
        {
            use rusqlite::backup::StepResult;
            let b = rusqlite::backup::Backup::new(&self.conn, &mut copy)?;
            let give_up = std::time::Instant::now() + busy_timeout();
            // -1: every page in one step, so the copy is one state of the source.
            loop {
                match b.step(-1)? {
                    StepResult::Done => break,
                    StepResult::More => {}
                    StepResult::Busy | StepResult::Locked
                        if std::time::Instant::now() < give_up =>
                    {
                        std::thread::sleep(Duration::from_millis(20));
                    }
                    StepResult::Busy | StepResult::Locked => {
                        return Err(Error::Busy);
                    }
                    _ => {}
                }
            }
        }
        let pages: u64 = copy.query_row("PRAGMA page_count", [], |r| r.get(0))?;
        copy.execute_batch("PRAGMA journal_mode = DELETE;")?;
        drop(copy);
        File::open(dest)?.sync_all()?;
        Ok(pages)
    }

    /// Waits until no other connection has the file open, then holds the write lock until the
    /// returned transaction is dropped: nobody else commits meanwhile (a restore replaces the
    /// file under it), and nothing of the file is left in a write-ahead log.
    pub fn lock(&mut self) -> Result<Transaction<'_>> {
        hold_alone(&self.hold)?;
        if let Err(e) = leave_wal(&self.conn) {
            let _ = self.hold.try_lock_shared();
            return Err(e);
        }
        Ok(self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Makes the store one file again (its write-ahead log folded in and removed), for a copy
    /// about to be put in place of a store.
    pub fn single_file(&self) -> Result<()> {
        leave_wal(&self.conn)
    }
}

/// Whether the store has a table of that name (an upgrade under way may not yet).
pub(super) fn table_exists(conn: &Connection, name: &str) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1",
        [name],
        |r| r.get(0),
    )?;
    Ok(n > 0)
}

/// A setting kept in the store (`meta` table), e.g. its time zone.
pub(super) fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    Ok(conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?)
}

/// Records a setting inside the caller's transaction.
pub(super) fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2) \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [key, value],
    )?;
    Ok(())
}

/// Removes re-encryption files left by a passphrase change that crashed before its rename.
/// They are encrypted; this only tidies up.
fn sweep_stale_rekeys(dir: &Path, name: &str) {
    let prefix = format!(".{name}.rekey-");
    let dir = if dir.as_os_str().is_empty() { Path::new(".") } else { dir };
    if let Ok(entries) = fs::read_dir(dir) {
        for e in entries.flatten() {
            let f = e.file_name().to_string_lossy().into_owned();
            if f.starts_with(&prefix) && (f.ends_with(".tmp") || f.ends_with(".tmp-journal")) {
                let _ = fs::remove_file(e.path());
            }
        }
    }
}

/// Reads an optional ISO date column.
pub(super) fn opt_date(s: Option<String>) -> Option<chrono::NaiveDate> {
    s.as_deref().and_then(crate::domain::dates::from_iso_date)
}

/// Reads a required ISO date column; a malformed one is a damaged store.
pub(super) fn req_date(s: String) -> rusqlite::Result<chrono::NaiveDate> {
    req_date_str(&s)
}

/// Runs `sql` and calls `f` with each row as `make` reads it, one at a time: memory stays flat
/// however many rows there are.
pub(super) fn each_row<T, E: From<Error>>(
    conn: &Connection,
    sql: &str,
    params: impl rusqlite::Params,
    make: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
    mut f: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let mut st = conn.prepare(sql).map_err(Error::from)?;
    let mut rows = st.query(params).map_err(Error::from)?;
    while let Some(r) = rows.next().map_err(Error::from)? {
        f(make(r).map_err(Error::from)?)?;
    }
    Ok(())
}

/// Items left out of a listing because a value stored in them cannot be read (written by an
/// older kabinet, or changed outside it): the edge warns of each, `verify` names them. A
/// listing goes on without them instead of failing for every item.
pub(in crate::store) type Skips = std::sync::Mutex<Vec<Skipped>>;

/// The unreadable value in a row's conversion error, if that is what it is.
fn malformed(e: &rusqlite::Error) -> Option<&str> {
    match e {
        rusqlite::Error::FromSqlConversionFailure(_, _, inner) => {
            inner.downcast_ref::<crate::store::error::Malformed>().map(|m| m.0.as_str())
        }
        _ => None,
    }
}

/// `made` (row `r`, whose first column is its item's number, turned into an item), or `None`
/// when the row holds a value that cannot be read: its item is noted in `skips`.
pub(super) fn or_skip<T>(
    skips: &Skips,
    kind: ItemKind,
    r: &rusqlite::Row,
    made: rusqlite::Result<T>,
) -> rusqlite::Result<Option<T>> {
    or_skip_id(skips, kind, || r.get(0), made)
}

/// [`or_skip`] for a row read as cells: `id` gives its item's number.
pub(super) fn or_skip_id<T>(
    skips: &Skips,
    kind: ItemKind,
    id: impl FnOnce() -> rusqlite::Result<i64>,
    made: rusqlite::Result<T>,
) -> rusqlite::Result<Option<T>> {
    match made {
        Ok(item) => Ok(Some(item)),
        Err(e) => match malformed(&e) {
            Some(value) => {
                let skipped = Skipped { item: ItemId::new(kind, id()?), value: value.into() };
                if let Ok(mut all) = skips.lock() {
                    all.push(skipped);
                }
                Ok(None)
            }
            None => Err(e),
        },
    }
}

/// [`each_row`] for the items of `kind`, leaving out (and noting in `skips`) those holding a
/// value that cannot be read.
pub(super) fn each_item<T, E: From<Error>>(
    conn: &Connection,
    (skips, kind): (&Skips, ItemKind),
    sql: &str,
    params: impl rusqlite::Params,
    make: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
    mut f: impl FnMut(T) -> Result<(), E>,
) -> Result<(), E> {
    let read = |r: &rusqlite::Row| or_skip(skips, kind, r, make(r));
    each_row(conn, sql, params, read, |item| item.map_or(Ok(()), &mut f))
}

/// The items [`each_item`] reads, gathered.
pub(super) fn items<T>(
    conn: &Connection,
    skips: (&Skips, ItemKind),
    sql: &str,
    params: impl rusqlite::Params,
    make: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
) -> Result<Vec<T>> {
    let mut all = Vec::new();
    each_item(conn, skips, sql, params, make, |t| {
        all.push(t);
        Ok::<_, Error>(())
    })?;
    Ok(all)
}

/// One item by its number; one holding a value that cannot be read is named.
pub(super) fn one_item<T>(
    conn: &Connection,
    item: ItemId,
    sql: &str,
    make: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
) -> Result<Option<T>> {
    use rusqlite::OptionalExtension;
    conn.query_row(sql, [item.n], make).optional().map_err(|e| match malformed(&e) {
        Some(value) => Error::Unreadable { item, value: value.into() },
        None => e.into(),
    })
}

/// A condition on the ISO text of `column` (a date, or a date and time when `timed`) for the
/// days `[from, to]`, and its parameters: only a bound that is given is compared, so no
/// made-up string stands for "no bound" and every stored day, whatever its year, is in reach.
pub(super) fn day_bounds(
    column: &str,
    timed: bool,
    from: Option<chrono::NaiveDate>,
    to: Option<chrono::NaiveDate>,
) -> (String, Vec<String>) {
    use crate::domain::dates::iso_date;
    let mut cond = vec!["1".to_owned()];
    let mut params = Vec::new();
    if let Some(from) = from {
        params.push(iso_date(from));
        cond.push(format!("{column} >= ?{}", params.len()));
    }
    if let Some(to) = to {
        // A start on `to` is `to` followed by a time: before the next day.
        match (timed, to.succ_opt()) {
            (false, _) => {
                params.push(iso_date(to));
                cond.push(format!("{column} <= ?{}", params.len()));
            }
            (true, Some(next)) => {
                params.push(iso_date(next));
                cond.push(format!("{column} < ?{}", params.len()));
            }
            (true, None) => {}
        }
    }
    (cond.join(" AND "), params)
}

pub(super) fn req_date_str(s: &str) -> rusqlite::Result<chrono::NaiveDate> {
    crate::domain::dates::from_iso_date(s).ok_or_else(|| bad_column(s))
}

pub(super) fn req_datetime(s: String) -> rusqlite::Result<chrono::NaiveDateTime> {
    req_datetime_str(&s)
}

pub(super) fn req_datetime_str(s: &str) -> rusqlite::Result<chrono::NaiveDateTime> {
    crate::domain::dates::from_iso_datetime(s).ok_or_else(|| bad_column(s))
}

pub(super) fn opt_datetime(s: Option<String>) -> Option<chrono::NaiveDateTime> {
    s.as_deref().and_then(crate::domain::dates::from_iso_datetime)
}

pub(super) fn bad_column(s: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(
        0,
        rusqlite::types::Type::Text,
        Box::new(crate::store::error::Malformed(s.to_owned())),
    )
}

/// What another SQLCipher 4 client runs first to open a store: the raw key, `x'<key><salt>'`,
/// and the store's layout (`PRAGMA key = "x'…'"; PRAGMA cipher_page_size = …;
/// PRAGMA cipher_hmac_algorithm = …;`): what an inspector or a test needs. Verifies the
/// passphrase first.
pub(super) fn keying_sql(
    path: &Path,
    who: &super::Who,
    pass: &Passphrase,
) -> Result<Zeroizing<String>> {
    let held = hold_shared(path)?;
    let salt = read_salt_held(path, &held)?;
    let keys = users::raw_keys(path, &salt, who, pass)?;
    for key in &keys {
        for layout in LAYOUTS {
            if first_read(&connect(path, key, &salt, layout)?).is_ok() {
                let mut sql = key_pragma(key, &salt);
                sql.push(' ');
                sql.push_str(&layout.pragmas(""));
                return Ok(sql);
            }
        }
    }
    Err(Error::WrongPassphrase(path.to_owned()))
}

/// IDs of `table`'s rows matching `filter` whose `needs` name document `doc_id`, in ID order.
fn needing(conn: &Connection, table: &str, filter: &str, doc_id: i64) -> Result<Vec<i64>> {
    let sql =
        format!("SELECT id, needs FROM {table} WHERE {filter} AND needs IS NOT NULL ORDER BY id");
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))?;
    let mut out = Vec::new();
    for row in rows {
        let (id, needs) = row?;
        if crate::domain::appt::parse_needs(&needs).is_ok_and(|n| n.contains(&doc_id)) {
            out.push(id);
        }
    }
    Ok(out)
}

/// IDs of `table`'s rows that share a natural key with another row matching `filter`, in
/// groups. Keys occurring more than once are found on the key index alone; only those are
/// looked up row by row.
fn duplicate_groups(conn: &Connection, table: &str, filter: &str) -> Result<Vec<Vec<i64>>> {
    let keys_sql = format!(
        "SELECT nkey FROM {table} WHERE nkey IS NOT NULL GROUP BY nkey HAVING count(*) > 1"
    );
    let mut keys = conn.prepare(&keys_sql)?;
    let keys: Vec<String> = keys.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    let mut ids = conn
        .prepare(&format!("SELECT id FROM {table} WHERE nkey = ?1 AND ({filter}) ORDER BY id"))?;
    let mut out = Vec::new();
    for key in keys {
        let group: Vec<i64> =
            ids.query_map([key], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
        if group.len() > 1 {
            out.push(group);
        }
    }
    Ok(out)
}

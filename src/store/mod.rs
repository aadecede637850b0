//! The store contract: everything the use cases may ask of a store — open it, read items,
//! change them in one transaction, copy it, check it — and the backends that keep it: an
//! SQLCipher file ([`sqlite`]) and an office on a PostgreSQL server ([`pg`], serving records
//! and the log so far). SQL and the database driver live under this module only; callers see
//! [`Store`], [`Reader`] and [`Tx`], whose methods take and return domain types.
//!
//! Backends are an enum, not a trait object: every method matches on it, so adding a backend
//! is a compile error at each method until it is implemented, and streaming reads keep their
//! generic callbacks (a million-row export calls them a million times).

pub mod audit;
mod error;
pub mod pg;
mod read;
pub mod signed;
mod sqlite;
mod types;
pub mod verify;
mod write;

#[cfg(test)]
mod contract;

use std::path::Path;

use pg::users::Membership;

use zeroize::Zeroizing;

pub use error::{Error, Result};
pub use read::{Reader, RecordRows};
pub use sqlite::records::OPEN_FOLLOW_UPS;
pub use types::{
    Attachment, CheckRow, Delivery, DeliveryKey, Done, Flow, NewAttachment, NewRecord,
    OpenFollowUp, Outcome, Put, RawEntry, RecordDates, RecordKeys, Skipped, Whole,
};
pub use write::{Batch, Lock, Sealed, Sealer, Tx};

use crate::crypto::{Key, Passphrase, Salt};

/// Told `(from, to)` format versions before a store is upgraded (which can take a while).
pub type Upgrading<'a> = &'a dyn Fn(i64, i64);

/// Who is unlocking a store: the user asked for (`--user`, `KABINET_USER`), else the only
/// user, else the one named as the OS user.
#[derive(Debug, Clone, Default)]
pub struct Who {
    pub asked: Option<String>,
    pub os: String,
}

impl Who {
    /// The user asked for, or none; the OS user's name beside.
    pub fn new(asked: Option<String>) -> Who {
        Who { asked, os: audit::login() }
    }
}

/// Who is unlocking which store, as its key file says before any passphrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Whose {
    /// The store's random ID: what a key held for a session is filed under.
    pub store: String,
    pub user: String,
}

/// A user of a store as `user list` shows one: no secrets.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct UserInfo {
    pub name: String,
    pub role: crate::slots::Role,
    pub kinds: Option<Vec<String>>,
    pub created: String,
    pub changed: String,
    /// The public key the user signs with (hex); empty before the store signs.
    pub key: String,
}

/// The wall clock for a key slot's dates.
fn stamp() -> String {
    chrono::Local::now().naive_local().format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// The backends a store can live in. (A process holds one store: the variants' sizes do not
/// matter.)
#[allow(clippy::large_enum_variant)]
enum Backend {
    Sqlite(sqlite::Db),
    Postgres(pg::db::Db),
}

/// A backend's handle on the store for one read or one transaction.
#[derive(Clone, Copy)]
enum Conn<'a> {
    Sqlite(sqlite::Handle<'a>),
    Postgres(pg::db::Handle<'a>),
}

/// Runs `$body` with `$h` bound to the backend's handle of `$conn`, and `$pbody` with `$p`
/// bound to the office server's. An operation the server does not serve yet has only the
/// first arm: on the server it is [`Error::NotOnServer`].
macro_rules! on {
    ($conn:expr, $h:ident => $body:expr, $p:ident => $pbody:expr) => {
        match $conn {
            $crate::store::Conn::Sqlite($h) => $body,
            $crate::store::Conn::Postgres($p) => $pbody,
        }
    };
    ($conn:expr, $h:ident => $body:expr) => {
        match $conn {
            $crate::store::Conn::Sqlite($h) => $body,
            $crate::store::Conn::Postgres(_) => Err($crate::store::Error::NotOnServer.into()),
        }
    };
}
use on;

/// An office on a server, found and its user settled, waiting for the passphrase.
pub struct ServerLogin(pg::db::Login);

impl ServerLogin {
    /// The user who is unlocking.
    pub fn user(&self) -> &str {
        self.0.user()
    }

    /// Unlocks the office with the user's passphrase (which never leaves this machine).
    pub fn unlock(self, pass: &Passphrase) -> Result<Store> {
        Ok(Store { backend: Backend::Postgres(self.0.unlock(pass)?) })
    }

    /// Unlocks the office with its recovery key (to set a user's passphrase anew).
    pub fn unlock_recovery(self, code: &crate::slots::RecoveryCode) -> Result<Store> {
        Ok(Store { backend: Backend::Postgres(self.0.unlock_recovery(code)?) })
    }

    /// The office's ID, under which a session holds its key (`kabinet unlock`).
    pub fn store_id(&self) -> &str {
        self.0.store_id()
    }

    /// The names of the office's users.
    pub fn user_names(&self) -> Vec<String> {
        self.0.user_names()
    }

    /// Unlocks the office with a data key and signing seed held for a session: `None` when
    /// they no longer open it.
    pub fn unlock_held(
        self,
        key: Zeroizing<[u8; 32]>,
        seed: Zeroizing<[u8; 32]>,
    ) -> Result<Option<Store>> {
        let db = self.0.unlock_held(Key::from_bytes(*key), seed)?;
        Ok(db.map(|db| Store { backend: Backend::Postgres(db) }))
    }
}

/// An open, unlocked store.
pub struct Store {
    backend: Backend,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store").field("path", &self.path()).finish_non_exhaustive()
    }
}

impl Store {
    fn sqlite(db: sqlite::Db) -> Store {
        Store { backend: Backend::Sqlite(db) }
    }

    /// Creates a new store under a random key, with `user` its first user, an admin; returns
    /// it with its recovery key, to be shown once. Refuses to overwrite anything
    /// ([`Error::Exists`]).
    pub fn create(
        path: &Path,
        user: &str,
        pass: &Passphrase,
    ) -> Result<(Store, crate::slots::RecoveryCode)> {
        sqlite::Db::create(path, user, pass).map(|(db, code)| (Store::sqlite(db), code))
    }

    /// Opens and unlocks a store as its only user (or the OS user's): [`Error::NoStore`],
    /// [`Error::WrongPassphrase`], or damaged, foreign or too new.
    pub fn open(path: &Path, pass: &Passphrase) -> Result<Store> {
        Store::open_as(path, &Who::new(None), pass, &|_, _| {})
    }

    /// Opens and unlocks a store as `who`, calling `upgrading(from, to)` before a store of an
    /// earlier format is brought up to date (which can take a while on a large store).
    pub fn open_as(
        path: &Path,
        who: &Who,
        pass: &Passphrase,
        upgrading: Upgrading,
    ) -> Result<Store> {
        sqlite::Db::open_noting(path, who, pass, upgrading).map(Store::sqlite)
    }

    /// Finds an office on a server (`postgresql://…`, its `office=` parameter naming one when
    /// the server has several) and who is unlocking it, before a passphrase is asked for.
    pub fn find_server(url: &str, who: &Who) -> Result<ServerLogin> {
        pg::db::Login::find(url, who).map(ServerLogin)
    }

    /// Whether this store is an office on a server.
    pub fn on_server(&self) -> bool {
        matches!(self.backend, Backend::Postgres(_))
    }

    /// Checks, before a passphrase is asked for, that it is clear which user is unlocking and
    /// that the store's key file is there; returns that user's name and the store's ID (`None`:
    /// a store of before users, which gets its key file when it is opened).
    pub fn check_who(path: &Path, who: &Who) -> Result<Option<Whose>> {
        sqlite::Db::check_who(path, who)
    }

    /// Where the key file of the store file at `path` is.
    pub fn key_file(path: &Path) -> std::path::PathBuf {
        sqlite::keyfile::path_of(path)
    }

    /// Opens a store with its recovery key (for setting a user's passphrase anew).
    pub fn open_with_recovery(path: &Path, code: &crate::slots::RecoveryCode) -> Result<Store> {
        sqlite::Db::open_with_recovery(path, code).map(Store::sqlite)
    }

    /// Opens a store with a data key held for a session (see `io::held`), as `who`: `None`
    /// when it no longer opens it (the store was re-keyed, or the user's key changed).
    pub fn open_held(
        path: &Path,
        who: &Who,
        key: Zeroizing<[u8; 32]>,
        seed: Option<Zeroizing<[u8; 32]>>,
        upgrading: Upgrading,
    ) -> Result<Option<Store>> {
        let key = Key::from_bytes(*key);
        Ok(sqlite::Db::open_held(path, who, key, seed, upgrading)?
            .map(|db| Store { backend: Backend::Sqlite(db) }))
    }

    /// The data key and the signing key of who unlocked the store, to hold for a session.
    pub fn held_keys(&self) -> (Zeroizing<[u8; 32]>, Option<Zeroizing<[u8; 32]>>) {
        match &self.backend {
            Backend::Sqlite(db) => db.held_keys(),
            Backend::Postgres(db) => db.held_keys(),
        }
    }

    /// The names of a store's users, from its key file, before any passphrase.
    pub fn user_names(path: &Path) -> Result<Vec<String>> {
        sqlite::Db::user_names(path)
    }

    /// The store's users, in the order they were added.
    pub fn users(&self) -> Vec<UserInfo> {
        let table = match &self.backend {
            Backend::Sqlite(db) => db.table(),
            Backend::Postgres(db) => db.table(),
        };
        let slots = table.map(|t| t.users.as_slice()).unwrap_or_default();
        slots
            .iter()
            .map(|u| UserInfo {
                name: u.name.clone(),
                role: u.role,
                kinds: u.kinds.clone(),
                created: u.created.clone(),
                changed: u.changed.clone(),
                key: u.sign_public.clone(),
            })
            .collect()
    }

    /// The public key the recovery key signs with (hex), when the store has one.
    pub fn recovery_signing_key(&self) -> Option<String> {
        let table = match &self.backend {
            Backend::Sqlite(db) => db.table(),
            Backend::Postgres(db) => db.table(),
        };
        table.and_then(|t| t.recovery.as_ref()).map(|r| r.sign_public.clone())
    }

    /// The user who unlocked the store (none when it was opened with the recovery key).
    pub fn user(&self) -> Option<&str> {
        match &self.backend {
            Backend::Sqlite(db) => db.user(),
            Backend::Postgres(db) => db.user(),
        }
    }

    /// Whether this opening gave a store of before users its users (said once, on stderr).
    pub fn upgraded_to_users(&self) -> bool {
        match &self.backend {
            Backend::Sqlite(db) => db.upgraded_to_users(),
            Backend::Postgres(_) => false,
        }
    }

    /// The role of the user who unlocked the store (`None`: opened with the recovery key, or a
    /// store without users).
    pub fn role(&self) -> Option<crate::slots::Role> {
        let table = match &self.backend {
            Backend::Sqlite(db) => db.table(),
            Backend::Postgres(db) => db.table(),
        };
        let user = self.user()?;
        table.and_then(|t| t.user(user)).map(|u| u.role)
    }

    /// The kinds of item (codes) the user who unlocked the store may see (`None`: all).
    pub fn kinds(&self) -> Option<Vec<String>> {
        let table = match &self.backend {
            Backend::Sqlite(db) => db.table(),
            Backend::Postgres(db) => db.table(),
        };
        let user = self.user()?;
        table.and_then(|t| t.user(user)).and_then(|u| u.kinds.clone())
    }

    /// Adds a user with their own passphrase ([`Error::UserExists`] when the name is taken).
    /// On a server, also their login role in their role's group (made when missing) and the
    /// kinds they may see there; returns the SQL a DBA must run when the caller may not.
    pub fn add_user(
        &mut self,
        name: &str,
        role: crate::slots::Role,
        kinds: Option<Vec<String>>,
        pass: &Passphrase,
    ) -> Result<Option<String>> {
        let at = stamp();
        match &mut self.backend {
            Backend::Sqlite(db) => {
                db.change_table(|t, key| t.add_user(name, role, kinds, pass, key, &at))?;
                Ok(None)
            }
            Backend::Postgres(db) => {
                let join = Membership::Join { user: name, role, kinds: kinds.as_deref() };
                let kinds = kinds.clone();
                let change = |t: &mut crate::slots::Table, key: &Key| {
                    t.add_user(name, role, kinds, pass, key, &at)
                };
                Ok(db.change_users(change, join)?.1)
            }
        }
    }

    /// Sets a user's role (and, when given, their kinds); the last admin stays one.
    pub fn set_role(
        &mut self,
        name: &str,
        role: crate::slots::Role,
        kinds: Option<Option<Vec<String>>>,
    ) -> Result<Option<String>> {
        let at = stamp();
        self.keep_an_admin(name, Some(role))?;
        match &mut self.backend {
            Backend::Sqlite(db) => {
                db.change_table(|t, key| t.set_role(name, role, kinds, key, &at))?;
                Ok(None)
            }
            Backend::Postgres(db) => {
                let now = match &kinds {
                    Some(k) => k.clone(),
                    None => db.table().and_then(|t| t.user(name)).and_then(|u| u.kinds.clone()),
                };
                let join = Membership::Join { user: name, role, kinds: now.as_deref() };
                let change = |t: &mut crate::slots::Table, key: &Key| {
                    t.set_role(name, role, kinds.clone(), key, &at)
                };
                Ok(db.change_users(change, join)?.1)
            }
        }
    }

    /// Removes a user and re-keys the store at once, so their passphrase opens nothing from
    /// now on; the last admin is not removed. On a server the key stays (the log's chain and
    /// every look-up hash hang on it): the server refuses their login from then on, and their
    /// slot is gone; returns the SQL a DBA must run when the caller may not revoke the login.
    pub fn remove_user(&mut self, name: &str) -> Result<Option<String>> {
        self.keep_an_admin(name, None)?;
        match &mut self.backend {
            Backend::Sqlite(db) => db.change_table(|t, key| t.remove_user(name, key))?,
            Backend::Postgres(db) => {
                let leave = Membership::Leave { user: name };
                return Ok(db.change_users(|t, key| t.remove_user(name, key), leave)?.1);
            }
        }
        self.rekey(None, None)?;
        Ok(None)
    }

    /// Refuses a change that would leave no admin: `name` becoming `role` (`None`: removed).
    fn keep_an_admin(&self, name: &str, role: Option<crate::slots::Role>) -> Result<()> {
        use crate::slots::Role;
        let users = self.users();
        let Some(user) = users.iter().find(|u| u.name == name) else {
            let names = users.iter().map(|u| u.name.clone()).collect();
            return Err(Error::NoSuchUser { name: name.to_owned(), users: names });
        };
        let admins = users.iter().filter(|u| u.role == Role::Admin).count();
        if user.role == Role::Admin && role != Some(Role::Admin) && admins == 1 {
            return Err(Error::LastAdmin(name.to_owned()));
        }
        Ok(())
    }

    /// Makes a new recovery key in place of the old one; returns it, to be shown once.
    pub fn replace_recovery_key(&mut self) -> Result<crate::slots::RecoveryCode> {
        let at = stamp();
        match &mut self.backend {
            Backend::Sqlite(db) => db.change_table(|t, key| t.replace_recovery(key, &at)),
            Backend::Postgres(db) => {
                Ok(db.change_users(|t, key| t.replace_recovery(key, &at), Membership::Keep)?.0)
            }
        }
    }

    /// Encrypts the store again under a new random key, sealed to every user; with `new`,
    /// `user` gets that passphrase. Crash-safe: at every moment the store opens for every user.
    pub fn rekey(&mut self, user: Option<&str>, new: Option<&Passphrase>) -> Result<()> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.rekey(user, new),
            // On a server only a passphrase changes (the slot, on the server); the data key
            // stays, as the office's log and look-up hashes hang on it.
            Backend::Postgres(db) => match (user, new) {
                (Some(user), Some(new)) => {
                    let at = stamp();
                    let own = db.user() == Some(user);
                    let keep = own.then(|| db.signing_key()).transpose()?;
                    let change = |t: &mut crate::slots::Table, key: &Key| {
                        t.reset_passphrase(user, new, &[key], &at, keep.as_ref())
                    };
                    db.change_users(change, Membership::Keep).map(|_| ())
                }
                _ => Err(Error::NotOnServer),
            },
        }
    }

    /// Creates a store at a path that does not exist yet, with a key already derived for
    /// `salt`: for the fuzzer of `fuzz/`, which builds a real store under its one key and then
    /// damages copies of it.
    pub fn create_with_key(path: &Path, key: Key, salt: Salt) -> Result<Store> {
        sqlite::Db::create_with_key(path, key, salt).map(Store::sqlite)
    }

    /// Opens a store with a key already derived for its salt: `None` when the key is wrong.
    /// For tools that try many files with one key (the fuzzer), which cannot pay a key
    /// derivation per file.
    pub fn open_with_key(path: &Path, key: Key) -> Result<Option<Store>> {
        Ok(sqlite::Db::open_with_key(path, key)?.map(Store::sqlite))
    }

    /// An empty store in `dir` under a random key that is never kept: somewhere to run a check
    /// that needs a store (a dry-run import) when there is none, with nothing readable on the
    /// disk and no passphrase to ask for. The caller removes `dir`.
    pub fn scratch(dir: &Path) -> Result<Store> {
        sqlite::Db::scratch(dir).map(Store::sqlite)
    }

    pub fn path(&self) -> &Path {
        match &self.backend {
            Backend::Sqlite(db) => db.path(),
            Backend::Postgres(db) => db.path(),
        }
    }

    /// The items listings have left out so far because a value stored in them cannot be read
    /// (each once, in the order met); the list starts again empty.
    pub fn take_skipped(&self) -> Vec<Skipped> {
        let mut all = match &self.backend {
            Backend::Sqlite(db) => db.take_skipped(),
            Backend::Postgres(_) => Vec::new(),
        };
        let mut seen = std::collections::HashSet::new();
        all.retain(|s| seen.insert(s.item));
        all
    }

    fn conn(&self) -> Conn<'_> {
        match &self.backend {
            Backend::Sqlite(db) => Conn::Sqlite(db.handle()),
            Backend::Postgres(db) => Conn::Postgres(db.handle()),
        }
    }

    /// Reads, each its own consistent snapshot.
    pub fn read(&self) -> Reader<'_> {
        Reader::new(self.conn())
    }

    /// Runs `f` in one write transaction: all of it is committed or none. Waits for another
    /// writer up to the busy timeout, then fails with [`Error::Busy`]; refuses to write into a
    /// store that was replaced meanwhile ([`Error::Replaced`]).
    pub fn write<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&Tx<'_>) -> Result<T, E>,
    ) -> Result<T, E> {
        self.write_if(|tx| f(tx).map(|v| (v, true)))
    }

    /// Like [`Store::write`], but `f` decides whether to commit: `(value, false)` rolls
    /// everything back (a dry run, or an import with bad rows), and the value is still returned.
    pub fn write_if<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(&Tx<'_>) -> Result<(T, bool), E>,
    ) -> Result<T, E> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.write_if(|h| f(&Tx::new(Conn::Sqlite(h)))),
            Backend::Postgres(db) => db.write_if(|h| f(&Tx::new(Conn::Postgres(h)))),
        }
    }

    /// Records a setting in the store, in a transaction of its own.
    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        self.write(|tx| tx.set_setting(key, value))
    }

    /// Sizes the store's read cache for what comes, in KiB: a long listing or an import that
    /// touches many pages holds them instead of decrypting each again. A hint; a backend
    /// without such a cache ignores it.
    pub fn set_cache_kib(&self, kib: u32) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.set_cache_kib(kib),
            Backend::Postgres(_) => Ok(()),
        }
    }

    /// Creates a store file at `path` (which must not exist) under this office's data key,
    /// with the office's key slots as its key file: it opens for the office's users with
    /// their own passphrases, and who makes it signs its log. An office's only.
    pub fn create_local_copy(&self, path: &Path) -> Result<Store> {
        let Backend::Postgres(db) = &self.backend else {
            return Err(Error::Internal("a local copy is made of an office".into()));
        };
        let (key, _) = db.held_keys();
        let table = db.table().cloned().ok_or_else(|| Error::Internal("the slots".into()))?;
        let user = db.user().unwrap_or_default().to_owned();
        let signing = db.signing_key()?;
        sqlite::Db::create_from(path, Key::from_bytes(*key), table, &user, signing)
            .map(Store::sqlite)
    }

    /// Copies the store into `dest` (a new, empty file), encrypted as this store is: the copy
    /// opens with the same passphrase. One consistent state even while others write. Returns
    /// the pages copied.
    pub fn backup_to(&self, dest: &Path) -> Result<u64> {
        match &self.backend {
            Backend::Sqlite(db) => db.backup_to(dest),
            Backend::Postgres(_) => Err(Error::NotOnServer),
        }
    }

    /// Writes the key file of a copy of this store at `dest` (made by [`Store::backup_to`]):
    /// the copy opens for the same users.
    pub fn copy_key_file(&self, dest: &Path) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.copy_key_file(dest),
            Backend::Postgres(_) => Err(Error::NotOnServer),
        }
    }

    /// Waits until no one else has the store open, then holds the write lock until the
    /// returned guard is dropped: nobody else commits meanwhile (a restore replaces the file
    /// under it).
    pub fn lock(&mut self) -> Result<Lock<'_>> {
        match &mut self.backend {
            Backend::Sqlite(db) => Ok(Lock::sqlite(db.lock()?)),
            Backend::Postgres(_) => Err(Error::NotOnServer),
        }
    }

    /// Makes the store one self-contained file (a copy about to replace a store).
    pub fn single_file(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.single_file(),
            Backend::Postgres(_) => Err(Error::NotOnServer),
        }
    }

    /// Gives the user who unlocked the store a new passphrase, and encrypts the store again
    /// under a new key (so an old copy of the key file and the old passphrase open nothing
    /// new), crash-safe: the store opens with the old or the new one at every moment. No other
    /// writer's change can be lost meanwhile.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        let user = self.user().map(str::to_owned);
        self.rekey(user.as_deref(), Some(new))
    }

    /// Gives `user` a new passphrase (opened with the recovery key).
    pub fn reset_passphrase(&mut self, user: &str, new: &Passphrase) -> Result<()> {
        self.rekey(Some(user), Some(new))
    }
}

/// For tests that play an older kabinet or another SQLCipher client on a connection of their
/// own: registers the `kabinet_mac` function with a store's seal key (`meta.seal_key`), and the
/// columns a record's seal covers, in order.
#[doc(hidden)]
pub use sqlite::seal::{RECORD_COLUMNS, register as register_seal_function};

/// What another SQLCipher 4 client runs first to open a store file: the raw key,
/// `x'<key><salt>'`, and the store's layout (`PRAGMA key = "x'…'"; PRAGMA cipher_page_size =
/// …; PRAGMA cipher_hmac_algorithm = …;`): what an inspector or a test needs. Verifies the
/// passphrase (of `who`, for a store with users) and changes nothing: the store is not opened
/// as kabinet opens it, so nothing is upgraded or logged.
pub fn keying_sql(path: &Path, who: &Who, pass: &Passphrase) -> Result<Zeroizing<String>> {
    sqlite::keying_sql(path, who, pass)
}

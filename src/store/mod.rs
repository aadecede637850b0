//! The store contract: everything the use cases may ask of a store — open it, read items,
//! change them in one transaction, copy it, check it — and the backends that keep it. Today
//! one backend, an SQLCipher file ([`sqlite`]); the office server will be the second. SQL and
//! the database driver live under this module only; callers see [`Store`], [`Reader`] and
//! [`Tx`], whose methods take and return domain types.
//!
//! Backends are an enum, not a trait object: every method matches on it, so adding a backend
//! is a compile error at each method until it is implemented, and streaming reads keep their
//! generic callbacks (a million-row export calls them a million times).

pub mod audit;
mod error;
mod read;
mod sqlite;
mod types;
pub mod verify;
mod write;

#[cfg(test)]
mod contract;

use std::path::Path;

use zeroize::Zeroizing;

pub use error::{Error, Result};
pub use read::{Reader, RecordRows};
pub use sqlite::records::OPEN_FOLLOW_UPS;
pub use types::{
    Attachment, CheckRow, Flow, NewAttachment, NewRecord, OpenFollowUp, RecordDates, RecordKeys,
    Skipped,
};
pub use write::{Batch, Lock, Sealed, Sealer, Tx};

use crate::crypto::{Key, Passphrase, Salt};

/// Told `(from, to)` format versions before a store is upgraded (which can take a while).
pub type Upgrading<'a> = &'a dyn Fn(i64, i64);

/// The backends a store can live in.
enum Backend {
    Sqlite(sqlite::Db),
}

/// A backend's handle on the store for one read or one transaction.
#[derive(Clone, Copy)]
enum Conn<'a> {
    Sqlite(sqlite::Handle<'a>),
}

/// Runs `$body` with `$h` bound to the backend's handle of `$conn`.
macro_rules! on {
    ($conn:expr, $h:ident => $body:expr) => {
        match $conn {
            $crate::store::Conn::Sqlite($h) => $body,
        }
    };
}
use on;

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

    /// Creates a new store; refuses to overwrite anything at the path ([`Error::Exists`]).
    pub fn create(path: &Path, pass: &Passphrase) -> Result<Store> {
        sqlite::Db::create(path, pass).map(Store::sqlite)
    }

    /// Opens and unlocks a store: [`Error::NoStore`], [`Error::WrongPassphrase`], or damaged,
    /// foreign or too new.
    pub fn open(path: &Path, pass: &Passphrase) -> Result<Store> {
        Store::open_noting(path, pass, &|_, _| {})
    }

    /// [`Store::open`], calling `upgrading(from, to)` before a store of an earlier format is
    /// brought up to date (which can take a while on a large store).
    pub fn open_noting(path: &Path, pass: &Passphrase, upgrading: Upgrading) -> Result<Store> {
        sqlite::Db::open_noting(path, pass, upgrading).map(Store::sqlite)
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
        }
    }

    /// The items listings have left out so far because a value stored in them cannot be read
    /// (each once, in the order met); the list starts again empty.
    pub fn take_skipped(&self) -> Vec<Skipped> {
        let mut all = match &self.backend {
            Backend::Sqlite(db) => db.take_skipped(),
        };
        let mut seen = std::collections::HashSet::new();
        all.retain(|s| seen.insert(s.item));
        all
    }

    fn conn(&self) -> Conn<'_> {
        match &self.backend {
            Backend::Sqlite(db) => Conn::Sqlite(db.handle()),
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
        }
    }

    /// Copies the store into `dest` (a new, empty file), encrypted as this store is: the copy
    /// opens with the same passphrase. One consistent state even while others write. Returns
    /// the pages copied.
    pub fn backup_to(&self, dest: &Path) -> Result<u64> {
        match &self.backend {
            Backend::Sqlite(db) => db.backup_to(dest),
        }
    }

    /// Waits until no one else has the store open, then holds the write lock until the
    /// returned guard is dropped: nobody else commits meanwhile (a restore replaces the file
    /// under it).
    pub fn lock(&mut self) -> Result<Lock<'_>> {
        match &mut self.backend {
            Backend::Sqlite(db) => Ok(Lock::sqlite(db.lock()?)),
        }
    }

    /// Makes the store one self-contained file (a copy about to replace a store).
    pub fn single_file(&self) -> Result<()> {
        match &self.backend {
            Backend::Sqlite(db) => db.single_file(),
        }
    }

    /// Re-encrypts the store under a new passphrase, crash-safe: the store opens with the old
    /// or the new one at every moment. No other writer's change can be lost meanwhile.
    pub fn change_passphrase(&mut self, new: &Passphrase) -> Result<()> {
        match &mut self.backend {
            Backend::Sqlite(db) => db.change_passphrase(new),
        }
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
/// passphrase first.
pub fn keying_sql(path: &Path, pass: &Passphrase) -> Result<Zeroizing<String>> {
    sqlite::keying_sql(path, pass)
}

//! Unlocking a store file through its users' key slots: making a store (its random key, its
//! first user, its recovery key), opening one as a user (or, for a store of before users,
//! with the passphrase its key was derived from, then giving it a key file), and re-keying —
//! the file encrypted again under a new random key, sealed to every user, crash-safe.

use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

use rusqlite::TransactionBehavior;

use super::{
    CURRENT, Db, SILENTLY, connect, file_id, hold_alone, hold_shared, keyfile, leave_wal,
    read_salt, read_salt_held, schema, sweep_stale_rekeys, sync_dir,
};
use crate::crypto::{self, KDF_VERSIONS, Key, Passphrase, Salt};
use crate::slots::{self, RecoveryCode, Table};
use crate::store::{Error, Result, Upgrading, Who, stamp};

/// The `meta` key saying a store has a key file: if it goes missing, that is damage, not a
/// store of before users.
const HAS_KEY_FILE: &str = "key_file";

/// A new store's salt: the mark of a store with a key file, then random bytes.
fn marked_salt() -> Result<Salt> {
    let mut salt: Salt = crypto::random_bytes()?;
    salt[..keyfile::SALT_MARK.len()].copy_from_slice(keyfile::SALT_MARK);
    Ok(salt)
}

fn has_mark(salt: &Salt) -> bool {
    salt.starts_with(keyfile::SALT_MARK)
}

fn slot_error(path: &Path, e: slots::Error) -> Error {
    match e {
        slots::Error::WrongPassphrase => Error::WrongPassphrase(path.to_owned()),
        slots::Error::NoSuchUser(name) => Error::NoSuchUser { name, users: Vec::new() },
        slots::Error::UserExists(name) => Error::UserExists(name),
        slots::Error::Crypto(c) => Error::Crypto(c),
        slots::Error::Damaged(why) => Error::KeysDamaged { path: keyfile::path_of(path), why },
    }
}

/// Whom a table's slot is opened for: the name asked for, else the only user, else the OS
/// user's name when it is one of them.
fn choose(table: &Table, who: &Who) -> Result<String> {
    let names = || table.users.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    if let Some(asked) = &who.asked {
        return match table.user(asked) {
            Some(u) => Ok(u.name.clone()),
            None => Err(Error::NoSuchUser { name: asked.clone(), users: names() }),
        };
    }
    if let [only] = table.users.as_slice() {
        return Ok(only.name.clone());
    }
    match table.user(&who.os) {
        Some(u) => Ok(u.name.clone()),
        None => Err(Error::ChooseUser(names())),
    }
}

impl Db {
    /// Creates a new store under a random key, with its key file: the first user (an admin)
    /// and a recovery key, returned to be shown once. Refuses to overwrite anything at either
    /// path (exit 7).
    pub fn create(path: &Path, user: &str, pass: &Passphrase) -> Result<(Db, RecoveryCode)> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| Error::CannotCreate { path: parent.to_owned(), source: e })?;
        }
        let keys = keyfile::path_of(path);
        if keys.exists() {
            return Err(Error::Exists(keys));
        }
        match OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(Error::Exists(path.to_owned()));
            }
            Err(e) => return Err(Error::File { path: path.to_owned(), source: e }),
        }
        let made = (|| {
            let hold = hold_shared(path)?;
            let salt = marked_salt()?;
            let key = slots::new_data_key().map_err(|e| slot_error(path, e))?;
            let (table, code) =
                Table::new(&key, user, pass, &stamp()).map_err(|e| slot_error(path, e))?;
            keyfile::write(path, &table)?;
            let conn = connect(path, &key, &salt, CURRENT)?;
            conn.execute_batch(&format!("PRAGMA application_id = {};", schema::APP_ID))?;
            let mut db = Db::finish_open(conn, hold, path, key, salt, CURRENT, SILENTLY)?;
            super::put_setting(&db.conn, HAS_KEY_FILE, "1")?;
            db.table = Some(table);
            db.user = Some(user.to_owned());
            Ok((db, code))
        })();
        if made.is_err() {
            let _ = fs::remove_file(path);
            keyfile::remove(path);
        }
        made
    }

    /// Opens and unlocks a store as `who`: exit 6 when absent, 3 on a wrong passphrase, 4 when
    /// damaged, foreign or too new, or when its key file is missing or damaged; 2 when it is
    /// not clear which user is unlocking. A store of before users is opened with the
    /// passphrase its key was derived from and given a key file with one user, an admin.
    pub fn open_noting(
        path: &Path,
        who: &Who,
        pass: &Passphrase,
        upgrading: Upgrading,
    ) -> Result<Db> {
        let held = hold_shared(path)?;
        let salt = read_salt_held(path, &held)?;
        let mut hold = Some(held);
        if !has_mark(&salt) {
            return Db::open_before_users(path, &mut hold, who, pass, salt, upgrading);
        }
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or_else(|| Error::KeysMissing(keys.clone()))?;
        let user = choose(&table, who)?;
        let candidates = table.unlock(&user, pass).map_err(|e| slot_error(path, e))?;
        for key in candidates {
            let probe = key.duplicate();
            if let Some(mut db) = Db::try_key(path, &mut hold, key, salt, upgrading)? {
                table.check(&probe).map_err(|e| slot_error(path, e))?;
                db.table = Some(table);
                db.user = Some(user);
                return Ok(db);
            }
        }
        Err(Error::KeysDamaged {
            path: keys,
            why: "the key it holds does not open the store: it belongs to another one".into(),
        })
    }

    /// A store whose key was derived from its passphrase (before users): opened as before, then
    /// given a key file whose one user, an admin named as asked or after the OS user, holds the
    /// same key. Refused as damaged when the store says it had a key file.
    fn open_before_users(
        path: &Path,
        hold: &mut Option<File>,
        who: &Who,
        pass: &Passphrase,
        salt: Salt,
        upgrading: Upgrading,
    ) -> Result<Db> {
        for params in KDF_VERSIONS {
            let key = crypto::derive_key(pass, &salt, *params)?;
            let probe = key.duplicate();
            let Some(mut db) = Db::try_key(path, hold, key, salt, upgrading)? else { continue };
            match keyfile::read(path)? {
                Some(table) => {
                    // Given a key file by an earlier opening: it must hold this key.
                    let user = choose(&table, who)?;
                    table.check(&probe).map_err(|e| slot_error(path, e))?;
                    db.table = Some(table);
                    db.user = Some(user);
                }
                None if super::setting(&db.conn, HAS_KEY_FILE)?.is_some() => {
                    return Err(Error::KeysMissing(keyfile::path_of(path)));
                }
                None => {
                    let user = who.asked.clone().unwrap_or_else(|| who.os.clone());
                    let table = Table::upgraded(&probe, &user, pass, &stamp())
                        .map_err(|e| slot_error(path, e))?;
                    keyfile::write(path, &table)?;
                    super::put_setting(&db.conn, HAS_KEY_FILE, "1")?;
                    db.table = Some(table);
                    db.user = Some(user);
                    db.upgraded_to_users = true;
                }
            }
            return Ok(db);
        }
        Err(Error::WrongPassphrase(path.to_owned()))
    }

    /// Which user of the key file `who` is, before any passphrase: `None` for a store of
    /// before users.
    pub fn check_who(path: &Path, who: &Who) -> Result<Option<String>> {
        let salt = read_salt(path)?;
        if !has_mark(&salt) {
            return Ok(None);
        }
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or(Error::KeysMissing(keys))?;
        choose(&table, who).map(Some)
    }

    /// Opens the store with its recovery key, for `user recover`.
    pub fn open_with_recovery(path: &Path, code: &RecoveryCode) -> Result<Db> {
        let held = hold_shared(path)?;
        let salt = read_salt_held(path, &held)?;
        let mut hold = Some(held);
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or_else(|| Error::KeysMissing(keys.clone()))?;
        let candidates = table.unlock_recovery(code).map_err(|e| slot_error(path, e))?;
        for key in candidates {
            let probe = key.duplicate();
            if let Some(mut db) = Db::try_key(path, &mut hold, key, salt, SILENTLY)? {
                table.check(&probe).map_err(|e| slot_error(path, e))?;
                db.table = Some(table);
                return Ok(db);
            }
        }
        Err(Error::KeysDamaged {
            path: keys,
            why: "the recovery key does not open the store".into(),
        })
    }

    /// Writes this store's key file for a copy of it at `dest` (a backup): the same key, the
    /// same users. Nothing for a store without one.
    pub fn copy_key_file(&self, dest: &Path) -> Result<()> {
        match &self.table {
            Some(table) => keyfile::write(dest, table),
            None => Ok(()),
        }
    }

    /// The users' slots, when the store has them.
    pub fn table(&self) -> Option<&Table> {
        self.table.as_ref()
    }

    /// Who unlocked the store.
    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    pub fn upgraded_to_users(&self) -> bool {
        self.upgraded_to_users
    }

    /// Changes the key file's table with `f` (given the data key) and writes it.
    pub fn change_table<T>(
        &mut self,
        f: impl FnOnce(&mut Table, &Key) -> std::result::Result<T, slots::Error>,
    ) -> Result<T> {
        let path = self.path.clone();
        let mut table =
            self.table.clone().ok_or_else(|| Error::KeysMissing(keyfile::path_of(&path)))?;
        let out = f(&mut table, &self.key).map_err(|e| slot_error(&path, e))?;
        keyfile::write(&self.path, &table)?;
        self.table = Some(table);
        Ok(out)
    }

    /// Encrypts the store again under a new random key, sealed to every user and the recovery
    /// key; `new_pass` also gives `user` a new passphrase. The new file is written beside the
    /// old one and renamed over it; the key file holds both keys from before the rename to
    /// after it. So at every moment the store opens for every user (with the old or the new
    /// passphrase, for the one changing it). The write lock is held throughout: no other
    /// writer's change can be lost.
    pub fn rekey(&mut self, user: Option<&str>, new_pass: Option<&Passphrase>) -> Result<()> {
        let name = self.path.file_name().map(|n| n.to_string_lossy().into_owned());
        let name = name.unwrap_or_else(|| "kabinet.db".into());
        let dir = self.path.parent().map(Path::to_path_buf).unwrap_or_default();
        sweep_stale_rekeys(&dir, &name);
        let path = self.path.clone();
        let mut table =
            self.table.clone().ok_or_else(|| Error::KeysMissing(keyfile::path_of(&path)))?;
        let new_salt = marked_salt()?;
        let new_key = slots::new_data_key().map_err(|e| slot_error(&path, e))?;
        let tag = hex::encode(crypto::random_bytes::<6>()?);
        let tmp = dir.join(format!(".{name}.rekey-{tag}.tmp"));
        OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        let done = (|| {
            // No other kabinet has the file open, and everything is in the file: no log of the
            // old file can meet the new one.
            hold_alone(&self.hold)?;
            leave_wal(&self.conn)?;
            let guard = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            if file_id(&self.path).ok() != Some(self.file_id) {
                return Err(Error::Replaced(self.path.clone()));
            }
            // 1. Both keys in every slot (and the new passphrase in the user's).
            let both = [&self.key, &new_key];
            table.seal_keys(&both).map_err(|e| slot_error(&path, e))?;
            if let (Some(user), Some(pass)) = (user, new_pass) {
                table
                    .reset_passphrase(user, pass, &both, &stamp())
                    .map_err(|e| slot_error(&path, e))?;
            }
            keyfile::write(&self.path, &table)?;
            // 2. The file under the new key, renamed over the old.
            let reader = connect(&self.path, &self.key, &self.salt, self.layout)?;
            let tmp_str = tmp.to_string_lossy().into_owned();
            let lit = new_key.sqlcipher_literal(&new_salt);
            reader.execute("ATTACH DATABASE ?1 AS rekeyed KEY ?2", [&tmp_str, &*lit])?;
            // The new file is written in the current layout, whatever the old one's was.
            reader.execute_batch(&CURRENT.pragmas("rekeyed."))?;
            reader.query_row("SELECT sqlcipher_export('rekeyed')", [], |_| Ok(()))?;
            let version: i64 = reader.query_row("PRAGMA user_version", [], |r| r.get(0))?;
            reader.execute_batch(&format!(
                "PRAGMA rekeyed.user_version = {version}; PRAGMA rekeyed.application_id = {};",
                schema::APP_ID
            ))?;
            reader.execute_batch("DETACH DATABASE rekeyed")?;
            drop(reader);
            File::open(&tmp)?.sync_all()?;
            fs::rename(&tmp, &self.path)?;
            sync_dir(&self.path)?;
            drop(guard);
            Ok(())
        })();
        if let Err(e) = done {
            let _ = fs::remove_file(&tmp);
            // Others may open the store again.
            let _ = self.hold.try_lock_shared();
            return Err(e);
        }
        // 3. The new key alone.
        table.seal_keys(&[&new_key]).map_err(|e| slot_error(&path, e))?;
        keyfile::write(&self.path, &table)?;
        let hold = hold_shared(&self.path)?;
        let conn = connect(&self.path, &new_key, &new_salt, CURRENT)?;
        let mut reopened =
            Db::finish_open(conn, hold, &self.path, new_key, new_salt, CURRENT, SILENTLY)?;
        super::put_setting(&reopened.conn, HAS_KEY_FILE, "1")?;
        reopened.table = Some(table);
        reopened.user = self.user.clone();
        *self = reopened;
        Ok(())
    }
}

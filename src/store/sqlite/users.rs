//! Unlocking a store file through its users' key slots: making a store (its random key, its
//! first user, its recovery key), opening one as a user (or, for a store of before users,
//! with the passphrase its key was derived from, then giving it a key file), and re-keying —
//! the file encrypted again under a new random key, sealed to every user, crash-safe.

use std::fs::{self, File, OpenOptions};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

use rusqlite::TransactionBehavior;

use super::{
    CURRENT, Db, Migrating, SILENTLY, Signing, audit, connect, file_id, hold_alone, hold_shared,
    keyfile, leave_wal, read_salt, read_salt_held, schema, sweep_stale_rekeys, sync_dir,
};
use crate::crypto::{self, KDF_VERSIONS, Key, Passphrase, Salt};
use crate::slots::{self, RecoveryCode, Table};
use crate::store::audit::{Actor, attributed, whoami};
use crate::store::signed::{START, roster};
use crate::store::{Error, Result, Upgrading, Who, Whose, stamp};
use chrono::Timelike;

/// The `meta` key holding the log entry from which on the store signs every entry.
const SIGNED_FROM: &str = "signed_from";

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

/// The keys that may open the file, without opening it: the data key(s) of `who`'s slot, or
/// for a store of before users the key derived from the passphrase (each KDF version's).
pub(super) fn raw_keys(path: &Path, salt: &Salt, who: &Who, pass: &Passphrase) -> Result<Vec<Key>> {
    if !has_mark(salt) {
        return KDF_VERSIONS.iter().map(|p| Ok(crypto::derive_key(pass, salt, *p)?)).collect();
    }
    let table = keyfile::read(path)?.ok_or_else(|| Error::KeysMissing(keyfile::path_of(path)))?;
    let user = choose(&table, who)?;
    Ok(table.unlock(&user, pass).map_err(|e| slot_error(path, e))?.keys)
}

impl Db {
    /// Creates a new store under a random key, with its key file: the first user (an admin)
    /// and a recovery key, returned to be shown once. Refuses to overwrite anything at either
    /// path (exit 7).
    pub fn create(path: &Path, user: &str, pass: &Passphrase) -> Result<(Db, RecoveryCode)> {
        let mut code = None;
        let db = Db::create_keyed(path, user, |path| {
            let key = slots::new_data_key().map_err(|e| slot_error(path, e))?;
            let (table, recovery, signing) =
                Table::new(&key, user, pass, &stamp()).map_err(|e| slot_error(path, e))?;
            code = Some(recovery);
            Ok((key, table, signing))
        })?;
        let code = code.ok_or_else(|| Error::Internal("the recovery key made".into()))?;
        Ok((db, code))
    }

    /// Creates a store under a data key and users' key slots of another store's (a backup of
    /// an office: it opens for the same users with the same passphrases), `user` (one of them)
    /// making it and signing its log with `signing`.
    pub fn create_from(
        path: &Path,
        key: Key,
        table: Table,
        user: &str,
        signing: slots::SigningKey,
    ) -> Result<Db> {
        Db::create_keyed(path, user, |_| Ok((key, table, signing)))
    }

    /// Creates a store whose key, key slots and first signer `keys` gives, refusing to
    /// overwrite anything; a failure leaves nothing behind.
    fn create_keyed(
        path: &Path,
        user: &str,
        keys: impl FnOnce(&Path) -> Result<(Key, Table, slots::SigningKey)>,
    ) -> Result<Db> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(parent)
                .map_err(|e| Error::CannotCreate { path: parent.to_owned(), source: e })?;
        }
        let key_file = keyfile::path_of(path);
        if key_file.exists() {
            return Err(Error::Exists(key_file));
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
            let (key, table, signing) = keys(path)?;
            keyfile::write(path, &table)?;
            let conn = connect(path, &key, &salt, CURRENT)?;
            conn.execute_batch(&format!("PRAGMA application_id = {};", schema::APP_ID))?;
            let signs = Some(Signing { user: Some(user), key: &signing });
            let mut db = Db::finish_open(
                conn,
                hold,
                path,
                key,
                salt,
                CURRENT,
                Migrating::new(SILENTLY, signs),
            )?;
            super::put_setting(&db.conn, HAS_KEY_FILE, "1")?;
            db.table = Some(table);
            db.user = Some(user.to_owned());
            db.signer = Some(signing);
            db.start_signing()?;
            Ok(db)
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
        let keys = keyfile::path_of(path);
        let table = match (has_mark(&salt), keyfile::read(path)?) {
            // A store of before users that has been given its key file opens through its slot
            // like any other (one key derivation, and the signing key with it); one with none
            // yet is opened as before and given it.
            (false, None) => {
                return Db::open_before_users(path, &mut hold, who, pass, salt, upgrading);
            }
            (_, Some(table)) => table,
            (true, None) => return Err(Error::KeysMissing(keys)),
        };
        let user = choose(&table, who)?;
        let opened = table.unlock(&user, pass).map_err(|e| slot_error(path, e))?;
        let mut signing = opened.signing;
        for key in opened.keys {
            let probe = key.duplicate();
            let signs = signing.as_ref().map(|k| Signing { user: Some(&user), key: k });
            if let Some(mut db) =
                Db::try_key(path, &mut hold, key, salt, Migrating::new(upgrading, signs))?
            {
                table.check(&probe).map_err(|e| slot_error(path, e))?;
                db.table = Some(table);
                db.user = Some(user);
                db.signer = signing.take();
                db.start_signing()?;
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
            let Some(mut db) = Db::try_key(path, hold, key, salt, Migrating::new(upgrading, None))?
            else {
                continue;
            };
            match keyfile::read(path)? {
                Some(table) => {
                    // Given a key file by another opening while this one derived the key (a
                    // rare race): it must hold this key, and the passphrase opens the user's
                    // slot too, for their signing key.
                    let user = choose(&table, who)?;
                    table.check(&probe).map_err(|e| slot_error(path, e))?;
                    let opened = table.unlock(&user, pass).map_err(|e| slot_error(path, e))?;
                    db.table = Some(table);
                    db.user = Some(user);
                    db.signer = opened.signing;
                }
                None if super::setting(&db.conn, HAS_KEY_FILE)?.is_some() => {
                    return Err(Error::KeysMissing(keyfile::path_of(path)));
                }
                None => {
                    let user = who.asked.clone().unwrap_or_else(|| who.os.clone());
                    let (table, signing) = Table::upgraded(&probe, &user, pass, &stamp())
                        .map_err(|e| slot_error(path, e))?;
                    keyfile::write(path, &table)?;
                    super::put_setting(&db.conn, HAS_KEY_FILE, "1")?;
                    db.table = Some(table);
                    db.user = Some(user);
                    db.signer = Some(signing);
                    db.upgraded_to_users = true;
                }
            }
            db.start_signing()?;
            return Ok(db);
        }
        Err(Error::WrongPassphrase(path.to_owned()))
    }

    /// Which user of the key file `who` is, and the store's ID there, before any passphrase:
    /// `None` for a store of before users.
    pub fn check_who(path: &Path, who: &Who) -> Result<Option<Whose>> {
        let salt = read_salt(path)?;
        if !has_mark(&salt) {
            return Ok(None);
        }
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or(Error::KeysMissing(keys))?;
        let user = choose(&table, who)?;
        Ok(Some(Whose { store: table.store, user }))
    }

    /// Opens the store with a data key held for a session (`kabinet unlock`), as `who`, with
    /// their signing key: `None` when the key no longer opens it (re-keyed since) or the user's
    /// signing key is no longer theirs — the session is void, and the caller asks again.
    pub fn open_held(
        path: &Path,
        who: &Who,
        key: Key,
        seed: Option<zeroize::Zeroizing<[u8; 32]>>,
        upgrading: Upgrading,
    ) -> Result<Option<Db>> {
        let held = hold_shared(path)?;
        let salt = read_salt_held(path, &held)?;
        let mut hold = Some(held);
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or(Error::KeysMissing(keys))?;
        let user = choose(&table, who)?;
        let signing = match seed.map(slots::SigningKey::from_seed).transpose() {
            Ok(s) => s,
            Err(_) => return Ok(None),
        };
        let theirs = table.user(&user).map(|u| u.sign_public.clone()).unwrap_or_default();
        if signing.as_ref().is_some_and(|k| hex::encode(k.public()) != theirs) {
            return Ok(None);
        }
        if table.check(&key).is_err() {
            return Ok(None);
        }
        let signs = signing.as_ref().map(|k| Signing { user: Some(&user), key: k });
        let Some(mut db) =
            Db::try_key(path, &mut hold, key, salt, Migrating::new(upgrading, signs))?
        else {
            return Ok(None);
        };
        db.table = Some(table);
        db.user = Some(user);
        db.signer = signing;
        db.start_signing()?;
        Ok(Some(db))
    }

    /// What a session holds to open this store again: its data key and the signing key of
    /// who unlocked it.
    pub fn held_keys(
        &self,
    ) -> (zeroize::Zeroizing<[u8; 32]>, Option<zeroize::Zeroizing<[u8; 32]>>) {
        let mut key = zeroize::Zeroizing::new([0u8; 32]);
        key.copy_from_slice(self.key.expose());
        (key, self.signer.as_ref().map(slots::SigningKey::seed))
    }

    /// The names of the users in the key file, read before any passphrase.
    pub fn user_names(path: &Path) -> Result<Vec<String>> {
        Ok(keyfile::read(path)?
            .map(|t| t.users.into_iter().map(|u| u.name).collect())
            .unwrap_or_default())
    }

    /// Opens the store with its recovery key, for `user recover`.
    pub fn open_with_recovery(path: &Path, code: &RecoveryCode) -> Result<Db> {
        let held = hold_shared(path)?;
        let salt = read_salt_held(path, &held)?;
        let mut hold = Some(held);
        let keys = keyfile::path_of(path);
        let table = keyfile::read(path)?.ok_or_else(|| Error::KeysMissing(keys.clone()))?;
        let opened = table.unlock_recovery(code).map_err(|e| slot_error(path, e))?;
        let mut signing = opened.signing;
        for key in opened.keys {
            let probe = key.duplicate();
            let signs = signing.as_ref().map(|k| Signing { user: None, key: k });
            if let Some(mut db) =
                Db::try_key(path, &mut hold, key, salt, Migrating::new(SILENTLY, signs))?
            {
                table.check(&probe).map_err(|e| slot_error(path, e))?;
                db.table = Some(table);
                db.signer = signing.take();
                db.start_signing()?;
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
                // Their own new passphrase keeps their signing key; one set with the recovery
                // key gives them a new one.
                let own = self.user.as_deref() == Some(user);
                let keep = self.signer.as_ref().filter(|_| own);
                table
                    .reset_passphrase(user, pass, &both, &stamp(), keep)
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
        let mut reopened = Db::finish_open(
            conn,
            hold,
            &self.path,
            new_key,
            new_salt,
            CURRENT,
            Migrating::new(SILENTLY, None),
        )?;
        super::put_setting(&reopened.conn, HAS_KEY_FILE, "1")?;
        reopened.table = Some(table);
        reopened.user = self.user.clone();
        reopened.signer = self.signer.take();
        *self = reopened;
        Ok(())
    }

    /// Begins signing, once, in a store with users that does not sign yet (new, or made
    /// before signatures): slots without a signing key get one, and a `users` entry — signed
    /// by whoever opened the store — lists every user's role, kinds and public key. From that
    /// entry on, `verify` wants every entry signed by a user whose role allowed it. Done
    /// under the write lock, so two openings cannot both begin.
    fn start_signing(&mut self) -> Result<()> {
        if self.table.is_none() || super::setting(&self.conn, SIGNED_FROM)?.is_some() {
            return Ok(());
        }
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        if super::setting(&tx, SIGNED_FROM)?.is_some() {
            return Ok(());
        }
        // The key file as it is now, under the lock: another opening may have changed it.
        let mut table = match keyfile::read(&self.path)? {
            Some(t) => t,
            None => return Err(Error::KeysMissing(keyfile::path_of(&self.path))),
        };
        table.check(&self.key).map_err(|e| slot_error(&self.path, e))?;
        let made = table.ensure_signing(&self.key).map_err(|e| slot_error(&self.path, e))?;
        if !made.is_empty() {
            keyfile::write(&self.path, &table)?;
        }
        if self.signer.is_none() {
            let own = self.user.clone().unwrap_or_else(|| slots::RECOVERY.to_owned());
            self.signer = made.into_iter().find(|(name, _)| *name == own).map(|(_, k)| k);
        }
        let Some(signer) = self.signer.as_ref() else {
            // Another opening gave this user a key and did not finish: it begins next time.
            self.table = Some(table);
            return Ok(());
        };
        let actor = Actor {
            at: chrono::Utc::now().naive_utc().with_nanosecond(0).unwrap_or_default(),
            who: attributed(self.user.as_deref(), &whoami()),
            command: "signatures (UTC)".into(),
        };
        let after = roster(&table);
        let seq = audit::append(&tx, Some(signer), &actor, START, None, None, Some(&after))?;
        super::put_setting(&tx, SIGNED_FROM, &seq.to_string())?;
        tx.commit()?;
        self.table = Some(table);
        Ok(())
    }
}

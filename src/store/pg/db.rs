//! An office on the server, open: the connection, the office's number, its key slots and the
//! keys of the user who unlocked it (the data key's field keys and their signing key), and
//! transactions over that one connection. Opening is two steps, so that which office and which
//! user are settled — and the server has answered — before a passphrase is asked for.

use std::cell::{RefCell, RefMut};
use std::path::{Path, PathBuf};

pub use super::audit::NewEntry;
use super::fields::Fields;
use super::{Fault, Server};
use crate::crypto::Key;
use crate::slots::{SigningKey, Table};
use crate::store::{Error, Result, Who};

/// An office found on the server, its user settled, not yet unlocked.
pub struct Login {
    server: Server,
    client: postgres::Client,
    office: i16,
    table: Table,
    user: String,
    url: String,
}

/// An office, unlocked by one of its users.
pub struct Db {
    pub(super) server: Server,
    pub(super) client: RefCell<postgres::Client>,
    pub(super) office: i16,
    pub(super) fields: Fields,
    pub(super) table: Table,
    /// Who unlocked it; `None` for the recovery key, which names no user.
    user: Option<String>,
    pub(super) signer: SigningKey,
    pub(super) data_key: crate::crypto::Key,
    /// The `--store` value, for messages and for what keys a machine's memory of heads.
    path: PathBuf,
}

/// A handle on the office for one read or one transaction.
#[derive(Clone, Copy)]
pub struct Handle<'a> {
    pub(super) db: &'a Db,
}

impl Login {
    /// Connects, finds the office (`office=` in the URL, else the server's only one) and
    /// settles who is unlocking: the user asked for, else the only user, else the OS user's
    /// name when the office has such a user.
    pub fn find(url: &str, who: &Who) -> Result<Login> {
        let (plain, office_name) = split_office(url);
        let server = Server::parse(&plain)?;
        let mut client = server.connect()?;
        let e = |err| server.error(err);
        let installed = client
            .query_opt(
                "SELECT 1 FROM pg_tables WHERE schemaname = 'kabinet' AND tablename = 'offices'",
                &[],
            )
            .map_err(e)?
            .is_some();
        if installed {
            // A schema of another format: refused before anything is read or written.
            let format = client
                .query_opt(
                    "SELECT value FROM kabinet.meta WHERE office = 0 AND key = 'format'",
                    &[],
                )
                .map_err(e)?
                .and_then(|r| r.get::<_, String>(0).parse::<i64>().ok())
                .unwrap_or(0);
            let known = i64::from(super::schema::FORMAT);
            if format != known {
                return Err(Error::ServerFormat {
                    at: server.at().to_owned(),
                    found: format,
                    known,
                });
            }
        }
        let offices: Vec<(i16, String)> = if installed {
            client
                .query("SELECT office, name FROM kabinet.offices ORDER BY office", &[])
                .map_err(e)?
                .iter()
                .map(|r| (r.get(0), r.get(1)))
                .collect()
        } else {
            Vec::new()
        };
        let names = || offices.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>();
        let office = match (&office_name, offices.as_slice()) {
            (Some(name), _) => offices.iter().find(|(_, n)| n == name).map(|(o, _)| *o),
            (None, [(o, _)]) => Some(*o),
            (None, _) => None,
        };
        let Some(office) = office else {
            return Err(Error::NoOffice {
                at: server.at().to_owned(),
                asked: office_name,
                offices: names(),
            });
        };
        // Row-level security shows an office's slots only to the server roles of its members.
        let Some(slots) = client
            .query_opt("SELECT slots FROM kabinet.keys WHERE office = $1", &[&office])
            .map_err(e)?
        else {
            return Err(Error::ServerDenied {
                at: server.at().to_owned(),
                user: server.login().to_owned(),
                why: format!(
                    "it is not a member of office {} (an admin adds its user: kabinet user add)",
                    offices.iter().find(|(o, _)| *o == office).map_or("?", |(_, n)| n.as_str())
                ),
            });
        };
        let slots: String = slots.get(0);
        let table = Table::parse(&slots).map_err(|err| Error::Internal(err.to_string()))?;
        let user = match (&who.asked, table.users.as_slice()) {
            (Some(name), _) => name.clone(),
            (None, [only]) => only.name.clone(),
            (None, _) => who.os.clone(),
        };
        if table.user(&user).is_none() {
            let users = table.users.iter().map(|u| u.name.clone()).collect();
            return Err(Error::NoSuchUser { name: user, users });
        }
        Ok(Login { server, client, office, table, user, url: url.to_owned() })
    }

    /// The user who is unlocking.
    pub fn user(&self) -> &str {
        &self.user
    }

    /// The office's ID (its key slots' store ID), under which a session holds its key.
    pub fn store_id(&self) -> &str {
        &self.table.store
    }

    /// The names of the office's users.
    pub fn user_names(&self) -> Vec<String> {
        self.table.users.iter().map(|u| u.name.clone()).collect()
    }

    /// Opens the office with a data key and signing seed held for a session: `None` when they
    /// no longer fit (the user's key changed, or the slots are not the ones the key sealed).
    pub fn unlock_held(
        self,
        data_key: Key,
        seed: zeroize::Zeroizing<[u8; 32]>,
    ) -> Result<Option<Db>> {
        let Ok(signer) = SigningKey::from_seed(seed) else { return Ok(None) };
        let theirs = self.table.user(&self.user).map(|u| u.sign_public.clone()).unwrap_or_default();
        if hex::encode(signer.public()) != theirs || self.table.check(&data_key).is_err() {
            return Ok(None);
        }
        let user = Some(self.user.clone());
        Ok(Some(self.into_db(data_key, signer, user)?))
    }

    /// Opens the user's key slot with their passphrase: [`Error::WrongPassphrase`] when it
    /// does not. Nothing secret has left this machine.
    pub fn unlock(self, pass: &crate::crypto::Passphrase) -> Result<Db> {
        let unlocked = self.table.unlock(&self.user, pass).map_err(|e| match e {
            crate::slots::Error::WrongPassphrase => {
                Error::WrongPassphrase(PathBuf::from(&self.url))
            }
            other => Error::Internal(other.to_string()),
        })?;
        let Some(data_key) = unlocked.keys.into_iter().next() else {
            return Err(Error::WrongPassphrase(PathBuf::from(&self.url)));
        };
        let Some(signer) = unlocked.signing else {
            return Err(Error::Internal(format!("{} has no signing key", self.user)));
        };
        let user = Some(self.user.clone());
        self.into_db(data_key, signer, user)
    }

    /// Opens the office with its recovery key (to set a user's passphrase anew): signed by the
    /// recovery key, naming no user. [`Error::WrongPassphrase`] when it does not open.
    pub fn unlock_recovery(self, code: &crate::slots::RecoveryCode) -> Result<Db> {
        let wrong = || Error::WrongPassphrase(PathBuf::from(&self.url));
        let unlocked = self.table.unlock_recovery(code).map_err(|e| match e {
            crate::slots::Error::WrongPassphrase => wrong(),
            other => Error::Internal(other.to_string()),
        })?;
        let Some(data_key) = unlocked.keys.into_iter().next() else { return Err(wrong()) };
        let Some(signer) = unlocked.signing else {
            return Err(Error::Internal("the recovery key has no signing key".into()));
        };
        self.table.check(&data_key).map_err(|e| Error::Internal(e.to_string()))?;
        self.into_db(data_key, signer, None)
    }

    fn into_db(self, data_key: Key, signer: SigningKey, user: Option<String>) -> Result<Db> {
        let fields = Fields::new(&data_key)?;
        Ok(Db {
            server: self.server,
            client: RefCell::new(self.client),
            office: self.office,
            fields,
            table: self.table,
            user,
            signer,
            data_key,
            path: PathBuf::from(self.url),
        })
    }
}

/// The URL without kabinet's own `office=` parameter, and that parameter's value.
fn split_office(url: &str) -> (String, Option<String>) {
    let Some((head, query)) = url.split_once('?') else { return (url.to_owned(), None) };
    let mut office = None;
    let mut kept = Vec::new();
    for part in query.split('&') {
        match form_urlencoded::parse(part.as_bytes()).next() {
            Some((key, value)) if key == "office" => office = Some(value.into_owned()),
            _ => kept.push(part),
        }
    }
    let plain =
        if kept.is_empty() { head.to_owned() } else { format!("{head}?{}", kept.join("&")) };
    (plain, office)
}

impl Db {
    pub fn handle(&self) -> Handle<'_> {
        Handle { db: self }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn user(&self) -> Option<&str> {
        self.user.as_deref()
    }

    pub fn table(&self) -> Option<&Table> {
        Some(&self.table)
    }

    /// The data key and the signing seed (for a session's hold, which a server store does not
    /// use yet).
    pub fn held_keys(
        &self,
    ) -> (zeroize::Zeroizing<[u8; 32]>, Option<zeroize::Zeroizing<[u8; 32]>>) {
        (zeroize::Zeroizing::new(*self.data_key.expose()), Some(self.signer.seed()))
    }

    /// The user's signing key, again (kept through a change of their own passphrase).
    pub fn signing_key(&self) -> Result<SigningKey> {
        SigningKey::from_seed(self.signer.seed()).map_err(|e| Error::Internal(e.to_string()))
    }

    pub(super) fn client(&self) -> RefMut<'_, postgres::Client> {
        self.client.borrow_mut()
    }

    /// A driver's failure named by cause (see [`Server::error`]).
    pub(super) fn error(&self, e: postgres::Error) -> Error {
        self.server.error(e)
    }

    /// Runs `f` in one transaction on the server: committed when it says so, else rolled back
    /// (and rolled back by the server if this process dies first).
    pub fn write_if<T, E: From<Error>>(
        &mut self,
        f: impl FnOnce(Handle<'_>) -> std::result::Result<(T, bool), E>,
    ) -> std::result::Result<T, E> {
        self.client().batch_execute("BEGIN").map_err(|e| self.error(e))?;
        let result = f(self.handle());
        let end = match &result {
            Ok((_, true)) => "COMMIT",
            _ => "ROLLBACK",
        };
        let ended = self.client().batch_execute(end).map_err(|e| self.error(e));
        let (value, _) = result?;
        ended?;
        Ok(value)
    }
}

impl<'a> Handle<'a> {
    /// The user who unlocked the office.
    pub fn user(&self) -> Option<&'a str> {
        self.db.user.as_deref()
    }

    /// The office's random ID (its key slots').
    pub fn store_id(&self) -> String {
        self.db.table.store.clone()
    }

    /// A setting of the office (`kabinet.meta`).
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        let db = self.db;
        let row = db
            .client()
            .query_opt(
                "SELECT value FROM kabinet.meta WHERE office = $1 AND key = $2",
                &[&db.office, &key],
            )
            .map_err(|e| db.error(e))?;
        Ok(row.map(|r| r.get(0)))
    }

    pub fn put_setting(&self, key: &str, value: &str) -> Result<()> {
        let db = self.db;
        db.client()
            .execute(
                "INSERT INTO kabinet.meta (office, key, value) VALUES ($1, $2, $3) \
                 ON CONFLICT (office, key) DO UPDATE SET value = excluded.value",
                &[&db.office, &key, &value],
            )
            .map_err(|e| db.error(e))?;
        Ok(())
    }

    /// The office's export-signing key, opened.
    pub fn signer(&self) -> Result<crate::sign::Signer> {
        let key = super::EXPORT_KEY;
        let damaged = || Error::Corrupt("the office's export-signing key does not open".into());
        let text = self.setting(key.column)?.ok_or_else(damaged)?;
        let sealed = hex::decode(text).map_err(|_| damaged())?;
        let plain = self.db.fields.open(key.at(self.db.office), &sealed).map_err(|_| damaged())?;
        let split = plain.len().checked_sub(8).ok_or_else(damaged)?;
        let (pkcs8, id) = plain.split_at(split);
        let stored = crate::sign::StoredKey {
            pkcs8: zeroize::Zeroizing::new(pkcs8.to_vec()),
            key_id: id.try_into().map_err(|_| damaged())?,
        };
        Ok(crate::sign::Signer::new(&stored)?)
    }

    /// Runs `f` on the connection, its failures named by cause.
    pub(super) fn run<T>(
        &self,
        f: impl FnOnce(&mut postgres::Client) -> std::result::Result<T, Fault>,
    ) -> Result<T> {
        let db = self.db;
        let mut client = db.client();
        f(&mut client).map_err(|e| db.server.fault(e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_office_comes_out_of_the_url_and_the_rest_stays() {
        let (plain, office) =
            split_office("postgresql:///k?host=/run/pg&office=%D0%9C%D0%A4%D0%A6+1&user=a");
        assert_eq!(plain, "postgresql:///k?host=/run/pg&user=a");
        assert_eq!(office.as_deref(), Some("МФЦ 1"));
        assert_eq!(split_office("postgresql://h/k"), ("postgresql://h/k".into(), None));
        assert_eq!(split_office("postgresql://h/k?office=x").0, "postgresql://h/k");
    }
}

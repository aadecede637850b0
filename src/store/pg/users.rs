//! The office's users on the server: their key slots (`kabinet.keys`, changed under the row's
//! lock, so two admins at once do not lose a change), the server login role of each in the
//! group of their kabinet role, and the kinds of item each may see (`kabinet.members`, which
//! row-level security reads). A change the caller's server role may not make on the roles is
//! not made: the one SQL line a DBA must run is returned instead.

use postgres::error::SqlState;

use super::db::Db;
use super::schema::{self, ident};
use crate::crypto::Key;
use crate::slots::{self, Role, Table};
use crate::store::{Error, Result};

/// What a change of the slots does to a server login.
pub enum Membership<'a> {
    /// `user` logs in to this office as `role`, seeing `kinds` (all when `None`).
    Join { user: &'a str, role: Role, kinds: Option<&'a [String]> },
    /// `user` no longer logs in to this office.
    Leave { user: &'a str },
    /// Only the slots change.
    Keep,
}

/// The group role of a kabinet role.
pub fn group(role: Role) -> &'static str {
    match role {
        Role::Admin => schema::ADMIN,
        Role::Editor => schema::EDITOR,
        Role::Reader => schema::READER,
    }
}

fn slot_error(e: slots::Error, users: &Table) -> Error {
    match e {
        slots::Error::NoSuchUser(name) => {
            Error::NoSuchUser { name, users: users.users.iter().map(|u| u.name.clone()).collect() }
        }
        slots::Error::UserExists(name) => Error::UserExists(name),
        slots::Error::Crypto(c) => Error::Crypto(c),
        other => Error::Internal(other.to_string()),
    }
}

/// The SQL that makes `user`'s login role a member of `role`'s group only (made, without a
/// password, when missing) — or, leaving, of none.
pub(super) fn login_sql(
    tx: &mut postgres::Transaction,
    user: &str,
    role: Option<Role>,
) -> std::result::Result<String, postgres::Error> {
    let exists = tx.query_opt("SELECT 1 FROM pg_roles WHERE rolname = $1", &[&user])?.is_some();
    let who = ident(user);
    let groups = format!("{}, {}, {}", schema::ADMIN, schema::EDITOR, schema::READER);
    Ok(match (exists, role) {
        (false, Some(role)) => format!("CREATE ROLE {who} LOGIN IN ROLE {};", group(role)),
        (true, Some(role)) => {
            format!("REVOKE {groups} FROM {who}; GRANT {} TO {who};", group(role))
        }
        (_, None) => format!("REVOKE {groups} FROM {who};"),
    })
}

/// Runs `sql` on the roles when the caller may; returns it when they may not, for a DBA.
pub(super) fn on_roles(
    tx: &mut postgres::Transaction,
    sql: &str,
) -> std::result::Result<Option<String>, postgres::Error> {
    let mut sp = tx.savepoint("login_role")?;
    match sp.batch_execute(sql) {
        Ok(()) => {
            sp.commit()?;
            Ok(None)
        }
        Err(e) if e.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
            sp.rollback()?;
            Ok(Some(sql.to_owned()))
        }
        Err(e) => Err(e),
    }
}

/// Records who of `office` may see what (row-level security reads it).
pub(super) fn set_member(
    tx: &mut postgres::Transaction,
    office: i16,
    user: &str,
    kinds: Option<&[String]>,
) -> std::result::Result<(), postgres::Error> {
    let kinds = kinds.map(<[String]>::to_vec);
    tx.execute(
        "INSERT INTO kabinet.members (office, login, kinds) VALUES ($1, $2, $3) \
         ON CONFLICT (office, login) DO UPDATE SET kinds = excluded.kinds",
        &[&office, &user, &kinds],
    )?;
    Ok(())
}

impl Db {
    /// Changes the office's key slots with `f` (given the data key) and the server login the
    /// change concerns, in one transaction; returns what `f` gave and the SQL a DBA must run
    /// when the caller's server role may not change the login roles.
    pub fn change_users<T>(
        &mut self,
        f: impl FnOnce(&mut Table, &Key) -> std::result::Result<T, slots::Error>,
        membership: Membership,
    ) -> Result<(T, Option<String>)> {
        let office = self.office;
        let server = &self.server;
        let e = |err| server.error(err);
        let mut client = self.client.borrow_mut();
        let mut tx = client.transaction().map_err(e)?;
        let text: String = tx
            .query_one("SELECT slots FROM kabinet.keys WHERE office = $1 FOR UPDATE", &[&office])
            .map_err(e)?
            .get(0);
        let mut table = Table::parse(&text).map_err(|err| Error::Internal(err.to_string()))?;
        let out = f(&mut table, &self.data_key).map_err(|err| slot_error(err, &table))?;
        let text = table.to_text().map_err(|err| Error::Internal(err.to_string()))?;
        tx.execute("UPDATE kabinet.keys SET slots = $2 WHERE office = $1", &[&office, &text])
            .map_err(e)?;
        let for_dba = match membership {
            Membership::Join { user, role, kinds } => {
                set_member(&mut tx, office, user, kinds).map_err(e)?;
                let sql = login_sql(&mut tx, user, Some(role)).map_err(e)?;
                on_roles(&mut tx, &sql).map_err(e)?
            }
            Membership::Leave { user } => {
                tx.execute(
                    "DELETE FROM kabinet.members WHERE office = $1 AND login = $2",
                    &[&office, &user],
                )
                .map_err(e)?;
                let sql = login_sql(&mut tx, user, None).map_err(e)?;
                on_roles(&mut tx, &sql).map_err(e)?
            }
            Membership::Keep => None,
        };
        tx.commit().map_err(e)?;
        drop(client);
        self.table = table;
        Ok((out, for_dba))
    }
}

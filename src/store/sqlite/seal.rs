//! Row seals and the SQL function behind them: every item row carries an HMAC-SHA256 (ring)
//! of its columns under the store's random seal key, kept inside the encrypted store, so a row
//! written by another SQLCipher client (which has no `kabinet_mac` function and no seal
//! triggers) is detected by `kabinet verify`.
//!
//! The function is `kabinet_mac(tag, value, …)`: the HMAC of the tag and each value with its
//! type and length, truncated to 16 bytes. Temporary triggers, which exist only in kabinet's own
//! connection, seal each row after every insert and every change of its data columns.

use ring::hmac;
use rusqlite::functions::FunctionFlags;
use rusqlite::types::{Value, ValueRef};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use super::{Error, Result};
use crate::crypto;

const META_KEY: &str = "seal_key";
/// Bytes of HMAC kept per seal.
const MAC_LEN: usize = 16;

/// The columns a record's seal covers, in order. The ID comes last (since format version 8), so
/// that an import works out the seal of a row up to its ID on the thread that reads the file,
/// and the thread that inserts it only adds the ID ([`Partial`]).
pub const RECORD_COLUMNS: &str = "uuid, nkey, subject_id, subject_name, event_date, type, subtype, \
     result, description, registry_no, amount, snils, oktmo, responsible, follow_up_on, \
     recorded_at, late, amends, amended_by, id";

/// Each sealed table and the columns its seal covers, in order (`id` first, but last for
/// records). Derived columns (`follow_up_open`) and the seal itself are left out.
pub const SEALED: &[(&str, &str)] = &[
    ("records", RECORD_COLUMNS),
    (
        "docs",
        "id, uuid, nkey, holder, holder_snils, kind, series, number, issued_on, issued_by, \
         department_code, expires_on, notes, created_at, archived_at, replaces, replaced_by, \
         email, phone",
    ),
    (
        "appts",
        "id, uuid, nkey, person, institution, service, office, starts_at, duration_min, status, \
         confirmation_no, needs, notes, created_at, late_change, email, phone",
    ),
    ("obligations", "id, uuid, title, due, every, day, shift, created_at, done_at, notes"),
    (
        "applications",
        "id, uuid, nkey, applicant, snils, agency, service, number, submitted, due, fee, \
         fee_status, needs, notes, status, status_at, reason, created_at, issued_doc",
    ),
    ("attachments", "id, item, name, mime, size, sha256, added_at"),
];

/// Tables of an item's history rows, which have no ID of their own: each row's seal covers its
/// columns, the first of which is the ID of the item in the second table it belongs to (the one
/// named when the seal does not match). A changed reschedule or completion is detected like a
/// changed item.
pub const SEALED_HISTORY: &[(&str, &str, &str)] = &[
    ("appt_moves", "appts", "appt_id, moved_at, old_at, new_at, late"),
    ("obligation_done", "obligations", "obligation_id, due, done_at"),
    ("application_changes", "applications", "application_id, at, from_status, to_status, reason"),
];

/// Columns a later format added to a sealed table, and that format: a migration of before it
/// seals the table's rows without them (the column is not there yet).
const ADDED: &[(&str, &str, i64)] = &[
    ("applications", "issued_doc", 11),
    ("docs", "email", 14),
    ("docs", "phone", 14),
    ("appts", "email", 14),
    ("appts", "phone", 14),
];

/// The columns `table`'s seal covered at format `format`.
fn columns_at(table: &str, format: i64) -> Result<String> {
    let later = |c: &str| ADDED.iter().any(|(t, a, v)| *t == table && *a == c && *v > format);
    let cols = sealed_columns(table)?;
    Ok(cols.split(',').map(str::trim).filter(|c| !later(c)).collect::<Vec<_>>().join(", "))
}

/// Makes the store's seal key (inside the caller's transaction) unless it has one.
pub fn ensure_key(conn: &Connection) -> Result<()> {
    if load_key(conn)?.is_some() {
        return Ok(());
    }
    let key: [u8; 32] = crypto::random_bytes()?;
    let hex: Zeroizing<String> = Zeroizing::new(hex::encode(key));
    conn.execute("INSERT INTO meta (key, value) VALUES (?1, ?2)", [META_KEY, hex.as_str()])?;
    Ok(())
}

fn load_key(conn: &Connection) -> Result<Option<Zeroizing<Vec<u8>>>> {
    let hex: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [META_KEY], |r| r.get(0))
        .optional()?;
    let Some(hex) = hex.map(Zeroizing::new) else { return Ok(None) };
    match hex::decode(hex.as_str()).map(Zeroizing::new) {
        Ok(b) if b.len() == 32 => Ok(Some(b)),
        _ => Err(Error::SealKeyDamaged),
    }
}

/// Registers `kabinet_mac` on this connection with the store's seal key: once the schema is
/// current (before its first write the connection adds the [`triggers`] that call it), and in
/// migrations that seal rows. Returns the key, for sealing rows in Rust ([`Partial`]).
pub fn function(conn: &Connection) -> Result<SealKey> {
    let Some(secret) = load_key(conn)? else {
        return Err(Error::SealKeyDamaged);
    };
    register(conn, &secret)
}

/// The store's seal key: one per open store, shared with the SQL function that seals rows,
/// never copied.
pub struct SealKey(std::sync::Arc<hmac::Key>);

impl std::fmt::Debug for SealKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SealKey(<redacted>)")
    }
}

/// A seal being worked out in Rust: exactly `kabinet_mac(tag, values…)` once every value has
/// been pushed in order. It can be handed to another thread part way.
#[derive(Clone)]
pub struct Partial {
    mac: hmac::Context,
    /// Encoded values not yet hashed: hashed in one go, not two calls per value.
    pending: Vec<u8>,
}

impl Partial {
    /// A seal whose first value is the tag (the table).
    pub fn new(key: &SealKey, tag: &str) -> Partial {
        let mut p = Partial::empty(key);
        p.push(ValueRef::Text(tag.as_bytes()));
        p
    }

    fn empty(key: &SealKey) -> Partial {
        Partial { mac: hmac::Context::with_key(&key.0), pending: Vec::with_capacity(640) }
    }

    /// Adds a value: its type, its length and its bytes.
    pub fn push(&mut self, value: ValueRef<'_>) {
        let number;
        let (tag, bytes): (u8, &[u8]) = match value {
            ValueRef::Null => (0, &[]),
            ValueRef::Integer(n) => {
                number = n.to_be_bytes();
                (1, &number)
            }
            ValueRef::Real(f) => {
                number = f.to_be_bytes();
                (2, &number)
            }
            ValueRef::Text(t) => (3, t),
            ValueRef::Blob(b) => (4, b),
        };
        self.pending.push(tag);
        self.pending.extend_from_slice(&(bytes.len() as u64).to_be_bytes());
        self.pending.extend_from_slice(bytes);
    }

    /// Text, or NULL for `None`.
    pub fn text(&mut self, value: Option<&str>) {
        self.push(value.map_or(ValueRef::Null, ValueRef::from));
    }

    /// Hashes the values pushed so far, on the calling thread, and lets go of their buffer (a
    /// seal handed to another thread carries no more than the hash state).
    pub fn hash(&mut self) {
        self.mac.update(&self.pending);
        self.pending = Vec::new();
    }

    /// The seal of the values so far and `last`, leaving this one as it is.
    pub fn finish_with(&self, last: ValueRef<'_>) -> Vec<u8> {
        let mut p = self.clone();
        p.push(last);
        p.finish()
    }

    /// The seal.
    pub fn finish(mut self) -> Vec<u8> {
        self.hash();
        self.mac.sign().as_ref()[..MAC_LEN].to_vec()
    }
}

/// Creates the sealing triggers that are missing.
pub fn triggers(conn: &Connection) -> Result<()> {
    let mut sql = String::new();
    for (table, cols) in SEALED {
        let data: Vec<&str> = cols.split(',').map(str::trim).filter(|c| *c != "id").collect();
        sql.push_str(&trigger_sql(table, cols, &data.join(", "), "id"));
    }
    for (table, _, cols) in SEALED_HISTORY {
        // No ID of their own: the row is found by its rowid, which the seal does not cover.
        sql.push_str(&trigger_sql(table, cols, cols, "rowid"));
    }
    conn.execute_batch(&sql)?;
    Ok(())
}

/// The two triggers that seal `table`'s row (found by `key`) over `cols` after an insert and
/// after a change of any of `watched`.
fn trigger_sql(table: &str, cols: &str, watched: &str, key: &str) -> String {
    let new_cols: Vec<String> = cols.split(',').map(|c| format!("NEW.{}", c.trim())).collect();
    let seal = format!(
        "UPDATE {table} SET mac = kabinet_mac('{table}', {}) WHERE {key} = NEW.{key};",
        new_cols.join(", ")
    );
    format!(
        "CREATE TEMP TRIGGER IF NOT EXISTS seal_{table}_insert AFTER INSERT ON main.{table} \
         WHEN NEW.mac IS NULL BEGIN {seal} END;\n\
         CREATE TEMP TRIGGER IF NOT EXISTS seal_{table}_update AFTER UPDATE OF {watched} \
         ON main.{table} BEGIN {seal} END;\n"
    )
}

/// Drops `table`'s sealing triggers for a batch that seals each row as it inserts it (a
/// record import): even when they do nothing, they cost a third of the import's time. The
/// batch calls [`triggers`] when it is done; temporary DDL is transactional, so a batch that
/// rolls back gets them back with it.
pub fn suspend(conn: &Connection, table: &str) -> Result<()> {
    conn.execute_batch(&format!(
        "DROP TRIGGER IF EXISTS temp.seal_{table}_insert; \
         DROP TRIGGER IF EXISTS temp.seal_{table}_update;"
    ))?;
    Ok(())
}

/// Registers `kabinet_mac` with this secret (also used by the migration that makes the key).
pub fn register(conn: &Connection, secret: &[u8]) -> Result<SealKey> {
    let key = SealKey(std::sync::Arc::new(hmac::Key::new(hmac::HMAC_SHA256, secret)));
    let sealing = SealKey(std::sync::Arc::clone(&key.0));
    conn.create_scalar_function(
        "kabinet_mac",
        -1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        move |ctx| {
            let mut p = Partial::empty(&sealing);
            (0..ctx.len()).for_each(|i| p.push(ctx.get_raw(i)));
            Ok(p.finish())
        },
    )?;
    Ok(key)
}

/// Seals every row of every sealed table (the migration that introduces seals).
pub fn seal_all(conn: &Connection, format: i64) -> Result<()> {
    SEALED.iter().try_for_each(|(table, _)| seal_rows(conn, table, &columns_at(table, format)?))
}

/// Format version 8's change to the rows of items: a record's seal covers its ID last instead of
/// first, and each natural key is stored as its digest ([`crate::domain::key_digest`]). A row
/// whose seal matched — in the order before version 8 or, when an earlier migration of this
/// build sealed it, the current one — is sealed again over its new key. Any other row keeps its
/// seal, so a change made outside kabinet before the upgrade is still reported by `verify`.
pub fn digest_keys(conn: &Connection) -> Result<()> {
    conn.create_scalar_function(
        "kabinet_key",
        1,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |ctx| {
            Ok(match ctx.get::<Value>(0)? {
                // A key's text always joins parts with U+001F; a digest has none, and is kept.
                Value::Text(t) if t.contains('\u{1f}') => {
                    Value::Text(crate::domain::key_digest(&t))
                }
                other => other,
            })
        },
    )?;
    for table in ["records", "docs", "appts"] {
        let cols = &columns_at(table, 8)?;
        let before = match cols.strip_suffix(", id") {
            Some(rest) => format!("id, {rest}"),
            None => cols.to_owned(),
        };
        let after = cols.replace("nkey", "kabinet_key(nkey)");
        // OR FAIL: no statement journal, which would hold every page of the table in memory.
        // The key index is built anew afterwards, in key order, rather than kept up row by row.
        conn.execute_batch(&format!(
            "DROP INDEX IF EXISTS {table}_nkey; \
             UPDATE OR FAIL {table} SET nkey = kabinet_key(nkey), mac = \
               CASE WHEN mac IS kabinet_mac('{table}', {before}) \
                 OR mac IS kabinet_mac('{table}', {cols}) \
               THEN kabinet_mac('{table}', {after}) ELSE mac END; \
             CREATE INDEX {table}_nkey ON {table} (nkey);"
        ))?;
    }
    Ok(())
}

/// Seals one row of `table`, found by its ID, as the insert trigger would: for a batch that
/// has suspended the triggers ([`suspend`]). An insert into a table with a trigger keeps a
/// statement journal — a copy of every page it touches, 16 KiB each — in case the trigger
/// fails; an insert and a one-row UPDATE without one keep none (a 100,000-document import:
/// 2.6 s with the trigger).
pub fn seal_row(conn: &Connection, table: &str, id: i64) -> Result<()> {
    let Some((_, cols)) = SEALED.iter().find(|(t, _)| *t == table) else {
        return Err(Error::Internal(format!("no seal for the table {table}")));
    };
    conn.prepare_cached(&format!(
        "UPDATE {table} SET mac = kabinet_mac('{table}', {cols}) WHERE id = ?1"
    ))?
    .execute([id])?;
    Ok(())
}

/// Seals every row of the history tables (the migration that introduces their seals).
pub fn seal_history(conn: &Connection) -> Result<()> {
    SEALED_HISTORY.iter().try_for_each(|(table, _, cols)| seal_rows(conn, table, cols))
}

/// Seals every row of `table` — a table a later format adds is not there yet when an earlier
/// migration runs, and is left to the migration that makes it.
fn seal_rows(conn: &Connection, table: &str, cols: &str) -> Result<()> {
    if super::table_exists(conn, table)? {
        conn.execute(&format!("UPDATE {table} SET mac = kabinet_mac('{table}', {cols})"), [])?;
    }
    Ok(())
}

/// Of `table`'s history rows whose seal does not match their contents: how many, and the IDs
/// of the items they belong to (at most `limit`, each once).
pub fn broken_history(conn: &Connection, table: &str, limit: usize) -> Result<(u64, Vec<i64>)> {
    let cols = SEALED_HISTORY
        .iter()
        .find(|(t, _, _)| *t == table)
        .map(|(_, _, c)| *c)
        .ok_or_else(|| Error::Internal(format!("{table} is not sealed")))?;
    let owner = cols.split(',').next().unwrap_or_default().trim();
    mismatched(conn, table, cols, owner, "rowid", limit)
}

/// IDs of `table`'s rows whose seal does not match their contents.
pub fn broken(conn: &Connection, table: &str, limit: usize) -> Result<(u64, Vec<i64>)> {
    mismatched(conn, table, sealed_columns(table)?, "id", "id", limit)
}

/// The columns `table`'s seal covers ([`SEALED`]).
/// The columns format `format` added to `table`'s seal: each row whose seal matched its
/// columns without them is sealed again with them; any other keeps its seal, so a change made
/// outside kabinet is still reported.
pub fn reseal_with(conn: &Connection, table: &str, format: i64) -> Result<()> {
    let (before, cols) = (columns_at(table, format - 1)?, columns_at(table, format)?);
    conn.execute_batch(&format!(
        "UPDATE OR FAIL {table} SET mac = \
           CASE WHEN mac IS kabinet_mac('{table}', {before}) \
           THEN kabinet_mac('{table}', {cols}) ELSE mac END;"
    ))?;
    Ok(())
}

fn sealed_columns(table: &str) -> Result<&'static str> {
    SEALED
        .iter()
        .find(|(t, _)| *t == table)
        .map(|(_, c)| *c)
        .ok_or_else(|| Error::Internal(format!("{table} is not sealed")))
}

/// How many of `table`'s rows do not match their seal over `cols`, and the distinct values of
/// `named` of the first of them (at most `limit`), in `order`.
fn mismatched(
    conn: &Connection,
    table: &str,
    cols: &str,
    named: &str,
    order: &str,
    limit: usize,
) -> Result<(u64, Vec<i64>)> {
    let mut st = conn.prepare(&format!(
        "SELECT {named} FROM {table} \
         WHERE mac IS NULL OR mac IS NOT kabinet_mac('{table}', {cols}) ORDER BY {order}"
    ))?;
    let mut rows = st.query([])?;
    let (mut n, mut ids) = (0u64, Vec::new());
    while let Some(r) = rows.next()? {
        n += 1;
        let id: i64 = r.get(0)?;
        if ids.len() < limit && !ids.contains(&id) {
            ids.push(id);
        }
    }
    Ok((n, ids))
}

#[cfg(test)]
mod tests {
    use super::super::{Db, Error};
    use super::{SEALED, SEALED_HISTORY};

    fn triggers(db: &Db) -> i64 {
        let sql = "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'";
        db.handle().conn.query_row(sql, [], |r| r.get(0)).expect("count")
    }

    fn add_obligation(db: &mut Db, commit: bool) {
        db.write_if(|h| {
            h.conn.execute(
                "INSERT INTO obligations (uuid, title, due, shift, created_at) \
                 VALUES ('u1', 'отчёт', '2026-12-31', 'none', '2026-12-07T10:00:00Z')",
                [],
            )?;
            Ok::<_, Error>(((), commit))
        })
        .expect("write");
    }

    #[test]
    fn the_triggers_come_with_the_first_write_and_outlive_a_rollback() {
        let dir = tempfile::tempdir().expect("dir");
        let mut db = Db::scratch(dir.path()).expect("store");
        assert_eq!(triggers(&db), 0, "a connection that only reads makes none");
        let all = 2 * (SEALED.len() + SEALED_HISTORY.len()) as i64;
        // Made before the transaction, so a write that rolls back does not take them with it.
        add_obligation(&mut db, false);
        assert_eq!(triggers(&db), all);
        add_obligation(&mut db, true);
        assert_eq!(triggers(&db), all);
        let sql = "SELECT mac FROM obligations WHERE uuid = 'u1'";
        let mac: Option<Vec<u8>> = db.handle().conn.query_row(sql, [], |r| r.get(0)).expect("row");
        assert_eq!(mac.map(|m| m.len()), Some(super::MAC_LEN), "the row is sealed");
    }
}

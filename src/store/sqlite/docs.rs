//! SQL for the document registry.

use chrono::NaiveDateTime;
use rusqlite::{Connection, Row, params};

use super::Result;
use super::Skips;
use super::{opt_date, opt_datetime, req_date, req_datetime};
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::doc::{DocData, DocKind, Document};
use crate::domain::{ItemId, ItemKind};

const COLUMNS: &str = "id, uuid, holder, holder_snils, kind, series, number, issued_on, \
     issued_by, department_code, expires_on, notes, created_at, archived_at, replaces, replaced_by, \
     email, phone";

fn from_row(r: &Row) -> rusqlite::Result<Document> {
    let kind: String = r.get(4)?;
    Ok(Document {
        id: r.get(0)?,
        uuid: r.get(1)?,
        data: DocData {
            holder: r.get(2)?,
            holder_snils: r.get(3)?,
            kind: DocKind::parse(&kind).unwrap_or(DocKind::Other),
            series: r.get(5)?,
            number: r.get(6)?,
            issued_on: req_date(r.get(7)?)?,
            issued_by: r.get(8)?,
            department_code: r.get(9)?,
            expires_on: opt_date(r.get(10)?),
            notes: r.get(11)?,
            email: r.get(16)?,
            phone: r.get(17)?,
        },
        created_at: req_datetime(r.get(12)?)?,
        archived_at: opt_datetime(r.get(13)?),
        replaces: r.get(14)?,
        replaced_by: r.get(15)?,
    })
}

/// Inserts a document and returns its number: `id` when given, else the next one.
pub fn insert(
    conn: &Connection,
    id: Option<i64>,
    data: &DocData,
    uuid: &str,
    created_at: NaiveDateTime,
    replaces: Option<i64>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO docs (uuid, nkey, holder, holder_snils, kind, series, number, issued_on, \
         issued_by, department_code, expires_on, notes, created_at, replaces, id, email, phone) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)",
    )?
    .execute(params![
        uuid,
        data.natural_key(),
        data.holder,
        data.holder_snils,
        data.kind.code(),
        data.series,
        data.number,
        iso_date(data.issued_on),
        data.issued_by,
        data.department_code,
        data.expires_on.map(iso_date),
        data.notes,
        iso_datetime(created_at),
        replaces,
        id,
        data.email,
        data.phone,
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, data: &DocData) -> Result<()> {
    conn.execute(
        "UPDATE docs SET nkey = ?2, holder = ?3, holder_snils = ?4, kind = ?5, series = ?6, \
         number = ?7, issued_on = ?8, issued_by = ?9, department_code = ?10, expires_on = ?11, \
         notes = ?12, email = ?13, phone = ?14 WHERE id = ?1",
        params![
            id,
            data.natural_key(),
            data.holder,
            data.holder_snils,
            data.kind.code(),
            data.series,
            data.number,
            iso_date(data.issued_on),
            data.issued_by,
            data.department_code,
            data.expires_on.map(iso_date),
            data.notes,
            data.email,
            data.phone,
        ],
    )?;
    Ok(())
}

/// Marks a document archived, optionally linking the document that replaces it.
pub fn archive(
    conn: &Connection,
    id: i64,
    at: NaiveDateTime,
    replaced_by: Option<i64>,
) -> Result<()> {
    conn.execute(
        "UPDATE docs SET archived_at = ?2, replaced_by = COALESCE(?3, replaced_by) WHERE id = ?1",
        params![id, iso_datetime(at), replaced_by],
    )?;
    Ok(())
}

/// Deletes a document and unlinks it from its renewal chain.
pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("UPDATE docs SET replaced_by = NULL WHERE replaced_by = ?1", [id])?;
    conn.execute("UPDATE docs SET replaces = NULL WHERE replaces = ?1", [id])?;
    conn.execute("DELETE FROM docs WHERE id = ?1", [id])?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Document>> {
    let sql = format!("SELECT {COLUMNS} FROM docs WHERE id = ?1");
    super::one_item(conn, ItemId::new(ItemKind::Doc, id), &sql, from_row)
}

/// A document with the same kind, series and number, other than `except`.
pub fn find_duplicate(conn: &Connection, data: &DocData, except: &[i64]) -> Result<Option<i64>> {
    let Some(key) = data.natural_key() else {
        return Ok(None);
    };
    let mut st = conn.prepare_cached("SELECT id FROM docs WHERE nkey = ?1 ORDER BY id")?;
    let ids = st.query_map([key], |r| r.get::<_, i64>(0))?;
    for id in ids {
        let id = id?;
        if !except.contains(&id) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Every document, by expiry (indefinite last), then ID.
pub fn list(conn: &Connection, skips: &Skips) -> Result<Vec<Document>> {
    let mut all = Vec::new();
    each(conn, skips, |d| {
        all.push(d);
        Ok::<_, super::Error>(())
    })?;
    Ok(all)
}

/// [`list`] one document at a time (by expiry, indefinite ones last), for listings written as
/// they are read.
pub fn each<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    f: impl FnMut(Document) -> Result<(), E>,
) -> Result<(), E> {
    let sql = format!("SELECT {COLUMNS} FROM docs ORDER BY expires_on IS NULL, expires_on, id");
    super::each_item(conn, (skips, ItemKind::Doc), &sql, [], from_row, f)
}

/// Calls `f` for each document in ID (entry) order, one at a time, reading the table front to
/// back: memory stays flat however many there are.
pub fn scan<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    f: impl FnMut(Document) -> Result<(), E>,
) -> Result<(), E> {
    let sql = format!("SELECT {COLUMNS} FROM docs ORDER BY id");
    super::each_item(conn, (skips, ItemKind::Doc), &sql, [], from_row, f)
}

/// Groups of documents sharing kind, series and number, each in ID order.
pub fn duplicate_groups(conn: &Connection) -> Result<Vec<Vec<i64>>> {
    super::duplicate_groups(conn, "docs", "1")
}

/// Documents in use (not archived) expiring on or before `until`, by expiry.
pub fn expiring_by(
    conn: &Connection,
    skips: &Skips,
    until: chrono::NaiveDate,
) -> Result<Vec<Document>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM docs WHERE archived_at IS NULL AND expires_on IS NOT NULL \
         AND expires_on <= ?1 ORDER BY expires_on, id"
    );
    super::items(conn, (skips, ItemKind::Doc), &sql, [iso_date(until)], from_row)
}

//! SQL for attachments: each content stored once (by SHA-256) in `blobs`, however many items
//! it is attached to, and an `attachments` row per item that refers to it.

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;
use crate::domain::ItemId;
use crate::domain::dates::iso_datetime;
use crate::store::types::{Attachment, NewAttachment};
use crate::store::verify::Finding;

/// An item's attachments, numbered from 1 in the order attached.
pub(in crate::store) fn of_item(conn: &Connection, item: ItemId) -> Result<Vec<Attachment>> {
    let mut st = conn.prepare(
        "SELECT id, name, mime, size, sha256, added_at FROM attachments WHERE item = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([item.to_string()], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
    })?;
    let mut out = Vec::new();
    for (i, row) in rows.enumerate() {
        let (id, name, mime, size, sha256, added_at) = row?;
        out.push(Attachment { n: i + 1, id, name, mime, size, sha256, added_at });
    }
    Ok(out)
}

/// Content by its SHA-256.
pub(in crate::store) fn blob(conn: &Connection, sha256: &str) -> Result<Option<Vec<u8>>> {
    Ok(conn
        .query_row("SELECT data FROM blobs WHERE sha256 = ?1", [sha256], |r| r.get(0))
        .optional()?)
}

/// Attaches content to an item; returns the attachment's row.
pub(in crate::store) fn insert(conn: &Connection, item: ItemId, f: &NewAttachment) -> Result<i64> {
    insert_as(conn, None, item, f)
}

/// Attaches a file as attachment number `id` when given (a copy keeping the source's), else
/// the next.
pub(in crate::store) fn insert_as(
    conn: &Connection,
    id: Option<i64>,
    item: ItemId,
    f: &NewAttachment,
) -> Result<i64> {
    let size = f.bytes.len() as i64;
    conn.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?1, ?2, ?3)",
        params![f.sha256, size, f.bytes],
    )?;
    conn.execute(
        "INSERT INTO attachments (item, name, mime, size, sha256, added_at, id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        params![item.to_string(), f.name, f.mime, size, f.sha256, iso_datetime(f.at), id],
    )?;
    Ok(conn.last_insert_rowid())
}

/// Removes an attachment; its content goes when nothing else refers to it (and is overwritten:
/// `secure_delete`).
pub(in crate::store) fn delete(conn: &Connection, id: i64, sha256: &str) -> Result<()> {
    conn.execute("DELETE FROM attachments WHERE id = ?1", [id])?;
    conn.execute(
        "DELETE FROM blobs WHERE sha256 = ?1 \
         AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?1)",
        [sha256],
    )?;
    Ok(())
}

/// Contents whose SHA-256 is not their name, and attachments whose content is gone.
pub(super) fn check(conn: &Connection) -> Result<Vec<Finding>> {
    let mut found = Vec::new();
    let mut st = conn.prepare("SELECT sha256, data FROM blobs ORDER BY sha256")?;
    let mut rows = st.query([])?;
    while let Some(row) = rows.next()? {
        let sha: String = row.get(0)?;
        let data: Vec<u8> = row.get(1)?;
        if crate::crypto::sha256_hex(&data) != sha {
            found.push(Finding::Blob(sha));
        }
    }
    let mut st = conn.prepare(
        "SELECT a.item FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 \
         WHERE b.sha256 IS NULL ORDER BY a.id",
    )?;
    let orphans: Vec<String> = st.query_map([], |x| x.get(0))?.filter_map(|x| x.ok()).collect();
    found.extend(orphans.into_iter().map(Finding::BlobMissing));
    Ok(found)
}

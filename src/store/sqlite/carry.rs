//! What a copy from another store writes into a store file (a backup of an office): items
//! whole under their own numbers (UUIDs, times and history rows kept, every row sealed here),
//! numbers moved on past the source's, and log entries appended to this store's chain — each
//! signed by who makes the copy, the original's place, HMAC and signature kept beside it
//! (`origin`, under the chain).

use rusqlite::{Connection, OptionalExtension, params};

use super::audit::{self, Values};
use super::{Handle, applications, appts, docs, obligations, records};
use crate::domain::ItemKind;
use crate::domain::dates::iso_datetime;
use crate::store::types::{NewRecord, Put, RawEntry, RecordDates, Whole, origin_of};
use crate::store::{Error, Result};

/// Puts an item whole, under its own number: [`Put::Had`] when the store holds it already,
/// [`Error::Taken`] when that number is another item's.
pub(in crate::store) fn put(conn: &Connection, w: &Whole) -> Result<Put> {
    let item = w.item_id();
    let table = crate::store::audit::table(item.kind);
    let uuid: Option<String> = conn
        .query_row(&format!("SELECT uuid FROM {table} WHERE id = ?1"), [item.n], |r| r.get(0))
        .optional()?;
    match uuid {
        Some(u) if u == w.uuid() => return Ok(Put::Had),
        Some(_) => return Err(Error::Taken(item)),
        None => {}
    }
    match w {
        Whole::Record(r) => {
            let (nkey, dates) = (r.data.natural_key(), RecordDates::of(&r.data, r.recorded_at));
            let new = NewRecord {
                id: Some(r.id),
                data: &r.data,
                nkey: &nkey,
                uuid: &r.uuid,
                dates: &dates,
                late: r.late,
                amends: r.amends,
            };
            records::insert_new(conn, &new)?;
            if r.amends.is_some() || r.amended_by.is_some() {
                // Sets the link and works out the follow-ups of both groups.
                records::set_amended_by(conn, r.id, r.amended_by)?;
            }
        }
        Whole::Doc(d) => {
            docs::insert(conn, Some(d.id), &d.data, &d.uuid, d.created_at, d.replaces)?;
            if d.archived_at.is_some() || d.replaced_by.is_some() {
                conn.execute(
                    "UPDATE docs SET archived_at = ?2, replaced_by = ?3 WHERE id = ?1",
                    params![d.id, d.archived_at.map(iso_datetime), d.replaced_by],
                )?;
            }
        }
        Whole::Appt(a, moves) => {
            appts::insert(conn, Some(a.id), &a.data, &a.uuid, a.status, a.created_at)?;
            if a.late_change {
                conn.execute("UPDATE appts SET late_change = 1 WHERE id = ?1", [a.id])?;
            }
            moves.iter().try_for_each(|m| appts::put_move(conn, a.id, m))?;
        }
        Whole::Obligation(o, dones) => {
            obligations::insert(conn, Some(o.id), &o.data, &o.uuid, o.created_at)?;
            if let Some(at) = o.done_at {
                conn.execute(
                    "UPDATE obligations SET done_at = ?2 WHERE id = ?1",
                    params![o.id, iso_datetime(at)],
                )?;
            }
            dones.iter().try_for_each(|d| obligations::put_done(conn, o.id, d))?;
        }
        Whole::Application(a, changes) => {
            applications::insert(conn, Some(a.id), &a.data, &a.uuid, &a.standing(), a.created_at)?;
            changes.iter().try_for_each(|c| applications::put_change(conn, a.id, c))?;
        }
    }
    Ok(Put::Added)
}

/// Moves a kind's numbering on to at least `last` (the source's numbers stay given).
pub(in crate::store) fn raise_number(conn: &Connection, kind: ItemKind, last: i64) -> Result<()> {
    let table = crate::store::audit::table(kind);
    if last > audit::last_id(conn, table)? {
        // AUTOINCREMENT's counter: its row is there once the table has had a row.
        let n = conn
            .execute("UPDATE sqlite_sequence SET seq = ?2 WHERE name = ?1", params![table, last])?;
        if n == 0 {
            conn.execute(
                "INSERT INTO sqlite_sequence (name, seq) VALUES (?1, ?2)",
                params![table, last],
            )?;
        }
    }
    Ok(())
}

/// The last entry of store `store` already carried into this log (0: none).
pub(in crate::store) fn carried_up_to(conn: &Connection, store: &str) -> Result<i64> {
    Ok(conn.query_row(
        "SELECT coalesce(max(json_extract(origin, '$.seq')), 0) FROM audit \
         WHERE origin IS NOT NULL AND json_extract(origin, '$.store') = ?1",
        [store],
        |r| r.get(0),
    )?)
}

/// Appends `e` (entry `e.seq` of store `store`) to this log as it was — when, who, what —
/// signed by who makes the copy, with the original's HMAC and signature kept.
pub(in crate::store) fn carry(h: Handle, store: &str, e: &RawEntry) -> Result<i64> {
    let origin = origin_of(store, e);
    let actor =
        crate::store::audit::Actor { at: e.at, who: e.who.clone(), command: e.command.clone() };
    let values = Values {
        action: &e.action,
        item: e.item.as_deref(),
        before: e.before.as_deref(),
        after: e.after.as_deref(),
        origin: Some(&origin),
    };
    audit::append_values(h.conn, h.signer, &actor, &values)
}

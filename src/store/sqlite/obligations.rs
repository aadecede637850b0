//! SQL for obligations.

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use rusqlite::{Connection, Row, params};

use super::Result;
use super::Skips;
use super::{opt_datetime, req_date, req_datetime};
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::obligation::{Every, Obligation, ObligationData, Shift};
use crate::domain::{ItemId, ItemKind};
use crate::store::types::Done;

const COLUMNS: &str = "id, uuid, title, due, every, day, shift, created_at, done_at, notes";

fn from_row(r: &Row) -> rusqlite::Result<Obligation> {
    let every: Option<String> = r.get(4)?;
    let shift: String = r.get(6)?;
    Ok(Obligation {
        id: r.get(0)?,
        uuid: r.get(1)?,
        data: ObligationData {
            title: r.get(2)?,
            due: req_date(r.get(3)?)?,
            every: every.as_deref().and_then(Every::parse),
            day: r.get(5)?,
            shift: Shift::parse(&shift).unwrap_or(Shift::Next),
            notes: r.get(9)?,
        },
        created_at: req_datetime(r.get(7)?)?,
        done_at: opt_datetime(r.get(8)?),
    })
}

/// Inserts an obligation and returns its number: `id` when given, else the next one.
pub fn insert(
    conn: &Connection,
    id: Option<i64>,
    d: &ObligationData,
    uuid: &str,
    at: NaiveDateTime,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO obligations (uuid, title, due, every, day, shift, created_at, notes, id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![
            uuid,
            d.title,
            iso_date(d.due),
            d.every.map(Every::code),
            d.day,
            d.shift.code(),
            iso_datetime(at),
            d.notes,
            id
        ],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Obligation>> {
    let sql = format!("SELECT {COLUMNS} FROM obligations WHERE id = ?1");
    super::one_item(conn, ItemId::new(ItemKind::Obligation, id), &sql, from_row)
}

/// Every obligation, by nominal due date.
pub fn list(conn: &Connection, skips: &Skips) -> Result<Vec<Obligation>> {
    let sql = format!("SELECT {COLUMNS} FROM obligations ORDER BY due, id");
    super::items(conn, (skips, ItemKind::Obligation), &sql, [], from_row)
}

/// Keeps one completion of obligation `id`.
pub fn put_done(conn: &Connection, id: i64, d: &Done) -> Result<()> {
    conn.execute(
        "INSERT INTO obligation_done (obligation_id, due, done_at) VALUES (?1, ?2, ?3)",
        params![id, iso_date(d.due), iso_datetime(d.done_at)],
    )?;
    Ok(())
}

/// Records one completion; a recurring obligation moves to `next`, a one-off is closed.
pub fn done(
    conn: &Connection,
    o: &Obligation,
    at: NaiveDateTime,
    next: Option<NaiveDate>,
) -> Result<()> {
    put_done(conn, o.id, &Done { due: o.data.due, done_at: at })?;
    match next {
        // A store made before the day was kept for every recurring one gets it now, from the
        // date it was due on, before a short month clamps that.
        Some(n) => conn.execute(
            "UPDATE obligations SET due = ?2, day = coalesce(day, ?3) WHERE id = ?1",
            params![o.id, iso_date(n), o.data.due.day()],
        )?,
        None => conn.execute(
            "UPDATE obligations SET done_at = ?2 WHERE id = ?1",
            params![o.id, iso_datetime(at)],
        )?,
    };
    Ok(())
}

/// An obligation's completions, oldest first.
pub fn dones(conn: &Connection, id: i64) -> Result<Vec<Done>> {
    let mut st = conn.prepare(
        "SELECT due, done_at FROM obligation_done WHERE obligation_id = ?1 ORDER BY rowid",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(Done { due: req_date(r.get(0)?)?, done_at: req_datetime(r.get(1)?)? })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM obligation_done WHERE obligation_id = ?1", [id])?;
    conn.execute("DELETE FROM obligations WHERE id = ?1", [id])?;
    Ok(())
}

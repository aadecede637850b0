//! SQL for appointments and their reschedule history.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, Row, params};

use super::Result;
use super::Skips;
use super::req_datetime;
use crate::domain::appt::{Appointment, ApptData, ApptStatus, Move, parse_needs};
use crate::domain::dates::iso_datetime;
use crate::domain::{ItemId, ItemKind};

const COLUMNS: &str = "id, uuid, person, institution, service, office, starts_at, duration_min, \
     status, confirmation_no, needs, notes, created_at, late_change, email, phone";

fn from_row(r: &Row) -> rusqlite::Result<Appointment> {
    let needs: Option<String> = r.get(10)?;
    let status: String = r.get(8)?;
    Ok(Appointment {
        id: r.get(0)?,
        uuid: r.get(1)?,
        data: ApptData {
            person: r.get(2)?,
            institution: r.get(3)?,
            service: r.get(4)?,
            office: r.get(5)?,
            starts_at: req_datetime(r.get(6)?)?,
            duration_min: r.get(7)?,
            confirmation_no: r.get(9)?,
            needs: needs.as_deref().and_then(|n| parse_needs(n).ok()).unwrap_or_default(),
            notes: r.get(11)?,
            email: r.get(14)?,
            phone: r.get(15)?,
        },
        status: ApptStatus::parse(&status).unwrap_or(ApptStatus::Scheduled),
        created_at: req_datetime(r.get(12)?)?,
        late_change: r.get(13)?,
    })
}

fn needs_text(data: &ApptData) -> Option<String> {
    (!data.needs.is_empty()).then(|| crate::domain::appt::format_needs(&data.needs))
}

/// Inserts an appointment and returns its number: `id` when given, else the next one.
pub fn insert(
    conn: &Connection,
    id: Option<i64>,
    data: &ApptData,
    uuid: &str,
    status: ApptStatus,
    created_at: NaiveDateTime,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO appts (uuid, nkey, person, institution, service, office, starts_at, \
         duration_min, status, confirmation_no, needs, notes, created_at, id, email, phone) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?
    .execute(params![
        uuid,
        data.natural_key(),
        data.person,
        data.institution,
        data.service,
        data.office,
        iso_datetime(data.starts_at),
        data.duration_min,
        status.code(),
        data.confirmation_no,
        needs_text(data),
        data.notes,
        iso_datetime(created_at),
        id,
        data.email,
        data.phone,
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, data: &ApptData) -> Result<()> {
    conn.execute(
        "UPDATE appts SET nkey = ?2, person = ?3, institution = ?4, service = ?5, office = ?6, \
         starts_at = ?7, duration_min = ?8, confirmation_no = ?9, needs = ?10, notes = ?11, \
         email = ?12, phone = ?13 WHERE id = ?1",
        params![
            id,
            data.natural_key(),
            data.person,
            data.institution,
            data.service,
            data.office,
            iso_datetime(data.starts_at),
            data.duration_min,
            data.confirmation_no,
            needs_text(data),
            data.notes,
            data.email,
            data.phone,
        ],
    )?;
    Ok(())
}

pub fn set_status(conn: &Connection, id: i64, status: ApptStatus, late: bool) -> Result<()> {
    conn.execute(
        "UPDATE appts SET status = ?2, late_change = late_change OR ?3 WHERE id = ?1",
        params![id, status.code(), late],
    )?;
    Ok(())
}

/// Adds `m` to appointment `id`'s history.
pub fn put_move(conn: &Connection, id: i64, m: &Move) -> Result<()> {
    conn.execute(
        "INSERT INTO appt_moves (appt_id, moved_at, old_at, new_at, late) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, iso_datetime(m.moved_at), iso_datetime(m.from), iso_datetime(m.to), m.late],
    )?;
    Ok(())
}

/// Moves an appointment and keeps the old time in its history.
pub fn reschedule(
    conn: &Connection,
    appt: &Appointment,
    new_at: NaiveDateTime,
    now: NaiveDateTime,
    late: bool,
) -> Result<()> {
    put_move(conn, appt.id, &Move { moved_at: now, from: appt.data.starts_at, to: new_at, late })?;
    let mut data = appt.data.clone();
    data.starts_at = new_at;
    update(conn, appt.id, &data)?;
    if late {
        conn.execute("UPDATE appts SET late_change = 1 WHERE id = ?1", [appt.id])?;
    }
    Ok(())
}

pub fn moves(conn: &Connection, id: i64) -> Result<Vec<Move>> {
    let mut st = conn.prepare(
        "SELECT moved_at, old_at, new_at, late FROM appt_moves WHERE appt_id = ?1 ORDER BY rowid",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(Move {
            moved_at: req_datetime(r.get(0)?)?,
            from: req_datetime(r.get(1)?)?,
            to: req_datetime(r.get(2)?)?,
            late: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM appt_moves WHERE appt_id = ?1", [id])?;
    conn.execute("DELETE FROM appts WHERE id = ?1", [id])?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Appointment>> {
    let sql = format!("SELECT {COLUMNS} FROM appts WHERE id = ?1");
    super::one_item(conn, ItemId::new(ItemKind::Appt, id), &sql, from_row)
}

pub fn find_duplicate(conn: &Connection, data: &ApptData, except: &[i64]) -> Result<Option<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT id FROM appts WHERE nkey = ?1 AND status != 'cancelled' ORDER BY id",
    )?;
    let ids = st.query_map([data.natural_key()], |r| r.get::<_, i64>(0))?;
    for id in ids {
        let id = id?;
        if !except.contains(&id) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Appointments starting on a day in `[from, to]`, in time order.
pub fn list(
    conn: &Connection,
    skips: &Skips,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<Appointment>> {
    let mut all = Vec::new();
    each(conn, skips, from, to, |a| {
        all.push(a);
        Ok::<_, super::Error>(())
    })?;
    Ok(all)
}

/// [`list`] one appointment at a time (by start), for listings written as they are read.
pub fn each<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    f: impl FnMut(Appointment) -> Result<(), E>,
) -> Result<(), E> {
    let (days, params) = super::day_bounds("starts_at", true, from, to);
    let sql = format!("SELECT {COLUMNS} FROM appts WHERE {days} ORDER BY starts_at, id");
    let params = rusqlite::params_from_iter(params);
    super::each_item(conn, (skips, ItemKind::Appt), &sql, params, from_row, f)
}

/// Calls `f` for each appointment starting on a day in `[from, to]`, in ID (entry) order, one
/// at a time, reading the table front to back.
pub fn scan<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    f: impl FnMut(Appointment) -> Result<(), E>,
) -> Result<(), E> {
    let (days, params) = super::day_bounds("+starts_at", true, from, to);
    let sql = format!("SELECT {COLUMNS} FROM appts WHERE {days} ORDER BY id");
    let params = rusqlite::params_from_iter(params);
    super::each_item(conn, (skips, ItemKind::Appt), &sql, params, from_row, f)
}

/// Scheduled appointments that need the given document.
pub fn needing(conn: &Connection, doc_id: i64) -> Result<Vec<i64>> {
    super::needing(conn, "appts", "status = 'scheduled'", doc_id)
}

/// Groups of live (not cancelled) appointments sharing a natural key, each in ID order.
pub fn duplicate_groups(conn: &Connection) -> Result<Vec<Vec<i64>>> {
    super::duplicate_groups(conn, "appts", "status != 'cancelled'")
}

/// Every appointment, in time order.
pub fn all(conn: &Connection, skips: &Skips) -> Result<Vec<Appointment>> {
    list(conn, skips, None, None)
}

/// Scheduled appointments starting on or before the day `until`, in time order.
pub fn scheduled_by(
    conn: &Connection,
    skips: &Skips,
    until: NaiveDate,
) -> Result<Vec<Appointment>> {
    let (days, params) = super::day_bounds("starts_at", true, None, Some(until));
    let sql = format!(
        "SELECT {COLUMNS} FROM appts WHERE status = 'scheduled' AND {days} ORDER BY starts_at, id"
    );
    let params = rusqlite::params_from_iter(params);
    super::items(conn, (skips, ItemKind::Appt), &sql, params, from_row)
}

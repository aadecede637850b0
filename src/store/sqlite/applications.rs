//! SQL for applications and their changes of status.

use chrono::{NaiveDate, NaiveDateTime};
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::{Result, Skips, opt_date, req_date, req_datetime};
use crate::domain::application::{
    Application, ApplicationData, Change, FeeStatus, Standing, Status,
};
use crate::domain::appt::{format_needs, parse_needs};
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::{ItemId, ItemKind};

const COLUMNS: &str = "id, uuid, applicant, snils, agency, service, number, submitted, due, fee, \
     fee_status, needs, notes, status, status_at, reason, created_at, issued_doc";

fn status(s: &str) -> rusqlite::Result<Status> {
    Status::parse(s).ok_or_else(|| super::bad_column(s))
}

fn from_row(r: &Row) -> rusqlite::Result<Application> {
    let fee_status: Option<String> = r.get(10)?;
    let needs: Option<String> = r.get(11)?;
    Ok(Application {
        id: r.get(0)?,
        uuid: r.get(1)?,
        data: ApplicationData {
            applicant: r.get(2)?,
            snils: r.get(3)?,
            agency: r.get(4)?,
            service: r.get(5)?,
            number: r.get(6)?,
            submitted: req_date(r.get(7)?)?,
            due: opt_date(r.get(8)?),
            fee: r.get(9)?,
            fee_status: fee_status.as_deref().and_then(FeeStatus::parse),
            needs: needs.as_deref().map(|n| parse_needs(n).unwrap_or_default()).unwrap_or_default(),
            notes: r.get(12)?,
        },
        status: status(&r.get::<_, String>(13)?)?,
        status_at: req_datetime(r.get(14)?)?,
        reason: r.get(15)?,
        created_at: req_datetime(r.get(16)?)?,
        issued_doc: r.get(17)?,
    })
}

/// The values of the data columns, in the order of `INSERT` and `UPDATE` below.
fn needs_text(d: &ApplicationData) -> Option<String> {
    (!d.needs.is_empty()).then(|| format_needs(&d.needs))
}

/// Inserts an application standing as `st` (its number: `id` when given, else the next);
/// returns its number.
pub fn insert(
    conn: &Connection,
    id: Option<i64>,
    d: &ApplicationData,
    uuid: &str,
    st: &Standing,
    created_at: NaiveDateTime,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO applications (uuid, nkey, applicant, snils, agency, service, number, \
         submitted, due, fee, fee_status, needs, notes, status, status_at, reason, created_at, \
         issued_doc, id) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, \
         ?18, ?19)",
    )?
    .execute(params![
        uuid,
        d.natural_key(),
        d.applicant,
        d.snils,
        d.agency,
        d.service,
        d.number,
        iso_date(d.submitted),
        d.due.map(iso_date),
        d.fee,
        d.fee_status.map(FeeStatus::code),
        needs_text(d),
        d.notes,
        st.status.code(),
        iso_datetime(st.since),
        st.reason,
        iso_datetime(created_at),
        st.issued_doc,
        id,
    ])?;
    Ok(conn.last_insert_rowid())
}

pub fn update(conn: &Connection, id: i64, d: &ApplicationData) -> Result<()> {
    conn.execute(
        "UPDATE applications SET nkey = ?2, applicant = ?3, snils = ?4, agency = ?5, \
         service = ?6, number = ?7, submitted = ?8, due = ?9, fee = ?10, fee_status = ?11, \
         needs = ?12, notes = ?13 WHERE id = ?1",
        params![
            id,
            d.natural_key(),
            d.applicant,
            d.snils,
            d.agency,
            d.service,
            d.number,
            iso_date(d.submitted),
            d.due.map(iso_date),
            d.fee,
            d.fee_status.map(FeeStatus::code),
            needs_text(d),
            d.notes,
        ],
    )?;
    Ok(())
}

/// Keeps `c` in application `id`'s history.
pub fn put_change(conn: &Connection, id: i64, c: &Change) -> Result<()> {
    conn.execute(
        "INSERT INTO application_changes (application_id, at, from_status, to_status, reason) \
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, iso_datetime(c.at), c.from.code(), c.to.code(), c.reason],
    )?;
    Ok(())
}

/// Moves an application to where `st` says, keeping the change in its history.
pub fn set_status(conn: &Connection, a: &Application, st: &Standing) -> Result<()> {
    let change = Change { at: st.since, from: a.status, to: st.status, reason: st.reason.clone() };
    put_change(conn, a.id, &change)?;
    conn.execute(
        "UPDATE applications SET status = ?2, status_at = ?3, reason = ?4, issued_doc = ?5 \
         WHERE id = ?1",
        params![a.id, st.status.code(), iso_datetime(st.since), st.reason, st.issued_doc],
    )?;
    Ok(())
}

/// The application whose approval issued document `doc`, if any.
pub fn issuing(conn: &Connection, doc: i64) -> Result<Option<i64>> {
    Ok(conn
        .prepare_cached("SELECT id FROM applications WHERE issued_doc = ?1 ORDER BY id LIMIT 1")?
        .query_row([doc], |r| r.get(0))
        .optional()?)
}

pub fn delete(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM application_changes WHERE application_id = ?1", [id])?;
    conn.execute("DELETE FROM applications WHERE id = ?1", [id])?;
    Ok(())
}

pub fn get(conn: &Connection, id: i64) -> Result<Option<Application>> {
    let sql = format!("SELECT {COLUMNS} FROM applications WHERE id = ?1");
    super::one_item(conn, ItemId::new(ItemKind::Application, id), &sql, from_row)
}

/// An application with the same natural key, other than `except`.
pub fn find_duplicate(
    conn: &Connection,
    d: &ApplicationData,
    except: &[i64],
) -> Result<Option<i64>> {
    let mut st = conn.prepare_cached("SELECT id FROM applications WHERE nkey = ?1 ORDER BY id")?;
    let ids = st.query_map([d.natural_key()], |r| r.get::<_, i64>(0))?;
    for id in ids {
        let id = id?;
        if !except.contains(&id) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Calls `f` with each application, latest submission first, one at a time.
pub fn each<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    f: impl FnMut(Application) -> Result<(), E>,
) -> Result<(), E> {
    let sql = format!("SELECT {COLUMNS} FROM applications ORDER BY submitted DESC, id DESC");
    super::each_item(conn, (skips, ItemKind::Application), &sql, [], from_row, f)
}

/// Open applications relying on document `doc_id`.
pub fn needing(conn: &Connection, doc_id: i64) -> Result<Vec<i64>> {
    super::needing(conn, "applications", "status IN ('accepted', 'processing')", doc_id)
}

/// Groups of applications sharing a natural key, cancelled ones left out.
pub fn duplicate_groups(conn: &Connection) -> Result<Vec<Vec<i64>>> {
    super::duplicate_groups(conn, "applications", "status != 'cancelled'")
}

/// Calls `f` with each application in entry order, reading the table front to back.
pub fn scan<E: From<super::Error>>(
    conn: &Connection,
    skips: &Skips,
    f: impl FnMut(Application) -> Result<(), E>,
) -> Result<(), E> {
    let sql = format!("SELECT {COLUMNS} FROM applications ORDER BY id");
    super::each_item(conn, (skips, ItemKind::Application), &sql, [], from_row, f)
}

/// Open applications whose term falls on or before `until`, by term.
pub fn open_due_by(conn: &Connection, skips: &Skips, until: NaiveDate) -> Result<Vec<Application>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM applications \
         WHERE status IN ('accepted', 'processing') AND due IS NOT NULL AND due <= ?1 \
         ORDER BY due, id"
    );
    super::items(conn, (skips, ItemKind::Application), &sql, [iso_date(until)], from_row)
}

/// An application's changes of status, oldest first.
pub fn changes(conn: &Connection, id: i64) -> Result<Vec<Change>> {
    let mut st = conn.prepare(
        "SELECT at, from_status, to_status, reason FROM application_changes \
         WHERE application_id = ?1 ORDER BY at, rowid",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(Change {
            at: req_datetime(r.get(0)?)?,
            from: status(&r.get::<_, String>(1)?)?,
            to: status(&r.get::<_, String>(2)?)?,
            reason: r.get(3)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

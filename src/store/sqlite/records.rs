//! SQL for diary records.

use chrono::NaiveDate;
use rusqlite::types::ValueRef;
use rusqlite::{Connection, OptionalExtension, Row, params};

use super::raw::{Cell, Cells, RawRows};
use super::seal;
use super::{Error, Result};
use super::{Skips, or_skip};
use super::{req_date, req_date_str, req_datetime, req_datetime_str};
use crate::domain::dates::{from_iso_date, iso_date};
use crate::domain::record::{Record, RecordData};
use crate::domain::{ItemId, ItemKind};
use crate::store::types::{CheckRow, Flow, NewRecord, OpenFollowUp};

const COLUMNS: &str = "id, uuid, subject_id, subject_name, event_date, type, subtype, result, \
     description, registry_no, amount, snils, oktmo, responsible, follow_up_on, recorded_at, \
     late, amends, amended_by";

/// How many columns [`COLUMNS`] names.
const N_COLUMNS: usize = 19;

fn from_row(r: &Row) -> rusqlite::Result<Record> {
    from_cells(&Cells(&Cell::of_row(r, N_COLUMNS)?))
}

/// A record from the values of [`COLUMNS`], in order.
fn from_cells(c: &Cells) -> rusqlite::Result<Record> {
    Ok(Record {
        id: c.int(0)?,
        uuid: c.text(1)?,
        data: RecordData {
            subject_id: c.text(2)?,
            subject_name: c.opt_text(3)?,
            event_date: req_date_str(c.str(4)?)?,
            kind: c.text(5)?,
            subtype: c.opt_text(6)?,
            result: c.text(7)?,
            description: c.opt_text(8)?,
            registry_no: c.opt_text(9)?,
            amount: c.opt_text(10)?,
            snils: c.opt_text(11)?,
            oktmo: c.opt_text(12)?,
            responsible: c.opt_text(13)?,
            follow_up_on: c.opt_str(14)?.and_then(from_iso_date),
        },
        recorded_at: req_datetime_str(c.str(15)?)?,
        late: c.bool(16)?,
        amends: c.opt_int(17)?,
        amended_by: c.opt_int(18)?,
    })
}

/// Inserts a record and returns its number: `id` when given (an import keeping the number it
/// had), else the next one.
pub(in crate::store) fn insert_new(conn: &Connection, new: &NewRecord) -> Result<i64> {
    let id = insert_unsettled(conn, new, None)?;
    if new.amends.is_none() {
        // An amendment's groups are worked out by `set_amended_by`, which the caller runs next.
        refresh_follow_ups(conn, &new.data.subject_id, &new.data.kind)?;
    }
    Ok(id)
}

/// The seal of a new record up to its number, which it covers last ([`seal::RECORD_COLUMNS`]):
/// all of it but the number is known before the row is inserted, so an import works it out on
/// the thread that reads the file, and [`insert_unsettled`] only adds the number.
pub(in crate::store) fn seal_before_id(key: &seal::SealKey, new: &NewRecord) -> seal::Partial {
    let d = new.data;
    let mut p = seal::Partial::new(key, "records");
    for text in
        [Some(new.uuid), Some(new.nkey), Some(d.subject_id.as_str()), d.subject_name.as_deref()]
    {
        p.text(text);
    }
    p.text(Some(&new.dates.event_date));
    for text in
        [Some(d.kind.as_str()), d.subtype.as_deref(), Some(&d.result), d.description.as_deref()]
    {
        p.text(text);
    }
    for text in [&d.registry_no, &d.amount, &d.snils, &d.oktmo, &d.responsible] {
        p.text(text.as_deref());
    }
    p.text(new.dates.follow_up_on.as_deref());
    p.text(Some(&new.dates.recorded_at));
    p.push(ValueRef::Integer(new.late.into()));
    p.push(new.amends.map_or(ValueRef::Null, ValueRef::Integer));
    // amended_by: a new record amends, it is not amended.
    p.push(ValueRef::Null);
    p.hash();
    p
}

/// Inserts a record with its follow-up marked open, without looking at the rest of its group:
/// for a batch, which calls [`settle_follow_ups`] once at the end. `sealed` is its seal up to
/// the number ([`seal_before_id`]), when worked out already; else SQLite works out the seal.
fn insert_unsettled(
    conn: &Connection,
    new: &NewRecord,
    sealed: Option<&seal::Partial>,
) -> Result<i64> {
    // The row is sealed as it is written (see `seal`): its number is the one AUTOINCREMENT
    // would give, so the seal can cover it, and the sealing trigger has nothing to redo.
    let id = match new.id {
        Some(id) => id,
        None => {
            let seq: Option<i64> = conn
                .prepare_cached("SELECT seq FROM sqlite_sequence WHERE name = 'records'")?
                .query_row([], |r| r.get(0))
                .optional()?;
            seq.unwrap_or(0) + 1
        }
    };
    insert_row(&mut *conn.prepare_cached(INSERT)?, new, id, sealed)?;
    Ok(conn.last_insert_rowid())
}

/// A new record's row. `?20` is its seal when worked out already; else SQLite works it out.
const INSERT: &str = "INSERT INTO records (uuid, nkey, subject_id, subject_name, event_date, type, \
     subtype, result, description, registry_no, amount, snils, oktmo, responsible, follow_up_on, \
     recorded_at, late, amends, id, follow_up_open, mac) \
     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
     ?19, ?15 IS NOT NULL, CASE WHEN ?20 IS NULL THEN kabinet_mac('records', ?1, ?2, ?3, \
     ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, NULL, ?19) \
     ELSE ?20 END)";

/// Runs [`INSERT`] for `new` as record number `id`.
fn insert_row(
    st: &mut rusqlite::Statement,
    new: &NewRecord,
    id: i64,
    sealed: Option<&seal::Partial>,
) -> Result<()> {
    let NewRecord { data, nkey, uuid, dates, late, amends, .. } = *new;
    st.execute(params![
        uuid,
        nkey,
        data.subject_id,
        data.subject_name,
        dates.event_date,
        data.kind,
        data.subtype,
        data.result,
        data.description,
        data.registry_no,
        data.amount,
        data.snils,
        data.oktmo,
        data.responsible,
        dates.follow_up_on,
        dates.recorded_at,
        late,
        amends,
        id,
        sealed.map(|p| p.finish_with(ValueRef::Integer(id))),
    ])?;
    Ok(())
}

/// [`insert_unsettled`] for many records numbered by the caller (an import): the statement is
/// prepared once, not looked up by its text for every row.
pub(in crate::store) struct Inserter<'c>(rusqlite::Statement<'c>);

impl<'c> Inserter<'c> {
    pub(in crate::store) fn new(conn: &'c Connection) -> Result<Self> {
        Ok(Inserter(conn.prepare(INSERT)?))
    }

    /// Inserts `new` as record number `id`.
    pub(in crate::store) fn insert(
        &mut self,
        new: &NewRecord,
        id: i64,
        sealed: Option<&seal::Partial>,
    ) -> Result<()> {
        insert_row(&mut self.0, new, id, sealed)
    }
}

/// Closes every open follow-up that a later current record of its type and subject answers,
/// after records were inserted with [`insert_unsettled`]: those numbered in the `added` ranges,
/// or — `None` — the whole journal, when it held no record before.
///
/// With `None` it reads every open follow-up. With the ranges it reads only what the new
/// records can change: the journal was settled before them, so an old follow-up can only be
/// answered by a new record, which looks up the open ones of its group; a new follow-up can be
/// answered by any record. Ten thousand rows imported into a journal with a hundred thousand
/// open follow-ups: 0.17 s less. The answered ones are found first and then closed one row at
/// a time: one UPDATE over them all would keep a statement journal of every page it touches in
/// memory (300 MB after a million-row import).
pub(in crate::store) fn settle_follow_ups(
    conn: &Connection,
    added: Option<&[(i64, i64)]>,
) -> Result<()> {
    const ANSWERED: &str = "EXISTS (SELECT 1 FROM records n \
         WHERE n.subject_id = o.subject_id AND n.type = o.type \
         AND n.event_date > o.event_date AND n.amended_by IS NULL)";
    let mut answered: Vec<i64> = Vec::new();
    let mut collect = |st: &mut rusqlite::Statement, range: &[i64]| -> Result<()> {
        let ids = st.query_map(rusqlite::params_from_iter(range), |r| r.get(0))?;
        for id in ids {
            answered.push(id?);
        }
        Ok(())
    };
    match added {
        None => collect(
            &mut conn.prepare(&format!(
                "SELECT id FROM records o INDEXED BY records_open_follow_up \
                 WHERE follow_up_open = 1 AND {ANSWERED}"
            ))?,
            &[],
        )?,
        Some(ranges) => {
            let mut by_new = conn.prepare(
                "SELECT o.id FROM records n, records o INDEXED BY records_open_follow_up \
                 WHERE n.id BETWEEN ?1 AND ?2 AND n.amended_by IS NULL \
                 AND o.subject_id = n.subject_id AND o.type = n.type \
                 AND o.follow_up_open = 1 AND o.event_date < n.event_date",
            )?;
            let mut new_ones = conn.prepare(&format!(
                "SELECT id FROM records o WHERE id BETWEEN ?1 AND ?2 \
                 AND follow_up_open = 1 AND {ANSWERED}"
            ))?;
            for &(first, last) in ranges {
                collect(&mut by_new, &[first, last])?;
                collect(&mut new_ones, &[first, last])?;
            }
            answered.sort_unstable();
            answered.dedup();
        }
    }
    let mut close = conn.prepare_cached("UPDATE records SET follow_up_open = 0 WHERE id = ?1")?;
    for id in answered {
        close.execute([id])?;
    }
    Ok(())
}

/// Works out again which follow-ups of one subject's records of one type are open: after an
/// edit, an amendment or a deletion, which can open as well as close them.
fn refresh_follow_ups(conn: &Connection, subject_id: &str, kind: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE records SET follow_up_open = (follow_up_on IS NOT NULL AND amended_by IS NULL \
           AND NOT EXISTS (SELECT 1 FROM records n WHERE n.subject_id = records.subject_id \
             AND n.type = records.type AND n.event_date > records.event_date \
             AND n.amended_by IS NULL)) \
         WHERE subject_id = ?1 AND type = ?2",
    )?
    .execute([subject_id, kind])?;
    Ok(())
}

/// The subject and type of a record, for [`refresh_follow_ups`].
fn group_of(conn: &Connection, id: i64) -> Result<Option<(String, String)>> {
    Ok(conn
        .query_row("SELECT subject_id, type FROM records WHERE id = ?1", [id], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .optional()?)
}

pub(in crate::store) fn update(
    conn: &Connection,
    id: i64,
    data: &RecordData,
    late: bool,
) -> Result<()> {
    let before = group_of(conn, id)?;
    conn.execute(
        "UPDATE records SET nkey = ?2, subject_id = ?3, subject_name = ?4, event_date = ?5, \
         type = ?6, subtype = ?7, result = ?8, description = ?9, registry_no = ?10, amount = ?11, \
         snils = ?12, oktmo = ?13, responsible = ?14, follow_up_on = ?15, late = ?16 WHERE id = ?1",
        params![
            id,
            data.natural_key(),
            data.subject_id,
            data.subject_name,
            iso_date(data.event_date),
            data.kind,
            data.subtype,
            data.result,
            data.description,
            data.registry_no,
            data.amount,
            data.snils,
            data.oktmo,
            data.responsible,
            data.follow_up_on.map(iso_date),
            late,
        ],
    )?;
    if let Some((subject, kind)) = before {
        refresh_follow_ups(conn, &subject, &kind)?;
    }
    refresh_follow_ups(conn, &data.subject_id, &data.kind)
}

pub(in crate::store) fn set_amended_by(conn: &Connection, id: i64, by: Option<i64>) -> Result<()> {
    conn.execute("UPDATE records SET amended_by = ?2 WHERE id = ?1", params![id, by])?;
    // The original and its amendment may sit in different groups (the type was corrected).
    for n in [Some(id), by].into_iter().flatten() {
        if let Some((subject, kind)) = group_of(conn, n)? {
            refresh_follow_ups(conn, &subject, &kind)?;
        }
    }
    Ok(())
}

pub(in crate::store) fn delete(conn: &Connection, id: i64) -> Result<()> {
    let group = group_of(conn, id)?;
    conn.execute("DELETE FROM records WHERE id = ?1", [id])?;
    if let Some((subject, kind)) = group {
        refresh_follow_ups(conn, &subject, &kind)?;
    }
    Ok(())
}

pub(in crate::store) fn get(conn: &Connection, id: i64) -> Result<Option<Record>> {
    let sql = format!("SELECT {COLUMNS} FROM records WHERE id = ?1");
    super::one_item(conn, ItemId::new(ItemKind::Record, id), &sql, from_row)
}

/// A current (not superseded) record with the same natural key, other than `except`.
pub(in crate::store) fn find_duplicate(
    conn: &Connection,
    data: &RecordData,
    except: &[i64],
) -> Result<Option<i64>> {
    find_by_key(conn, &data.natural_key(), except)
}

/// The journal's indexes that an import into an empty or small journal builds in one sort
/// each, after its rows are in, rather than keeping them up row by row: the date, group and
/// open-follow-up ones. Not the natural-key index (deduplication reads it while rows go in),
/// nor the UUID's (a constraint).
const SET_ASIDE: [&str; 3] = ["records_event_date", "records_group", "records_open_follow_up"];

/// Indexes dropped within a transaction, with the statements that make them again: a rollback
/// brings them back by itself, a commit must come after [`SetAside::restore`].
#[must_use = "the indexes must be made again before the transaction commits"]
pub(in crate::store) struct SetAside(Vec<String>);

/// Drops the [`SET_ASIDE`] indexes for the rest of the transaction.
pub(in crate::store) fn set_aside_indexes(conn: &Connection) -> Result<SetAside> {
    let mut made = Vec::with_capacity(SET_ASIDE.len());
    for name in SET_ASIDE {
        let sql: Option<String> = conn
            .query_row(
                "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?1",
                [name],
                |r| r.get(0),
            )
            .optional()?;
        if let Some(sql) = sql {
            conn.execute_batch(&format!("DROP INDEX {name}"))?;
            made.push(sql);
        }
    }
    Ok(SetAside(made))
}

impl SetAside {
    /// Makes the indexes again, each from one sort of the rows the table now holds.
    pub(in crate::store) fn restore(self, conn: &Connection) -> Result<()> {
        for sql in &self.0 {
            conn.execute_batch(sql)?;
        }
        Ok(())
    }

    /// About what sorting a record into the set-aside indexes holds in memory: the values they
    /// hold (its subject, type and dates; its name and UUID if its follow-up is open) and
    /// SQLite's cost per sorted entry.
    pub(in crate::store) fn sort_bytes(data: &RecordData) -> usize {
        const PER_ENTRY: usize = 48;
        let group = data.subject_id.len() + data.kind.len() + 10;
        let open = match data.follow_up_on {
            Some(_) => {
                group + 10 + data.subject_name.as_ref().map_or(0, String::len) + 36 + PER_ENTRY
            }
            None => 0,
        };
        (10 + PER_ENTRY) + (group + PER_ENTRY) + open
    }
}

/// The natural keys of the journal's records, if it holds at most `most` of them.
pub(in crate::store) fn keys_if_few(conn: &Connection, most: usize) -> Result<Option<Vec<String>>> {
    let limit = i64::try_from(most).unwrap_or(i64::MAX).saturating_add(1);
    let keys = conn
        .prepare("SELECT nkey FROM records LIMIT ?1")?
        .query_map([limit], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<String>>>()?;
    Ok((keys.len() <= most).then_some(keys))
}

/// [`find_duplicate`] with the natural key already computed.
pub(in crate::store) fn find_by_key(
    conn: &Connection,
    nkey: &str,
    except: &[i64],
) -> Result<Option<i64>> {
    let mut st = conn.prepare_cached(
        "SELECT id FROM records WHERE nkey = ?1 AND amended_by IS NULL ORDER BY id",
    )?;
    let ids = st.query_map([nkey], |r| r.get::<_, i64>(0))?;
    for id in ids {
        let id = id?;
        if !except.contains(&id) {
            return Ok(Some(id));
        }
    }
    Ok(None)
}

/// Calls `f` with each record with an event date in `[from, to]`, in event-date order (latest
/// first with `newest_first`), one at a time, until `f` says to stop: a listing written as it
/// is read holds one record in memory, not the journal, and `list -n 10` reads ten records
/// (and those it filters out), not all of them.
pub(in crate::store) fn each<E: From<Error>>(
    conn: &Connection,
    skips: &Skips,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    newest_first: bool,
    mut f: impl FnMut(Record) -> Result<Flow, E>,
) -> Result<(), E> {
    let order = if newest_first { "event_date DESC, id DESC" } else { "event_date, id" };
    let (days, params) = super::day_bounds("event_date", false, from, to);
    let sql = format!("SELECT {COLUMNS} FROM records WHERE {days} ORDER BY {order}");
    let mut st = conn.prepare(&sql).map_err(Error::from)?;
    let mut rows = st.query(rusqlite::params_from_iter(params)).map_err(Error::from)?;
    while let Some(row) = rows.next().map_err(Error::from)? {
        let made = or_skip(skips, ItemKind::Record, row, from_row(row)).map_err(Error::from)?;
        let Some(record) = made else {
            continue;
        };
        if f(record)? == Flow::Stop {
            break;
        }
    }
    Ok(())
}

/// Calls `f` with batches of up to `batch` records with an event date in `[from, to]`, in ID
/// (entry) order, as raw column values for [`decode`] to turn into records on another thread:
/// an export of a million records holds one batch in memory. The table is read front to back
/// (the `+` keeps SQLite off the date index): following the index would fetch rows in random
/// order, decrypting a page per row.
pub(in crate::store) fn scan_raw<E: From<Error>>(
    conn: &Connection,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    batch: usize,
    mut f: impl FnMut(RawRows) -> Result<(), E>,
) -> Result<(), E> {
    let (days, params) = super::day_bounds("+event_date", false, from, to);
    let sql = format!("SELECT {COLUMNS} FROM records WHERE {days} ORDER BY id");
    let mut st = conn.prepare(&sql).map_err(Error::from)?;
    let mut rows = st.query(rusqlite::params_from_iter(params)).map_err(Error::from)?;
    let mut raw = RawRows::new(N_COLUMNS);
    while let Some(r) = rows.next().map_err(Error::from)? {
        raw.push(r).map_err(Error::from)?;
        if raw.len() == batch {
            f(std::mem::replace(&mut raw, RawRows::new(N_COLUMNS)))?;
        }
    }
    if !raw.is_empty() {
        f(raw)?;
    }
    Ok(())
}

/// Calls `f` for each record of a [`scan_raw`] batch.
/// A record holding a value that cannot be read is left out and noted in `skips`.
pub(in crate::store) fn decode<E: From<Error>>(
    raw: &RawRows,
    skips: &Skips,
    mut f: impl FnMut(Record) -> Result<(), E>,
) -> Result<(), E> {
    raw.for_each(|cells| {
        let c = Cells(cells);
        let made = super::or_skip_id(skips, ItemKind::Record, || c.int(0), from_cells(&c));
        match made.map_err(Error::from)? {
            Some(record) => f(record),
            None => Ok(()),
        }
    })
}

/// Groups of current (not superseded) records sharing a natural key, each in ID order.
pub(in crate::store) fn duplicate_groups(conn: &Connection) -> Result<Vec<Vec<i64>>> {
    super::duplicate_groups(conn, "records", "amended_by IS NULL")
}

/// Calls `f` for every record's [`CheckRow`], in ID order.
pub(in crate::store) fn for_each_check<E: From<Error>>(
    conn: &Connection,
    f: impl FnMut(CheckRow) -> Result<(), E>,
) -> Result<(), E> {
    let sql = "SELECT id, event_date, recorded_at, late, amends, amended_by, snils, oktmo, amount \
         FROM records ORDER BY id";
    let row = |r: &Row| {
        Ok(CheckRow {
            id: r.get(0)?,
            event_date: req_date(r.get(1)?)?,
            recorded_at: req_datetime(r.get(2)?)?,
            late: r.get(3)?,
            amends: r.get(4)?,
            amended_by: r.get(5)?,
            snils: r.get(6)?,
            oktmo: r.get(7)?,
            amount: r.get(8)?,
        })
    };
    super::each_row(conn, sql, [], row, f)
}

/// Current records whose follow-up is due on or before `until` and not yet answered: no newer
/// record of the same type for the same subject exists. Reads only the open follow-ups.
/// The query of [`open_follow_up_items`] (public for the test that checks its plan).
pub const OPEN_FOLLOW_UPS: &str = "SELECT id, uuid, subject_id, subject_name, type, follow_up_on \
     FROM records INDEXED BY records_open_follow_up \
     WHERE follow_up_open = 1 AND follow_up_on <= ?1 ORDER BY follow_up_on, id";

/// The open follow-ups due on or before `until`, by due date, read from the open-follow-up
/// index alone (it holds every column needed): no record is fetched from the table, so a
/// journal with a hundred thousand open follow-ups decrypts a few thousand index pages, not a
/// page per follow-up.
pub(in crate::store) fn open_follow_up_items(
    conn: &Connection,
    until: NaiveDate,
) -> Result<Vec<OpenFollowUp>> {
    let mut st = conn.prepare(OPEN_FOLLOW_UPS)?;
    let rows = st.query_map([iso_date(until)], |r| {
        Ok(OpenFollowUp {
            id: r.get(0)?,
            uuid: r.get(1)?,
            subject_id: r.get(2)?,
            subject_name: r.get(3)?,
            kind: r.get(4)?,
            due: req_date_str(r.get_ref(5)?.as_str()?)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

pub(in crate::store) fn open_follow_ups(
    conn: &Connection,
    skips: &Skips,
    until: NaiveDate,
) -> Result<Vec<Record>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM records INDEXED BY records_open_follow_up \
         WHERE follow_up_open = 1 AND follow_up_on <= ?1 ORDER BY follow_up_on, id"
    );
    super::items(conn, (skips, ItemKind::Record), &sql, [iso_date(until)], from_row)
}

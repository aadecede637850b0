//! Diary records on the office server: dates, types and flags in clear, every personal value
//! sealed on this machine (bound to office, table, row and column), the natural key and the
//! subject as keyed hashes. Numbers come from the office's counter in the adding transaction,
//! so they have no gaps; the open follow-ups are kept as a flag, as locally.

use chrono::NaiveDate;

use super::db::Handle;
use super::rows::{Cell, Row, Table, Ty};
use crate::domain::ItemKind;
use crate::domain::record::{Record, RecordData};
use crate::store::types::{CheckRow, Flow, NewRecord, OpenFollowUp};
use crate::store::{Error, Result};

pub(super) static RECORDS: Table = Table {
    name: "records",
    kind: ItemKind::Record,
    columns: &[
        ("uuid", Ty::Text),
        ("subject_id", Ty::Sealed),
        ("subject_name", Ty::Sealed),
        ("event_date", Ty::Date),
        ("type", Ty::Text),
        ("subtype", Ty::Text),
        ("result", Ty::Sealed),
        ("description", Ty::Sealed),
        ("registry_no", Ty::Sealed),
        ("amount", Ty::Sealed),
        ("snils", Ty::Sealed),
        ("oktmo", Ty::Sealed),
        ("responsible", Ty::Sealed),
        ("follow_up_on", Ty::Date),
        ("recorded_at", Ty::Time),
        ("late", Ty::Flag),
        ("amends", Ty::Int),
        ("amended_by", Ty::Int),
    ],
};

/// Records read at a time by a listing.
const PAGE: usize = 256;

/// Current records whose follow-up no later record of theirs has answered, due by `$2`.
const OPEN_BY: &str = "follow_up_open AND follow_up_on <= $2";

fn data_cells(h: &Handle, d: &RecordData, late: bool) -> Vec<(&'static str, Cell)> {
    vec![
        ("nkey", Cell::Key(Some(h.db.fields.lookup("records.nkey", &d.natural_key())))),
        ("subject_key", Cell::Key(Some(subject_key(h, &d.subject_id)))),
        ("subject_id", Cell::text(&d.subject_id)),
        ("subject_name", Cell::opt(&d.subject_name)),
        ("event_date", Cell::Date(Some(d.event_date))),
        ("type", Cell::text(&d.kind)),
        ("subtype", Cell::opt(&d.subtype)),
        ("result", Cell::text(&d.result)),
        ("description", Cell::opt(&d.description)),
        ("registry_no", Cell::opt(&d.registry_no)),
        ("amount", Cell::opt(&d.amount)),
        ("snils", Cell::opt(&d.snils)),
        ("oktmo", Cell::opt(&d.oktmo)),
        ("responsible", Cell::opt(&d.responsible)),
        ("follow_up_on", Cell::Date(d.follow_up_on)),
        ("late", Cell::Flag(late)),
    ]
}

/// A new record's row.
pub(super) fn new_record(h: &Handle, new: &NewRecord) -> Result<Vec<(&'static str, Cell)>> {
    let recorded_at = new.dates.recorded_at.as_str();
    let recorded_at = chrono::NaiveDateTime::parse_from_str(recorded_at, "%Y-%m-%dT%H:%M:%S")
        .map_err(|e| Error::Internal(e.to_string()))?;
    let mut cells = data_cells(h, new.data, new.late);
    cells.extend([
        ("uuid", Cell::text(new.uuid)),
        ("recorded_at", Cell::Time(Some(recorded_at))),
        ("amends", Cell::Int(new.amends)),
    ]);
    Ok(cells)
}

/// A record's row as it stands (carried from another store).
pub(super) fn whole_record(h: &Handle, r: &Record) -> Vec<(&'static str, Cell)> {
    let mut cells = data_cells(h, &r.data, r.late);
    cells.extend([
        ("uuid", Cell::text(&r.uuid)),
        ("recorded_at", Cell::Time(Some(r.recorded_at))),
        ("amends", Cell::Int(r.amends)),
        ("amended_by", Cell::Int(r.amended_by)),
    ]);
    cells
}

pub(super) fn subject_key(h: &Handle, subject_id: &str) -> Vec<u8> {
    h.db.fields.lookup("records.subject", subject_id)
}

fn of(r: Row) -> Result<Record> {
    Ok(Record {
        id: r.id,
        uuid: r.req_text("uuid")?,
        data: RecordData {
            subject_id: r.req_text("subject_id")?,
            subject_name: r.text("subject_name"),
            event_date: r.req_date("event_date")?,
            kind: r.req_text("type")?,
            subtype: r.text("subtype"),
            result: r.req_text("result")?,
            description: r.text("description"),
            registry_no: r.text("registry_no"),
            amount: r.text("amount"),
            snils: r.text("snils"),
            oktmo: r.text("oktmo"),
            responsible: r.text("responsible"),
            follow_up_on: r.date("follow_up_on"),
        },
        recorded_at: r.req_time("recorded_at")?,
        late: r.flag("late"),
        amends: r.int("amends"),
        amended_by: r.int("amended_by"),
    })
}

impl Handle<'_> {
    /// The highest number a kind has been given in this office.
    pub fn last_id(&self, kind: ItemKind) -> Result<i64> {
        let (office, table) = (self.db.office, crate::store::audit::table(kind));
        self.run(|c| {
            Ok(c.query_opt(
                "SELECT last FROM kabinet.counters WHERE office = $1 AND kind = $2",
                &[&office, &table],
            )?
            .map_or(0, |r| r.get(0)))
        })
    }

    pub fn insert_record(&self, new: &NewRecord) -> Result<i64> {
        let id = self.number(&RECORDS, new.id)?;
        self.insert_row(&RECORDS, id, &new_record(self, new)?)?;
        self.refresh_follow_ups(&subject_key(self, &new.data.subject_id), &new.data.kind)?;
        Ok(id)
    }

    /// Rewrites a record's fields (and its lateness); the follow-ups of its old and new
    /// subject and type are worked out again.
    pub fn update_record(&self, id: i64, d: &RecordData, late: bool) -> Result<()> {
        let before = self.record(id)?;
        self.update_row(&RECORDS, id, &data_cells(self, d, late))?;
        if let Some(b) = before {
            self.refresh_follow_ups(&subject_key(self, &b.data.subject_id), &b.data.kind)?;
        }
        self.refresh_follow_ups(&subject_key(self, &d.subject_id), &d.kind)
    }

    /// Marks a record as superseded by the amendment `by` (or, `None`, no longer).
    pub fn set_amended_by(&self, id: i64, by: Option<i64>) -> Result<()> {
        self.update_row(&RECORDS, id, &[("amended_by", Cell::Int(by))])?;
        // The original and its amendment may sit in different groups (the type was corrected).
        for n in [Some(id), by].into_iter().flatten() {
            if let Some(r) = self.record(n)? {
                self.refresh_follow_ups(&subject_key(self, &r.data.subject_id), &r.data.kind)?;
            }
        }
        Ok(())
    }

    pub fn delete_record(&self, id: i64) -> Result<()> {
        let before = self.record(id)?;
        self.delete_row(&RECORDS, id)?;
        match before {
            Some(b) => {
                self.refresh_follow_ups(&subject_key(self, &b.data.subject_id), &b.data.kind)
            }
            None => Ok(()),
        }
    }

    /// Marks open the follow-up of each record of a subject and type that no later record of
    /// them has answered, as the local store does.
    fn refresh_follow_ups(&self, subject: &[u8], kind: &str) -> Result<()> {
        self.refresh_follow_ups_of(&[subject.to_vec()], &[kind.to_owned()])
    }

    /// [`Handle::refresh_follow_ups`] of many subject-and-type groups (`subjects[i]` with
    /// `kinds[i]`) in one statement: an import's.
    pub(super) fn refresh_follow_ups_of(
        &self,
        subjects: &[Vec<u8>],
        kinds: &[String],
    ) -> Result<()> {
        let office = self.db.office;
        self.run(|c| {
            c.execute(
                "UPDATE kabinet.records r SET follow_up_open = (r.follow_up_on IS NOT NULL \
                   AND r.amended_by IS NULL AND NOT EXISTS (SELECT 1 FROM kabinet.records n \
                   WHERE n.office = r.office AND n.subject_key = r.subject_key \
                   AND n.type = r.type AND n.event_date > r.event_date AND n.amended_by IS NULL)) \
                 FROM unnest($2::bytea[], $3::text[]) AS g(subject_key, type) \
                 WHERE r.office = $1 AND r.subject_key = g.subject_key AND r.type = g.type",
                &[&office, &subjects, &kinds],
            )?;
            Ok(())
        })
    }

    pub fn record(&self, id: i64) -> Result<Option<Record>> {
        self.row(&RECORDS, id)?.map(of).transpose()
    }

    /// A current record with the same natural key (by its keyed hash), other than `except`.
    pub fn record_duplicate(&self, data: &RecordData, except: &[i64]) -> Result<Option<i64>> {
        let hash = self.db.fields.lookup("records.nkey", &data.natural_key());
        self.find_by_key(&RECORDS, "nkey", &hash, "amended_by IS NULL", except)
    }

    /// Groups of current records sharing a natural key.
    pub fn record_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        self.groups_by_key(&RECORDS, "nkey", "amended_by IS NULL")
    }

    /// Records in the order a listing prints them, between `from` and `to` when given.
    pub fn each_record<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        newest_first: bool,
        mut f: impl FnMut(Record) -> std::result::Result<Flow, E>,
    ) -> std::result::Result<(), E> {
        // A page at a time, each read on from where the last ended (by date, then number):
        // a listing of the last ten reads ten, not the journal.
        let (order, past) = if newest_first {
            ("event_date DESC, id DESC", "(event_date, id) < ($4, $5)")
        } else {
            ("event_date, id", "(event_date, id) > ($4, $5)")
        };
        let mut after: Option<(NaiveDate, i64)> = None;
        loop {
            let filter = format!(
                "($2::date IS NULL OR event_date >= $2) AND ($3::date IS NULL OR event_date <= $3) \
                 AND ($4::date IS NULL OR {past})"
            );
            let (day, id) = (after.map(|a| a.0), after.map_or(0, |a| a.1));
            let page = self.rows(
                &RECORDS,
                &filter,
                &[&from, &to, &day, &id],
                &format!("{order} LIMIT {PAGE}"),
            )?;
            let full = page.len() == PAGE;
            for r in page {
                let record = of(r)?;
                after = Some((record.data.event_date, record.id));
                if f(record)? == Flow::Stop {
                    return Ok(());
                }
            }
            if !full {
                return Ok(());
            }
        }
    }

    /// Records with an event date in `[from, to]`, in entry order.
    pub fn records_by_entry(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
    ) -> Result<Vec<Record>> {
        self.items(
            &RECORDS,
            "($2::date IS NULL OR event_date >= $2) AND ($3::date IS NULL OR event_date <= $3)",
            &[&from, &to],
            "id",
            of,
        )
    }

    /// Calls `f` with batches of up to `batch` records with an event date in `[from, to]`, in
    /// entry order: one batch in memory at a time, read by key from where the last ended.
    pub fn scan_records<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        batch: usize,
        mut f: impl FnMut(Vec<Record>) -> std::result::Result<(), E>,
    ) -> std::result::Result<(), E> {
        let limit = batch.max(1) as i64;
        let mut after = 0i64;
        loop {
            let rows = self.rows(
                &RECORDS,
                "($2::date IS NULL OR event_date >= $2) AND ($3::date IS NULL OR event_date <= $3) \
                 AND id > $4",
                &[&from, &to, &after],
                &format!("id LIMIT {limit}"),
            )?;
            let Some(last) = rows.last().map(|r| r.id) else { return Ok(()) };
            after = last;
            let full = rows.len() as i64 == limit;
            f(rows.into_iter().map(of).collect::<Result<_>>()?)?;
            if !full {
                return Ok(());
            }
        }
    }

    /// Open follow-ups due on or before `until`, by due date.
    pub fn open_follow_ups(&self, until: NaiveDate) -> Result<Vec<OpenFollowUp>> {
        self.rows_into(&RECORDS, OPEN_BY, &[&until], "follow_up_on, id", |row| {
            let r = of(row)?;
            Ok(r.data.follow_up_on.map(|due| OpenFollowUp {
                due,
                id: r.id,
                uuid: r.uuid,
                subject_id: r.data.subject_id,
                subject_name: r.data.subject_name,
                kind: r.data.kind,
            }))
        })
    }

    /// The records whose open follow-up is due on or before `until`, by due date.
    pub fn records_following_up(&self, until: NaiveDate) -> Result<Vec<Record>> {
        self.items(&RECORDS, OPEN_BY, &[&until], "follow_up_on, id", of)
    }

    /// Every record's [`CheckRow`], in entry order.
    pub fn record_checks(&self) -> Result<Vec<CheckRow>> {
        Ok(self
            .records_by_entry(None, None)?
            .into_iter()
            .map(|r| CheckRow {
                id: r.id,
                event_date: r.data.event_date,
                recorded_at: r.recorded_at,
                late: r.late,
                amends: r.amends,
                amended_by: r.amended_by,
                snils: r.data.snils,
                oktmo: r.data.oktmo,
                amount: r.data.amount,
            })
            .collect())
    }
}

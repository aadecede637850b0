//! The rows of one import into an office server: each row sealed as it is read, sent with
//! `COPY … FORMAT BINARY` in the import's transaction (so all rows or none), a few thousand at
//! a time so memory stays flat. Numbers are taken from the office's counter, locked for the
//! import's transaction (gapless however many clerks add at once); the follow-ups of the
//! subjects the records touch are worked out once at the end.

use std::collections::HashSet;

use chrono::NaiveDateTime;
use postgres::binary_copy::BinaryCopyInWriter;
use postgres::types::{ToSql, Type};

use super::db::Handle;
use super::rows::{Cell, Param, Table};
use super::table_of;
use super::{applications, appts, docs, records};
use crate::domain::ItemKind;
use crate::domain::application::{ApplicationData, Standing};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::store::Result;
use crate::store::types::NewRecord;

/// Rows held before they are sent.
const CHUNK: usize = 5_000;

/// See [`crate::store::Batch`].
pub struct Batch<'t> {
    h: Handle<'t>,
    table: &'static Table,
    /// The columns and their types, from the first row (every row of a kind has the same).
    columns: Option<(Vec<&'static str>, Vec<Type>)>,
    rows: Vec<Vec<Param>>,
    /// The highest number given so far (the counter's, locked, at the start).
    last: i64,
    /// The natural keys (keyed hashes) of the journal's current records and of this import's,
    /// read once at its first record: one query, not one per row.
    keys: Option<HashSet<Vec<u8>>>,
    /// The subject and type of each record added, whose follow-ups are worked out at the end.
    groups: HashSet<(Vec<u8>, String)>,
}

impl<'t> Batch<'t> {
    pub fn new(h: Handle<'t>, kind: ItemKind) -> Result<Batch<'t>> {
        let table = table_of(kind);
        let (office, name) = (h.db.office, table.name);
        // Locks the kind's counter until the import's transaction ends.
        let last = h.run(|c| {
            Ok(c.query_one(
                "INSERT INTO kabinet.counters (office, kind, last) VALUES ($1, $2, 0) \
                 ON CONFLICT (office, kind) DO UPDATE SET last = kabinet.counters.last \
                 RETURNING last",
                &[&office, &name],
            )?
            .get(0))
        })?;
        Ok(Batch {
            h,
            table,
            columns: None,
            rows: Vec::new(),
            last,
            keys: None,
            groups: HashSet::new(),
        })
    }

    /// Whether a current record with this natural key is in the journal (or this import).
    pub fn record_key_exists(&mut self, nkey: &str) -> Result<bool> {
        let hash = self.h.db.fields.lookup("records.nkey", nkey);
        Ok(self.keys()?.contains(&hash))
    }

    fn keys(&mut self) -> Result<&mut HashSet<Vec<u8>>> {
        if self.keys.is_none() {
            let office = self.h.db.office;
            let rows = self.h.run(|c| {
                Ok(c.query(
                    "SELECT nkey FROM kabinet.records WHERE office = $1 AND amended_by IS NULL",
                    &[&office],
                )?)
            })?;
            self.keys = Some(rows.iter().map(|r| r.get(0)).collect());
        }
        Ok(self.keys.get_or_insert_with(HashSet::new))
    }

    /// Its number: the one it brings, else the next.
    fn number(&mut self, id: Option<i64>) -> i64 {
        let id = id.unwrap_or(self.last + 1);
        self.last = self.last.max(id);
        id
    }

    fn push(&mut self, id: i64, cells: &[(&'static str, Cell)]) -> Result<i64> {
        if self.columns.is_none() {
            let mut names: Vec<&'static str> = cells.iter().map(|(c, _)| *c).collect();
            names.push("seal");
            let mut types = self.table.sql_types(cells);
            types.push(Type::BYTEA);
            self.columns = Some((names, types));
        }
        let mut row: Vec<Param> = vec![Box::new(self.h.db.office), Box::new(id)];
        row.extend(self.h.params(self.table, id, cells)?);
        row.push(Box::new(self.h.seal_of(self.table, id, cells)));
        self.rows.push(row);
        if self.rows.len() >= CHUNK {
            self.send()?;
        }
        Ok(id)
    }

    pub fn insert_record(&mut self, new: &NewRecord) -> Result<i64> {
        let id = self.number(new.id);
        let cells = records::new_record(&self.h, new)?;
        let hash = self.h.db.fields.lookup("records.nkey", new.nkey);
        self.keys()?.insert(hash);
        let subject = records::subject_key(&self.h, &new.data.subject_id);
        self.groups.insert((subject, new.data.kind.clone()));
        self.push(id, &cells)
    }

    pub fn insert_doc(
        &mut self,
        id: Option<i64>,
        d: &DocData,
        uuid: &str,
        at: NaiveDateTime,
        archived: bool,
    ) -> Result<i64> {
        let id = self.number(id);
        let cells = docs::new_doc(&self.h, d, uuid, at, None, archived);
        self.push(id, &cells)
    }

    pub fn insert_appt(
        &mut self,
        id: Option<i64>,
        d: &ApptData,
        uuid: &str,
        status: ApptStatus,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let id = self.number(id);
        let cells = appts::new_appt(&self.h, d, uuid, status, at);
        self.push(id, &cells)
    }

    pub fn insert_application(
        &mut self,
        id: Option<i64>,
        d: &ApplicationData,
        uuid: &str,
        st: &Standing,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let id = self.number(id);
        let cells = applications::new_application(&self.h, d, uuid, st, at);
        self.push(id, &cells)
    }

    /// Sends the rows held, in one `COPY`.
    fn send(&mut self) -> Result<()> {
        let (Some((names, types)), false) = (&self.columns, self.rows.is_empty()) else {
            return Ok(());
        };
        let mut all_types = vec![Type::INT2, Type::INT8];
        all_types.extend(types.iter().cloned());
        let sql = format!(
            "COPY kabinet.{} (office, id, {}) FROM STDIN (FORMAT BINARY)",
            self.table.name,
            names.join(", ")
        );
        let rows = std::mem::take(&mut self.rows);
        self.h.run(|c| {
            let mut w = BinaryCopyInWriter::new(c.copy_in(&sql)?, &all_types);
            for row in &rows {
                let refs: Vec<&(dyn ToSql + Sync)> = row.iter().map(|p| p.as_ref()).collect();
                w.write(&refs)?;
            }
            w.finish()?;
            Ok(())
        })?;
        Ok(())
    }

    /// Ends the batch: when it commits, the last rows are sent, the counter moved on, and the
    /// follow-ups of the subjects it touched worked out again. When it does not, the caller's
    /// transaction is rolled back and takes the rows sent with it.
    pub fn finish(mut self, commit: bool) -> Result<()> {
        if !commit {
            return Ok(());
        }
        self.send()?;
        let (office, name, last) = (self.h.db.office, self.table.name, self.last);
        self.h.run(|c| {
            c.execute(
                "UPDATE kabinet.counters SET last = GREATEST(last, $3) \
                 WHERE office = $1 AND kind = $2",
                &[&office, &name, &last],
            )?;
            Ok(())
        })?;
        let (subjects, kinds): (Vec<Vec<u8>>, Vec<String>) = self.groups.drain().unzip();
        self.h.refresh_follow_ups_of(&subjects, &kinds)
    }
}

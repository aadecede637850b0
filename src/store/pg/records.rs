//! Diary records on the office server: dates, types and flags in clear, every personal value
//! sealed on this machine (bound to office, table, row and column), the natural key and the
//! subject as keyed hashes. Numbers come from the office's counter in the adding transaction,
//! so they have no gaps.

use chrono::NaiveDate;
use postgres::types::ToSql;

use super::db::Handle;
use super::fields::Place;
use crate::domain::record::{Record, RecordData};
use crate::domain::{ItemId, ItemKind};
use crate::store::types::{Flow, NewRecord};
use crate::store::{Error, Result};

/// The personal columns, sealed each on its own.
const SEALED: [&str; 9] = [
    "subject_id",
    "subject_name",
    "result",
    "description",
    "registry_no",
    "amount",
    "snils",
    "oktmo",
    "responsible",
];

const COLUMNS: &str = "id, uuid, subject_id, subject_name, event_date, type, subtype, result, \
     description, registry_no, amount, snils, oktmo, responsible, follow_up_on, recorded_at, \
     late, amends, amended_by";

fn personal(d: &RecordData) -> [Option<&str>; 9] {
    [
        Some(d.subject_id.as_str()),
        d.subject_name.as_deref(),
        Some(d.result.as_str()),
        d.description.as_deref(),
        d.registry_no.as_deref(),
        d.amount.as_deref(),
        d.snils.as_deref(),
        d.oktmo.as_deref(),
        d.responsible.as_deref(),
    ]
}

impl Handle<'_> {
    fn place<'c>(&self, row: i64, column: &'c str) -> Place<'c> {
        Place { office: self.db.office, table: "records", row, column }
    }

    /// Seals each personal value of `d` for row `id`.
    fn seal_record(&self, id: i64, d: &RecordData) -> Result<Vec<Option<Vec<u8>>>> {
        SEALED
            .iter()
            .zip(personal(d))
            .map(|(col, v)| {
                v.map(|v| self.db.fields.seal(self.place(id, col), v.as_bytes()))
                    .transpose()
                    .map_err(Error::from)
            })
            .collect()
    }

    fn open_text(&self, id: i64, column: &str, v: Option<Vec<u8>>) -> Result<Option<String>> {
        let Some(v) = v else { return Ok(None) };
        let plain = self
            .db
            .fields
            .open(self.place(id, column), &v)
            .map_err(|e| Error::Internal(e.to_string()))?;
        Ok(Some(String::from_utf8_lossy(&plain).into_owned()))
    }

    fn record_of(&self, r: &postgres::Row) -> Result<Record> {
        let id: i64 = r.get(0);
        let text = |i: usize, col: &str| self.open_text(id, col, r.get(i));
        let required = |i: usize, col: &str| Ok::<_, Error>(text(i, col)?.unwrap_or_default());
        Ok(Record {
            id,
            uuid: r.get(1),
            data: RecordData {
                subject_id: required(2, "subject_id")?,
                subject_name: text(3, "subject_name")?,
                event_date: r.get(4),
                kind: r.get(5),
                subtype: r.get(6),
                result: required(7, "result")?,
                description: text(8, "description")?,
                registry_no: text(9, "registry_no")?,
                amount: text(10, "amount")?,
                snils: text(11, "snils")?,
                oktmo: text(12, "oktmo")?,
                responsible: text(13, "responsible")?,
                follow_up_on: r.get(14),
            },
            recorded_at: r.get(15),
            late: r.get(16),
            amends: r.get(17),
            amended_by: r.get(18),
        })
    }

    /// The next number of a kind in this office, taken in the caller's transaction.
    pub(super) fn next_number(&self, kind: &str) -> Result<i64> {
        let office = self.db.office;
        self.run(|c| {
            Ok(c.query_one(
                "INSERT INTO kabinet.counters (office, kind, last) VALUES ($1, $2, 1) \
                 ON CONFLICT (office, kind) DO UPDATE SET last = kabinet.counters.last + 1 \
                 RETURNING last",
                &[&office, &kind],
            )?
            .get(0))
        })
    }

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
        let id = match new.id {
            Some(id) => id,
            None => self.next_number("records")?,
        };
        let d = new.data;
        let sealed = self.seal_record(id, d)?;
        let nkey = self.db.fields.lookup("records.nkey", new.nkey);
        let subject = self.db.fields.lookup("records.subject", &d.subject_id);
        let recorded_at = new.dates.recorded_at.as_str();
        let recorded_at = chrono::NaiveDateTime::parse_from_str(recorded_at, "%Y-%m-%dT%H:%M:%S")
            .map_err(|e| Error::Internal(e.to_string()))?;
        let office = self.db.office;
        self.run(|c| {
            let mut params: Vec<&(dyn ToSql + Sync)> =
                vec![&office, &id, &new.uuid, &nkey, &subject, &d.event_date, &d.kind, &d.subtype];
            params.extend(sealed.iter().map(|s| s as &(dyn ToSql + Sync)));
            params.extend([
                &d.follow_up_on as &(dyn ToSql + Sync),
                &recorded_at,
                &new.late,
                &new.amends,
            ]);
            c.execute(
                "INSERT INTO kabinet.records (office, id, uuid, nkey, subject_key, event_date, \
                 type, subtype, subject_id, subject_name, result, description, registry_no, \
                 amount, snils, oktmo, responsible, follow_up_on, recorded_at, late, amends) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, \
                 $17, $18, $19, $20, $21)",
                &params,
            )?;
            Ok(())
        })?;
        self.refresh_follow_ups(&subject, &d.kind)?;
        Ok(id)
    }

    /// Marks open the follow-up of each record of a subject and type that no later record of
    /// them has answered, as the local store does.
    fn refresh_follow_ups(&self, subject: &[u8], kind: &str) -> Result<()> {
        let office = self.db.office;
        self.run(|c| {
            c.execute(
                "UPDATE kabinet.records r SET follow_up_open = (r.follow_up_on IS NOT NULL \
                   AND r.amended_by IS NULL AND NOT EXISTS (SELECT 1 FROM kabinet.records n \
                   WHERE n.office = r.office AND n.subject_key = r.subject_key \
                   AND n.type = r.type AND n.event_date > r.event_date AND n.amended_by IS NULL)) \
                 WHERE r.office = $1 AND r.subject_key = $2 AND r.type = $3",
                &[&office, &subject, &kind],
            )?;
            Ok(())
        })
    }

    pub fn record(&self, id: i64) -> Result<Option<Record>> {
        let office = self.db.office;
        let row = self.run(|c| {
            Ok(c.query_opt(
                &format!("SELECT {COLUMNS} FROM kabinet.records WHERE office = $1 AND id = $2"),
                &[&office, &id],
            )?)
        })?;
        row.map(|r| self.record_of(&r)).transpose()
    }

    /// A record with the same natural key (by its keyed hash), other than `except`.
    pub fn record_duplicate(&self, data: &RecordData, except: &[i64]) -> Result<Option<i64>> {
        let office = self.db.office;
        let nkey = self.db.fields.lookup("records.nkey", &data.natural_key());
        let except = except.to_vec();
        self.run(|c| {
            Ok(c.query_opt(
                "SELECT id FROM kabinet.records WHERE office = $1 AND nkey = $2 \
                 AND NOT (id = ANY($3)) ORDER BY id LIMIT 1",
                &[&office, &nkey, &except],
            )?
            .map(|r| r.get(0)))
        })
    }

    /// Records in the order a listing prints them, between `from` and `to` when given.
    pub fn each_record<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        newest_first: bool,
        mut f: impl FnMut(Record) -> std::result::Result<Flow, E>,
    ) -> std::result::Result<(), E> {
        let order = if newest_first { "event_date DESC, id DESC" } else { "event_date, id" };
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                &format!(
                    "SELECT {COLUMNS} FROM kabinet.records WHERE office = $1 \
                     AND ($2::date IS NULL OR event_date >= $2) \
                     AND ($3::date IS NULL OR event_date <= $3) ORDER BY {order}"
                ),
                &[&office, &from, &to],
            )?)
        })?;
        for r in &rows {
            if f(self.record_of(r)?)? == Flow::Stop {
                break;
            }
        }
        Ok(())
    }

    /// Every record's personal values open under this office's key: the rows that do not
    /// (changed on the server, or moved from another row or office), by ID.
    pub fn unopened_records(&self) -> Result<Vec<ItemId>> {
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                &format!("SELECT {COLUMNS} FROM kabinet.records WHERE office = $1 ORDER BY id"),
                &[&office],
            )?)
        })?;
        Ok(rows
            .iter()
            .filter(|r| self.record_of(r).is_err())
            .map(|r| ItemId::new(ItemKind::Record, r.get(0)))
            .collect())
    }

    /// A record as the log keeps it: its values by column, as the local store's snapshot.
    pub fn record_snapshot(&self, id: i64) -> Result<Option<String>> {
        Ok(self.record(id)?.map(|r| {
            let d = &r.data;
            serde_json::json!({
                "id": r.id,
                "uuid": r.uuid,
                "subject_id": d.subject_id,
                "subject_name": d.subject_name,
                "event_date": crate::domain::dates::iso_date(d.event_date),
                "type": d.kind,
                "subtype": d.subtype,
                "result": d.result,
                "description": d.description,
                "registry_no": d.registry_no,
                "amount": d.amount,
                "snils": d.snils,
                "oktmo": d.oktmo,
                "responsible": d.responsible,
                "follow_up_on": d.follow_up_on.map(crate::domain::dates::iso_date),
                "recorded_at": crate::domain::dates::iso_datetime(r.recorded_at),
                "late": i64::from(r.late),
                "amends": r.amends,
                "amended_by": r.amended_by,
            })
            .to_string()
        }))
    }
}

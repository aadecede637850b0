//! Obligations on the office server: due date, recurrence and shift in clear, the title and
//! notes sealed; each completion kept in `kabinet.obligation_done` (dates only).

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::db::Handle;
use super::rows::{Cell, Row, Table, Ty};
use crate::domain::ItemKind;
use crate::domain::obligation::{Every, Obligation, ObligationData, Shift};
use crate::store::Result;
use crate::store::types::Done;

pub(super) static OBLIGATIONS: Table = Table {
    name: "obligations",
    kind: ItemKind::Obligation,
    columns: &[
        ("uuid", Ty::Text),
        ("title", Ty::Sealed),
        ("due", Ty::Date),
        ("every", Ty::Text),
        ("day", Ty::Int),
        ("shift", Ty::Text),
        ("created_at", Ty::Time),
        ("done_at", Ty::Time),
        ("notes", Ty::Sealed),
    ],
};

/// An obligation's row: as new, or (`done_at`) as it stands.
pub(super) fn cells(
    d: &ObligationData,
    uuid: &str,
    at: NaiveDateTime,
    done_at: Option<NaiveDateTime>,
) -> Vec<(&'static str, Cell)> {
    vec![
        ("uuid", Cell::text(uuid)),
        ("title", Cell::text(&d.title)),
        ("due", Cell::Date(Some(d.due))),
        ("every", Cell::Text(d.every.map(|e| e.code().to_owned()))),
        ("day", Cell::Int(d.day.map(i64::from))),
        ("shift", Cell::text(d.shift.code())),
        ("created_at", Cell::Time(Some(at))),
        ("done_at", Cell::Time(done_at)),
        ("notes", Cell::opt(&d.notes)),
    ]
}

fn of(r: Row) -> Result<Obligation> {
    Ok(Obligation {
        id: r.id,
        uuid: r.req_text("uuid")?,
        data: ObligationData {
            title: r.req_text("title")?,
            due: r.req_date("due")?,
            every: r.text("every").as_deref().and_then(Every::parse),
            day: r.int("day").and_then(|d| u32::try_from(d).ok()),
            shift: r.text("shift").as_deref().and_then(Shift::parse).unwrap_or(Shift::Next),
            notes: r.text("notes"),
        },
        created_at: r.req_time("created_at")?,
        done_at: r.time("done_at"),
    })
}

impl Handle<'_> {
    pub fn insert_obligation(
        &self,
        d: &ObligationData,
        uuid: &str,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let id = self.number(&OBLIGATIONS, None)?;
        self.insert_row(&OBLIGATIONS, id, &cells(d, uuid, at, None))?;
        Ok(id)
    }

    /// Keeps `dones` as obligation `id`'s completions (carried from another store).
    pub(super) fn put_dones(&self, id: i64, dones: &[Done]) -> Result<()> {
        dones.iter().try_for_each(|d| self.put_done(id, d))
    }

    /// Keeps one completion of obligation `id`.
    fn put_done(&self, id: i64, d: &Done) -> Result<()> {
        let office = self.db.office;
        let seal = self.history_seal("obligation_done", id, &done_values(d));
        self.run(|c| {
            c.execute(
                "INSERT INTO kabinet.obligation_done (office, obligation, due, done_at, seal) \
                 VALUES ($1, $2, $3, $4, $5)",
                &[&office, &id, &d.due, &d.done_at, &seal],
            )?;
            Ok(())
        })
    }

    /// The obligations with a completion that does not match its seal.
    pub(super) fn unsealed_dones(&self) -> Result<Vec<i64>> {
        self.unsealed_history("obligation_done", "obligation", "due, done_at", |_, r| {
            Ok(done_values(&Done { due: r.get(1), done_at: r.get(2) }))
        })
    }

    /// Obligation `id`'s completions, oldest first.
    pub fn obligation_dones(&self, id: i64) -> Result<Vec<Done>> {
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT due, done_at FROM kabinet.obligation_done \
                 WHERE office = $1 AND obligation = $2 ORDER BY done_at",
                &[&office, &id],
            )?)
        })?;
        Ok(rows.iter().map(|r| Done { due: r.get(0), done_at: r.get(1) }).collect())
    }

    pub fn obligation(&self, id: i64) -> Result<Option<Obligation>> {
        self.row(&OBLIGATIONS, id)?.map(of).transpose()
    }

    /// Every obligation, by nominal due date.
    pub fn obligations(&self) -> Result<Vec<Obligation>> {
        self.items(&OBLIGATIONS, "true", &[], "due, id", of)
    }

    /// Records one completion; a recurring obligation moves to `next`, a one-off is closed.
    pub fn obligation_done(
        &self,
        o: &Obligation,
        at: NaiveDateTime,
        next: Option<NaiveDate>,
    ) -> Result<()> {
        let (id, due) = (o.id, o.data.due);
        self.put_done(id, &Done { due, done_at: at })?;
        match next {
            Some(n) => {
                let day = o.data.day.unwrap_or(due.day());
                self.update_row(
                    &OBLIGATIONS,
                    id,
                    &[("due", Cell::Date(Some(n))), ("day", Cell::Int(Some(i64::from(day))))],
                )
            }
            None => self.update_row(&OBLIGATIONS, id, &[("done_at", Cell::Time(Some(at)))]),
        }
    }

    pub fn delete_obligation(&self, id: i64) -> Result<()> {
        self.delete_with_history(&OBLIGATIONS, "obligation_done", "obligation", id)
    }
}

/// What a completion's seal covers.
fn done_values(d: &Done) -> Vec<Cell> {
    vec![Cell::Date(Some(d.due)), Cell::Time(Some(d.done_at))]
}

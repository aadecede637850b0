//! Appointments on the office server: start, length, status and the documents needed in
//! clear, the person, the institution and the rest sealed; each move kept in
//! `kabinet.appt_moves` (times only, nothing personal).

use chrono::{NaiveDate, NaiveDateTime};

use super::db::Handle;
use super::rows::{Cell, Row, Table, Ty};
use crate::domain::ItemKind;
use crate::domain::appt::{Appointment, ApptData, ApptStatus, Move};
use crate::store::Result;

pub(super) static APPTS: Table = Table {
    name: "appts",
    kind: ItemKind::Appt,
    columns: &[
        ("uuid", Ty::Text),
        ("person", Ty::Sealed),
        ("institution", Ty::Sealed),
        ("service", Ty::Sealed),
        ("office_name", Ty::Sealed),
        ("starts_at", Ty::Time),
        ("duration_min", Ty::Int),
        ("status", Ty::Text),
        ("confirmation_no", Ty::Sealed),
        ("needs", Ty::Ints),
        ("notes", Ty::Sealed),
        ("created_at", Ty::Time),
        ("late_change", Ty::Flag),
        ("email", Ty::Sealed),
        ("phone", Ty::Sealed),
    ],
};

fn data_cells(h: &Handle, d: &ApptData) -> Vec<(&'static str, Cell)> {
    vec![
        ("nkey", Cell::Key(Some(h.db.fields.lookup("appts.nkey", &d.natural_key())))),
        ("person", Cell::opt(&d.person)),
        ("institution", Cell::text(&d.institution)),
        ("service", Cell::text(&d.service)),
        ("office_name", Cell::opt(&d.office)),
        ("starts_at", Cell::Time(Some(d.starts_at))),
        ("duration_min", Cell::Int(Some(d.duration_min))),
        ("confirmation_no", Cell::opt(&d.confirmation_no)),
        ("needs", Cell::Ints(d.needs.clone())),
        ("notes", Cell::opt(&d.notes)),
        ("email", Cell::opt(&d.email)),
        ("phone", Cell::opt(&d.phone)),
    ]
}

/// A new appointment's row.
pub(super) fn new_appt(
    h: &Handle,
    d: &ApptData,
    uuid: &str,
    status: ApptStatus,
    at: NaiveDateTime,
) -> Vec<(&'static str, Cell)> {
    let mut cells = data_cells(h, d);
    cells.extend([
        ("uuid", Cell::text(uuid)),
        ("status", Cell::text(status.code())),
        ("created_at", Cell::Time(Some(at))),
        ("late_change", Cell::Flag(false)),
    ]);
    cells
}

/// An appointment's row as it stands (carried from another store).
pub(super) fn whole_appt(h: &Handle, a: &Appointment) -> Vec<(&'static str, Cell)> {
    let mut cells = new_appt(h, &a.data, &a.uuid, a.status, a.created_at);
    cells.retain(|(c, _)| *c != "late_change");
    cells.push(("late_change", Cell::Flag(a.late_change)));
    cells
}

fn of(r: Row) -> Result<Appointment> {
    Ok(Appointment {
        id: r.id,
        uuid: r.req_text("uuid")?,
        data: ApptData {
            person: r.text("person"),
            institution: r.req_text("institution")?,
            service: r.req_text("service")?,
            office: r.text("office_name"),
            starts_at: r.req_time("starts_at")?,
            duration_min: r.int("duration_min").unwrap_or_default(),
            confirmation_no: r.text("confirmation_no"),
            needs: r.ints("needs"),
            notes: r.text("notes"),
            email: r.text("email"),
            phone: r.text("phone"),
        },
        status: ApptStatus::parse(&r.req_text("status")?).unwrap_or(ApptStatus::Scheduled),
        created_at: r.req_time("created_at")?,
        late_change: r.flag("late_change"),
    })
}

/// Appointments starting on a day in `[from, to]`.
const DAYS: &str = "($2::date IS NULL OR starts_at >= $2::date) \
     AND ($3::date IS NULL OR starts_at < $3::date + 1)";

impl Handle<'_> {
    pub fn insert_appt(
        &self,
        d: &ApptData,
        uuid: &str,
        status: ApptStatus,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let id = self.number(&APPTS, None)?;
        self.insert_row(&APPTS, id, &new_appt(self, d, uuid, status, at))?;
        Ok(id)
    }

    pub fn update_appt(&self, id: i64, d: &ApptData) -> Result<()> {
        self.update_row(&APPTS, id, &data_cells(self, d))
    }

    /// Sets an appointment's status; `late` marks a change past the cut-off.
    pub fn set_appt_status(&self, id: i64, status: ApptStatus, late: bool) -> Result<()> {
        let (office, code) = (self.db.office, status.code());
        self.run(|c| {
            c.execute(
                "UPDATE kabinet.appts SET status = $3, late_change = late_change OR $4 \
                 WHERE office = $1 AND id = $2",
                &[&office, &id, &code, &late],
            )?;
            Ok(())
        })?;
        self.reseal(&APPTS, id)
    }

    /// Moves an appointment, keeping the old time in its history.
    pub fn reschedule_appt(
        &self,
        a: &Appointment,
        to: NaiveDateTime,
        now: NaiveDateTime,
        late: bool,
    ) -> Result<()> {
        let id = a.id;
        self.put_move(id, &Move { moved_at: now, from: a.data.starts_at, to, late })?;
        let mut data = a.data.clone();
        data.starts_at = to;
        let mut cells = data_cells(self, &data);
        cells.push(("late_change", Cell::Flag(a.late_change || late)));
        self.update_row(&APPTS, id, &cells)
    }

    /// Keeps `moves` as appointment `id`'s history (carried from another store).
    pub(super) fn put_moves(&self, id: i64, moves: &[Move]) -> Result<()> {
        moves.iter().try_for_each(|m| self.put_move(id, m))
    }

    /// Adds `m` to appointment `id`'s history, after its other moves.
    fn put_move(&self, id: i64, m: &Move) -> Result<()> {
        let office = self.db.office;
        let n = self.next_history_n("appt_moves", "appt", id)?;
        let seal = self.history_seal("appt_moves", id, &move_values(n, m));
        self.run(|c| {
            c.execute(
                "INSERT INTO kabinet.appt_moves \
                 (office, appt, n, moved_at, old_at, new_at, late, seal) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[&office, &id, &n, &m.moved_at, &m.from, &m.to, &m.late, &seal],
            )?;
            Ok(())
        })
    }

    /// The appointments with a reschedule that does not match its seal.
    pub(super) fn unsealed_moves(&self) -> Result<Vec<i64>> {
        self.unsealed_history("appt_moves", "appt", "n, moved_at, old_at, new_at, late", |_, r| {
            let m = Move { moved_at: r.get(2), from: r.get(3), to: r.get(4), late: r.get(5) };
            Ok(move_values(r.get(1), &m))
        })
    }

    pub fn appt_moves(&self, id: i64) -> Result<Vec<Move>> {
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT moved_at, old_at, new_at, late FROM kabinet.appt_moves \
                 WHERE office = $1 AND appt = $2 ORDER BY n",
                &[&office, &id],
            )?)
        })?;
        Ok(rows
            .iter()
            .map(|r| Move { moved_at: r.get(0), from: r.get(1), to: r.get(2), late: r.get(3) })
            .collect())
    }

    pub fn delete_appt(&self, id: i64) -> Result<()> {
        self.delete_with_history(&APPTS, "appt_moves", "appt", id)
    }

    pub fn appt(&self, id: i64) -> Result<Option<Appointment>> {
        self.row(&APPTS, id)?.map(of).transpose()
    }

    pub fn appt_duplicate(&self, d: &ApptData, except: &[i64]) -> Result<Option<i64>> {
        let hash = self.db.fields.lookup("appts.nkey", &d.natural_key());
        self.find_by_key(&APPTS, "nkey", &hash, "status <> 'cancelled'", except)
    }

    /// Appointments starting on a day in `[from, to]`, by start (or in entry order).
    pub fn appts(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        by_entry: bool,
    ) -> Result<Vec<Appointment>> {
        let order = if by_entry { "id" } else { "starts_at, id" };
        self.items(&APPTS, DAYS, &[&from, &to], order, of)
    }

    /// Scheduled appointments that need document `doc`.
    pub fn appts_needing(&self, doc: i64) -> Result<Vec<i64>> {
        self.ids(&APPTS, "status = 'scheduled' AND $2 = ANY(needs)", &[&doc])
    }

    pub fn appt_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        self.groups_by_key(&APPTS, "nkey", "status <> 'cancelled'")
    }

    /// Scheduled appointments starting on or before the day `until`, by start.
    pub fn appts_scheduled_by(&self, until: NaiveDate) -> Result<Vec<Appointment>> {
        self.items(
            &APPTS,
            "status = 'scheduled' AND starts_at < $2::date + 1",
            &[&until],
            "starts_at, id",
            of,
        )
    }
}

/// What a reschedule's seal covers: its number and each value.
fn move_values(n: i64, m: &Move) -> Vec<Cell> {
    vec![
        Cell::Int(Some(n)),
        Cell::Time(Some(m.moved_at)),
        Cell::Time(Some(m.from)),
        Cell::Time(Some(m.to)),
        Cell::Flag(m.late),
    ]
}

//! Applications on the office server: dates, status and fee status in clear (the term is a
//! deadline), the applicant, agency, number, fee and reasons sealed; each change of status kept
//! in `kabinet.application_changes`, its reason sealed to the application and the change's
//! place in its history.

use chrono::{NaiveDate, NaiveDateTime};

use super::db::Handle;
use super::fields::Place;
use super::rows::{Cell, Row, Table, Ty};
use crate::domain::ItemKind;
use crate::domain::application::{
    Application, ApplicationData, Change, FeeStatus, Standing, Status,
};
use crate::store::{Error, Result};

pub(super) static APPLICATIONS: Table = Table {
    name: "applications",
    kind: ItemKind::Application,
    columns: &[
        ("uuid", Ty::Text),
        ("applicant", Ty::Sealed),
        ("snils", Ty::Sealed),
        ("agency", Ty::Sealed),
        ("service", Ty::Sealed),
        ("number", Ty::Sealed),
        ("submitted", Ty::Date),
        ("due", Ty::Date),
        ("fee", Ty::Sealed),
        ("fee_status", Ty::Text),
        ("needs", Ty::Ints),
        ("notes", Ty::Sealed),
        ("status", Ty::Text),
        ("status_at", Ty::Time),
        ("reason", Ty::Sealed),
        ("created_at", Ty::Time),
        ("issued_doc", Ty::Int),
    ],
};

/// Open applications: accepted or in processing.
const OPEN: &str = "status IN ('accepted', 'processing')";

fn data_cells(h: &Handle, d: &ApplicationData) -> Vec<(&'static str, Cell)> {
    vec![
        ("nkey", Cell::Key(Some(h.db.fields.lookup("applications.nkey", &d.natural_key())))),
        ("applicant", Cell::text(&d.applicant)),
        ("snils", Cell::opt(&d.snils)),
        ("agency", Cell::text(&d.agency)),
        ("service", Cell::text(&d.service)),
        ("number", Cell::opt(&d.number)),
        ("submitted", Cell::Date(Some(d.submitted))),
        ("due", Cell::Date(d.due)),
        ("fee", Cell::opt(&d.fee)),
        ("fee_status", Cell::Text(d.fee_status.map(|f| f.code().to_owned()))),
        ("needs", Cell::Ints(d.needs.clone())),
        ("notes", Cell::opt(&d.notes)),
    ]
}

/// A new application's row, standing as `st`.
pub(super) fn new_application(
    h: &Handle,
    d: &ApplicationData,
    uuid: &str,
    st: &Standing,
    at: NaiveDateTime,
) -> Vec<(&'static str, Cell)> {
    let mut cells = data_cells(h, d);
    cells.extend(standing_cells(st));
    cells.extend([("uuid", Cell::text(uuid)), ("created_at", Cell::Time(Some(at)))]);
    cells
}

/// An application's row as it stands (carried from another store).
pub(super) fn whole_application(h: &Handle, a: &Application) -> Vec<(&'static str, Cell)> {
    new_application(h, &a.data, &a.uuid, &a.standing(), a.created_at)
}

fn standing_cells(st: &Standing) -> [(&'static str, Cell); 4] {
    [
        ("status", Cell::text(st.status.code())),
        ("status_at", Cell::Time(Some(st.since))),
        ("reason", Cell::opt(&st.reason)),
        ("issued_doc", Cell::Int(st.issued_doc)),
    ]
}

/// Where the reason of an application's `n`th change is sealed (row: the application).
fn reason_column(n: i64) -> String {
    format!("reason {n}")
}

fn status(s: &str) -> Result<Status> {
    Status::parse(s).ok_or_else(|| Error::Malformed(s.to_owned()))
}

fn of(r: Row) -> Result<Application> {
    Ok(Application {
        id: r.id,
        uuid: r.req_text("uuid")?,
        data: ApplicationData {
            applicant: r.req_text("applicant")?,
            snils: r.text("snils"),
            agency: r.req_text("agency")?,
            service: r.req_text("service")?,
            number: r.text("number"),
            submitted: r.req_date("submitted")?,
            due: r.date("due"),
            fee: r.text("fee"),
            fee_status: r.text("fee_status").as_deref().and_then(FeeStatus::parse),
            needs: r.ints("needs"),
            notes: r.text("notes"),
        },
        status: status(&r.req_text("status")?)?,
        status_at: r.req_time("status_at")?,
        reason: r.text("reason"),
        created_at: r.req_time("created_at")?,
        issued_doc: r.int("issued_doc"),
    })
}

impl Handle<'_> {
    pub fn insert_application(
        &self,
        d: &ApplicationData,
        uuid: &str,
        st: &Standing,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let id = self.number(&APPLICATIONS, None)?;
        self.insert_row(&APPLICATIONS, id, &new_application(self, d, uuid, st, at))?;
        Ok(id)
    }

    pub fn update_application(&self, id: i64, d: &ApplicationData) -> Result<()> {
        self.update_row(&APPLICATIONS, id, &data_cells(self, d))
    }

    /// Moves `a` to where `st` says, the change kept in its history.
    pub fn set_application_status(&self, a: &Application, st: &Standing) -> Result<()> {
        let id = a.id;
        let n = self.next_history_n("application_changes", "application", id)?;
        let change =
            Change { at: st.since, from: a.status, to: st.status, reason: st.reason.clone() };
        self.put_change(id, n, &change)?;
        self.update_row(&APPLICATIONS, id, &standing_cells(st))
    }

    /// Keeps `change` as the `n`th of application `id`'s history, its reason sealed to it.
    pub(super) fn put_change(&self, id: i64, n: i64, change: &Change) -> Result<()> {
        let office = self.db.office;
        let column = reason_column(n);
        let place = Place { office, table: "application_changes", row: id, column: &column };
        let reason = change
            .reason
            .as_deref()
            .map(|r| self.db.fields.seal(place, r.as_bytes()))
            .transpose()?;
        let (from, to) = (change.from.code(), change.to.code());
        let values = change_values(n, change.at, from, to, change.reason.as_deref());
        let seal = self.history_seal("application_changes", id, &values);
        self.run(|c| {
            c.execute(
                "INSERT INTO kabinet.application_changes \
                 (office, application, n, at, from_status, to_status, reason, seal) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                &[&office, &id, &n, &change.at, &from, &to, &reason, &seal],
            )?;
            Ok(())
        })
    }

    /// Application `id`'s reason for its `n`th change, opened.
    fn open_reason(&self, id: i64, n: i64, sealed: &[u8]) -> Result<String> {
        let column = reason_column(n);
        let place = Place {
            office: self.db.office,
            table: "application_changes",
            row: id,
            column: &column,
        };
        let plain =
            self.db.fields.open(place, sealed).map_err(|e| Error::Corrupt(e.to_string()))?;
        Ok(String::from_utf8_lossy(&plain).into_owned())
    }

    /// The applications with a change of status that does not match its seal (or whose reason
    /// does not open).
    pub(super) fn unsealed_changes(&self) -> Result<Vec<i64>> {
        let columns = "n, at, from_status, to_status, reason";
        self.unsealed_history("application_changes", "application", columns, |id, r| {
            let n: i64 = r.get(1);
            let (from, to): (String, String) = (r.get(3), r.get(4));
            let reason =
                r.get::<_, Option<Vec<u8>>>(5).map(|v| self.open_reason(id, n, &v)).transpose()?;
            Ok(change_values(n, r.get(2), &from, &to, reason.as_deref()))
        })
    }

    /// An application's changes of status, oldest first.
    pub fn application_changes(&self, id: i64) -> Result<Vec<Change>> {
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT n, at, from_status, to_status, reason FROM kabinet.application_changes \
                 WHERE office = $1 AND application = $2 ORDER BY at, n",
                &[&office, &id],
            )?)
        })?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let reason = r
                .get::<_, Option<Vec<u8>>>(4)
                .map(|v| self.open_reason(id, r.get(0), &v))
                .transpose()?;
            out.push(Change {
                at: r.get(1),
                from: status(r.get(2))?,
                to: status(r.get(3))?,
                reason,
            });
        }
        Ok(out)
    }

    pub fn delete_application(&self, id: i64) -> Result<()> {
        self.delete_with_history(&APPLICATIONS, "application_changes", "application", id)
    }

    pub fn application(&self, id: i64) -> Result<Option<Application>> {
        self.row(&APPLICATIONS, id)?.map(of).transpose()
    }

    pub fn application_duplicate(
        &self,
        d: &ApplicationData,
        except: &[i64],
    ) -> Result<Option<i64>> {
        let hash = self.db.fields.lookup("applications.nkey", &d.natural_key());
        self.find_by_key(&APPLICATIONS, "nkey", &hash, "true", except)
    }

    /// Every application, latest submission first (or in entry order).
    pub fn applications(&self, by_entry: bool) -> Result<Vec<Application>> {
        let order = if by_entry { "id" } else { "submitted DESC, id DESC" };
        self.items(&APPLICATIONS, "true", &[], order, of)
    }

    pub fn applications_needing(&self, doc: i64) -> Result<Vec<i64>> {
        self.ids(&APPLICATIONS, &format!("{OPEN} AND $2 = ANY(needs)"), &[&doc])
    }

    pub fn application_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        self.groups_by_key(&APPLICATIONS, "nkey", "status <> 'cancelled'")
    }

    /// Open applications whose term falls on or before `until`, by term.
    pub fn applications_due_by(&self, until: NaiveDate) -> Result<Vec<Application>> {
        let filter = format!("{OPEN} AND due <= $2");
        self.items(&APPLICATIONS, &filter, &[&until], "due, id", of)
    }

    /// The application whose approval issued document `doc`.
    pub fn application_issuing(&self, doc: i64) -> Result<Option<i64>> {
        Ok(self.ids(&APPLICATIONS, "issued_doc = $2", &[&doc])?.first().copied())
    }
}

/// What a change of status's seal covers: its number and each value, the reason in clear.
fn change_values(
    n: i64,
    at: NaiveDateTime,
    from: &str,
    to: &str,
    reason: Option<&str>,
) -> Vec<Cell> {
    vec![
        Cell::Int(Some(n)),
        Cell::Time(Some(at)),
        Cell::text(from),
        Cell::text(to),
        Cell::Text(reason.map(str::to_owned)),
    ]
}

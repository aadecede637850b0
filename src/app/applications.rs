//! Applications: file one, edit it while open, move it through its statuses (only the allowed
//! transitions, each dated and kept), cancel, delete; the documents it relies on, and the
//! listings.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::appts::{NeedWarning, needs_on};
use super::{Actor, Env, Error, Result, contains_ci};
use crate::crypto;
use crate::domain::application::{Application, ApplicationData, Change, Standing, Status};
use crate::domain::doc::{DocData, Document};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::store::{Reader, Store};

fn zid(n: i64) -> ItemId {
    ItemId::new(ItemKind::Application, n)
}

/// An application by its ID.
pub fn get(r: Reader, id: ItemId) -> Result<Application> {
    r.application(id.n)?.ok_or(Error::NotFound(id))
}

/// The documents an application relies on; one that does not exist is invalid input.
fn needed_docs(r: Reader, data: &ApplicationData) -> Result<Vec<Document>> {
    super::appts::documents(r, &data.needs)?.map_err(Error::Invalid)
}

/// Documents it relies on that will have expired (or are archived) by its term.
fn warnings(data: &ApplicationData, docs: &[Document]) -> Vec<NeedWarning> {
    data.due.map(|due| needs_on(due, docs)).unwrap_or_default()
}

/// An application just filed or changed, and what its documents leave to say.
#[derive(Debug)]
pub struct Saved {
    pub id: ItemId,
    pub data: ApplicationData,
    pub warnings: Vec<NeedWarning>,
}

/// Files an application from a filled draft: accepted on its day of submission. The same
/// agency and number (or applicant, agency, service and day) again is refused unless `force`.
pub fn add(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    draft: &Draft,
    force: bool,
) -> Result<Saved> {
    let data =
        ApplicationData::from_draft(draft, env.today(), &env.calendar).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    let (id, docs) = store.write(|tx| {
        let docs = needed_docs(**tx, &data)?;
        if !force && let Some(dup) = tx.application_duplicate(&data, &[])? {
            return Err(Error::Duplicate(zid(dup)));
        }
        let id = zid(tx.insert_application(&data, &uuid, env.now)?);
        tx.log_added(actor, id)?;
        Ok((id, docs))
    })?;
    let warnings = warnings(&data, &docs);
    Ok(Saved { id, data, warnings })
}

/// The fields that may still change once a decision is made or it is cancelled: the fee may
/// be paid (or refunded) after, and a note added.
pub const AFTER_DECISION: &[&str] = &["fee", "fee_status", "notes"];

/// Changes an application's details while no decision is made (after one, only
/// [`AFTER_DECISION`]); its status is changed by [`set_status`].
pub fn edit(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    changes: &Draft,
    force: bool,
) -> Result<Saved> {
    let cur = get(store.read(), id)?;
    if changes.is_empty() {
        return Err(Error::NothingToChange);
    }
    if !cur.status.is_open() && changes.fields().any(|f| !AFTER_DECISION.contains(&f)) {
        return Err(Error::Decided { id, status: cur.status });
    }
    let data = ApplicationData::from_draft(
        &cur.data.to_draft().overlay(changes),
        env.today(),
        &env.calendar,
    )
    .map_err(Error::Invalid)?;
    let docs = store.write(|tx| {
        let docs = needed_docs(**tx, &data)?;
        if !force && let Some(dup) = tx.application_duplicate(&data, &[cur.id])? {
            return Err(Error::Duplicate(zid(dup)));
        }
        tx.log_change(actor, "edit", id, || tx.update_application(cur.id, &data))?;
        Ok(docs)
    })?;
    let warnings = warnings(&data, &docs);
    Ok(Saved { id, data, warnings })
}

/// The document an approval issues into the registry.
#[derive(Debug, Clone)]
pub enum Issue {
    /// A new document: the fields given (its kind at least); the holder, their СНИЛС, the
    /// issuing body and the day of issue come from the application and the decision unless
    /// given.
    New(Draft),
    /// A document already in the registry.
    Existing(ItemId),
}

/// A change of status done, and the document it issued.
#[derive(Debug)]
pub struct Moved {
    pub issued: Option<crate::app::docs::Saved>,
}

/// The new document's draft: the clerk's fields over what the application and the day say.
fn issued_draft(a: &Application, given: &Draft, today: NaiveDate) -> Draft {
    let mut d = Draft::default();
    d.set("holder", a.data.applicant.clone());
    d.set_opt("holder_snils", a.data.snils.clone());
    d.set("issued_by", a.data.agency.clone());
    d.set("issued_on", crate::domain::dates::iso_date(today));
    d.overlay(given)
}

/// Moves an application to `to` (with the reason for a refusal or a cancel): only along the
/// allowed transitions; the change is dated now and kept in its history. An approval may
/// issue a document into the registry, linked both ways, in the same transaction.
pub fn set_status(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    to: Status,
    reason: Option<&str>,
    issue: Option<&Issue>,
) -> Result<Moved> {
    if issue.is_some() && to != Status::Approved {
        return Err(Error::IssuesOnlyApproved(to));
    }
    let reason = crate::domain::application::reason(reason, env.today()).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    store.write(|tx| {
        // Read inside the transaction: another clerk may have moved it meanwhile.
        let cur = tx.application(id.n)?.ok_or(Error::NotFound(id))?;
        if !cur.status.can_become(to) {
            return Err(Error::Transition {
                id,
                from: cur.status,
                to,
                allowed: cur.status.next().to_vec(),
            });
        }
        let issued = match issue {
            None => None,
            Some(Issue::Existing(doc)) => {
                let d = tx.doc(doc.n)?.ok_or(Error::NotFound(*doc))?;
                Some(super::docs::Saved { id: *doc, data: d.data })
            }
            Some(Issue::New(given)) => {
                let draft = issued_draft(&cur, given, env.today());
                let data = DocData::from_draft(&draft, env.today()).map_err(Error::Invalid)?;
                if let Some(dup) = tx.doc_duplicate(&data, &[])? {
                    return Err(Error::Duplicate(ItemId::new(ItemKind::Doc, dup)));
                }
                let doc = ItemId::new(ItemKind::Doc, tx.insert_doc(&data, &uuid, env.now, None)?);
                tx.log_added(actor, doc)?;
                Some(super::docs::Saved { id: doc, data })
            }
        };
        let st = Standing {
            status: to,
            since: env.now,
            reason: reason.clone(),
            issued_doc: issued.as_ref().map(|s| s.id.n).or(cur.issued_doc),
        };
        tx.log_change(actor, "status", id, || tx.set_application_status(&cur, &st))?;
        Ok(Moved { issued })
    })
}

/// Deletes an application with its history of statuses.
pub fn delete(store: &mut Store, actor: &Actor, a: &Application) -> Result<()> {
    let delete = |tx: &crate::store::Tx| {
        tx.log_change(actor, "delete", a.item_id(), || tx.delete_application(a.id))
    };
    Ok(store.write(delete)?)
}

/// An application as `show` tells it: its changes of status, the documents it relies on (those
/// still in the store) and their warnings.
#[derive(Debug)]
pub struct Shown {
    pub application: Application,
    pub changes: Vec<Change>,
    pub docs: Vec<Document>,
    pub warnings: Vec<NeedWarning>,
}

pub fn show(r: Reader, id: ItemId) -> Result<Shown> {
    let application = get(r, id)?;
    let changes = r.application_changes(application.id)?;
    let docs = super::appts::needs_present(r, &application.data.needs);
    let warnings = warnings(&application.data, &docs);
    Ok(Shown { application, changes, docs, warnings })
}

/// Which applications a listing shows: the filters of `application list`, checked.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Submitted on or after this day.
    pub from: Option<NaiveDate>,
    /// Submitted on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this status code as shown (`expired` included).
    pub status: Option<String>,
    /// Only open ones past their term.
    pub overdue: bool,
    pub agency: Option<String>,
    pub applicant: Option<String>,
    pub text: Option<String>,
}

impl Filter {
    pub fn matches(&self, a: &Application, today: NaiveDate, expire_days: i64) -> bool {
        let d = &a.data;
        let day_ok =
            self.from.is_none_or(|f| d.submitted >= f) && self.to.is_none_or(|t| d.submitted <= t);
        let status_ok =
            self.status.as_deref().is_none_or(|s| a.shown(today, expire_days).code() == s);
        let overdue_ok = !self.overdue || a.overdue(today);
        let agency_ok = self.agency.as_deref().is_none_or(|x| contains_ci(&d.agency, x));
        let applicant_ok = self.applicant.as_deref().is_none_or(|x| contains_ci(&d.applicant, x));
        let text_ok = self.text.as_deref().is_none_or(|t| {
            [
                Some(&d.applicant),
                Some(&d.agency),
                Some(&d.service),
                d.number.as_ref(),
                d.notes.as_ref(),
                a.reason.as_ref(),
            ]
            .iter()
            .flatten()
            .any(|h| contains_ci(h, t))
        });
        day_ok && status_ok && overdue_ok && agency_ok && applicant_ok && text_ok
    }
}

/// Calls `f` with each application the filter keeps, latest submission first.
pub fn each<E: From<crate::store::Error>>(
    r: Reader,
    env: &Env,
    filter: &Filter,
    mut f: impl FnMut(Application) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let today = env.today();
    r.each_application(|a| if filter.matches(&a, today, env.expire_days) { f(a) } else { Ok(()) })
}

/// Days an application has taken: from its submission to its decision (or cancel), or to
/// `today` while it is open.
pub fn days_taken(a: &Application, today: NaiveDate) -> i64 {
    let end = if a.status.is_open() { today } else { a.status_at.date() };
    (end - a.data.submitted).num_days().max(0)
}

/// Whether a decision was made: approved or rejected (a cancel is not one).
fn decided(s: Status) -> bool {
    matches!(s, Status::Approved | Status::Rejected)
}

/// One agency's applications in a report.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct AgencyCounts {
    pub total: u64,
    pub open: u64,
    pub approved: u64,
    pub rejected: u64,
    pub cancelled: u64,
    /// Open past their term.
    pub overdue: u64,
}

/// What the report of applications sums up as it lists them.
#[derive(Debug, Default)]
pub struct Stats {
    pub total: u64,
    /// How many in each status shown (`expired` included), by code.
    pub by_status: BTreeMap<&'static str, u64>,
    pub by_agency: BTreeMap<String, AgencyCounts>,
    /// Days from submission to decision, of each decided one.
    decision_days: Vec<i64>,
    /// Decided ones that had a term, and of them those decided on or before it.
    pub decided_with_term: u64,
    pub decided_in_term: u64,
}

impl Stats {
    pub fn add(&mut self, a: &Application, today: NaiveDate, expire_days: i64) {
        self.total += 1;
        *self.by_status.entry(a.shown(today, expire_days).code()).or_default() += 1;
        let agency = self.by_agency.entry(a.data.agency.clone()).or_default();
        agency.total += 1;
        match a.status {
            Status::Accepted | Status::Processing => agency.open += 1,
            Status::Approved => agency.approved += 1,
            Status::Rejected => agency.rejected += 1,
            Status::Cancelled => agency.cancelled += 1,
        }
        if a.overdue(today) {
            agency.overdue += 1;
        }
        if decided(a.status) {
            self.decision_days.push(days_taken(a, today));
            if let Some(due) = a.data.due {
                self.decided_with_term += 1;
                if a.status_at.date() <= due {
                    self.decided_in_term += 1;
                }
            }
        }
    }

    /// How many were decided.
    pub fn decided(&self) -> u64 {
        self.decision_days.len() as u64
    }

    /// The median of the days from submission to decision (the mean of the middle two when
    /// their number is even); `None` when none is decided.
    pub fn median_days(&self) -> Option<f64> {
        let mut days = self.decision_days.clone();
        days.sort_unstable();
        let n = days.len();
        match n {
            0 => None,
            _ if n % 2 == 1 => Some(days[n / 2] as f64),
            _ => Some((days[n / 2 - 1] + days[n / 2]) as f64 / 2.0),
        }
    }

    /// The share of decided ones with a term that were decided within it, in per cent.
    pub fn in_term_percent(&self) -> Option<f64> {
        (self.decided_with_term > 0)
            .then(|| self.decided_in_term as f64 * 100.0 / self.decided_with_term as f64)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    fn app(agency: &str, submitted: &str, due: Option<&str>, st: Status, at: &str) -> Application {
        Application {
            id: 1,
            uuid: String::new(),
            data: ApplicationData {
                applicant: "Иванова Мария Петровна".into(),
                snils: None,
                agency: agency.into(),
                service: "справка".into(),
                number: None,
                submitted: day(submitted),
                due: due.map(day),
                fee: None,
                fee_status: None,
                needs: Vec::new(),
                notes: None,
            },
            status: st,
            status_at: day(at).and_hms_opt(10, 0, 0).expect("time"),
            reason: None,
            created_at: day(submitted).and_hms_opt(9, 0, 0).expect("time"),
            issued_doc: None,
        }
    }

    #[test]
    fn stats_count_statuses_agencies_median_and_share_within_term() {
        let today = day("2026-12-07");
        let mut s = Stats::default();
        // Decided in 4, 10 and 20 days; two had a term, one kept it.
        s.add(
            &app("МФЦ", "2026-11-01", Some("2026-11-10"), Status::Approved, "2026-11-05"),
            today,
            30,
        );
        s.add(
            &app("МФЦ", "2026-11-01", Some("2026-11-05"), Status::Rejected, "2026-11-11"),
            today,
            30,
        );
        s.add(&app("ФНС", "2026-11-01", None, Status::Approved, "2026-11-21"), today, 30);
        // Open and past its term; open and idle too long (expired); cancelled.
        s.add(
            &app("ФНС", "2026-11-20", Some("2026-12-01"), Status::Processing, "2026-12-01"),
            today,
            30,
        );
        s.add(&app("ФНС", "2026-10-01", None, Status::Accepted, "2026-10-01"), today, 30);
        s.add(&app("МФЦ", "2026-12-01", None, Status::Cancelled, "2026-12-02"), today, 30);
        assert_eq!(s.total, 6);
        assert_eq!(s.by_status.get("approved"), Some(&2));
        assert_eq!(s.by_status.get("expired"), Some(&1));
        assert_eq!(s.by_status.get("processing"), Some(&1));
        assert_eq!(s.decided(), 3);
        assert_eq!(s.median_days(), Some(10.0));
        assert_eq!((s.decided_in_term, s.decided_with_term), (1, 2));
        assert_eq!(s.in_term_percent(), Some(50.0));
        let fns = &s.by_agency["ФНС"];
        assert_eq!((fns.total, fns.open, fns.approved, fns.overdue), (3, 2, 1, 1));
        let mfc = &s.by_agency["МФЦ"];
        assert_eq!((mfc.approved, mfc.rejected, mfc.cancelled), (1, 1, 1));
        // An even number of decisions: the mean of the middle two.
        s.add(&app("МФЦ", "2026-11-01", None, Status::Approved, "2026-11-13"), today, 30);
        assert_eq!(s.median_days(), Some(11.0));
        assert_eq!(Stats::default().median_days(), None);
        assert_eq!(Stats::default().in_term_percent(), None);
    }

    #[test]
    fn days_taken_run_to_the_decision_or_to_today() {
        let today = day("2026-12-07");
        let open = app("МФЦ", "2026-12-01", None, Status::Processing, "2026-12-02");
        assert_eq!(days_taken(&open, today), 6);
        let done = app("МФЦ", "2026-11-01", None, Status::Rejected, "2026-11-11");
        assert_eq!(days_taken(&done, today), 10);
    }
}

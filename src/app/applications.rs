//! Applications: file one, edit it while open, move it through its statuses (only the allowed
//! transitions, each dated and kept), cancel, delete; the documents it relies on, and the
//! listings.

use chrono::NaiveDate;

use super::appts::{NeedWarning, needs_on};
use super::{Actor, Env, Error, Result, contains_ci};
use crate::crypto;
use crate::domain::application::{Application, ApplicationData, Change, Status};
use crate::domain::doc::Document;
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

/// Changes an application's details while no decision is made; its status is changed by
/// [`set_status`].
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
    if !cur.status.is_open() {
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

/// Moves an application to `to` (with the reason for a refusal or a cancel): only along the
/// allowed transitions; the change is dated now and kept in its history.
pub fn set_status(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    to: Status,
    reason: Option<&str>,
) -> Result<()> {
    let reason = reason.map(str::trim).filter(|r| !r.is_empty());
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
        tx.log_change(actor, "status", id, || {
            tx.set_application_status(&cur, to, env.now, reason)
        })?;
        Ok(())
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
    let docs: Vec<Document> =
        application.data.needs.iter().filter_map(|n| r.doc(*n).ok().flatten()).collect();
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

//! Appointments: book, edit, reschedule (the old time kept), cancel until 24 hours before,
//! done or missed once the time has come, delete; the documents each needs, and the listings.

use chrono::{NaiveDate, NaiveDateTime};

use super::{Actor, Env, Error, Result, contains_ci};
use crate::crypto;
use crate::domain::appt::{Appointment, ApptData, ApptStatus, Move};
use crate::domain::dates;
use crate::domain::doc::{self, DocStatus, Document};
use crate::domain::{Draft, FieldError, ItemId, ItemKind};
use crate::store::{Reader, Store};
use crate::validate::Problem;

fn aid(n: i64) -> ItemId {
    ItemId::new(ItemKind::Appt, n)
}

/// An appointment by its ID.
pub fn get(r: Reader, id: ItemId) -> Result<Appointment> {
    r.appt(id.n)?.ok_or(Error::NotFound(id))
}

/// The documents an appointment needs, or a field error for each that does not exist.
pub fn check_needs(
    r: Reader,
    data: &ApptData,
) -> Result<std::result::Result<Vec<Document>, Vec<FieldError>>> {
    documents(r, &data.needs)
}

/// The documents numbered `needs` (an appointment's or an application's), or a field error
/// for each that does not exist.
pub fn documents(
    r: Reader,
    needs: &[i64],
) -> Result<std::result::Result<Vec<Document>, Vec<FieldError>>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for n in needs {
        match r.doc(*n)? {
            Some(d) => found.push(d),
            None => errors.push(FieldError {
                field: "needs",
                value: ItemId::new(ItemKind::Doc, *n).to_string(),
                problem: Problem::NoSuchDocument,
            }),
        }
    }
    Ok(if errors.is_empty() { Ok(found) } else { Err(errors) })
}

/// The documents an appointment needs; a missing one is invalid input.
fn needed_docs(r: Reader, data: &ApptData) -> Result<Vec<Document>> {
    check_needs(r, data)?.map_err(Error::Invalid)
}

/// A needed document that will not do on the appointment's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NeedWarning {
    /// It expires on `expires`, before the appointment on `day`.
    Expired { doc: ItemId, expires: NaiveDate, day: NaiveDate },
    /// It was archived (replaced by `by`).
    Archived { doc: ItemId, by: Option<ItemId> },
}

/// Needed documents that will have expired (or are archived) by the appointment's day.
pub fn need_warnings(data: &ApptData, docs: &[Document]) -> Vec<NeedWarning> {
    needs_on(data.starts_at.date(), docs)
}

/// Of `docs`, those that will have expired by `day`, or are archived.
pub fn needs_on<'a>(
    day: NaiveDate,
    docs: impl IntoIterator<Item = &'a Document>,
) -> Vec<NeedWarning> {
    docs.into_iter()
        .filter_map(|d| {
            if d.archived_at.is_some() {
                let by = d.replaced_by.map(|n| ItemId::new(ItemKind::Doc, n));
                return Some(NeedWarning::Archived { doc: d.item_id(), by });
            }
            let e = d.data.expires_on?;
            (doc::status_on(Some(e), day, 0) == DocStatus::Expired)
                .then_some(NeedWarning::Expired { doc: d.item_id(), expires: e, day })
        })
        .collect()
}

/// The documents an appointment needs that are in the store (a deleted one is left out).
pub fn needs_present(r: Reader, needs: &[i64]) -> Vec<Document> {
    needs.iter().filter_map(|n| r.doc(*n).ok().flatten()).collect()
}

/// What an appointment's change leaves to say: the documents it needs and their warnings.
#[derive(Debug)]
pub struct Saved {
    pub id: ItemId,
    pub data: ApptData,
    pub warnings: Vec<NeedWarning>,
}

/// Books an appointment from a filled draft; the same person, institution, service and time
/// again is refused unless `force`.
pub fn add(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    draft: &Draft,
    force: bool,
) -> Result<Saved> {
    let data = ApptData::from_draft(draft, env.today(), env.zone).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    let (id, docs) = store.write(|tx| {
        let docs = needed_docs(**tx, &data)?;
        if !force && let Some(dup) = tx.appt_duplicate(&data, &[])? {
            return Err(Error::Duplicate(aid(dup)));
        }
        let id = aid(tx.insert_appt(&data, &uuid, ApptStatus::Scheduled, env.now)?);
        tx.log_added(actor, id)?;
        Ok((id, docs))
    })?;
    let warnings = need_warnings(&data, &docs);
    Ok(Saved { id, data, warnings })
}

/// Changes an appointment's details; its time is changed by [`reschedule`].
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
    if changes.get("starts_at").is_some() {
        return Err(Error::UseReschedule(cur.item_id()));
    }
    let data = ApptData::from_draft(&cur.data.to_draft().overlay(changes), env.today(), env.zone)
        .map_err(Error::Invalid)?;
    let docs = store.write(|tx| {
        let docs = needed_docs(**tx, &data)?;
        if !force && let Some(dup) = tx.appt_duplicate(&data, &[cur.id])? {
            return Err(Error::Duplicate(aid(dup)));
        }
        tx.log_change(actor, "edit", cur.item_id(), || tx.update_appt(cur.id, &data))?;
        Ok(docs)
    })?;
    let warnings = need_warnings(&data, &docs);
    Ok(Saved { id: cur.item_id(), data, warnings })
}

/// A cancel or reschedule: allowed while scheduled, until 24 hours before the start; later
/// only with `force`, and then marked late. Returns whether it is late.
fn check_change(env: &Env, a: &Appointment, force: bool) -> Result<bool> {
    if a.status != ApptStatus::Scheduled {
        return Err(Error::NotScheduled { id: a.item_id(), status: a.status });
    }
    let late = env.now > a.change_deadline();
    if late && !force {
        return Err(Error::TooLate { id: a.item_id(), deadline: a.change_deadline() });
    }
    Ok(late)
}

/// An appointment moved: where to, whether past the cut-off, and its documents' warnings.
#[derive(Debug)]
pub struct Moved {
    pub to: NaiveDateTime,
    pub late: bool,
    pub warnings: Vec<NeedWarning>,
}

/// Moves an appointment to `at` (as typed); the old time stays in its history.
pub fn reschedule(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    at: &str,
    force: bool,
) -> Result<Moved> {
    let cur = get(store.read(), id)?;
    let to = dates::parse_datetime(at, env.today(), env.zone).map_err(|e| {
        Error::Invalid(vec![FieldError {
            field: "at",
            value: at.to_owned(),
            problem: e.datetime_problem(),
        }])
    })?;
    let late = check_change(env, &cur, force)?;
    let mut moved = cur.data.clone();
    moved.starts_at = to;
    let docs = store.write(|tx| {
        if !force && let Some(dup) = tx.appt_duplicate(&moved, &[cur.id])? {
            return Err(Error::Duplicate(aid(dup)));
        }
        tx.log_change(actor, "reschedule", cur.item_id(), || {
            tx.reschedule_appt(&cur, to, env.now, late)
        })?;
        needed_docs(**tx, &moved)
    })?;
    Ok(Moved { to, late, warnings: need_warnings(&moved, &docs) })
}

/// Cancels an appointment; returns whether it was past the cut-off (allowed with `force`).
pub fn cancel(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    force: bool,
) -> Result<bool> {
    let cur = get(store.read(), id)?;
    let late = check_change(env, &cur, force)?;
    store.write(|tx| {
        tx.log_change(actor, "cancel", cur.item_id(), || {
            tx.set_appt_status(cur.id, ApptStatus::Cancelled, late)
        })
    })?;
    Ok(late)
}

/// `done` or `no_show`: only for a scheduled appointment whose time has come.
pub fn finish(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    status: ApptStatus,
) -> Result<()> {
    let cur = get(store.read(), id)?;
    if cur.status != ApptStatus::Scheduled {
        return Err(Error::NotScheduled { id: cur.item_id(), status: cur.status });
    }
    if env.now < cur.data.starts_at {
        return Err(Error::NotStarted { id: cur.item_id(), at: cur.data.starts_at });
    }
    let action = status.code();
    let set = |tx: &crate::store::Tx| {
        tx.log_change(actor, action, cur.item_id(), || tx.set_appt_status(cur.id, status, false))
    };
    Ok(store.write(set)?)
}

/// Deletes an appointment and its history.
pub fn delete(store: &mut Store, actor: &Actor, a: &Appointment) -> Result<()> {
    Ok(store.write(|tx| tx.log_change(actor, "delete", a.item_id(), || tx.delete_appt(a.id)))?)
}

/// An appointment with what `show` and a receipt print: its earlier times, the documents it
/// needs (those still in the store) and their warnings.
#[derive(Debug)]
pub struct Shown {
    pub appt: Appointment,
    pub moves: Vec<Move>,
    pub docs: Vec<Document>,
    pub warnings: Vec<NeedWarning>,
}

pub fn show(r: Reader, id: ItemId) -> Result<Shown> {
    let appt = get(r, id)?;
    let moves = r.appt_moves(appt.id)?;
    let docs = needs_present(r, &appt.data.needs);
    let warnings = need_warnings(&appt.data, &docs);
    Ok(Shown { appt, moves, docs, warnings })
}

/// Which appointments a listing or an export shows: the filters of `appt list`, checked.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Starting on or after this day.
    pub from: Option<NaiveDate>,
    /// Starting on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this status code.
    pub status: Option<String>,
    pub person: Option<String>,
    pub institution: Option<String>,
    pub text: Option<String>,
    /// Only scheduled ones from now on: set by [`Filter::upcoming`].
    pub after: Option<NaiveDateTime>,
}

impl Filter {
    /// Only scheduled appointments from `now` on (unless another status is asked for).
    pub fn upcoming(mut self, now: NaiveDateTime) -> Filter {
        let today = now.date();
        self.from = Some(self.from.map_or(today, |f| f.max(today)));
        self.status.get_or_insert_with(|| ApptStatus::Scheduled.code().to_owned());
        self.after = Some(now);
        self
    }

    pub fn matches(&self, x: &Appointment) -> bool {
        let d = &x.data;
        let upcoming_ok = self.after.is_none_or(|now| d.starts_at >= now);
        let status_ok = self.status.as_deref().is_none_or(|st| x.status.code() == st);
        let person_ok = self
            .person
            .as_deref()
            .is_none_or(|p| d.person.as_deref().is_some_and(|n| contains_ci(n, p)));
        let inst_ok = self.institution.as_deref().is_none_or(|i| contains_ci(&d.institution, i));
        let text_ok = self.text.as_deref().is_none_or(|t| {
            [
                d.person.as_ref(),
                Some(&d.institution),
                Some(&d.service),
                d.office.as_ref(),
                d.confirmation_no.as_ref(),
                d.notes.as_ref(),
            ]
            .iter()
            .flatten()
            .any(|h| contains_ci(h, t))
        });
        upcoming_ok && status_ok && person_ok && inst_ok && text_ok
    }
}

/// Calls `f` with each appointment the filter keeps, by start.
pub fn each<E: From<crate::store::Error>>(
    r: Reader,
    filter: &Filter,
    mut f: impl FnMut(Appointment) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    r.each_appt(filter.from, filter.to, |x| if filter.matches(&x) { f(x) } else { Ok(()) })
}

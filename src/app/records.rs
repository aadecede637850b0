//! Diary records: add, edit within the 24-hour window, amend a locked one (a new record
//! supersedes it), delete, and the listings with their filters.

use chrono::NaiveDate;

use super::{Actor, Env, Error, Result, contains_ci};
use crate::domain::record::{self, Record, RecordData, is_late};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::store::{Flow, NewRecord, Reader, RecordKeys, Store};

fn rid(n: i64) -> ItemId {
    ItemId::new(ItemKind::Record, n)
}

/// A record by its ID.
pub fn get(r: Reader, id: ItemId) -> Result<Record> {
    r.record(id.n)?.ok_or(Error::NotFound(id))
}

/// Why a record cannot be changed any more: superseded by an amendment, or past its window.
pub fn locked(rec: &Record) -> Error {
    match rec.amended_by {
        Some(by) => Error::Superseded { id: rec.item_id(), by: rid(by) },
        None => Error::Locked { id: rec.item_id(), until: rec.editable_until() },
    }
}

/// A record just added; `late_limit` is the last day it was due to be entered, when it came
/// after that (it is kept, flagged late).
#[derive(Debug)]
pub struct Added {
    pub id: ItemId,
    pub late_limit: Option<NaiveDate>,
}

/// Adds a record from a filled draft; a duplicate is refused unless `force`.
pub fn add(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    draft: &Draft,
    force: bool,
) -> Result<Added> {
    let data = RecordData::from_draft(draft, env.today()).map_err(Error::Invalid)?;
    let late = is_late(&env.calendar, data.event_date, env.now);
    let keys = RecordKeys::new(&data, env.now);
    let new = keys.record(&data, late);
    let id = store.write(|tx| {
        if !force && let Some(dup) = tx.record_duplicate(&data, &[])? {
            return Err(Error::Duplicate(rid(dup)));
        }
        let id = rid(tx.insert_record(&new)?);
        tx.log_added(actor, id)?;
        Ok(id)
    })?;
    let late_limit =
        late.then(|| env.calendar.add_working_days(data.event_date, record::ENTRY_WORKING_DAYS));
    Ok(Added { id, late_limit })
}

/// Changes a record's fields while it is editable.
pub fn edit(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    changes: &Draft,
    force: bool,
) -> Result<()> {
    let rec = get(store.read(), id)?;
    if changes.is_empty() {
        return Err(Error::NothingToChange);
    }
    if !rec.is_editable(env.now) {
        return Err(locked(&rec));
    }
    let data = RecordData::from_draft(&rec.data.to_draft().overlay(changes), env.today())
        .map_err(Error::Invalid)?;
    let late = is_late(&env.calendar, data.event_date, rec.recorded_at);
    store.write(|tx| {
        if !force && let Some(dup) = tx.record_duplicate(&data, &[rec.id])? {
            return Err(Error::Duplicate(rid(dup)));
        }
        Ok(tx.log_change(actor, "edit", rec.item_id(), || tx.update_record(rec.id, &data, late))?)
    })
}

/// Corrects a record, locked or not: a new record with the changes supersedes it, and the
/// original is kept. Returns the new record's ID.
pub fn amend(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    changes: &Draft,
    force: bool,
) -> Result<ItemId> {
    let rec = get(store.read(), id)?;
    if let Some(by) = rec.amended_by {
        return Err(Error::Superseded { id: rec.item_id(), by: rid(by) });
    }
    if changes.is_empty() {
        return Err(Error::NothingToChange);
    }
    let data = RecordData::from_draft(&rec.data.to_draft().overlay(changes), env.today())
        .map_err(Error::Invalid)?;
    if data == rec.data {
        return Err(Error::NothingToChange);
    }
    let keys = RecordKeys::new(&data, env.now);
    // The original's timeliness stands: an amendment corrects, it is not a late entry.
    let new = NewRecord { amends: Some(rec.id), ..keys.record(&data, rec.late) };
    store.write(|tx| {
        // Read again inside the transaction: another clerk may have amended it meanwhile.
        if let Some(cur) = tx.record(rec.id)?
            && let Some(by) = cur.amended_by
        {
            return Err(Error::Superseded { id: rec.item_id(), by: rid(by) });
        }
        if !force && let Some(dup) = tx.record_duplicate(&data, &[rec.id])? {
            return Err(Error::Duplicate(rid(dup)));
        }
        let new_id = rid(tx.insert_record(&new)?);
        tx.log_added(actor, new_id)?;
        tx.log_change(actor, "amend", rec.item_id(), || tx.set_amended_by(rec.id, Some(new_id.n)))?;
        Ok(new_id)
    })
}

/// The record, if it may still be deleted (before the edge asks for confirmation).
pub fn deletable(store: &Store, env: &Env, id: ItemId) -> Result<Record> {
    let rec = get(store.read(), id)?;
    if !rec.is_editable(env.now) {
        return Err(locked(&rec));
    }
    Ok(rec)
}

/// Deletes a record found [`deletable`]; an amendment's original is current again.
pub fn delete(store: &mut Store, actor: &Actor, rec: &Record) -> Result<()> {
    Ok(store.write(|tx| {
        if let Some(orig) = rec.amends {
            tx.log_change(actor, "unamend", rid(orig), || tx.set_amended_by(orig, None))?;
        }
        tx.log_change(actor, "delete", rec.item_id(), || tx.delete_record(rec.id))
    })?)
}

/// Which records a listing or an export shows: the filters of `record list`, checked.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    /// Events on or after this day.
    pub from: Option<NaiveDate>,
    /// Events on or before this day.
    pub to: Option<NaiveDate>,
    /// Only this type (case-insensitive).
    pub kind: Option<String>,
    /// Only this status code (`ok`, `late`, `amended`).
    pub status: Option<String>,
    /// Subject ID, or part of the subject's name.
    pub subject: Option<String>,
    /// Text anywhere in the record.
    pub text: Option<String>,
    /// Include records superseded by an amendment.
    pub all: bool,
}

impl Filter {
    pub fn matches(&self, r: &Record) -> bool {
        let d = &r.data;
        if !self.all && self.status.is_none() && r.amended_by.is_some() {
            return false;
        }
        if let Some(st) = &self.status
            && r.status().code() != st
        {
            return false;
        }
        if let Some(k) = &self.kind
            && d.kind.to_lowercase() != k.trim().to_lowercase()
        {
            return false;
        }
        if let Some(subj) = &self.subject {
            let by_id = d.subject_id.eq_ignore_ascii_case(subj.trim());
            let by_name = d.subject_name.as_deref().is_some_and(|n| contains_ci(n, subj));
            if !by_id && !by_name {
                return false;
            }
        }
        self.text.as_deref().is_none_or(|t| text_matches(r, t))
    }
}

/// Whether `t` is in any of the record's text fields (as exported).
fn text_matches(r: &Record, t: &str) -> bool {
    let row = r.to_row();
    let hay = [
        Some(&row.subject_id),
        row.subject_name.as_ref(),
        Some(&row.kind),
        row.subtype.as_ref(),
        Some(&row.result),
        row.description.as_ref(),
        row.registry_no.as_ref(),
        row.responsible.as_ref(),
        row.snils.as_ref(),
        row.amount.as_ref(),
    ];
    hay.iter().flatten().any(|h| contains_ci(h, t))
}

/// Calls `f` with each record the filter keeps, in event-date order, one at a time.
pub fn each<E: From<crate::store::Error>>(
    r: Reader,
    filter: &Filter,
    mut f: impl FnMut(Record) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    r.each_record(filter.from, filter.to, false, |rec| {
        if filter.matches(&rec) {
            f(rec)?;
        }
        Ok(Flow::Next)
    })
}

/// The latest `n` records the filter keeps (by event date), oldest first: read from the end,
/// stopping once `n` have matched, like `jrnl -n N`.
pub fn last(r: Reader, filter: &Filter, n: usize) -> Result<Vec<Record>> {
    let mut recs = Vec::with_capacity(n.min(1024));
    if n > 0 {
        r.each_record(filter.from, filter.to, true, |rec| {
            if filter.matches(&rec) {
                recs.push(rec);
            }
            Ok::<_, Error>(if recs.len() == n { Flow::Stop } else { Flow::Next })
        })?;
    }
    recs.reverse();
    Ok(recs)
}

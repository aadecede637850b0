//! Obligations: recurring or one-off duties; done moves a recurring one to its next due date
//! and closes a one-off.

use chrono::NaiveDate;

use super::{Actor, Env, Error, Result};
use crate::crypto;
use crate::domain::obligation::{Obligation, ObligationData};
use crate::domain::{Draft, ItemId, ItemKind, dates};
use crate::store::{Reader, Store};

/// An obligation by its ID.
pub fn get(r: Reader, id: ItemId) -> Result<Obligation> {
    r.obligation(id.n)?.ok_or(Error::NotFound(id))
}

/// Adds an obligation from a draft (`title`, `due`, `every`, `day`, `shift`, `notes`).
pub fn add(store: &mut Store, env: &Env, actor: &Actor, draft: &Draft) -> Result<ItemId> {
    let data = ObligationData::from_draft(draft, env.today()).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    store.write(|tx| {
        let id = ItemId::new(ItemKind::Obligation, tx.insert_obligation(&data, &uuid, env.now)?);
        tx.log_added(actor, id)?;
        Ok(id)
    })
}

/// Every obligation, by nominal due date; those done only with `all`.
pub fn list(r: Reader, all: bool) -> Result<Vec<Obligation>> {
    Ok(r.obligations()?.into_iter().filter(|o| all || o.done_at.is_none()).collect())
}

/// What marking an obligation done did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Done {
    /// A recurring one moved to this effective due date.
    Moved(NaiveDate),
    /// A one-off, now closed.
    Closed,
    /// A recurring one whose next date would lie after the years kabinet keeps: closed.
    Ended { next: NaiveDate },
}

/// Marks an obligation done: a recurring one moves to its next date, a one-off closes, and a
/// recurring one whose next date would leave the years kabinet keeps ends there.
pub fn done(store: &mut Store, env: &Env, actor: &Actor, id: ItemId) -> Result<Done> {
    let o = get(store.read(), id)?;
    if o.done_at.is_some() {
        return Err(Error::AlreadyDone(o.item_id()));
    }
    let next = o.data.next_due();
    let kept = next.filter(|n| dates::in_range(*n));
    store.write(|tx| {
        tx.log_change(actor, "done", o.item_id(), || tx.obligation_done(&o, env.now, kept))
    })?;
    Ok(match (next, kept) {
        (_, Some(n)) => {
            Done::Moved(ObligationData { due: n, ..o.data.clone() }.effective_due(&env.calendar))
        }
        (Some(next), None) => Done::Ended { next },
        (None, None) => Done::Closed,
    })
}

/// Deletes an obligation and its completions.
pub fn delete(store: &mut Store, actor: &Actor, o: &Obligation) -> Result<()> {
    let delete = |tx: &crate::store::Tx| {
        tx.log_change(actor, "delete", o.item_id(), || tx.delete_obligation(o.id))
    };
    Ok(store.write(delete)?)
}

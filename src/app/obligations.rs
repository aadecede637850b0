//! Obligations: recurring or one-off duties; done moves a recurring one to its next due date
//! and closes a one-off.

use chrono::NaiveDate;

use super::{Actor, Env, Error, Result};
use crate::crypto;
use crate::domain::obligation::{Obligation, ObligationData};
use crate::domain::{Draft, ItemId, ItemKind};
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

/// Marks an obligation done. Returns the next effective due date of a recurring one (`None`:
/// a one-off, now closed).
pub fn done(store: &mut Store, env: &Env, actor: &Actor, id: ItemId) -> Result<Option<NaiveDate>> {
    let o = get(store.read(), id)?;
    if o.done_at.is_some() {
        return Err(Error::AlreadyDone(o.item_id()));
    }
    let next = o.data.next_due();
    store.write(|tx| {
        tx.log_change(actor, "done", o.item_id(), || tx.obligation_done(&o, env.now, next))
    })?;
    Ok(next.map(|n| ObligationData { due: n, ..o.data.clone() }.effective_due(&env.calendar)))
}

/// Deletes an obligation and its completions.
pub fn delete(store: &mut Store, actor: &Actor, o: &Obligation) -> Result<()> {
    let delete = |tx: &crate::store::Tx| {
        tx.log_change(actor, "delete", o.item_id(), || tx.delete_obligation(o.id))
    };
    Ok(store.write(delete)?)
}

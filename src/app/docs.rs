//! The document registry: add, edit, renew (the new document replaces the old, which is
//! archived and linked), archive, delete, and the listings with their filters.

use chrono::NaiveDate;

use super::{Actor, Env, Error, Result, contains_ci};
use crate::crypto;
use crate::domain::doc::{self, DocData, DocKind, DocStatus, Document, LeadTimes};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::store::{Reader, Store};

fn did(n: i64) -> ItemId {
    ItemId::new(ItemKind::Doc, n)
}

/// A document by its ID.
pub fn get(r: Reader, id: ItemId) -> Result<Document> {
    r.doc(id.n)?.ok_or(Error::NotFound(id))
}

/// The application whose approval issued the document, if any (the link back of
/// `application status … approved --issues-doc`).
pub fn issued_for(r: Reader, id: ItemId) -> Result<Option<ItemId>> {
    Ok(r.application_issuing(id.n)?.map(|n| ItemId::new(ItemKind::Application, n)))
}

/// A document's validity worth a warning when it is saved: already expired, or expiring
/// within its kind's lead time; `None` when it is valid for a while or indefinite.
pub fn validity_warning(env: &Env, data: &DocData) -> Option<(DocStatus, NaiveDate)> {
    let status = doc::status_on(data.expires_on, env.today(), env.leads.for_kind(data.kind));
    match (status, data.expires_on) {
        (DocStatus::Expired | DocStatus::Expiring, Some(e)) => Some((status, e)),
        _ => None,
    }
}

/// A document just added or renewed, and its data (for [`validity_warning`]).
#[derive(Debug)]
pub struct Saved {
    pub id: ItemId,
    pub data: DocData,
}

/// Adds a document from a filled draft; a duplicate (kind, series, number) is refused unless
/// `force`.
pub fn add(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    draft: &Draft,
    force: bool,
) -> Result<Saved> {
    let data = DocData::from_draft(draft, env.today()).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    let id = store.write(|tx| {
        if !force && let Some(dup) = tx.doc_duplicate(&data, &[])? {
            return Err(Error::Duplicate(did(dup)));
        }
        let id = did(tx.insert_doc(&data, &uuid, env.now, None)?);
        tx.log_added(actor, id)?;
        Ok(id)
    })?;
    Ok(Saved { id, data })
}

/// Changes a document's fields.
pub fn edit(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    id: ItemId,
    changes: &Draft,
    force: bool,
) -> Result<()> {
    let cur = get(store.read(), id)?;
    if changes.is_empty() {
        return Err(Error::NothingToChange);
    }
    let data = DocData::from_draft(&cur.data.to_draft().overlay(changes), env.today())
        .map_err(Error::Invalid)?;
    store.write(|tx| {
        if !force && let Some(dup) = tx.doc_duplicate(&data, &[cur.id])? {
            return Err(Error::Duplicate(did(dup)));
        }
        Ok(tx.log_change(actor, "edit", cur.item_id(), || tx.update_doc(cur.id, &data))?)
    })
}

/// Why an archived document cannot be changed.
fn archived(d: &Document) -> Error {
    Error::Archived { id: d.item_id(), by: d.replaced_by.map(did) }
}

/// The document a renewal replaces, and what the new one keeps of it: who holds it and what
/// it is (and how to reach the holder); its own numbers and dates are new. The edge lays the new fields over this draft.
pub fn renewal(store: &Store, id: ItemId) -> Result<(Document, Draft)> {
    let old = get(store.read(), id)?;
    if old.archived_at.is_some() {
        return Err(archived(&old));
    }
    let mut base = Draft::default();
    base.set("holder", old.data.holder.clone());
    base.set_opt("holder_snils", old.data.holder_snils.clone());
    base.set("kind", old.data.kind.code());
    base.set_opt("issued_by", old.data.issued_by.clone());
    base.set_opt("department_code", old.data.department_code.clone());
    base.set_opt("email", old.data.email.clone());
    base.set_opt("phone", old.data.phone.clone());
    Ok((old, base))
}

/// Replaces `old` (from [`renewal`]) by a new document: the old one is archived and linked.
pub fn renew(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    old: &Document,
    draft: &Draft,
    force: bool,
) -> Result<Saved> {
    let data = DocData::from_draft(draft, env.today()).map_err(Error::Invalid)?;
    let uuid = crypto::new_uuid();
    let id = store.write(|tx| {
        if !force && let Some(dup) = tx.doc_duplicate(&data, &[])? {
            return Err(Error::Duplicate(did(dup)));
        }
        let new_id = did(tx.insert_doc(&data, &uuid, env.now, Some(old.id))?);
        tx.log_added(actor, new_id)?;
        tx.log_change(actor, "renew", old.item_id(), || {
            tx.archive_doc(old.id, env.now, Some(new_id.n))
        })?;
        Ok(new_id)
    })?;
    Ok(Saved { id, data })
}

/// Archives a document that is no longer in use.
pub fn archive(store: &mut Store, env: &Env, actor: &Actor, id: ItemId) -> Result<()> {
    let d = get(store.read(), id)?;
    if d.archived_at.is_some() {
        return Err(archived(&d));
    }
    Ok(store.write(|tx| {
        tx.log_change(actor, "archive", d.item_id(), || tx.archive_doc(d.id, env.now, None))
    })?)
}

/// The document, if it may be deleted: no scheduled appointment and no open application relies
/// on it, unless `force`.
pub fn deletable(store: &Store, id: ItemId, force: bool) -> Result<Document> {
    let r = store.read();
    let d = get(r, id)?;
    if force {
        return Ok(d);
    }
    let appts = r.appts_needing(d.id)?.into_iter().map(|n| ItemId::new(ItemKind::Appt, n));
    let applications = r.applications_needing(d.id)?;
    let applications = applications.into_iter().map(|n| ItemId::new(ItemKind::Application, n));
    let by: Vec<ItemId> = appts.chain(applications).collect();
    if !by.is_empty() {
        return Err(Error::Needed { id: d.item_id(), by });
    }
    Ok(d)
}

/// Deletes a document found [`deletable`].
pub fn delete(store: &mut Store, actor: &Actor, d: &Document) -> Result<()> {
    Ok(store.write(|tx| tx.log_change(actor, "delete", d.item_id(), || tx.delete_doc(d.id)))?)
}

/// Which documents a listing or an export shows: the filters of `doc list`, checked.
#[derive(Debug, Clone, Default)]
pub struct Filter {
    pub kind: Option<DocKind>,
    /// Only this status code (`valid`, `expiring`, `expired`, `indefinite`, `archived`).
    pub status: Option<String>,
    /// Part of the holder's name.
    pub holder: Option<String>,
    /// Text anywhere in the document.
    pub text: Option<String>,
    /// Include archived documents.
    pub all: bool,
}

impl Filter {
    pub fn matches(&self, d: &Document, today: NaiveDate, lead: &LeadTimes) -> bool {
        let st = d.status(today, lead);
        let status_ok = match &self.status {
            Some(want) => st.code() == want,
            None => self.all || st != DocStatus::Archived,
        };
        let kind_ok = self.kind.is_none_or(|k| d.data.kind == k);
        let holder_ok = self.holder.as_deref().is_none_or(|h| contains_ci(&d.data.holder, h));
        let text_ok = self.text.as_deref().is_none_or(|t| {
            let row = d.to_row(today, lead);
            [
                Some(&row.holder),
                row.series.as_ref(),
                row.number.as_ref(),
                row.issued_by.as_ref(),
                row.notes.as_ref(),
                row.holder_snils.as_ref(),
                Some(&row.kind),
            ]
            .iter()
            .flatten()
            .any(|h| contains_ci(h, t))
        });
        status_ok && kind_ok && holder_ok && text_ok
    }
}

/// Calls `f` with each document the filter keeps, by expiry (indefinite ones last).
pub fn each<E: From<crate::store::Error>>(
    r: Reader,
    env: &Env,
    filter: &Filter,
    mut f: impl FnMut(Document) -> std::result::Result<(), E>,
) -> std::result::Result<(), E> {
    let today = env.today();
    r.each_doc(|d| if filter.matches(&d, today, &env.leads) { f(d) } else { Ok(()) })
}

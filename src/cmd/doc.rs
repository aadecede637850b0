//! `kabinet doc …`: the document registry.

use std::io::Write;

use super::{
    Ctx, Session, confirm, contains_ci, filter_code, invalid, parse_id, prompt, say, warn,
};
use crate::cli::{DocCmd, DocFields, DocListArgs, Format};
use crate::crypto;
use crate::domain::dates::iso_datetime;
use crate::domain::doc::{self, DocData, DocKind, DocStatus, Document};
use crate::domain::{Draft, FieldError, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::audit;
use crate::store::{appts as appt_db, docs as db};
use crate::validate::{Problem, format_dept_code, format_snils};

pub fn run(s: &mut Session, cmd: DocCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        DocCmd::Add { fields, force } => add(s, &fields, force, out),
        DocCmd::List(args) => list(s, &args, out),
        DocCmd::Show { id } => show(s, &id, out),
        DocCmd::Edit { id, fields, force } => edit(s, &id, &fields, force, out),
        DocCmd::Renew { id, fields, force } => renew(s, &id, &fields, force, out),
        DocCmd::Archive { id } => archive(s, &id, out),
        DocCmd::Delete { id, force } => delete(s, &id, force, out),
    }
}

pub fn draft_of(f: &DocFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("holder", f.holder.clone());
    d.set_opt("holder_snils", f.holder_snils.clone());
    d.set_opt("kind", f.kind.clone());
    d.set_opt("series", f.series.clone());
    d.set_opt("number", f.number.clone());
    d.set_opt("issued_on", f.issued_on.clone());
    d.set_opt("issued_by", f.issued_by.clone());
    d.set_opt("department_code", f.department_code.clone());
    d.set_opt("expires_on", f.expires_on.clone());
    d.set_opt("notes", f.notes.clone());
    d
}

fn did(n: i64) -> ItemId {
    ItemId::new(ItemKind::Doc, n)
}

pub(super) fn get(s: &mut Session, id: &str) -> Result<Document> {
    let id = parse_id(id, ItemKind::Doc)?;
    db::get(s.store()?.conn(), id.n)?.ok_or_else(|| Error::NotFound(i18n::no_such_item(id)))
}

/// Warns when a document being saved is already expired or about to expire.
fn warn_validity(ctx: &Ctx, id: ItemId, data: &DocData) {
    let status = doc::status_on(data.expires_on, ctx.today(), ctx.leads.for_kind(data.kind));
    if matches!(status, DocStatus::Expired | DocStatus::Expiring)
        && let Some(e) = data.expires_on
    {
        warn(ctx, &i18n::doc_validity_warning(id, status, e));
    }
}

fn add(s: &mut Session, fields: &DocFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, doc::FIELDS)?;
    }
    let data = DocData::from_draft(&draft, s.ctx.today()).map_err(invalid)?;
    let now = s.ctx.now;
    let uuid = crypto::new_uuid();
    let actor = s.actor();
    let id = s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[])? {
            return Err(Error::Conflict(i18n::duplicate(did(dup))));
        }
        let id = db::insert(tx, None, &data, &uuid, now, None)?;
        audit::added(tx, &actor, did(id))?;
        Ok(id)
    })?;
    writeln!(out, "{}", did(id))?;
    warn_validity(&s.ctx, did(id), &data);
    Ok(())
}

fn edit(
    s: &mut Session,
    id: &str,
    fields: &DocFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let cur = get(s, id)?;
    let changes = draft_of(fields);
    if changes.is_empty() {
        return Err(Error::Usage(i18n::nothing_to_change()));
    }
    let data = DocData::from_draft(&cur.data.to_draft().overlay(&changes), s.ctx.today())
        .map_err(invalid)?;
    let actor = s.actor();
    s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[cur.id])? {
            return Err(Error::Conflict(i18n::duplicate(did(dup))));
        }
        audit::change(tx, &actor, "edit", cur.item_id(), || db::update(tx, cur.id, &data))
    })?;
    say(&s.ctx, out, &i18n::updated(cur.item_id()))
}

fn renew(
    s: &mut Session,
    id: &str,
    fields: &DocFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let old = get(s, id)?;
    if old.archived_at.is_some() {
        return Err(Error::Conflict(i18n::doc_archived(old.item_id(), old.replaced_by.map(did))));
    }
    // The new document keeps who holds it and what it is; its own numbers and dates are new.
    let mut base = Draft::default();
    base.set("holder", old.data.holder.clone());
    base.set_opt("holder_snils", old.data.holder_snils.clone());
    base.set("kind", old.data.kind.code());
    base.set_opt("issued_by", old.data.issued_by.clone());
    base.set_opt("department_code", old.data.department_code.clone());
    let mut draft = base.overlay(&draft_of(fields));
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, doc::FIELDS)?;
    }
    let data = DocData::from_draft(&draft, s.ctx.today()).map_err(invalid)?;
    let now = s.ctx.now;
    let uuid = crypto::new_uuid();
    let actor = s.actor();
    let new_id = s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[])? {
            return Err(Error::Conflict(i18n::duplicate(did(dup))));
        }
        let new_id = db::insert(tx, None, &data, &uuid, now, Some(old.id))?;
        audit::added(tx, &actor, did(new_id))?;
        audit::change(tx, &actor, "renew", old.item_id(), || {
            db::archive(tx, old.id, now, Some(new_id))
        })?;
        Ok(new_id)
    })?;
    writeln!(out, "{}", did(new_id))?;
    warn_validity(&s.ctx, did(new_id), &data);
    Ok(())
}

fn archive(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let d = get(s, id)?;
    if d.archived_at.is_some() {
        return Err(Error::Conflict(i18n::doc_archived(d.item_id(), d.replaced_by.map(did))));
    }
    let now = s.ctx.now;
    let actor = s.actor();
    s.store()?.write(|tx| {
        audit::change(tx, &actor, "archive", d.item_id(), || db::archive(tx, d.id, now, None))
    })?;
    say(&s.ctx, out, &i18n::archived(d.item_id()))
}

fn delete(s: &mut Session, id: &str, force: bool, out: &mut dyn Write) -> Result<()> {
    let d = get(s, id)?;
    let needed_by = appt_db::needing(s.store()?.conn(), d.id)?;
    if !force && !needed_by.is_empty() {
        let ids: Vec<ItemId> = needed_by.iter().map(|n| ItemId::new(ItemKind::Appt, *n)).collect();
        return Err(Error::Conflict(i18n::doc_needed(d.item_id(), &ids)));
    }
    if !confirm(&s.ctx, &i18n::confirm_delete(d.item_id()))? {
        return Err(Error::Usage(i18n::aborted()));
    }
    let actor = s.actor();
    s.store()?
        .write(|tx| audit::change(tx, &actor, "delete", d.item_id(), || db::delete(tx, d.id)))?;
    say(&s.ctx, out, &i18n::deleted(d.item_id()))
}

fn list(s: &mut Session, a: &DocListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let keep = selection(&s.ctx, a)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    let (today, lead) = (ctx.today(), &ctx.leads);
    if let Some(mut rows) = super::row_stream(&mut *out, ctx.format, doc::COLUMNS)? {
        db::each(
            store.conn(),
            |d| if keep(&d) { rows.push(&d.to_row(today, lead)) } else { Ok(()) },
        )?;
        return rows.finish();
    }
    let mut docs: Vec<Document> = Vec::new();
    db::each(store.conn(), |d| {
        if keep(&d) {
            docs.push(d);
        }
        Ok(())
    })?;
    render_list(ctx, &docs, out)
}

/// The documents `list` (and `export`) shows for these filters; bad filter values fail here,
/// before the store is read.
pub(super) fn selection(ctx: &Ctx, a: &DocListArgs) -> Result<impl Fn(&Document) -> bool + use<>> {
    let (today, lead) = (ctx.today(), ctx.leads.clone());
    let status = filter_code("--status", &a.status, DocStatus::CODES)?;
    let kind = match &a.kind {
        None => None,
        Some(k) => Some(DocKind::parse(k).ok_or_else(|| {
            invalid(vec![FieldError {
                field: "--kind",
                value: k.clone(),
                problem: Problem::OneOf(DocKind::CODES),
            }])
        })?),
    };
    let (all, holder, text) = (a.all, a.holder.clone(), a.text.clone());
    Ok(move |d: &Document| {
        let st = d.status(today, &lead);
        let status_ok = match &status {
            Some(want) => st.code() == want,
            None => all || st != DocStatus::Archived,
        };
        let kind_ok = kind.is_none_or(|k| d.data.kind == k);
        let holder_ok = holder.as_deref().is_none_or(|h| contains_ci(&d.data.holder, h));
        let text_ok = text.as_deref().is_none_or(|t| {
            let row = d.to_row(today, &lead);
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
    })
}

pub fn render_list(ctx: &Ctx, docs: &[Document], out: &mut dyn Write) -> Result<()> {
    let (today, lead) = (ctx.today(), &ctx.leads);
    let rows = || docs.iter().map(|d| d.to_row(today, lead)).collect::<Vec<_>>();
    match ctx.format {
        Format::Json => output::write_json(out, &rows()),
        Format::Csv => output::write_csv(out, doc::COLUMNS, &rows()),
        Format::Table if docs.is_empty() => say(ctx, out, &i18n::nothing_found()),
        Format::Table => {
            let table: Vec<Vec<String>> = docs
                .iter()
                .map(|d| {
                    let x = &d.data;
                    let number = x.display_number();
                    vec![
                        d.item_id().to_string(),
                        x.holder.clone(),
                        i18n::doc_kind(x.kind),
                        number,
                        i18n::date(x.issued_on),
                        x.expires_on.map(i18n::date).unwrap_or_else(i18n::indefinite),
                        i18n::doc_status_with_days(d.status(today, lead), d.days_left(today)),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::doc_headers(), &table)
        }
    }
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let d = get(s, id)?;
    let (today, lead) = (s.ctx.today(), &s.ctx.leads);
    let status = d.status(today, lead);
    match s.ctx.format {
        Format::Json => {
            let mut v = serde_json::to_value(d.to_row(today, lead))
                .map_err(|e| Error::Internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("days_left".into(), d.days_left(today).into());
                obj.insert("replaces".into(), d.replaces.map(|n| did(n).to_string()).into());
                obj.insert("replaced_by".into(), d.replaced_by.map(|n| did(n).to_string()).into());
                obj.insert("archived_at".into(), d.archived_at.map(iso_datetime).into());
            }
            output::write_json(out, &v)
        }
        Format::Csv => output::write_csv(out, doc::COLUMNS, &[d.to_row(today, lead)]),
        Format::Table => {
            let x = &d.data;
            let mut fields = super::Fields::default();
            let mut push = |k: &str, v: Option<String>| fields.push(k, v);
            push("id", Some(d.item_id().to_string()));
            push("holder", Some(x.holder.clone()));
            push("holder_snils", x.holder_snils.as_deref().map(format_snils));
            push("kind", Some(i18n::doc_kind(x.kind)));
            push("number", Some(x.display_number()));
            push("issued_on", Some(i18n::date(x.issued_on)));
            push("issued_by", x.issued_by.clone());
            push("department_code", x.department_code.as_deref().map(format_dept_code));
            push("expires_on", Some(x.expires_on.map(i18n::date).unwrap_or_else(i18n::indefinite)));
            push("status", Some(i18n::doc_status_with_days(status, d.days_left(today))));
            push("notes", x.notes.clone());
            push("replaces", d.replaces.map(|n| did(n).to_string()));
            push("replaced_by", d.replaced_by.map(|n| did(n).to_string()));
            push("archived_at", d.archived_at.map(i18n::datetime));
            output::write_pairs(out, &fields.into_pairs())
        }
    }
}

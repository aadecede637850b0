//! `kabinet record …`: diary records.

use std::io::Write;

use chrono::NaiveDate;

use super::{
    Ctx, Session, confirm, contains_ci, filter_code, filter_date, invalid, parse_id, prompt, say,
    warn,
};
use crate::cli::{Format, RecordCmd, RecordFields, RecordListArgs};
use crate::crypto;
use crate::domain::record::{self, Record, RecordData, RecordStatus, is_late};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::audit;
use crate::store::records as db;
use crate::validate::format_snils;

pub fn run(s: &mut Session, cmd: RecordCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        RecordCmd::Add { fields, force } => add(s, &fields, force, out),
        RecordCmd::List(args) => list(s, &args, out),
        RecordCmd::Show { id } => show(s, &id, out),
        RecordCmd::Edit { id, fields, force } => edit(s, &id, &fields, force, out),
        RecordCmd::Delete { id } => delete(s, &id, out),
        RecordCmd::Amend { id, fields, force } => amend(s, &id, &fields, force, out),
    }
}

/// The flags given, as a draft; fields not given are absent, `""` clears one on edit.
pub fn draft_of(f: &RecordFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("subject_id", f.subject_id.clone());
    d.set_opt("subject_name", f.subject_name.clone());
    d.set_opt("event_date", f.event_date.clone());
    d.set_opt("type", f.kind.clone());
    d.set_opt("subtype", f.subtype.clone());
    d.set_opt("result", f.result.clone());
    d.set_opt("description", f.description.clone());
    d.set_opt("registry_no", f.registry_no.clone());
    d.set_opt("amount", f.amount.clone());
    d.set_opt("snils", f.snils.clone());
    d.set_opt("oktmo", f.oktmo.clone());
    d.set_opt("responsible", f.responsible.clone());
    d.set_opt("follow_up_on", f.follow_up_on.clone());
    d
}

pub(super) fn get(s: &mut Session, id: &str) -> Result<Record> {
    let id = parse_id(id, ItemKind::Record)?;
    db::get(s.store()?.conn(), id.n)?.ok_or_else(|| Error::NotFound(i18n::no_such_item(id)))
}

fn rid(n: i64) -> ItemId {
    ItemId::new(ItemKind::Record, n)
}

fn add(s: &mut Session, fields: &RecordFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, record::FIELDS)?;
    }
    let data = RecordData::from_draft(&draft, s.ctx.today()).map_err(invalid)?;
    let now = s.ctx.now;
    let late = is_late(&s.ctx.calendar, data.event_date, now);
    let uuid = crypto::new_uuid();
    let actor = s.actor();
    let id = s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[])? {
            return Err(Error::Conflict(i18n::duplicate(rid(dup))));
        }
        let id = db::insert(tx, None, &data, &uuid, now, late, None)?;
        audit::added(tx, &actor, rid(id))?;
        Ok(id)
    })?;
    writeln!(out, "{}", rid(id))?;
    if late {
        let limit = s.ctx.calendar.add_working_days(data.event_date, record::ENTRY_WORKING_DAYS);
        warn(&s.ctx, &i18n::record_late(rid(id), limit));
    }
    Ok(())
}

pub(super) fn locked_error(rec: &Record) -> Error {
    match rec.amended_by {
        Some(by) => Error::Conflict(i18n::record_superseded(rec.item_id(), rid(by))),
        None => Error::Conflict(i18n::record_locked(rec.item_id(), rec.editable_until())),
    }
}

fn edit(
    s: &mut Session,
    id: &str,
    fields: &RecordFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let rec = get(s, id)?;
    let changes = draft_of(fields);
    if changes.is_empty() {
        return Err(Error::Usage(i18n::nothing_to_change()));
    }
    if !rec.is_editable(s.ctx.now) {
        return Err(locked_error(&rec));
    }
    let data = RecordData::from_draft(&rec.data.to_draft().overlay(&changes), s.ctx.today())
        .map_err(invalid)?;
    let late = is_late(&s.ctx.calendar, data.event_date, rec.recorded_at);
    let actor = s.actor();
    s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[rec.id])? {
            return Err(Error::Conflict(i18n::duplicate(rid(dup))));
        }
        audit::change(tx, &actor, "edit", rec.item_id(), || db::update(tx, rec.id, &data, late))
    })?;
    say(&s.ctx, out, &i18n::updated(rec.item_id()))
}

fn amend(
    s: &mut Session,
    id: &str,
    fields: &RecordFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let rec = get(s, id)?;
    if let Some(by) = rec.amended_by {
        return Err(Error::Conflict(i18n::record_superseded(rec.item_id(), rid(by))));
    }
    let changes = draft_of(fields);
    if changes.is_empty() {
        return Err(Error::Usage(i18n::nothing_to_change()));
    }
    let data = RecordData::from_draft(&rec.data.to_draft().overlay(&changes), s.ctx.today())
        .map_err(invalid)?;
    if data == rec.data {
        return Err(Error::Usage(i18n::nothing_to_change()));
    }
    let now = s.ctx.now;
    let uuid = crypto::new_uuid();
    let actor = s.actor();
    let new_id = s.store()?.write(|tx| {
        // Re-read inside the transaction: another clerk may have amended it meanwhile.
        if let Some(cur) = db::get(tx, rec.id)?
            && let Some(by) = cur.amended_by
        {
            return Err(Error::Conflict(i18n::record_superseded(rec.item_id(), rid(by))));
        }
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[rec.id])? {
            return Err(Error::Conflict(i18n::duplicate(rid(dup))));
        }
        // The original's timeliness stands: an amendment corrects, it is not a late entry.
        let new_id = db::insert(tx, None, &data, &uuid, now, rec.late, Some(rec.id))?;
        audit::added(tx, &actor, rid(new_id))?;
        audit::change(tx, &actor, "amend", rec.item_id(), || {
            db::set_amended_by(tx, rec.id, Some(new_id))
        })?;
        Ok(new_id)
    })?;
    writeln!(out, "{}", rid(new_id))?;
    Ok(())
}

fn delete(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let rec = get(s, id)?;
    if !rec.is_editable(s.ctx.now) {
        return Err(locked_error(&rec));
    }
    if !confirm(&s.ctx, &i18n::confirm_delete(rec.item_id()))? {
        return Err(Error::Usage(i18n::aborted()));
    }
    let actor = s.actor();
    s.store()?.write(|tx| {
        if let Some(orig) = rec.amends {
            audit::change(tx, &actor, "unamend", rid(orig), || db::set_amended_by(tx, orig, None))?;
        }
        audit::change(tx, &actor, "delete", rec.item_id(), || db::delete(tx, rec.id))
    })?;
    say(&s.ctx, out, &i18n::deleted(rec.item_id()))
}

pub(super) fn matches(r: &Record, a: &RecordListArgs, status: Option<&str>) -> bool {
    let d = &r.data;
    if !a.all && status.is_none() && r.amended_by.is_some() {
        return false;
    }
    if let Some(st) = status
        && r.status().code() != st
    {
        return false;
    }
    if let Some(k) = &a.kind
        && d.kind.to_lowercase() != k.trim().to_lowercase()
    {
        return false;
    }
    if let Some(subj) = &a.subject {
        let by_id = d.subject_id.eq_ignore_ascii_case(subj.trim());
        let by_name = d.subject_name.as_deref().is_some_and(|n| contains_ci(n, subj));
        if !by_id && !by_name {
            return false;
        }
    }
    if let Some(t) = &a.text {
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
        if !hay.iter().flatten().any(|h| contains_ci(h, t)) {
            return false;
        }
    }
    true
}

fn list(s: &mut Session, a: &RecordListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let (from, to, status) = selection(&s.ctx, a)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    let conn = store.conn();
    let keep = |r: &Record| matches(r, a, status.as_deref());
    if a.last.is_none()
        && let Some(mut rows) = super::row_stream(&mut *out, ctx.format, record::COLUMNS)?
    {
        db::each(conn, from, to, false, |r| {
            if keep(&r) {
                rows.push(&r.into_row())?;
            }
            Ok(db::Flow::Next)
        })?;
        return rows.finish();
    }
    if let Some(n) = a.last {
        // The latest N: read from the end and stop once N have matched.
        let mut recs = Vec::with_capacity(n.min(1024));
        if n > 0 {
            db::each(conn, from, to, true, |r| {
                if keep(&r) {
                    recs.push(r);
                }
                Ok(if recs.len() == n { db::Flow::Stop } else { db::Flow::Next })
            })?;
        }
        recs.reverse();
        return render_list(ctx, &recs, out);
    }
    // A table too, row by row (its columns sized by the first rows, see `TableWriter`).
    let headers = i18n::record_headers();
    // IDs and status words do not wrap, whichever comes first.
    let id_width = format!("R-{}", audit::last_id(conn, "records")?).len();
    let statuses = [RecordStatus::Ok, RecordStatus::Late, RecordStatus::Amended];
    let status_width = statuses.map(|s| i18n::record_status(s).chars().count());
    let mut table = output::TableWriter::new(&mut *out, &headers)
        .at_least(0, id_width)
        .at_least(6, status_width.into_iter().max().unwrap_or(0));
    let mut any = false;
    db::each(conn, from, to, false, |r| {
        if keep(&r) {
            any = true;
            table.push(table_row(&r))?;
        }
        Ok(db::Flow::Next)
    })?;
    if any {
        return table.finish();
    }
    drop(table);
    say(ctx, out, &i18n::nothing_found())
}

/// The checked filter values of `list` (and `export`): event-day range and status; bad
/// values fail here, before the store is read. Rows are then tested with [`matches`].
#[allow(clippy::type_complexity)]
pub(super) fn selection(
    ctx: &Ctx,
    a: &RecordListArgs,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>, Option<String>)> {
    let today = ctx.today();
    let from = filter_date("--from", &a.from, today)?;
    let to = filter_date("--to", &a.to, today)?;
    let status = filter_code("--status", &a.status, RecordStatus::CODES)?;
    Ok((from, to, status))
}

/// A record as a line of the `list` table.
fn table_row(r: &Record) -> Vec<String> {
    let d = &r.data;
    let subject = match &d.subject_name {
        Some(n) => format!("{} {}", d.subject_id, n),
        None => d.subject_id.clone(),
    };
    vec![
        r.item_id().to_string(),
        i18n::date(d.event_date),
        subject,
        d.kind.clone(),
        d.result.clone(),
        d.follow_up_on.map(i18n::date).unwrap_or_default(),
        i18n::record_status(r.status()),
    ]
}

/// Renders records in the chosen format.
pub fn render_list(ctx: &Ctx, recs: &[Record], out: &mut dyn Write) -> Result<()> {
    match ctx.format {
        Format::Json => {
            output::write_json(out, &recs.iter().map(Record::to_row).collect::<Vec<_>>())
        }
        Format::Csv => output::write_csv(
            out,
            record::COLUMNS,
            &recs.iter().map(Record::to_row).collect::<Vec<_>>(),
        ),
        Format::Table if recs.is_empty() => say(ctx, out, &i18n::nothing_found()),
        Format::Table => {
            let rows: Vec<Vec<String>> = recs.iter().map(table_row).collect();
            output::write_table(out, &i18n::record_headers(), &rows)
        }
    }
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let rec = get(s, id)?;
    let now = s.ctx.now;
    match s.ctx.format {
        Format::Json => {
            let mut v =
                serde_json::to_value(rec.to_row()).map_err(|e| Error::Internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("editable".into(), rec.is_editable(now).into());
                obj.insert(
                    "editable_until".into(),
                    crate::domain::dates::iso_datetime(rec.editable_until()).into(),
                );
                obj.insert("amends".into(), rec.amends.map(|n| rid(n).to_string()).into());
                obj.insert("amended_by".into(), rec.amended_by.map(|n| rid(n).to_string()).into());
            }
            output::write_json(out, &v)
        }
        Format::Csv => output::write_csv(out, record::COLUMNS, &[rec.to_row()]),
        Format::Table => output::write_pairs(out, &pairs(&rec, now)),
    }
}

/// A record's fields as `show` lists them (and a receipt prints them), labelled in the
/// interface language.
pub(super) fn pairs(rec: &Record, now: chrono::NaiveDateTime) -> Vec<(String, String)> {
    let d = &rec.data;
    let mut fields = super::Fields::default();
    let mut push = |k: &str, v: Option<String>| fields.push(k, v);
    push("id", Some(rec.item_id().to_string()));
    push("subject_id", Some(d.subject_id.clone()));
    push("subject_name", d.subject_name.clone());
    push("event_date", Some(i18n::date(d.event_date)));
    push("type", Some(d.kind.clone()));
    push("subtype", d.subtype.clone());
    push("result", Some(d.result.clone()));
    push("description", d.description.clone());
    push("registry_no", d.registry_no.clone());
    push("amount", d.amount.clone());
    push("snils", d.snils.as_deref().map(format_snils));
    push("oktmo", d.oktmo.clone());
    push("responsible", d.responsible.clone());
    push("follow_up_on", d.follow_up_on.map(i18n::date));
    push("recorded_at", Some(i18n::datetime(rec.recorded_at)));
    push("status", Some(i18n::record_status(rec.status())));
    push("amends", rec.amends.map(|n| rid(n).to_string()));
    push("amended_by", rec.amended_by.map(|n| rid(n).to_string()));
    push("editable_until", Some(i18n::edit_window(rec.is_editable(now), rec.editable_until())));
    fields.into_pairs()
}

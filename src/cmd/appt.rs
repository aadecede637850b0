//! `kabinet appt …`: appointments at offices.

use std::io::Write;

use chrono::NaiveDate;

use rusqlite::Connection;

use super::{
    Ctx, Session, confirm, contains_ci, filter_code, filter_date, invalid, parse_id, prompt, say,
    warn,
};
use crate::cli::{ApptCmd, ApptFields, ApptListArgs, Format};
use crate::crypto;
use crate::domain::appt::{self, Appointment, ApptData, ApptStatus, Move};
use crate::domain::dates::{self, iso_datetime};
use crate::domain::doc::{self as docdom, DocStatus, Document, LeadTimes};
use crate::domain::{Draft, FieldError, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::{appts as db, audit, docs as doc_db};
use crate::validate::Problem;

pub fn run(s: &mut Session, cmd: ApptCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ApptCmd::Add { fields, force } => add(s, &fields, force, out),
        ApptCmd::List(args) => list(s, &args, out),
        ApptCmd::Show { id } => show(s, &id, out),
        ApptCmd::Edit { id, fields, force } => edit(s, &id, &fields, force, out),
        ApptCmd::Reschedule { id, at, force } => reschedule(s, &id, &at, force, out),
        ApptCmd::Cancel { id, force } => cancel(s, &id, force, out),
        ApptCmd::Done { id } => finish(s, &id, ApptStatus::Done, out),
        ApptCmd::NoShow { id } => finish(s, &id, ApptStatus::NoShow, out),
        ApptCmd::Delete { id } => delete(s, &id, out),
    }
}

pub fn draft_of(f: &ApptFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("person", f.person.clone());
    d.set_opt("institution", f.institution.clone());
    d.set_opt("service", f.service.clone());
    d.set_opt("office", f.office.clone());
    d.set_opt("starts_at", f.starts_at.clone());
    d.set_opt("duration_min", f.duration_min.clone());
    d.set_opt("confirmation_no", f.confirmation_no.clone());
    d.set_opt("needs", f.needs.clone());
    d.set_opt("notes", f.notes.clone());
    d
}

fn aid(n: i64) -> ItemId {
    ItemId::new(ItemKind::Appt, n)
}

pub(super) fn get(s: &mut Session, id: &str) -> Result<Appointment> {
    let id = parse_id(id, ItemKind::Appt)?;
    db::get(s.store()?.conn(), id.n)?.ok_or_else(|| Error::NotFound(i18n::no_such_item(id)))
}

/// The documents an appointment needs; a missing one is invalid input.
fn needed_docs(conn: &Connection, data: &ApptData) -> Result<Vec<Document>> {
    check_needs(conn, data)?.map_err(invalid)
}

/// The needed documents, or a field error for each one that does not exist.
pub(super) fn check_needs(
    conn: &Connection,
    data: &ApptData,
) -> Result<std::result::Result<Vec<Document>, Vec<FieldError>>> {
    let mut found = Vec::new();
    let mut errors = Vec::new();
    for n in &data.needs {
        match doc_db::get(conn, *n)? {
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

/// Needed documents that will have expired (or be archived) by the appointment day.
pub(super) fn expiring_needs(data: &ApptData, docs: &[Document]) -> Vec<String> {
    let day = data.starts_at.date();
    docs.iter()
        .filter_map(|d| {
            if d.archived_at.is_some() {
                return Some(i18n::need_archived(
                    d.item_id(),
                    d.replaced_by.map(|n| ItemId::new(ItemKind::Doc, n)),
                ));
            }
            let e = d.data.expires_on?;
            (docdom::status_on(Some(e), day, 0) == DocStatus::Expired)
                .then(|| i18n::need_expired(d.item_id(), e, day))
        })
        .collect()
}

fn add(s: &mut Session, fields: &ApptFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, appt::FIELDS)?;
    }
    let data = ApptData::from_draft(&draft, s.ctx.today(), s.ctx.zone).map_err(invalid)?;
    let now = s.ctx.now;
    let uuid = crypto::new_uuid();
    let actor = s.actor();
    let (id, docs) = s.store()?.write(|tx| {
        let docs = needed_docs(tx, &data)?;
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[])? {
            return Err(Error::Conflict(i18n::duplicate(aid(dup))));
        }
        let id = db::insert(tx, None, &data, &uuid, ApptStatus::Scheduled, now)?;
        audit::added(tx, &actor, aid(id))?;
        Ok((id, docs))
    })?;
    writeln!(out, "{}", aid(id))?;
    if data.starts_at < now {
        warn(&s.ctx, &i18n::appt_in_past(aid(id)));
    }
    for w in expiring_needs(&data, &docs) {
        warn(&s.ctx, &w);
    }
    Ok(())
}

fn edit(
    s: &mut Session,
    id: &str,
    fields: &ApptFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let cur = get(s, id)?;
    let changes = draft_of(fields);
    if changes.is_empty() {
        return Err(Error::Usage(i18n::nothing_to_change()));
    }
    if changes.get("starts_at").is_some() {
        return Err(Error::Usage(i18n::use_reschedule(cur.item_id())));
    }
    let data =
        ApptData::from_draft(&cur.data.to_draft().overlay(&changes), s.ctx.today(), s.ctx.zone)
            .map_err(invalid)?;
    let actor = s.actor();
    let docs = s.store()?.write(|tx| {
        let docs = needed_docs(tx, &data)?;
        if !force && let Some(dup) = db::find_duplicate(tx, &data, &[cur.id])? {
            return Err(Error::Conflict(i18n::duplicate(aid(dup))));
        }
        audit::change(tx, &actor, "edit", cur.item_id(), || db::update(tx, cur.id, &data))?;
        Ok(docs)
    })?;
    say(&s.ctx, out, &i18n::updated(cur.item_id()))?;
    for w in expiring_needs(&data, &docs) {
        warn(&s.ctx, &w);
    }
    Ok(())
}

/// A cancel or reschedule: allowed while scheduled, until 24 hours before the start; later
/// only with `--force`, and then marked late. Returns whether it is late.
fn check_change(ctx: &Ctx, a: &Appointment, force: bool) -> Result<bool> {
    if a.status != ApptStatus::Scheduled {
        return Err(Error::Conflict(i18n::appt_not_scheduled(a.item_id(), a.status)));
    }
    let late = ctx.now > a.change_deadline();
    if late && !force {
        return Err(Error::Conflict(i18n::too_late_to_change(a.item_id(), a.change_deadline())));
    }
    Ok(late)
}

fn reschedule(s: &mut Session, id: &str, at: &str, force: bool, out: &mut dyn Write) -> Result<()> {
    let cur = get(s, id)?;
    let new_at = dates::parse_datetime(at, s.ctx.today(), s.ctx.zone).map_err(|e| {
        invalid(vec![FieldError {
            field: "at",
            value: at.to_owned(),
            problem: e.datetime_problem(),
        }])
    })?;
    let late = check_change(&s.ctx, &cur, force)?;
    let now = s.ctx.now;
    let mut moved = cur.data.clone();
    moved.starts_at = new_at;
    let actor = s.actor();
    let docs = s.store()?.write(|tx| {
        if !force && let Some(dup) = db::find_duplicate(tx, &moved, &[cur.id])? {
            return Err(Error::Conflict(i18n::duplicate(aid(dup))));
        }
        audit::change(tx, &actor, "reschedule", cur.item_id(), || {
            db::reschedule(tx, &cur, new_at, now, late)
        })?;
        needed_docs(tx, &moved)
    })?;
    say(&s.ctx, out, &i18n::rescheduled(cur.item_id(), new_at))?;
    if late {
        warn(&s.ctx, &i18n::marked_late(cur.item_id()));
    }
    for w in expiring_needs(&moved, &docs) {
        warn(&s.ctx, &w);
    }
    Ok(())
}

fn cancel(s: &mut Session, id: &str, force: bool, out: &mut dyn Write) -> Result<()> {
    let cur = get(s, id)?;
    let late = check_change(&s.ctx, &cur, force)?;
    let actor = s.actor();
    s.store()?.write(|tx| {
        audit::change(tx, &actor, "cancel", cur.item_id(), || {
            db::set_status(tx, cur.id, ApptStatus::Cancelled, late)
        })
    })?;
    say(&s.ctx, out, &i18n::appt_status_set(cur.item_id(), ApptStatus::Cancelled))?;
    if late {
        warn(&s.ctx, &i18n::marked_late(cur.item_id()));
    }
    Ok(())
}

/// `done` or `no-show`: only for a scheduled appointment whose time has come.
fn finish(s: &mut Session, id: &str, status: ApptStatus, out: &mut dyn Write) -> Result<()> {
    let cur = get(s, id)?;
    if cur.status != ApptStatus::Scheduled {
        return Err(Error::Conflict(i18n::appt_not_scheduled(cur.item_id(), cur.status)));
    }
    if s.ctx.now < cur.data.starts_at {
        return Err(Error::Conflict(i18n::appt_not_started(cur.item_id(), cur.data.starts_at)));
    }
    let actor = s.actor();
    s.store()?.write(|tx| {
        audit::change(tx, &actor, status.code(), cur.item_id(), || {
            db::set_status(tx, cur.id, status, false)
        })
    })?;
    say(&s.ctx, out, &i18n::appt_status_set(cur.item_id(), status))
}

fn delete(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let cur = get(s, id)?;
    if !confirm(&s.ctx, &i18n::confirm_delete(cur.item_id()))? {
        return Err(Error::Usage(i18n::aborted()));
    }
    let actor = s.actor();
    s.store()?.write(|tx| {
        audit::change(tx, &actor, "delete", cur.item_id(), || db::delete(tx, cur.id))
    })?;
    say(&s.ctx, out, &i18n::deleted(cur.item_id()))
}

fn list(s: &mut Session, a: &ApptListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let (from, to, keep) = selection(&s.ctx, a)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    if let Some(mut rows) = super::row_stream(&mut *out, ctx.format, appt::COLUMNS)? {
        db::each(
            store.conn(),
            from,
            to,
            |x| if keep(&x) { rows.push(&x.to_row()) } else { Ok(()) },
        )?;
        return rows.finish();
    }
    let mut appts: Vec<Appointment> = Vec::new();
    db::each(store.conn(), from, to, |x| {
        if keep(&x) {
            appts.push(x);
        }
        Ok(())
    })?;
    render_list(ctx, &appts, out)
}

/// The day range and the test `list` (and `export`) apply for these filters; bad filter
/// values fail here, before the store is read.
#[allow(clippy::type_complexity)]
pub(super) fn selection(
    ctx: &Ctx,
    a: &ApptListArgs,
) -> Result<(Option<NaiveDate>, Option<NaiveDate>, impl Fn(&Appointment) -> bool + use<>)> {
    let today = ctx.today();
    let now = ctx.now;
    let mut from = filter_date("--from", &a.from, today)?;
    let to = filter_date("--to", &a.to, today)?;
    let mut status = filter_code("--status", &a.status, ApptStatus::CODES)?;
    if a.upcoming {
        from = Some(from.map_or(today, |f| f.max(today)));
        status.get_or_insert_with(|| ApptStatus::Scheduled.code().to_owned());
    }
    let (upcoming, person, institution, text) =
        (a.upcoming, a.person.clone(), a.institution.clone(), a.text.clone());
    let keep = move |x: &Appointment| {
        let d = &x.data;
        let upcoming_ok = !upcoming || d.starts_at >= now;
        let status_ok = status.as_deref().is_none_or(|st| x.status.code() == st);
        let person_ok = person
            .as_deref()
            .is_none_or(|p| d.person.as_deref().is_some_and(|n| contains_ci(n, p)));
        let inst_ok = institution.as_deref().is_none_or(|i| contains_ci(&d.institution, i));
        let text_ok = text.as_deref().is_none_or(|t| {
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
    };
    Ok((from, to, keep))
}

pub fn render_list(ctx: &Ctx, appts: &[Appointment], out: &mut dyn Write) -> Result<()> {
    let rows = || appts.iter().map(Appointment::to_row).collect::<Vec<_>>();
    match ctx.format {
        Format::Json => output::write_json(out, &rows()),
        Format::Csv => output::write_csv(out, appt::COLUMNS, &rows()),
        Format::Table if appts.is_empty() => say(ctx, out, &i18n::nothing_found()),
        Format::Table => {
            let table: Vec<Vec<String>> = appts
                .iter()
                .map(|x| {
                    let d = &x.data;
                    vec![
                        x.item_id().to_string(),
                        i18n::datetime(d.starts_at),
                        d.person.clone().unwrap_or_default(),
                        d.institution.clone(),
                        d.service.clone(),
                        i18n::appt_status(x.status),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::appt_headers(), &table)
        }
    }
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let a = get(s, id)?;
    let conn = s.store()?.conn();
    let moves = db::moves(conn, a.id)?;
    let docs: Vec<Document> =
        a.data.needs.iter().filter_map(|n| doc_db::get(conn, *n).ok().flatten()).collect();
    let warnings = expiring_needs(&a.data, &docs);
    match s.ctx.format {
        Format::Json => {
            let mut v =
                serde_json::to_value(a.to_row()).map_err(|e| Error::Internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert(
                    "reminders".into(),
                    a.reminders().into_iter().map(iso_datetime).collect::<Vec<_>>().into(),
                );
                obj.insert("change_deadline".into(), iso_datetime(a.change_deadline()).into());
                obj.insert("late_change".into(), a.late_change.into());
                let mv: Vec<serde_json::Value> = moves
                    .iter()
                    .map(|m| serde_json::json!({"moved_at": iso_datetime(m.moved_at), "from": iso_datetime(m.from), "to": iso_datetime(m.to), "late": m.late}))
                    .collect();
                obj.insert("moves".into(), mv.into());
                obj.insert("warnings".into(), warnings.clone().into());
            }
            output::write_json(out, &v)
        }
        Format::Csv => output::write_csv(out, appt::COLUMNS, &[a.to_row()]),
        Format::Table => {
            let pairs = pairs(&a, &docs, &moves, &warnings, s.ctx.today(), &s.ctx.leads);
            output::write_pairs(out, &pairs)
        }
    }
}

/// An appointment's fields as `show` lists them (and a receipt prints them), labelled in
/// the interface language.
pub(super) fn pairs(
    a: &Appointment,
    docs: &[Document],
    moves: &[Move],
    warnings: &[String],
    today: chrono::NaiveDate,
    lead: &LeadTimes,
) -> Vec<(String, String)> {
    let d = &a.data;
    let mut fields = super::Fields::default();
    let mut push = |k: &str, v: Option<String>| fields.push(k, v);
    push("id", Some(a.item_id().to_string()));
    push("person", d.person.clone());
    push("institution", Some(d.institution.clone()));
    push("service", Some(d.service.clone()));
    push("office", d.office.clone());
    push("starts_at", Some(i18n::datetime(d.starts_at)));
    push("duration_min", Some(d.duration_min.to_string()));
    push("status", Some(i18n::appt_status(a.status)));
    push("confirmation_no", d.confirmation_no.clone());
    let needs: Vec<String> = docs
        .iter()
        .map(|x| {
            format!(
                "{} {} ({})",
                x.item_id(),
                i18n::doc_kind(x.data.kind),
                i18n::doc_status_with_days(x.status(today, lead), x.days_left(today))
            )
        })
        .collect();
    push("needs", Some(needs.join("\n")));
    push("notes", d.notes.clone());
    push(
        "reminders",
        Some(a.reminders().into_iter().map(i18n::datetime).collect::<Vec<_>>().join("\n")),
    );
    if a.status == ApptStatus::Scheduled {
        push("change_deadline", Some(i18n::datetime(a.change_deadline())));
    }
    let history: Vec<String> = moves.iter().map(i18n::move_line).collect();
    push("history", Some(history.join("\n")));
    push("warnings", Some(warnings.join("\n")));
    fields.into_pairs()
}

//! `kabinet obligation …`: recurring or one-off duties.

use std::io::Write;

use super::{Session, confirm, invalid, parse_id, say};
use crate::cli::{Format, ObligationCmd};
use crate::crypto;
use crate::domain::obligation::{self, Obligation, ObligationData};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::audit;
use crate::store::obligations as db;

pub fn run(s: &mut Session, cmd: ObligationCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ObligationCmd::Add { title, due, every, day, shift, notes } => {
            let mut d = Draft::default();
            d.set("title", title);
            d.set_opt("due", due);
            d.set_opt("every", every);
            d.set_opt("day", day);
            d.set_opt("shift", shift);
            d.set_opt("notes", notes);
            add(s, &d, out)
        }
        ObligationCmd::List { all } => list(s, all, out),
        ObligationCmd::Done { id } => done(s, &id, out),
        ObligationCmd::Delete { id } => delete(s, &id, out),
    }
}

fn get(s: &mut Session, id: &str) -> Result<Obligation> {
    let id = parse_id(id, ItemKind::Obligation)?;
    db::get(s.store()?.conn(), id.n)?.ok_or_else(|| Error::NotFound(i18n::no_such_item(id)))
}

fn add(s: &mut Session, draft: &Draft, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let data = ObligationData::from_draft(draft, s.ctx.today()).map_err(invalid)?;
    let (now, uuid) = (s.ctx.now, crypto::new_uuid());
    let actor = s.actor();
    let id = s.store()?.write(|tx| {
        let id = db::insert(tx, &data, &uuid, now)?;
        audit::added(tx, &actor, ItemId::new(ItemKind::Obligation, id))?;
        Ok(id)
    })?;
    writeln!(out, "{}", ItemId::new(ItemKind::Obligation, id))?;
    Ok(())
}

fn list(s: &mut Session, all: bool, out: &mut dyn Write) -> Result<()> {
    let cal = s.ctx.calendar.clone();
    let items: Vec<Obligation> =
        db::list(s.store()?.conn())?.into_iter().filter(|o| all || o.done_at.is_none()).collect();
    let rows: Vec<_> = items.iter().map(|o| o.to_row(&cal)).collect();
    match s.ctx.format {
        Format::Json => output::write_json(out, &rows),
        Format::Csv => output::write_csv(out, obligation::COLUMNS, &rows),
        Format::Table if rows.is_empty() => say(&s.ctx, out, &i18n::nothing_found()),
        Format::Table => {
            let table: Vec<Vec<String>> = items
                .iter()
                .map(|o| {
                    let d = &o.data;
                    let eff = d.effective_due(&cal);
                    let due =
                        if eff == d.due { i18n::date(eff) } else { i18n::shifted_date(eff, d.due) };
                    vec![
                        o.item_id().to_string(),
                        d.title.clone(),
                        due,
                        i18n::recurrence(d.every, d.day.unwrap_or(chrono::Datelike::day(&d.due))),
                        i18n::obligation_status(o.done_at.is_some()),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::obligation_headers(), &table)
        }
    }
}

fn done(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let o = get(s, id)?;
    if o.done_at.is_some() {
        return Err(Error::Conflict(i18n::obligation_already_done(o.item_id())));
    }
    let next = o.data.next_due();
    let now = s.ctx.now;
    let actor = s.actor();
    s.store()?.write(|tx| {
        audit::change(tx, &actor, "done", o.item_id(), || db::done(tx, &o, now, next))
    })?;
    let cal = s.ctx.calendar.clone();
    let msg = match next {
        Some(n) => {
            let moved = ObligationData { due: n, ..o.data.clone() };
            i18n::obligation_moved(o.item_id(), moved.effective_due(&cal))
        }
        None => i18n::obligation_closed(o.item_id()),
    };
    say(&s.ctx, out, &msg)
}

fn delete(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let o = get(s, id)?;
    if !confirm(&s.ctx, &i18n::confirm_delete(o.item_id()))? {
        return Err(Error::Usage(i18n::aborted()));
    }
    let actor = s.actor();
    s.store()?
        .write(|tx| audit::change(tx, &actor, "delete", o.item_id(), || db::delete(tx, o.id)))?;
    say(&s.ctx, out, &i18n::deleted(o.item_id()))
}

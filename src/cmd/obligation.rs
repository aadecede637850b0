//! `kabinet obligation …`: recurring or one-off duties.

use std::io::Write;

use clap::Subcommand;

use super::context::Format;
use super::failure::Result;
use super::output::{parse_id, say};
use super::session::{Session, confirm};
use crate::app::obligations::{self, Done};
use crate::domain::obligation;
use crate::domain::{Draft, ItemKind};
use crate::i18n;
use crate::io::output;

#[derive(Subcommand, Debug)]
pub enum ObligationCmd {
    /// Add an obligation and print its ID
    #[command(
        after_help = "Examples:\n  kabinet obligation add 'Отчёт о расходах' --due 05.12.2026 --every month\n  kabinet obligation add 'Декларация' --due 30.04.2027 --every year --shift next"
    )]
    Add {
        /// What has to be done
        title: String,
        /// When it is (first) due [required]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        due: Option<String>,
        /// Repeat every month, quarter or year
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
        /// Day of the month it recurs on [default: the day of --due]
        #[arg(long, value_name = "N")]
        day: Option<String>,
        /// When the date is a day off: next (working day, the default), previous, none
        #[arg(long, value_name = "RULE")]
        shift: Option<String>,
        /// Notes
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
    },
    /// List obligations with their effective due dates
    #[command(
        after_help = "Examples:\n  kabinet obligation list\n  kabinet obligation list --all --format json"
    )]
    List {
        /// Include one-off obligations already done
        #[arg(long)]
        all: bool,
    },
    /// Mark done: a recurring one moves to its next date, a one-off is closed
    #[command(after_help = "Example:\n  kabinet obligation done O-2")]
    Done {
        /// Obligation ID, e.g. O-2
        id: String,
    },
    /// Delete an obligation
    #[command(after_help = "Example:\n  kabinet obligation delete O-2 --yes")]
    Delete {
        /// Obligation ID, e.g. O-2
        id: String,
    },
}

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
            // Unlock first: "today" is the store's (its time zone), known once it is open.
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let id = obligations::add(store, &ctx.env, &actor, &d)?;
            writeln!(out, "{id}")?;
            Ok(())
        }
        ObligationCmd::List { all } => list(s, all, out),
        ObligationCmd::Done { id } => {
            let id = parse_id(&id, ItemKind::Obligation)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let msg = match obligations::done(store, &ctx.env, &actor, id)? {
                Done::Moved(next) => i18n::obligation_moved(id, next),
                Done::Closed => i18n::obligation_closed(id),
                Done::Ended { next } => i18n::obligation_ended(id, next),
            };
            say(ctx, out, &msg)
        }
        ObligationCmd::Delete { id } => {
            let id = parse_id(&id, ItemKind::Obligation)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let o = obligations::get(store.read(), id)?;
            confirm(ctx, &i18n::confirm_delete(id))?;
            obligations::delete(store, &actor, &o)?;
            say(ctx, out, &i18n::deleted(id))
        }
    }
}

fn list(s: &mut Session, all: bool, out: &mut dyn Write) -> Result<()> {
    let (ctx, store) = s.parts()?;
    let cal = &ctx.env.calendar;
    let items = obligations::list(store.read(), all)?;
    let rows: Vec<_> = items.iter().map(|o| o.to_row(cal)).collect();
    match ctx.format {
        Format::Json => output::write_json(out, &rows)?,
        Format::Csv => output::write_csv(out, obligation::COLUMNS, &rows)?,
        Format::Table if rows.is_empty() => say(ctx, out, &i18n::nothing_found())?,
        Format::Table => {
            let table: Vec<Vec<String>> = items
                .iter()
                .map(|o| {
                    let d = &o.data;
                    let eff = d.effective_due(cal);
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
            output::write_table(out, &i18n::obligation_headers(), &table)?
        }
    }
    Ok(())
}

//! `kabinet deadlines`: everything due or overdue, for a clerk, a cron job or a monitoring
//! agent (`--check`: the monitoring-plugin status line and exit codes).

use std::io::Write;

use clap::{Args, ValueEnum};

use super::due;
use super::failure::{Failure, Result};
use super::session::Session;
use crate::app::deadlines::{self, Query, estimated_years};
use crate::domain::ItemKind;
use crate::domain::deadline::Deadline;
use crate::i18n;

pub const DEADLINES_HELP: &str = "\
Examples:
  kabinet deadlines                      # due within 14 days, and everything overdue
  kabinet deadlines --within 3wd --kind doc
  kabinet deadlines --overdue --format json
  kabinet deadlines --quiet              # cron: prints nothing when nothing is due
  kabinet deadlines --check              # Nagios/Icinga/Zabbix: status line, exit 0/1/2/3

--check prints `KABINET OK|WARNING|CRITICAL|UNKNOWN - …` then details, and exits 0 when
nothing is due in the window, 1 when something is, 2 when something is overdue, 3 on any error.";

#[derive(Args, Debug)]
pub struct DeadlinesArgs {
    /// How far ahead: 14d, 2w, or 3wd for working days
    #[arg(long, default_value = "14d", value_name = "WINDOW")]
    pub within: String,
    /// Only what is overdue
    #[arg(long)]
    pub overdue: bool,
    /// Only this kind: doc, appt, record, obligation, application
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<DeadlineKind>,
    /// Only items about this person (subject, holder, person; case-insensitive)
    #[arg(long, visible_alias = "holder", value_name = "TEXT")]
    pub subject: Option<String>,
    /// Monitoring-plugin mode: a status line, details, exit 0/1/2/3
    #[arg(long)]
    pub check: bool,
    /// Also each item's latest reminder sent by `kabinet notify` (occasion, status, when)
    #[arg(long)]
    pub reminders: bool,
}

/// Kinds of item `deadlines` gathers.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    Doc,
    Appt,
    Record,
    Obligation,
    Application,
}

impl DeadlineKind {
    fn kind(self) -> ItemKind {
        match self {
            DeadlineKind::Doc => ItemKind::Doc,
            DeadlineKind::Appt => ItemKind::Appt,
            DeadlineKind::Record => ItemKind::Record,
            DeadlineKind::Obligation => ItemKind::Obligation,
            DeadlineKind::Application => ItemKind::Application,
        }
    }
}

pub fn run(s: &mut Session, args: &DeadlinesArgs, out: &mut dyn Write) -> Result<()> {
    if args.check {
        // A monitoring agent never answers a prompt, terminal or not.
        s.ctx.interactive = false;
        let code = match gather(s, args) {
            Ok(list) => check_report(s, args, &list, out)?,
            Err(e) => {
                writeln!(out, "KABINET UNKNOWN - {}", one_line(&e.to_string()))?;
                3
            }
        };
        return if code == 0 { Ok(()) } else { Err(Failure::Exit(code)) };
    }
    let list = gather(s, args)?;
    let reminded = match args.reminders {
        true => Some(due::reminded(s.store()?.read().deliveries()?)),
        false => None,
    };
    let ctx = &s.ctx;
    if ctx.ics {
        return due::ics(ctx, &list, out);
    }
    let window = due::window(&args.within)?;
    match ctx.format {
        super::context::Format::Table => due::table(ctx, window, &list, reminded.as_ref(), out),
        format => due::rows(format, &list, reminded.as_ref(), out),
    }
}

/// A message as one status line: a monitoring plugin's first line is all an agent shows.
/// Clap's `error: ` and kabinet's `kabinet: ` prefixes and clap's usage footer are dropped.
pub fn one_line(msg: &str) -> String {
    msg.lines()
        .map(|l| l.trim().trim_start_matches("error: ").trim_start_matches("kabinet: "))
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_end_matches(':')
        .to_owned()
}

/// What is due within the window, and everything overdue.
fn gather(s: &mut Session, args: &DeadlinesArgs) -> Result<Vec<Deadline>> {
    let window = due::window(&args.within)?;
    let query = Query {
        window,
        overdue: args.overdue,
        kind: args.kind.map(DeadlineKind::kind),
        subject: args.subject.clone(),
        visible: None,
    };
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let query = Query { visible: s.visible(), ..query };
    let (ctx, store) = s.parts()?;
    Ok(deadlines::gather(store.read(), &ctx.env, &query)?)
}

/// The monitoring-plugin report; returns the exit code.
fn check_report(
    s: &Session,
    args: &DeadlinesArgs,
    list: &[Deadline],
    out: &mut dyn Write,
) -> Result<u8> {
    let window = due::window(&args.within)?;
    let overdue = list.iter().filter(|d| d.overdue).count();
    let due = list.len() - overdue;
    let (status, code) = match (overdue, due) {
        (0, 0) => ("OK", 0),
        (0, _) => ("WARNING", 1),
        _ => ("CRITICAL", 2),
    };
    let written = (|| -> std::io::Result<()> {
        writeln!(
            out,
            "KABINET {status} - {} | overdue={overdue} due={due}",
            i18n::check_summary(overdue, due, window)
        )?;
        for d in list {
            writeln!(
                out,
                "{} {} ({}): {}",
                d.item,
                i18n::date(d.due),
                i18n::due_in(d.overdue, d.days_left),
                i18n::deadline_what(&d.what)
            )?;
        }
        for y in estimated_years(&s.ctx.env, list) {
            writeln!(out, "{}", i18n::estimated_year(y))?;
        }
        Ok(())
    })();
    match written {
        // A reader that took only the status line (`| head -1`) does not turn CRITICAL into OK.
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => Err(e.into()),
        _ => Ok(code),
    }
}

//! `kabinet deadlines`: everything due or overdue, for a clerk, a cron job or a monitoring agent.

use std::collections::BTreeSet;
use std::io::Write;

use chrono::Datelike;
use serde::Serialize;

use super::{Session, contains_ci, say};
use crate::cli::{DeadlineKind, DeadlinesArgs, Format};
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::deadline::{self, Deadline, What, Window};
use crate::domain::doc::{DocStatus, status_on};
use crate::domain::{FieldError, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::ics::Ics;
use crate::io::output;
use crate::store::{appts, docs, obligations, records};
use crate::validate::Problem;

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
        return if code == 0 { Ok(()) } else { Err(Error::Exit(code)) };
    }
    let list = gather(s, args)?;
    render(s, args, &list, out)
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

fn window(args: &DeadlinesArgs) -> Result<Window> {
    Window::parse(&args.within).ok_or_else(|| {
        super::invalid(vec![FieldError {
            field: "--within",
            value: args.within.clone(),
            problem: Problem::Shape { expected: "14d, 2w or 3wd" },
        }])
    })
}

/// Gathers what is due within the window, and everything overdue.
pub(super) fn gather(s: &mut Session, args: &DeadlinesArgs) -> Result<Vec<Deadline>> {
    let window = window(args)?;
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let (today, now, leads) = (s.ctx.today(), s.ctx.now, s.ctx.leads.clone());
    let cal = s.ctx.calendar.clone();
    let end = window.end(today, &cal);
    let conn = s.store()?.conn();
    let want = |k: DeadlineKind| args.kind.is_none_or(|x| x == k);
    let mut list = Vec::new();

    if want(DeadlineKind::Doc) {
        // A document is due from its lead time on, even when that is beyond the window.
        let until = end.max(today + chrono::Duration::days(leads.max()));
        for d in docs::expiring_by(conn, until)? {
            let Some(e) = d.data.expires_on else { continue };
            if e > end && (e - today).num_days() > leads.for_kind(d.data.kind) {
                continue;
            }
            let what = What::DocExpires { kind: d.data.kind, holder: d.data.holder.clone() };
            list.push(Deadline::new(d.item_id(), &d.uuid, what, e, e < today, today, &cal));
        }
    }
    if want(DeadlineKind::Appt) {
        for a in appts::scheduled_by(conn, end)? {
            let day = a.data.starts_at.date();
            let mut expired_needs = Vec::new();
            for n in &a.data.needs {
                if let Some(d) = docs::get(conn, *n)?
                    && let Some(e) = d.data.expires_on
                    && status_on(Some(e), day, 0) == DocStatus::Expired
                {
                    expired_needs.push((d.item_id(), e));
                }
            }
            let what = What::Appointment {
                institution: a.data.institution.clone(),
                service: a.data.service.clone(),
                person: a.data.person.clone(),
                starts_at: a.data.starts_at,
                expired_needs,
            };
            list.push(Deadline::new(
                a.item_id(),
                &a.uuid,
                what,
                day,
                a.data.starts_at < now,
                today,
                &cal,
            ));
        }
    }
    if want(DeadlineKind::Record) {
        for r in records::open_follow_up_items(conn, end)? {
            let due = r.due;
            let subject = match r.subject_name {
                Some(n) => format!("{} {n}", r.subject_id),
                None => r.subject_id,
            };
            let what = What::FollowUp { subject, kind: r.kind };
            let item = ItemId::new(ItemKind::Record, r.id);
            list.push(Deadline::new(item, &r.uuid, what, due, due < today, today, &cal));
        }
    }
    if want(DeadlineKind::Obligation) {
        for o in obligations::list(conn)? {
            let due = o.data.effective_due(&cal);
            if o.done_at.is_some() || due > end {
                continue;
            }
            let what = What::Obligation { title: o.data.title.clone(), nominal: o.data.due };
            list.push(Deadline::new(o.item_id(), &o.uuid, what, due, due < today, today, &cal));
        }
    }
    list.retain(|d| {
        (!args.overdue || d.overdue)
            && args.subject.as_deref().is_none_or(|t| d.who().iter().any(|w| contains_ci(w, t)))
    });
    deadline::sort(&mut list);
    Ok(list)
}

/// SPEC.md's JSON shape for one deadline.
#[derive(Serialize)]
struct Row {
    item: String,
    kind: &'static str,
    what: String,
    due: String,
    overdue: bool,
    days_left: i64,
    working_days_left: i64,
}

fn row(d: &Deadline) -> Row {
    let due = match &d.what {
        What::Appointment { starts_at, .. } => iso_datetime(*starts_at),
        _ => iso_date(d.due),
    };
    Row {
        item: d.item.to_string(),
        kind: d.item.kind.code(),
        what: i18n::deadline_what(&d.what),
        due,
        overdue: d.overdue,
        days_left: d.days_left,
        working_days_left: d.working_days_left,
    }
}

/// Years among the due dates whose working days are estimated (no decree data).
fn estimated_years(s: &Session, list: &[Deadline]) -> BTreeSet<i32> {
    list.iter().map(|d| d.due.year()).filter(|y| !s.ctx.calendar.has_decree_data(*y)).collect()
}

pub(super) fn render(
    s: &Session,
    args: &DeadlinesArgs,
    list: &[Deadline],
    out: &mut dyn Write,
) -> Result<()> {
    if s.ctx.ics {
        ics(s, list, out)?;
        return Ok(());
    }
    match s.ctx.format {
        Format::Json => output::write_json(out, &list.iter().map(row).collect::<Vec<_>>()),
        Format::Csv => output::write_csv(
            out,
            &["item", "kind", "what", "due", "overdue", "days_left", "working_days_left"],
            &list.iter().map(row).collect::<Vec<_>>(),
        ),
        Format::Table if list.is_empty() => say(&s.ctx, out, &i18n::nothing_due(&args.within)),
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|d| {
                    let due = match &d.what {
                        What::Appointment { starts_at, .. } => i18n::datetime(*starts_at),
                        _ => i18n::date(d.due),
                    };
                    vec![
                        d.item.to_string(),
                        i18n::deadline_what(&d.what),
                        due,
                        i18n::days_left(d.overdue, d.days_left),
                        d.working_days_left.to_string(),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::deadline_headers(), &rows)?;
            for y in estimated_years(s, list) {
                say(&s.ctx, out, &i18n::estimated_year(y))?;
            }
            Ok(())
        }
    }
}

/// The deadlines as an iCalendar file.
pub(super) fn ics(s: &Session, list: &[Deadline], out: &mut dyn Write) -> Result<()> {
    let mut cal = Ics::new(out, &i18n::ics_deadlines_name(), s.ctx.now, s.ctx.zone)?;
    for d in list {
        // The reminders are alarms in the calendar, not words in the title.
        let text = match &d.what {
            What::Appointment { institution, service, person, .. } => match person {
                Some(p) => format!("{institution}: {service} ({p})"),
                None => format!("{institution}: {service}"),
            },
            other => i18n::deadline_what(other),
        };
        cal.deadline(d, &text)?;
    }
    cal.finish()
}

/// The monitoring-plugin report; returns the exit code.
fn check_report(
    s: &Session,
    args: &DeadlinesArgs,
    list: &[Deadline],
    out: &mut dyn Write,
) -> Result<u8> {
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
            i18n::check_summary(overdue, due, &args.within)
        )?;
        for d in list {
            writeln!(
                out,
                "{} {} ({}): {}",
                d.item,
                iso_date(d.due),
                i18n::due_in(d.overdue, d.days_left),
                i18n::deadline_what(&d.what)
            )?;
        }
        for y in estimated_years(s, list) {
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

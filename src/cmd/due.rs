//! Deadlines as `deadlines` shows them and `export --kind deadlines` writes them: SPEC.md's
//! JSON and CSV rows, the table, the iCalendar file, and the window a user gives.

use std::io::Write;

use serde::Serialize;

use super::context::{Ctx, Format};
use super::failure::Result;
use super::output::{invalid, say};
use crate::app::deadlines::estimated_years;
use crate::domain::FieldError;
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::deadline::{Deadline, What, Window};
use crate::i18n;
use crate::io::ics::Ics;
use crate::io::output;
use crate::validate::Problem;

/// The `--within` window as given.
pub fn window(within: &str) -> Result<Window> {
    Window::parse(within).ok_or_else(|| {
        invalid(vec![FieldError {
            field: "--within",
            value: within.to_owned(),
            problem: Problem::Shape { expected: "14d, 2w or 3wd" },
        }])
    })
}

/// SPEC.md's JSON shape for one deadline (`reminder` only with `--reminders`).
#[derive(Serialize)]
struct Row {
    item: String,
    kind: &'static str,
    what: String,
    due: String,
    overdue: bool,
    days_left: i64,
    working_days_left: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    reminder: Option<String>,
}

/// The latest try of each item's reminders (`kabinet notify`), by item ID.
pub type Reminded = std::collections::HashMap<String, crate::store::Delivery>;

/// The latest try of each item's reminders, from the delivery log.
pub fn reminded(log: Vec<crate::store::Delivery>) -> Reminded {
    let mut by_item = Reminded::new();
    for d in log {
        let newer = by_item.get(&d.item).is_none_or(|k| k.last_at <= d.last_at);
        if newer {
            by_item.insert(d.item.clone(), d);
        }
    }
    by_item
}

/// An item's latest reminder, as a cell: `before-60m sent 2026-11-22T12:00:00`; "" when none.
fn reminder_cell(d: &Deadline, reminded: &Reminded) -> String {
    reminded
        .get(&d.item.to_string())
        .map(|r| format!("{} {} {}", r.occasion, r.status, r.last_at))
        .unwrap_or_default()
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
        reminder: None,
    }
}

const COLUMNS: &[&str] =
    &["item", "kind", "what", "due", "overdue", "days_left", "working_days_left"];

/// The deadlines as a workbook's sheet.
pub fn xlsx(list: &[Deadline], book: &mut crate::io::xlsx::Book) -> Result<()> {
    book.sheet(&i18n::deadlines_sheet(), COLUMNS, &i18n::deadline_headers_xlsx())?;
    for d in list {
        book.row(&row(d))?;
    }
    book.end_sheet()?;
    Ok(())
}

/// The deadlines as JSON or CSV rows; with `reminded`, each one's latest reminder too.
pub fn rows(
    format: Format,
    list: &[Deadline],
    reminded: Option<&Reminded>,
    out: &mut dyn Write,
) -> Result<()> {
    let rows: Vec<Row> = list
        .iter()
        .map(|d| Row { reminder: reminded.map(|r| reminder_cell(d, r)), ..row(d) })
        .collect();
    let mut columns = COLUMNS.to_vec();
    if reminded.is_some() {
        columns.push("reminder");
    }
    match format {
        Format::Json => output::write_json(out, &rows)?,
        _ => output::write_csv(out, &columns, &rows)?,
    }
    Ok(())
}

/// The deadlines as a table, with a note for each year whose working days are estimated;
/// `within`, the window, for the line that says nothing is due.
pub fn table(
    ctx: &Ctx,
    within: Window,
    list: &[Deadline],
    reminded: Option<&Reminded>,
    out: &mut dyn Write,
) -> Result<()> {
    if list.is_empty() {
        return say(ctx, out, &i18n::nothing_due(within));
    }
    let rows: Vec<Vec<String>> = list
        .iter()
        .map(|d| {
            let due = match &d.what {
                What::Appointment { starts_at, .. } => i18n::datetime(*starts_at),
                _ => i18n::date(d.due),
            };
            let mut row = vec![
                d.item.to_string(),
                i18n::deadline_what(&d.what),
                due,
                i18n::days_left(d.overdue, d.days_left),
                d.working_days_left.to_string(),
            ];
            if let Some(r) = reminded {
                row.push(reminder_cell(d, r));
            }
            row
        })
        .collect();
    let mut headers = i18n::deadline_headers();
    if reminded.is_some() {
        headers.push(i18n::reminder_header());
    }
    output::write_table(out, &headers, &rows)?;
    for y in estimated_years(&ctx.env, list) {
        say(ctx, out, &i18n::estimated_year(y))?;
    }
    Ok(())
}

/// The deadlines as an iCalendar file.
pub fn ics(ctx: &Ctx, list: &[Deadline], out: &mut dyn Write) -> Result<()> {
    let env = &ctx.env;
    let mut cal = Ics::new(out, &i18n::ics_deadlines_name(), env.now, env.zone, &env.reminders)?;
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
    Ok(cal.finish()?)
}

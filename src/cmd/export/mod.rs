//! `kabinet export csv|json|ics|pdf|xlsx`: records, documents, appointments or applications with
//! `list`'s filters, streamed row by row (CSV, JSON) to standard output or to a file that
//! appears only when complete, optionally signed (`--sign`, FILE.sig); PDF reports and
//! receipts ([`pdf`]).

mod pdf;
mod xlsx;

use std::io::{BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::TimeZone;
use clap::{Args, ValueEnum};

use super::args::{ApplicationOnly, ApptOnly, DocOnly, Period, RecordOnly, Search};
use super::args::{application_filter, appt_filter, doc_filter, record_filter};
use super::context::Format;
use super::due;
use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, check_output};
use crate::app::{deadlines, export};
use crate::domain::{ItemId, ItemKind};
use crate::i18n;
use crate::io::files::{OutFile, is_special, named_output, temp_beside};
use crate::io::ics::Ics;
use crate::io::output::ExportRows;
use crate::sign;

pub const EXPORT_HELP: &str = "\
Examples:
  kabinet export csv --kind record -o journal.csv
  kabinet export csv --kind record --from 01.01.2026 --to 31.03.2026 --excel -o q1.csv
  kabinet export json --kind doc --status expiring
  kabinet export csv --kind appt --upcoming
  kabinet export ics --kind appt --upcoming -o appointments.ics
  kabinet export ics --kind deadlines --within 60d -o deadlines.ics
  kabinet export pdf --kind record --from 01.11.2026 --to 30.11.2026 -o journal.pdf
  kabinet export pdf --kind doc -o registry.pdf --sign
  kabinet export pdf --receipt A-3 -o slip.pdf
  kabinet export csv --kind application --status processing
  kabinet export pdf --kind application --from 01.11.2026 -o applications.pdf
  kabinet export pdf --receipt Z-4 -o application-slip.pdf
  kabinet export csv --kind record -o journal.csv --sign   # also writes journal.csv.sig
  kabinet export xlsx --kind record -o journal.xlsx
  kabinet --lang ru export xlsx --kind all -o kabinet.xlsx

Filters are those of the matching `list` command; a filter of another kind is refused.
PDF reports: records with statistics, documents grouped by status, appointments by day,
applications grouped by status with the time each has taken, per status and agency, the median
time to a decision and the share decided within the term.
--sign writes FILE.sig, a minisign signature by the store's key (see `kabinet key public`).
iCalendar holds appointments (with reminders 24 h and 1 h before), open applications' terms or
deadlines; re-importing a newer file into a calendar app updates its events (stable UIDs).
Exporting a store and importing the file into an empty store gives the same export again.";

/// Export formats.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 4180 CSV, UTF-8, with the columns the README lists
    Csv,
    /// A JSON array of objects with the CSV's field names
    Json,
    /// iCalendar (RFC 5545): appointments or deadlines, for a calendar app
    Ics,
    /// A printable A4 report in the interface language, or one item's receipt (--receipt)
    Pdf,
    /// An Excel workbook: dates, amounts and counts as typed cells, one sheet per kind
    Xlsx,
}

/// What `kabinet export` writes.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Record,
    Doc,
    Appt,
    Application,
    /// Everything due, as `kabinet deadlines` gathers it
    Deadlines,
    /// XLSX: a workbook with a sheet for each kind you may see
    All,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output format
    #[arg(id = "export_format", value_enum, value_name = "FORMAT")]
    pub as_format: ExportFormat,
    /// What to export (`deadlines`: what `kabinet deadlines` shows)
    #[arg(long, value_enum, value_name = "KIND", required_unless_present = "receipt")]
    pub kind: Option<ExportKind>,
    /// PDF: a one-page receipt for this record, appointment or application (R-…, A-…, Z-…)
    #[arg(long, value_name = "ID", conflicts_with = "kind")]
    pub receipt: Option<String>,
    /// Also write FILE.sig, a minisign signature by the store's key (needs -o)
    #[arg(long)]
    pub sign: bool,
    /// Deadlines: how far ahead, as for `kabinet deadlines` [default: 14d]
    #[arg(long, value_name = "WINDOW")]
    pub within: Option<String>,
    /// Write to this file instead of standard output (created with owner-only permissions)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// For Excel with Russian settings: a byte-order mark, `;` between fields, decimal commas,
    /// and no cell that a spreadsheet would run as a formula
    #[arg(long)]
    pub excel: bool,
    #[command(flatten)]
    pub period: Period,
    #[command(flatten)]
    pub search: Search,
    #[command(flatten)]
    pub record: RecordOnly,
    /// Documents: only this kind of document
    #[arg(long, value_name = "KIND")]
    pub doc_kind: Option<String>,
    #[command(flatten)]
    pub doc: DocOnly,
    #[command(flatten)]
    pub appt: ApptOnly,
    #[command(flatten)]
    pub application: ApplicationOnly,
    /// Records: include those superseded by an amendment; documents: include archived ones
    #[arg(long)]
    pub all: bool,
}

/// Rows handed to the writing thread at a time come from the use case; this writes the file.
pub fn run(s: &mut Session, a: &ExportArgs, out: &mut (dyn Write + Send)) -> Result<()> {
    let output = named_output(&a.output);
    // A signature is made from the finished file, read back: a pipe cannot be.
    if a.sign && output.is_none_or(is_special) {
        return Err(Failure::usage(i18n::sign_needs_output()));
    }
    if a.receipt.is_some() && a.as_format != ExportFormat::Pdf {
        return Err(Failure::usage(i18n::receipt_is_pdf()));
    }
    check_filters(a)?;
    match (a.as_format, a.kind) {
        (ExportFormat::Ics, Some(k @ (ExportKind::Record | ExportKind::Doc))) => {
            return Err(Failure::usage(i18n::ics_not_for(kind_name(k))));
        }
        (ExportFormat::Pdf, Some(ExportKind::Deadlines)) => {
            return Err(Failure::usage(i18n::pdf_not_for_deadlines()));
        }
        (ExportFormat::Pdf, _) if output.is_none() && std::io::stdout().is_terminal() => {
            return Err(Failure::usage(i18n::pdf_needs_output()));
        }
        (ExportFormat::Xlsx, _) if output.is_none() && std::io::stdout().is_terminal() => {
            return Err(Failure::usage(i18n::xlsx_needs_output()));
        }
        (f, Some(ExportKind::All)) if f != ExportFormat::Xlsx => {
            return Err(Failure::usage(i18n::all_is_xlsx()));
        }
        _ => {}
    }
    if let Some(path) = output {
        check_output(&s.ctx, path, None)?;
        if a.sign {
            check_output(&s.ctx, &sign::sig_path(path), None)?;
        }
    }
    // Unlock before writing anything: a wrong passphrase leaves no header, no empty file; nor
    // does a kind the user may not see (a user limited to some kinds exports only those).
    s.store()?;
    if let Some(k) = a.kind.and_then(item_kind) {
        s.require_kind(k)?;
    }
    let Some(path) = output else {
        export(s, a, None, out)?;
        return Ok(());
    };
    let mut file = OutFile::create(path, ".kabinet-export-")?;
    let mut w = BufWriter::with_capacity(1 << 16, &mut file);
    let n = export(s, a, Some(path), &mut w)?;
    w.flush()?;
    drop(w);
    // No "exported N" line for a pipe or a device: it may be standard output itself
    // (`/dev/stdout`), where the line would land in, or over, the data.
    if !file.is_file() {
        return Ok(file.finish()?);
    }
    // The signature is made from the finished file, and both appear only when both are
    // complete.
    let sig = match (&mut file, a.sign) {
        (OutFile::Temp { tmp, .. }, true) => Some(sign(s, tmp.as_file_mut(), path)?),
        _ => None,
    };
    file.finish()?;
    say(&s.ctx, out, &i18n::exported(n, path))?;
    if let Some((tmp, sig_path)) = sig {
        tmp.persist(&sig_path).map_err(|e| Failure::io(i18n::cannot_write(&sig_path, &e.error)))?;
        say(&s.ctx, out, &i18n::signed(&sig_path))?;
    }
    Ok(())
}

/// Signs a finished export with the store's key; returns the signature, written and synced
/// under a temporary name, and where it goes.
fn sign(
    s: &mut Session,
    file: &mut std::fs::File,
    path: &Path,
) -> Result<(tempfile::NamedTempFile, PathBuf)> {
    let (ctx, store) = s.parts()?;
    let signer = store.read().signer()?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let now = ctx.now();
    let when = ctx
        .zone()
        .from_local_datetime(&now)
        .earliest()
        .map(|t| t.timestamp())
        .unwrap_or_else(|| now.and_utc().timestamp());
    let head = store.read().head()?.map(|h| h.to_string());
    let text = signer.sign_file(file, &name, when, head.as_deref())?;
    let sig_path = sign::sig_path(path);
    let mut tmp = temp_beside(&sig_path, ".kabinet-export-")?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    Ok((tmp, sig_path))
}

/// Refuses a filter that belongs to another kind, rather than silently ignoring it.
fn check_filters(a: &ExportArgs) -> Result<()> {
    use ExportKind::{Application, Appt, Record};
    let given: &[(&str, bool, &[ExportKind])] = &[
        ("--from", a.period.from.is_some(), &[Record, Appt, Application]),
        ("--to", a.period.to.is_some(), &[Record, Appt, Application]),
        ("--type", a.record.kind.is_some(), &[ExportKind::Record]),
        ("--subject", a.record.subject.is_some(), &[ExportKind::Record, ExportKind::Deadlines]),
        ("--within", a.within.is_some(), &[ExportKind::Deadlines]),
        ("--doc-kind", a.doc_kind.is_some(), &[ExportKind::Doc]),
        ("--holder", a.doc.holder.is_some(), &[ExportKind::Doc]),
        ("--all", a.all, &[ExportKind::Record, ExportKind::Doc]),
        ("--person", a.appt.person.is_some(), &[ExportKind::Appt]),
        ("--institution", a.appt.institution.is_some(), &[ExportKind::Appt]),
        ("--upcoming", a.appt.upcoming, &[ExportKind::Appt]),
        ("--agency", a.application.agency.is_some(), &[Application]),
        ("--applicant", a.application.applicant.is_some(), &[Application]),
        ("--overdue", a.application.overdue, &[Application]),
    ];
    if a.kind == Some(ExportKind::All) {
        // Each kind's filters differ: a workbook of everything takes none.
        let any = given.iter().any(|(_, set, _)| *set)
            || a.search.status.is_some()
            || a.search.text.is_some();
        return if any { Err(Failure::usage(i18n::all_no_filters())) } else { Ok(()) };
    }
    let Some(kind) = a.kind else {
        // A receipt is one item: no filter applies.
        let any = given.iter().any(|(_, set, _)| *set)
            || a.excel
            || a.search.status.is_some()
            || a.search.text.is_some();
        return if any { Err(Failure::usage(i18n::receipt_no_filters())) } else { Ok(()) };
    };
    if a.excel && a.as_format != ExportFormat::Csv {
        return Err(Failure::usage(i18n::excel_is_csv()));
    }
    for (flag, set, kinds) in given {
        if *set && !kinds.contains(&kind) {
            return Err(Failure::usage(i18n::filter_not_for(flag, kind_name(kind))));
        }
    }
    Ok(())
}

/// The kind of item an export of `k` holds (`None`: deadlines, of every kind).
fn item_kind(k: ExportKind) -> Option<ItemKind> {
    match k {
        ExportKind::Record => Some(ItemKind::Record),
        ExportKind::Doc => Some(ItemKind::Doc),
        ExportKind::Appt => Some(ItemKind::Appt),
        ExportKind::Application => Some(ItemKind::Application),
        ExportKind::Deadlines | ExportKind::All => None,
    }
}

fn kind_name(k: ExportKind) -> &'static str {
    match k {
        ExportKind::Record => "record",
        ExportKind::Doc => "doc",
        ExportKind::Appt => "appt",
        ExportKind::Application => "application",
        ExportKind::Deadlines => "deadlines",
        ExportKind::All => "all",
    }
}

/// Writes the export and returns how many items it holds; `path`, the file it goes to.
fn export(
    s: &mut Session,
    a: &ExportArgs,
    path: Option<&Path>,
    out: &mut (dyn Write + Send),
) -> Result<u64> {
    if a.as_format == ExportFormat::Xlsx {
        return xlsx::export(s, a, path, out);
    }
    if a.as_format == ExportFormat::Pdf {
        return match (&a.receipt, a.kind) {
            (Some(id), _) => {
                if let Ok(item) = crate::cmd::output::parse_any_id(id) {
                    s.require_kind(item.kind)?;
                }
                pdf::receipt(s, id, out).map(|()| 1)
            }
            (None, Some(ExportKind::Record)) => {
                let filter = record_filter(&s.ctx, &a.period, &a.search, &a.record, a.all)?;
                pdf::records(s, a, &filter, out)
            }
            (None, Some(ExportKind::Doc)) => {
                let filter = doc_filter(a.doc_kind.as_deref(), &a.search, &a.doc, a.all)?;
                pdf::docs(s, a, &filter, out)
            }
            (None, Some(ExportKind::Appt)) => {
                let filter = appt_filter(&s.ctx, &a.period, &a.search, &a.appt)?;
                pdf::appts(s, a, &filter, out)
            }
            (None, Some(ExportKind::Application)) => {
                let filter = application_filter(&s.ctx, &a.period, &a.search, &a.application)?;
                pdf::applications(s, a, &filter, out)
            }
            (None, Some(ExportKind::Deadlines | ExportKind::All)) => {
                Err(Failure::usage(i18n::pdf_not_for_deadlines()))
            }
            (None, None) => Err(Failure::internal("clap requires --kind or --receipt")),
        };
    }
    let Some(kind) = a.kind else {
        return Err(Failure::internal("clap requires --kind without --receipt"));
    };
    if kind == ExportKind::Deadlines {
        return export_deadlines(s, a, out);
    }
    if a.as_format == ExportFormat::Ics && kind == ExportKind::Application {
        return applications_ics(s, a, out);
    }
    if a.as_format == ExportFormat::Ics {
        return appointments_ics(s, a, out);
    }
    let (ctx, store) = s.parts()?;
    let r = store.read();
    Ok(match kind {
        ExportKind::Record => {
            let filter = record_filter(ctx, &a.period, &a.search, &a.record, a.all)?;
            export::records(r, &filter, rows(out, a, ItemKind::Record)?)?
        }
        ExportKind::Doc => {
            let filter = doc_filter(a.doc_kind.as_deref(), &a.search, &a.doc, a.all)?;
            export::docs(r, &ctx.env, &filter, rows(out, a, ItemKind::Doc)?)?
        }
        ExportKind::Appt => {
            let filter = appt_filter(ctx, &a.period, &a.search, &a.appt)?;
            export::appts(r, &filter, rows(out, a, ItemKind::Appt)?)?
        }
        ExportKind::Application => {
            let filter = application_filter(ctx, &a.period, &a.search, &a.application)?;
            export::applications(r, &ctx.env, &filter, rows(out, a, ItemKind::Application)?)?
        }
        ExportKind::Deadlines | ExportKind::All => {
            return Err(Failure::internal("deadlines and workbooks are exported above"));
        }
    })
}

/// The rows of a CSV or JSON export of `kind`.
fn rows<'a>(
    out: &'a mut (dyn Write + Send),
    a: &ExportArgs,
    kind: ItemKind,
) -> Result<ExportRows<'a>> {
    Ok(match a.as_format {
        ExportFormat::Csv => ExportRows::csv(out, a.excel, export::columns(kind))?,
        _ => ExportRows::json(out)?,
    })
}

/// Appointments as an iCalendar file, with `appt list`'s filters.
fn appointments_ics(s: &mut Session, a: &ExportArgs, out: &mut dyn Write) -> Result<u64> {
    let (ctx, store) = s.parts()?;
    let filter = appt_filter(ctx, &a.period, &a.search, &a.appt)?;
    let env = &ctx.env;
    let mut cal = Ics::new(out, &i18n::ics_appts_name(), env.now, env.zone, &env.reminders)?;
    let n = export::each_appt_for_calendar(store.read(), &filter, |x, moves| {
        Ok(cal.appointment(x, moves, &ics_description(x))?)
    })?;
    cal.finish()?;
    Ok(n)
}

/// The terms of open applications as all-day events (with `application list`'s filters), as
/// `deadlines` shows them.
fn applications_ics(s: &mut Session, a: &ExportArgs, out: &mut dyn Write) -> Result<u64> {
    let filter = application_filter(&s.ctx, &a.period, &a.search, &a.application)?;
    let query = deadlines::Query {
        // Every term to come: the years kabinet keeps end in 2199.
        window: crate::domain::deadline::Window::Days(36_600),
        overdue: false,
        kind: Some(ItemKind::Application),
        subject: None,
        visible: None,
    };
    let (ctx, store) = s.parts()?;
    let r = store.read();
    let mut list = deadlines::gather(r, &ctx.env, &query)?;
    // The applications the filter keeps, in one pass, rather than one look-up per term.
    let mut keep = std::collections::HashSet::new();
    crate::app::applications::each(r, &ctx.env, &filter, |x| {
        keep.insert(x.item_id());
        Ok::<_, Failure>(())
    })?;
    list.retain(|d| keep.contains(&d.item));
    due::ics(ctx, &list, out)?;
    Ok(list.len() as u64)
}

/// What a calendar event of an appointment says: its ID, who goes, the confirmation number,
/// the documents to bring, the notes.
pub fn ics_description(x: &crate::domain::appt::Appointment) -> String {
    let d = &x.data;
    let mut lines = vec![x.item_id().to_string()];
    if let Some(p) = &d.person {
        lines.push(i18n::ics_person(p));
    }
    if let Some(c) = &d.confirmation_no {
        lines.push(i18n::ics_confirmation(c));
    }
    if !d.needs.is_empty() {
        let needs: Vec<String> =
            d.needs.iter().map(|n| ItemId::new(ItemKind::Doc, *n).to_string()).collect();
        lines.push(i18n::ics_bring(&needs.join(", ")));
    }
    if let Some(n) = &d.notes {
        lines.push(n.clone());
    }
    lines.join("\n")
}

/// What an export of deadlines asks for: `--within` (14 days unless given), `--subject`, the
/// kinds the user may see.
fn deadline_query(s: &Session, a: &ExportArgs) -> Result<deadlines::Query> {
    let within = a.within.clone().unwrap_or_else(|| "14d".to_owned());
    Ok(deadlines::Query {
        window: due::window(&within)?,
        overdue: false,
        kind: None,
        subject: a.record.subject.clone(),
        visible: s.visible(),
    })
}

/// What `kabinet deadlines` shows, as iCalendar, CSV or JSON.
fn export_deadlines(s: &mut Session, a: &ExportArgs, out: &mut dyn Write) -> Result<u64> {
    let query = deadline_query(s, a)?;
    let (ctx, store) = s.parts()?;
    let list = deadlines::gather(store.read(), &ctx.env, &query)?;
    match a.as_format {
        ExportFormat::Ics => due::ics(ctx, &list, out)?,
        ExportFormat::Csv => due::rows(Format::Csv, &list, None, out)?,
        ExportFormat::Json => due::rows(Format::Json, &list, None, out)?,
        ExportFormat::Pdf | ExportFormat::Xlsx => {
            return Err(Failure::internal("deadlines have no PDF report; a workbook is above"));
        }
    }
    Ok(list.len() as u64)
}

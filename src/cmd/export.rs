//! `kabinet export csv|json|ics|pdf`: records, documents or appointments with `list`'s filters,
//! streamed row by row (CSV, JSON) to standard output or to a file that appears only when
//! complete, optionally signed (`--sign`, FILE.sig).

use std::io::{BufWriter, IsTerminal, Write};

use chrono::TimeZone;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::outfile::{OutFile, is_special, named_output};
use super::{Session, appt, deadlines, doc, interrupt, record, report, say};
use crate::cli::{
    ApptListArgs, DeadlinesArgs, DocListArgs, ExportArgs, ExportFormat, ExportKind, Format,
    RecordListArgs,
};
use crate::domain::appt::{self as appt_dom};
use crate::domain::doc::{self as doc_dom};
use crate::domain::record::{self as record_dom};
use crate::domain::{ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::ics::Ics;
use crate::io::output;
use crate::sign;
use crate::store::raw::RawRows;
use crate::store::{appts, docs, records};

/// Rows handed to the writing thread at a time, and batches in flight: the store is read on
/// one thread while the rows are formatted and written on another.
const BATCH_ROWS: usize = 512;
const CHANNEL_BATCHES: usize = 4;

pub fn run(s: &mut Session, a: &ExportArgs, out: &mut (dyn Write + Send)) -> Result<()> {
    let output = named_output(&a.output);
    // A signature is made from the finished file, read back: a pipe cannot be.
    if a.sign && output.is_none_or(is_special) {
        return Err(Error::Usage(i18n::sign_needs_output()));
    }
    if a.receipt.is_some() && a.as_format != ExportFormat::Pdf {
        return Err(Error::Usage(i18n::receipt_is_pdf()));
    }
    check_filters(a)?;
    match (a.as_format, a.kind) {
        (ExportFormat::Ics, Some(k @ (ExportKind::Record | ExportKind::Doc))) => {
            return Err(Error::Usage(i18n::ics_not_for(kind_name(k))));
        }
        (ExportFormat::Pdf, Some(ExportKind::Deadlines)) => {
            return Err(Error::Usage(i18n::pdf_not_for_deadlines()));
        }
        (ExportFormat::Pdf, _) if output.is_none() && std::io::stdout().is_terminal() => {
            return Err(Error::Usage(i18n::pdf_needs_output()));
        }
        _ => {}
    }
    if let Some(path) = output {
        super::check_output(&s.ctx, path, None)?;
        if a.sign {
            super::check_output(&s.ctx, &sign::sig_path(path), None)?;
        }
    }
    // Unlock before writing anything: a wrong passphrase leaves no header, no empty file.
    s.store()?;
    let Some(path) = output else {
        export(s, a, out)?;
        return Ok(());
    };
    let mut file = OutFile::create(path, ".kabinet-export-")?;
    let mut w = BufWriter::with_capacity(1 << 16, &mut file);
    let n = export(s, a, &mut w)?;
    w.flush()?;
    drop(w);
    // No "exported N" line for a pipe or a device: it may be standard output itself
    // (`/dev/stdout`), where the line would land in, or over, the data.
    if !file.is_file() {
        return file.finish();
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
        tmp.persist(&sig_path).map_err(|e| Error::Io(i18n::cannot_write(&sig_path, &e.error)))?;
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
    let signer = crate::store::keys::signer(s.store()?.conn())?;
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let when = s
        .ctx
        .zone
        .from_local_datetime(&s.ctx.now)
        .earliest()
        .map(|t| t.timestamp())
        .unwrap_or_else(|| s.ctx.now.and_utc().timestamp());
    let text = signer.sign_file(file, &name, when)?;
    let sig_path = sign::sig_path(path);
    let mut tmp = interrupt::temp_beside(&sig_path, ".kabinet-export-")?;
    tmp.write_all(text.as_bytes())?;
    tmp.as_file().sync_all()?;
    Ok((tmp, sig_path))
}

/// Refuses a filter that belongs to another kind, rather than silently ignoring it.
fn check_filters(a: &ExportArgs) -> Result<()> {
    let Some(kind) = a.kind else {
        // A receipt is one item: no filter applies.
        let any = a.from.is_some()
            || a.to.is_some()
            || a.record_type.is_some()
            || a.subject.is_some()
            || a.within.is_some()
            || a.excel
            || a.doc_kind.is_some()
            || a.holder.is_some()
            || a.all
            || a.person.is_some()
            || a.institution.is_some()
            || a.upcoming
            || a.status.is_some()
            || a.text.is_some();
        return if any { Err(Error::Usage(i18n::receipt_no_filters())) } else { Ok(()) };
    };
    if a.excel && a.as_format != ExportFormat::Csv {
        return Err(Error::Usage(i18n::excel_is_csv()));
    }
    let given: &[(&str, bool, &[ExportKind])] = &[
        ("--from", a.from.is_some(), &[ExportKind::Record, ExportKind::Appt]),
        ("--to", a.to.is_some(), &[ExportKind::Record, ExportKind::Appt]),
        ("--type", a.record_type.is_some(), &[ExportKind::Record]),
        ("--subject", a.subject.is_some(), &[ExportKind::Record, ExportKind::Deadlines]),
        ("--within", a.within.is_some(), &[ExportKind::Deadlines]),
        ("--doc-kind", a.doc_kind.is_some(), &[ExportKind::Doc]),
        ("--holder", a.holder.is_some(), &[ExportKind::Doc]),
        ("--all", a.all, &[ExportKind::Record, ExportKind::Doc]),
        ("--person", a.person.is_some(), &[ExportKind::Appt]),
        ("--institution", a.institution.is_some(), &[ExportKind::Appt]),
        ("--upcoming", a.upcoming, &[ExportKind::Appt]),
    ];
    for (flag, set, kinds) in given {
        if *set && !kinds.contains(&kind) {
            return Err(Error::Usage(i18n::filter_not_for(flag, kind_name(kind))));
        }
    }
    Ok(())
}

fn kind_name(k: ExportKind) -> &'static str {
    match k {
        ExportKind::Record => "record",
        ExportKind::Doc => "doc",
        ExportKind::Appt => "appt",
        ExportKind::Deadlines => "deadlines",
    }
}

/// Writes the export and returns how many items it holds.
fn export(s: &mut Session, a: &ExportArgs, out: &mut (dyn Write + Send)) -> Result<u64> {
    if a.as_format == ExportFormat::Pdf {
        return match (&a.receipt, a.kind) {
            (Some(id), _) => report::receipt(s, id, out).map(|()| 1),
            (None, Some(kind)) => report::report(s, a, kind, out),
            (None, None) => Err(Error::Internal("clap requires --kind or --receipt".into())),
        };
    }
    let Some(kind) = a.kind else {
        return Err(Error::Internal("clap requires --kind without --receipt".into()));
    };
    if kind == ExportKind::Deadlines {
        return export_deadlines(s, a, out);
    }
    if a.as_format == ExportFormat::Ics {
        return appointments_ics(s, a, out);
    }
    let sink = Sink::new(out, a.as_format, a.excel)?;
    match kind {
        ExportKind::Record => {
            let args = record_args(a);
            let (from, to, status) = record::selection(&s.ctx, &args)?;
            let conn = s.store()?.conn();
            // Raw column values cross to the writing thread, which decodes, filters and
            // formats them: the reading thread only steps SQLite (see `store::raw`).
            let rows = |raw: RawRows, sink: &mut Sink| {
                records::decode(&raw, |r| {
                    if record::matches(&r, &args, status.as_deref()) {
                        sink.row(&r.into_row())?;
                    }
                    Ok(())
                })
            };
            pipe(sink, record_dom::COLUMNS, rows, |emit| {
                records::scan_raw(conn, from, to, BATCH_ROWS, emit)
            })
        }
        ExportKind::Doc => {
            let keep = doc::selection(&s.ctx, &doc_args(a))?;
            let (today, lead) = (s.ctx.today(), s.ctx.leads.clone());
            let conn = s.store()?.conn();
            let rows = |batch: Vec<doc_dom::Document>, sink: &mut Sink| {
                batch.into_iter().try_for_each(|d| sink.row(&d.to_row(today, &lead)))
            };
            pipe(sink, doc_dom::COLUMNS, rows, |emit| {
                let mut batch = Vec::with_capacity(BATCH_ROWS);
                docs::scan(conn, |d| {
                    if keep(&d) {
                        batch.push(d);
                    }
                    if batch.len() == BATCH_ROWS {
                        emit(std::mem::take(&mut batch))?;
                    }
                    Ok(())
                })?;
                emit(batch)
            })
        }
        ExportKind::Appt => {
            let (from, to, keep) = appt::selection(&s.ctx, &appt_args(a))?;
            let conn = s.store()?.conn();
            let rows = |batch: Vec<appt_dom::Appointment>, sink: &mut Sink| {
                batch.into_iter().try_for_each(|x| sink.row(&x.to_row()))
            };
            pipe(sink, appt_dom::COLUMNS, rows, |emit| {
                let mut batch = Vec::with_capacity(BATCH_ROWS);
                appts::scan(conn, from, to, |x| {
                    if keep(&x) {
                        batch.push(x);
                    }
                    if batch.len() == BATCH_ROWS {
                        emit(std::mem::take(&mut batch))?;
                    }
                    Ok(())
                })?;
                emit(batch)
            })
        }
        // Handled above, before a row sink is made.
        ExportKind::Deadlines => {
            Err(Error::Internal("deadlines are not exported row by row".into()))
        }
    }
}

/// `export`'s filters as `record list` takes them (PDF reports use them too).
pub(super) fn record_args(a: &ExportArgs) -> RecordListArgs {
    RecordListArgs {
        from: a.from.clone(),
        to: a.to.clone(),
        kind: a.record_type.clone(),
        status: a.status.clone(),
        subject: a.subject.clone(),
        text: a.text.clone(),
        all: a.all,
        last: None,
    }
}

/// `export`'s filters as `doc list` takes them.
pub(super) fn doc_args(a: &ExportArgs) -> DocListArgs {
    DocListArgs {
        kind: a.doc_kind.clone(),
        status: a.status.clone(),
        holder: a.holder.clone(),
        text: a.text.clone(),
        all: a.all,
    }
}

/// `export`'s filters as `appt list` takes them.
pub(super) fn appt_args(a: &ExportArgs) -> ApptListArgs {
    ApptListArgs {
        from: a.from.clone(),
        to: a.to.clone(),
        status: a.status.clone(),
        person: a.person.clone(),
        institution: a.institution.clone(),
        text: a.text.clone(),
        upcoming: a.upcoming,
    }
}

/// Appointments as an iCalendar file, with `appt list`'s filters.
fn appointments_ics(s: &mut Session, a: &ExportArgs, out: &mut dyn Write) -> Result<u64> {
    let (from, to, keep) = appt::selection(&s.ctx, &appt_args(a))?;
    let (now, zone) = (s.ctx.now, s.ctx.zone);
    let conn = s.store()?.conn();
    let mut cal = Ics::new(out, &i18n::ics_appts_name(), now, zone)?;
    let mut n = 0;
    appts::scan(conn, from, to, |x| {
        if keep(&x) {
            let moves = appts::moves(conn, x.id)?.len();
            let needs: Vec<String> =
                x.data.needs.iter().map(|d| ItemId::new(ItemKind::Doc, *d).to_string()).collect();
            cal.appointment(&x, moves, &needs)?;
            n += 1;
        }
        Ok(())
    })?;
    cal.finish()?;
    Ok(n)
}

/// What `kabinet deadlines` shows, as iCalendar, CSV or JSON.
fn export_deadlines(s: &mut Session, a: &ExportArgs, out: &mut dyn Write) -> Result<u64> {
    let args = DeadlinesArgs {
        within: a.within.clone().unwrap_or_else(|| "14d".to_owned()),
        overdue: false,
        kind: None,
        subject: a.subject.clone(),
        check: false,
    };
    let list = deadlines::gather(s, &args)?;
    match a.as_format {
        ExportFormat::Ics => deadlines::ics(s, &list, out)?,
        ExportFormat::Pdf => return Err(Error::Internal("deadlines have no PDF report".into())),
        ExportFormat::Csv | ExportFormat::Json => {
            s.ctx.format =
                if a.as_format == ExportFormat::Csv { Format::Csv } else { Format::Json };
            deadlines::render(s, &args, &list, out)?;
        }
    }
    Ok(list.len() as u64)
}

/// Runs `produce` (which reads the store and calls `emit` with each batch) on this thread,
/// and writes each batch's rows with `rows` on another, in order. Returns how many rows were
/// written. When writing fails (a full disk, a closed pipe), reading stops and the writer's
/// error is the one reported.
fn pipe<B: Send>(
    mut sink: Sink,
    columns: &[&str],
    rows: impl Fn(B, &mut Sink) -> Result<()> + Send,
    produce: impl FnOnce(&mut dyn FnMut(B) -> Result<()>) -> Result<()>,
) -> Result<u64> {
    sink.header(columns)?;
    let (send, receive) = std::sync::mpsc::sync_channel::<B>(CHANNEL_BATCHES);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            for batch in receive {
                rows(batch, &mut sink)?;
            }
            sink.finish()
        });
        let produced = produce(&mut |batch| {
            send.send(batch).map_err(|_| Error::Internal("the export writer stopped".into()))
        });
        drop(send);
        let written = writer
            .join()
            .unwrap_or_else(|_| Err(Error::Internal("the export writer panicked".into())));
        let n = written?;
        produced?;
        Ok(n)
    })
}

/// Streams rows out as CSV or as a JSON array, one object per line.
enum Sink<'a> {
    Csv(Box<csv::Writer<&'a mut (dyn Write + Send)>>, u64),
    Json(&'a mut (dyn Write + Send), u64),
}

impl<'a> Sink<'a> {
    fn new(out: &'a mut (dyn Write + Send), format: ExportFormat, excel: bool) -> Result<Sink<'a>> {
        Ok(match format {
            ExportFormat::Csv => {
                if excel {
                    out.write_all(b"\xEF\xBB\xBF")?;
                }
                let w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .delimiter(if excel { b';' } else { b',' })
                    .terminator(csv::Terminator::CRLF)
                    .from_writer(out);
                Sink::Csv(Box::new(w), 0)
            }
            ExportFormat::Json => {
                out.write_all(b"[")?;
                Sink::Json(out, 0)
            }
            ExportFormat::Ics | ExportFormat::Pdf => {
                return Err(Error::Internal("iCalendar and PDF are not written row by row".into()));
            }
        })
    }

    fn header(&mut self, columns: &[&str]) -> Result<()> {
        if let Sink::Csv(w, _) = self {
            w.write_record(columns).map_err(output::csv_error)?;
        }
        Ok(())
    }

    fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match self {
            Sink::Csv(w, n) => {
                w.serialize(row).map_err(output::csv_error)?;
                *n += 1;
            }
            Sink::Json(out, n) => {
                out.write_all(if *n == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut **out, row).map_err(output::json_error)?;
                *n += 1;
            }
        }
        Ok(())
    }

    fn finish(self) -> Result<u64> {
        match self {
            Sink::Csv(mut w, n) => {
                w.flush()?;
                Ok(n)
            }
            Sink::Json(out, n) => {
                out.write_all(if n == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
                Ok(n)
            }
        }
    }
}

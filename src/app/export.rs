//! Exports of records, documents, appointments and applications with the listings' filters, streamed: the
//! store is read on one thread while the rows are decoded, filtered and written on another, a
//! batch at a time, so a million-record export holds one batch in memory.

use super::{Env, Error, Result, applications, appts, docs, records};
use crate::domain::application::Application;
use crate::domain::appt::{self as appt_dom, Appointment};
use crate::domain::doc::{self as doc_dom, Document};
use crate::domain::record::{self as record_dom, Record};
use crate::io::output::ExportRows;
use crate::store::{Reader, RecordRows};

/// Rows handed to the writing thread at a time, and batches in flight.
const BATCH_ROWS: usize = 512;
const CHANNEL_BATCHES: usize = 4;

/// The columns of an export of records, documents or appointments (SPEC.md).
pub fn columns(kind: crate::domain::ItemKind) -> &'static [&'static str] {
    use crate::domain::ItemKind as K;
    match kind {
        K::Record => record_dom::COLUMNS,
        K::Doc => doc_dom::COLUMNS,
        K::Appt | K::Obligation => appt_dom::COLUMNS,
        K::Application => crate::domain::application::COLUMNS,
    }
}

/// The header of a kind's sheet: the columns' names, or (`russian`) each column's first
/// Russian name among those `import` reads (the name itself when it has none).
pub fn headers(kind: crate::domain::ItemKind, russian: bool) -> Vec<String> {
    use crate::domain::ItemKind as K;
    let aliases = match kind {
        K::Record => record_dom::ALIASES,
        K::Doc => doc_dom::ALIASES,
        K::Appt | K::Obligation => appt_dom::ALIASES,
        K::Application => crate::domain::application::ALIASES,
    };
    columns(kind)
        .iter()
        .map(|c| {
            let cyrillic = |a: &&(&str, &str)| a.1 == *c && !a.0.is_ascii();
            match aliases.iter().find(cyrillic) {
                Some((name, _)) if russian => (*name).to_owned(),
                _ => (*c).to_owned(),
            }
        })
        .collect()
}

/// Writes the records the filter keeps, in entry order; returns how many.
pub fn records(r: Reader, filter: &records::Filter, sink: ExportRows) -> Result<u64> {
    // Raw column values cross to the writing thread, which decodes, filters and formats them:
    // the reading thread only steps the database.
    let rows = |raw: RecordRows, sink: &mut ExportRows| {
        raw.decode(|rec| {
            if filter.matches(&rec) {
                sink.row(&rec.into_row())?;
            }
            Ok::<_, Error>(())
        })
    };
    pipe(sink, rows, |emit| r.scan_records(filter.from, filter.to, BATCH_ROWS, emit))
}

/// Writes the documents the filter keeps, in entry order; returns how many.
pub fn docs(r: Reader, env: &Env, filter: &docs::Filter, sink: ExportRows) -> Result<u64> {
    let (today, lead) = (env.today(), env.leads.clone());
    let rows = |batch: Vec<Document>, sink: &mut ExportRows| {
        batch.into_iter().try_for_each(|d| sink.row(&d.to_row(today, &lead)).map_err(Error::from))
    };
    pipe(sink, rows, |emit| {
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        r.scan_docs(|d| {
            if filter.matches(&d, today, &env.leads) {
                batch.push(d);
            }
            if batch.len() == BATCH_ROWS {
                emit(std::mem::take(&mut batch))?;
            }
            Ok::<_, Error>(())
        })?;
        emit(batch)
    })
}

/// Writes the appointments the filter keeps, in entry order; returns how many.
pub fn appts(r: Reader, filter: &appts::Filter, sink: ExportRows) -> Result<u64> {
    let rows = |batch: Vec<Appointment>, sink: &mut ExportRows| {
        batch.into_iter().try_for_each(|x| sink.row(&x.to_row()).map_err(Error::from))
    };
    pipe(sink, rows, |emit| {
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        r.scan_appts(filter.from, filter.to, |x| {
            if filter.matches(&x) {
                batch.push(x);
            }
            if batch.len() == BATCH_ROWS {
                emit(std::mem::take(&mut batch))?;
            }
            Ok::<_, Error>(())
        })?;
        emit(batch)
    })
}

/// Writes the applications the filter keeps, in entry order; returns how many.
pub fn applications(
    r: Reader,
    env: &Env,
    filter: &applications::Filter,
    sink: ExportRows,
) -> Result<u64> {
    let (today, expire) = (env.today(), env.expire_days);
    let rows = |batch: Vec<Application>, sink: &mut ExportRows| {
        batch.into_iter().try_for_each(|x| sink.row(&x.to_row(today, expire)).map_err(Error::from))
    };
    pipe(sink, rows, |emit| {
        let mut batch = Vec::with_capacity(BATCH_ROWS);
        r.scan_applications(|x| {
            if filter.matches(&x, today, expire) {
                batch.push(x);
            }
            if batch.len() == BATCH_ROWS {
                emit(std::mem::take(&mut batch))?;
            }
            Ok::<_, Error>(())
        })?;
        emit(batch)
    })
}

/// Calls `f` with each appointment the filter keeps, in entry order, and how many times it was
/// rescheduled (a calendar's SEQUENCE); returns how many.
pub fn each_appt_for_calendar(
    r: Reader,
    filter: &appts::Filter,
    mut f: impl FnMut(&Appointment, usize) -> Result<()>,
) -> Result<u64> {
    let mut n = 0;
    r.scan_appts(filter.from, filter.to, |x| {
        if filter.matches(&x) {
            f(&x, r.appt_moves(x.id)?.len())?;
            n += 1;
        }
        Ok::<_, Error>(())
    })?;
    Ok(n)
}

/// Calls `f` with each record the filter keeps, in entry order, on this thread (a report that
/// sums them up as it goes).
pub fn each_record(
    r: Reader,
    filter: &records::Filter,
    mut f: impl FnMut(Record) -> Result<()>,
) -> Result<()> {
    r.scan_records(filter.from, filter.to, BATCH_ROWS, |raw| {
        raw.decode(|rec| if filter.matches(&rec) { f(rec) } else { Ok(()) })
    })
}

/// Runs `produce` (which reads the store and calls `emit` with each batch) on this thread,
/// and writes each batch's rows with `rows` on another, in order. Returns how many rows were
/// written. When writing fails (a full disk, a closed pipe), reading stops and the writer's
/// error is the one reported.
fn pipe<B: Send>(
    mut sink: ExportRows,
    rows: impl Fn(B, &mut ExportRows) -> Result<()> + Send,
    produce: impl FnOnce(&mut dyn FnMut(B) -> Result<()>) -> Result<()>,
) -> Result<u64> {
    let (send, receive) = std::sync::mpsc::sync_channel::<B>(CHANNEL_BATCHES);
    std::thread::scope(|scope| {
        let writer = scope.spawn(move || {
            for batch in receive {
                rows(batch, &mut sink)?;
            }
            Ok::<_, Error>(sink.finish()?)
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

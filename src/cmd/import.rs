//! `kabinet import` and `kabinet validate --file`: a CSV file into the store in one
//! transaction, every row through the same rules as `add`, all rows or none.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::Path;
use std::sync::mpsc;

use chrono::NaiveDateTime;
use fastbloom::BloomFilter;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rusqlite::Connection;
use serde::Serialize;

use super::outfile::OutFile;
use super::{Session, appt::check_needs, say, warn};
use crate::cli::{EncodingArg, Format, ImportArgs, ItemKindArg, ReadArgs};
use crate::crypto;
use crate::domain::appt::{self, ApptData, ApptStatus};
use crate::domain::doc::{self, DocData, DocStatus};
use crate::domain::record::{self, RecordData, RecordStatus, is_late};
use crate::domain::{Draft, Field, FieldError, ItemId, ItemKind, dates};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::io::sheet::{self, Columns, Encoding, HeaderProblem, RowProblem, Sheet, SheetError};
use crate::store::{appts, docs, records};
use crate::store::{audit, seal};
use crate::validate::Problem;

/// Files larger than this get a progress bar (on a terminal only).
const PROGRESS_BYTES: u64 = 4 << 20;
/// Page cache during an import, in KiB: nearly all of a 100,000-row file's pages (≈ 50 MB)
/// stay in it until the commit writes each once, instead of spilling and re-reading (and
/// re-encrypting) index pages; a larger file fills it and stays within the 100 MB the import
/// is allowed, with room left: with the set-aside sorts (≤ 24 MiB) a file of 10,000-letter
/// cells peaks at 91 MB (99 MB at 56 MiB, with no import measured faster for the extra 8).
const IMPORT_CACHE_KIB: u32 = 48 << 10;
/// Rows are handed to the store's thread in batches (one wake-up per batch, not per row), at
/// most this many batches ahead: enough to keep both threads busy, small enough to ignore.
const BATCH_ROWS: usize = 256;
const CHANNEL_BATCHES: usize = 8;
/// A batch is also handed over once its cells hold this many bytes, so that a file of long
/// cells (names of thousands of letters) keeps as little in flight as a usual one: a few MiB
/// (the usual row holds ≈ 200 bytes, a batch of 256 ≈ 50 KiB).
const BATCH_BYTES: usize = 256 << 10;
/// "Already there with other data" notes printed before summing up the rest.
const MAX_NOTES: u64 = 10;

/// What `import` reports (SPEC.md's JSON summary).
#[derive(Debug, Default, Serialize)]
struct Summary {
    added: u64,
    duplicates: u64,
    rejected: u64,
}

struct Options<'a> {
    file: &'a Path,
    kind: ItemKindArg,
    read: &'a ReadArgs,
    skip_invalid: bool,
    reject_file: Option<&'a Path>,
    dry_run: bool,
    /// Checked with no store (`validate --file` where there is none): against an empty one,
    /// without looking up the documents an appointment needs.
    alone: bool,
}

pub fn run(s: &mut Session, a: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    import(
        s,
        &Options {
            file: &a.file,
            kind: a.kind,
            read: &a.read,
            skip_invalid: a.skip_invalid,
            reject_file: a.reject_file.as_deref(),
            dry_run: a.dry_run,
            alone: false,
        },
        out,
    )
}

/// `validate --file F --kind K`: exactly `import --dry-run`. With no store at the store's path
/// (a machine that only receives the spreadsheets), the rows are checked against an empty
/// store, made for the check under a random key in a temporary directory and removed after.
pub fn check_file(
    s: &mut Session,
    file: &Path,
    kind: ItemKindArg,
    read: &ReadArgs,
    out: &mut dyn Write,
) -> Result<()> {
    let mut opts = Options {
        file,
        kind,
        read,
        skip_invalid: false,
        reject_file: None,
        dry_run: true,
        alone: false,
    };
    if s.ctx.store_path.exists() {
        return import(s, &opts, out);
    }
    warn(&s.ctx, &i18n::checked_without_store(&s.ctx.store_path));
    let dir = super::interrupt::temp_dir(".kabinet-validate-")?;
    let mut store = crate::store::Store::scratch(dir.path())?;
    // Dates and times read in the zone the store would be made with.
    store.set_setting(super::TIME_ZONE_KEY, s.ctx.zone.name())?;
    s.set_store(store)?;
    opts.alone = true;
    let checked = import(s, &opts, out);
    s.forget_store();
    drop(dir);
    checked
}

fn columns(kind: ItemKindArg) -> (Columns<'static>, &'static [Field]) {
    let (names, aliases, fields) = match kind {
        ItemKindArg::Record => (record::COLUMNS, record::ALIASES, record::FIELDS),
        ItemKindArg::Doc => (doc::COLUMNS, doc::ALIASES, doc::FIELDS),
        ItemKindArg::Appt => (appt::COLUMNS, appt::ALIASES, appt::FIELDS),
    };
    let required: &'static [&'static str] = match kind {
        ItemKindArg::Record => &["subject_id", "event_date", "type", "result"],
        ItemKindArg::Doc => &["holder", "kind", "issued_on"],
        ItemKindArg::Appt => &["institution", "service", "starts_at"],
    };
    debug_assert!(
        fields.iter().filter(|f| f.required).map(|f| f.name).eq(required.iter().copied())
    );
    (Columns { names, aliases, required }, fields)
}

fn import(s: &mut Session, o: &Options, out: &mut dyn Write) -> Result<()> {
    // Unlock first: a wrong passphrase fails before the file is read.
    s.store()?;
    let size = if o.file == Path::new("-") {
        if s.ctx.interactive {
            // Typed or pasted rows: say how to end them, or the command seems to hang.
            super::to_stderr(&i18n::reading_terminal());
        }
        None
    } else {
        match std::fs::metadata(o.file) {
            Ok(m) if m.is_dir() => return Err(Error::Usage(i18n::is_a_directory(o.file, false))),
            Ok(m) => Some(m.len()),
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                return Err(Error::NotFound(i18n::no_such_file(o.file)));
            }
            Err(e) => return Err(Error::Io(i18n::cannot_read(o.file, &e))),
        }
    };
    let encoding = o.read.encoding.map(|e| match e {
        EncodingArg::Utf8 => Encoding::Utf8,
        EncodingArg::Windows1251 => Encoding::Windows1251,
    });
    let bar = progress_bar(size);
    let wrap_bar = bar.clone();
    let input = sheet::open(o.file, encoding, o.read.delimiter, move |r| match &wrap_bar {
        Some(b) => Box::new(b.wrap_read(r)),
        None => r,
    })
    .map_err(|e| open_error(o.file, &e))?;
    if input.guessed {
        // Said even with --quiet: it changes what is read.
        super::to_stderr(&i18n::warning(&i18n::guessed_encoding(o.file)));
    }
    let (columns, _) = columns(o.kind);
    let mut sheet =
        Sheet::new(input.reader, input.delimiter, &columns, &o.read.maps, o.read.ignore_unknown)
            .map_err(|e| sheet_error(o.file, &columns, e))?;
    if let Some(path) = o.reject_file {
        super::check_output(&s.ctx, path, Some(o.file))?;
    }
    let mut rejects = match (o.reject_file, o.skip_invalid) {
        // A dry run validates only: the bad rows are reported, no file is written.
        (Some(path), true) if o.dry_run => {
            if !s.ctx.quiet {
                super::to_stderr(&i18n::warning(&i18n::dry_run_no_rejects(path)));
            }
            None
        }
        (Some(path), true) => {
            Some(Rejects::create(path, &sheet.header, input.delimiter, input.bom)?)
        }
        _ => None,
    };
    s.store()?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let (now, zone, calendar) = (ctx.now, ctx.zone, &ctx.calendar);
    store.set_cache_kib(IMPORT_CACHE_KIB)?;
    let layout = Layout { header: sheet.header.clone(), fields: sheet.fields.clone() };
    let mut errs = Messages { bar: bar.clone(), out: BufWriter::new(io::stderr()) };
    // Two stages on two threads: this one reads and validates rows, the store's thread
    // deduplicates and inserts them, in file order. The bounded channel keeps memory flat.
    let (send, receive) = mpsc::sync_channel::<Batch>(CHANNEL_BATCHES);
    // Batches the store's side is done with come back to be emptied here, so that what this
    // thread allocated is freed by this thread: cheaper for both, and the store's thread, the
    // one the import waits for, does not spend its time freeing.
    let (give_back, take_back) = mpsc::channel::<Batch>();
    let seal_key = store.seal_key().clone();
    let seal_key = (!o.dry_run).then_some(&seal_key);
    let preparer = Preparer { kind: o.kind, now, zone, calendar, layout: &layout, seal_key };
    let summary = std::thread::scope(|scope| {
        scope.spawn(move || {
            // Every batch given back so far is emptied; one of them is filled again.
            let empty = || {
                let mut spare = None;
                while let Ok(mut done) = take_back.try_recv() {
                    done.clear();
                    spare = Some(done);
                }
                spare.unwrap_or_else(|| Vec::with_capacity(BATCH_ROWS))
            };
            let mut batch = empty();
            let mut bytes = 0;
            while let Some(next) = sheet.next_row() {
                let checked = next.map(|r| match r {
                    Err((row, p)) => Checked { row, outcome: Outcome::Bad(vec![row_problem(p)]) },
                    Ok(mut row) => {
                        bytes += row.cells.iter().map(String::len).sum::<usize>();
                        let outcome = preparer.prepare(&mut row);
                        Checked { row, outcome }
                    }
                });
                let stop = checked.is_err();
                batch.push(checked);
                if batch.len() == BATCH_ROWS || bytes >= BATCH_BYTES || stop {
                    bytes = 0;
                    // A closed channel: the store's side failed and has stopped reading.
                    let full = std::mem::replace(&mut batch, empty());
                    if send.send(full).is_err() || stop {
                        return;
                    }
                }
            }
            let _ = send.send(batch);
        });
        store.write_if(|tx| {
            let table = match o.kind {
                ItemKindArg::Record => "records",
                ItemKindArg::Doc => "docs",
                ItemKindArg::Appt => "appts",
            };
            let first = audit::last_id(tx, table)? + 1;
            // Records are sealed as they are inserted (`records::insert_unsettled`), documents
            // and appointments right after (`seal::seal_row`): not by the triggers, which are
            // made again before the commit.
            seal::suspend(tx, table)?;
            let mut sum = Summary::default();
            // The IDs added, as ranges: one for a plain file, more where rows bring their own.
            let mut added: Vec<(i64, i64)> = Vec::new();
            let mut notes = 0u64;
            // Into an empty or small journal, records take the first-import paths: the
            // journal's few keys go into the filter, its few rows into the index sorts.
            let few = match o.kind {
                ItemKindArg::Record => records::keys_if_few(tx, FEW_RECORDS)?,
                _ => None,
            };
            let fresh = few.as_ref().map(|keys| {
                let mut met =
                    BloomFilter::with_num_bits(FRESH_FILTER_BITS).expected_items(1_000_000);
                for key in keys {
                    met.insert(key.as_str());
                }
                RefCell::new(met)
            });
            let aside = match &few {
                Some(keys) => {
                    Some((records::set_aside_indexes(tx)?, keys.len() * KEPT_RECORD_SORT_BYTES))
                }
                None => None,
            };
            drop(few);
            let next_id = Cell::new(first);
            let importer = Importer {
                kind: o.kind,
                now,
                tx,
                next_id,
                fresh,
                aside: RefCell::new(aside),
                inserter: RefCell::new(None),
                needs: !o.alone,
            };
            for batch in receive {
                for checked in &batch {
                    let Checked { row, outcome } =
                        checked.as_ref().map_err(|e| Error::Io(i18n::cannot_read(o.file, e)))?;
                    let problems = match outcome {
                        Outcome::Bad(problems) => Cow::Borrowed(problems.as_slice()),
                        Outcome::Good(item) => match importer.unmet_needs(item, &layout)? {
                            Some(problems) => Cow::Owned(problems),
                            None => {
                                match importer.existing(item)? {
                                    Existing::New => {
                                        let n = importer.insert(item)?;
                                        match added.last_mut() {
                                            Some((_, last)) if *last + 1 == n => *last = n,
                                            _ => added.push((n, n)),
                                        }
                                        sum.added += 1;
                                    }
                                    Existing::Duplicate => sum.duplicates += 1,
                                    Existing::IdTaken(id) => {
                                        sum.duplicates += 1;
                                        notes += 1;
                                        if notes <= MAX_NOTES && !ctx.quiet {
                                            errs.line(&i18n::warning(&i18n::id_taken(
                                                row.line, id,
                                            )))?;
                                        }
                                    }
                                }
                                continue;
                            }
                        },
                    };
                    sum.rejected += 1;
                    for (col, msg) in problems.iter() {
                        errs.line(&format!("{}:{col}: {msg}", row.line))?;
                    }
                    if let Some(r) = rejects.as_mut() {
                        let reason: Vec<&str> = problems.iter().map(|(_, m)| m.as_str()).collect();
                        r.push(&row.cells, layout.header.len(), &reason.join("; "))?;
                    }
                }
                // Gone when the reading side has finished: then it is freed here.
                let _ = give_back.send(batch);
            }
            if notes > MAX_NOTES && !ctx.quiet {
                errs.line(&i18n::warning(&i18n::more_notes(notes - MAX_NOTES)))?;
            }
            let commit = !o.dry_run && (sum.rejected == 0 || o.skip_invalid);
            if let Some((indexes, _)) = importer.aside.take().filter(|_| commit) {
                indexes.restore(tx)?;
            }
            if commit && o.kind == ItemKindArg::Record {
                // Follow-ups answered by the new records, or by each other, are closed once.
                // All open ones after a fresh start (most are new), else those the new rows touch.
                let only = importer.fresh.is_none().then_some(added.as_slice());
                records::settle_follow_ups(importer.tx, only)?;
            }
            seal::triggers(tx)?;
            if commit && sum.added > 0 {
                // One entry for the batch: the file, the counts and the IDs it added.
                let name = o.file.file_name().map(|n| n.to_string_lossy().into_owned());
                let after = serde_json::json!({
                    "file": name, "table": table, "added": sum.added,
                    "duplicates": sum.duplicates, "rejected": sum.rejected,
                    "ids": added,
                });
                audit::append(tx, &actor, "import", None, None, Some(&after.to_string()))?;
            }
            Ok((sum, commit))
        })
    });
    errs.flush()?;
    drop(errs);
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut summary = summary?;
    if let Some(r) = rejects {
        r.finish()?;
    }
    let refused = summary.rejected > 0 && !o.skip_invalid;
    if refused && !o.dry_run {
        // Rolled back: say what happened, not what would have.
        summary.added = 0;
        summary.duplicates = 0;
    }
    match ctx.format {
        Format::Table | Format::Csv if refused && !o.dry_run => {}
        Format::Json => output::write_json(out, &summary)?,
        Format::Table | Format::Csv => say(
            ctx,
            out,
            &i18n::import_summary(summary.added, summary.duplicates, summary.rejected, o.dry_run),
        )?,
    }
    if refused {
        out.flush()?;
        let msg = if o.dry_run {
            i18n::file_refused(summary.rejected)
        } else {
            i18n::import_refused(summary.rejected)
        };
        return Err(Error::Invalid(msg));
    }
    if summary.rejected > 0 {
        warn(ctx, &i18n::file_refused(summary.rejected));
    }
    Ok(())
}

/// Problem lines on stderr: buffered, or — while a progress bar is drawn — printed with the
/// bar lifted so the two do not mix. Stderr is not held locked: the reading thread draws the
/// bar on it.
struct Messages {
    bar: Option<ProgressBar>,
    out: BufWriter<io::Stderr>,
}

impl Messages {
    fn line(&mut self, text: &str) -> io::Result<()> {
        let written = match &self.bar {
            Some(bar) => bar.suspend(|| writeln!(io::stderr(), "{text}")),
            None => writeln!(self.out, "{text}"),
        };
        quiet_if_gone(written)
    }

    fn flush(&mut self) -> io::Result<()> {
        quiet_if_gone(self.out.flush())
    }
}

/// A reader of the messages that has gone (`2>&1 | head`) does not stop the import or change
/// its outcome: the rest of the messages go nowhere, the exit code still tells.
fn quiet_if_gone(r: io::Result<()>) -> io::Result<()> {
    match r {
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn progress_bar(size: Option<u64>) -> Option<ProgressBar> {
    if !io::stderr().is_terminal() || size.is_some_and(|n| n < PROGRESS_BYTES) {
        return None;
    }
    let bar = match size {
        Some(n) => ProgressBar::with_draw_target(Some(n), ProgressDrawTarget::stderr()),
        None => ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr()),
    };
    let style = ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {elapsed} ~{eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar());
    Some(bar.with_style(style))
}

/// `value: problem` of a field error whose field is shown separately.
fn cell_text(e: &FieldError) -> String {
    if e.value.is_empty() {
        e.problem.to_string()
    } else {
        format!("{}: {}", crate::domain::shown(&e.value), e.problem)
    }
}

/// Why `path` cannot be read as a sheet: not CSV text at all (invalid input, with what to do
/// instead), or the system's reason.
fn open_error(path: &Path, e: &io::Error) -> Error {
    match e.get_ref().and_then(|inner| inner.downcast_ref::<sheet::NotText>()) {
        Some(what) => Error::Invalid(i18n::not_csv(path, *what)),
        None => Error::Io(i18n::cannot_read(path, e)),
    }
}

fn row_problem(p: RowProblem) -> (usize, String) {
    match p {
        RowProblem::NotUtf8 { column } => (column, i18n::cell_not_utf8()),
        RowProblem::Width { expected, found } => (expected + 1, i18n::row_width(expected, found)),
        RowProblem::Unheaded { column } => (column, i18n::unheaded_value()),
    }
}

fn sheet_error(path: &Path, columns: &Columns, e: SheetError) -> Error {
    match e {
        SheetError::Empty => Error::Invalid(i18n::empty_file(path)),
        SheetError::NotUtf8 => Error::Invalid(i18n::header_not_utf8()),
        SheetError::Io(e) => Error::Io(i18n::cannot_read(path, &e)),
        SheetError::Header(problems) => Error::Invalid(
            problems
                .iter()
                .map(|p| match p {
                    HeaderProblem::Unknown { column, name } => {
                        i18n::unknown_column(*column, name, columns.names)
                    }
                    HeaderProblem::Twice { column, name, field } => {
                        i18n::column_twice(*column, name, field)
                    }
                    HeaderProblem::Missing { field } => i18n::missing_column(field),
                    HeaderProblem::BadMap { map, fault } => {
                        i18n::bad_map(map, fault, columns.names)
                    }
                })
                .collect::<Vec<_>>()
                .join("\n"),
        ),
    }
}

/// A row that passed every rule, ready to insert.
// A record's half-done seal makes it the largest; a file holds one kind, so boxing it would
// only add an allocation per row.
#[allow(clippy::large_enum_variant)]
enum Item {
    Record {
        id: Option<i64>,
        data: RecordData,
        nkey: String,
        dates: records::Dates,
        late: bool,
        /// Made on the reading thread.
        uuid: String,
        /// The seal but for the record's number (`None` on a dry run).
        sealed: Option<seal::Partial>,
    },
    Doc {
        id: Option<i64>,
        data: DocData,
        archived: bool,
    },
    Appt {
        id: Option<i64>,
        data: ApptData,
        status: ApptStatus,
    },
}

/// What the reading stage made of a row.
// Nearly every row is `Good`: boxing it would add an allocation per row to save nothing.
#[allow(clippy::large_enum_variant)]
enum Outcome {
    Good(Item),
    /// The row's problems; column 0 when no column holds the field.
    Bad(Problems),
}

struct Checked {
    row: sheet::SheetRow,
    outcome: Outcome,
}

/// What the reading side hands the store's side at a time (and gets back when it is done).
type Batch = Vec<io::Result<Checked>>;

/// `(column, message)` for each problem of a row.
type Problems = Vec<(usize, String)>;

/// The header as mapped, for naming the column of a problem on either thread.
struct Layout {
    header: Vec<String>,
    fields: Vec<Option<&'static str>>,
}

impl Layout {
    fn problems(&self, errors: Vec<FieldError>) -> Vec<(usize, String)> {
        errors
            .into_iter()
            .map(|e| {
                let col = self.fields.iter().position(|f| *f == Some(e.field)).map_or(0, |i| i + 1);
                let header = col
                    .checked_sub(1)
                    .and_then(|i| self.header.get(i))
                    .map_or(e.field, String::as_str);
                let shown = FieldError { field: "", ..e };
                (col, format!("{header}: {}", cell_text(&shown)))
            })
            .collect()
    }
}

enum Existing {
    New,
    /// The same item is already there (natural key, or the same id with the same key).
    Duplicate,
    /// The row's id is taken by an item with other data.
    IdTaken(ItemId),
}

fn item_kind(kind: ItemKindArg) -> ItemKind {
    match kind {
        ItemKindArg::Record => ItemKind::Record,
        ItemKindArg::Doc => ItemKind::Doc,
        ItemKindArg::Appt => ItemKind::Appt,
    }
}

/// The reading stage: every rule that needs no store.
struct Preparer<'a> {
    kind: ItemKindArg,
    now: NaiveDateTime,
    /// The store's time zone: a date-time given with an offset is read in it.
    zone: chrono_tz::Tz,
    calendar: &'a crate::calendar::Calendar,
    layout: &'a Layout,
    /// To seal records with, unless this is a dry run.
    seal_key: Option<&'a seal::SealKey>,
}

impl Preparer<'_> {
    /// Checks a row. A good row's cells are needed again only if the store's side can still
    /// refuse it (an appointment's documents); otherwise they are moved into the draft, not
    /// copied, put back only if the row is bad (for the reject file), and otherwise freed here
    /// rather than on the store's thread.
    fn prepare(&self, row: &mut sheet::SheetRow) -> Outcome {
        let keep = self.kind == ItemKindArg::Appt;
        let mut draft = Draft::default();
        for (f, cell) in self.layout.fields.iter().zip(row.cells.iter_mut()) {
            match f {
                Some(f) if keep => draft.set(f, cell.as_str()),
                Some(f) => draft.set(f, std::mem::take(cell)),
                None => {}
            }
        }
        let outcome = self.check(&draft);
        match outcome {
            _ if keep => {}
            Outcome::Good(_) => row.cells = Vec::new(),
            Outcome::Bad(_) => {
                for (f, cell) in self.layout.fields.iter().zip(row.cells.iter_mut()) {
                    if let Some(value) = f.and_then(|f| draft.take(f)) {
                        *cell = value;
                    }
                }
            }
        }
        outcome
    }

    fn check(&self, draft: &Draft) -> Outcome {
        let today = self.now.date();
        let mut extra = Vec::new();
        let id = draft.get("id").and_then(|v| {
            let kind = item_kind(self.kind);
            let id = ItemId::parse(v, kind).map(|i| i.n);
            if id.is_none() {
                let example = match kind {
                    ItemKind::Record => "R-7",
                    ItemKind::Doc => "D-7",
                    _ => "A-7",
                };
                extra.push(err("id", v, Problem::NotItemId { example }));
            }
            id
        });
        let status = draft.get("status").map(|s| s.trim().to_lowercase().replace('-', "_"));
        let mut fail = |codes: &'static [&'static str]| {
            if let Some(st) = &status
                && !codes.contains(&st.as_str())
            {
                extra.push(err(
                    "status",
                    draft.get("status").unwrap_or_default(),
                    Problem::OneOf(codes),
                ));
            }
        };
        let item = match self.kind {
            ItemKindArg::Record => {
                fail(RecordStatus::CODES);
                if status.as_deref() == Some("amended") {
                    extra.push(err("status", "amended", Problem::Superseded));
                }
                let recorded_at = match draft.get("recorded_at") {
                    None => Some(self.now),
                    Some(v) => match dates::parse_datetime(v, today, self.zone) {
                        Ok(t) if t > self.now => {
                            extra.push(err("recorded_at", v, Problem::InFuture));
                            None
                        }
                        Ok(t) => Some(t),
                        Err(e) => {
                            extra.push(err("recorded_at", v, e.datetime_problem()));
                            None
                        }
                    },
                };
                let data = RecordData::from_draft(draft, today);
                if let (Ok(d), Some(at)) = (&data, recorded_at)
                    && at.date() < d.event_date
                {
                    let v = draft.get("recorded_at").unwrap_or_default();
                    extra.push(err("recorded_at", v, Problem::Before { other: "event_date" }));
                }
                match combine(data, extra) {
                    Ok(data) => {
                        let recorded_at = recorded_at.unwrap_or(self.now);
                        // A "late" mark is never lost; an "ok" one cannot hide a late entry.
                        let late = is_late(self.calendar, data.event_date, recorded_at)
                            || status.as_deref() == Some("late");
                        let nkey = data.natural_key();
                        // The UUID and the seal (all but the record's number) are worked out
                        // here, off the store's thread; should the random source fail, there.
                        let uuid = crypto::new_uuid();
                        let dates = records::Dates::of(&data, recorded_at);
                        let sealed = self.seal_key.map(|key| {
                            let new = records::New {
                                id,
                                data: &data,
                                nkey: &nkey,
                                uuid: &uuid,
                                dates: &dates,
                                late,
                            };
                            records::seal_before_id(key, &new, None)
                        });
                        Ok(Item::Record { id, data, nkey, dates, late, uuid, sealed })
                    }
                    Err(e) => Err(e),
                }
            }
            ItemKindArg::Doc => {
                fail(DocStatus::CODES);
                let archived = status.as_deref() == Some("archived");
                combine(DocData::from_draft(draft, today), extra).map(|data| Item::Doc {
                    id,
                    data,
                    archived,
                })
            }
            ItemKindArg::Appt => {
                fail(ApptStatus::CODES);
                let st =
                    status.as_deref().and_then(ApptStatus::parse).unwrap_or(ApptStatus::Scheduled);
                combine(ApptData::from_draft(draft, today, self.zone), extra)
                    .map(|data| Item::Appt { id, data, status: st })
            }
        };
        match item {
            Ok(item) => Outcome::Good(item),
            Err(errors) => Outcome::Bad(self.layout.problems(errors)),
        }
    }
}

/// The store's stage: rules that look at the store, deduplication and the insert.
struct Importer<'a> {
    kind: ItemKindArg,
    now: NaiveDateTime,
    tx: &'a Connection,
    /// The number AUTOINCREMENT would give the next record (rows with an `id` of their own
    /// move it on as they do in SQLite), so that an insert need not look it up.
    next_id: Cell<i64>,
    /// When the journal held at most [`FEW_RECORDS`] before this import (none, on a first
    /// import): their natural keys and those of the rows met so far, in a fixed 2 MiB filter.
    /// A key it has not met cannot be in the store, so the row skips the index lookup; one it
    /// may have met is looked up as usual (the filter can be wrong only that way). Most of such
    /// an import's rows are new: a tenth of the store's work.
    fresh: Option<RefCell<BloomFilter>>,
    /// Also then: the journal's date, group and open-follow-up indexes, set aside
    /// until the end (`records::set_aside_indexes`), and what sorting the records added so far
    /// into them will hold in memory. One sort per index is cheaper than keeping each up row
    /// by row (0.1 s of 1 s for 100,000 records); the sort is held in memory (nothing reaches
    /// the disk unencrypted), so once it would hold [`ASIDE_SORT_BYTES`] the indexes are made
    /// there and then, and the rows after keep them up as usual.
    aside: RefCell<Option<(records::SetAside, usize)>>,
    /// The insert of a record, prepared at the first one for the whole file.
    inserter: RefCell<Option<records::Inserter<'a>>>,
    /// Whether an appointment's needed documents are looked up (not with no store).
    needs: bool,
}

/// A journal of at most this many records is imported into as an empty one is (see
/// [`Importer::fresh`] and [`Importer::aside`]): its keys fill the filter and its rows join the
/// index sorts in a few milliseconds, and a clerk who typed in a few records by hand before
/// importing the spreadsheet gets the same speed as one who did not.
const FEW_RECORDS: usize = 10_000;

/// What a record already in the journal is counted for in the set-aside sorts: more than the
/// ≈ 200 bytes of a usual one.
const KEPT_RECORD_SORT_BYTES: usize = 512;

/// What making the set-aside indexes may hold in memory (see [`Importer::aside`]): about
/// 130,000 records like the benchmark's; with the import's page cache, a 1,000,000-row import
/// peaks at 89 MB.
const ASIDE_SORT_BYTES: usize = 24 << 20;

/// Bits of the filter of [`Importer::fresh`]: under 0.1 % false hits up to a million rows.
const FRESH_FILTER_BITS: usize = 1 << 24;

impl Importer<'_> {
    /// An appointment's needed documents must exist in the store (as for `appt add`).
    fn unmet_needs(&self, item: &Item, layout: &Layout) -> Result<Option<Problems>> {
        if let Item::Appt { data, .. } = item
            && self.needs
            && let Err(errors) = check_needs(self.tx, data)?
        {
            return Ok(Some(layout.problems(errors)));
        }
        Ok(None)
    }

    fn existing(&self, item: &Item) -> Result<Existing> {
        let tx = self.tx;
        // Same natural key as a current item; else, for a row with an id, whether that id is
        // taken and by the same data.
        let (dup, taken) = match item {
            Item::Record { id, data, nkey, .. } => (
                match &self.fresh {
                    Some(seen) if !seen.borrow_mut().insert(nkey.as_str()) => false,
                    _ => records::find_by_key(tx, nkey, &[])?.is_some(),
                },
                id.map(|n| records::get(tx, n)).transpose()?.flatten().map(|r| r.data == *data),
            ),
            Item::Doc { id, data, .. } => (
                docs::find_duplicate(tx, data, &[])?.is_some(),
                id.map(|n| docs::get(tx, n)).transpose()?.flatten().map(|d| d.data == *data),
            ),
            Item::Appt { id, data, .. } => (
                appts::find_duplicate(tx, data, &[])?.is_some(),
                id.map(|n| appts::get(tx, n)).transpose()?.flatten().map(|a| a.data == *data),
            ),
        };
        let id = match item {
            Item::Record { id, .. } | Item::Doc { id, .. } | Item::Appt { id, .. } => *id,
        };
        Ok(match (dup, taken, id) {
            (true, _, _) | (false, Some(true), _) => Existing::Duplicate,
            (false, Some(false), Some(n)) => {
                Existing::IdTaken(ItemId::new(item_kind(self.kind), n))
            }
            _ => Existing::New,
        })
    }

    /// Counts a new record into the set-aside indexes' sort, and makes them once that sort
    /// would hold [`ASIDE_SORT_BYTES`].
    fn sort_into_aside(&self, data: &RecordData) -> Result<()> {
        let mut aside = self.aside.borrow_mut();
        if let Some((_, bytes)) = aside.as_mut() {
            *bytes += records::SetAside::sort_bytes(data);
            if *bytes >= ASIDE_SORT_BYTES
                && let Some((indexes, _)) = aside.take()
            {
                indexes.restore(self.tx)?;
            }
        }
        Ok(())
    }

    /// Inserts the item and returns its number.
    fn insert(&self, item: &Item) -> Result<i64> {
        Ok(match item {
            Item::Record { id, data, nkey, dates, late, uuid, sealed } => {
                let late = *late;
                let n = id.unwrap_or(self.next_id.get());
                self.next_id.set(self.next_id.get().max(n + 1));
                let new = records::New { id: Some(n), data, nkey, uuid, dates, late };
                let mut slot = self.inserter.borrow_mut();
                let inserter = match slot.take() {
                    Some(made) => made,
                    None => records::Inserter::new(self.tx)?,
                };
                slot.insert(inserter).insert(&new, n, sealed.as_ref())?;
                self.sort_into_aside(data)?;
                n
            }
            Item::Doc { id, data, archived } => {
                let n = docs::insert(self.tx, *id, data, &crypto::new_uuid(), self.now, None)?;
                if *archived {
                    docs::archive(self.tx, n, self.now, None)?;
                }
                seal::seal_row(self.tx, "docs", n)?;
                n
            }
            Item::Appt { id, data, status } => {
                let n = appts::insert(self.tx, *id, data, &crypto::new_uuid(), *status, self.now)?;
                seal::seal_row(self.tx, "appts", n)?;
                n
            }
        })
    }
}

fn err(field: &'static str, value: &str, problem: Problem) -> FieldError {
    FieldError { field, value: value.to_owned(), problem }
}

fn combine<T>(
    data: std::result::Result<T, Vec<FieldError>>,
    extra: Vec<FieldError>,
) -> std::result::Result<T, Vec<FieldError>> {
    match data {
        Ok(d) if extra.is_empty() => Ok(d),
        Ok(_) => Err(extra),
        Err(mut e) => {
            e.extend(extra);
            Err(e)
        }
    }
}

/// The reject file: written beside its final path and renamed into place at the end, so a
/// failed import leaves no half-written file. Owner-only permissions: it holds personal data.
/// `-` is standard output; a pipe or device (`--reject-file /dev/stderr`) is written to as it is.
struct Rejects {
    csv: csv::Writer<BufWriter<OutFile>>,
}

impl Rejects {
    fn create(path: &Path, header: &[String], delimiter: u8, bom: bool) -> Result<Rejects> {
        let mut w = BufWriter::new(OutFile::create(path, ".kabinet-rejects-")?);
        if bom || delimiter == b';' {
            w.write_all(b"\xEF\xBB\xBF")?;
        }
        let mut csv = csv::WriterBuilder::new().delimiter(delimiter).from_writer(w);
        let mut head: Vec<&str> = header.iter().map(String::as_str).collect();
        head.push("reason");
        csv.write_record(&head).map_err(output::csv_error)?;
        Ok(Rejects { csv })
    }

    fn push(&mut self, cells: &[String], width: usize, reason: &str) -> Result<()> {
        let mut rec: Vec<&str> = cells.iter().map(String::as_str).collect();
        rec.resize(width.max(rec.len()), "");
        rec.push(reason);
        self.csv.write_record(&rec).map_err(output::csv_error)
    }

    fn finish(self) -> Result<()> {
        let w = self.csv.into_inner().map_err(|e| Error::Io(e.error().to_string()))?;
        let file = w.into_inner().map_err(|e| Error::Io(e.error().to_string()))?;
        file.finish()
    }
}

/// Reads and validates a CSV file the way `import` does before it consults the store: the
/// encoding, the delimiter, the header, every row through the same validators. Returns the
/// good and the bad rows' counts, or the reason the file cannot be read at all. Nothing is
/// written. For the fuzzer (`fuzz/fuzz_targets/csv_import.rs`), which must reach all of that
/// without a store's key derivation per input.
pub fn check_rows(
    path: &Path,
    kind: ItemKindArg,
    now: NaiveDateTime,
) -> std::result::Result<(u64, u64), String> {
    let input = sheet::open(path, None, None, |r| r).map_err(|e| e.to_string())?;
    let (columns, _) = columns(kind);
    let mut sheet = Sheet::new(input.reader, input.delimiter, &columns, &[], false)
        .map_err(|e| format!("{e:?}"))?;
    let layout = Layout { header: sheet.header.clone(), fields: sheet.fields.clone() };
    let calendar = crate::calendar::Calendar::default();
    let zone = chrono_tz::UTC;
    let preparer =
        Preparer { kind, now, zone, calendar: &calendar, layout: &layout, seal_key: None };
    let (mut good, mut bad) = (0, 0);
    while let Some(next) = sheet.next_row() {
        match next.map_err(|e| e.to_string())? {
            Ok(mut row) => match preparer.prepare(&mut row) {
                Outcome::Good(_) => good += 1,
                Outcome::Bad(_) => bad += 1,
            },
            Err(_) => bad += 1,
        }
    }
    Ok((good, bad))
}

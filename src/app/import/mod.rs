//! Batch import of a CSV file into the store, all rows or none (or the good ones, asked), in
//! three stages: read (bytes → rows, [`open`]), check (rows → items or per-cell problems, on
//! the thread that reads, [`check`]) and write (items → the store, deduplicated, on the
//! store's thread, [`write`]). The stages are drivable from bytes in memory ([`check_bytes`]).

mod check;
mod write;

use std::io::Read;
use std::sync::mpsc;

use serde::Serialize;

pub use self::check::Conventions;
use self::check::{Checked, Layout, Outcome, Preparer, row_problem};
use self::write::Writer;
use super::{Actor, Env, Error, Result};
use crate::domain::{Field, FieldError, ItemId, ItemKind, application, appt, doc, record};
use crate::io::sheet::{self, Columns, Encoding, RowProblem, Sheet, SheetError, Source};
use crate::store::Store;

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

/// How the file is read.
#[derive(Debug, Clone, Default)]
pub struct ReadOptions {
    /// The character encoding, else told from the bytes.
    pub encoding: Option<Encoding>,
    /// The field delimiter, else told from the header line.
    pub delimiter: Option<u8>,
    /// `COLUMN=FIELD` pairs: read the column as the field.
    pub maps: Vec<String>,
    /// Skip columns that match no field instead of refusing the file.
    pub ignore_unknown: bool,
    /// Amounts are written with a decimal comma (`1 074,50`): always so in a `;` file.
    pub decimal_comma: bool,
    /// A workbook's sheet to read, by name.
    pub sheet: Option<String>,
}

/// The fields that hold identifiers: a workbook cell holding a number is refused there (its
/// leading zeros are gone), as CSV import refuses a spreadsheet-mangled number.
const IDENTIFIERS: &[&str] = &[
    "subject_id",
    "snils",
    "holder_snils",
    "oktmo",
    "registry_no",
    "series",
    "number",
    "department_code",
    "confirmation_no",
];

/// What the import does with the rows.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// Import the good rows and leave out the bad ones.
    pub skip_invalid: bool,
    /// Check everything, write nothing.
    pub dry_run: bool,
    /// Whether an appointment's needed documents are looked up in the store (not when the
    /// rows are checked against an empty store because there is none).
    pub check_needs: bool,
}

/// One problem of a row, at the column (1-based; 0 when no column holds the field).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub column: usize,
    pub what: What,
}

/// What is wrong in a row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// A field's value, under the column's name as the file gives it.
    Field { header: String, error: FieldError },
    /// The row's shape: its width, a cell not UTF-8, a value under no header.
    Row(RowProblem),
}

/// Where an import tells what happens to rows as it goes (the edge writes it: stderr, a
/// reject file).
pub trait Report {
    /// A row refused: its line (the header is line 1), its problems, and its cells as read
    /// (`width`: the header's).
    fn rejected(
        &mut self,
        line: u64,
        problems: &[Problem],
        cells: &[String],
        width: usize,
    ) -> Result<()>;
    /// A row whose `id` belongs to an item with other data: skipped as a duplicate.
    fn id_taken(&mut self, line: u64, id: ItemId) -> Result<()>;
}

/// What an import did (SPEC.md's JSON summary).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Summary {
    pub added: u64,
    pub duplicates: u64,
    pub rejected: u64,
}

/// The columns an item kind has, and its fields.
fn columns(
    kind: ItemKind,
) -> (&'static [&'static str], &'static [(&'static str, &'static str)], &'static [Field]) {
    match kind {
        ItemKind::Record => (record::COLUMNS, record::ALIASES, record::FIELDS),
        ItemKind::Doc => (doc::COLUMNS, doc::ALIASES, doc::FIELDS),
        ItemKind::Application => (application::COLUMNS, application::ALIASES, application::FIELDS),
        ItemKind::Appt | ItemKind::Obligation => (appt::COLUMNS, appt::ALIASES, appt::FIELDS),
    }
}

/// An input opened and its header mapped: what the edge needs before the rows are read (the
/// reject file takes the header, the delimiter and the byte-order mark).
pub struct Opened {
    kind: ItemKind,
    /// The file as named (`-`: standard input or bytes).
    path: std::path::PathBuf,
    sheet: Sheet<Box<dyn Read + Send>>,
    /// The encoding was guessed because the bytes are not UTF-8 (worth telling the user).
    pub guessed: bool,
    /// The file began with a byte-order mark.
    pub bom: bool,
    pub delimiter: u8,
    /// Read as Excel writes: amounts with a decimal comma; in a `;` file, formula-looking text
    /// escaped with an apostrophe (taken off).
    conventions: Conventions,
}

impl Opened {
    /// The header row as read.
    pub fn header(&self) -> &[String] {
        &self.sheet.header
    }

    /// The workbook sheet read, and the column of its first cell, when a workbook was.
    pub fn book(&self) -> Option<(&str, u32)> {
        self.sheet.book.as_ref().map(|(name, col)| (name.as_str(), *col))
    }
}

/// Stage one: opens the input and reads its header. `path` names it in messages; `wrap` sees
/// the raw bytes as they are read (a progress bar counts them).
pub fn open(
    source: Source,
    kind: ItemKind,
    read: &ReadOptions,
    wrap: impl FnOnce(Box<dyn Read + Send>) -> Box<dyn Read + Send>,
) -> Result<Opened> {
    let path = match source {
        Source::File(p) => {
            match std::fs::metadata(p) {
                Ok(m) if m.is_dir() => return Err(Error::IsADirectory(p.to_owned())),
                Ok(_) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    return Err(Error::NoSuchFile(p.to_owned()));
                }
                Err(e) => return Err(Error::CannotRead { path: p.to_owned(), source: e }),
            }
            p.to_owned()
        }
        _ => "-".into(),
    };
    let (names, aliases, fields) = columns(kind);
    let required: Vec<&'static str> =
        fields.iter().filter(|f| f.required).map(|f| f.name).collect();
    let cols = Columns { names, aliases, required: &required, text_only: IDENTIFIERS };
    let header_error = |e: SheetError| match e {
        SheetError::Empty => Error::EmptyFile(path.clone()),
        SheetError::NotUtf8 => Error::HeaderNotUtf8,
        SheetError::Io(e) => Error::CannotRead { path: path.clone(), source: e },
        SheetError::Header(problems) => Error::Header { problems, fields: names },
    };
    if let Source::File(p) = source
        && crate::io::book::is_workbook(p)
    {
        let preferred: Vec<String> =
            crate::io::xlsx::sheet_names(kind).iter().map(|n| (*n).to_owned()).collect();
        let book =
            crate::io::book::read(p, read.sheet.as_deref(), &preferred).map_err(|e| match e {
                crate::io::book::BookError::NoSuchSheet { name, sheets } => {
                    Error::NoSuchSheet { path: path.clone(), name, sheets }
                }
                crate::io::book::BookError::Unreadable(why) => {
                    Error::Workbook { path: path.clone(), why }
                }
            })?;
        let sheet =
            Sheet::<Box<dyn Read + Send>>::from_book(book, &cols, &read.maps, read.ignore_unknown)
                .map_err(header_error)?;
        // Cells are typed: no decimal comma to read, no apostrophe to take off.
        let conventions = Conventions { book: true, ..Conventions::default() };
        return Ok(Opened {
            kind,
            path,
            sheet,
            guessed: false,
            bom: false,
            delimiter: b',',
            conventions,
        });
    }
    let input = sheet::open(source, read.encoding, read.delimiter, wrap).map_err(|e| {
        match e.get_ref().and_then(|inner| inner.downcast_ref::<sheet::NotText>()) {
            Some(what) => Error::NotCsv { path: path.clone(), what: *what },
            None => Error::CannotRead { path: path.clone(), source: e },
        }
    })?;
    let sheet = Sheet::new(input.reader, input.delimiter, &cols, &read.maps, read.ignore_unknown)
        .map_err(header_error)?;
    let excel = input.delimiter == b';';
    let conventions =
        Conventions { unescape: excel, decimal_comma: excel || read.decimal_comma, book: false };
    Ok(Opened {
        kind,
        path,
        sheet,
        guessed: input.guessed,
        bom: input.bom,
        delimiter: input.delimiter,
        conventions,
    })
}

/// A batch of checked rows, from the reading thread to the store's (and back, to be freed
/// where it was allocated).
type Batch = Vec<std::io::Result<Checked>>;

/// Stages two and three: checks every row and writes the good ones, in one transaction that
/// commits only when nothing was refused (or `skip_invalid`) and this is not a dry run. The
/// import is logged as one entry naming the file, its counts and the IDs it added.
pub fn run(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    opened: Opened,
    opts: Options,
    report: &mut dyn Report,
) -> Result<Summary> {
    store.set_cache_kib(IMPORT_CACHE_KIB)?;
    let Opened { kind, path, mut sheet, conventions, .. } = opened;
    let file = path.file_name().map(|n| n.to_string_lossy().into_owned());
    let layout = Layout { header: sheet.header.clone(), fields: sheet.fields.clone(), conventions };
    store.write_if(|tx| {
        let sealer = (!opts.dry_run).then(|| tx.sealer());
        let preparer = Preparer {
            kind,
            now: env.now,
            zone: env.zone,
            calendar: &env.calendar,
            layout: &layout,
            sealer,
        };
        let mut writer = Writer {
            tx,
            batch: tx.batch(kind)?,
            kind,
            now: env.now,
            layout: &layout,
            needs: opts.check_needs,
            report,
            sum: Summary::default(),
            added: Vec::new(),
        };
        // Two stages on two threads: this one writes, the other reads and checks rows, in
        // file order. The bounded channel keeps memory flat.
        let (send, receive) = mpsc::sync_channel::<Batch>(CHANNEL_BATCHES);
        // Batches the store's side is done with go back to be emptied there, so that what that
        // thread allocated is freed by it: cheaper for both, and this thread, the one the
        // import waits for, does not spend its time freeing.
        let (give_back, take_back) = mpsc::channel::<Batch>();
        let written = std::thread::scope(|scope| {
            scope.spawn(|| read_rows(&mut sheet, &preparer, send, take_back));
            for batch in receive {
                for checked in &batch {
                    let checked = checked.as_ref().map_err(|e| Error::CannotRead {
                        path: path.clone(),
                        source: std::io::Error::new(e.kind(), e.to_string()),
                    })?;
                    writer.row(checked)?;
                }
                // Gone when the reading side has finished: then it is freed here.
                let _ = give_back.send(batch);
            }
            Ok::<_, Error>(())
        });
        written?;
        let Writer { batch, sum, added, .. } = writer;
        let commit = !opts.dry_run && (sum.rejected == 0 || opts.skip_invalid);
        batch.finish(commit, &added)?;
        if commit && sum.added > 0 {
            // One entry for the batch: the file, the counts and the IDs it added.
            let after = serde_json::json!({
                "file": file, "table": crate::store::audit::table(kind), "added": sum.added,
                "duplicates": sum.duplicates, "rejected": sum.rejected, "ids": added,
            });
            tx.log(actor, "import", None, None, Some(&after.to_string()))?;
        }
        Ok((sum, commit))
    })
}

/// The reading stage's loop: reads, checks and hands over rows in batches until the file ends,
/// it cannot be read, or the store's side stops taking them.
fn read_rows(
    sheet: &mut Sheet<Box<dyn Read + Send>>,
    preparer: &Preparer,
    send: mpsc::SyncSender<Batch>,
    take_back: mpsc::Receiver<Batch>,
) {
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
}

/// Reads and checks CSV bytes the way an import does before it consults the store: the
/// encoding, the delimiter, the header, every row through the same rules. Returns the good and
/// the bad rows' counts, or why the bytes cannot be read at all. Nothing is written, no store
/// is needed: for the fuzzer and for tests.
pub fn check_bytes(bytes: &[u8], kind: ItemKind, env: &Env) -> Result<(u64, u64)> {
    let opened = open(Source::Bytes(bytes), kind, &ReadOptions::default(), |r| r)?;
    let Opened { mut sheet, conventions, .. } = opened;
    let layout = Layout { header: sheet.header.clone(), fields: sheet.fields.clone(), conventions };
    let preparer = Preparer {
        kind,
        now: env.now,
        zone: env.zone,
        calendar: &env.calendar,
        layout: &layout,
        sealer: None,
    };
    let (mut good, mut bad) = (0, 0);
    while let Some(next) = sheet.next_row() {
        match next.map_err(|e| Error::CannotRead { path: "-".into(), source: e })? {
            Ok(mut row) => match preparer.prepare(&mut row) {
                Outcome::Good(_) => good += 1,
                Outcome::Bad(_) => bad += 1,
            },
            Err(_) => bad += 1,
        }
    }
    Ok((good, bad))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::appt::Reminders;

    /// What a test's report was told.
    #[derive(Default)]
    struct Told {
        rejected: Vec<(u64, Vec<Problem>, usize)>,
        taken: Vec<(u64, ItemId)>,
    }

    impl Report for Told {
        fn rejected(&mut self, line: u64, p: &[Problem], cells: &[String], _: usize) -> Result<()> {
            self.rejected.push((line, p.to_vec(), cells.len()));
            Ok(())
        }
        fn id_taken(&mut self, line: u64, id: ItemId) -> Result<()> {
            self.taken.push((line, id));
            Ok(())
        }
    }

    fn env() -> Env {
        let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap_or_default();
        Env {
            now,
            zone: chrono_tz::Europe::Moscow,
            calendar: crate::calendar::Calendar::builtin(),
            leads: Default::default(),
            reminders: Reminders::default(),
            expire_days: crate::domain::application::DEFAULT_EXPIRE_DAYS,
        }
    }

    fn actor() -> Actor {
        Actor { at: env().now, who: "t@h".into(), command: "import".into() }
    }

    /// Imports `csv` into `store` from memory, as `kabinet import` would a file.
    fn import(store: &mut Store, csv: &str, opts: Options, told: &mut Told) -> Result<Summary> {
        let opened =
            open(Source::Bytes(csv.as_bytes()), ItemKind::Record, &ReadOptions::default(), |r| r)?;
        run(store, &env(), &actor(), opened, opts, told)
    }

    const ROWS: &str = "subject_id;event_date;type;result\n\
                        17;20.11.2026;осмотр;здоров\n\
                        18;20.11.2026;прививка;выполнена\n";

    #[test]
    fn rows_from_memory_go_in_once_and_a_second_time_are_duplicates() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::scratch(dir.path()).expect("store");
        let opts = Options { check_needs: true, ..Options::default() };
        let mut told = Told::default();
        let first = import(&mut store, ROWS, opts, &mut told).expect("import");
        assert_eq!(first, Summary { added: 2, duplicates: 0, rejected: 0 });
        let again = import(&mut store, ROWS, opts, &mut told).expect("import");
        assert_eq!(again, Summary { added: 0, duplicates: 2, rejected: 0 });
        assert!(told.rejected.is_empty() && told.taken.is_empty());
        let log = store.read().log(None, None).expect("log");
        assert_eq!(log.iter().filter(|e| e.action == "import").count(), 1, "one entry per batch");
    }

    #[test]
    fn a_bad_row_is_named_by_line_and_column_and_nothing_is_written() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = Store::scratch(dir.path()).expect("store");
        let csv = format!("{ROWS}19;31.02.2026;осмотр;здоров\n");
        let mut told = Told::default();
        let opts = Options { check_needs: true, ..Options::default() };
        let sum = import(&mut store, &csv, opts, &mut told).expect("import");
        assert_eq!(sum, Summary { added: 2, duplicates: 0, rejected: 1 });
        let (line, problems, cells) = &told.rejected[0];
        assert_eq!((*line, *cells), (4, 4));
        assert_eq!(problems[0].column, 2);
        assert!(matches!(&problems[0].what, What::Field { header, .. } if header == "event_date"));
        assert!(store.read().record(1).expect("read").is_none(), "all rows or none");
        let skip = Options { skip_invalid: true, check_needs: true, ..Options::default() };
        let sum = import(&mut store, &csv, skip, &mut Told::default()).expect("import");
        assert_eq!((sum.added, sum.rejected), (2, 1));
        assert!(store.read().record(2).expect("read").is_some());
    }

    #[test]
    fn bytes_that_are_not_csv_or_have_no_header_are_refused_whole() {
        let env = env();
        let workbook = b"PK\x03\x04 a zipped workbook";
        assert!(matches!(check_bytes(workbook, ItemKind::Record, &env), Err(Error::NotCsv { .. })));
        assert!(matches!(check_bytes(b"", ItemKind::Doc, &env), Err(Error::EmptyFile(_))));
        let unknown = check_bytes(b"who;what\n1;2\n", ItemKind::Appt, &env);
        assert!(matches!(unknown, Err(Error::Header { .. })), "{unknown:?}");
        assert_eq!(check_bytes(ROWS.as_bytes(), ItemKind::Record, &env).expect("rows"), (2, 0));
    }
}

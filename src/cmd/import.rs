//! `kabinet import` and `kabinet validate --file`: a CSV file into the store in one
//! transaction, every row through the same rules as `add`, all rows or none — with a progress
//! bar on a terminal, problems on stderr as `LINE:COLUMN: reason`, and the bad rows in a reject
//! file when asked.

use std::borrow::Cow;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::path::{Path, PathBuf};

use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::args::{ItemKindArg, ReadArgs};
use super::context::{Format, TIME_ZONE_KEY};
use super::failure::{Failure, Result};
use super::output::{say, to_stderr, warn};
use super::session::{Session, check_not_passphrase, check_output};
use crate::app::import::{self, Options, Problem, Report, Summary, What};
use crate::domain::{ItemId, shown};
use crate::i18n;
use crate::io::excel;
use crate::io::files::{OutFile, temp_dir};
use crate::io::output::{self, csv_error};
use crate::io::sheet::{RowProblem, Source};
use crate::store::Store;

pub const IMPORT_HELP: &str = "\
Examples:
  kabinet import journal.csv --kind record
  kabinet import registry.csv --kind doc --encoding windows-1251 --delimiter ';'
  kabinet import visits.csv --kind record --map 'Дата визита=event_date' --ignore-unknown
  kabinet import big.csv --kind record --skip-invalid --reject-file rejected.csv
  kabinet import journal.csv --kind record --dry-run --format json

All rows or none: one bad row means nothing is imported (exit 5), unless --skip-invalid.
Errors are reported as LINE:COLUMN: reason, the header being line 1. Rows already in the
store (same natural key, or the same id) are skipped, so importing a file twice adds nothing.";

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (`-` for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// What the file holds
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: ItemKindArg,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Import the good rows and leave out the bad ones (exit 0)
    #[arg(long)]
    pub skip_invalid: bool,
    /// With --skip-invalid: write the bad rows here, as read, with a `reason` column
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub reject_file: Option<PathBuf>,
    /// Check everything, write nothing, and report what would be imported
    #[arg(long)]
    pub dry_run: bool,
}

/// Files larger than this get a progress bar (on a terminal only).
const PROGRESS_BYTES: u64 = 4 << 20;
/// "Already there with other data" notes printed before summing up the rest.
const MAX_NOTES: u64 = 10;

pub fn run(s: &mut Session, a: &ImportArgs, out: &mut dyn Write) -> Result<()> {
    let opts = Options { skip_invalid: a.skip_invalid, dry_run: a.dry_run, check_needs: true };
    import(s, &a.file, a.kind, &a.read, a.reject_file.as_deref(), opts, out)
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
    check_not_passphrase(s.ctx.passphrase_file.as_deref(), file)?;
    let mut opts = Options { skip_invalid: false, dry_run: true, check_needs: true };
    if s.ctx.has_store() {
        return import(s, file, kind, read, None, opts, out);
    }
    warn(&s.ctx, &i18n::checked_without_store(&s.ctx.store_path));
    let dir = temp_dir(".kabinet-validate-")?;
    let mut store = Store::scratch(dir.path())?;
    // Dates and times read in the zone the store would be made with.
    store.set_setting(TIME_ZONE_KEY, s.ctx.zone().name())?;
    s.set_store(store)?;
    opts.check_needs = false;
    let checked = import(s, file, kind, read, None, opts, out);
    s.forget_store();
    drop(dir);
    checked
}

fn import(
    s: &mut Session,
    file: &Path,
    kind: ItemKindArg,
    read: &ReadArgs,
    reject_file: Option<&Path>,
    opts: Options,
    out: &mut dyn Write,
) -> Result<()> {
    check_not_passphrase(s.ctx.passphrase_file.as_deref(), file)?;
    // Unlock first: a wrong passphrase (or a kind the user may not see) fails before the
    // file is read.
    s.require_kind(kind.kind())?;
    let source = Source::of_path(file);
    if matches!(source, Source::Stdin) && s.ctx.interactive {
        // Typed or pasted rows: say how to end them, or the command seems to hang.
        to_stderr(&i18n::reading_terminal());
    }
    let size = match source {
        Source::File(p) => std::fs::metadata(p).ok().map(|m| m.len()),
        _ => None,
    };
    // A workbook is read whole before its rows are checked: no bytes to count as they go.
    let book = matches!(source, Source::File(p) if crate::io::book::is_workbook(p));
    let bar = if book { None } else { progress_bar(size) };
    let wrap_bar = bar.clone();
    let opened = import::open(source, kind.kind(), &read.options(), move |r| match &wrap_bar {
        Some(b) => Box::new(b.wrap_read(r)),
        None => r,
    })?;
    if opened.guessed {
        // Said even with --quiet: it changes what is read.
        to_stderr(&i18n::warning(&i18n::guessed_encoding(file)));
    }
    if let Some(path) = reject_file {
        check_output(&s.ctx, path, Some(file))?;
    }
    let rejects = match reject_file {
        // A dry run validates only: the bad rows are reported, no file is written.
        Some(path) if opts.dry_run => {
            if !s.ctx.quiet {
                to_stderr(&i18n::warning(&i18n::dry_run_no_rejects(path)));
            }
            None
        }
        Some(path) => Some(Rejects::create(path, opened.header(), opened.delimiter, opened.bom)?),
        None => None,
    };
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let mut said = Said {
        bar: bar.clone(),
        out: BufWriter::new(io::stderr()),
        rejects,
        notes: 0,
        quiet: ctx.quiet,
        book: opened.book().map(|(name, col)| (name.to_owned(), col)),
    };
    let result = import::run(store, &ctx.env, &actor, opened, opts, &mut said);
    if result.is_ok() && said.notes > MAX_NOTES && !ctx.quiet {
        said.line(&i18n::warning(&i18n::more_notes(said.notes - MAX_NOTES)))?;
    }
    said.flush()?;
    if let Some(b) = bar {
        b.finish_and_clear();
    }
    let mut summary = result?;
    if let Some(r) = said.rejects.take() {
        r.finish()?;
    }
    let refused = summary.rejected > 0 && !opts.skip_invalid;
    if refused && !opts.dry_run {
        // Rolled back: say what happened, not what would have.
        summary = Summary { rejected: summary.rejected, ..Summary::default() };
    }
    match ctx.format {
        Format::Table | Format::Csv if refused && !opts.dry_run => {}
        Format::Json => output::write_json(out, &summary)?,
        Format::Table | Format::Csv => {
            let Summary { added, duplicates, rejected } = summary;
            say(ctx, out, &i18n::import_summary(added, duplicates, rejected, opts.dry_run))?
        }
    }
    if refused {
        out.flush()?;
        let refusal =
            crate::app::Error::Refused { rejected: summary.rejected, dry_run: opts.dry_run };
        return Err(refusal.into());
    }
    if summary.rejected > 0 {
        warn(ctx, &i18n::file_refused(summary.rejected));
    }
    Ok(())
}

/// What an import says as it goes: each bad row's problems on stderr (and the row in the reject
/// file), the first rows whose ID is taken. Stderr is not held locked: the reading thread
/// draws the progress bar on it; while a bar is drawn, a line is printed with the bar lifted
/// so the two do not mix.
struct Said {
    bar: Option<ProgressBar>,
    out: BufWriter<io::Stderr>,
    rejects: Option<Rejects>,
    notes: u64,
    quiet: bool,
    /// A workbook's sheet and first column: problems are named `Лист1!C17`, not `17:3`.
    book: Option<(String, u32)>,
}

impl Said {
    /// Where a problem is: `LINE:COLUMN` in a CSV file, `SHEET!CELL` in a workbook.
    fn place(&self, line: u64, column: usize) -> String {
        match &self.book {
            Some((sheet, _)) if column == 0 => format!("{sheet}!{line}"),
            Some((sheet, first)) => {
                let letters = crate::io::book::column_letters(first + column as u32 - 1);
                format!("{sheet}!{letters}{line}")
            }
            None => format!("{line}:{column}"),
        }
    }

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

impl Report for Said {
    fn rejected(
        &mut self,
        line: u64,
        problems: &[Problem],
        cells: &[String],
        width: usize,
    ) -> crate::app::Result<()> {
        let texts: Vec<String> = problems.iter().map(problem_text).collect();
        for (p, text) in problems.iter().zip(&texts) {
            let place = self.place(line, p.column);
            self.line(&format!("{place}: {text}"))?;
        }
        if let Some(r) = self.rejects.as_mut() {
            r.push(cells, width, &texts.join("; ")).map_err(crate::app::Error::Output)?;
        }
        Ok(())
    }

    fn id_taken(&mut self, line: u64, id: ItemId) -> crate::app::Result<()> {
        self.notes += 1;
        if self.notes <= MAX_NOTES && !self.quiet {
            self.line(&i18n::warning(&i18n::id_taken(line, id)))?;
        }
        Ok(())
    }
}

/// A problem of a row as its line says it (after `LINE:COLUMN: `).
fn problem_text(p: &Problem) -> String {
    match &p.what {
        What::Field { header, error } if error.value.is_empty() => {
            format!("{header}: {}", i18n::problem(&error.problem))
        }
        What::Field { header, error } => {
            format!("{header}: {}: {}", shown(&error.value), i18n::problem(&error.problem))
        }
        What::Row(RowProblem::NotUtf8 { .. }) => i18n::cell_not_utf8(),
        What::Row(RowProblem::Width { expected, found }) => i18n::row_width(*expected, *found),
        What::Row(RowProblem::Unheaded { .. }) => i18n::unheaded_value(),
        What::Row(RowProblem::NumberInText { .. }) => i18n::number_in_text(),
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

/// The reject file: written beside its final path and renamed into place at the end, so a
/// failed import leaves no half-written file. Owner-only permissions: it holds personal data.
/// `-` is standard output; a pipe or device (`--reject-file /dev/stderr`) is written to as it is.
struct Rejects {
    csv: csv::Writer<BufWriter<OutFile>>,
    /// A `;` file is for Excel: formula-looking text is escaped as `export --excel` does.
    excel: bool,
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
        csv.write_record(&head).map_err(csv_error)?;
        Ok(Rejects { csv, excel: delimiter == b';' })
    }

    fn push<'a>(
        &mut self,
        cells: &'a [String],
        width: usize,
        reason: &'a str,
    ) -> crate::io::Result<()> {
        let escape = |s: &'a str| if self.excel { excel::escape(s) } else { Cow::Borrowed(s) };
        let mut rec: Vec<Cow<str>> = cells.iter().map(|c| escape(c)).collect();
        rec.resize(width.max(rec.len()), Cow::Borrowed(""));
        rec.push(escape(reason));
        self.csv.write_record(rec.iter().map(|c| c.as_bytes())).map_err(csv_error)
    }

    fn finish(self) -> Result<()> {
        let w = self.csv.into_inner().map_err(|e| Failure::io(i18n::io_error(e.error())))?;
        let file = w.into_inner().map_err(|e| Failure::io(i18n::io_error(e.error())))?;
        Ok(file.finish()?)
    }
}

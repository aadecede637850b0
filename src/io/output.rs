//! Rendering lists and single items as a table (fitted to the terminal), JSON or CSV.

use std::borrow::Cow;
use std::io::Write;

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};
use serde::Serialize;

use super::{Error, Result};
use crate::domain::{is_hidden, printable};

/// Narrower than this, a terminal's width is taken as unknown: a pseudo-terminal nobody sized
/// (a serial console, `script` in a job) says 0 columns, and a table fitted to that would
/// stand one letter per line.
const MIN_TERMINAL_COLUMNS: u16 = 20;

fn base_table() -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    if t.width().is_some_and(|w| w < MIN_TERMINAL_COLUMNS) {
        t.force_no_tty();
    }
    t
}

/// A table with a header row (see [`TableWriter`]). One longer than a chunk is laid out by the
/// widest value of each column, as it would be whole: the same widths on a wide enough terminal
/// or in a pipe, so nothing in it wraps that would not have wrapped anyway.
pub fn write_table(out: &mut dyn Write, headers: &[String], rows: &[Vec<String>]) -> Result<()> {
    let mut t = TableWriter::new(out, headers);
    if rows.len() > TABLE_CHUNK {
        let widest: Vec<String> = (0..headers.len())
            .map(|i| {
                let values = rows.iter().filter_map(|r| r.get(i));
                values.max_by_key(|v| shown_width(v)).cloned().unwrap_or_default()
            })
            .collect();
        t.lay_out(&[widest]);
    }
    for r in rows {
        t.push(r.clone())?;
    }
    t.finish()
}

/// Characters in the longest line of a value: its width in a table (for the alphabets kabinet
/// meets; comfy-table measures East Asian wide characters as two).
fn shown_width(v: &str) -> usize {
    v.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Rows of one table rendered [`TABLE_CHUNK`] at a time, as they come: the columns are sized
/// (and fitted to the terminal) by the first chunk, or by [`TableWriter::lay_out`], and later
/// chunks keep those widths, a longer value wrapping in its cell. A table of a million records
/// used to be laid out whole: 33 s before its first line, 3 GB of memory; now the first lines
/// come at once and memory stays that of a chunk. A table of up to [`TABLE_CHUNK`] rows is
/// exactly the one laid out whole.
pub struct TableWriter<'w> {
    out: &'w mut dyn Write,
    headers: Vec<String>,
    rows: Vec<Vec<String>>,
    /// The columns' widths, padding included, once set by the first chunk or `lay_out`.
    widths: Option<Vec<u16>>,
    /// Widths the layout gives at least, padding included ([`TableWriter::at_least`]).
    least: Vec<(usize, u16)>,
    /// Whether the top line and the header are written.
    started: bool,
}

/// Rows laid out at a time by [`TableWriter`].
pub const TABLE_CHUNK: usize = 1000;

impl<'w> TableWriter<'w> {
    pub fn new(out: &'w mut dyn Write, headers: &[String]) -> TableWriter<'w> {
        TableWriter {
            out,
            headers: headers.to_vec(),
            rows: Vec::new(),
            widths: None,
            least: vec![],
            started: false,
        }
    }

    /// Makes `column` hold `chars` characters unwrapped: for a column that must not wrap (an
    /// ID, a status word) whose widest value may come after the first chunk. A table of one
    /// chunk does without.
    pub fn at_least(mut self, column: usize, chars: usize) -> Self {
        self.least.push((column, u16::try_from(chars + 2).unwrap_or(u16::MAX)));
        self
    }

    /// Sizes the columns for `rows` (with the header) instead of by the first chunk.
    pub fn lay_out(&mut self, rows: &[Vec<String>]) {
        let mut t = self.table(true);
        for r in rows {
            t.add_row(r);
        }
        self.widths = t.lines().next().map(|top| border_widths(&top));
    }

    pub fn push(&mut self, row: Vec<String>) -> Result<()> {
        self.rows.push(row.into_iter().map(cell).collect());
        if self.rows.len() > TABLE_CHUNK {
            // One row is kept back, so that the last chunk, which closes the table, has rows.
            let kept = self.rows.pop();
            self.render(false)?;
            self.rows.extend(kept);
        }
        Ok(())
    }

    /// Renders what is left and closes the table (an empty one is its header alone).
    pub fn finish(mut self) -> Result<()> {
        self.render(true)
    }

    /// An empty table with the header, the widths, or else (`least`) the least widths.
    fn table(&self, least: bool) -> Table {
        let mut t = base_table();
        t.set_header(&self.headers);
        match &self.widths {
            Some(widths) => {
                t.set_constraints(
                    widths.iter().map(|w| ColumnConstraint::Absolute(Width::Fixed(*w))),
                );
            }
            None if least => {
                for &(i, w) in &self.least {
                    if let Some(c) = t.column_mut(i) {
                        c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(w)));
                    }
                }
            }
            None => {}
        }
        t
    }

    fn render(&mut self, last: bool) -> Result<()> {
        // A table that is all one chunk is laid out as it is, least widths or not.
        let mut t = self.table(!last || self.started);
        for r in self.rows.drain(..) {
            t.add_row(r);
        }
        // The first chunk is written whole but for the closing line; a later one without its
        // top line and header, which the first wrote.
        let mut body = !self.started;
        self.started = true;
        // Line by line: `{t}` would join every line into one more copy of the table.
        for (i, line) in t.lines().enumerate() {
            if i == 0 && self.widths.is_none() {
                self.widths = Some(border_widths(&line));
            }
            if !body {
                body = line.starts_with('╞');
                continue;
            }
            if !last && line.starts_with('└') {
                continue;
            }
            writeln!(self.out, "{line}")?;
        }
        Ok(())
    }
}

/// The widths of the columns under a top border such as `┌────┬──────┐`.
fn border_widths(line: &str) -> Vec<u16> {
    line.trim_start_matches('┌')
        .trim_end_matches('┐')
        .split('┬')
        .map(|s| u16::try_from(s.chars().count()).unwrap_or(u16::MAX))
        .collect()
}

/// A value as a table shows it: what would drive the terminal escaped ([`printable`]), a tab
/// as a space (the table lays out the columns).
fn cell(value: String) -> String {
    match printable(&value) {
        Cow::Borrowed(_) if !value.contains('\t') => value,
        shown => shown.replace('\t', " "),
    }
}

/// Standard output when it is a terminal: what is written passes with every character that
/// would drive the terminal ([`is_hidden`]) but a line break, a tab and the carriage return of
/// a CRLF written as an escape (`\u{1b}`), and bytes that are not UTF-8 as `\xNN`. CSV and
/// JSON of the data, shown on a screen, then cannot clear it, retitle it or overwrite a line;
/// piped or redirected, they stay byte for byte.
pub struct Printable<W: Write> {
    inner: W,
    /// The end of the last write that may belong to the next: an unfinished UTF-8 sequence or
    /// a carriage return whose line feed is yet to come.
    carry: Vec<u8>,
}

impl<W: Write> Printable<W> {
    pub fn new(inner: W) -> Printable<W> {
        Printable { inner, carry: Vec::new() }
    }

    /// Writes out `carry` up to where it may still continue (all of it when `last`).
    fn pass(&mut self, last: bool) -> std::io::Result<()> {
        let mut out = String::with_capacity(self.carry.len() + 16);
        let mut at = 0;
        let bytes = std::mem::take(&mut self.carry);
        while at < bytes.len() {
            match std::str::from_utf8(&bytes[at..]) {
                Ok(text) => {
                    at += escape_into(&mut out, text, last);
                    break;
                }
                Err(e) => {
                    let good = e.valid_up_to();
                    let text = std::str::from_utf8(&bytes[at..at + good]).unwrap_or_default();
                    at += escape_into(&mut out, text, true);
                    match e.error_len() {
                        Some(n) => {
                            for b in &bytes[at..at + n] {
                                out.push_str(&format!("\\x{b:02x}"));
                            }
                            at += n;
                        }
                        // An unfinished sequence: the next write may finish it.
                        None if !last => break,
                        None => {
                            for b in &bytes[at..] {
                                out.push_str(&format!("\\x{b:02x}"));
                            }
                            at = bytes.len();
                        }
                    }
                }
            }
        }
        self.carry = bytes[at..].to_vec();
        self.inner.write_all(out.as_bytes())
    }
}

/// Appends `text` to `out` with [`printable`]'s escapes, a CRLF's carriage return kept; returns
/// the bytes used: all, unless `text` ends in a carriage return and more may follow (`!last`).
fn escape_into(out: &mut String, text: &str, last: bool) -> usize {
    let used = if !last && text.ends_with('\r') { text.len() - 1 } else { text.len() };
    let mut chars = text[..used].chars().peekable();
    while let Some(c) = chars.next() {
        let keep = match c {
            '\n' | '\t' => true,
            '\r' => chars.peek() == Some(&'\n'),
            c => !is_hidden(c),
        };
        if keep {
            out.push(c);
        } else {
            out.extend(c.escape_default());
        }
    }
    used
}

impl<W: Write> Write for Printable<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.carry.extend_from_slice(buf);
        self.pass(false)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.pass(true)?;
        self.inner.flush()
    }
}

/// A two-column table of labels and values, for `show`.
pub fn write_pairs(out: &mut dyn Write, pairs: &[(String, String)]) -> Result<()> {
    let mut t = base_table();
    for (k, v) in pairs {
        t.add_row(vec![k.clone(), cell(v.clone())]);
    }
    writeln!(out, "{t}")?;
    Ok(())
}

/// One JSON document, pretty-printed, then a newline.
pub fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(json_error)?;
    writeln!(out)?;
    Ok(())
}

/// A JSON array written one element at a time, byte for byte as [`write_json`] writes the
/// whole array: a listing of a million items never holds them all.
pub struct JsonArray<'w> {
    out: &'w mut dyn Write,
    first: bool,
}

impl<'w> JsonArray<'w> {
    pub fn new(out: &'w mut dyn Write) -> Result<JsonArray<'w>> {
        out.write_all(b"[")?;
        Ok(JsonArray { out, first: true })
    }

    pub fn push<T: Serialize>(&mut self, value: &T) -> Result<()> {
        let text = serde_json::to_string_pretty(value).map_err(json_error)?;
        self.out.write_all(if self.first { b"\n" } else { b",\n" })?;
        self.first = false;
        // One level in: string values escape their line breaks, so every line is structure.
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.out.write_all(b"\n")?;
            }
            self.out.write_all(b"  ")?;
            self.out.write_all(line.as_bytes())?;
        }
        Ok(())
    }

    pub fn finish(self) -> Result<()> {
        self.out.write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        Ok(())
    }
}

/// [`write_csv`] one row at a time.
pub struct CsvRows<'w> {
    w: csv::Writer<&'w mut dyn Write>,
}

impl<'w> CsvRows<'w> {
    pub fn new(out: &'w mut dyn Write, header: &[&str]) -> Result<CsvRows<'w>> {
        let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
        w.write_record(header).map_err(csv_error)?;
        Ok(CsvRows { w })
    }

    pub fn push<T: Serialize>(&mut self, row: &T) -> Result<()> {
        self.w.serialize(row).map_err(csv_error)
    }

    pub fn finish(mut self) -> Result<()> {
        self.w.flush()?;
        Ok(())
    }
}

/// A listing written row by row, as a JSON array or as CSV: [`JsonArray`] or [`CsvRows`].
pub enum Rows<'w> {
    Json(JsonArray<'w>),
    Csv(Box<CsvRows<'w>>),
}

impl Rows<'_> {
    pub fn push<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match self {
            Rows::Json(j) => j.push(row),
            Rows::Csv(c) => c.push(row),
        }
    }

    pub fn finish(self) -> Result<()> {
        match self {
            Rows::Json(j) => j.finish(),
            Rows::Csv(c) => c.finish(),
        }
    }
}

/// Rows of an export, written as they come: RFC 4180 CSV (CRLF line ends; for Excel with
/// Russian settings a byte-order mark, `;`, decimal commas and no cell that runs as a formula),
/// or a JSON array of one object per line. Unlike
/// a listing's [`Rows`], a file for other programs: compact, and counted.
pub enum ExportRows<'a> {
    Csv(Box<csv::Writer<&'a mut (dyn Write + Send)>>, u64, Option<Box<ForExcel>>),
    Json(&'a mut (dyn Write + Send), u64),
    /// A sheet of a workbook (started by the caller, who saves the workbook).
    Xlsx(&'a mut super::xlsx::Book),
}

/// What an export for Excel does to each row: amounts with a decimal comma, and text that
/// begins like a formula escaped (see [`super::excel`]).
pub struct ForExcel {
    /// The columns holding amounts.
    amounts: Vec<usize>,
    /// A row serialised once more, to be split into its cells.
    scratch: Vec<u8>,
}

/// The columns that hold amounts, whatever the kind.
const AMOUNT_COLUMNS: [&str; 2] = ["amount", "fee"];

impl ForExcel {
    /// The row's cells as Excel must get them.
    fn cells<T: Serialize>(&mut self, row: &T) -> Result<Vec<String>> {
        let cells = super::cells::cells_of(row, &mut self.scratch)?;
        Ok(cells
            .into_iter()
            .enumerate()
            .map(|(i, text)| {
                let text = if self.amounts.contains(&i) {
                    super::excel::decimal_comma(&text).into_owned()
                } else {
                    text
                };
                super::excel::escape(&text).into_owned()
            })
            .collect())
    }
}

impl<'a> ExportRows<'a> {
    /// CSV rows under `columns` (the header is written now).
    pub fn csv(out: &'a mut (dyn Write + Send), excel: bool, columns: &[&str]) -> Result<Self> {
        if excel {
            out.write_all(b"\xEF\xBB\xBF")?;
        }
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .delimiter(if excel { b';' } else { b',' })
            .terminator(csv::Terminator::CRLF)
            .from_writer(out);
        w.write_record(columns).map_err(csv_error)?;
        let excel = excel.then(|| {
            let amounts = columns
                .iter()
                .enumerate()
                .filter(|(_, c)| AMOUNT_COLUMNS.contains(c))
                .map(|(i, _)| i)
                .collect();
            Box::new(ForExcel { amounts, scratch: Vec::new() })
        });
        Ok(ExportRows::Csv(Box::new(w), 0, excel))
    }

    /// A JSON array (its opening bracket is written now).
    pub fn json(out: &'a mut (dyn Write + Send)) -> Result<Self> {
        out.write_all(b"[")?;
        Ok(ExportRows::Json(out, 0))
    }

    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        match self {
            ExportRows::Csv(w, n, None) => {
                w.serialize(row).map_err(csv_error)?;
                *n += 1;
            }
            ExportRows::Csv(w, n, Some(excel)) => {
                w.write_record(excel.cells(row)?).map_err(csv_error)?;
                *n += 1;
            }
            ExportRows::Xlsx(book) => book.row(row)?,
            ExportRows::Json(out, n) => {
                out.write_all(if *n == 0 { b"\n" } else { b",\n" })?;
                serde_json::to_writer(&mut **out, row).map_err(json_error)?;
                *n += 1;
            }
        }
        Ok(())
    }

    /// Ends the rows; returns how many there were.
    pub fn finish(self) -> Result<u64> {
        match self {
            ExportRows::Csv(mut w, n, _) => {
                w.flush()?;
                Ok(n)
            }
            ExportRows::Json(out, n) => {
                out.write_all(if n == 0 { b"]\n" } else { b"\n]\n" })?;
                out.flush()?;
                Ok(n)
            }
            ExportRows::Xlsx(book) => book.end_sheet(),
        }
    }
}

/// RFC 4180 CSV: the header row (even for no rows), then one row per item.
pub fn write_csv<T: Serialize>(out: &mut dyn Write, header: &[&str], rows: &[T]) -> Result<()> {
    // LF line ends: this is for pipes into Unix tools; `export csv` writes RFC 4180's CRLF.
    let mut w = csv::WriterBuilder::new().has_headers(false).from_writer(out);
    w.write_record(header).map_err(csv_error)?;
    for r in rows {
        w.serialize(r).map_err(csv_error)?;
    }
    w.flush()?;
    Ok(())
}

pub use super::cells::csv_error;

/// A JSON writer's error: an I/O failure keeps its kind.
pub fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::Io(std::io::Error::from(kind)),
        None => Error::Format(format!("JSON: {e}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Serialize)]
    struct Row {
        id: String,
        text: Option<String>,
        n: Vec<u32>,
    }

    fn rows(k: usize) -> Vec<Row> {
        (0..k)
            .map(|i| Row {
                id: format!("R-{i}"),
                text: (i % 2 == 0).then(|| "строка\nвторая, \"кавычки\"".to_owned()),
                n: vec![1, 2],
            })
            .collect()
    }

    #[test]
    fn streamed_json_and_csv_match_the_whole_document_byte_for_byte() {
        for k in [0, 1, 3] {
            let rows = rows(k);
            let (mut whole, mut streamed) = (Vec::new(), Vec::new());
            write_json(&mut whole, &rows).expect("json");
            let mut a = JsonArray::new(&mut streamed).expect("new");
            for r in &rows {
                a.push(r).expect("push");
            }
            a.finish().expect("finish");
            assert_eq!(String::from_utf8_lossy(&streamed), String::from_utf8_lossy(&whole));

            let (mut whole, mut streamed) = (Vec::new(), Vec::new());
            let flat: Vec<(String, Option<String>)> =
                rows.iter().map(|r| (r.id.clone(), r.text.clone())).collect();
            write_csv(&mut whole, &["id", "text"], &flat).expect("csv");
            let mut c = CsvRows::new(&mut streamed, &["id", "text"]).expect("new");
            for r in &flat {
                c.push(r).expect("push");
            }
            c.finish().expect("finish");
            assert_eq!(streamed, whole);
        }
    }

    fn whole_table(headers: &[String], rows: &[Vec<String>]) -> String {
        let mut t = base_table();
        t.set_header(headers);
        for r in rows {
            t.add_row(r);
        }
        t.lines().map(|l| l + "\n").collect()
    }

    #[test]
    fn a_long_table_in_chunks_is_the_whole_table() {
        let headers = vec!["ID".to_owned(), "Субъект".to_owned(), "Статус".to_owned()];
        for n in [0, 1, TABLE_CHUNK, TABLE_CHUNK + 1, 2 * TABLE_CHUNK + 1, 3 * TABLE_CHUNK] {
            // Wider values after the first chunk, a two-line one among them.
            let rows: Vec<Vec<String>> = (1..=n)
                .map(|i| {
                    let name = if i == n {
                        "Иванов\nИван Иванович".into()
                    } else {
                        format!("И{i}")
                    };
                    let status = if i > 1500 { "исправлена" } else { "ok" };
                    vec![format!("R-{i}"), name, status.to_owned()]
                })
                .collect();
            let mut chunked = Vec::new();
            write_table(&mut chunked, &headers, &rows).expect("table");
            assert_eq!(String::from_utf8_lossy(&chunked), whole_table(&headers, &rows), "{n} rows");
        }
    }

    /// What `record list` does: rows written as they are read, the columns sized by the first
    /// chunk but for those told their widest value.
    fn streamed(rows: &[Vec<String>], id_width: Option<usize>) -> String {
        let headers = vec!["ID".to_owned(), "Текст".to_owned()];
        let mut out = Vec::new();
        let mut t = TableWriter::new(&mut out, &headers);
        if let Some(w) = id_width {
            t = t.at_least(0, w);
        }
        for r in rows {
            t.push(r.clone()).expect("push");
        }
        t.finish().expect("finish");
        String::from_utf8(out).expect("utf-8")
    }

    #[test]
    fn streamed_chunks_keep_the_first_chunks_widths_and_wrap_longer_values() {
        let mut rows: Vec<Vec<String>> =
            (0..TABLE_CHUNK).map(|i| vec![format!("R-{i:04}"), "коротко".to_owned()]).collect();
        rows.push(vec!["R-LONG".to_owned(), "очень длинное значение ячейки".to_owned()]);
        rows.push(vec!["R-LAST".to_owned(), "коротко".to_owned()]);
        let text = streamed(&rows, None);
        let lines: Vec<&str> = text.lines().collect();
        let width = lines[0].chars().count();
        assert!(lines.iter().all(|l| l.chars().count() == width), "{text}");
        // One header, one top and one bottom line; every value is there, the long one wrapped.
        for edge in ['┌', '╞', '└'] {
            assert_eq!(lines.iter().filter(|l| l.starts_with(edge)).count(), 1, "{edge}");
        }
        assert!(lines.last().is_some_and(|l| l.starts_with('└')));
        assert!(text.contains("R-LAST") && text.contains("R-0999") && text.contains("очень"));
        assert!(!lines.iter().any(|l| l.contains("очень длинное значение ячейки")));
    }

    #[test]
    fn a_column_told_its_widest_value_does_not_wrap_in_later_chunks() {
        let rows: Vec<Vec<String>> =
            (1..=2500).map(|i| vec![format!("R-{}", i * 99), "т".to_owned()]).collect();
        // The first chunk's IDs have up to 7 characters, the last 8.
        assert_eq!(streamed(&rows, Some(8)).lines().count(), 2500 + 4);
        assert!(streamed(&rows, None).lines().count() > 2500 + 4);
        // A table of one chunk is laid out as it is.
        let headers = vec!["ID".to_owned(), "Текст".to_owned()];
        assert_eq!(streamed(&rows[..10], Some(8)), whole_table(&headers, &rows[..10]));
    }

    /// What a terminal gets of `chunks` written one after another, then flushed.
    fn on_terminal(chunks: &[&[u8]]) -> String {
        let mut out = Printable::new(Vec::new());
        for c in chunks {
            out.write_all(c).expect("write");
        }
        out.flush().expect("flush");
        String::from_utf8(out.inner).expect("utf-8")
    }

    #[test]
    fn a_terminal_gets_every_driving_character_escaped_however_the_writes_split() {
        let hostile =
            "Злой\u{1b}[31mRED\u{1b}]0;HACKED\u{7}\u{1b}[2J,t\rOVER,\u{9b}2J,\u{202e}abc\r\n";
        let want = "Злой\\u{1b}[31mRED\\u{1b}]0;HACKED\\u{7}\\u{1b}[2J,t\\rOVER,\\u{9b}2J,\\u{202e}abc\r\n";
        assert_eq!(on_terminal(&[hostile.as_bytes()]), want);
        // Split at every byte: a UTF-8 sequence or a CRLF cut in two is still told right.
        let bytes = hostile.as_bytes();
        for at in 0..bytes.len() {
            assert_eq!(on_terminal(&[&bytes[..at], &bytes[at..]]), want, "split at {at}");
        }
        // Line breaks, tabs and Cyrillic pass; bytes that are not UTF-8 are shown as such.
        assert_eq!(on_terminal(&[b"a\tb\n\xd0\xaf\n"]), "a\tb\nЯ\n");
        assert_eq!(on_terminal(&[b"x\xff\xd0"]), "x\\xff\\xd0");
        assert_eq!(on_terminal(&[b"end\r"]), "end\\r");
    }

    #[test]
    fn a_table_cell_shows_escapes_and_a_tab_as_a_space() {
        let mut out = Vec::new();
        write_table(&mut out, &["A".to_owned()], &[vec!["x\u{1b}[2Jy\tz".to_owned()]])
            .expect("table");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.contains("x\\u{1b}[2Jy z"), "{text}");
        assert!(!text.contains('\u{1b}'));
    }
}

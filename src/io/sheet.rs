//! Reading spreadsheet exports: character encoding (UTF-8 with or without BOM, Windows-1251,
//! UTF-16 with a BOM), delimiter sniffing, and matching header cells to an item's fields by
//! name or alias.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Cursor, Read};
use std::path::Path;

use encoding_rs::WINDOWS_1251;

pub use super::header::{HeaderProblem, MapFault, map_header, normalize_header};
use encoding_rs_io::DecodeReaderBytesBuilder;

/// Character encodings an import accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Windows1251,
    /// Little- or big-endian, told by the byte-order mark Excel's "Unicode text" starts with.
    Utf16,
}

impl Encoding {
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Windows1251 => "windows-1251",
            Encoding::Utf16 => "UTF-16",
        }
    }
}

/// An opened input: decoded to UTF-8, BOM removed, with what was found out about it.
pub struct Input {
    pub reader: Box<dyn Read + Send>,
    pub encoding: Encoding,
    /// The encoding was guessed because the bytes are not UTF-8 (worth telling the user).
    pub guessed: bool,
    /// The file began with a byte-order mark (UTF-8 or UTF-16): it came from Excel or for it.
    pub bom: bool,
    /// The file's size in bytes, when known (for a progress bar).
    pub size: Option<u64>,
    pub delimiter: u8,
}

/// How much of standard input is looked at to tell UTF-8 from Windows-1251.
const SNIFF_BYTES: usize = 1 << 20;

/// What the bytes of a file say about its encoding: valid multi-byte UTF-8 sequences (Cyrillic
/// in UTF-8 is all of them) against bytes that cannot be UTF-8.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Tally {
    multibyte: u64,
    invalid: u64,
}

impl Tally {
    /// Counts `buf`; returns how many bytes it took: all but a sequence cut at the end, which
    /// the next chunk completes.
    fn add(&mut self, buf: &[u8]) -> usize {
        // A UTF-8 lead byte starts a multi-byte sequence; in valid text each one is one.
        let leads = |b: &[u8]| b.iter().filter(|&&x| x >= 0xC0).count() as u64;
        let mut rest = buf;
        loop {
            match simdutf8::compat::from_utf8(rest) {
                Ok(_) => {
                    self.multibyte += leads(rest);
                    return buf.len();
                }
                Err(e) => {
                    let (good, after) = rest.split_at(e.valid_up_to());
                    self.multibyte += leads(good);
                    match e.error_len() {
                        None => return buf.len() - after.len(),
                        Some(n) => {
                            self.invalid += 1;
                            rest = &after[n..];
                        }
                    }
                }
            }
        }
    }

    /// Clearly Windows-1251 already: enough bytes that cannot be UTF-8, few that can.
    fn settled(&self) -> bool {
        self.invalid >= 4096 && self.multibyte * 4 < self.invalid
    }

    /// UTF-8 unless bytes that cannot be UTF-8 outnumber the multi-byte sequences that are: a
    /// UTF-8 export with a stray damaged byte stays UTF-8 (that row is refused, naming the
    /// cell), where taking it all as Windows-1251 would turn every Cyrillic letter of the file
    /// into two wrong ones.
    fn encoding(&self) -> Encoding {
        if self.invalid > 0 && self.invalid >= self.multibyte {
            Encoding::Windows1251
        } else {
            Encoding::Utf8
        }
    }
}

/// UTF-8 or Windows-1251, by [`Tally`] over `r`, read in chunks so memory stays small (all of
/// it, unless it is clearly Windows-1251 sooner).
fn sniff(mut r: impl Read) -> io::Result<Encoding> {
    let mut buf = vec![0u8; 1 << 16];
    let mut carry = 0usize;
    let mut tally = Tally::default();
    loop {
        let n = r.read(&mut buf[carry..])?;
        if n == 0 {
            // A sequence cut by the end of the file counts as bytes that cannot be UTF-8.
            tally.invalid += u64::from(carry > 0);
            return Ok(tally.encoding());
        }
        let end = carry + n;
        let took = tally.add(&buf[..end]);
        buf.copy_within(took..end, 0);
        carry = end - took;
        if tally.settled() {
            return Ok(Encoding::Windows1251);
        }
    }
}

/// [`sniff`] for `bytes`, a prefix of a stream: a sequence cut at the end is not held against it.
fn sniff_prefix(bytes: &[u8]) -> Encoding {
    let mut tally = Tally::default();
    tally.add(bytes);
    tally.encoding()
}

/// What a file given to import is when it is not CSV text at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotText {
    /// A ZIP archive: an Excel `.xlsx` or a LibreOffice `.ods` workbook.
    Workbook,
    /// An OLE2 compound file: an Excel 97–2003 `.xls` workbook.
    OldWorkbook,
    /// NUL bytes near the start: some other binary file, or UTF-16 without its BOM.
    Binary,
}

impl std::fmt::Display for NotText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            NotText::Workbook => "an .xlsx/.ods workbook, not CSV",
            NotText::OldWorkbook => "an .xls workbook, not CSV",
            NotText::Binary => "not text (NUL bytes)",
        })
    }
}

impl std::error::Error for NotText {}

/// How many bytes at the start of a file are looked at for NUL bytes.
const BINARY_SNIFF_BYTES: usize = 8192;

/// What `head`, the first bytes of a file that has no UTF-16 BOM, says it is if not text.
/// Text in UTF-8 or Windows-1251 has no NUL bytes; spreadsheets' own formats start with
/// their containers' signatures.
fn not_text(head: &[u8]) -> Option<NotText> {
    if head.starts_with(b"PK\x03\x04") {
        Some(NotText::Workbook)
    } else if head.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") {
        Some(NotText::OldWorkbook)
    } else if head[..head.len().min(BINARY_SNIFF_BYTES)].contains(&0) {
        Some(NotText::Binary)
    } else {
        None
    }
}

/// Whether `head`, the first bytes of a file, is a UTF-16 byte-order mark.
fn utf16_bom(head: &[u8]) -> bool {
    head.starts_with(b"\xFF\xFE") || head.starts_with(b"\xFE\xFF")
}

/// Where the rows come from.
#[derive(Debug, Clone, Copy)]
pub enum Source<'a> {
    /// Standard input (`-`).
    Stdin,
    /// A file.
    File(&'a Path),
    /// Bytes in memory (tests, the fuzzer).
    Bytes(&'a [u8]),
}

impl<'a> Source<'a> {
    /// `-` is standard input; any other path a file.
    pub fn of_path(path: &'a Path) -> Source<'a> {
        if path == Path::new("-") { Source::Stdin } else { Source::File(path) }
    }
}

/// A stream read whole up to [`SNIFF_BYTES`] first (standard input, bytes): the raw reader, and
/// the encoding its head says.
fn sniff_stream(
    head: Vec<u8>,
    rest: Box<dyn Read + Send>,
) -> io::Result<(Box<dyn Read + Send>, Encoding)> {
    let found = if utf16_bom(&head) {
        Encoding::Utf16
    } else if let Some(what) = not_text(&head) {
        return Err(io::Error::new(io::ErrorKind::InvalidData, what));
    } else {
        sniff_prefix(&head)
    };
    Ok((Box::new(Cursor::new(head).chain(rest)), found))
}

/// Opens `source`, decoding it from `forced` or, when not given, from UTF-16 if it starts with
/// that BOM, else UTF-8 or — if the bytes are not UTF-8 — Windows-1251. `delimiter` overrides
/// sniffing. A workbook or a binary file fails with an `InvalidData` error holding a
/// [`NotText`]. `wrap` sees the raw bytes as they are read (a progress bar counts them).
pub fn open(
    source: Source,
    forced: Option<Encoding>,
    delimiter: Option<u8>,
    wrap: impl FnOnce(Box<dyn Read + Send>) -> Box<dyn Read + Send>,
) -> io::Result<Input> {
    // What the bytes say: UTF-16 (by its BOM), else UTF-8 or Windows-1251 by their tally.
    let (raw, size, sniffed): (Box<dyn Read + Send>, Option<u64>, Option<Encoding>) = match source {
        Source::Stdin => {
            let mut head = Vec::with_capacity(SNIFF_BYTES);
            io::stdin().lock().take(SNIFF_BYTES as u64).read_to_end(&mut head)?;
            // Short of the limit, the end was reached: reading on would wait for a second
            // Ctrl-D on a terminal, whose end of input is not for good as a pipe's is.
            let rest: Box<dyn Read + Send> = if head.len() < SNIFF_BYTES {
                Box::new(io::empty())
            } else {
                Box::new(io::stdin())
            };
            let (raw, found) = sniff_stream(head, rest)?;
            (raw, None, Some(found))
        }
        Source::Bytes(bytes) => {
            let (raw, found) = sniff_stream(bytes.to_vec(), Box::new(io::empty()))?;
            (raw, Some(bytes.len() as u64), Some(found))
        }
        Source::File(path) => {
            let size = std::fs::metadata(path)?.len();
            let mut file = BufReader::new(File::open(path)?);
            let head = file.fill_buf()?;
            let utf16 = utf16_bom(head);
            if let Some(what) = not_text(head).filter(|_| !utf16) {
                return Err(io::Error::new(io::ErrorKind::InvalidData, what));
            }
            let found = match forced {
                Some(_) => None,
                None => Some(if utf16 { Encoding::Utf16 } else { sniff(file)? }),
            };
            (Box::new(File::open(path)?), Some(size), found)
        }
    };
    let (encoding, guessed) = match (forced, sniffed) {
        (Some(e), _) => (e, false),
        (None, Some(e)) => (e, e == Encoding::Windows1251),
        (None, None) => (Encoding::Utf8, false),
    };
    let mut buffered = BufReader::with_capacity(1 << 16, wrap(raw));
    let head = buffered.fill_buf()?;
    let bom = head.starts_with(b"\xEF\xBB\xBF") || utf16_bom(head);
    // UTF-8 passes through untouched (invalid bytes are caught row by row); UTF-16 is turned
    // into UTF-8 by its BOM, which is removed like a UTF-8 one.
    let by_bom = matches!(encoding, Encoding::Utf8 | Encoding::Utf16);
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding((!by_bom).then_some(WINDOWS_1251))
        .bom_override(by_bom)
        .strip_bom(true)
        .build(buffered);
    let mut decoded = BufReader::with_capacity(1 << 16, decoded);
    // The first line tells the delimiter; it is read off and put back in front.
    let mut first = Vec::new();
    decoded.read_until(b'\n', &mut first)?;
    let delimiter = delimiter.unwrap_or_else(|| sniff_delimiter(&first));
    Ok(Input {
        reader: Box::new(LineEnds::new(Cursor::new(first).chain(decoded), delimiter)),
        encoding,
        guessed,
        bom,
        size,
        delimiter,
    })
}

/// Rewrites line ends so the CSV reader's line numbers are the file's: `\r\n` becomes `\n`,
/// and an empty line becomes a line holding one space (which the sheet skips as blank)
/// rather than vanishing from the count. Text inside quotes is left exactly as it is.
struct LineEnds<R> {
    inner: R,
    delimiter: u8,
    buf: Vec<u8>,
    out: Vec<u8>,
    pos: usize,
    in_quotes: bool,
    /// A `"` inside quotes: the end of the quoted text, or the first half of `""`.
    quote_pending: bool,
    cr_pending: bool,
    field_start: bool,
    line_empty: bool,
}

impl<R: Read> LineEnds<R> {
    fn new(inner: R, delimiter: u8) -> Self {
        LineEnds {
            inner,
            delimiter,
            buf: vec![0; 1 << 16],
            out: Vec::with_capacity(1 << 16),
            pos: 0,
            in_quotes: false,
            quote_pending: false,
            cr_pending: false,
            field_start: true,
            line_empty: true,
        }
    }

    fn unquoted(&mut self, b: u8) {
        match b {
            b'\r' => {
                self.cr_pending = true;
                return;
            }
            b'\n' => {
                if self.line_empty {
                    self.out.push(b' ');
                }
                self.out.push(b);
                self.field_start = true;
                self.line_empty = true;
                return;
            }
            b'"' if self.field_start => self.in_quotes = true,
            _ => {}
        }
        self.field_start = b == self.delimiter;
        self.line_empty = false;
        self.out.push(b);
    }

    fn byte(&mut self, b: u8) {
        if self.cr_pending {
            self.cr_pending = false;
            if b != b'\n' {
                // A lone CR ends a line for the CSV reader too; keep it.
                self.out.push(b'\r');
                self.field_start = true;
                self.line_empty = true;
            }
        }
        if self.quote_pending {
            self.quote_pending = false;
            if b == b'"' {
                self.out.push(b);
                return;
            }
            self.in_quotes = false;
        }
        if self.in_quotes {
            if b == b'"' {
                self.quote_pending = true;
            }
            self.out.push(b);
            return;
        }
        self.unquoted(b);
    }

    /// `byte` for each of the first `n` bytes of the buffer, copying runs that need no
    /// rewriting (up to the next quote, or outside quotes the next line end) in one go.
    fn feed(&mut self, n: usize) {
        let mut i = 0;
        while i < n {
            if !self.cr_pending && !self.quote_pending {
                let rest = &self.buf[i..n];
                let run = if self.in_quotes {
                    memchr::memchr(b'"', rest)
                } else {
                    memchr::memchr3(b'\r', b'\n', b'"', rest)
                }
                .unwrap_or(rest.len());
                if let Some(&last) = rest[..run].last() {
                    self.out.extend_from_slice(&rest[..run]);
                    if !self.in_quotes {
                        self.field_start = last == self.delimiter;
                        self.line_empty = false;
                    }
                    i += run;
                    continue;
                }
            }
            self.byte(self.buf[i]);
            i += 1;
        }
    }
}

impl<R: Read> Read for LineEnds<R> {
    fn read(&mut self, dest: &mut [u8]) -> io::Result<usize> {
        while self.pos == self.out.len() {
            self.out.clear();
            self.pos = 0;
            let n = self.inner.read(&mut self.buf)?;
            if n == 0 {
                if std::mem::take(&mut self.cr_pending) {
                    self.out.push(b'\r');
                    break;
                }
                return Ok(0);
            }
            self.feed(n);
        }
        let n = dest.len().min(self.out.len() - self.pos);
        dest[..n].copy_from_slice(&self.out[self.pos..self.pos + n]);
        self.pos += n;
        Ok(n)
    }
}

/// The most frequent of `,` `;` and tab outside quotes in a header line; `,` on a tie or when
/// none occurs (a one-column file).
pub fn sniff_delimiter(line: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in line {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = [b',', b';', b'\t']
        .into_iter()
        .zip(counts)
        .fold((b',', 0), |best, (d, n)| if n > best.1 { (d, n) } else { best });
    best.0
}

/// Why a data row could not be read into cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RowProblem {
    /// The bytes of this column are not UTF-8.
    NotUtf8 { column: usize },
    /// A workbook cell holding a number where the field is an identifier (leading zeros are
    /// lost that way): the column should be formatted as text.
    NumberInText { column: usize },
    /// The row has a different number of cells than the header.
    Width { expected: usize, found: usize },
    /// A value under a column without a header, and unknown columns are not ignored.
    Unheaded { column: usize },
}

/// One data row: where it starts, its cells as written, and which field each feeds.
#[derive(Debug, Clone)]
pub struct SheetRow {
    /// Line of the file where the row starts; the header is line 1.
    pub line: u64,
    pub cells: Vec<String>,
}

/// A CSV stream with a mapped header: yields data rows one at a time, so memory stays
/// bounded by the longest row, not the file.
pub struct Sheet<R: Read> {
    rows: Rows<R>,
    pub header: Vec<String>,
    pub fields: Vec<Option<&'static str>>,
    ignore_unknown: bool,
    /// The fields a number may not feed (identifiers), by column.
    text_only: Vec<bool>,
    /// Where the rows come from when a workbook: its sheet's name and first column.
    pub book: Option<(String, u32)>,
}

/// A row as read: the row, the first column whose bytes are not UTF-8, which cells were
/// numbers.
type Raw = (SheetRow, Option<usize>, Vec<bool>);

/// Where the rows come from: a CSV stream, or a workbook's sheet read whole.
enum Rows<R: Read> {
    Csv(Box<csv::Reader<R>>, csv::ByteRecord),
    /// A workbook's rows, with the columns before the header's first cell left out.
    Book(super::book::BookRows, usize),
}

/// Why a sheet could not be started.
#[derive(Debug)]
pub enum SheetError {
    /// No header row at all.
    Empty,
    Header(Vec<HeaderProblem>),
    /// The header row is not UTF-8.
    NotUtf8,
    Io(io::Error),
}

impl From<csv::Error> for SheetError {
    fn from(e: csv::Error) -> Self {
        match e.into_kind() {
            csv::ErrorKind::Io(e) => SheetError::Io(e),
            other => SheetError::Io(io::Error::other(format!("{other:?}"))),
        }
    }
}

/// Which columns an item kind has: canonical names, aliases, and the ones that must be there.
pub struct Columns<'a> {
    pub names: &'a [&'static str],
    pub aliases: &'a [(&'a str, &'static str)],
    pub required: &'a [&'static str],
    /// Identifiers: a workbook number in one of these is refused.
    pub text_only: &'a [&'static str],
}

impl Columns<'_> {
    /// The field each header cell names, and which of them a number may not feed.
    fn map(
        &self,
        header: &[String],
        maps: &[String],
        ignore_unknown: bool,
    ) -> Result<(Vec<Option<&'static str>>, Vec<bool>), SheetError> {
        let fields =
            map_header(header, self.names, self.aliases, self.required, maps, ignore_unknown)
                .map_err(SheetError::Header)?;
        let text_only =
            fields.iter().map(|f| f.is_some_and(|f| self.text_only.contains(&f))).collect();
        Ok((fields, text_only))
    }
}

impl<R: Read> Sheet<R> {
    /// Reads and maps the header row.
    pub fn new(
        reader: R,
        delimiter: u8,
        columns: &Columns,
        maps: &[String],
        ignore_unknown: bool,
    ) -> Result<Self, SheetError> {
        let mut csv = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(reader);
        let mut record = csv::ByteRecord::new();
        if !csv.read_byte_record(&mut record)? {
            return Err(SheetError::Empty);
        }
        let header: Vec<String> = record
            .iter()
            .map(|c| std::str::from_utf8(c).map(|s| s.trim().to_owned()))
            .collect::<Result<_, _>>()
            .map_err(|_| SheetError::NotUtf8)?;
        if header.iter().all(|h| h.is_empty()) {
            return Err(SheetError::Empty);
        }
        let (fields, text_only) = columns.map(&header, maps, ignore_unknown)?;
        Ok(Sheet {
            rows: Rows::Csv(Box::new(csv), record),
            header,
            fields,
            ignore_unknown,
            text_only,
            book: None,
        })
    }

    /// A workbook's sheet: its header is the first row with two cells or more (a caption
    /// above it, merged across the columns, is passed over).
    pub fn from_book(
        sheet: super::book::BookSheet,
        columns: &Columns,
        maps: &[String],
        ignore_unknown: bool,
    ) -> Result<Self, SheetError> {
        let mut rows = sheet.rows;
        let filled =
            |r: &super::book::BookRow| r.cells.iter().filter(|c| !c.trim().is_empty()).count();
        let head = loop {
            match rows.next() {
                None => return Err(SheetError::Empty),
                Some(Err(e)) => return Err(SheetError::Io(e)),
                Some(Ok(r)) if filled(&r) >= 2 => break r,
                Some(Ok(_)) => {}
            }
        };
        // Columns left of the header's first cell are not the table's.
        let skip = head.cells.iter().position(|c| !c.trim().is_empty()).unwrap_or(0);
        let mut header: Vec<String> =
            head.cells[skip..].iter().map(|c| c.trim().to_owned()).collect();
        while header.last().is_some_and(String::is_empty) {
            header.pop();
        }
        let (fields, text_only) = columns.map(&header, maps, ignore_unknown)?;
        Ok(Sheet {
            rows: Rows::Book(rows, skip),
            header,
            fields,
            ignore_unknown,
            text_only,
            book: Some((sheet.name, sheet.first_column + skip as u32)),
        })
    }

    /// The next row as read, with the first column whose bytes are not UTF-8 and whether each
    /// cell was a number.
    fn next_raw(&mut self) -> Option<io::Result<Raw>> {
        match &mut self.rows {
            Rows::Book(rows, skip) => rows.next().map(|r| {
                let mut r = r?;
                r.cells.drain(..(*skip).min(r.cells.len()));
                r.numbers.drain(..(*skip).min(r.numbers.len()));
                Ok((SheetRow { line: r.line, cells: r.cells }, None, r.numbers))
            }),
            Rows::Csv(csv, record) => {
                match csv.read_byte_record(record) {
                    Ok(false) => return None,
                    Ok(true) => {}
                    Err(e) => return Some(Err(io_error(e))),
                }
                let line = record.position().map_or(0, |p| p.line());
                let mut bad_utf8 = None;
                let cells: Vec<String> = record
                    .iter()
                    .enumerate()
                    .map(|(i, c)| match simdutf8::basic::from_utf8(c) {
                        Ok(s) => s.to_owned(),
                        Err(_) => {
                            bad_utf8.get_or_insert(i + 1);
                            String::from_utf8_lossy(c).into_owned()
                        }
                    })
                    .collect();
                Some(Ok((SheetRow { line, cells }, bad_utf8, Vec::new())))
            }
        }
    }

    /// The column (1-based) that feeds `field`.
    pub fn column_of(&self, field: &str) -> Option<usize> {
        self.fields.iter().position(|f| *f == Some(field)).map(|i| i + 1)
    }

    /// The next data row; rows with nothing but blank cells (Excel's `;;;;` lines) are
    /// skipped. `Err((line, cells, problem))` for a row that cannot be read into fields.
    #[allow(clippy::type_complexity)]
    pub fn next_row(
        &mut self,
    ) -> Option<Result<Result<SheetRow, (SheetRow, RowProblem)>, io::Error>> {
        loop {
            let (row, bad_utf8, numbers) = match self.next_raw()? {
                Ok(raw) => raw,
                Err(e) => return Some(Err(e)),
            };
            if row.cells.iter().all(|c| c.bytes().all(|b| b.is_ascii_whitespace())) {
                continue;
            }
            if let Some(column) = bad_utf8 {
                return Some(Ok(Err((row, RowProblem::NotUtf8 { column }))));
            }
            let number_in_text = numbers
                .iter()
                .zip(&self.text_only)
                .position(|(number, text_only)| *number && *text_only);
            if let Some(i) = number_in_text {
                return Some(Ok(Err((row, RowProblem::NumberInText { column: i + 1 }))));
            }
            let (expected, found) = (self.header.len(), row.cells.len());
            // A row cut short or with trailing empty cells is forgiven; extra values are not.
            let extra = row.cells.iter().skip(expected).any(|c| !c.trim().is_empty());
            if extra {
                return Some(Ok(Err((row, RowProblem::Width { expected, found }))));
            }
            if !self.ignore_unknown
                && let Some(i) = (0..expected.min(found))
                    .find(|&i| self.fields[i].is_none() && !row.cells[i].trim().is_empty())
            {
                return Some(Ok(Err((row, RowProblem::Unheaded { column: i + 1 }))));
            }
            return Some(Ok(Ok(row)));
        }
    }

    /// The value of `field` in `row`, if the sheet has that column.
    pub fn cell<'r>(&self, row: &'r SheetRow, field: &str) -> Option<&'r str> {
        let i = self.column_of(field)? - 1;
        row.cells.get(i).map(String::as_str)
    }
}

fn io_error(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiter_is_the_most_frequent_outside_quotes() {
        assert_eq!(sniff_delimiter(b"a;b;c\r\n"), b';');
        assert_eq!(sniff_delimiter(b"a,b,c\n"), b',');
        assert_eq!(sniff_delimiter(b"a\tb\tc"), b'\t');
        assert_eq!(sniff_delimiter(b"\"a;b;c\",d,e\n"), b',');
        assert_eq!(sniff_delimiter(b"single"), b',');
    }

    fn cols() -> Columns<'static> {
        Columns {
            names: &["id", "subject_id", "event_date"],
            aliases: &[("Дата", "event_date")],
            required: &["subject_id"],
            text_only: &["subject_id"],
        }
    }

    fn line_ends(text: &str) -> String {
        let mut out = String::new();
        LineEnds::new(text.as_bytes(), b';').read_to_string(&mut out).expect("read");
        out
    }

    proptest::proptest! {
        /// Copying runs in one go gives what rewriting byte by byte gives.
        #[test]
        fn runs_are_copied_as_bytes_would_be(text in "[a;\"\r\n я]{0,40}") {
            let mut bytewise = LineEnds::new(&b""[..], b';');
            for &b in text.as_bytes() {
                bytewise.byte(b);
            }
            if bytewise.cr_pending {
                bytewise.out.push(b'\r');
            }
            proptest::prop_assert_eq!(line_ends(&text).into_bytes(), bytewise.out);
        }
    }

    #[test]
    fn line_ends_are_normalised_outside_quotes_only() {
        assert_eq!(line_ends("a;b\r\n\r\nc\r\n"), "a;b\n \nc\n");
        assert_eq!(line_ends("\"x\r\n\r\ny\";\"q\"\"\r\n\"\r\n"), "\"x\r\n\r\ny\";\"q\"\"\r\n\"\n");
        assert_eq!(line_ends("ООО \"Ромашка\";1\n\n"), "ООО \"Ромашка\";1\n \n");
        assert_eq!(line_ends("a\r"), "a\r");
    }

    #[test]
    fn rows_with_quotes_newlines_and_blank_lines() {
        let text = "subject_id;Дата\r\n1;\"01.02.2026\"\r\n\r\n;;\r\n\"2;\nx\";03.02.2026\r\n";
        let reader = LineEnds::new(text.as_bytes(), b';');
        let mut sheet = Sheet::new(reader, b';', &cols(), &[], false).expect("header");
        assert_eq!(sheet.fields, vec![Some("subject_id"), Some("event_date")]);
        let a = sheet.next_row().expect("row").expect("io").expect("good");
        assert_eq!((a.line, a.cells.clone()), (2, vec!["1".to_owned(), "01.02.2026".to_owned()]));
        let b = sheet.next_row().expect("row").expect("io").expect("good");
        assert_eq!(b.line, 5, "CRLF ends and blank lines counted");
        assert_eq!(sheet.cell(&b, "subject_id"), Some("2;\nx"));
        assert!(sheet.next_row().is_none());
    }

    #[test]
    fn row_problems() {
        let text = b"subject_id,\n1,2\n1,,3\n\xff,x\n";
        let mut sheet = Sheet::new(&text[..], b',', &cols(), &[], false).expect("header");
        let p = |s: &mut Sheet<&[u8]>| s.next_row().expect("row").expect("io").expect_err("bad").1;
        assert_eq!(p(&mut sheet), RowProblem::Unheaded { column: 2 });
        assert_eq!(p(&mut sheet), RowProblem::Width { expected: 2, found: 3 });
        assert_eq!(p(&mut sheet), RowProblem::NotUtf8 { column: 1 });
    }

    #[test]
    fn the_encoding_is_told_by_what_most_of_the_bytes_are() {
        // Letters cut across the 64 KiB chunks are whole again.
        let mut text = "а".repeat(40_000).into_bytes();
        assert_eq!(sniff(&text[..]).expect("read"), Encoding::Utf8);
        // A damaged byte or a sequence cut by the end does not make a UTF-8 file Windows-1251.
        text.push(0xE0);
        assert_eq!(sniff(&text[..]).expect("read"), Encoding::Utf8);
        text.splice(100..100, [0xFF, 0xC8, 0xE2]);
        assert_eq!(sniff(&text[..]).expect("read"), Encoding::Utf8);
        assert_eq!(sniff_prefix("абв".as_bytes().get(..5).expect("slice")), Encoding::Utf8);
        // Windows-1251 text, even with a UTF-8 word pasted in.
        let russian = "Иванов Иван Иванович;осмотр;здоров\n".repeat(500);
        let mut mixed = encoding_rs::WINDOWS_1251.encode(&russian).0.into_owned();
        assert_eq!(sniff(&mixed[..]).expect("read"), Encoding::Windows1251);
        mixed.extend("Петров".as_bytes());
        assert_eq!(sniff(&mixed[..]).expect("read"), Encoding::Windows1251);
        assert_eq!(sniff_prefix(&mixed), Encoding::Windows1251);
        // Plain ASCII is UTF-8.
        assert_eq!(
            sniff(&b"subject_id,event_date\n1,01.01.2026\n"[..]).expect("read"),
            Encoding::Utf8
        );
    }
}

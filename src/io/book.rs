//! Reading a workbook (`.xlsx`, `.xlsm`, `.xls`, `.ods`, through calamine) as rows of text for
//! an import: a sheet chosen by name, or the one named for the kind being imported, or the first
//! with data; a title row above the header (a merged caption) passed over; date cells as ISO
//! dates (`2026-11-20`, `2026-11-20T10:30:00`); numbers in their shortest form, each marked as a
//! number so that an identifier stored as one is refused rather than read without its leading
//! zeros. Rows are numbered as the spreadsheet numbers them, columns lettered likewise, so a
//! problem is named `Лист1!C17`.

use std::path::Path;

use calamine::{Data, DataRef, Reader, Xlsx, open_workbook_auto};

/// A workbook's extension.
pub fn is_workbook(path: &Path) -> bool {
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    matches!(ext.as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

/// One row as read: its number in the sheet, its cells as text, and which were numbers.
#[derive(Debug, Clone, Default)]
pub struct BookRow {
    pub line: u64,
    pub cells: Vec<String>,
    pub numbers: Vec<bool>,
}

/// The rows of a sheet, as they are read.
pub type BookRows = Box<dyn Iterator<Item = std::io::Result<BookRow>> + Send>;

/// A sheet being read: its name, the column of its first cell (0 for A), and its rows.
pub struct BookSheet {
    pub name: String,
    pub first_column: u32,
    pub rows: BookRows,
}

/// Why a workbook could not be read.
#[derive(Debug, thiserror::Error)]
pub enum BookError {
    #[error("{0}")]
    Unreadable(String),
    #[error("no sheet {name:?}; the workbook has {}", sheets.join(", "))]
    NoSuchSheet { name: String, sheets: Vec<String> },
}

/// A cell's column as a spreadsheet letters it (0 → `A`, 27 → `AB`).
pub fn column_letters(mut n: u32) -> String {
    let mut out = Vec::new();
    loop {
        out.push(char::from(b'A' + (n % 26) as u8));
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.iter().rev().collect()
}

/// A number as an import reads it: the shortest text that gives it back (`1074.5`, `1500`).
fn number_text(f: f64) -> String {
    if f.fract() == 0.0 && f.abs() < 1e15 { format!("{}", f as i64) } else { format!("{f}") }
}

fn date_text(dt: &calamine::ExcelDateTime) -> (String, bool) {
    match dt.as_datetime() {
        Some(t) if t.time() == chrono::NaiveTime::MIN => (t.format("%Y-%m-%d").to_string(), false),
        Some(t) => (t.format("%Y-%m-%dT%H:%M:%S").to_string(), false),
        None => (number_text(dt.as_f64()), true),
    }
}

fn cell_text(d: &Data) -> (String, bool) {
    match d {
        Data::Empty => (String::new(), false),
        Data::String(s) => (s.clone(), false),
        Data::Int(i) => (i.to_string(), true),
        Data::Float(f) => (number_text(*f), true),
        Data::Bool(b) => (b.to_string(), false),
        Data::DateTime(dt) => date_text(dt),
        Data::DateTimeIso(s) | Data::DurationIso(s) => (s.clone(), false),
        Data::Error(e) => (format!("#{e:?}"), false),
    }
}

fn cell_ref_text(d: &DataRef) -> (String, bool) {
    match d {
        DataRef::Empty => (String::new(), false),
        DataRef::String(s) => (s.clone(), false),
        DataRef::SharedString(s) => ((*s).to_owned(), false),
        DataRef::Int(i) => (i.to_string(), true),
        DataRef::Float(f) => (number_text(*f), true),
        DataRef::Bool(b) => (b.to_string(), false),
        DataRef::DateTime(dt) => date_text(dt),
        DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => (s.clone(), false),
        DataRef::Error(e) => (format!("#{e:?}"), false),
    }
}

/// The sheets to try, in order: the one asked for, else those named for the kind first.
fn order(
    names: &[String],
    wanted: Option<&str>,
    preferred: &[String],
) -> Result<Vec<String>, BookError> {
    match wanted {
        Some(w) => match names.iter().find(|n| n.trim().eq_ignore_ascii_case(w.trim())) {
            Some(n) => Ok(vec![n.clone()]),
            None => Err(BookError::NoSuchSheet { name: w.to_owned(), sheets: names.to_vec() }),
        },
        None => {
            let lower: Vec<String> = preferred.iter().map(|p| p.to_lowercase()).collect();
            let (first, rest): (Vec<String>, Vec<String>) =
                names.iter().cloned().partition(|n| lower.contains(&n.to_lowercase()));
            Ok(first.into_iter().chain(rest).collect())
        }
    }
}

/// Reads the sheet `wanted` names, else the first whose name is one of `preferred`, else the
/// first with any data (an empty one before or after it is passed over). An `.xlsx` sheet is
/// streamed, a row at a time, by a thread of its own; other formats are read whole.
pub fn read(
    path: &Path,
    wanted: Option<&str>,
    preferred: &[String],
) -> Result<BookSheet, BookError> {
    let unreadable = |e: &dyn std::fmt::Display| BookError::Unreadable(e.to_string());
    let ext = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        let book: Xlsx<_> = calamine::open_workbook(path).map_err(|e| unreadable(&e))?;
        let names = order(&book.sheet_names(), wanted, preferred)?;
        return stream(book, names, wanted.is_some());
    }
    let mut book = open_workbook_auto(path).map_err(|e| unreadable(&e))?;
    let mut last = None;
    for name in order(&book.sheet_names(), wanted, preferred)? {
        let range = book.worksheet_range(&name).map_err(|e| unreadable(&e))?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let rows: Vec<std::io::Result<BookRow>> = range
            .rows()
            .enumerate()
            .map(|(i, r)| {
                let (cells, numbers) = r.iter().map(cell_text).unzip();
                Ok(BookRow { line: u64::from(row0) + i as u64 + 1, cells, numbers })
            })
            .collect();
        let filled = rows.iter().flatten().any(|r| r.cells.iter().any(|c| !c.trim().is_empty()));
        let sheet = BookSheet { name, first_column: col0, rows: Box::new(rows.into_iter()) };
        if filled || wanted.is_some() {
            return Ok(sheet);
        }
        last.get_or_insert(sheet);
    }
    last.ok_or_else(|| BookError::Unreadable("the workbook has no sheet".into()))
}

/// What the reading thread sends: the sheet it settled on, then its rows.
enum Sent {
    Sheet(String),
    Row(BookRow),
    Failed(String),
}

/// Rows handed from the reading thread at a time, at most.
const IN_FLIGHT: usize = 1024;

/// Streams the first of `names` that has a cell (the first of them when none has), row by row.
fn stream(
    mut book: Xlsx<std::io::BufReader<std::fs::File>>,
    names: Vec<String>,
    wanted: bool,
) -> Result<BookSheet, BookError> {
    let (send, receive) = std::sync::mpsc::sync_channel::<Sent>(IN_FLIGHT);
    let first = names.first().cloned();
    std::thread::spawn(move || {
        let failed = |e: &dyn std::fmt::Display| Sent::Failed(e.to_string());
        for name in names {
            let mut cells = match book.worksheet_cells_reader(&name) {
                Ok(c) => c,
                Err(e) => {
                    let _ = send.send(failed(&e));
                    return;
                }
            };
            let mut row = BookRow::default();
            let mut started = false;
            loop {
                let cell = match cells.next_cell() {
                    Ok(Some(c)) => c,
                    Ok(None) => break,
                    Err(e) => {
                        let _ = send.send(failed(&e));
                        return;
                    }
                };
                let (r, c) = cell.get_position();
                let (text, number) = cell_ref_text(cell.get_value());
                if !started {
                    if text.is_empty() && !wanted {
                        continue;
                    }
                    started = true;
                    if send.send(Sent::Sheet(name.clone())).is_err() {
                        return;
                    }
                    row.line = u64::from(r) + 1;
                }
                if u64::from(r) + 1 != row.line {
                    let next = BookRow { line: u64::from(r) + 1, ..BookRow::default() };
                    if send.send(Sent::Row(std::mem::replace(&mut row, next))).is_err() {
                        return;
                    }
                }
                let c = c as usize;
                if row.cells.len() <= c {
                    row.cells.resize(c + 1, String::new());
                    row.numbers.resize(c + 1, false);
                }
                row.cells[c] = text;
                row.numbers[c] = number;
            }
            if started {
                let _ = send.send(Sent::Row(row));
                return;
            }
        }
    });
    let name = match receive.recv() {
        Ok(Sent::Sheet(name)) => name,
        Ok(Sent::Failed(why)) => return Err(BookError::Unreadable(why)),
        // No sheet has a cell: the first, empty.
        Ok(Sent::Row(_)) | Err(_) => first.unwrap_or_default(),
    };
    let rows = receive.into_iter().map(|sent| match sent {
        Sent::Row(r) => Ok(r),
        Sent::Failed(why) => Err(std::io::Error::other(why)),
        Sent::Sheet(_) => Ok(BookRow::default()),
    });
    Ok(BookSheet { name, first_column: 0, rows: Box::new(rows) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_and_numbers_read_in_their_shortest_form() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
        assert_eq!(number_text(1074.5), "1074.5");
        assert_eq!(number_text(1500.0), "1500");
        assert_eq!(number_text(5.03), "5.03");
        assert_eq!(number_text(11223344595.0), "11223344595");
    }
}

//! Workbooks for Excel: an export written as typed cells — dates as dates shown `ДД.ММ.ГГГГ`,
//! amounts as numbers with two decimals, counts as numbers, identifiers and all other text as
//! text (formula-looking text marked so no spreadsheet evaluates it, as a typed apostrophe
//! would) — under a bold, frozen header row with an autofilter, columns sized to their
//! content, one sheet per kind. Rows are written in constant memory (rust_xlsxwriter flushes
//! each row to a temporary file in the directory the caller names: beside the export, never
//! elsewhere).

use std::io::Write;
use std::path::Path;

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use rust_xlsxwriter::{ExcelDateTime, Format, Workbook, XlsxError};
use serde::Serialize;

use super::{Error, Result};

/// The names of a kind's sheet, in English and in Russian: what `export xlsx` calls it, and
/// what `import` looks for in a workbook of several sheets.
pub fn sheet_names(kind: crate::domain::ItemKind) -> [&'static str; 2] {
    use crate::domain::ItemKind as K;
    match kind {
        K::Record => ["Records", "Записи"],
        K::Doc => ["Documents", "Документы"],
        K::Appt | K::Obligation => ["Appointments", "Приёмы"],
        K::Application => ["Applications", "Заявления"],
    }
}

/// The columns that hold amounts, counts and dates, by name.
const AMOUNTS: [&str; 2] = ["amount", "fee"];
const COUNTS: [&str; 3] = ["duration_min", "days_left", "working_days_left"];

fn is_date_column(name: &str) -> bool {
    name.ends_with("_date")
        || name.ends_with("_on")
        || name.ends_with("_at")
        || matches!(name, "submitted" | "due")
}

/// The widest a column is made, in characters.
const MAX_WIDTH: usize = 60;

fn xlsx_error(e: XlsxError) -> Error {
    match e {
        XlsxError::IoError(io) => Error::Io(io),
        other => Error::Format(format!("XLSX: {other}")),
    }
}

/// The sheet being written.
struct Current {
    index: usize,
    columns: Vec<&'static str>,
    row: u32,
    widths: Vec<usize>,
}

/// A workbook being written, a sheet at a time.
pub struct Book {
    wb: Workbook,
    current: Option<Current>,
    header: Format,
    date: Format,
    datetime: Format,
    amount: Format,
    count: Format,
    quoted: Format,
    scratch: Vec<u8>,
}

impl Book {
    /// A new workbook whose rows wait in `tempdir` until it is saved.
    pub fn new(tempdir: &Path) -> Result<Book> {
        let mut wb = Workbook::new();
        wb.set_tempdir(tempdir).map_err(xlsx_error)?;
        Ok(Book {
            wb,
            current: None,
            header: Format::new().set_bold(),
            date: Format::new().set_num_format("dd.mm.yyyy"),
            datetime: Format::new().set_num_format("dd.mm.yyyy hh:mm"),
            amount: Format::new().set_num_format("0.00"),
            count: Format::new().set_num_format("0"),
            quoted: Format::new().set_quote_prefix(),
            scratch: Vec::new(),
        })
    }

    /// Starts a sheet named `name` with `columns` under the `headers` shown.
    pub fn sheet(
        &mut self,
        name: &str,
        columns: &[&'static str],
        headers: &[String],
    ) -> Result<()> {
        self.end_sheet()?;
        let ws = self.wb.add_worksheet_with_constant_memory().map_err(xlsx_error)?;
        ws.set_name(name).map_err(xlsx_error)?;
        let mut widths = Vec::with_capacity(headers.len());
        for (col, h) in headers.iter().enumerate() {
            ws.write_string_with_format(0, col as u16, h, &self.header).map_err(xlsx_error)?;
            widths.push(h.chars().count());
        }
        let index = self.wb.worksheets().len() - 1;
        self.current = Some(Current { index, columns: columns.to_vec(), row: 0, widths });
        Ok(())
    }

    /// Writes one row of the current sheet, typed by its columns.
    pub fn row<T: Serialize>(&mut self, row: &T) -> Result<()> {
        let cells = super::cells::cells_of(row, &mut self.scratch)?;
        let Some(cur) = self.current.as_mut() else {
            return Err(Error::Format("a row before its sheet".into()));
        };
        cur.row += 1;
        let ws = self.wb.worksheet_from_index(cur.index).map_err(xlsx_error)?;
        for (i, text) in cells.iter().enumerate() {
            if text.is_empty() {
                continue;
            }
            let (r, c) = (cur.row, i as u16);
            let name = cur.columns.get(i).copied().unwrap_or_default();
            let shown = if AMOUNTS.contains(&name) && text.parse::<f64>().is_ok() {
                let n: f64 = text.parse().unwrap_or_default();
                ws.write_number_with_format(r, c, n, &self.amount).map_err(xlsx_error)?;
                text.len() + 1
            } else if COUNTS.contains(&name) && text.parse::<i64>().is_ok() {
                let n: i64 = text.parse().unwrap_or_default();
                ws.write_number_with_format(r, c, n as f64, &self.count).map_err(xlsx_error)?;
                text.len()
            } else if let Some(d) = is_date_column(name).then(|| date_of(text)).flatten() {
                let (value, format, width) = match d {
                    When::Day(d) => (excel_day(d)?, &self.date, 10),
                    When::Time(t) => (excel_time(t)?, &self.datetime, 16),
                };
                ws.write_datetime_with_format(r, c, value, format).map_err(xlsx_error)?;
                width
            } else if text == "true" || text == "false" {
                ws.write_boolean(r, c, text == "true").map_err(xlsx_error)?;
                5
            } else if super::excel::needs_escape(text) {
                ws.write_string_with_format(r, c, text, &self.quoted).map_err(xlsx_error)?;
                text.chars().count()
            } else {
                ws.write_string(r, c, text).map_err(xlsx_error)?;
                text.lines().map(|l| l.chars().count()).max().unwrap_or(0)
            };
            if let Some(w) = cur.widths.get_mut(i) {
                *w = (*w).max(shown);
            }
        }
        Ok(())
    }

    /// Ends the current sheet: its columns sized, the header frozen and filtered. Returns how
    /// many rows it holds.
    pub fn end_sheet(&mut self) -> Result<u64> {
        let Some(cur) = self.current.take() else { return Ok(0) };
        let ws = self.wb.worksheet_from_index(cur.index).map_err(xlsx_error)?;
        for (i, w) in cur.widths.iter().enumerate() {
            let width = (*w).clamp(6, MAX_WIDTH) + 2;
            ws.set_column_width(i as u16, width as f64).map_err(xlsx_error)?;
        }
        ws.set_freeze_panes(1, 0).map_err(xlsx_error)?;
        let last = cur.widths.len().saturating_sub(1) as u16;
        ws.autofilter(0, 0, cur.row, last).map_err(xlsx_error)?;
        Ok(u64::from(cur.row))
    }

    /// Writes the finished workbook to `out`.
    pub fn save(mut self, out: &mut dyn Write) -> Result<()> {
        self.end_sheet()?;
        let bytes = self.wb.save_to_buffer().map_err(xlsx_error)?;
        out.write_all(&bytes)?;
        Ok(())
    }
}

enum When {
    Day(NaiveDate),
    Time(NaiveDateTime),
}

fn date_of(text: &str) -> Option<When> {
    if let Ok(d) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(When::Day(d));
    }
    ["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(text, f).ok())
        .map(When::Time)
}

fn excel_day(d: NaiveDate) -> Result<ExcelDateTime> {
    let year = u16::try_from(d.year()).map_err(|_| Error::Format(format!("year {}", d.year())))?;
    ExcelDateTime::from_ymd(year, d.month() as u8, d.day() as u8).map_err(xlsx_error)
}

fn excel_time(t: NaiveDateTime) -> Result<ExcelDateTime> {
    excel_day(t.date())?
        .and_hms(t.hour() as u16, t.minute() as u8, t.second() as f64)
        .map_err(xlsx_error)
}

//! Rendering lists and single items as a table (fitted to the terminal), JSON or CSV.

use std::io::Write;

use comfy_table::{ContentArrangement, Table, presets};
use serde::Serialize;

use crate::error::{Error, Result};

fn base_table() -> Table {
    let mut t = Table::new();
    t.load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic);
    t
}

/// A table with a header row.
pub fn write_table(out: &mut dyn Write, headers: &[String], rows: &[Vec<String>]) -> Result<()> {
    let mut t = base_table();
    t.set_header(headers);
    for r in rows {
        t.add_row(r);
    }
    // Line by line: `{t}` would join every line into one more copy of the whole table.
    for line in t.lines() {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// A two-column table of labels and values, for `show`.
pub fn write_pairs(out: &mut dyn Write, pairs: &[(String, String)]) -> Result<()> {
    let mut t = base_table();
    for (k, v) in pairs {
        t.add_row(vec![k.clone(), v.clone()]);
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

/// A CSV writer's error: an I/O failure (a full disk, a closed pipe) keeps its kind.
pub fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::from(io),
        other => Error::Internal(format!("CSV: {other:?}")),
    }
}

/// A JSON writer's error: an I/O failure keeps its kind.
pub fn json_error(e: serde_json::Error) -> Error {
    match e.io_error_kind() {
        Some(kind) => Error::from(std::io::Error::from(kind)),
        None => Error::Internal(format!("JSON: {e}")),
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
}

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
    writeln!(out, "{t}")?;
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

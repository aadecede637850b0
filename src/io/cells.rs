//! A row as the text of its cells, as its CSV would hold them: serde's serialisation through the
//! csv crate, reused by the writers that treat each cell on its own (a workbook's typed cells,
//! Excel's CSV with its decimal commas and escapes).

use serde::Serialize;

use super::{Error, Result};

/// Separators no value holds (control characters are refused where data enters).
const UNIT: u8 = 0x1f;
const RECORD: u8 = 0x1e;

/// A row's cells as its CSV would hold them, one string each (`scratch` is reused).
pub fn cells_of<T: Serialize>(row: &T, scratch: &mut Vec<u8>) -> Result<Vec<String>> {
    let mut w = csv::WriterBuilder::new()
        .has_headers(false)
        .delimiter(UNIT)
        .quote_style(csv::QuoteStyle::Never)
        .terminator(csv::Terminator::Any(RECORD))
        .buffer_capacity(512)
        .from_writer(std::mem::take(scratch));
    w.serialize(row).map_err(csv_error)?;
    let mut bytes = w.into_inner().map_err(|e| Error::Format(e.to_string()))?;
    if bytes.last() == Some(&RECORD) {
        bytes.pop();
    }
    let cells =
        bytes.split(|b| *b == UNIT).map(|c| String::from_utf8_lossy(c).into_owned()).collect();
    bytes.clear();
    *scratch = bytes;
    Ok(cells)
}

/// A CSV writer's error: an I/O failure (a full disk, a closed pipe) keeps its kind.
pub fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => Error::Io(io),
        other => Error::Format(format!("CSV: {other:?}")),
    }
}

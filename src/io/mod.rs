//! Readers and writers over `io::Read`/`io::Write`: tables, JSON, CSV, iCalendar and PDF output,
//! CSV input. Language-neutral: the words a report prints come from the caller.

pub mod book;
pub mod cells;
pub mod excel;
pub mod files;
pub mod header;
pub mod held;
pub mod ics;
pub mod output;
pub mod pdf;
pub mod send;
pub mod sheet;
pub mod xlsx;

use std::path::PathBuf;

/// A writer's failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The output refused: a full disk, a closed pipe (which is no failure of ours).
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A format's writer refused a value: a bug.
    #[error("{0}")]
    Format(String),
    /// A file to write into a directory that is not there (exit 6): the path as given, and the
    /// directory missing.
    #[error("{}: no such directory {}", path.display(), dir.display())]
    NoSuchDir { path: PathBuf, dir: PathBuf },
    /// A named file could not be written.
    #[error("{}: {source}", path.display())]
    CannotWrite { path: PathBuf, source: std::io::Error },
    /// A PDF report would need more memory than there is: `rows` written so far, `mb` allowed.
    #[error("the report needs more memory than the {mb} MB there is, at row {rows}")]
    PdfTooBig { rows: u64, mb: u64 },
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

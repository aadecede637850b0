//! Files a command writes for the user (exports, reject files, extracted attachments): a
//! regular file under a temporary name beside it, renamed into place once complete (and
//! removed if the process is interrupted); `-`, a pipe or a device straight as it is.

use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::{interrupt, same_file};
use crate::error::{Error, Result};
use crate::i18n;

/// The file `-o` names, or `None` for standard output (no `-o`, or `-o -`).
pub fn named_output(output: &Option<PathBuf>) -> Option<&Path> {
    output.as_deref().filter(|p| *p != Path::new("-"))
}

/// Whether `path` is to be written to as it is rather than through a temporary file renamed
/// over it: a name under `/dev` or `/proc` (`/dev/stdout` is a link to whatever standard output
/// is, a regular file too, and nothing may be renamed over it), or something there that is
/// neither a regular file nor a directory — a pipe or a device (`/dev/null`, bash's
/// `>(gzip > out.gz)`).
pub fn is_special(path: &Path) -> bool {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    absolute.starts_with("/dev")
        || absolute.starts_with("/proc")
        || std::fs::metadata(path).is_ok_and(|m| !m.is_file() && !m.is_dir())
}

/// Opens a [`is_special`] path for writing. The same file as standard output or error
/// (`-o /dev/stdout > out.csv`) is written through that stream, so what kabinet says there and
/// the data follow each other instead of one overwriting the other from a second offset.
fn open_special(path: &Path) -> Result<Box<dyn Write + Send>> {
    if same_file(path, Path::new("/proc/self/fd/1")) {
        return Ok(Box::new(io::stdout()));
    }
    if same_file(path, Path::new("/proc/self/fd/2")) {
        return Ok(Box::new(io::stderr()));
    }
    let file = std::fs::OpenOptions::new()
        .write(true)
        .open(path)
        .map_err(|e| Error::Io(i18n::cannot_write(path, &e)))?;
    Ok(Box::new(file))
}

/// An output file being written.
pub enum OutFile {
    /// Standard output (`-`), a pipe or a device: written as it is.
    Direct(Box<dyn Write + Send>),
    /// A regular file, owner-only, under a temporary name until [`OutFile::finish`].
    Temp { tmp: NamedTempFile, path: PathBuf },
}

impl OutFile {
    /// Starts `path`; a regular file's temporary name begins with `prefix`.
    pub fn create(path: &Path, prefix: &str) -> Result<OutFile> {
        if path == Path::new("-") {
            return Ok(OutFile::Direct(Box::new(io::stdout())));
        }
        if is_special(path) {
            return open_special(path).map(OutFile::Direct);
        }
        let tmp = interrupt::temp_beside(path, prefix)?;
        Ok(OutFile::Temp { tmp, path: path.to_owned() })
    }

    /// Whether this is a regular file, put in place by [`OutFile::finish`] (a command says so).
    pub fn is_file(&self) -> bool {
        matches!(self, OutFile::Temp { .. })
    }

    /// Completes the file: a regular one is synced and renamed into place.
    pub fn finish(self) -> Result<()> {
        match self {
            OutFile::Direct(mut w) => w.flush()?,
            OutFile::Temp { tmp, path } => {
                tmp.as_file().sync_all()?;
                tmp.persist(&path).map_err(|e| Error::Io(i18n::cannot_write(&path, &e.error)))?;
            }
        }
        Ok(())
    }
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            OutFile::Direct(w) => w.write(buf),
            OutFile::Temp { tmp, .. } => tmp.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            OutFile::Direct(w) => w.flush(),
            OutFile::Temp { tmp, .. } => tmp.flush(),
        }
    }
}

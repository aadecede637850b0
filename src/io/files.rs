//! Files kabinet writes for the user (exports, reject files, extracted attachments, backups):
//! a regular file under a temporary name beside it, renamed into place once complete; `-`, a
//! pipe or a device straight as it is. Every temporary file and directory is registered, so
//! that an interrupted command removes it ([`remove_unfinished`]) and no partial copy of
//! personal data is left behind.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tempfile::NamedTempFile;

use super::{Error, Result};

/// Temporary files made by [`temp_beside`] and directories made by [`temp_dir`] in this
/// process. A file that has since been renamed into place is no longer at its path, and
/// removing it is a no-op.
static UNFINISHED: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

/// The list, locked. A panic elsewhere while holding the lock leaves it as it was: still right.
fn unfinished() -> MutexGuard<'static, Vec<PathBuf>> {
    UNFINISHED.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes every temporary file and directory not yet put in place: for a signal handler.
pub fn remove_unfinished() {
    for path in unfinished().iter() {
        if path.is_dir() {
            let _ = std::fs::remove_dir_all(path);
        } else {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// A new private directory in the system's temporary directory, named `prefix` + random;
/// removed with what it holds if the process is interrupted, and on drop.
pub fn temp_dir(prefix: &str) -> Result<tempfile::TempDir> {
    temp_dir_in(&std::env::temp_dir(), prefix)
}

/// [`temp_dir`] in `parent` (beside an export, so that its rows wait nowhere else).
pub fn temp_dir_in(parent: &Path, prefix: &str) -> Result<tempfile::TempDir> {
    let mut list = unfinished();
    let dir = tempfile::Builder::new().prefix(prefix).tempdir_in(parent).map_err(|e| {
        // Said of the directory it was to be made in, not of a made-up name in it.
        let tmp = parent.to_path_buf();
        match e.kind() {
            io::ErrorKind::NotFound => Error::NoSuchDir { path: tmp.clone(), dir: tmp },
            kind => Error::CannotWrite { path: tmp, source: io::Error::from(kind) },
        }
    })?;
    list.push(dir.path().to_path_buf());
    Ok(dir)
}

/// The directory `path` is in (`.` for a bare name).
pub fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// A new empty file, owner-only, beside `path` (in its directory, so that renaming it into
/// place is atomic), named `prefix` + random; removed if the process is interrupted before it
/// is renamed, and on drop as any [`NamedTempFile`].
pub fn temp_beside(path: &Path, prefix: &str) -> Result<NamedTempFile> {
    let dir = dir_of(path);
    // The lock is held while the file is made: the handler cannot run between its making and
    // its registration.
    let mut list = unfinished();
    let tmp = tempfile::Builder::new().prefix(prefix).tempfile_in(dir).map_err(|e| {
        // Said of the directory the user named, not of the temporary file's made-up name.
        if !dir.is_dir() {
            return Error::NoSuchDir { path: path.to_owned(), dir: dir.to_owned() };
        }
        // tempfile's message names the temporary file; its kind is what matters here.
        Error::CannotWrite { path: path.to_owned(), source: io::Error::from(e.kind()) }
    })?;
    list.push(tmp.path().to_path_buf());
    Ok(tmp)
}

/// Whether `a` and `b` are (or, written, would be) the same file: by device and inode when
/// both exist (so a link or another spelling of the path is caught), else by directory and
/// name.
pub fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        return x.dev() == y.dev() && x.ino() == y.ino();
    }
    // Not both there yet: the same name in the same directory.
    let place =
        |p: &Path| Some((std::fs::canonicalize(dir_of(p)).ok()?, p.file_name()?.to_owned()));
    matches!((place(a), place(b)), (Some(x), Some(y)) if x == y)
}

/// Whether `a` and `b` both exist and are one file (device and inode; `/dev/stdin` is the file
/// or pipe standard input reads).
pub fn one_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    matches!(
        (std::fs::metadata(a), std::fs::metadata(b)),
        (Ok(x), Ok(y)) if x.dev() == y.dev() && x.ino() == y.ino()
    )
}

/// Whether `path` is written as a directory (`backups/`), there or not.
pub fn ends_in_slash(path: &Path) -> bool {
    path.as_os_str().as_encoded_bytes().ends_with(b"/")
}

/// What a file kabinet is asked to write over must not be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    Store,
    Passphrase,
    /// The file an import is reading (for its reject file).
    Input,
}

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
        .map_err(|e| Error::CannotWrite { path: path.to_owned(), source: e })?;
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
        let tmp = temp_beside(path, prefix)?;
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
                tmp.as_file()
                    .sync_all()
                    .map_err(|e| Error::CannotWrite { path: path.clone(), source: e })?;
                tmp.persist(&path)
                    .map_err(|e| Error::CannotWrite { path: path.clone(), source: e.error })?;
            }
        }
        Ok(())
    }
}

/// A write to an output file that failed: the file as the user named it (not its temporary
/// name) and why. Carried inside an [`io::Error`] of the same kind, so it passes through any
/// writer; the edge names the file from it.
#[derive(Debug)]
pub struct WriteFailed {
    pub path: PathBuf,
    pub source: io::Error,
}

impl std::fmt::Display for WriteFailed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "cannot write {}: {}", self.path.display(), self.source)
    }
}

impl std::error::Error for WriteFailed {}

impl WriteFailed {
    /// The failed write inside `e`, if `e` is one.
    pub fn of(e: &io::Error) -> Option<&WriteFailed> {
        e.get_ref().and_then(|inner| inner.downcast_ref::<WriteFailed>())
    }
}

fn write_failed(path: &Path, source: io::Error) -> io::Error {
    io::Error::new(source.kind(), WriteFailed { path: path.to_owned(), source })
}

impl Write for OutFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            OutFile::Direct(w) => w.write(buf),
            OutFile::Temp { tmp, path } => {
                tmp.as_file_mut().write(buf).map_err(|e| write_failed(path, e))
            }
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match self {
            OutFile::Direct(w) => w.flush(),
            OutFile::Temp { tmp, path } => {
                tmp.as_file_mut().flush().map_err(|e| write_failed(path, e))
            }
        }
    }
}

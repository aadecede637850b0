//! The library's error type, and the one place that maps an error chain to an exit code.

use crate::i18n;

/// What went wrong, typed by the exit code it maps to (SPEC.md, "Exit codes").
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Exit 2: the shape of the request is wrong.
    #[error("{0}")]
    Usage(String),
    /// Exit 3: wrong passphrase, or no passphrase source without a terminal.
    #[error("{0}")]
    Unlock(String),
    /// Exit 4: damaged, tampered with, not a kabinet store, or of a newer format.
    #[error("{0}")]
    Damaged(String),
    /// Exit 5: validation failed; the message may hold one line per problem.
    #[error("{0}")]
    Invalid(String),
    /// Exit 6: no such item, or no store at the path.
    #[error("{0}")]
    NotFound(String),
    /// Exit 7: duplicate, locked, busy, too late, already exists.
    #[error("{0}")]
    Conflict(String),
    /// Exit 1: the disk or the operating system refused (disk full, permission denied).
    #[error("{0}")]
    Io(String),
    /// Exit 1: a bug.
    #[error("{0}")]
    Internal(String),
    /// Not a failure: the command has said all it had to and exits with this code
    /// (`deadlines --check` reports WARNING as 1 and CRITICAL as 2).
    #[error("")]
    Exit(u8),
}

impl Error {
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Unlock(_) => 3,
            Error::Damaged(_) => 4,
            Error::Invalid(_) => 5,
            Error::NotFound(_) => 6,
            Error::Conflict(_) => 7,
            Error::Io(_) | Error::Internal(_) => 1,
            Error::Exit(code) => *code,
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        classify(&e)
    }
}

/// Maps an SQLite failure to the error a user should see: busy → 7, damaged → 4, disk → 1.
fn classify(e: &rusqlite::Error) -> Error {
    {
        use rusqlite::ErrorCode as C;
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy) | Some(C::DatabaseLocked) => Error::Conflict(i18n::store_busy()),
            Some(C::NotADatabase) | Some(C::DatabaseCorrupt) => {
                Error::Damaged(i18n::store_damaged(&e.to_string()))
            }
            Some(C::DiskFull)
            | Some(C::CannotOpen)
            | Some(C::ReadOnly)
            | Some(C::SystemIoFailure)
            | Some(C::PermissionDenied) => Error::Io(i18n::store_io(&e.to_string())),
            _ => Error::Internal(i18n::internal(&e.to_string())),
        }
    }
}

impl From<std::io::Error> for Error {
    fn from(e: std::io::Error) -> Self {
        // The reader of our output has gone (`kabinet record list | head`): not a failure,
        // and nothing to say about it (as ripgrep does).
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Error::Exit(0);
        }
        Error::Io(e.to_string())
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// The exit code for an error chain: the first typed error decides; a broken pipe is success.
pub fn exit_code(err: &anyhow::Error) -> u8 {
    if is_broken_pipe(err) {
        return 0;
    }
    for cause in err.chain() {
        if let Some(e) = cause.downcast_ref::<Error>() {
            return e.exit_code();
        }
        if let Some(e) = cause.downcast_ref::<rusqlite::Error>() {
            return classify(e).exit_code();
        }
    }
    1
}

/// The message printed on stderr: `kabinet: ` then the chain, outermost first.
pub fn render(err: &anyhow::Error) -> String {
    let mut parts: Vec<String> = Vec::new();
    for cause in err.chain() {
        let text = match cause.downcast_ref::<rusqlite::Error>() {
            Some(e) => classify(e).to_string(),
            None => cause.to_string(),
        };
        if !parts.iter().any(|p| p.contains(&text)) {
            parts.push(text);
        }
    }
    let code = exit_code(err);
    let mut out = format!("kabinet: {}", parts.join(": "));
    if code == 1 && !err.chain().any(|c| matches!(c.downcast_ref::<Error>(), Some(Error::Io(_)))) {
        out.push_str(&i18n::bug_hint());
    }
    out
}

impl From<crate::sign::Error> for Error {
    fn from(e: crate::sign::Error) -> Self {
        use crate::sign::Error as S;
        match e {
            S::KeyMissing => Error::Damaged(i18n::signing_key_missing()),
            S::KeyDamaged => Error::Damaged(i18n::signing_key_damaged()),
            S::PublicKeyUnreadable => Error::Invalid(i18n::public_key_unreadable()),
            S::Malformed => Error::Damaged(i18n::signature_malformed()),
            S::OtherKey { found, expected } => {
                Error::Damaged(i18n::signature_other_key(&found, &expected))
            }
            S::Mismatch => Error::Damaged(i18n::signature_mismatch()),
            S::CommentAltered => Error::Damaged(i18n::signature_comment_altered()),
            S::Io(e) => e.into(),
            S::Random => Error::Internal("the system random source failed".into()),
        }
    }
}

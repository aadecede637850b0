//! What a use case can refuse or fail with, each with what names it. The edge chooses the
//! words and the exit code ([`Error::class`] says which kind of failure it is).

use std::path::PathBuf;

use chrono::NaiveDateTime;

use crate::domain::application::Status;
use crate::domain::appt::ApptStatus;
use crate::domain::{FieldError, ItemId};
use crate::io::sheet::{HeaderProblem, NotText};
use crate::store::verify::Finding;

/// The kinds of failure the command line tells apart (SPEC.md, "Exit codes").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// The shape of the request is wrong.
    Usage,
    /// Wrong passphrase, or none to be had.
    Unlock,
    /// Damaged, tampered with, or too new.
    Damaged,
    /// Validation failed; nothing was written.
    Invalid,
    /// No such item, file or store.
    NotFound,
    /// Duplicate, locked, busy, too late, exists.
    Conflict,
    /// Not permitted by the user's role.
    Denied,
    /// The disk or the system refused.
    Io,
    /// The reader of our output went away: not a failure.
    Gone,
    /// A bug.
    Internal,
}

/// A use case's failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Store(#[from] crate::store::Error),
    #[error(transparent)]
    Output(#[from] crate::io::Error),
    #[error(transparent)]
    Sign(#[from] crate::sign::Error),
    #[error("invalid: {0:?}")]
    Invalid(Vec<FieldError>),
    #[error("no such item {0}")]
    NotFound(ItemId),
    #[error("duplicate of {0}")]
    Duplicate(ItemId),
    #[error("nothing to change")]
    NothingToChange,

    // ---- records, documents, appointments, obligations ----
    #[error("{id} is locked since {until}")]
    Locked { id: ItemId, until: NaiveDateTime },
    #[error("{id} is superseded by {by}")]
    Superseded { id: ItemId, by: ItemId },
    #[error("{id} is archived")]
    Archived { id: ItemId, by: Option<ItemId> },
    #[error("{id} is needed by {by:?}")]
    Needed { id: ItemId, by: Vec<ItemId> },
    #[error("{id} is {status:?}")]
    NotScheduled { id: ItemId, status: ApptStatus },
    #[error("{id} starts at {at}")]
    NotStarted { id: ItemId, at: NaiveDateTime },
    #[error("{id} can no longer be changed: the cut-off was {deadline}")]
    TooLate { id: ItemId, deadline: NaiveDateTime },
    /// An edit that moves an appointment (exit 2): `reschedule` does that.
    #[error("{0}: use reschedule")]
    UseReschedule(ItemId),
    /// A revert to a version at another time (exit 7).
    #[error("{0}: the version is at another time")]
    RevertMoves(ItemId),
    #[error("{0} is done")]
    AlreadyDone(ItemId),

    // ---- history ----
    #[error("{item} has no version {n} (it has {count})")]
    NoSuchVersion { item: ItemId, n: usize, count: usize },
    #[error("version {n} of {item} is its deletion")]
    VersionDeleted { item: ItemId, n: usize },
    #[error("{item} is at version {n} already")]
    AlreadyThatVersion { item: ItemId, n: usize },
    #[error("{0} has no versions to revert to")]
    NoRevert(ItemId),

    // ---- applications ----
    /// A change of status the state machine does not allow (exit 7): what is allowed.
    #[error("{id} cannot go from {from:?} to {to:?}")]
    Transition { id: ItemId, from: Status, to: Status, allowed: Vec<Status> },
    /// A decided (or cancelled) application cannot be edited (exit 7).
    #[error("{id} is {status:?}: decided")]
    Decided { id: ItemId, status: Status },
    /// A resulting document asked for with a status other than approved (exit 2).
    #[error("a document is issued only on approval, not {0:?}")]
    IssuesOnlyApproved(Status),

    // ---- files and attachments ----
    #[error("no such file {}", .0.display())]
    NoSuchFile(PathBuf),
    #[error("{} is a directory", .0.display())]
    IsADirectory(PathBuf),
    #[error("{}: {source}", path.display())]
    CannotRead { path: PathBuf, source: std::io::Error },
    #[error("{} is {size} bytes, over {max}", path.display())]
    TooBig { path: PathBuf, size: u64, max: u64 },
    #[error("{} is {mime:?}", path.display())]
    WrongType { path: PathBuf, mime: Option<String> },
    #[error("already attached to {item} as {n}")]
    AlreadyAttached { item: ItemId, n: usize },
    #[error("{item} has no attachment {n} (it has {count})")]
    NoSuchAttachment { item: ItemId, n: usize, count: usize },
    #[error("the content of an attachment of {0} is gone")]
    BlobMissing(ItemId),
    #[error("the content {0} does not match its SHA-256")]
    BlobDamaged(String),

    // ---- checks, backups ----
    #[error("the store fails its check: {0:?}")]
    Damaged(Vec<Finding>),
    #[error("{} exists", .0.display())]
    BackupExists(PathBuf),
    #[error("{} is a directory of backups", dir.display())]
    RestoreFromDir { dir: PathBuf, latest: Option<PathBuf> },
    #[error("the backup {} is not for this passphrase", .0.display())]
    BackupPassphrase(PathBuf),
    #[error("the backup {}: {source}", path.display())]
    Backup { path: PathBuf, source: Box<Error> },

    // ---- import and checks of values ----
    #[error("{} is not CSV: {what:?}", path.display())]
    NotCsv { path: PathBuf, what: NotText },
    /// A workbook that cannot be read (exit 5).
    #[error("{}: {why}", path.display())]
    Workbook { path: PathBuf, why: String },
    /// `--sheet` names no sheet of the workbook (exit 6).
    #[error("{}: no sheet {name}", path.display())]
    NoSuchSheet { path: PathBuf, name: String, sheets: Vec<String> },
    #[error("{} is empty", .0.display())]
    EmptyFile(PathBuf),
    #[error("the header is not UTF-8")]
    HeaderNotUtf8,
    #[error("the header: {problems:?}")]
    Header { problems: Vec<HeaderProblem>, fields: &'static [&'static str] },
    #[error("{rejected} rows refused")]
    Refused { rejected: u64, dry_run: bool },
    #[error("{bad} of {total} values invalid")]
    ValuesInvalid { bad: u64, total: u64 },
    #[error("{0} findings")]
    Findings(usize),
    #[error("the passphrase is shorter than {0} characters")]
    PassphraseTooShort(usize),

    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// A bug.
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<crate::crypto::Error> for Error {
    fn from(e: crate::crypto::Error) -> Self {
        Error::Store(e.into())
    }
}

impl Error {
    /// Which kind of failure this is.
    pub fn class(&self) -> Class {
        use Error as E;
        match self {
            E::Store(e) => store_class(e),
            E::Output(e) => output_class(e),
            E::Sign(e) => sign_class(e),
            E::Invalid(_)
            | E::NoSuchVersion { .. }
            | E::VersionDeleted { .. }
            | E::TooBig { .. }
            | E::WrongType { .. }
            | E::NotCsv { .. }
            | E::Workbook { .. }
            | E::EmptyFile(_)
            | E::HeaderNotUtf8
            | E::Header { .. }
            | E::Refused { .. }
            | E::ValuesInvalid { .. }
            | E::Findings(_)
            | E::PassphraseTooShort(_) => Class::Invalid,
            E::NotFound(_)
            | E::NoSuchAttachment { .. }
            | E::NoSuchFile(_)
            | E::NoSuchSheet { .. } => Class::NotFound,
            E::Duplicate(_)
            | E::Locked { .. }
            | E::Superseded { .. }
            | E::Archived { .. }
            | E::Needed { .. }
            | E::NotScheduled { .. }
            | E::NotStarted { .. }
            | E::TooLate { .. }
            | E::RevertMoves(_)
            | E::AlreadyDone(_)
            | E::NoRevert(_)
            | E::Transition { .. }
            | E::Decided { .. }
            | E::AlreadyAttached { .. }
            | E::BackupExists(_) => Class::Conflict,
            E::NothingToChange
            | E::IssuesOnlyApproved(_)
            | E::UseReschedule(_)
            | E::AlreadyThatVersion { .. }
            | E::IsADirectory(_)
            | E::RestoreFromDir { .. } => Class::Usage,
            E::BlobMissing(_) | E::BlobDamaged(_) | E::Damaged(_) => Class::Damaged,
            E::BackupPassphrase(_) => Class::Unlock,
            E::Backup { source, .. } => source.class(),
            E::CannotRead { .. } => Class::Io,
            E::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Class::Gone,
            E::Io(_) => Class::Io,
            E::Internal(_) => Class::Internal,
        }
    }
}

/// The kind of a store failure.
pub fn store_class(e: &crate::store::Error) -> Class {
    use crate::store::Error as S;
    match e {
        S::NoStore(_) | S::ServerUnreachable { .. } => Class::NotFound,
        S::ServerUrl(_) | S::ServerPasswordInUrl | S::NotOnServer => Class::Usage,
        S::NoOffice { .. } => Class::NotFound,
        S::ServerRefused { .. } => Class::Unlock,
        S::ServerDenied { .. } => Class::Denied,
        S::ServerExists { .. } | S::Taken(_) => Class::Conflict,
        S::Server { .. } => Class::Io,
        S::Exists(_) | S::Busy | S::Replaced(_) => Class::Conflict,
        S::NoSuchUser { .. } | S::ChooseUser(_) => Class::Usage,
        S::UserExists(_) | S::LastAdmin(_) => Class::Conflict,
        S::KeysMissing(_)
        | S::KeysDamaged { .. }
        | S::NotAStore(_)
        | S::PlainSqlite(_)
        | S::Empty(_)
        | S::Truncated(_)
        | S::DamagedPages { .. }
        | S::Corrupt(_)
        | S::TooNew { .. }
        | S::ServerFormat { .. }
        | S::SealKeyDamaged
        | S::Unreadable { .. } => Class::Damaged,
        S::WrongPassphrase(_) => Class::Unlock,
        S::Signing(e) => sign_class(e),
        S::CannotCreate { .. } | S::Disk(_) | S::DiskAt { .. } | S::File { .. } => Class::Io,
        S::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Class::Gone,
        S::Io(_) => Class::Io,
        // A value the store cannot read back is not the user's doing.
        S::Malformed(_) | S::Crypto(_) | S::Internal(_) => Class::Internal,
    }
}

/// The kind of a writer's failure.
pub fn output_class(e: &crate::io::Error) -> Class {
    use crate::io::Error as O;
    match e {
        O::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Class::Gone,
        O::Io(_) | O::CannotWrite { .. } => Class::Io,
        O::NoSuchDir { .. } => Class::NotFound,
        O::PdfTooBig { .. } => Class::Usage,
        O::Format(_) => Class::Internal,
    }
}

/// The kind of a signature's failure.
pub fn sign_class(e: &crate::sign::Error) -> Class {
    use crate::sign::Error as G;
    match e {
        G::PublicKeyUnreadable => Class::Invalid,
        G::KeyMissing
        | G::KeyDamaged
        | G::Malformed
        | G::OtherKey { .. }
        | G::Mismatch
        | G::CommentAltered => Class::Damaged,
        G::Io(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Class::Gone,
        G::Io(_) => Class::Io,
        G::Random => Class::Internal,
    }
}

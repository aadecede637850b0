//! What can go wrong with a store, by cause and with what the edge needs to name it: the
//! store's path, the pages that fail, the formats. The text a user reads is chosen at the edge.

use std::path::PathBuf;

/// A store failure.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No store at the path (exit 6).
    #[error("no store at {}", .0.display())]
    NoStore(PathBuf),
    /// `init` at a path that is taken (exit 7).
    #[error("{} already exists", .0.display())]
    Exists(PathBuf),
    /// The store's directory could not be made (exit 1).
    #[error("cannot make {}: {source}", path.display())]
    CannotCreate { path: PathBuf, source: std::io::Error },
    /// Some other file, not a store (exit 4).
    #[error("{} is not a kabinet store", .0.display())]
    NotAStore(PathBuf),
    /// A plain SQLite database (exit 4).
    #[error("{} is a plain SQLite database", .0.display())]
    PlainSqlite(PathBuf),
    /// An empty file (exit 4).
    #[error("{} is empty", .0.display())]
    Empty(PathBuf),
    /// Not a whole number of pages (exit 4).
    #[error("{} is truncated", .0.display())]
    Truncated(PathBuf),
    /// The key is right but these pages do not authenticate (exit 4).
    #[error("{} is damaged: {}", path.display(), pages.join("; "))]
    DamagedPages { path: PathBuf, pages: Vec<String> },
    /// SQLite found the database malformed (exit 4); its own words.
    #[error("store is damaged: {0}")]
    Corrupt(String),
    /// A stored value that cannot be read back (exit 4).
    #[error("malformed stored value {0:?}")]
    Malformed(String),
    /// An item holding a stored value that cannot be read (exit 4).
    #[error("{item}: malformed stored value {value:?}")]
    Unreadable { item: crate::domain::ItemId, value: String },
    /// Written by a newer kabinet (exit 4).
    #[error("store format {found} is newer than {known}")]
    TooNew { found: i64, known: i64 },
    /// The store has a key file and it is not there (exit 4).
    #[error("the key file {} is missing", .0.display())]
    KeysMissing(PathBuf),
    /// The key file cannot be read, or was changed outside kabinet (exit 4).
    #[error("the key file {} is damaged: {why}", path.display())]
    KeysDamaged { path: PathBuf, why: String },
    /// No user of that name (exit 2); the users there are.
    #[error("no user {name}")]
    NoSuchUser { name: String, users: Vec<String> },
    /// Several users and nothing says which one is unlocking (exit 2).
    #[error("which user? {0:?}")]
    ChooseUser(Vec<String>),
    /// The store's last admin cannot be removed or made something else (exit 7).
    #[error("{0} is the last admin")]
    LastAdmin(String),
    /// A user of that name exists (exit 7).
    #[error("a user {0} exists")]
    UserExists(String),
    /// No key derivation version opens it (exit 3).
    #[error("wrong passphrase for {}", .0.display())]
    WrongPassphrase(PathBuf),
    /// Another writer holds the lock past the busy timeout (exit 7).
    #[error("store busy")]
    Busy,
    /// The file at the path was replaced while this command waited (exit 7).
    #[error("{} was replaced", .0.display())]
    Replaced(PathBuf),
    /// The key rows are sealed with does not read (exit 4).
    #[error("the seal key is damaged")]
    SealKeyDamaged,
    /// The signing key pair (exit 4).
    #[error(transparent)]
    Signing(#[from] crate::sign::Error),
    /// The disk or the system refused: full, read-only, permission (exit 1); SQLite's words.
    #[error("{0}")]
    Disk(String),
    /// The same, writing a named file other than the store (a backup copy) (exit 1).
    #[error("{}: {detail}", path.display())]
    DiskAt { path: PathBuf, detail: String },
    /// A named file could not be read or written (exit 1).
    #[error("{}: {source}", path.display())]
    File { path: PathBuf, source: std::io::Error },
    /// The system refused, without a file to name (exit 1).
    #[error(transparent)]
    Io(#[from] std::io::Error),
    /// Key derivation or the random source (exit 1).
    #[error(transparent)]
    Crypto(#[from] crate::crypto::Error),
    /// A `--store postgres://…` that does not parse (exit 2).
    #[error("not a server address: {0}")]
    ServerUrl(String),
    /// A server address with a password in it (exit 2).
    #[error("a password in the server address")]
    ServerPasswordInUrl,
    /// The server does not answer (exit 6).
    #[error("the server at {at} does not answer: {why}")]
    ServerUnreachable { at: String, why: String },
    /// The server refused the login (exit 3).
    #[error("the server at {at} refused {user}: {why}")]
    ServerRefused { at: String, user: String, why: String },
    /// The server refused an action to the role logged in (exit 8).
    #[error("the server at {at} refused {user}: {why}")]
    ServerDenied { at: String, user: String, why: String },
    /// `server init` for an office the server has (exit 7).
    #[error("the server at {at} has an office {office}")]
    ServerExists { at: String, office: String },

    #[error("{0} is another item here")]
    Taken(crate::domain::ItemId),
    /// An operation the office server does not serve yet (exit 2).
    #[error("a local store's, not an office server's")]
    NotOnServer,
    /// No such office on the server, or several and none named (exit 4).
    #[error("the server at {at} has no office {asked:?} (it has {offices:?})")]
    NoOffice { at: String, asked: Option<String>, offices: Vec<String> },
    /// The server's schema is of another format than this program writes (exit 4): older
    /// (`server init` upgrades it) or newer (a newer kabinet made it).
    #[error("the server at {at} has schema format {found}, this kabinet {known}")]
    ServerFormat { at: String, found: i64, known: i64 },
    /// Any other failure the server reports (exit 1), in its words.
    #[error("the server at {at}: {why}")]
    Server { at: String, why: String },
    /// A bug: SQL that should not fail (exit 1).
    #[error("{0}")]
    Internal(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<rusqlite::Error> for Error {
    /// An SQLite failure as a user should see it: busy, damaged, the disk, or a bug.
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode as C;
        if let rusqlite::Error::FromSqlConversionFailure(_, _, inner) = &e
            && let Some(m) = inner.downcast_ref::<Malformed>()
        {
            return Error::Malformed(m.0.clone());
        }
        match e.sqlite_error_code() {
            Some(C::DatabaseBusy | C::DatabaseLocked) => Error::Busy,
            Some(C::NotADatabase | C::DatabaseCorrupt) => Error::Corrupt(e.to_string()),
            Some(
                C::DiskFull
                | C::CannotOpen
                | C::ReadOnly
                | C::SystemIoFailure
                | C::PermissionDenied,
            ) => Error::Disk(e.to_string()),
            _ => Error::Internal(e.to_string()),
        }
    }
}

/// A stored value that does not parse, carried through rusqlite's row conversion.
#[derive(Debug)]
pub(crate) struct Malformed(pub String);

impl std::fmt::Display for Malformed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "malformed stored value {:?}", self.0)
    }
}

impl std::error::Error for Malformed {}

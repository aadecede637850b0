//! What a check of a store's integrity reports: each problem by kind, with what names it (a
//! page, an entry, an item), so the edge can say it in the user's language.

/// One problem found.
#[derive(Debug)]
pub enum Finding {
    /// A page whose HMAC fails (the backend's words for where).
    Page(String),
    /// The database's own structure check (its words).
    Structure(String),
    /// Log entries removed from the middle: sequence numbers `a` to `b`.
    LogRemoved(i64, i64),
    /// A log entry whose HMAC does not match (altered, or following a removed one).
    LogAltered(i64),
    /// The sealed head does not match the last entry: entries removed from the end, or added.
    LogHead,
    /// An item row (as a user knows it: `R-7`) whose seal does not match its values.
    RowChanged(String),
    /// A history row of an item (a reschedule, a completion) whose seal does not match.
    HistoryRowChanged { item: String, table: &'static str },
    /// An item the log never added.
    RowUnlogged(String),
    /// An item the log says exists, gone.
    RowRemoved(String),
    /// An item whose history rows do not number what the log says.
    HistoryCount { item: String, table: &'static str, logged: i64, present: i64 },
    /// Attachment content whose SHA-256 is not its name.
    Blob(String),
    /// An item's attachment whose content is gone.
    BlobMissing(String),
    /// An item holding a stored value that cannot be read back (listings leave it out).
    Unreadable { item: String, value: String },
    /// The signing key.
    SigningKey(crate::sign::Error),
    /// A log entry made after the store began signing, with no signature.
    Unsigned(i64),
    /// A log entry whose signature does not match it (changed after it was signed).
    BadSignature(i64),
    /// A log entry signed by a key the log never gave anyone.
    UnknownKey { seq: i64, key: String },
    /// A log entry signed by a key its user no longer had (removed, or given a new one).
    RetiredKey { seq: i64, user: String },
    /// A log entry naming one user, signed by another.
    WrongSigner { seq: i64, named: String, signer: String },
    /// A log entry by a user whose role (or kinds) did not allow it then.
    NotAllowed {
        seq: i64,
        user: String,
        role: crate::slots::Role,
        action: String,
        item: Option<String>,
    },
    /// A second start of signing: the store's record of it was removed.
    SigningRestarted(i64),
    /// A store with users whose log never began signing.
    SigningNeverBegan,
    /// A user of the key file the signed log never added.
    UserNotLogged(String),
    /// A user the signed log has that the key file does not.
    UserGone(String),
    /// A user of the key file who differs from the signed log.
    UserDiffers { user: String, differs: Differs },
    /// More problems of the kind before, not named.
    More(usize),
}

/// Adds `all` to `found`, at most `limit` of them named and the rest counted.
pub(in crate::store) fn named(found: &mut Vec<Finding>, all: Vec<Finding>, limit: usize) {
    let more = all.len().saturating_sub(limit);
    found.extend(all.into_iter().take(limit));
    if more > 0 {
        found.push(Finding::More(more));
    }
}

/// How a user of the key file differs from the signed log.
#[derive(Debug)]
pub enum Differs {
    Role { logged: crate::slots::Role, kept: crate::slots::Role },
    Kinds,
    Key,
}

/// Everything a check found, and what it looked at.
#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    /// Rows per sealed table, in the order the check read them.
    pub counts: Vec<(String, u64)>,
    pub log_entries: i64,
    /// The signing key's ID, when it reads.
    pub key_id: String,
    /// What the check of the log's signatures looked at.
    pub signatures: Summary,
}

/// What the check of signatures found, and what it looked at.
#[derive(Debug, Default)]
pub struct Summary {
    /// Entries made before the store began signing (not checked).
    pub before: i64,
    /// Entries signed and allowed.
    pub signed: i64,
    /// The signing keys of the users the log knows at its end: name, role, key ID.
    pub signers: Vec<(String, crate::slots::Role, String)>,
}

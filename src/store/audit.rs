//! The audit trail as the store keeps it, whatever the backend: who made a change, an entry of
//! the log, what a check of the chain found, and the IDs the log says exist. Every change to
//! the store is appended, in the same transaction, to a log inside it — when, who (OS user and
//! host), which command, which item, the values before and after.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use serde_json::Value;

use crate::domain::{ItemId, ItemKind};

/// Who is changing the store, and with which command.
#[derive(Debug, Clone)]
pub struct Actor {
    pub at: NaiveDateTime,
    pub who: String,
    pub command: String,
}

/// How the log names who made a change: the store's user, then the OS user and host in
/// brackets (`ivanova (mpetrova@desk-3)`); the OS user alone for a store without users.
pub fn attributed(user: Option<&str>, os: &str) -> String {
    match user {
        Some(u) => format!("{u} ({os})"),
        None => os.to_owned(),
    }
}

/// The store's user an entry names (see [`attributed`]), if any.
pub fn user_of(who: &str) -> Option<&str> {
    let (user, rest) = who.split_once(" (")?;
    rest.ends_with(')').then_some(user)
}

/// `user@host` of this process: the login name from `USER` or `LOGNAME` (else the account of
/// the real user ID), and the host name.
pub fn whoami() -> String {
    let host = whoami::hostname().unwrap_or_else(|_| "?".into());
    format!("{}@{host}", login())
}

/// The login name of this process: `USER` or `LOGNAME`, else the account of the real user ID
/// (cron, a service), else `?`.
pub fn login() -> String {
    ["USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        .or_else(|| whoami::account().ok())
        .unwrap_or_else(|| "?".into())
}

/// One entry of the log.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Entry {
    pub seq: i64,
    pub at: String,
    pub who: String,
    pub command: String,
    pub action: String,
    pub item: Option<String>,
    pub before: Option<Value>,
    pub after: Option<Value>,
    /// For an entry carried from another store (a push, a backup of an office): where it was
    /// there — the store's ID, its number, HMAC and signature — and its own original, if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub origin: Option<Value>,
}

impl Entry {
    /// The store and number an entry carried from another store had there.
    pub fn carried_from(&self) -> Option<(&str, i64)> {
        let o = self.origin.as_ref()?;
        Some((o.get("store")?.as_str()?, o.get("seq")?.as_i64()?))
    }
}

/// The table that holds a kind of item.
pub fn table(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Record => "records",
        ItemKind::Doc => "docs",
        ItemKind::Appt => "appts",
        ItemKind::Obligation => "obligations",
        ItemKind::Application => "applications",
    }
}

/// What is wrong with the chain: entries altered, removed or added outside kabinet.
#[derive(Debug, Default)]
pub struct ChainReport {
    pub entries: i64,
    /// Entries whose HMAC does not match (altered, or following a removed one).
    pub altered: Vec<i64>,
    /// Ranges of sequence numbers missing from the middle of the log.
    pub missing: Vec<(i64, i64)>,
    /// The head does not match the last entry: entries removed from the end (or added).
    pub head_mismatch: bool,
}

/// Sets of IDs as sorted, disjoint ranges.
#[derive(Debug, Default, Clone)]
pub struct IdSet(BTreeMap<i64, i64>);

impl IdSet {
    pub fn insert_range(&mut self, a: i64, b: i64) {
        let (mut a, mut b) = (a, b);
        // A range that starts before `a` and reaches or touches it.
        if let Some((&s, &e)) = self.0.range(..a).next_back()
            && e + 1 >= a
        {
            self.0.remove(&s);
            a = s;
            b = b.max(e);
        }
        // Ranges that start inside [a, b + 1].
        let within: Vec<(i64, i64)> =
            self.0.range(a..=b.saturating_add(1)).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in within {
            self.0.remove(&s);
            b = b.max(e);
        }
        self.0.insert(a, b);
    }

    pub fn remove(&mut self, id: i64) {
        if let Some((&s, &e)) = self.0.range(..=id).next_back()
            && e >= id
        {
            self.0.remove(&s);
            if s < id {
                self.0.insert(s, id - 1);
            }
            if id < e {
                self.0.insert(id + 1, e);
            }
        }
    }

    pub fn contains(&self, id: i64) -> bool {
        self.0.range(..=id).next_back().is_some_and(|(_, &e)| e >= id)
    }

    /// Each ID in the set, in order.
    pub fn iter(&self) -> impl Iterator<Item = i64> + '_ {
        self.0.iter().flat_map(|(&s, &e)| s..=e)
    }
}

/// The item ID of a row of a sealed table, as a user knows it.
pub fn label(table: &str, id: i64) -> String {
    let kind = match table {
        "records" => ItemKind::Record,
        "docs" => ItemKind::Doc,
        "appts" => ItemKind::Appt,
        "obligations" => ItemKind::Obligation,
        "applications" => ItemKind::Application,
        _ => return format!("{table} #{id}"),
    };
    ItemId::new(kind, id).to_string()
}

/// An item whose history rows in `table` do not number what the log says.
pub struct HistoryMismatch {
    pub table: &'static str,
    /// The item, as a user knows it (`A-3`).
    pub item: String,
    pub logged: i64,
    pub present: i64,
}

#[cfg(test)]
mod tests {
    use super::IdSet;

    #[test]
    fn id_set_merges_and_splits() {
        let mut s = IdSet::default();
        s.insert_range(1, 5);
        s.insert_range(7, 9);
        s.insert_range(6, 6);
        assert_eq!(s.iter().collect::<Vec<_>>(), (1..=9).collect::<Vec<_>>());
        s.remove(4);
        assert!(!s.contains(4) && s.contains(3) && s.contains(5));
        s.insert_range(4, 4);
        assert_eq!(s.iter().count(), 9);
        s.remove(1);
        s.remove(9);
        assert_eq!(s.iter().collect::<Vec<_>>(), (2..=8).collect::<Vec<_>>());
    }
}

/// Where the audit trail stands: the last entry's number and a digest of the chain up to it
/// (the first 16 hex digits of the sealed head). Written `SEQ:HASH` (`1689:3fa29c01d4e5b6a7`),
/// short enough for a receipt; a store whose trail holds entry SEQ with that digest contains
/// that state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

/// Digits of the sealed head kept in a [`Head`].
pub const HEAD_DIGITS: usize = 16;

impl std::fmt::Display for Head {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.seq, self.hash)
    }
}

impl Head {
    /// Reads `SEQ:HASH` as [`Head`]'s `Display` writes it (the digits in either case).
    pub fn parse(s: &str) -> Option<Head> {
        let (seq, hash) = s.trim().split_once(':')?;
        let seq: i64 = seq.parse().ok().filter(|n| *n > 0)?;
        let hash = hash.to_ascii_lowercase();
        let ok = hash.len() == HEAD_DIGITS && hash.bytes().all(|b| b.is_ascii_hexdigit());
        ok.then_some(Head { seq, hash })
    }
}

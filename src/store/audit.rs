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

/// The IDs each table of items (and `attachments`) should hold, by replaying the log's
/// additions and removals in order: backend-neutral, fed each entry's action, item and values.
#[derive(Debug, Default)]
pub struct Expected(BTreeMap<&'static str, IdSet>);

fn ranges(v: Option<&Value>) -> Vec<(i64, i64)> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter().filter_map(|r| Some((r.get(0)?.as_i64()?, r.get(1)?.as_i64()?))).collect()
        })
        .unwrap_or_default()
}

impl Expected {
    /// An empty replay of these tables.
    pub fn of(tables: &[&'static str]) -> Expected {
        Expected(tables.iter().map(|t| (*t, IdSet::default())).collect())
    }

    /// Replays one entry.
    pub fn entry(
        &mut self,
        action: &str,
        item: Option<&str>,
        before: Option<&Value>,
        after: Option<&Value>,
    ) {
        let id_of = |v: Option<&Value>| v.and_then(|v| v.get("id")).and_then(Value::as_i64);
        let sets = &mut self.0;
        match action {
            "begin" => {
                for (t, set) in sets.iter_mut() {
                    for (a, b) in ranges(after.and_then(|v| v.get(*t))) {
                        set.insert_range(a, b);
                    }
                }
            }
            "import" => {
                let t = after.and_then(|v| v.get("table")).and_then(Value::as_str);
                if let Some(set) = t.and_then(|t| sets.get_mut(t)) {
                    for (a, b) in ranges(after.and_then(|v| v.get("ids"))) {
                        set.insert_range(a, b);
                    }
                }
            }
            "attach" => {
                if let (Some(set), Some(id)) = (sets.get_mut("attachments"), id_of(after)) {
                    set.insert_range(id, id);
                }
            }
            "detach" => {
                if let (Some(set), Some(id)) = (sets.get_mut("attachments"), id_of(before)) {
                    set.remove(id);
                }
            }
            _ => {
                // Any other change to one item: it exists after unless it was deleted.
                let kind = item
                    .and_then(|i| i.chars().next())
                    .and_then(|c| ItemKind::ALL.into_iter().find(|k| k.prefix() == c));
                if let Some(set) = kind.and_then(|k| sets.get_mut(table(k))) {
                    match (id_of(before), id_of(after)) {
                        (_, Some(id)) => set.insert_range(id, id),
                        (Some(id), None) => set.remove(id),
                        (None, None) => {}
                    }
                }
            }
        }
    }

    pub fn get(&self, table: &str) -> Option<&IdSet> {
        self.0.get(table)
    }
}

/// The rows `actual` (sorted IDs) holds that `expected` never added, and those `expected` says
/// exist that are gone (at most a thousand and one of these).
pub fn differences(actual: &[i64], expected: &IdSet) -> (Vec<i64>, Vec<i64>) {
    let unexpected: Vec<i64> =
        actual.iter().copied().filter(|id| !expected.contains(*id)).collect();
    let mut missing = Vec::new();
    let mut i = 0;
    for id in expected.iter() {
        while i < actual.len() && actual[i] < id {
            i += 1;
        }
        if i >= actual.len() || actual[i] != id {
            missing.push(id);
            if missing.len() > 1000 {
                break;
            }
        }
    }
    (unexpected, missing)
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

/// The history tables of items, each with its owner's table and the logged action that adds
/// one row (an appointment's reschedule, an obligation's completion, an application's change
/// of status). Deleting the owner deletes its rows; nothing else removes one.
pub const HISTORY: &[(&str, &str, &str)] = &[
    ("appt_moves", "appts", "reschedule"),
    ("obligation_done", "obligations", "done"),
    ("application_changes", "applications", "status"),
];

/// How many history rows each item has, per history table, by the owner's ID.
pub type HistoryCounts = BTreeMap<&'static str, BTreeMap<i64, i64>>;

/// The history rows each item should have, replaying the log: the counts its `history` entry
/// took when it began counting them (a local store's format 9), plus one per reschedule,
/// completion or change of status logged after, none after the item's deletion.
#[derive(Debug)]
pub struct LoggedHistory(HistoryCounts);

impl Default for LoggedHistory {
    fn default() -> Self {
        LoggedHistory(HISTORY.iter().map(|(t, ..)| (*t, BTreeMap::new())).collect())
    }
}

impl LoggedHistory {
    /// Replays one entry (its action, item and values after).
    pub fn entry(&mut self, action: &str, item: Option<&str>, after: Option<&Value>) {
        if action == "history" {
            for (table, owners) in self.0.iter_mut() {
                let counted = after.and_then(|v| v.get(*table)).and_then(Value::as_object);
                *owners = counted
                    .into_iter()
                    .flatten()
                    .filter_map(|(id, n)| Some((id.parse().ok()?, n.as_i64()?)))
                    .collect();
            }
            return;
        }
        let Some(item) = item else { return };
        for (table, owner_table, adds) in HISTORY {
            let kind = [ItemKind::Appt, ItemKind::Obligation, ItemKind::Application]
                .into_iter()
                .find(|k| self::table(*k) == *owner_table);
            let Some(id) = kind.and_then(|k| ItemId::parse(item, k)) else { continue };
            let owners = self.0.entry(table).or_default();
            if action == "delete" {
                owners.remove(&id.n);
            } else if action == *adds {
                *owners.entry(id.n).or_default() += 1;
            }
        }
    }

    pub fn counts(self) -> HistoryCounts {
        self.0
    }
}

/// Every item whose history rows number otherwise than the log says (rows removed, or copied
/// in by another client: a row's seal cannot tell that, its count against the log can).
pub fn history_differences(
    logged: &HistoryCounts,
    present: &HistoryCounts,
) -> Vec<HistoryMismatch> {
    let none = BTreeMap::new();
    let mut found = Vec::new();
    for (table, owner_table, _) in HISTORY {
        let logged = logged.get(table).unwrap_or(&none);
        let present = present.get(table).unwrap_or(&none);
        let owners: std::collections::BTreeSet<&i64> =
            logged.keys().chain(present.keys()).collect();
        for id in owners {
            let count = |m: &BTreeMap<i64, i64>| m.get(id).copied().unwrap_or(0);
            if count(logged) != count(present) {
                found.push(HistoryMismatch {
                    table,
                    item: label(owner_table, *id),
                    logged: count(logged),
                    present: count(present),
                });
            }
        }
    }
    found
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

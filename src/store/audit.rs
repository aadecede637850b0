//! The audit trail: every change to the store appended, in the same transaction, to a log
//! inside it — when, who (OS user and host), which command, which item, the values before and
//! after — as a hash chain: each entry's HMAC (see `seal`) covers the previous entry's, and the
//! head (count and last HMAC) is sealed in `meta`, so an entry changed, removed or added by
//! another SQLCipher client breaks the chain. Replaying the log also gives the set of item IDs
//! that should exist, and how many reschedules and completions each has, which `kabinet
//! verify` compares with the tables.

use std::collections::BTreeMap;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::seal::SEALED;
use crate::domain::dates::iso_datetime;
use crate::domain::{ItemId, ItemKind};
use crate::error::Result;

/// Who is changing the store, and with which command.
#[derive(Debug, Clone)]
pub struct Actor {
    pub at: NaiveDateTime,
    pub who: String,
    pub command: String,
}

/// `user@host` of this process: the login name from `USER` or `LOGNAME` (else the account of
/// the real user ID), and the host name.
pub fn whoami() -> String {
    let user = ["USER", "LOGNAME"]
        .iter()
        .find_map(|v| std::env::var(v).ok().filter(|u| !u.trim().is_empty()))
        // No login variables (cron, a service): the account of the real user ID.
        .or_else(|| whoami::account().ok())
        .unwrap_or_else(|| "?".into());
    let host = whoami::hostname().unwrap_or_else(|_| "?".into());
    format!("{user}@{host}")
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
}

/// The table that holds a kind of item.
pub fn table(kind: ItemKind) -> &'static str {
    match kind {
        ItemKind::Record => "records",
        ItemKind::Doc => "docs",
        ItemKind::Appt => "appts",
        ItemKind::Obligation => "obligations",
    }
}

fn columns(table: &str) -> &'static str {
    SEALED.iter().find(|(t, _)| *t == table).map(|(_, c)| *c).unwrap_or("id")
}

/// A row as a JSON object of its stored columns, or `None` when there is no such row.
pub fn snapshot_row(conn: &Connection, table: &str, id: i64) -> Result<Option<String>> {
    let pairs: Vec<String> =
        columns(table).split(',').map(str::trim).map(|c| format!("'{c}', {c}")).collect();
    let sql = format!("SELECT json_object({}) FROM {table} WHERE id = ?1", pairs.join(", "));
    Ok(conn.query_row(&sql, [id], |r| r.get(0)).optional()?)
}

pub fn snapshot(conn: &Connection, item: ItemId) -> Result<Option<String>> {
    snapshot_row(conn, table(item.kind), item.n)
}

/// Appends an entry; returns its sequence number.
pub fn append(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    item: Option<&str>,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<i64> {
    let seq: i64 =
        conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM audit", [], |r| r.get(0))?;
    conn.execute(
        "INSERT INTO audit (seq, at, who, command, action, item, before, after, mac) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, kabinet_mac('audit', \
           (SELECT mac FROM audit WHERE seq = ?1 - 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8))",
        params![seq, iso_datetime(actor.at), actor.who, actor.command, action, item, before, after],
    )?;
    conn.execute(
        "INSERT INTO meta (key, value) \
         SELECT 'audit_head', hex(kabinet_mac('head', seq, mac)) FROM audit WHERE seq = ?1 \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [seq],
    )?;
    Ok(seq)
}

/// Runs a change to one item and logs it with the item's values before and after.
pub fn change<T>(
    conn: &Connection,
    actor: &Actor,
    action: &str,
    item: ItemId,
    f: impl FnOnce() -> Result<T>,
) -> Result<T> {
    let before = snapshot(conn, item)?;
    let value = f()?;
    let after = snapshot(conn, item)?;
    append(conn, actor, action, Some(&item.to_string()), before.as_deref(), after.as_deref())?;
    Ok(value)
}

/// Logs a new item with its values.
pub fn added(conn: &Connection, actor: &Actor, item: ItemId) -> Result<()> {
    let after = snapshot(conn, item)?;
    append(conn, actor, "add", Some(&item.to_string()), None, after.as_deref())?;
    Ok(())
}

/// The highest ID a table has ever given (AUTOINCREMENT's counter).
pub fn last_id(conn: &Connection, table: &str) -> Result<i64> {
    Ok(conn
        .query_row("SELECT seq FROM sqlite_sequence WHERE name = ?1", [table], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// The first entry of a store's log: the items it already holds (a store made before the
/// audit trail existed), as ID ranges per table.
pub fn genesis(conn: &Connection, actor: &Actor) -> Result<()> {
    let mut after = serde_json::Map::new();
    for (table, _) in SEALED {
        let mut st = conn.prepare(&format!("SELECT id FROM {table} ORDER BY id"))?;
        let ids = st.query_map([], |r| r.get::<_, i64>(0))?;
        let mut ranges: Vec<(i64, i64)> = Vec::new();
        for id in ids {
            let id = id?;
            match ranges.last_mut() {
                Some((_, end)) if *end + 1 == id => *end = id,
                _ => ranges.push((id, id)),
            }
        }
        let v: Vec<Value> = ranges.into_iter().map(|(a, b)| serde_json::json!([a, b])).collect();
        after.insert((*table).into(), v.into());
    }
    append(conn, actor, "begin", None, None, Some(&Value::Object(after).to_string()))?;
    Ok(())
}

fn parse(s: Option<String>) -> Option<Value> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

/// Log entries, oldest first: all, those at or after `since`, or those about one item.
pub fn entries(conn: &Connection, since: Option<&str>, item: Option<&str>) -> Result<Vec<Entry>> {
    let mut st = conn.prepare(
        "SELECT seq, at, who, command, action, item, before, after FROM audit \
         WHERE (?1 IS NULL OR at >= ?1) AND (?2 IS NULL OR item = ?2 \
                OR (action IN ('attach', 'detach') AND item = ?2)) ORDER BY seq",
    )?;
    let rows = st.query_map(params![since, item], |r| {
        Ok(Entry {
            seq: r.get(0)?,
            at: r.get(1)?,
            who: r.get(2)?,
            command: r.get(3)?,
            action: r.get(4)?,
            item: r.get(5)?,
            before: parse(r.get(6)?),
            after: parse(r.get(7)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
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

pub fn check_chain(conn: &Connection) -> Result<ChainReport> {
    let mut st = conn.prepare(
        "SELECT seq, mac IS kabinet_mac('audit', LAG(mac) OVER (ORDER BY seq), seq, at, who, \
                command, action, item, before, after) \
         FROM audit ORDER BY seq",
    )?;
    let mut rows = st.query([])?;
    let mut report = ChainReport::default();
    let mut prev = 0i64;
    while let Some(r) = rows.next()? {
        let seq: i64 = r.get(0)?;
        let ok: bool = r.get(1)?;
        report.entries += 1;
        if seq != prev + 1 {
            report.missing.push((prev + 1, seq - 1));
        }
        if !ok {
            report.altered.push(seq);
        }
        prev = seq;
    }
    let head: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = 'audit_head'", [], |r| r.get(0))
        .optional()?;
    let expected: Option<String> = conn
        .query_row(
            "SELECT hex(kabinet_mac('head', seq, mac)) FROM audit ORDER BY seq DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .optional()?;
    report.head_mismatch = head != expected;
    Ok(report)
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

fn ranges(v: Option<&Value>) -> Vec<(i64, i64)> {
    v.and_then(Value::as_array)
        .map(|a| {
            a.iter().filter_map(|r| Some((r.get(0)?.as_i64()?, r.get(1)?.as_i64()?))).collect()
        })
        .unwrap_or_default()
}

/// The IDs each sealed table should hold, by replaying the log's additions and removals.
pub fn expected_ids(conn: &Connection) -> Result<BTreeMap<&'static str, IdSet>> {
    let mut sets: BTreeMap<&'static str, IdSet> =
        SEALED.iter().map(|(t, _)| (*t, IdSet::default())).collect();
    let mut st = conn.prepare("SELECT action, item, before, after FROM audit ORDER BY seq")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let action: String = r.get(0)?;
        let item: Option<String> = r.get(1)?;
        let before = parse(r.get(2)?);
        let after = parse(r.get(3)?);
        let id_of =
            |v: &Option<Value>| v.as_ref().and_then(|v| v.get("id")).and_then(Value::as_i64);
        let table_of = |item: &Option<String>| {
            let c = item.as_deref()?.chars().next()?;
            [ItemKind::Record, ItemKind::Doc, ItemKind::Appt, ItemKind::Obligation]
                .into_iter()
                .find(|k| k.prefix() == c)
                .map(table)
        };
        match action.as_str() {
            "begin" => {
                for (t, set) in sets.iter_mut() {
                    for (a, b) in ranges(after.as_ref().and_then(|v| v.get(*t))) {
                        set.insert_range(a, b);
                    }
                }
            }
            "import" => {
                let t = after.as_ref().and_then(|v| v.get("table")).and_then(Value::as_str);
                if let Some(set) = t.and_then(|t| sets.get_mut(t)) {
                    for (a, b) in ranges(after.as_ref().and_then(|v| v.get("ids"))) {
                        set.insert_range(a, b);
                    }
                }
            }
            "attach" => {
                if let (Some(set), Some(id)) = (sets.get_mut("attachments"), id_of(&after)) {
                    set.insert_range(id, id);
                }
            }
            "detach" => {
                if let (Some(set), Some(id)) = (sets.get_mut("attachments"), id_of(&before)) {
                    set.remove(id);
                }
            }
            _ => {
                // Any other change to one item: it exists after unless it was deleted.
                if let Some(set) = table_of(&item).and_then(|t| sets.get_mut(t)) {
                    match (id_of(&before), id_of(&after)) {
                        (_, Some(id)) => set.insert_range(id, id),
                        (Some(id), None) => set.remove(id),
                        (None, None) => {}
                    }
                }
            }
        }
    }
    Ok(sets)
}

/// The item ID of a row of a sealed table, as a user knows it.
pub fn label(table: &str, id: i64) -> String {
    let kind = match table {
        "records" => ItemKind::Record,
        "docs" => ItemKind::Doc,
        "appts" => ItemKind::Appt,
        "obligations" => ItemKind::Obligation,
        _ => return format!("{table} #{id}"),
    };
    ItemId::new(kind, id).to_string()
}

/// Rows a table holds that the log never added, and rows the log says exist that are gone.
pub fn compare_ids(
    conn: &Connection,
    table: &str,
    expected: &IdSet,
) -> Result<(Vec<i64>, Vec<i64>)> {
    let mut st = conn.prepare(&format!("SELECT id FROM {table} ORDER BY id"))?;
    let actual: Vec<i64> = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
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
    Ok((unexpected, missing))
}

/// The history tables of items, each with its owner's table, the column naming the owner and
/// the logged action that adds one row (an appointment's reschedule, an obligation's
/// completion). Deleting the owner deletes its rows; nothing else removes one.
const HISTORY: &[(&str, &str, &str, &str)] = &[
    ("appt_moves", "appts", "appt_id", "reschedule"),
    ("obligation_done", "obligations", "obligation_id", "done"),
];

/// How many history rows each item has, per history table, by the owner's ID.
type HistoryCounts = BTreeMap<&'static str, BTreeMap<i64, i64>>;

/// The history rows each item has, as the tables hold them.
fn history_counts(conn: &Connection) -> Result<HistoryCounts> {
    let mut all = HistoryCounts::new();
    for (table, _, owner, _) in HISTORY {
        let mut st = conn.prepare(&format!("SELECT {owner}, count(*) FROM {table} GROUP BY 1"))?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        all.insert(*table, rows.collect::<rusqlite::Result<_>>()?);
    }
    Ok(all)
}

/// Logs the history rows the store holds now (a `history` entry, if there are any): the
/// migration to format 9, from which on the log accounts for every one.
pub fn count_history(conn: &Connection, actor: &Actor) -> Result<()> {
    let counts = history_counts(conn)?;
    if counts.values().all(BTreeMap::is_empty) {
        return Ok(());
    }
    let after: serde_json::Map<String, Value> = counts
        .iter()
        .map(|(table, owners)| {
            let owners: serde_json::Map<String, Value> =
                owners.iter().map(|(id, n)| (id.to_string(), Value::from(*n))).collect();
            ((*table).to_owned(), Value::Object(owners))
        })
        .collect();
    append(conn, actor, "history", None, None, Some(&Value::Object(after).to_string()))?;
    Ok(())
}

/// The history rows each item should have, as the log says: the counts its `history` entry
/// took when it began counting them (format 9), plus one per reschedule or completion logged
/// after, none after the item's deletion.
fn logged_history(conn: &Connection) -> Result<HistoryCounts> {
    let mut all: HistoryCounts = HISTORY.iter().map(|(t, ..)| (*t, BTreeMap::new())).collect();
    let mut st = conn.prepare(
        "SELECT action, item, after FROM audit \
         WHERE action IN ('history', 'delete', 'reschedule', 'done') ORDER BY seq",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let action: String = r.get(0)?;
        let item: Option<String> = r.get(1)?;
        if action == "history" {
            let after = parse(r.get(2)?);
            for (table, owners) in all.iter_mut() {
                let counted = after.as_ref().and_then(|v| v.get(*table)).and_then(Value::as_object);
                *owners = counted
                    .into_iter()
                    .flatten()
                    .filter_map(|(id, n)| Some((id.parse().ok()?, n.as_i64()?)))
                    .collect();
            }
            continue;
        }
        let Some(item) = item else { continue };
        for (table, owner_table, _, adds) in HISTORY {
            let kind = [ItemKind::Appt, ItemKind::Obligation]
                .into_iter()
                .find(|k| self::table(*k) == *owner_table);
            let Some(id) = kind.and_then(|k| ItemId::parse(&item, k)) else { continue };
            let owners = all.entry(table).or_default();
            if action == "delete" {
                owners.remove(&id.n);
            } else if action == *adds {
                *owners.entry(id.n).or_default() += 1;
            }
        }
    }
    Ok(all)
}

/// An item whose history rows in `table` do not number what the log says.
pub struct HistoryMismatch {
    pub table: &'static str,
    /// The item, as a user knows it (`A-3`).
    pub item: String,
    pub logged: i64,
    pub present: i64,
}

/// Every item whose history rows (a reschedule, a completion) were removed or copied in by
/// another client: a row's seal cannot tell that, its count against the log can.
pub fn history_mismatches(conn: &Connection) -> Result<Vec<HistoryMismatch>> {
    let (logged, present) = (logged_history(conn)?, history_counts(conn)?);
    let none = BTreeMap::new();
    let mut found = Vec::new();
    for (table, owner_table, ..) in HISTORY {
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
    Ok(found)
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

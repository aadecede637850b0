//! The audit trail's SQL (see [`crate::store::audit`]): entries appended in the same
//! transaction as the change, as a hash chain — each entry's HMAC (see `seal`) covers the
//! previous entry's, and the head (count and last HMAC) is sealed in `meta`, so an entry
//! changed, removed or added by another SQLCipher client breaks the chain — and the replays of
//! the log that `verify` compares with the tables.

use std::collections::BTreeMap;

use rusqlite::{Connection, OptionalExtension, params};
use serde_json::Value;

use super::Result;
use super::seal::SEALED;
use crate::domain::ItemId;
use crate::domain::dates::iso_datetime;
use crate::slots::SigningKey;
use crate::store::audit::{
    Actor, ChainReport, Entry, Expected, HEAD_DIGITS, Head, HistoryCounts, HistoryMismatch, IdSet,
    LoggedHistory, differences, history_differences, table,
};
use crate::store::signed::{Checker, START, Signed};
use crate::store::verify::{Finding, Summary};

fn columns(table: &str) -> &'static str {
    SEALED.iter().find(|(t, _)| *t == table).map(|(_, c)| *c).unwrap_or("id")
}

/// A row as a JSON object of its stored columns, or `None` when there is no such row.
pub(in crate::store) fn snapshot_row(
    conn: &Connection,
    table: &str,
    id: i64,
) -> Result<Option<String>> {
    let pairs: Vec<String> =
        columns(table).split(',').map(str::trim).map(|c| format!("'{c}', {c}")).collect();
    let sql = format!("SELECT json_object({}) FROM {table} WHERE id = ?1", pairs.join(", "));
    Ok(conn.query_row(&sql, [id], |r| r.get(0)).optional()?)
}

pub(in crate::store) fn snapshot(conn: &Connection, item: ItemId) -> Result<Option<String>> {
    snapshot_row(conn, table(item.kind), item.n)
}

/// The head at entry `seq` (the last entry when `None`): `None` when there is no such entry.
pub(in crate::store) fn head(conn: &Connection, seq: Option<i64>) -> Result<Option<Head>> {
    let sql = "SELECT seq, lower(hex(kabinet_mac('head', seq, mac))) FROM audit \
               WHERE seq = coalesce(?1, (SELECT max(seq) FROM audit))";
    let found = conn
        .query_row(sql, [seq], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))
        .optional()?;
    Ok(found.map(|(seq, hex)| Head { seq, hash: hex.chars().take(HEAD_DIGITS).collect() }))
}

/// The entries after `seq`, as stored, with their HMACs and signatures, oldest first.
pub(in crate::store) fn raw_entries(
    conn: &Connection,
    after: i64,
) -> Result<Vec<crate::store::types::RawEntry>> {
    let mut st = conn.prepare(
        "SELECT seq, at, who, command, action, item, before, after, mac, signer, sig, origin \
         FROM audit WHERE seq > ?1 ORDER BY seq",
    )?;
    let rows = st.query_map([after], |r| {
        Ok(crate::store::types::RawEntry {
            seq: r.get(0)?,
            at: super::req_datetime(r.get(1)?)?,
            who: r.get(2)?,
            command: r.get(3)?,
            action: r.get(4)?,
            item: r.get(5)?,
            before: r.get(6)?,
            after: r.get(7)?,
            mac: r.get(8)?,
            signer: r.get(9)?,
            sig: r.get(10)?,
            origin: r.get(11)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
}

/// Appends an entry, signed by `signer` when given; returns its sequence number.
pub(in crate::store) fn append(
    conn: &Connection,
    signer: Option<&SigningKey>,
    actor: &Actor,
    action: &str,
    item: Option<&str>,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<i64> {
    append_values(conn, signer, actor, &Values { action, item, before, after, origin: None })
}

/// An entry's values.
pub(in crate::store) struct Values<'a> {
    pub action: &'a str,
    pub item: Option<&'a str>,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// For an entry carried from another store: its original (JSON), covered by the HMAC
    /// after the other values. Never set before format 15, which adds the column.
    pub origin: Option<&'a str>,
}

/// Appends an entry of `v`, signed by `signer` when given; returns its sequence number.
pub(in crate::store) fn append_values(
    conn: &Connection,
    signer: Option<&SigningKey>,
    actor: &Actor,
    v: &Values,
) -> Result<i64> {
    let seq: i64 =
        conn.query_row("SELECT coalesce(max(seq), 0) + 1 FROM audit", [], |r| r.get(0))?;
    let at = iso_datetime(actor.at);
    let mac: Vec<u8> = match v.origin {
        None => conn.query_row(
            "INSERT INTO audit (seq, at, who, command, action, item, before, after, mac) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, kabinet_mac('audit', \
               (SELECT mac FROM audit WHERE seq = ?1 - 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)) \
             RETURNING mac",
            params![seq, at, actor.who, actor.command, v.action, v.item, v.before, v.after],
            |r| r.get(0),
        )?,
        Some(origin) => conn.query_row(
            "INSERT INTO audit (seq, at, who, command, action, item, before, after, origin, mac) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, kabinet_mac('audit', \
               (SELECT mac FROM audit WHERE seq = ?1 - 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)) \
             RETURNING mac",
            params![seq, at, actor.who, actor.command, v.action, v.item, v.before, v.after, origin],
            |r| r.get(0),
        )?,
    };
    if let Some(signer) = signer {
        let sig = signer.sign(&crate::store::signed::message(&mac));
        conn.execute(
            "UPDATE audit SET signer = ?2, sig = ?3 WHERE seq = ?1",
            params![seq, &signer.public()[..], &sig[..]],
        )?;
    }
    conn.execute(
        "INSERT INTO meta (key, value) \
         SELECT 'audit_head', hex(kabinet_mac('head', seq, mac)) FROM audit WHERE seq = ?1 \
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [seq],
    )?;
    Ok(seq)
}

/// Logs a new item with its values.
pub(in crate::store) fn added(
    conn: &Connection,
    signer: Option<&SigningKey>,
    actor: &Actor,
    item: ItemId,
) -> Result<()> {
    let after = snapshot(conn, item)?;
    append(conn, signer, actor, "add", Some(&item.to_string()), None, after.as_deref())?;
    Ok(())
}

/// The highest ID a table has ever given (AUTOINCREMENT's counter).
pub(in crate::store) fn last_id(conn: &Connection, table: &str) -> Result<i64> {
    Ok(conn
        .query_row("SELECT seq FROM sqlite_sequence WHERE name = ?1", [table], |r| r.get(0))
        .optional()?
        .unwrap_or(0))
}

/// The first entry of a store's log: the items it already holds (a store made before the
/// audit trail existed), as ID ranges per table.
pub(in crate::store) fn genesis(
    conn: &Connection,
    signer: Option<&SigningKey>,
    actor: &Actor,
) -> Result<()> {
    let mut after = serde_json::Map::new();
    for (table, _) in SEALED {
        // Tables of later formats come with their own migration, empty.
        if !super::table_exists(conn, table)? {
            continue;
        }
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
    append(conn, signer, actor, "begin", None, None, Some(&Value::Object(after).to_string()))?;
    Ok(())
}

fn parse(s: Option<String>) -> Option<Value> {
    s.and_then(|s| serde_json::from_str(&s).ok())
}

/// Log entries, oldest first: all, those at or after `since`, or those about one item.
pub(in crate::store) fn entries(
    conn: &Connection,
    since: Option<&str>,
    item: Option<&str>,
) -> Result<Vec<Entry>> {
    let mut st = conn.prepare(
        "SELECT seq, at, who, command, action, item, before, after, origin FROM audit \
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
            origin: parse(r.get(8)?),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub(in crate::store) fn check_chain(conn: &Connection) -> Result<ChainReport> {
    let mut st = conn.prepare(
        "SELECT seq, mac IS CASE WHEN origin IS NULL \
           THEN kabinet_mac('audit', LAG(mac) OVER (ORDER BY seq), seq, at, who, command, action, \
             item, before, after) \
           ELSE kabinet_mac('audit', LAG(mac) OVER (ORDER BY seq), seq, at, who, command, action, \
             item, before, after, origin) END \
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

/// Checks who signed each entry (see [`crate::store::signed`]).
pub(in crate::store) fn check_signatures(
    conn: &Connection,
    table: Option<&crate::slots::Table>,
) -> Result<(Summary, Vec<Finding>)> {
    let mut st = conn.prepare(
        "SELECT seq, who, action, item, before, after, mac, signer, sig, origin IS NOT NULL \
         FROM audit ORDER BY seq",
    )?;
    let mut rows = st.query([])?;
    let mut checker = Checker::default();
    while let Some(r) = rows.next()? {
        let action: String = r.get(2)?;
        // The values are read only where the check needs them: changes of users, imports.
        let values = matches!(
            action.as_str(),
            START
                | "user add"
                | "user role"
                | "user remove"
                | "recover"
                | "recovery-key"
                | "import"
        );
        checker.entry(Signed {
            seq: r.get(0)?,
            who: r.get(1)?,
            item: r.get(3)?,
            before: if values { r.get(4)? } else { None },
            after: if values { r.get(5)? } else { None },
            action,
            mac: r.get(6)?,
            signer: r.get(7)?,
            sig: r.get(8)?,
            carried: r.get(9)?,
        });
    }
    Ok(checker.finish(table))
}

/// The IDs each sealed table should hold, by replaying the log's additions and removals.
pub(in crate::store) fn expected_ids(conn: &Connection) -> Result<Expected> {
    let tables: Vec<&'static str> = SEALED.iter().map(|(t, _)| *t).collect();
    let mut expected = Expected::of(&tables);
    let mut st = conn.prepare("SELECT action, item, before, after FROM audit ORDER BY seq")?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let action: String = r.get(0)?;
        let item: Option<String> = r.get(1)?;
        let (before, after) = (parse(r.get(2)?), parse(r.get(3)?));
        expected.entry(&action, item.as_deref(), before.as_ref(), after.as_ref());
    }
    Ok(expected)
}

/// Rows a table holds that the log never added, and rows the log says exist that are gone.
pub(in crate::store) fn compare_ids(
    conn: &Connection,
    table: &str,
    expected: &IdSet,
) -> Result<(Vec<i64>, Vec<i64>)> {
    let mut st = conn.prepare(&format!("SELECT id FROM {table} ORDER BY id"))?;
    let actual: Vec<i64> = st.query_map([], |r| r.get(0))?.collect::<rusqlite::Result<_>>()?;
    Ok(differences(&actual, expected))
}

/// Each history table's column naming its owner here.
const OWNERS: &[(&str, &str)] = &[
    ("appt_moves", "appt_id"),
    ("obligation_done", "obligation_id"),
    ("application_changes", "application_id"),
];

/// The history rows each item has, as the tables hold them.
fn history_counts(conn: &Connection) -> Result<HistoryCounts> {
    let mut all = HistoryCounts::new();
    for (table, owner) in OWNERS {
        // A table of a later format than the store's (during an upgrade) has no rows yet.
        if !super::table_exists(conn, table)? {
            continue;
        }
        let mut st = conn.prepare(&format!("SELECT {owner}, count(*) FROM {table} GROUP BY 1"))?;
        let rows = st.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?)))?;
        all.insert(*table, rows.collect::<rusqlite::Result<_>>()?);
    }
    Ok(all)
}

/// Logs the history rows the store holds now (a `history` entry, if there are any): the
/// migration to format 9, from which on the log accounts for every one.
pub(in crate::store) fn count_history(
    conn: &Connection,
    signer: Option<&SigningKey>,
    actor: &Actor,
) -> Result<()> {
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
    append(conn, signer, actor, "history", None, None, Some(&Value::Object(after).to_string()))?;
    Ok(())
}

/// The history rows each item should have, as the log says (see [`LoggedHistory`]).
fn logged_history(conn: &Connection) -> Result<HistoryCounts> {
    let mut logged = LoggedHistory::default();
    let mut st = conn.prepare(
        "SELECT action, item, after FROM audit \
         WHERE action IN ('history', 'delete', 'reschedule', 'done', 'status') ORDER BY seq",
    )?;
    let mut rows = st.query([])?;
    while let Some(r) = rows.next()? {
        let (action, item): (String, Option<String>) = (r.get(0)?, r.get(1)?);
        logged.entry(&action, item.as_deref(), parse(r.get(2)?).as_ref());
    }
    Ok(logged.counts())
}

/// Every item whose history rows (a reschedule, a completion) were removed or copied in by
/// another client: a row's seal cannot tell that, its count against the log can.
pub(in crate::store) fn history_mismatches(conn: &Connection) -> Result<Vec<HistoryMismatch>> {
    Ok(history_differences(&logged_history(conn)?, &history_counts(conn)?))
}

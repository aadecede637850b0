//! The office's audit trail on the server: each entry appended in the transaction of its
//! change, numbered without gaps under the office's log-head row lock, chained by an HMAC made
//! on the clerk's machine (the server cannot forge one), its values before and after sealed,
//! and signed by the clerk; and the check `verify` runs over it.

use postgres::GenericClient;
use serde_json::Value;

use super::Fault;
use super::db::Handle;
use super::fields::{Fields, Place};
use crate::domain::ItemId;
use crate::domain::dates::iso_datetime;
use crate::slots::SigningKey;
use crate::store::Result;
use crate::store::audit::{
    Actor, Entry, Expected, HEAD_DIGITS, Head, HistoryCounts, LoggedHistory, differences,
    history_differences, label,
};
use crate::store::signed::{Checker, Signed};
use crate::store::verify::{Finding, Report, named};

/// Each history table on the server and its column naming the owner.
const HISTORY_OWNERS: &[(&str, &str)] = &[
    ("appt_moves", "appt"),
    ("obligation_done", "obligation"),
    ("application_changes", "application"),
];

/// One entry to append.
pub struct NewEntry<'a> {
    pub actor: &'a Actor,
    pub action: &'a str,
    pub item: Option<&'a str>,
    pub before: Option<&'a str>,
    pub after: Option<&'a str>,
    /// For an entry carried from another store: the original's store, number, HMAC and
    /// signature (JSON), kept and covered by this entry's HMAC.
    pub origin: Option<&'a str>,
}

fn place(office: i16, seq: i64, column: &str) -> Place<'_> {
    Place { office, table: "audit", row: seq, column }
}

/// The chain's HMAC of an entry, over the previous one's.
fn mac_of(fields: &Fields, prev: Option<&[u8]>, seq: i64, e: &EntryText) -> Vec<u8> {
    let seq = seq.to_string();
    let mut values: Vec<&[u8]> = vec![
        seq.as_bytes(),
        e.at.as_bytes(),
        e.who.as_bytes(),
        e.command.as_bytes(),
        e.action.as_bytes(),
        e.item.as_deref().unwrap_or_default().as_bytes(),
        e.before.as_deref().unwrap_or_default().as_bytes(),
        e.after.as_deref().unwrap_or_default().as_bytes(),
    ];
    if let Some(origin) = &e.origin {
        values.push(origin.as_bytes());
    }
    fields.chain(prev, &values)
}

/// An entry's values as the chain covers them.
struct EntryText {
    at: String,
    who: String,
    command: String,
    action: String,
    item: Option<String>,
    before: Option<String>,
    after: Option<String>,
    origin: Option<String>,
}

/// Appends an entry for `office` through `c` (a transaction), signed by `signer`; returns its
/// number. The log-head row's lock makes concurrent appends wait their turn.
pub(super) fn append(
    c: &mut impl GenericClient,
    fields: &Fields,
    office: i16,
    signer: &SigningKey,
    e: &NewEntry,
) -> std::result::Result<i64, Fault> {
    let head = c.query_one(
        "INSERT INTO kabinet.log_head (office, seq) VALUES ($1, 1) \
         ON CONFLICT (office) DO UPDATE SET seq = kabinet.log_head.seq + 1 \
         RETURNING seq, (SELECT mac FROM kabinet.log_head WHERE office = $1)",
        &[&office],
    )?;
    let (seq, prev): (i64, Option<Vec<u8>>) = (head.get(0), head.get(1));
    let text = EntryText {
        at: iso_datetime(e.actor.at),
        who: e.actor.who.clone(),
        command: e.actor.command.clone(),
        action: e.action.to_owned(),
        item: e.item.map(str::to_owned),
        before: e.before.map(str::to_owned),
        after: e.after.map(str::to_owned),
        origin: e.origin.map(str::to_owned),
    };
    let mac = mac_of(fields, prev.as_deref(), seq, &text);
    let sig = signer.sign(&crate::store::signed::message(&mac));
    let seal = |col: &str, v: Option<&str>| {
        v.map(|v| fields.seal(place(office, seq, col), v.as_bytes())).transpose()
    };
    let before = seal("before", e.before).map_err(|x| Fault::Other(x.into()))?;
    let after = seal("after", e.after).map_err(|x| Fault::Other(x.into()))?;
    c.execute(
        "INSERT INTO kabinet.audit (office, seq, at, who, command, action, item, before, after, \
         mac, signer, sig, origin) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
        &[
            &office,
            &seq,
            &e.actor.at,
            &text.who,
            &text.command,
            &text.action,
            &text.item,
            &before,
            &after,
            &mac,
            &&signer.public()[..],
            &&sig[..],
            &text.origin,
        ],
    )?;
    c.execute("UPDATE kabinet.log_head SET mac = $2 WHERE office = $1", &[&office, &mac])?;
    Ok(seq)
}

impl Handle<'_> {
    /// Appends an entry signed by who unlocked the office.
    pub fn log(&self, e: &NewEntry) -> Result<i64> {
        let db = self.db;
        // Inside the transaction `write_if` began on this connection.
        self.run(|c| append(c, &db.fields, db.office, &db.signer, e))
    }

    /// Logs a new item with its values.
    pub fn log_added(&self, actor: &Actor, item: ItemId) -> Result<()> {
        let after = self.snapshot(item)?;
        let id = item.to_string();
        let e = NewEntry {
            actor,
            action: "add",
            item: Some(&id),
            before: None,
            after: after.as_deref(),
            origin: None,
        };
        self.log(&e).map(|_| ())
    }

    /// An item's values as the log keeps them.
    pub fn snapshot(&self, item: ItemId) -> Result<Option<String>> {
        self.snapshot_of(super::table_of(item.kind), item.n)
    }

    /// The head at entry `seq` (the last one when `None`).
    pub fn head(&self, seq: Option<i64>) -> Result<Option<Head>> {
        let db = self.db;
        let office = db.office;
        let row = self.run(|c| {
            Ok(c.query_opt(
                "SELECT seq, mac FROM kabinet.audit WHERE office = $1 AND seq = \
                 coalesce($2, (SELECT max(seq) FROM kabinet.audit WHERE office = $1))",
                &[&office, &seq],
            )?)
        })?;
        Ok(row.map(|r| {
            let (seq, mac): (i64, Vec<u8>) = (r.get(0), r.get(1));
            Head { seq, hash: head_hash(&db.fields, seq, &mac) }
        }))
    }

    /// The entries, oldest first: all, those at or after `since`, or those about one item.
    pub fn entries(&self, since: Option<&str>, item: Option<&str>) -> Result<Vec<Entry>> {
        let mut out = Vec::new();
        for e in self.read_log()? {
            let text = &e.text;
            if since.is_some_and(|s| text.at.as_str() < s) {
                continue;
            }
            if item.is_some_and(|i| text.item.as_deref() != Some(i)) {
                continue;
            }
            out.push(Entry {
                seq: e.seq,
                at: text.at.clone(),
                who: text.who.clone(),
                command: text.command.clone(),
                action: text.action.clone(),
                item: text.item.clone(),
                before: json(&text.before),
                after: json(&text.after),
                origin: json(&text.origin),
            });
        }
        Ok(out)
    }

    /// The entries after `seq` as stored, their values opened, with their HMACs and
    /// signatures (what a backup carries; the caller has verified the log first).
    pub fn raw_entries(&self, after: i64) -> Result<Vec<crate::store::types::RawEntry>> {
        let log = self.read_log()?;
        Ok(log
            .into_iter()
            .filter(|e| e.seq > after)
            .map(|e| crate::store::types::RawEntry {
                seq: e.seq,
                at: e.at,
                who: e.text.who,
                command: e.text.command,
                action: e.text.action,
                item: e.text.item,
                before: e.text.before,
                after: e.text.after,
                mac: e.mac,
                signer: e.signer,
                sig: e.sig,
                origin: e.text.origin,
            })
            .collect())
    }

    /// Every entry of the office's log, its values opened (`None` where a value does not open).
    fn read_log(&self) -> Result<Vec<Stored>> {
        let db = self.db;
        let office = db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT seq, at, who, command, action, item, before, after, mac, signer, sig, \
                 origin FROM kabinet.audit WHERE office = $1 ORDER BY seq",
                &[&office],
            )?)
        })?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let seq: i64 = r.get(0);
            let mut opened = true;
            let mut open = |col: &str, v: Option<Vec<u8>>| {
                v.and_then(|v| match db.fields.open(place(office, seq, col), &v) {
                    Ok(p) => Some(String::from_utf8_lossy(&p).into_owned()),
                    Err(_) => {
                        opened = false;
                        None
                    }
                })
            };
            let before = open("before", r.get(6));
            let after = open("after", r.get(7));
            let at: chrono::NaiveDateTime = r.get(1);
            out.push(Stored {
                seq,
                at,
                text: EntryText {
                    at: iso_datetime(at),
                    who: r.get(2),
                    command: r.get(3),
                    action: r.get(4),
                    item: r.get(5),
                    before,
                    after,
                    origin: r.get(11),
                },
                opened,
                mac: r.get(8),
                signer: r.get(9),
                sig: r.get(10),
            });
        }
        Ok(out)
    }

    /// The evidence check on the server: the chain, the head, who signed each entry, and
    /// every record's values opening where they are kept.
    pub fn verify(&self, limit: usize) -> Result<Report> {
        let db = self.db;
        let mut r = Report::default();
        let log = self.read_log()?;
        let (mut prev_seq, mut prev_mac): (i64, Option<Vec<u8>>) = (0, None);
        let mut altered = Vec::new();
        let mut checker = Checker::default();
        for e in &log {
            if e.seq != prev_seq + 1 {
                r.findings.push(Finding::LogRemoved(prev_seq + 1, e.seq - 1));
            }
            if !e.opened || mac_of(&db.fields, prev_mac.as_deref(), e.seq, &e.text) != e.mac {
                altered.push(Finding::LogAltered(e.seq));
            }
            checker.entry(Signed {
                seq: e.seq,
                who: e.text.who.clone(),
                action: e.text.action.clone(),
                item: e.text.item.clone(),
                before: e.text.before.clone(),
                after: e.text.after.clone(),
                mac: e.mac.clone(),
                signer: e.signer.clone(),
                sig: e.sig.clone(),
                carried: e.text.origin.is_some(),
            });
            (prev_seq, prev_mac) = (e.seq, Some(e.mac.clone()));
        }
        r.log_entries = log.len() as i64;
        named(&mut r.findings, altered, limit);
        let office = db.office;
        let head: Option<(i64, Option<Vec<u8>>)> = self.run(|c| {
            Ok(c.query_opt("SELECT seq, mac FROM kabinet.log_head WHERE office = $1", &[&office])?
                .map(|row| (row.get(0), row.get(1))))
        })?;
        if head != Some((prev_seq, prev_mac)) {
            r.findings.push(Finding::LogHead);
        }
        match self.signer() {
            Ok(signer) => r.key_id = signer.public().key_id(),
            Err(crate::store::Error::Signing(e)) => r.findings.push(Finding::SigningKey(e)),
            Err(crate::store::Error::Corrupt(_)) => {
                r.findings.push(Finding::SigningKey(crate::sign::Error::KeyDamaged))
            }
            Err(e) => return Err(e),
        }
        let (summary, signed) = checker.finish(db.table());
        r.signatures = summary;
        named(&mut r.findings, signed, limit);
        // The rows present against the log: one removed (or added) on the server shows.
        let mut tables: Vec<&'static str> = super::TABLES.iter().map(|t| t.name).collect();
        tables.push("attachments");
        let mut expected = Expected::of(&tables);
        let mut history = LoggedHistory::default();
        for e in &log {
            let t = &e.text;
            let (before, after) = (json(&t.before), json(&t.after));
            expected.entry(&t.action, t.item.as_deref(), before.as_ref(), after.as_ref());
            history.entry(&t.action, t.item.as_deref(), after.as_ref());
        }
        // Each item's history rows against the log: one removed or copied in on the server.
        let mut present = HistoryCounts::new();
        for (table, owner) in HISTORY_OWNERS {
            let counts = self.run(|c| {
                let sql = format!(
                    "SELECT {owner}, count(*) FROM kabinet.{table} WHERE office = $1 GROUP BY 1"
                );
                Ok(c.query(&sql, &[&office])?.iter().map(|r| (r.get(0), r.get(1))).collect())
            })?;
            present.insert(table, counts);
        }
        let counts = history_differences(&history.counts(), &present).into_iter().map(|m| {
            Finding::HistoryCount {
                item: m.item,
                table: m.table,
                logged: m.logged,
                present: m.present,
            }
        });
        named(&mut r.findings, counts.collect(), limit);
        for name in tables {
            let ids: Vec<i64> = self.run(|c| {
                let sql = format!("SELECT id FROM kabinet.{name} WHERE office = $1 ORDER BY id");
                Ok(c.query(&sql, &[&office])?.iter().map(|r| r.get(0)).collect())
            })?;
            let Some(set) = expected.get(name) else { continue };
            let (unlogged, removed) = differences(&ids, set);
            let label = |id: &i64| label(name, *id);
            named(
                &mut r.findings,
                unlogged.iter().map(|id| Finding::RowUnlogged(label(id))).collect(),
                limit,
            );
            named(
                &mut r.findings,
                removed.iter().map(|id| Finding::RowRemoved(label(id))).collect(),
                limit,
            );
        }
        for t in super::TABLES {
            let unopened = self.unopened(t)?;
            let name = t.name;
            let n = self.run(|c| {
                Ok(c.query_one(
                    &format!("SELECT count(*) FROM kabinet.{name} WHERE office = $1"),
                    &[&office],
                )?
                .get::<_, i64>(0))
            })?;
            r.counts.push((name.into(), n as u64));
            named(
                &mut r.findings,
                unopened.into_iter().map(|id| Finding::RowChanged(id.to_string())).collect(),
                limit,
            );
        }
        // Each history row against its seal: a date, a flag or a status changed on the server.
        let histories = [
            ("appt_moves", "appts", self.unsealed_moves()?),
            ("obligation_done", "obligations", self.unsealed_dones()?),
            ("application_changes", "applications", self.unsealed_changes()?),
        ];
        for (table, owner, ids) in histories {
            let changed = ids
                .into_iter()
                .map(|id| Finding::HistoryRowChanged { item: label(owner, id), table });
            named(&mut r.findings, changed.collect(), limit);
        }
        Ok(r)
    }
}

/// An entry's value as JSON (`None` when there is none, or it does not parse).
fn json(v: &Option<String>) -> Option<Value> {
    v.as_deref().and_then(|v| serde_json::from_str(v).ok())
}

/// A stored entry, its values opened.
struct Stored {
    seq: i64,
    at: chrono::NaiveDateTime,
    text: EntryText,
    /// Whether every sealed value opened.
    opened: bool,
    mac: Vec<u8>,
    signer: Option<Vec<u8>>,
    sig: Option<Vec<u8>>,
}

/// The head's digest at `seq`, as `heads` compares it.
fn head_hash(fields: &Fields, seq: i64, mac: &[u8]) -> String {
    let h = fields.chain(None, &[b"head", seq.to_string().as_bytes(), mac]);
    hex::encode(h).chars().take(HEAD_DIGITS).collect()
}

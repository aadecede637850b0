//! The versions of one item, from the audit trail (and the batch that imported it), what
//! changed between them, and restoring one of them while the item may still be changed.

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Actor, Env, Error, Result, appts, docs, records};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::record::{RecordData, is_late};
use crate::domain::{Draft, Field, ItemId, ItemKind};
use crate::store::audit::{Entry, table};
use crate::store::{Reader, Store};

/// A stored value as a clerk reads it: text as it is, nothing as `—`.
pub fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Stored columns that are bookkeeping, not what a clerk typed.
const HIDDEN: &[&str] = &["id", "uuid", "nkey"];

/// What changed between two versions: (field, before, after), bookkeeping and unchanged
/// fields left out.
pub fn diff(before: Option<&Value>, after: Option<&Value>) -> Vec<(String, String, String)> {
    let empty = Map::new();
    let b = before.and_then(Value::as_object).unwrap_or(&empty);
    let a = after.and_then(Value::as_object).unwrap_or(&empty);
    let mut keys: Vec<&String> = a.keys().chain(b.keys()).collect();
    keys.dedup();
    let mut seen = std::collections::HashSet::new();
    keys.into_iter()
        .filter(|k| !HIDDEN.contains(&k.as_str()) && seen.insert(k.as_str()))
        .filter_map(|k| {
            let (x, y) = (b.get(k).unwrap_or(&Value::Null), a.get(k).unwrap_or(&Value::Null));
            (x != y).then(|| (k.clone(), show(x), show(y)))
        })
        .collect()
}

/// One version of an item.
#[derive(Debug, Serialize)]
pub struct Version {
    pub version: usize,
    pub seq: i64,
    pub at: String,
    pub who: String,
    pub command: String,
    pub action: String,
    /// The stored values of this version; `null` once deleted.
    pub values: Option<Value>,
    /// What changed from the version before: field → [before, after].
    pub changes: Map<String, Value>,
}

/// The versions of an item, oldest first, from its log entries (and the batch that imported
/// it, when it came in an import). Empty when the log never knew it.
pub fn versions(r: Reader, item: ItemId) -> Result<Vec<Version>> {
    let own = r.log(None, Some(item))?;
    let current = r.snapshot(item)?.and_then(|v| serde_json::from_str(&v).ok());
    let mut out: Vec<Version> = Vec::new();
    let mut prev: Option<Value> = None;
    let first_is_add = own.first().is_some_and(|e| e.action == "add");
    if !first_is_add {
        // Imported (or present before the log began): the batch entry is its first version,
        // with the values it had before its first logged change.
        let table = table(item.kind);
        let origin = r.log(None, None)?.into_iter().find(|e| {
            matches!(e.action.as_str(), "import" | "begin") && batch_covers(e, table, item.n)
        });
        if let Some(o) = origin {
            let values = own.iter().find_map(|e| e.before.clone()).or_else(|| current.clone());
            out.push(Version {
                version: 1,
                seq: o.seq,
                at: o.at,
                who: o.who,
                command: o.command,
                action: o.action,
                changes: all_fields(values.as_ref()),
                values: values.clone(),
            });
            prev = values;
        }
    }
    for e in own {
        if matches!(e.action.as_str(), "attach" | "detach") {
            continue;
        }
        let values = e.after.clone();
        let changes: Map<String, Value> = if out.is_empty() {
            all_fields(values.as_ref())
        } else {
            diff(prev.as_ref(), values.as_ref())
                .into_iter()
                .map(|(k, x, y)| (k, Value::from(vec![x, y])))
                .collect()
        };
        out.push(Version {
            version: out.len() + 1,
            seq: e.seq,
            at: e.at,
            who: e.who,
            command: e.command,
            action: e.action,
            values: values.clone(),
            changes,
        });
        prev = values;
    }
    Ok(out)
}

/// Whether an import or the log's first entry added the item `id` of `table`.
fn batch_covers(e: &Entry, table: &str, id: i64) -> bool {
    let Some(after) = &e.after else { return false };
    let ranges = if e.action == "import" {
        if after.get("table").and_then(Value::as_str) != Some(table) {
            return false;
        }
        after.get("ids")
    } else {
        after.get(table)
    };
    ranges.and_then(Value::as_array).is_some_and(|rs| {
        rs.iter().any(|r| {
            let a = r.get(0).and_then(Value::as_i64).unwrap_or(1);
            let b = r.get(1).and_then(Value::as_i64).unwrap_or(0);
            (a..=b).contains(&id)
        })
    })
}

fn all_fields(values: Option<&Value>) -> Map<String, Value> {
    diff(None, values).into_iter().map(|(k, _, y)| (k, Value::from(y))).collect()
}

/// A draft of the fields `fields` from a version's stored values.
fn draft_from(values: &Map<String, Value>, fields: &[Field]) -> Draft {
    let mut d = Draft::default();
    for f in fields {
        match values.get(f.name) {
            Some(Value::Null) | None => {}
            Some(v) => d.set(f.name, show(v)),
        }
    }
    d
}

/// Restores version `n` (as numbered by [`versions`]) of an item that may still be changed.
pub fn revert(store: &mut Store, env: &Env, actor: &Actor, item: ItemId, n: usize) -> Result<()> {
    let list = versions(store.read(), item)?;
    if list.is_empty() {
        return Err(Error::NotFound(item));
    }
    let Some(target) = list.get(n.wrapping_sub(1)) else {
        return Err(Error::NoSuchVersion { item, n, count: list.len() });
    };
    let Some(values) = target.values.as_ref().and_then(Value::as_object) else {
        return Err(Error::VersionDeleted { item, n });
    };
    if list.last().and_then(|v| v.values.as_ref()) == target.values.as_ref() {
        return Err(Error::AlreadyThatVersion { item, n });
    }
    let today = env.today();
    match item.kind {
        ItemKind::Record => {
            let rec = records::get(store.read(), item)?;
            if !rec.is_editable(env.now) {
                return Err(records::locked(&rec));
            }
            let draft = draft_from(values, crate::domain::record::FIELDS);
            let data = RecordData::from_draft(&draft, today).map_err(Error::Invalid)?;
            let late = is_late(&env.calendar, data.event_date, rec.recorded_at);
            Ok(store.write(|tx| {
                tx.log_change(actor, "revert", item, || tx.update_record(rec.id, &data, late))
            })?)
        }
        ItemKind::Doc => {
            let d = docs::get(store.read(), item)?;
            if d.archived_at.is_some() {
                let by = d.replaced_by.map(|n| ItemId::new(ItemKind::Doc, n));
                return Err(Error::Archived { id: item, by });
            }
            let draft = draft_from(values, crate::domain::doc::FIELDS);
            let data = DocData::from_draft(&draft, today).map_err(Error::Invalid)?;
            let update = |tx: &crate::store::Tx| {
                tx.log_change(actor, "revert", item, || tx.update_doc(d.id, &data))
            };
            Ok(store.write(update)?)
        }
        ItemKind::Appt => {
            let x = appts::get(store.read(), item)?;
            if x.status != ApptStatus::Scheduled {
                return Err(Error::NotScheduled { id: item, status: x.status });
            }
            let draft = draft_from(values, crate::domain::appt::FIELDS);
            let data = ApptData::from_draft(&draft, today, env.zone).map_err(Error::Invalid)?;
            if data.starts_at != x.data.starts_at {
                return Err(Error::RevertMoves(item));
            }
            let update = |tx: &crate::store::Tx| {
                tx.log_change(actor, "revert", item, || tx.update_appt(x.id, &data))
            };
            Ok(store.write(update)?)
        }
        ItemKind::Application => {
            let a = super::applications::get(store.read(), item)?;
            if !a.status.is_open() {
                return Err(Error::Decided { id: item, status: a.status });
            }
            let draft = draft_from(values, crate::domain::application::FIELDS);
            let data = crate::domain::application::ApplicationData::from_draft(
                &draft,
                today,
                &env.calendar,
            )
            .map_err(Error::Invalid)?;
            let update = |tx: &crate::store::Tx| {
                tx.log_change(actor, "revert", item, || tx.update_application(a.id, &data))
            };
            Ok(store.write(update)?)
        }
        ItemKind::Obligation => Err(Error::NoRevert(item)),
    }
}

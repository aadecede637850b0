//! `kabinet log`, `kabinet history ID` and `kabinet revert ID --to N`: the audit trail as a
//! clerk or an inspector reads it, the versions of one item, and restoring one of them.

use std::io::Write;

use serde::Serialize;
use serde_json::{Map, Value};

use super::{Session, invalid, say};
use crate::cli::{Format, LogArgs, RevertArgs};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::record::{RecordData, is_late};
use crate::domain::{Draft, Field, ItemId, ItemKind, dates};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::audit::{self, Entry};
use crate::store::{appts, docs, records};

/// `R-42`, `D-7`, `A-3` or `O-1` (the kind is in the prefix).
pub fn parse_any_id(s: &str) -> Result<ItemId> {
    let kinds = [ItemKind::Record, ItemKind::Doc, ItemKind::Appt, ItemKind::Obligation];
    if !s.trim().starts_with(|c: char| c.is_ascii_digit()) {
        for k in kinds {
            if let Some(id) = ItemId::parse(s, k) {
                return Ok(id);
            }
        }
    }
    Err(Error::Usage(i18n::bad_any_id(s)))
}

fn show(v: &Value) -> String {
    match v {
        Value::Null => "—".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Stored columns that are bookkeeping, not what a clerk typed.
const HIDDEN: &[&str] = &["id", "uuid", "nkey"];

/// What changed between two versions: (field, before, after), `id` and unchanged fields left out.
fn diff(before: Option<&Value>, after: Option<&Value>) -> Vec<(String, String, String)> {
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

/// One line on what an entry did.
fn summary(e: &Entry) -> String {
    match e.action.as_str() {
        "import" | "begin" => {
            let a = e.after.as_ref();
            let get = |k: &str| a.and_then(|v| v.get(k)).map(show).unwrap_or_default();
            if e.action == "import" {
                i18n::log_import(&get("file"), &get("added"), &get("table"))
            } else {
                i18n::log_begin()
            }
        }
        "add" => i18n::log_added(),
        "history" => i18n::log_history(),
        _ if e.after.is_none() && e.before.is_some() => i18n::log_removed(),
        _ => diff(e.before.as_ref(), e.after.as_ref())
            .into_iter()
            .map(|(k, x, y)| format!("{}: {x} → {y}", i18n::field_label(&k)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

pub fn log(s: &mut Session, a: &LogArgs, out: &mut dyn Write) -> Result<()> {
    s.store()?;
    let since = match &a.since {
        Some(d) => Some(
            dates::parse_date(d, s.ctx.today())
                .map_err(|e| {
                    invalid(vec![crate::domain::FieldError {
                        field: "since",
                        value: d.clone(),
                        problem: e.date_problem(),
                    }])
                })?
                .format("%Y-%m-%d")
                .to_string(),
        ),
        None => None,
    };
    let item = a.item.as_deref().map(parse_any_id).transpose()?.map(|i| i.to_string());
    let list = audit::entries(s.store()?.conn(), since.as_deref(), item.as_deref())?;
    match s.ctx.format {
        Format::Json => output::write_json(out, &list),
        Format::Csv => {
            #[derive(Serialize)]
            struct Row<'a> {
                seq: i64,
                at: &'a str,
                who: &'a str,
                command: &'a str,
                action: &'a str,
                item: Option<&'a str>,
                changes: String,
            }
            let rows: Vec<Row> = list
                .iter()
                .map(|e| Row {
                    seq: e.seq,
                    at: &e.at,
                    who: &e.who,
                    command: &e.command,
                    action: &e.action,
                    item: e.item.as_deref(),
                    changes: summary(e),
                })
                .collect();
            output::write_csv(
                out,
                &["seq", "at", "who", "command", "action", "item", "changes"],
                &rows,
            )
        }
        Format::Table if list.is_empty() => say(&s.ctx, out, &i18n::nothing_found()),
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|e| {
                    vec![
                        e.seq.to_string(),
                        dates::from_iso_datetime(&e.at).map(i18n::datetime).unwrap_or(e.at.clone()),
                        e.who.clone(),
                        e.command.clone(),
                        i18n::audit_action(&e.action),
                        e.item.clone().unwrap_or_default(),
                        summary(e),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::log_headers(), &rows)
        }
    }
}

/// One version of an item.
#[derive(Debug, Serialize)]
struct Version {
    version: usize,
    seq: i64,
    at: String,
    who: String,
    command: String,
    action: String,
    /// The stored values of this version; `null` once deleted.
    values: Option<Value>,
    /// What changed from the version before: field → [before, after].
    changes: Map<String, Value>,
}

/// The versions of an item, oldest first, from its log entries (and the batch that imported
/// it, when it came in an import).
fn versions(s: &mut Session, item: ItemId) -> Result<Vec<Version>> {
    let conn = s.store()?.conn();
    let name = item.to_string();
    let own = audit::entries(conn, None, Some(&name))?;
    let current = audit::snapshot(conn, item)?.and_then(|v| serde_json::from_str(&v).ok());
    let mut out: Vec<Version> = Vec::new();
    let mut prev: Option<Value> = None;
    let first_is_add = own.first().is_some_and(|e| e.action == "add");
    if !first_is_add {
        // Imported (or present before the log began): the batch entry is its first version,
        // with the values it had before its first logged change.
        let table = audit::table(item.kind);
        let origin = audit::entries(conn, None, None)?.into_iter().find(|e| {
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

pub fn history(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(id)?;
    let list = versions(s, item)?;
    if list.is_empty() {
        return Err(Error::NotFound(i18n::no_such_item(item)));
    }
    match s.ctx.format {
        Format::Json | Format::Csv => output::write_json(out, &list),
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|v| {
                    let changes: Vec<String> = v
                        .changes
                        .iter()
                        .map(|(k, c)| match c.as_array() {
                            Some(pair) if pair.len() == 2 => format!(
                                "{}: {} → {}",
                                i18n::field_label(k),
                                show(&pair[0]),
                                show(&pair[1])
                            ),
                            _ => format!("{}: {}", i18n::field_label(k), show(c)),
                        })
                        .collect();
                    let what =
                        if v.values.is_none() { i18n::log_removed() } else { changes.join("\n") };
                    vec![
                        v.version.to_string(),
                        dates::from_iso_datetime(&v.at).map(i18n::datetime).unwrap_or(v.at.clone()),
                        v.who.clone(),
                        format!("{} ({})", v.command, i18n::audit_action(&v.action)),
                        what,
                    ]
                })
                .collect();
            output::write_table(out, &i18n::history_headers(), &rows)
        }
    }
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

pub fn revert(s: &mut Session, a: &RevertArgs, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(&a.id)?;
    let list = versions(s, item)?;
    if list.is_empty() {
        return Err(Error::NotFound(i18n::no_such_item(item)));
    }
    let n = a.to as usize;
    let Some(target) = list.get(n.wrapping_sub(1)) else {
        return Err(Error::Invalid(i18n::no_such_version(item, n, list.len())));
    };
    let Some(values) = target.values.as_ref().and_then(Value::as_object) else {
        return Err(Error::Invalid(i18n::version_deleted(item, n)));
    };
    if list.last().and_then(|v| v.values.as_ref()) == target.values.as_ref() {
        return Err(Error::Usage(i18n::already_that_version(item, n)));
    }
    let (now, today) = (s.ctx.now, s.ctx.today());
    let actor = s.actor();
    match item.kind {
        ItemKind::Record => {
            let rec = super::record::get(s, &a.id)?;
            if !rec.is_editable(now) {
                return Err(super::record::locked_error(&rec));
            }
            let data =
                RecordData::from_draft(&draft_from(values, crate::domain::record::FIELDS), today)
                    .map_err(invalid)?;
            let late = is_late(&s.ctx.calendar, data.event_date, rec.recorded_at);
            s.store()?.write(|tx| {
                audit::change(tx, &actor, "revert", item, || {
                    records::update(tx, rec.id, &data, late)
                })
            })?;
        }
        ItemKind::Doc => {
            let d = super::doc::get(s, &a.id)?;
            if d.archived_at.is_some() {
                return Err(Error::Conflict(i18n::doc_archived(
                    item,
                    d.replaced_by.map(|n| ItemId::new(ItemKind::Doc, n)),
                )));
            }
            let data = DocData::from_draft(&draft_from(values, crate::domain::doc::FIELDS), today)
                .map_err(invalid)?;
            s.store()?.write(|tx| {
                audit::change(tx, &actor, "revert", item, || docs::update(tx, d.id, &data))
            })?;
        }
        ItemKind::Appt => {
            let x = super::appt::get(s, &a.id)?;
            if x.status != ApptStatus::Scheduled {
                return Err(Error::Conflict(i18n::appt_not_scheduled(item, x.status)));
            }
            let data = ApptData::from_draft(
                &draft_from(values, crate::domain::appt::FIELDS),
                today,
                s.ctx.zone,
            )
            .map_err(invalid)?;
            if data.starts_at != x.data.starts_at {
                return Err(Error::Conflict(i18n::use_reschedule(item)));
            }
            s.store()?.write(|tx| {
                audit::change(tx, &actor, "revert", item, || appts::update(tx, x.id, &data))
            })?;
        }
        ItemKind::Obligation => return Err(Error::Conflict(i18n::obligation_no_revert(item))),
    }
    say(&s.ctx, out, &i18n::reverted(item, n))
}

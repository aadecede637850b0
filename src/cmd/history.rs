//! `kabinet log`, `kabinet history ID` and `kabinet revert ID --to N`: the audit trail as a
//! clerk or an inspector reads it, the versions of one item, and restoring one of them.

use std::io::Write;

use clap::Args;
use serde::Serialize;

use super::context::Format;
use super::failure::Result;
use super::output::{invalid, say};
use super::session::Session;
use crate::app::history::{self, diff, show};
use crate::domain::dates;
use crate::i18n;
use crate::io::output;
use crate::store::audit::Entry;

#[derive(Args, Debug)]
pub struct LogArgs {
    /// Only changes on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only changes to this item (R-42, D-7, A-3, O-1)
    #[arg(long, value_name = "ID")]
    pub item: Option<String>,
    /// Only changes made by this user of the store (`--user` is who unlocks it)
    #[arg(long, value_name = "NAME")]
    pub by: Option<String>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Args, Debug)]
pub struct RevertArgs {
    /// The item (R-42, D-7, A-3)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The version to restore, as numbered by `kabinet history`
    #[arg(long, value_name = "N")]
    pub to: u32,
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
        crate::store::signed::START => {
            let users = e.after.as_ref().and_then(|a| a.get("users")).and_then(|u| u.as_array());
            let named: Vec<String> = users
                .into_iter()
                .flatten()
                .map(|u| {
                    let get = |k: &str| u.get(k).and_then(|v| v.as_str()).unwrap_or_default();
                    let role = crate::slots::Role::parse(get("role")).map(i18n::role_name);
                    format!(
                        "{} ({}, {})",
                        get("name"),
                        role.unwrap_or_default(),
                        short_key(get("key"))
                    )
                })
                .collect();
            i18n::log_signing_begins(&named.join(", "))
        }
        _ if e.after.is_none() && e.before.is_some() => i18n::log_removed(),
        _ => diff(short_keys(e.before.as_ref()).as_ref(), short_keys(e.after.as_ref()).as_ref())
            .into_iter()
            .map(|(k, x, y)| format!("{}: {x} → {y}", i18n::field_label(&k)))
            .collect::<Vec<_>>()
            .join("; "),
    }
}

/// A signing key as people compare it: its ID.
fn short_key(hex: &str) -> String {
    hex.chars().take(16).collect()
}

/// An entry's values with any signing key shortened to its ID (the JSON log keeps it whole).
fn short_keys(v: Option<&serde_json::Value>) -> Option<serde_json::Value> {
    let mut v = v?.clone();
    if let Some(key) = v.get_mut("key")
        && let Some(hex) = key.as_str()
    {
        *key = short_key(hex).into();
    }
    Some(v)
}

/// A logged time as a table shows it.
fn when(at: &str) -> String {
    dates::from_iso_datetime(at).map(i18n::datetime).unwrap_or(at.to_owned())
}

pub fn log(s: &mut Session, a: &LogArgs, out: &mut dyn Write) -> Result<()> {
    s.store()?;
    let since = match &a.since {
        Some(d) => Some(dates::parse_date(d, s.ctx.today()).map_err(|e| {
            invalid(vec![crate::domain::FieldError {
                field: "since",
                value: d.clone(),
                problem: e.date_problem(),
            }])
        })?),
        None => None,
    };
    let item = match a.item.as_deref() {
        Some(id) => Some(s.item_id(id)?),
        None => None,
    };
    let visible = s.visible();
    let (ctx, store) = s.parts()?;
    let mut list = store.read().log(since, item)?;
    // A user limited to some kinds sees only their entries (and those about no item).
    if let Some(v) = &visible {
        list.retain(|e| entry_visible(e, v));
    }
    if let Some(name) = &a.by {
        list.retain(|e| crate::store::audit::user_of(&e.who) == Some(name.as_str()));
    }
    match ctx.format {
        Format::Json => output::write_json(out, &list)?,
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
            let columns = ["seq", "at", "who", "command", "action", "item", "changes"];
            output::write_csv(out, &columns, &rows)?
        }
        Format::Table if list.is_empty() => say(ctx, out, &i18n::nothing_found())?,
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|e| {
                    vec![
                        e.seq.to_string(),
                        when(&e.at),
                        e.who.clone(),
                        match e.carried_from() {
                            Some((store, seq)) => i18n::carried_command(&e.command, store, seq),
                            None => e.command.clone(),
                        },
                        i18n::audit_action(&e.action),
                        e.item.clone().unwrap_or_default(),
                        summary(e),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::log_headers(), &rows)?
        }
    }
    Ok(())
}

/// Whether a log entry is about an item (or, for an import, a table) of the kinds `visible`.
fn entry_visible(e: &crate::store::audit::Entry, visible: &[crate::domain::ItemKind]) -> bool {
    use crate::domain::ItemKind;
    if let Some(item) = e.item.as_deref() {
        return crate::cmd::output::parse_any_id(item).is_ok_and(|id| visible.contains(&id.kind));
    }
    let table = e.after.as_ref().and_then(|a| a.get("table")).and_then(|t| t.as_str());
    match table {
        Some(t) => {
            ItemKind::ALL.iter().any(|k| visible.contains(k) && crate::store::audit::table(*k) == t)
        }
        None => true,
    }
}

pub fn history(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(id)?;
    let (ctx, store) = s.parts()?;
    let list = history::versions(store.read(), item)?;
    if list.is_empty() {
        return Err(crate::app::Error::NotFound(item).into());
    }
    match ctx.format {
        Format::Json | Format::Csv => output::write_json(out, &list)?,
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
                        when(&v.at),
                        v.who.clone(),
                        format!("{} ({})", v.command, i18n::audit_action(&v.action)),
                        what,
                    ]
                })
                .collect();
            output::write_table(out, &i18n::history_headers(), &rows)?
        }
    }
    Ok(())
}

pub fn revert(s: &mut Session, a: &RevertArgs, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(&a.id)?;
    let n = a.to as usize;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    history::revert(store, &ctx.env, &actor, item, n)?;
    say(ctx, out, &i18n::reverted(item, n))
}

//! What commands share to speak: messages on stdout and warnings on stderr (both hushed by
//! `--quiet`), listings written row by row, labelled `show` fields, and the item IDs, dates and
//! codes a command line gives, checked.

use std::io::Write;

use chrono::NaiveDate;

use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use crate::domain::{FieldError, ItemId, ItemKind, dates, printable};
use crate::i18n;
use crate::io::output::{CsvRows, JsonArray, Rows};
use crate::validate::Problem;

/// A message for a person, on stdout, unless `--quiet`.
pub fn say(ctx: &Ctx, out: &mut dyn Write, msg: &str) -> Result<()> {
    if !ctx.quiet {
        writeln!(out, "{}", printable(msg))?;
    }
    Ok(())
}

/// A warning on stderr, unless `--quiet`.
pub fn warn(ctx: &Ctx, msg: &str) {
    if !ctx.quiet {
        to_stderr(&i18n::warning(msg));
    }
}

/// One line on stderr, anything in it that would drive a terminal escaped ([`printable`]). Not
/// `eprintln!`, which panics when stderr is a pipe whose reader has gone
/// (`kabinet import f.csv 2>&1 | head`): a message nobody reads changes nothing.
pub fn to_stderr(line: &str) {
    let _ = writeln!(std::io::stderr(), "{}", printable(line));
}

/// A list command's CSV or JSON output, written as the rows are read; `None` for a table,
/// which sizes its columns to the rows and is written by the command.
pub fn row_stream<'w>(
    out: &'w mut dyn Write,
    format: Format,
    columns: &[&str],
) -> Result<Option<Rows<'w>>> {
    Ok(match format {
        Format::Json => Some(Rows::Json(JsonArray::new(out)?)),
        Format::Csv => Some(Rows::Csv(Box::new(CsvRows::new(out, columns)?))),
        Format::Table => None,
    })
}

/// The labelled fields of a `show` table (and a receipt), in the interface language; empty
/// values are left out.
#[derive(Default)]
pub struct Fields(Vec<(String, String)>);

impl Fields {
    pub fn push(&mut self, key: &str, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            self.0.push((i18n::field_label(key), v));
        }
    }

    pub fn into_pairs(self) -> Vec<(String, String)> {
        self.0
    }
}

/// Parses an item ID for a command about `kind`; a malformed one is a usage error (exit 2).
pub fn parse_id(s: &str, kind: ItemKind) -> Result<ItemId> {
    ItemId::parse(s, kind).ok_or_else(|| Failure::usage(i18n::bad_id(s, kind)))
}

/// `R-42`, `D-7`, `A-3` or `O-1` (the kind is in the prefix).
pub fn parse_any_id(s: &str) -> Result<ItemId> {
    if !s.trim().starts_with(|c: char| c.is_ascii_digit()) {
        for k in ItemKind::ALL {
            if let Some(id) = ItemId::parse(s, k) {
                return Ok(id);
            }
        }
    }
    Err(Failure::usage(i18n::bad_any_id(s)))
}

/// Validation failures as one exit-5 failure, each line naming the flag, the value and why.
pub fn invalid(errors: Vec<FieldError>) -> Failure {
    Failure::invalid(i18n::field_errors(&errors))
}

/// Parses an optional date flag of a filter.
pub fn filter_date(
    flag: &'static str,
    v: &Option<String>,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    match v {
        None => Ok(None),
        Some(s) => dates::parse_date(s, today).map(Some).map_err(|e| {
            invalid(vec![FieldError { field: flag, value: s.clone(), problem: e.date_problem() }])
        }),
    }
}

/// Checks a filter value against the allowed codes (exit 5 otherwise).
pub fn filter_code(
    flag: &'static str,
    v: &Option<String>,
    allowed: &'static [&'static str],
) -> Result<Option<String>> {
    match v {
        None => Ok(None),
        Some(s) => {
            let norm = s.trim().to_lowercase().replace('-', "_");
            if allowed.contains(&norm.as_str()) {
                Ok(Some(norm))
            } else {
                Err(invalid(vec![FieldError {
                    field: flag,
                    value: s.clone(),
                    problem: Problem::OneOf(allowed),
                }]))
            }
        }
    }
}

//! `kabinet validate`: check values given or streamed, or the whole store.

use std::io::{BufRead, Write};

use super::Session;
use crate::cli::{Format, ValidateArgs, ValueKind};
use crate::domain::appt::ApptStatus;
use crate::domain::doc::{self as docdom, DocData, DocStatus};
use crate::domain::record::{ENTRY_WORKING_DAYS, is_late};
use crate::domain::{FieldError, ItemId, ItemKind};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::{appts, docs, records};
use crate::validate::{self, value};

pub fn run(s: &mut Session, args: &ValidateArgs, out: &mut dyn Write) -> Result<()> {
    match args.kind {
        Some(kind) => values(s, kind_of(kind), &args.values, out),
        None => whole_store(s, out),
    }
}

fn kind_of(k: ValueKind) -> value::Kind {
    use value::Kind as K;
    match k {
        ValueKind::Snils => K::Snils,
        ValueKind::Inn => K::Inn,
        ValueKind::Ogrn => K::Ogrn,
        ValueKind::Ogrnip => K::Ogrnip,
        ValueKind::Passport => K::Passport,
        ValueKind::DeptCode => K::DeptCode,
        ValueKind::DriverLicense => K::DriverLicense,
        ValueKind::Oms => K::Oms,
        ValueKind::Oktmo => K::Oktmo,
        ValueKind::Phone => K::Phone,
        ValueKind::Email => K::Email,
        ValueKind::Date => K::Date,
        ValueKind::Amount => K::Amount,
    }
}

/// Writes one result per value as it comes, so a million values stream through.
struct ValueWriter<'a> {
    out: &'a mut dyn Write,
    format: Format,
    kind: value::Kind,
    quiet: bool,
    first: bool,
    total: u64,
    bad: u64,
}

#[derive(serde::Serialize)]
struct ValueResult<'v> {
    value: &'v str,
    valid: bool,
    normalized: Option<String>,
    error: Option<String>,
}

impl ValueWriter<'_> {
    fn start(&mut self) -> Result<()> {
        match self.format {
            Format::Json => self.out.write_all(b"[")?,
            Format::Csv => self.out.write_all(b"value,valid,normalized,error\n")?,
            Format::Table => {}
        }
        Ok(())
    }

    fn value(&mut self, v: &str, today: chrono::NaiveDate) -> Result<()> {
        let checked = value::check(self.kind, v, today);
        self.total += 1;
        if checked.is_err() {
            self.bad += 1;
        }
        let name = self.kind.name();
        match self.format {
            Format::Table => match &checked {
                Ok(n) if !self.quiet => writeln!(
                    self.out,
                    "{name}: {v}: {}",
                    i18n::value_ok(&value::display(self.kind, n))
                )?,
                Ok(_) => {}
                Err(p) => writeln!(self.out, "{name}: {v}: {p}")?,
            },
            Format::Json | Format::Csv => {
                let r = ValueResult {
                    value: v,
                    valid: checked.is_ok(),
                    normalized: checked.as_ref().ok().cloned(),
                    error: checked.as_ref().err().map(ToString::to_string),
                };
                if self.format == Format::Json {
                    self.out.write_all(if self.first { b"\n  " } else { b",\n  " })?;
                    serde_json::to_writer(&mut *self.out, &r)
                        .map_err(|e| Error::Io(e.to_string()))?;
                } else {
                    let mut w =
                        csv::WriterBuilder::new().has_headers(false).from_writer(&mut *self.out);
                    w.serialize(&r).map_err(|e| Error::Io(e.to_string()))?;
                    w.flush()?;
                }
            }
        }
        self.first = false;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.format == Format::Json {
            self.out.write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

fn values(s: &Session, kind: value::Kind, vals: &[String], out: &mut dyn Write) -> Result<()> {
    let today = s.ctx.today();
    let mut w = ValueWriter {
        out,
        format: s.ctx.format,
        kind,
        quiet: s.ctx.quiet,
        first: true,
        total: 0,
        bad: 0,
    };
    w.start()?;
    for v in vals {
        if v != "-" {
            w.value(v, today)?;
            continue;
        }
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut line = String::new();
        loop {
            line.clear();
            if input.read_line(&mut line)? == 0 {
                break;
            }
            let t = line.trim_end_matches(['\n', '\r']);
            if !t.trim().is_empty() {
                w.value(t, today)?;
            }
        }
    }
    w.finish()?;
    if w.bad > 0 {
        return Err(Error::Invalid(i18n::values_invalid(w.bad, w.total)));
    }
    Ok(())
}

/// One problem found in the store.
#[derive(Debug, serde::Serialize)]
struct Finding {
    item: String,
    check: &'static str,
    message: String,
}

fn field_finding(id: ItemId, e: &FieldError) -> Finding {
    Finding { item: id.to_string(), check: "invalid", message: e.to_string() }
}

fn whole_store(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let now = s.ctx.now;
    let today = s.ctx.today();
    let cal = s.ctx.calendar.clone();
    let lead = s.ctx.leads.clone();
    let (format, quiet) = (s.ctx.format, s.ctx.quiet);
    let conn = s.store()?.conn();
    let mut found: Vec<Finding> = Vec::new();
    let (mut n_records, mut n_docs, mut n_appts) = (0u64, 0u64, 0u64);

    records::for_each_check(conn, |r| {
        n_records += 1;
        let id = ItemId::new(ItemKind::Record, r.id);
        // An amendment inherits its original's timeliness: it corrects, it is not an entry.
        let late_message = match r.amends {
            _ if r.amended_by.is_some() => None,
            Some(orig) if r.late => {
                Some(i18n::finding_late_amendment(ItemId::new(ItemKind::Record, orig)))
            }
            Some(_) => None,
            None if is_late(&cal, r.event_date, r.recorded_at) => {
                let limit = cal.add_working_days(r.event_date, ENTRY_WORKING_DAYS);
                Some(i18n::finding_late(r.recorded_at, limit))
            }
            None => None,
        };
        if let Some(message) = late_message {
            found.push(Finding { item: id.to_string(), check: "late", message });
        }
        let checks: [(&'static str, &Option<String>, validate::Check); 3] = [
            ("snils", &r.snils, validate::snils),
            ("oktmo", &r.oktmo, validate::oktmo),
            ("amount", &r.amount, validate::amount),
        ];
        for (field, v, check) in checks {
            if let Some(v) = v
                && let Err(problem) = check(v)
            {
                found.push(field_finding(id, &FieldError { field, value: v.clone(), problem }));
            }
        }
        Ok(())
    })?;
    for group in records::duplicate_groups(conn)? {
        push_duplicates(&mut found, ItemKind::Record, &group);
    }

    let all_docs = docs::list(conn)?;
    let by_id: std::collections::HashMap<i64, &docdom::Document> =
        all_docs.iter().map(|d| (d.id, d)).collect();
    for d in &all_docs {
        n_docs += 1;
        if let Err(errs) = DocData::from_draft(&d.data.to_draft(), today) {
            found.extend(errs.iter().map(|e| field_finding(d.item_id(), e)));
        }
        if d.status(today, &lead) == DocStatus::Expired
            && let Some(e) = d.data.expires_on
        {
            found.push(Finding {
                item: d.item_id().to_string(),
                check: "expired",
                message: i18n::finding_expired(e),
            });
        }
    }
    for group in docs::duplicate_groups(conn)? {
        push_duplicates(&mut found, ItemKind::Doc, &group);
    }

    for a in appts::all(conn)? {
        n_appts += 1;
        if a.status != ApptStatus::Scheduled || a.data.starts_at < now {
            continue;
        }
        let day = a.data.starts_at.date();
        for n in &a.data.needs {
            let doc_id = ItemId::new(ItemKind::Doc, *n);
            let problem = match by_id.get(n) {
                None => Some(i18n::finding_need_missing(doc_id)),
                Some(d) if d.archived_at.is_some() => Some(i18n::need_archived(
                    doc_id,
                    d.replaced_by.map(|r| ItemId::new(ItemKind::Doc, r)),
                )),
                Some(d) => d
                    .data
                    .expires_on
                    .filter(|e| docdom::status_on(Some(*e), day, 0) == DocStatus::Expired)
                    .map(|e| i18n::need_expired(doc_id, e, day)),
            };
            if let Some(message) = problem {
                found.push(Finding { item: a.item_id().to_string(), check: "needs", message });
            }
        }
    }
    for group in appts::duplicate_groups(conn)? {
        push_duplicates(&mut found, ItemKind::Appt, &group);
    }

    let order = |f: &Finding| {
        let kind = match f.item.chars().next() {
            Some('R') => 0,
            Some('D') => 1,
            _ => 2,
        };
        (kind, f.item[2..].parse::<i64>().unwrap_or(0))
    };
    found.sort_by_key(order);
    let shown = match format {
        Format::Json => output::write_json(out, &found),
        Format::Csv => output::write_csv(out, &["item", "check", "message"], &found),
        Format::Table if found.is_empty() => {
            if !quiet {
                writeln!(out, "{}", i18n::store_clean(n_records, n_docs, n_appts))?;
            }
            Ok(())
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|f| vec![f.item.clone(), i18n::check_name(f.check), f.message.clone()])
                .collect();
            output::write_table(out, &i18n::finding_headers(), &rows)
        }
    };
    match shown {
        // The reader took what it wanted (`| head`); the verdict is known and still stands.
        Err(Error::Exit(0)) | Ok(()) if !found.is_empty() => {
            Err(Error::Invalid(i18n::findings(found.len())))
        }
        other => other,
    }
}

fn push_duplicates(found: &mut Vec<Finding>, kind: ItemKind, group: &[i64]) {
    let Some((first, rest)) = group.split_first() else { return };
    for n in rest {
        found.push(Finding {
            item: ItemId::new(kind, *n).to_string(),
            check: "duplicate",
            message: i18n::finding_duplicate(ItemId::new(kind, *first)),
        });
    }
}

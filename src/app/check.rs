//! The whole-store check of `kabinet validate`: late entries, values that no longer pass
//! their rules, expired documents, duplicates, appointments and open applications relying on
//! documents that are gone, archived or expired by then, applications past their term or left
//! without action.

use std::collections::HashMap;

use chrono::{NaiveDate, NaiveDateTime};

use super::appts::{NeedWarning, needs_on};
use super::{Env, Error, Result};
use crate::domain::application::{Application, ApplicationData, Shown};
use crate::domain::doc::{DocData, DocStatus, Document};
use crate::domain::record::{ENTRY_WORKING_DAYS, is_late};
use crate::domain::{FieldError, ItemId, ItemKind};
use crate::store::{CheckRow, Reader};
use crate::validate;

/// What is wrong with an item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Entered after the deadline for its event.
    Late { recorded_at: NaiveDateTime, limit: NaiveDate },
    /// An amendment of a late record (its original's lateness stands).
    LateAmendment { original: ItemId },
    /// A value its field's rules refuse now.
    Invalid(FieldError),
    /// A document that has expired.
    Expired(NaiveDate),
    /// Another item with the same natural key, the first of its group.
    Duplicate { of: ItemId },
    /// An appointment needing a document that is not in the store.
    NeedMissing(ItemId),
    /// An appointment needing a document that will not do on the day.
    Need(NeedWarning),
    /// An open application past its term.
    Overdue { due: NaiveDate },
    /// An open application with no change of status since this time, past the configured
    /// days: shown as expired (Срок истёк).
    Idle { since: NaiveDateTime },
}

impl Problem {
    /// The check's code, as JSON and CSV name it.
    pub fn check(&self) -> &'static str {
        match self {
            Problem::Late { .. } | Problem::LateAmendment { .. } => "late",
            Problem::Invalid(_) => "invalid",
            Problem::Expired(_) => "expired",
            Problem::Duplicate { .. } => "duplicate",
            Problem::NeedMissing(_) | Problem::Need(_) => "needs",
            Problem::Overdue { .. } => "overdue",
            Problem::Idle { .. } => "idle",
        }
    }
}

/// One problem found in the store.
#[derive(Debug, Clone)]
pub struct Finding {
    pub item: ItemId,
    pub problem: Problem,
}

/// What the check found, records first, each kind by ID, and how many items it read.
#[derive(Debug, Default)]
pub struct Report {
    pub findings: Vec<Finding>,
    pub records: u64,
    pub docs: u64,
    pub appts: u64,
    pub applications: u64,
}

/// Checks every item of the store.
pub fn run(r: Reader, env: &Env) -> Result<Report> {
    let mut report = Report::default();
    r.each_record_check(|row| {
        report.records += 1;
        check_record(env, &row, &mut report.findings);
        Ok::<_, Error>(())
    })?;
    push_duplicates(&mut report.findings, ItemKind::Record, &r.record_duplicates()?);
    let docs = r.docs()?;
    for d in &docs {
        report.docs += 1;
        check_doc(env, d, &mut report.findings);
    }
    push_duplicates(&mut report.findings, ItemKind::Doc, &r.doc_duplicates()?);
    let by_id: HashMap<i64, &Document> = docs.iter().map(|d| (d.id, d)).collect();
    for a in r.appts()? {
        report.appts += 1;
        if a.status != crate::domain::appt::ApptStatus::Scheduled || a.data.starts_at < env.now {
            continue;
        }
        let day = a.data.starts_at.date();
        for problem in needs(&by_id, &a.data.needs, day) {
            report.findings.push(Finding { item: a.item_id(), problem });
        }
    }
    push_duplicates(&mut report.findings, ItemKind::Appt, &r.appt_duplicates()?);
    r.scan_applications(|a| {
        report.applications += 1;
        check_application(env, &by_id, &a, &mut report.findings);
        Ok::<_, Error>(())
    })?;
    push_duplicates(&mut report.findings, ItemKind::Application, &r.application_duplicates()?);
    let order = |f: &Finding| {
        let kind = match f.item.kind {
            ItemKind::Record => 0,
            ItemKind::Doc => 1,
            ItemKind::Appt | ItemKind::Obligation => 2,
            ItemKind::Application => 3,
        };
        (kind, f.item.n)
    };
    report.findings.sort_by_key(order);
    Ok(report)
}

/// What is wrong with the documents numbered `needs` for use on `day`: gone, archived, or
/// expired by then.
fn needs(by_id: &HashMap<i64, &Document>, needs: &[i64], day: NaiveDate) -> Vec<Problem> {
    let mut found = Vec::new();
    for n in needs {
        match by_id.get(n) {
            None => found.push(Problem::NeedMissing(ItemId::new(ItemKind::Doc, *n))),
            Some(d) => found.extend(needs_on(day, [*d]).into_iter().map(Problem::Need)),
        }
    }
    found
}

/// An application's values by today's rules; and, while it is open, its term, its idleness
/// and the documents it relies on by its term.
fn check_application(
    env: &Env,
    docs: &HashMap<i64, &Document>,
    a: &Application,
    found: &mut Vec<Finding>,
) {
    let today = env.today();
    let item = a.item_id();
    let draft = a.data.to_draft();
    if let Err(errs) = ApplicationData::from_draft(&draft, today, &env.calendar) {
        found.extend(errs.into_iter().map(|e| Finding { item, problem: Problem::Invalid(e) }));
    }
    if !a.status.is_open() {
        return;
    }
    if let Some(due) = a.data.due.filter(|_| a.overdue(today)) {
        found.push(Finding { item, problem: Problem::Overdue { due } });
    }
    if a.shown(today, env.expire_days) == Shown::Expired {
        found.push(Finding { item, problem: Problem::Idle { since: a.status_at } });
    }
    let day = a.data.due.unwrap_or(today).max(today);
    found.extend(
        needs(docs, &a.data.needs, day).into_iter().map(|problem| Finding { item, problem }),
    );
}

fn check_record(env: &Env, r: &CheckRow, found: &mut Vec<Finding>) {
    let id = ItemId::new(ItemKind::Record, r.id);
    let cal = &env.calendar;
    // An amendment inherits its original's timeliness: it corrects, it is not an entry.
    let late = match r.amends {
        _ if r.amended_by.is_some() => None,
        Some(orig) if r.late => {
            Some(Problem::LateAmendment { original: ItemId::new(ItemKind::Record, orig) })
        }
        Some(_) => None,
        None if is_late(cal, r.event_date, r.recorded_at) => {
            let limit = cal.add_working_days(r.event_date, ENTRY_WORKING_DAYS);
            Some(Problem::Late { recorded_at: r.recorded_at, limit })
        }
        None => None,
    };
    if let Some(problem) = late {
        found.push(Finding { item: id, problem });
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
            let e = FieldError { field, value: v.clone(), problem };
            found.push(Finding { item: id, problem: Problem::Invalid(e) });
        }
    }
}

fn check_doc(env: &Env, d: &Document, found: &mut Vec<Finding>) {
    if let Err(errs) = DocData::from_draft(&d.data.to_draft(), env.today()) {
        let invalid =
            errs.into_iter().map(|e| Finding { item: d.item_id(), problem: Problem::Invalid(e) });
        found.extend(invalid);
    }
    if d.status(env.today(), &env.leads) == DocStatus::Expired
        && let Some(e) = d.data.expires_on
    {
        found.push(Finding { item: d.item_id(), problem: Problem::Expired(e) });
    }
}

fn push_duplicates(found: &mut Vec<Finding>, kind: ItemKind, groups: &[Vec<i64>]) {
    for group in groups {
        let Some((first, rest)) = group.split_first() else { continue };
        for n in rest {
            let of = ItemId::new(kind, *first);
            found.push(Finding { item: ItemId::new(kind, *n), problem: Problem::Duplicate { of } });
        }
    }
}

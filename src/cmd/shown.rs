//! One item's fields as `show` lists them and a receipt prints them, labelled in the interface
//! language; and an appointment's document warnings in words.

use chrono::{NaiveDate, NaiveDateTime};

use super::output::Fields;
use crate::app::appts::{NeedWarning, Shown};
use crate::domain::appt::{ApptStatus, Reminders};
use crate::domain::doc::{Document, LeadTimes};
use crate::domain::record::Record;
use crate::domain::{ItemId, ItemKind};
use crate::i18n;
use crate::validate::{format_dept_code, format_snils};

/// A record's fields.
pub fn record(rec: &Record, now: NaiveDateTime) -> Vec<(String, String)> {
    let d = &rec.data;
    let rid = |n: i64| ItemId::new(ItemKind::Record, n).to_string();
    let mut fields = Fields::default();
    let mut push = |k: &str, v: Option<String>| fields.push(k, v);
    push("id", Some(rec.item_id().to_string()));
    push("subject_id", Some(d.subject_id.clone()));
    push("subject_name", d.subject_name.clone());
    push("event_date", Some(i18n::date(d.event_date)));
    push("type", Some(d.kind.clone()));
    push("subtype", d.subtype.clone());
    push("result", Some(d.result.clone()));
    push("description", d.description.clone());
    push("registry_no", d.registry_no.clone());
    push("amount", d.amount.clone());
    push("snils", d.snils.as_deref().map(format_snils));
    push("oktmo", d.oktmo.clone());
    push("responsible", d.responsible.clone());
    push("follow_up_on", d.follow_up_on.map(i18n::date));
    push("recorded_at", Some(i18n::datetime(rec.recorded_at)));
    push("status", Some(i18n::record_status(rec.status())));
    push("amends", rec.amends.map(rid));
    push("amended_by", rec.amended_by.map(rid));
    push("editable_until", Some(i18n::edit_window(rec.is_editable(now), rec.editable_until())));
    fields.into_pairs()
}

/// A document's fields, with its status and days left on `today`.
pub fn doc(d: &Document, today: NaiveDate, lead: &LeadTimes) -> Vec<(String, String)> {
    let x = &d.data;
    let did = |n: i64| ItemId::new(ItemKind::Doc, n).to_string();
    let mut fields = Fields::default();
    let mut push = |k: &str, v: Option<String>| fields.push(k, v);
    push("id", Some(d.item_id().to_string()));
    push("holder", Some(x.holder.clone()));
    push("holder_snils", x.holder_snils.as_deref().map(format_snils));
    push("kind", Some(i18n::doc_kind(x.kind)));
    push("number", Some(x.display_number()));
    push("issued_on", Some(i18n::date(x.issued_on)));
    push("issued_by", x.issued_by.clone());
    push("department_code", x.department_code.as_deref().map(format_dept_code));
    push("expires_on", Some(x.expires_on.map(i18n::date).unwrap_or_else(i18n::indefinite)));
    let status = d.status(today, lead);
    push("status", Some(i18n::doc_status_with_days(status, d.days_left(today))));
    push("notes", x.notes.clone());
    push("email", x.email.clone());
    push("phone", x.phone.clone());
    push("replaces", d.replaces.map(did));
    push("replaced_by", d.replaced_by.map(did));
    push("archived_at", d.archived_at.map(i18n::datetime));
    fields.into_pairs()
}

/// A needed document's warning in words.
pub fn need_warning(w: &NeedWarning) -> String {
    match w {
        NeedWarning::Expired { doc, expires, day } => i18n::need_expired(*doc, *expires, *day),
        NeedWarning::Archived { doc, by } => i18n::need_archived(*doc, *by),
    }
}

/// An appointment's fields, with the documents it needs, its reminders, history and warnings.
pub fn appt(
    x: &Shown,
    today: NaiveDate,
    lead: &LeadTimes,
    reminders: &Reminders,
) -> Vec<(String, String)> {
    let a = &x.appt;
    let d = &a.data;
    let mut fields = Fields::default();
    let mut push = |k: &str, v: Option<String>| fields.push(k, v);
    push("id", Some(a.item_id().to_string()));
    push("person", d.person.clone());
    push("institution", Some(d.institution.clone()));
    push("service", Some(d.service.clone()));
    push("office", d.office.clone());
    push("starts_at", Some(i18n::datetime(d.starts_at)));
    push("duration_min", Some(d.duration_min.to_string()));
    push("status", Some(i18n::appt_status(a.status)));
    push("confirmation_no", d.confirmation_no.clone());
    let needs: Vec<String> = x
        .docs
        .iter()
        .map(|doc| {
            format!(
                "{} {} ({})",
                doc.item_id(),
                i18n::doc_kind(doc.data.kind),
                i18n::doc_status_with_days(doc.status(today, lead), doc.days_left(today))
            )
        })
        .collect();
    push("needs", Some(needs.join("\n")));
    push("notes", d.notes.clone());
    push("email", d.email.clone());
    push("phone", d.phone.clone());
    let times: Vec<String> = a.reminders(reminders).into_iter().map(i18n::datetime).collect();
    push("reminders", Some(times.join("\n")));
    if a.status == ApptStatus::Scheduled {
        push("change_deadline", Some(i18n::datetime(a.change_deadline())));
    }
    let history: Vec<String> = x.moves.iter().map(i18n::move_line).collect();
    push("history", Some(history.join("\n")));
    let warnings: Vec<String> = x.warnings.iter().map(need_warning).collect();
    push("warnings", Some(warnings.join("\n")));
    fields.into_pairs()
}

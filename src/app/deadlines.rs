//! Everything due within a window, and everything overdue: documents expiring (from their
//! lead time on), scheduled appointments, open follow-ups, obligations, open applications'
//! terms.

use std::collections::BTreeSet;

use chrono::Datelike;

use super::{Env, Result, contains_ci};
use crate::domain::deadline::{self, Deadline, What, Window};
use crate::domain::doc::{DocStatus, status_on};
use crate::domain::{ItemId, ItemKind};
use crate::store::Reader;

/// What to gather.
#[derive(Debug, Clone)]
pub struct Query {
    pub window: Window,
    /// Only what is overdue.
    pub overdue: bool,
    /// Only this kind of item.
    pub kind: Option<ItemKind>,
    /// Only items about this person (subject, holder, person; case-insensitive).
    pub subject: Option<String>,
    /// The kinds the user may see (`None`: all).
    pub visible: Option<Vec<ItemKind>>,
}

/// Gathers what is due within the window, and everything overdue, in order of due date.
pub fn gather(r: Reader, env: &Env, q: &Query) -> Result<Vec<Deadline>> {
    let (today, now, cal) = (env.today(), env.now, &env.calendar);
    let end = q.window.end(today, cal);
    let want = |k: ItemKind| {
        q.kind.is_none_or(|x| x == k) && q.visible.as_ref().is_none_or(|v| v.contains(&k))
    };
    let mut list = Vec::new();
    if want(ItemKind::Doc) {
        // A document is due from its lead time on, even when that is beyond the window.
        let until = end.max(today + chrono::Duration::days(env.leads.max()));
        for d in r.docs_expiring_by(until)? {
            let Some(e) = d.data.expires_on else { continue };
            if e > end && (e - today).num_days() > env.leads.for_kind(d.data.kind) {
                continue;
            }
            let what = What::DocExpires { kind: d.data.kind, holder: d.data.holder.clone() };
            list.push(Deadline::new(d.item_id(), &d.uuid, what, e, e < today, today, cal));
        }
    }
    if want(ItemKind::Appt) {
        for a in r.appts_scheduled_by(end)? {
            let day = a.data.starts_at.date();
            let mut expired_needs = Vec::new();
            for n in &a.data.needs {
                if let Some(d) = r.doc(*n)?
                    && let Some(e) = d.data.expires_on
                    && status_on(Some(e), day, 0) == DocStatus::Expired
                {
                    expired_needs.push((d.item_id(), e));
                }
            }
            let what = What::Appointment {
                institution: a.data.institution.clone(),
                service: a.data.service.clone(),
                person: a.data.person.clone(),
                starts_at: a.data.starts_at,
                reminders: env.reminders.times(a.data.starts_at),
                expired_needs,
            };
            let overdue = a.data.starts_at < now;
            list.push(Deadline::new(a.item_id(), &a.uuid, what, day, overdue, today, cal));
        }
    }
    if want(ItemKind::Record) {
        for f in r.open_follow_ups(end)? {
            let subject = match f.subject_name {
                Some(n) => format!("{} {n}", f.subject_id),
                None => f.subject_id,
            };
            let what = What::FollowUp { subject, kind: f.kind };
            let item = ItemId::new(ItemKind::Record, f.id);
            list.push(Deadline::new(item, &f.uuid, what, f.due, f.due < today, today, cal));
        }
    }
    if want(ItemKind::Obligation) {
        for o in r.obligations()? {
            let due = o.data.effective_due(cal);
            if o.done_at.is_some() || due > end {
                continue;
            }
            let what = What::Obligation { title: o.data.title.clone(), nominal: o.data.due };
            list.push(Deadline::new(o.item_id(), &o.uuid, what, due, due < today, today, cal));
        }
    }
    if want(ItemKind::Application) {
        for a in r.applications_due_by(end)? {
            let Some(due) = a.data.due else { continue };
            let what = What::Application {
                applicant: a.data.applicant.clone(),
                agency: a.data.agency.clone(),
                service: a.data.service.clone(),
            };
            list.push(Deadline::new(a.item_id(), &a.uuid, what, due, due < today, today, cal));
        }
    }
    list.retain(|d| {
        (!q.overdue || d.overdue)
            && q.subject.as_deref().is_none_or(|t| d.who().iter().any(|w| contains_ci(w, t)))
    });
    deadline::sort(&mut list);
    Ok(list)
}

/// Years among the due dates whose working days are estimated (no decree data).
pub fn estimated_years(env: &Env, list: &[Deadline]) -> BTreeSet<i32> {
    list.iter().map(|d| d.due.year()).filter(|y| !env.calendar.has_decree_data(*y)).collect()
}

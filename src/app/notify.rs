//! Reminders (`kabinet notify`): which occasions are due now — an appointment at its reminder
//! times, a document when it enters its lead time and on the day it expires, a follow-up, an
//! obligation or an application's term on its day (an application also a few days before) and
//! once overdue — and the delivery log that makes each go once: claimed in a transaction
//! before it is sent, then marked sent or failed (tried again later, given up in the end).

use chrono::{Duration, NaiveDateTime};

use super::deadlines::{self, Query};
use super::{Env, Result};
use crate::domain::ItemKind;
use crate::domain::deadline::{Deadline, What, Window};
use crate::store::{DeliveryKey, Outcome, Store};

/// Days before an application's term it is reminded of.
const APPLICATION_DAYS_BEFORE: i64 = 3;
/// How long a run holds a claim: a run that dies leaves it to lapse after this.
const CLAIM_MINUTES: i64 = 10;

/// One reminder due now.
#[derive(Debug, Clone)]
pub struct Occasion {
    pub deadline: Deadline,
    /// Which of the item's reminders: `before-1440m`, `expiring`, `expires-today`, `due-soon`,
    /// `due`, `overdue`, or `status-<status>-<when>` for an application's change of status.
    pub code: String,
    /// The status an application changed to, for a change of status.
    pub status: Option<crate::domain::application::Status>,
}

impl Occasion {
    /// The kind of reminder, for choosing its channel: `appointment`, `document`,
    /// `follow_up`, `obligation`, `application`.
    pub fn kind(&self) -> &'static str {
        match self.deadline.what {
            What::Appointment { .. } => "appointment",
            What::DocExpires { .. } => "document",
            What::FollowUp { .. } => "follow_up",
            What::Obligation { .. } => "obligation",
            What::Application { .. } => "application",
        }
    }
}

/// The kinds of reminder, as `[notify] channels` names them.
pub const KINDS: [&str; 5] = ["appointment", "document", "follow_up", "obligation", "application"];

/// Which of an item's reminders is due at `now`, if any.
fn occasion(d: &Deadline, now: NaiveDateTime) -> Option<String> {
    let today = now.date();
    match &d.what {
        What::Appointment { starts_at, reminders, .. } => {
            if now >= *starts_at {
                return None;
            }
            // The latest reminder time passed: one reminder, not a burst of the missed ones.
            let t = reminders.iter().rev().find(|t| **t <= now)?;
            Some(format!("before-{}m", (*starts_at - *t).num_minutes()))
        }
        What::DocExpires { .. } => match d.due {
            due if due == today => Some("expires-today".into()),
            due if due > today => Some("expiring".into()),
            _ => None,
        },
        What::Application { .. } => match d.days_left {
            0 => Some("due".into()),
            n if n < 0 => Some("overdue".into()),
            n if n <= APPLICATION_DAYS_BEFORE => Some("due-soon".into()),
            _ => None,
        },
        What::FollowUp { .. } | What::Obligation { .. } => match d.days_left {
            0 => Some("due".into()),
            n if n < 0 => Some("overdue".into()),
            _ => None,
        },
    }
}

/// Every reminder due at `env.now`, in order of due date, of the kinds `visible` (`None`: all;
/// a user limited to some kinds sends only theirs).
pub fn occasions(
    store: &Store,
    env: &Env,
    visible: Option<Vec<crate::domain::ItemKind>>,
) -> Result<Vec<Occasion>> {
    let furthest = env.reminders.minutes().iter().copied().max().unwrap_or(0);
    let days = (furthest / (24 * 60) + 1).max(APPLICATION_DAYS_BEFORE);
    let applications = visible.as_ref().is_none_or(|v| v.contains(&ItemKind::Application));
    let query =
        Query { window: Window::Days(days), overdue: false, kind: None, subject: None, visible };
    let list = deadlines::gather(store.read(), env, &query)?;
    let mut all: Vec<Occasion> = list
        .into_iter()
        .filter_map(|d| {
            occasion(&d, env.now).map(|code| Occasion { deadline: d, code, status: None })
        })
        .collect();
    if applications {
        all.extend(status_changes(store, env)?);
    }
    Ok(all)
}

/// How far back a change of an application's status is still told.
const STATUS_HOURS: i64 = 24;

/// Applications whose status changed in the last day: each change once (the latest, when
/// several came between two runs).
fn status_changes(store: &Store, env: &Env) -> Result<Vec<Occasion>> {
    let (now, today, cal) = (env.now, env.today(), &env.calendar);
    let mut found = Vec::new();
    store.read().scan_applications(|a| {
        let recent = a.status_at <= now && now - a.status_at <= Duration::hours(STATUS_HOURS);
        // The filing itself is not news; a change after it is.
        if recent && a.status_at > a.created_at {
            let what = What::Application {
                applicant: a.data.applicant.clone(),
                agency: a.data.agency.clone(),
                service: a.data.service.clone(),
            };
            let day = a.status_at.date();
            let deadline = Deadline::new(a.item_id(), &a.uuid, what, day, false, today, cal);
            let code =
                format!("status-{}-{}", a.status.code(), a.status_at.format("%Y%m%dT%H%M%S"));
            found.push(Occasion { deadline, code, status: Some(a.status) });
        }
        Ok::<_, super::Error>(())
    })?;
    Ok(found)
}

/// The row of the delivery log for sending `key` now, if this run is to send it.
/// Who a reminder of an item reaches besides the office: the e-mail and phone of an
/// appointment's person or a document's holder, when the store has them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// The contact of `item` (empty for the kinds that have none, or an item gone since).
pub fn contact(store: &Store, item: crate::domain::ItemId) -> Result<Contact> {
    let r = store.read();
    Ok(match item.kind {
        ItemKind::Appt => r
            .appt(item.n)?
            .map(|a| Contact { email: a.data.email, phone: a.data.phone })
            .unwrap_or_default(),
        ItemKind::Doc => r
            .doc(item.n)?
            .map(|d| Contact { email: d.data.email, phone: d.data.phone })
            .unwrap_or_default(),
        ItemKind::Record | ItemKind::Obligation | ItemKind::Application => Contact::default(),
    })
}

pub fn claim(store: &mut Store, key: &DeliveryKey, now: NaiveDateTime) -> Result<Option<i64>> {
    let until = now + Duration::minutes(CLAIM_MINUTES);
    Ok(store.write(|tx| tx.claim_delivery(key, now, until))?)
}

/// Whether `key` would be sent now (for `--dry-run`): claimed and let go again.
pub fn would_send(store: &mut Store, key: &DeliveryKey, now: NaiveDateTime) -> Result<bool> {
    let until = now + Duration::minutes(CLAIM_MINUTES);
    Ok(store.write_if(|tx| tx.claim_delivery(key, now, until).map(|c| (c.is_some(), false)))?)
}

/// Records a try: sent, or failed — tried again after a back-off that doubles with each try
/// (5 minutes, 10, 20… at most 6 hours), given up once `give_up` has passed since the first.
pub fn record(
    store: &mut Store,
    id: i64,
    result: std::result::Result<(), String>,
    now: NaiveDateTime,
    give_up: Duration,
) -> Result<Outcome> {
    let entry = store.read().delivery(id)?;
    let outcome = match result {
        Ok(()) => Outcome::Sent,
        Err(answer) => {
            let first = entry
                .as_ref()
                .and_then(|d| crate::domain::dates::from_iso_datetime(&d.first_at))
                .unwrap_or(now);
            let attempts = entry.as_ref().map_or(0, |d| d.attempts).clamp(0, 7) as u32;
            if now - first >= give_up {
                Outcome::GivenUp { answer }
            } else {
                let wait = Duration::minutes((5i64 << attempts).min(6 * 60));
                Outcome::Failed { answer, next_at: now + wait }
            }
        }
    };
    store.write(|tx| tx.finish_delivery(id, &outcome, now))?;
    Ok(outcome)
}

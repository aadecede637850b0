//! Deadlines: one view of what is due, gathered from documents, appointments, records'
//! follow-ups, obligations and applications, with days left in calendar and working days.

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::ItemId;
use super::doc::DocKind;
use crate::calendar::Calendar;

/// How far ahead to look: `14d`, `2w` or `3wd` (working days).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Window {
    Days(i64),
    WorkingDays(u32),
}

impl Window {
    /// Parses `14d`, `14`, `2w`, `3wd` (also `14д`, `3рд`).
    pub fn parse(s: &str) -> Option<Window> {
        let s = s.trim().to_lowercase();
        let split = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let (num, unit) = s.split_at(split);
        let n: u32 = num.parse().ok().filter(|n| *n <= 36_600)?;
        match unit {
            "" | "d" | "д" => Some(Window::Days(i64::from(n))),
            "w" | "н" => Some(Window::Days(i64::from(n) * 7)),
            "wd" | "рд" => Some(Window::WorkingDays(n)),
            _ => None,
        }
    }

    /// The last day inside the window.
    pub fn end(self, today: NaiveDate, cal: &Calendar) -> NaiveDate {
        match self {
            Window::Days(n) => today + Duration::days(n),
            Window::WorkingDays(n) => cal.add_working_days(today, n),
        }
    }
}

/// What is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum What {
    /// A document expires (the due date is its last valid day).
    DocExpires { kind: DocKind, holder: String },
    /// An appointment starts; `expired_needs` are documents that will have expired by then.
    Appointment {
        institution: String,
        service: String,
        person: Option<String>,
        starts_at: NaiveDateTime,
        /// When it reminds, earliest first.
        reminders: Vec<NaiveDateTime>,
        expired_needs: Vec<(ItemId, NaiveDate)>,
    },
    /// A record's next step (a repeat check-up).
    FollowUp { subject: String, kind: String },
    /// An obligation.
    Obligation { title: String, nominal: NaiveDate },
    /// An open application's term: the agency's decision is due.
    Application { applicant: String, agency: String, service: String },
}

/// One item due or overdue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deadline {
    pub item: ItemId,
    /// The item's UUID: stable identity for calendar exports.
    pub uuid: String,
    pub what: What,
    pub due: NaiveDate,
    pub overdue: bool,
    pub days_left: i64,
    pub working_days_left: i64,
}

impl Deadline {
    pub fn new(
        item: ItemId,
        uuid: &str,
        what: What,
        due: NaiveDate,
        overdue: bool,
        today: NaiveDate,
        cal: &Calendar,
    ) -> Self {
        Deadline {
            item,
            uuid: uuid.to_owned(),
            what,
            due,
            overdue,
            days_left: (due - today).num_days(),
            working_days_left: cal.working_days_between(today, due),
        }
    }

    /// Who the deadline concerns, for `--subject`/`--holder` filters.
    pub fn who(&self) -> Vec<&str> {
        match &self.what {
            What::DocExpires { holder, .. } => vec![holder],
            What::Appointment { person, institution, .. } => {
                person.iter().map(String::as_str).chain([institution.as_str()]).collect()
            }
            What::FollowUp { subject, .. } => vec![subject],
            What::Obligation { title, .. } => vec![title],
            What::Application { applicant, agency, .. } => vec![applicant, agency],
        }
    }
}

/// Overdue first, then by due date, then by item.
pub fn sort(list: &mut [Deadline]) {
    let kind_order = |d: &Deadline| d.item.kind.prefix();
    list.sort_by(|a, b| {
        b.overdue
            .cmp(&a.overdue)
            .then(a.due.cmp(&b.due))
            .then(kind_order(a).cmp(&kind_order(b)))
            .then(a.item.n.cmp(&b.item.n))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows() {
        let cal = Calendar::builtin();
        let today = NaiveDate::from_ymd_opt(2026, 4, 30).expect("date");
        assert_eq!(Window::parse("14d"), Some(Window::Days(14)));
        assert_eq!(Window::parse("14"), Some(Window::Days(14)));
        assert_eq!(Window::parse("2w"), Some(Window::Days(14)));
        assert_eq!(Window::parse("3wd"), Some(Window::WorkingDays(3)));
        assert_eq!(Window::parse("3x"), None);
        assert_eq!(Window::parse("d"), None);
        assert_eq!(
            Window::WorkingDays(3).end(today, &cal),
            NaiveDate::from_ymd_opt(2026, 5, 6).expect("d")
        );
    }
}

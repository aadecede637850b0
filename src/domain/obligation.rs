//! Obligations: user-defined duties with a due date, one-off or recurring (every month,
//! quarter or year on day N), shifted off days off by an explicit rule.

use chrono::{Datelike, Months, NaiveDate, NaiveDateTime};
use serde::Serialize;

use super::dates::iso_date;
use super::{Draft, Field, FieldError, ItemId, ItemKind, Reader};
use crate::calendar::Calendar;
use crate::validate::Problem;

pub const FIELDS: &[Field] = &[
    Field::req("title"),
    Field::req("due"),
    Field::opt("every"),
    Field::opt("day"),
    Field::opt("shift"),
    Field::opt("notes"),
];

/// How often a recurring obligation comes back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Every {
    Month,
    Quarter,
    Year,
}

impl Every {
    pub const CODES: &'static [&'static str] = &["month", "quarter", "year"];

    pub fn code(self) -> &'static str {
        match self {
            Every::Month => "month",
            Every::Quarter => "quarter",
            Every::Year => "year",
        }
    }

    pub fn parse(s: &str) -> Option<Every> {
        match s.trim().to_lowercase().as_str() {
            "month" | "monthly" | "месяц" | "ежемесячно" => Some(Every::Month),
            "quarter" | "quarterly" | "квартал" | "ежеквартально" => {
                Some(Every::Quarter)
            }
            "year" | "yearly" | "annually" | "год" | "ежегодно" => Some(Every::Year),
            _ => None,
        }
    }

    fn months(self) -> u32 {
        match self {
            Every::Month => 1,
            Every::Quarter => 3,
            Every::Year => 12,
        }
    }
}

/// What happens when the due date falls on a day off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    /// Moves to the next working day (the usual rule for reports: Tax Code art. 6.1 p. 7).
    Next,
    /// Moves to the previous working day.
    Previous,
    /// Stays on the day.
    None,
}

impl Shift {
    pub const CODES: &'static [&'static str] = &["next", "previous", "none"];

    pub fn code(self) -> &'static str {
        match self {
            Shift::Next => "next",
            Shift::Previous => "previous",
            Shift::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Shift> {
        match s.trim().to_lowercase().as_str() {
            "next" => Some(Shift::Next),
            "previous" | "prev" => Some(Shift::Previous),
            "none" | "no" => Some(Shift::None),
            _ => None,
        }
    }
}

/// What a user gives for an obligation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ObligationData {
    pub title: String,
    /// The nominal due date (the 5th), before any shift.
    pub due: NaiveDate,
    pub every: Option<Every>,
    /// Day of the month for recurring ones; defaults to the day of `due`.
    pub day: Option<u32>,
    pub shift: Shift,
    pub notes: Option<String>,
}

impl ObligationData {
    pub fn from_draft(d: &Draft, today: NaiveDate) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(d, today);
        let title = r.text("title", true);
        let due = r.date("due", true);
        let every = r.checked("every", false, |s| {
            Every::parse(s).map(|e| e.code().to_owned()).ok_or(Problem::OneOf(Every::CODES))
        });
        let day = r.integer("day", 1, 31).map(|n| n as u32);
        let shift = r.checked("shift", false, |s| {
            Shift::parse(s).map(|e| e.code().to_owned()).ok_or(Problem::OneOf(Shift::CODES))
        });
        let notes = r.prose("notes", false);
        r.finish(|| {
            let due = due?;
            let every = every.as_deref().and_then(Every::parse);
            Some(ObligationData {
                title: title?,
                due,
                every,
                // A recurring one keeps its day: due on the 31st, it is due on the 31st again
                // after February's 28th, not on the 28th from then on.
                day: day.or_else(|| every.map(|_| due.day())),
                shift: shift.as_deref().and_then(Shift::parse).unwrap_or(Shift::Next),
                notes,
            })
        })
    }

    /// The date it is really due: the nominal date moved by the shift rule.
    pub fn effective_due(&self, cal: &Calendar) -> NaiveDate {
        match self.shift {
            Shift::Next => cal.shift(self.due, true),
            Shift::Previous => cal.shift(self.due, false),
            Shift::None => self.due,
        }
    }

    /// The next nominal due date of a recurring obligation.
    pub fn next_due(&self) -> Option<NaiveDate> {
        let every = self.every?;
        let first = self.due.with_day(1)?.checked_add_months(Months::new(every.months()))?;
        let want = self.day.unwrap_or(self.due.day());
        let last = (first + Months::new(1)).pred_opt()?.day();
        first.with_day(want.min(last))
    }
}

/// A stored obligation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Obligation {
    pub id: i64,
    pub uuid: String,
    pub data: ObligationData,
    pub created_at: NaiveDateTime,
    /// Set when a one-off obligation is done.
    pub done_at: Option<NaiveDateTime>,
}

impl Obligation {
    pub fn item_id(&self) -> ItemId {
        ItemId::new(ItemKind::Obligation, self.id)
    }

    pub fn to_row(&self, cal: &Calendar) -> ObligationRow {
        let d = &self.data;
        ObligationRow {
            id: self.item_id().to_string(),
            title: d.title.clone(),
            due: iso_date(d.due),
            effective_due: iso_date(d.effective_due(cal)),
            every: d.every.map(|e| e.code().to_owned()),
            day: d.day.or_else(|| d.every.map(|_| d.due.day())),
            shift: d.shift.code().to_owned(),
            status: if self.done_at.is_some() { "done" } else { "open" }.to_owned(),
            notes: d.notes.clone(),
        }
    }
}

/// An obligation as a CSV row or JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ObligationRow {
    pub id: String,
    pub title: String,
    pub due: String,
    pub effective_due: String,
    pub every: Option<String>,
    pub day: Option<u32>,
    pub shift: String,
    pub status: String,
    pub notes: Option<String>,
}

pub const COLUMNS: &[&str] =
    &["id", "title", "due", "effective_due", "every", "day", "shift", "status", "notes"];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    fn ob(due: NaiveDate, every: Option<Every>, day: Option<u32>, shift: Shift) -> ObligationData {
        ObligationData { title: "отчёт".into(), due, every, day, shift, notes: None }
    }

    #[test]
    fn monthly_on_the_5th_shifted_to_a_working_day() {
        let cal = Calendar::builtin();
        // 05.12.2026 is a Saturday: due Monday 07.12.2026.
        let o = ob(d(2026, 12, 5), Some(Every::Month), Some(5), Shift::Next);
        assert_eq!(o.effective_due(&cal), d(2026, 12, 7));
        assert_eq!(
            ob(d(2026, 12, 5), None, None, Shift::Previous).effective_due(&cal),
            d(2026, 12, 4)
        );
        assert_eq!(ob(d(2026, 12, 5), None, None, Shift::None).effective_due(&cal), d(2026, 12, 5));
        // The next one is nominally 05.01.2027, inside the New Year holidays.
        let next = o.next_due().expect("recurring");
        assert_eq!(next, d(2027, 1, 5));
        assert_eq!(
            ob(next, Some(Every::Month), Some(5), Shift::Next).effective_due(&cal),
            d(2027, 1, 11)
        );
    }

    #[test]
    fn day_31_clamps_to_the_month_end_and_periods_add_up() {
        let o = ob(d(2026, 1, 31), Some(Every::Month), Some(31), Shift::None);
        assert_eq!(o.next_due(), Some(d(2026, 2, 28)));
        let feb = ob(d(2026, 2, 28), Some(Every::Month), Some(31), Shift::None);
        assert_eq!(feb.next_due(), Some(d(2026, 3, 31)));
        assert_eq!(
            ob(d(2026, 4, 25), Some(Every::Quarter), None, Shift::None).next_due(),
            Some(d(2026, 7, 25))
        );
        assert_eq!(
            ob(d(2026, 3, 30), Some(Every::Year), None, Shift::None).next_due(),
            Some(d(2027, 3, 30))
        );
        assert_eq!(ob(d(2026, 3, 30), None, None, Shift::None).next_due(), None);
    }
}

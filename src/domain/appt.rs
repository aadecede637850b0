//! Appointments at public offices: scheduled → done | no_show | cancelled, with a 24-hour
//! cut-off for changes and reminders before the start.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

use super::dates::iso_datetime;
use super::{Draft, Field, FieldError, ItemId, ItemKind, Reader, natural_key, or_empty};
use crate::validate::Problem;

/// Hours before the start after which a cancel or reschedule needs `--force` and is late.
pub const CHANGE_CUTOFF_HOURS: i64 = 24;
/// When appointments remind: offsets before the start, in minutes. DOMAIN.md's 24 hours and
/// 1 hour unless the configuration sets others.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reminders(Vec<i64>);

impl Default for Reminders {
    fn default() -> Self {
        Reminders(vec![24 * 60, 60])
    }
}

impl Reminders {
    pub fn new(minutes: Vec<i64>) -> Reminders {
        Reminders(minutes)
    }

    /// The offsets, in minutes before the start, as configured.
    pub fn minutes(&self) -> &[i64] {
        &self.0
    }

    /// Reminder times of an appointment starting at `start`, earliest first.
    pub fn times(&self, start: NaiveDateTime) -> Vec<NaiveDateTime> {
        let mut v: Vec<NaiveDateTime> =
            self.0.iter().map(|m| start - Duration::minutes(*m)).collect();
        v.sort();
        v
    }
}

pub const DEFAULT_DURATION_MIN: i64 = 30;

pub const FIELDS: &[Field] = &[
    Field::opt("person"),
    Field::req("institution"),
    Field::req("service"),
    Field::opt("office"),
    Field::req("starts_at"),
    Field::opt("duration_min"),
    Field::opt("confirmation_no"),
    Field::opt("needs"),
    Field::opt("notes"),
    Field::opt("email"),
    Field::opt("phone"),
];

/// What a user gives for an appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApptData {
    pub person: Option<String>,
    pub institution: String,
    pub service: String,
    pub office: Option<String>,
    pub starts_at: NaiveDateTime,
    pub duration_min: i64,
    pub confirmation_no: Option<String>,
    /// IDs (numbers) of documents to bring.
    pub needs: Vec<i64>,
    pub notes: Option<String>,
    /// The person's e-mail, where their reminders go.
    pub email: Option<String>,
    /// The person's phone, `+7` and ten digits.
    pub phone: Option<String>,
}

/// Parses `D-1, D-2` or `D-1 D-2` into document numbers.
pub fn parse_needs(s: &str) -> Result<Vec<i64>, Problem> {
    let mut out = Vec::new();
    for part in s.split(|c: char| c == ',' || c == ';' || c.is_whitespace()) {
        if part.is_empty() {
            continue;
        }
        let id = ItemId::parse(part, ItemKind::Doc).ok_or(Problem::BadId)?;
        if !out.contains(&id.n) {
            out.push(id.n);
        }
    }
    Ok(out)
}

/// `D-1,D-2`.
pub fn format_needs(needs: &[i64]) -> String {
    needs.iter().map(|n| ItemId::new(ItemKind::Doc, *n).to_string()).collect::<Vec<_>>().join(",")
}

impl ApptData {
    /// `zone`: the store's time zone, in which a start given with an offset is read.
    pub fn from_draft(d: &Draft, today: NaiveDate, zone: Tz) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(d, today);
        let person = r.text("person", false);
        let institution = r.text("institution", true);
        let service = r.text("service", true);
        let office = r.text("office", false);
        let starts_at = r.datetime("starts_at", true, zone);
        let duration_min = r.integer("duration_min", 1, 24 * 60).unwrap_or(DEFAULT_DURATION_MIN);
        let confirmation_no = r.text("confirmation_no", false);
        let needs = r
            .checked("needs", false, |s| parse_needs(s).map(|v| format_needs(&v)))
            .map(|s| parse_needs(&s).unwrap_or_default())
            .unwrap_or_default();
        let notes = r.prose("notes", false);
        let (email, phone) = r.contact();
        r.finish(|| {
            Some(ApptData {
                person,
                institution: institution?,
                service: service?,
                office,
                starts_at: starts_at?,
                duration_min,
                confirmation_no,
                needs,
                notes,
                email,
                phone,
            })
        })
    }

    pub fn to_draft(&self) -> Draft {
        let mut d = Draft::default();
        d.set("person", or_empty(&self.person));
        d.set("institution", self.institution.clone());
        d.set("service", self.service.clone());
        d.set("office", or_empty(&self.office));
        d.set("starts_at", iso_datetime(self.starts_at));
        d.set("duration_min", self.duration_min.to_string());
        d.set("confirmation_no", or_empty(&self.confirmation_no));
        d.set("needs", format_needs(&self.needs));
        d.set("notes", or_empty(&self.notes));
        d.set("email", or_empty(&self.email));
        d.set("phone", or_empty(&self.phone));
        d
    }

    /// DOMAIN.md's duplicate key: person + institution + service + starts_at.
    pub fn natural_key(&self) -> String {
        natural_key(&[
            self.person.as_deref().unwrap_or(""),
            &self.institution,
            &self.service,
            &iso_datetime(self.starts_at),
        ])
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ApptStatus {
    Scheduled,
    Done,
    NoShow,
    Cancelled,
}

impl ApptStatus {
    pub const CODES: &'static [&'static str] = &["scheduled", "done", "no_show", "cancelled"];

    pub fn code(self) -> &'static str {
        match self {
            ApptStatus::Scheduled => "scheduled",
            ApptStatus::Done => "done",
            ApptStatus::NoShow => "no_show",
            ApptStatus::Cancelled => "cancelled",
        }
    }

    pub fn parse(s: &str) -> Option<ApptStatus> {
        match s.trim().to_lowercase().replace('-', "_").as_str() {
            "scheduled" => Some(ApptStatus::Scheduled),
            "done" => Some(ApptStatus::Done),
            "no_show" => Some(ApptStatus::NoShow),
            "cancelled" | "canceled" => Some(ApptStatus::Cancelled),
            _ => None,
        }
    }
}

/// A stored appointment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Appointment {
    pub id: i64,
    pub uuid: String,
    pub data: ApptData,
    pub status: ApptStatus,
    pub created_at: NaiveDateTime,
    /// Set when a cancel or reschedule came after the cut-off (with `--force`).
    pub late_change: bool,
}

/// One reschedule, kept in the history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub moved_at: NaiveDateTime,
    pub from: NaiveDateTime,
    pub to: NaiveDateTime,
    pub late: bool,
}

impl Appointment {
    pub fn item_id(&self) -> ItemId {
        ItemId::new(ItemKind::Appt, self.id)
    }

    /// The last moment a cancel or reschedule is allowed without `--force`.
    pub fn change_deadline(&self) -> NaiveDateTime {
        self.data.starts_at - Duration::hours(CHANGE_CUTOFF_HOURS)
    }

    /// When to remind of it: only while it is scheduled (not once cancelled, done or missed).
    pub fn reminders(&self, policy: &Reminders) -> Vec<NaiveDateTime> {
        if self.status != ApptStatus::Scheduled {
            return Vec::new();
        }
        policy.times(self.data.starts_at)
    }

    pub fn to_row(&self) -> ApptRow {
        let d = &self.data;
        ApptRow {
            id: self.item_id().to_string(),
            person: d.person.clone(),
            institution: d.institution.clone(),
            service: d.service.clone(),
            office: d.office.clone(),
            starts_at: iso_datetime(d.starts_at),
            duration_min: d.duration_min,
            status: self.status.code().to_owned(),
            confirmation_no: d.confirmation_no.clone(),
            needs: (!d.needs.is_empty()).then(|| format_needs(&d.needs)),
            notes: d.notes.clone(),
            email: d.email.clone(),
            phone: d.phone.clone(),
        }
    }
}

/// An appointment as a CSV row or JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApptRow {
    pub id: String,
    pub person: Option<String>,
    pub institution: String,
    pub service: String,
    pub office: Option<String>,
    pub starts_at: String,
    pub duration_min: i64,
    pub status: String,
    pub confirmation_no: Option<String>,
    pub needs: Option<String>,
    pub notes: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Other header names an import accepts, matched ignoring case, spaces and punctuation
/// (`sheet::normalize_header`). The README lists them; keep the two in step.
pub const ALIASES: &[(&str, &str)] = &[
    ("ID", "id"),
    ("Идентификатор", "id"),
    ("ФИО", "person"),
    ("Ф.И.О.", "person"),
    ("Кто идёт", "person"),
    ("Заявитель", "person"),
    ("Посетитель", "person"),
    ("Учреждение", "institution"),
    ("Организация", "institution"),
    ("Ведомство", "institution"),
    ("Услуга", "service"),
    ("Адрес", "office"),
    ("Адрес / кабинет", "office"),
    ("Отделение", "office"),
    ("Кабинет", "office"),
    ("Начало", "starts_at"),
    ("Дата и время", "starts_at"),
    ("Время приёма", "starts_at"),
    ("Дата приёма", "starts_at"),
    ("Длительность", "duration_min"),
    ("Длительность, мин", "duration_min"),
    ("Продолжительность", "duration_min"),
    ("Статус", "status"),
    ("Номер подтверждения", "confirmation_no"),
    ("Номер талона", "confirmation_no"),
    ("Талон", "confirmation_no"),
    ("Документы", "needs"),
    ("Взять документы", "needs"),
    ("Нужные документы", "needs"),
    ("Примечания", "notes"),
    ("Примечание", "notes"),
    ("Комментарий", "notes"),
    ("E-mail", "email"),
    ("Электронная почта", "email"),
    ("Эл. почта", "email"),
    ("Почта", "email"),
    ("Телефон", "phone"),
    ("Тел.", "phone"),
    ("Мобильный телефон", "phone"),
];

/// SPEC.md's CSV columns for appointments, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "person",
    "institution",
    "service",
    "office",
    "starts_at",
    "duration_min",
    "status",
    "confirmation_no",
    "needs",
    "notes",
    "email",
    "phone",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn needs_lists() {
        assert_eq!(parse_needs("D-1, D-2 d3"), Ok(vec![1, 2, 3]));
        assert_eq!(parse_needs("D-1,D-1"), Ok(vec![1]));
        assert_eq!(parse_needs("R-1"), Err(Problem::BadId));
        assert_eq!(format_needs(&[1, 2]), "D-1,D-2");
    }
}

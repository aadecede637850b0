//! Diary records: a dated event and its result, entered within 3 working days, editable for
//! 24 hours, then changed only by amendment.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::dates::{iso_date, iso_datetime};
use super::{Draft, Field, FieldError, ItemId, ItemKind, Reader, natural_key, or_empty};
use crate::calendar::Calendar;
use crate::validate;

/// Working days after the event within which it must be entered.
pub const ENTRY_WORKING_DAYS: u32 = 3;
/// Hours after entry during which a record may be edited or deleted.
pub const EDIT_WINDOW_HOURS: i64 = 24;

pub const FIELDS: &[Field] = &[
    Field::req("subject_id"),
    Field::opt("subject_name"),
    Field::req("event_date"),
    Field::req("type"),
    Field::opt("subtype"),
    Field::req("result"),
    Field::opt("description"),
    Field::opt("registry_no"),
    Field::opt("amount"),
    Field::opt("snils"),
    Field::opt("oktmo"),
    Field::opt("responsible"),
    Field::opt("follow_up_on"),
];

/// What a user gives for a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordData {
    pub subject_id: String,
    pub subject_name: Option<String>,
    pub event_date: NaiveDate,
    pub kind: String,
    pub subtype: Option<String>,
    pub result: String,
    pub description: Option<String>,
    pub registry_no: Option<String>,
    pub amount: Option<String>,
    pub snils: Option<String>,
    pub oktmo: Option<String>,
    pub responsible: Option<String>,
    pub follow_up_on: Option<NaiveDate>,
}

impl RecordData {
    /// Validates a draft; every problem is reported, not just the first.
    pub fn from_draft(d: &Draft, today: NaiveDate) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(d, today);
        let subject_id = r.text("subject_id", true);
        let subject_name = r.text("subject_name", false);
        let event_date = r.past_date("event_date", true);
        let kind = r.text("type", true);
        let subtype = r.text("subtype", false);
        let result = r.prose("result", true);
        let description = r.prose("description", false);
        let registry_no = r.text("registry_no", false);
        let amount = r.checked("amount", false, validate::amount);
        let snils = r.snils("snils");
        let oktmo = r.checked("oktmo", false, validate::oktmo);
        let responsible = r.text("responsible", false);
        let follow_up_on = r.date("follow_up_on", false);
        r.not_before("follow_up_on", follow_up_on, "event_date", event_date);
        r.finish(|| {
            Some(RecordData {
                subject_id: subject_id?,
                subject_name,
                event_date: event_date?,
                kind: kind?,
                subtype,
                result: result?,
                description,
                registry_no,
                amount,
                snils,
                oktmo,
                responsible,
                follow_up_on,
            })
        })
    }

    pub fn to_draft(&self) -> Draft {
        let mut d = Draft::default();
        d.set("subject_id", self.subject_id.clone());
        d.set("subject_name", or_empty(&self.subject_name));
        d.set("event_date", iso_date(self.event_date));
        d.set("type", self.kind.clone());
        d.set("subtype", or_empty(&self.subtype));
        d.set("result", self.result.clone());
        d.set("description", or_empty(&self.description));
        d.set("registry_no", or_empty(&self.registry_no));
        d.set("amount", or_empty(&self.amount));
        d.set("snils", or_empty(&self.snils));
        d.set("oktmo", or_empty(&self.oktmo));
        d.set("responsible", or_empty(&self.responsible));
        d.set("follow_up_on", self.follow_up_on.map(iso_date).unwrap_or_default());
        d
    }

    /// DOMAIN.md's duplicate key: subject_id, event_date, type and result.
    pub fn natural_key(&self) -> String {
        natural_key(&[&self.subject_id, &iso_date(self.event_date), &self.kind, &self.result])
    }
}

/// Where a record stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordStatus {
    /// Entered in time.
    Ok,
    /// Entered after the 3-working-day limit; kept, but flagged.
    Late,
    /// Superseded by an amendment, which keeps this original.
    Amended,
}

impl RecordStatus {
    pub fn code(self) -> &'static str {
        match self {
            RecordStatus::Ok => "ok",
            RecordStatus::Late => "late",
            RecordStatus::Amended => "amended",
        }
    }

    pub const CODES: &'static [&'static str] = &["ok", "late", "amended"];
}

/// A stored record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Record {
    pub id: i64,
    pub uuid: String,
    pub data: RecordData,
    pub recorded_at: NaiveDateTime,
    pub late: bool,
    /// The record this one amends.
    pub amends: Option<i64>,
    /// The amendment that supersedes this one.
    pub amended_by: Option<i64>,
}

/// Whether an entry made at `recorded_at` is past the 3-working-day limit.
pub fn is_late(cal: &Calendar, event_date: NaiveDate, recorded_at: NaiveDateTime) -> bool {
    recorded_at.date() > cal.add_working_days(event_date, ENTRY_WORKING_DAYS)
}

impl Record {
    pub fn item_id(&self) -> ItemId {
        ItemId::new(ItemKind::Record, self.id)
    }

    pub fn status(&self) -> RecordStatus {
        if self.amended_by.is_some() {
            RecordStatus::Amended
        } else if self.late {
            RecordStatus::Late
        } else {
            RecordStatus::Ok
        }
    }

    /// End of the 24-hour edit window.
    pub fn editable_until(&self) -> NaiveDateTime {
        self.recorded_at + Duration::hours(EDIT_WINDOW_HOURS)
    }

    pub fn is_editable(&self, now: NaiveDateTime) -> bool {
        self.amended_by.is_none() && now < self.editable_until()
    }

    pub fn to_row(&self) -> RecordRow {
        self.clone().into_row()
    }

    /// [`Record::to_row`] without copying the text (an export formats a million of these).
    pub fn into_row(self) -> RecordRow {
        let (id, status) = (self.item_id().to_string(), self.status().code().to_owned());
        let d = self.data;
        RecordRow {
            id,
            subject_id: d.subject_id,
            subject_name: d.subject_name,
            event_date: iso_date(d.event_date),
            kind: d.kind,
            subtype: d.subtype,
            result: d.result,
            description: d.description,
            registry_no: d.registry_no,
            amount: d.amount,
            snils: d.snils,
            oktmo: d.oktmo,
            responsible: d.responsible,
            follow_up_on: d.follow_up_on.map(iso_date),
            recorded_at: iso_datetime(self.recorded_at),
            status,
        }
    }
}

/// A record as a CSV row or JSON object: SPEC.md's columns, ISO dates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordRow {
    pub id: String,
    pub subject_id: String,
    pub subject_name: Option<String>,
    pub event_date: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub subtype: Option<String>,
    pub result: String,
    pub description: Option<String>,
    pub registry_no: Option<String>,
    pub amount: Option<String>,
    pub snils: Option<String>,
    pub oktmo: Option<String>,
    pub responsible: Option<String>,
    pub follow_up_on: Option<String>,
    pub recorded_at: String,
    pub status: String,
}

/// Other header names an import accepts, matched ignoring case, spaces and punctuation
/// (`sheet::normalize_header`). The README lists them; keep the two in step.
pub const ALIASES: &[(&str, &str)] = &[
    ("ID", "id"),
    ("Идентификатор", "id"),
    ("Номер записи", "id"),
    ("Номер субъекта", "subject_id"),
    ("Код субъекта", "subject_id"),
    ("ID субъекта", "subject_id"),
    ("Идентификатор субъекта", "subject_id"),
    ("Субъект", "subject_id"),
    ("ФИО", "subject_name"),
    ("Ф.И.О.", "subject_name"),
    ("Имя", "subject_name"),
    ("Дата мероприятия", "event_date"),
    ("Дата события", "event_date"),
    ("Дата", "event_date"),
    ("Тип", "type"),
    ("Тип мероприятия", "type"),
    ("Вид", "type"),
    ("Мероприятие", "type"),
    ("Подтип", "subtype"),
    ("Подвид", "subtype"),
    ("Результат", "result"),
    ("Описание", "description"),
    ("Комментарий", "description"),
    ("Примечание", "description"),
    ("Регистрационный номер", "registry_no"),
    ("Рег. номер", "registry_no"),
    ("Номер в реестре", "registry_no"),
    ("Сумма", "amount"),
    ("СНИЛС", "snils"),
    ("ОКТМО", "oktmo"),
    ("Ответственный", "responsible"),
    ("Исполнитель", "responsible"),
    ("Срок следующего шага", "follow_up_on"),
    ("Дата контроля", "follow_up_on"),
    ("Повторно", "follow_up_on"),
    ("Контроль", "follow_up_on"),
    ("Внесено", "recorded_at"),
    ("Дата внесения", "recorded_at"),
    ("Дата записи", "recorded_at"),
    ("Статус", "status"),
];

/// SPEC.md's CSV columns for records, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "subject_id",
    "subject_name",
    "event_date",
    "type",
    "subtype",
    "result",
    "description",
    "registry_no",
    "amount",
    "snils",
    "oktmo",
    "responsible",
    "follow_up_on",
    "recorded_at",
    "status",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
    }

    fn draft(pairs: &[(&'static str, &str)]) -> Draft {
        let mut d = Draft::default();
        for (k, v) in pairs {
            d.set(k, *v);
        }
        d
    }

    #[test]
    fn every_problem_is_reported() {
        let d = draft(&[("event_date", "31.02.2026"), ("amount", "1 500"), ("snils", "112")]);
        let errs = RecordData::from_draft(&d, today()).expect_err("invalid");
        let fields: Vec<_> = errs.iter().map(|e| e.field).collect();
        assert_eq!(fields, ["subject_id", "event_date", "type", "result", "amount", "snils"]);
    }

    #[test]
    fn future_event_refused() {
        let d = draft(&[
            ("subject_id", "1"),
            ("event_date", "tomorrow"),
            ("type", "осмотр"),
            ("result", "здоров"),
        ]);
        let errs = RecordData::from_draft(&d, today()).expect_err("future");
        assert_eq!(errs[0].problem, validate::Problem::InFuture);
    }

    #[test]
    fn late_after_three_working_days() {
        let cal = Calendar::builtin();
        let event = NaiveDate::from_ymd_opt(2026, 4, 30).expect("date");
        let at = |m, d| NaiveDate::from_ymd_opt(2026, m, d).expect("date").and_hms_opt(9, 0, 0);
        assert!(!is_late(&cal, event, at(5, 6).expect("t")));
        assert!(is_late(&cal, event, at(5, 7).expect("t")));
    }
}

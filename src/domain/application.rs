//! Applications (заявления) filed with an agency and followed to a decision: accepted →
//! processing → approved | rejected, or cancelled while open; each change of status dated and
//! kept. Overdue (open past the agency's term) and expired (open and left without action past
//! a configured time) are computed on the day asked, never stored.

use chrono::{Duration, NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::appt::{format_needs, parse_needs};
use super::dates::{iso_date, iso_datetime};
use super::{Draft, Field, FieldError, ItemId, ItemKind, Reader, natural_key, or_empty};
use crate::calendar::Calendar;
use crate::validate::{self, Problem};

/// Days an open application may go without a change of status before it counts as expired
/// (Срок истёк), unless the configuration says otherwise.
pub const DEFAULT_EXPIRE_DAYS: i64 = 30;

pub const FIELDS: &[Field] = &[
    Field::req("applicant"),
    Field::opt("snils"),
    Field::req("agency"),
    Field::req("service"),
    Field::opt("number"),
    Field::req("submitted"),
    Field::opt("due"),
    Field::opt("fee"),
    Field::opt("fee_status"),
    Field::opt("needs"),
    Field::opt("notes"),
];

/// What a user gives for an application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplicationData {
    /// ФИО of the person the application is for.
    pub applicant: String,
    pub snils: Option<String>,
    pub agency: String,
    pub service: String,
    /// The agency's own number for it.
    pub number: Option<String>,
    pub submitted: NaiveDate,
    /// The agency's term: the day a decision is due.
    pub due: Option<NaiveDate>,
    /// The fee, as an amount (`1500.00`).
    pub fee: Option<String>,
    pub fee_status: Option<FeeStatus>,
    /// Numbers of the documents it relies on.
    pub needs: Vec<i64>,
    pub notes: Option<String>,
}

/// A term given as `+N` or `+Nwd` (`+Nрд`): N working days after the submission.
fn working_days_after(s: &str) -> Option<u32> {
    let rest = s.trim().strip_prefix('+')?;
    let digits = rest.trim_end_matches(|c: char| c.is_alphabetic());
    let unit = &rest[digits.len()..];
    if !matches!(unit.to_lowercase().as_str(), "" | "wd" | "рд") || digits.is_empty() {
        return None;
    }
    digits.parse().ok().filter(|n| *n <= 3660)
}

impl ApplicationData {
    /// `cal` counts a term given in working days (`--due +15`) from the submission.
    pub fn from_draft(
        d: &Draft,
        today: NaiveDate,
        cal: &Calendar,
    ) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(d, today);
        let applicant = r.text("applicant", true);
        let snils = r.checked("snils", false, validate::snils);
        let agency = r.text("agency", true);
        let service = r.text("service", true);
        let number = r.text("number", false);
        let submitted = r.past_date("submitted", true);
        let due = match d.get("due").and_then(working_days_after) {
            Some(n) => submitted.map(|s| cal.add_working_days(s, n)),
            None => r.date("due", false),
        };
        let fee = r.checked("fee", false, validate::amount);
        let fee_status = r
            .checked("fee_status", false, |s| {
                FeeStatus::parse(s)
                    .map(|f| f.code().to_owned())
                    .ok_or(Problem::OneOf(FeeStatus::CODES))
            })
            .and_then(|s| FeeStatus::parse(&s));
        let needs = r
            .checked("needs", false, |s| parse_needs(s).map(|v| format_needs(&v)))
            .map(|s| parse_needs(&s).unwrap_or_default())
            .unwrap_or_default();
        let notes = r.prose("notes", false);
        if let (Some(s), Some(due)) = (submitted, due)
            && due < s
        {
            let v = d.get("due").unwrap_or_default();
            r.fail("due", v, Problem::Before { other: "submitted" });
        }
        r.finish(|| {
            Some(ApplicationData {
                applicant: applicant?,
                snils,
                agency: agency?,
                service: service?,
                number,
                submitted: submitted?,
                due,
                fee,
                fee_status,
                needs,
                notes,
            })
        })
    }

    pub fn to_draft(&self) -> Draft {
        let mut d = Draft::default();
        d.set("applicant", self.applicant.clone());
        d.set("snils", or_empty(&self.snils));
        d.set("agency", self.agency.clone());
        d.set("service", self.service.clone());
        d.set("number", or_empty(&self.number));
        d.set("submitted", iso_date(self.submitted));
        d.set("due", self.due.map(iso_date).unwrap_or_default());
        d.set("fee", or_empty(&self.fee));
        d.set("fee_status", self.fee_status.map(|f| f.code().to_owned()).unwrap_or_default());
        d.set("needs", format_needs(&self.needs));
        d.set("notes", or_empty(&self.notes));
        d
    }

    /// The duplicate key: the agency and its number when there is one, else who, where, what
    /// and when.
    pub fn natural_key(&self) -> String {
        match &self.number {
            Some(n) => natural_key(&[&self.agency, n]),
            None => natural_key(&[
                &self.applicant,
                &self.agency,
                &self.service,
                &iso_date(self.submitted),
            ]),
        }
    }
}

/// The reason given with a change of status (a refusal, a cancel): text of any length up to
/// the limit, line breaks allowed, nothing that changes what a terminal shows; `None` when
/// blank.
pub fn reason(v: Option<&str>, today: NaiveDate) -> Result<Option<String>, Vec<FieldError>> {
    let mut d = Draft::default();
    d.set_opt("reason", v);
    let mut r = Reader::new(&d, today);
    let reason = r.prose("reason", false);
    r.finish(|| Some(reason))
}

/// Where an application stands, as kept (see [`Shown`] for what a listing shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    Accepted,
    Processing,
    Approved,
    Rejected,
    Cancelled,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Accepted,
        Status::Processing,
        Status::Approved,
        Status::Rejected,
        Status::Cancelled,
    ];
    pub const CODES: &'static [&'static str] =
        &["accepted", "processing", "approved", "rejected", "cancelled"];

    pub fn code(self) -> &'static str {
        match self {
            Status::Accepted => "accepted",
            Status::Processing => "processing",
            Status::Approved => "approved",
            Status::Rejected => "rejected",
            Status::Cancelled => "cancelled",
        }
    }

    /// The code, or the Russian word (`принято`, `в обработке`, `одобрено`, `отклонено`,
    /// `отменено`), in any case.
    pub fn parse(s: &str) -> Option<Status> {
        let s = s.trim().to_lowercase().replace(['-', '_'], " ");
        Some(match s.as_str() {
            "accepted" | "принято" | "принята" => Status::Accepted,
            "processing" | "in processing" | "в обработке" => Status::Processing,
            "approved" | "одобрено" | "одобрена" => Status::Approved,
            "rejected" | "отклонено" | "отклонена" | "отказано" => {
                Status::Rejected
            }
            "cancelled" | "canceled" | "отменено" | "отменена" => Status::Cancelled,
            _ => return None,
        })
    }

    /// Whether a decision is still to come.
    pub fn is_open(self) -> bool {
        matches!(self, Status::Accepted | Status::Processing)
    }

    /// The statuses this one may move to: forward only, nothing after a decision or a cancel.
    pub fn next(self) -> &'static [Status] {
        match self {
            Status::Accepted => {
                &[Status::Processing, Status::Approved, Status::Rejected, Status::Cancelled]
            }
            Status::Processing => &[Status::Approved, Status::Rejected, Status::Cancelled],
            Status::Approved | Status::Rejected | Status::Cancelled => &[],
        }
    }

    pub fn can_become(self, to: Status) -> bool {
        self.next().contains(&to)
    }
}

/// What a listing shows: the status kept, or expired (Срок истёк) for an open one left
/// without action too long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    Kept(Status),
    Expired,
}

impl Shown {
    pub const CODES: &'static [&'static str] =
        &["accepted", "processing", "approved", "rejected", "cancelled", "expired"];

    pub fn code(self) -> &'static str {
        match self {
            Shown::Kept(s) => s.code(),
            Shown::Expired => "expired",
        }
    }
}

/// The fee's own status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeeStatus {
    Paid,
    Pending,
    Refused,
}

impl FeeStatus {
    pub const CODES: &'static [&'static str] = &["paid", "pending", "refused"];

    pub fn code(self) -> &'static str {
        match self {
            FeeStatus::Paid => "paid",
            FeeStatus::Pending => "pending",
            FeeStatus::Refused => "refused",
        }
    }

    /// The code or the Russian word (`выполнен`, `оплачен`, `в ожидании`, `отклонён`).
    pub fn parse(s: &str) -> Option<FeeStatus> {
        let s = s.trim().to_lowercase().replace('ё', "е");
        Some(match s.as_str() {
            "paid" | "выполнен" | "оплачен" | "оплачено" => FeeStatus::Paid,
            "pending" | "в ожидании" | "ожидает" => FeeStatus::Pending,
            "refused" | "declined" | "отклонен" | "отклонено" => {
                FeeStatus::Refused
            }
            _ => return None,
        })
    }
}

/// A stored application.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub id: i64,
    pub uuid: String,
    pub data: ApplicationData,
    pub status: Status,
    /// When the status last changed (the filing, for a new one).
    pub status_at: NaiveDateTime,
    /// Why it was rejected or cancelled, when said.
    pub reason: Option<String>,
    pub created_at: NaiveDateTime,
    /// The document its approval issued, in the registry (linked back from the document).
    pub issued_doc: Option<i64>,
}

/// Where an application stands when it is written: its status, since when, why, and the
/// document its approval issued. A new one is accepted on its day of submission; an imported
/// one stands as its file says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub status: Status,
    pub since: NaiveDateTime,
    pub reason: Option<String>,
    pub issued_doc: Option<i64>,
}

impl Standing {
    /// Accepted on the day it was submitted.
    pub fn filed(d: &ApplicationData) -> Standing {
        Standing {
            status: Status::Accepted,
            since: d.submitted.and_hms_opt(0, 0, 0).unwrap_or_default(),
            reason: None,
            issued_doc: None,
        }
    }
}

/// One change of status, kept in the item's history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub at: NaiveDateTime,
    pub from: Status,
    pub to: Status,
    pub reason: Option<String>,
}

impl Application {
    /// Where it stands now.
    pub fn standing(&self) -> Standing {
        Standing {
            status: self.status,
            since: self.status_at,
            reason: self.reason.clone(),
            issued_doc: self.issued_doc,
        }
    }

    pub fn item_id(&self) -> ItemId {
        ItemId::new(ItemKind::Application, self.id)
    }

    /// Open, and its term has passed.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.status.is_open() && self.data.due.is_some_and(|d| d < today)
    }

    /// The status shown on `today`: expired once open and unchanged for more than
    /// `expire_days` days.
    pub fn shown(&self, today: NaiveDate, expire_days: i64) -> Shown {
        let idle = today - self.status_at.date() > Duration::days(expire_days);
        if self.status.is_open() && idle { Shown::Expired } else { Shown::Kept(self.status) }
    }

    pub fn to_row(&self, today: NaiveDate, expire_days: i64) -> ApplicationRow {
        let d = &self.data;
        ApplicationRow {
            id: self.item_id().to_string(),
            applicant: d.applicant.clone(),
            snils: d.snils.clone(),
            agency: d.agency.clone(),
            service: d.service.clone(),
            number: d.number.clone(),
            submitted: iso_date(d.submitted),
            due: d.due.map(iso_date),
            status: self.status.code().to_owned(),
            status_at: iso_datetime(self.status_at),
            reason: self.reason.clone(),
            expired: self.shown(today, expire_days) == Shown::Expired,
            overdue: self.overdue(today),
            fee: d.fee.clone(),
            fee_status: d.fee_status.map(|f| f.code().to_owned()),
            needs: (!d.needs.is_empty()).then(|| format_needs(&d.needs)),
            issued_doc: self.issued_doc.map(|n| ItemId::new(ItemKind::Doc, n).to_string()),
            notes: d.notes.clone(),
        }
    }
}

/// An application as a CSV row or JSON object. `status` is the status kept (what an import
/// reads back); `expired` and `overdue` are computed on the day of the export.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApplicationRow {
    pub id: String,
    pub applicant: String,
    pub snils: Option<String>,
    pub agency: String,
    pub service: String,
    pub number: Option<String>,
    pub submitted: String,
    pub due: Option<String>,
    pub status: String,
    pub status_at: String,
    pub reason: Option<String>,
    pub expired: bool,
    pub overdue: bool,
    pub fee: Option<String>,
    pub fee_status: Option<String>,
    pub needs: Option<String>,
    pub issued_doc: Option<String>,
    pub notes: Option<String>,
}

/// Other header names an import accepts, matched ignoring case, spaces and punctuation
/// (`sheet::normalize_header`). The README lists them; keep the two in step.
pub const ALIASES: &[(&str, &str)] = &[
    ("ID", "id"),
    ("Идентификатор", "id"),
    ("Заявитель", "applicant"),
    ("ФИО", "applicant"),
    ("Ф.И.О.", "applicant"),
    ("ФИО заявителя", "applicant"),
    ("СНИЛС", "snils"),
    ("СНИЛС заявителя", "snils"),
    ("Ведомство", "agency"),
    ("Орган", "agency"),
    ("Организация", "agency"),
    ("Куда подано", "agency"),
    ("Услуга", "service"),
    ("Наименование услуги", "service"),
    ("Номер", "number"),
    ("Номер заявления", "number"),
    ("Номер в ведомстве", "number"),
    ("Дата подачи", "submitted"),
    ("Подано", "submitted"),
    ("Срок", "due"),
    ("Срок исполнения", "due"),
    ("Срок решения", "due"),
    ("Статус", "status"),
    ("Статус с", "status_at"),
    ("Дата статуса", "status_at"),
    ("Причина", "reason"),
    ("Причина отказа", "reason"),
    ("Срок истёк", "expired"),
    ("Просрочено", "overdue"),
    ("Пошлина", "fee"),
    ("Госпошлина", "fee"),
    ("Сумма пошлины", "fee"),
    ("Оплата", "fee_status"),
    ("Статус оплаты", "fee_status"),
    ("Документы", "needs"),
    ("Документы к заявлению", "needs"),
    ("Выданный документ", "issued_doc"),
    ("Примечания", "notes"),
    ("Примечание", "notes"),
    ("Комментарий", "notes"),
];

/// The CSV columns of applications, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "applicant",
    "snils",
    "agency",
    "service",
    "number",
    "submitted",
    "due",
    "status",
    "status_at",
    "reason",
    "expired",
    "overdue",
    "fee",
    "fee_status",
    "needs",
    "issued_doc",
    "notes",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
    }

    #[test]
    fn every_transition_is_allowed_or_refused_as_the_table_says() {
        use Status::*;
        // (from, to, allowed)
        let table = [
            (Accepted, Accepted, false),
            (Accepted, Processing, true),
            (Accepted, Approved, true),
            (Accepted, Rejected, true),
            (Accepted, Cancelled, true),
            (Processing, Accepted, false),
            (Processing, Processing, false),
            (Processing, Approved, true),
            (Processing, Rejected, true),
            (Processing, Cancelled, true),
            (Approved, Accepted, false),
            (Approved, Processing, false),
            (Approved, Approved, false),
            (Approved, Rejected, false),
            (Approved, Cancelled, false),
            (Rejected, Accepted, false),
            (Rejected, Processing, false),
            (Rejected, Approved, false),
            (Rejected, Rejected, false),
            (Rejected, Cancelled, false),
            (Cancelled, Accepted, false),
            (Cancelled, Processing, false),
            (Cancelled, Approved, false),
            (Cancelled, Rejected, false),
            (Cancelled, Cancelled, false),
        ];
        assert_eq!(table.len(), Status::ALL.len() * Status::ALL.len());
        for (from, to, allowed) in table {
            assert_eq!(from.can_become(to), allowed, "{from:?} → {to:?}");
        }
    }

    #[test]
    fn statuses_and_fee_statuses_read_in_both_languages() {
        assert_eq!(Status::parse("В обработке"), Some(Status::Processing));
        assert_eq!(Status::parse("in-processing"), Some(Status::Processing));
        assert_eq!(Status::parse("ОДОБРЕНО"), Some(Status::Approved));
        assert_eq!(Status::parse("expired"), None, "computed, never set");
        assert_eq!(FeeStatus::parse("отклонён"), Some(FeeStatus::Refused));
        assert_eq!(FeeStatus::parse("выполнен"), Some(FeeStatus::Paid));
        for s in Status::ALL {
            assert_eq!(Status::parse(s.code()), Some(s));
        }
    }

    #[test]
    fn a_term_in_working_days_counts_from_the_submission_over_holidays() {
        let cal = Calendar::builtin();
        let mut d = Draft::default();
        for (k, v) in [("applicant", "Иванов Иван"), ("agency", "МФЦ"), ("service", "паспорт")]
        {
            d.set(k, v);
        }
        // Friday 30.12.2022, then the New Year days off to 08.01.2023: three working days on
        // are 09, 10 and 11 January.
        d.set("submitted", "30.12.2022");
        d.set("due", "+3");
        let a = ApplicationData::from_draft(&d, day("2023-01-20"), &cal).expect("valid");
        assert_eq!(a.due, Some(day("2023-01-11")));
        d.set("due", "+3рд");
        let a = ApplicationData::from_draft(&d, day("2023-01-20"), &cal).expect("valid");
        assert_eq!(a.due, Some(day("2023-01-11")));
        d.set("due", "29.12.2022");
        let errs = ApplicationData::from_draft(&d, day("2023-01-20"), &cal).expect_err("before");
        assert_eq!(errs[0].field, "due");
    }
}

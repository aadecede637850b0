//! Documents: a registry of passports, licences and certificates with computed validity.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::dates::iso_date;
use super::{Draft, Field, FieldError, ItemId, ItemKind, Reader, natural_key, or_empty};
use crate::validate::{self, Problem};

/// Default lead time: a document expiring within this many days is "expiring".
pub const DEFAULT_LEAD_DAYS: i64 = 30;

/// How many days before expiry a document counts as expiring: one default, and per kind
/// where the configuration sets one (a passport takes longer to replace than a certificate).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeadTimes {
    pub default: i64,
    pub per_kind: Vec<(DocKind, i64)>,
}

impl Default for LeadTimes {
    fn default() -> Self {
        LeadTimes { default: DEFAULT_LEAD_DAYS, per_kind: Vec::new() }
    }
}

impl LeadTimes {
    /// The configuration's lead time for the kind, else the kind's own, else the default.
    pub fn for_kind(&self, kind: DocKind) -> i64 {
        match self.per_kind.iter().find(|(k, _)| *k == kind) {
            Some((_, d)) => *d,
            None => kind.lead_days().unwrap_or(self.default),
        }
    }

    /// The longest lead time of any kind.
    pub fn max(&self) -> i64 {
        DocKind::all().map(|k| self.for_kind(k)).fold(self.default, i64::max)
    }
}

pub const FIELDS: &[Field] = &[
    Field::req("holder"),
    Field::opt("holder_snils"),
    Field::req("kind"),
    Field::opt("series"),
    Field::opt("number"),
    Field::req("issued_on"),
    Field::opt("issued_by"),
    Field::opt("department_code"),
    Field::opt("expires_on"),
    Field::opt("notes"),
    Field::opt("email"),
    Field::opt("phone"),
];

/// The kinds of document DOMAIN.md names; what each is called, and more, is in [`KINDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocKind {
    Passport,
    ForeignPassport,
    DriverLicense,
    Snils,
    Inn,
    OmsPolicy,
    BirthCertificate,
    MedicalCertificate,
    VehicleRegistration,
    License,
    Contract,
    Other,
}

/// What the program knows of a kind of document.
pub struct KindInfo {
    pub kind: DocKind,
    /// Its code: on the command line, in CSV and JSON, in the store.
    pub code: &'static str,
    /// The Russian names clerks type for it (reduced as [`DocKind::parse`] reduces them).
    pub aliases: &'static [&'static str],
    /// Days before expiry it counts as expiring, when the configuration sets none for it;
    /// `None`: the general lead time.
    pub lead_days: Option<i64>,
}

/// Every kind of document, in the order lists show them: the one table to change to add one
/// (and its names in `i18n`).
pub const KINDS: [KindInfo; 12] = [
    KindInfo {
        kind: DocKind::Passport,
        code: "passport",
        aliases: &["паспорт", "паспорт_рф"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::ForeignPassport,
        code: "foreign_passport",
        aliases: &["загранпаспорт", "заграничный_паспорт"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::DriverLicense,
        code: "driver_license",
        aliases: &["водительское_удостоверение", "права", "ву"],
        lead_days: None,
    },
    KindInfo { kind: DocKind::Snils, code: "snils", aliases: &["снилс"], lead_days: None },
    KindInfo { kind: DocKind::Inn, code: "inn", aliases: &["инн"], lead_days: None },
    KindInfo {
        kind: DocKind::OmsPolicy,
        code: "oms_policy",
        aliases: &["полис_омс", "омс", "полис"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::BirthCertificate,
        code: "birth_certificate",
        aliases: &["свидетельство_о_рождении"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::MedicalCertificate,
        code: "medical_certificate",
        aliases: &["медицинская_справка", "справка", "медсправка"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::VehicleRegistration,
        code: "vehicle_registration",
        aliases: &["стс", "птс", "свидетельство_о_регистрации_тс"],
        lead_days: None,
    },
    KindInfo {
        kind: DocKind::License, code: "license", aliases: &["лицензия"], lead_days: None
    },
    KindInfo {
        kind: DocKind::Contract, code: "contract", aliases: &["договор"], lead_days: None
    },
    KindInfo {
        kind: DocKind::Other, code: "other", aliases: &["другое", "иное"], lead_days: None
    },
];

/// The codes of [`KINDS`], in order.
const fn codes() -> [&'static str; KINDS.len()] {
    let mut out = [""; KINDS.len()];
    let mut i = 0;
    while i < KINDS.len() {
        out[i] = KINDS[i].code;
        i += 1;
    }
    out
}

const CODES: [&str; KINDS.len()] = codes();

impl DocKind {
    /// Every code, in the order of [`KINDS`].
    pub const CODES: &'static [&'static str] = &CODES;

    /// Every kind, in the order of [`KINDS`].
    pub fn all() -> impl Iterator<Item = DocKind> {
        KINDS.iter().map(|k| k.kind)
    }

    fn info(self) -> &'static KindInfo {
        // Every kind has its row: `every_kind_has_its_row` checks it.
        KINDS.iter().find(|k| k.kind == self).unwrap_or(&KINDS[KINDS.len() - 1])
    }

    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// Its own lead time, if it has one.
    pub fn lead_days(self) -> Option<i64> {
        self.info().lead_days
    }

    /// Accepts the code (`driver_license`, `driver-license`) or a Russian name clerks use
    /// («паспорт», «загранпаспорт», «права», «полис ОМС», «справка»…).
    pub fn parse(s: &str) -> Option<DocKind> {
        let norm = s.trim().to_lowercase().replace(['-', ' '], "_");
        KINDS.iter().find(|k| k.code == norm || k.aliases.contains(&norm.as_str())).map(|k| k.kind)
    }
}

/// What a user gives for a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocData {
    pub holder: String,
    pub holder_snils: Option<String>,
    pub kind: DocKind,
    pub series: Option<String>,
    pub number: Option<String>,
    pub issued_on: NaiveDate,
    pub issued_by: Option<String>,
    pub department_code: Option<String>,
    pub expires_on: Option<NaiveDate>,
    pub notes: Option<String>,
    /// The holder's e-mail, where their reminders go.
    pub email: Option<String>,
    /// The holder's phone, `+7` and ten digits.
    pub phone: Option<String>,
}

impl DocData {
    pub fn from_draft(d: &Draft, today: NaiveDate) -> Result<Self, Vec<FieldError>> {
        let mut r = Reader::new(d, today);
        let holder = r.text("holder", true);
        let holder_snils = r.snils("holder_snils");
        let kind = r.checked("kind", true, |s| {
            DocKind::parse(s).map(|k| k.code().to_owned()).ok_or(Problem::OneOf(DocKind::CODES))
        });
        let (series, number) = read_numbers(&mut r, kind.as_deref().and_then(DocKind::parse));
        let issued_on = r.past_date("issued_on", true);
        let issued_by = r.text("issued_by", false);
        let department_code = r.checked("department_code", false, validate::dept_code);
        let expires_on = r.date("expires_on", false);
        r.not_before("expires_on", expires_on, "issued_on", issued_on);
        let notes = r.prose("notes", false);
        let (email, phone) = r.contact();
        r.finish(|| {
            Some(DocData {
                holder: holder?,
                holder_snils,
                kind: DocKind::parse(&kind?)?,
                series,
                number,
                issued_on: issued_on?,
                issued_by,
                department_code,
                expires_on,
                notes,
                email,
                phone,
            })
        })
    }

    /// Series and number as people write them: `45 06 123456`, `99 12 345678`,
    /// `112-233-445 95`.
    pub fn display_number(&self) -> String {
        let (series, number) = (self.series.as_deref(), self.number.as_deref());
        let spaced = |s: &str| {
            if s.chars().count() == 4 {
                let cut = s.char_indices().nth(2).map_or(0, |(i, _)| i);
                format!("{} {}", &s[..cut], &s[cut..])
            } else {
                s.to_owned()
            }
        };
        let number = match (self.kind, number) {
            (DocKind::Snils, Some(n)) => Some(validate::format_snils(n)),
            (_, n) => n.map(str::to_owned),
        };
        let series = match self.kind {
            DocKind::Passport | DocKind::DriverLicense => series.map(spaced),
            _ => series.map(str::to_owned),
        };
        [series, number].into_iter().flatten().collect::<Vec<_>>().join(" ")
    }

    pub fn to_draft(&self) -> Draft {
        let mut d = Draft::default();
        d.set("holder", self.holder.clone());
        d.set("holder_snils", or_empty(&self.holder_snils));
        d.set("kind", self.kind.code());
        d.set("series", or_empty(&self.series));
        d.set("number", or_empty(&self.number));
        d.set("issued_on", iso_date(self.issued_on));
        d.set("issued_by", or_empty(&self.issued_by));
        d.set("department_code", or_empty(&self.department_code));
        d.set("expires_on", self.expires_on.map(iso_date).unwrap_or_default());
        d.set("notes", or_empty(&self.notes));
        d.set("email", or_empty(&self.email));
        d.set("phone", or_empty(&self.phone));
        d
    }

    /// DOMAIN.md's duplicate key: kind + series + number (spaces ignored). `None` when the
    /// document has no number, so unnumbered documents never collide.
    pub fn natural_key(&self) -> Option<String> {
        let number = self.number.as_deref()?;
        let squash = |s: &str| s.chars().filter(|c| !c.is_whitespace()).collect::<String>();
        Some(natural_key(&[
            self.kind.code(),
            &squash(self.series.as_deref().unwrap_or("")),
            &squash(number),
        ]))
    }
}

/// Reads series and number, checked by the rules of the document's kind: a passport's series
/// is 4 digits and number 6; a driver's licence is 2 digits, 2 digits or Cyrillic letters and 6
/// digits (split as series and number); a СНИЛС, ИНН or полис ОМС number is checked as such.
/// Other kinds take free text.
fn read_numbers(r: &mut Reader, kind: Option<DocKind>) -> (Option<String>, Option<String>) {
    match kind {
        Some(DocKind::Passport) => (
            r.checked("series", false, validate::passport_series),
            r.checked("number", false, validate::passport_number),
        ),
        Some(DocKind::DriverLicense) => {
            let series = r.text("series", false).unwrap_or_default();
            let Some(number) = r.text("number", false) else {
                return ((!series.is_empty()).then_some(series), None);
            };
            match validate::driver_license(&format!("{series}{number}")) {
                Ok(all) => {
                    let cut = all.char_indices().nth(4).map_or(0, |(i, _)| i);
                    (Some(all[..cut].to_owned()), Some(all[cut..].to_owned()))
                }
                Err(p) => {
                    r.fail("number", format!("{series} {number}").trim(), p);
                    (None, None)
                }
            }
        }
        Some(DocKind::Snils) => {
            (r.text("series", false), r.checked("number", false, validate::snils))
        }
        Some(DocKind::Inn) => (r.text("series", false), r.checked("number", false, validate::inn)),
        Some(DocKind::OmsPolicy) => {
            (r.text("series", false), r.checked("number", false, validate::oms))
        }
        _ => (r.text("series", false), r.text("number", false)),
    }
}

/// A document's validity on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocStatus {
    Valid,
    Expiring,
    Expired,
    Indefinite,
    Archived,
}

impl DocStatus {
    pub fn code(self) -> &'static str {
        match self {
            DocStatus::Valid => "valid",
            DocStatus::Expiring => "expiring",
            DocStatus::Expired => "expired",
            DocStatus::Indefinite => "indefinite",
            DocStatus::Archived => "archived",
        }
    }

    pub const CODES: &'static [&'static str] =
        &["valid", "expiring", "expired", "indefinite", "archived"];
}

/// A stored document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub id: i64,
    pub uuid: String,
    pub data: DocData,
    pub created_at: NaiveDateTime,
    pub archived_at: Option<NaiveDateTime>,
    /// The older document this one renews.
    pub replaces: Option<i64>,
    /// The newer document that renews this one.
    pub replaced_by: Option<i64>,
}

impl Document {
    pub fn item_id(&self) -> ItemId {
        ItemId::new(ItemKind::Doc, self.id)
    }

    /// Computed on the day asked, never stored: a document valid through its expiry day.
    pub fn status(&self, today: NaiveDate, leads: &LeadTimes) -> DocStatus {
        let lead_days = leads.for_kind(self.data.kind);
        if self.archived_at.is_some() {
            return DocStatus::Archived;
        }
        status_on(self.data.expires_on, today, lead_days)
    }

    /// Days from `today` to the expiry day (negative once expired); `None` if indefinite.
    pub fn days_left(&self, today: NaiveDate) -> Option<i64> {
        self.data.expires_on.map(|e| (e - today).num_days())
    }

    pub fn to_row(&self, today: NaiveDate, leads: &LeadTimes) -> DocRow {
        let d = &self.data;
        DocRow {
            id: self.item_id().to_string(),
            holder: d.holder.clone(),
            holder_snils: d.holder_snils.clone(),
            kind: d.kind.code().to_owned(),
            series: d.series.clone(),
            number: d.number.clone(),
            issued_on: iso_date(d.issued_on),
            issued_by: d.issued_by.clone(),
            department_code: d.department_code.clone(),
            expires_on: d.expires_on.map(iso_date),
            status: self.status(today, leads).code().to_owned(),
            notes: d.notes.clone(),
            email: d.email.clone(),
            phone: d.phone.clone(),
        }
    }
}

/// Validity of a document with the given expiry date on `day`, ignoring archiving.
pub fn status_on(expires_on: Option<NaiveDate>, day: NaiveDate, lead_days: i64) -> DocStatus {
    match expires_on {
        None => DocStatus::Indefinite,
        Some(e) if e < day => DocStatus::Expired,
        Some(e) if (e - day).num_days() <= lead_days => DocStatus::Expiring,
        Some(_) => DocStatus::Valid,
    }
}

/// A document as a CSV row or JSON object.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocRow {
    pub id: String,
    pub holder: String,
    pub holder_snils: Option<String>,
    pub kind: String,
    pub series: Option<String>,
    pub number: Option<String>,
    pub issued_on: String,
    pub issued_by: Option<String>,
    pub department_code: Option<String>,
    pub expires_on: Option<String>,
    pub status: String,
    pub notes: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
}

/// Other header names an import accepts, matched ignoring case, spaces and punctuation
/// (`sheet::normalize_header`). The README lists them; keep the two in step.
pub const ALIASES: &[(&str, &str)] = &[
    ("ID", "id"),
    ("Идентификатор", "id"),
    ("ФИО", "holder"),
    ("Ф.И.О.", "holder"),
    ("Владелец", "holder"),
    ("Держатель", "holder"),
    ("СНИЛС", "holder_snils"),
    ("СНИЛС владельца", "holder_snils"),
    ("Вид", "kind"),
    ("Вид документа", "kind"),
    ("Тип документа", "kind"),
    ("Документ", "kind"),
    ("Серия", "series"),
    ("Номер", "number"),
    ("Номер документа", "number"),
    ("Дата выдачи", "issued_on"),
    ("Когда выдан", "issued_on"),
    ("Кем выдан", "issued_by"),
    ("Орган выдачи", "issued_by"),
    ("Код подразделения", "department_code"),
    ("Действителен до", "expires_on"),
    ("Действует до", "expires_on"),
    ("Срок действия", "expires_on"),
    ("Дата окончания", "expires_on"),
    ("Статус", "status"),
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

/// SPEC.md's CSV columns for documents, in order.
pub const COLUMNS: &[&str] = &[
    "id",
    "holder",
    "holder_snils",
    "kind",
    "series",
    "number",
    "issued_on",
    "issued_by",
    "department_code",
    "expires_on",
    "status",
    "notes",
    "email",
    "phone",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("date")
    }

    #[test]
    fn statuses() {
        let today = d(2026, 11, 22);
        assert_eq!(status_on(None, today, 30), DocStatus::Indefinite);
        assert_eq!(status_on(Some(d(2026, 11, 21)), today, 30), DocStatus::Expired);
        assert_eq!(status_on(Some(today), today, 30), DocStatus::Expiring);
        assert_eq!(status_on(Some(d(2026, 12, 22)), today, 30), DocStatus::Expiring);
        assert_eq!(status_on(Some(d(2026, 12, 23)), today, 30), DocStatus::Valid);
    }

    #[test]
    fn kinds_in_russian() {
        assert_eq!(DocKind::parse("Паспорт"), Some(DocKind::Passport));
        assert_eq!(DocKind::parse("driver-license"), Some(DocKind::DriverLicense));
        assert_eq!(DocKind::parse("полис ОМС"), Some(DocKind::OmsPolicy));
        assert_eq!(DocKind::parse("visa"), None);
        for k in DocKind::all() {
            assert_eq!(DocKind::parse(k.code()), Some(k));
        }
    }

    #[test]
    fn every_kind_has_one_row_and_no_name_is_two_kinds() {
        let mut names = std::collections::HashSet::new();
        for (i, row) in KINDS.iter().enumerate() {
            assert_eq!(KINDS.iter().position(|r| r.kind == row.kind), Some(i), "{}", row.code);
            for name in std::iter::once(&row.code).chain(row.aliases) {
                assert!(names.insert(*name), "{name} names two kinds");
                assert_eq!(DocKind::parse(name), Some(row.kind), "{name}");
            }
        }
        assert_eq!(DocKind::CODES.len(), KINDS.len());
    }
}

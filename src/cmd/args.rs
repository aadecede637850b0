//! Argument groups more than one command takes — the listings' filters (flattened into each
//! `list` and into `export`), how a CSV file is read (`import`, `validate --file`), item kinds
//! — and their resolution into the use cases' values, checked before the store is read.

use clap::{Args, ValueEnum};

use super::context::Ctx;
use super::failure::Result;
use super::output::{filter_code, filter_date, invalid};
use crate::app::{applications, appts, docs, records};
use crate::domain::application::Shown;
use crate::domain::appt::ApptStatus;
use crate::domain::doc::{DocKind, DocStatus};
use crate::domain::record::RecordStatus;
use crate::domain::{FieldError, ItemKind};
use crate::io::sheet::Encoding;
use crate::validate::Problem;

/// A day range of a listing.
#[derive(Args, Debug, Clone, Default)]
pub struct Period {
    /// On or after this day (records: the event's day; appointments: the start's;
    /// applications: the submission's)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// On or before this day (records: the event's day; appointments: the start's;
    /// applications: the submission's)
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
}

/// The status and free-text filters every listing has.
#[derive(Args, Debug, Clone, Default)]
pub struct Search {
    /// Only this status (records: ok, late, amended; documents: valid, expiring, expired,
    /// indefinite, archived; appointments: scheduled, done, no_show, cancelled;
    /// applications: accepted, processing, approved, rejected, cancelled, expired)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Text anywhere in the item (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
}

/// Filters of records only.
#[derive(Args, Debug, Clone, Default)]
pub struct RecordOnly {
    /// Records: only this type (case-insensitive)
    #[arg(long = "type", id = "record_type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Records: subject ID or part of the subject's name
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
}

/// Filters of documents only.
#[derive(Args, Debug, Clone, Default)]
pub struct DocOnly {
    /// Documents: part of the holder's name
    #[arg(long, value_name = "TEXT")]
    pub holder: Option<String>,
}

/// Filters of appointments only.
#[derive(Args, Debug, Clone, Default)]
pub struct ApptOnly {
    /// Appointments: part of the person's name
    #[arg(long, value_name = "TEXT")]
    pub person: Option<String>,
    /// Appointments: part of the institution's name
    #[arg(long, value_name = "TEXT")]
    pub institution: Option<String>,
    /// Appointments: only scheduled ones from now on
    #[arg(long)]
    pub upcoming: bool,
}

/// Filters of applications only.
#[derive(Args, Debug, Clone, Default)]
pub struct ApplicationOnly {
    /// Applications: part of the agency's name
    #[arg(long, value_name = "TEXT")]
    pub agency: Option<String>,
    /// Applications: part of the applicant's name
    #[arg(long, value_name = "TEXT")]
    pub applicant: Option<String>,
    /// Applications: only open ones past their term
    #[arg(long)]
    pub overdue: bool,
}

/// The applications a listing or an export shows.
pub fn application_filter(
    ctx: &Ctx,
    period: &Period,
    search: &Search,
    only: &ApplicationOnly,
) -> Result<applications::Filter> {
    let today = ctx.today();
    Ok(applications::Filter {
        from: filter_date("--from", &period.from, today)?,
        to: filter_date("--to", &period.to, today)?,
        status: filter_code("--status", &search.status, Shown::CODES)?,
        overdue: only.overdue,
        agency: only.agency.clone(),
        applicant: only.applicant.clone(),
        text: search.text.clone(),
    })
}

/// The records a listing or an export shows.
pub fn record_filter(
    ctx: &Ctx,
    period: &Period,
    search: &Search,
    only: &RecordOnly,
    all: bool,
) -> Result<records::Filter> {
    let today = ctx.today();
    Ok(records::Filter {
        from: filter_date("--from", &period.from, today)?,
        to: filter_date("--to", &period.to, today)?,
        kind: only.kind.clone(),
        status: filter_code("--status", &search.status, RecordStatus::CODES)?,
        subject: only.subject.clone(),
        text: search.text.clone(),
        all,
    })
}

/// The documents a listing or an export shows; `kind` as given to `--kind` (`--doc-kind`).
pub fn doc_filter(
    kind: Option<&str>,
    search: &Search,
    only: &DocOnly,
    all: bool,
) -> Result<docs::Filter> {
    let status = filter_code("--status", &search.status, DocStatus::CODES)?;
    let kind = match kind {
        None => None,
        Some(k) => Some(DocKind::parse(k).ok_or_else(|| {
            invalid(vec![FieldError {
                field: "--kind",
                value: k.to_owned(),
                problem: Problem::OneOf(DocKind::CODES),
            }])
        })?),
    };
    Ok(docs::Filter { kind, status, holder: only.holder.clone(), text: search.text.clone(), all })
}

/// The appointments a listing or an export shows.
pub fn appt_filter(
    ctx: &Ctx,
    period: &Period,
    search: &Search,
    only: &ApptOnly,
) -> Result<appts::Filter> {
    let today = ctx.today();
    let filter = appts::Filter {
        from: filter_date("--from", &period.from, today)?,
        to: filter_date("--to", &period.to, today)?,
        status: filter_code("--status", &search.status, ApptStatus::CODES)?,
        person: only.person.clone(),
        institution: only.institution.clone(),
        text: search.text.clone(),
        after: None,
    };
    Ok(if only.upcoming { filter.upcoming(ctx.now()) } else { filter })
}

/// The kinds of item a CSV file holds.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKindArg {
    /// Diary records
    Record,
    /// Documents
    Doc,
    /// Appointments
    Appt,
    /// Applications
    Application,
}

impl ItemKindArg {
    pub fn kind(self) -> ItemKind {
        match self {
            ItemKindArg::Record => ItemKind::Record,
            ItemKindArg::Doc => ItemKind::Doc,
            ItemKindArg::Appt => ItemKind::Appt,
            ItemKindArg::Application => ItemKind::Application,
        }
    }
}

/// Character encodings of an imported file.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum EncodingArg {
    /// UTF-8, with or without a byte-order mark
    #[value(name = "utf-8", alias = "utf8")]
    Utf8,
    /// Windows-1251 (Cyrillic Excel on Windows)
    #[value(name = "windows-1251", alias = "cp1251")]
    Windows1251,
}

/// How a CSV file is read: shared by `import` and `validate --file`.
#[derive(Args, Debug, Default)]
pub struct ReadArgs {
    /// Character encoding [default: UTF-8, or Windows-1251 when the file is not valid UTF-8]
    #[arg(long, value_enum, value_name = "ENCODING")]
    pub encoding: Option<EncodingArg>,
    /// Field delimiter: `,` `;` or `tab` [default: guessed from the header line]
    #[arg(long, value_name = "CHAR", value_parser = parse_delimiter)]
    pub delimiter: Option<u8>,
    /// Read column COLUMN as field FIELD, e.g. --map "Дата визита=event_date" (repeatable)
    #[arg(long = "map", value_name = "COLUMN=FIELD")]
    pub maps: Vec<String>,
    /// Skip columns that match no field instead of refusing the file
    #[arg(long)]
    pub ignore_unknown: bool,
    /// Amounts are written with a decimal comma, as Russian Excel does (`1 074,50`); always so
    /// in a `;` file
    #[arg(long)]
    pub decimal_comma: bool,
    /// A workbook's sheet to read [default: the one named for the kind, else the first with data]
    #[arg(long, value_name = "NAME")]
    pub sheet: Option<String>,
}

impl ReadArgs {
    pub fn options(&self) -> crate::app::import::ReadOptions {
        crate::app::import::ReadOptions {
            encoding: self.encoding.map(|e| match e {
                EncodingArg::Utf8 => Encoding::Utf8,
                EncodingArg::Windows1251 => Encoding::Windows1251,
            }),
            delimiter: self.delimiter,
            maps: self.maps.clone(),
            ignore_unknown: self.ignore_unknown,
            decimal_comma: self.decimal_comma,
            sheet: self.sheet.clone(),
        }
    }
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && s != "\"" => Ok(s.as_bytes()[0]),
        _ => Err("one character, e.g. ',' ';' or 'tab'".into()),
    }
}

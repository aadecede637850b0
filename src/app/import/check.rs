//! The check stage of an import: each row's cells into a draft, through the same rules as
//! `add`, into an item ready to insert or the row's problems, each naming its column. Needs
//! no store: runs on the thread that reads the file.

use chrono::NaiveDateTime;

use super::{Problem, What};
use crate::calendar::Calendar;
use crate::domain::application::{ApplicationData, Standing, Status};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::{DocData, DocStatus};
use crate::domain::record::{RecordData, RecordStatus, is_late};
use crate::domain::{Draft, FieldError, ItemId, ItemKind, dates};
use crate::io::sheet::{RowProblem, SheetRow};
use crate::store::{NewRecord, RecordKeys, Sealed, Sealer};
use crate::validate::Problem as Why;

/// A row that passed every rule, ready to insert.
// A record's half-done seal makes it the largest; a file holds one kind, so boxing it would
// only add an allocation per row.
#[allow(clippy::large_enum_variant)]
pub(super) enum Item {
    Record {
        id: Option<i64>,
        data: RecordData,
        /// Made on the reading thread.
        keys: RecordKeys,
        late: bool,
        /// The seal but for the record's number (`None` on a dry run).
        sealed: Option<Sealed>,
    },
    Doc {
        id: Option<i64>,
        data: DocData,
        archived: bool,
    },
    Appt {
        id: Option<i64>,
        data: ApptData,
        status: ApptStatus,
    },
    Application {
        id: Option<i64>,
        data: ApplicationData,
        standing: Standing,
    },
}

impl Item {
    /// The number the row brings, if any.
    pub(super) fn id(&self) -> Option<i64> {
        match self {
            Item::Record { id, .. }
            | Item::Doc { id, .. }
            | Item::Appt { id, .. }
            | Item::Application { id, .. } => *id,
        }
    }

    /// A record as the store writes it.
    pub(super) fn new_record(&self) -> Option<NewRecord<'_>> {
        match self {
            Item::Record { id, data, keys, late, .. } => {
                Some(NewRecord { id: *id, ..keys.record(data, *late) })
            }
            _ => None,
        }
    }
}

/// What the check stage made of a row.
// Nearly every row is `Good`: boxing it would add an allocation per row to save nothing.
#[allow(clippy::large_enum_variant)]
pub(super) enum Outcome {
    Good(Item),
    Bad(Vec<Problem>),
}

/// A row and what was made of it.
pub(super) struct Checked {
    pub row: SheetRow,
    pub outcome: Outcome,
}

/// The header as mapped, for naming the column of a problem on either thread.
pub(super) struct Layout {
    pub header: Vec<String>,
    pub fields: Vec<Option<&'static str>>,
    pub conventions: Conventions,
}

/// How the file's cells are written, beyond the CSV itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct Conventions {
    /// Text that begins like a formula carries an apostrophe in front (a `;` file, as
    /// `export --excel` writes): it is taken off.
    pub unescape: bool,
    /// Amounts may have a decimal comma and spaces between thousands.
    pub decimal_comma: bool,
    /// Cells of a workbook: a date cell at midnight reads as a bare date, which a field of a
    /// date and time takes as that midnight.
    pub book: bool,
}

/// The fields that hold a date and a time.
const DATETIMES: [&str; 2] = ["starts_at", "status_at"];

/// The fields that hold amounts.
const AMOUNTS: [&str; 2] = ["amount", "fee"];

impl Conventions {
    /// A cell as the field reads it.
    fn read(self, field: &str, cell: String) -> String {
        let escaped = self.unescape && crate::io::excel::is_escaped(&cell);
        let cell = if escaped { cell[1..].to_owned() } else { cell };
        if self.decimal_comma && AMOUNTS.contains(&field) {
            return crate::io::excel::from_decimal_comma(&cell).unwrap_or(cell);
        }
        let bare_date =
            cell.len() == 10 && chrono::NaiveDate::parse_from_str(&cell, "%Y-%m-%d").is_ok();
        if self.book && bare_date && DATETIMES.contains(&field) {
            return format!("{cell}T00:00:00");
        }
        cell
    }
}

impl Layout {
    /// Each field error with the column that holds its field (0 when none does) and that
    /// column's name as the file gives it.
    pub(super) fn problems(&self, errors: Vec<FieldError>) -> Vec<Problem> {
        errors
            .into_iter()
            .map(|error| {
                let col =
                    self.fields.iter().position(|f| *f == Some(error.field)).map_or(0, |i| i + 1);
                let header = col
                    .checked_sub(1)
                    .and_then(|i| self.header.get(i))
                    .map_or(error.field, String::as_str)
                    .to_owned();
                Problem { column: col, what: What::Field { header, error } }
            })
            .collect()
    }
}

/// A problem of the row's shape (before its fields are read).
pub(super) fn row_problem(p: RowProblem) -> Problem {
    let column = match p {
        RowProblem::NotUtf8 { column }
        | RowProblem::Unheaded { column }
        | RowProblem::NumberInText { column } => column,
        RowProblem::Width { expected, .. } => expected + 1,
    };
    Problem { column, what: What::Row(p) }
}

/// The check stage: every rule that needs no store.
pub(super) struct Preparer<'a> {
    pub kind: ItemKind,
    pub now: NaiveDateTime,
    /// The store's time zone: a date-time given with an offset is read in it.
    pub zone: chrono_tz::Tz,
    pub calendar: &'a Calendar,
    pub layout: &'a Layout,
    /// To seal records with, unless this is a dry run.
    pub sealer: Option<Sealer<'a>>,
}

fn err(field: &'static str, value: &str, problem: Why) -> FieldError {
    FieldError { field, value: value.to_owned(), problem }
}

/// The draft's errors, and `extra` ones found beside them.
fn combine<T>(
    data: std::result::Result<T, Vec<FieldError>>,
    extra: Vec<FieldError>,
) -> std::result::Result<T, Vec<FieldError>> {
    match data {
        Ok(d) if extra.is_empty() => Ok(d),
        Ok(_) => Err(extra),
        Err(mut e) => {
            e.extend(extra);
            Err(e)
        }
    }
}

impl Preparer<'_> {
    /// Checks a row. A good row's cells are needed again only if the store's side can still
    /// refuse it (an appointment's documents); otherwise they are moved into the draft, not
    /// copied, put back only if the row is bad (for the reject file), and otherwise freed here
    /// rather than on the store's thread.
    pub(super) fn prepare(&self, row: &mut SheetRow) -> Outcome {
        let keep = matches!(self.kind, ItemKind::Appt | ItemKind::Application);
        let mut draft = Draft::default();
        let conv = self.layout.conventions;
        for (f, cell) in self.layout.fields.iter().zip(row.cells.iter_mut()) {
            match f {
                Some(f) if keep => draft.set(f, conv.read(f, cell.clone())),
                Some(f) => draft.set(f, conv.read(f, std::mem::take(cell))),
                None => {}
            }
        }
        let outcome = self.check(&draft);
        match outcome {
            _ if keep => {}
            Outcome::Good(_) => row.cells = Vec::new(),
            Outcome::Bad(_) => {
                for (f, cell) in self.layout.fields.iter().zip(row.cells.iter_mut()) {
                    if let Some(value) = f.and_then(|f| draft.take(f)) {
                        *cell = value;
                    }
                }
            }
        }
        outcome
    }

    fn check(&self, draft: &Draft) -> Outcome {
        let mut extra = Vec::new();
        let id = draft.get("id").and_then(|v| {
            let id = ItemId::parse(v, self.kind).map(|i| i.n);
            if id.is_none() {
                let example = match self.kind {
                    ItemKind::Record => "R-7",
                    ItemKind::Doc => "D-7",
                    ItemKind::Application => "Z-7",
                    ItemKind::Appt | ItemKind::Obligation => "A-7",
                };
                extra.push(err("id", v, Why::NotItemId { example }));
            }
            id
        });
        let status = draft.get("status").map(|s| s.trim().to_lowercase().replace('-', "_"));
        let mut fail = |codes: &'static [&'static str]| {
            if let Some(st) = &status
                && !codes.contains(&st.as_str())
            {
                let given = draft.get("status").unwrap_or_default();
                extra.push(err("status", given, Why::OneOf(codes)));
            }
        };
        let item = match self.kind {
            ItemKind::Record => {
                fail(RecordStatus::CODES);
                self.record(draft, id, status.as_deref(), extra)
            }
            ItemKind::Doc => {
                fail(DocStatus::CODES);
                let archived = status.as_deref() == Some("archived");
                combine(DocData::from_draft(draft, self.now.date()), extra).map(|data| Item::Doc {
                    id,
                    data,
                    archived,
                })
            }
            ItemKind::Application => self.application(draft, id, extra),
            ItemKind::Appt | ItemKind::Obligation => {
                fail(ApptStatus::CODES);
                let st =
                    status.as_deref().and_then(ApptStatus::parse).unwrap_or(ApptStatus::Scheduled);
                combine(ApptData::from_draft(draft, self.now.date(), self.zone), extra)
                    .map(|data| Item::Appt { id, data, status: st })
            }
        };
        match item {
            Ok(item) => Outcome::Good(item),
            Err(errors) => Outcome::Bad(self.layout.problems(errors)),
        }
    }

    /// An application row: where it stands as the file says — its status (a code or the
    /// Russian word; `expired` is computed, never kept), since when (the day of submission for
    /// an accepted one, else now, unless given), the reason and the document it issued.
    fn application(
        &self,
        draft: &Draft,
        id: Option<i64>,
        mut extra: Vec<FieldError>,
    ) -> std::result::Result<Item, Vec<FieldError>> {
        let today = self.now.date();
        let status = match draft.get("status") {
            None => Some(Status::Accepted),
            Some(v) => {
                let st = Status::parse(v);
                if st.is_none() {
                    extra.push(err("status", v, Why::OneOf(Status::CODES)));
                }
                st
            }
        };
        let since = match draft.get("status_at") {
            None => None,
            Some(v) => match dates::parse_datetime(v, today, self.zone) {
                Ok(t) if t > self.now => {
                    extra.push(err("status_at", v, Why::InFuture));
                    None
                }
                Ok(t) => Some(t),
                Err(e) => {
                    extra.push(err("status_at", v, e.datetime_problem()));
                    None
                }
            },
        };
        let issued_doc = draft.get("issued_doc").and_then(|v| {
            let id = ItemId::parse(v, ItemKind::Doc).map(|i| i.n);
            if id.is_none() {
                extra.push(err("issued_doc", v, Why::NotItemId { example: "D-7" }));
            }
            id
        });
        let reason =
            crate::domain::application::reason(draft.get("reason"), today).unwrap_or_else(|e| {
                extra.extend(e);
                None
            });
        let data = ApplicationData::from_draft(draft, today, self.calendar);
        if let (Ok(d), Some(at)) = (&data, since)
            && at.date() < d.submitted
        {
            let v = draft.get("status_at").unwrap_or_default();
            extra.push(err("status_at", v, Why::Before { other: "submitted" }));
        }
        let data = combine(data, extra)?;
        let status = status.unwrap_or(Status::Accepted);
        let filed = Standing::filed(&data);
        let since =
            since.unwrap_or(if status == Status::Accepted { filed.since } else { self.now });
        let standing = Standing { status, since, reason, issued_doc };
        Ok(Item::Application { id, data, standing })
    }

    /// A record row: its entry time (now, or as the file gives it), its lateness, and — off the
    /// store's thread — its natural key, UUID and seal.
    fn record(
        &self,
        draft: &Draft,
        id: Option<i64>,
        status: Option<&str>,
        mut extra: Vec<FieldError>,
    ) -> std::result::Result<Item, Vec<FieldError>> {
        let today = self.now.date();
        if status == Some("amended") {
            extra.push(err("status", "amended", Why::Superseded));
        }
        let recorded_at = match draft.get("recorded_at") {
            None => Some(self.now),
            Some(v) => match dates::parse_datetime(v, today, self.zone) {
                Ok(t) if t > self.now => {
                    extra.push(err("recorded_at", v, Why::InFuture));
                    None
                }
                Ok(t) => Some(t),
                Err(e) => {
                    extra.push(err("recorded_at", v, e.datetime_problem()));
                    None
                }
            },
        };
        let data = RecordData::from_draft(draft, today);
        if let (Ok(d), Some(at)) = (&data, recorded_at)
            && at.date() < d.event_date
        {
            let v = draft.get("recorded_at").unwrap_or_default();
            extra.push(err("recorded_at", v, Why::Before { other: "event_date" }));
        }
        let data = combine(data, extra)?;
        let recorded_at = recorded_at.unwrap_or(self.now);
        // A "late" mark is never lost; an "ok" one cannot hide a late entry.
        let late = is_late(self.calendar, data.event_date, recorded_at) || status == Some("late");
        let keys = RecordKeys::new(&data, recorded_at);
        let sealed =
            self.sealer.map(|sealer| sealer.record(&NewRecord { id, ..keys.record(&data, late) }));
        Ok(Item::Record { id, data, keys, late, sealed })
    }
}

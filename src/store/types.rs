//! The values the store contract passes that are not domain items: what a new record is
//! written with, the rows a check or a listing reads, attachments, and a listing's "go on".

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::ItemId;
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::record::RecordData;

/// Whether a listing goes on to the next item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flow {
    Next,
    Stop,
}

/// A new record's dates as the store writes them, worked out once for its seal and its row:
/// an import does it on the thread that reads the file.
#[derive(Debug, Clone)]
pub struct RecordDates {
    pub(crate) event_date: String,
    pub(crate) follow_up_on: Option<String>,
    pub(crate) recorded_at: String,
}

impl RecordDates {
    pub fn of(data: &RecordData, recorded_at: NaiveDateTime) -> RecordDates {
        RecordDates {
            event_date: iso_date(data.event_date),
            follow_up_on: data.follow_up_on.map(iso_date),
            recorded_at: iso_datetime(recorded_at),
        }
    }
}

/// A record to insert, with its natural key and dates already worked out (an import works
/// them out on the thread that reads the file).
pub struct NewRecord<'a> {
    /// The number it keeps (an import of an export), else the next one.
    pub id: Option<i64>,
    pub data: &'a RecordData,
    pub nkey: &'a str,
    pub uuid: &'a str,
    pub dates: &'a RecordDates,
    pub late: bool,
    /// The record it amends.
    pub amends: Option<i64>,
}

/// What a new record's row holds besides its fields, worked out together: a new UUID, its
/// natural key and its dates.
#[derive(Debug, Clone)]
pub struct RecordKeys {
    pub nkey: String,
    pub uuid: String,
    pub dates: RecordDates,
}

impl RecordKeys {
    /// The keys of `data` recorded at `recorded_at`, with a new UUID.
    pub fn new(data: &RecordData, recorded_at: NaiveDateTime) -> RecordKeys {
        RecordKeys {
            nkey: data.natural_key(),
            uuid: crate::crypto::new_uuid(),
            dates: RecordDates::of(data, recorded_at),
        }
    }

    /// `data` as a record to insert under the next number, amending nothing.
    pub fn record<'a>(&'a self, data: &'a RecordData, late: bool) -> NewRecord<'a> {
        NewRecord {
            id: None,
            data,
            nkey: &self.nkey,
            uuid: &self.uuid,
            dates: &self.dates,
            late,
            amends: None,
        }
    }
}

/// An item left out of a listing because a value stored in it cannot be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub item: ItemId,
    /// The value as stored.
    pub value: String,
}

/// An open follow-up as `deadlines` shows it.
#[derive(Debug, Clone)]
pub struct OpenFollowUp {
    pub id: i64,
    pub uuid: String,
    pub subject_id: String,
    pub subject_name: Option<String>,
    pub kind: String,
    pub due: NaiveDate,
}

/// The columns of a record the whole-store check reads, without the free text.
#[derive(Debug, Clone)]
pub struct CheckRow {
    pub id: i64,
    pub event_date: NaiveDate,
    pub recorded_at: NaiveDateTime,
    pub late: bool,
    pub amends: Option<i64>,
    pub amended_by: Option<i64>,
    pub snils: Option<String>,
    pub oktmo: Option<String>,
    pub amount: Option<String>,
}

/// A file attached to an item, numbered from 1 in the order attached.
#[derive(Debug, Clone)]
pub struct Attachment {
    pub n: usize,
    /// The row's own ID (what the audit trail names).
    pub id: i64,
    pub name: String,
    pub mime: String,
    pub size: i64,
    pub sha256: String,
    pub added_at: String,
}

/// A file to attach.
pub struct NewAttachment<'a> {
    pub name: &'a str,
    pub mime: &'a str,
    pub bytes: &'a [u8],
    /// The content's SHA-256 in lowercase hex: the name it is kept under.
    pub sha256: &'a str,
    pub at: NaiveDateTime,
}

/// What a reminder is, to whom and how: one row of the delivery log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeliveryKey {
    /// The item (`A-3`).
    pub item: String,
    /// Which reminder of it (`before-1440m`, `expiring`, `due`…).
    pub occasion: String,
    /// `email` or `command`.
    pub channel: String,
    pub recipient: String,
}

/// How a delivery went.
#[derive(Debug, Clone)]
pub enum Outcome {
    Sent,
    /// Refused or not reached: the server's answer, and when to try again.
    Failed {
        answer: String,
        next_at: chrono::NaiveDateTime,
    },
    /// Failed for longer than the configured time: not tried again.
    GivenUp {
        answer: String,
    },
}

/// One row of the delivery log.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Delivery {
    pub id: i64,
    pub item: String,
    pub occasion: String,
    pub channel: String,
    pub recipient: String,
    /// `sending` (claimed), `sent`, `failed`, `given_up`.
    pub status: String,
    pub attempts: i64,
    pub first_at: String,
    pub last_at: String,
    pub next_at: Option<String>,
    /// The server's (or the command's) answer to the last failed try.
    pub answer: Option<String>,
}

/// One completion of an obligation: the nominal date it was due, and when it was done.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Done {
    pub due: NaiveDate,
    pub done_at: NaiveDateTime,
}

/// An item whole, with its history rows, as it is carried from one store into another (a
/// push): its number, UUID and times kept.
#[derive(Debug, Clone)]
pub enum Whole {
    Record(crate::domain::record::Record),
    Doc(crate::domain::doc::Document),
    Appt(crate::domain::appt::Appointment, Vec<crate::domain::appt::Move>),
    Obligation(crate::domain::obligation::Obligation, Vec<Done>),
    Application(crate::domain::application::Application, Vec<crate::domain::application::Change>),
}

impl Whole {
    pub fn item_id(&self) -> ItemId {
        match self {
            Whole::Record(r) => r.item_id(),
            Whole::Doc(d) => d.item_id(),
            Whole::Appt(a, _) => a.item_id(),
            Whole::Obligation(o, _) => o.item_id(),
            Whole::Application(a, _) => a.item_id(),
        }
    }

    pub fn uuid(&self) -> &str {
        match self {
            Whole::Record(r) => &r.uuid,
            Whole::Doc(d) => &d.uuid,
            Whole::Appt(a, _) => &a.uuid,
            Whole::Obligation(o, _) => &o.uuid,
            Whole::Application(a, _) => &a.uuid,
        }
    }
}

/// The original of entry `e` of store `store`, as a carried copy keeps it (JSON): its place,
/// HMAC and signature, and its own original when it was a carried copy itself.
pub fn origin_of(store: &str, e: &RawEntry) -> String {
    let mut o = serde_json::json!({
        "store": store,
        "seq": e.seq,
        "mac": hex::encode(&e.mac),
        "signer": e.signer.as_ref().map(hex::encode),
        "sig": e.sig.as_ref().map(hex::encode),
    });
    if let Some(inner) = e.origin.as_deref().and_then(|s| serde_json::from_str(s).ok()) {
        o["origin"] = inner;
    }
    o.to_string()
}

/// What became of an item carried in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Put {
    Added,
    /// The store had it already (an earlier push or copy of the same source).
    Had,
}

/// A log entry as it is stored, with what proves it: its chain HMAC and its signature (what a
/// push carries, the original kept beside the copy).
#[derive(Debug, Clone)]
pub struct RawEntry {
    pub seq: i64,
    pub at: NaiveDateTime,
    pub who: String,
    pub command: String,
    pub action: String,
    pub item: Option<String>,
    pub before: Option<String>,
    pub after: Option<String>,
    pub mac: Vec<u8>,
    pub signer: Option<Vec<u8>>,
    pub sig: Option<Vec<u8>>,
    /// When the entry was itself carried from another store: its original (JSON).
    pub origin: Option<String>,
}

//! Use cases: what a command does, as a library. Each takes an open [`Store`], resolved
//! values (drafts, IDs, filters) and an [`Env`] with "now", and returns typed results or a
//! typed [`Error`]. Nothing here knows of clap, the terminal, or the words a user reads: the
//! edge (`cmd`) resolves arguments, asks what must be asked, calls one use case and renders.

pub mod applications;
pub mod appts;
pub mod attach;
pub mod backup;
pub mod check;
pub mod deadlines;
pub mod docs;
mod error;
pub mod export;
pub mod heads;
pub mod history;
pub mod import;
pub mod notify;
pub mod obligations;
pub mod push;
pub mod records;
pub mod sample;
pub mod setup;
pub mod users;
pub mod verify;

use chrono::{NaiveDate, NaiveDateTime};
use chrono_tz::Tz;

pub use crate::store::audit::Actor;
pub use error::{Class, Error, Result, output_class, sign_class, store_class};

use crate::calendar::Calendar;
use crate::domain::appt::Reminders;
use crate::domain::doc::LeadTimes;

/// What the rules need to know of the moment and the place, resolved once by the edge.
#[derive(Debug, Clone)]
pub struct Env {
    /// "Now" as a wall-clock time in `zone`.
    pub now: NaiveDateTime,
    /// The store's time zone.
    pub zone: Tz,
    /// Working days and days off.
    pub calendar: Calendar,
    /// Days before expiry a document counts as expiring, per kind.
    pub leads: LeadTimes,
    /// When appointments remind.
    pub reminders: Reminders,
    /// Days an open application may go without a change of status before it expires.
    pub expire_days: i64,
}

impl Env {
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }
}

/// Case-insensitive substring match, for Cyrillic too.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

//! The settings a command runs with, resolved once from flags, the environment and the
//! configuration: where the store is, how to unlock it, how to print, and the [`Env`] of the
//! use cases — "now", the zone, the calendar, lead times, reminders.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Timelike, Utc};
use chrono_tz::Tz;

use super::failure::{Failure, Result};
use crate::app::Env;
use crate::calendar::Calendar;
use crate::domain::dates;
use crate::i18n;

/// Output formats of list-like commands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Format {
    /// A table fitted to the terminal
    #[default]
    Table,
    /// One JSON document: an array for lists, an object for `show`
    Json,
    /// RFC 4180 CSV with a header row, UTF-8, ISO dates
    Csv,
}

/// Settings resolved once from flags and the environment.
pub struct Ctx {
    pub store_path: PathBuf,
    pub passphrase_file: Option<PathBuf>,
    /// The user asked for (`--user`, `KABINET_USER`).
    pub user: Option<String>,
    /// Set by `demo`: its throw-away store has a fixed, public passphrase.
    pub fixed_passphrase: Option<&'static str>,
    pub format: Format,
    /// `--format ics`: only `deadlines` writes it (others refuse it before doing anything).
    pub ics: bool,
    pub yes: bool,
    pub quiet: bool,
    /// Whether stdin is a terminal: prompts happen only then.
    pub interactive: bool,
    /// Where "now" comes from; it is read again in the store's zone once the store is open.
    pub clock: Clock,
    /// "Now" and the rules' settings, for the use cases.
    pub env: Env,
    /// `unlock` and `shell` time-outs from the configuration file, when it sets them.
    pub unlock_for: Option<String>,
    pub unlock_at_most: Option<String>,
    /// The `[notify]` table of the configuration file.
    pub notify: Option<crate::config::NotifyConfig>,
}

impl Ctx {
    /// Whether the store is an office on a server (`postgres://…`).
    pub fn on_server(&self) -> bool {
        crate::store::pg::Server::is_url(&self.store_path.to_string_lossy())
    }

    /// Whether there is a store to work with: an office server is taken to be there (opening
    /// it says otherwise), a file must exist.
    pub fn has_store(&self) -> bool {
        self.on_server() || self.store_path.exists()
    }

    pub fn today(&self) -> NaiveDate {
        self.env.today()
    }

    pub fn now(&self) -> NaiveDateTime {
        self.env.now
    }

    /// The store's time zone (the system's until the store is open, or when it sets none).
    pub fn zone(&self) -> Tz {
        self.env.zone
    }

    /// Takes the store's zone, and reads "now" again in it.
    pub fn set_zone(&mut self, zone: Tz) {
        self.env.zone = zone;
        self.env.now = self.clock.now_in(zone);
    }
}

/// The shipped calendar, with the user's holidays file applied when one is given.
pub fn load_calendar(file: Option<&Path>) -> Result<Calendar> {
    let mut cal = Calendar::builtin();
    if let Some(path) = file {
        if path.is_dir() {
            return Err(Failure::usage(i18n::is_a_directory(path, false)));
        }
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Failure::not_found(i18n::holidays_missing(path)),
            _ => Failure::io(i18n::cannot_read(path, &e)),
        })?;
        cal.apply_file(&text)
            .map_err(|errs| Failure::invalid(i18n::holidays_invalid(path, &errs)))?;
    }
    Ok(cal)
}

/// `$XDG_DATA_HOME/kabinet/kabinet.db`, else `~/.local/share/kabinet/kabinet.db`.
pub fn default_store_path() -> Result<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = non_empty("XDG_DATA_HOME")
        .or_else(|| non_empty("HOME").map(|h| h.join(".local/share")))
        .ok_or_else(|| Failure::usage(i18n::no_home()))?;
    Ok(base.join("kabinet").join("kabinet.db"))
}

/// Where "now" comes from: `KABINET_NOW` when set (tests and reproducible reports pin it),
/// else the system clock.
#[derive(Debug, Clone, Copy)]
pub enum Clock {
    System,
    /// A pinned wall-clock time, taken as it is in the store's zone.
    Wall(NaiveDateTime),
    /// A pinned instant (`…Z` or `…+03:00`), read in the store's zone.
    Instant(DateTime<Utc>),
}

impl Clock {
    pub fn from_env() -> Result<Clock> {
        match std::env::var("KABINET_NOW") {
            Ok(v) if !v.trim().is_empty() => {
                let v = v.trim();
                if let Ok(t) = DateTime::parse_from_rfc3339(v) {
                    return Ok(Clock::Instant(t.with_timezone(&Utc)));
                }
                let today = Local::now().date_naive();
                // An offset form was read above; this one has none, so the zone is unused.
                dates::parse_datetime(v, today, chrono_tz::UTC)
                    .or_else(|_| {
                        dates::parse_date(v, today).map(|d| d.and_time(Default::default()))
                    })
                    .map(Clock::Wall)
                    .map_err(|_| Failure::usage(i18n::bad_now(v)))
            }
            _ => Ok(Clock::System),
        }
    }

    /// "Now" as a wall-clock time in `zone`.
    pub fn now_in(&self, zone: Tz) -> NaiveDateTime {
        match self {
            Clock::System => {
                let now = Utc::now().with_timezone(&zone).naive_local();
                now.with_nanosecond(0).unwrap_or(now)
            }
            Clock::Wall(t) => *t,
            Clock::Instant(t) => t.with_timezone(&zone).naive_local(),
        }
    }
}

/// The system's time zone (`TZ`, else `/etc/localtime`), or UTC when it cannot be told.
pub fn system_zone() -> Tz {
    std::env::var("TZ")
        .ok()
        .and_then(|z| z.trim_start_matches(':').parse().ok())
        .or_else(|| iana_time_zone::get_timezone().ok().and_then(|z| z.parse().ok()))
        .unwrap_or(Tz::UTC)
}

/// An IANA zone name given by the user.
pub fn parse_zone(name: &str) -> Result<Tz> {
    name.trim().parse().map_err(|_| Failure::invalid(i18n::unknown_time_zone(name)))
}

pub use crate::app::setup::TIME_ZONE_KEY;

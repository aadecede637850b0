//! Commands: resolve raw arguments into settings, call the library, render. One file per
//! subcommand; this module only resolves the shared settings and dispatches.

mod appt;
mod calendar;
pub mod deadlines;
mod demo;
mod doc;
mod export;
mod import;
mod init;
mod obligation;
mod passwd;
mod prompt;
mod record;
mod validate;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use zeroize::Zeroizing;

use crate::calendar::Calendar;
use crate::cli::{Cli, Command, Format, FormatArg, GlobalArgs, LangArg};
use crate::crypto::Passphrase;
use crate::domain::doc::DEFAULT_LEAD_DAYS;
use crate::domain::{FieldError, ItemId, ItemKind, dates};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::store::Store;

/// Settings resolved once from flags and the environment.
pub struct Ctx {
    pub store_path: PathBuf,
    pub passphrase_file: Option<PathBuf>,
    /// Set by `demo`: its throw-away store has a fixed, public passphrase.
    pub fixed_passphrase: Option<&'static str>,
    pub format: Format,
    /// `--format ics`: only `deadlines` writes it (others refuse it before doing anything).
    pub ics: bool,
    pub yes: bool,
    pub quiet: bool,
    /// Whether stdin is a terminal: prompts happen only then.
    pub interactive: bool,
    /// "Now" as a wall-clock time in `zone`.
    pub now: NaiveDateTime,
    /// Where "now" comes from; it is read again in the store's zone once the store is open.
    pub clock: Clock,
    /// The store's time zone (the system's until the store is open, or when it sets none).
    pub zone: Tz,
    pub calendar: Calendar,
    pub lead_days: i64,
}

impl Ctx {
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    pub fn from_global(g: &GlobalArgs) -> Result<Ctx> {
        let (clock, zone) = (Clock::from_env()?, system_zone());
        Ok(Ctx {
            store_path: match &g.store {
                Some(p) => p.clone(),
                None => default_store_path()?,
            },
            passphrase_file: g.passphrase_file.clone(),
            fixed_passphrase: None,
            format: list_format(g.format),
            ics: g.format == Some(FormatArg::Ics),
            yes: g.yes,
            quiet: g.quiet,
            interactive: std::io::stdin().is_terminal(),
            now: clock.now_in(zone),
            clock,
            zone,
            calendar: load_calendar(g.holidays.as_deref())?,
            lead_days: DEFAULT_LEAD_DAYS,
        })
    }
}

/// The shipped calendar, with the user's holidays file applied when one is given.
fn load_calendar(file: Option<&Path>) -> Result<Calendar> {
    let mut cal = Calendar::builtin();
    if let Some(path) = file {
        let text = std::fs::read_to_string(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(i18n::holidays_missing(path)),
            _ => Error::Io(format!("{}: {e}", path.display())),
        })?;
        cal.apply_file(&text)
            .map_err(|errs| Error::Invalid(i18n::holidays_invalid(path, &errs)))?;
    }
    Ok(cal)
}

/// `$XDG_DATA_HOME/kabinet/kabinet.db`, else `~/.local/share/kabinet/kabinet.db`.
fn default_store_path() -> Result<PathBuf> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let base = non_empty("XDG_DATA_HOME")
        .or_else(|| non_empty("HOME").map(|h| h.join(".local/share")))
        .ok_or_else(|| Error::Usage(i18n::no_home()))?;
    Ok(base.join("kabinet").join("kabinet.db"))
}

/// The list format of `--format` (`ics` is handled apart).
pub fn list_format(f: Option<FormatArg>) -> Format {
    match f {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Table | FormatArg::Ics) | None => Format::Table,
    }
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
    fn from_env() -> Result<Clock> {
        match std::env::var("KABINET_NOW") {
            Ok(v) if !v.trim().is_empty() => {
                let v = v.trim();
                if let Ok(t) = DateTime::parse_from_rfc3339(v) {
                    return Ok(Clock::Instant(t.with_timezone(&Utc)));
                }
                let today = Local::now().date_naive();
                dates::parse_datetime(v, today)
                    .or_else(|_| {
                        dates::parse_date(v, today).map(|d| d.and_time(Default::default()))
                    })
                    .map(Clock::Wall)
                    .map_err(|_| Error::Usage(i18n::bad_now(v)))
            }
            _ => Ok(Clock::System),
        }
    }

    /// "Now" as a wall-clock time in `zone`.
    pub fn now_in(&self, zone: Tz) -> NaiveDateTime {
        match self {
            Clock::System => Utc::now().with_timezone(&zone).naive_local().with_nanosecond_zero(),
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
    name.trim().parse().map_err(|_| Error::Invalid(i18n::unknown_time_zone(name)))
}

trait NoNanos {
    fn with_nanosecond_zero(self) -> Self;
}

impl NoNanos for NaiveDateTime {
    fn with_nanosecond_zero(self) -> Self {
        use chrono::Timelike;
        self.with_nanosecond(0).unwrap_or(self)
    }
}

fn resolve_lang(flag: Option<LangArg>) -> Lang {
    if let Some(l) = flag {
        return match l {
            LangArg::Ru => Lang::Ru,
            LangArg::En => Lang::En,
        };
    }
    let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
    if let Some(v) = var("KABINET_LANG") {
        return Lang::from_tag(&v);
    }
    let locale = var("LC_ALL").or_else(|| var("LC_MESSAGES")).or_else(|| var("LANG"));
    locale.map(|v| Lang::from_tag(&v)).unwrap_or(Lang::En)
}

/// The entry point of the binary.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    i18n::set_lang(resolve_lang(cli.global.lang));
    let ctx = Ctx::from_global(&cli.global)?;
    // Not locked: `export` writes from a second thread (one write per 64 KiB buffer).
    let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout());
    let mut session = Session::new(ctx);
    dispatch(&mut session, cli.command, &mut out)?;
    out.flush()?;
    Ok(())
}

fn dispatch(s: &mut Session, command: Command, out: &mut (dyn Write + Send)) -> Result<()> {
    if s.ctx.ics && !matches!(command, Command::Deadlines(_)) {
        return Err(Error::Usage(i18n::format_ics_only_deadlines()));
    }
    match command {
        Command::Init(args) => init::run(s, &args, out),
        Command::TimeZone(args) => init::time_zone(s, &args, out),
        Command::Passwd(args) => passwd::run(s, &args, out),
        Command::Record(c) => record::run(s, c, out),
        Command::Doc(c) => doc::run(s, c, out),
        Command::Appt(c) => appt::run(s, c, out),
        Command::Obligation(c) => obligation::run(s, c, out),
        Command::Deadlines(args) => deadlines::run(s, &args, out),
        Command::Calendar(args) => calendar::run(s, &args, out),
        Command::Validate(args) => match (&args.file, args.item_kind) {
            (Some(file), Some(kind)) => import::check_file(s, file, kind, &args.read, out),
            _ => validate::run(s, &args, out),
        },
        Command::Import(args) => import::run(s, &args, out),
        Command::Export(args) => export::run(s, &args, out),
        Command::Demo => demo::run(&s.ctx, out),
    }
}

/// The `meta` key of the store's time zone.
pub const TIME_ZONE_KEY: &str = "time_zone";

/// Settings plus the store, opened on first use and kept (the key derivation is the slow part).
pub struct Session {
    pub ctx: Ctx,
    store: Option<Store>,
}

impl Session {
    pub fn new(ctx: Ctx) -> Self {
        Session { ctx, store: None }
    }

    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            // Say "no store" before asking for a passphrase that cannot help.
            if !self.ctx.store_path.exists() {
                return Err(Error::NotFound(i18n::no_store(&self.ctx.store_path)));
            }
            let pass = passphrase(&self.ctx, false)?;
            let store = Store::open(&self.ctx.store_path, &pass)?;
            self.set_store(store)?;
        }
        match self.store.as_mut() {
            Some(s) => Ok(s),
            None => Err(Error::Internal("store not opened".into())),
        }
    }

    /// The settings and the open store together, for work that needs both at once.
    pub fn parts(&mut self) -> Result<(&Ctx, &mut Store)> {
        self.store()?;
        match self.store.as_mut() {
            Some(s) => Ok((&self.ctx, s)),
            None => Err(Error::Internal("store not opened".into())),
        }
    }

    /// Keeps an open store and reads "now" again in its time zone.
    pub fn set_store(&mut self, store: Store) -> Result<()> {
        let zone = match store.setting(TIME_ZONE_KEY)? {
            Some(name) => {
                parse_zone(&name).map_err(|_| Error::Damaged(i18n::unknown_time_zone(&name)))?
            }
            None => system_zone(),
        };
        self.ctx.zone = zone;
        self.ctx.now = self.ctx.clock.now_in(zone);
        self.store = Some(store);
        Ok(())
    }
}

fn read_pass_file(path: &Path) -> Result<Passphrase> {
    let bytes = std::fs::read(path)
        .map_err(|e| Error::Unlock(i18n::pass_file_unreadable(path, &e.to_string())))?;
    let bytes = Zeroizing::new(bytes);
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Error::Unlock(i18n::pass_file_unreadable(path, "not UTF-8")))?;
    Ok(Passphrase::from_first_line(text))
}

/// The passphrase from the first source found: file, environment, then a prompt on a
/// terminal (asked twice when `confirm`). Never waits without a terminal.
pub fn passphrase(ctx: &Ctx, confirm: bool) -> Result<Passphrase> {
    if let Some(p) = ctx.fixed_passphrase {
        return Ok(Passphrase::new(Zeroizing::new(p.to_owned())));
    }
    if let Some(path) = &ctx.passphrase_file {
        return read_pass_file(path);
    }
    if let Some(v) = std::env::var_os("KABINET_PASSPHRASE") {
        let v = Zeroizing::new(
            v.into_string()
                .map_err(|_| Error::Unlock(i18n::pass_env_not_utf8("KABINET_PASSPHRASE")))?,
        );
        return Ok(Passphrase::new(v));
    }
    if ctx.interactive {
        return prompt::passphrase(&i18n::prompt_passphrase(), confirm);
    }
    Err(Error::Unlock(i18n::no_passphrase_source()))
}

/// Parses an item ID for a command about `kind`; a malformed one is a usage error (exit 2).
pub fn parse_id(s: &str, kind: ItemKind) -> Result<ItemId> {
    ItemId::parse(s, kind).ok_or_else(|| Error::Usage(i18n::bad_id(s, kind)))
}

/// Validation failures as one exit-5 error, each line naming the flag, the value and why.
pub fn invalid(errors: Vec<FieldError>) -> Error {
    Error::Invalid(i18n::field_errors(&errors))
}

/// Asks before a destructive step: `--yes` skips, a terminal asks, otherwise refuse (exit 2).
pub fn confirm(ctx: &Ctx, question: &str) -> Result<bool> {
    if ctx.yes {
        return Ok(true);
    }
    if ctx.interactive {
        return prompt::confirm(question);
    }
    Err(Error::Usage(i18n::needs_yes()))
}

/// A message for a person, on stdout, unless `--quiet`.
pub fn say(ctx: &Ctx, out: &mut dyn Write, msg: &str) -> Result<()> {
    if !ctx.quiet {
        writeln!(out, "{msg}")?;
    }
    Ok(())
}

/// A warning on stderr, unless `--quiet`.
pub fn warn(ctx: &Ctx, msg: &str) {
    if !ctx.quiet {
        eprintln!("{}", i18n::warning(msg));
    }
}

/// Case-insensitive substring match, for Cyrillic too.
pub fn contains_ci(hay: &str, needle: &str) -> bool {
    hay.to_lowercase().contains(&needle.to_lowercase())
}

/// Parses an optional date flag of a filter.
pub fn filter_date(
    flag: &'static str,
    v: &Option<String>,
    today: NaiveDate,
) -> Result<Option<NaiveDate>> {
    match v {
        None => Ok(None),
        Some(s) => dates::parse_date(s, today).map(Some).map_err(|e| {
            invalid(vec![FieldError { field: flag, value: s.clone(), problem: e.date_problem() }])
        }),
    }
}

/// Checks a filter value against the allowed codes (exit 5 otherwise).
pub fn filter_code(
    flag: &'static str,
    v: &Option<String>,
    allowed: &'static [&'static str],
) -> Result<Option<String>> {
    match v {
        None => Ok(None),
        Some(s) => {
            let norm = s.trim().to_lowercase().replace('-', "_");
            if allowed.contains(&norm.as_str()) {
                Ok(Some(norm))
            } else {
                Err(invalid(vec![FieldError {
                    field: flag,
                    value: s.clone(),
                    problem: crate::validate::Problem::OneOf(allowed),
                }]))
            }
        }
    }
}

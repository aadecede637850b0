//! Commands: resolve raw arguments into settings, call the library, render. One file per
//! subcommand; this module only resolves the shared settings and dispatches.

mod appt;
mod attach;
mod backup;
mod calendar;
pub mod deadlines;
mod demo;
mod doc;
mod export;
mod generate;
mod history;
mod import;
pub use import::check_rows as check_import_file;
mod init;
pub mod interrupt;
mod obligation;
mod outfile;
mod passwd;
mod prompt;
mod record;
mod report;
mod signing;
mod validate;
mod verify;

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Local, NaiveDate, NaiveDateTime, Utc};
use chrono_tz::Tz;
use zeroize::Zeroizing;

use crate::calendar::Calendar;
use crate::cli::{Cli, Command, ConfigCmd, Format, FormatArg, GlobalArgs, KeyCmd, LangArg};
use crate::config;
use crate::crypto::Passphrase;
use crate::domain::doc::{DocKind, LeadTimes};
use crate::domain::{FieldError, ItemId, ItemKind, dates};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::store::Store;
use crate::store::audit::Actor;

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
    /// Days before expiry a document counts as expiring, per kind.
    pub leads: LeadTimes,
}

impl Ctx {
    pub fn today(&self) -> NaiveDate {
        self.now.date()
    }

    pub fn from_global(g: &GlobalArgs, cfg: &config::Loaded) -> Result<Ctx> {
        let zone = match &cfg.config.time_zone {
            Some(z) => parse_zone(z)?,
            None => system_zone(),
        };
        let clock = Clock::from_env()?;
        Ok(Ctx {
            store_path: match (&g.store, &cfg.config.store) {
                (Some(p), _) | (None, Some(p)) => p.clone(),
                (None, None) => default_store_path()?,
            },
            passphrase_file: g.passphrase_file.clone(),
            fixed_passphrase: None,
            format: match (g.format, cfg.config.format.as_deref()) {
                (Some(f), _) => list_format(Some(f)),
                (None, Some("json")) => Format::Json,
                (None, Some("csv")) => Format::Csv,
                _ => Format::Table,
            },
            ics: g.format == Some(FormatArg::Ics),
            yes: g.yes,
            quiet: g.quiet,
            interactive: std::io::stdin().is_terminal(),
            now: clock.now_in(zone),
            clock,
            zone,
            calendar: load_calendar(g.holidays.as_deref().or(cfg.config.holidays.as_deref()))?,
            leads: cfg.leads.clone(),
        })
    }
}

/// The shipped calendar, with the user's holidays file applied when one is given.
fn load_calendar(file: Option<&Path>) -> Result<Calendar> {
    let mut cal = Calendar::builtin();
    if let Some(path) = file {
        check_input(path)?;
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
                // An offset form was read above; this one has none, so the zone is unused.
                dates::parse_datetime(v, today, chrono_tz::UTC)
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

/// `--lang`, then `KABINET_LANG`, then the configuration's `lang`, then the locale.
fn resolve_lang(flag: Option<LangArg>, config: Option<&str>) -> Lang {
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
    if let Some(v) = config {
        return Lang::from_tag(v);
    }
    let locale = var("LC_ALL").or_else(|| var("LC_MESSAGES")).or_else(|| var("LANG"));
    locale.map(|v| Lang::from_tag(&v)).unwrap_or(Lang::En)
}

/// The subcommand words of a command line (`record edit`), without options and values.
fn command_words(args: impl Iterator<Item = String>) -> String {
    const GROUPS: &[&str] = &["record", "doc", "appt", "obligation", "config", "key"];
    const WITH_VALUE: &[&str] = &["--store", "--passphrase-file", "--format", "--lang"];
    let mut words: Vec<String> = Vec::new();
    let mut skip = false;
    for a in args {
        if skip {
            skip = false;
            continue;
        }
        if a.starts_with('-') {
            skip = WITH_VALUE.contains(&a.as_str());
            continue;
        }
        words.push(a);
        let group = words.first().is_some_and(|w| GROUPS.contains(&w.as_str()));
        if words.len() == if group { 2 } else { 1 } {
            break;
        }
    }
    if words.is_empty() { "kabinet".into() } else { words.join(" ") }
}

/// The entry point of the binary.
pub fn run(cli: Cli) -> anyhow::Result<()> {
    let loaded = match config::load() {
        Ok(l) => l,
        Err(e) => {
            // A broken configuration is reported in the language it cannot set.
            i18n::set_lang(resolve_lang(cli.global.lang, None));
            return Err(e.into());
        }
    };
    i18n::set_lang(resolve_lang(cli.global.lang, loaded.config.lang.as_deref()));
    if let Some(r) = &loaded.reminders {
        crate::domain::appt::set_reminder_minutes(r.clone());
    }
    let ctx = Ctx::from_global(&cli.global, &loaded)?;
    if let Command::Config(ConfigCmd::Show) = cli.command {
        let mut out = std::io::BufWriter::new(std::io::stdout());
        config_show(&ctx, &cli.global, &loaded, &mut out)?;
        out.flush()?;
        return Ok(());
    }
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
        // Answered in `run`, which has the raw settings; nothing else dispatches it.
        Command::Config(_) => Err(Error::Internal("`config show` outside `run`".into())),
        Command::Completions(args) => generate::completions(&args, out),
        Command::Man(args) => generate::man(&args, out),
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
        Command::VerifyFile(args) => signing::verify_file(s, &args, out),
        Command::Key(KeyCmd::Public) => signing::public_key(s, out),
        Command::Verify => verify::run(s, out),
        Command::Log(args) => history::log(s, &args, out),
        Command::History(args) => history::history(s, &args.id, out),
        Command::Revert(args) => history::revert(s, &args, out),
        Command::Attach(args) => attach::attach(s, &args, out),
        Command::Attachments(args) => attach::list(s, &args.id, out),
        Command::Extract(args) => attach::extract(s, &args, out),
        Command::Detach(args) => attach::detach(s, &args, out),
        Command::Backup(args) => backup::backup(s, &args, out),
        Command::Restore(args) => backup::restore(s, &args, out),
        Command::Demo => demo::run(&s.ctx, out),
    }
}

/// `kabinet config show`: every effective setting and where it came from.
fn config_show(ctx: &Ctx, g: &GlobalArgs, cfg: &config::Loaded, out: &mut dyn Write) -> Result<()> {
    let env_is = |k: &str, v: &Path| std::env::var_os(k).is_some_and(|e| Path::new(&e) == v);
    let given = |k: &str, flag: Option<&PathBuf>, in_cfg: bool| match flag {
        Some(v) if env_is(k, v) => "environment",
        Some(_) => "flag",
        None if in_cfg => "config",
        None => "default",
    };
    let c = &cfg.config;
    let mut rows: Vec<[String; 3]> = Vec::new();
    let file = match (&cfg.file, config::path()) {
        (Some(f), _) => [f.display().to_string(), "file".into()],
        (None, Some((p, _))) => [p.display().to_string(), "none".into()],
        (None, None) => [String::new(), "none".into()],
    };
    rows.push(["config".into(), file[0].clone(), file[1].clone()]);
    rows.push([
        "store".into(),
        ctx.store_path.display().to_string(),
        given("KABINET_STORE", g.store.as_ref(), c.store.is_some()).into(),
    ]);
    let lang_src = if g.lang.is_some() {
        "flag"
    } else if std::env::var("KABINET_LANG").is_ok_and(|v| !v.is_empty()) {
        "environment"
    } else if c.lang.is_some() {
        "config"
    } else {
        "system"
    };
    rows.push(["lang".into(), i18n::lang().code().into(), lang_src.into()]);
    let format = match ctx.format {
        Format::Table if ctx.ics => "ics",
        Format::Table => "table",
        Format::Json => "json",
        Format::Csv => "csv",
    };
    let format_src = if g.format.is_some() {
        "flag"
    } else if c.format.is_some() {
        "config"
    } else {
        "default"
    };
    rows.push(["format".into(), format.into(), format_src.into()]);
    let holidays = g.holidays.as_ref().or(c.holidays.as_ref());
    rows.push([
        "holidays".into(),
        holidays.map(|p| p.display().to_string()).unwrap_or_default(),
        given("KABINET_HOLIDAYS", g.holidays.as_ref(), c.holidays.is_some()).into(),
    ]);
    rows.push([
        "time_zone".into(),
        ctx.zone.name().into(),
        if c.time_zone.is_some() { "config" } else { "system" }.into(),
    ]);
    rows.push([
        "lead_days.default".into(),
        cfg.leads.default.to_string(),
        if c.lead_days.contains_key("default") { "config" } else { "default" }.into(),
    ]);
    let reminders = crate::domain::appt::reminder_minutes()
        .iter()
        .map(|m| if m % 60 == 0 { format!("{}h", m / 60) } else { format!("{m}m") })
        .collect::<Vec<_>>()
        .join(", ");
    rows.push([
        "reminders".into(),
        reminders,
        if cfg.reminders.is_some() { "config" } else { "default" }.into(),
    ]);
    for kind in DocKind::ALL {
        if let Some((_, d)) = cfg.leads.per_kind.iter().find(|(k, _)| k == kind) {
            rows.push([format!("lead_days.{}", kind.code()), d.to_string(), "config".into()]);
        }
    }
    match ctx.format {
        Format::Json => {
            let v: Vec<_> = rows
                .iter()
                .map(|[k, v, s]| serde_json::json!({"setting": k, "value": v, "source": s}))
                .collect();
            crate::io::output::write_json(out, &v)
        }
        _ => {
            let rows: Vec<Vec<String>> =
                rows.into_iter().map(|[k, v, s]| vec![k, v, i18n::config_source(&s)]).collect();
            crate::io::output::write_table(out, &i18n::config_headers(), &rows)
        }
    }
}

/// The `meta` key of the store's time zone.
pub const TIME_ZONE_KEY: &str = "time_zone";

/// Settings plus the store, opened on first use and kept (the key derivation is the slow part).
pub struct Session {
    pub ctx: Ctx,
    store: Option<Store>,
    /// The command as typed (`record edit`), for the audit trail.
    pub command: String,
    who: Option<String>,
}

impl Session {
    pub fn new(ctx: Ctx) -> Self {
        Session { ctx, store: None, command: command_words(std::env::args().skip(1)), who: None }
    }

    /// Who is making a change, when, and with which command: for the audit trail.
    pub fn actor(&mut self) -> Actor {
        let who = self.who.get_or_insert_with(crate::store::audit::whoami).clone();
        Actor { at: self.ctx.now, who, command: self.command.clone() }
    }

    pub fn store(&mut self) -> Result<&mut Store> {
        if self.store.is_none() {
            // Say "no store" before asking for a passphrase that cannot help.
            if !self.ctx.store_path.exists() {
                return Err(Error::NotFound(i18n::no_store(&self.ctx.store_path)));
            }
            let pass = passphrase(&self.ctx, false)?;
            let ctx = &self.ctx;
            let upgrading = |from, to| warn(ctx, &i18n::upgrading_store(from, to));
            let store = Store::open_noting(&self.ctx.store_path, &pass, &upgrading)?;
            self.set_store(store)?;
        }
        match self.store.as_mut() {
            Some(s) => Ok(s),
            None => Err(Error::Internal("store not opened".into())),
        }
    }

    /// The store if it is open.
    pub fn store_mut(&mut self) -> Option<&mut Store> {
        self.store.as_mut()
    }

    /// Closes the store (after it was replaced on disk).
    pub fn forget_store(&mut self) {
        self.store = None;
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
    let bytes = std::fs::read(path).map_err(|e| {
        let why = if path.is_dir() { i18n::a_directory() } else { e.to_string() };
        Error::Unlock(i18n::pass_file_unreadable(path, &why))
    })?;
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
    // Set but empty (`KABINET_PASSPHRASE=` in a script or unit): no passphrase, not a wrong one.
    if let Some(v) = std::env::var_os("KABINET_PASSPHRASE").filter(|v| !v.is_empty()) {
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

/// Page cache of the list commands, in KiB. A list in date order follows an index and fetches
/// each row's page at random; with SQLite's default 2 MB cache nearly every row decrypted a
/// 16 KiB page again (100,000 records: 2.4 s as CSV, against 0.3 s for `export`, which reads in
/// entry order). This holds a 100,000-record journal's pages (≈ 50 MB), each decrypted once;
/// it is filled only as far as the list reads.
pub const LIST_CACHE_KIB: u32 = 64 << 10;

/// What a file kabinet is asked to write over must not be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kept {
    Store,
    Passphrase,
    /// The file an import is reading (for its reject file).
    Input,
}

/// Refuses to write `out` over a file whose loss would hurt: the store (or its journal), the
/// passphrase file, or `input`. The same file is told by device and inode when both exist
/// (so a link or another spelling of the path is caught), else by directory and name. Exit 2,
/// before anything is written; also for a directory (exit 6 for a name ending in `/` that is
/// not one).
pub fn check_output(ctx: &Ctx, out: &Path, input: Option<&Path>) -> Result<()> {
    if out.is_dir() {
        return Err(Error::Usage(i18n::is_a_directory(out, true)));
    }
    if ends_in_slash(out) {
        return Err(Error::NotFound(i18n::no_such_dir(out, out)));
    }
    let beside = |suffix: &str| {
        let mut name = ctx.store_path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let kept = [
        (Some(ctx.store_path.clone()), Kept::Store),
        (Some(beside("-journal")), Kept::Store),
        (Some(beside("-wal")), Kept::Store),
        (Some(beside("-shm")), Kept::Store),
        (ctx.passphrase_file.clone(), Kept::Passphrase),
        (input.filter(|p| *p != Path::new("-")).map(Path::to_path_buf), Kept::Input),
    ];
    for (path, what) in kept {
        if let Some(path) = path
            && same_file(out, &path)
        {
            return Err(Error::Usage(i18n::would_overwrite(out, what)));
        }
    }
    Ok(())
}

/// Whether `path` is written as a directory (`backups/`), there or not.
fn ends_in_slash(path: &Path) -> bool {
    path.as_os_str().as_encoded_bytes().ends_with(b"/")
}

/// Refuses a directory given as a file to read: a usage error (exit 2) saying so, not the
/// system's "Is a directory (os error 21)" as an internal one ([`check_output`] does the same
/// for a file to write).
pub fn check_input(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::Usage(i18n::is_a_directory(path, false)));
    }
    Ok(())
}

/// The directory `path` is in (`.` for a bare name).
fn dir_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Whether `a` and `b` are (or, written, would be) the same file.
fn same_file(a: &Path, b: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    if let (Ok(x), Ok(y)) = (std::fs::metadata(a), std::fs::metadata(b)) {
        return x.dev() == y.dev() && x.ino() == y.ino();
    }
    // Not both there yet: the same name in the same directory.
    let place =
        |p: &Path| Some((std::fs::canonicalize(dir_of(p)).ok()?, p.file_name()?.to_owned()));
    matches!((place(a), place(b)), (Some(x), Some(y)) if x == y)
}

/// A message for a person, on stdout, unless `--quiet`.
pub fn say(ctx: &Ctx, out: &mut dyn Write, msg: &str) -> Result<()> {
    if !ctx.quiet {
        writeln!(out, "{msg}")?;
    }
    Ok(())
}

/// A list command's CSV or JSON output, written as the rows are read; `None` for a table,
/// which sizes its columns to every row and so must hold them all.
pub(crate) fn row_stream<'w>(
    out: &'w mut dyn Write,
    format: Format,
    columns: &[&str],
) -> Result<Option<crate::io::output::Rows<'w>>> {
    use crate::io::output::{CsvRows, JsonArray, Rows};
    Ok(match format {
        Format::Json => Some(Rows::Json(JsonArray::new(out)?)),
        Format::Csv => Some(Rows::Csv(Box::new(CsvRows::new(out, columns)?))),
        Format::Table => None,
    })
}

/// The labelled fields of a `show` table (and a receipt), in the interface language; empty
/// values are left out.
#[derive(Default)]
pub(crate) struct Fields(Vec<(String, String)>);

impl Fields {
    pub(crate) fn push(&mut self, key: &str, value: Option<String>) {
        if let Some(v) = value.filter(|v| !v.is_empty()) {
            self.0.push((i18n::field_label(key), v));
        }
    }

    pub(crate) fn into_pairs(self) -> Vec<(String, String)> {
        self.0
    }
}

/// A warning on stderr, unless `--quiet`.
pub fn warn(ctx: &Ctx, msg: &str) {
    if !ctx.quiet {
        to_stderr(&i18n::warning(msg));
    }
}

/// One line on stderr. Not `eprintln!`, which panics when stderr is a pipe whose reader has
/// gone (`kabinet import f.csv 2>&1 | head`): a message nobody reads changes nothing.
pub fn to_stderr(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
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

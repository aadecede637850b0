//! The command line: the global options and the subcommands (each one's arguments are defined
//! in its own module of `cmd`), parsing, the settings the global options resolve to, and
//! running one command. The `///` docs are the `--help` text, the man pages and the
//! completions.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::app::Env;
use crate::cmd::context::{
    self, Clock, Ctx, Format, default_store_path, load_calendar, parse_zone,
};
use crate::cmd::failure::{Failure, Result};
use crate::cmd::output::warn;
use crate::cmd::session::{Session, check_not_passphrase};
use crate::cmd::{
    application, appt, attach, backup, calendar, config, deadlines, demo, doc, export, generate,
    history, import, init, notify, obligation, passwd, record, server, signing, unlock, users,
    validate, verify,
};
use crate::domain::appt::Reminders;
use crate::i18n::{self, Lang};
use crate::io::output::Printable;

const ABOUT: &str = "Encrypted registry of diary records, documents and appointments";

const LONG_ABOUT: &str = "\
kabinet keeps diary records (a statutory journal of dated events and their results), a registry \
of documents with expiry dates, and appointments at public offices, in one encrypted SQLite file \
(SQLCipher 4, AES-256 with HMAC; key from the passphrase by Argon2id).

Dates are typed as ДД.ММ.ГГГГ or YYYY-MM-DD, or today, tomorrow, yesterday, +3d, -2w; \
date-times as 'ДД.ММ.ГГГГ ЧЧ:ММ' or ISO 8601. Tables show dates in the interface language; \
JSON and CSV always use ISO 8601.";

const AFTER_HELP: &str = "\
Examples:
  kabinet init
  kabinet record add --subject-id 17 --date 20.11.2026 --type осмотр --result здоров
  kabinet doc add --holder 'Иванов Иван Иванович' --kind passport --series '45 06' \\
      --number 123456 --issued 01.02.2016 --expires 01.02.2036
  kabinet appt add --institution 'МФЦ Тверской' --service 'замена паспорта' \\
      --at '05.12.2026 10:30' --needs D-1
  kabinet doc list --status expiring --format json

Passphrase sources, first found wins: --passphrase-file / KABINET_PASSPHRASE_FILE (first line),
KABINET_PASSPHRASE, then a prompt when stdin is a terminal. Without a terminal and a source,
kabinet exits 3 instead of waiting.

Exit codes: 0 success, 1 internal error, 2 usage, 3 cannot unlock, 4 store damaged or too new,
5 invalid input, 6 not found, 7 conflict (duplicate, locked, busy, too late, exists),
8 not permitted by your role.";

/// The whole command line.
#[derive(Parser, Debug)]
#[command(name = "kabinet", version, about = ABOUT, long_about = LONG_ABOUT, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes.
#[derive(Args, Debug, Clone, Default)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Path of the store [default: $XDG_DATA_HOME/kabinet/kabinet.db]
    #[arg(long, global = true, env = "KABINET_STORE", value_name = "PATH")]
    pub store: Option<PathBuf>,
    /// Read the passphrase from the first line of this file
    #[arg(
        long,
        global = true,
        env = "KABINET_PASSPHRASE_FILE",
        hide_env_values = true,
        value_name = "PATH"
    )]
    pub passphrase_file: Option<PathBuf>,
    /// Who is unlocking the store [default: its only user, else the one named as the OS user]
    #[arg(long, global = true, env = "KABINET_USER", value_name = "NAME")]
    pub user: Option<String>,
    /// Output format of lists and `show` (`ics`: `deadlines` only)
    #[arg(long, global = true, value_enum, value_name = "FORMAT")]
    pub format: Option<FormatArg>,
    /// Interface language [default: KABINET_LANG, else ru when LANG/LC_ALL starts with ru, else en]
    #[arg(long, global = true, value_enum, value_name = "LANG")]
    pub lang: Option<LangArg>,
    /// Answer yes to confirmation prompts (required to delete when not on a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
    /// Print only what was asked for: no confirmations, no warnings
    #[arg(short = 'q', long, global = true)]
    pub quiet: bool,
    /// No colours (also when NO_COLOR is set)
    #[arg(long, global = true)]
    pub no_color: bool,
    /// A file of extra or overriding days off and working days (format: see `kabinet calendar
    /// --help`)
    #[arg(long, global = true, env = "KABINET_HOLIDAYS", value_name = "FILE")]
    pub holidays: Option<PathBuf>,
}

/// `--format` as given: the list formats, and iCalendar, which only `deadlines` writes.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum FormatArg {
    /// A table fitted to the terminal
    Table,
    /// One JSON document: an array for lists, an object for `show`
    Json,
    /// RFC 4180 CSV with a header row, UTF-8, ISO dates
    Csv,
    /// iCalendar (RFC 5545), for `deadlines`
    Ics,
}

/// Interface languages.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    Ru,
    En,
}

pub const SHELL_HELP: &str = "\
Examples:
  kabinet shell
  kabinet --user ivanova shell --for 30m

Unlocks the store once (as `kabinet unlock`), then runs each line as the command line would:
`record list -n 5`, `doc show D-3`, `help`. Tab completes subcommands, flags and item IDs;
Ctrl-C cancels the line, Ctrl-D or `exit` leaves. The prompt shows the last exit code. History
is kept in memory only. After the idle time-out the next command asks for the passphrase again.
Refused when standard input is not a terminal: a script runs the commands directly.";

/// `kabinet shell`'s options.
#[derive(Args, Debug)]
pub struct ShellArgs {
    /// Forget the key after this long without a command: 90s, 15m, 2h [default: the
    /// configuration's unlock_for, else 15m]
    #[arg(long = "for", value_name = "DURATION")]
    pub idle: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new encrypted store (refuses to overwrite one: exit 7)
    #[command(
        after_help = "Examples:\n  KABINET_PASSPHRASE_FILE=~/.kabinet-pass kabinet init\n  kabinet init --time-zone Asia/Yekaterinburg"
    )]
    Init(init::InitArgs),
    /// Show or set the store's time zone (IANA name): what "now" and appointment times mean
    #[command(after_help = init::TIME_ZONE_HELP)]
    TimeZone(init::TimeZoneArgs),
    /// The configuration: effective settings and where each came from
    #[command(subcommand, after_help = "Example:\n  kabinet config show")]
    Config(config::ConfigCmd),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(
        after_help = "Examples:\n  kabinet completions bash > ~/.local/share/bash-completion/completions/kabinet\n  kabinet completions zsh > ~/.zfunc/_kabinet"
    )]
    Completions(generate::CompletionsArgs),
    /// Write the manual pages (kabinet.1 and one per subcommand) into a directory
    #[command(after_help = "Example:\n  kabinet man ~/.local/share/man/man1")]
    Man(generate::ManArgs),
    /// Change your own passphrase (the same as `user passwd`; crash-safe)
    #[command(after_help = "Example:\n  kabinet passwd --new-passphrase-file new.txt")]
    Passwd(passwd::PasswdArgs),
    /// The store's users: add, roles, remove, list; your passphrase; the recovery key
    #[command(subcommand, after_help = users::USER_HELP)]
    User(users::UserCmd),
    /// Encrypt the store again under a new random key, sealed to every user (crash-safe)
    #[command(after_help = "Example:\n  kabinet rekey")]
    Rekey,
    /// Send the reminders due now (e-mail or a command), each once; `notify log`: what went
    #[command(after_help = notify::NOTIFY_HELP)]
    Notify(notify::NotifyArgs),
    /// Unlock the store once for this login session: later commands ask for no passphrase
    #[command(after_help = unlock::UNLOCK_HELP)]
    Unlock(unlock::UnlockArgs),
    /// An interactive prompt: unlock once, then type commands as on the command line
    #[command(after_help = SHELL_HELP)]
    Shell(ShellArgs),
    /// Forget the store's key held for this session at once
    #[command(after_help = "Example:\n  kabinet lock")]
    Lock,
    /// Whether the store is unlocked for this session, for whom and until when
    #[command(after_help = "Example:\n  kabinet status")]
    Status,
    /// The office server (PostgreSQL): make an office on one
    #[command(subcommand, after_help = server::SERVER_HELP)]
    Server(server::ServerCmd),
    /// Move this local store into an office on a server: every item, its history and the log
    #[command(after_help = server::PUSH_HELP)]
    Push(server::PushArgs),
    /// Diary records: dated events and their results
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet record add --subject-id 1001 --date 21.11.2026 --type осмотр --result здоров\n  kabinet record list --from 01.11.2026 --status late"
    )]
    Record(record::RecordCmd),
    /// Document registry: passports, licences, certificates and their validity
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet doc add --holder 'Иванова М. П.' --kind паспорт --series 4512 --number 345678 --issued 01.02.2020\n  kabinet doc list --status expiring"
    )]
    Doc(doc::DocCmd),
    /// Appointments at offices, clinics, МФЦ, ГИБДД, ФНС
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet appt add --institution МФЦ --service 'замена паспорта' --at '05.12.2026 10:00' --needs D-1\n  kabinet appt list --upcoming"
    )]
    Appt(appt::ApptCmd),
    /// Recurring or one-off duties, e.g. a report due on the 5th of each month
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet obligation add 'Отчёт о расходах' --due 05.12.2026 --every month\n  kabinet obligation list"
    )]
    Obligation(obligation::ObligationCmd),
    /// Applications filed with an agency, followed to a decision (alias: zayav)
    #[command(subcommand, visible_alias = "zayav", after_help = application::APPLICATION_HELP)]
    Application(application::ApplicationCmd),
    /// Everything due or overdue: documents, appointments, follow-ups, obligations, applications
    #[command(after_help = deadlines::DEADLINES_HELP)]
    Deadlines(deadlines::DeadlinesArgs),
    /// The working-day calendar in force: days off, transfers, data source
    #[command(after_help = calendar::CALENDAR_HELP)]
    Calendar(calendar::CalendarArgs),
    /// Import records, documents or appointments from a CSV file: all rows or none
    #[command(after_help = import::IMPORT_HELP)]
    Import(import::ImportArgs),
    /// Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts
    #[command(after_help = export::EXPORT_HELP)]
    Export(export::ExportArgs),
    /// Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)
    #[command(after_help = signing::VERIFY_FILE_HELP)]
    VerifyFile(signing::VerifyFileArgs),
    /// Check the store: encryption pages, database structure, the audit chain, the seal of every
    /// row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)
    #[command(after_help = verify::VERIFY_HELP)]
    Verify(verify::VerifyArgs),
    /// The audit trail: every change, when, who, with which command, before and after
    #[command(
        after_help = "Examples:\n  kabinet log --since 01.11.2026\n  kabinet log --item R-42 --format json"
    )]
    Log(history::LogArgs),
    /// Each version of one item and what changed between them
    #[command(after_help = "Example:\n  kabinet history R-42")]
    History(history::HistoryArgs),
    /// Restore an earlier version (from `history`) of an item that is still editable
    #[command(after_help = "Example:\n  kabinet history R-42\n  kabinet revert R-42 --to 1")]
    Revert(history::RevertArgs),
    /// Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB
    #[command(
        after_help = "Examples:\n  kabinet attach D-7 passport-scan.pdf\n  kabinet attach R-42 certificate.jpg"
    )]
    Attach(attach::AttachArgs),
    /// List an item's attachments, numbered from 1
    #[command(after_help = "Example:\n  kabinet attachments D-7")]
    Attachments(attach::ItemArg),
    /// Write an attachment's exact bytes to a file (N as numbered by `attachments`)
    #[command(after_help = "Example:\n  kabinet extract D-7 1 -o scan.pdf")]
    Extract(attach::ExtractArgs),
    /// Remove an attachment from an item (logged; N as numbered by `attachments`)
    #[command(after_help = "Example:\n  kabinet detach D-7 2")]
    Detach(attach::DetachArgs),
    /// Copy the store consistently with SQLite's online backup, encrypted with the same key
    #[command(
        after_help = "Examples:\n  kabinet backup /mnt/usb/kabinet-2026-11-22.db\n  kabinet restore /mnt/usb/kabinet-2026-11-22.db"
    )]
    Backup(backup::BackupArgs),
    /// Replace the store with a backup, after verifying it; the current store is kept as .bak
    #[command(after_help = "Example:\n  kabinet restore /mnt/usb/kabinet-2026-11-22.db")]
    Restore(backup::RestoreArgs),
    /// The store's signing key
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet key public > kabinet.pub\n  minisign -Vm journal.pdf -x journal.pdf.sig -p kabinet.pub"
    )]
    Key(signing::KeyCmd),
    /// Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store
    #[command(after_help = validate::VALIDATE_HELP)]
    Validate(validate::ValidateArgs),
    /// A guided tour on a throw-away sample store; needs no set-up
    #[command(after_help = "Examples:\n  kabinet demo\n  kabinet --lang ru demo")]
    Demo,
}

/// A command line as parsed: the options, and the subcommand's path as matched
/// (`record edit`), which the audit trail records as the command.
#[derive(Debug)]
pub struct Parsed {
    pub cli: Cli,
    pub path: Vec<String>,
}

/// The subcommand names clap matched, outermost first.
fn subcommand_path(m: &clap::ArgMatches) -> Vec<String> {
    let mut path = Vec::new();
    let mut at = m;
    while let Some((name, sub)) = at.subcommand() {
        path.push(name.to_owned());
        at = sub;
    }
    path
}

/// Parses a command line (the program's name first).
pub fn parse_from<I, T>(args: I) -> Result<Parsed, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = Cli::command().try_get_matches_from(args)?;
    let cli = Cli::from_arg_matches(&matches)?;
    Ok(Parsed { cli, path: subcommand_path(&matches) })
}

/// Whether a command line that did not parse still asks for `deadlines --check`, as clap reads
/// it leniently: the monitoring contract (one status line, exit 3 UNKNOWN) holds even then.
pub fn asks_for_check<I, T>(args: I) -> bool
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let lenient = Cli::command().ignore_errors(true).try_get_matches_from(args);
    lenient.is_ok_and(|m| {
        m.subcommand().is_some_and(|(name, sub)| {
            name == "deadlines" && sub.try_get_one::<bool>("check").ok().flatten() == Some(&true)
        })
    })
}

/// A command line that did not parse, in the interface language: the language as the line
/// asked for it (`--lang`, read leniently), the environment or the configuration would set it.
pub fn parse_error_text<I, T>(args: I, e: &clap::Error) -> String
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let lenient = Cli::command().ignore_errors(true).try_get_matches_from(args);
    let flag = lenient.ok().and_then(|m| m.get_one::<LangArg>("lang").copied());
    let config = crate::config::load().ok().and_then(|l| l.config.lang);
    match resolve_lang(flag, config.as_deref()) {
        Lang::Ru => i18n::usage_error_ru(e),
        Lang::En => e.render().to_string(),
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

/// The list format of `--format` (`ics` is handled apart).
fn list_format(f: Option<FormatArg>) -> Format {
    match f {
        Some(FormatArg::Json) => Format::Json,
        Some(FormatArg::Csv) => Format::Csv,
        Some(FormatArg::Table | FormatArg::Ics) | None => Format::Table,
    }
}

/// The settings from the global options, the environment and the configuration.
fn resolve(g: &GlobalArgs, cfg: &crate::config::Loaded) -> Result<Ctx> {
    let zone = match &cfg.config.time_zone {
        Some(z) => parse_zone(z)?,
        None => context::system_zone(),
    };
    let clock = Clock::from_env()?;
    let holidays = g.holidays.as_deref().or(cfg.config.holidays.as_deref());
    if let Some(file) = holidays {
        // A bad line of it is quoted.
        check_not_passphrase(g.passphrase_file.as_deref(), file)?;
    }
    Ok(Ctx {
        store_path: match (&g.store, &cfg.config.store) {
            (Some(p), _) | (None, Some(p)) => p.clone(),
            (None, None) => default_store_path()?,
        },
        passphrase_file: g.passphrase_file.clone(),
        user: g.user.clone().filter(|u| !u.trim().is_empty()),
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
        clock,
        env: Env {
            now: clock.now_in(zone),
            zone,
            calendar: load_calendar(holidays)?,
            leads: cfg.leads.clone(),
            reminders: cfg.reminders.clone().map(Reminders::new).unwrap_or_default(),
            expire_days: cfg
                .config
                .application_expire_days
                .unwrap_or(crate::domain::application::DEFAULT_EXPIRE_DAYS),
        },
        unlock_for: cfg.config.unlock_for.clone(),
        unlock_at_most: cfg.config.unlock_at_most.clone(),
        notify: cfg.config.notify.clone(),
    })
}

/// The session a command line runs in: the configuration read, the language set, the
/// settings resolved. Also returns the configuration, for `config show`.
pub fn session(cli: &Cli, path: &[String]) -> Result<(Session, crate::config::Loaded)> {
    let loaded = match crate::config::load() {
        Ok(l) => l,
        Err(e) => {
            // A broken configuration is reported in the language it cannot set.
            i18n::set_lang(resolve_lang(cli.global.lang, None));
            return Err(e.into());
        }
    };
    i18n::set_lang(resolve_lang(cli.global.lang, loaded.config.lang.as_deref()));
    let ctx = resolve(&cli.global, &loaded)?;
    Ok((Session::new(ctx, command_line(path)), loaded))
}

/// Runs a parsed command line.
pub fn run(parsed: Parsed) -> Result<()> {
    let Parsed { cli, path } = parsed;
    let (mut session, loaded) = session(&cli, &path)?;
    if let Command::Config(config::ConfigCmd::Show) = cli.command {
        let given = config::Given {
            store: cli.global.store.clone(),
            holidays: cli.global.holidays.clone(),
            lang: cli.global.lang.is_some(),
            format: cli.global.format.is_some(),
        };
        let mut out = std::io::BufWriter::new(stdout());
        config::show(&session.ctx, &given, &loaded, &mut out)?;
        out.flush()?;
        return Ok(());
    }
    // Not locked: `export` writes from a second thread (one write per 64 KiB buffer).
    let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout());
    let done = dispatch(&mut session, cli.command, &mut out);
    let flushed = out.flush();
    // Whatever the command's outcome, the items it could not read are named, and where the
    // store's audit trail now stands is remembered.
    let skipped = match session.store_mut() {
        Some(store) => {
            crate::cmd::heads::settle(store);
            store.take_skipped()
        }
        None => Vec::new(),
    };
    for s in skipped {
        warn(&session.ctx, &i18n::skipped_item(s.item, &s.value));
    }
    done?;
    flushed?;
    Ok(())
}

/// Standard output; on a terminal, through [`Printable`], so that nothing from the data — a
/// table cell, a CSV or JSON value — reaches the screen as a control sequence.
fn stdout() -> Box<dyn Write + Send> {
    let out = std::io::stdout();
    if out.is_terminal() { Box::new(Printable::new(out)) } else { Box::new(out) }
}

/// The command as the audit trail records it: the subcommands matched (`record edit`).
fn command_line(path: &[String]) -> String {
    if path.is_empty() { "kabinet".into() } else { path.join(" ") }
}

/// One step of the demo's tour, parsed and run as the command line would run it.
fn demo_step(s: &mut Session, args: Vec<String>, out: &mut (dyn Write + Send)) -> Result<()> {
    let parsed = parse_from(std::iter::once("kabinet".to_owned()).chain(args))
        .map_err(|e| Failure::internal(format!("demo step does not parse: {e}")))?;
    s.ctx.format = list_format(parsed.cli.global.format);
    s.command = command_line(&parsed.path);
    dispatch(s, parsed.cli.command, out)
}

/// Runs one command in a session.
pub fn dispatch(s: &mut Session, command: Command, out: &mut (dyn Write + Send)) -> Result<()> {
    if s.ctx.ics && !matches!(command, Command::Deadlines(_)) {
        return Err(Failure::usage(i18n::format_ics_only_deadlines()));
    }
    match command {
        Command::Init(args) => init::run(s, &args, out),
        Command::TimeZone(args) => init::time_zone(s, &args, out),
        // Answered in `run`, which has the raw settings; nothing else dispatches it.
        Command::Config(_) => Err(Failure::internal("`config show` outside `run`")),
        Command::Completions(args) => generate::completions(&args, Cli::command(), out),
        Command::Man(args) => generate::man(&args, Cli::command(), out),
        Command::Passwd(args) => passwd::run(s, &args, out),
        Command::User(cmd) => users::run(s, cmd, out),
        Command::Rekey => users::rekey(s, out),
        Command::Server(cmd) => server::run(s, cmd, out),
        Command::Push(args) => server::push(s, &args, out),
        Command::Unlock(args) => unlock::unlock(s, &args, out),
        Command::Notify(args) => notify::run(s, &args, out),
        Command::Lock => unlock::lock(s, out),
        // Run by `main` through `crate::shell`, which reads lines and runs each as a command.
        Command::Shell(_) => Err(Failure::internal("the shell runs from main")),
        Command::Status => unlock::status(s, out),
        Command::Record(c) => record::run(s, c, out),
        Command::Doc(c) => doc::run(s, c, out),
        Command::Appt(c) => appt::run(s, c, out),
        Command::Obligation(c) => obligation::run(s, c, out),
        Command::Application(c) => application::run(s, c, out),
        Command::Deadlines(args) => deadlines::run(s, &args, out),
        Command::Calendar(args) => calendar::run(s, &args, out),
        Command::Validate(args) => match (&args.file, args.item_kind) {
            (Some(file), Some(kind)) => import::check_file(s, file, kind, &args.read, out),
            _ => validate::run(s, &args, out),
        },
        Command::Import(args) => import::run(s, &args, out),
        Command::Export(args) => export::run(s, &args, out),
        Command::VerifyFile(args) => signing::verify_file(s, &args, out),
        Command::Key(signing::KeyCmd::Public) => signing::public_key(s, out),
        Command::Verify(args) => verify::run(s, &args, out),
        Command::Log(args) => history::log(s, &args, out),
        Command::History(args) => history::history(s, &args.id, out),
        Command::Revert(args) => history::revert(s, &args, out),
        Command::Attach(args) => attach::attach(s, &args, out),
        Command::Attachments(args) => attach::list(s, &args.id, out),
        Command::Extract(args) => attach::extract(s, &args, out),
        Command::Detach(args) => attach::detach(s, &args, out),
        Command::Backup(args) => backup::backup(s, &args, out),
        Command::Restore(args) => backup::restore(s, &args, out),
        Command::Demo => demo::run(&s.ctx, out, &mut demo_step),
    }
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    /// clap's own checks of the definition (unique names, valid defaults…), which otherwise
    /// only a debug build running the command in question would make.
    #[test]
    fn the_command_line_is_well_formed() {
        super::Cli::command().debug_assert();
    }
}

//! Command-line definitions, and nothing else: the `///` docs below are the `--help` text,
//! the man pages and the completions.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

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
5 invalid input, 6 not found, 7 conflict (duplicate, locked, busy, too late, exists).";

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

/// Interface languages.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LangArg {
    Ru,
    En,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Create a new encrypted store (refuses to overwrite one: exit 7)
    #[command(
        after_help = "Examples:\n  KABINET_PASSPHRASE_FILE=~/.kabinet-pass kabinet init\n  kabinet init --time-zone Asia/Yekaterinburg"
    )]
    Init(InitArgs),
    /// Show or set the store's time zone (IANA name): what "now" and appointment times mean
    #[command(after_help = TIME_ZONE_HELP)]
    TimeZone(TimeZoneArgs),
    /// The configuration: effective settings and where each came from
    #[command(subcommand, after_help = "Example:\n  kabinet config show")]
    Config(ConfigCmd),
    /// Print a shell completion script (bash, zsh, fish, powershell, elvish)
    #[command(
        after_help = "Examples:\n  kabinet completions bash > ~/.local/share/bash-completion/completions/kabinet\n  kabinet completions zsh > ~/.zfunc/_kabinet"
    )]
    Completions(CompletionsArgs),
    /// Write the manual pages (kabinet.1 and one per subcommand) into a directory
    #[command(after_help = "Example:\n  kabinet man ~/.local/share/man/man1")]
    Man(ManArgs),
    /// Change the store's passphrase (crash-safe: the store opens with the old or the new one)
    #[command(after_help = "Example:\n  kabinet passwd --new-passphrase-file new.txt")]
    Passwd(PasswdArgs),
    /// Diary records: dated events and their results
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet record add --subject-id 1001 --date 21.11.2026 --type осмотр --result здоров\n  kabinet record list --from 01.11.2026 --status late"
    )]
    Record(RecordCmd),
    /// Document registry: passports, licences, certificates and their validity
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet doc add --holder 'Иванова М. П.' --kind паспорт --series 4512 --number 345678 --issued 01.02.2020\n  kabinet doc list --status expiring"
    )]
    Doc(DocCmd),
    /// Appointments at offices, clinics, МФЦ, ГИБДД, ФНС
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet appt add --institution МФЦ --service 'замена паспорта' --at '05.12.2026 10:00' --needs D-1\n  kabinet appt list --upcoming"
    )]
    Appt(ApptCmd),
    /// Recurring or one-off duties, e.g. a report due on the 5th of each month
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet obligation add 'Отчёт о расходах' --due 05.12.2026 --every month\n  kabinet obligation list"
    )]
    Obligation(ObligationCmd),
    /// Everything due or overdue: documents, appointments, follow-ups, obligations
    #[command(after_help = DEADLINES_HELP)]
    Deadlines(DeadlinesArgs),
    /// The working-day calendar in force: days off, transfers, data source
    #[command(after_help = CALENDAR_HELP)]
    Calendar(CalendarArgs),
    /// Import records, documents or appointments from a CSV file: all rows or none
    #[command(after_help = IMPORT_HELP)]
    Import(ImportArgs),
    /// Export records, documents or appointments: CSV, JSON, iCalendar, PDF reports and receipts
    #[command(after_help = EXPORT_HELP)]
    Export(ExportArgs),
    /// Check a signed export against its FILE.sig (exit 0, or 4 naming what failed)
    #[command(after_help = VERIFY_FILE_HELP)]
    VerifyFile(VerifyFileArgs),
    /// Check the store: encryption pages, database structure, the audit chain, the seal of every
    /// row and attachment, the signing key (exit 0, or 4 listing what is wrong and where)
    #[command(after_help = VERIFY_HELP)]
    Verify,
    /// The audit trail: every change, when, who, with which command, before and after
    #[command(
        after_help = "Examples:\n  kabinet log --since 01.11.2026\n  kabinet log --item R-42 --format json"
    )]
    Log(LogArgs),
    /// Each version of one item and what changed between them
    #[command(after_help = "Example:\n  kabinet history R-42")]
    History(HistoryArgs),
    /// Restore an earlier version (from `history`) of an item that is still editable
    #[command(after_help = "Example:\n  kabinet history R-42\n  kabinet revert R-42 --to 1")]
    Revert(RevertArgs),
    /// Attach a scan to an item: PDF, DOCX, JPG or PNG (checked by content), at most 5 MB
    #[command(
        after_help = "Examples:\n  kabinet attach D-7 passport-scan.pdf\n  kabinet attach R-42 certificate.jpg"
    )]
    Attach(AttachArgs),
    /// List an item's attachments, numbered from 1
    #[command(after_help = "Example:\n  kabinet attachments D-7")]
    Attachments(ItemArg),
    /// Write an attachment's exact bytes to a file (N as numbered by `attachments`)
    #[command(after_help = "Example:\n  kabinet extract D-7 1 -o scan.pdf")]
    Extract(ExtractArgs),
    /// Remove an attachment from an item (logged; N as numbered by `attachments`)
    #[command(after_help = "Example:\n  kabinet detach D-7 2")]
    Detach(DetachArgs),
    /// Copy the store consistently with SQLite's online backup, encrypted with the same key
    #[command(
        after_help = "Examples:\n  kabinet backup /mnt/usb/kabinet-2026-11-22.db\n  kabinet restore /mnt/usb/kabinet-2026-11-22.db"
    )]
    Backup(BackupArgs),
    /// Replace the store with a backup, after verifying it; the current store is kept as .bak
    #[command(after_help = "Example:\n  kabinet restore /mnt/usb/kabinet-2026-11-22.db")]
    Restore(RestoreArgs),
    /// The store's signing key
    #[command(
        subcommand,
        after_help = "Examples:\n  kabinet key public > kabinet.pub\n  minisign -Vm journal.pdf -x journal.pdf.sig -p kabinet.pub"
    )]
    Key(KeyCmd),
    /// Check values (СНИЛС, ИНН, dates…), or with no KIND the whole store
    #[command(after_help = "Examples:
  kabinet validate snils '112-233-445 95' 11223344596
  kabinet validate inn - < inns.txt          # one value per line, streamed
  kabinet validate phone '8 (912) 345-67-89' --format json
  kabinet validate                           # the whole store: late, duplicates, bad ids…

Exit 0 when everything is valid, 5 otherwise.")]
    Validate(ValidateArgs),
    /// A guided tour on a throw-away sample store; needs no set-up
    #[command(after_help = "Examples:\n  kabinet demo\n  kabinet --lang ru demo")]
    Demo,
}

#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// What the values are; omit to check the whole store
    #[arg(value_enum, requires = "values")]
    pub kind: Option<ValueKind>,
    /// Values to check; `-` reads one value per line from stdin (put `--` before values
    /// that start with a dash)
    #[arg(value_name = "VALUE")]
    pub values: Vec<String>,
    /// Check a CSV file before importing it: the same check as `import --dry-run`
    #[arg(long, value_name = "FILE", conflicts_with_all = ["kind", "values"], requires = "item_kind")]
    pub file: Option<PathBuf>,
    /// What the file holds (with --file)
    #[arg(long = "kind", id = "item_kind", value_enum, value_name = "KIND", requires = "file")]
    pub item_kind: Option<ItemKindArg>,
    #[command(flatten)]
    pub read: ReadArgs,
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
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        "tab" | "\\t" | "\t" => Ok(b'\t'),
        _ if s.len() == 1 && s.is_ascii() && s != "\"" => Ok(s.as_bytes()[0]),
        _ => Err("one character, e.g. ',' ';' or 'tab'".into()),
    }
}

const IMPORT_HELP: &str = "\
Examples:
  kabinet import journal.csv --kind record
  kabinet import registry.csv --kind doc --encoding windows-1251 --delimiter ';'
  kabinet import visits.csv --kind record --map 'Дата визита=event_date' --ignore-unknown
  kabinet import big.csv --kind record --skip-invalid --reject-file rejected.csv
  kabinet import journal.csv --kind record --dry-run --format json

All rows or none: one bad row means nothing is imported (exit 5), unless --skip-invalid.
Errors are reported as LINE:COLUMN: reason, the header being line 1. Rows already in the
store (same natural key, or the same id) are skipped, so importing a file twice adds nothing.";

#[derive(Args, Debug)]
pub struct ImportArgs {
    /// The CSV file (`-` for standard input)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// What the file holds
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: ItemKindArg,
    #[command(flatten)]
    pub read: ReadArgs,
    /// Import the good rows and leave out the bad ones (exit 0)
    #[arg(long)]
    pub skip_invalid: bool,
    /// With --skip-invalid: write the bad rows here, as read, with a `reason` column
    #[arg(long, value_name = "FILE", requires = "skip_invalid")]
    pub reject_file: Option<PathBuf>,
    /// Check everything, write nothing, and report what would be imported
    #[arg(long)]
    pub dry_run: bool,
}

/// Export formats.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// RFC 4180 CSV, UTF-8, with SPEC.md's columns
    Csv,
    /// A JSON array of objects with the CSV's field names
    Json,
    /// iCalendar (RFC 5545): appointments or deadlines, for a calendar app
    Ics,
    /// A printable A4 report in the interface language, or one item's receipt (--receipt)
    Pdf,
}

const VERIFY_FILE_HELP: &str = "\
Examples:
  kabinet verify-file journal.pdf                  # with the store's key (unlocks the store)
  kabinet verify-file journal.pdf --key kabinet.pub  # with a public key file, no store needed

The signature is read from FILE.sig (or --sig). The same check without kabinet:
  minisign -Vm journal.pdf -x journal.pdf.sig -p kabinet.pub";

const VERIFY_HELP: &str = "\
Examples:
  kabinet verify
  kabinet verify --format json

Checks SQLCipher's page HMACs (cipher_integrity_check), SQLite's integrity_check, the audit
chain (every entry's HMAC covers the one before; the head is sealed), the seal of every item
row and attachment, that the items present are those the audit trail added and did not
remove, and the store's signing key. A row changed, added or removed with another SQLCipher
client is named.";

#[derive(Args, Debug)]
pub struct LogArgs {
    /// Only changes on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub since: Option<String>,
    /// Only changes to this item (R-42, D-7, A-3, O-1)
    #[arg(long, value_name = "ID")]
    pub item: Option<String>,
}

#[derive(Args, Debug)]
pub struct HistoryArgs {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Args, Debug)]
pub struct RevertArgs {
    /// The item (R-42, D-7, A-3)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The version to restore, as numbered by `kabinet history`
    #[arg(long, value_name = "N")]
    pub to: u32,
}

#[derive(Args, Debug)]
pub struct AttachArgs {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
    /// The file: PDF, DOCX, JPG or PNG, at most 5 MB
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct ItemArg {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
    /// Which attachment, as numbered by `kabinet attachments`
    #[arg(value_name = "N")]
    pub n: usize,
    /// Where to write it (created with owner-only permissions); standard output if omitted
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(Args, Debug)]
pub struct DetachArgs {
    /// The item (R-42, D-7, A-3, O-1)
    #[arg(value_name = "ID")]
    pub id: String,
    /// Which attachment, as numbered by `kabinet attachments`
    #[arg(value_name = "N")]
    pub n: usize,
}

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// Where to write the copy (refused if it exists); into a directory, as
    /// STORE-YYYY-MM-DD-HHMMSS.db
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// A copy made by `kabinet backup`
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct VerifyFileArgs {
    /// The signed file
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Its signature [default: FILE.sig]
    #[arg(long, value_name = "SIG")]
    pub sig: Option<PathBuf>,
    /// A minisign public key file (from `kabinet key public`) or the `RW…` line itself;
    /// without it, the store's own key is used
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum KeyCmd {
    /// Print the store's public key in minisign's format (give it to whoever checks exports)
    #[command(after_help = "Example:\n  kabinet key public > kabinet.pub")]
    Public,
}

const EXPORT_HELP: &str = "\
Examples:
  kabinet export csv --kind record -o journal.csv
  kabinet export csv --kind record --from 01.01.2026 --to 31.03.2026 --excel -o q1.csv
  kabinet export json --kind doc --status expiring
  kabinet export csv --kind appt --upcoming
  kabinet export ics --kind appt --upcoming -o appointments.ics
  kabinet export ics --kind deadlines --within 60d -o deadlines.ics
  kabinet export pdf --kind record --from 01.11.2026 --to 30.11.2026 -o journal.pdf
  kabinet export pdf --kind doc -o registry.pdf --sign
  kabinet export pdf --receipt A-3 -o slip.pdf
  kabinet export csv --kind record -o journal.csv --sign   # also writes journal.csv.sig

Filters are those of the matching `list` command; a filter of another kind is refused.
PDF reports: records with statistics, documents grouped by status, appointments by day.
--sign writes FILE.sig, a minisign signature by the store's key (see `kabinet key public`).
iCalendar holds appointments (with reminders 24 h and 1 h before) or deadlines; re-importing a
newer file into a calendar app updates its events (stable UIDs).
Exporting a store and importing the file into an empty store gives the same export again.";

/// What `kabinet export` writes.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportKind {
    Record,
    Doc,
    Appt,
    /// Everything due, as `kabinet deadlines` gathers it
    Deadlines,
}

#[derive(Args, Debug)]
pub struct ExportArgs {
    /// Output format
    #[arg(id = "export_format", value_enum, value_name = "FORMAT")]
    pub as_format: ExportFormat,
    /// What to export (`deadlines`: what `kabinet deadlines` shows)
    #[arg(long, value_enum, value_name = "KIND", required_unless_present = "receipt")]
    pub kind: Option<ExportKind>,
    /// PDF: a one-page receipt for this record or appointment (R-… or A-…)
    #[arg(long, value_name = "ID", conflicts_with = "kind")]
    pub receipt: Option<String>,
    /// Also write FILE.sig, a minisign signature by the store's key (needs -o)
    #[arg(long)]
    pub sign: bool,
    /// Deadlines: how far ahead, as for `kabinet deadlines` [default: 14d]
    #[arg(long, value_name = "WINDOW")]
    pub within: Option<String>,
    /// Write to this file instead of standard output (created with owner-only permissions)
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// For Excel with Russian settings: a byte-order mark and `;` between fields
    #[arg(long)]
    pub excel: bool,
    /// Records: events on or after this day; appointments: starting on or after it
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Records: events on or before this day; appointments: starting on or before it
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Only this status (the codes of the kind's `list --status`)
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Records: only this type
    #[arg(long = "type", value_name = "TYPE")]
    pub record_type: Option<String>,
    /// Documents: only this kind of document
    #[arg(long, value_name = "KIND")]
    pub doc_kind: Option<String>,
    /// Records: subject ID or part of the subject's name
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Documents: part of the holder's name
    #[arg(long, value_name = "TEXT")]
    pub holder: Option<String>,
    /// Appointments: part of the person's name
    #[arg(long, value_name = "TEXT")]
    pub person: Option<String>,
    /// Appointments: part of the institution's name
    #[arg(long, value_name = "TEXT")]
    pub institution: Option<String>,
    /// Text anywhere in the item (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Records: include those superseded by an amendment; documents: include archived ones
    #[arg(long)]
    pub all: bool,
    /// Appointments: only scheduled ones from now on
    #[arg(long)]
    pub upcoming: bool,
}

/// Kinds of value `kabinet validate` checks.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// СНИЛС: 11 digits with the check number
    Snils,
    /// ИНН: 10 or 12 digits with check digits
    Inn,
    /// ОГРН: 13 digits
    Ogrn,
    /// ОГРНИП: 15 digits
    Ogrnip,
    /// Паспорт РФ: series and number, 45 06 123456
    Passport,
    /// Passport department code: NNN-NNN
    DeptCode,
    /// Водительское удостоверение: 99 12 345678
    DriverLicense,
    /// Полис ОМС: 16 digits
    Oms,
    /// ОКТМО: 8 or 11 digits
    Oktmo,
    /// Phone, normalised to +7…
    Phone,
    /// E-mail address
    Email,
    /// A date: ДД.ММ.ГГГГ, YYYY-MM-DD, today, +3d
    Date,
    /// An amount: 1500.50
    Amount,
}

#[derive(Args, Debug)]
pub struct PasswdArgs {
    /// Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE,
    /// else a prompt on a terminal)
    #[arg(long, env = "KABINET_NEW_PASSPHRASE_FILE", hide_env_values = true, value_name = "PATH")]
    pub new_passphrase_file: Option<PathBuf>,
}

/// The fields of a diary record; on `add`, missing required ones are asked for on a terminal.
#[derive(Args, Debug, Clone, Default)]
pub struct RecordFields {
    /// Who or what the event concerns: a person's or a case's number [required]
    #[arg(long, value_name = "ID")]
    pub subject_id: Option<String>,
    /// Full name (ФИО) of the subject, no abbreviations
    #[arg(long, value_name = "NAME")]
    pub subject_name: Option<String>,
    /// Day of the event, never in the future [required]
    #[arg(long, visible_alias = "date", value_name = "DATE", allow_hyphen_values = true)]
    pub event_date: Option<String>,
    /// Type of event: осмотр, прививка, консультация, направление, выплата… [required]
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// A finer category of the type
    #[arg(long, value_name = "TEXT")]
    pub subtype: Option<String>,
    /// What came of it: заключение, сумма выплачена… [required]
    #[arg(long, value_name = "TEXT")]
    pub result: Option<String>,
    /// Free-text description
    #[arg(long, value_name = "TEXT")]
    pub description: Option<String>,
    /// Registry number of the case
    #[arg(long, value_name = "TEXT")]
    pub registry_no: Option<String>,
    /// Amount, with a dot and no thousands separators: 1500.50
    #[arg(long, value_name = "AMOUNT")]
    pub amount: Option<String>,
    /// СНИЛС of the subject, with or without separators
    #[arg(long, value_name = "SNILS")]
    pub snils: Option<String>,
    /// ОКТМО code, 8 or 11 digits
    #[arg(long, value_name = "CODE")]
    pub oktmo: Option<String>,
    /// Who is responsible
    #[arg(long, value_name = "NAME")]
    pub responsible: Option<String>,
    /// When the next step is due (a repeat check-up): a deadline
    #[arg(long, visible_alias = "follow-up", value_name = "DATE", allow_hyphen_values = true)]
    pub follow_up_on: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum RecordCmd {
    /// Add a record and print its ID
    #[command(
        after_help = "Example:\n  kabinet record add --subject-id 17 --subject-name 'Петров Пётр Петрович' \\\n      --date 20.11.2026 --type осмотр --result 'здоров, группа I' --follow-up +6m"
    )]
    Add {
        #[command(flatten)]
        fields: RecordFields,
        /// Add even if a record with the same subject, date, type and result exists
        #[arg(long)]
        force: bool,
    },
    /// List records
    #[command(
        after_help = "Examples:\n  kabinet record list --from 01.11.2026 --to 30.11.2026 --type прививка\n  kabinet record list --subject 17 --format csv"
    )]
    List(RecordListArgs),
    /// Show one record with its edit window and amendments
    #[command(
        after_help = "Examples:\n  kabinet record show R-42\n  kabinet record show R-42 --format json"
    )]
    Show {
        /// Record ID, e.g. R-42
        id: String,
    },
    /// Change a record within 24 hours of its entry (later: use `amend`)
    #[command(
        after_help = "Example:\n  kabinet record edit R-42 --result 'здоров' --subtype плановый"
    )]
    Edit {
        /// Record ID, e.g. R-42
        id: String,
        #[command(flatten)]
        fields: RecordFields,
        /// Save even if the change makes it a duplicate of another record
        #[arg(long)]
        force: bool,
    },
    /// Delete a record within 24 hours of its entry
    #[command(
        after_help = "Examples:\n  kabinet record delete R-42\n  kabinet record delete R-42 --yes   # without a terminal"
    )]
    Delete {
        /// Record ID, e.g. R-42
        id: String,
    },
    /// Correct a locked record: a new record supersedes it, and the original is kept
    #[command(
        after_help = "Example:\n  kabinet record amend R-42 --result 'направлен к кардиологу'"
    )]
    Amend {
        /// Record ID, e.g. R-42
        id: String,
        #[command(flatten)]
        fields: RecordFields,
        /// Save even if the amendment duplicates another record
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct RecordListArgs {
    /// Events on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Events on or before this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Only this type (case-insensitive)
    #[arg(long = "type", value_name = "TYPE")]
    pub kind: Option<String>,
    /// Only this status: ok, late or amended
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Subject ID, or part of the subject's name
    #[arg(long, value_name = "TEXT")]
    pub subject: Option<String>,
    /// Text anywhere in the record (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Include records superseded by an amendment
    #[arg(long)]
    pub all: bool,
    /// Only the last N records (by event date), like `jrnl -n N`
    #[arg(short = 'n', long, value_name = "N")]
    pub last: Option<usize>,
}

/// The fields of a document.
#[derive(Args, Debug, Clone, Default)]
pub struct DocFields {
    /// Holder's full name (ФИО) [required]
    #[arg(long, value_name = "NAME")]
    pub holder: Option<String>,
    /// Holder's СНИЛС
    #[arg(long, value_name = "SNILS")]
    pub holder_snils: Option<String>,
    /// passport, foreign_passport, driver_license, snils, inn, oms_policy, birth_certificate,
    /// medical_certificate, vehicle_registration, license, contract, other (or the Russian
    /// name: паспорт, права, полис ОМС…) [required]
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Series, e.g. 45 06
    #[arg(long, value_name = "TEXT")]
    pub series: Option<String>,
    /// Number
    #[arg(long, value_name = "TEXT")]
    pub number: Option<String>,
    /// Day of issue, not in the future [required]
    #[arg(long, visible_alias = "issued", value_name = "DATE", allow_hyphen_values = true)]
    pub issued_on: Option<String>,
    /// Issuing authority
    #[arg(long, value_name = "TEXT")]
    pub issued_by: Option<String>,
    /// Department code, NNN-NNN
    #[arg(long, value_name = "CODE")]
    pub department_code: Option<String>,
    /// Last day of validity; empty means indefinite (бессрочно)
    #[arg(long, visible_alias = "expires", value_name = "DATE", allow_hyphen_values = true)]
    pub expires_on: Option<String>,
    /// Notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum DocCmd {
    /// Add a document and print its ID
    #[command(
        after_help = "Example:\n  kabinet doc add --holder 'Иванова Мария Петровна' --kind паспорт --series '45 06' \\\n      --number 123456 --issued 12.03.2012 --expires 12.03.2032 --department-code 770-001"
    )]
    Add {
        #[command(flatten)]
        fields: DocFields,
        /// Add even if a document of this kind, series and number exists
        #[arg(long)]
        force: bool,
    },
    /// List documents with their status (valid, expiring, expired, indefinite, archived)
    #[command(
        after_help = "Examples:\n  kabinet doc list --status expiring\n  kabinet doc list --holder Иванова --format json"
    )]
    List(DocListArgs),
    /// Show one document with its status and days left
    #[command(
        after_help = "Examples:\n  kabinet doc show D-7\n  kabinet doc show D-7 --format json"
    )]
    Show {
        /// Document ID, e.g. D-7
        id: String,
    },
    /// Change a document's fields
    #[command(
        after_help = "Examples:\n  kabinet doc edit D-7 --expires 01.12.2030\n  kabinet doc edit D-7 --issued-by 'ГУ МВД России по г. Москве'"
    )]
    Edit {
        /// Document ID, e.g. D-7
        id: String,
        #[command(flatten)]
        fields: DocFields,
        /// Save even if the change duplicates another document
        #[arg(long)]
        force: bool,
    },
    /// Replace a document by a new one: the old one is archived and linked to the new
    #[command(
        after_help = "Example:\n  kabinet doc renew D-7 --series '45 21' --number 654321 --issued today --expires +10y"
    )]
    Renew {
        /// ID of the document being replaced
        id: String,
        /// Fields of the new document; holder, СНИЛС, kind and issuer are taken from the old one
        #[command(flatten)]
        fields: DocFields,
        /// Add even if the new document duplicates another
        #[arg(long)]
        force: bool,
    },
    /// Archive a document that is no longer in use
    #[command(after_help = "Example:\n  kabinet doc archive D-7")]
    Archive {
        /// Document ID, e.g. D-7
        id: String,
    },
    /// Delete a document
    #[command(
        after_help = "Examples:\n  kabinet doc delete D-7 --yes\n  kabinet doc delete D-7 --yes --force   # even if an appointment needs it"
    )]
    Delete {
        /// Document ID, e.g. D-7
        id: String,
        /// Delete even if a scheduled appointment needs it
        #[arg(long)]
        force: bool,
    },
}

#[derive(Args, Debug, Default)]
pub struct DocListArgs {
    /// Only this kind
    #[arg(long, value_name = "KIND")]
    pub kind: Option<String>,
    /// Only this status: valid, expiring, expired, indefinite, archived
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Part of the holder's name
    #[arg(long, value_name = "TEXT")]
    pub holder: Option<String>,
    /// Text anywhere in the document (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Include archived documents
    #[arg(long)]
    pub all: bool,
}

/// The fields of an appointment.
#[derive(Args, Debug, Clone, Default)]
pub struct ApptFields {
    /// Who goes
    #[arg(long, value_name = "NAME")]
    pub person: Option<String>,
    /// Institution: МФЦ, поликлиника, ГИБДД, ФНС… [required]
    #[arg(long, value_name = "TEXT")]
    pub institution: Option<String>,
    /// Service booked [required]
    #[arg(long, value_name = "TEXT")]
    pub service: Option<String>,
    /// Office or address
    #[arg(long, value_name = "TEXT")]
    pub office: Option<String>,
    /// Start: 'ДД.ММ.ГГГГ ЧЧ:ММ' or ISO 8601 [required]
    #[arg(long, visible_alias = "at", value_name = "DATETIME", allow_hyphen_values = true)]
    pub starts_at: Option<String>,
    /// Duration in minutes [default: 30]
    #[arg(long, value_name = "MINUTES")]
    pub duration_min: Option<String>,
    /// Confirmation number given by the office
    #[arg(long, value_name = "TEXT")]
    pub confirmation_no: Option<String>,
    /// IDs of documents to bring: D-1,D-2
    #[arg(long, value_name = "IDS")]
    pub needs: Option<String>,
    /// Notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ApptCmd {
    /// Book an appointment and print its ID
    #[command(
        after_help = "Example:\n  kabinet appt add --person 'Иванова Мария Петровна' --institution 'МФЦ Тверской' \\\n      --service 'замена паспорта' --at '05.12.2026 10:30' --needs D-1,D-2"
    )]
    Add {
        #[command(flatten)]
        fields: ApptFields,
        /// Add even if the same person, institution, service and time exist
        #[arg(long)]
        force: bool,
    },
    /// List appointments
    #[command(
        after_help = "Examples:\n  kabinet appt list --upcoming\n  kabinet appt list --from 01.12.2026 --to 31.12.2026 --format csv"
    )]
    List(ApptListArgs),
    /// Show one appointment with reminders, documents to bring and its history
    #[command(
        after_help = "Examples:\n  kabinet appt show A-3\n  kabinet appt show A-3 --format json"
    )]
    Show {
        /// Appointment ID, e.g. A-3
        id: String,
    },
    /// Change an appointment's details (use `reschedule` to move it)
    #[command(
        after_help = "Examples:\n  kabinet appt edit A-3 --office 'окно 5'\n  kabinet appt edit A-3 --needs D-1,D-4"
    )]
    Edit {
        /// Appointment ID, e.g. A-3
        id: String,
        #[command(flatten)]
        fields: ApptFields,
        /// Save even if the change duplicates another appointment
        #[arg(long)]
        force: bool,
    },
    /// Move an appointment; the old time stays in its history
    #[command(after_help = "Example:\n  kabinet appt reschedule A-3 --at '08.12.2026 09:00'")]
    Reschedule {
        /// Appointment ID, e.g. A-3
        id: String,
        /// The new start
        #[arg(
            long,
            visible_alias = "starts-at",
            value_name = "DATETIME",
            allow_hyphen_values = true
        )]
        at: String,
        /// Allow it less than 24 hours before the start (marked late)
        #[arg(long)]
        force: bool,
    },
    /// Cancel an appointment (until 24 hours before the start)
    #[command(
        after_help = "Examples:\n  kabinet appt cancel A-3\n  kabinet appt cancel A-3 --yes --force   # within 24 hours: marked late"
    )]
    Cancel {
        /// Appointment ID, e.g. A-3
        id: String,
        /// Allow it less than 24 hours before the start (marked late)
        #[arg(long)]
        force: bool,
    },
    /// Mark an appointment as attended
    #[command(after_help = "Example:\n  kabinet appt done A-3")]
    Done {
        /// Appointment ID, e.g. A-3
        id: String,
    },
    /// Mark an appointment as missed
    #[command(after_help = "Example:\n  kabinet appt no-show A-3")]
    NoShow {
        /// Appointment ID, e.g. A-3
        id: String,
    },
    /// Delete an appointment and its history
    #[command(after_help = "Example:\n  kabinet appt delete A-3 --yes")]
    Delete {
        /// Appointment ID, e.g. A-3
        id: String,
    },
}

#[derive(Args, Debug, Default)]
pub struct ApptListArgs {
    /// Starting on or after this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub from: Option<String>,
    /// Starting on or before this day
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub to: Option<String>,
    /// Only this status: scheduled, done, no_show, cancelled
    #[arg(long, value_name = "STATUS")]
    pub status: Option<String>,
    /// Part of the person's name
    #[arg(long, value_name = "TEXT")]
    pub person: Option<String>,
    /// Part of the institution's name
    #[arg(long, value_name = "TEXT")]
    pub institution: Option<String>,
    /// Text anywhere in the appointment (case-insensitive)
    #[arg(long, value_name = "TEXT")]
    pub text: Option<String>,
    /// Only scheduled appointments from now on
    #[arg(long)]
    pub upcoming: bool,
}

const DEADLINES_HELP: &str = "\
Examples:
  kabinet deadlines                      # due within 14 days, and everything overdue
  kabinet deadlines --within 3wd --kind doc
  kabinet deadlines --overdue --format json
  kabinet deadlines --quiet              # cron: prints nothing when nothing is due
  kabinet deadlines --check              # Nagios/Icinga/Zabbix: status line, exit 0/1/2/3

--check prints `KABINET OK|WARNING|CRITICAL|UNKNOWN - …` then details, and exits 0 when
nothing is due in the window, 1 when something is, 2 when something is overdue, 3 on any error.";

const CALENDAR_HELP: &str = "\
Examples:
  kabinet calendar 2026
  kabinet calendar 2027 --holidays regional.txt

A holidays file (--holidays or KABINET_HOLIDAYS) has one entry per line, `#` for comments:
  2027-01-01..2027-01-08 off   New Year holidays
  12.06.2027 off               regional holiday
  2027-11-06 work              working Saturday
  year 2027 Decree No. … of …  (this file holds the decree for 2027)";

#[derive(Subcommand, Debug)]
pub enum ObligationCmd {
    /// Add an obligation and print its ID
    #[command(
        after_help = "Examples:\n  kabinet obligation add 'Отчёт о расходах' --due 05.12.2026 --every month\n  kabinet obligation add 'Декларация' --due 30.04.2027 --every year --shift next"
    )]
    Add {
        /// What has to be done
        title: String,
        /// When it is (first) due [required]
        #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
        due: Option<String>,
        /// Repeat every month, quarter or year
        #[arg(long, value_name = "PERIOD")]
        every: Option<String>,
        /// Day of the month it recurs on [default: the day of --due]
        #[arg(long, value_name = "N")]
        day: Option<String>,
        /// When the date is a day off: next (working day, the default), previous, none
        #[arg(long, value_name = "RULE")]
        shift: Option<String>,
        /// Notes
        #[arg(long, value_name = "TEXT")]
        notes: Option<String>,
    },
    /// List obligations with their effective due dates
    #[command(
        after_help = "Examples:\n  kabinet obligation list\n  kabinet obligation list --all --format json"
    )]
    List {
        /// Include one-off obligations already done
        #[arg(long)]
        all: bool,
    },
    /// Mark done: a recurring one moves to its next date, a one-off is closed
    #[command(after_help = "Example:\n  kabinet obligation done O-2")]
    Done {
        /// Obligation ID, e.g. O-2
        id: String,
    },
    /// Delete an obligation
    #[command(after_help = "Example:\n  kabinet obligation delete O-2 --yes")]
    Delete {
        /// Obligation ID, e.g. O-2
        id: String,
    },
}

#[derive(Args, Debug)]
pub struct DeadlinesArgs {
    /// How far ahead: 14d, 2w, or 3wd for working days
    #[arg(long, default_value = "14d", value_name = "WINDOW")]
    pub within: String,
    /// Only what is overdue
    #[arg(long)]
    pub overdue: bool,
    /// Only this kind: doc, appt, record, obligation
    #[arg(long, value_enum, value_name = "KIND")]
    pub kind: Option<DeadlineKind>,
    /// Only items about this person (subject, holder, person; case-insensitive)
    #[arg(long, visible_alias = "holder", value_name = "TEXT")]
    pub subject: Option<String>,
    /// Monitoring-plugin mode: a status line, details, exit 0/1/2/3
    #[arg(long)]
    pub check: bool,
}

/// Kinds of item `deadlines` gathers.
#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeadlineKind {
    Doc,
    Appt,
    Record,
    Obligation,
}

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory to write the pages into (created if missing)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Print every effective setting, its value and where it came from
    #[command(after_help = CONFIG_HELP)]
    Show,
}

const CONFIG_HELP: &str = "\
Examples:
  kabinet config show
  kabinet config show --format json

The file is $XDG_CONFIG_HOME/kabinet/config.toml (~/.config/kabinet/config.toml), or the one
KABINET_CONFIG names:
  store = \"/srv/kabinet/journal.db\"
  lang = \"ru\"
  format = \"table\"
  holidays = \"/etc/kabinet/holidays.txt\"
  time_zone = \"Europe/Moscow\"
  reminders = [\"24h\", \"1h\"]
  [lead_days]
  default = 30
  passport = 90
Precedence: flag > environment > this file > built-in default.";

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The store's time zone, an IANA name such as Europe/Moscow [default: the system's]
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
}

#[derive(Args, Debug)]
pub struct TimeZoneArgs {
    /// The new zone, an IANA name such as Europe/Moscow; without it, show the current one
    pub zone: Option<String>,
}

const TIME_ZONE_HELP: &str = "\
Examples:
  kabinet time-zone
  kabinet time-zone Europe/Moscow

Appointment times are wall-clock times in this zone, and \"now\" (what is overdue, what starts
within the hour) is taken in it, so a cron job on a UTC server sees what a clerk in Moscow sees.
A store made before time zones were recorded uses the system's zone until one is set.";

#[derive(Args, Debug)]
pub struct CalendarArgs {
    /// The year [default: this year]
    pub year: Option<i32>,
}

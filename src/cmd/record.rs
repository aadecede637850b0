//! `kabinet record …`: diary records — the command line, and how each answer is shown.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::{Period, RecordOnly, Search, record_filter};
use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use super::output::{parse_id, row_stream, say, warn};
use super::prompt;
use super::session::{Session, confirm};
use super::shown;
use crate::app::records;
use crate::domain::record::{self, Record, RecordStatus};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::i18n;
use crate::io::output;

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
    /// Amount, with a dot and no thousands separators: 1500.50 (never below zero: a refund is
    /// its own event)
    #[arg(long, value_name = "AMOUNT", allow_negative_numbers = true)]
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
        after_help = "Examples:\n  kabinet record list --from 01.11.2026 --to 30.11.2026 --type прививка\n  kabinet record list --subject 17 --format csv",
        mut_arg("from", |a| a.help("Events on or after this day")),
        mut_arg("to", |a| a.help("Events on or before this day")),
        mut_arg("status", |a| a.help("Only this status: ok, late or amended")),
        mut_arg("text", |a| a.help("Text anywhere in the record (case-insensitive)")),
        mut_arg("record_type", |a| a.help("Only this type (case-insensitive)")),
        mut_arg("subject", |a| a.help("Subject ID, or part of the subject's name"))
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
    #[command(flatten)]
    pub period: Period,
    #[command(flatten)]
    pub search: Search,
    #[command(flatten)]
    pub only: RecordOnly,
    /// Include records superseded by an amendment
    #[arg(long)]
    pub all: bool,
    /// Only the last N records (by event date), like `jrnl -n N`
    #[arg(short = 'n', long, value_name = "N")]
    pub last: Option<usize>,
}

pub fn run(s: &mut Session, cmd: RecordCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        RecordCmd::Add { fields, force } => add(s, &fields, force, out),
        RecordCmd::List(args) => list(s, &args, out),
        RecordCmd::Show { id } => show(s, &id, out),
        RecordCmd::Edit { id, fields, force } => {
            let id = parse_id(&id, ItemKind::Record)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            records::edit(store, &ctx.env, &actor, id, &draft_of(&fields), force)?;
            say(ctx, out, &i18n::updated(id))
        }
        RecordCmd::Delete { id } => {
            let id = parse_id(&id, ItemKind::Record)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let rec = records::deletable(store, &ctx.env, id)?;
            confirm(ctx, &i18n::confirm_delete(id))?;
            records::delete(store, &actor, &rec)?;
            say(ctx, out, &i18n::deleted(id))
        }
        RecordCmd::Amend { id, fields, force } => {
            let id = parse_id(&id, ItemKind::Record)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let new = records::amend(store, &ctx.env, &actor, id, &draft_of(&fields), force)?;
            writeln!(out, "{new}")?;
            Ok(())
        }
    }
}

/// The flags given, as a draft; fields not given are absent, `""` clears one on edit.
pub fn draft_of(f: &RecordFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("subject_id", f.subject_id.clone());
    d.set_opt("subject_name", f.subject_name.clone());
    d.set_opt("event_date", f.event_date.clone());
    d.set_opt("type", f.kind.clone());
    d.set_opt("subtype", f.subtype.clone());
    d.set_opt("result", f.result.clone());
    d.set_opt("description", f.description.clone());
    d.set_opt("registry_no", f.registry_no.clone());
    d.set_opt("amount", f.amount.clone());
    d.set_opt("snils", f.snils.clone());
    d.set_opt("oktmo", f.oktmo.clone());
    d.set_opt("responsible", f.responsible.clone());
    d.set_opt("follow_up_on", f.follow_up_on.clone());
    d
}

fn add(s: &mut Session, fields: &RecordFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, record::FIELDS)?;
    }
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let added = records::add(store, &ctx.env, &actor, &draft, force)?;
    writeln!(out, "{}", added.id)?;
    if let Some(limit) = added.late_limit {
        warn(ctx, &i18n::record_late(added.id, limit));
    }
    Ok(())
}

fn list(s: &mut Session, a: &RecordListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let filter = record_filter(&s.ctx, &a.period, &a.search, &a.only, a.all)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    let r = store.read();
    if let Some(n) = a.last {
        return render_list(ctx, &records::last(r, &filter, n)?, out);
    }
    if let Some(mut rows) = row_stream(&mut *out, ctx.format, record::COLUMNS)? {
        records::each(r, &filter, |rec| Ok::<_, Failure>(rows.push(&rec.into_row())?))?;
        return Ok(rows.finish()?);
    }
    // A table too, row by row (its columns sized by the first rows, see `TableWriter`).
    let headers = i18n::record_headers();
    // IDs and status words do not wrap, whichever comes first.
    let id_width = ItemId::new(ItemKind::Record, r.last_id(ItemKind::Record)?).to_string().len();
    let statuses = [RecordStatus::Ok, RecordStatus::Late, RecordStatus::Amended];
    let status_width = statuses.map(|s| i18n::record_status(s).chars().count());
    let mut table = output::TableWriter::new(&mut *out, &headers)
        .at_least(0, id_width)
        .at_least(6, status_width.into_iter().max().unwrap_or(0));
    let mut any = false;
    records::each(r, &filter, |rec| {
        any = true;
        Ok::<_, Failure>(table.push(table_row(&rec))?)
    })?;
    if any {
        return Ok(table.finish()?);
    }
    drop(table);
    say(ctx, out, &i18n::nothing_found())
}

/// A record as a line of the `list` table.
fn table_row(r: &Record) -> Vec<String> {
    let d = &r.data;
    let subject = match &d.subject_name {
        Some(n) => format!("{} {}", d.subject_id, n),
        None => d.subject_id.clone(),
    };
    vec![
        r.item_id().to_string(),
        i18n::date(d.event_date),
        subject,
        d.kind.clone(),
        d.result.clone(),
        d.follow_up_on.map(i18n::date).unwrap_or_default(),
        i18n::record_status(r.status()),
    ]
}

/// Renders records in the chosen format.
fn render_list(ctx: &Ctx, recs: &[Record], out: &mut dyn Write) -> Result<()> {
    match ctx.format {
        Format::Json => {
            output::write_json(out, &recs.iter().map(Record::to_row).collect::<Vec<_>>())?
        }
        Format::Csv => output::write_csv(
            out,
            record::COLUMNS,
            &recs.iter().map(Record::to_row).collect::<Vec<_>>(),
        )?,
        Format::Table if recs.is_empty() => say(ctx, out, &i18n::nothing_found())?,
        Format::Table => {
            let rows: Vec<Vec<String>> = recs.iter().map(table_row).collect();
            output::write_table(out, &i18n::record_headers(), &rows)?
        }
    }
    Ok(())
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let id = parse_id(id, ItemKind::Record)?;
    let (ctx, store) = s.parts()?;
    let rec = records::get(store.read(), id)?;
    let now = ctx.now();
    match ctx.format {
        Format::Json => {
            let rid = |n: i64| ItemId::new(ItemKind::Record, n).to_string();
            let mut v =
                serde_json::to_value(rec.to_row()).map_err(|e| Failure::internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("editable".into(), rec.is_editable(now).into());
                obj.insert(
                    "editable_until".into(),
                    crate::domain::dates::iso_datetime(rec.editable_until()).into(),
                );
                obj.insert("amends".into(), rec.amends.map(rid).into());
                obj.insert("amended_by".into(), rec.amended_by.map(rid).into());
            }
            output::write_json(out, &v)?
        }
        Format::Csv => output::write_csv(out, record::COLUMNS, &[rec.to_row()])?,
        Format::Table => output::write_pairs(out, &shown::record(&rec, now))?,
    }
    Ok(())
}

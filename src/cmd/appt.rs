//! `kabinet appt …`: appointments at offices — the command line, and how each answer is
//! shown.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::{ApptOnly, Period, Search, appt_filter};
use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use super::output::{parse_id, row_stream, say, warn};
use super::prompt;
use super::session::{Session, confirm};
use super::shown;
use crate::app::appts::{self, NeedWarning};
use crate::domain::appt::{self, Appointment, ApptStatus};
use crate::domain::dates::iso_datetime;
use crate::domain::{Draft, ItemKind};
use crate::i18n;
use crate::io::output;

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
    /// The person's e-mail: their reminders go there (`kabinet notify`)
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// The person's phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)
    #[arg(long, value_name = "PHONE", allow_hyphen_values = true)]
    pub phone: Option<String>,
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
        after_help = "Examples:\n  kabinet appt list --upcoming\n  kabinet appt list --from 01.12.2026 --to 31.12.2026 --format csv",
        mut_arg("from", |a| a.help("Starting on or after this day")),
        mut_arg("to", |a| a.help("Starting on or before this day")),
        mut_arg("status", |a| a.help("Only this status: scheduled, done, no_show, cancelled")),
        mut_arg("text", |a| a.help("Text anywhere in the appointment (case-insensitive)")),
        mut_arg("person", |a| a.help("Part of the person's name")),
        mut_arg("institution", |a| a.help("Part of the institution's name")),
        mut_arg("upcoming", |a| a.help("Only scheduled appointments from now on"))
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
    #[command(flatten)]
    pub period: Period,
    #[command(flatten)]
    pub search: Search,
    #[command(flatten)]
    pub only: ApptOnly,
}

pub fn run(s: &mut Session, cmd: ApptCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ApptCmd::Add { fields, force } => add(s, &fields, force, out),
        ApptCmd::List(args) => list(s, &args, out),
        ApptCmd::Show { id } => show(s, &id, out),
        ApptCmd::Edit { id, fields, force } => {
            let id = parse_id(&id, ItemKind::Appt)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let saved = appts::edit(store, &ctx.env, &actor, id, &draft_of(&fields), force)?;
            say(ctx, out, &i18n::updated(id))?;
            warn_needs(ctx, &saved.warnings);
            Ok(())
        }
        ApptCmd::Reschedule { id, at, force } => {
            let id = parse_id(&id, ItemKind::Appt)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let moved = appts::reschedule(store, &ctx.env, &actor, id, &at, force)?;
            say(ctx, out, &i18n::rescheduled(id, moved.to))?;
            if moved.late {
                warn(ctx, &i18n::marked_late(id));
            }
            warn_needs(ctx, &moved.warnings);
            Ok(())
        }
        ApptCmd::Cancel { id, force } => {
            let id = parse_id(&id, ItemKind::Appt)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let late = appts::cancel(store, &ctx.env, &actor, id, force)?;
            say(ctx, out, &i18n::appt_status_set(id, ApptStatus::Cancelled))?;
            if late {
                warn(ctx, &i18n::marked_late(id));
            }
            Ok(())
        }
        ApptCmd::Done { id } => finish(s, &id, ApptStatus::Done, out),
        ApptCmd::NoShow { id } => finish(s, &id, ApptStatus::NoShow, out),
        ApptCmd::Delete { id } => {
            let id = parse_id(&id, ItemKind::Appt)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let a = appts::get(store.read(), id)?;
            confirm(ctx, &i18n::confirm_delete(id))?;
            appts::delete(store, &actor, &a)?;
            say(ctx, out, &i18n::deleted(id))
        }
    }
}

pub fn draft_of(f: &ApptFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("person", f.person.clone());
    d.set_opt("institution", f.institution.clone());
    d.set_opt("service", f.service.clone());
    d.set_opt("office", f.office.clone());
    d.set_opt("starts_at", f.starts_at.clone());
    d.set_opt("duration_min", f.duration_min.clone());
    d.set_opt("confirmation_no", f.confirmation_no.clone());
    d.set_opt("needs", f.needs.clone());
    d.set_opt("notes", f.notes.clone());
    d.set_opt("email", f.email.clone());
    d.set_opt("phone", f.phone.clone());
    d
}

/// A warning for each needed document that will not do on the day.
fn warn_needs(ctx: &Ctx, warnings: &[NeedWarning]) {
    for w in warnings {
        warn(ctx, &shown::need_warning(w));
    }
}

fn add(s: &mut Session, fields: &ApptFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, appt::FIELDS)?;
    }
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let saved = appts::add(store, &ctx.env, &actor, &draft, force)?;
    writeln!(out, "{}", saved.id)?;
    if saved.data.starts_at < ctx.now() {
        warn(ctx, &i18n::appt_in_past(saved.id));
    }
    warn_needs(ctx, &saved.warnings);
    Ok(())
}

/// `done` or `no-show`.
fn finish(s: &mut Session, id: &str, status: ApptStatus, out: &mut dyn Write) -> Result<()> {
    let id = parse_id(id, ItemKind::Appt)?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    appts::finish(store, &ctx.env, &actor, id, status)?;
    say(ctx, out, &i18n::appt_status_set(id, status))
}

fn list(s: &mut Session, a: &ApptListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let filter = appt_filter(&s.ctx, &a.period, &a.search, &a.only)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    let r = store.read();
    if let Some(mut rows) = row_stream(&mut *out, ctx.format, appt::COLUMNS)? {
        appts::each(r, &filter, |x| Ok::<_, Failure>(rows.push(&x.to_row())?))?;
        return Ok(rows.finish()?);
    }
    let mut list: Vec<Appointment> = Vec::new();
    appts::each(r, &filter, |x| {
        list.push(x);
        Ok::<_, Failure>(())
    })?;
    render_list(ctx, &list, out)
}

fn render_list(ctx: &Ctx, appts: &[Appointment], out: &mut dyn Write) -> Result<()> {
    let rows = || appts.iter().map(Appointment::to_row).collect::<Vec<_>>();
    match ctx.format {
        Format::Json => output::write_json(out, &rows())?,
        Format::Csv => output::write_csv(out, appt::COLUMNS, &rows())?,
        Format::Table if appts.is_empty() => say(ctx, out, &i18n::nothing_found())?,
        Format::Table => {
            let table: Vec<Vec<String>> = appts
                .iter()
                .map(|x| {
                    let d = &x.data;
                    vec![
                        x.item_id().to_string(),
                        i18n::datetime(d.starts_at),
                        d.person.clone().unwrap_or_default(),
                        d.institution.clone(),
                        d.service.clone(),
                        i18n::appt_status(x.status),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::appt_headers(), &table)?
        }
    }
    Ok(())
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let id = parse_id(id, ItemKind::Appt)?;
    let (ctx, store) = s.parts()?;
    let x = appts::show(store.read(), id)?;
    let a = &x.appt;
    match ctx.format {
        Format::Json => {
            let mut v =
                serde_json::to_value(a.to_row()).map_err(|e| Failure::internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                let times = a.reminders(&ctx.env.reminders).into_iter().map(iso_datetime);
                obj.insert("reminders".into(), times.collect::<Vec<_>>().into());
                obj.insert("change_deadline".into(), iso_datetime(a.change_deadline()).into());
                obj.insert("late_change".into(), a.late_change.into());
                let mv: Vec<serde_json::Value> = x
                    .moves
                    .iter()
                    .map(|m| {
                        serde_json::json!({"moved_at": iso_datetime(m.moved_at), "from": iso_datetime(m.from), "to": iso_datetime(m.to), "late": m.late})
                    })
                    .collect();
                obj.insert("moves".into(), mv.into());
                let warnings: Vec<String> = x.warnings.iter().map(shown::need_warning).collect();
                obj.insert("warnings".into(), warnings.into());
            }
            output::write_json(out, &v)?
        }
        Format::Csv => output::write_csv(out, appt::COLUMNS, &[a.to_row()])?,
        Format::Table => {
            let pairs = shown::appt(&x, ctx.today(), &ctx.env.leads, &ctx.env.reminders);
            output::write_pairs(out, &pairs)?
        }
    }
    Ok(())
}

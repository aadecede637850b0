//! `kabinet application …` (`kabinet zayav …`): applications filed with an agency and followed
//! to a decision — the command line, and how each answer is shown.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::{ApplicationOnly, Period, Search, application_filter};
use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use super::output::{invalid, parse_id, row_stream, say, warn};
use super::prompt;
use super::session::{Session, confirm};
use super::shown;
use crate::app::applications::{self, Issue, Shown};
use crate::app::appts::NeedWarning;
use crate::domain::application::{self, Application, Status};
use crate::domain::appt::format_needs;
use crate::domain::dates::iso_datetime;
use crate::domain::{Draft, FieldError, ItemId, ItemKind};
use crate::i18n;
use crate::io::output;
use crate::validate::Problem;

pub const APPLICATION_HELP: &str = "\
Examples:
  kabinet application add --applicant 'Иванова Мария Петровна' --agency МФЦ \\
      --service загранпаспорт --submitted 20.11.2026 --due +30
  kabinet zayav status Z-1 processing
  kabinet zayav list --overdue

Statuses: accepted (принято) → processing (в обработке) → approved (одобрено) | rejected
(отклонено); cancelled (отменено) while open. A decision is final. `expired` (срок истёк) is
shown, never set: an open application with no change of status for application_expire_days
(30 unless the configuration says otherwise). One past its term (--due) and still open is
overdue, and `deadlines` lists it.";

/// The fields of an application.
#[derive(Args, Debug, Clone, Default)]
pub struct ApplicationFields {
    /// Who the application is for: full name (ФИО) [required]
    #[arg(long, value_name = "NAME")]
    pub applicant: Option<String>,
    /// СНИЛС of the applicant
    #[arg(long, value_name = "SNILS")]
    pub snils: Option<String>,
    /// The agency it is filed with: МФЦ, ФНС, ПФР, ГИБДД… [required]
    #[arg(long, value_name = "TEXT")]
    pub agency: Option<String>,
    /// The service applied for [required]
    #[arg(long, value_name = "TEXT")]
    pub service: Option<String>,
    /// The agency's number for it
    #[arg(long, value_name = "TEXT")]
    pub number: Option<String>,
    /// Day it was submitted, never in the future [required]
    #[arg(long, value_name = "DATE", allow_hyphen_values = true)]
    pub submitted: Option<String>,
    /// The agency's term: a date, or +N (+Nwd, +Nрд) working days after --submitted
    #[arg(long, value_name = "DATE|+N", allow_hyphen_values = true)]
    pub due: Option<String>,
    /// The fee, with a dot: 3500.00
    #[arg(long, value_name = "AMOUNT")]
    pub fee: Option<String>,
    /// Whether the fee is paid: paid, pending, refused (or выполнен, в ожидании, отклонён)
    #[arg(long, value_name = "STATUS")]
    pub fee_status: Option<String>,
    /// IDs of the documents it relies on: D-1,D-2
    #[arg(long, value_name = "IDS")]
    pub needs: Option<String>,
    /// Notes
    #[arg(long, value_name = "TEXT")]
    pub notes: Option<String>,
}

#[derive(Subcommand, Debug)]
pub enum ApplicationCmd {
    /// File an application and print its ID (Z-1, Z-2…)
    #[command(
        after_help = "Example:\n  kabinet application add --applicant 'Иванова Мария Петровна' --agency 'МФЦ Тверской' \\\n      --service 'загранпаспорт' --number 77-2026-1045 --submitted 20.11.2026 --due +30 \\\n      --fee 6000.00 --fee-status paid --needs D-1"
    )]
    Add {
        #[command(flatten)]
        fields: ApplicationFields,
        /// File it even if the same agency and number (or applicant, agency, service and
        /// day) exist
        #[arg(long)]
        force: bool,
    },
    /// List applications, latest submission first
    #[command(
        after_help = "Examples:\n  kabinet application list --status processing\n  kabinet application list --overdue --format csv",
        mut_arg("from", |a| a.help("Submitted on or after this day")),
        mut_arg("to", |a| a.help("Submitted on or before this day")),
        mut_arg("status", |a| a.help("Only this status: accepted, processing, approved, rejected, cancelled, expired")),
        mut_arg("text", |a| a.help("Text anywhere in the application (case-insensitive)")),
        mut_arg("agency", |a| a.help("Part of the agency's name")),
        mut_arg("applicant", |a| a.help("Part of the applicant's name")),
        mut_arg("overdue", |a| a.help("Only open ones past their term"))
    )]
    List(ApplicationListArgs),
    /// Show one application with its changes of status and the documents it relies on
    #[command(
        after_help = "Examples:\n  kabinet application show Z-3\n  kabinet application show Z-3 --format json"
    )]
    Show {
        /// Application ID, e.g. Z-3
        id: String,
    },
    /// Change an application's details while no decision is made
    #[command(after_help = "Example:\n  kabinet application edit Z-3 --due 25.12.2026")]
    Edit {
        /// Application ID, e.g. Z-3
        id: String,
        #[command(flatten)]
        fields: ApplicationFields,
        /// Save even if the change duplicates another application
        #[arg(long)]
        force: bool,
    },
    /// Move an application to a new status (only the allowed transitions; dated and kept)
    #[command(
        after_help = "Examples:\n  kabinet application status Z-3 processing\n  kabinet application status Z-3 отклонено --reason 'неполный пакет документов'\n  kabinet application status Z-3 approved --issues-doc загранпаспорт --series 75 \\\n      --number 1234567 --expires 20.12.2036\n  kabinet application status Z-4 одобрено --issues-doc D-12\n\nWith --issues-doc KIND the approval adds the resulting document to the registry: its holder,\ntheir СНИЛС, the issuing body and the day of issue come from the application and today\nunless given. With --issues-doc D-N it links a document already there. Either way the\napplication shows the document and the document shows the application."
    )]
    Status {
        /// Application ID, e.g. Z-3
        id: String,
        /// accepted, processing, approved, rejected, cancelled, or the Russian word
        status: String,
        /// Why (a refusal, a cancel)
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
        #[command(flatten)]
        issued: IssuedDocArgs,
    },
    /// Cancel an open application
    #[command(
        after_help = "Example:\n  kabinet application cancel Z-3 --reason 'отозвано заявителем'"
    )]
    Cancel {
        /// Application ID, e.g. Z-3
        id: String,
        /// Why
        #[arg(long, value_name = "TEXT")]
        reason: Option<String>,
    },
    /// Delete an application and its history
    #[command(after_help = "Example:\n  kabinet application delete Z-3 --yes")]
    Delete {
        /// Application ID, e.g. Z-3
        id: String,
    },
}

/// The document an approval issues (`status … approved --issues-doc`).
#[derive(Args, Debug, Clone, Default)]
pub struct IssuedDocArgs {
    /// On approval, the resulting document: a kind to add one (паспорт, загранпаспорт,
    /// license…) or the ID of one in the registry (D-12)
    #[arg(long, value_name = "KIND|D-N")]
    pub issues_doc: Option<String>,
    /// The new document's series
    #[arg(long, value_name = "TEXT", requires = "issues_doc")]
    pub series: Option<String>,
    /// The new document's number
    #[arg(long, value_name = "TEXT", requires = "issues_doc")]
    pub number: Option<String>,
    /// The new document's day of issue [default: today]
    #[arg(long, value_name = "DATE", requires = "issues_doc", allow_hyphen_values = true)]
    pub issued: Option<String>,
    /// The new document's issuing body [default: the agency]
    #[arg(long, value_name = "TEXT", requires = "issues_doc")]
    pub issued_by: Option<String>,
    /// The new document's department code, NNN-NNN
    #[arg(long, value_name = "CODE", requires = "issues_doc")]
    pub department_code: Option<String>,
    /// The new document's last day of validity; none means indefinite
    #[arg(long, value_name = "DATE", requires = "issues_doc", allow_hyphen_values = true)]
    pub expires: Option<String>,
}

impl IssuedDocArgs {
    /// What `--issues-doc` asks for: an ID links that document, anything else is a kind.
    fn issue(&self) -> Result<Option<Issue>> {
        let Some(v) = self.issues_doc.as_deref() else { return Ok(None) };
        if let Some(id) = ItemId::parse(v, ItemKind::Doc) {
            let given = [&self.series, &self.number, &self.issued, &self.issued_by];
            let more = [&self.department_code, &self.expires];
            if given.iter().chain(more.iter()).any(|x| x.is_some()) {
                return Err(Failure::usage(i18n::issues_doc_fields_with_id(id)));
            }
            return Ok(Some(Issue::Existing(id)));
        }
        let mut d = Draft::default();
        d.set("kind", v);
        d.set_opt("series", self.series.clone());
        d.set_opt("number", self.number.clone());
        d.set_opt("issued_on", self.issued.clone());
        d.set_opt("issued_by", self.issued_by.clone());
        d.set_opt("department_code", self.department_code.clone());
        d.set_opt("expires_on", self.expires.clone());
        Ok(Some(Issue::New(d)))
    }
}

#[derive(Args, Debug, Default)]
pub struct ApplicationListArgs {
    #[command(flatten)]
    pub period: Period,
    #[command(flatten)]
    pub search: Search,
    #[command(flatten)]
    pub only: ApplicationOnly,
}

pub fn run(s: &mut Session, cmd: ApplicationCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ApplicationCmd::Add { fields, force } => add(s, &fields, force, out),
        ApplicationCmd::List(args) => list(s, &args, out),
        ApplicationCmd::Show { id } => show(s, &id, out),
        ApplicationCmd::Edit { id, fields, force } => {
            let id = parse_id(&id, ItemKind::Application)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let saved = applications::edit(store, &ctx.env, &actor, id, &draft_of(&fields), force)?;
            say(ctx, out, &i18n::updated(id))?;
            warn_needs(ctx, &saved.warnings);
            Ok(())
        }
        ApplicationCmd::Status { id, status, reason, issued } => {
            let to = Status::parse(&status).ok_or_else(|| {
                invalid(vec![FieldError {
                    field: "STATUS",
                    value: status.clone(),
                    problem: Problem::OneOf(Status::CODES),
                }])
            })?;
            move_to(s, &id, to, reason.as_deref(), issued.issue()?, out)
        }
        ApplicationCmd::Cancel { id, reason } => {
            move_to(s, &id, Status::Cancelled, reason.as_deref(), None, out)
        }
        ApplicationCmd::Delete { id } => {
            let id = parse_id(&id, ItemKind::Application)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let a = applications::get(store.read(), id)?;
            confirm(ctx, &i18n::confirm_delete(id))?;
            applications::delete(store, &actor, &a)?;
            say(ctx, out, &i18n::deleted(id))
        }
    }
}

pub fn draft_of(f: &ApplicationFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("applicant", f.applicant.clone());
    d.set_opt("snils", f.snils.clone());
    d.set_opt("agency", f.agency.clone());
    d.set_opt("service", f.service.clone());
    d.set_opt("number", f.number.clone());
    d.set_opt("submitted", f.submitted.clone());
    d.set_opt("due", f.due.clone());
    d.set_opt("fee", f.fee.clone());
    d.set_opt("fee_status", f.fee_status.clone());
    d.set_opt("needs", f.needs.clone());
    d.set_opt("notes", f.notes.clone());
    d
}

/// A document it relies on that will not do by its term, in words.
fn need_warning(w: &NeedWarning) -> String {
    match w {
        NeedWarning::Expired { doc, expires, day } => {
            i18n::need_expired_by_term(*doc, *expires, *day)
        }
        other => shown::need_warning(other),
    }
}

/// A warning for each document it relies on that will not do by its term.
fn warn_needs(ctx: &Ctx, warnings: &[NeedWarning]) {
    for w in warnings {
        warn(ctx, &need_warning(w));
    }
}

fn add(
    s: &mut Session,
    fields: &ApplicationFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, application::FIELDS)?;
    }
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let saved = applications::add(store, &ctx.env, &actor, &draft, force)?;
    writeln!(out, "{}", saved.id)?;
    warn_needs(ctx, &saved.warnings);
    Ok(())
}

fn move_to(
    s: &mut Session,
    id: &str,
    to: Status,
    reason: Option<&str>,
    issue: Option<Issue>,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id(id, ItemKind::Application)?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let moved = applications::set_status(store, &ctx.env, &actor, id, to, reason, issue.as_ref())?;
    say(ctx, out, &i18n::application_moved(id, to))?;
    if let Some(doc) = moved.issued {
        say(ctx, out, &i18n::application_issued(id, doc.id))?;
        if let Some((status, day)) = crate::app::docs::validity_warning(&ctx.env, &doc.data) {
            warn(ctx, &i18n::doc_validity_warning(doc.id, status, day));
        }
    }
    Ok(())
}

fn list(s: &mut Session, a: &ApplicationListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let filter = application_filter(&s.ctx, &a.period, &a.search, &a.only)?;
    let (ctx, store) = s.parts()?;
    let (today, expire) = (ctx.today(), ctx.env.expire_days);
    let r = store.read();
    if let Some(mut rows) = row_stream(&mut *out, ctx.format, application::COLUMNS)? {
        applications::each(r, &ctx.env, &filter, |x| {
            Ok::<_, Failure>(rows.push(&x.to_row(today, expire))?)
        })?;
        return Ok(rows.finish()?);
    }
    let mut list: Vec<Application> = Vec::new();
    applications::each(r, &ctx.env, &filter, |x| {
        list.push(x);
        Ok::<_, Failure>(())
    })?;
    if list.is_empty() {
        return say(ctx, out, &i18n::nothing_found());
    }
    let table: Vec<Vec<String>> = list
        .iter()
        .map(|x| {
            let d = &x.data;
            let mut status = i18n::application_shown(x.shown(today, expire));
            if x.overdue(today) {
                status = format!("{status}, {}", i18n::field_label("overdue").to_lowercase());
            }
            vec![
                x.item_id().to_string(),
                i18n::date(d.submitted),
                d.applicant.clone(),
                d.agency.clone(),
                d.service.clone(),
                d.due.map(i18n::date).unwrap_or_default(),
                status,
            ]
        })
        .collect();
    let headers = ["id", "submitted", "applicant", "agency", "service", "due", "status"]
        .iter()
        .map(|f| i18n::field_label(f))
        .collect::<Vec<_>>();
    Ok(output::write_table(out, &headers, &table)?)
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let id = parse_id(id, ItemKind::Application)?;
    let (ctx, store) = s.parts()?;
    let x = applications::show(store.read(), id)?;
    let a = &x.application;
    let (today, expire) = (ctx.today(), ctx.env.expire_days);
    match ctx.format {
        Format::Json => {
            let mut v = serde_json::to_value(a.to_row(today, expire))
                .map_err(|e| Failure::internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                let changes: Vec<serde_json::Value> = x
                    .changes
                    .iter()
                    .map(|c| {
                        serde_json::json!({"at": iso_datetime(c.at), "from": c.from.code(), "to": c.to.code(), "reason": c.reason})
                    })
                    .collect();
                obj.insert("changes".into(), changes.into());
                let warnings: Vec<String> = x.warnings.iter().map(need_warning).collect();
                obj.insert("warnings".into(), warnings.into());
            }
            output::write_json(out, &v)?
        }
        Format::Csv => output::write_csv(out, application::COLUMNS, &[a.to_row(today, expire)])?,
        Format::Table => output::write_pairs(out, &pairs(ctx, &x))?,
    }
    Ok(())
}

/// `show`'s labelled lines.
pub(crate) fn pairs(ctx: &Ctx, x: &Shown) -> Vec<(String, String)> {
    let a = &x.application;
    let d = &a.data;
    let (today, expire) = (ctx.today(), ctx.env.expire_days);
    let mut out: Vec<(String, String)> = Vec::new();
    let mut push = |k: &str, v: Option<String>| {
        if let Some(v) = v.filter(|v| !v.is_empty()) {
            out.push((i18n::field_label(k), v));
        }
    };
    push("id", Some(a.item_id().to_string()));
    push("applicant", Some(d.applicant.clone()));
    push("snils", d.snils.as_deref().map(crate::validate::format_snils));
    push("agency", Some(d.agency.clone()));
    push("service", Some(d.service.clone()));
    push("application_number", d.number.clone());
    push("submitted", Some(i18n::date(d.submitted)));
    push("due", d.due.map(i18n::date));
    let mut status = i18n::application_shown(a.shown(today, expire));
    if a.overdue(today) {
        status = format!("{status}, {}", i18n::field_label("overdue").to_lowercase());
    }
    push("status", Some(status));
    push("status_at", Some(i18n::datetime(a.status_at)));
    push("reason", a.reason.clone());
    push("fee", d.fee.as_deref().map(i18n::amount));
    push("fee_status", d.fee_status.map(i18n::fee_status));
    push("relies_on", (!d.needs.is_empty()).then(|| format_needs(&d.needs)));
    push("issued_doc", a.issued_doc.map(|n| ItemId::new(ItemKind::Doc, n).to_string()));
    push("notes", d.notes.clone());
    let history: Vec<String> = x
        .changes
        .iter()
        .map(|c| i18n::application_change(&i18n::datetime(c.at), c.from, c.to, c.reason.as_deref()))
        .collect();
    push("history", Some(history.join("\n")));
    let warnings: Vec<String> = x.warnings.iter().map(need_warning).collect();
    push("warnings", Some(warnings.join("\n")));
    out
}

//! `kabinet doc …`: the document registry — the command line, and how each answer is shown.

use std::io::Write;

use clap::{Args, Subcommand};

use super::args::{DocOnly, Search, doc_filter};
use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use super::output::{parse_id, row_stream, say, warn};
use super::prompt;
use super::session::{Session, confirm};
use super::shown;
use crate::app::docs;
use crate::domain::dates::iso_datetime;
use crate::domain::doc::{self, DocKind, Document};
use crate::domain::{Draft, ItemId, ItemKind};
use crate::i18n;
use crate::io::output;

/// The `--kind` of a document: its codes, from the table of kinds, and the Russian names.
pub fn kinds_help() -> String {
    format!(
        "{} (or the Russian name: паспорт, права, полис ОМС…) [required]",
        DocKind::CODES.join(", ")
    )
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
    #[arg(long, value_name = "KIND", help = kinds_help())]
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
    /// The holder's e-mail: their reminders go there (`kabinet notify`)
    #[arg(long, value_name = "ADDRESS")]
    pub email: Option<String>,
    /// The holder's phone, for a reminder by SMS: +7 and ten digits, as written (8 912 345-67-89)
    #[arg(long, value_name = "PHONE", allow_hyphen_values = true)]
    pub phone: Option<String>,
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
        after_help = "Examples:\n  kabinet doc list --status expiring\n  kabinet doc list --holder Иванова --format json",
        mut_arg("status", |a| a.help("Only this status: valid, expiring, expired, indefinite, archived")),
        mut_arg("text", |a| a.help("Text anywhere in the document (case-insensitive)")),
        mut_arg("holder", |a| a.help("Part of the holder's name"))
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
    #[command(flatten)]
    pub search: Search,
    #[command(flatten)]
    pub only: DocOnly,
    /// Include archived documents
    #[arg(long)]
    pub all: bool,
}

pub fn run(s: &mut Session, cmd: DocCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        DocCmd::Add { fields, force } => add(s, &fields, force, out),
        DocCmd::List(args) => list(s, &args, out),
        DocCmd::Show { id } => show(s, &id, out),
        DocCmd::Edit { id, fields, force } => {
            let id = parse_id(&id, ItemKind::Doc)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            docs::edit(store, &ctx.env, &actor, id, &draft_of(&fields), force)?;
            say(ctx, out, &i18n::updated(id))
        }
        DocCmd::Renew { id, fields, force } => renew(s, &id, &fields, force, out),
        DocCmd::Archive { id } => {
            let id = parse_id(&id, ItemKind::Doc)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            docs::archive(store, &ctx.env, &actor, id)?;
            say(ctx, out, &i18n::archived(id))
        }
        DocCmd::Delete { id, force } => {
            let id = parse_id(&id, ItemKind::Doc)?;
            let actor = s.actor();
            let (ctx, store) = s.parts()?;
            let d = docs::deletable(store, id, force)?;
            confirm(ctx, &i18n::confirm_delete(id))?;
            docs::delete(store, &actor, &d)?;
            say(ctx, out, &i18n::deleted(id))
        }
    }
}

pub fn draft_of(f: &DocFields) -> Draft {
    let mut d = Draft::default();
    d.set_opt("holder", f.holder.clone());
    d.set_opt("holder_snils", f.holder_snils.clone());
    d.set_opt("kind", f.kind.clone());
    d.set_opt("series", f.series.clone());
    d.set_opt("number", f.number.clone());
    d.set_opt("issued_on", f.issued_on.clone());
    d.set_opt("issued_by", f.issued_by.clone());
    d.set_opt("department_code", f.department_code.clone());
    d.set_opt("expires_on", f.expires_on.clone());
    d.set_opt("notes", f.notes.clone());
    d.set_opt("email", f.email.clone());
    d.set_opt("phone", f.phone.clone());
    d
}

/// Warns when a document being saved is already expired or about to expire.
fn warn_validity(ctx: &Ctx, saved: &docs::Saved) {
    if let Some((status, expires)) = docs::validity_warning(&ctx.env, &saved.data) {
        warn(ctx, &i18n::doc_validity_warning(saved.id, status, expires));
    }
}

fn add(s: &mut Session, fields: &DocFields, force: bool, out: &mut dyn Write) -> Result<()> {
    // Unlock first, like sudo: a wrong passphrase fails before the clerk types the fields.
    s.store()?;
    let mut draft = draft_of(fields);
    if s.ctx.interactive {
        prompt::fill_missing(&mut draft, doc::FIELDS)?;
    }
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let saved = docs::add(store, &ctx.env, &actor, &draft, force)?;
    writeln!(out, "{}", saved.id)?;
    warn_validity(ctx, &saved);
    Ok(())
}

fn renew(
    s: &mut Session,
    id: &str,
    fields: &DocFields,
    force: bool,
    out: &mut dyn Write,
) -> Result<()> {
    let id = parse_id(id, ItemKind::Doc)?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let (old, base) = docs::renewal(store, id)?;
    let mut draft = base.overlay(&draft_of(fields));
    if ctx.interactive {
        prompt::fill_missing(&mut draft, doc::FIELDS)?;
    }
    let saved = docs::renew(store, &ctx.env, &actor, &old, &draft, force)?;
    writeln!(out, "{}", saved.id)?;
    warn_validity(ctx, &saved);
    Ok(())
}

fn list(s: &mut Session, a: &DocListArgs, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let filter = doc_filter(a.kind.as_deref(), &a.search, &a.only, a.all)?;
    let (ctx, store) = s.parts()?;
    store.set_cache_kib(super::LIST_CACHE_KIB)?;
    let (today, lead) = (ctx.today(), &ctx.env.leads);
    let r = store.read();
    if let Some(mut rows) = row_stream(&mut *out, ctx.format, doc::COLUMNS)? {
        docs::each(r, &ctx.env, &filter, |d| Ok::<_, Failure>(rows.push(&d.to_row(today, lead))?))?;
        return Ok(rows.finish()?);
    }
    let mut list: Vec<Document> = Vec::new();
    docs::each(r, &ctx.env, &filter, |d| {
        list.push(d);
        Ok::<_, Failure>(())
    })?;
    render_list(ctx, &list, out)
}

fn render_list(ctx: &Ctx, docs: &[Document], out: &mut dyn Write) -> Result<()> {
    let (today, lead) = (ctx.today(), &ctx.env.leads);
    let rows = || docs.iter().map(|d| d.to_row(today, lead)).collect::<Vec<_>>();
    match ctx.format {
        Format::Json => output::write_json(out, &rows())?,
        Format::Csv => output::write_csv(out, doc::COLUMNS, &rows())?,
        Format::Table if docs.is_empty() => say(ctx, out, &i18n::nothing_found())?,
        Format::Table => {
            let table: Vec<Vec<String>> = docs
                .iter()
                .map(|d| {
                    let x = &d.data;
                    vec![
                        d.item_id().to_string(),
                        x.holder.clone(),
                        i18n::doc_kind(x.kind),
                        x.display_number(),
                        i18n::date(x.issued_on),
                        x.expires_on.map(i18n::date).unwrap_or_else(i18n::indefinite),
                        i18n::doc_status_with_days(d.status(today, lead), d.days_left(today)),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::doc_headers(), &table)?
        }
    }
    Ok(())
}

fn show(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let id = parse_id(id, ItemKind::Doc)?;
    let (ctx, store) = s.parts()?;
    let d = docs::get(store.read(), id)?;
    let issued_for = docs::issued_for(store.read(), id)?;
    let (today, lead) = (ctx.today(), &ctx.env.leads);
    let did = |n: i64| ItemId::new(ItemKind::Doc, n).to_string();
    match ctx.format {
        Format::Json => {
            let mut v = serde_json::to_value(d.to_row(today, lead))
                .map_err(|e| Failure::internal(e.to_string()))?;
            if let Some(obj) = v.as_object_mut() {
                obj.insert("days_left".into(), d.days_left(today).into());
                obj.insert("replaces".into(), d.replaces.map(did).into());
                obj.insert("replaced_by".into(), d.replaced_by.map(did).into());
                obj.insert("archived_at".into(), d.archived_at.map(iso_datetime).into());
                obj.insert("issued_for".into(), issued_for.map(|z| z.to_string()).into());
            }
            output::write_json(out, &v)?
        }
        Format::Csv => output::write_csv(out, doc::COLUMNS, &[d.to_row(today, lead)])?,
        Format::Table => {
            let mut pairs = shown::doc(&d, today, lead);
            if let Some(z) = issued_for {
                pairs.push((i18n::field_label("issued_for"), z.to_string()));
            }
            output::write_pairs(out, &pairs)?
        }
    }
    Ok(())
}

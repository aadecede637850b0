//! `kabinet attach`, `attachments`, `extract` and `detach`: scans kept inside the encrypted
//! store, listed and written back out exactly as they came.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use super::context::Format;
use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, check_not_passphrase, check_output};
use crate::app::attach::{self, type_name};
use crate::domain::dates::from_iso_datetime;
use crate::i18n;
use crate::io::files::{OutFile, named_output};
use crate::io::output;

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

/// An attachment as `attachments` lists it.
#[derive(Debug, Serialize)]
struct Row<'a> {
    n: usize,
    name: &'a str,
    #[serde(rename = "type")]
    kind: &'a str,
    size: i64,
    sha256: &'a str,
    added_at: &'a str,
}

pub fn attach(s: &mut Session, a: &AttachArgs, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(&a.id)?;
    check_not_passphrase(s.ctx.passphrase_file.as_deref(), &a.file)?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let x = attach::attach(store, &ctx.env, &actor, item, &a.file)?;
    say(ctx, out, &i18n::attached(item, &x.name, x.n, type_name(x.mime), x.size))
}

pub fn list(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(id)?;
    let (ctx, store) = s.parts()?;
    let list = attach::list(store.read(), item)?;
    let rows: Vec<Row> = list
        .iter()
        .map(|x| Row {
            n: x.n,
            name: &x.name,
            kind: type_name(&x.mime),
            size: x.size,
            sha256: &x.sha256,
            added_at: &x.added_at,
        })
        .collect();
    match ctx.format {
        Format::Json => output::write_json(out, &rows)?,
        Format::Csv => {
            output::write_csv(out, &["n", "name", "type", "size", "sha256", "added_at"], &rows)?
        }
        Format::Table if rows.is_empty() => say(ctx, out, &i18n::no_attachments(item))?,
        Format::Table => {
            let table: Vec<Vec<String>> = rows
                .iter()
                .map(|x| {
                    vec![
                        x.n.to_string(),
                        x.name.to_owned(),
                        x.kind.to_owned(),
                        i18n::size(x.size as u64),
                        from_iso_datetime(x.added_at).map(i18n::datetime).unwrap_or_default(),
                        x.sha256[..16.min(x.sha256.len())].to_owned(),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::attachment_headers(), &table)?
        }
    }
    Ok(())
}

pub fn extract(s: &mut Session, a: &ExtractArgs, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(&a.id)?;
    let output = named_output(&a.output);
    if output.is_none() && std::io::stdout().is_terminal() {
        return Err(Failure::usage(i18n::extract_needs_output()));
    }
    let (ctx, store) = s.parts()?;
    let data = attach::extract(store.read(), item, a.n)?;
    match output {
        None => out.write_all(&data)?,
        Some(path) => {
            check_output(ctx, path, None)?;
            let mut file = OutFile::create(path, ".kabinet-extract-")?;
            file.write_all(&data)?;
            let said = file.is_file();
            file.finish()?;
            if said {
                say(ctx, out, &i18n::extracted(item, a.n, path))?;
            }
        }
    }
    Ok(())
}

pub fn detach(s: &mut Session, a: &DetachArgs, out: &mut dyn Write) -> Result<()> {
    let item = s.item_id(&a.id)?;
    let actor = s.actor();
    let (ctx, store) = s.parts()?;
    let x = attach::detach(store, &actor, item, a.n)?;
    say(ctx, out, &i18n::detached(item, a.n, &x.name))
}

//! `kabinet attach`, `attachments`, `extract` and `detach`: scans kept inside the encrypted
//! store — PDF, DOCX, JPG or PNG, checked by content, at most 5 MB, each content stored once
//! (by SHA-256) however many items it is attached to. Every attach and removal is logged.

use std::io::{IsTerminal, Read, Write};

use rusqlite::{Connection, OptionalExtension, params};
use serde::Serialize;

use super::history::parse_any_id;
use super::outfile::{OutFile, named_output};
use super::verify::hex_sha256;
use super::{Session, say};
use crate::cli::{AttachArgs, DetachArgs, ExtractArgs, Format};
use crate::domain::ItemId;
use crate::domain::dates::{from_iso_datetime, iso_datetime};
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::audit;

/// The largest file accepted.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Accepted types, told by content: (MIME type, the name shown).
const TYPES: &[(&str, &str)] = &[
    ("application/pdf", "PDF"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    ("image/jpeg", "JPG"),
    ("image/png", "PNG"),
];

#[derive(Debug, Serialize)]
struct Attachment {
    n: usize,
    #[serde(skip)]
    id: i64,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    size: i64,
    sha256: String,
    added_at: String,
}

fn type_name(mime: &str) -> String {
    TYPES.iter().find(|(m, _)| *m == mime).map_or(mime, |(_, n)| n).to_owned()
}

fn item_exists(conn: &Connection, item: ItemId) -> Result<bool> {
    Ok(audit::snapshot(conn, item)?.is_some())
}

fn attachments_of(conn: &Connection, item: ItemId) -> Result<Vec<Attachment>> {
    let mut st = conn.prepare(
        "SELECT id, name, mime, size, sha256, added_at FROM attachments WHERE item = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([item.to_string()], |r| {
        Ok((r.get(0)?, r.get(1)?, r.get::<_, String>(2)?, r.get(3)?, r.get(4)?, r.get(5)?))
    })?;
    let mut out = Vec::new();
    for (i, row) in rows.enumerate() {
        let (id, name, mime, size, sha256, added_at) = row?;
        out.push(Attachment { n: i + 1, id, name, kind: type_name(&mime), size, sha256, added_at });
    }
    Ok(out)
}

/// The item's attachment number `n`, or "not found" naming how many it has.
fn nth(conn: &Connection, item: ItemId, n: usize) -> Result<Attachment> {
    if !item_exists(conn, item)? {
        return Err(Error::NotFound(i18n::no_such_item(item)));
    }
    let list = attachments_of(conn, item)?;
    let count = list.len();
    list.into_iter()
        .find(|a| a.n == n)
        .ok_or_else(|| Error::NotFound(i18n::no_such_attachment(item, n, count)))
}

pub fn attach(s: &mut Session, a: &AttachArgs, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(&a.id)?;
    s.store()?;
    super::check_input(&a.file)?;
    let file = std::fs::File::open(&a.file).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(i18n::no_such_file(&a.file)),
        _ => Error::Io(i18n::cannot_read(&a.file, &e)),
    })?;
    let size = file.metadata()?.len();
    if size > MAX_BYTES {
        return Err(Error::Invalid(i18n::attachment_too_big(&a.file, size, MAX_BYTES)));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(Error::Invalid(i18n::attachment_too_big(
            &a.file,
            bytes.len() as u64,
            MAX_BYTES,
        )));
    }
    let mime = infer::get(&bytes).map(|t| t.mime_type()).unwrap_or("");
    if !TYPES.iter().any(|(m, _)| *m == mime) {
        let found = if mime.is_empty() { i18n::unknown_type() } else { mime.to_owned() };
        return Err(Error::Invalid(i18n::attachment_wrong_type(&a.file, &found)));
    }
    let sha = hex_sha256(&bytes);
    let name = a.file.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let actor = s.actor();
    let at = iso_datetime(s.ctx.now);
    let n = s.store()?.write(|tx| {
        if !item_exists(tx, item)? {
            return Err(Error::NotFound(i18n::no_such_item(item)));
        }
        if let Some(same) = attachments_of(tx, item)?.into_iter().find(|x| x.sha256 == sha) {
            return Err(Error::Conflict(i18n::already_attached(item, same.n)));
        }
        tx.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?1, ?2, ?3)",
            params![sha, bytes.len() as i64, bytes],
        )?;
        tx.execute(
            "INSERT INTO attachments (item, name, mime, size, sha256, added_at) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![item.to_string(), name, mime, bytes.len() as i64, sha, at],
        )?;
        let id = tx.last_insert_rowid();
        let after = audit::snapshot_row(tx, "attachments", id)?;
        audit::append(tx, &actor, "attach", Some(&item.to_string()), None, after.as_deref())?;
        Ok(attachments_of(tx, item)?.len())
    })?;
    say(&s.ctx, out, &i18n::attached(item, &name, n, &type_name(mime), bytes.len() as u64))
}

pub fn list(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(id)?;
    let conn = s.store()?.conn();
    if !item_exists(conn, item)? {
        return Err(Error::NotFound(i18n::no_such_item(item)));
    }
    let list = attachments_of(conn, item)?;
    match s.ctx.format {
        Format::Json => output::write_json(out, &list),
        Format::Csv => {
            output::write_csv(out, &["n", "name", "type", "size", "sha256", "added_at"], &list)
        }
        Format::Table if list.is_empty() => say(&s.ctx, out, &i18n::no_attachments(item)),
        Format::Table => {
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|x| {
                    vec![
                        x.n.to_string(),
                        x.name.clone(),
                        x.kind.clone(),
                        i18n::size(x.size as u64),
                        from_iso_datetime(&x.added_at).map(i18n::datetime).unwrap_or_default(),
                        x.sha256[..16.min(x.sha256.len())].to_owned(),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::attachment_headers(), &rows)
        }
    }
}

pub fn extract(s: &mut Session, a: &ExtractArgs, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(&a.id)?;
    let output = named_output(&a.output);
    if output.is_none() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(i18n::extract_needs_output()));
    }
    let conn = s.store()?.conn();
    let x = nth(conn, item, a.n)?;
    let data: Option<Vec<u8>> = conn
        .query_row("SELECT data FROM blobs WHERE sha256 = ?1", [&x.sha256], |r| r.get(0))
        .optional()?;
    let data = data.ok_or_else(|| Error::Damaged(i18n::verify_blob_missing(&item.to_string())))?;
    if hex_sha256(&data) != x.sha256 {
        return Err(Error::Damaged(i18n::verify_blob(&x.sha256)));
    }
    match output {
        None => out.write_all(&data)?,
        Some(path) => {
            super::check_output(&s.ctx, path, None)?;
            let mut file = OutFile::create(path, ".kabinet-extract-")?;
            file.write_all(&data)?;
            let said = file.is_file();
            file.finish()?;
            if said {
                say(&s.ctx, out, &i18n::extracted(item, a.n, path))?;
            }
        }
    }
    Ok(())
}

pub fn detach(s: &mut Session, a: &DetachArgs, out: &mut dyn Write) -> Result<()> {
    let item = parse_any_id(&a.id)?;
    let x = nth(s.store()?.conn(), item, a.n)?;
    let actor = s.actor();
    s.store()?.write(|tx| {
        let before = audit::snapshot_row(tx, "attachments", x.id)?;
        tx.execute("DELETE FROM attachments WHERE id = ?1", [x.id])?;
        // The content goes when nothing else refers to it (and is overwritten: secure_delete).
        tx.execute(
            "DELETE FROM blobs WHERE sha256 = ?1 \
             AND NOT EXISTS (SELECT 1 FROM attachments WHERE sha256 = ?1)",
            [&x.sha256],
        )?;
        audit::append(tx, &actor, "detach", Some(&item.to_string()), before.as_deref(), None)
            .map(|_| ())
    })?;
    say(&s.ctx, out, &i18n::detached(item, a.n, &x.name))
}

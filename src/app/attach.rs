//! Scans kept inside the encrypted store: PDF, DOCX, JPG or PNG, checked by content, at most
//! 5 MB, each content stored once (by SHA-256) however many items it is attached to. Every
//! attach and removal is logged.

use std::io::Read;
use std::path::Path;

use super::{Actor, Env, Error, Result};
use crate::crypto::sha256_hex;
use crate::domain::ItemId;
use crate::store::{Attachment, NewAttachment, Reader, Store};

/// The largest file accepted.
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;

/// Accepted types, told by content: (MIME type, the name shown).
const TYPES: &[(&str, &str)] = &[
    ("application/pdf", "PDF"),
    ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    ("image/jpeg", "JPG"),
    ("image/png", "PNG"),
];

/// The name a type is shown by: `PDF`, `JPG`…, else the MIME type itself.
pub fn type_name(mime: &str) -> &str {
    TYPES.iter().find(|(m, _)| *m == mime).map_or(mime, |(_, n)| n)
}

/// A file attached: the item's attachment number it got, and what it was.
#[derive(Debug)]
pub struct Attached {
    pub n: usize,
    pub name: String,
    pub mime: &'static str,
    pub size: u64,
}

/// Reads a file of at most [`MAX_BYTES`] whose content is one of the accepted types.
fn read_scan(path: &Path) -> Result<(Vec<u8>, &'static str)> {
    if path.is_dir() {
        return Err(Error::IsADirectory(path.to_owned()));
    }
    let file = std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NoSuchFile(path.to_owned()),
        _ => Error::CannotRead { path: path.to_owned(), source: e },
    })?;
    let size = file.metadata()?.len();
    let too_big = |size| Error::TooBig { path: path.to_owned(), size, max: MAX_BYTES };
    if size > MAX_BYTES {
        return Err(too_big(size));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    let found = infer::get(&bytes).map(|t| t.mime_type());
    match TYPES.iter().find(|(m, _)| Some(*m) == found) {
        Some((mime, _)) => Ok((bytes, mime)),
        None => Err(Error::WrongType {
            path: path.to_owned(),
            mime: found.map(str::to_owned).filter(|m| !m.is_empty()),
        }),
    }
}

/// Attaches the file at `path` to `item`: refused when the item already has this content.
pub fn attach(
    store: &mut Store,
    env: &Env,
    actor: &Actor,
    item: ItemId,
    path: &Path,
) -> Result<Attached> {
    let (bytes, mime) = read_scan(path)?;
    let sha = sha256_hex(&bytes);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let n = store.write(|tx| {
        if !tx.exists(item)? {
            return Err(Error::NotFound(item));
        }
        if let Some(same) = tx.attachments(item)?.into_iter().find(|x| x.sha256 == sha) {
            return Err(Error::AlreadyAttached { item, n: same.n });
        }
        let file = NewAttachment { name: &name, mime, bytes: &bytes, sha256: &sha, at: env.now };
        tx.attach(actor, item, &file)?;
        Ok(tx.attachments(item)?.len())
    })?;
    Ok(Attached { n, name, mime, size: bytes.len() as u64 })
}

/// An item's attachments; the item must exist.
pub fn list(r: Reader, item: ItemId) -> Result<Vec<Attachment>> {
    if !r.exists(item)? {
        return Err(Error::NotFound(item));
    }
    Ok(r.attachments(item)?)
}

/// The item's attachment number `n`, or "not found" naming how many it has.
pub fn nth(r: Reader, item: ItemId, n: usize) -> Result<Attachment> {
    let list = list(r, item)?;
    let count = list.len();
    list.into_iter().find(|a| a.n == n).ok_or(Error::NoSuchAttachment { item, n, count })
}

/// The exact bytes of attachment `n`, checked against its SHA-256.
pub fn extract(r: Reader, item: ItemId, n: usize) -> Result<Vec<u8>> {
    let x = nth(r, item, n)?;
    let data = r.blob(&x.sha256)?.ok_or(Error::BlobMissing(item))?;
    if sha256_hex(&data) != x.sha256 {
        return Err(Error::BlobDamaged(x.sha256));
    }
    Ok(data)
}

/// Removes attachment `n` from the item; returns what it was.
pub fn detach(store: &mut Store, actor: &Actor, item: ItemId, n: usize) -> Result<Attachment> {
    let x = nth(store.read(), item, n)?;
    store.write(|tx| tx.detach(actor, item, x.id, &x.sha256))?;
    Ok(x)
}

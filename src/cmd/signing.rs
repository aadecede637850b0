//! `kabinet verify-file` and `kabinet key public`: checking a signed export, and handing out
//! the public key that lets anyone else check it with `minisign`.

use std::io::Write;

use super::{Session, say};
use crate::cli::VerifyFileArgs;
use crate::error::{Error, Result};
use crate::i18n;
use crate::sign::{self, PublicKey};

pub fn public_key(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let key = crate::store::keys::signer(s.store()?.conn())?.public();
    out.write_all(key.file_text().as_bytes())?;
    Ok(())
}

pub fn verify_file(s: &mut Session, a: &VerifyFileArgs, out: &mut dyn Write) -> Result<()> {
    let sig_path = a.sig.clone().unwrap_or_else(|| sign::sig_path(&a.file));
    let mut file = open(&a.file)?;
    let sig_text = read(&sig_path)?;
    let key = match &a.key {
        // A key file, or the `RW…` line itself.
        Some(k) => match std::fs::read_to_string(k) {
            Ok(text) => PublicKey::parse(&text)?,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => PublicKey::parse(k)
                .map_err(|_| Error::NotFound(i18n::cannot_read(k.as_ref(), &e)))?,
            Err(e) => return Err(Error::NotFound(i18n::cannot_read(k.as_ref(), &e))),
        },
        None => crate::store::keys::signer(s.store()?.conn())?.public(),
    };
    let comment = key.verify(&mut file, &sig_text)?;
    say(&s.ctx, out, &i18n::signature_good(&a.file, &key.key_id(), &describe(s, &comment)))
}

/// minisign's trusted comment (`timestamp:N<TAB>file:NAME…`) in words: when, and which file.
fn describe(s: &Session, comment: &str) -> String {
    let mut when = None;
    let mut name = None;
    for part in comment.split('\t') {
        if let Some(t) = part.strip_prefix("timestamp:") {
            when = t.parse::<i64>().ok().and_then(|t| chrono::DateTime::from_timestamp(t, 0));
        } else if let Some(n) = part.strip_prefix("file:") {
            name = Some(n);
        }
    }
    match (when, name) {
        (Some(t), Some(n)) => {
            let local = t.with_timezone(&s.ctx.zone).naive_local();
            i18n::signed_when(&i18n::datetime(local), &s.ctx.zone.to_string(), n)
        }
        _ => comment.to_owned(),
    }
}

fn open(path: &std::path::Path) -> Result<std::fs::File> {
    super::check_input(path)?;
    std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Error::NotFound(i18n::no_such_file(path)),
        _ => Error::Io(i18n::cannot_read(path, &e)),
    })
}

fn read(path: &std::path::Path) -> Result<String> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut open(path)?, &mut text)
        .map_err(|_| Error::Damaged(i18n::signature_malformed()))?;
    Ok(text)
}

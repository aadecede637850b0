//! `kabinet verify-file` and `kabinet key public`: checking a signed export, and handing out
//! the public key that lets anyone else check it with `minisign`.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, check_input};
use crate::i18n;
use crate::sign::{self, PublicKey};

pub const VERIFY_FILE_HELP: &str = "\
Examples:
  kabinet verify-file journal.pdf                  # with the store's key (unlocks the store)
  kabinet verify-file journal.pdf --key kabinet.pub  # with a public key file, no store needed

The signature is read from FILE.sig (or --sig). The same check without kabinet:
  minisign -Vm journal.pdf -x journal.pdf.sig -p kabinet.pub";

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

pub fn public_key(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let key = s.store()?.read().signer()?.public();
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
                .map_err(|_| Failure::not_found(i18n::cannot_read(k.as_ref(), &e)))?,
            Err(e) => return Err(Failure::not_found(i18n::cannot_read(k.as_ref(), &e))),
        },
        None => s.store()?.read().signer()?.public(),
    };
    let comment = key.verify(&mut file, &sig_text)?;
    say(&s.ctx, out, &i18n::signature_good(&a.file, &key.key_id(), &describe(s, &comment)))
}

/// minisign's trusted comment (`timestamp:N<TAB>file:NAME…`) in words: when, and which file.
fn describe(s: &Session, comment: &str) -> String {
    let mut when = None;
    let mut name = None;
    let mut head = None;
    for part in comment.split('\t') {
        if let Some(t) = part.strip_prefix("timestamp:") {
            when = t.parse::<i64>().ok().and_then(|t| chrono::DateTime::from_timestamp(t, 0));
        } else if let Some(n) = part.strip_prefix("file:") {
            name = Some(n);
        } else if let Some(h) = part.strip_prefix("head:") {
            head = Some(h);
        }
    }
    let said = match (when, name) {
        (Some(t), Some(n)) => {
            let local = t.with_timezone(&s.ctx.zone()).naive_local();
            i18n::signed_when(&i18n::datetime(local), &s.ctx.zone().to_string(), n)
        }
        _ => comment.to_owned(),
    };
    match head {
        Some(h) => format!("{said}; {}", i18n::signed_at_head(h)),
        None => said,
    }
}

fn open(path: &std::path::Path) -> Result<std::fs::File> {
    check_input(path)?;
    std::fs::File::open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Failure::not_found(i18n::no_such_file(path)),
        _ => Failure::io(i18n::cannot_read(path, &e)),
    })
}

fn read(path: &std::path::Path) -> Result<String> {
    let mut text = String::new();
    std::io::Read::read_to_string(&mut open(path)?, &mut text)
        .map_err(|_| Failure::damaged(i18n::signature_malformed()))?;
    Ok(text)
}

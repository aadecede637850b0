//! `kabinet verify`: the evidence check an inspector runs — SQLCipher's page HMACs, SQLite's
//! structure, the audit chain, every row's seal, the set of items and the count of their
//! history rows against the log, attachment contents, and the signing key — and its report.

use std::io::Write;

use super::context::Format;
use super::failure::{Failure, Result, finding_text};
use super::output::say;
use super::session::Session;
use crate::app::verify;
use crate::i18n;
use crate::io::output;

pub const VERIFY_HELP: &str = "\
Examples:
  kabinet verify
  kabinet verify --format json

Checks SQLCipher's page HMACs (cipher_integrity_check), SQLite's integrity_check, the audit
chain (every entry's HMAC covers the one before; the head is sealed), the seal of every item
row and attachment, that the items present are those the audit trail added and did not
remove, and the store's signing key. A row changed, added or removed with another SQLCipher
client is named.";

pub fn run(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let (ctx, store) = s.parts()?;
    let report = verify::check(store.read())?;
    let problems: Vec<String> = report.findings.iter().map(finding_text).collect();
    if ctx.format == Format::Json {
        let counts: serde_json::Map<String, serde_json::Value> =
            report.counts.iter().map(|(k, v)| (k.clone(), serde_json::Value::from(*v))).collect();
        let v = serde_json::json!({
            "ok": problems.is_empty(),
            "problems": problems,
            "counts": counts,
            "log_entries": report.log_entries,
        });
        output::write_json(out, &v)?;
        return if problems.is_empty() { Ok(()) } else { Err(Failure::Exit(4)) };
    }
    if problems.is_empty() {
        say(ctx, out, &i18n::verify_ok(&report.counts, report.log_entries, &report.key_id))
    } else {
        Err(Failure::damaged(i18n::verify_failed(&problems)))
    }
}

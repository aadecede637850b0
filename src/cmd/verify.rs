//! `kabinet verify`: the evidence check an inspector runs — SQLCipher's page HMACs, SQLite's
//! structure, the audit chain, every row's seal, the set of items and the count of their
//! history rows against the log, attachment contents, the signing key, and the trail against
//! the head this machine saw (or one given) — and its report.

use std::io::Write;

use clap::Args;

use super::context::Format;
use super::failure::{Failure, Result, finding_text};
use super::heads;
use super::output::{invalid, say};
use super::session::Session;
use crate::app::heads::{Standing, compare};
use crate::app::verify;
use crate::domain::FieldError;
use crate::i18n;
use crate::io::output;
use crate::store::audit::Head;
use crate::validate::Problem;

pub const VERIFY_HELP: &str = "\
Examples:
  kabinet verify
  kabinet verify --format json
  kabinet verify --head 1689:3fa29c01d4e5b6a7   # as a receipt or a signed export printed it

Checks SQLCipher's page HMACs (cipher_integrity_check), SQLite's integrity_check, the audit
chain (every entry's HMAC covers the one before; the head is sealed), the seal of every item
row and attachment, that the items present are those the audit trail added and did not
remove, and the store's signing key. A row changed, added or removed with another SQLCipher
client is named. The trail is also checked against the head this machine remembered after
its last command on the store (and against --head): a store behind it, or rewritten since, is
exit 4 naming the entries missing — an older copy put in its place.";

#[derive(Args, Debug, Default)]
pub struct VerifyArgs {
    /// Also check against this head of the audit trail (SEQ:HASH, as a receipt, a signed
    /// export or an earlier verify printed it)
    #[arg(long, value_name = "SEQ:HASH")]
    pub head: Option<String>,
}

pub fn run(s: &mut Session, args: &VerifyArgs, out: &mut dyn Write) -> Result<()> {
    let given = match &args.head {
        Some(h) => Some(Head::parse(h).ok_or_else(|| {
            invalid(vec![FieldError {
                field: "--head",
                value: h.clone(),
                problem: Problem::Shape { expected: "SEQ:HASH (1689:3fa29c01d4e5b6a7)" },
            }])
        })?),
        None => None,
    };
    let (ctx, store) = s.parts()?;
    let report = verify::check(store.read())?;
    let mut problems: Vec<String> = report.findings.iter().map(finding_text).collect();
    // The trail against the heads seen elsewhere: this machine's, and the one given.
    let (_, remembered) = heads::standing(store)?;
    let seen =
        remembered.map(|(head, _)| (head, true)).into_iter().chain(given.map(|g| (g, false)));
    for (head, here) in seen {
        match compare(store.read(), &head)? {
            Standing::Holds => {}
            other => problems.push(i18n::rolled_back(&other, &head, here)),
        }
    }
    let head = store.read().head()?;
    if ctx.format == Format::Json {
        let counts: serde_json::Map<String, serde_json::Value> =
            report.counts.iter().map(|(k, v)| (k.clone(), serde_json::Value::from(*v))).collect();
        let v = serde_json::json!({
            "ok": problems.is_empty(),
            "problems": problems,
            "counts": counts,
            "log_entries": report.log_entries,
            "head": head.as_ref().map(ToString::to_string),
            "signatures": {
                "signed": report.signatures.signed,
                "before_signing": report.signatures.before,
                "signers": report.signatures.signers.iter().map(|(name, role, key)| {
                    serde_json::json!({ "name": name, "role": role.code(), "key": key })
                }).collect::<Vec<_>>(),
            },
        });
        output::write_json(out, &v)?;
        return if problems.is_empty() { Ok(()) } else { Err(Failure::Exit(4)) };
    }
    if problems.is_empty() {
        let head = head.map(|h| h.to_string()).unwrap_or_default();
        let ok = i18n::verify_ok(&report.counts, report.log_entries, &report.key_id, &head);
        say(ctx, out, &format!("{ok}; {}", i18n::signatures_checked(&report.signatures)))
    } else {
        Err(Failure::damaged(i18n::verify_failed(&problems)))
    }
}

//! `kabinet verify`: the evidence check an inspector runs — SQLCipher's page HMACs, SQLite's
//! structure, the audit chain, every row's seal, the set of items and the count of their
//! history rows against the log, attachment contents against their SHA-256, and the signing key.

use std::io::Write;

use rusqlite::Connection;

use super::{Session, say};
use crate::cli::Format;
use crate::error::{Error, Result};
use crate::i18n;
use crate::io::output;
use crate::store::{audit, seal};

/// Problems named per check before the rest are only counted.
const MAX_NAMED: usize = 20;
/// Page cache while checking, in KiB. `integrity_check` looks up every row in each of its
/// indexes; with SQLite's default 2 MB most lookups decrypt a page again (1,000,000 records:
/// 29 s, 74 MB; with 64 MB: 15 s, 88 MB; more buys little).
const VERIFY_CACHE_KIB: u32 = 64 << 10;

pub fn run(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let conn = s.store()?.conn();
    let report = check(conn)?;
    if s.ctx.format == Format::Json {
        let v = serde_json::json!({
            "ok": report.problems.is_empty(),
            "problems": report.problems,
            "counts": report.counts.iter().map(|(k, v)| (k.clone(), serde_json::Value::from(*v))).collect::<serde_json::Map<String, serde_json::Value>>(),
            "log_entries": report.log_entries,
        });
        output::write_json(out, &v)?;
        return if report.problems.is_empty() { Ok(()) } else { Err(Error::Exit(4)) };
    }
    if report.problems.is_empty() {
        say(&s.ctx, out, &i18n::verify_ok(&report.counts, report.log_entries, &report.key_id))
    } else {
        Err(Error::Damaged(i18n::verify_failed(&report.problems)))
    }
}

#[derive(Debug, Default)]
pub struct Report {
    pub problems: Vec<String>,
    pub counts: Vec<(String, u64)>,
    pub log_entries: i64,
    pub key_id: String,
}

/// Runs every check on an open store.
pub fn check(conn: &Connection) -> Result<Report> {
    let mut r = Report::default();
    conn.execute_batch(&format!("PRAGMA cache_size = -{VERIFY_CACHE_KIB}"))?;
    // 1. SQLCipher: every page's HMAC.
    let mut st = conn.prepare("PRAGMA cipher_integrity_check")?;
    let pages: Vec<String> = st.query_map([], |row| row.get(0))?.filter_map(|x| x.ok()).collect();
    for p in pages.iter().take(MAX_NAMED) {
        r.problems.push(i18n::verify_page(p));
    }
    // 2. SQLite: b-trees, indexes, constraints.
    let mut st = conn.prepare("PRAGMA integrity_check")?;
    let lines: Vec<String> = st.query_map([], |row| row.get(0))?.filter_map(|x| x.ok()).collect();
    for l in lines.iter().filter(|l| l.as_str() != "ok").take(MAX_NAMED) {
        r.problems.push(i18n::verify_structure(l));
    }
    // 3. The audit chain.
    let chain = audit::check_chain(conn)?;
    r.log_entries = chain.entries;
    for (a, b) in &chain.missing {
        r.problems.push(i18n::verify_log_removed(*a, *b));
    }
    for seq in chain.altered.iter().take(MAX_NAMED) {
        r.problems.push(i18n::verify_log_altered(*seq));
    }
    if chain.altered.len() > MAX_NAMED {
        r.problems.push(i18n::verify_more(chain.altered.len() - MAX_NAMED));
    }
    if chain.head_mismatch && chain.missing.is_empty() {
        r.problems.push(i18n::verify_log_head());
    }
    // 4. Row seals, and 5. the items present against the log.
    let expected = audit::expected_ids(conn)?;
    for (table, _) in seal::SEALED {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |x| x.get(0))?;
        r.counts.push(((*table).to_owned(), n as u64));
        let (broken, ids) = seal::broken(conn, table, MAX_NAMED)?;
        for id in &ids {
            r.problems.push(i18n::verify_row_changed(&audit::label(table, *id)));
        }
        if broken > ids.len() as u64 {
            r.problems.push(i18n::verify_more(broken as usize - ids.len()));
        }
        if let Some(set) = expected.get(table) {
            let (unexpected, missing) = audit::compare_ids(conn, table, set)?;
            for id in unexpected.iter().take(MAX_NAMED) {
                r.problems.push(i18n::verify_row_unlogged(&audit::label(table, *id)));
            }
            for id in missing.iter().take(MAX_NAMED) {
                r.problems.push(i18n::verify_row_removed(&audit::label(table, *id)));
            }
            let more = unexpected.len().saturating_sub(MAX_NAMED)
                + missing.len().saturating_sub(MAX_NAMED);
            if more > 0 {
                r.problems.push(i18n::verify_more(more));
            }
        }
    }
    // The history rows of items (reschedules, completions).
    for (table, owner, _) in seal::SEALED_HISTORY {
        let (broken, ids) = seal::broken_history(conn, table, MAX_NAMED)?;
        for id in &ids {
            let item = i18n::history_row(&audit::label(owner, *id), table);
            r.problems.push(i18n::verify_row_changed(&item));
        }
        if broken > ids.len() as u64 {
            r.problems.push(i18n::verify_more(broken as usize - ids.len()));
        }
    }
    // How many each item has, against the log: a row removed or copied in keeps its seal.
    let mismatches = audit::history_mismatches(conn)?;
    for m in mismatches.iter().take(MAX_NAMED) {
        r.problems.push(i18n::verify_history_count(&m.item, m.table, m.logged, m.present));
    }
    if mismatches.len() > MAX_NAMED {
        r.problems.push(i18n::verify_more(mismatches.len() - MAX_NAMED));
    }
    // 6. Attachment contents.
    let mut st = conn.prepare("SELECT sha256, data FROM blobs ORDER BY sha256")?;
    let mut rows = st.query([])?;
    while let Some(row) = rows.next()? {
        let sha: String = row.get(0)?;
        let data: Vec<u8> = row.get(1)?;
        if hex_sha256(&data) != sha {
            r.problems.push(i18n::verify_blob(&sha));
        }
    }
    let mut st = conn.prepare(
        "SELECT a.id, a.item FROM attachments a LEFT JOIN blobs b ON b.sha256 = a.sha256 \
         WHERE b.sha256 IS NULL",
    )?;
    let orphans: Vec<(i64, String)> =
        st.query_map([], |x| Ok((x.get(0)?, x.get(1)?)))?.filter_map(|x| x.ok()).collect();
    for (_, item) in orphans {
        r.problems.push(i18n::verify_blob_missing(&item));
    }
    // 7. The signing key.
    match crate::store::keys::signer(conn) {
        Ok(signer) => r.key_id = signer.public().key_id(),
        Err(e) => r.problems.push(e.to_string()),
    }
    Ok(r)
}

/// SHA-256 in lowercase hex.
pub fn hex_sha256(data: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, data))
}

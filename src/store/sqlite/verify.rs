//! The evidence check of an SQLCipher store: the pages' HMACs, SQLite's structure, the audit
//! chain and who signed each entry, every row's seal, the set of items and the count of their history rows against the
//! log, attachment contents against their SHA-256, and the signing key.

use rusqlite::Connection;

use super::{Result, Skips, appts, attachments, audit, docs, keys, obligations, records, seal};
use crate::store::audit::label;
use crate::store::verify::{Finding, Report, named};

/// Page cache while checking, in KiB. `integrity_check` looks up every row in each of its
/// indexes; with SQLite's default 2 MB most lookups decrypt a page again (1,000,000 records:
/// 29 s, 74 MB; with 64 MB: 15 s, 88 MB; more buys little).
const VERIFY_CACHE_KIB: u32 = 64 << 10;

/// Runs every check; names at most `limit` problems of a kind and counts the rest.
pub(in crate::store) fn check(
    conn: &Connection,
    table: Option<&crate::slots::Table>,
    limit: usize,
) -> Result<Report> {
    let mut r = Report::default();
    conn.execute_batch(&format!("PRAGMA cache_size = -{VERIFY_CACHE_KIB}"))?;
    // 1. SQLCipher: every page's HMAC. 2. SQLite: b-trees, indexes, constraints.
    let pages = pragma_lines(conn, "PRAGMA cipher_integrity_check")?;
    r.findings.extend(pages.into_iter().take(limit).map(Finding::Page));
    let lines = pragma_lines(conn, "PRAGMA integrity_check")?;
    let bad = lines.into_iter().filter(|l| l != "ok").take(limit);
    r.findings.extend(bad.map(Finding::Structure));
    // 3. The audit chain.
    let chain = audit::check_chain(conn)?;
    r.log_entries = chain.entries;
    r.findings.extend(chain.missing.iter().map(|(a, b)| Finding::LogRemoved(*a, *b)));
    named(&mut r.findings, chain.altered.iter().map(|s| Finding::LogAltered(*s)).collect(), limit);
    if chain.head_mismatch && chain.missing.is_empty() {
        r.findings.push(Finding::LogHead);
    }
    // Who signed each entry, and whether their role allowed it.
    let (summary, signed) = audit::check_signatures(conn, table)?;
    r.signatures = summary;
    named(&mut r.findings, signed, limit);
    // 4. Row seals, and 5. the items present against the log.
    let expected = audit::expected_ids(conn)?;
    for (table, _) in seal::SEALED {
        let n: i64 = conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |x| x.get(0))?;
        r.counts.push(((*table).to_owned(), n as u64));
        let (broken, ids) = seal::broken(conn, table, limit)?;
        r.findings.extend(ids.iter().map(|id| Finding::RowChanged(label(table, *id))));
        if broken > ids.len() as u64 {
            r.findings.push(Finding::More(broken as usize - ids.len()));
        }
        if let Some(set) = expected.get(table) {
            let (unexpected, missing) = audit::compare_ids(conn, table, set)?;
            let more = unexpected.len().saturating_sub(limit) + missing.len().saturating_sub(limit);
            let unlogged = unexpected.iter().take(limit).map(|id| label(table, *id));
            r.findings.extend(unlogged.map(Finding::RowUnlogged));
            let removed = missing.iter().take(limit).map(|id| label(table, *id));
            r.findings.extend(removed.map(Finding::RowRemoved));
            if more > 0 {
                r.findings.push(Finding::More(more));
            }
        }
    }
    // The history rows of items (reschedules, completions): each one's seal, and how many each
    // item has against the log (a row removed or copied in keeps its seal).
    for (table, owner, _) in seal::SEALED_HISTORY {
        let (broken, ids) = seal::broken_history(conn, table, limit)?;
        for id in &ids {
            r.findings.push(Finding::HistoryRowChanged { item: label(owner, *id), table });
        }
        if broken > ids.len() as u64 {
            r.findings.push(Finding::More(broken as usize - ids.len()));
        }
    }
    let counts = audit::history_mismatches(conn)?.into_iter().map(|m| Finding::HistoryCount {
        item: m.item,
        table: m.table,
        logged: m.logged,
        present: m.present,
    });
    named(&mut r.findings, counts.collect(), limit);
    // 6. Attachment contents.
    r.findings.extend(attachments::check(conn)?);
    // 7. Values that cannot be read back: each item through the decoding every listing uses.
    let skips = Skips::default();
    unreadable(conn, &skips)?;
    let all = skips.into_inner().unwrap_or_default();
    named(
        &mut r.findings,
        all.into_iter()
            .map(|s| Finding::Unreadable { item: s.item.to_string(), value: s.value })
            .collect(),
        limit,
    );
    // 8. The signing key.
    match keys::signer(conn) {
        Ok(signer) => r.key_id = signer.public().key_id(),
        Err(crate::store::Error::Signing(e)) => r.findings.push(Finding::SigningKey(e)),
        Err(e) => return Err(e),
    }
    Ok(r)
}

/// Reads every item as listings do, noting in `skips` each holding a value that cannot be read.
fn unreadable(conn: &Connection, skips: &Skips) -> Result<()> {
    fn none<T>(_: T) -> Result<()> {
        Ok(())
    }
    records::scan_raw(conn, None, None, 10_000, |raw| records::decode(&raw, skips, none))?;
    docs::scan(conn, skips, none)?;
    appts::scan(conn, skips, None, None, none)?;
    obligations::list(conn, skips)?;
    Ok(())
}

/// The lines a checking pragma returns.
fn pragma_lines(conn: &Connection, sql: &str) -> Result<Vec<String>> {
    let mut st = conn.prepare(sql)?;
    let lines = st.query_map([], |row| row.get(0))?.filter_map(|x| x.ok()).collect();
    Ok(lines)
}

//! Carrying one store into another: a local store into an office on a server (`push`), an
//! office into a new local store (`backup` of an office). Every item whole, under its own
//! number, with its history rows and attachments; then the source's log, entry by entry, each
//! appended to the target's chain as it was (when, who, what), signed by the admin who carries
//! it, the original's HMAC and signature kept beside it. In batches, each its own transaction:
//! what an interrupted push carried stays, and the next push goes on from there (items the
//! office has are skipped, entries carried are not carried again) — so pushing twice changes
//! nothing the second time. The reminders' delivery log goes too, so that a reminder sent from
//! the source is not sent again from the target.

use super::{Actor, Result};
use crate::domain::{ItemId, ItemKind};
use crate::store::{Put, RawEntry, Store, Whole};

/// Items, or log entries, written per transaction.
const BATCH: usize = 500;

/// What a push did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pushed {
    /// Items added to the office.
    pub added: usize,
    /// Items the office had already (an earlier push).
    pub had: usize,
    /// Log entries carried.
    pub entries: usize,
    /// Rows of the reminders' delivery log carried (reminders sent, failing or given up, so
    /// that the target does not send them again).
    pub deliveries: usize,
}

/// Pushes `from` into the office `to` (which the caller opened as one of its admins).
pub fn push(from: &Store, to: &mut Store, actor: &Actor) -> Result<Pushed> {
    carry(from, to, actor, "push")
}

/// Carries `from` into `to` (see the module), ending with an `action` entry in `to`'s log.
pub fn carry(from: &Store, to: &mut Store, actor: &Actor, action: &str) -> Result<Pushed> {
    let mut done = Pushed::default();
    let r = from.read();
    let mut batch: Vec<Whole> = Vec::new();
    let mut flush = |batch: &mut Vec<Whole>, to: &mut Store| -> Result<()> {
        let items = std::mem::take(batch);
        let (added, had) = put_batch(from, to, &items)?;
        done.added += added;
        done.had += had;
        Ok(())
    };
    r.scan_records(None, None, BATCH, |rows| {
        rows.decode(|rec| {
            batch.push(Whole::Record(rec));
            Ok::<_, super::Error>(())
        })?;
        flush(&mut batch, to)
    })?;
    let mut collect = |w: Whole, batch: &mut Vec<Whole>, to: &mut Store| -> Result<()> {
        batch.push(w);
        if batch.len() >= BATCH { flush(batch, to) } else { Ok(()) }
    };
    r.scan_docs(|d| collect(Whole::Doc(d), &mut batch, to))?;
    r.scan_appts(None, None, |a| {
        let moves = r.appt_moves(a.id)?;
        collect(Whole::Appt(a, moves), &mut batch, to)
    })?;
    for o in r.obligations()? {
        let dones = r.obligation_dones(o.id)?;
        collect(Whole::Obligation(o, dones), &mut batch, to)?;
    }
    r.scan_applications(|a| {
        let changes = r.application_changes(a.id)?;
        collect(Whole::Application(a, changes), &mut batch, to)
    })?;
    flush(&mut batch, to)?;
    // Numbers the store gave (to items since deleted too) are not given again.
    to.write(|tx| {
        for kind in ItemKind::ALL {
            tx.raise_number(kind, r.last_id(kind)?)?;
        }
        Ok::<_, super::Error>(())
    })?;
    // The reminders already sent or tried: the target does not send them again.
    for chunk in r.deliveries()?.chunks(BATCH) {
        done.deliveries += to.write(|tx| {
            let mut n = 0;
            for d in chunk {
                n += usize::from(tx.put_delivery(d)?);
            }
            Ok::<_, super::Error>(n)
        })?;
    }
    // The log, from where an earlier push left it.
    let store = r.store_id()?;
    let entries = r.raw_log(to.read().carried_up_to(&store)?)?;
    for chunk in entries.chunks(BATCH) {
        carry_batch(to, &store, chunk)?;
        done.entries += chunk.len();
    }
    let after = serde_json::json!({
        "from": store, "added": done.added, "had": done.had, "entries": done.entries,
        "deliveries": done.deliveries,
    })
    .to_string();
    to.write(|tx| tx.log(actor, action, None, None, Some(&after)).map(|_| ()))?;
    Ok(done)
}

/// Puts a batch of items, with their attachments, in one transaction: how many were added,
/// how many the office had.
fn put_batch(from: &Store, to: &mut Store, items: &[Whole]) -> Result<(usize, usize)> {
    if items.is_empty() {
        return Ok((0, 0));
    }
    let r = from.read();
    to.write(|tx| {
        let (mut added, mut had) = (0, 0);
        for w in items {
            if tx.put(w)? == Put::Had {
                had += 1;
                continue;
            }
            added += 1;
            let item: ItemId = w.item_id();
            for a in r.attachments(item)? {
                let Some(bytes) = r.blob(&a.sha256)? else { continue };
                let at = crate::domain::dates::from_iso_datetime(&a.added_at).unwrap_or(w_time(w));
                let file = crate::store::NewAttachment {
                    name: &a.name,
                    mime: &a.mime,
                    bytes: &bytes,
                    sha256: &a.sha256,
                    at,
                };
                tx.put_attachment(item, &file, a.id)?;
            }
        }
        Ok::<_, super::Error>((added, had))
    })
}

/// When an item was made (an attachment's time when its own cannot be read).
fn w_time(w: &Whole) -> chrono::NaiveDateTime {
    match w {
        Whole::Record(r) => r.recorded_at,
        Whole::Doc(d) => d.created_at,
        Whole::Appt(a, _) => a.created_at,
        Whole::Obligation(o, _) => o.created_at,
        Whole::Application(a, _) => a.created_at,
    }
}

/// Carries a batch of log entries in one transaction.
fn carry_batch(to: &mut Store, store: &str, entries: &[RawEntry]) -> Result<()> {
    to.write(|tx| {
        for e in entries {
            tx.carry(store, e)?;
        }
        Ok::<_, super::Error>(())
    })?;
    Ok(())
}

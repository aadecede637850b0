//! The delivery log of reminders (`kabinet notify`): one row per item, occasion, channel and
//! recipient, claimed in a transaction before it is sent — so two runs never send it twice,
//! and a run that dies leaves its claim to lapse — then marked sent, failed (with the server's
//! answer and when to try again) or given up.

use rusqlite::{Connection, OptionalExtension, params};

use super::Result;
use crate::domain::dates::iso_datetime;
use crate::store::types::{Delivery, DeliveryKey, Outcome};
use chrono::NaiveDateTime;

/// Claims `key` for sending until `until`: `Some(row)` when it is this run's to send (new, or
/// failed and due again, or claimed by a run whose claim lapsed), `None` when it was sent or
/// given up, is claimed by another run, or waits for its next try.
pub(in crate::store) fn claim(
    conn: &Connection,
    key: &DeliveryKey,
    now: NaiveDateTime,
    until: NaiveDateTime,
) -> Result<Option<i64>> {
    let (now_s, until_s) = (iso_datetime(now), iso_datetime(until));
    let found: Option<(i64, String, Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT id, status, next_at, claimed_until FROM notifications \
             WHERE item = ?1 AND occasion = ?2 AND channel = ?3 AND recipient = ?4",
            params![key.item, key.occasion, key.channel, key.recipient],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .optional()?;
    let Some((id, status, next_at, claimed_until)) = found else {
        conn.execute(
            "INSERT INTO notifications (item, occasion, channel, recipient, status, attempts, \
             first_at, last_at, claimed_until) VALUES (?1, ?2, ?3, ?4, 'sending', 0, ?5, ?5, ?6)",
            params![key.item, key.occasion, key.channel, key.recipient, now_s, until_s],
        )?;
        return Ok(Some(conn.last_insert_rowid()));
    };
    let free = match status.as_str() {
        "sending" => claimed_until.is_none_or(|c| c <= now_s),
        "failed" => next_at.is_none_or(|n| n <= now_s),
        _ => false,
    };
    if !free {
        return Ok(None);
    }
    conn.execute(
        "UPDATE notifications SET status = 'sending', claimed_until = ?2 WHERE id = ?1",
        params![id, until_s],
    )?;
    Ok(Some(id))
}

/// Records how a claimed delivery went.
pub(in crate::store) fn finish(
    conn: &Connection,
    id: i64,
    outcome: &Outcome,
    now: NaiveDateTime,
) -> Result<()> {
    let now_s = iso_datetime(now);
    let (status, answer, next) = match outcome {
        Outcome::Sent => ("sent", None, None),
        Outcome::Failed { answer, next_at } => {
            ("failed", Some(answer.as_str()), Some(iso_datetime(*next_at)))
        }
        Outcome::GivenUp { answer } => ("given_up", Some(answer.as_str()), None),
    };
    conn.execute(
        "UPDATE notifications SET status = ?2, attempts = attempts + 1, last_at = ?3, \
         answer = ?4, next_at = ?5, claimed_until = NULL WHERE id = ?1",
        params![id, status, now_s, answer, next],
    )?;
    Ok(())
}

/// Keeps `d` as it was in another store's log (no claim held): `false` when this log has its
/// item, occasion, channel and recipient already.
pub(in crate::store) fn put(conn: &Connection, d: &Delivery) -> Result<bool> {
    let n = conn.execute(
        "INSERT OR IGNORE INTO notifications (item, occasion, channel, recipient, status, \
         attempts, first_at, last_at, next_at, answer) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            d.item,
            d.occasion,
            d.channel,
            d.recipient,
            d.status,
            d.attempts,
            d.first_at,
            d.last_at,
            d.next_at,
            d.answer
        ],
    )?;
    Ok(n == 1)
}

/// Every row of the log, oldest first; or (`id`) that one row.
pub(in crate::store) fn list(conn: &Connection, id: Option<i64>) -> Result<Vec<Delivery>> {
    let mut st = conn.prepare(
        "SELECT id, item, occasion, channel, recipient, status, attempts, first_at, last_at, \
         next_at, answer FROM notifications WHERE ?1 IS NULL OR id = ?1 ORDER BY id",
    )?;
    let rows = st.query_map([id], |r| {
        Ok(Delivery {
            id: r.get(0)?,
            item: r.get(1)?,
            occasion: r.get(2)?,
            channel: r.get(3)?,
            recipient: r.get(4)?,
            status: r.get(5)?,
            attempts: r.get(6)?,
            first_at: r.get(7)?,
            last_at: r.get(8)?,
            next_at: r.get(9)?,
            answer: r.get(10)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

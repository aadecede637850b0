//! The delivery log of reminders on the office server: which reminder of which item went to
//! whom by which channel, and how it went, so that two runs (on two machines) never send one
//! twice. The recipient and the answer are sealed; the recipient is found by its keyed hash.

use chrono::NaiveDateTime;

use super::db::Handle;
use super::fields::Place;
use crate::domain::dates::iso_datetime;
use crate::store::types::{Delivery, DeliveryKey, Outcome};
use crate::store::{Error, Result};

fn place(office: i16, id: i64, column: &str) -> Place<'_> {
    Place { office, table: "notifications", row: id, column }
}

impl Handle<'_> {
    /// Claims a reminder for sending until `until`: its row when this run is to send it (new,
    /// a claim that lapsed, or a failure due for another try), `None` when it is sent, given
    /// up, or being sent by another run. The row is locked until the caller's transaction ends.
    pub fn claim_delivery(
        &self,
        key: &DeliveryKey,
        now: NaiveDateTime,
        until: NaiveDateTime,
    ) -> Result<Option<i64>> {
        let office = self.db.office;
        let to = self.db.fields.lookup("notifications.recipient", &key.recipient);
        let k = (&key.item, &key.occasion, &key.channel);
        let found = self.run(|c| {
            Ok(c.query_opt(
                "SELECT id, status, next_at, claimed_until FROM kabinet.notifications \
                 WHERE office = $1 AND item = $2 AND occasion = $3 AND channel = $4 \
                 AND recipient_key = $5 FOR UPDATE",
                &[&office, k.0, k.1, k.2, &to],
            )?)
        })?;
        let Some(row) = found else {
            let id: i64 = self.run(|c| {
                Ok(c.query_one("SELECT nextval('kabinet.notification_ids')", &[])?.get(0))
            })?;
            let sealed =
                self.db.fields.seal(place(office, id, "recipient"), key.recipient.as_bytes())?;
            // Another run that claimed it first, between the look and the insert, keeps it.
            let inserted = self.run(|c| {
                Ok(c.execute(
                    "INSERT INTO kabinet.notifications (office, id, item, occasion, channel, \
                     recipient_key, recipient, status, attempts, first_at, last_at, \
                     claimed_until) VALUES ($1, $2, $3, $4, $5, $6, $7, 'sending', 0, $8, $8, $9) \
                     ON CONFLICT (office, item, occasion, channel, recipient_key) DO NOTHING",
                    &[&office, &id, k.0, k.1, k.2, &to, &sealed, &now, &until],
                )?)
            })?;
            return Ok((inserted == 1).then_some(id));
        };
        let (id, status): (i64, String) = (row.get(0), row.get(1));
        let (next_at, claimed): (Option<NaiveDateTime>, Option<NaiveDateTime>) =
            (row.get(2), row.get(3));
        let free = match status.as_str() {
            "sending" => claimed.is_none_or(|c| c <= now),
            "failed" => next_at.is_none_or(|n| n <= now),
            _ => false,
        };
        if !free {
            return Ok(None);
        }
        self.run(|c| {
            c.execute(
                "UPDATE kabinet.notifications SET status = 'sending', claimed_until = $3 \
                 WHERE office = $1 AND id = $2",
                &[&office, &id, &until],
            )?;
            Ok(())
        })?;
        Ok(Some(id))
    }

    /// Keeps `d` as it was in another store's log (no claim held), its recipient and answer
    /// sealed to the new row: `false` when this office's log has that reminder already.
    pub fn put_delivery(&self, d: &Delivery) -> Result<bool> {
        let office = self.db.office;
        let time = |s: &str| {
            crate::validate::dates::from_iso_datetime(s)
                .ok_or_else(|| Error::Corrupt(format!("a delivery's time {s:?}")))
        };
        let (first, last) = (time(&d.first_at)?, time(&d.last_at)?);
        let next = d.next_at.as_deref().map(time).transpose()?;
        let to = self.db.fields.lookup("notifications.recipient", &d.recipient);
        let id: i64 = self
            .run(|c| Ok(c.query_one("SELECT nextval('kabinet.notification_ids')", &[])?.get(0)))?;
        let seal =
            |column: &str, v: &str| self.db.fields.seal(place(office, id, column), v.as_bytes());
        let recipient = seal("recipient", &d.recipient)?;
        let answer = d.answer.as_deref().map(|a| seal("answer", a)).transpose()?;
        let attempts = i32::try_from(d.attempts).unwrap_or(i32::MAX);
        let inserted = self.run(|c| {
            Ok(c.execute(
                "INSERT INTO kabinet.notifications (office, id, item, occasion, channel, \
                 recipient_key, recipient, status, attempts, first_at, last_at, next_at, answer) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) \
                 ON CONFLICT (office, item, occasion, channel, recipient_key) DO NOTHING",
                &[
                    &office,
                    &id,
                    &d.item,
                    &d.occasion,
                    &d.channel,
                    &to,
                    &recipient,
                    &d.status,
                    &attempts,
                    &first,
                    &last,
                    &next,
                    &answer,
                ],
            )?)
        })?;
        Ok(inserted == 1)
    }

    /// Records how a claimed reminder went.
    pub fn finish_delivery(&self, id: i64, outcome: &Outcome, now: NaiveDateTime) -> Result<()> {
        let office = self.db.office;
        let (status, answer, next) = match outcome {
            Outcome::Sent => ("sent", None, None),
            Outcome::Failed { answer, next_at } => {
                ("failed", Some(answer.as_str()), Some(*next_at))
            }
            Outcome::GivenUp { answer } => ("given_up", Some(answer.as_str()), None),
        };
        let answer = answer
            .map(|a| self.db.fields.seal(place(office, id, "answer"), a.as_bytes()))
            .transpose()?;
        self.run(|c| {
            c.execute(
                "UPDATE kabinet.notifications SET status = $3, attempts = attempts + 1, \
                 last_at = $4, answer = $5, next_at = $6, claimed_until = NULL \
                 WHERE office = $1 AND id = $2",
                &[&office, &id, &status, &now, &answer, &next],
            )?;
            Ok(())
        })
    }

    /// The delivery log, oldest first (or the one row `id`).
    pub fn deliveries(&self, id: Option<i64>) -> Result<Vec<Delivery>> {
        let office = self.db.office;
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT id, item, occasion, channel, recipient, status, attempts, first_at, \
                 last_at, next_at, answer FROM kabinet.notifications \
                 WHERE office = $1 AND ($2::bigint IS NULL OR id = $2) ORDER BY id",
                &[&office, &id],
            )?)
        })?;
        let open = |id: i64, column: &str, v: Option<Vec<u8>>| -> Result<Option<String>> {
            v.map(|v| {
                self.db
                    .fields
                    .open(place(office, id, column), &v)
                    .map(|p| String::from_utf8_lossy(&p).into_owned())
                    .map_err(|e| Error::Corrupt(e.to_string()))
            })
            .transpose()
        };
        rows.iter()
            .map(|r| {
                let id: i64 = r.get(0);
                Ok(Delivery {
                    id,
                    item: r.get(1),
                    occasion: r.get(2),
                    channel: r.get(3),
                    recipient: open(id, "recipient", r.get(4))?.unwrap_or_default(),
                    status: r.get(5),
                    attempts: i64::from(r.get::<_, i32>(6)),
                    first_at: iso_datetime(r.get(7)),
                    last_at: iso_datetime(r.get(8)),
                    next_at: r.get::<_, Option<NaiveDateTime>>(9).map(iso_datetime),
                    answer: open(id, "answer", r.get(10))?,
                })
            })
            .collect()
    }
}

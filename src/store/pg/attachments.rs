//! Attachments on the office server: each file's content kept once per office, sealed, under
//! a keyed hash of its SHA-256 (the server cannot tell which known file a clerk attached); the
//! name and the SHA-256 sealed too, the type, size and time in clear.

use super::db::Handle;
use super::fields::Place;
use crate::domain::ItemId;
use crate::domain::dates::iso_datetime;
use crate::store::types::{Attachment, NewAttachment};
use crate::store::{Error, Result};

fn place(office: i16, id: i64, column: &str) -> Place<'_> {
    Place { office, table: "attachments", row: id, column }
}

fn content_place(office: i16, sha256: &str) -> Place<'_> {
    Place { office, table: "blobs", row: 0, column: sha256 }
}

impl Handle<'_> {
    fn content_key(&self, sha256: &str) -> Vec<u8> {
        self.db.fields.lookup("blobs.content", sha256)
    }

    fn open_text(&self, p: Place, v: &[u8]) -> Result<String> {
        let plain = self.db.fields.open(p, v).map_err(|e| Error::Corrupt(e.to_string()))?;
        Ok(String::from_utf8_lossy(&plain).into_owned())
    }

    /// An item's attachments, numbered from 1.
    pub fn attachments(&self, item: ItemId) -> Result<Vec<Attachment>> {
        let (office, item) = (self.db.office, item.to_string());
        let rows = self.run(|c| {
            Ok(c.query(
                "SELECT id, name, mime, size, sha256, added_at FROM kabinet.attachments \
                 WHERE office = $1 AND item = $2 ORDER BY id",
                &[&office, &item],
            )?)
        })?;
        rows.iter()
            .enumerate()
            .map(|(i, r)| {
                let id: i64 = r.get(0);
                Ok(Attachment {
                    n: i + 1,
                    id,
                    name: self.open_text(place(office, id, "name"), r.get(1))?,
                    mime: r.get(2),
                    size: r.get(3),
                    sha256: self.open_text(place(office, id, "sha256"), r.get(4))?,
                    added_at: iso_datetime(r.get(5)),
                })
            })
            .collect()
    }

    /// An attachment's content by its SHA-256 (checked against it once opened).
    pub fn blob(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        let (office, key) = (self.db.office, self.content_key(sha256));
        let row = self.run(|c| {
            Ok(c.query_opt(
                "SELECT data FROM kabinet.blobs WHERE office = $1 AND content_key = $2",
                &[&office, &key],
            )?)
        })?;
        let Some(row) = row else { return Ok(None) };
        let sealed: Vec<u8> = row.get(0);
        let plain = self
            .db
            .fields
            .open(content_place(office, sha256), &sealed)
            .map_err(|e| Error::Corrupt(e.to_string()))?;
        if crate::crypto::sha256_hex(&plain) != sha256 {
            return Err(Error::Corrupt(format!("attachment content {sha256} was changed")));
        }
        Ok(Some(plain.to_vec()))
    }

    /// Attaches a file's content to an item (kept once however many items share it); returns
    /// the attachment's row.
    pub fn attach(&self, item: ItemId, f: &NewAttachment) -> Result<i64> {
        self.attach_as(None, item, f)
    }

    /// Attaches a file as attachment number `id` when given (a push keeping the source's),
    /// else the office's next.
    pub fn attach_as(&self, id: Option<i64>, item: ItemId, f: &NewAttachment) -> Result<i64> {
        let office = self.db.office;
        let id = self.number_of("attachments", id)?;
        let key = self.content_key(f.sha256);
        let data = self.db.fields.seal(content_place(office, f.sha256), f.bytes)?;
        let name = self.db.fields.seal(place(office, id, "name"), f.name.as_bytes())?;
        let sha = self.db.fields.seal(place(office, id, "sha256"), f.sha256.as_bytes())?;
        let (size, item, at) = (f.bytes.len() as i64, item.to_string(), f.at);
        self.run(|c| {
            c.execute(
                "INSERT INTO kabinet.blobs (office, content_key, size, data) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (office, content_key) DO NOTHING",
                &[&office, &key, &size, &data],
            )?;
            c.execute(
                "INSERT INTO kabinet.attachments (office, id, item, name, mime, size, sha256, \
                 content_key, added_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
                &[&office, &id, &item, &name, &f.mime, &size, &sha, &key, &at],
            )?;
            Ok(())
        })?;
        Ok(id)
    }

    /// Removes an attachment, and its content when nothing else refers to it.
    pub fn detach(&self, id: i64, sha256: &str) -> Result<()> {
        let (office, key) = (self.db.office, self.content_key(sha256));
        self.run(|c| {
            c.execute(
                "DELETE FROM kabinet.attachments WHERE office = $1 AND id = $2",
                &[&office, &id],
            )?;
            c.execute(
                "DELETE FROM kabinet.blobs b WHERE office = $1 AND content_key = $2 \
                 AND NOT EXISTS (SELECT 1 FROM kabinet.attachments a \
                 WHERE a.office = b.office AND a.content_key = b.content_key)",
                &[&office, &key],
            )?;
            Ok(())
        })
    }

    /// An attachment as the log keeps it.
    pub fn attachment_snapshot(&self, item: ItemId, id: i64) -> Result<Option<String>> {
        Ok(self.attachments(item)?.into_iter().find(|a| a.id == id).map(|a| {
            serde_json::json!({
                "id": a.id,
                "item": item.to_string(),
                "name": a.name,
                "mime": a.mime,
                "size": a.size,
                "sha256": a.sha256,
                "added_at": a.added_at,
            })
            .to_string()
        }))
    }
}

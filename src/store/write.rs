//! Changing a store: every change happens inside [`super::Store::write`], on a [`Tx`], and is
//! logged in the audit trail in the same transaction. Also the import's batch writer, which
//! inserts many rows at a time by the backend's fastest path.

use chrono::{NaiveDate, NaiveDateTime};

use super::audit::Actor;
use super::read::Reader;
use super::sqlite::{
    self, applications, appts, attachments, audit, carry, docs, obligations, records, seal,
};
use super::types::{NewAttachment, NewRecord};
use super::{Conn, Result, on};
use crate::domain::application::{Application, ApplicationData, Standing};
use crate::domain::appt::{Appointment, ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::obligation::{Obligation, ObligationData};
use crate::domain::record::RecordData;
use crate::domain::{ItemId, ItemKind};

/// Write access to a store, inside one transaction; reads see its changes.
pub struct Tx<'a> {
    read: Reader<'a>,
}

impl<'a> std::ops::Deref for Tx<'a> {
    type Target = Reader<'a>;

    fn deref(&self) -> &Reader<'a> {
        &self.read
    }
}

/// The write lock, held until dropped.
pub struct Lock<'a> {
    _held: LockInner<'a>,
}

/// What holds the lock: a transaction that is never committed.
enum LockInner<'a> {
    Sqlite(#[allow(dead_code)] rusqlite::Transaction<'a>),
}

impl<'a> Lock<'a> {
    pub(super) fn sqlite(tx: rusqlite::Transaction<'a>) -> Lock<'a> {
        Lock { _held: LockInner::Sqlite(tx) }
    }
}

impl<'a> Tx<'a> {
    pub(super) fn new(conn: Conn<'a>) -> Tx<'a> {
        Tx { read: Reader::new(conn) }
    }

    fn conn(&self) -> Conn<'a> {
        self.read.conn
    }

    /// Records a setting.
    pub fn set_setting(&self, key: &str, value: &str) -> Result<()> {
        on!(self.conn(), h => sqlite::put_setting(h.conn, key, value), p => p.put_setting(key, value))
    }

    // ---- records ----------------------------------------------------------------------

    /// Inserts a record and returns its number; the follow-ups of its subject and type are
    /// worked out again.
    pub fn insert_record(&self, new: &NewRecord) -> Result<i64> {
        on!(self.conn(), h => records::insert_new(h.conn, new), p => p.insert_record(new))
    }

    /// Rewrites a record's fields (and its lateness).
    pub fn update_record(&self, id: i64, data: &RecordData, late: bool) -> Result<()> {
        on!(self.conn(), h => records::update(h.conn, id, data, late), p => p.update_record(id, data, late))
    }

    /// Marks a record as superseded by the amendment `by` (or, `None`, no longer).
    pub fn set_amended_by(&self, id: i64, by: Option<i64>) -> Result<()> {
        on!(self.conn(), h => records::set_amended_by(h.conn, id, by), p => p.set_amended_by(id, by))
    }

    pub fn delete_record(&self, id: i64) -> Result<()> {
        on!(self.conn(), h => records::delete(h.conn, id), p => p.delete_record(id))
    }

    // ---- documents --------------------------------------------------------------------

    /// Inserts a document and returns its number; `replaces` links the one it renews.
    pub fn insert_doc(
        &self,
        data: &DocData,
        uuid: &str,
        created_at: NaiveDateTime,
        replaces: Option<i64>,
    ) -> Result<i64> {
        on!(self.conn(), h => docs::insert(h.conn, None, data, uuid, created_at, replaces),
            p => p.insert_doc(data, uuid, created_at, replaces))
    }

    pub fn update_doc(&self, id: i64, data: &DocData) -> Result<()> {
        on!(self.conn(), h => docs::update(h.conn, id, data), p => p.update_doc(id, data))
    }

    /// Archives a document, linking the one that replaces it.
    pub fn archive_doc(&self, id: i64, at: NaiveDateTime, replaced_by: Option<i64>) -> Result<()> {
        on!(self.conn(), h => docs::archive(h.conn, id, at, replaced_by), p => p.archive_doc(id, at, replaced_by))
    }

    /// Deletes a document and unlinks it from its renewal chain.
    pub fn delete_doc(&self, id: i64) -> Result<()> {
        on!(self.conn(), h => docs::delete(h.conn, id), p => p.delete_doc(id))
    }

    // ---- appointments -----------------------------------------------------------------

    pub fn insert_appt(
        &self,
        data: &ApptData,
        uuid: &str,
        status: ApptStatus,
        created_at: NaiveDateTime,
    ) -> Result<i64> {
        on!(self.conn(), h => appts::insert(h.conn, None, data, uuid, status, created_at),
            p => p.insert_appt(data, uuid, status, created_at))
    }

    pub fn update_appt(&self, id: i64, data: &ApptData) -> Result<()> {
        on!(self.conn(), h => appts::update(h.conn, id, data), p => p.update_appt(id, data))
    }

    /// Sets an appointment's status; `late` marks a change past the cut-off.
    pub fn set_appt_status(&self, id: i64, status: ApptStatus, late: bool) -> Result<()> {
        on!(self.conn(), h => appts::set_status(h.conn, id, status, late), p => p.set_appt_status(id, status, late))
    }

    /// Moves an appointment, keeping the old time in its history.
    pub fn reschedule_appt(
        &self,
        appt: &Appointment,
        to: NaiveDateTime,
        now: NaiveDateTime,
        late: bool,
    ) -> Result<()> {
        on!(self.conn(), h => appts::reschedule(h.conn, appt, to, now, late), p => p.reschedule_appt(appt, to, now, late))
    }

    /// Deletes an appointment and its history.
    pub fn delete_appt(&self, id: i64) -> Result<()> {
        on!(self.conn(), h => appts::delete(h.conn, id), p => p.delete_appt(id))
    }

    // ---- obligations ------------------------------------------------------------------

    pub fn insert_obligation(
        &self,
        data: &ObligationData,
        uuid: &str,
        at: NaiveDateTime,
    ) -> Result<i64> {
        on!(self.conn(), h => obligations::insert(h.conn, None, data, uuid, at), p => p.insert_obligation(data, uuid, at))
    }

    /// Records one completion; a recurring obligation moves to `next`, a one-off is closed.
    pub fn obligation_done(
        &self,
        o: &Obligation,
        at: NaiveDateTime,
        next: Option<NaiveDate>,
    ) -> Result<()> {
        on!(self.conn(), h => obligations::done(h.conn, o, at, next), p => p.obligation_done(o, at, next))
    }

    pub fn delete_obligation(&self, id: i64) -> Result<()> {
        on!(self.conn(), h => obligations::delete(h.conn, id), p => p.delete_obligation(id))
    }

    // ---- applications -----------------------------------------------------------------

    /// A new application, accepted on its day of submission; returns its number.
    pub fn insert_application(
        &self,
        data: &ApplicationData,
        uuid: &str,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let st = Standing::filed(data);
        on!(self.conn(), h => applications::insert(h.conn, None, data, uuid, &st, at),
            p => p.insert_application(data, uuid, &st, at))
    }

    pub fn update_application(&self, id: i64, data: &ApplicationData) -> Result<()> {
        on!(self.conn(), h => applications::update(h.conn, id, data), p => p.update_application(id, data))
    }

    /// Moves `a` to where `st` says, the change kept in its history.
    pub fn set_application_status(&self, a: &Application, st: &Standing) -> Result<()> {
        on!(self.conn(), h => applications::set_status(h.conn, a, st), p => p.set_application_status(a, st))
    }

    pub fn delete_application(&self, id: i64) -> Result<()> {
        on!(self.conn(), h => applications::delete(h.conn, id), p => p.delete_application(id))
    }

    // ---- carrying one store into another (a push, a backup of an office) --------------

    /// Puts an item whole under its own number (see [`super::pg::carry`],
    /// [`super::sqlite::carry`]).
    pub fn put(&self, w: &super::Whole) -> Result<super::Put> {
        on!(self.conn(), h => carry::put(h.conn, w), p => p.put(w))
    }

    /// Moves a kind's numbering on to at least `last`.
    pub fn raise_number(&self, kind: ItemKind, last: i64) -> Result<()> {
        on!(self.conn(), h => carry::raise_number(h.conn, kind, last), p => p.raise_number(kind, last))
    }

    /// Appends entry `e` of store `store` to this log as it was, signed by who unlocked this
    /// store, the original's HMAC and signature kept.
    pub fn carry(&self, store: &str, e: &super::RawEntry) -> Result<i64> {
        on!(self.conn(), h => carry::carry(h, store, e), p => p.carry(store, e))
    }

    /// Attaches a file to an item as attachment number `id` (the source's), without a log
    /// entry of its own (the carried log has the original's).
    pub fn put_attachment(&self, item: ItemId, file: &NewAttachment, id: i64) -> Result<i64> {
        on!(self.conn(), h => attachments::insert_as(h.conn, Some(id), item, file), p => p.attach_as(Some(id), item, file))
    }

    // ---- the delivery log of reminders -----------------------------------------------

    /// Claims a reminder for sending until `until` (see `sqlite::notify::claim`): its row when
    /// this run is to send it.
    pub fn claim_delivery(
        &self,
        key: &super::DeliveryKey,
        now: NaiveDateTime,
        until: NaiveDateTime,
    ) -> Result<Option<i64>> {
        on!(self.conn(), h => sqlite::notify::claim(h.conn, key, now, until), p => p.claim_delivery(key, now, until))
    }

    /// Keeps `d`, a row of another store's delivery log (carried by a push or an office's
    /// backup), so that its reminder is not sent again from here: `false` when this log has
    /// that reminder already.
    pub fn put_delivery(&self, d: &super::Delivery) -> Result<bool> {
        on!(self.conn(), h => sqlite::notify::put(h.conn, d), p => p.put_delivery(d))
    }

    /// Records how a claimed reminder went.
    pub fn finish_delivery(
        &self,
        id: i64,
        outcome: &super::Outcome,
        now: NaiveDateTime,
    ) -> Result<()> {
        on!(self.conn(), h => sqlite::notify::finish(h.conn, id, outcome, now), p => p.finish_delivery(id, outcome, now))
    }

    // ---- the audit trail --------------------------------------------------------------

    /// Logs a new item with its values.
    pub fn log_added(&self, actor: &Actor, item: ItemId) -> Result<()> {
        on!(self.conn(), h => audit::added(h.conn, h.signer, &by(h.user, actor), item),
            p => p.log_added(&by(p.user(), actor), item))
    }

    /// Runs a change to one item and logs it with the item's values before and after.
    pub fn log_change<T>(
        &self,
        actor: &Actor,
        action: &str,
        item: ItemId,
        f: impl FnOnce() -> Result<T>,
    ) -> Result<T> {
        let before = self.snapshot(item)?;
        let value = f()?;
        let after = self.snapshot(item)?;
        let name = item.to_string();
        self.log(actor, action, Some(&name), before.as_deref(), after.as_deref())?;
        Ok(value)
    }

    /// Appends an entry to the log (JSON `before` and `after`); returns its sequence number.
    pub fn log(
        &self,
        actor: &Actor,
        action: &str,
        item: Option<&str>,
        before: Option<&str>,
        after: Option<&str>,
    ) -> Result<i64> {
        on!(self.conn(), h => audit::append(h.conn, h.signer, &by(h.user, actor), action, item, before, after),
            p => p.log(&super::pg::db::NewEntry { actor: &by(p.user(), actor), action, item, before, after, origin: None }))
    }

    /// The first entry of a store's log: the items it already holds.
    pub fn log_genesis(&self, actor: &Actor) -> Result<()> {
        on!(self.conn(), h => audit::genesis(h.conn, h.signer, &by(h.user, actor)))
    }

    // ---- attachments ------------------------------------------------------------------

    /// Attaches a file's content to an item (stored once however many items share it) and
    /// logs it; returns the attachment's row.
    pub fn attach(&self, actor: &Actor, item: ItemId, file: &NewAttachment) -> Result<i64> {
        let (id, after) = on!(self.conn(), h => {
            let id = attachments::insert(h.conn, item, file)?;
            Ok::<_, super::Error>((id, audit::snapshot_row(h.conn, "attachments", id)?))
        }, p => {
            let id = p.attach(item, file)?;
            Ok::<_, super::Error>((id, p.attachment_snapshot(item, id)?))
        })?;
        self.log(actor, "attach", Some(&item.to_string()), None, after.as_deref())?;
        Ok(id)
    }

    /// Removes an attachment (its content too when nothing else refers to it) and logs it.
    pub fn detach(&self, actor: &Actor, item: ItemId, attachment: i64, sha256: &str) -> Result<()> {
        let before = on!(self.conn(), h => audit::snapshot_row(h.conn, "attachments", attachment),
            p => p.attachment_snapshot(item, attachment))?;
        on!(self.conn(), h => attachments::delete(h.conn, attachment, sha256),
            p => p.detach(attachment, sha256))?;
        self.log(actor, "detach", Some(&item.to_string()), before.as_deref(), None)?;
        Ok(())
    }

    // ---- batches ----------------------------------------------------------------------

    /// Seals rows the way this store does, on any thread: an import works out each record's
    /// seal on the thread that reads the file.
    pub fn sealer(&self) -> Sealer<'a> {
        match self.conn() {
            Conn::Sqlite(h) => Sealer(SealerInner::Sqlite(h.seal)),
            // The server's rows are sealed value by value as they are written.
            Conn::Postgres(_) => Sealer(SealerInner::Server),
        }
    }

    /// A batch writer for an import of `kind`: see [`Batch`].
    pub fn batch(&self, kind: ItemKind) -> Result<Batch<'a>> {
        on!(self.conn(), h => Ok(Batch(BatchInner::Sqlite(sqlite::import::Batch::new(h, kind)?))),
            p => Ok(Batch(BatchInner::Server(super::pg::import::Batch::new(p, kind)?))))
    }
}

/// Works out the seal of a new row (see [`Tx::sealer`]); shareable across threads.
#[derive(Clone, Copy)]
pub struct Sealer<'a>(SealerInner<'a>);

#[derive(Clone, Copy)]
enum SealerInner<'a> {
    Sqlite(&'a seal::SealKey),
    Server,
}

/// A record's seal worked out before its number is known (see [`Sealer::record`]).
/// (`None` on the server, whose rows are sealed value by value as they are written.)
pub struct Sealed(Option<seal::Partial>);

impl Sealer<'_> {
    /// The seal of a new record but for its number, which the insert adds.
    pub fn record(&self, new: &NewRecord) -> Sealed {
        match self.0 {
            SealerInner::Sqlite(key) => Sealed(Some(records::seal_before_id(key, new))),
            SealerInner::Server => Sealed(None),
        }
    }
}

/// The rows of one import, inserted inside the caller's transaction by the backend's fastest
/// path. Into an empty or small journal, records skip the natural-key lookup of rows that
/// cannot be there yet and build the date and follow-up indexes once at the end; documents and
/// appointments are sealed as they are inserted. [`Batch::finish`] makes the store whole
/// again, committed or not.
pub struct Batch<'t>(BatchInner<'t>);

enum BatchInner<'t> {
    Sqlite(sqlite::import::Batch<'t>),
    Server(super::pg::import::Batch<'t>),
}

impl Batch<'_> {
    /// Whether a current record with this natural key is in the journal.
    pub fn record_key_exists(&mut self, nkey: &str) -> Result<bool> {
        match &mut self.0 {
            BatchInner::Sqlite(b) => b.record_key_exists(nkey),
            BatchInner::Server(b) => b.record_key_exists(nkey),
        }
    }

    /// Inserts a record (its number: the one it brings, else the next) and returns its number.
    pub fn insert_record(&mut self, new: &NewRecord, sealed: Option<&Sealed>) -> Result<i64> {
        let sealed = sealed.and_then(|s| s.0.as_ref());
        match &mut self.0 {
            BatchInner::Sqlite(b) => b.insert_record(new, sealed),
            BatchInner::Server(b) => b.insert_record(new),
        }
    }

    /// Inserts a document (archived when `archived`) and returns its number.
    pub fn insert_doc(
        &mut self,
        id: Option<i64>,
        data: &DocData,
        uuid: &str,
        at: NaiveDateTime,
        archived: bool,
    ) -> Result<i64> {
        match &mut self.0 {
            BatchInner::Sqlite(b) => b.insert_doc(id, data, uuid, at, archived),
            BatchInner::Server(b) => b.insert_doc(id, data, uuid, at, archived),
        }
    }

    /// Inserts an application standing as `st` and returns its number.
    pub fn insert_application(
        &mut self,
        id: Option<i64>,
        data: &ApplicationData,
        uuid: &str,
        st: &Standing,
        at: NaiveDateTime,
    ) -> Result<i64> {
        match &mut self.0 {
            BatchInner::Sqlite(b) => b.insert_application(id, data, uuid, st, at),
            BatchInner::Server(b) => b.insert_application(id, data, uuid, st, at),
        }
    }

    /// Inserts an appointment and returns its number.
    pub fn insert_appt(
        &mut self,
        id: Option<i64>,
        data: &ApptData,
        uuid: &str,
        status: ApptStatus,
        at: NaiveDateTime,
    ) -> Result<i64> {
        match &mut self.0 {
            BatchInner::Sqlite(b) => b.insert_appt(id, data, uuid, status, at),
            BatchInner::Server(b) => b.insert_appt(id, data, uuid, status, at),
        }
    }

    /// Ends the batch: what it set aside is made again, and when it commits, the follow-ups
    /// the records added (numbered in the `added` ranges) answer are closed.
    pub fn finish(self, commit: bool, added: &[(i64, i64)]) -> Result<()> {
        match self.0 {
            BatchInner::Sqlite(b) => b.finish(commit, added),
            BatchInner::Server(b) => b.finish(commit),
        }
    }
}

/// The actor as the log names them: the store's user who unlocked it beside the OS user.
fn by(user: Option<&str>, actor: &Actor) -> Actor {
    Actor { who: super::audit::attributed(user, &actor.who), ..actor.clone() }
}

//! Reading a store: items by ID, listings in the orders the commands show them, the scans that
//! exports and checks make, the audit trail and attachments. The same reads are available
//! inside a write transaction ([`super::Tx`] dereferences to a [`Reader`]).

use chrono::NaiveDate;

use super::audit::{Entry, Head};
use super::sqlite::{
    self, applications, appts, attachments, audit, docs, keys, obligations, records,
};
use super::types::{Attachment, CheckRow, Flow, OpenFollowUp};
use super::{Conn, Error, Result, on};
use crate::domain::application::{Application, ApplicationData, Change};
use crate::domain::appt::{Appointment, ApptData, Move};
use crate::domain::doc::{DocData, Document};
use crate::domain::obligation::Obligation;
use crate::domain::record::{Record, RecordData};
use crate::domain::{ItemId, ItemKind};
use crate::sign::Signer;

/// Read access to a store.
#[derive(Clone, Copy)]
pub struct Reader<'a> {
    pub(super) conn: Conn<'a>,
}

/// A batch of records as stored, read on one thread and decoded on another (an export): the
/// reading thread only steps the database. (A server's batch comes opened: its values are
/// opened as they are read.)
pub struct RecordRows(RowsInner);

enum RowsInner {
    Sqlite(sqlite::raw::RawRows, std::sync::Arc<sqlite::Skips>),
    Opened(Vec<Record>),
}

impl RecordRows {
    /// Calls `f` with each record of the batch, in order.
    pub fn decode<E: From<Error>>(
        &self,
        mut f: impl FnMut(Record) -> Result<(), E>,
    ) -> Result<(), E> {
        match &self.0 {
            RowsInner::Sqlite(raw, skips) => records::decode(raw, skips, f),
            RowsInner::Opened(list) => list.iter().cloned().try_for_each(&mut f),
        }
    }
}

impl<'a> Reader<'a> {
    pub(super) fn new(conn: Conn<'a>) -> Reader<'a> {
        Reader { conn }
    }

    /// What names this store to the machine's memory of heads it saw: the ID of its signing
    /// key (a local store), the office's random ID (a server's).
    pub fn store_id(&self) -> Result<String> {
        on!(self.conn, h => keys::key_id(h.conn), p => Ok(p.store_id()))
    }

    /// A setting kept in the store, e.g. its time zone.
    pub fn setting(&self, key: &str) -> Result<Option<String>> {
        on!(self.conn, h => sqlite::setting(h.conn, key), p => p.setting(key))
    }

    /// The highest number a kind of item has ever been given.
    pub fn last_id(&self, kind: ItemKind) -> Result<i64> {
        on!(self.conn, h => audit::last_id(h.conn, super::audit::table(kind)), p => p.last_id(kind))
    }

    // ---- records ----------------------------------------------------------------------

    pub fn record(&self, id: i64) -> Result<Option<Record>> {
        on!(self.conn, h => records::get(h.conn, id), p => p.record(id))
    }

    /// A current (not superseded) record with the same natural key, other than `except`.
    pub fn record_duplicate(&self, data: &RecordData, except: &[i64]) -> Result<Option<i64>> {
        on!(self.conn, h => records::find_duplicate(h.conn, data, except), p => p.record_duplicate(data, except))
    }

    /// Calls `f` with each record with an event date in `[from, to]`, in event-date order
    /// (latest first with `newest_first`), one at a time, until `f` says to stop.
    pub fn each_record<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        newest_first: bool,
        f: impl FnMut(Record) -> Result<Flow, E>,
    ) -> Result<(), E> {
        on!(self.conn, h => records::each(h.conn, h.skips, from, to, newest_first, f), p => p.each_record(from, to, newest_first, f))
    }

    /// Calls `f` with batches of up to `batch` records with an event date in `[from, to]`, in
    /// entry order, to be decoded on another thread: an export of a million records holds one
    /// batch in memory, and reads the table front to back.
    pub fn scan_records<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        batch: usize,
        mut f: impl FnMut(RecordRows) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => records::scan_raw(h.conn, from, to, batch, |raw| {
            f(RecordRows(RowsInner::Sqlite(raw, std::sync::Arc::clone(h.skips))))
        }), p => p.scan_records(from, to, batch, |list| f(RecordRows(RowsInner::Opened(list)))))
    }

    /// Open follow-ups due on or before `until`, by due date: only what `deadlines` shows.
    pub fn open_follow_ups(&self, until: NaiveDate) -> Result<Vec<OpenFollowUp>> {
        on!(self.conn, h => records::open_follow_up_items(h.conn, until), p => p.open_follow_ups(until))
    }

    /// The records whose open follow-up is due on or before `until`, by due date.
    pub fn records_following_up(&self, until: NaiveDate) -> Result<Vec<Record>> {
        on!(self.conn, h => records::open_follow_ups(h.conn, h.skips, until), p => p.records_following_up(until))
    }

    /// Calls `f` for every record's [`CheckRow`], in entry order.
    pub fn each_record_check<E: From<Error>>(
        &self,
        f: impl FnMut(CheckRow) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => records::for_each_check(h.conn, f), p => p.record_checks()?.into_iter().try_for_each(f))
    }

    /// Groups of current records sharing a natural key, each in ID order.
    pub fn record_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        on!(self.conn, h => records::duplicate_groups(h.conn), p => p.record_duplicates())
    }

    // ---- documents --------------------------------------------------------------------

    pub fn doc(&self, id: i64) -> Result<Option<Document>> {
        on!(self.conn, h => docs::get(h.conn, id), p => p.doc(id))
    }

    /// A document with the same kind, series and number, other than `except`.
    pub fn doc_duplicate(&self, data: &DocData, except: &[i64]) -> Result<Option<i64>> {
        on!(self.conn, h => docs::find_duplicate(h.conn, data, except), p => p.doc_duplicate(data, except))
    }

    /// Calls `f` with each document by expiry (indefinite ones last), one at a time.
    pub fn each_doc<E: From<Error>>(
        &self,
        f: impl FnMut(Document) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => docs::each(h.conn, h.skips, f), p => p.docs(false)?.into_iter().try_for_each(f))
    }

    /// Calls `f` with each document in entry order, reading the table front to back.
    pub fn scan_docs<E: From<Error>>(
        &self,
        f: impl FnMut(Document) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => docs::scan(h.conn, h.skips, f), p => p.docs(true)?.into_iter().try_for_each(f))
    }

    /// Every document, by expiry (indefinite last), then ID.
    pub fn docs(&self) -> Result<Vec<Document>> {
        on!(self.conn, h => docs::list(h.conn, h.skips), p => p.docs(false))
    }

    /// Groups of documents sharing kind, series and number.
    pub fn doc_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        on!(self.conn, h => docs::duplicate_groups(h.conn), p => p.doc_duplicates())
    }

    /// Documents in use (not archived) expiring on or before `until`, by expiry.
    pub fn docs_expiring_by(&self, until: NaiveDate) -> Result<Vec<Document>> {
        on!(self.conn, h => docs::expiring_by(h.conn, h.skips, until), p => p.docs_expiring_by(until))
    }

    // ---- appointments -----------------------------------------------------------------

    pub fn appt(&self, id: i64) -> Result<Option<Appointment>> {
        on!(self.conn, h => appts::get(h.conn, id), p => p.appt(id))
    }

    /// A live appointment with the same person, institution, service and time, other than
    /// `except`.
    pub fn appt_duplicate(&self, data: &ApptData, except: &[i64]) -> Result<Option<i64>> {
        on!(self.conn, h => appts::find_duplicate(h.conn, data, except), p => p.appt_duplicate(data, except))
    }

    /// Calls `f` with each appointment starting on a day in `[from, to]`, by start.
    pub fn each_appt<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        f: impl FnMut(Appointment) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => appts::each(h.conn, h.skips, from, to, f), p => p.appts(from, to, false)?.into_iter().try_for_each(f))
    }

    /// Calls `f` with each appointment starting on a day in `[from, to]`, in entry order.
    pub fn scan_appts<E: From<Error>>(
        &self,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        f: impl FnMut(Appointment) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => appts::scan(h.conn, h.skips, from, to, f), p => p.appts(from, to, true)?.into_iter().try_for_each(f))
    }

    /// Every appointment, in time order.
    pub fn appts(&self) -> Result<Vec<Appointment>> {
        on!(self.conn, h => appts::all(h.conn, h.skips), p => p.appts(None, None, false))
    }

    /// An appointment's earlier times, oldest move first.
    pub fn appt_moves(&self, id: i64) -> Result<Vec<Move>> {
        on!(self.conn, h => appts::moves(h.conn, id), p => p.appt_moves(id))
    }

    /// Scheduled appointments that need the document.
    pub fn appts_needing(&self, doc: i64) -> Result<Vec<i64>> {
        on!(self.conn, h => appts::needing(h.conn, doc), p => p.appts_needing(doc))
    }

    /// Groups of live appointments sharing a natural key.
    pub fn appt_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        on!(self.conn, h => appts::duplicate_groups(h.conn), p => p.appt_duplicates())
    }

    /// Scheduled appointments starting on or before the day `until`, in time order.
    pub fn appts_scheduled_by(&self, until: NaiveDate) -> Result<Vec<Appointment>> {
        on!(self.conn, h => appts::scheduled_by(h.conn, h.skips, until), p => p.appts_scheduled_by(until))
    }

    // ---- applications -----------------------------------------------------------------

    pub fn application(&self, id: i64) -> Result<Option<Application>> {
        on!(self.conn, h => applications::get(h.conn, id), p => p.application(id))
    }

    /// An application with the same natural key (agency and number, or who, what and when).
    pub fn application_duplicate(
        &self,
        data: &ApplicationData,
        except: &[i64],
    ) -> Result<Option<i64>> {
        on!(self.conn, h => applications::find_duplicate(h.conn, data, except), p => p.application_duplicate(data, except))
    }

    /// Calls `f` with each application, latest submission first.
    pub fn each_application<E: From<Error>>(
        &self,
        f: impl FnMut(Application) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => applications::each(h.conn, h.skips, f), p => p.applications(false)?.into_iter().try_for_each(f))
    }

    /// Open applications relying on document `doc`.
    pub fn applications_needing(&self, doc: i64) -> Result<Vec<i64>> {
        on!(self.conn, h => applications::needing(h.conn, doc), p => p.applications_needing(doc))
    }

    /// Groups of applications (cancelled ones left out) sharing a natural key.
    pub fn application_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        on!(self.conn, h => applications::duplicate_groups(h.conn), p => p.application_duplicates())
    }

    /// Calls `f` with each application in entry order.
    pub fn scan_applications<E: From<Error>>(
        &self,
        f: impl FnMut(Application) -> Result<(), E>,
    ) -> Result<(), E> {
        on!(self.conn, h => applications::scan(h.conn, h.skips, f), p => p.applications(true)?.into_iter().try_for_each(f))
    }

    /// Open applications whose term falls on or before `until`, by term.
    pub fn applications_due_by(&self, until: NaiveDate) -> Result<Vec<Application>> {
        on!(self.conn, h => applications::open_due_by(h.conn, h.skips, until), p => p.applications_due_by(until))
    }

    /// The application whose approval issued document `doc`, if any.
    pub fn application_issuing(&self, doc: i64) -> Result<Option<i64>> {
        on!(self.conn, h => applications::issuing(h.conn, doc), p => p.application_issuing(doc))
    }

    /// An application's changes of status, oldest first.
    pub fn application_changes(&self, id: i64) -> Result<Vec<Change>> {
        on!(self.conn, h => applications::changes(h.conn, id), p => p.application_changes(id))
    }

    // ---- obligations ------------------------------------------------------------------

    pub fn obligation(&self, id: i64) -> Result<Option<Obligation>> {
        on!(self.conn, h => obligations::get(h.conn, id), p => p.obligation(id))
    }

    /// An obligation's completions, oldest first.
    pub fn obligation_dones(&self, id: i64) -> Result<Vec<super::types::Done>> {
        on!(self.conn, h => obligations::dones(h.conn, id), p => p.obligation_dones(id))
    }

    /// Every obligation, by nominal due date.
    pub fn obligations(&self) -> Result<Vec<Obligation>> {
        on!(self.conn, h => obligations::list(h.conn, h.skips), p => p.obligations())
    }

    // ---- the audit trail and attachments ----------------------------------------------

    /// Where the audit trail stands now: its last entry (`None` for an empty trail).
    pub fn head(&self) -> Result<Option<Head>> {
        on!(self.conn, h => audit::head(h.conn, None), p => p.head(None))
    }

    /// The trail's head as it was at entry `seq`, if the trail holds that entry.
    pub fn head_at(&self, seq: i64) -> Result<Option<Head>> {
        on!(self.conn, h => audit::head(h.conn, Some(seq)), p => p.head(Some(seq)))
    }

    /// Log entries, oldest first: all, those on or after `since`, or those about one item.
    pub fn log(&self, since: Option<NaiveDate>, item: Option<ItemId>) -> Result<Vec<Entry>> {
        let since = since.map(crate::domain::dates::iso_date);
        let item = item.map(|i| i.to_string());
        on!(self.conn, h => audit::entries(h.conn, since.as_deref(), item.as_deref()), p => p.entries(since.as_deref(), item.as_deref()))
    }

    /// The log's entries after `seq` as stored, with their HMACs and signatures (what a push
    /// carries).
    pub fn raw_log(&self, after: i64) -> Result<Vec<super::types::RawEntry>> {
        on!(self.conn, h => audit::raw_entries(h.conn, after), p => p.raw_entries(after))
    }

    /// The last entry of store `store` (by its ID) carried into this one's log (a push, a
    /// backup of an office); 0 when none was.
    pub fn carried_up_to(&self, store: &str) -> Result<i64> {
        on!(self.conn, h => sqlite::carry::carried_up_to(h.conn, store), p => p.carried_up_to(store))
    }

    /// An item's stored values as a JSON object, or `None` when there is no such item.
    pub fn snapshot(&self, item: ItemId) -> Result<Option<String>> {
        on!(self.conn, h => audit::snapshot(h.conn, item), p => p.snapshot(item))
    }

    pub fn exists(&self, item: ItemId) -> Result<bool> {
        Ok(self.snapshot(item)?.is_some())
    }

    /// An item's attachments, numbered from 1.
    pub fn attachments(&self, item: ItemId) -> Result<Vec<Attachment>> {
        on!(self.conn, h => attachments::of_item(h.conn, item), p => p.attachments(item))
    }

    /// An attachment's content by its SHA-256.
    pub fn blob(&self, sha256: &str) -> Result<Option<Vec<u8>>> {
        on!(self.conn, h => attachments::blob(h.conn, sha256), p => p.blob(sha256))
    }

    /// The store's signing key.
    pub fn signer(&self) -> Result<Signer> {
        on!(self.conn, h => keys::signer(h.conn), p => p.signer())
    }

    /// The delivery log of reminders, oldest first.
    pub fn deliveries(&self) -> Result<Vec<super::Delivery>> {
        on!(self.conn, h => sqlite::notify::list(h.conn, None), p => p.deliveries(None))
    }

    /// One row of the delivery log.
    pub fn delivery(&self, id: i64) -> Result<Option<super::Delivery>> {
        on!(self.conn, h => Ok(sqlite::notify::list(h.conn, Some(id))?.pop()), p => Ok(p.deliveries(Some(id))?.pop()))
    }

    /// Every check of the store's integrity: see [`super::verify`]. At most `limit` problems
    /// of each kind are named, the rest counted.
    pub fn verify(&self, limit: usize) -> Result<super::verify::Report> {
        on!(self.conn, h => sqlite::verify::check(h.conn, h.table, limit), p => p.verify(limit))
    }
}

//! The rows of one import into an SQLCipher store, by its fastest paths: a statement prepared
//! once, rows sealed as they are written (the sealing triggers set aside), and — into an empty
//! or small journal — a filter of the natural keys met so far instead of an index lookup per
//! row, and the date, group and follow-up indexes built by one sort each at the end.

use chrono::NaiveDateTime;
use fastbloom::BloomFilter;

use super::records::{self, Inserter, SetAside};
use super::{Handle, Result, applications, appts, audit, docs, seal};
use crate::domain::application::{ApplicationData, Standing};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::{ItemKind, record::RecordData};
use crate::store::types::NewRecord;

/// A journal of at most this many records is imported into as an empty one is (see
/// [`Batch::fresh`] and [`Batch::aside`]): its keys fill the filter and its rows join the
/// index sorts in a few milliseconds, and a clerk who typed in a few records by hand before
/// importing the spreadsheet gets the same speed as one who did not.
const FEW_RECORDS: usize = 10_000;

/// What a record already in the journal is counted for in the set-aside sorts: more than the
/// ≈ 200 bytes of a usual one.
const KEPT_RECORD_SORT_BYTES: usize = 512;

/// What making the set-aside indexes may hold in memory (see [`Batch::aside`]): about
/// 130,000 records like the benchmark's; with the import's page cache, a 1,000,000-row import
/// peaks at 89 MB.
const ASIDE_SORT_BYTES: usize = 24 << 20;

/// Bits of the filter of [`Batch::fresh`]: under 0.1 % false hits up to a million rows.
const FRESH_FILTER_BITS: usize = 1 << 24;

/// See [`crate::store::Batch`].
pub(in crate::store) struct Batch<'t> {
    h: Handle<'t>,
    kind: ItemKind,
    /// The number AUTOINCREMENT would give the next record (rows with an `id` of their own
    /// move it on as they do in SQLite), so that an insert need not look it up.
    next_id: i64,
    /// When the journal held at most [`FEW_RECORDS`] before this import (none, on a first
    /// import): their natural keys and those of the rows met so far, in a fixed 2 MiB filter.
    /// A key it has not met cannot be in the store, so the row skips the index lookup; one it
    /// may have met is looked up as usual (the filter can be wrong only that way). Most of such
    /// an import's rows are new: a tenth of the store's work.
    fresh: Option<BloomFilter>,
    /// Also then: the journal's date, group and open-follow-up indexes, set aside until the
    /// end ([`records::set_aside_indexes`]), and what sorting the records added so far into
    /// them will hold in memory. One sort per index is cheaper than keeping each up row by row
    /// (0.1 s of 1 s for 100,000 records); the sort is held in memory (nothing reaches the disk
    /// unencrypted), so once it would hold [`ASIDE_SORT_BYTES`] the indexes are made there and
    /// then, and the rows after keep them up as usual.
    aside: Option<(SetAside, usize)>,
    /// The insert of a record, prepared at the first one for the whole file.
    inserter: Option<Inserter<'t>>,
}

impl<'t> Batch<'t> {
    pub(in crate::store) fn new(h: Handle<'t>, kind: ItemKind) -> Result<Batch<'t>> {
        let table = crate::store::audit::table(kind);
        let next_id = audit::last_id(h.conn, table)? + 1;
        // Records are sealed as they are inserted, documents and appointments right after
        // (`seal::seal_row`): not by the triggers, which are made again at the end.
        seal::suspend(h.conn, table)?;
        let few = match kind {
            ItemKind::Record => records::keys_if_few(h.conn, FEW_RECORDS)?,
            _ => None,
        };
        let (mut fresh, mut aside) = (None, None);
        if let Some(keys) = few {
            let mut met = BloomFilter::with_num_bits(FRESH_FILTER_BITS).expected_items(1_000_000);
            for key in &keys {
                met.insert(key.as_str());
            }
            fresh = Some(met);
            aside =
                Some((records::set_aside_indexes(h.conn)?, keys.len() * KEPT_RECORD_SORT_BYTES));
        }
        Ok(Batch { h, kind, next_id, fresh, aside, inserter: None })
    }

    /// Whether a current record with this natural key is in the journal (or was inserted by
    /// this batch).
    pub(in crate::store) fn record_key_exists(&mut self, nkey: &str) -> Result<bool> {
        if let Some(seen) = &mut self.fresh
            && !seen.insert(nkey)
        {
            return Ok(false);
        }
        Ok(records::find_by_key(self.h.conn, nkey, &[])?.is_some())
    }

    pub(in crate::store) fn insert_record(
        &mut self,
        new: &NewRecord,
        sealed: Option<&seal::Partial>,
    ) -> Result<i64> {
        let n = new.id.unwrap_or(self.next_id);
        self.next_id = self.next_id.max(n + 1);
        let inserter = match self.inserter.take() {
            Some(made) => made,
            None => Inserter::new(self.h.conn)?,
        };
        self.inserter.insert(inserter).insert(new, n, sealed)?;
        self.sort_into_aside(new.data)?;
        Ok(n)
    }

    /// Counts a new record into the set-aside indexes' sort, and makes them once that sort
    /// would hold [`ASIDE_SORT_BYTES`].
    fn sort_into_aside(&mut self, data: &RecordData) -> Result<()> {
        if let Some((_, bytes)) = self.aside.as_mut() {
            *bytes += SetAside::sort_bytes(data);
            if *bytes >= ASIDE_SORT_BYTES
                && let Some((indexes, _)) = self.aside.take()
            {
                indexes.restore(self.h.conn)?;
            }
        }
        Ok(())
    }

    pub(in crate::store) fn insert_doc(
        &mut self,
        id: Option<i64>,
        data: &DocData,
        uuid: &str,
        at: NaiveDateTime,
        archived: bool,
    ) -> Result<i64> {
        let n = docs::insert(self.h.conn, id, data, uuid, at, None)?;
        if archived {
            docs::archive(self.h.conn, n, at, None)?;
        }
        seal::seal_row(self.h.conn, "docs", n)?;
        Ok(n)
    }

    pub(in crate::store) fn insert_appt(
        &mut self,
        id: Option<i64>,
        data: &ApptData,
        uuid: &str,
        status: ApptStatus,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let n = appts::insert(self.h.conn, id, data, uuid, status, at)?;
        seal::seal_row(self.h.conn, "appts", n)?;
        Ok(n)
    }

    pub(in crate::store) fn insert_application(
        &mut self,
        id: Option<i64>,
        data: &ApplicationData,
        uuid: &str,
        st: &Standing,
        at: NaiveDateTime,
    ) -> Result<i64> {
        let n = applications::insert(self.h.conn, id, data, uuid, st, at)?;
        seal::seal_row(self.h.conn, "applications", n)?;
        Ok(n)
    }

    pub(in crate::store) fn finish(mut self, commit: bool, added: &[(i64, i64)]) -> Result<()> {
        // Statements prepared on the connection go before the schema changes below.
        self.inserter = None;
        if let Some((indexes, _)) = self.aside.take().filter(|_| commit) {
            indexes.restore(self.h.conn)?;
        }
        if commit && self.kind == ItemKind::Record {
            // Follow-ups answered by the new records, or by each other, are closed once. All
            // open ones after a fresh start (most are new), else those the new rows touch.
            let only = self.fresh.is_none().then_some(added);
            records::settle_follow_ups(self.h.conn, only)?;
        }
        seal::triggers(self.h.conn)
    }
}

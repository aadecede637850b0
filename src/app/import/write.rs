//! The write stage of an import: the rules that look at the store (the documents an
//! appointment or an application relies on), deduplication, and the insert through the store's batch writer — on the
//! store's thread, in file order, inside the import's one transaction.

use std::borrow::Cow;

use chrono::NaiveDateTime;

use super::check::{Checked, Item, Layout, Outcome};
use super::{Problem, Report, Summary};
use crate::app::{Error, Result, appts};
use crate::domain::{FieldError, ItemId, ItemKind};
use crate::store::{Batch, Tx};

/// Whether a row is new.
enum Existing {
    New,
    /// The same item is already there (natural key, or the same id with the same data).
    Duplicate,
    /// The row's id is taken by an item with other data.
    IdTaken(ItemId),
}

/// The write stage's state across the rows.
pub(super) struct Writer<'t, 'r> {
    pub tx: &'t Tx<'t>,
    pub batch: Batch<'t>,
    pub kind: ItemKind,
    pub now: NaiveDateTime,
    pub layout: &'t Layout,
    /// Whether an appointment's needed documents are looked up (not with no store).
    pub needs: bool,
    pub report: &'r mut dyn Report,
    pub sum: Summary,
    /// The IDs added, as ranges: one for a plain file, more where rows bring their own.
    pub added: Vec<(i64, i64)>,
}

impl Writer<'_, '_> {
    /// One row through the store's rules: inserted, counted as a duplicate, or refused.
    pub(super) fn row(&mut self, checked: &Checked) -> Result<()> {
        let Checked { row, outcome } = checked;
        let problems = match outcome {
            Outcome::Bad(problems) => Cow::Borrowed(problems.as_slice()),
            Outcome::Good(item) => match self.unmet_needs(item)? {
                Some(problems) => Cow::Owned(problems),
                None => {
                    match self.existing(item)? {
                        Existing::New => {
                            let n = self.insert(item)?;
                            match self.added.last_mut() {
                                Some((_, last)) if *last + 1 == n => *last = n,
                                _ => self.added.push((n, n)),
                            }
                            self.sum.added += 1;
                        }
                        Existing::Duplicate => self.sum.duplicates += 1,
                        Existing::IdTaken(id) => {
                            self.sum.duplicates += 1;
                            self.report.id_taken(row.line, id)?;
                        }
                    }
                    return Ok(());
                }
            },
        };
        self.sum.rejected += 1;
        self.report.rejected(row.line, &problems, &row.cells, self.layout.header.len())
    }

    /// The documents an appointment or an application relies on, and the one an application
    /// issued, must exist in the store (as for `add`).
    fn unmet_needs(&self, item: &Item) -> Result<Option<Vec<Problem>>> {
        if !self.needs {
            return Ok(None);
        }
        let (needs, issued) = match item {
            Item::Appt { data, .. } => (&data.needs, None),
            Item::Application { data, standing, .. } => (&data.needs, standing.issued_doc),
            Item::Record { .. } | Item::Doc { .. } => return Ok(None),
        };
        let mut errors = appts::documents(**self.tx, needs)?.err().unwrap_or_default();
        if let Some(n) = issued
            && self.tx.doc(n)?.is_none()
        {
            errors.push(FieldError {
                field: "issued_doc",
                value: ItemId::new(ItemKind::Doc, n).to_string(),
                problem: crate::validate::Problem::NoSuchDocument,
            });
        }
        Ok((!errors.is_empty()).then(|| self.layout.problems(errors)))
    }

    fn existing(&mut self, item: &Item) -> Result<Existing> {
        let tx = self.tx;
        // Same natural key as a current item; else, for a row with an id, whether that id is
        // taken and by the same data.
        let (dup, taken) = match item {
            Item::Record { id, data, keys, .. } => (
                self.batch.record_key_exists(&keys.nkey)?,
                id.map(|n| tx.record(n)).transpose()?.flatten().map(|r| r.data == *data),
            ),
            Item::Doc { id, data, .. } => (
                tx.doc_duplicate(data, &[])?.is_some(),
                id.map(|n| tx.doc(n)).transpose()?.flatten().map(|d| d.data == *data),
            ),
            Item::Appt { id, data, .. } => (
                tx.appt_duplicate(data, &[])?.is_some(),
                id.map(|n| tx.appt(n)).transpose()?.flatten().map(|a| a.data == *data),
            ),
            Item::Application { id, data, .. } => (
                tx.application_duplicate(data, &[])?.is_some(),
                id.map(|n| tx.application(n)).transpose()?.flatten().map(|a| a.data == *data),
            ),
        };
        Ok(match (dup, taken, item.id()) {
            (true, _, _) | (false, Some(true), _) => Existing::Duplicate,
            (false, Some(false), Some(n)) => Existing::IdTaken(ItemId::new(self.kind, n)),
            _ => Existing::New,
        })
    }

    /// Inserts the item and returns its number.
    fn insert(&mut self, item: &Item) -> Result<i64> {
        let uuid = crate::crypto::new_uuid;
        Ok(match item {
            Item::Record { sealed, .. } => match item.new_record() {
                Some(new) => self.batch.insert_record(&new, sealed.as_ref())?,
                None => return Err(Error::Internal("a record without its row".into())),
            },
            Item::Doc { id, data, archived } => {
                self.batch.insert_doc(*id, data, &uuid(), self.now, *archived)?
            }
            Item::Appt { id, data, status } => {
                self.batch.insert_appt(*id, data, &uuid(), *status, self.now)?
            }
            Item::Application { id, data, standing } => {
                self.batch.insert_application(*id, data, &uuid(), standing, self.now)?
            }
        })
    }
}

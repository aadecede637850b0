//! What a push carries into an office: items whole (their numbers, UUIDs, times and history
//! rows kept, every personal value sealed here for the office), numbers moved on past the
//! source's, and log entries appended to the office's chain — each signed by the admin who
//! pushes, the original's HMAC and signature kept beside it (`origin`).

use super::db::Handle;
use super::rows::Table;
use super::{applications, appts, docs, obligations, records, table_of};
use crate::domain::ItemKind;
use crate::store::types::{Put, RawEntry, Whole};
use crate::store::{Error, Result};

impl Handle<'_> {
    /// The UUID of row `id` of `t`, if there is one.
    fn uuid_at(&self, t: &Table, id: i64) -> Result<Option<String>> {
        let (office, sql) = (
            self.db.office,
            format!("SELECT uuid FROM kabinet.{} WHERE office = $1 AND id = $2", t.name),
        );
        self.run(|c| Ok(c.query_opt(&sql, &[&office, &id])?.map(|r| r.get(0))))
    }

    /// Puts an item whole, under its own number: [`Put::Had`] when the office holds it already,
    /// [`Error::Taken`] when that number is another item's.
    pub fn put(&self, w: &Whole) -> Result<Put> {
        let item = w.item_id();
        let t = table_of(item.kind);
        match self.uuid_at(t, item.n)? {
            Some(u) if u == w.uuid() => return Ok(Put::Had),
            Some(_) => return Err(Error::Taken(item)),
            None => {}
        }
        self.number(t, Some(item.n))?;
        match w {
            Whole::Record(r) => {
                self.insert_row(t, r.id, &records::whole_record(self, r))?;
                let subject = records::subject_key(self, &r.data.subject_id);
                self.refresh_follow_ups_of(&[subject], std::slice::from_ref(&r.data.kind))?;
            }
            Whole::Doc(d) => self.insert_row(t, d.id, &docs::whole_doc(self, d))?,
            Whole::Appt(a, moves) => {
                self.insert_row(t, a.id, &appts::whole_appt(self, a))?;
                self.put_moves(a.id, moves)?;
            }
            Whole::Obligation(o, dones) => {
                let cells = obligations::cells(&o.data, &o.uuid, o.created_at, o.done_at);
                self.insert_row(t, o.id, &cells)?;
                self.put_dones(o.id, dones)?;
            }
            Whole::Application(a, changes) => {
                self.insert_row(t, a.id, &applications::whole_application(self, a))?;
                for (n, change) in (1i64..).zip(changes) {
                    self.put_change(a.id, n, change)?;
                }
            }
        }
        Ok(Put::Added)
    }

    /// Moves a kind's counter on to at least `last` (the source's numbers stay given).
    pub fn raise_number(&self, kind: ItemKind, last: i64) -> Result<()> {
        if last > 0 {
            self.number(table_of(kind), Some(last))?;
        }
        Ok(())
    }

    /// The last entry of the store `store` already carried into the office's log (0: none).
    pub fn carried_up_to(&self, store: &str) -> Result<i64> {
        let office = self.db.office;
        self.run(|c| {
            Ok(c.query_one(
                "SELECT coalesce(max((origin::jsonb ->> 'seq')::bigint), 0) FROM kabinet.audit \
                 WHERE office = $1 AND origin IS NOT NULL AND origin::jsonb ->> 'store' = $2",
                &[&office, &store],
            )?
            .get(0))
        })
    }

    /// Appends `e` (entry `e.seq` of store `store`) to the office's log as it was — when, who,
    /// what — signed by who pushes it, with the original's HMAC and signature kept.
    pub fn carry(&self, store: &str, e: &RawEntry) -> Result<i64> {
        let origin = crate::store::types::origin_of(store, e);
        let actor =
            crate::store::audit::Actor { at: e.at, who: e.who.clone(), command: e.command.clone() };
        self.log(&super::audit::NewEntry {
            actor: &actor,
            action: &e.action,
            item: e.item.as_deref(),
            before: e.before.as_deref(),
            after: e.after.as_deref(),
            origin: Some(&origin),
        })
    }
}

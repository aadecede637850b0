//! The document registry on the office server: kind and dates in clear (what `deadlines`
//! filters on), the holder, series, number and the rest sealed, kind-series-number as a keyed
//! hash for duplicates.

use chrono::{NaiveDate, NaiveDateTime};

use super::db::Handle;
use super::rows::{Cell, Row, Table, Ty};
use crate::domain::ItemKind;
use crate::domain::doc::{DocData, DocKind, Document};
use crate::store::Result;

pub(super) static DOCS: Table = Table {
    name: "docs",
    kind: ItemKind::Doc,
    columns: &[
        ("uuid", Ty::Text),
        ("holder", Ty::Sealed),
        ("holder_snils", Ty::Sealed),
        ("kind", Ty::Text),
        ("series", Ty::Sealed),
        ("number", Ty::Sealed),
        ("issued_on", Ty::Date),
        ("issued_by", Ty::Sealed),
        ("department_code", Ty::Sealed),
        ("expires_on", Ty::Date),
        ("notes", Ty::Sealed),
        ("created_at", Ty::Time),
        ("archived_at", Ty::Time),
        ("replaces", Ty::Int),
        ("replaced_by", Ty::Int),
        ("email", Ty::Sealed),
        ("phone", Ty::Sealed),
    ],
};

/// The columns a document's own data sets (an edit rewrites these).
fn data_cells(h: &Handle, d: &DocData) -> Vec<(&'static str, Cell)> {
    vec![
        ("nkey", Cell::Key(d.natural_key().map(|k| h.db.fields.lookup("docs.nkey", &k)))),
        ("holder", Cell::text(&d.holder)),
        ("holder_snils", Cell::opt(&d.holder_snils)),
        ("kind", Cell::text(d.kind.code())),
        ("series", Cell::opt(&d.series)),
        ("number", Cell::opt(&d.number)),
        ("issued_on", Cell::Date(Some(d.issued_on))),
        ("issued_by", Cell::opt(&d.issued_by)),
        ("department_code", Cell::opt(&d.department_code)),
        ("expires_on", Cell::Date(d.expires_on)),
        ("notes", Cell::opt(&d.notes)),
        ("email", Cell::opt(&d.email)),
        ("phone", Cell::opt(&d.phone)),
    ]
}

/// A new document's row (archived when `archived`: an import of an old one).
pub(super) fn new_doc(
    h: &Handle,
    d: &DocData,
    uuid: &str,
    at: NaiveDateTime,
    replaces: Option<i64>,
    archived: bool,
) -> Vec<(&'static str, Cell)> {
    let mut cells = data_cells(h, d);
    cells.extend([
        ("uuid", Cell::text(uuid)),
        ("created_at", Cell::Time(Some(at))),
        ("replaces", Cell::Int(replaces)),
        ("archived_at", Cell::Time(archived.then_some(at))),
    ]);
    cells
}

/// A document's row as it stands (carried from another store).
pub(super) fn whole_doc(h: &Handle, d: &Document) -> Vec<(&'static str, Cell)> {
    let mut cells = data_cells(h, &d.data);
    cells.extend([
        ("uuid", Cell::text(&d.uuid)),
        ("created_at", Cell::Time(Some(d.created_at))),
        ("archived_at", Cell::Time(d.archived_at)),
        ("replaces", Cell::Int(d.replaces)),
        ("replaced_by", Cell::Int(d.replaced_by)),
    ]);
    cells
}

fn of(r: Row) -> Result<Document> {
    Ok(Document {
        id: r.id,
        uuid: r.req_text("uuid")?,
        data: DocData {
            holder: r.req_text("holder")?,
            holder_snils: r.text("holder_snils"),
            kind: DocKind::parse(&r.req_text("kind")?).unwrap_or(DocKind::Other),
            series: r.text("series"),
            number: r.text("number"),
            issued_on: r.req_date("issued_on")?,
            issued_by: r.text("issued_by"),
            department_code: r.text("department_code"),
            expires_on: r.date("expires_on"),
            notes: r.text("notes"),
            email: r.text("email"),
            phone: r.text("phone"),
        },
        created_at: r.req_time("created_at")?,
        archived_at: r.time("archived_at"),
        replaces: r.int("replaces"),
        replaced_by: r.int("replaced_by"),
    })
}

impl Handle<'_> {
    pub fn insert_doc(
        &self,
        d: &DocData,
        uuid: &str,
        at: NaiveDateTime,
        replaces: Option<i64>,
    ) -> Result<i64> {
        let id = self.number(&DOCS, None)?;
        self.insert_row(&DOCS, id, &new_doc(self, d, uuid, at, replaces, false))?;
        Ok(id)
    }

    pub fn update_doc(&self, id: i64, d: &DocData) -> Result<()> {
        self.update_row(&DOCS, id, &data_cells(self, d))
    }

    pub fn archive_doc(&self, id: i64, at: NaiveDateTime, replaced_by: Option<i64>) -> Result<()> {
        let mut cells = vec![("archived_at", Cell::Time(Some(at)))];
        if replaced_by.is_some() {
            cells.push(("replaced_by", Cell::Int(replaced_by)));
        }
        self.update_row(&DOCS, id, &cells)
    }

    /// Deletes a document and unlinks it from its renewal chain.
    pub fn delete_doc(&self, id: i64) -> Result<()> {
        for link in ["replaced_by", "replaces"] {
            for other in self.ids(&DOCS, &format!("{link} = $2"), &[&id])? {
                self.update_row(&DOCS, other, &[(link, Cell::Int(None))])?;
            }
        }
        self.delete_row(&DOCS, id)
    }

    pub fn doc(&self, id: i64) -> Result<Option<Document>> {
        self.row(&DOCS, id)?.map(of).transpose()
    }

    pub fn doc_duplicate(&self, d: &DocData, except: &[i64]) -> Result<Option<i64>> {
        let Some(key) = d.natural_key() else { return Ok(None) };
        let hash = self.db.fields.lookup("docs.nkey", &key);
        self.find_by_key(&DOCS, "nkey", &hash, "true", except)
    }

    /// Documents matching `filter`, in `order`.
    fn docs_where(
        &self,
        filter: &str,
        params: &[&(dyn postgres::types::ToSql + Sync)],
        order: &str,
    ) -> Result<Vec<Document>> {
        self.items(&DOCS, filter, params, order, of)
    }

    /// Every document by expiry (indefinite last), then ID; or in entry order.
    pub fn docs(&self, by_entry: bool) -> Result<Vec<Document>> {
        let order = if by_entry { "id" } else { "expires_on NULLS LAST, id" };
        self.docs_where("true", &[], order)
    }

    pub fn doc_duplicates(&self) -> Result<Vec<Vec<i64>>> {
        self.groups_by_key(&DOCS, "nkey", "true")
    }

    /// Documents in use expiring on or before `until`, by expiry.
    pub fn docs_expiring_by(&self, until: NaiveDate) -> Result<Vec<Document>> {
        self.docs_where("archived_at IS NULL AND expires_on <= $2", &[&until], "expires_on, id")
    }
}

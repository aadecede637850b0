//! An item's row on the office server, whatever its kind: a table is described once (which
//! columns stay in clear, of what type, and which are sealed), and inserting, updating,
//! reading, opening and snapshotting a row follow from that description. Every query is
//! scoped to the office; every sealed value is bound to office, table, row and column.

use chrono::{NaiveDate, NaiveDateTime};
use postgres::types::{ToSql, Type};

use super::db::Handle;
use super::fields::Place;
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::{ItemId, ItemKind};
use crate::store::{Error, Result};

/// How a column is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ty {
    /// Personal text, sealed on the clerk's machine (`BYTEA`).
    Sealed,
    Text,
    Date,
    Time,
    Int,
    Flag,
    /// Item numbers (`BIGINT[]`): the documents an item needs.
    Ints,
}

/// A table of items of one kind: its columns after `office` and `id`, in the order a snapshot
/// lists them.
pub struct Table {
    pub name: &'static str,
    pub kind: ItemKind,
    pub columns: &'static [(&'static str, Ty)],
}

/// One value of a row, in clear on this side.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(Option<String>),
    Date(Option<NaiveDate>),
    Time(Option<NaiveDateTime>),
    Int(Option<i64>),
    Flag(bool),
    Ints(Vec<i64>),
    /// A keyed hash to look the row up by (never read back).
    Key(Option<Vec<u8>>),
}

impl Cell {
    pub fn text(s: &str) -> Cell {
        Cell::Text(Some(s.to_owned()))
    }

    pub fn opt(s: &Option<String>) -> Cell {
        Cell::Text(s.clone())
    }

    fn json(&self) -> serde_json::Value {
        use serde_json::Value;
        match self {
            Cell::Text(v) => v.clone().map_or(Value::Null, Value::String),
            Cell::Date(v) => v.map_or(Value::Null, |d| Value::String(iso_date(d))),
            Cell::Time(v) => v.map_or(Value::Null, |t| Value::String(iso_datetime(t))),
            Cell::Int(v) => v.map_or(Value::Null, Value::from),
            Cell::Flag(b) => Value::from(i64::from(*b)),
            Cell::Ints(v) if v.is_empty() => Value::Null,
            Cell::Ints(v) => Value::String(crate::domain::appt::format_needs(v)),
            Cell::Key(_) => Value::Null,
        }
    }
}

/// A row read and opened.
pub struct Row {
    table: &'static Table,
    pub id: i64,
    cells: Vec<Cell>,
}

impl Row {
    fn cell(&self, column: &str) -> Option<&Cell> {
        let at = self.table.columns.iter().position(|(c, _)| *c == column)?;
        self.cells.get(at)
    }

    fn missing(&self, column: &str) -> Error {
        let item = ItemId::new(self.table.kind, self.id);
        Error::Corrupt(format!("{item}: no {column}"))
    }

    pub fn text(&self, column: &str) -> Option<String> {
        match self.cell(column) {
            Some(Cell::Text(v)) => v.clone(),
            _ => None,
        }
    }

    pub fn req_text(&self, column: &str) -> Result<String> {
        self.text(column).ok_or_else(|| self.missing(column))
    }

    pub fn date(&self, column: &str) -> Option<NaiveDate> {
        match self.cell(column) {
            Some(Cell::Date(v)) => *v,
            _ => None,
        }
    }

    pub fn req_date(&self, column: &str) -> Result<NaiveDate> {
        self.date(column).ok_or_else(|| self.missing(column))
    }

    pub fn time(&self, column: &str) -> Option<NaiveDateTime> {
        match self.cell(column) {
            Some(Cell::Time(v)) => *v,
            _ => None,
        }
    }

    pub fn req_time(&self, column: &str) -> Result<NaiveDateTime> {
        self.time(column).ok_or_else(|| self.missing(column))
    }

    pub fn int(&self, column: &str) -> Option<i64> {
        match self.cell(column) {
            Some(Cell::Int(v)) => *v,
            _ => None,
        }
    }

    pub fn flag(&self, column: &str) -> bool {
        matches!(self.cell(column), Some(Cell::Flag(true)))
    }

    pub fn ints(&self, column: &str) -> Vec<i64> {
        match self.cell(column) {
            Some(Cell::Ints(v)) => v.clone(),
            _ => Vec::new(),
        }
    }

    /// The row as the log keeps it: `id`, then each column by name.
    pub fn snapshot(&self) -> String {
        let mut map = serde_json::Map::new();
        map.insert("id".into(), self.id.into());
        for ((name, _), cell) in self.table.columns.iter().zip(&self.cells) {
            map.insert((*name).into(), cell.json());
        }
        serde_json::Value::Object(map).to_string()
    }
}

/// A value bound for a statement.
pub(super) type Param = Box<dyn ToSql + Sync>;

impl Table {
    /// The server's type of each cell as `t` keeps it (a sealed one: bytes).
    pub fn sql_types(&self, cells: &[(&str, Cell)]) -> Vec<Type> {
        cells
            .iter()
            .map(|(column, cell)| match (self.ty(column), cell) {
                (Some(Ty::Sealed), _) | (_, Cell::Key(_)) => Type::BYTEA,
                (_, Cell::Text(_)) => Type::TEXT,
                (_, Cell::Date(_)) => Type::DATE,
                (_, Cell::Time(_)) => Type::TIMESTAMP,
                (_, Cell::Int(_)) => Type::INT8,
                (_, Cell::Flag(_)) => Type::BOOL,
                (_, Cell::Ints(_)) => Type::INT8_ARRAY,
            })
            .collect()
    }

    fn ty(&self, column: &str) -> Option<Ty> {
        self.columns.iter().find(|(c, _)| *c == column).map(|(_, t)| *t)
    }

    /// Every column, then the row's seal (last, after the columns `open_row` reads).
    fn select(&self) -> String {
        let names: Vec<&str> = self.columns.iter().map(|(c, _)| *c).collect();
        format!("SELECT id, {}, seal FROM kabinet.{}", names.join(", "), self.name)
    }

    /// The values a row's seal covers, in the table's order: each column's cell as `cell`
    /// gives it (a column not written is NULL, a flag false — the columns' defaults).
    fn canonical<'c>(&self, cell: impl Fn(&str) -> Option<&'c Cell>) -> Vec<u8> {
        let values: Vec<serde_json::Value> = self
            .columns
            .iter()
            .map(|(column, ty)| match (cell(column), ty) {
                (Some(c), _) => c.json(),
                (None, Ty::Flag) => Cell::Flag(false).json(),
                (None, _) => serde_json::Value::Null,
            })
            .collect();
        serde_json::Value::Array(values).to_string().into_bytes()
    }
}

impl Handle<'_> {
    fn place<'c>(&self, table: &'c str, row: i64, column: &'c str) -> Place<'c> {
        Place { office: self.db.office, table, row, column }
    }

    /// The parameters of a write: each cell as its column keeps it (sealed when it is).
    pub(super) fn params(&self, t: &Table, id: i64, cells: &[(&str, Cell)]) -> Result<Vec<Param>> {
        cells
            .iter()
            .map(|(column, cell)| -> Result<Param> {
                Ok(match (t.ty(column), cell) {
                    (Some(Ty::Sealed), Cell::Text(v)) => Box::new(
                        v.as_deref()
                            .map(|v| {
                                self.db.fields.seal(self.place(t.name, id, column), v.as_bytes())
                            })
                            .transpose()?,
                    ),
                    (_, Cell::Text(v)) => Box::new(v.clone()),
                    (_, Cell::Date(v)) => Box::new(*v),
                    (_, Cell::Time(v)) => Box::new(*v),
                    (_, Cell::Int(v)) => Box::new(*v),
                    (_, Cell::Flag(v)) => Box::new(*v),
                    (_, Cell::Ints(v)) => Box::new(v.clone()),
                    (_, Cell::Key(v)) => Box::new(v.clone()),
                })
            })
            .collect()
    }

    /// Inserts row `id` of `t` with these cells.
    pub(super) fn insert_row(&self, t: &Table, id: i64, cells: &[(&str, Cell)]) -> Result<()> {
        let mut params: Vec<Param> = vec![Box::new(self.db.office), Box::new(id)];
        params.extend(self.params(t, id, cells)?);
        params.push(Box::new(self.seal_of(t, id, cells)));
        let mut names: Vec<&str> = cells.iter().map(|(c, _)| *c).collect();
        names.push("seal");
        let marks: Vec<String> = (3..=params.len()).map(|n| format!("${n}")).collect();
        let sql = format!(
            "INSERT INTO kabinet.{} (office, id, {}) VALUES ($1, $2, {})",
            t.name,
            names.join(", "),
            marks.join(", ")
        );
        self.exec(&sql, &params)
    }

    /// Sets these cells of row `id` of `t`, and seals the row again over its new values.
    pub(super) fn update_row(
        &self,
        t: &'static Table,
        id: i64,
        cells: &[(&str, Cell)],
    ) -> Result<()> {
        let mut params: Vec<Param> = vec![Box::new(self.db.office), Box::new(id)];
        params.extend(self.params(t, id, cells)?);
        let sets: Vec<String> =
            cells.iter().enumerate().map(|(i, (c, _))| format!("{c} = ${}", i + 3)).collect();
        let sql = format!(
            "UPDATE kabinet.{} SET {} WHERE office = $1 AND id = $2",
            t.name,
            sets.join(", ")
        );
        self.exec(&sql, &params)?;
        self.reseal(t, id)
    }

    /// The seal of row `id` of `t` holding `cells` (the columns not among them at their
    /// defaults).
    pub(super) fn seal_of(&self, t: &Table, id: i64, cells: &[(&str, Cell)]) -> Vec<u8> {
        let canonical = t.canonical(|c| cells.iter().find(|(n, _)| *n == c).map(|(_, v)| v));
        self.db.fields.row_seal(self.db.office, t.name, id, &canonical)
    }

    /// Seals row `id` of `t` again over what it holds now (after a change of some columns).
    pub(super) fn reseal(&self, t: &'static Table, id: i64) -> Result<()> {
        let Some(row) = self.row(t, id)? else { return Ok(()) };
        let seal = self.row_seal(&row);
        let sql = format!("UPDATE kabinet.{} SET seal = $3 WHERE office = $1 AND id = $2", t.name);
        self.exec(&sql, &[Box::new(self.db.office), Box::new(id), Box::new(seal)])
    }

    /// The seal a row read and opened should have.
    fn row_seal(&self, row: &Row) -> Vec<u8> {
        let canonical = row.table.canonical(|c| row.cell(c));
        self.db.fields.row_seal(self.db.office, row.table.name, row.id, &canonical)
    }

    /// The seal of a history row of item `owner` (a reschedule, a completion, a change of
    /// status) holding `values`: over its office, table and item and each value in clear, as an
    /// item row's seal is. A value changed on the server, or the row given to another item,
    /// no longer matches.
    pub(super) fn history_seal(&self, table: &str, owner: i64, values: &[Cell]) -> Vec<u8> {
        let canonical = serde_json::Value::Array(values.iter().map(Cell::json).collect());
        self.db.fields.row_seal(self.db.office, table, owner, canonical.to_string().as_bytes())
    }

    /// The number the next history row of item `id` in `table` (an `n` column, owned by its
    /// `owner` column) takes: one after its last.
    pub(super) fn next_history_n(&self, table: &str, owner: &str, id: i64) -> Result<i64> {
        let office = self.db.office;
        let sql = format!(
            "SELECT coalesce(max(n), 0) + 1 FROM kabinet.{table} WHERE office = $1 AND {owner} = $2"
        );
        self.run(|c| Ok(c.query_one(&sql, &[&office, &id])?.get(0)))
    }

    /// The items of whose history rows in `table` (owned by its `owner` column) one does not
    /// match its seal, by ID: `columns` are read after the owner, `seal` last, and `values`
    /// makes the sealed values of a row (an error: a value that does not open).
    pub(super) fn unsealed_history(
        &self,
        table: &str,
        owner: &str,
        columns: &str,
        values: impl Fn(i64, &postgres::Row) -> Result<Vec<Cell>>,
    ) -> Result<Vec<i64>> {
        let office = self.db.office;
        let sql = format!(
            "SELECT {owner}, {columns}, seal FROM kabinet.{table} WHERE office = $1 ORDER BY {owner}"
        );
        let rows = self.run(|c| Ok(c.query(&sql, &[&office])?))?;
        let mut changed: Vec<i64> = Vec::new();
        for r in &rows {
            let id: i64 = r.get(0);
            let kept: Option<Vec<u8>> = r.get(r.len() - 1);
            let sealed = values(id, r)
                .is_ok_and(|v| kept.as_deref() == Some(&self.history_seal(table, id, &v)[..]));
            if !sealed && changed.last() != Some(&id) {
                changed.push(id);
            }
        }
        Ok(changed)
    }

    /// Deletes row `id` of `t` and its history rows (`history`'s `owner` column naming it).
    pub(super) fn delete_with_history(
        &self,
        t: &Table,
        history: &str,
        owner: &str,
        id: i64,
    ) -> Result<()> {
        let sql = format!("DELETE FROM kabinet.{history} WHERE office = $1 AND {owner} = $2");
        self.exec(&sql, &[Box::new(self.db.office), Box::new(id)])?;
        self.delete_row(t, id)
    }

    pub(super) fn delete_row(&self, t: &Table, id: i64) -> Result<()> {
        let sql = format!("DELETE FROM kabinet.{} WHERE office = $1 AND id = $2", t.name);
        self.exec(&sql, &[Box::new(self.db.office), Box::new(id)])
    }

    /// Runs one statement with boxed parameters.
    pub(super) fn exec(&self, sql: &str, params: &[Param]) -> Result<()> {
        let refs: Vec<&(dyn ToSql + Sync)> = params.iter().map(|p| p.as_ref()).collect();
        self.run(|c| {
            c.execute(sql, &refs)?;
            Ok(())
        })
    }

    /// The rows of `t` that match `filter` (`$1` is the office, `$2`… are `params`), in
    /// `order`, opened.
    pub(super) fn rows(
        &self,
        t: &'static Table,
        filter: &str,
        params: &[&(dyn ToSql + Sync)],
        order: &str,
    ) -> Result<Vec<Row>> {
        self.rows_into(t, filter, params, order, |r| Ok(Some(r)))
    }

    /// The rows of `t` that `filter` selects, in `order`, each opened and made into what `into`
    /// keeps of it as it comes from the server, so that no row read is held after: a listing
    /// or `deadlines` over a large office holds its results, not every row on the way too.
    /// `into` must not ask the server anything (see [`Handle::raw_into`]).
    pub(super) fn rows_into<T>(
        &self,
        t: &'static Table,
        filter: &str,
        params: &[&(dyn ToSql + Sync)],
        order: &str,
        mut into: impl FnMut(Row) -> Result<Option<T>>,
    ) -> Result<Vec<T>> {
        self.raw_into(t, filter, params, order, |r| into(self.open_row(t, r)?))
    }

    /// [`Handle::rows`] made into items by `of`, one row at a time.
    pub(super) fn items<T>(
        &self,
        t: &'static Table,
        filter: &str,
        params: &[&(dyn ToSql + Sync)],
        order: &str,
        of: fn(Row) -> Result<T>,
    ) -> Result<Vec<T>> {
        self.rows_into(t, filter, params, order, |r| of(r).map(Some))
    }

    /// The rows of `t` that `filter` selects, in `order`, as the server sends them, each handed
    /// to `into` as it arrives: what `into` keeps. `into` must not ask the server anything (the
    /// connection is busy with the rows).
    fn raw_into<T>(
        &self,
        t: &Table,
        filter: &str,
        params: &[&(dyn ToSql + Sync)],
        order: &str,
        mut into: impl FnMut(&postgres::Row) -> Result<Option<T>>,
    ) -> Result<Vec<T>> {
        use postgres::fallible_iterator::FallibleIterator;
        let office = self.db.office;
        let mut all: Vec<&(dyn ToSql + Sync)> = vec![&office];
        all.extend_from_slice(params);
        let sql = format!("{} WHERE office = $1 AND ({filter}) ORDER BY {order}", t.select());
        self.run(|c| {
            let mut kept = Vec::new();
            let mut rows = c.query_raw(sql.as_str(), all.iter().copied())?;
            while let Some(r) = rows.next()? {
                kept.extend(into(&r)?);
            }
            Ok(kept)
        })
    }

    /// Row `id` of `t`, opened.
    pub(super) fn row(&self, t: &'static Table, id: i64) -> Result<Option<Row>> {
        Ok(self.rows(t, "id = $2", &[&id], "id")?.pop())
    }

    /// The IDs of the rows of `t` that match `filter`, by ID.
    pub(super) fn ids(
        &self,
        t: &Table,
        filter: &str,
        params: &[&(dyn ToSql + Sync)],
    ) -> Result<Vec<i64>> {
        let office = self.db.office;
        let mut all: Vec<&(dyn ToSql + Sync)> = vec![&office];
        all.extend_from_slice(params);
        let sql = format!(
            "SELECT id FROM kabinet.{} WHERE office = $1 AND ({filter}) ORDER BY id",
            t.name
        );
        let rows = self.run(|c| Ok(c.query(&sql, &all)?))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// The first row of `t` other than `except` whose look-up column `key` holds `hash`.
    pub(super) fn find_by_key(
        &self,
        t: &Table,
        key: &str,
        hash: &[u8],
        filter: &str,
        except: &[i64],
    ) -> Result<Option<i64>> {
        let except = except.to_vec();
        let ids = self.ids(
            t,
            &format!("{key} = $2 AND NOT (id = ANY($3)) AND ({filter})"),
            &[&hash, &except],
        )?;
        Ok(ids.first().copied())
    }

    /// Groups of rows of `t` (those matching `filter`) sharing look-up column `key`, each in ID
    /// order.
    pub(super) fn groups_by_key(
        &self,
        t: &Table,
        key: &str,
        filter: &str,
    ) -> Result<Vec<Vec<i64>>> {
        let office = self.db.office;
        let sql = format!(
            "SELECT array_agg(id ORDER BY id) FROM kabinet.{} WHERE office = $1 \
             AND {key} IS NOT NULL AND ({filter}) GROUP BY {key} HAVING count(*) > 1 \
             ORDER BY min(id)",
            t.name
        );
        let rows = self.run(|c| Ok(c.query(&sql, &[&office])?))?;
        Ok(rows.iter().map(|r| r.get(0)).collect())
    }

    /// A row as read, its sealed values opened: an error naming the item and column when one
    /// does not open (changed on the server, or moved from another row or office).
    fn open_row(&self, t: &'static Table, r: &postgres::Row) -> Result<Row> {
        let id: i64 = r.get(0);
        let mut cells = Vec::with_capacity(t.columns.len());
        for (i, (column, ty)) in t.columns.iter().enumerate() {
            let i = i + 1;
            cells.push(match ty {
                Ty::Sealed => {
                    let v: Option<Vec<u8>> = r.get(i);
                    Cell::Text(match v {
                        None => None,
                        Some(v) => {
                            let plain = self
                                .db
                                .fields
                                .open(self.place(t.name, id, column), &v)
                                .map_err(|_| {
                                    let item = ItemId::new(t.kind, id);
                                    Error::Corrupt(format!(
                                        "{item}: its {column} does not open under this office's key"
                                    ))
                                })?;
                            Some(String::from_utf8_lossy(&plain).into_owned())
                        }
                    })
                }
                Ty::Text => Cell::Text(r.get(i)),
                Ty::Date => Cell::Date(r.get(i)),
                Ty::Time => Cell::Time(r.get(i)),
                Ty::Int => Cell::Int(r.get(i)),
                Ty::Flag => Cell::Flag(r.get(i)),
                Ty::Ints => Cell::Ints(r.get::<_, Option<Vec<i64>>>(i).unwrap_or_default()),
            });
        }
        Ok(Row { table: t, id, cells })
    }

    /// The rows of `t` whose values do not all open, or whose seal does not match what they
    /// hold (a value in clear changed on the server), by ID.
    pub(super) fn unopened(&self, t: &'static Table) -> Result<Vec<ItemId>> {
        self.raw_into(t, "true", &[], "id", |r| {
            let kept: Option<Vec<u8>> = r.get(t.columns.len() + 1);
            let sealed = self
                .open_row(t, r)
                .is_ok_and(|row| kept.as_deref() == Some(&self.row_seal(&row)[..]));
            Ok((!sealed).then(|| ItemId::new(t.kind, r.get(0))))
        })
    }

    /// Row `id` of `t` as the log keeps it.
    pub(super) fn snapshot_of(&self, t: &'static Table, id: i64) -> Result<Option<String>> {
        Ok(self.row(t, id)?.map(|r| r.snapshot()))
    }

    /// The next number of a kind in this office, taken in the caller's transaction.
    pub(super) fn next_number(&self, kind: &str) -> Result<i64> {
        let office = self.db.office;
        self.run(|c| {
            Ok(c.query_one(
                "INSERT INTO kabinet.counters (office, kind, last) VALUES ($1, $2, 1) \
                 ON CONFLICT (office, kind) DO UPDATE SET last = kabinet.counters.last + 1 \
                 RETURNING last",
                &[&office, &kind],
            )?
            .get(0))
        })
    }

    /// A number for a new item: the one it brings (an import), else the office's next.
    pub(super) fn number(&self, t: &Table, id: Option<i64>) -> Result<i64> {
        self.number_of(t.name, id)
    }

    /// [`Handle::number`] of the counter `name`.
    pub(super) fn number_of(&self, name: &str, id: Option<i64>) -> Result<i64> {
        let office = self.db.office;
        match id {
            // The counter never falls behind a number brought in.
            Some(id) => self.run(|c| {
                c.execute(
                    "INSERT INTO kabinet.counters (office, kind, last) VALUES ($1, $2, $3) \
                     ON CONFLICT (office, kind) DO UPDATE \
                     SET last = GREATEST(kabinet.counters.last, excluded.last)",
                    &[&office, &name, &id],
                )?;
                Ok(id)
            }),
            None => self.next_number(name),
        }
    }
}

//! Column values copied out of SQLite as they are, in batches, so that decoding them (UTF-8
//! checks, one allocation per text) happens on another thread than the one stepping the
//! statement: a million-row export is then split evenly over two cores.

use rusqlite::types::{Type, ValueRef};

/// Rows of a fixed number of columns, each value tagged: `0` NULL, `1` integer (8 bytes),
/// `2` text (4-byte length, then the bytes). Reals and blobs do not occur in kabinet's tables.
#[derive(Debug, Default)]
pub struct RawRows {
    data: Vec<u8>,
    rows: usize,
    columns: usize,
}

/// One decoded value, borrowing the batch.
#[derive(Debug, Clone, Copy)]
pub enum Cell<'a> {
    Null,
    Int(i64),
    Text(&'a [u8]),
}

impl RawRows {
    pub fn new(columns: usize) -> RawRows {
        RawRows { data: Vec::with_capacity(64 << 10), rows: 0, columns }
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    /// Appends the current row of a statement.
    pub fn push(&mut self, row: &rusqlite::Row) -> rusqlite::Result<()> {
        for i in 0..self.columns {
            match row.get_ref(i)? {
                ValueRef::Null => self.data.push(0),
                ValueRef::Integer(n) => {
                    self.data.push(1);
                    self.data.extend_from_slice(&n.to_le_bytes());
                }
                ValueRef::Text(t) | ValueRef::Blob(t) => {
                    let len = u32::try_from(t.len()).map_err(|_| {
                        rusqlite::Error::InvalidColumnType(i, "text".into(), Type::Text)
                    })?;
                    self.data.push(2);
                    self.data.extend_from_slice(&len.to_le_bytes());
                    self.data.extend_from_slice(t);
                }
                ValueRef::Real(_) => {
                    return Err(rusqlite::Error::InvalidColumnType(i, "value".into(), Type::Real));
                }
            }
        }
        self.rows += 1;
        Ok(())
    }

    /// Calls `f` with the cells of each row, in order.
    pub fn for_each<E>(&self, mut f: impl FnMut(&[Cell]) -> Result<(), E>) -> Result<(), E> {
        let mut cells = Vec::with_capacity(self.columns);
        let mut at = 0;
        let d = &self.data;
        for _ in 0..self.rows {
            cells.clear();
            for _ in 0..self.columns {
                // The batch was written by `push` just above: the tags and lengths are sound.
                let tag = d.get(at).copied().unwrap_or(0);
                at += 1;
                let cell = match tag {
                    1 => {
                        let n = read_array::<8>(d, at);
                        at += 8;
                        Cell::Int(i64::from_le_bytes(n))
                    }
                    2 => {
                        let len = u32::from_le_bytes(read_array::<4>(d, at)) as usize;
                        at += 4;
                        let text = d.get(at..at + len).unwrap_or_default();
                        at += len;
                        Cell::Text(text)
                    }
                    _ => Cell::Null,
                };
                cells.push(cell);
            }
            f(&cells)?;
        }
        Ok(())
    }
}

fn read_array<const N: usize>(d: &[u8], at: usize) -> [u8; N] {
    d.get(at..at + N).and_then(|s| s.try_into().ok()).unwrap_or([0; N])
}

impl<'a> Cell<'a> {
    /// The cells of a statement's current row, without copying.
    pub fn of_row(row: &'a rusqlite::Row, columns: usize) -> rusqlite::Result<Vec<Cell<'a>>> {
        (0..columns)
            .map(|i| {
                Ok(match row.get_ref(i)? {
                    ValueRef::Null => Cell::Null,
                    ValueRef::Integer(n) => Cell::Int(n),
                    ValueRef::Text(t) | ValueRef::Blob(t) => Cell::Text(t),
                    ValueRef::Real(_) => {
                        return Err(rusqlite::Error::InvalidColumnType(
                            i,
                            "value".into(),
                            Type::Real,
                        ));
                    }
                })
            })
            .collect()
    }
}

/// Typed access to a row of cells, with SQLite's conversion errors.
pub struct Cells<'c, 'a>(pub &'c [Cell<'a>]);

impl<'a> Cells<'_, 'a> {
    fn cell(&self, i: usize) -> Cell<'a> {
        self.0.get(i).copied().unwrap_or(Cell::Null)
    }

    pub fn int(&self, i: usize) -> rusqlite::Result<i64> {
        match self.cell(i) {
            Cell::Int(n) => Ok(n),
            other => Err(wrong_type(i, other)),
        }
    }

    pub fn opt_int(&self, i: usize) -> rusqlite::Result<Option<i64>> {
        match self.cell(i) {
            Cell::Null => Ok(None),
            _ => self.int(i).map(Some),
        }
    }

    pub fn bool(&self, i: usize) -> rusqlite::Result<bool> {
        self.int(i).map(|n| n != 0)
    }

    pub fn str(&self, i: usize) -> rusqlite::Result<&'a str> {
        match self.cell(i) {
            Cell::Text(t) => std::str::from_utf8(t).map_err(rusqlite::Error::Utf8Error),
            other => Err(wrong_type(i, other)),
        }
    }

    pub fn opt_str(&self, i: usize) -> rusqlite::Result<Option<&'a str>> {
        match self.cell(i) {
            Cell::Null => Ok(None),
            _ => self.str(i).map(Some),
        }
    }

    pub fn text(&self, i: usize) -> rusqlite::Result<String> {
        self.str(i).map(str::to_owned)
    }

    pub fn opt_text(&self, i: usize) -> rusqlite::Result<Option<String>> {
        Ok(self.opt_str(i)?.map(str::to_owned))
    }
}

fn wrong_type(i: usize, c: Cell) -> rusqlite::Error {
    let t = match c {
        Cell::Null => Type::Null,
        Cell::Int(_) => Type::Integer,
        Cell::Text(_) => Type::Text,
    };
    rusqlite::Error::InvalidColumnType(i, "value".into(), t)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_batch_gives_back_what_was_pushed() {
        let conn = rusqlite::Connection::open_in_memory().expect("db");
        conn.execute_batch(
            "CREATE TABLE t (a INTEGER, b TEXT, c TEXT);
             INSERT INTO t VALUES (1, 'Иванов', NULL), (-7, '', 'x');",
        )
        .expect("fill");
        let mut st = conn.prepare("SELECT a, b, c FROM t ORDER BY rowid").expect("select");
        let mut rows = st.query([]).expect("query");
        let mut batch = RawRows::new(3);
        while let Some(r) = rows.next().expect("row") {
            batch.push(r).expect("push");
        }
        let mut seen = Vec::new();
        batch
            .for_each(|c| {
                let c = Cells(c);
                seen.push((c.int(0)?, c.text(1)?, c.opt_text(2)?));
                Ok::<_, rusqlite::Error>(())
            })
            .expect("decode");
        assert_eq!(
            seen,
            [(1, "Иванов".to_owned(), None), (-7, String::new(), Some("x".to_owned()))]
        );
    }
}

//! `kabinet export xlsx`: records, documents, appointments, applications or deadlines as an
//! Excel workbook with typed cells; `--kind all`, a sheet for each kind the user may see.
//! Headers and sheet names in the interface language; the Russian headers are the ones
//! `import` reads back.

use std::io::Write;
use std::path::Path;

use super::{ExportArgs, ExportKind};
use crate::app::export;
use crate::cmd::args::{application_filter, appt_filter, doc_filter, record_filter};
use crate::cmd::due;
use crate::cmd::failure::Result;
use crate::cmd::session::Session;
use crate::domain::ItemKind;
use crate::i18n::{self, Lang};
use crate::io::files::{temp_dir, temp_dir_in};
use crate::io::output::ExportRows;
use crate::io::xlsx::Book;

/// Writes the workbook to `out` (bound for `path`, when a file); returns how many rows.
pub fn export(
    s: &mut Session,
    a: &ExportArgs,
    path: Option<&Path>,
    out: &mut (dyn Write + Send),
) -> Result<u64> {
    // The rows wait beside the export (where they land anyway), else in TMPDIR.
    let beside = path.and_then(Path::parent).filter(|p| !p.as_os_str().is_empty());
    let rows_dir = match beside {
        Some(dir) if dir.is_dir() => temp_dir_in(dir, ".kabinet-xlsx-")?,
        _ => temp_dir(".kabinet-xlsx-")?,
    };
    let mut book = Book::new(rows_dir.path())?;
    let kinds: Vec<ExportKind> = match a.kind {
        Some(ExportKind::All) => {
            let visible = s.visible();
            [ExportKind::Record, ExportKind::Doc, ExportKind::Appt, ExportKind::Application]
                .into_iter()
                .filter(|k| {
                    let kind = super::item_kind(*k);
                    visible.as_ref().is_none_or(|v| kind.is_some_and(|k| v.contains(&k)))
                })
                .collect()
        }
        Some(k) => vec![k],
        None => Vec::new(),
    };
    let mut n = 0;
    for kind in kinds {
        n += sheet(s, a, kind, &mut book)?;
    }
    book.save(out)?;
    Ok(n)
}

/// One kind's sheet.
fn sheet(s: &mut Session, a: &ExportArgs, kind: ExportKind, book: &mut Book) -> Result<u64> {
    let russian = i18n::lang() == Lang::Ru;
    let Some(item) = super::item_kind(kind) else {
        return deadlines(s, a, book);
    };
    let columns = export::columns(item);
    book.sheet(&i18n::sheet_name(item), columns, &export::headers(item, russian))?;
    let (ctx, store) = s.parts()?;
    let r = store.read();
    let rows = ExportRows::Xlsx(book);
    Ok(match item {
        ItemKind::Record => {
            let filter = record_filter(ctx, &a.period, &a.search, &a.record, a.all)?;
            export::records(r, &filter, rows)?
        }
        ItemKind::Doc => {
            let filter = doc_filter(a.doc_kind.as_deref(), &a.search, &a.doc, a.all)?;
            export::docs(r, &ctx.env, &filter, rows)?
        }
        ItemKind::Appt | ItemKind::Obligation => {
            let filter = appt_filter(ctx, &a.period, &a.search, &a.appt)?;
            export::appts(r, &filter, rows)?
        }
        ItemKind::Application => {
            let filter = application_filter(ctx, &a.period, &a.search, &a.application)?;
            export::applications(r, &ctx.env, &filter, rows)?
        }
    })
}

/// The deadlines sheet: what `kabinet deadlines` shows.
fn deadlines(s: &mut Session, a: &ExportArgs, book: &mut Book) -> Result<u64> {
    let query = super::deadline_query(s, a)?;
    let (ctx, store) = s.parts()?;
    let list = crate::app::deadlines::gather(store.read(), &ctx.env, &query)?;
    due::xlsx(&list, book)?;
    Ok(list.len() as u64)
}

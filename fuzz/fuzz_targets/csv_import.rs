//! The CSV importer on arbitrary bytes: encoding detection, delimiter sniffing, the header
//! mapping and every row through the validators, for each kind. It must never panic.
#![no_main]

use kabinet::cli::ItemKindArg;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(mut f) = tempfile::NamedTempFile::new() else { return };
    if std::io::Write::write_all(&mut f, data).is_err() {
        return;
    }
    let now = chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
        .and_then(|d| d.and_hms_opt(12, 0, 0))
        .unwrap_or_default();
    for kind in [ItemKindArg::Record, ItemKindArg::Doc, ItemKindArg::Appt] {
        let _ = kabinet::cmd::check_import_file(f.path(), kind, now);
    }
});

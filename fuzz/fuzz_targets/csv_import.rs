//! The CSV importer on arbitrary bytes: encoding detection, delimiter sniffing, the header
//! mapping and every row through the validators, for each kind. It must never panic.
#![no_main]

use std::sync::OnceLock;

use kabinet::app::{Env, import};
use kabinet::domain::ItemKind;
use libfuzzer_sys::fuzz_target;

/// The pinned "now" and the shipped calendar, made once.
fn env() -> &'static Env {
    static ENV: OnceLock<Env> = OnceLock::new();
    ENV.get_or_init(|| Env {
        now: chrono::NaiveDate::from_ymd_opt(2026, 11, 22)
            .and_then(|d| d.and_hms_opt(12, 0, 0))
            .unwrap_or_default(),
        zone: chrono_tz::UTC,
        calendar: kabinet::calendar::Calendar::default(),
        leads: Default::default(),
        reminders: Default::default(),
        expire_days: kabinet::domain::application::DEFAULT_EXPIRE_DAYS,
    })
}

fuzz_target!(|data: &[u8]| {
    for kind in [ItemKind::Record, ItemKind::Doc, ItemKind::Appt] {
        let _ = import::check_bytes(data, kind, env());
    }
});

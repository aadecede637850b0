//! The date and date-time parsers (`ДД.ММ.ГГГГ`, ISO, `today`, `+3d`…) on arbitrary text: no
//! panic, and a parsed date prints and parses back to itself.
#![no_main]

use kabinet::validate::dates::{iso_date, parse_date, parse_datetime};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    if let Ok(d) = parse_date(s, today) {
        assert_eq!(parse_date(&iso_date(d), today).ok(), Some(d), "{s:?}");
    }
    let _ = parse_datetime(s, today, chrono_tz::Europe::Moscow);
});

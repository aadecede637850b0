//! Every identifier and value validator on arbitrary text. None may panic, and a value that
//! validates must validate again in its normalised form, to the same form.
#![no_main]

use kabinet::validate::value::{Kind, check};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else { return };
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap_or_default();
    for kind in Kind::ALL {
        if let Ok(norm) = check(*kind, s, today) {
            assert_eq!(check(*kind, &norm, today).as_deref(), Ok(norm.as_str()), "{kind:?} {s:?}");
        }
    }
});

//! Field rules and identifier checks: pure functions that return a normal form or a typed
//! [`Problem`]. They never touch the disk, the clock or the terminal.

pub mod dates;
mod ids;
mod inn;
#[cfg(test)]
mod props;
mod snils;
pub mod value;

pub use ids::{
    driver_license, email, format_passport, oms, passport, passport_number, passport_series, phone,
};
pub use inn::{inn, ogrn, ogrnip};
pub use snils::{format_snils, snils};

/// Why a value was refused. Rendered in the user's language by `i18n`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// A required field is empty.
    Required,
    /// Not a date in an accepted form.
    DateFormat,
    /// Not a date-time in an accepted form.
    DateTimeFormat,
    /// Right form, but no such day or time.
    NoSuchDate,
    /// A real day outside the years kabinet keeps.
    YearRange { first: i32, last: i32 },
    /// The date lies after today.
    InFuture,
    /// The date lies before another field's date.
    Before { other: &'static str },
    /// Not a decimal with a dot and at most two decimals.
    Amount,
    /// An amount below zero.
    NegativeAmount,
    /// Not a whole number within bounds.
    Integer { min: i64, max: i64 },
    /// Not one of the allowed values.
    OneOf(&'static [&'static str]),
    /// Wrong characters or length; `expected` describes the shape (e.g. "11 digits").
    Shape { expected: &'static str },
    /// The same, for what a spreadsheet makes of a long number: `1,12233E+10`, or the digits
    /// with leading zeros dropped.
    LostDigits { expected: &'static str },
    /// The СНИЛС check number does not match; `expected` holds the computed one.
    Checksum { expected: String },
    /// The first digit (ОГРН, ОГРНИП: the kind of registration) is none of `allowed`.
    FirstDigit { allowed: &'static str },
    /// A check digit (ИНН, ОГРН) does not match; `expected` holds the computed digit(s).
    CheckDigit { expected: String },
    /// Not an ID of the right kind.
    BadId,
    /// An ID that names no such document.
    NoSuchDocument,
    /// A character that changes what a terminal shows (an escape, a carriage return, a
    /// direction override): `code` is its code point.
    Hidden { code: u32 },
    /// A line break or a tab in a field of one line.
    OneLine,
    /// Longer than allowed.
    TooLong { max: usize },
    /// Not an ID of the item kind being imported; `example` shows one that is.
    NotItemId { example: &'static str },
    /// A record superseded by an amendment: its amendment is imported instead.
    Superseded,
}

/// A validator: the value's normal form, or why it is refused.
pub type Check = fn(&str) -> Result<String, Problem>;

/// Longest free-text value accepted, in characters.
pub const MAX_TEXT: usize = 10_000;

/// The digits of a value typed with spaces, dashes or dots as separators; `None` when any
/// other character is present.
pub fn digits_only(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '0'..='9' => out.push(c),
            ' ' | '-' | '.' | '\u{a0}' => {}
            _ => return None,
        }
    }
    Some(out)
}

/// Why a number of digits does not fit `expected`, whose shortest form has `len` digits:
/// [`Problem::LostDigits`] when the value looks like a spreadsheet's rendering of a number
/// (exponent form, or plain digits one to three short: leading zeros dropped), else
/// [`Problem::Shape`].
pub fn misshapen(s: &str, expected: &'static str, len: usize) -> Problem {
    let t = s.trim();
    let exponent = t.to_ascii_uppercase().split_once("E+").is_some_and(|(m, e)| {
        m.starts_with(|c: char| c.is_ascii_digit())
            && m.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
            && !e.is_empty()
            && e.chars().all(|c| c.is_ascii_digit())
    });
    let short = !t.is_empty()
        && t.bytes().all(|b| b.is_ascii_digit())
        && t.len() < len
        && t.len() + 3 >= len;
    if exponent || short { Problem::LostDigits { expected } } else { Problem::Shape { expected } }
}

/// ОКТМО: 8 or 11 digits.
pub fn oktmo(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 8 || d.len() == 11 => Ok(d),
        _ => Err(misshapen(s, "8 or 11 digits", 8)),
    }
}

/// An amount: digits, optionally a dot and one or two decimals (`1500.50`); no thousands
/// separators, no comma.
pub fn amount(s: &str) -> Result<String, Problem> {
    let s = s.trim();
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (s, None),
    };
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let frac_ok = frac.is_none_or(|f| all_digits(f) && f.len() <= 2);
    if all_digits(int) && int.len() <= 15 && frac_ok {
        Ok(s.to_owned())
    } else if let Some(rest) = s.strip_prefix(['-', '\u{2212}'])
        && amount(rest).is_ok()
    {
        // The journal records sums as they were paid: a refund is its own event, a wrong sum
        // is corrected by an amendment.
        Err(Problem::NegativeAmount)
    } else {
        Err(Problem::Amount)
    }
}

/// Department code of a passport: `NNN-NNN`, typed with or without the dash; kept as 6 digits.
pub fn dept_code(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 6 => Ok(d),
        _ => Err(Problem::Shape { expected: "NNN-NNN" }),
    }
}

/// `770001` → `770-001`.
pub fn format_dept_code(d: &str) -> String {
    if d.len() == 6 && d.is_ascii() { format!("{}-{}", &d[..3], &d[3..]) } else { d.to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spreadsheet_number_is_told_from_a_typo() {
        let lost = |s: &str| {
            misshapen(s, "11 digits", 11) == Problem::LostDigits { expected: "11 digits" }
        };
        for s in ["1,12233E+10", "1.12233e+10", "1E+10", "1223344595", "12233445", " 122334459 "] {
            assert!(lost(s), "{s}");
        }
        for s in ["12-34", "1223344", "112233445951", "E+10", "abc", "", "1,2E+"] {
            assert!(!lost(s), "{s}");
        }
    }

    #[test]
    fn amounts() {
        for ok in ["0", "1500", "1500.5", "1500.50"] {
            assert_eq!(amount(ok), Ok(ok.to_owned()));
        }
        for bad in ["", "1 500", "1500,50", "1.500.00", "1.234", ".5", "5.", "--3", "-", "3-"] {
            assert_eq!(amount(bad), Err(Problem::Amount), "{bad}");
        }
        for below in ["-3", "-1500.50", "\u{2212}0.01"] {
            assert_eq!(amount(below), Err(Problem::NegativeAmount), "{below}");
        }
    }

    #[test]
    fn oktmo_lengths() {
        assert_eq!(oktmo("45 381 000"), Ok("45381000".into()));
        assert_eq!(oktmo("45381000001"), Ok("45381000001".into()));
        assert!(oktmo("4538100").is_err());
        assert!(oktmo("4538100x").is_err());
    }

    #[test]
    fn dept_codes() {
        assert_eq!(dept_code("770001"), Ok("770001".into()));
        assert_eq!(dept_code("770-001"), Ok("770001".into()));
        assert_eq!(format_dept_code("770001"), "770-001");
        assert!(dept_code("77-0001x").is_err());
    }
}

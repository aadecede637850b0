//! Reading dates and date-times as clerks type them: `ДД.ММ.ГГГГ`, ISO 8601, `today`, `+3d`.

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, NaiveDateTime, NaiveTime, Timelike};
use chrono_tz::Tz;

/// Why a date did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateError {
    /// Not in any accepted form.
    Format,
    /// Right form, but no such day (31.02.2026).
    NoSuchDate,
    /// A real day, but outside the years kabinet keeps ([`FIRST_YEAR`]..=[`LAST_YEAR`]).
    OutOfRange,
}

/// The first year a date entered anywhere may have: nothing kabinet keeps happened earlier.
pub const FIRST_YEAR: i32 = 1900;
/// The last year a date entered anywhere may have; a recurrence that would pass it ends.
pub const LAST_YEAR: i32 = 2199;

/// Whether `d` lies in the years kabinet keeps.
pub fn in_range(d: NaiveDate) -> bool {
    (FIRST_YEAR..=LAST_YEAR).contains(&d.year())
}

/// `d` if it lies in the years kabinet keeps.
fn bounded(d: NaiveDate) -> Result<NaiveDate, DateError> {
    if in_range(d) { Ok(d) } else { Err(DateError::OutOfRange) }
}

impl DateError {
    /// The problem to report for a field that takes a date.
    pub fn date_problem(self) -> super::Problem {
        match self {
            DateError::Format => super::Problem::DateFormat,
            DateError::NoSuchDate => super::Problem::NoSuchDate,
            DateError::OutOfRange => {
                super::Problem::YearRange { first: FIRST_YEAR, last: LAST_YEAR }
            }
        }
    }

    /// The problem to report for a field that takes a date and a time.
    pub fn datetime_problem(self) -> super::Problem {
        match self {
            DateError::Format => super::Problem::DateTimeFormat,
            other => other.date_problem(),
        }
    }
}

fn relative(s: &str, today: NaiveDate) -> Option<Result<NaiveDate, DateError>> {
    // A date written out starts with a digit; a word or an offset does not.
    if s.as_bytes().first().is_none_or(u8::is_ascii_digit) {
        return None;
    }
    let lower = s.to_lowercase();
    let word = match lower.as_str() {
        "today" | "сегодня" => Some(0),
        "tomorrow" | "завтра" => Some(1),
        "yesterday" | "вчера" => Some(-1),
        _ => None,
    };
    if let Some(days) = word {
        return Some(Ok(today + Duration::days(days)));
    }
    let (sign, rest) = match lower.chars().next()? {
        '+' => (1i64, &lower[1..]),
        '-' => (-1i64, &lower[1..]),
        _ => return None,
    };
    let unit_at = rest.find(|c: char| !c.is_ascii_digit())?;
    let (num, unit) = rest.split_at(unit_at);
    let n: i64 = num.parse().ok()?;
    let months = match unit {
        "m" | "мес" => Some(n),
        "y" | "г" => n.checked_mul(12),
        _ => None,
    };
    if let Some(months) = months {
        let m = Months::new(u32::try_from(months).ok().filter(|m| *m <= 1200)?);
        let d = if sign > 0 { today.checked_add_months(m) } else { today.checked_sub_months(m) };
        return Some(d.ok_or(DateError::NoSuchDate));
    }
    let days = match unit {
        "d" | "д" => n,
        "w" | "н" => n.checked_mul(7)?,
        _ => return None,
    };
    if days > 100 * 366 {
        return Some(Err(DateError::NoSuchDate));
    }
    Some(Ok(today + Duration::days(sign * days)))
}

fn ymd(y: &str, m: &str, d: &str) -> Result<NaiveDate, DateError> {
    let digits = |s: &str, min: usize, max: usize| {
        s.len() >= min && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit())
    };
    if !digits(y, 4, 4) || !digits(m, 1, 2) || !digits(d, 1, 2) {
        return Err(DateError::Format);
    }
    let (y, m, d) = (
        y.parse::<i32>().map_err(|_| DateError::Format)?,
        m.parse::<u32>().map_err(|_| DateError::Format)?,
        d.parse::<u32>().map_err(|_| DateError::Format)?,
    );
    NaiveDate::from_ymd_opt(y, m, d).ok_or(DateError::NoSuchDate)
}

/// Parses a date: `ДД.ММ.ГГГГ`, `YYYY-MM-DD`, `today`/`tomorrow`/`yesterday` (also in Russian),
/// `+3d`, `-2w`, `+6m`, `+10y`; a day outside [`FIRST_YEAR`]..=[`LAST_YEAR`] is refused.
pub fn parse_date(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    parse_any_date(s, today).and_then(bounded)
}

fn parse_any_date(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
    let s = s.trim();
    if let Some(r) = relative(s, today) {
        return r;
    }
    if let Some((d, m, y)) = three(s, '.') {
        return ymd(y, m, d);
    }
    if let Some((y, m, d)) = three(s, '-') {
        return ymd(y, m, d);
    }
    Err(DateError::Format)
}

/// The three parts of `s` split at `sep`, if it has exactly three.
fn three(s: &str, sep: char) -> Option<(&str, &str, &str)> {
    let mut parts = s.split(sep);
    let found = (parts.next()?, parts.next()?, parts.next()?);
    parts.next().is_none().then_some(found)
}

fn parse_time(s: &str) -> Result<NaiveTime, DateError> {
    // HH:MM or HH:MM:SS, one or two digits each.
    let num = |p: &str| {
        let ok = (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if ok { p.parse::<u32>().map_err(|_| DateError::Format) } else { Err(DateError::Format) }
    };
    let mut parts = s.split(':');
    let (h, m) = match (parts.next(), parts.next()) {
        (Some(h), Some(m)) => (num(h)?, num(m)?),
        _ => return Err(DateError::Format),
    };
    let sec = match parts.next() {
        Some(p) => num(p)?,
        None => 0,
    };
    if parts.next().is_some() {
        return Err(DateError::Format);
    }
    NaiveTime::from_hms_opt(h, m, sec).ok_or(DateError::NoSuchDate)
}

/// Parses a local date-time: `ДД.ММ.ГГГГ ЧЧ:ММ`, `YYYY-MM-DD HH:MM`, `YYYY-MM-DDTHH:MM[:SS]`,
/// RFC 3339 with an offset (converted to local time), or any date form of [`parse_date`]
/// followed by a time (`tomorrow 10:30`).
pub fn parse_datetime(s: &str, today: NaiveDate, zone: Tz) -> Result<NaiveDateTime, DateError> {
    let s = s.trim();
    // An instant with its offset (`2026-12-02T09:15:00+03:00`, from another system): the
    // wall-clock time it is in the store's zone, which is what kabinet keeps — not in the
    // zone of whichever machine runs the import.
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        let local = dt.with_timezone(&zone).naive_local();
        return bounded(local.date()).map(|_| local);
    }
    let (date_part, time_part) = match s.rsplit_once(|c: char| c == 'T' || c.is_whitespace()) {
        Some((d, t)) if !d.is_empty() && !t.is_empty() => (d.trim(), t),
        _ => return Err(DateError::Format),
    };
    let date = parse_date(date_part, today)?;
    let time = parse_time(time_part)?;
    Ok(date.and_time(time))
}

/// ISO form used in the store, CSV and JSON: `YYYY-MM-DD`.
///
/// Written digit by digit: an import formats three dates per row, and chrono's general
/// formatter was a measurable share of it. Years outside 0..=9999 cannot be entered.
pub fn iso_date(d: NaiveDate) -> String {
    let mut s = String::with_capacity(19);
    push_iso_date(&mut s, d);
    s
}

fn push_digits(s: &mut String, n: u32, width: u32) {
    for i in (0..width).rev() {
        s.push(char::from(b'0' + (n / 10u32.pow(i) % 10) as u8));
    }
}

fn push_iso_date(s: &mut String, d: NaiveDate) {
    if !(0..=9999).contains(&d.year()) {
        s.push_str(&d.format("%Y-%m-%d").to_string());
        return;
    }
    push_digits(s, d.year() as u32, 4);
    s.push('-');
    push_digits(s, d.month(), 2);
    s.push('-');
    push_digits(s, d.day(), 2);
}

/// ISO form used in the store, CSV and JSON: `YYYY-MM-DDTHH:MM:SS`.
pub fn iso_datetime(d: NaiveDateTime) -> String {
    let mut s = String::with_capacity(19);
    push_iso_date(&mut s, d.date());
    s.push('T');
    push_digits(&mut s, d.hour(), 2);
    s.push(':');
    push_digits(&mut s, d.minute(), 2);
    s.push(':');
    push_digits(&mut s, d.second(), 2);
    s
}

/// Reads back what [`iso_date`] wrote. Hand-parsed: stores hold millions of these.
pub fn from_iso_date(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter()
            .try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    NaiveDate::from_ymd_opt(i32::try_from(num(0..4)?).ok()?, num(5..7)?, num(8..10)?)
}

/// Reads back what [`iso_datetime`] wrote.
pub fn from_iso_datetime(s: &str) -> Option<NaiveDateTime> {
    let b = s.as_bytes();
    if b.len() != 19 || b[10] != b'T' || b[13] != b':' || b[16] != b':' {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> {
        b[r].iter()
            .try_fold(0u32, |acc, c| c.is_ascii_digit().then(|| acc * 10 + u32::from(c - b'0')))
    };
    from_iso_date(&s[..10])?.and_hms_opt(num(11..13)?, num(14..16)?, num(17..19)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    #[test]
    fn iso_forms_agree_with_chrono() {
        for (y, m, day) in [(2026, 1, 2), (1, 12, 31), (9999, 7, 9), (-3, 1, 1), (10000, 1, 1)] {
            let date = d(y, m, day);
            assert_eq!(iso_date(date), date.format("%Y-%m-%d").to_string());
            assert_eq!(
                from_iso_date(&iso_date(date)).filter(|_| (0..=9999).contains(&y)),
                (0..=9999).contains(&y).then_some(date)
            );
            let t = date.and_hms_opt(7, 5, 9).expect("valid time");
            assert_eq!(iso_datetime(t), t.format("%Y-%m-%dT%H:%M:%S").to_string());
        }
    }

    #[test]
    fn forms() {
        let today = d(2026, 11, 22);
        let cases = [
            ("22.11.2026", d(2026, 11, 22)),
            ("1.2.2026", d(2026, 2, 1)),
            ("2026-02-01", d(2026, 2, 1)),
            ("today", today),
            ("Завтра", d(2026, 11, 23)),
            ("+3d", d(2026, 11, 25)),
            ("-1w", d(2026, 11, 15)),
            ("+2д", d(2026, 11, 24)),
            ("+6m", d(2027, 5, 22)),
            ("+10y", d(2036, 11, 22)),
        ];
        for (input, want) in cases {
            assert_eq!(parse_date(input, today), Ok(want), "{input}");
        }
    }

    #[test]
    fn bad_dates() {
        let today = d(2026, 11, 22);
        assert_eq!(parse_date("31.02.2026", today), Err(DateError::NoSuchDate));
        assert_eq!(parse_date("2026-13-01", today), Err(DateError::NoSuchDate));
        for bad in ["", "22/11/2026", "22.11.26", "abc", "+3x", "2026-1-1-1", "+99999999999d"] {
            assert!(parse_date(bad, today).is_err(), "{bad}");
        }
    }

    #[test]
    fn datetimes() {
        let today = d(2026, 11, 22);
        let want = d(2026, 12, 1).and_hms_opt(10, 30, 0).expect("time");
        assert_eq!(parse_datetime("01.12.2026 10:30", today, chrono_tz::UTC), Ok(want));
        assert_eq!(parse_datetime("2026-12-01T10:30", today, chrono_tz::UTC), Ok(want));
        assert_eq!(parse_datetime("2026-12-01 10:30:00", today, chrono_tz::UTC), Ok(want));
        assert_eq!(
            parse_datetime("tomorrow 9:00", today, chrono_tz::UTC),
            Ok(d(2026, 11, 23).and_hms_opt(9, 0, 0).expect("time"))
        );
        assert_eq!(
            parse_datetime("01.12.2026 25:00", today, chrono_tz::UTC),
            Err(DateError::NoSuchDate)
        );
        assert_eq!(parse_datetime("01.12.2026", today, chrono_tz::UTC), Err(DateError::Format));
        assert_eq!(
            parse_datetime("01.12.2026 1:2:3", today, chrono_tz::UTC),
            Ok(d(2026, 12, 1).and_hms_opt(1, 2, 3).expect("time"))
        );
        for bad in ["01.12.2026 10", "01.12.2026 10:30:00:00", "01.12.2026 100:00", "1.1.2026 1:"] {
            assert_eq!(parse_datetime(bad, today, chrono_tz::UTC), Err(DateError::Format), "{bad}");
        }
        assert_eq!(from_iso_datetime(&iso_datetime(want)), Some(want));
        assert_eq!(from_iso_date("2026-12-01"), Some(d(2026, 12, 1)));
        for bad in
            ["2026-12-1", "2026-13-01", "2026-12-01T10:30", "2026-12-0x", "2026-12-01T10:30:6O"]
        {
            assert_eq!((from_iso_date(bad), from_iso_datetime(bad)), (None, None), "{bad}");
        }
    }

    /// The parsers as first written (splitting into vectors): the allocation-free ones must
    /// read every string the same.
    fn parse_date_as_written(s: &str, today: NaiveDate) -> Result<NaiveDate, DateError> {
        let s = s.trim();
        if let Some(r) = relative(s, today) {
            return r;
        }
        let parts: Vec<&str> = s.split('.').collect();
        if parts.len() == 3 {
            return ymd(parts[2], parts[1], parts[0]);
        }
        let parts: Vec<&str> = s.split('-').collect();
        if parts.len() == 3 {
            return ymd(parts[0], parts[1], parts[2]);
        }
        Err(DateError::Format)
    }

    fn parse_time_as_written(s: &str) -> Result<NaiveTime, DateError> {
        let parts: Vec<&str> = s.split(':').collect();
        let ok = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit());
        if !(2..=3).contains(&parts.len()) || !parts.iter().all(|p| ok(p)) {
            return Err(DateError::Format);
        }
        let num = |p: &str| p.parse::<u32>().map_err(|_| DateError::Format);
        let sec = if parts.len() == 3 { num(parts[2])? } else { 0 };
        NaiveTime::from_hms_opt(num(parts[0])?, num(parts[1])?, sec).ok_or(DateError::NoSuchDate)
    }

    proptest::proptest! {
        #[test]
        fn read_as_first_written(s in "[0-9.:+ -]{0,14}|[+-]?[0-9]{1,3}[dwmyдн]|сегодня|Вчера|today") {
            let today = d(2026, 11, 22);
            proptest::prop_assert_eq!(parse_date(&s, today), parse_date_as_written(&s, today));
            proptest::prop_assert_eq!(parse_time(&s), parse_time_as_written(&s));
        }
    }
}

//! Working days: weekends, statutory holidays (Labour Code art. 112), the yearly decree
//! transfers shipped as data, and a user's file that adds or overrides days.
//!
//! The user file has one entry per line (`#` starts a comment):
//!
//! ```text
//! 2027-01-01..2027-01-08 off   Новогодние каникулы
//! 12.06.2027 off               регион: День города
//! 2027-11-06 work              перенос: рабочая суббота
//! year 2027 Постановление Правительства № … от …
//! ```
//!
//! `off` makes a day non-working, `work` makes it working; `year YYYY SOURCE` declares that the
//! file holds that year's decree, so deadlines in it are no longer flagged as estimated.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Non-working weekdays and worked weekend days for the years a government decree is known.
struct YearData {
    year: i32,
    /// Number and date of the government decree.
    decree: (&'static str, &'static str),
    off_weekdays: &'static [(u32, u32)],
    worked_weekends: &'static [(u32, u32)],
}

const DATA: &[YearData] = &[
    YearData {
        year: 2025,
        decree: ("1335", "04.10.2024"),
        off_weekdays: &[
            (1, 1),
            (1, 2),
            (1, 3),
            (1, 6),
            (1, 7),
            (1, 8),
            (5, 1),
            (5, 2),
            (5, 8),
            (5, 9),
            (6, 12),
            (6, 13),
            (11, 3),
            (11, 4),
            (12, 31),
        ],
        worked_weekends: &[(11, 1)],
    },
    YearData {
        year: 2026,
        decree: ("1466", "24.09.2025"),
        off_weekdays: &[
            (1, 1),
            (1, 2),
            (1, 5),
            (1, 6),
            (1, 7),
            (1, 8),
            (1, 9),
            (2, 23),
            (3, 9),
            (5, 1),
            (5, 11),
            (6, 12),
            (11, 4),
            (12, 31),
        ],
        worked_weekends: &[],
    },
];

/// Statutory non-working holidays outside January (art. 112 part 1); these move to the next
/// working day when they fall on a weekend (part 2). January 1–8 never move.
const MOVABLE_HOLIDAYS: &[(u32, u32)] = &[(2, 23), (3, 8), (5, 1), (5, 9), (6, 12), (11, 4)];

/// The working-day calendar in force.
#[derive(Debug, Clone, Default)]
pub struct Calendar {
    off: BTreeSet<NaiveDate>,
    worked: BTreeSet<NaiveDate>,
    data_years: BTreeSet<i32>,
    /// Years declared by the user file, with the source it names.
    user_years: std::collections::BTreeMap<i32, String>,
    /// Days the user file set, so `calendar` can show them.
    user_days: BTreeSet<NaiveDate>,
    /// Working days counted per year, built on first use.
    counts: YearCounts,
}

/// For each year asked about, the running count of working days by day of the year
/// (`[0]` = 0, `[k]` = working days among days 1..=k): counting the working days between two
/// dates years apart is then a few lookups, not a walk over every day. `deadlines` does it for
/// every overdue item.
#[derive(Debug, Default)]
struct YearCounts(std::sync::Mutex<std::collections::HashMap<i32, std::sync::Arc<Vec<u16>>>>);

impl Clone for YearCounts {
    fn clone(&self) -> Self {
        YearCounts::default()
    }
}

/// Where a year's days off come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum YearSource {
    /// The decree shipped with kabinet: number and date.
    Decree(&'static str, &'static str),
    /// A year declared in the user's file.
    UserFile(String),
    /// No decree data: weekends and art. 112 only.
    Article112,
}

/// A line of the user file that could not be read (1-based line number).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileError {
    pub line: usize,
    pub text: String,
}

fn file_date(s: &str) -> Option<NaiveDate> {
    if let Some(d) = crate::validate::dates::from_iso_date(s) {
        return Some(d);
    }
    let mut parts = s.split('.');
    let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

fn days_in_year(y: i32) -> u32 {
    if NaiveDate::from_ymd_opt(y, 2, 29).is_some() { 366 } else { 365 }
}

fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

impl Calendar {
    /// The calendar with the shipped decree data.
    pub fn builtin() -> Self {
        let mut cal = Calendar::default();
        for y in DATA {
            cal.data_years.insert(y.year);
            cal.off.extend(y.off_weekdays.iter().filter_map(|&(m, d)| date(y.year, m, d)));
            cal.worked.extend(y.worked_weekends.iter().filter_map(|&(m, d)| date(y.year, m, d)));
        }
        cal
    }

    /// Adds or overrides days from a user file's text (format in the module docs). Every bad
    /// line is reported; nothing is applied unless all are good.
    pub fn apply_file(&mut self, text: &str) -> Result<(), Vec<FileError>> {
        // Counts made before this file are stale.
        self.counts = YearCounts::default();
        let mut errors = Vec::new();
        let mut ops: Vec<(NaiveDate, NaiveDate, bool)> = Vec::new();
        let mut years: Vec<(i32, String)> = Vec::new();
        for (i, raw) in text.lines().enumerate() {
            let line = raw.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let mut words = line.split_whitespace();
            let first = words.next().unwrap_or("");
            let bad = || FileError { line: i + 1, text: raw.trim().to_owned() };
            if first == "year" {
                match words.next().and_then(|y| y.parse::<i32>().ok()) {
                    Some(y) => years.push((y, words.collect::<Vec<_>>().join(" "))),
                    None => errors.push(bad()),
                }
                continue;
            }
            let (a, b) = first.split_once("..").unwrap_or((first, first));
            let what = words.next();
            match (file_date(a), file_date(b), what) {
                (Some(a), Some(b), Some("off" | "work")) if a <= b && (b - a).num_days() < 400 => {
                    ops.push((a, b, what == Some("off")));
                }
                _ => errors.push(bad()),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        for (a, b, off) in ops {
            let mut d = a;
            while d <= b {
                self.user_days.insert(d);
                if off {
                    self.worked.remove(&d);
                    self.off.insert(d);
                } else {
                    self.off.remove(&d);
                    self.worked.insert(d);
                }
                d += Duration::days(1);
            }
        }
        for (y, source) in years {
            self.data_years.insert(y);
            self.user_years.insert(y, source);
        }
        Ok(())
    }

    /// Whether a decree for this year is in the data (shipped or from the user file).
    pub fn has_decree_data(&self, year: i32) -> bool {
        self.data_years.contains(&year)
    }

    /// Where the year's days off come from.
    pub fn source(&self, year: i32) -> YearSource {
        if let Some(s) = self.user_years.get(&year) {
            return YearSource::UserFile(s.clone());
        }
        match self.decree(year) {
            Some((n, d)) => YearSource::Decree(n, d),
            None => YearSource::Article112,
        }
    }

    /// Whether the user file set this day.
    pub fn set_by_user(&self, d: NaiveDate) -> bool {
        self.user_days.contains(&d)
    }

    /// Working days from `from` to `to`: those in `(from, to]`, negative when `to` is earlier.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        let (a, b, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
        // Working days in (a, b] = those up to b in b's year, plus whole years between,
        // less those up to a in a's year.
        let mut n = self.running(b.year(), b.ordinal()) - self.running(a.year(), a.ordinal());
        for y in a.year()..b.year() {
            n += self.running(y, days_in_year(y));
        }
        sign * n
    }

    /// Working days among days 1..=`ordinal` of `year`.
    fn running(&self, year: i32, ordinal: u32) -> i64 {
        self.year_counts(year).get(ordinal as usize).copied().map_or(0, i64::from)
    }

    /// `year`'s running count of working days (see [`YearCounts`]), made on first use.
    fn year_counts(&self, year: i32) -> std::sync::Arc<Vec<u16>> {
        let mut cache = match self.counts.0.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        std::sync::Arc::clone(cache.entry(year).or_insert_with(|| {
            let mut run = vec![0u16; days_in_year(year) as usize + 1];
            for k in 1..run.len() {
                let working =
                    NaiveDate::from_yo_opt(year, k as u32).is_some_and(|d| self.is_working(d));
                run[k] = run[k - 1] + u16::from(working);
            }
            std::sync::Arc::new(run)
        }))
    }

    /// The day itself when it is a working day, else the next (or previous) working day.
    pub fn shift(&self, d: NaiveDate, forward: bool) -> NaiveDate {
        let step = Duration::days(if forward { 1 } else { -1 });
        let mut cur = d;
        for _ in 0..60 {
            if self.is_working(cur) {
                return cur;
            }
            cur += step;
        }
        d
    }

    /// The decree behind a year's data (number, date), if known.
    pub fn decree(&self, year: i32) -> Option<(&'static str, &'static str)> {
        DATA.iter().find(|y| y.year == year).map(|y| y.decree)
    }

    /// Whether `d` is a working day.
    pub fn is_working(&self, d: NaiveDate) -> bool {
        if self.worked.contains(&d) {
            return true;
        }
        if self.off.contains(&d) || is_weekend(d) {
            return false;
        }
        if self.data_years.contains(&d.year()) {
            return true;
        }
        !self.statutory_off(d)
    }

    /// Art. 112 for a year without decree data: the holiday itself, January 1–8, and the
    /// weekday a weekend holiday moves to.
    fn statutory_off(&self, d: NaiveDate) -> bool {
        let y = d.year();
        if d.month() == 1 && d.day() <= 8 {
            return true;
        }
        let mut moved_to: BTreeSet<NaiveDate> = BTreeSet::new();
        for &(m, day) in MOVABLE_HOLIDAYS {
            let Some(h) = date(y, m, day) else { continue };
            if h == d {
                return true;
            }
            if is_weekend(h) {
                let mut t = h + Duration::days(1);
                while is_weekend(t)
                    || moved_to.contains(&t)
                    || MOVABLE_HOLIDAYS.iter().any(|&(mm, dd)| date(y, mm, dd) == Some(t))
                {
                    t += Duration::days(1);
                }
                moved_to.insert(t);
            }
        }
        moved_to.contains(&d)
    }

    /// The day `n` working days after `d` (for n = 0, `d` itself). Each day is looked up in its
    /// year's running count rather than worked out: an import or a whole-store check asks this
    /// for every record.
    pub fn add_working_days(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut cur = d;
        let mut left = n;
        let mut year = (d.year(), self.year_counts(d.year()));
        while left > 0 {
            cur += Duration::days(1);
            if cur.year() != year.0 {
                year = (cur.year(), self.year_counts(cur.year()));
            }
            let k = cur.ordinal() as usize;
            if year.1.get(k) > year.1.get(k - 1) {
                left -= 1;
            }
        }
        cur
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn adding_working_days_agrees_with_walking_the_days() {
        let cal = Calendar::default();
        let walk = |d: NaiveDate, n: u32| {
            let (mut cur, mut left) = (d, n);
            while left > 0 {
                cur += Duration::days(1);
                if cal.is_working(cur) {
                    left -= 1;
                }
            }
            cur
        };
        // Years with decree data and without, and across New Year's holidays.
        let mut day = d(2014, 12, 1);
        while day < d(2031, 2, 1) {
            for n in [0, 1, 3, 10] {
                assert_eq!(cal.add_working_days(day, n), walk(day, n), "{day} + {n}");
            }
            day += Duration::days(3);
        }
    }

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
    }

    /// The counting the year table replaces, day by day.
    fn walk(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> i64 {
        let (a, b, sign) = if to >= from { (from, to, 1) } else { (to, from, -1) };
        let mut n = 0;
        let mut d = a;
        while d < b {
            d += Duration::days(1);
            n += i64::from(cal.is_working(d));
        }
        sign * n
    }

    #[test]
    fn working_days_between_agrees_with_walking_the_days() {
        let mut cal = Calendar::builtin();
        let base = d(2022, 12, 25);
        for (i, j) in [(0, 1), (0, 400), (5, 1500), (700, 3), (1200, 1210), (365, 365), (59, 61)] {
            let (a, b) = (base + Duration::days(i), base + Duration::days(j));
            assert_eq!(cal.working_days_between(a, b), walk(&cal, a, b), "{a} → {b}");
        }
        // A user file changes the answer, and the table follows it.
        let (a, b) = (d(2026, 6, 1), d(2026, 6, 30));
        let before = cal.working_days_between(a, b);
        assert!(cal.apply_file("2026-06-15 off\n").is_ok());
        assert_eq!(cal.working_days_between(a, b), before - 1);
        assert_eq!(cal.working_days_between(a, b), walk(&cal, a, b));
    }

    #[test]
    fn decree_2026_examples() {
        let c = Calendar::builtin();
        assert_eq!(c.add_working_days(d(2026, 4, 30), 3), d(2026, 5, 6));
        assert_eq!(c.add_working_days(d(2026, 5, 8), 3), d(2026, 5, 14));
        assert!(!c.is_working(d(2026, 1, 9)));
        assert!(c.is_working(d(2026, 1, 12)));
        assert!(!c.is_working(d(2026, 12, 31)));
    }

    #[test]
    fn decree_2025_worked_saturday() {
        let c = Calendar::builtin();
        assert!(c.is_working(d(2025, 11, 1)));
        assert!(!c.is_working(d(2025, 11, 3)));
        assert!(!c.is_working(d(2025, 5, 8)));
    }

    #[test]
    fn official_working_day_counts() {
        // Production calendars: 247 working days in 2025 and in 2026.
        let c = Calendar::builtin();
        for y in [2025, 2026] {
            let n = c.working_days_between(d(y - 1, 12, 31), d(y, 12, 31));
            assert_eq!(n, 247, "{y}");
        }
        assert_eq!(c.working_days_between(d(2026, 5, 8), d(2026, 5, 14)), 3);
        assert_eq!(c.working_days_between(d(2026, 5, 14), d(2026, 5, 8)), -3);
        assert_eq!(c.shift(d(2026, 3, 7), true), d(2026, 3, 10));
        assert_eq!(c.shift(d(2026, 3, 7), false), d(2026, 3, 6));
    }

    #[test]
    fn user_file_adds_and_overrides() {
        let mut c = Calendar::builtin();
        let text = "# regional\n2026-06-15 off День города\n06.01.2026 work\n2027-01-01..2027-01-10 off\nyear 2027 Постановление № 1 от 01.01.2026\n";
        c.apply_file(text).expect("good file");
        assert!(!c.is_working(d(2026, 6, 15)));
        assert!(c.is_working(d(2026, 1, 6)));
        assert!(!c.is_working(d(2027, 1, 8)) && c.has_decree_data(2027));
        assert!(matches!(c.source(2027), YearSource::UserFile(_)));
        let errs =
            c.apply_file("2026-13-01 off\nnonsense\n2026-01-05 maybe\nyear x\n").expect_err("bad");
        assert_eq!(errs.iter().map(|e| e.line).collect::<Vec<_>>(), [1, 2, 3, 4]);
    }

    #[test]
    fn article_112_moves_weekend_holiday() {
        let c = Calendar::builtin();
        // 2027: 8 March is a Monday, 9 May a Sunday -> Monday 10 May is off.
        assert!(!c.is_working(d(2027, 3, 8)));
        assert!(!c.is_working(d(2027, 5, 10)));
        assert!(c.is_working(d(2027, 5, 11)));
        assert!(!c.has_decree_data(2027));
    }
}

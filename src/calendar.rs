//! Working days: weekends, statutory holidays (Labour Code art. 112) and the yearly decree
//! transfers shipped as data.

use std::collections::BTreeSet;

use chrono::{Datelike, Duration, NaiveDate, Weekday};

/// Non-working weekdays and worked weekend days for the years a government decree is known.
struct YearData {
    year: i32,
    decree: &'static str,
    off_weekdays: &'static [(u32, u32)],
    worked_weekends: &'static [(u32, u32)],
}

const DATA: &[YearData] = &[
    YearData {
        year: 2025,
        decree: "No. 1335 of 04.10.2024",
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
        decree: "No. 1466 of 24.09.2025",
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
}

fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
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

    /// Whether a decree for this year is in the data.
    pub fn has_decree_data(&self, year: i32) -> bool {
        self.data_years.contains(&year)
    }

    /// The decree behind a year's data, if known.
    pub fn decree(&self, year: i32) -> Option<&'static str> {
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

    /// The day `n` working days after `d` (for n = 0, `d` itself).
    pub fn add_working_days(&self, d: NaiveDate, n: u32) -> NaiveDate {
        let mut cur = d;
        let mut left = n;
        while left > 0 {
            cur += Duration::days(1);
            if self.is_working(cur) {
                left -= 1;
            }
        }
        cur
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).expect("valid test date")
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
    fn article_112_moves_weekend_holiday() {
        let c = Calendar::builtin();
        // 2027: 8 March is a Monday, 9 May a Sunday -> Monday 10 May is off.
        assert!(!c.is_working(d(2027, 3, 8)));
        assert!(!c.is_working(d(2027, 5, 10)));
        assert!(c.is_working(d(2027, 5, 11)));
        assert!(!c.has_decree_data(2027));
    }
}

//! `kabinet calendar [YEAR]`: the working-day calendar in force, to check against the official one.

use std::io::Write;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use serde::Serialize;

use clap::Args;

use super::context::Format;
use super::failure::{Failure, Result};
use super::session::Session;
use crate::domain::dates::iso_date;
use crate::i18n;
use crate::io::output;

pub const CALENDAR_HELP: &str = "\
Examples:
  kabinet calendar 2026
  kabinet calendar 2027 --holidays regional.txt

A holidays file (--holidays or KABINET_HOLIDAYS) has one entry per line, `#` for comments:
  2027-01-01..2027-01-08 off   New Year holidays
  12.06.2027 off               regional holiday
  2027-11-06 work              working Saturday
  year 2027 Decree No. … of …  (this file holds the decree for 2027)";

#[derive(Args, Debug)]
pub struct CalendarArgs {
    /// The year [default: this year]
    pub year: Option<i32>,
}

#[derive(Serialize)]
struct Month {
    month: u32,
    working_days: u32,
    days_off: Vec<String>,
}

#[derive(Serialize)]
struct Year {
    year: i32,
    source: String,
    decree_data: bool,
    working_days: u32,
    days_off: u32,
    /// Weekdays that are off: holidays and transfers.
    holidays: Vec<String>,
    /// Saturdays or Sundays that are working days.
    worked_weekends: Vec<String>,
    months: Vec<Month>,
}

/// `1–11, 17, 18` from a sorted list of days of the month.
fn ranges(days: &[u32]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < days.len() {
        let mut j = i;
        while j + 1 < days.len() && days[j + 1] == days[j] + 1 {
            j += 1;
        }
        parts.push(if j >= i + 2 {
            format!("{}–{}", days[i], days[j])
        } else {
            (i..=j).map(|k| days[k].to_string()).collect::<Vec<_>>().join(", ")
        });
        i = j + 1;
    }
    parts.join(", ")
}

pub fn run(s: &Session, args: &CalendarArgs, out: &mut dyn Write) -> Result<()> {
    let year = args.year.unwrap_or_else(|| s.ctx.today().year());
    let cal = &s.ctx.env.calendar;
    let first =
        NaiveDate::from_ymd_opt(year, 1, 1).ok_or_else(|| Failure::usage(i18n::bad_year(year)))?;
    let mut y = Year {
        year,
        source: i18n::calendar_source(&cal.source(year)),
        decree_data: cal.has_decree_data(year),
        working_days: 0,
        days_off: 0,
        holidays: Vec::new(),
        worked_weekends: Vec::new(),
        months: (1..=12)
            .map(|m| Month { month: m, working_days: 0, days_off: Vec::new() })
            .collect(),
    };
    let mut day_lists: Vec<Vec<u32>> = vec![Vec::new(); 12];
    let mut notes: Vec<(NaiveDate, bool)> = Vec::new();
    let mut d = first;
    while d.year() == year {
        let weekend = matches!(d.weekday(), Weekday::Sat | Weekday::Sun);
        let m = d.month0() as usize;
        if cal.is_working(d) {
            y.working_days += 1;
            y.months[m].working_days += 1;
            if weekend {
                y.worked_weekends.push(iso_date(d));
                notes.push((d, true));
            }
        } else {
            y.days_off += 1;
            y.months[m].days_off.push(iso_date(d));
            day_lists[m].push(d.day());
            if !weekend {
                y.holidays.push(iso_date(d));
                notes.push((d, false));
            }
        }
        d += Duration::days(1);
    }
    match s.ctx.format {
        Format::Json => Ok(output::write_json(out, &y)?),
        Format::Csv => {
            #[derive(Serialize)]
            struct Line<'a> {
                month: u32,
                working_days: u32,
                days_off: &'a str,
            }
            let lines: Vec<(u32, u32, String)> =
                y.months.iter().map(|m| (m.month, m.working_days, m.days_off.join(" "))).collect();
            let rows: Vec<Line> = lines
                .iter()
                .map(|(m, w, d)| Line { month: *m, working_days: *w, days_off: d })
                .collect();
            Ok(output::write_csv(out, &["month", "working_days", "days_off"], &rows)?)
        }
        Format::Table => {
            writeln!(out, "{}", i18n::calendar_title(year, &y.source, y.working_days, y.days_off))?;
            let rows: Vec<Vec<String>> = y
                .months
                .iter()
                .map(|m| {
                    vec![
                        i18n::month_name(m.month),
                        m.working_days.to_string(),
                        ranges(&day_lists[m.month as usize - 1]),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::calendar_headers(), &rows)?;
            for (d, worked) in notes {
                writeln!(out, "{}", i18n::calendar_note(d, worked, cal.set_by_user(d)))?;
            }
            if !y.decree_data {
                writeln!(out, "{}", i18n::estimated_year(year))?;
            }
            Ok(())
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn ranges_fold_runs_of_three_or_more() {
        assert_eq!(
            super::ranges(&[1, 2, 3, 4, 10, 11, 17, 18, 24, 25, 31]),
            "1–4, 10, 11, 17, 18, 24, 25, 31"
        );
        assert_eq!(super::ranges(&[]), "");
    }
}

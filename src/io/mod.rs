//! Readers and writers over `io::Read`/`io::Write`: tables, JSON, CSV, iCalendar and PDF output.

pub mod ics;
pub mod output;
pub mod pdf;
pub mod sheet;

//! Readers and writers over `io::Read`/`io::Write`: tables, JSON, CSV and iCalendar output.

pub mod ics;
pub mod output;
pub mod sheet;

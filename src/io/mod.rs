//! Readers and writers over `io::Read`/`io::Write`: tables, JSON and CSV output.

pub mod output;
pub mod sheet;

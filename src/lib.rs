//! kabinet: an encrypted registry of diary records, documents and appointments.
//!
//! The crate is a library with a thin binary. Dependencies point one way:
//! `cmd` → `domain`, `store`, `io` → `validate`, `calendar`. `domain` and `validate` never touch
//! the disk, the clock or the terminal: "today" is passed in, so tests can pin it.
#![forbid(unsafe_code)]

pub mod calendar;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod io;
pub mod sign;
pub mod store;
pub mod validate;

pub use error::Error;

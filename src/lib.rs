//! kabinet: an encrypted registry of diary records, documents and appointments.
//!
//! A library with a thin binary. Layers, each importing only from those below it:
//! `cli` and `cmd` (the command line: arguments, prompts, words, exit codes) → `app` (use
//! cases) → `domain`, `store`, `io` → `validate`, `calendar`; `i18n` (every user-facing word)
//! is used by the edge only. `domain` and `validate` never touch the disk, the clock or the
//! terminal: "today" is passed in, so tests can pin it. See ARCHITECTURE.md.
#![forbid(unsafe_code)]

pub mod app;
pub mod calendar;
pub mod cli;
pub mod cmd;
pub mod config;
pub mod crypto;
pub mod domain;
pub mod i18n;
pub mod io;
pub mod shell;
pub mod sign;
pub mod slots;
pub mod store;
pub mod validate;

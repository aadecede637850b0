//! The command line's edge: one module per subcommand (its clap arguments, their resolution,
//! a call of one use case of `app`, and how the answer is shown), and what they share — the
//! settings and the session, output, the words of every failure. `crate::cli` parses and
//! dispatches; a command never calls another command.

pub mod application;
pub mod appt;
pub mod args;
pub mod attach;
pub mod backup;
pub mod calendar;
pub mod config;
pub mod context;
pub mod deadlines;
pub mod demo;
pub mod doc;
mod due;
pub mod export;
pub mod failure;
pub mod generate;
pub mod heads;
pub mod history;
pub mod import;
pub mod init;
pub mod interrupt;
pub mod notify;
pub mod obligation;
pub mod output;
pub mod passwd;
mod prompt;
pub mod record;
pub mod roles;
pub mod server;
pub mod session;
mod shown;
pub mod signing;
pub mod unlock;
pub mod users;
pub mod validate;
pub mod verify;

/// Page cache of the list commands, in KiB. A list in date order follows an index and fetches
/// each row's page at random; with SQLite's default 2 MB cache nearly every row decrypted a
/// 16 KiB page again (100,000 records: 2.4 s as CSV, against 0.3 s for `export`, which reads in
/// entry order). This holds a 100,000-record journal's pages (≈ 50 MB), each decrypted once;
/// it is filled only as far as the list reads.
pub const LIST_CACHE_KIB: u32 = 64 << 10;

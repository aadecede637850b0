//! Black-box tests: the real binary, a real store in a temp directory, a pinned "now".

#[macro_use]
mod util;

mod applications;
mod appts;
mod audit;
mod config;
mod dates;
mod deadlines;
mod demo;
mod docs;
mod escapes;
mod faults;
mod generated;
mod i18n;
mod ics;
mod import;
mod notify;
mod pdf;
mod records;
mod server;
mod session;
mod sheets;
mod store;
mod users;
mod validate;

//! `kabinet unlock`, `lock` and `status`: the store's key held for this login session, so that
//! a clerk types the passphrase once a morning (see `io::held` for where and how it is kept).

use std::io::Write;

use clap::Args;

use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, unix_now};
use crate::i18n;
use crate::io::held::{self, Held};
use crate::store::{Store, Who};

pub const UNLOCK_HELP: &str = "\
Examples:
  kabinet unlock                 # asks once; later commands in this login session do not
  kabinet unlock --for 30m --at-most 9h
  kabinet status
  kabinet lock

The key is held in the kernel's session keyring: never on disk or in the environment, readable
only by this login session's processes of your OS user, gone after --for without use (15 min
unless given or set as unlock_for in the configuration), after --at-most in any case (10 h, or
unlock_at_most), at `kabinet lock`, or at logout. Commands use
it only when no passphrase source is set and a terminal is there (or KABINET_SESSION=1).";

#[derive(Args, Debug)]
pub struct UnlockArgs {
    /// Forget the key after this long without use: 90s, 15m, 2h [default: the configuration's
    /// unlock_for, else 15m]
    #[arg(long = "for", value_name = "DURATION")]
    pub idle: Option<String>,
    /// Forget it after this long in any case [default: unlock_at_most, else 10h]
    #[arg(long, value_name = "DURATION")]
    pub at_most: Option<String>,
    /// Only say whether the store is unlocked, for whom, until when
    #[arg(long)]
    pub status: bool,
}

/// `90s`, `15m`, `2h` as seconds.
fn duration(flag: &'static str, s: &str) -> Result<u64> {
    crate::config::duration_seconds(s).ok_or_else(|| {
        super::output::invalid(vec![crate::domain::FieldError {
            field: flag,
            value: s.to_owned(),
            problem: crate::validate::Problem::Shape { expected: "90s, 15m or 2h" },
        }])
    })
}

/// The default idle time-out and limit.
pub const DEFAULT_FOR: &str = "15m";
pub const DEFAULT_AT_MOST: &str = "10h";

/// The store's ID and the user's name, or a message saying there is no session to have. An
/// office on a server is asked (its users and ID are there), without a passphrase.
fn who_and_where(s: &Session) -> Result<(String, String)> {
    if s.ctx.on_server() {
        let login = office_login(s)?;
        return Ok((login.store_id().to_owned(), login.user().to_owned()));
    }
    let path = &s.ctx.store_path;
    if !path.exists() {
        return Err(Failure::not_found(i18n::no_store(path)));
    }
    let who = Who::new(s.ctx.user.clone());
    match Store::check_who(path, &who)? {
        Some(whose) => Ok((whose.store, whose.user)),
        None => Err(Failure::usage(i18n::session_needs_users())),
    }
}

/// The office named by `--store`, found as the user named (nothing unlocked).
fn office_login(s: &Session) -> Result<crate::store::ServerLogin> {
    let url = s.ctx.store_path.to_string_lossy();
    Ok(Store::find_server(&url, &Who::new(s.ctx.user.clone()))?)
}

/// When, in the machine's local time, for a message.
fn local(unix: u64) -> String {
    use chrono::TimeZone;
    chrono::Local
        .timestamp_opt(unix as i64, 0)
        .single()
        .map(|t| t.format("%d.%m.%Y %H:%M").to_string())
        .unwrap_or_default()
}

pub fn unlock(s: &mut Session, a: &UnlockArgs, out: &mut dyn Write) -> Result<()> {
    if a.status {
        return status(s, out);
    }
    let ctx = &s.ctx;
    let idle = a.idle.as_deref().or(ctx.unlock_for.as_deref()).unwrap_or(DEFAULT_FOR);
    let at_most = a.at_most.as_deref().or(ctx.unlock_at_most.as_deref()).unwrap_or(DEFAULT_AT_MOST);
    let (idle, at_most) = (duration("--for", idle)?, duration("--at-most", at_most)?);
    let (id, _) = who_and_where(s)?;
    // The passphrase, from the usual sources: a wrong one holds nothing.
    let store = s.store()?;
    let user = store.user().map(str::to_owned).unwrap_or_default();
    let (key, seed) = store.held_keys();
    let now = unix_now();
    let held = Held {
        user: user.clone(),
        key,
        seed,
        made: now,
        limit: now + at_most,
        last_used: now,
        idle,
    };
    held::hold(&id, &held, now).map_err(|e| Failure::io(i18n::keyring_failed(&e.0)))?;
    say(&s.ctx, out, &i18n::unlocked(&user, &local(held.ends()), &local(held.limit)))
}

pub fn lock(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    // Every user's key for the store; an office is asked once.
    let (id, users) = if s.ctx.on_server() {
        let login = office_login(s)?;
        (login.store_id().to_owned(), login.user_names())
    } else {
        (who_and_where(s)?.0, Store::user_names(&s.ctx.store_path)?)
    };
    let n = held::forget(&id, &users);
    say(&s.ctx, out, &if n > 0 { i18n::locked() } else { i18n::was_not_unlocked() })
}

pub fn status(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let (id, user) = who_and_where(s)?;
    let now = unix_now();
    match held::peek(&id, &user).filter(|h| h.ends() > now) {
        Some(h) => {
            writeln!(out, "{}", i18n::unlocked_status(&h.user, &local(h.ends()), &local(h.limit)))?
        }
        None => writeln!(out, "{}", i18n::locked_status(&user))?,
    }
    Ok(())
}

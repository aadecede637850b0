//! `kabinet init`: create a new encrypted store; `kabinet time-zone`: the zone it keeps time in.

use std::io::Write;

use clap::Args;

use super::context::{parse_zone, system_zone};
use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, new_passphrase};
use crate::app::setup;
use crate::i18n;

pub const TIME_ZONE_HELP: &str = "\
Examples:
  kabinet time-zone
  kabinet time-zone Europe/Moscow

Appointment times are wall-clock times in this zone, and \"now\" (what is overdue, what starts
within the hour) is taken in it, so a cron job on a UTC server sees what a clerk in Moscow sees.
A store made before time zones were recorded uses the system's zone until one is set.";

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The store's time zone, an IANA name such as Europe/Moscow [default: the system's]
    #[arg(long, value_name = "ZONE")]
    pub time_zone: Option<String>,
    /// Also write the recovery key on an A4 page to print and keep in a safe
    #[arg(long, value_name = "FILE.pdf")]
    pub recovery_sheet: Option<std::path::PathBuf>,
}

#[derive(Args, Debug)]
pub struct TimeZoneArgs {
    /// The new zone, an IANA name such as Europe/Moscow; without it, show the current one
    pub zone: Option<String>,
}

pub fn run(s: &mut Session, a: &InitArgs, out: &mut dyn Write) -> Result<()> {
    super::session::refuse_server(&s.ctx)?;
    let path = s.ctx.store_path.clone();
    if path.exists() {
        return Err(Failure::conflict(i18n::store_exists(&path)));
    }
    // The zone is recorded in the store, so moving it to a server in UTC changes nothing.
    let zone = match &a.time_zone {
        Some(name) => parse_zone(name)?,
        None => system_zone(),
    };
    if let Some(sheet) = &a.recovery_sheet {
        // Refused before the store is made, not after.
        super::session::check_output(&s.ctx, sheet, None)?;
    }
    let user = s.ctx.user.clone().unwrap_or_else(crate::store::audit::login);
    let pass = new_passphrase(&s.ctx)?;
    let (store, code) = setup::create(&path, &user, &pass, zone)?;
    s.set_store(store)?;
    say(&s.ctx, out, &i18n::store_created(&path))?;
    let key = s.store()?.users().into_iter().find(|u| u.name == user).map(|u| u.key);
    let key_id = key.and_then(|k| hex::decode(k).ok()).map(|k| crate::slots::key_id(&k));
    say(&s.ctx, out, &i18n::user_created(&user, &key_id.unwrap_or_default()))?;
    if let Some(sheet) = &a.recovery_sheet {
        super::users::write_sheet(&s.ctx, sheet, &user, &code)?;
    }
    // Shown even with --quiet: it is never shown again.
    writeln!(out, "{}", i18n::recovery_key(&code.grouped()))?;
    Ok(())
}

/// `kabinet time-zone [ZONE]`: shows the store's zone, or sets it.
pub fn time_zone(s: &mut Session, a: &TimeZoneArgs, out: &mut dyn Write) -> Result<()> {
    match &a.zone {
        Some(name) => {
            let zone = parse_zone(name)?;
            s.require(super::roles::Need::Admin)?;
            let actor = s.actor();
            setup::set_time_zone(s.store()?, &actor, zone)?;
            say(&s.ctx, out, &i18n::time_zone_set(zone.name()))
        }
        None => {
            let stored = setup::time_zone(s.store()?)?.is_some();
            writeln!(out, "{}", i18n::time_zone_is(s.ctx.zone().name(), stored))?;
            Ok(())
        }
    }
}

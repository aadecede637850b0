//! `kabinet init`: create a new encrypted store; `kabinet time-zone`: the zone it keeps time in.

use std::io::Write;

use super::{Session, TIME_ZONE_KEY, parse_zone, passphrase, say, system_zone};
use crate::cli::{InitArgs, TimeZoneArgs};
use crate::error::{Error, Result};
use crate::i18n;
use crate::store::Store;

/// Shortest passphrase accepted for a new store, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

pub fn run(s: &mut Session, a: &InitArgs, out: &mut dyn Write) -> Result<()> {
    let path = s.ctx.store_path.clone();
    if path.exists() {
        return Err(Error::Conflict(i18n::store_exists(&path)));
    }
    // The zone is recorded in the store, so moving it to a server in UTC changes nothing.
    let zone = match &a.time_zone {
        Some(name) => parse_zone(name)?,
        None => system_zone(),
    };
    let pass = passphrase(&s.ctx, true)?;
    check_new_passphrase(&pass)?;
    let mut store = Store::create(&path, &pass)?;
    store.set_setting(TIME_ZONE_KEY, zone.name())?;
    s.set_store(store)?;
    say(&s.ctx, out, &i18n::store_created(&path))
}

/// `kabinet time-zone [ZONE]`: shows the store's zone, or sets it.
pub fn time_zone(s: &mut Session, a: &TimeZoneArgs, out: &mut dyn Write) -> Result<()> {
    match &a.zone {
        Some(name) => {
            let zone = parse_zone(name)?;
            let actor = s.actor();
            let store = s.store()?;
            let before = store.setting(TIME_ZONE_KEY)?;
            store.write(|tx| {
                crate::store::put_setting(tx, TIME_ZONE_KEY, zone.name())?;
                let b = serde_json::json!({ "time_zone": before }).to_string();
                let a = serde_json::json!({ "time_zone": zone.name() }).to_string();
                crate::store::audit::append(tx, &actor, "setting", None, Some(&b), Some(&a))
            })?;
            say(&s.ctx, out, &i18n::time_zone_set(zone.name()))
        }
        None => {
            let stored = s.store()?.setting(TIME_ZONE_KEY)?.is_some();
            writeln!(out, "{}", i18n::time_zone_is(s.ctx.zone.name(), stored))?;
            Ok(())
        }
    }
}

/// A new passphrase must not be empty or trivially short.
pub fn check_new_passphrase(pass: &crate::crypto::Passphrase) -> Result<()> {
    if pass.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::Invalid(i18n::passphrase_too_short(MIN_PASSPHRASE_CHARS)));
    }
    Ok(())
}

//! A store's own settings: making one (with its time zone), changing its passphrase, setting
//! its time zone — each logged.

use std::path::Path;

use chrono_tz::Tz;

use super::{Actor, Error, Result};
use crate::crypto::Passphrase;
use crate::store::Store;

/// Shortest passphrase accepted for a new store, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

/// The `meta` key of the store's time zone.
pub const TIME_ZONE_KEY: &str = "time_zone";

/// A new passphrase must not be empty or trivially short.
pub fn check_new_passphrase(pass: &Passphrase) -> Result<()> {
    if pass.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::PassphraseTooShort(MIN_PASSPHRASE_CHARS));
    }
    Ok(())
}

/// Creates a store at `path` keeping time in `zone`.
pub fn create(path: &Path, pass: &Passphrase, zone: Tz) -> Result<Store> {
    check_new_passphrase(pass)?;
    let mut store = Store::create(path, pass)?;
    store.set_setting(TIME_ZONE_KEY, zone.name())?;
    Ok(store)
}

/// Re-encrypts the store under a new passphrase, and logs it.
pub fn change_passphrase(store: &mut Store, actor: &Actor, new: &Passphrase) -> Result<()> {
    check_new_passphrase(new)?;
    store.change_passphrase(new)?;
    store.write(|tx| tx.log(actor, "passwd", None, None, None).map(|_| ()))?;
    Ok(())
}

/// The zone the store keeps, if it keeps one.
pub fn time_zone(store: &Store) -> Result<Option<String>> {
    Ok(store.read().setting(TIME_ZONE_KEY)?)
}

/// Sets the store's zone, logging the change.
pub fn set_time_zone(store: &mut Store, actor: &Actor, zone: Tz) -> Result<()> {
    let before = time_zone(store)?;
    store.write(|tx| {
        tx.set_setting(TIME_ZONE_KEY, zone.name())?;
        let b = serde_json::json!({ "time_zone": before }).to_string();
        let a = serde_json::json!({ "time_zone": zone.name() }).to_string();
        tx.log(actor, "setting", None, Some(&b), Some(&a))
    })?;
    Ok(())
}

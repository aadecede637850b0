//! A store's own settings: making one (with its time zone), changing its passphrase, setting
//! its time zone — each logged.

use std::path::Path;

use chrono_tz::Tz;

use super::{Actor, Error, Result};
use crate::crypto::Passphrase;
use crate::slots::RecoveryCode;
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

/// Creates a store at `path` keeping time in `zone`, with `user` its first user, an admin;
/// returns it with its recovery key, to be shown once.
pub fn create(
    path: &Path,
    user: &str,
    pass: &Passphrase,
    zone: Tz,
) -> Result<(Store, RecoveryCode)> {
    check_new_passphrase(pass)?;
    let (mut store, code) = Store::create(path, user, pass)?;
    store.set_setting(TIME_ZONE_KEY, zone.name())?;
    Ok((store, code))
}

/// Whether the server answers and has no office named `office` yet.
pub fn check_office_free(server: &crate::store::pg::Server, office: &str) -> Result<()> {
    Ok(crate::store::pg::check_free(server, office)?)
}

/// Makes an office on a server (`kabinet server init`): its schema and roles when missing, the
/// first admin with `pass`, a recovery key, the log's first entry. `now` is when, as logged.
pub fn create_office(
    server: &crate::store::pg::Server,
    office: &str,
    user: &str,
    pass: &Passphrase,
    now: chrono::NaiveDateTime,
) -> Result<crate::store::pg::Made> {
    check_new_passphrase(pass)?;
    let at = now.format("%Y-%m-%dT%H:%M:%S").to_string();
    Ok(crate::store::pg::init(server, office, user, pass, &at)?)
}

/// Gives the user who unlocked the store a new passphrase (the store encrypted again under a
/// new key), and logs it.
pub fn change_passphrase(store: &mut Store, actor: &Actor, new: &Passphrase) -> Result<()> {
    check_new_passphrase(new)?;
    store.change_passphrase(new)?;
    store.write(|tx| tx.log(actor, "passwd", None, None, None).map(|_| ()))?;
    Ok(())
}

/// Gives `user` a new passphrase in a store opened with the recovery key, and logs it.
pub fn recover(store: &mut Store, actor: &Actor, user: &str, new: &Passphrase) -> Result<()> {
    check_new_passphrase(new)?;
    store.reset_passphrase(user, new)?;
    // The user's new signing key, which `verify` knows them by from here on.
    let key = store.users().into_iter().find(|u| u.name == user).map(|u| u.key);
    let after = serde_json::json!({ "user": user, "key": key }).to_string();
    store.write(|tx| tx.log(actor, "recover", None, None, Some(&after)).map(|_| ()))?;
    Ok(())
}

/// Encrypts the store again under a new key, sealed to every user, and logs it.
pub fn rekey(store: &mut Store, actor: &Actor) -> Result<()> {
    store.rekey(None, None)?;
    store.write(|tx| tx.log(actor, "rekey", None, None, None).map(|_| ()))?;
    Ok(())
}

/// A new recovery key in place of the old one (logged); to be shown once.
pub fn replace_recovery_key(store: &mut Store, actor: &Actor) -> Result<RecoveryCode> {
    let code = store.replace_recovery_key()?;
    let after = serde_json::json!({ "key": store.recovery_signing_key() }).to_string();
    store.write(|tx| tx.log(actor, "recovery-key", None, None, Some(&after)).map(|_| ()))?;
    Ok(code)
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

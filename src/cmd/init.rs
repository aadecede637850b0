//! `kabinet init`: create a new encrypted store.

use std::io::Write;

use super::{Session, passphrase, say};
use crate::error::{Error, Result};
use crate::i18n;
use crate::store::Store;

/// Shortest passphrase accepted for a new store, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 8;

pub fn run(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let path = s.ctx.store_path.clone();
    if path.exists() {
        return Err(Error::Conflict(i18n::store_exists(&path)));
    }
    let pass = passphrase(&s.ctx, true)?;
    check_new_passphrase(&pass)?;
    let store = Store::create(&path, &pass)?;
    s.set_store(store);
    say(&s.ctx, out, &i18n::store_created(&path))
}

/// A new passphrase must not be empty or trivially short.
pub fn check_new_passphrase(pass: &crate::crypto::Passphrase) -> Result<()> {
    if pass.char_count() < MIN_PASSPHRASE_CHARS {
        return Err(Error::Invalid(i18n::passphrase_too_short(MIN_PASSPHRASE_CHARS)));
    }
    Ok(())
}

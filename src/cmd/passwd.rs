//! `kabinet passwd`: re-encrypt the store under a new passphrase.

use std::io::Write;

use zeroize::Zeroizing;

use super::init::check_new_passphrase;
use super::{Session, prompt, read_pass_file, say};
use crate::cli::PasswdArgs;
use crate::crypto::Passphrase;
use crate::error::{Error, Result};
use crate::i18n;

fn new_passphrase(s: &Session, args: &PasswdArgs) -> Result<Passphrase> {
    if let Some(path) = &args.new_passphrase_file {
        return read_pass_file(path);
    }
    if let Some(v) = std::env::var_os("KABINET_NEW_PASSPHRASE").filter(|v| !v.is_empty()) {
        let v = v
            .into_string()
            .map_err(|_| Error::Unlock(i18n::pass_env_not_utf8("KABINET_NEW_PASSPHRASE")))?;
        return Ok(Passphrase::new(Zeroizing::new(v)));
    }
    if s.ctx.interactive {
        return prompt::passphrase(&i18n::prompt_new_passphrase(), true);
    }
    Err(Error::Unlock(i18n::no_new_passphrase_source()))
}

pub fn run(s: &mut Session, args: &PasswdArgs, out: &mut dyn Write) -> Result<()> {
    s.store()?;
    let new = new_passphrase(s, args)?;
    check_new_passphrase(&new)?;
    s.store()?.change_passphrase(&new)?;
    let actor = s.actor();
    s.store()?.write(|tx| {
        crate::store::audit::append(tx, &actor, "passwd", None, None, None).map(|_| ())
    })?;
    say(&s.ctx, out, &i18n::passphrase_changed())
}

//! `kabinet passwd` (also `kabinet user passwd`): your own new passphrase, the store encrypted
//! again under a new key.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::failure::{Failure, Result};
use super::output::say;
use super::prompt;
use super::session::{Session, pass_from_env, read_pass_file};
use crate::app::setup;
use crate::crypto::Passphrase;
use crate::i18n;

#[derive(Args, Debug)]
pub struct PasswdArgs {
    /// Read the new passphrase from the first line of this file (else KABINET_NEW_PASSPHRASE,
    /// else a prompt on a terminal)
    #[arg(long, env = "KABINET_NEW_PASSPHRASE_FILE", hide_env_values = true, value_name = "PATH")]
    pub new_passphrase_file: Option<PathBuf>,
}

/// The new passphrase: `--new-passphrase-file`, `KABINET_NEW_PASSPHRASE_FILE`,
/// `KABINET_NEW_PASSPHRASE`, else asked twice on a terminal.
pub fn new_passphrase(s: &Session, args: &PasswdArgs) -> Result<Passphrase> {
    if let Some(path) = &args.new_passphrase_file {
        return read_pass_file(path);
    }
    if let Some(pass) = pass_from_env("KABINET_NEW_PASSPHRASE")? {
        return Ok(pass);
    }
    if s.ctx.interactive {
        return prompt::new_passphrase(&i18n::prompt_new_passphrase(), |p| {
            Ok(setup::check_new_passphrase(p)?)
        });
    }
    Err(Failure::unlock(i18n::no_new_passphrase_source()))
}

pub fn run(s: &mut Session, args: &PasswdArgs, out: &mut dyn Write) -> Result<()> {
    s.store()?;
    let new = new_passphrase(s, args)?;
    let actor = s.actor();
    setup::change_passphrase(s.store()?, &actor, &new)?;
    say(&s.ctx, out, &i18n::passphrase_changed())
}

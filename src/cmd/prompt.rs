//! Terminal prompts (dialoguer). Only called when stdin is a terminal.

use zeroize::Zeroizing;

use super::failure::{Failure, Result};
use super::output::to_stderr;
use crate::crypto::Passphrase;
use crate::domain::{Draft, Field};
use crate::i18n;

fn io_err(e: dialoguer::Error) -> Failure {
    match e {
        dialoguer::Error::IO(io) if io.kind() == std::io::ErrorKind::Interrupted => {
            Failure::usage(i18n::prompt_cancelled())
        }
        dialoguer::Error::IO(io) => Failure::from(io),
    }
}

/// How many times a passphrase is asked for before the command gives up (as sudo does).
pub const TRIES: usize = 3;

/// An echo-free passphrase prompt.
pub fn passphrase(prompt: &str) -> Result<Passphrase> {
    let p = dialoguer::Password::new().with_prompt(prompt).allow_empty_password(true);
    let text = Zeroizing::new(p.interact().map_err(io_err)?);
    Ok(Passphrase::new(text))
}

/// A new passphrase: checked by `check` as soon as it is typed, then typed again to be sure;
/// a refused or mismatched one is said and asked for again, up to [`TRIES`] times.
pub fn new_passphrase(
    prompt: &str,
    check: impl Fn(&Passphrase) -> Result<()>,
) -> Result<Passphrase> {
    let mut tries = 1;
    loop {
        let first = passphrase(prompt)?;
        let refused = match check(&first) {
            Err(refused) => refused,
            Ok(()) if passphrase(&i18n::prompt_repeat())?.same_as(&first) => return Ok(first),
            Ok(()) => Failure::usage(i18n::prompt_mismatch()),
        };
        // The last refusal is the command's failure, said once by `main`.
        if tries == TRIES {
            return Err(refused);
        }
        to_stderr(&refused.render());
        tries += 1;
    }
}

/// Asks for every required field the draft lacks.
pub fn fill_missing(draft: &mut Draft, fields: &[Field]) -> Result<()> {
    for name in draft.missing(fields) {
        let value: String = dialoguer::Input::new()
            .with_prompt(i18n::field_label(name))
            .allow_empty(true)
            .interact_text()
            .map_err(io_err)?;
        draft.set(name, value);
    }
    Ok(())
}

pub fn confirm(question: &str) -> Result<bool> {
    dialoguer::Confirm::new().with_prompt(question).default(false).interact().map_err(io_err)
}

//! Terminal prompts (dialoguer). Only called when stdin is a terminal.

use zeroize::Zeroizing;

use super::failure::{Failure, Result};
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

/// An echo-free passphrase prompt; asked twice when `confirm`.
pub fn passphrase(prompt: &str, confirm: bool) -> Result<Passphrase> {
    let mut p = dialoguer::Password::new().with_prompt(prompt).allow_empty_password(true);
    if confirm {
        p = p.with_confirmation(i18n::prompt_repeat(), i18n::prompt_mismatch());
    }
    let text = Zeroizing::new(p.interact().map_err(io_err)?);
    Ok(Passphrase::new(text))
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

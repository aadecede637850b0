//! `kabinet backup FILE` and `kabinet restore FILE`: consistent encrypted copies, and a restore
//! that verifies the copy first and keeps the current store as a `.bak`.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;

use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, unlock};
use crate::app::Class;
use crate::app::backup;
use crate::i18n;

#[derive(Args, Debug)]
pub struct BackupArgs {
    /// Where to write the copy (refused if it exists); into a directory, as
    /// STORE-YYYY-MM-DD-HHMMSS.db
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

#[derive(Args, Debug)]
pub struct RestoreArgs {
    /// A copy made by `kabinet backup`
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
}

pub fn backup(s: &mut Session, a: &BackupArgs, out: &mut dyn Write) -> Result<()> {
    if s.ctx.on_server() {
        // The whole office, its log carried and signed by who copies it: an admin's.
        super::session::permit_admin(s.store()?, "backup")?;
        let actor = s.actor();
        let (ctx, store) = s.parts()?;
        let copy = backup::backup_office(store, &a.file, ctx.now(), &actor)?;
        let c = copy.carried;
        return say(ctx, out, &i18n::office_backup_written(&copy.file, c.added, c.entries));
    }
    let (ctx, store) = s.parts()?;
    let (file, pages) = backup::backup(store, &a.file, ctx.now())?;
    say(ctx, out, &i18n::backup_written(&file, pages))
}

pub fn restore(s: &mut Session, a: &RestoreArgs, out: &mut dyn Write) -> Result<()> {
    if s.ctx.on_server() {
        return Err(Failure::usage(i18n::restore_onto_server()));
    }
    let restore = backup::start_restore(&a.file, &s.ctx.store_path)?;
    let who = crate::store::Who::new(s.ctx.user.clone());
    let copy = unlock(&s.ctx, |pass| Ok(restore.unlock(&who, pass)?))?;
    let verified = restore.verify(copy)?;
    // The current store, if it opens, is locked so that nobody commits into the file being
    // replaced; a damaged one is kept as it is.
    let current = if s.ctx.store_path.exists() {
        match s.store() {
            Ok(_) => true,
            Err(Failure::Said { class: Class::Damaged, .. }) => false,
            Err(e) => return Err(e),
        }
    } else {
        false
    };
    let actor = s.actor();
    let now = s.ctx.now();
    let store = if current { s.store_mut() } else { None };
    let placed = verified.put_in_place(store, &actor, now)?;
    // A deliberate rollback: what this machine remembers of the store moves with it.
    if let Some(head) = &placed.head {
        super::heads::remember(&placed.store_id, head);
    }
    let kept = placed.kept;
    s.forget_store();
    say(&s.ctx, out, &i18n::restored(&a.file, kept.as_deref()))
}

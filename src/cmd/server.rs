//! `kabinet server`: the office server. `server init URL` makes an office on a PostgreSQL
//! server — the schema, the roles it enforces, the first admin and a recovery key; `push --to
//! URL` moves a local store into an office.

use std::io::Write;

use clap::{Args, Subcommand};

use super::failure::{Failure, Result};
use super::output::say;
use super::session::{Session, new_passphrase};
use crate::app::setup;
use crate::i18n;
use crate::store::pg::Server;

pub const SERVER_HELP: &str = "\
Examples:
  kabinet --user ivanova server init 'postgresql://db.office:5432/kabinet?user=ivanova' --office 'МФЦ Центральный'
  KABINET_SERVER_PASSWORD_FILE=~/.kabinet-server kabinet server init 'postgresql:///kabinet?host=/run/postgresql'

The server password comes from KABINET_SERVER_PASSWORD_FILE, PGPASSFILE or ~/.pgpass, never
from the address. The office's first admin is --user (default: your login name); their
passphrase, which never leaves this machine, comes from the same sources as `init`'s.";

pub const PUSH_HELP: &str = "\
Examples:
  kabinet push --to 'postgresql://db.office/kabinet?user=ivanova&office=%D0%9C%D0%A4%D0%A6'
  kabinet --store старый.db --user ivanova push --to 'postgresql:///kabinet?host=/run/postgresql'

You unlock the local store (--store) and the office (--to, as one of its admins: --to-user,
default --user) with the usual passphrase sources. Every item keeps its number; the log's
entries are carried in order, each signed by you with the original kept. Interrupted, it is
run again: what was carried stays, the rest follows; pushed twice, nothing changes.";

#[derive(Args, Debug)]
pub struct PushArgs {
    /// The office: postgresql://host:port/database?user=NAME&office=NAME
    #[arg(long, value_name = "URL")]
    pub to: String,
    /// Who you are in the office (an admin there) [default: --user]
    #[arg(long, value_name = "NAME")]
    pub to_user: Option<String>,
}

/// Pushes the local store into an office: the local store opened as usual, the office as
/// one of its admins.
pub fn push(s: &mut Session, a: &PushArgs, out: &mut dyn Write) -> Result<()> {
    if !Server::is_url(&a.to) {
        return Err(Failure::usage(i18n::server_url(&a.to)));
    }
    if s.ctx.on_server() {
        return Err(Failure::usage(i18n::push_from_server()));
    }
    s.store()?;
    let user = a.to_user.clone().or_else(|| s.ctx.user.clone());
    let mut office = super::session::open_office(&s.ctx, &a.to, user)?;
    super::session::permit_admin(&office, "push")?;
    let actor = s.actor();
    let done = crate::app::push::push(s.store()?, &mut office, &actor)?;
    say(&s.ctx, out, &i18n::pushed(done.added, done.had, done.entries, done.deliveries))
}

#[derive(Subcommand, Debug)]
pub enum ServerCmd {
    /// Make an office on a PostgreSQL server: schema, roles, first admin, recovery key
    #[command(after_help = SERVER_HELP)]
    Init(InitArgs),
}

#[derive(Args, Debug)]
pub struct InitArgs {
    /// The server: postgresql://host:port/database?user=NAME&sslmode=require [default: --store]
    #[arg(value_name = "URL")]
    pub url: Option<String>,
    /// The office's name on the server
    #[arg(long, value_name = "NAME", default_value = "kabinet")]
    pub office: String,
    /// Also write the recovery key on an A4 page to print and keep in a safe
    #[arg(long, value_name = "FILE.pdf")]
    pub recovery_sheet: Option<std::path::PathBuf>,
}

pub fn run(s: &mut Session, cmd: ServerCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        ServerCmd::Init(a) => init(s, &a, out),
    }
}

fn init(s: &mut Session, a: &InitArgs, out: &mut dyn Write) -> Result<()> {
    let url = match &a.url {
        Some(u) => u.clone(),
        None => s.ctx.store_path.to_string_lossy().into_owned(),
    };
    if !Server::is_url(&url) {
        return Err(Failure::usage(i18n::server_url(&url)));
    }
    let server = Server::parse(&url)?;
    if let Some(sheet) = &a.recovery_sheet {
        super::session::check_output(&s.ctx, sheet, None)?;
    }
    let user = s.ctx.user.clone().unwrap_or_else(crate::store::audit::login);
    crate::app::users::check_name(&user)?;
    // Where, and whether there is room, settled before a passphrase is asked for.
    setup::check_office_free(&server, &a.office)?;
    let pass = new_passphrase(&s.ctx)?;
    let made = setup::create_office(&server, &a.office, &user, &pass, s.ctx.now())?;
    say(&s.ctx, out, &i18n::server_office_made(&a.office, made.office, server.at()))?;
    say(&s.ctx, out, &i18n::user_created(&user, &made.key_id))?;
    match &made.for_dba {
        Some(sql) => say(&s.ctx, out, &i18n::server_for_dba(sql))?,
        None => say(&s.ctx, out, &i18n::server_login_in(&user, crate::store::pg::schema::ADMIN))?,
    }
    if let Some(sheet) = &a.recovery_sheet {
        super::users::write_sheet(&s.ctx, sheet, &user, &made.code)?;
    }
    // Shown even with --quiet: it is never shown again.
    writeln!(out, "{}", i18n::recovery_key(&made.code.grouped()))?;
    Ok(())
}

//! `kabinet user …`: the store's users (`list`), one's own passphrase (`passwd`), a new one
//! set with the recovery key (`recover`), a new recovery key (`recovery-key`), and `kabinet
//! rekey`; the recovery sheet `init --recovery-sheet` prints.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::context::{Ctx, Format};
use super::failure::{Failure, Result};
use super::output::say;
use super::passwd::{self, PasswdArgs};
use super::prompt;
use super::session::{Session, check_output};
use crate::app::{setup, users};
use crate::i18n;
use crate::io::files::OutFile;
use crate::io::output;
use crate::io::pdf::Pdf;
use crate::slots::{RecoveryCode, Role};
use crate::store::{Store, Who};

pub const USER_HELP: &str = "\
Examples:
  kabinet user list
  kabinet user passwd
  kabinet user recover --user ivanova
  kabinet user recovery-key

Each user unlocks the store with an own passphrase (--user NAME or KABINET_USER; by default the
only user, else the one named as your login). The store's key is random and sealed to every
user and to the recovery key `kabinet init` printed; their slots are in the key file beside the
store (kabinet.db.keys), which backups carry. With neither a passphrase nor the recovery key the
data cannot be read by anyone: that is the point.";

#[derive(Subcommand, Debug)]
pub enum UserCmd {
    /// List the store's users: names, roles, kinds, created, last change (no secrets)
    #[command(after_help = "Examples:\n  kabinet user list\n  kabinet user list --format json")]
    List,
    /// Change your own passphrase (the store is encrypted again under a new key; crash-safe)
    #[command(after_help = "Example:\n  kabinet user passwd --new-passphrase-file new.txt")]
    Passwd(PasswdArgs),
    /// Set a user's new passphrase with the recovery key
    #[command(
        after_help = "Examples:\n  kabinet user recover                 # asks for the key and the new passphrase\n  kabinet user recover --user ivanova --recovery-key-file key.txt --new-passphrase-file new.txt"
    )]
    Recover(RecoverArgs),
    /// Add a user with a role (admin, editor, reader) and their own passphrase
    #[command(
        after_help = "Examples:\n  kabinet user add petrov --role editor           # asks for petrov's passphrase twice\n  kabinet user add cron --role reader --kinds doc,appt --new-passphrase-file cron.pass"
    )]
    Add(AddArgs),
    /// Change a user's role (and, with --kinds or --all-kinds, what they may see)
    #[command(after_help = "Example:\n  kabinet user role petrov reader")]
    Role(RoleArgs),
    /// Remove a user; the store is encrypted again under a new key at once, so their
    /// passphrase opens nothing from then on
    #[command(after_help = "Example:\n  kabinet user remove petrov --yes")]
    Remove {
        /// The user's name
        name: String,
    },
    /// Make a new recovery key in place of the old one, shown once
    #[command(after_help = "Example:\n  kabinet user recovery-key --recovery-sheet safe.pdf")]
    RecoveryKey(RecoveryKeyArgs),
}

#[derive(Args, Debug)]
pub struct RecoverArgs {
    /// Read the recovery key from the first line of this file (else asked on a terminal)
    #[arg(long, env = "KABINET_RECOVERY_KEY_FILE", hide_env_values = true, value_name = "PATH")]
    pub recovery_key_file: Option<PathBuf>,
    #[command(flatten)]
    pub new: PasswdArgs,
}

#[derive(Args, Debug)]
pub struct AddArgs {
    /// The new user's name: letters, digits, . _ - @
    pub name: String,
    /// admin (everything, users too), editor (items, import, attachments, backups), reader
    /// (lists, deadlines, exports, checks)
    #[arg(long, value_name = "ROLE")]
    pub role: String,
    /// Only these kinds of item: record, doc, appt, obligation, application (comma-separated)
    #[arg(long, value_name = "KINDS")]
    pub kinds: Option<String>,
    #[command(flatten)]
    pub new: PasswdArgs,
}

#[derive(Args, Debug)]
pub struct RoleArgs {
    /// The user's name
    pub name: String,
    /// admin, editor or reader
    pub role: String,
    /// Only these kinds of item from now on (comma-separated)
    #[arg(long, value_name = "KINDS", conflicts_with = "all_kinds")]
    pub kinds: Option<String>,
    /// Every kind of item from now on
    #[arg(long)]
    pub all_kinds: bool,
}

#[derive(Args, Debug)]
pub struct RecoveryKeyArgs {
    /// Also write it on an A4 page to print and keep in a safe
    #[arg(long, value_name = "FILE.pdf")]
    pub recovery_sheet: Option<PathBuf>,
}

pub fn run(s: &mut Session, cmd: UserCmd, out: &mut dyn Write) -> Result<()> {
    match cmd {
        UserCmd::List => list(s, out),
        UserCmd::Passwd(args) => passwd::run(s, &args, out),
        UserCmd::Recover(args) => recover(s, &args, out),
        UserCmd::Add(args) => {
            let role = role_of(&args.role)?;
            let kinds = args.kinds.as_deref().map(users::parse_kinds).transpose()?;
            // Unlocked (and the role and the name checked) before the new user's passphrase is
            // asked for.
            users::check_new(s.store()?, &args.name)?;
            let pass = passwd::new_passphrase(s, &args.new)?;
            let actor = s.actor();
            let for_dba = users::add(s.store()?, &actor, &args.name, role, kinds, &pass)?;
            say(&s.ctx, out, &i18n::user_added(&args.name, role))?;
            server_login(s, &args.name, Some(role), for_dba, out)
        }
        UserCmd::Role(args) => {
            let role = role_of(&args.role)?;
            let kinds = match (&args.kinds, args.all_kinds) {
                (Some(k), _) => Some(Some(users::parse_kinds(k)?)),
                (None, true) => Some(None),
                (None, false) => None,
            };
            let actor = s.actor();
            let for_dba = users::set_role(s.store()?, &actor, &args.name, role, kinds)?;
            say(&s.ctx, out, &i18n::role_set(&args.name, role))?;
            server_login(s, &args.name, Some(role), for_dba, out)
        }
        UserCmd::Remove { name } => {
            let actor = s.actor();
            s.store()?;
            super::session::confirm(&s.ctx, &i18n::confirm_remove_user(&name))?;
            let for_dba = users::remove(s.store()?, &actor, &name)?;
            say(&s.ctx, out, &i18n::user_removed(&name))?;
            server_login(s, &name, None, for_dba, out)
        }
        UserCmd::RecoveryKey(args) => {
            if let Some(sheet) = &args.recovery_sheet {
                check_output(&s.ctx, sheet, None)?;
            }
            let actor = s.actor();
            let user = s.store()?.user().unwrap_or_default().to_owned();
            let code = setup::replace_recovery_key(s.store()?, &actor)?;
            if let Some(sheet) = &args.recovery_sheet {
                write_sheet(&s.ctx, sheet, &user, &code)?;
            }
            writeln!(out, "{}", i18n::recovery_key(&code.grouped()))?;
            Ok(())
        }
    }
}

/// On an office server, what became of the user's login role: the SQL a DBA must run, or
/// the group it is in now (or, removed, that the server refuses it from now on).
fn server_login(
    s: &mut Session,
    user: &str,
    role: Option<Role>,
    for_dba: Option<String>,
    out: &mut dyn Write,
) -> Result<()> {
    if !s.ctx.on_server() {
        return Ok(());
    }
    match (for_dba, role) {
        (Some(sql), _) => say(&s.ctx, out, &i18n::server_for_dba(&sql)),
        (None, Some(role)) => {
            say(&s.ctx, out, &i18n::server_login_in(user, crate::store::pg::users::group(role)))
        }
        (None, None) => say(&s.ctx, out, &i18n::server_login_out(user)),
    }
}

/// A role as typed: the code or the Russian word.
fn role_of(s: &str) -> Result<Role> {
    Role::parse(s).ok_or_else(|| {
        super::output::invalid(vec![crate::domain::FieldError {
            field: "ROLE",
            value: s.to_owned(),
            problem: crate::validate::Problem::OneOf(Role::CODES),
        }])
    })
}

/// `kabinet rekey`: the store encrypted again under a new key, sealed to every user.
pub fn rekey(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let actor = s.actor();
    setup::rekey(s.store()?, &actor)?;
    say(&s.ctx, out, &i18n::rekeyed())
}

fn list(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let (ctx, store) = s.parts()?;
    let users = store.users();
    match ctx.format {
        Format::Json => output::write_json(out, &users)?,
        Format::Csv => {
            let rows: Vec<Vec<String>> = users
                .iter()
                .map(|u| {
                    vec![
                        u.name.clone(),
                        u.role.code().to_owned(),
                        u.kinds.as_ref().map(|k| k.join(",")).unwrap_or_default(),
                        u.created.clone(),
                        u.changed.clone(),
                        u.key.clone(),
                    ]
                })
                .collect();
            let head = ["name", "role", "kinds", "created", "changed", "key"];
            output::write_csv(out, &head, &rows)?
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = users
                .iter()
                .map(|u| {
                    vec![
                        u.name.clone(),
                        i18n::role_name(u.role),
                        u.kinds.as_ref().map(|k| k.join(", ")).unwrap_or_else(i18n::all_kinds),
                        u.created.replace('T', " "),
                        u.changed.replace('T', " "),
                        hex::decode(&u.key).map(|k| crate::slots::key_id(&k)).unwrap_or_default(),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::user_headers(), &rows)?
        }
    }
    Ok(())
}

/// The recovery key: from the file, else asked on a terminal.
fn recovery_code(ctx: &Ctx, args: &RecoverArgs) -> Result<RecoveryCode> {
    let text = match &args.recovery_key_file {
        Some(path) => {
            let pass = super::session::read_pass_file(path)?;
            String::from_utf8_lossy(pass.expose()).into_owned()
        }
        None if ctx.interactive => {
            let pass = prompt::passphrase(&i18n::prompt_recovery_key())?;
            String::from_utf8_lossy(pass.expose()).into_owned()
        }
        None => return Err(Failure::unlock(i18n::no_recovery_key_source())),
    };
    let text = zeroize::Zeroizing::new(text);
    RecoveryCode::parse(&text).ok_or_else(|| Failure::unlock(i18n::bad_recovery_key()))
}

fn recover(s: &mut Session, args: &RecoverArgs, out: &mut dyn Write) -> Result<()> {
    let wrong = |e| match e {
        crate::store::Error::WrongPassphrase(_) => Failure::unlock(i18n::wrong_recovery_key()),
        other => other.into(),
    };
    let who = Who::new(s.ctx.user.clone());
    // The store and the user settled before the key is asked for.
    let (user, store) = if s.ctx.on_server() {
        let login = Store::find_server(&s.ctx.store_path.to_string_lossy(), &who)?;
        let user = login.user().to_owned();
        let code = recovery_code(&s.ctx, args)?;
        (user, login.unlock_recovery(&code).map_err(wrong)?)
    } else {
        let path = s.ctx.store_path.clone();
        if !path.exists() {
            return Err(Failure::not_found(i18n::no_store(&path)));
        }
        let Some(crate::store::Whose { user, .. }) = Store::check_who(&path, &who)? else {
            return Err(Failure::damaged(i18n::keys_missing(&Store::key_file(&path))));
        };
        let code = recovery_code(&s.ctx, args)?;
        (user, Store::open_with_recovery(&path, &code).map_err(wrong)?)
    };
    s.set_store(store)?;
    let new = passwd::new_passphrase(s, &args.new)?;
    let actor = s.actor();
    setup::recover(s.store()?, &actor, &user, &new)?;
    say(&s.ctx, out, &i18n::passphrase_reset(&user))
}

/// Writes the recovery key on an A4 page to keep in a safe (mode 0600, complete or not at
/// all).
pub fn write_sheet(ctx: &Ctx, path: &Path, user: &str, code: &RecoveryCode) -> Result<()> {
    check_output(ctx, path, None)?;
    let title = i18n::recovery_sheet_title();
    let mut pdf = Pdf::new(&title, false)?;
    pdf.text(&title, 16.0, true);
    pdf.space(4.0);
    for line in i18n::recovery_sheet_lines(&ctx.store_path, user, &i18n::datetime(ctx.now())) {
        pdf.text(&line, 10.0, false);
    }
    pdf.space(8.0);
    pdf.text(&code.grouped(), 20.0, true);
    pdf.space(8.0);
    pdf.text(&i18n::recovery_sheet_how(), 10.0, false);
    let mut file = OutFile::create(path, ".kabinet-sheet-")?;
    match &mut file {
        OutFile::Temp { tmp, .. } => {
            pdf.finish(&format!("kabinet · {title}"), i18n::page_of, tmp.as_file_mut())?
        }
        OutFile::Direct(w) => pdf.finish(&format!("kabinet · {title}"), i18n::page_of, w)?,
    }
    Ok(file.finish()?)
}

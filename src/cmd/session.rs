//! A command's session: its settings and the store, opened on first use and kept (the key
//! derivation is the slow part); where the passphrase comes from; who is acting, for the
//! audit trail; confirmations; the files a command must not write over.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

use super::context::{Ctx, TIME_ZONE_KEY, parse_zone, system_zone};
use super::failure::{Failure, Result};
use super::output::{to_stderr, warn};
use super::prompt;
use super::roles;
use crate::app::{Actor, Class, setup};
use crate::crypto::Passphrase;
use crate::domain::{ItemId, ItemKind};
use crate::i18n;
use crate::io::files::{Kept, ends_in_slash, one_file, same_file};
use crate::store::{Store, Who};

/// Settings plus the store.
pub struct Session {
    pub ctx: Ctx,
    store: Option<Store>,
    /// The command as matched (`record edit`), for the audit trail.
    pub command: String,
    who: Option<String>,
}

impl Session {
    pub fn new(ctx: Ctx, command: String) -> Self {
        Session { ctx, store: None, command, who: None }
    }

    /// Who is making a change, when, and with which command: for the audit trail.
    pub fn actor(&mut self) -> Actor {
        let who = self.who.get_or_insert_with(crate::store::audit::whoami).clone();
        Actor { at: self.ctx.now(), who, command: self.command.clone() }
    }

    /// The store, unlocked (asking for the passphrase if need be).
    pub fn store(&mut self) -> Result<&mut Store> {
        self.parts().map(|(_, store)| store)
    }

    /// The settings and the open store together, for work that needs both at once.
    pub fn parts(&mut self) -> Result<(&Ctx, &mut Store)> {
        if self.store.is_none() {
            let store = if self.ctx.on_server() {
                open_server(&self.ctx, &self.command)?
            } else {
                open_local(&self.ctx, &self.command)?
            };
            permit(&store, &self.command, roles::need(&self.command))?;
            self.set_store(store)?;
            // A command about one kind of item (`record list`, `doc add`…).
            let first = self.command.split(' ').next().unwrap_or_default();
            if let Some(kind) = ItemKind::ALL.iter().find(|k| k.code() == first) {
                self.require_kind(*kind)?;
            }
        }
        match self.store.as_mut() {
            Some(s) => Ok((&self.ctx, s)),
            None => Err(Failure::internal("store not opened")),
        }
    }

    /// Refuses (exit 8) unless the user who unlocked the store may do what `need` asks: for a
    /// command whose need depends on its arguments (`time-zone ZONE` sets, without one reads).
    pub fn require(&mut self, need: roles::Need) -> Result<()> {
        let command = self.command.clone();
        let store = self.store()?;
        permit(store, &command, need)
    }

    /// The kinds of item the user who unlocked the store may see (`None`: all). The store
    /// must be open.
    pub fn visible(&self) -> Option<Vec<ItemKind>> {
        let store = self.store.as_ref()?;
        let kinds = store.kinds()?;
        Some(
            ItemKind::ALL.iter().copied().filter(|k| kinds.iter().any(|c| c == k.code())).collect(),
        )
    }

    /// Refuses (exit 8) an item of a kind the user may not see.
    pub fn require_kind(&mut self, kind: ItemKind) -> Result<()> {
        self.store()?;
        match (self.visible(), self.store.as_ref().and_then(Store::user)) {
            (Some(v), Some(user)) if !v.contains(&kind) => {
                let allowed: Vec<&str> = v.iter().map(|k| k.code()).collect();
                Err(Failure::denied(i18n::kind_not_permitted(user, kind, &allowed)))
            }
            _ => Ok(()),
        }
    }

    /// An item ID as typed, of a kind the user may see.
    pub fn item_id(&mut self, s: &str) -> Result<ItemId> {
        let id = super::output::parse_any_id(s)?;
        self.require_kind(id.kind)?;
        Ok(id)
    }

    /// The store if it is open.
    pub fn store_mut(&mut self) -> Option<&mut Store> {
        self.store.as_mut()
    }

    /// Closes the store (after it was replaced on disk).
    pub fn forget_store(&mut self) {
        self.store = None;
    }

    /// Keeps an open store and reads "now" again in its time zone.
    pub fn set_store(&mut self, store: Store) -> Result<()> {
        let zone = match store.read().setting(TIME_ZONE_KEY)? {
            Some(name) => {
                parse_zone(&name).map_err(|_| Failure::damaged(i18n::unknown_time_zone(&name)))?
            }
            None => system_zone(),
        };
        self.ctx.set_zone(zone);
        self.store = Some(store);
        Ok(())
    }
}

/// The local store, unlocked: with a key held for the session when there is one and it may
/// be used, else with the passphrase; said when it was upgraded to users, and when it is
/// behind what this machine saw.
fn open_local(ctx: &Ctx, command: &str) -> Result<Store> {
    // Say "no store" before asking for a passphrase that cannot help.
    if !ctx.store_path.exists() {
        return Err(Failure::not_found(i18n::no_store(&ctx.store_path)));
    }
    let upgrading = |from, to| warn(ctx, &i18n::upgrading_store(from, to));
    let who = Who::new(ctx.user.clone());
    // Which user is unlocking is settled before a passphrase is asked for.
    let whose = Store::check_who(&ctx.store_path, &who)?;
    let held = match whose {
        Some(whose) if command != "unlock" && may_use_held(ctx) => {
            open_held(&ctx.store_path, &who, &whose, &upgrading)?
        }
        _ => None,
    };
    let store = match held {
        Some(store) => store,
        None => unlock(ctx, |pass| Ok(Store::open_as(&ctx.store_path, &who, pass, &upgrading)?))?,
    };
    if store.upgraded_to_users()
        && let Some(user) = store.user()
    {
        warn(ctx, &i18n::upgraded_to_users(user, &Store::key_file(&ctx.store_path)));
    }
    // Behind what this machine saw: said before anything else.
    super::heads::warn_on_open(&store)?;
    Ok(store)
}

/// An office on a server, unlocked with the key held for the session (`kabinet unlock`) when
/// there is one and it may be used, else with the user's own passphrase: the server answers
/// and the office and user are settled before the passphrase is asked for; the passphrase
/// opens the user's key slot here, and never leaves this machine.
fn open_server(ctx: &Ctx, command: &str) -> Result<Store> {
    let url = ctx.store_path.to_string_lossy().into_owned();
    let who = Who::new(ctx.user.clone());
    let mut found = None;
    if command != "unlock" && may_use_held(ctx) {
        match office_held(Store::find_server(&url, &who)?)? {
            Ok(office) => return Ok(office),
            Err(login) => found = login,
        }
    }
    unlock_office(ctx, &url, &who, found)
}

/// The office `login` found, opened with the key held for this session; else the login back
/// (`None` when a held key no longer opened it: forgotten, and the login spent).
fn office_held(
    login: crate::store::ServerLogin,
) -> crate::store::Result<std::result::Result<Store, Option<crate::store::ServerLogin>>> {
    let (store, user) = (login.store_id().to_owned(), login.user().to_owned());
    let Some(crate::io::held::Held { key, seed: Some(seed), .. }) =
        crate::io::held::take(&store, &user, unix_now())
    else {
        return Ok(Err(Some(login)));
    };
    match login.unlock_held(key, seed)? {
        Some(office) => Ok(Ok(office)),
        None => {
            crate::io::held::forget(&store, std::slice::from_ref(&user));
            Ok(Err(None))
        }
    }
}

/// The store — a file or an office — at `path` opened with the key held for this session, if
/// one is held and opens it (`kabinet shell`, which asks only through `unlock`).
pub fn open_held_at(path: &Path, who: &Who) -> crate::store::Result<Option<Store>> {
    let text = path.to_string_lossy();
    if crate::store::pg::Server::is_url(&text) {
        return Ok(office_held(Store::find_server(&text, who)?)?.ok());
    }
    let Some(whose) = Store::check_who(path, who)? else { return Ok(None) };
    open_held(path, who, &whose, &|_, _| {})
}

/// Opens the office at `url` as `user` (else the only user, else the OS user's name), its
/// passphrase from the usual sources.
pub fn open_office(ctx: &Ctx, url: &str, user: Option<String>) -> Result<Store> {
    unlock_office(ctx, url, &Who::new(user), None)
}

/// Unlocks the office at `url` as `who` with a passphrase, `found` when it was found already.
fn unlock_office(
    ctx: &Ctx,
    url: &str,
    who: &Who,
    found: Option<crate::store::ServerLogin>,
) -> Result<Store> {
    let mut login = match found {
        Some(l) => Some(l),
        None => Some(Store::find_server(url, who)?),
    };
    unlock(ctx, |pass| {
        // A wrong passphrase on a terminal is asked again: the office is found again too.
        let found = match login.take() {
            Some(l) => l,
            None => Store::find_server(url, who)?,
        };
        Ok(found.unlock(pass)?)
    })
}

/// Refuses (exit 8, naming the user, the role and the command) what the role of the user who
/// unlocked `store` does not allow. A store opened with the recovery key has no such user.
fn permit(store: &Store, command: &str, need: roles::Need) -> Result<()> {
    match (store.role(), store.user()) {
        (Some(role), Some(user)) if !roles::allows(role, need) => {
            Err(Failure::denied(i18n::not_permitted(user, role, command)))
        }
        _ => Ok(()),
    }
}

/// Refuses (exit 8) a command on a store whose user is not an admin there.
pub fn permit_admin(store: &Store, command: &str) -> Result<()> {
    permit(store, command, roles::Need::Admin)
}

/// Refuses a `--store` that names an office server (exit 2) for a command that works on a
/// local store only (`init`: `server init` makes an office).
pub fn refuse_server(ctx: &Ctx) -> Result<()> {
    let store = ctx.store_path.to_string_lossy();
    if crate::store::pg::Server::is_url(&store) {
        let at = crate::store::pg::Server::parse(&store).map(|s| s.at().to_owned());
        return Err(Failure::usage(i18n::server_not_yet(&at.unwrap_or_else(|_| store.into()))));
    }
    Ok(())
}

/// Whether this command may use a store's key held for the login session (`kabinet
/// unlock`): only when no passphrase source is set, and a person is there — a terminal on
/// standard input or standard error — or `KABINET_SESSION=1` says so. A cron job or a
/// monitoring agent never uses a clerk's session unless told to.
fn may_use_held(ctx: &Ctx) -> bool {
    use std::io::IsTerminal;
    let given = ctx.fixed_passphrase.is_some()
        || ctx.passphrase_file.is_some()
        || std::env::var_os("KABINET_PASSPHRASE").is_some_and(|v| !v.is_empty());
    let person = ctx.interactive || std::io::stderr().is_terminal();
    let told = std::env::var("KABINET_SESSION").as_deref() == Ok("1");
    !given && (person || told)
}

/// Seconds since the epoch, by the machine's clock (a session's time-outs are real time,
/// whatever `KABINET_NOW` pins).
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

/// The store at `path` opened as `whose` says with the key held for this session, when one is
/// held and still opens it (a key that no longer does is forgotten).
pub fn open_held(
    path: &Path,
    who: &Who,
    whose: &crate::store::Whose,
    upgrading: crate::store::Upgrading,
) -> crate::store::Result<Option<Store>> {
    let held = crate::io::held::take(&whose.store, &whose.user, unix_now());
    let Some(crate::io::held::Held { key, seed, .. }) = held else { return Ok(None) };
    let store = Store::open_held(path, who, key, seed, upgrading)?;
    if store.is_none() {
        crate::io::held::forget(&whose.store, std::slice::from_ref(&whose.user));
    }
    Ok(store)
}

/// The first line of a passphrase file.
pub fn read_pass_file(path: &Path) -> Result<Passphrase> {
    let bytes = std::fs::read(path).map_err(|e| {
        let why = if path.is_dir() { i18n::a_directory() } else { e.to_string() };
        Failure::unlock(i18n::pass_file_unreadable(path, &why))
    })?;
    let bytes = Zeroizing::new(bytes);
    let text = std::str::from_utf8(&bytes)
        .map_err(|_| Failure::unlock(i18n::pass_file_unreadable(path, &i18n::not_utf8())))?;
    let pass = Passphrase::from_first_line(text);
    if pass.is_empty() {
        return Err(Failure::unlock(i18n::pass_file_empty(path)));
    }
    Ok(pass)
}

/// A passphrase from an environment variable, when it is set and not empty (set but empty, as
/// `KABINET_PASSPHRASE=` in a script or unit, is no passphrase, not a wrong one).
pub fn pass_from_env(var: &str) -> Result<Option<Passphrase>> {
    match std::env::var_os(var).filter(|v| !v.is_empty()) {
        Some(v) => {
            let v = v.into_string().map_err(|_| Failure::unlock(i18n::pass_env_not_utf8(var)))?;
            Ok(Some(Passphrase::new(Zeroizing::new(v))))
        }
        None => Ok(None),
    }
}

/// The passphrase from a source that is not a person: the file, then the environment.
fn given_passphrase(ctx: &Ctx) -> Result<Option<Passphrase>> {
    if let Some(p) = ctx.fixed_passphrase {
        return Ok(Some(Passphrase::new(Zeroizing::new(p.to_owned()))));
    }
    if let Some(path) = &ctx.passphrase_file {
        return read_pass_file(path).map(Some);
    }
    pass_from_env("KABINET_PASSPHRASE")
}

/// Runs `open` with the passphrase from the first source found: file, environment, then a
/// prompt on a terminal. A typed one that `open` finds wrong is asked for again, up to
/// [`prompt::TRIES`] times, as sudo does; one from a file or the environment is tried once.
/// Never waits without a terminal.
pub fn unlock<T>(ctx: &Ctx, mut open: impl FnMut(&Passphrase) -> Result<T>) -> Result<T> {
    if let Some(pass) = given_passphrase(ctx)? {
        return open(&pass);
    }
    if !ctx.interactive {
        return Err(Failure::unlock(i18n::no_passphrase_source()));
    }
    let mut tries = 1;
    loop {
        match open(&prompt::passphrase(&i18n::prompt_passphrase())?) {
            Err(wrong @ Failure::Said { class: Class::Unlock, .. }) if tries < prompt::TRIES => {
                to_stderr(&wrong.render());
                tries += 1;
            }
            opened => return opened,
        }
    }
}

/// A new store's passphrase: from the file or the environment, else typed twice on a
/// terminal, refused at once when too short.
pub fn new_passphrase(ctx: &Ctx) -> Result<Passphrase> {
    match given_passphrase(ctx)? {
        Some(pass) => Ok(pass),
        None if ctx.interactive => prompt::new_passphrase(&i18n::prompt_passphrase(), |p| {
            Ok(setup::check_new_passphrase(p)?)
        }),
        None => Err(Failure::unlock(i18n::no_passphrase_source())),
    }
}

/// Asks before a destructive step: `--yes` skips, a terminal asks, otherwise refuse (exit 2).
/// A "no" aborts (exit 2).
pub fn confirm(ctx: &Ctx, question: &str) -> Result<()> {
    let yes = if ctx.yes {
        true
    } else if ctx.interactive {
        prompt::confirm(question)?
    } else {
        return Err(Failure::usage(i18n::needs_yes()));
    };
    if yes { Ok(()) } else { Err(Failure::usage(i18n::aborted())) }
}

/// Refuses to write `out` over a file whose loss would hurt: the store (or its journal), the
/// passphrase file, or `input`. The same file is told by device and inode when both exist
/// (so a link or another spelling of the path is caught), else by directory and name. Exit 2,
/// before anything is written; also for a directory (exit 6 for a name ending in `/` that is
/// not one).
pub fn check_output(ctx: &Ctx, out: &Path, input: Option<&Path>) -> Result<()> {
    if out.is_dir() {
        return Err(Failure::usage(i18n::is_a_directory(out, true)));
    }
    if ends_in_slash(out) {
        return Err(Failure::not_found(i18n::no_such_dir(out, out)));
    }
    let beside = |suffix: &str| {
        let mut name = ctx.store_path.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    let kept = [
        (Some(ctx.store_path.clone()), Kept::Store),
        (Some(beside("-journal")), Kept::Store),
        (Some(beside("-wal")), Kept::Store),
        (Some(beside("-shm")), Kept::Store),
        (ctx.passphrase_file.clone(), Kept::Passphrase),
        (input.filter(|p| *p != Path::new("-")).map(Path::to_path_buf), Kept::Input),
    ];
    for (path, what) in kept {
        if let Some(path) = path
            && same_file(out, &path)
        {
            return Err(Failure::usage(i18n::would_overwrite(out, what)));
        }
    }
    Ok(())
}

/// Refuses to read a passphrase file as data — an import, `validate --file`, an attachment, a
/// holidays file: what such a file holds is quoted in messages (an unknown column, a bad row),
/// and a passphrase must never be. The files are `pass_file` (`--passphrase-file`,
/// `KABINET_PASSPHRASE_FILE`) and `KABINET_NEW_PASSPHRASE_FILE`, told by device and inode
/// before a byte is read; `-` is standard input, told the same way.
pub fn check_not_passphrase(pass_file: Option<&Path>, input: &Path) -> Result<()> {
    let read = if input == Path::new("-") { Path::new("/dev/stdin") } else { input };
    let new_file = std::env::var_os("KABINET_NEW_PASSPHRASE_FILE").filter(|v| !v.is_empty());
    let secrets = pass_file.into_iter().chain(new_file.as_deref().map(Path::new));
    for secret in secrets {
        if one_file(read, secret) {
            return Err(Failure::usage(i18n::would_read_passphrase(input)));
        }
    }
    Ok(())
}

/// Refuses a directory given as a file to read: a usage error (exit 2) saying so, not the
/// system's "Is a directory (os error 21)".
pub fn check_input(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Failure::usage(i18n::is_a_directory(path, false)));
    }
    Ok(())
}

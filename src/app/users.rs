//! The store's users: adding one with a role and the kinds they may see, changing a role,
//! removing one (the store re-keyed at once) — each logged.

use super::{Actor, Error, Result};
use crate::crypto::Passphrase;
use crate::domain::{FieldError, ItemKind};
use crate::slots::Role;
use crate::store::{Store, UserInfo};
use crate::validate::Problem;

/// The longest user name, in characters.
const MAX_NAME: usize = 64;

/// A user name: letters, digits, `.`, `_`, `-`, `@`, at most [`MAX_NAME`].
pub fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.chars().count() <= MAX_NAME
        && name.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'));
    if ok {
        return Ok(());
    }
    Err(Error::Invalid(vec![FieldError {
        field: "NAME",
        value: name.to_owned(),
        problem: Problem::Shape { expected: "letters, digits, . _ - @; at most 64" },
    }]))
}

/// The kinds of item a user may see, from `record,doc,appt,application`.
pub fn parse_kinds(list: &str) -> Result<Vec<String>> {
    let mut kinds = Vec::new();
    for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let Some(kind) = ItemKind::ALL.iter().find(|k| k.code() == part.to_lowercase()) else {
            return Err(Error::Invalid(vec![FieldError {
                field: "--kinds",
                value: part.to_owned(),
                problem: Problem::OneOf(KIND_CODES),
            }]));
        };
        if !kinds.contains(&kind.code().to_owned()) {
            kinds.push(kind.code().to_owned());
        }
    }
    if kinds.is_empty() {
        return Err(Error::Invalid(vec![FieldError {
            field: "--kinds",
            value: list.to_owned(),
            problem: Problem::Required,
        }]));
    }
    Ok(kinds)
}

/// The codes of the kinds of item, as `--kinds` takes them.
pub const KIND_CODES: &[&str] = &["record", "doc", "appt", "obligation", "application"];

/// A user as the log keeps them: name, role, kinds and the public key they sign with (which
/// `verify` checks later entries against).
fn logged(u: &UserInfo) -> String {
    serde_json::json!({ "name": u.name, "role": u.role.code(), "kinds": u.kinds, "key": u.key })
        .to_string()
}

fn find(store: &Store, name: &str) -> Option<UserInfo> {
    store.users().into_iter().find(|u| u.name == name)
}

/// Whether `name` can be a new user's: well formed and not taken (checked before the new
/// passphrase is asked for).
pub fn check_new(store: &Store, name: &str) -> Result<()> {
    check_name(name)?;
    if store.users().iter().any(|u| u.name == name) {
        return Err(crate::store::Error::UserExists(name.to_owned()).into());
    }
    Ok(())
}

/// Adds a user with their passphrase, role and kinds; logged. On an office server, returns
/// the SQL a DBA must run for their login role when the caller's server role may not.
pub fn add(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    role: Role,
    kinds: Option<Vec<String>>,
    pass: &Passphrase,
) -> Result<Option<String>> {
    check_name(name)?;
    super::setup::check_new_passphrase(pass)?;
    let for_dba = store.add_user(name, role, kinds, pass)?;
    let after = find(store, name).map(|u| logged(&u));
    store.write(|tx| tx.log(actor, "user add", None, None, after.as_deref()).map(|_| ()))?;
    Ok(for_dba)
}

/// Sets a user's role (and kinds, when given); logged with the role before.
pub fn set_role(
    store: &mut Store,
    actor: &Actor,
    name: &str,
    role: Role,
    kinds: Option<Option<Vec<String>>>,
) -> Result<Option<String>> {
    let b = find(store, name).map(|u| logged(&u));
    let for_dba = store.set_role(name, role, kinds)?;
    let a = find(store, name).map(|u| logged(&u));
    store.write(|tx| tx.log(actor, "user role", None, b.as_deref(), a.as_deref()).map(|_| ()))?;
    Ok(for_dba)
}

/// Removes a user and re-keys the store: their passphrase opens nothing from now on; logged.
pub fn remove(store: &mut Store, actor: &Actor, name: &str) -> Result<Option<String>> {
    let b = find(store, name).map(|u| logged(&u));
    let for_dba = store.remove_user(name)?;
    store.write(|tx| tx.log(actor, "user remove", None, b.as_deref(), None).map(|_| ()))?;
    Ok(for_dba)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_kinds_are_checked() {
        assert!(check_name("ivanova").is_ok());
        assert!(check_name("Иванова.М").is_ok());
        assert!(check_name("cron@server").is_ok());
        assert!(check_name("").is_err());
        assert!(check_name("a b").is_err());
        assert!(check_name("x\u{1b}[31m").is_err());
        assert!(check_name(&"a".repeat(65)).is_err());
        assert_eq!(parse_kinds("doc, Appt,doc").expect("kinds"), ["doc", "appt"]);
        assert!(parse_kinds("docs").is_err());
        assert!(parse_kinds(" , ").is_err());
        assert_eq!(KIND_CODES.len(), ItemKind::ALL.len());
    }
}

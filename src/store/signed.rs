//! Who made each entry of the log, as its signature says: the users a store had at each
//! moment, replayed from the signed log itself (the `users` entry where signing began, then
//! each `user add`, `user role`, `user remove`, `recover` and `recovery-key`), and each entry
//! checked against them — signed at all, by a key the log knows and has not retired, by the
//! user it names, whose role (and kinds) allowed the action then. Finally the users the key
//! file holds against the ones the log says: a role raised by someone who only had the data
//! key shows there.
//!
//! Backend-neutral: the backend hands over the entries in order, with their HMACs.

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::audit::user_of;
use super::verify::{Differs, Finding, Summary};
use crate::domain::ItemKind;
use crate::slots::{self, Role, Table};

/// The action of the entry where a store begins signing.
pub const START: &str = "users";

/// What a user's signature covers: the entry's HMAC, which covers its values and the HMAC of
/// the entry before it (so the whole log up to it).
pub fn message(mac: &[u8]) -> Vec<u8> {
    let mut m = b"kabinet audit v1\0".to_vec();
    m.extend_from_slice(mac);
    m
}

/// The users of a table as the `users` entry lists them: name, role, kinds and public key,
/// and the recovery key's public key.
pub fn roster(table: &Table) -> String {
    let users: Vec<Value> = table
        .users
        .iter()
        .map(|u| json!({ "name": u.name, "role": u.role.code(), "kinds": u.kinds, "key": u.sign_public }))
        .collect();
    let recovery = table.recovery.as_ref().map(|r| r.sign_public.clone());
    json!({ "users": users, "recovery": recovery }).to_string()
}

/// One entry of the log, as the check needs it.
pub struct Signed {
    pub seq: i64,
    pub who: String,
    pub action: String,
    pub item: Option<String>,
    /// The entry's values before and after, as stored (JSON); read only for the actions that
    /// change users.
    pub before: Option<String>,
    pub after: Option<String>,
    pub mac: Vec<u8>,
    pub signer: Option<Vec<u8>>,
    pub sig: Option<Vec<u8>>,
    /// Carried from another store by a push: it names its original author, and is signed by
    /// the admin who pushed it (the original's signature kept beside it).
    pub carried: bool,
}

/// A user as the signed log knows them.
#[derive(Debug, Clone, PartialEq)]
struct Member {
    role: Role,
    kinds: Option<Vec<String>>,
    key: Vec<u8>,
}

/// Who signed an entry.
enum Signer {
    User(String),
    Recovery,
}

/// The users at one moment of the log, and the keys it has retired.
#[derive(Default)]
struct Roster {
    users: BTreeMap<String, Member>,
    recovery: Option<Vec<u8>>,
    /// Keys of removed users, and keys replaced (a passphrase reset), by whose they were.
    retired: BTreeMap<Vec<u8>, String>,
}

fn key_of(v: Option<&Value>) -> Option<Vec<u8>> {
    hex::decode(v?.as_str()?).ok().filter(|k| k.len() == 32)
}

fn kinds_of(v: Option<&Value>) -> Option<Vec<String>> {
    let list = v?.as_array()?;
    Some(list.iter().filter_map(|k| k.as_str().map(str::to_owned)).collect())
}

fn parse(s: Option<&String>) -> Option<Value> {
    serde_json::from_str(s?).ok()
}

fn member(v: &Value) -> Option<(String, Member)> {
    let name = v.get("name")?.as_str()?.to_owned();
    let role = Role::parse(v.get("role")?.as_str()?)?;
    let kinds = kinds_of(v.get("kinds"));
    let key = key_of(v.get("key")).unwrap_or_default();
    Some((name, Member { role, kinds, key }))
}

impl Roster {
    fn from_start(after: Option<&String>) -> Roster {
        let mut r = Roster::default();
        let Some(after) = parse(after) else { return r };
        let users = after.get("users").and_then(Value::as_array);
        r.users = users.into_iter().flatten().filter_map(member).collect();
        r.recovery = key_of(after.get("recovery"));
        r
    }

    fn signer(&self, key: &[u8]) -> Option<Signer> {
        if let Some((name, _)) = self.users.iter().find(|(_, m)| m.key == key) {
            return Some(Signer::User(name.clone()));
        }
        (self.recovery.as_deref() == Some(key)).then_some(Signer::Recovery)
    }

    fn retire(&mut self, key: Vec<u8>, name: &str) {
        if !key.is_empty() {
            self.retired.insert(key, name.to_owned());
        }
    }

    /// Applies a permitted change of users.
    fn apply(&mut self, e: &Signed) {
        let after = parse(e.after.as_ref());
        let after = after.as_ref();
        match e.action.as_str() {
            "user add" | "user role" => {
                let Some((name, mut m)) = after.and_then(member) else { return };
                if let Some(old) = self.users.get(&name) {
                    if m.key.is_empty() {
                        m.key = old.key.clone();
                    } else if m.key != old.key {
                        let old = old.key.clone();
                        self.retire(old, &name);
                    }
                }
                self.users.insert(name, m);
            }
            "user remove" => {
                let before = parse(e.before.as_ref());
                let name = before.as_ref().and_then(|b| b.get("name")).and_then(Value::as_str);
                if let Some(m) = name.and_then(|n| self.users.remove(n)) {
                    self.retire(m.key, name.unwrap_or_default());
                }
            }
            "recover" => {
                let name = after.and_then(|a| a.get("user")).and_then(Value::as_str);
                let key = key_of(after.and_then(|a| a.get("key")));
                if let (Some(name), Some(key)) = (name, key)
                    && let Some(m) = self.users.get_mut(name)
                {
                    let old = std::mem::replace(&mut m.key, key);
                    self.retire(old, name);
                }
            }
            "recovery-key" => {
                if let Some(key) = key_of(after.and_then(|a| a.get("key")))
                    && let Some(old) = self.recovery.replace(key)
                {
                    self.retire(old, slots::RECOVERY);
                }
            }
            _ => {}
        }
    }
}

/// What an action needs: the role, and the kind of item it changes (for a user limited to
/// some kinds).
fn needs(e: &Signed) -> (Role, Option<ItemKind>) {
    let kind_of_item = e
        .item
        .as_deref()
        .and_then(|i| i.chars().next())
        .and_then(|c| ItemKind::ALL.into_iter().find(|k| k.prefix() == c));
    match e.action.as_str() {
        "passwd" => (Role::Reader, None),
        "import" => {
            let after = parse(e.after.as_ref());
            let table = after.as_ref().and_then(|a| a.get("table")).and_then(Value::as_str);
            let kind = ItemKind::ALL.into_iter().find(|k| Some(super::audit::table(*k)) == table);
            (Role::Editor, kind)
        }
        _ if kind_of_item.is_some() => (Role::Editor, kind_of_item),
        // Users, keys, restore, settings, and anything not known: an admin's.
        _ => (Role::Admin, None),
    }
}

fn allows(role: Role, need: Role) -> bool {
    match need {
        Role::Reader => true,
        Role::Editor => matches!(role, Role::Admin | Role::Editor),
        Role::Admin => role == Role::Admin,
    }
}

/// The check, fed the entries of the log in order of `seq`.
#[derive(Default)]
pub struct Checker {
    roster: Option<Roster>,
    summary: Summary,
    findings: Vec<Finding>,
}

impl Checker {
    /// Checks one entry against the users of its moment.
    pub fn entry(&mut self, e: Signed) {
        if e.carried {
            // Not the store's own users' doing: checked as the pusher's, and no change of
            // users it records is this store's.
            match self.roster.as_ref().map(|r| judge_carried(&e, r)) {
                Some(None) => self.summary.signed += 1,
                Some(Some(problem)) => self.findings.push(problem),
                None => self.summary.before += 1,
            }
            return;
        }
        let Some(r) = self.roster.as_mut() else {
            if e.action == START {
                let start = Roster::from_start(e.after.as_ref());
                match judge(&e, &start) {
                    Some(problem) => self.findings.push(problem),
                    None => self.summary.signed += 1,
                }
                self.roster = Some(start);
            } else {
                self.summary.before += 1;
            }
            return;
        };
        if e.action == START {
            self.findings.push(Finding::SigningRestarted(e.seq));
            return;
        }
        match judge(&e, r) {
            Some(problem) => self.findings.push(problem),
            None => {
                self.summary.signed += 1;
                r.apply(&e);
            }
        }
    }

    /// The key file's users against the log's (`table`: `None` for a store without users),
    /// and what was found.
    pub fn finish(mut self, table: Option<&Table>) -> (Summary, Vec<Finding>) {
        match (&self.roster, table) {
            (Some(r), Some(t)) => compare(r, t, &mut self.findings),
            (None, Some(_)) => self.findings.push(Finding::SigningNeverBegan),
            _ => {}
        }
        if let Some(r) = &self.roster {
            self.summary.signers = r
                .users
                .iter()
                .map(|(name, m)| (name.clone(), m.role, slots::key_id(&m.key)))
                .collect();
        }
        (self.summary, self.findings)
    }
}

/// Whether a carried entry is signed, by a known key, of an admin (who pushed it): the first
/// problem, or `None`.
fn judge_carried(e: &Signed, r: &Roster) -> Option<Finding> {
    let (Some(key), Some(sig)) = (&e.signer, &e.sig) else {
        return Some(Finding::Unsigned(e.seq));
    };
    if !slots::verify_signature(key, &message(&e.mac), sig) {
        return Some(Finding::BadSignature(e.seq));
    }
    match r.signer(key) {
        Some(Signer::User(name)) => {
            let role = r.users.get(&name).map(|m| m.role);
            (role != Some(Role::Admin)).then(|| Finding::NotAllowed {
                seq: e.seq,
                user: name,
                role: role.unwrap_or(Role::Reader),
                action: format!("push ({})", e.action),
                item: e.item.clone(),
            })
        }
        Some(Signer::Recovery) => None,
        None => Some(match r.retired.get(key) {
            Some(name) => Finding::RetiredKey { seq: e.seq, user: name.clone() },
            None => Finding::UnknownKey { seq: e.seq, key: slots::key_id(key) },
        }),
    }
}

/// Whether the entry is signed, by a known key, by the user it names, whose role allowed it:
/// the first problem, or `None`.
fn judge(e: &Signed, r: &Roster) -> Option<Finding> {
    let (Some(key), Some(sig)) = (&e.signer, &e.sig) else {
        return Some(Finding::Unsigned(e.seq));
    };
    if !slots::verify_signature(key, &message(&e.mac), sig) {
        return Some(Finding::BadSignature(e.seq));
    }
    let named = user_of(&e.who).map(str::to_owned);
    let signer = match r.signer(key) {
        Some(s) => s,
        None => {
            return Some(match r.retired.get(key) {
                Some(name) => Finding::RetiredKey { seq: e.seq, user: name.clone() },
                None => Finding::UnknownKey { seq: e.seq, key: slots::key_id(key) },
            });
        }
    };
    let (need, kind) = needs(e);
    let (name, role, kinds) = match signer {
        // The recovery key is an admin's: it names no user (who opened the store with it is
        // known only by the OS user).
        Signer::Recovery => {
            if let Some(named) = named {
                return Some(Finding::WrongSigner {
                    seq: e.seq,
                    named,
                    signer: slots::RECOVERY.into(),
                });
            }
            return None;
        }
        Signer::User(name) => {
            let m = r.users.get(&name)?;
            (name, m.role, m.kinds.as_ref())
        }
    };
    if named.as_deref() != Some(name.as_str()) {
        return Some(Finding::WrongSigner {
            seq: e.seq,
            named: named.unwrap_or_else(|| e.who.clone()),
            signer: name,
        });
    }
    let kind_ok = match (kinds, kind) {
        (Some(kinds), Some(k)) => kinds.iter().any(|c| c == k.code()),
        _ => true,
    };
    if e.action == START || (allows(role, need) && kind_ok) {
        return None;
    }
    Some(Finding::NotAllowed {
        seq: e.seq,
        user: name,
        role,
        action: e.action.clone(),
        item: e.item.clone(),
    })
}

/// The key file's users against the log's.
fn compare(r: &Roster, table: &Table, findings: &mut Vec<Finding>) {
    for slot in &table.users {
        let key = hex::decode(&slot.sign_public).unwrap_or_default();
        match r.users.get(&slot.name) {
            None => findings.push(Finding::UserNotLogged(slot.name.clone())),
            Some(m) if m.role != slot.role => findings.push(Finding::UserDiffers {
                user: slot.name.clone(),
                differs: Differs::Role { logged: m.role, kept: slot.role },
            }),
            Some(m) if m.kinds != slot.kinds => findings
                .push(Finding::UserDiffers { user: slot.name.clone(), differs: Differs::Kinds }),
            Some(m) if m.key != key => findings
                .push(Finding::UserDiffers { user: slot.name.clone(), differs: Differs::Key }),
            Some(_) => {}
        }
    }
    for name in r.users.keys() {
        if table.user(name).is_none() {
            findings.push(Finding::UserGone(name.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::Passphrase;
    use zeroize::Zeroizing;

    fn pass(s: &str) -> Passphrase {
        Passphrase::new(Zeroizing::new(s.to_owned()))
    }

    /// An entry signed by `key` (over a stand-in HMAC made from its number).
    fn entry(
        seq: i64,
        who: &str,
        action: &str,
        item: Option<&str>,
        after: Option<Value>,
        key: &slots::SigningKey,
    ) -> Signed {
        let mac = vec![seq as u8; 16];
        Signed {
            seq,
            who: who.into(),
            action: action.into(),
            item: item.map(str::to_owned),
            before: None,
            after: after.map(|a| a.to_string()),
            sig: Some(key.sign(&message(&mac)).to_vec()),
            signer: Some(key.public().to_vec()),
            mac,
            carried: false,
        }
    }

    #[test]
    fn a_role_is_judged_as_it_was_when_the_entry_was_made() {
        let data = slots::new_data_key().expect("key");
        let at = "2026-12-07T10:00:00";
        let (mut table, code, admin) = Table::new(&data, "ivanova", &pass("п1"), at).expect("new");
        table.add_user("petrov", Role::Editor, None, &pass("п2"), &data, at).expect("add");
        let petrov = table.unlock("petrov", &pass("п2")).expect("unlock").signing.expect("key");
        let recovery = table.unlock_recovery(&code).expect("recovery").signing.expect("key");
        let start = serde_json::from_str(&roster(&table)).expect("json");
        let mut c = Checker::default();
        c.entry(entry(1, "ivanova (a@h)", START, None, Some(start), &admin));
        c.entry(entry(2, "petrov (p@h)", "add", Some("R-1"), None, &petrov));
        let demoted = json!({ "name": "petrov", "role": "reader", "kinds": null });
        c.entry(entry(3, "ivanova (a@h)", "user role", None, Some(demoted), &admin));
        c.entry(entry(4, "petrov (p@h)", "edit", Some("R-1"), None, &petrov));
        c.entry(entry(5, "petrov (p@h)", "passwd", None, None, &petrov));
        c.entry(entry(6, "root@h", "recover", None, None, &recovery));
        c.entry(entry(7, "ivanova (a@h)", START, None, None, &admin));
        table.set_role("petrov", Role::Reader, None, &data, at).expect("role");
        let (summary, found) = c.finish(Some(&table));
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(matches!(&found[0], Finding::NotAllowed { seq: 4, role: Role::Reader, .. }));
        assert!(matches!(found[1], Finding::SigningRestarted(7)));
        assert_eq!(summary.signed, 5);
        assert_eq!(summary.signers.len(), 2);
        // The key file says editor while the log says reader.
        table.set_role("petrov", Role::Editor, None, &data, at).expect("role");
        let mut c = Checker::default();
        let start = serde_json::from_str(&roster(&table)).expect("json");
        c.entry(entry(1, "ivanova (a@h)", START, None, Some(start), &admin));
        c.entry(entry(
            2,
            "ivanova (a@h)",
            "user role",
            None,
            Some(json!({ "name": "petrov", "role": "reader" })),
            &admin,
        ));
        let (_, found) = c.finish(Some(&table));
        assert!(
            matches!(
                &found[..],
                [Finding::UserDiffers {
                    differs: Differs::Role { logged: Role::Reader, kept: Role::Editor },
                    ..
                }]
            ),
            "{found:?}"
        );
        // A store with users whose log never began signing.
        let (_, found) = Checker::default().finish(Some(&table));
        assert!(matches!(found[..], [Finding::SigningNeverBegan]));
    }
}

//! A store's key held for a login session (`kabinet unlock`): in the Linux kernel keyring,
//! never on disk, in swap, in the environment or on a command line. The key lives in the
//! session keyring as a `user` key that only its possessors — processes of this login session,
//! of this OS user — may read; the kernel forgets it after its time-out (renewed at each use:
//! the idle time-out), at `kabinet lock`, or when the session's keyring goes at logout. An
//! absolute limit is kept in the payload and enforced at each use.
//!
//! Payload: `KBS1`, then (little-endian u64) when made, the absolute limit, the idle time-out
//! in seconds and when last used; the data key (32 bytes); a flag and the user's signing seed
//! (32 bytes); the user's name.

use linux_keyutils::{KeyRing, KeyRingIdentifier};
use zeroize::Zeroizing;

const MAGIC: &[u8; 4] = b"KBS1";

/// What a session holds.
pub struct Held {
    pub user: String,
    pub key: Zeroizing<[u8; 32]>,
    pub seed: Option<Zeroizing<[u8; 32]>>,
    /// Unix seconds: when it was made, when it ends at the latest, when it was last used.
    pub made: u64,
    pub limit: u64,
    pub last_used: u64,
    /// Seconds without use after which it is gone.
    pub idle: u64,
}

impl std::fmt::Debug for Held {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Held").field("user", &self.user).finish_non_exhaustive()
    }
}

/// Why the keyring could not be used.
#[derive(Debug, thiserror::Error)]
#[error("the kernel keyring: {0}")]
pub struct KeyringError(pub String);

fn keyring() -> Result<KeyRing, KeyringError> {
    // Never create one: a session keyring made for this process alone would go with it.
    KeyRing::from_special_id(KeyRingIdentifier::Session, false)
        .map_err(|e| KeyringError(format!("{e:?}")))
}

/// The key's description: the store (its random ID) and the user.
fn description(store: &str, user: &str) -> String {
    format!("kabinet:v1:{store}:{user}")
}

impl Held {
    fn encode(&self) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(120 + self.user.len()));
        out.extend_from_slice(MAGIC);
        for n in [self.made, self.limit, self.idle, self.last_used] {
            out.extend_from_slice(&n.to_le_bytes());
        }
        out.extend_from_slice(self.key.as_ref());
        match &self.seed {
            Some(s) => {
                out.push(1);
                out.extend_from_slice(s.as_ref());
            }
            None => {
                out.push(0);
                out.extend_from_slice(&[0; 32]);
            }
        }
        out.extend_from_slice(self.user.as_bytes());
        out
    }

    fn decode(bytes: &[u8]) -> Option<Held> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let num = |i: usize| -> Option<u64> {
            Some(u64::from_le_bytes(rest.get(i * 8..i * 8 + 8)?.try_into().ok()?))
        };
        let (made, limit, idle, last_used) = (num(0)?, num(1)?, num(2)?, num(3)?);
        let key: [u8; 32] = rest.get(32..64)?.try_into().ok()?;
        let has_seed = *rest.get(64)? == 1;
        let seed: [u8; 32] = rest.get(65..97)?.try_into().ok()?;
        let user = std::str::from_utf8(rest.get(97..)?).ok()?.to_owned();
        Some(Held {
            user,
            key: Zeroizing::new(key),
            seed: has_seed.then(|| Zeroizing::new(seed)),
            made,
            limit,
            last_used,
            idle,
        })
    }

    /// When it ends if not used again: the idle time-out from its last use, or the limit.
    pub fn ends(&self) -> u64 {
        (self.last_used + self.idle).min(self.limit)
    }
}

/// Holds `held` for the store `store` in the session keyring, replacing what was held for
/// that store and user; the kernel drops it after the idle time-out.
pub fn hold(store: &str, held: &Held, now: u64) -> Result<(), KeyringError> {
    let ring = keyring()?;
    let key = ring
        .add_key(&description(store, &held.user), held.encode().as_slice())
        .map_err(|e| KeyringError(format!("{e:?}")))?;
    let timeout = held.ends().saturating_sub(now).max(1);
    key.set_timeout(timeout as usize).map_err(|e| KeyringError(format!("{e:?}")))
}

/// The key held for `store` and `user`, if this OS user made it (a process of another user
/// that shares the session keyring — only root can arrange that — is not served).
fn find(store: &str, user: &str) -> Option<linux_keyutils::Key> {
    let key = keyring().ok()?.search(&description(store, user)).ok()?;
    let mine = key.metadata().ok()?.get_uid() == own_uid()?;
    mine.then_some(key)
}

/// This process's user ID, as the owner of its `/proc` entry.
fn own_uid() -> Option<u32> {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata("/proc/self").ok().map(|m| m.uid())
}

/// What is held for `store` and `user`, if anything still is: past its limit it is dropped and
/// `None`; otherwise its last use is now and the idle time-out starts again.
pub fn take(store: &str, user: &str, now: u64) -> Option<Held> {
    let key = find(store, user)?;
    let bytes = Zeroizing::new(key.read_to_vec().ok()?);
    let mut held = Held::decode(&bytes)?;
    if now >= held.limit || held.user != user {
        let _ = key.invalidate();
        return None;
    }
    held.last_used = now;
    if key.update(&held.encode().as_slice()).is_ok() {
        let _ = key.set_timeout(held.ends().saturating_sub(now).max(1) as usize);
    }
    Some(held)
}

/// What is held for `store` and `user` without touching it (for `status`).
pub fn peek(store: &str, user: &str) -> Option<Held> {
    let key = find(store, user)?;
    let bytes = Zeroizing::new(key.read_to_vec().ok()?);
    Held::decode(&bytes)
}

/// Forgets what is held for `store` and each of `users`; how many were held.
pub fn forget(store: &str, users: &[String]) -> usize {
    let Ok(ring) = keyring() else { return 0 };
    users
        .iter()
        .filter_map(|u| ring.search(&description(store, u)).ok())
        .map(|key| {
            let _ = key.invalidate();
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_key_reads_back_as_it_was_made() {
        let held = Held {
            user: "иванова".into(),
            key: Zeroizing::new([7; 32]),
            seed: Some(Zeroizing::new([9; 32])),
            made: 100,
            limit: 100 + 36_000,
            last_used: 200,
            idle: 900,
        };
        let back = Held::decode(&held.encode()).expect("decodes");
        assert_eq!(back.user, "иванова");
        assert_eq!(*back.key, [7; 32]);
        assert_eq!(back.seed.as_deref(), Some(&[9; 32]));
        assert_eq!((back.made, back.limit, back.idle, back.last_used), (100, 36_100, 900, 200));
        assert_eq!(back.ends(), 1_100);
        assert!(Held::decode(b"KBS0").is_none());
        assert!(Held::decode(&held.encode()[..50]).is_none());
    }
}

//! Secrets and key derivation: passphrases, store keys (Argon2id), random salts.
//!
//! Secret types have no `Clone`, no `Serialize`, a redacted `Debug`, and are zeroized on drop.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use ring::rand::{SecureRandom, SystemRandom};
use zeroize::Zeroizing;

/// Key derivation or the random source failed: neither is the user's doing.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the system random source failed")]
    Random,
    #[error("argon2: {0}")]
    Kdf(String),
}

type Result<T> = std::result::Result<T, Error>;

/// Length of SQLCipher's per-file salt, which is also the Argon2id salt.
pub const SALT_LEN: usize = 16;
/// Length of the raw SQLCipher key.
pub const KEY_LEN: usize = 32;

pub type Salt = [u8; SALT_LEN];

/// A passphrase typed by the user or read from a file or the environment.
pub struct Passphrase(Zeroizing<String>);

impl Passphrase {
    pub fn new(text: Zeroizing<String>) -> Self {
        Passphrase(text)
    }

    /// The first line of a file's contents, without its line ending.
    pub fn from_first_line(contents: &str) -> Self {
        let line = contents.lines().next().unwrap_or("");
        Passphrase(Zeroizing::new(line.to_owned()))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn char_count(&self) -> usize {
        self.0.chars().count()
    }

    /// Whether two entries are the same text (a new passphrase typed twice).
    pub fn same_as(&self, other: &Passphrase) -> bool {
        *self.0 == *other.0
    }

    pub(crate) fn expose(&self) -> &[u8] {
        self.0.as_bytes()
    }
}

impl fmt::Debug for Passphrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Passphrase(<redacted>)")
    }
}

/// A raw 256-bit store key.
pub struct Key(Zeroizing<[u8; KEY_LEN]>);

impl fmt::Debug for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Key(<redacted>)")
    }
}

impl Key {
    /// A key from raw bytes (a random one for a store that is thrown away; tests).
    pub fn from_bytes(bytes: [u8; KEY_LEN]) -> Key {
        Key(Zeroizing::new(bytes))
    }

    /// The value for `PRAGMA key` / `ATTACH … KEY`: SQLCipher's raw key with an explicit salt,
    /// `x'<64 hex key><32 hex salt>'`, so no passphrase-based KDF runs inside SQLCipher and the
    /// salt stays in the file's first 16 bytes.
    pub(crate) fn sqlcipher_literal(&self, salt: &Salt) -> Zeroizing<String> {
        let mut digits = Zeroizing::new([0u8; 2 * (KEY_LEN + SALT_LEN)]);
        let (key, rest) = digits.split_at_mut(2 * KEY_LEN);
        // The lengths are fixed by the types: these cannot fail.
        let _ = hex::encode_to_slice(self.0.as_ref(), key);
        let _ = hex::encode_to_slice(salt, rest);
        let mut s = Zeroizing::new(String::with_capacity(3 + digits.len()));
        s.push_str("x'");
        s.extend(digits.iter().map(|d| char::from(*d)));
        s.push('\'');
        s
    }

    /// The key's bytes, for checking SQLCipher's page HMACs ([`crate::store`]).
    pub(crate) fn expose(&self) -> &[u8; KEY_LEN] {
        &self.0
    }

    /// A second copy, zeroized on drop like the first: for a tool that opens many files with
    /// one derived key (the fuzzer). Not `Clone`, so that no copy is made by accident.
    pub fn duplicate(&self) -> Key {
        Key(Zeroizing::new(*self.0))
    }
}

/// Argon2id parameters, fixed per key-derivation version so they can be raised later: a store
/// is opened by trying the known versions newest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    pub version: u32,
    pub memory_kib: u32,
    pub passes: u32,
    pub lanes: u32,
}

/// Version 1: 64 MiB, 3 passes, 1 lane.
pub const KDF_V1: KdfParams = KdfParams { version: 1, memory_kib: 64 * 1024, passes: 3, lanes: 1 };

/// Version 2: RFC 9106's second recommended option, 64 MiB, 3 passes, 4 lanes. The same memory
/// and passes as version 1, so no cheaper to attack, but the lanes are filled on every core at
/// once: unlocking takes about half as long on two cores.
pub const KDF_V2: KdfParams = KdfParams { version: 2, memory_kib: 64 * 1024, passes: 3, lanes: 4 };

/// Every known parameter set, newest first. New stores use the first.
pub const KDF_VERSIONS: &[KdfParams] = &[KDF_V2, KDF_V1];

/// Derives the store key from a passphrase and the file's salt.
pub fn derive_key(pass: &Passphrase, salt: &Salt, params: KdfParams) -> Result<Key> {
    let p = Params::new(params.memory_kib, params.passes, params.lanes, Some(KEY_LEN))
        .map_err(|e| Error::Kdf(format!("parameters: {e}")))?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, p);
    let mut out = Zeroizing::new([0u8; KEY_LEN]);
    argon
        .hash_password_into(pass.expose(), salt, out.as_mut())
        .map_err(|e| Error::Kdf(e.to_string()))?;
    Ok(Key(out))
}

/// Fills a buffer from the operating system's secure random source.
pub fn random_bytes<const N: usize>() -> Result<[u8; N]> {
    let mut buf = [0u8; N];
    SystemRandom::new().fill(&mut buf).map_err(|_| Error::Random)?;
    Ok(buf)
}

/// A fresh UUID (version 7, RFC 9562): Unix milliseconds, then random bits. Unique across
/// stores, and time-ordered, so a batch import appends to the `uuid` index instead of
/// scattering writes over it. The wall clock is used, not the pinned "now": the time part is for
/// ordering only and is never shown. The random bits are not secret: a UUID is an identifier.
pub fn new_uuid() -> String {
    uuid::Uuid::now_v7().to_string()
}

/// SHA-256 in lowercase hex: the name an attachment's content is kept under.
pub fn sha256_hex(data: &[u8]) -> String {
    hex::encode(ring::digest::digest(&ring::digest::SHA256, data))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_literal_has_key_and_salt() {
        let pass = Passphrase::new(Zeroizing::new("секрет".into()));
        let salt = [7u8; SALT_LEN];
        let small = KdfParams { version: 0, memory_kib: 64, passes: 1, lanes: 1 };
        let key = derive_key(&pass, &salt, small).expect("derive");
        let lit = key.sqlcipher_literal(&salt);
        assert_eq!(lit.len(), 3 + 96);
        assert!(lit.ends_with("07070707070707070707070707070707'"));
        assert_eq!(format!("{key:?}"), "Key(<redacted>)");
        assert_eq!(format!("{pass:?}"), "Passphrase(<redacted>)");
    }

    #[test]
    fn first_line_only() {
        let p = Passphrase::from_first_line("abc\r\nsecond\n");
        assert_eq!(p.expose(), b"abc");
    }

    #[test]
    fn uuid_shape() {
        let u = new_uuid();
        assert_eq!(u.len(), 36);
        assert_eq!(&u[14..15], "7");
        assert!(matches!(&u[19..20], "8" | "9" | "a" | "b"));
        let later = new_uuid();
        assert!(later[..8] >= u[..8], "time-ordered");
    }
}

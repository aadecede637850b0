//! Signed exports: the store's Ed25519 key pair (ring) and minisign's file formats, so that
//! anyone can check an export with the stock `minisign` tool, without kabinet or the passphrase.
//!
//! A signature is minisign's "prehashed" kind: Ed25519 over the BLAKE2b-512 hash of the file,
//! so a file of any size is hashed as a stream, plus a trusted comment (time and file name)
//! signed together with the signature. The key pair is made when a store is created (or by a
//! migration for an older one) and kept inside the encrypted store; the key ID is random, as
//! minisign's are.

use std::fs::File;
use std::io::Read;
use std::path::Path;

use base64ct::{Base64, Encoding};
use blake2::{Blake2b512, Digest};
use ring::rand::SystemRandom;
use ring::signature::{ED25519, Ed25519KeyPair, KeyPair, UnparsedPublicKey};
use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use crate::crypto;
use crate::error::{Error, Result};
use crate::i18n;

/// minisign's algorithm tags: "Ed" on keys, "ED" on prehashed signatures.
const KEY_ALG: &[u8; 2] = b"Ed";
const PREHASHED: &[u8; 2] = b"ED";
const LEGACY: &[u8; 2] = b"Ed";

/// The `meta` rows that hold the key pair.
const META_SECRET: &str = "signing_key_pkcs8";
const META_KEY_ID: &str = "signing_key_id";

/// Makes a key pair and records it in the store (inside the caller's transaction). Does
/// nothing when the store already has one.
pub fn ensure_key(conn: &Connection) -> Result<()> {
    let have: Option<String> = conn
        .query_row("SELECT value FROM meta WHERE key = ?1", [META_SECRET], |r| r.get(0))
        .optional()?;
    if have.is_some() {
        return Ok(());
    }
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&SystemRandom::new())
        .map_err(|_| Error::Internal("the system random source failed".into()))?;
    let secret = Zeroizing::new(hex(pkcs8.as_ref()));
    let key_id: [u8; 8] = crypto::random_bytes()?;
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2), (?3, ?4)",
        [META_SECRET, secret.as_str(), META_KEY_ID, &hex(&key_id)],
    )?;
    Ok(())
}

/// The store's signing key.
pub struct Signer {
    pair: Ed25519KeyPair,
    key_id: [u8; 8],
}

impl Signer {
    pub fn load(conn: &Connection) -> Result<Signer> {
        let get = |k: &str| -> Result<Zeroizing<String>> {
            let v: Option<String> = conn
                .query_row("SELECT value FROM meta WHERE key = ?1", [k], |r| r.get(0))
                .optional()?;
            v.map(Zeroizing::new).ok_or_else(|| Error::Damaged(i18n::signing_key_missing()))
        };
        let secret = Zeroizing::new(unhex(&get(META_SECRET)?).ok_or_else(bad_key)?);
        let pair = Ed25519KeyPair::from_pkcs8(&secret).map_err(|_| bad_key())?;
        let id = unhex(&get(META_KEY_ID)?).ok_or_else(bad_key)?;
        let key_id: [u8; 8] = id.try_into().map_err(|_| bad_key())?;
        Ok(Signer { pair, key_id })
    }

    pub fn public(&self) -> PublicKey {
        let mut key = [0u8; 32];
        key.copy_from_slice(self.pair.public_key().as_ref());
        PublicKey { key, key_id: self.key_id }
    }

    /// Signs a file's contents; returns the text of its `.sig` file. `name` goes into the
    /// trusted comment, as minisign puts it there.
    pub fn sign_file(&self, file: &mut File, name: &str, when: i64) -> Result<String> {
        let hash = hash(file)?;
        let sig = self.pair.sign(&hash);
        let mut line = Vec::with_capacity(74);
        line.extend_from_slice(PREHASHED);
        line.extend_from_slice(&self.key_id);
        line.extend_from_slice(sig.as_ref());
        let trusted = format!("timestamp:{when}\tfile:{name}\thashed");
        let mut global = sig.as_ref().to_vec();
        global.extend_from_slice(trusted.as_bytes());
        let global = self.pair.sign(&global);
        Ok(format!(
            "untrusted comment: signature from kabinet secret key\n{}\ntrusted comment: {trusted}\n{}\n",
            Base64::encode_string(&line),
            Base64::encode_string(global.as_ref())
        ))
    }
}

fn bad_key() -> Error {
    Error::Damaged(i18n::signing_key_damaged())
}

/// A public key, as minisign writes and reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    key: [u8; 32],
    key_id: [u8; 8],
}

impl PublicKey {
    /// The key ID as minisign prints it: the 8 bytes read as a little-endian number, in hex.
    pub fn key_id(&self) -> String {
        format!("{:016X}", u64::from_le_bytes(self.key_id))
    }

    /// The one-line form (`RWQ…`), as given to `minisign -P`.
    pub fn base64(&self) -> String {
        let mut b = Vec::with_capacity(42);
        b.extend_from_slice(KEY_ALG);
        b.extend_from_slice(&self.key_id);
        b.extend_from_slice(&self.key);
        Base64::encode_string(&b)
    }

    /// The contents of a minisign public key file (`minisign -p FILE`).
    pub fn file_text(&self) -> String {
        format!("untrusted comment: minisign public key {}\n{}\n", self.key_id(), self.base64())
    }

    /// Reads a public key file, or the bare `RWQ…` line.
    pub fn parse(text: &str) -> Result<PublicKey> {
        let line = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .ok_or_else(|| Error::Invalid(i18n::public_key_unreadable()))?;
        let b =
            Base64::decode_vec(line).map_err(|_| Error::Invalid(i18n::public_key_unreadable()))?;
        if b.len() != 42 || &b[..2] != KEY_ALG {
            return Err(Error::Invalid(i18n::public_key_unreadable()));
        }
        let mut key_id = [0u8; 8];
        key_id.copy_from_slice(&b[2..10]);
        let mut key = [0u8; 32];
        key.copy_from_slice(&b[10..]);
        Ok(PublicKey { key, key_id })
    }

    /// Checks a file against the text of its `.sig` file. On success, returns the trusted
    /// comment; on failure, an error (exit 4) saying which check failed.
    pub fn verify(&self, file: &mut File, sig_text: &str) -> Result<String> {
        let mut lines = sig_text.lines();
        let malformed = || Error::Damaged(i18n::signature_malformed());
        let _untrusted = lines.next().filter(|l| l.starts_with("untrusted comment:"));
        let sig_line = lines.next().ok_or_else(malformed)?;
        let trusted =
            lines.next().and_then(|l| l.strip_prefix("trusted comment: ")).ok_or_else(malformed)?;
        let global = lines.next().ok_or_else(malformed)?;
        let sig = Base64::decode_vec(sig_line.trim()).map_err(|_| malformed())?;
        let global = Base64::decode_vec(global.trim()).map_err(|_| malformed())?;
        if sig.len() != 74 || global.len() != 64 {
            return Err(malformed());
        }
        let (alg, rest) = sig.split_at(2);
        let (key_id, signature) = rest.split_at(8);
        if key_id != self.key_id {
            let mut other = [0u8; 8];
            other.copy_from_slice(key_id);
            let other = PublicKey { key: [0; 32], key_id: other };
            return Err(Error::Damaged(i18n::signature_other_key(&other.key_id(), &self.key_id())));
        }
        let public = UnparsedPublicKey::new(&ED25519, &self.key);
        let good = if alg == PREHASHED {
            public.verify(&hash(file)?, signature).is_ok()
        } else if alg == LEGACY {
            let mut all = Vec::new();
            file.read_to_end(&mut all)?;
            public.verify(&all, signature).is_ok()
        } else {
            return Err(malformed());
        };
        if !good {
            return Err(Error::Damaged(i18n::signature_mismatch()));
        }
        let mut signed = signature.to_vec();
        signed.extend_from_slice(trusted.as_bytes());
        if public.verify(&signed, &global).is_err() {
            return Err(Error::Damaged(i18n::signature_comment_altered()));
        }
        Ok(trusted.to_owned())
    }
}

/// BLAKE2b-512 of a file, read as a stream from its start.
fn hash(file: &mut File) -> Result<Vec<u8>> {
    use std::io::{Seek, SeekFrom};
    file.seek(SeekFrom::Start(0))?;
    let mut h = Blake2b512::new();
    let mut buf = vec![0u8; 1 << 16];
    loop {
        let n = file.read(&mut buf)?;
        if n == 0 {
            break;
        }
        h.update(&buf[..n]);
    }
    Ok(h.finalize().to_vec())
}

/// The path of a file's signature: `FILE.sig`.
pub fn sig_path(file: &Path) -> std::path::PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".sig");
    s.into()
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Seek, Write};

    fn store() -> Connection {
        let c = Connection::open_in_memory().expect("db");
        c.execute_batch("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            .expect("t");
        ensure_key(&c).expect("key");
        c
    }

    #[test]
    fn sign_and_verify_round_trip_and_flip() {
        let c = store();
        let signer = Signer::load(&c).expect("load");
        let mut f = tempfile::tempfile().expect("tmp");
        f.write_all("Журнал, страница 1\n".repeat(10_000).as_bytes()).expect("w");
        let sig = signer.sign_file(&mut f, "j.csv", 1_790_000_000).expect("sign");
        let pk = PublicKey::parse(&signer.public().file_text()).expect("parse");
        assert_eq!(pk, signer.public());
        assert_eq!(
            pk.verify(&mut f, &sig).expect("good"),
            "timestamp:1790000000\tfile:j.csv\thashed"
        );
        // One flipped byte in the file.
        f.seek(std::io::SeekFrom::Start(5)).expect("seek");
        f.write_all(b"X").expect("w");
        assert!(matches!(pk.verify(&mut f, &sig), Err(Error::Damaged(_))));
    }

    #[test]
    fn altered_trusted_comment_is_caught() {
        let c = store();
        let signer = Signer::load(&c).expect("load");
        let mut f = tempfile::tempfile().expect("tmp");
        f.write_all(b"data").expect("w");
        let sig = signer.sign_file(&mut f, "a", 1).expect("sign");
        let forged = sig.replace("file:a", "file:b");
        let err = signer.public().verify(&mut f, &forged).expect_err("forged");
        assert!(matches!(err, Error::Damaged(_)));
    }

    #[test]
    fn ensure_key_keeps_an_existing_key() {
        let c = store();
        let before = Signer::load(&c).expect("load").public();
        ensure_key(&c).expect("again");
        assert_eq!(Signer::load(&c).expect("load").public(), before);
    }
}

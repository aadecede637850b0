//! Signed exports: the store's Ed25519 key in minisign's formats (the `minisign` crate), so that
//! anyone can check an export with the stock `minisign` tool, without kabinet or the passphrase.
//!
//! A signature is minisign's "prehashed" kind: Ed25519 over the BLAKE2b-512 hash of the file,
//! so a file of any size is hashed as a stream, plus a trusted comment (time and file name)
//! signed together with the signature. The key pair is made when a store is created (or by a
//! migration for an older one) and kept inside the encrypted store as a PKCS#8 document and a
//! random key ID, as minisign's are.

use std::fs::File;
use std::io::{Seek, SeekFrom};
use std::path::{Path, PathBuf};

use ring::rand::SystemRandom;
use ring::signature::{Ed25519KeyPair, KeyPair};
use zeroize::Zeroizing;

/// The untrusted comment of our signatures (minisign prints it, nobody checks it).
const UNTRUSTED: &str = "signature from kabinet secret key";

/// Why signing or checking a signature failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The store's key pair is not there (exit 4).
    #[error("the store has no signing key")]
    KeyMissing,
    /// The store's key pair does not read (exit 4).
    #[error("the store's signing key is damaged")]
    KeyDamaged,
    /// A public key given by the user is not minisign's (exit 5).
    #[error("not a minisign public key")]
    PublicKeyUnreadable,
    /// The signature file is not minisign's four lines (exit 4).
    #[error("not a minisign signature")]
    Malformed,
    /// Signed by another key (exit 4).
    #[error("signed with key {found}, not {expected}")]
    OtherKey { found: String, expected: String },
    /// The file changed after it was signed (exit 4).
    #[error("the file does not match its signature")]
    Mismatch,
    /// The trusted comment (time, file name) was altered (exit 4).
    #[error("the trusted comment does not match its signature")]
    CommentAltered,
    /// Reading the file failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// The system random source failed.
    #[error("the system random source failed")]
    Random,
}

type Result<T> = std::result::Result<T, Error>;

/// The key pair as the store keeps it: ring's PKCS#8 v2 document and minisign's key ID.
pub struct StoredKey {
    pub pkcs8: Zeroizing<Vec<u8>>,
    pub key_id: [u8; 8],
}

impl StoredKey {
    /// A new random key pair.
    pub fn generate() -> Result<StoredKey> {
        let rng = SystemRandom::new();
        let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| Error::Random)?;
        let key_id: [u8; 8] = ring::rand::generate(&rng).map_err(|_| Error::Random)?.expose();
        Ok(StoredKey { pkcs8: Zeroizing::new(pkcs8.as_ref().to_vec()), key_id })
    }
}

/// The store's signing key.
pub struct Signer {
    sk: minisign::SecretKey,
    pk: minisign::PublicKey,
}

/// Where the 32-byte seed sits in the PKCS#8 v2 document ring writes for an Ed25519 key
/// (RFC 8410: version, algorithm, then the private key as an OCTET STRING in an OCTET STRING).
const SEED: std::ops::Range<usize> = 16..48;

impl Signer {
    pub fn new(stored: &StoredKey) -> Result<Signer> {
        let pair = Ed25519KeyPair::from_pkcs8(&stored.pkcs8).map_err(|_| Error::KeyDamaged)?;
        let seed = stored.pkcs8.get(SEED).ok_or(Error::KeyDamaged)?;
        let public = pair.public_key().as_ref();
        // minisign's secret key: algorithm, no KDF (not encrypted), checksum algorithm, the KDF's
        // unused salt and limits, the key ID, the Ed25519 secret (seed and public key), and the
        // checksum (unchecked for a key that is not encrypted).
        let mut raw = Zeroizing::new(Vec::with_capacity(158));
        raw.extend_from_slice(b"Ed\0\0B2");
        raw.extend_from_slice(&[0u8; 48]);
        raw.extend_from_slice(&stored.key_id);
        raw.extend_from_slice(seed);
        raw.extend_from_slice(public);
        raw.extend_from_slice(&[0u8; 32]);
        let sk = minisign::SecretKey::from_bytes(&raw).map_err(|_| Error::KeyDamaged)?;
        let pk = public_key(&stored.key_id, public)?;
        Ok(Signer { sk, pk })
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.pk.clone())
    }

    /// Signs a file's contents, read from its start; returns the text of its `.sig` file.
    /// `name` goes into the trusted comment, as minisign puts it there, and `head` (where the
    /// store's audit trail stood, `SEQ:HASH`) after it.
    pub fn sign_file(
        &self,
        file: &mut File,
        name: &str,
        when: i64,
        head: Option<&str>,
    ) -> Result<String> {
        file.seek(SeekFrom::Start(0))?;
        let mut trusted = format!("timestamp:{when}\tfile:{name}\thashed");
        if let Some(head) = head {
            trusted.push_str(&format!("\thead:{head}"));
        }
        let sig = minisign::sign(Some(&self.pk), &self.sk, file, Some(&trusted), Some(UNTRUSTED))
            .map_err(|e| match e.kind() {
            minisign::ErrorKind::Io => Error::Io(std::io::Error::other(e.to_string())),
            _ => Error::KeyDamaged,
        })?;
        Ok(sig.into_string())
    }
}

fn public_key(key_id: &[u8; 8], key: &[u8]) -> Result<minisign::PublicKey> {
    let mut raw = Vec::with_capacity(42);
    raw.extend_from_slice(b"Ed");
    raw.extend_from_slice(key_id);
    raw.extend_from_slice(key);
    minisign::PublicKey::from_bytes(&raw).map_err(|_| Error::KeyDamaged)
}

/// A public key, as minisign writes and reads it.
#[derive(Clone)]
pub struct PublicKey(minisign::PublicKey);

impl std::fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &PublicKey) -> bool {
        self.0.to_bytes() == other.0.to_bytes()
    }
}

/// A key ID as minisign prints it: the 8 bytes read as a little-endian number, in hex.
pub fn key_id_text(keynum: &[u8]) -> String {
    let mut n = [0u8; 8];
    let len = keynum.len().min(8);
    n[..len].copy_from_slice(&keynum[..len]);
    format!("{:016X}", u64::from_le_bytes(n))
}

impl PublicKey {
    pub fn key_id(&self) -> String {
        key_id_text(self.0.keynum())
    }

    /// The one-line form (`RWQ…`), as given to `minisign -P`.
    pub fn base64(&self) -> String {
        self.0.to_base64()
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
            .ok_or(Error::PublicKeyUnreadable)?;
        minisign::PublicKey::from_base64(line)
            .map(PublicKey)
            .map_err(|_| Error::PublicKeyUnreadable)
    }

    /// Checks a file against the text of its `.sig` file. On success, returns the trusted
    /// comment; on failure, which check failed.
    pub fn verify(&self, file: &mut File, sig_text: &str) -> Result<String> {
        let sig = minisign::SignatureBox::from_string(sig_text).map_err(|_| Error::Malformed)?;
        if sig.keynum() != self.0.keynum() {
            let found = key_id_text(sig.keynum());
            return Err(Error::OtherKey { found, expected: self.key_id() });
        }
        let trusted = sig.trusted_comment().map_err(|_| Error::Malformed)?;
        file.seek(SeekFrom::Start(0))?;
        match minisign::verify(&self.0, &sig, &mut *file, true, false, true) {
            Ok(()) => Ok(trusted),
            Err(e) => Err(match e.kind() {
                minisign::ErrorKind::Io => Error::Io(std::io::Error::other(e.to_string())),
                // The crate checks the file's signature first, then the comment's, and says
                // which failed only in its message.
                _ if e.to_string().starts_with("Comment signature") => Error::CommentAltered,
                _ => Error::Mismatch,
            }),
        }
    }
}

/// The path of a file's signature: `FILE.sig`.
pub fn sig_path(file: &Path) -> PathBuf {
    let mut s = file.as_os_str().to_owned();
    s.push(".sig");
    s.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn signer() -> Signer {
        Signer::new(&StoredKey::generate().expect("key")).expect("signer")
    }

    #[test]
    fn sign_and_verify_round_trip_and_flip() {
        let signer = signer();
        let mut f = tempfile::tempfile().expect("tmp");
        f.write_all("Журнал, страница 1\n".repeat(10_000).as_bytes()).expect("w");
        let sig = signer.sign_file(&mut f, "j.csv", 1_790_000_000, None).expect("sign");
        assert!(sig.starts_with("untrusted comment: signature from kabinet secret key\n"), "{sig}");
        let pk = PublicKey::parse(&signer.public().file_text()).expect("parse");
        assert_eq!(pk, signer.public());
        assert_eq!(
            pk.verify(&mut f, &sig).expect("good"),
            "timestamp:1790000000\tfile:j.csv\thashed"
        );
        // One flipped byte in the file.
        f.seek(SeekFrom::Start(5)).expect("seek");
        f.write_all(b"X").expect("w");
        assert!(matches!(pk.verify(&mut f, &sig), Err(Error::Mismatch)));
    }

    #[test]
    fn altered_trusted_comment_and_another_key_are_named() {
        let signer = signer();
        let mut f = tempfile::tempfile().expect("tmp");
        f.write_all(b"data").expect("w");
        let sig = signer.sign_file(&mut f, "a", 1, Some("7:0123456789abcdef")).expect("sign");
        let forged = sig.replace("file:a", "file:b");
        let err = signer.public().verify(&mut f, &forged).expect_err("forged");
        assert!(matches!(err, Error::CommentAltered), "{err:?}");
        let other = self::signer().public();
        let err = other.verify(&mut f, &sig).expect_err("other key");
        assert!(matches!(err, Error::OtherKey { .. }), "{err:?}");
        assert!(matches!(other.verify(&mut f, "hello"), Err(Error::Malformed)));
    }

    #[test]
    fn a_key_kept_as_before_signs_as_minisign_reads_it() {
        // The PKCS#8 document of a key made by an earlier kabinet, with its public key.
        let stored = StoredKey::generate().expect("key");
        let pair = Ed25519KeyPair::from_pkcs8(&stored.pkcs8).expect("pkcs8");
        let signer = Signer::new(&stored).expect("signer");
        let raw = signer.public().0.to_bytes();
        assert_eq!(&raw[10..], pair.public_key().as_ref());
        assert!(matches!(PublicKey::parse("garbage"), Err(Error::PublicKeyUnreadable)));
    }
}

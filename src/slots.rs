//! Key slots: the store's random data key, wrapped once per user (and once for the recovery
//! key), so that each clerk unlocks with an own passphrase and one key derivation.
//!
//! Each user has an X25519 key pair. The secret half is sealed (AES-256-GCM) under a key
//! derived from the user's passphrase with Argon2id (the store's KDF versions); the data key is
//! sealed to the public half (an ephemeral X25519 agreement, HKDF-SHA256, AES-256-GCM), the way
//! age seals to a recipient. So the data key can be sealed anew to every remaining user without
//! their passphrases (a re-key after someone leaves), and a passphrase is changed by sealing the
//! one secret again. Every sealed value is bound to the store's ID and the user's name.
//!
//! Each slot also holds the user's Ed25519 signing key: its public half in clear, its secret
//! sealed to the slot's X25519 key like the data key. Every change a user makes is signed with
//! it (see the store's audit trail), so a change written with the data key alone — which every
//! user holds — is told from one a user made.
//!
//! The table as a whole carries an HMAC under a key derived from the data key: a role or a name
//! changed by hand is found when the store is opened. A slot holds one sealed data key, or two
//! while a re-key is under way (the old file's and the new one's), so a crash between writing
//! the new file and the new table leaves a store every user opens.

use ring::{aead, hkdf, hmac};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::crypto::{self, KDF_VERSIONS, Key, Passphrase};

/// The format of the table.
pub const FORMAT: u32 = 1;

/// The name of the recovery key's slot.
pub const RECOVERY: &str = "recovery";

/// Symbols of a recovery key: Crockford's base32 (no I, L, O, U), read aloud without doubt.
const CODE_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a recovery key (150 bits), shown in groups of five.
const CODE_LEN: usize = 30;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// No slot opens with this passphrase (or recovery key).
    #[error("wrong passphrase")]
    WrongPassphrase,
    /// The table cannot be read, or its seal does not match: changed outside kabinet.
    #[error("the key table is damaged: {0}")]
    Damaged(String),
    #[error("no user {0}")]
    NoSuchUser(String),
    #[error("a user {0} exists")]
    UserExists(String),
    #[error(transparent)]
    Crypto(#[from] crypto::Error),
}

type Result<T> = std::result::Result<T, Error>;

fn damaged(what: &str) -> Error {
    Error::Damaged(what.to_owned())
}

/// What a user may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Admin,
    Editor,
    Reader,
}

impl Role {
    pub const CODES: &'static [&'static str] = &["admin", "editor", "reader"];

    pub fn code(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Editor => "editor",
            Role::Reader => "reader",
        }
    }

    pub fn parse(s: &str) -> Option<Role> {
        match s.trim().to_lowercase().as_str() {
            "admin" | "администратор" => Some(Role::Admin),
            "editor" | "редактор" => Some(Role::Editor),
            "reader" | "читатель" => Some(Role::Reader),
            _ => None,
        }
    }
}

/// One user's slot (or the recovery key's).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Slot {
    pub name: String,
    pub role: Role,
    /// The kinds of item the user may see; `None`: all.
    pub kinds: Option<Vec<String>>,
    pub created: String,
    /// When the slot last changed (a passphrase, a role).
    pub changed: String,
    /// The KDF version of the passphrase's key and its salt (hex).
    pub kdf: u32,
    pub salt: String,
    /// The X25519 public key (hex).
    pub public: String,
    /// The X25519 secret sealed under the passphrase's key: nonce ‖ ciphertext (hex).
    pub secret: String,
    /// The data key(s) sealed to the public key: ephemeral public ‖ nonce ‖ ciphertext (hex).
    pub boxes: Vec<String>,
    /// The Ed25519 public key the user signs with (hex); empty in a table of before
    /// signatures until [`Table::ensure_signing`] gives it one.
    #[serde(default)]
    pub sign_public: String,
    /// The Ed25519 seed, sealed to the X25519 public key like the data key (hex).
    #[serde(default)]
    pub sign_secret: String,
}

/// A user's signing key, opened from their slot.
pub struct SigningKey {
    seed: Zeroizing<[u8; 32]>,
    pair: ring::signature::Ed25519KeyPair,
}

impl SigningKey {
    /// The key of a seed (one held for a session).
    pub fn from_seed(seed: Zeroizing<[u8; 32]>) -> Result<SigningKey> {
        let pair = ring::signature::Ed25519KeyPair::from_seed_unchecked(seed.as_ref())
            .map_err(|_| damaged("a signing key"))?;
        Ok(SigningKey { seed, pair })
    }

    fn generate() -> Result<SigningKey> {
        SigningKey::from_seed(Zeroizing::new(crypto::random_bytes()?))
    }

    /// The public key, as the table and the log keep it.
    pub fn public(&self) -> [u8; 32] {
        let mut out = [0u8; 32];
        out.copy_from_slice(ring::signature::KeyPair::public_key(&self.pair).as_ref());
        out
    }

    pub fn sign(&self, message: &[u8]) -> [u8; 64] {
        let mut out = [0u8; 64];
        out.copy_from_slice(self.pair.sign(message).as_ref());
        out
    }

    /// The seed, to be held for a session (never written anywhere).
    pub fn seed(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(*self.seed)
    }

    /// The same key again (the seed copied, for a store re-opened after a re-key).
    pub fn duplicate(&self) -> Result<SigningKey> {
        SigningKey::from_seed(Zeroizing::new(*self.seed))
    }
}

impl std::fmt::Debug for SigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "SigningKey({})", key_id(&self.public()))
    }
}

/// Whether `signature` is `public`'s over `message`.
pub fn verify_signature(public: &[u8], message: &[u8], signature: &[u8]) -> bool {
    ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, public)
        .verify(message, signature)
        .is_ok()
}

/// How a signing key is named to people: the first 8 bytes of its public half, in hex.
pub fn key_id(public: &[u8]) -> String {
    hex::encode(&public[..public.len().min(8)])
}

/// What a user's slot opens: the data key(s) and, once the slot has one, the signing key.
pub struct Unlocked {
    pub keys: Vec<Key>,
    pub signing: Option<SigningKey>,
}

/// Every slot of a store.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub format: u32,
    /// The store's random ID (hex), which every sealed value is bound to.
    pub store: String,
    pub users: Vec<Slot>,
    pub recovery: Option<Slot>,
    /// HMAC-SHA256 of the table (with no `macs`), one per data key it holds (hex).
    #[serde(default)]
    pub macs: Vec<String>,
}

/// A 256-bit AES key from a KDF or HKDF output.
fn aes(key: &[u8]) -> Result<aead::LessSafeKey> {
    let unbound =
        aead::UnboundKey::new(&aead::AES_256_GCM, key).map_err(|_| damaged("key length"))?;
    Ok(aead::LessSafeKey::new(unbound))
}

/// Seals `plain` under `key` with `aad`: nonce ‖ ciphertext ‖ tag.
fn seal(key: &[u8], aad: &[u8], plain: &[u8]) -> Result<Vec<u8>> {
    let nonce: [u8; 12] = crypto::random_bytes()?;
    let mut buf = plain.to_vec();
    aes(key)?
        .seal_in_place_append_tag(
            aead::Nonce::assume_unique_for_key(nonce),
            aead::Aad::from(aad),
            &mut buf,
        )
        .map_err(|_| damaged("sealing"))?;
    let mut out = nonce.to_vec();
    out.extend_from_slice(&buf);
    Ok(out)
}

/// Opens what [`seal`] made; `None` when the key or the binding is not the one it was made
/// with.
fn open(key: &[u8], aad: &[u8], sealed: &[u8]) -> Result<Option<Zeroizing<Vec<u8>>>> {
    if sealed.len() < 12 + 16 {
        return Err(damaged("a sealed value is too short"));
    }
    let (nonce, rest) = sealed.split_at(12);
    let nonce = aead::Nonce::try_assume_unique_for_key(nonce).map_err(|_| damaged("nonce"))?;
    let mut buf = Zeroizing::new(rest.to_vec());
    match aes(key)?.open_in_place(nonce, aead::Aad::from(aad), &mut buf) {
        Ok(plain) => Ok(Some(Zeroizing::new(plain.to_vec()))),
        Err(_) => Ok(None),
    }
}

fn unhex(s: &str) -> Result<Vec<u8>> {
    hex::decode(s).map_err(|_| damaged("not hexadecimal"))
}

fn bind(what: &str, store: &str, name: &str) -> Vec<u8> {
    format!("kabinet {what} v1\0{store}\0{name}").into_bytes()
}

/// The AES key of a box: HKDF-SHA256 over the X25519 shared secret.
fn box_key(shared: &[u8], ephemeral: &[u8; 32], recipient: &[u8; 32]) -> Result<[u8; 32]> {
    let mut salt = ephemeral.to_vec();
    salt.extend_from_slice(recipient);
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &salt).extract(shared);
    let mut out = [0u8; 32];
    prk.expand(&[b"kabinet box v1"], hkdf::HKDF_SHA256)
        .and_then(|okm| okm.fill(&mut out))
        .map_err(|_| damaged("hkdf"))?;
    Ok(out)
}

/// Seals the data key to a public key.
fn seal_to(public: &[u8; 32], data_key: &Key, aad: &[u8]) -> Result<String> {
    seal_bytes_to(public, data_key.expose(), aad)
}

/// Seals `plain` to an X25519 public key: ephemeral public ‖ nonce ‖ ciphertext (hex).
fn seal_bytes_to(public: &[u8; 32], plain: &[u8], aad: &[u8]) -> Result<String> {
    let eph = x25519_dalek::StaticSecret::from(crypto::random_bytes::<32>()?);
    let eph_public = x25519_dalek::PublicKey::from(&eph);
    let shared = eph.diffie_hellman(&x25519_dalek::PublicKey::from(*public));
    let key = Zeroizing::new(box_key(shared.as_bytes(), eph_public.as_bytes(), public)?);
    let mut out = eph_public.as_bytes().to_vec();
    out.extend(seal(key.as_ref(), aad, plain)?);
    Ok(hex::encode(out))
}

/// Opens a box with the slot's secret.
fn open_box(secret: &x25519_dalek::StaticSecret, sealed: &str, aad: &[u8]) -> Result<Key> {
    let plain = open_bytes(secret, sealed, aad)?;
    let bytes: [u8; crypto::KEY_LEN] =
        plain.as_slice().try_into().map_err(|_| damaged("data key length"))?;
    Ok(Key::from_bytes(bytes))
}

/// Opens what [`seal_bytes_to`] made with the recipient's secret.
fn open_bytes(
    secret: &x25519_dalek::StaticSecret,
    sealed: &str,
    aad: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    let bytes = unhex(sealed)?;
    if bytes.len() < 32 {
        return Err(damaged("a sealed key is too short"));
    }
    let (eph, rest) = bytes.split_at(32);
    let eph: [u8; 32] = eph.try_into().map_err(|_| damaged("ephemeral key"))?;
    let shared = secret.diffie_hellman(&x25519_dalek::PublicKey::from(eph));
    let public = x25519_dalek::PublicKey::from(secret);
    let key = Zeroizing::new(box_key(shared.as_bytes(), &eph, public.as_bytes())?);
    open(key.as_ref(), aad, rest)?.ok_or_else(|| damaged("a sealed key"))
}

/// Seals a signing key into a slot (to its X25519 public key).
fn seal_signing(store: &str, slot: &mut Slot, signing: &SigningKey) -> Result<()> {
    let public = public_of(slot)?;
    let aad = bind("signing", store, &slot.name);
    slot.sign_secret = seal_bytes_to(&public, signing.seed.as_ref(), &aad)?;
    slot.sign_public = hex::encode(signing.public());
    Ok(())
}

/// Opens the slot's signing key with its X25519 secret; `None` in a slot of before signatures.
fn open_signing(
    store: &str,
    slot: &Slot,
    secret: &x25519_dalek::StaticSecret,
) -> Result<Option<SigningKey>> {
    if slot.sign_secret.is_empty() {
        return Ok(None);
    }
    let aad = bind("signing", store, &slot.name);
    let plain = open_bytes(secret, &slot.sign_secret, &aad)?;
    let seed: [u8; 32] = plain.as_slice().try_into().map_err(|_| damaged("signing key length"))?;
    let key = SigningKey::from_seed(Zeroizing::new(seed))?;
    if hex::encode(key.public()) != slot.sign_public {
        return Err(damaged("a signing key does not match its public half"));
    }
    Ok(Some(key))
}

/// A recovery key: 30 symbols of Crockford's base32, shown `XXXXX-XXXXX-…`.
pub struct RecoveryCode(Zeroizing<String>);

impl RecoveryCode {
    fn new() -> Result<RecoveryCode> {
        let bytes: [u8; CODE_LEN] = crypto::random_bytes()?;
        let code = bytes.iter().map(|b| char::from(CODE_ALPHABET[usize::from(b & 31)])).collect();
        Ok(RecoveryCode(Zeroizing::new(code)))
    }

    /// As typed: case, spaces and dashes do not matter; O reads as 0, I and L as 1.
    pub fn parse(s: &str) -> Option<RecoveryCode> {
        let code: String = s
            .chars()
            .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
            .map(|c| match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            })
            .collect();
        let ok = code.len() == CODE_LEN && code.bytes().all(|b| CODE_ALPHABET.contains(&b));
        ok.then(|| RecoveryCode(Zeroizing::new(code)))
    }

    /// Grouped by five for reading aloud.
    pub fn grouped(&self) -> Zeroizing<String> {
        let chunks: Vec<&str> =
            (0..CODE_LEN / 5).filter_map(|i| self.0.get(i * 5..i * 5 + 5)).collect();
        Zeroizing::new(chunks.join("-"))
    }

    fn passphrase(&self) -> Passphrase {
        Passphrase::new(Zeroizing::new(self.0.to_string()))
    }
}

impl std::fmt::Debug for RecoveryCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RecoveryCode(<redacted>)")
    }
}

/// The slot's secret, opened with the passphrase; `None` when it does not open it.
fn unseal_secret(
    store: &str,
    slot: &Slot,
    pass: &Passphrase,
) -> Result<Option<x25519_dalek::StaticSecret>> {
    let params = KDF_VERSIONS
        .iter()
        .find(|p| p.version == slot.kdf)
        .ok_or_else(|| damaged("an unknown key derivation version"))?;
    let salt: crypto::Salt = unhex(&slot.salt)?.try_into().map_err(|_| damaged("salt length"))?;
    let kek = crypto::derive_key(pass, &salt, *params)?;
    let plain = open(kek.expose(), &bind("secret", store, &slot.name), &unhex(&slot.secret)?)?;
    let Some(plain) = plain else { return Ok(None) };
    let bytes: [u8; 32] = plain.as_slice().try_into().map_err(|_| damaged("secret length"))?;
    Ok(Some(x25519_dalek::StaticSecret::from(bytes)))
}

/// A new slot for `name`, its secret sealed under `pass` and the data key sealed to it.
/// The signing key is `signing` when given (a user's own, kept across a new passphrase), else a
/// new one.
fn make_slot(
    store: &str,
    name: &str,
    role: Role,
    pass: &Passphrase,
    keys: &[&Key],
    at: &str,
    signing: Option<&SigningKey>,
) -> Result<Slot> {
    let secret = x25519_dalek::StaticSecret::from(crypto::random_bytes::<32>()?);
    let public = x25519_dalek::PublicKey::from(&secret);
    let mut slot = Slot {
        name: name.to_owned(),
        role,
        kinds: None,
        created: at.to_owned(),
        changed: at.to_owned(),
        kdf: 0,
        salt: String::new(),
        public: hex::encode(public.as_bytes()),
        secret: String::new(),
        boxes: Vec::new(),
        sign_public: String::new(),
        sign_secret: String::new(),
    };
    reseal_secret(store, &mut slot, &secret, pass)?;
    for key in keys {
        slot.boxes.push(seal_to(public.as_bytes(), key, &bind("box", store, name))?);
    }
    match signing {
        Some(k) => seal_signing(store, &mut slot, k)?,
        None => seal_signing(store, &mut slot, &SigningKey::generate()?)?,
    }
    Ok(slot)
}

/// Seals the slot's secret under a new passphrase (a new salt, the current KDF version).
fn reseal_secret(
    store: &str,
    slot: &mut Slot,
    secret: &x25519_dalek::StaticSecret,
    pass: &Passphrase,
) -> Result<()> {
    let params = KDF_VERSIONS[0];
    let salt: crypto::Salt = crypto::random_bytes()?;
    let kek = crypto::derive_key(pass, &salt, params)?;
    let sealed = seal(kek.expose(), &bind("secret", store, &slot.name), secret.as_bytes())?;
    slot.kdf = params.version;
    slot.salt = hex::encode(salt);
    slot.secret = hex::encode(sealed);
    Ok(())
}

impl Slot {
    /// The public key the user signs with; `None` in a slot of before signatures.
    pub fn signing_public(&self) -> Option<[u8; 32]> {
        hex::decode(&self.sign_public).ok()?.try_into().ok()
    }
}

fn public_of(slot: &Slot) -> Result<[u8; 32]> {
    unhex(&slot.public)?.try_into().map_err(|_| damaged("public key length"))
}

impl Table {
    /// A new store's table: its first user, an admin, and a recovery key (returned to be shown
    /// once), with the first user's signing key.
    pub fn new(
        data_key: &Key,
        first: &str,
        pass: &Passphrase,
        at: &str,
    ) -> Result<(Table, RecoveryCode, SigningKey)> {
        let (mut table, signing) = Table::upgraded(data_key, first, pass, at)?;
        let code = table.new_recovery(&[data_key], at)?;
        table.sign(&[data_key])?;
        Ok((table, code, signing))
    }

    /// A table for a store made before users, whose key stays as it is: its one user, an
    /// admin, with the passphrase it had, and their signing key. No recovery key yet
    /// (`user recovery-key` makes one).
    pub fn upgraded(
        data_key: &Key,
        first: &str,
        pass: &Passphrase,
        at: &str,
    ) -> Result<(Table, SigningKey)> {
        let store = hex::encode(crypto::random_bytes::<16>()?);
        let signing = SigningKey::generate()?;
        let user = make_slot(&store, first, Role::Admin, pass, &[data_key], at, Some(&signing))?;
        let mut table =
            Table { format: FORMAT, store, users: vec![user], recovery: None, macs: Vec::new() };
        table.sign(&[data_key])?;
        Ok((table, signing))
    }

    /// Reads a table; `Damaged` when it is not one.
    pub fn parse(text: &str) -> Result<Table> {
        let t: Table = serde_json::from_str(text).map_err(|e| Error::Damaged(e.to_string()))?;
        if t.format != FORMAT {
            return Err(Error::Damaged(format!("format {} is not known", t.format)));
        }
        Ok(t)
    }

    pub fn to_text(&self) -> Result<String> {
        serde_json::to_string_pretty(self).map_err(|e| Error::Damaged(e.to_string()))
    }

    pub fn user(&self, name: &str) -> Option<&Slot> {
        self.users.iter().find(|u| u.name == name)
    }

    /// The data keys the user's slot holds (one, or two during a re-key) and their signing
    /// key, opened with the passphrase: `WrongPassphrase` when it does not open the slot.
    pub fn unlock(&self, name: &str, pass: &Passphrase) -> Result<Unlocked> {
        let slot = self.user(name).ok_or_else(|| Error::NoSuchUser(name.to_owned()))?;
        self.open_slot(slot, pass)
    }

    /// The data keys and the recovery key's signing key, opened with the recovery key.
    pub fn unlock_recovery(&self, code: &RecoveryCode) -> Result<Unlocked> {
        let slot = self.recovery.as_ref().ok_or(Error::WrongPassphrase)?;
        self.open_slot(slot, &code.passphrase())
    }

    fn open_slot(&self, slot: &Slot, pass: &Passphrase) -> Result<Unlocked> {
        let secret = unseal_secret(&self.store, slot, pass)?.ok_or(Error::WrongPassphrase)?;
        let aad = bind("box", &self.store, &slot.name);
        let keys = slot.boxes.iter().map(|b| open_box(&secret, b, &aad)).collect::<Result<_>>()?;
        let signing = open_signing(&self.store, slot, &secret)?;
        Ok(Unlocked { keys, signing })
    }

    /// Gives every slot of before signatures (the recovery key's too) a new signing key,
    /// sealed to it; the table is sealed again under `data_key`. Returns the keys made, by
    /// slot name, so the one who unlocked can sign with theirs at once.
    pub fn ensure_signing(&mut self, data_key: &Key) -> Result<Vec<(String, SigningKey)>> {
        let store = self.store.clone();
        let mut made = Vec::new();
        let slots = self.users.iter_mut().chain(self.recovery.iter_mut());
        for slot in slots.filter(|s| s.sign_public.is_empty()) {
            let key = SigningKey::generate()?;
            seal_signing(&store, slot, &key)?;
            made.push((slot.name.clone(), key));
        }
        if !made.is_empty() {
            self.sign(&[data_key])?;
        }
        Ok(made)
    }

    /// Checks the table's HMAC under the data key that opened the store.
    pub fn check(&self, data_key: &Key) -> Result<()> {
        let want = self.mac(data_key)?;
        if self.macs.contains(&want) {
            Ok(())
        } else {
            Err(damaged("its seal does not match: it was changed outside kabinet"))
        }
    }

    fn mac(&self, data_key: &Key) -> Result<String> {
        let mut bare = self.clone();
        bare.macs = Vec::new();
        let text = serde_json::to_vec(&bare).map_err(|e| Error::Damaged(e.to_string()))?;
        let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"kabinet keys").extract(data_key.expose());
        let mut k = Zeroizing::new([0u8; 32]);
        prk.expand(&[b"table mac v1"], hkdf::HKDF_SHA256)
            .and_then(|okm| okm.fill(k.as_mut()))
            .map_err(|_| damaged("hkdf"))?;
        let key = hmac::Key::new(hmac::HMAC_SHA256, k.as_ref());
        Ok(hex::encode(hmac::sign(&key, &text).as_ref()))
    }

    /// Seals the table under each data key it holds.
    fn sign(&mut self, keys: &[&Key]) -> Result<()> {
        self.macs = Vec::new();
        let macs = keys.iter().map(|k| self.mac(k)).collect::<Result<Vec<_>>>()?;
        self.macs = macs;
        Ok(())
    }

    /// A new recovery key, replacing any earlier one.
    fn new_recovery(&mut self, keys: &[&Key], at: &str) -> Result<RecoveryCode> {
        let code = RecoveryCode::new()?;
        let slot =
            make_slot(&self.store, RECOVERY, Role::Admin, &code.passphrase(), keys, at, None)?;
        self.recovery = Some(slot);
        Ok(code)
    }

    /// Replaces the recovery key; the table is sealed again under `data_key`.
    pub fn replace_recovery(&mut self, data_key: &Key, at: &str) -> Result<RecoveryCode> {
        let code = self.new_recovery(&[data_key], at)?;
        self.sign(&[data_key])?;
        Ok(code)
    }

    /// Sets `name`'s passphrase, given the slot's secret through the old passphrase or the
    /// recovery key: the secret is sealed again under the new one.
    pub fn set_passphrase(
        &mut self,
        name: &str,
        old: &Passphrase,
        new: &Passphrase,
        data_keys: &[&Key],
        at: &str,
    ) -> Result<()> {
        let store = self.store.clone();
        let slot = self.users.iter_mut().find(|u| u.name == name);
        let slot = slot.ok_or_else(|| Error::NoSuchUser(name.to_owned()))?;
        let secret = unseal_secret(&store, slot, old)?.ok_or(Error::WrongPassphrase)?;
        reseal_secret(&store, slot, &secret, new)?;
        slot.changed = at.to_owned();
        self.sign(data_keys)
    }

    /// Sets `name`'s passphrase with the data key alone: the slot gets a new key pair, the data
    /// key sealed to it. The user keeps `signing` when given (their own passphrase change);
    /// otherwise (the recovery key opened the store) they get a new signing key.
    pub fn reset_passphrase(
        &mut self,
        name: &str,
        new: &Passphrase,
        keys: &[&Key],
        at: &str,
        signing: Option<&SigningKey>,
    ) -> Result<()> {
        let store = self.store.clone();
        let i = self.users.iter().position(|u| u.name == name);
        let i = i.ok_or_else(|| Error::NoSuchUser(name.to_owned()))?;
        let old = &self.users[i];
        let mut slot = make_slot(&store, name, old.role, new, keys, at, signing)?;
        slot.kinds = old.kinds.clone();
        slot.created = old.created.clone();
        self.users[i] = slot;
        self.sign(keys)
    }

    /// Adds a user with their own passphrase, the data key sealed to them.
    pub fn add_user(
        &mut self,
        name: &str,
        role: Role,
        kinds: Option<Vec<String>>,
        pass: &Passphrase,
        data_key: &Key,
        at: &str,
    ) -> Result<()> {
        if self.user(name).is_some() {
            return Err(Error::UserExists(name.to_owned()));
        }
        let mut slot = make_slot(&self.store, name, role, pass, &[data_key], at, None)?;
        slot.kinds = kinds;
        self.users.push(slot);
        self.sign(&[data_key])
    }

    /// Sets a user's role (and, when given, the kinds they may see).
    pub fn set_role(
        &mut self,
        name: &str,
        role: Role,
        kinds: Option<Option<Vec<String>>>,
        data_key: &Key,
        at: &str,
    ) -> Result<()> {
        let slot = self.users.iter_mut().find(|u| u.name == name);
        let slot = slot.ok_or_else(|| Error::NoSuchUser(name.to_owned()))?;
        slot.role = role;
        if let Some(k) = kinds {
            slot.kinds = k;
        }
        slot.changed = at.to_owned();
        self.sign(&[data_key])
    }

    /// Removes a user's slot. Their passphrase still opens the data key they could read until
    /// the store is re-keyed: the caller re-keys at once.
    pub fn remove_user(&mut self, name: &str, data_key: &Key) -> Result<()> {
        let before = self.users.len();
        self.users.retain(|u| u.name != name);
        if self.users.len() == before {
            return Err(Error::NoSuchUser(name.to_owned()));
        }
        self.sign(&[data_key])
    }

    /// How many admins there are.
    pub fn admins(&self) -> usize {
        self.users.iter().filter(|u| u.role == Role::Admin).count()
    }

    /// Seals `keys` (the data keys from now on: during a re-key the old one and the new one,
    /// after it the new one) to every slot, in place of what each held.
    pub fn seal_keys(&mut self, keys: &[&Key]) -> Result<()> {
        let store = self.store.clone();
        let slots = self.users.iter_mut().chain(self.recovery.iter_mut());
        for slot in slots {
            let public = public_of(slot)?;
            let aad = bind("box", &store, &slot.name);
            slot.boxes = keys.iter().map(|k| seal_to(&public, k, &aad)).collect::<Result<_>>()?;
        }
        self.sign(keys)
    }
}

/// A new random data key.
pub fn new_data_key() -> Result<Key> {
    Ok(Key::from_bytes(crypto::random_bytes()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pass(s: &str) -> Passphrase {
        Passphrase::new(Zeroizing::new(s.to_owned()))
    }

    const AT: &str = "2026-12-07T10:00:00";

    #[test]
    fn a_user_unlocks_with_their_passphrase_and_the_recovery_key_opens_too() {
        let key = new_data_key().expect("key");
        let (table, code, _) =
            Table::new(&key, "ivanova", &pass("верный пароль"), AT).expect("new");
        let table = Table::parse(&table.to_text().expect("text")).expect("parse");
        table.check(&key).expect("sealed");
        let keys = table.unlock("ivanova", &pass("верный пароль")).expect("unlock").keys;
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].expose(), key.expose());
        assert!(matches!(table.unlock("ivanova", &pass("неверный")), Err(Error::WrongPassphrase)));
        assert!(matches!(table.unlock("petrov", &pass("x")), Err(Error::NoSuchUser(_))));
        let typed = code.grouped().to_lowercase().replace('0', "o");
        assert_eq!(typed.len(), 35, "six groups of five with dashes: {typed}");
        let again = RecoveryCode::parse(&typed).expect("parses as typed");
        assert_eq!(table.unlock_recovery(&again).expect("recovery").keys[0].expose(), key.expose());
        assert!(RecoveryCode::parse("ABC").is_none());
    }

    #[test]
    fn a_role_changed_by_hand_breaks_the_seal() {
        let key = new_data_key().expect("key");
        let (mut table, ..) = Table::new(&key, "ivanova", &pass("верный пароль"), AT).expect("new");
        table.users[0].role = Role::Reader;
        assert!(matches!(table.check(&key), Err(Error::Damaged(_))));
        // Another store's key does not seal it either.
        table.users[0].role = Role::Admin;
        assert!(table.check(&new_data_key().expect("key")).is_err());
    }

    #[test]
    fn a_new_passphrase_and_a_new_data_key_reach_every_slot() {
        let key = new_data_key().expect("key");
        let (mut table, code, _) =
            Table::new(&key, "ivanova", &pass("старый пароль"), AT).expect("new");
        table
            .set_passphrase("ivanova", &pass("старый пароль"), &pass("новый пароль"), &[&key], AT)
            .expect("passwd");
        assert!(matches!(
            table.unlock("ivanova", &pass("старый пароль")),
            Err(Error::WrongPassphrase)
        ));
        let next = new_data_key().expect("key");
        // During the re-key both keys are held, and the table is sealed under both.
        table.seal_keys(&[&key, &next]).expect("both");
        table.check(&key).expect("old");
        table.check(&next).expect("new");
        assert_eq!(table.unlock("ivanova", &pass("новый пароль")).expect("unlock").keys.len(), 2);
        table.seal_keys(&[&next]).expect("new only");
        assert!(table.check(&key).is_err());
        let keys = table.unlock_recovery(&code).expect("recovery").keys;
        assert_eq!(keys.len(), 1);
        assert_eq!(keys[0].expose(), next.expose());
        // The recovery key opens the data key; the user gets a new passphrase with it.
        let before = table.users[0].sign_public.clone();
        table
            .reset_passphrase("ivanova", &pass("третий пароль"), &[&next], AT, None)
            .expect("reset");
        let opened = table.unlock("ivanova", &pass("третий пароль")).expect("unlock");
        assert_eq!(opened.keys[0].expose(), next.expose());
        assert_ne!(table.users[0].sign_public, before, "a new signing key without the old one");
    }

    #[test]
    fn a_users_signing_key_opens_with_their_passphrase_and_survives_a_new_one() {
        let key = new_data_key().expect("key");
        let (mut table, code, made) =
            Table::new(&key, "ivanova", &pass("старый пароль"), AT).expect("new");
        let signing = table.unlock("ivanova", &pass("старый пароль")).expect("unlock").signing;
        let signing = signing.expect("a new user has a signing key");
        assert_eq!(signing.public(), made.public());
        assert_eq!(hex::encode(signing.public()), table.users[0].sign_public);
        let sig = signing.sign(b"entry");
        assert!(verify_signature(&signing.public(), b"entry", &sig));
        assert!(!verify_signature(&signing.public(), b"other", &sig));
        // The recovery key has a signing key of its own.
        let rec = table.unlock_recovery(&code).expect("recovery").signing.expect("recovery key");
        assert_ne!(rec.public(), signing.public());
        // A new passphrase by the user (a re-key) keeps the signing key.
        table
            .reset_passphrase("ivanova", &pass("новый пароль"), &[&key], AT, Some(&signing))
            .expect("reset");
        let again = table.unlock("ivanova", &pass("новый пароль")).expect("unlock").signing;
        assert_eq!(again.expect("kept").public(), signing.public());
        // A slot of before signatures gets one, and the table stays sealed.
        table.users[0].sign_public.clear();
        table.users[0].sign_secret.clear();
        table.sign(&[&key]).expect("sealed");
        assert!(table.unlock("ivanova", &pass("новый пароль")).expect("unlock").signing.is_none());
        let made = table.ensure_signing(&key).expect("ensure");
        assert_eq!(made.len(), 1);
        table.check(&key).expect("sealed again");
        let opened = table.unlock("ivanova", &pass("новый пароль")).expect("unlock").signing;
        assert_eq!(opened.expect("made").public(), made[0].1.public());
        assert!(table.ensure_signing(&key).expect("again").is_empty());
    }
}

//! The store's signing key pair, kept in `meta` as hex: made once, read when signing.

use rusqlite::{Connection, OptionalExtension};
use zeroize::Zeroizing;

use super::Result;
use crate::sign::{self, Signer, StoredKey};

/// The `meta` rows that hold the key pair.
const META_SECRET: &str = "signing_key_pkcs8";
const META_KEY_ID: &str = "signing_key_id";

/// Makes a key pair and records it in the store (inside the caller's transaction). Does
/// nothing when the store already has one.
pub fn ensure(conn: &Connection) -> Result<()> {
    if value(conn, META_SECRET)?.is_some() {
        return Ok(());
    }
    let key = StoredKey::generate()?;
    let secret = Zeroizing::new(hex::encode(&*key.pkcs8));
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2), (?3, ?4)",
        [META_SECRET, secret.as_str(), META_KEY_ID, &hex::encode(key.key_id)],
    )?;
    Ok(())
}

fn value(conn: &Connection, key: &str) -> Result<Option<Zeroizing<String>>> {
    let v: Option<String> =
        conn.query_row("SELECT value FROM meta WHERE key = ?1", [key], |r| r.get(0)).optional()?;
    Ok(v.map(Zeroizing::new))
}

/// The store's signing key.
pub fn signer(conn: &Connection) -> Result<Signer> {
    let get = |k: &str| -> Result<Zeroizing<String>> {
        Ok(value(conn, k)?.ok_or(sign::Error::KeyMissing)?)
    };
    let pkcs8 = Zeroizing::new(hex::decode(get(META_SECRET)?.as_str()).map_err(|_| damaged())?);
    let id = hex::decode(get(META_KEY_ID)?.as_str()).map_err(|_| damaged())?;
    let key_id: [u8; 8] = id.try_into().map_err(|_| damaged())?;
    Ok(Signer::new(&StoredKey { pkcs8, key_id })?)
}

/// The ID of the store's signing key as minisign prints it, read without the key itself:
/// what names the store (its remembered head), on every command.
pub fn key_id(conn: &Connection) -> Result<String> {
    let id = value(conn, META_KEY_ID)?.ok_or(sign::Error::KeyMissing)?;
    let id = hex::decode(id.as_str()).map_err(|_| damaged())?;
    let key_id: [u8; 8] = id.try_into().map_err(|_| damaged())?;
    Ok(sign::key_id_text(&key_id))
}

fn damaged() -> super::Error {
    sign::Error::KeyDamaged.into()
}

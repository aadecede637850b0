//! Authenticating a sample of a store file's pages outside SQLCipher: the quick way to tell a
//! wrong passphrase (no page authenticates under the key) from a damaged file (some do),
//! without reading and decrypting the whole file once per key and layout tried.

use std::fs::File;
use std::num::NonZeroU32;
use std::os::unix::fs::FileExt;
use std::path::Path;

use ring::{hmac, pbkdf2};
use zeroize::Zeroizing;

use super::Layout;
use super::Result;
use crate::crypto::{KEY_LEN, Key, SALT_LEN, Salt};

/// Pages looked at per key and layout, spread evenly over the file from page 1.
const SAMPLE: u64 = 64;
const IV_LEN: usize = 16;
/// SQLCipher 4: the HMAC key is derived from the key with 2 rounds of PBKDF2-HMAC-SHA512 over
/// the file's salt with each byte XORed with this.
const HMAC_SALT_MASK: u8 = 0x3a;
const HMAC_KDF_ROUNDS: NonZeroU32 = NonZeroU32::new(2).expect("two");

/// Whether any page of a sample of `path`'s authenticates under `key` in `layout`, by SQLCipher
/// 4's page format (a raw key; each page's HMAC over its ciphertext, its IV and its number,
/// little-endian, kept after the IV at the end of the page; page 1's ciphertext begins after
/// the salt). One page that does proves the key right, since no other key makes a page's HMAC
/// match; an all-zero page proves nothing and is passed over.
pub(super) fn any_authentic(path: &Path, key: &Key, salt: &Salt, layout: Layout) -> Result<bool> {
    let file = File::open(path)?;
    let page_size = layout.page_size;
    let pages = file.metadata()?.len() / page_size;
    let mut hmac_salt = *salt;
    hmac_salt.iter_mut().for_each(|b| *b ^= HMAC_SALT_MASK);
    let mut hmac_key = Zeroizing::new([0u8; KEY_LEN]);
    let (algorithm, mac_len) = match layout.hmac {
        "HMAC_SHA512" => (hmac::HMAC_SHA512, 64),
        _ => (hmac::HMAC_SHA256, 32),
    };
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA512,
        HMAC_KDF_ROUNDS,
        &hmac_salt,
        key.expose(),
        hmac_key.as_mut(),
    );
    let hmac_key = hmac::Key::new(algorithm, hmac_key.as_ref());
    // The IV and the HMAC, rounded up to whole cipher blocks.
    let reserve = (IV_LEN + mac_len).next_multiple_of(16);
    let mut page = Zeroizing::new(vec![0u8; page_size as usize]);
    let step = (pages / SAMPLE).max(1) as usize;
    for pgno in (1..=pages).step_by(step).take(SAMPLE as usize) {
        file.read_exact_at(&mut page, (pgno - 1) * page_size)?;
        if page.iter().all(|b| *b == 0) {
            continue;
        }
        let start = if pgno == 1 { SALT_LEN } else { 0 };
        let signed_end = page.len() - reserve + IV_LEN;
        let mut mac = hmac::Context::with_key(&hmac_key);
        mac.update(&page[start..signed_end]);
        mac.update(&(pgno as u32).to_le_bytes());
        if mac.sign().as_ref() == &page[signed_end..signed_end + mac_len] {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cfg(test)]
mod tests {
    use super::super::{CURRENT, Db, LEGACY, connect};
    use super::any_authentic;
    use crate::crypto::{KDF_VERSIONS, Key, Passphrase, derive_key};

    #[test]
    fn pages_authenticate_under_their_key_and_layout_only() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("s.db");
        let pass = Passphrase::new(zeroize::Zeroizing::new("a passphrase".to_owned()));
        let salt = [9u8; 16];
        let small = crate::crypto::KdfParams { memory_kib: 64, passes: 1, ..KDF_VERSIONS[0] };
        let key = derive_key(&pass, &salt, small).expect("key");
        let db = Db::create_with_key(&path, key.duplicate(), salt).expect("create");
        db.handle().conn.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("t");
        drop(db);
        assert!(any_authentic(&path, &key, &salt, CURRENT).expect("read"));
        assert!(!any_authentic(&path, &key, &salt, LEGACY).expect("read"));
        let other = Key::from_bytes([1u8; 32]);
        assert!(!any_authentic(&path, &other, &salt, CURRENT).expect("read"));
        // A store in the earlier layout (4 KiB pages, HMAC-SHA512).
        let legacy = dir.path().join("l.db");
        std::fs::File::create(&legacy).expect("file");
        let c = connect(&legacy, &key, &salt, LEGACY).expect("connect");
        c.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("t");
        drop(c);
        assert!(any_authentic(&legacy, &key, &salt, LEGACY).expect("read"));
        assert!(!any_authentic(&legacy, &key, &salt, CURRENT).expect("read"));
        assert!(!any_authentic(&legacy, &other, &salt, LEGACY).expect("read"));
    }
}

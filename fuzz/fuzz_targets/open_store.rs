//! Opening a store from arbitrary bytes: the file checks, SQLCipher's page HMACs, the schema
//! and its migrations. It must end in a store or an error (wrong key, damaged), never a panic.
//!
//! One key is derived once, for a fixed salt, and a real store is made under it; each input
//! then either is a file of its own (after the salt, padded to whole pages so that SQLCipher
//! reads it) or damages a copy of the real store: bytes flipped at chosen places, truncation,
//! junk appended. So the fuzzer tests the file handling, not Argon2.
#![no_main]

use std::sync::OnceLock;

use kabinet::crypto::{KDF_VERSIONS, Key, Passphrase, derive_key};
use kabinet::store::Store;
use libfuzzer_sys::fuzz_target;

const SALT: [u8; 16] = *b"kabinet-fuzzsalt";
const PAGE: usize = 4096;

fn key() -> Key {
    static KEY: OnceLock<Key> = OnceLock::new();
    KEY.get_or_init(|| {
        let pass = Passphrase::new(zeroize::Zeroizing::new("fuzz passphrase".into()));
        derive_key(&pass, &SALT, KDF_VERSIONS[0]).expect("kdf")
    })
    .duplicate()
}

/// The bytes of a real, empty store under the fuzzing key.
fn base() -> &'static [u8] {
    static BASE: OnceLock<Vec<u8>> = OnceLock::new();
    BASE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("base.db");
        drop(Store::create_with_key(&path, key(), SALT).expect("create"));
        std::fs::read(&path).expect("read")
    })
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let bytes: Vec<u8> = match mode % 4 {
        // A file of its own, in whole pages.
        0 => {
            let mut b = SALT.to_vec();
            b.extend_from_slice(rest);
            b.resize(b.len().div_ceil(PAGE).max(1) * PAGE, 0);
            b
        }
        // The real store with bytes flipped: (position, xor) pairs.
        1 => {
            let mut b = base().to_vec();
            for c in rest.chunks_exact(3) {
                let at = usize::from(u16::from_le_bytes([c[0], c[1]])) * 7 % b.len();
                b[at] ^= c[2] | 1;
            }
            b
        }
        // The real store cut short.
        2 => {
            let b = base();
            let n = rest.iter().fold(0usize, |a, x| a.wrapping_mul(31).wrapping_add(usize::from(*x)));
            b[..n % b.len()].to_vec()
        }
        // The real store with something appended.
        _ => [base(), rest].concat(),
    };
    let Ok(dir) = tempfile::tempdir() else { return };
    let path = dir.path().join("s.db");
    if std::fs::write(&path, &bytes).is_err() {
        return;
    }
    let _ = Store::open_with_key(&path, key());
});

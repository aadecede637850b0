//! Opening a store from arbitrary bytes: the file checks, SQLCipher's page HMACs, the schema
//! and its migrations. It must end in a store or an error (wrong key, damaged), never a panic.
//! The key is derived once, for a fixed salt: the input follows that salt in the file, so each
//! run tests the file, not Argon2.
#![no_main]

use std::sync::OnceLock;

use kabinet::crypto::{KDF_VERSIONS, Key, Passphrase, derive_key};
use kabinet::store::Store;
use libfuzzer_sys::fuzz_target;

const SALT: [u8; 16] = *b"kabinet-fuzzsalt";

fn key() -> Key {
    static KEY: OnceLock<Key> = OnceLock::new();
    KEY.get_or_init(|| {
        let pass = Passphrase::new(zeroize::Zeroizing::new("fuzz passphrase".into()));
        derive_key(&pass, &SALT, KDF_VERSIONS[0]).expect("kdf")
    })
    .duplicate()
}

fuzz_target!(|data: &[u8]| {
    let Ok(mut f) = tempfile::NamedTempFile::new() else { return };
    let mut bytes = SALT.to_vec();
    bytes.extend_from_slice(data);
    if std::io::Write::write_all(&mut f, &bytes).is_err() {
        return;
    }
    let _ = Store::open_with_key(f.path(), key());
});

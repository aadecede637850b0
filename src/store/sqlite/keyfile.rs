//! The key file beside a store file (`kabinet.db.keys`): its users' key slots
//! ([`crate::slots::Table`]), read before the store can be unlocked and replaced atomically
//! (written beside it under a temporary name, synced, renamed over it).

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::{Path, PathBuf};

use super::super::{Error, Result};
use crate::slots::Table;

/// The first bytes of the salt of a store whose key is random and kept in a key file: told
/// from a store of before, whose key was derived from its passphrase, without a key.
pub const SALT_MARK: &[u8; 4] = b"KBN1";

/// Where the store at `store`'s key file is.
pub fn path_of(store: &Path) -> PathBuf {
    let mut name = store.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    name.push(".keys");
    store.with_file_name(name)
}

/// The key file's table; `None` when there is no file.
pub fn read(store: &Path) -> Result<Option<Table>> {
    let path = path_of(store);
    let text = match fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
            return Err(Error::KeysDamaged { path, why: "not UTF-8".into() });
        }
        Err(e) => return Err(Error::File { path, source: e }),
    };
    Table::parse(&text).map(Some).map_err(|e| Error::KeysDamaged { path, why: e.to_string() })
}

/// Writes the table as the store's key file, replacing any: a crash leaves the old file or
/// the new one, never a part.
pub fn write(store: &Path, table: &Table) -> Result<()> {
    write_to(&path_of(store), table)
}

/// Writes the table at `path` (a key file), replacing any, atomically.
pub fn write_to(path: &Path, table: &Table) -> Result<()> {
    let text = table.to_text().map_err(|e| Error::Internal(e.to_string()))?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tag = hex::encode(crate::crypto::random_bytes::<6>()?);
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{tag}.tmp"));
    let written = (|| {
        let mut f = OpenOptions::new().write(true).create_new(true).mode(0o600).open(&tmp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        fs::rename(&tmp, path)?;
        File::open(&dir)?.sync_all()
    })();
    written.map_err(|e| {
        let _ = fs::remove_file(&tmp);
        Error::File { path: path.to_owned(), source: e }
    })
}

/// Removes the key file (a store whose making failed).
pub fn remove(store: &Path) {
    let _ = fs::remove_file(path_of(store));
}

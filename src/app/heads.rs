//! Whether a store was rolled back: its audit trail against a head seen before — remembered by
//! this machine after each command, printed on a receipt or in a signed export's signature.
//! The chain's seal lives inside the file, so an older copy put in its place verifies on its
//! own; only a head kept elsewhere tells that entries are missing.

use super::Result;
use crate::store::Reader;
use crate::store::audit::Head;

/// Where a store stands against a head seen before.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Standing {
    /// The store holds that head (and may have gone on from it).
    Holds,
    /// The store's trail ends before it: entries `from..=to` are missing.
    Behind { from: i64, to: i64 },
    /// The store holds an entry of that number, but another one: its history was rewritten
    /// from there (an older copy that was then written to).
    Diverged { seq: i64 },
}

/// The store's identity across passphrase changes and copies: its signing key's ID.
pub fn store_id(r: Reader) -> Result<String> {
    Ok(r.store_id()?)
}

/// Compares the store's trail with `seen`.
pub fn compare(r: Reader, seen: &Head) -> Result<Standing> {
    let last = r.head()?.map_or(0, |h| h.seq);
    if last < seen.seq {
        return Ok(Standing::Behind { from: last + 1, to: seen.seq });
    }
    Ok(match r.head_at(seen.seq)? {
        Some(h) if h == *seen => Standing::Holds,
        _ => Standing::Diverged { seq: seen.seq },
    })
}

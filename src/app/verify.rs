//! The evidence check of a store (`kabinet verify`, and every backup before it is restored):
//! each problem is named, up to [`MAX_NAMED`] of a kind, the rest counted.

use super::Result;
use crate::store::Reader;
use crate::store::verify::Report;

/// Problems named per kind before the rest are only counted.
pub const MAX_NAMED: usize = 20;

/// Runs every check of the store's integrity.
pub fn check(r: Reader) -> Result<Report> {
    Ok(r.verify(MAX_NAMED)?)
}

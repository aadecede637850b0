//! Personal values as the office server keeps them: encrypted on the clerk's machine with
//! AES-256-GCM, each bound to its office, table, row and column (a value moved to another row
//! or column does not open), and looked up by a keyed hash of the normalised value (HMAC-SHA256)
//! where kabinet needs to find one (duplicates, an identifier). Both keys are derived (HKDF)
//! from the store's data key, which never leaves the clerks' machines.

use ring::{aead, hkdf, hmac};
use zeroize::Zeroizing;

use crate::crypto::{self, Key};

/// Where a value belongs: what its encryption is bound to.
#[derive(Debug, Clone, Copy)]
pub struct Place<'a> {
    pub office: i16,
    pub table: &'a str,
    pub row: i64,
    pub column: &'a str,
}

impl Place<'_> {
    fn aad(&self) -> Vec<u8> {
        format!("kabinet field v1\0{}\0{}\0{}\0{}", self.office, self.table, self.row, self.column)
            .into_bytes()
    }
}

/// The keys of one store's values.
pub struct Fields {
    seal: aead::LessSafeKey,
    lookup: hmac::Key,
    chain: hmac::Key,
    row: hmac::Key,
}

/// A value that does not open: another store's, moved, or changed on the server.
#[derive(Debug, thiserror::Error)]
#[error("a value does not open where it is kept ({table}, row {row}, {column})")]
pub struct Unopened {
    pub table: String,
    pub row: i64,
    pub column: String,
}

fn derive(data_key: &Key, what: &[u8]) -> Zeroizing<[u8; 32]> {
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, b"kabinet server").extract(data_key.expose());
    let mut out = Zeroizing::new([0u8; 32]);
    // HKDF-SHA256 gives 32 bytes for one info string: this cannot fail.
    if let Ok(okm) = prk.expand(&[what], hkdf::HKDF_SHA256) {
        let _ = okm.fill(out.as_mut());
    }
    out
}

impl Fields {
    pub fn new(data_key: &Key) -> Result<Fields, crypto::Error> {
        let seal = derive(data_key, b"field seal v1");
        let unbound = aead::UnboundKey::new(&aead::AES_256_GCM, seal.as_ref())
            .map_err(|_| crypto::Error::Random)?;
        Ok(Fields {
            seal: aead::LessSafeKey::new(unbound),
            lookup: hmac::Key::new(hmac::HMAC_SHA256, derive(data_key, b"lookup v1").as_ref()),
            chain: hmac::Key::new(hmac::HMAC_SHA256, derive(data_key, b"audit chain v1").as_ref()),
            row: hmac::Key::new(hmac::HMAC_SHA256, derive(data_key, b"row seal v1").as_ref()),
        })
    }

    /// Encrypts `plain` for `place`: nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, place: Place, plain: &[u8]) -> Result<Vec<u8>, crypto::Error> {
        let nonce: [u8; 12] = crypto::random_bytes()?;
        let mut buf = plain.to_vec();
        self.seal
            .seal_in_place_append_tag(
                aead::Nonce::assume_unique_for_key(nonce),
                aead::Aad::from(place.aad()),
                &mut buf,
            )
            .map_err(|_| crypto::Error::Random)?;
        let mut out = nonce.to_vec();
        out.extend(buf);
        Ok(out)
    }

    /// Opens what [`Fields::seal`] made for the same place.
    pub fn open(&self, place: Place, sealed: &[u8]) -> Result<Zeroizing<Vec<u8>>, Unopened> {
        let unopened = || Unopened {
            table: place.table.to_owned(),
            row: place.row,
            column: place.column.to_owned(),
        };
        if sealed.len() < 12 + 16 {
            return Err(unopened());
        }
        let (nonce, rest) = sealed.split_at(12);
        let nonce = aead::Nonce::try_assume_unique_for_key(nonce).map_err(|_| unopened())?;
        let mut buf = Zeroizing::new(rest.to_vec());
        let plain = self
            .seal
            .open_in_place(nonce, aead::Aad::from(place.aad()), &mut buf)
            .map_err(|_| unopened())?;
        Ok(Zeroizing::new(plain.to_vec()))
    }

    /// The keyed hash a value is looked up by (its column's, so equal values in two columns
    /// do not match): the caller normalises the value first.
    pub fn lookup(&self, column: &str, normalised: &str) -> Vec<u8> {
        let mut ctx = hmac::Context::with_key(&self.lookup);
        ctx.update(column.as_bytes());
        ctx.update(b"\0");
        ctx.update(normalised.as_bytes());
        ctx.sign().as_ref()[..16].to_vec()
    }

    /// A row's seal: an HMAC over its place and every value it keeps, as this side reads them
    /// (`canonical`), so a value in clear changed on the server (a date, a status) shows.
    pub fn row_seal(&self, office: i16, table: &str, row: i64, canonical: &[u8]) -> Vec<u8> {
        let mut ctx = hmac::Context::with_key(&self.row);
        for v in [&office.to_be_bytes()[..], table.as_bytes(), &row.to_be_bytes(), canonical] {
            ctx.update(&(v.len() as u64).to_be_bytes());
            ctx.update(v);
        }
        ctx.sign().as_ref()[..16].to_vec()
    }

    /// The audit chain's HMAC of an entry: over the previous entry's and each value with its
    /// length, as the local store's chain is.
    pub fn chain(&self, prev: Option<&[u8]>, values: &[&[u8]]) -> Vec<u8> {
        let mut ctx = hmac::Context::with_key(&self.chain);
        for v in std::iter::once(prev.unwrap_or_default()).chain(values.iter().copied()) {
            ctx.update(&(v.len() as u64).to_be_bytes());
            ctx.update(v);
        }
        ctx.sign().as_ref()[..16].to_vec()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(row: i64, column: &str) -> Place<'_> {
        Place { office: 1, table: "records", row, column }
    }

    #[test]
    fn a_value_opens_only_where_it_was_sealed_and_only_with_its_key() {
        let key = Key::from_bytes([7; 32]);
        let f = Fields::new(&key).expect("keys");
        let sealed = f.seal(place(1, "subject_name"), "Иванова Мария".as_bytes()).expect("seal");
        assert!(!sealed.windows(6).any(|w| w == "Иван".as_bytes()));
        let plain = f.open(place(1, "subject_name"), &sealed).expect("opens");
        assert_eq!(plain.as_slice(), "Иванова Мария".as_bytes());
        assert!(f.open(place(2, "subject_name"), &sealed).is_err(), "another row");
        assert!(f.open(place(1, "result"), &sealed).is_err(), "another column");
        let other = Fields::new(&Key::from_bytes([8; 32])).expect("keys");
        assert!(other.open(place(1, "subject_name"), &sealed).is_err(), "another store");
        // Two seals of one value differ; their look-up hashes agree, per column.
        let again = f.seal(place(1, "subject_name"), "Иванова Мария".as_bytes()).expect("seal");
        assert_ne!(sealed, again);
        assert_eq!(f.lookup("snils", "11223344595"), f.lookup("snils", "11223344595"));
        assert_ne!(f.lookup("snils", "11223344595"), f.lookup("subject_id", "11223344595"));
        assert_ne!(f.lookup("snils", "11223344595"), other.lookup("snils", "11223344595"));
        // The chain covers the previous HMAC.
        let a = f.chain(None, &[b"1", b"add"]);
        assert_ne!(f.chain(Some(&a), &[b"2", b"add"]), f.chain(None, &[b"2", b"add"]));
    }
}

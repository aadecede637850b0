//! ИНН (10 digits for an organisation, 12 for a person), ОГРН (13) and ОГРНИП (15).

use super::{Problem, digits_only};

const W10: [u32; 9] = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const W11: [u32; 10] = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const W12: [u32; 11] = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

fn weighted(d: &[u8], w: &[u32]) -> u32 {
    (d.iter().zip(w).map(|(d, w)| u32::from(*d) * w).sum::<u32>() % 11) % 10
}

fn digit_values(s: &str) -> Vec<u8> {
    s.bytes().map(|b| b - b'0').collect()
}

/// Validates an ИНН; returns its digits.
pub fn inn(s: &str) -> Result<String, Problem> {
    let d = match digits_only(s) {
        Some(d) if d.len() == 10 || d.len() == 12 => d,
        _ => return Err(super::misshapen(s, "10 or 12 digits", 10)),
    };
    let v = digit_values(&d);
    let expected = if v.len() == 10 {
        weighted(&v[..9], &W10).to_string()
    } else {
        let d11 = weighted(&v[..10], &W11) as u8;
        let mut first11 = v[..10].to_vec();
        first11.push(d11);
        let d12 = weighted(&first11, &W12);
        format!("{d11}{d12}")
    };
    if d.ends_with(&expected) { Ok(d) } else { Err(Problem::CheckDigit { expected }) }
}

/// A registration number: `len` digits, the first one of `kinds` (the kind of registration),
/// the last (the first `len - 1` mod `modulus`) mod 10.
fn mod_check(s: &str, len: usize, modulus: u64, kinds: &'static str) -> Result<String, Problem> {
    let shape = if len == 13 { "13 digits" } else { "15 digits" };
    let d = match digits_only(s) {
        Some(d) if d.len() == len => d,
        _ => return Err(super::misshapen(s, shape, len)),
    };
    if !d.starts_with(|c| kinds.contains(c)) {
        return Err(Problem::FirstDigit { allowed: kinds });
    }
    let body: u64 = d[..len - 1].parse().map_err(|_| Problem::Shape { expected: shape })?;
    let expected = ((body % modulus) % 10).to_string();
    if d.ends_with(&expected) { Ok(d) } else { Err(Problem::CheckDigit { expected }) }
}

/// The first digit of a 13-digit number: 1 and 5 a legal entity's primary number (ОГРН), 2 and
/// 6–9 a later entry's number (ГРН) of the same register. Never 0; 3 and 4 are an individual
/// entrepreneur's, whose numbers have 15 digits.
pub const OGRN_KINDS: &str = "1256789";
/// The first digit of a 15-digit number: 3 an individual entrepreneur's primary number
/// (ОГРНИП), 4 a later entry's (ГРН).
pub const OGRNIP_KINDS: &str = "34";

/// Validates an ОГРН: 13 digits, the first the kind of registration ([`OGRN_KINDS`]), the
/// check = (first 12 mod 11) mod 10.
pub fn ogrn(s: &str) -> Result<String, Problem> {
    mod_check(s, 13, 11, OGRN_KINDS)
}

/// Validates an ОГРНИП: 15 digits, the first 3 or 4 ([`OGRNIP_KINDS`]), the check = (first 14
/// mod 13) mod 10.
pub fn ogrnip(s: &str) -> Result<String, Problem> {
    mod_check(s, 15, 13, OGRNIP_KINDS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_numbers() {
        // Published examples: ФНС России (7707329152), Сбербанк (7707083893), a person's ИНН.
        for good in ["7707329152", "7707083893", "500100732259", "7830002293"] {
            assert_eq!(inn(good), Ok(good.to_owned()), "{good}");
        }
        assert_eq!(inn("7707329153"), Err(Problem::CheckDigit { expected: "2".into() }));
        assert_eq!(inn("500100732258"), Err(Problem::CheckDigit { expected: "59".into() }));
        assert!(inn("77073291").is_err());
        // ОГРН of Сбербанк, ОГРНИП example.
        assert_eq!(ogrn("1027700132195"), Ok("1027700132195".into()));
        assert_eq!(ogrn("1027700132196"), Err(Problem::CheckDigit { expected: "5".into() }));
        assert_eq!(ogrnip("304500116000157"), Ok("304500116000157".into()));
        assert!(ogrnip("304500116000158").is_err());
    }

    #[test]
    fn the_first_digit_is_the_kind_of_registration() {
        // Check digits right, first digit not a kind of registration.
        let first = |allowed| Err(Problem::FirstDigit { allowed });
        assert_eq!(ogrn("0308246281948"), first(OGRN_KINDS));
        assert_eq!(ogrn("3027700132193"), first(OGRN_KINDS));
        assert_eq!(ogrnip("104500116000150"), first(OGRNIP_KINDS));
        assert_eq!(ogrnip("504500116000151"), first(OGRNIP_KINDS));
        // A later entry's number (ГРН) and the newer primary numbers starting with 5.
        assert_eq!(ogrn("2027700132194"), Ok("2027700132194".into()));
        assert_eq!(ogrn("5087746390353"), Ok("5087746390353".into()));
        assert_eq!(ogrnip("404500116000154"), Ok("404500116000154".into()));
    }
}

//! Properties of the check-digit validators: a number built with its computed check digits
//! always passes; changing a check digit always fails; changing any other digit fails except
//! where the published algorithm itself cannot tell (its known collisions), which an
//! independent implementation decides here.

use proptest::prelude::*;

use super::inn::{OGRN_KINDS, OGRNIP_KINDS};
use super::{Check, inn, ogrn, ogrnip, snils};

fn digits(v: &[u8]) -> String {
    v.iter().map(|d| char::from(b'0' + d)).collect()
}

/// Independent СНИЛС check: the DOMAIN.md rule written out again.
fn snils_check(first9: &[u8]) -> u32 {
    let s: u32 = first9.iter().zip((1..=9).rev()).map(|(d, w)| u32::from(*d) * w).sum();
    if s < 100 {
        s
    } else if s <= 101 {
        0
    } else {
        (s % 101) % 100
    }
}

fn inn_digit(d: &[u8], w: &[u32]) -> u8 {
    ((d.iter().zip(w).map(|(d, w)| u32::from(*d) * w).sum::<u32>() % 11) % 10) as u8
}

fn inn_build(body: &[u8]) -> Vec<u8> {
    let mut v = body.to_vec();
    if body.len() == 9 {
        v.push(inn_digit(body, &[2, 4, 10, 3, 5, 9, 4, 6, 8]));
    } else {
        v.push(inn_digit(&v.clone(), &[7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
        v.push(inn_digit(&v.clone(), &[3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]));
    }
    v
}

fn mod_build(body: &[u8], m: u64) -> Vec<u8> {
    let n = body.iter().fold(0u64, |a, d| a * 10 + u64::from(*d));
    let mut v = body.to_vec();
    v.push(((n % m) % 10) as u8);
    v
}

/// Every single-digit change of `v`: (position, changed number).
fn changes(v: &[u8]) -> Vec<(usize, Vec<u8>)> {
    let mut out = Vec::new();
    for i in 0..v.len() {
        for d in 0..10u8 {
            if d != v[i] {
                let mut c = v.to_vec();
                c[i] = d;
                out.push((i, c));
            }
        }
    }
    out
}

proptest! {
    #[test]
    fn snils_built_passes_and_changes_fail(body in proptest::collection::vec(0u8..10, 9)) {
        let n: u32 = body.iter().fold(0, |a, d| a * 10 + u32::from(*d));
        prop_assume!(n > 1_001_998);
        let c = snils_check(&body);
        let mut v = body.clone();
        v.extend([(c / 10) as u8, (c % 10) as u8]);
        prop_assert!(snils(&digits(&v)).is_ok());
        for (i, changed) in changes(&v) {
            let n2: u32 = changed[..9].iter().fold(0, |a, d| a * 10 + u32::from(*d));
            let given = u32::from(changed[9]) * 10 + u32::from(changed[10]);
            let should_pass = n2 <= 1_001_998 || (i < 9 && snils_check(&changed[..9]) == given);
            prop_assert_eq!(snils(&digits(&changed)).is_ok(), should_pass, "{}", digits(&changed));
            if i >= 9 {
                prop_assert!(snils(&digits(&changed)).is_err());
            }
        }
    }

    #[test]
    fn inn_built_passes_and_changes_fail(len in prop_oneof![Just(9usize), Just(10usize)], seed in proptest::collection::vec(0u8..10, 10)) {
        let v = inn_build(&seed[..len]);
        prop_assert!(inn(&digits(&v)).is_ok());
        for (i, changed) in changes(&v) {
            let ok = inn(&digits(&changed)).is_ok();
            prop_assert_eq!(ok, inn_build(&changed[..len]) == changed);
            if i >= len {
                prop_assert!(!ok);
            }
        }
    }

    #[test]
    fn ogrn_and_ogrnip_built_pass_and_changes_fail(
        body in proptest::collection::vec(0u8..10, 14),
        kind in 0usize..7,
    ) {
        let cases: [(usize, u64, &str, Check); 2] =
            [(12, 11, OGRN_KINDS, ogrn), (14, 13, OGRNIP_KINDS, ogrnip)];
        for (len, m, kinds, f) in cases {
            // The first digit is the kind of registration: any of the allowed ones.
            let kinds = kinds.as_bytes();
            let mut body = body[..len].to_vec();
            body[0] = kinds[kind % kinds.len()] - b'0';
            let v = mod_build(&body, m);
            prop_assert!(f(&digits(&v)).is_ok());
            for (i, changed) in changes(&v) {
                let ok = f(&digits(&changed)).is_ok();
                let kind_ok = kinds.contains(&(changed[0] + b'0'));
                prop_assert_eq!(ok, kind_ok && mod_build(&changed[..len], m) == changed);
                if i == len {
                    prop_assert!(!ok);
                }
            }
        }
    }
}

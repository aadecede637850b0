//! СНИЛС: 11 digits, `XXX-XXX-XXX YY`, with the Pension Fund's check number.

use super::{Problem, digits_only, misshapen};

/// The check number of the first nine digits (DOMAIN.md).
fn check_number(first9: &[u8]) -> u32 {
    let sum: u32 = first9.iter().enumerate().map(|(i, d)| u32::from(*d) * (9 - i as u32)).sum();
    match sum {
        0..=99 => sum,
        100 | 101 => 0,
        _ => {
            let r = sum % 101;
            if r == 100 { 0 } else { r }
        }
    }
}

/// Validates a СНИЛС typed with or without separators; returns its 11 digits.
/// Numbers up to 001-001-998 predate the check number and are accepted as they are.
pub fn snils(s: &str) -> Result<String, Problem> {
    let d = match digits_only(s) {
        Some(d) if d.len() == 11 => d,
        _ => {
            return Err(misshapen(s, "11 digits (XXX-XXX-XXX YY)", 11));
        }
    };
    let bytes: Vec<u8> = d.bytes().map(|b| b - b'0').collect();
    let number: u32 = bytes[..9].iter().fold(0, |acc, x| acc * 10 + u32::from(*x));
    if number <= 1_001_998 {
        return Ok(d);
    }
    let given = u32::from(bytes[9]) * 10 + u32::from(bytes[10]);
    let want = check_number(&bytes[..9]);
    if given == want { Ok(d) } else { Err(Problem::Checksum { expected: format!("{want:02}") }) }
}

/// `11223344595` → `112-233-445 95`; anything else is returned as it is.
pub fn format_snils(d: &str) -> String {
    if d.len() == 11 && d.bytes().all(|b| b.is_ascii_digit()) {
        format!("{}-{}-{} {}", &d[..3], &d[3..6], &d[6..9], &d[9..])
    } else {
        d.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_numbers() {
        assert_eq!(snils("112-233-445 95"), Ok("11223344595".into()));
        assert_eq!(snils("11223344595"), Ok("11223344595".into()));
        assert_eq!(snils("112-233-445 96"), Err(Problem::Checksum { expected: "95".into() }));
        // At and below 001-001-998 there is no check number.
        assert!(snils("001-001-998 42").is_ok());
        assert!(snils("000-000-001 00").is_ok());
        assert_eq!(snils("001-001-999 65"), Ok("00100199965".into()));
        assert_eq!(snils("001-001-999 00"), Err(Problem::Checksum { expected: "65".into() }));
        assert!(snils("1122334459").is_err());
        assert_eq!(format_snils("11223344595"), "112-233-445 95");
    }

    #[test]
    fn sums_of_100_and_101_give_00() {
        // 001-001-999: sum 9*0+8*0+7*1+6*0+5*0+4*1+3*9+2*9+1*9 = 65 -> check 65.
        assert_eq!(check_number(&[0, 0, 1, 0, 0, 1, 9, 9, 9]), 65);
        // Weighted sums of exactly 100 and 101 give 00; above, the remainder mod 101.
        assert_eq!(check_number(&[9, 2, 0, 0, 0, 0, 0, 0, 3]), 0);
        assert_eq!(check_number(&[9, 2, 0, 0, 0, 0, 0, 0, 4]), 0);
        assert_eq!(check_number(&[9, 9, 9, 9, 9, 9, 9, 9, 9]), 405 % 101);
    }
}

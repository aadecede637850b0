//! Document numbers: passport, driver's licence, полис ОМС; and contacts: phone, e-mail.

use super::{Problem, digits_only, misshapen};

/// Паспорт РФ, series and number together (`45 06 123456`): 10 digits.
pub fn passport(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 10 => Ok(d),
        _ => Err(misshapen(s, "series 4 digits and number 6 digits (45 06 123456)", 10)),
    }
}

/// Passport series alone: 4 digits, often written `45 06`.
pub fn passport_series(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 4 => Ok(d),
        _ => Err(misshapen(s, "4 digits (45 06)", 4)),
    }
}

/// Passport number alone: 6 digits.
pub fn passport_number(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 6 => Ok(d),
        _ => Err(misshapen(s, "6 digits", 6)),
    }
}

fn is_cyrillic_upper(c: char) -> bool {
    ('А'..='Я').contains(&c) || c == 'Ё'
}

/// Водительское удостоверение: 2 digits, 2 digits or Cyrillic letters, 6 digits (`99 12 345678`,
/// `77 УА 123456`). Returns the 10 characters, letters upper-cased.
pub fn driver_license(s: &str) -> Result<String, Problem> {
    let chars: Vec<char> = s
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '\u{a0}'))
        .flat_map(char::to_uppercase)
        .collect();
    let ok = chars.len() == 10
        && chars[..2].iter().all(char::is_ascii_digit)
        && (chars[2..4].iter().all(char::is_ascii_digit)
            || chars[2..4].iter().all(|c| is_cyrillic_upper(*c)))
        && chars[4..].iter().all(char::is_ascii_digit);
    if ok {
        Ok(chars.into_iter().collect())
    } else {
        Err(Problem::Shape {
            expected: "2 digits, 2 digits or Cyrillic letters, 6 digits (99 12 345678)",
        })
    }
}

/// Полис ОМС единого образца: 16 digits.
pub fn oms(s: &str) -> Result<String, Problem> {
    match digits_only(s) {
        Some(d) if d.len() == 16 => Ok(d),
        _ => Err(misshapen(s, "16 digits", 16)),
    }
}

/// A Russian phone number in any usual form → `+79123456789`.
pub fn phone(s: &str) -> Result<String, Problem> {
    let shape = Problem::Shape { expected: "+7 and 10 digits (8 912 345-67-89)" };
    let t = s.trim();
    let plus = t.starts_with('+');
    let digits: String = {
        let body = if plus { &t[1..] } else { t };
        let mut out = String::new();
        for c in body.chars() {
            match c {
                '0'..='9' => out.push(c),
                ' ' | '-' | '(' | ')' | '.' | '\u{a0}' => {}
                _ => return Err(shape),
            }
        }
        out
    };
    let national = match (plus, digits.len()) {
        (true, 11) if digits.starts_with('7') => &digits[1..],
        (false, 11) if digits.starts_with('8') || digits.starts_with('7') => &digits[1..],
        (false, 10) => &digits[..],
        _ => return Err(shape),
    };
    Ok(format!("+7{national}"))
}

/// An e-mail address: one `@`, no spaces, something on both sides, a dot in the domain.
/// The domain is lower-cased.
pub fn email(s: &str) -> Result<String, Problem> {
    let t = s.trim();
    let shape = Problem::Shape { expected: "name@domain, one @ and no spaces" };
    if t.chars().any(char::is_whitespace) || t.matches('@').count() != 1 {
        return Err(shape);
    }
    let (local, domain) = t.split_once('@').ok_or(shape.clone())?;
    if local.is_empty()
        || domain.is_empty()
        || !domain.contains('.')
        || domain.starts_with('.')
        || domain.ends_with('.')
    {
        return Err(shape);
    }
    Ok(format!("{local}@{}", domain.to_lowercase()))
}

/// `4506123456` → `45 06 123456`.
pub fn format_passport(d: &str) -> String {
    if d.len() == 10 && d.is_ascii() {
        format!("{} {} {}", &d[..2], &d[2..4], &d[4..])
    } else {
        d.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents() {
        assert_eq!(passport("45 06 123456"), Ok("4506123456".into()));
        assert_eq!(format_passport("4506123456"), "45 06 123456");
        assert!(passport("45 06 12345").is_err());
        assert_eq!(passport_series("45 06"), Ok("4506".into()));
        assert_eq!(driver_license("99 12 345678"), Ok("9912345678".into()));
        assert_eq!(driver_license("77 уа 123456"), Ok("77УА123456".into()));
        assert!(driver_license("77 UA 123456").is_err());
        assert!(driver_license("77 У1 123456").is_err());
        assert_eq!(oms("7754 3008 9123 4567"), Ok("7754300891234567".into()));
        assert!(oms("775430089123456").is_err());
    }

    #[test]
    fn phones_and_emails() {
        for p in [
            "8 (912) 345-67-89",
            "+7 912 345 67 89",
            "79123456789",
            "9123456789",
            "+7(912)345-67-89",
        ] {
            assert_eq!(phone(p), Ok("+79123456789".into()), "{p}");
        }
        for bad in ["+8 912 345 67 89", "12345", "8 912 345 67 8x", "+7 912 345 67 890"] {
            assert!(phone(bad).is_err(), "{bad}");
        }
        assert_eq!(email("Ivanov@Mail.RU"), Ok("Ivanov@mail.ru".into()));
        for bad in ["a@@b.ru", "a b@c.ru", "@c.ru", "a@", "a@localhost", "a.ru"] {
            assert!(email(bad).is_err(), "{bad}");
        }
    }
}

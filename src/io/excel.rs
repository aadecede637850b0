//! What spreadsheet programs do to cells, and what kabinet does about it: text that begins
//! like a formula (`=`, `+`, `-`, `@`, a tab, a carriage return) is written with a leading
//! apostrophe so no spreadsheet evaluates it (OWASP's rule against CSV injection, CWE-1236),
//! and reading takes exactly that apostrophe off again; amounts are written with the decimal
//! comma Russian Excel expects, and read with it, with spaces or no-break spaces between
//! thousands (`2 074,50`).

use std::borrow::Cow;

/// The characters a spreadsheet may take as the start of a formula.
const TRIGGERS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn escaped_start(rest: &str) -> bool {
    rest.starts_with(TRIGGERS) || rest.starts_with('\'')
}

/// Whether a spreadsheet must get `value` marked as text: it begins like a formula, or with an
/// apostrophe that reading would take off.
pub fn needs_escape(value: &str) -> bool {
    value.starts_with(TRIGGERS) || is_escaped(value)
}

/// A cell's text as a spreadsheet must get it: with an apostrophe in front when
/// [`needs_escape`], as it is otherwise.
pub fn escape(value: &str) -> Cow<'_, str> {
    if needs_escape(value) { Cow::Owned(format!("'{value}")) } else { Cow::Borrowed(value) }
}

/// Whether `value` begins with the apostrophe [`escape`] puts in front.
pub fn is_escaped(value: &str) -> bool {
    value.strip_prefix('\'').is_some_and(escaped_start)
}

/// Takes off exactly the apostrophe [`escape`] put in front; any other text is left as it is.
pub fn unescape(value: &str) -> &str {
    if is_escaped(value) { &value[1..] } else { value }
}

/// An amount as Russian Excel shows it: `1074,50`.
pub fn decimal_comma(amount: &str) -> Cow<'_, str> {
    if amount.contains('.') {
        Cow::Owned(amount.replacen('.', ",", 1))
    } else {
        Cow::Borrowed(amount)
    }
}

/// Spaces Excel puts between thousands: a space, a no-break space, a narrow no-break space.
fn is_group_space(c: char) -> bool {
    matches!(c, ' ' | '\u{a0}' | '\u{202f}')
}

/// An amount written with a decimal comma and, optionally, spaces between thousands
/// (`1074,50`, `2 074,50`, `1 000 000`), as kabinet keeps amounts (`2074.50`); `None` when it
/// is not written so (then it is read as it is, and checked as any amount).
pub fn from_decimal_comma(cell: &str) -> Option<String> {
    let cell = cell.trim();
    let (int, frac) = match cell.split_once(',') {
        Some((i, f)) => (i, Some(f)),
        None => (cell, None),
    };
    if frac.is_none() && !int.contains(is_group_space) {
        return None;
    }
    let groups: Vec<&str> = int.split(is_group_space).collect();
    let grouped = groups.len() > 1;
    let groups_ok = groups.iter().enumerate().all(|(i, g)| {
        !g.is_empty()
            && g.bytes().all(|b| b.is_ascii_digit())
            && (!grouped || if i == 0 { g.len() <= 3 } else { g.len() == 3 })
    });
    let frac_ok = frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !groups_ok || !frac_ok {
        return None;
    }
    let int: String = groups.concat();
    Some(match frac {
        Some(f) => format!("{int}.{f}"),
        None => int,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_looking_text_is_escaped_and_read_back_exactly() {
        for (v, written) in [
            ("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"),
            ("+7 900 000-00-00", "'+7 900 000-00-00"),
            ("-осмотр", "'-осмотр"),
            ("@SUM(A1)", "'@SUM(A1)"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("'=x", "''=x"),
            ("''", "'''"),
            ("'abc", "'abc"),
            ("здоров", "здоров"),
            ("", ""),
            ("a=b", "a=b"),
        ] {
            assert_eq!(escape(v), written, "{v:?}");
            assert_eq!(unescape(&escape(v)), v, "{v:?} round trip");
        }
        // Text from elsewhere that only looks escaped keeps its apostrophe unless it is one.
        assert_eq!(unescape("'abc"), "'abc");
        assert_eq!(unescape("'=x"), "=x");
    }

    #[test]
    fn amounts_with_a_decimal_comma_and_grouped_thousands() {
        for (cell, kept) in [
            ("1074,50", "1074.50"),
            ("2 074,50", "2074.50"),
            ("2\u{a0}074,50", "2074.50"),
            ("1\u{202f}000\u{202f}000", "1000000"),
            (" 5,5 ", "5.5"),
            ("0,03", "0.03"),
        ] {
            assert_eq!(from_decimal_comma(cell).as_deref(), Some(kept), "{cell:?}");
        }
        for cell in ["1074.50", "1500", "12 34,5", "1,2,3", "1 0000", ",5", "5,", "abc", "1 074.50"]
        {
            assert_eq!(from_decimal_comma(cell), None, "{cell:?}");
        }
        assert_eq!(decimal_comma("5.03"), "5,03");
        assert_eq!(decimal_comma("1500"), "1500");
    }
}

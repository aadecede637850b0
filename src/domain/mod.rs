//! Records, documents and appointments: their fields, rules and computed statuses.
//! Pure: no SQL, no clap, no clock — "today" and "now" are passed in.

pub mod application;
pub mod appt;
pub mod deadline;
pub mod doc;
pub mod id;
pub mod obligation;
pub mod record;

use std::borrow::Cow;

use chrono::{NaiveDate, NaiveDateTime};

pub use crate::validate::dates;
pub use id::{ItemId, ItemKind};

use crate::validate::{self, MAX_TEXT, Problem};

/// One field of an item: its CSV name (the flag is the same in kebab-case) and whether it
/// must be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    pub name: &'static str,
    pub required: bool,
}

impl Field {
    pub const fn req(name: &'static str) -> Self {
        Field { name, required: true }
    }
    pub const fn opt(name: &'static str) -> Self {
        Field { name, required: false }
    }
}

/// The command-line flag of a field: `subject_id` → `--subject-id`.
pub fn flag_of(field: &str) -> String {
    format!("--{}", field.replace('_', "-"))
}

/// Raw values of an item's fields as typed on the command line, in a prompt or in a CSV cell,
/// before validation. An empty value means "not given".
///
/// A handful of fields, looked up by name many times per item (every imported row builds one):
/// kept in a short list, where the name is found by its address (the same constant) before its
/// text is compared, rather than in a map that compares names as strings on every step.
#[derive(Debug, Clone, Default)]
pub struct Draft(Vec<(&'static str, String)>);

/// Whether two field names are the same: usually the very same constant.
fn same_name(a: &str, b: &str) -> bool {
    std::ptr::eq(a, b) || a == b
}

impl Draft {
    fn slot(&self, field: &str) -> Option<usize> {
        self.0.iter().position(|(name, _)| same_name(name, field))
    }

    pub fn set(&mut self, field: &'static str, value: impl Into<String>) {
        let value = value.into();
        match self.slot(field) {
            Some(i) => self.0[i].1 = value,
            None => self.0.push((field, value)),
        }
    }

    pub fn set_opt(&mut self, field: &'static str, value: Option<impl Into<String>>) {
        if let Some(v) = value {
            self.set(field, v);
        }
    }

    /// Removes a field, giving back its value as it was set.
    pub fn take(&mut self, field: &str) -> Option<String> {
        self.slot(field).map(|i| self.0.swap_remove(i).1)
    }

    /// The trimmed value, or `None` when absent or blank.
    pub fn get(&self, field: &str) -> Option<&str> {
        let i = self.slot(field)?;
        Some(self.0[i].1.trim()).filter(|s| !s.is_empty())
    }

    /// Fields present in the draft (possibly blank, which clears an optional field on edit),
    /// in the order they were first set.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(name, _)| *name)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The names of the fields set.
    pub fn fields(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.0.iter().map(|(f, _)| *f)
    }

    /// This draft with every field of `changes` written over it.
    pub fn overlay(&self, changes: &Draft) -> Draft {
        let mut out = self.clone();
        for (k, v) in &changes.0 {
            out.set(k, v.clone());
        }
        out
    }

    /// Required fields of `fields` that have no value.
    pub fn missing(&self, fields: &[Field]) -> Vec<&'static str> {
        fields.iter().filter(|f| f.required && self.get(f.name).is_none()).map(|f| f.name).collect()
    }
}

/// The same fields with the same values, whatever order they were set in.
impl PartialEq for Draft {
    fn eq(&self, other: &Draft) -> bool {
        self.0.len() == other.0.len()
            && self.0.iter().all(|(k, v)| other.slot(k).is_some_and(|i| other.0[i].1 == *v))
    }
}

impl Eq for Draft {}

/// A refused value: which field, what was given, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: &'static str,
    pub value: String,
    pub problem: Problem,
}

/// How many characters of a value a message quotes before cutting it with `…`.
pub const SHOWN_CHARS: usize = 60;

/// A value from a file or the command line as a message quotes it: control and
/// direction-changing characters escaped (`\u{1b}`), so a cell cannot move the cursor, recolour
/// or reorder the terminal's text, and at most [`SHOWN_CHARS`] characters, so a
/// 10,000-letter cell does not bury the line number.
pub fn shown(value: &str) -> Cow<'_, str> {
    let hidden = is_hidden;
    let long = value.chars().nth(SHOWN_CHARS).is_some();
    if !long && !value.chars().any(hidden) {
        return Cow::Borrowed(value);
    }
    let mut out = String::new();
    for c in value.chars().take(SHOWN_CHARS) {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    if long {
        out.push('…');
    }
    Cow::Owned(out)
}

/// Characters that change what a terminal shows rather than show themselves: C0 and C1 controls
/// (escape sequences, a carriage return that overwrites the line), and the marks that reorder
/// or hide text (bidirectional overrides and isolates, zero-width characters).
pub fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}')
        || matches!(c, '\u{2060}'..='\u{2069}' | '\u{feff}')
}

/// Text from the data as kabinet writes it for a person — a table cell, a `show` line, a
/// message: every [`is_hidden`] character but a line break and a tab written as an escape
/// (`\u{1b}`), so a value cannot move the cursor, recolour, retitle or reorder the terminal,
/// even one stored before such characters were refused.
pub fn printable(value: &str) -> Cow<'_, str> {
    let hidden = |c: char| is_hidden(c) && c != '\n' && c != '\t';
    if !value.chars().any(hidden) {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len() + 8);
    for c in value.chars() {
        if hidden(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Why `v` cannot be stored as text: its first character that changes what a terminal shows
/// (with `lines`, a line break — `\n` or `\r\n` — and a tab are text).
fn hidden_in(v: &str, lines: bool) -> Option<Problem> {
    let mut chars = v.chars().peekable();
    while let Some(c) = chars.next() {
        let allowed = match c {
            '\n' | '\t' => lines,
            '\r' => lines && chars.peek() == Some(&'\n'),
            c => !is_hidden(c),
        };
        if !allowed {
            return Some(match c {
                '\n' | '\t' if !lines => Problem::OneLine,
                c => Problem::Hidden { code: u32::from(c) },
            });
        }
    }
    None
}

/// Reads typed values out of a [`Draft`], collecting every problem rather than stopping at
/// the first, so a clerk fixes a form in one go.
pub struct Reader<'a> {
    draft: &'a Draft,
    today: NaiveDate,
    pub errors: Vec<FieldError>,
}

impl<'a> Reader<'a> {
    pub fn new(draft: &'a Draft, today: NaiveDate) -> Self {
        Reader { draft, today, errors: Vec::new() }
    }

    pub fn fail(&mut self, field: &'static str, value: &str, problem: Problem) {
        self.errors.push(FieldError { field, value: value.to_owned(), problem });
    }

    fn raw(&mut self, field: &'static str, required: bool) -> Option<&'a str> {
        let v = self.draft.get(field);
        if v.is_none() && required {
            self.fail(field, "", Problem::Required);
        }
        v
    }

    /// One line of text, trimmed; `None` when blank. A line break, a tab or any other
    /// character that changes what a terminal shows ([`is_hidden`]) is refused.
    pub fn text(&mut self, field: &'static str, required: bool) -> Option<String> {
        self.some_text(field, required, false)
    }

    /// Free text of several lines (a description, a result, notes), trimmed; `None` when
    /// blank. Line breaks and tabs are kept; any other character that changes what a terminal
    /// shows is refused.
    pub fn prose(&mut self, field: &'static str, required: bool) -> Option<String> {
        self.some_text(field, required, true)
    }

    /// The optional `email` and `phone` of who a reminder reaches, each in its normal form
    /// (`+7` and ten digits for a phone).
    pub fn contact(&mut self) -> (Option<String>, Option<String>) {
        let email = self.checked("email", false, crate::validate::email);
        let phone = self.checked("phone", false, crate::validate::phone);
        (email, phone)
    }

    fn some_text(&mut self, field: &'static str, required: bool, lines: bool) -> Option<String> {
        let v = self.raw(field, required)?;
        if let Some(problem) = hidden_in(v, lines) {
            self.fail(field, v, problem);
            return None;
        }
        // No more characters than bytes: only a long value needs counting.
        if v.len() > MAX_TEXT && v.chars().count() > MAX_TEXT {
            self.fail(field, "", Problem::TooLong { max: MAX_TEXT });
            return None;
        }
        // One line-end convention in the store, whatever the source (a Windows clipboard, a
        // CSV cell saved with CRLF): exports then round-trip byte for byte.
        if v.contains('\r') {
            return Some(v.replace("\r\n", "\n"));
        }
        Some(v.to_owned())
    }

    /// A value passed through a validator that returns its normal form.
    pub fn checked(
        &mut self,
        field: &'static str,
        required: bool,
        check: impl Fn(&str) -> Result<String, Problem>,
    ) -> Option<String> {
        let v = self.raw(field, required)?;
        match check(v) {
            Ok(n) => Some(n),
            Err(p) => {
                self.fail(field, v, p);
                None
            }
        }
    }

    pub fn date(&mut self, field: &'static str, required: bool) -> Option<NaiveDate> {
        let v = self.raw(field, required)?;
        match dates::parse_date(v, self.today) {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(field, v, e.date_problem());
                None
            }
        }
    }

    /// A date that must not lie after today.
    pub fn past_date(&mut self, field: &'static str, required: bool) -> Option<NaiveDate> {
        let d = self.date(field, required)?;
        if d > self.today {
            let v = self.draft.get(field).unwrap_or_default();
            self.fail(field, v, Problem::InFuture);
            return None;
        }
        Some(d)
    }

    /// A date and time; one given with an offset is read in `zone` (the store's).
    pub fn datetime(
        &mut self,
        field: &'static str,
        required: bool,
        zone: chrono_tz::Tz,
    ) -> Option<NaiveDateTime> {
        let v = self.raw(field, required)?;
        match dates::parse_datetime(v, self.today, zone) {
            Ok(d) => Some(d),
            Err(e) => {
                self.fail(field, v, e.datetime_problem());
                None
            }
        }
    }

    pub fn integer(&mut self, field: &'static str, min: i64, max: i64) -> Option<i64> {
        let v = self.raw(field, false)?;
        match v.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Some(n),
            _ => {
                self.fail(field, v, Problem::Integer { min, max });
                None
            }
        }
    }

    /// Checks that `later` (if both are known) is not before `earlier`.
    pub fn not_before(
        &mut self,
        later_field: &'static str,
        later: Option<NaiveDate>,
        earlier_field: &'static str,
        earlier: Option<NaiveDate>,
    ) {
        if let (Some(l), Some(e)) = (later, earlier)
            && l < e
        {
            let v = self.draft.get(later_field).unwrap_or_default();
            self.fail(later_field, v, Problem::Before { other: earlier_field });
        }
    }

    pub fn snils(&mut self, field: &'static str) -> Option<String> {
        self.checked(field, false, validate::snils)
    }

    /// Finishes: the value if every field was good, else every problem found.
    pub fn finish<T>(self, value: impl FnOnce() -> Option<T>) -> Result<T, Vec<FieldError>> {
        if !self.errors.is_empty() {
            return Err(self.errors);
        }
        value().ok_or_else(Vec::new)
    }
}

/// Empty string for `None`, for drafts built from stored values.
pub(crate) fn or_empty(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// A duplicate-detection key, as stored: the [`key_digest`] of the [`key_text`] of the parts.
pub fn natural_key(parts: &[&str]) -> String {
    digest_of(&key_bytes(parts))
}

/// A natural key's text reduced to 22 characters: the first 128 bits of its SHA-256, in
/// URL-safe base64. Stores up to format version 7 kept the text itself; the digest makes the
/// key index a quarter of the size (and an import of 100,000 records ~5 % faster), and two
/// different keys sharing one digest is not a chance worth counting.
pub fn key_digest(text: &str) -> String {
    digest_of(text.as_bytes())
}

fn digest_of(text: &[u8]) -> String {
    use base64ct::Encoding;
    let digest = ring::digest::digest(&ring::digest::SHA256, text);
    base64ct::Base64UrlUnpadded::encode_string(&digest.as_ref()[..16])
}

/// A natural key's text: lower-case, inner white space folded, parts joined by U+001F.
pub fn key_text(parts: &[&str]) -> String {
    let bytes = key_bytes(parts);
    String::from_utf8(bytes).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

/// [`key_text`]'s bytes, built in one buffer: an import computes a key per row, and this is on
/// its hot path.
fn key_bytes(parts: &[&str]) -> Vec<u8> {
    let mut out = Vec::with_capacity(parts.iter().map(|p| p.len() + 1).sum());
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push(0x1f);
        }
        for (j, word) in part.split_whitespace().enumerate() {
            if j > 0 {
                out.push(b' ');
            }
            if !push_russian_lower(&mut out, word) {
                // Whole words keep `str::to_lowercase`'s context rules (final sigma).
                out.extend_from_slice(word.to_lowercase().as_bytes());
            }
        }
    }
    out
}

/// Appends the lower case of a word of ASCII and Russian letters — the usual case — byte by
/// byte, without a Unicode table lookup per letter. Any other letter: appends nothing and
/// says so (false).
fn push_russian_lower(out: &mut Vec<u8>, word: &str) -> bool {
    let start = out.len();
    let mut bytes = word.as_bytes().iter();
    while let Some(&b) = bytes.next() {
        if b.is_ascii() {
            out.push(b.to_ascii_lowercase());
            continue;
        }
        // In UTF-8, А-П are D0 90-9F, Р-Я D0 A0-AF, Ё D0 81; а-п D0 B0-BF, р-я D1 80-8F, ё D1 91.
        let pair = match (b, bytes.next().copied()) {
            (0xD0, Some(c @ 0x90..=0x9F)) => [0xD0, c + 0x20],
            (0xD0, Some(c @ 0xA0..=0xAF)) => [0xD1, c - 0x20],
            (0xD0, Some(0x81)) => [0xD1, 0x91],
            (0xD0, Some(c @ 0xB0..=0xBF)) => [0xD0, c],
            (0xD1, Some(c @ (0x80..=0x8F | 0x91))) => [0xD1, c],
            _ => {
                out.truncate(start);
                return false;
            }
        };
        out.extend_from_slice(&pair);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{SHOWN_CHARS, key_text, natural_key, shown};
    use proptest::prelude::*;
    use std::borrow::Cow;

    #[test]
    fn shown_values_keep_plain_text_and_escape_what_would_steer_the_terminal() {
        assert!(matches!(shown("Иванов И. И., 01.13.2026"), Cow::Borrowed(_)));
        assert_eq!(shown("a\u{1b}[31mb\tc\n"), "a\\u{1b}[31mb\\tc\\n");
        assert_eq!(shown("x\u{202e}y\u{200b}z\u{feff}"), "x\\u{202e}y\\u{200b}z\\u{feff}");
        let exact = "я".repeat(SHOWN_CHARS);
        assert_eq!(shown(&exact), exact);
        assert_eq!(shown(&format!("{exact}ё")), format!("{exact}…"));
    }

    proptest! {
        #[test]
        fn a_shown_value_has_no_control_characters_and_is_bounded(v in any::<String>()) {
            let out = shown(&v);
            prop_assert!(!out.chars().any(char::is_control));
            prop_assert!(out.chars().count() <= SHOWN_CHARS * 10 + 1);
        }
    }

    /// The key's definition, written plainly: the fast version must agree with it, since keys
    /// already stored were built this way.
    fn reference(parts: &[&str]) -> String {
        parts
            .iter()
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
            .collect::<Vec<_>>()
            .join("\u{1f}")
    }

    #[test]
    fn folds_case_and_space() {
        assert_eq!(key_text(&[" Иванов  ИВАН ", "2026-01-02"]), "иванов иван\u{1f}2026-01-02");
        assert_eq!(key_text(&["ΟΔΟΣ"]), reference(&["ΟΔΟΣ"]));
    }

    #[test]
    fn every_cyrillic_letter_lowers_as_unicode_says() {
        // The Russian ones byte by byte, the rest (Ukrainian, Serbian…) by the Unicode tables.
        for c in ('\u{400}'..='\u{4ff}').chain(['A', 'z', '7']) {
            let word = format!("{c}{c}");
            assert_eq!(key_text(&[&word]), word.to_lowercase(), "{c}");
        }
        let mut out = Vec::new();
        assert!(super::push_russian_lower(&mut out, "ЁЛКИ-Палки"));
        assert_eq!(out, "ёлки-палки".as_bytes());
        assert!(!super::push_russian_lower(&mut out, "ЁЛКИЇ"));
        assert_eq!(out, "ёлки-палки".as_bytes());
        assert_eq!(key_text(&["ЁЛКИ Ї"]), "ёлки ї");
    }

    #[test]
    fn the_stored_key_is_a_short_digest_of_the_text() {
        let key = natural_key(&[" Иванов  ИВАН ", "2026-01-02"]);
        assert_eq!(key.len(), 22);
        assert!(key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(key, natural_key(&["иванов иван", "2026-01-02"]));
        assert_ne!(key, natural_key(&["иванов иван", "2026-01-03"]));
        // Parts are kept apart: moving a word across them makes another key.
        assert_ne!(natural_key(&["a b", "c"]), natural_key(&["a", "b c"]));
    }

    proptest! {
        #[test]
        fn agrees_with_the_definition(parts in proptest::collection::vec("[ a-zA-ZёЁа-яА-Я\\u{400}-\\u{4ff}Σσ\\t\\u{a0}0-9-]{0,12}", 1..5)) {
            let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
            prop_assert_eq!(key_text(&parts), reference(&parts));
        }
    }
}

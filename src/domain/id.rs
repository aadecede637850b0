//! Short, typeable item IDs that stay stable for life: `R-42`, `D-7`, `A-3`, `O-1`, `Z-5`.

use std::fmt;

/// The kinds of item a store keeps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ItemKind {
    Record,
    Doc,
    Appt,
    Obligation,
    /// An application (заявление): `Z-…`, `З-…` on a Russian layout.
    Application,
}

impl ItemKind {
    /// Every kind, in the order listings and reports take them.
    pub const ALL: [ItemKind; 5] = [
        ItemKind::Record,
        ItemKind::Doc,
        ItemKind::Appt,
        ItemKind::Obligation,
        ItemKind::Application,
    ];

    pub fn prefix(self) -> char {
        match self {
            ItemKind::Record => 'R',
            ItemKind::Doc => 'D',
            ItemKind::Appt => 'A',
            ItemKind::Obligation => 'O',
            ItemKind::Application => 'Z',
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            ItemKind::Record => "record",
            ItemKind::Doc => "doc",
            ItemKind::Appt => "appt",
            ItemKind::Obligation => "obligation",
            ItemKind::Application => "application",
        }
    }

    fn from_prefix(c: char) -> Option<Self> {
        // Cyrillic look-alikes too: a clerk with a Russian layout types «Р», «Д», «А».
        match c {
            'R' | 'r' | 'Р' | 'р' => Some(ItemKind::Record),
            'D' | 'd' | 'Д' | 'д' => Some(ItemKind::Doc),
            'A' | 'a' | 'А' | 'а' => Some(ItemKind::Appt),
            'O' | 'o' | 'О' | 'о' => Some(ItemKind::Obligation),
            'Z' | 'z' | 'З' | 'з' => Some(ItemKind::Application),
            _ => None,
        }
    }
}

/// One item's ID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ItemId {
    pub kind: ItemKind,
    pub n: i64,
}

impl ItemId {
    pub fn new(kind: ItemKind, n: i64) -> Self {
        ItemId { kind, n }
    }

    /// Parses `R-42`, `r42`, `Р-42`, or a bare `42` when the kind is known from the command.
    /// Returns `None` for anything else, including an ID of another kind than `expected`.
    pub fn parse(s: &str, expected: ItemKind) -> Option<ItemId> {
        let s = s.trim();
        let mut chars = s.chars();
        let first = chars.next()?;
        let digits = if first.is_ascii_digit() {
            s
        } else {
            if ItemKind::from_prefix(first)? != expected {
                return None;
            }
            let rest = chars.as_str();
            rest.strip_prefix('-').unwrap_or(rest)
        };
        if digits.is_empty() || digits.len() > 15 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let n: i64 = digits.parse().ok()?;
        (n > 0).then_some(ItemId { kind: expected, n })
    }
}

impl fmt::Display for ItemId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.kind.prefix(), self.n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_typed_forms() {
        let want = ItemId::new(ItemKind::Record, 42);
        for s in ["R-42", "r42", "Р-42", "42", " R-42 "] {
            assert_eq!(ItemId::parse(s, ItemKind::Record), Some(want), "{s}");
        }
        for s in ["D-42", "R-", "R-0", "R-4x", "", "-5", "R--5"] {
            assert_eq!(ItemId::parse(s, ItemKind::Record), None, "{s}");
        }
        assert_eq!(want.to_string(), "R-42");
    }
}

//! The configuration file (`$XDG_CONFIG_HOME/kabinet/config.toml`, or `KABINET_CONFIG`): what
//! it may hold, and reading it with errors that name the line and the key.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::domain::doc::{DocKind, LeadTimes};

/// Why the configuration cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// `KABINET_CONFIG` names a file that is not there (exit 6).
    #[error("no such file: {}", .0.display())]
    NotFound(PathBuf),
    /// It names a directory (exit 2).
    #[error("{} is a directory", .0.display())]
    IsADirectory(PathBuf),
    /// It cannot be read (exit 1).
    #[error("{}: {source}", path.display())]
    Read { path: PathBuf, source: std::io::Error },
    /// A value is wrong (exit 5): where, which key, why.
    #[error("{}:{line}: {}{problem:?}", path.display(), key.as_deref().map(|k| format!("{k}: ")).unwrap_or_default())]
    Invalid { path: PathBuf, line: usize, key: Option<String>, problem: Problem },
}

/// What is wrong with a value of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Not TOML, or not a key the file may hold: the parser's words.
    Syntax(String),
    /// Not one of the allowed values.
    OneOf { value: String, allowed: Vec<&'static str> },
    /// Not an IANA time zone.
    TimeZone(String),
    /// A lead time outside 0–3660 days.
    LeadDays(i64),
    /// A reminder offset that is not `24h`, `90m` or `2d` (up to 30 days).
    Reminder(String),
    /// Days before an idle application expires outside 1–3660.
    ExpireDays(i64),
    /// A time-out of `kabinet unlock` that is not `90s`, `15m` or `2h`.
    Duration(String),
}

type Result<T> = std::result::Result<T, Error>;

/// What the file may set; every key is optional, and an unknown key is an error.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Default store path (`--store`, `KABINET_STORE` win).
    pub store: Option<PathBuf>,
    /// `ru` or `en` (`--lang`, `KABINET_LANG` win; `LANG`/`LC_ALL` come after it).
    pub lang: Option<String>,
    /// Default output format of lists: `table`, `json` or `csv`.
    pub format: Option<String>,
    /// Holidays file (`--holidays`, `KABINET_HOLIDAYS` win).
    pub holidays: Option<PathBuf>,
    /// Time zone for new stores and for stores that record none.
    pub time_zone: Option<String>,
    /// Days before expiry a document counts as expiring: `default` and per kind.
    #[serde(default)]
    pub lead_days: std::collections::BTreeMap<String, i64>,
    /// When appointments remind, before the start: `["24h", "1h"]`, `"30m"`, `"2d"`.
    pub reminders: Option<Vec<String>>,
    /// Days an open application may go without a change of status before it is shown as
    /// expired (Срок истёк).
    pub application_expire_days: Option<i64>,
    /// `kabinet unlock` and `shell`: forget the key after this long without use (`15m`).
    pub unlock_for: Option<String>,
    /// … and after this long in any case (`10h`).
    pub unlock_at_most: Option<String>,
    /// Reminders sent by `kabinet notify`.
    pub notify: Option<NotifyConfig>,
}

/// The `[notify]` table: where reminders go and how.
#[derive(Debug, Default, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NotifyConfig {
    /// The mail server, as a URL: `smtp://127.0.0.1:2525` (a local relay, no TLS),
    /// `smtp://host:587?tls=required` (STARTTLS), `smtps://user@host` (TLS). No password here:
    /// it comes from `KABINET_SMTP_PASSWORD_FILE` or `KABINET_SMTP_PASSWORD`.
    pub smtp: Option<String>,
    /// The sender address.
    pub from: Option<String>,
    /// Where reminders go by e-mail.
    pub office_email: Option<String>,
    /// A program run with each reminder as JSON on its standard input (`notify-send`, an SMS
    /// gateway's CLI): its words split as a shell would, no shell run.
    pub command: Option<String>,
    /// The fields the command's JSON holds, as `webhook_fields` [default: all of them].
    pub command_fields: Option<Vec<String>>,
    /// A URL each reminder is posted to as JSON (a chat gateway): `https://…`. A token for it
    /// comes from `KABINET_WEBHOOK_TOKEN_FILE` or `KABINET_WEBHOOK_TOKEN`.
    pub webhook: Option<String>,
    /// The fields a webhook's JSON holds, of `item`, `kind`, `occasion`, `what`, `due`,
    /// `overdue`, `days_left` [default: all of them].
    pub webhook_fields: Option<Vec<String>>,
    /// The channel of each kind of reminder (`appointment`, `document`, `follow_up`,
    /// `obligation`, `application`): `email`, `command`, `webhook` or `none` [default: `email`
    /// when `smtp` is set, else `command`, else `webhook`].
    #[serde(default)]
    pub channels: std::collections::BTreeMap<String, String>,
    /// Hours after its first try a reminder that keeps failing is given up (default 24).
    pub give_up_hours: Option<u64>,
    /// The language of the messages, `ru` or `en` [default: the interface's].
    pub lang: Option<String>,
}

/// The file's place: `KABINET_CONFIG`, else `$XDG_CONFIG_HOME/kabinet/config.toml`, else
/// `~/.config/kabinet/config.toml`. The flag says whether it was named explicitly.
pub fn path() -> Option<(PathBuf, bool)> {
    let non_empty = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    if let Some(p) = non_empty("KABINET_CONFIG") {
        return Some((p, true));
    }
    let base =
        non_empty("XDG_CONFIG_HOME").or_else(|| non_empty("HOME").map(|h| h.join(".config")))?;
    Some((base.join("kabinet").join("config.toml"), false))
}

/// A read configuration and where it came from (`None`: no file).
#[derive(Debug, Default)]
pub struct Loaded {
    pub config: Config,
    pub file: Option<PathBuf>,
    pub leads: LeadTimes,
    /// Reminder offsets in minutes, when the file sets them.
    pub reminders: Option<Vec<i64>>,
}

/// Reads the configuration; no file is no configuration, unless `KABINET_CONFIG` named one.
pub fn load() -> Result<Loaded> {
    let Some((path, explicit)) = path() else {
        return Ok(Loaded::default());
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound && !explicit => {
            return Ok(Loaded::default());
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::NotFound(path)),
        Err(_) if path.is_dir() => return Err(Error::IsADirectory(path)),
        Err(e) => return Err(Error::Read { path, source: e }),
    };
    parse(&path, &text)
}

/// Parses and checks a configuration text.
pub fn parse(path: &Path, text: &str) -> Result<Loaded> {
    let config: Config = toml::from_str(text).map_err(|e| Error::Invalid {
        path: path.to_owned(),
        line: e.span().map_or(0, |s| line_of(text, s.start)),
        key: None,
        problem: Problem::Syntax(e.message().trim().to_owned()),
    })?;
    let bad = |key: &str, problem: Problem| Error::Invalid {
        path: path.to_owned(),
        line: key_line(text, key),
        key: Some(key.to_owned()),
        problem,
    };
    let one_of = |value: &str, allowed: &[&'static str]| Problem::OneOf {
        value: value.to_owned(),
        allowed: allowed.to_vec(),
    };
    if let Some(l) = &config.lang
        && !matches!(l.as_str(), "ru" | "en")
    {
        return Err(bad("lang", one_of(l, &["ru", "en"])));
    }
    if let Some(l) = config.notify.as_ref().and_then(|n| n.lang.as_ref())
        && !matches!(l.as_str(), "ru" | "en")
    {
        return Err(bad("notify.lang", one_of(l, &["ru", "en"])));
    }
    if let Some(f) = &config.format
        && !matches!(f.as_str(), "table" | "json" | "csv")
    {
        return Err(bad("format", one_of(f, &["table", "json", "csv"])));
    }
    if let Some(z) = &config.time_zone
        && z.parse::<chrono_tz::Tz>().is_err()
    {
        return Err(bad("time_zone", Problem::TimeZone(z.clone())));
    }
    let mut leads = LeadTimes::default();
    for (key, days) in &config.lead_days {
        if !(0..=3660).contains(days) {
            return Err(bad(key, Problem::LeadDays(*days)));
        }
        if key == "default" {
            leads.default = *days;
        } else if let Some(kind) = DocKind::parse(key) {
            leads.per_kind.push((kind, *days));
        } else {
            let mut allowed = vec!["default"];
            allowed.extend_from_slice(DocKind::CODES);
            return Err(bad(key, one_of(key, &allowed)));
        }
    }
    if let Some(days) = config.application_expire_days
        && !(1..=3660).contains(&days)
    {
        return Err(bad("application_expire_days", Problem::ExpireDays(days)));
    }
    for (key, value) in
        [("unlock_for", &config.unlock_for), ("unlock_at_most", &config.unlock_at_most)]
    {
        if let Some(v) = value
            && duration_seconds(v).is_none()
        {
            return Err(bad(key, Problem::Duration(v.clone())));
        }
    }
    let reminders = match &config.reminders {
        None => None,
        Some(list) => Some(
            list.iter()
                .map(|r| {
                    offset_minutes(r).ok_or_else(|| bad("reminders", Problem::Reminder(r.clone())))
                })
                .collect::<Result<Vec<i64>>>()?,
        ),
    };
    Ok(Loaded { config, file: Some(path.to_owned()), leads, reminders })
}

/// `24h`, `90m`, `2d` as minutes (up to 30 days).
fn offset_minutes(s: &str) -> Option<i64> {
    let s = s.trim();
    let split = s.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = s.split_at(split);
    let n: i64 = n.parse().ok()?;
    let m = match unit {
        "m" | "min" => n,
        "h" => n * 60,
        "d" => n * 24 * 60,
        _ => return None,
    };
    (1..=30 * 24 * 60).contains(&m).then_some(m)
}

/// `90s`, `15m`, `2h` (also `с`, `м`, `ч`) as seconds; `None` for anything else or zero.
pub fn duration_seconds(s: &str) -> Option<u64> {
    let t = s.trim();
    let split = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (n, unit) = t.split_at(split);
    let n: u64 = n.parse().ok()?;
    let secs = match unit {
        "s" | "с" => n,
        "m" | "м" | "min" => n.checked_mul(60)?,
        "h" | "ч" => n.checked_mul(3600)?,
        _ => return None,
    };
    (secs > 0).then_some(secs)
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(0, |t| t.matches('\n').count()) + 1
}

/// The line where `key` is set, for checks made after parsing (`notify.lang`: `lang` under
/// the `[notify]` header).
fn key_line(text: &str, key: &str) -> usize {
    let (start, key) = match key.split_once('.') {
        Some((table, key)) => {
            let header = format!("[{table}]");
            match text.lines().position(|l| l.trim() == header) {
                Some(i) => (i + 1, key),
                None => return 0,
            }
        }
        None => (0, key),
    };
    text.lines()
        .skip(start)
        .position(|l| {
            let l = l.trim_start();
            l.strip_prefix(key).is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map_or(0, |i| start + i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> std::result::Result<Loaded, String> {
        parse(Path::new("config.toml"), text).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_every_key() {
        let l = p("store = \"/data/k.db\"\nlang = \"ru\"\nformat = \"json\"\n\
                   time_zone = \"Europe/Samara\"\n[lead_days]\ndefault = 20\npassport = 90\n")
        .expect("valid");
        assert_eq!(l.leads.default, 20);
        assert_eq!(l.leads.for_kind(DocKind::Passport), 90);
        assert_eq!(l.leads.for_kind(DocKind::DriverLicense), 20);
        assert_eq!(l.config.format.as_deref(), Some("json"));
    }

    #[test]
    fn errors_name_the_line_and_key() {
        let e = p("lang = \"ru\"\nstroe = \"x\"\n").expect_err("unknown key");
        assert!(e.contains(":2:") && e.contains("stroe"), "{e}");
        let e = p("[lead_days]\npassport = \"many\"\n").expect_err("bad type");
        assert!(e.contains(":2:"), "{e}");
        let e = p("format = \"json\"\n[lead_days]\npasport = 90\n").expect_err("bad kind");
        assert!(e.contains(":3:") && e.contains("pasport"), "{e}");
        let e = p("lang = \"de\"\n").expect_err("bad lang");
        assert!(e.contains(":1:") && e.contains("lang"), "{e}");
        let e = p("lang = \"ru\n").expect_err("broken TOML");
        assert!(e.contains(":1:"), "{e}");
    }
}

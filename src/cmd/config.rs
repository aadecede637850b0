//! `kabinet config show`: every effective setting and where it came from.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Subcommand;

use super::context::{Ctx, Format};
use super::failure::Result;
use crate::config;
use crate::domain::doc::DocKind;
use crate::i18n;

#[derive(Subcommand, Debug)]
pub enum ConfigCmd {
    /// Print every effective setting, its value and where it came from
    #[command(after_help = CONFIG_HELP)]
    Show,
}

const CONFIG_HELP: &str = "\
Examples:
  kabinet config show
  kabinet config show --format json

The file is $XDG_CONFIG_HOME/kabinet/config.toml (~/.config/kabinet/config.toml), or the one
KABINET_CONFIG names:
  store = \"/srv/kabinet/journal.db\"
  lang = \"ru\"
  format = \"table\"
  holidays = \"/etc/kabinet/holidays.txt\"
  time_zone = \"Europe/Moscow\"
  reminders = [\"24h\", \"1h\"]
  application_expire_days = 30
  unlock_for = \"15m\"
  unlock_at_most = \"10h\"
  [lead_days]
  default = 30
  passport = 90
Precedence: flag > environment > this file > built-in default.";

/// `kabinet config show`: every effective setting and where it came from.
/// What the command line gave of the settings `config show` traces.
#[derive(Debug, Default)]
pub struct Given {
    pub store: Option<PathBuf>,
    pub holidays: Option<PathBuf>,
    pub lang: bool,
    pub format: bool,
}

pub fn show(ctx: &Ctx, g: &Given, cfg: &config::Loaded, out: &mut dyn Write) -> Result<()> {
    let env_is = |k: &str, v: &Path| std::env::var_os(k).is_some_and(|e| Path::new(&e) == v);
    let given = |k: &str, flag: Option<&PathBuf>, in_cfg: bool| match flag {
        Some(v) if env_is(k, v) => "environment",
        Some(_) => "flag",
        None if in_cfg => "config",
        None => "default",
    };
    let c = &cfg.config;
    let mut rows: Vec<[String; 3]> = Vec::new();
    let file = match (&cfg.file, config::path()) {
        (Some(f), _) => [f.display().to_string(), "file".into()],
        (None, Some((p, _))) => [p.display().to_string(), "none".into()],
        (None, None) => [String::new(), "none".into()],
    };
    rows.push(["config".into(), file[0].clone(), file[1].clone()]);
    rows.push([
        "store".into(),
        ctx.store_path.display().to_string(),
        given("KABINET_STORE", g.store.as_ref(), c.store.is_some()).into(),
    ]);
    let lang_src = if g.lang {
        "flag"
    } else if std::env::var("KABINET_LANG").is_ok_and(|v| !v.is_empty()) {
        "environment"
    } else if c.lang.is_some() {
        "config"
    } else {
        "system"
    };
    rows.push(["lang".into(), i18n::lang().code().into(), lang_src.into()]);
    let format = match ctx.format {
        Format::Table if ctx.ics => "ics",
        Format::Table => "table",
        Format::Json => "json",
        Format::Csv => "csv",
    };
    let format_src = if g.format {
        "flag"
    } else if c.format.is_some() {
        "config"
    } else {
        "default"
    };
    rows.push(["format".into(), format.into(), format_src.into()]);
    let holidays = g.holidays.as_ref().or(c.holidays.as_ref());
    rows.push([
        "holidays".into(),
        holidays.map(|p| p.display().to_string()).unwrap_or_default(),
        given("KABINET_HOLIDAYS", g.holidays.as_ref(), c.holidays.is_some()).into(),
    ]);
    rows.push([
        "time_zone".into(),
        ctx.zone().name().into(),
        if c.time_zone.is_some() { "config" } else { "system" }.into(),
    ]);
    rows.push([
        "lead_days.default".into(),
        cfg.leads.default.to_string(),
        if c.lead_days.contains_key("default") { "config" } else { "default" }.into(),
    ]);
    let reminders = ctx
        .env
        .reminders
        .minutes()
        .iter()
        .map(|m| if m % 60 == 0 { format!("{}h", m / 60) } else { format!("{m}m") })
        .collect::<Vec<_>>()
        .join(", ");
    rows.push([
        "reminders".into(),
        reminders,
        if cfg.reminders.is_some() { "config" } else { "default" }.into(),
    ]);
    rows.push([
        "application_expire_days".into(),
        ctx.env.expire_days.to_string(),
        if c.application_expire_days.is_some() { "config" } else { "default" }.into(),
    ]);
    for (key, set, default) in [
        ("unlock_for", &c.unlock_for, super::unlock::DEFAULT_FOR),
        ("unlock_at_most", &c.unlock_at_most, super::unlock::DEFAULT_AT_MOST),
    ] {
        let from = if set.is_some() { "config" } else { "default" };
        rows.push([key.into(), set.clone().unwrap_or_else(|| default.into()), from.into()]);
    }
    if let Some(n) = &c.notify {
        let set = |v: &Option<String>| v.clone().unwrap_or_default();
        // A webhook's URL may hold its token: said to be set, not shown.
        let webhook = n.webhook.as_ref().map(|_| "(set)".to_owned());
        for (key, value) in [
            ("notify.smtp", set(&n.smtp)),
            ("notify.from", set(&n.from)),
            ("notify.office_email", set(&n.office_email)),
            ("notify.command", set(&n.command)),
            ("notify.webhook", set(&webhook)),
        ] {
            if !value.is_empty() {
                rows.push([key.into(), value, "config".into()]);
            }
        }
        for kind in crate::app::notify::KINDS {
            let from = if n.channels.contains_key(kind) { "config" } else { "default" };
            let ch = super::notify::channel(n, kind);
            rows.push([format!("notify.channels.{kind}"), ch, from.into()]);
        }
        let (lang, from) = match &n.lang {
            Some(l) => (l.clone(), "config"),
            None => (i18n::lang().code().to_owned(), "lang"),
        };
        rows.push(["notify.lang".into(), lang, from.into()]);
        let hours = n.give_up_hours.map_or_else(|| "24".into(), |h| h.to_string());
        let from = if n.give_up_hours.is_some() { "config" } else { "default" };
        rows.push(["notify.give_up_hours".into(), hours, from.into()]);
    }
    for kind in DocKind::all() {
        if let Some((_, d)) = cfg.leads.per_kind.iter().find(|(k, _)| *k == kind) {
            rows.push([format!("lead_days.{}", kind.code()), d.to_string(), "config".into()]);
        }
    }
    match ctx.format {
        Format::Json => {
            let v: Vec<_> = rows
                .iter()
                .map(|[k, v, s]| serde_json::json!({"setting": k, "value": v, "source": s}))
                .collect();
            Ok(crate::io::output::write_json(out, &v)?)
        }
        _ => {
            let rows: Vec<Vec<String>> =
                rows.into_iter().map(|[k, v, s]| vec![k, v, i18n::config_source(&s)]).collect();
            Ok(crate::io::output::write_table(out, &i18n::config_headers(), &rows)?)
        }
    }
}

//! `kabinet notify`: sends the reminders due now — each (item, occasion) once, by e-mail or to
//! a command as the configuration's `[notify]` table says — and `notify log`, the delivery log.

use std::io::Write;

use chrono::Duration;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::context::Format;
use super::failure::{Failure, Result};
use super::output::say;
use super::session::Session;
use crate::app::notify::{self, Contact, Occasion};
use crate::config::NotifyConfig;
use crate::domain::dates::{iso_date, iso_datetime};
use crate::domain::deadline::What;
use crate::domain::{ItemId, ItemKind};
use crate::i18n;
use crate::io::output;
use crate::io::send::{self, Mail};
use crate::store::{DeliveryKey, Outcome};

pub const NOTIFY_HELP: &str = "\
Examples:
  kabinet notify              # send what is due now (for cron, every few minutes)
  kabinet notify --dry-run    # what would go, to whom, by which channel
  kabinet notify log
  */5 * * * *  KABINET_PASSPHRASE_FILE=~/.kabinet-pass kabinet -q notify

What is sent: an appointment at its reminder times (`reminders`, 24h and 1h before unless set),
a document when it enters its lead time and on the day it expires, a follow-up or an obligation
on its day and once overdue, an application's term 3 days before, on the day and once overdue.
Each once: claimed in the store before it is sent, so two runs at once never send it twice. A
failed one is tried again on later runs (after 5 min, 10, 20… at most 6 h) and given up after
give_up_hours (24). An e-mail goes to the person's or holder's own address (`--email`) when the
item has one, else to office_email. Configured in the `[notify]` table of the configuration
file: smtp, from, office_email (e-mail), lang (the messages' language), command and
command_fields (JSON on stdin), webhook and webhook_fields (an HTTP POST of that JSON), channels
per kind, give_up_hours.";

#[derive(Args, Debug)]
pub struct NotifyArgs {
    #[command(subcommand)]
    pub cmd: Option<NotifyCmd>,
    /// List what would be sent, to whom and how, and send nothing
    #[arg(long)]
    pub dry_run: bool,
}

#[derive(Subcommand, Debug)]
pub enum NotifyCmd {
    /// The delivery log: each reminder, its channel, recipient, attempts and status
    #[command(after_help = "Example:\n  kabinet notify log --format json")]
    Log,
}

pub fn run(s: &mut Session, a: &NotifyArgs, out: &mut dyn Write) -> Result<()> {
    match a.cmd {
        Some(NotifyCmd::Log) => log(s, out),
        None => send_due(s, a.dry_run, out),
    }
}

/// How a kind of reminder goes: `email`, `command`, `webhook` or `none`.
pub fn channel(cfg: &NotifyConfig, kind: &str) -> String {
    match cfg.channels.get(kind) {
        Some(c) => c.clone(),
        None if cfg.smtp.is_some() => "email".into(),
        None if cfg.command.is_some() => "command".into(),
        None if cfg.webhook.is_some() => "webhook".into(),
        None => "none".into(),
    }
}

/// What is wrong with the `[notify]` table, before anything is sent.
fn check(cfg: &NotifyConfig) -> Result<()> {
    for (kind, ch) in &cfg.channels {
        if !notify::KINDS.contains(&kind.as_str()) {
            return Err(Failure::usage(i18n::notify_bad_kind(kind, &notify::KINDS)));
        }
        if !matches!(ch.as_str(), "email" | "command" | "webhook" | "none") {
            return Err(Failure::usage(i18n::notify_bad_channel(kind, ch)));
        }
    }
    let uses = |c: &str| notify::KINDS.iter().any(|k| channel(cfg, k) == c);
    if uses("email") {
        let (Some(url), Some(_), Some(_)) = (&cfg.smtp, &cfg.from, &cfg.office_email) else {
            return Err(Failure::usage(i18n::notify_email_needs()));
        };
        send::check_smtp_url(url).map_err(|why| Failure::usage(i18n::notify_bad_smtp(&why)))?;
    }
    if uses("command") && cfg.command.is_none() {
        return Err(Failure::usage(i18n::notify_command_needs()));
    }
    if uses("webhook") && cfg.webhook.is_none() {
        return Err(Failure::usage(i18n::notify_webhook_needs()));
    }
    for (key, fields) in
        [("webhook_fields", &cfg.webhook_fields), ("command_fields", &cfg.command_fields)]
    {
        for f in fields.iter().flatten() {
            if !FIELDS.contains(&f.as_str()) {
                return Err(Failure::usage(i18n::notify_bad_field(key, f, &FIELDS)));
            }
        }
    }
    Ok(())
}

/// The fields of a reminder's JSON.
const FIELDS: [&str; 9] =
    ["item", "kind", "occasion", "what", "due", "overdue", "days_left", "email", "phone"];

/// What a webhook gets without a template: no contact leaves for a chat gateway unless the
/// template names it.
const WEBHOOK_FIELDS: [&str; 7] =
    ["item", "kind", "occasion", "what", "due", "overdue", "days_left"];

/// The reminder's JSON with only the template's `fields`, when there is a template, else
/// with only `default` (`None`: all of it).
fn templated(json: &str, fields: Option<&[String]>, default: Option<&[&str]>) -> String {
    match (fields, default) {
        (Some(f), _) => only(json, f),
        (None, Some(d)) => only(json, &d.iter().map(|f| f.to_string()).collect::<Vec<_>>()),
        (None, None) => json.to_owned(),
    }
}

/// The reminder's JSON with only `fields`.
fn only(json: &str, fields: &[String]) -> String {
    let Ok(serde_json::Value::Object(all)) = serde_json::from_str::<serde_json::Value>(json) else {
        return String::new();
    };
    let kept: serde_json::Map<String, serde_json::Value> =
        all.into_iter().filter(|(k, _)| fields.iter().any(|f| f == k)).collect();
    serde_json::Value::Object(kept).to_string()
}

/// A reminder as a command gets it on its standard input.
#[derive(Serialize)]
struct Json<'a> {
    item: String,
    kind: &'a str,
    occasion: &'a str,
    what: String,
    due: String,
    overdue: bool,
    days_left: i64,
    #[serde(skip_serializing_if = "Option::is_none")]
    email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    phone: Option<String>,
}

fn json(o: &Occasion, contact: &Contact) -> String {
    let d = &o.deadline;
    let due = match &d.what {
        What::Appointment { starts_at, .. } => iso_datetime(*starts_at),
        _ => iso_date(d.due),
    };
    let j = Json {
        item: d.item.to_string(),
        kind: o.kind(),
        occasion: &o.code,
        what: i18n::deadline_what(&d.what),
        due,
        overdue: d.overdue,
        days_left: d.days_left,
        email: contact.email.clone(),
        phone: contact.phone.clone(),
    };
    serde_json::to_string(&j).unwrap_or_default()
}

fn send_due(s: &mut Session, dry_run: bool, out: &mut dyn Write) -> Result<()> {
    let Some(cfg) = s.ctx.notify.clone() else {
        return Err(Failure::usage(i18n::notify_not_configured()));
    };
    check(&cfg)?;
    let give_up = Duration::hours(cfg.give_up_hours.unwrap_or(24) as i64);
    s.store()?;
    let visible = s.visible();
    let (ctx, store) = s.parts()?;
    let now = ctx.now();
    let occasions = notify::occasions(store, &ctx.env, visible)?;
    let (mut sent, mut failed, mut waiting) = (0u64, 0u64, 0u64);
    for o in occasions {
        let ch = channel(&cfg, o.kind());
        if ch == "none" {
            continue;
        }
        let contact = notify::contact(store, o.deadline.item)?;
        // A webhook's URL may hold its token: the log names the channel, not the URL. An
        // e-mail goes to the item's person when the store has their address, else the office.
        let recipient = match ch.as_str() {
            "email" => {
                contact.email.clone().or_else(|| cfg.office_email.clone()).unwrap_or_default()
            }
            "command" | "webhook" => ch.clone(),
            _ => continue,
        };
        let key = DeliveryKey {
            item: o.deadline.item.to_string(),
            occasion: o.code.clone(),
            channel: ch.clone(),
            recipient: recipient.clone(),
        };
        if dry_run {
            if notify::would_send(store, &key, now)? {
                writeln!(out, "{}", i18n::notify_would(&key.item, &key.occasion, &ch, &recipient))?;
            }
            continue;
        }
        let Some(id) = notify::claim(store, &key, now)? else {
            waiting += 1;
            continue;
        };
        let result = match ch.as_str() {
            "email" => {
                let ics = in_lang(cfg.lang.as_deref(), || invitation(ctx, store, o.deadline.item));
                let (subject, body) = in_lang(cfg.lang.as_deref(), || {
                    (
                        i18n::reminder_subject(&o.deadline, o.status),
                        i18n::reminder_body(&o.deadline, o.status),
                    )
                });
                let mail = Mail {
                    from: cfg.from.as_deref().unwrap_or_default(),
                    to: &recipient,
                    subject: &subject,
                    body: &body,
                    ics,
                };
                send::send_mail(cfg.smtp.as_deref().unwrap_or_default(), &mail)
            }
            "webhook" => {
                let body = templated(
                    &json(&o, &contact),
                    cfg.webhook_fields.as_deref(),
                    Some(&WEBHOOK_FIELDS),
                );
                send::post_json(cfg.webhook.as_deref().unwrap_or_default(), &body)
            }
            _ => {
                let body = templated(&json(&o, &contact), cfg.command_fields.as_deref(), None);
                send::run_command(cfg.command.as_deref().unwrap_or_default(), &body)
            }
        };
        match notify::record(store, id, result, now, give_up)? {
            Outcome::Sent => sent += 1,
            Outcome::Failed { answer, .. } | Outcome::GivenUp { answer } => {
                failed += 1;
                super::output::warn(
                    ctx,
                    &i18n::notify_failed(&key.item, &key.occasion, &ch, &answer),
                );
            }
        }
    }
    if !dry_run {
        say(ctx, out, &i18n::notify_summary(sent, failed, waiting))?;
    }
    if failed > 0 { Err(Failure::Exit(1)) } else { Ok(()) }
}

/// Words made in the messages' language (`[notify] lang`), the interface's otherwise: what
/// reaches a citizen need not be in the clerk's language.
fn in_lang<T>(lang: Option<&str>, words: impl FnOnce() -> T) -> T {
    let Some(lang) = lang else { return words() };
    let before = i18n::lang();
    i18n::set_lang(i18n::Lang::from_tag(lang));
    let out = words();
    i18n::set_lang(before);
    out
}

/// An appointment's invitation (`.ics`), attached to its e-mail.
fn invitation(
    ctx: &super::context::Ctx,
    store: &crate::store::Store,
    item: ItemId,
) -> Option<Vec<u8>> {
    if item.kind != ItemKind::Appt {
        return None;
    }
    let r = store.read();
    let a = r.appt(item.n).ok()??;
    let moves = r.appt_moves(item.n).map(|m| m.len()).unwrap_or(0);
    let mut buf = Vec::new();
    let env = &ctx.env;
    let mut cal = crate::io::ics::Ics::new(
        &mut buf,
        &i18n::ics_appts_name(),
        env.now,
        env.zone,
        &env.reminders,
    )
    .ok()?;
    cal.appointment(&a, moves, &super::export::ics_description(&a)).ok()?;
    cal.finish().ok()?;
    Some(buf)
}

fn log(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    let (ctx, store) = s.parts()?;
    let list = store.read().deliveries()?;
    match ctx.format {
        Format::Json => output::write_json(out, &list)?,
        Format::Csv => {
            let head = [
                "id",
                "item",
                "occasion",
                "channel",
                "recipient",
                "status",
                "attempts",
                "first_at",
                "last_at",
                "next_at",
                "answer",
            ];
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|d| {
                    vec![
                        d.id.to_string(),
                        d.item.clone(),
                        d.occasion.clone(),
                        d.channel.clone(),
                        d.recipient.clone(),
                        d.status.clone(),
                        d.attempts.to_string(),
                        d.first_at.clone(),
                        d.last_at.clone(),
                        d.next_at.clone().unwrap_or_default(),
                        d.answer.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            output::write_csv(out, &head, &rows)?
        }
        Format::Table => {
            if list.is_empty() {
                return say(ctx, out, &i18n::notify_log_empty());
            }
            let rows: Vec<Vec<String>> = list
                .iter()
                .map(|d| {
                    vec![
                        d.item.clone(),
                        d.occasion.clone(),
                        d.channel.clone(),
                        d.recipient.clone(),
                        i18n::delivery_status(&d.status),
                        d.attempts.to_string(),
                        d.last_at.replace('T', " "),
                        d.answer.clone().unwrap_or_default(),
                    ]
                })
                .collect();
            output::write_table(out, &i18n::delivery_headers(), &rows)?
        }
    }
    Ok(())
}

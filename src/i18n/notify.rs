//! Messages of reminders: the e-mail itself, and what `kabinet notify` says about sending it.

use super::prelude::*;

/// The subject of a reminder's e-mail; `status`, the status an application changed to.
pub fn reminder_subject(
    d: &crate::domain::deadline::Deadline,
    status: Option<crate::domain::application::Status>,
) -> String {
    use crate::domain::deadline::What;
    if let Some(st) = status {
        let word = super::application_status(st);
        return tr!(
            format!("Application {}: now {word}", d.item),
            format!("Заявление {}: теперь «{word}»", d.item)
        );
    }
    let when = match &d.what {
        What::Appointment { starts_at, .. } => datetime(*starts_at),
        _ => date(d.due),
    };
    let what = super::deadline_what(&d.what);
    let what = what.split(';').next().unwrap_or_default().to_owned();
    tr!(
        format!("Reminder: {what}, {when} ({})", d.item),
        format!("Напоминание: {what}, {when} ({})", d.item)
    )
}

pub fn reminder_body(
    d: &crate::domain::deadline::Deadline,
    status: Option<crate::domain::application::Status>,
) -> String {
    use crate::domain::deadline::What;
    if let Some(st) = status {
        let (word, what) = (super::application_status(st), super::deadline_what(&d.what));
        return tr!(
            format!(
                "{}: {what}\nStatus: {word} since {}\n\nSent by kabinet notify.",
                d.item,
                date(d.due)
            ),
            format!(
                "{}: {what}\nСтатус: {word} с {}\n\nОтправлено kabinet notify.",
                d.item,
                date(d.due)
            )
        );
    }
    let when = match &d.what {
        What::Appointment { starts_at, .. } => datetime(*starts_at),
        _ => date(d.due),
    };
    let what = super::deadline_what(&d.what);
    let state: String = if d.overdue {
        tr!("overdue".to_string(), "просрочено".to_string())
    } else {
        tr!(format!("in {} day(s)", d.days_left), format!("через {} дн.", d.days_left))
    };
    tr!(
        format!("{}: {what}\nWhen: {when} ({state})\n\nSent by kabinet notify.", d.item),
        format!("{}: {what}\nКогда: {when} ({state})\n\nОтправлено kabinet notify.", d.item)
    )
}

pub fn notify_not_configured() -> String {
    tr!(
        "reminders are not configured: add a [notify] table to the configuration file (see `kabinet notify --help`)",
        "напоминания не настроены: добавьте таблицу [notify] в файл настроек (см. `kabinet notify --help`)"
    )
}

pub fn notify_bad_kind(kind: &str, kinds: &[&str]) -> String {
    let list = kinds.join(", ");
    tr!(
        format!("[notify] channels: unknown kind {kind:?}; the kinds are {list}"),
        format!("[notify] channels: неизвестный вид {kind:?}; виды: {list}")
    )
}

pub fn notify_bad_channel(kind: &str, channel: &str) -> String {
    tr!(
        format!("[notify] channels.{kind}: {channel:?} is not email, command, webhook or none"),
        format!("[notify] channels.{kind}: {channel:?} — не email, command, webhook или none")
    )
}

pub fn notify_email_needs() -> String {
    tr!(
        "[notify]: e-mail needs smtp, from and office_email",
        "[notify]: для почты нужны smtp, from и office_email"
    )
}

pub fn notify_bad_smtp(why: &str) -> String {
    tr!(format!("[notify] smtp: {why}"), format!("[notify] smtp: {why}"))
}

pub fn notify_command_needs() -> String {
    tr!("[notify]: the command channel needs command", "[notify]: для канала command нужен command")
}

pub fn notify_webhook_needs() -> String {
    tr!("[notify]: the webhook channel needs webhook", "[notify]: для канала webhook нужен webhook")
}

pub fn notify_bad_field(key: &str, field: &str, fields: &[&str]) -> String {
    let list = fields.join(", ");
    tr!(
        format!("[notify] {key}: {field:?} is not one of {list}"),
        format!("[notify] {key}: {field:?} — не из {list}")
    )
}

pub fn notify_would(item: &str, occasion: &str, channel: &str, to: &str) -> String {
    tr!(
        format!("would send {item} {occasion} by {channel} to {to}"),
        format!("будет отправлено: {item} {occasion}, {channel} → {to}")
    )
}

pub fn notify_failed(item: &str, occasion: &str, channel: &str, answer: &str) -> String {
    tr!(
        format!("{item} {occasion} by {channel} failed: {answer}"),
        format!("{item} {occasion}, {channel}: не отправлено: {answer}")
    )
}

pub fn notify_summary(sent: u64, failed: u64, waiting: u64) -> String {
    tr!(
        format!("sent {sent}, failed {failed}, already sent or waiting {waiting}"),
        format!("отправлено {sent}, не отправлено {failed}, уже отправлено или ожидает {waiting}")
    )
}

pub fn notify_log_empty() -> String {
    tr!("No reminders sent yet.", "Напоминаний ещё не отправлялось.")
}

pub fn delivery_status(status: &str) -> String {
    match status {
        "sent" => tr!("sent", "отправлено"),
        "failed" => tr!("failed", "ошибка"),
        "given_up" => tr!("given up", "прекращено"),
        "sending" => tr!("sending", "отправляется"),
        other => other.to_owned(),
    }
}

pub fn delivery_headers() -> Vec<String> {
    vec![
        tr!("Item", "Объект"),
        tr!("Occasion", "Повод"),
        tr!("Channel", "Канал"),
        tr!("To", "Кому"),
        tr!("Status", "Статус"),
        tr!("Tries", "Попыток"),
        tr!("Last try", "Последняя попытка"),
        tr!("Answer", "Ответ"),
    ]
}

pub fn reminder_header() -> String {
    tr!("Reminder", "Напоминание")
}

//! Messages of `deadlines` and the working-day calendar.

use super::prelude::*;
use crate::domain::deadline::Window;

// ---- deadlines and calendar --------------------------------------------------------------

pub fn deadline_headers() -> Vec<String> {
    vec![
        field_label("id"),
        tr!("What is due", "Что"),
        tr!("Due", "Срок"),
        tr!("Days left", "Осталось дней"),
        tr!("Working days", "Рабочих дней"),
    ]
}

pub fn deadline_what(w: &crate::domain::deadline::What) -> String {
    use crate::domain::deadline::What;
    match w {
        What::DocExpires { kind, holder } => {
            tr!(
                format!("{} of {holder} expires", doc_kind(*kind)),
                format!("истекает {}: {holder}", doc_kind(*kind))
            )
        }
        What::Appointment { institution, service, person, reminders, expired_needs, .. } => {
            let who = person.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
            let times = reminders.iter().map(|t| datetime(*t)).collect::<Vec<_>>().join(", ");
            let mut s: String = if times.is_empty() {
                format!("{institution}: {service}{who}")
            } else {
                tr!(
                    format!("{institution}: {service}{who}; reminders {times}"),
                    format!("{institution}: {service}{who}; напоминания {times}"),
                )
            };
            for (doc, e) in expired_needs {
                let note: String = tr!(
                    format!("; {doc} expires {} before it", date(*e)),
                    format!("; {doc} истекает {} — раньше приёма", date(*e)),
                );
                s.push_str(&note);
            }
            s
        }
        What::FollowUp { subject, kind } => {
            tr!(
                format!("follow-up: {kind}, {subject}"),
                format!("следующий шаг: {kind}, {subject}")
            )
        }
        What::Obligation { title, .. } => title.clone(),
        What::Application { applicant, agency, service } => tr!(
            format!("decision due: {agency}, {service} ({applicant})"),
            format!("срок решения: {agency}, {service} ({applicant})")
        ),
    }
}

/// The Russian form of a count's noun: `one` for 1, 21…; `few` for 2–4, 22–24…; `many` else.
pub fn ru_count<'a>(n: i64, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let (last, tens) = (n.abs() % 10, n.abs() % 100);
    match (last, tens) {
        (_, 11..=14) => many,
        (1, _) => one,
        (2..=4, _) => few,
        _ => many,
    }
}

/// `3 days` / `3 дня`.
pub fn days(n: i64) -> String {
    tr!(
        format!("{n} {}", if n.abs() == 1 { "day" } else { "days" }),
        format!("{n} {}", ru_count(n, "день", "дня", "дней"))
    )
}

pub fn days_left(overdue: bool, n: i64) -> String {
    if overdue {
        tr!(format!("overdue {} d", -n), format!("просрочено на {}", days(-n)))
    } else {
        n.to_string()
    }
}

/// `in 18 days` / `overdue 3 days`, for monitoring details.
pub fn due_in(overdue: bool, n: i64) -> String {
    if overdue {
        tr!(format!("overdue {}", days(-n)), format!("просрочено на {}", days(-n)))
    } else {
        tr!(format!("in {}", days(n)), format!("через {}", days(n)))
    }
}

/// `within 14d` / `в течение 14 дней`, `within 3wd` / `в течение 3 рабочих дней`: a window as
/// the sentence says it.
pub fn within(w: Window) -> String {
    let (n, working) = match w {
        Window::Days(n) => (n, false),
        Window::WorkingDays(n) => (i64::from(n), true),
    };
    // English keeps the compact form a command line takes (`14d`, `3wd`).
    let en = if working { format!("{n}wd") } else { format!("{n}d") };
    // After «в течение» the noun is genitive: one form for 1, 21…, another for the rest.
    let one = n.abs() % 10 == 1 && n.abs() % 100 != 11;
    let ru = match (working, one) {
        (false, true) => "дня",
        (false, false) => "дней",
        (true, true) => "рабочего дня",
        (true, false) => "рабочих дней",
    };
    tr!(format!("within {en}"), format!("в течение {n} {ru}"))
}

pub fn nothing_due(w: Window) -> String {
    let within = within(w);
    tr!(
        format!("Nothing due {within}, nothing overdue."),
        format!("{} сроков нет, просроченного нет.", capitalized(&within))
    )
}

fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_uppercase().chain(c).collect()).unwrap_or_default()
}

pub fn check_summary(overdue: usize, due: usize, w: Window) -> String {
    let within = within(w);
    match (overdue, due) {
        (0, 0) => tr!(format!("nothing due {within}"), format!("сроков {within} нет")),
        (0, d) => tr!(format!("{d} due {within}"), format!("сроков {within}: {d}")),
        (o, d) => tr!(
            format!("{o} overdue, {d} due {within}"),
            format!("просрочено: {o}, сроков {within}: {d}")
        ),
    }
}

pub fn estimated_year(year: i32) -> String {
    tr!(
        format!(
            "Note: no decree data for {year}; its working days follow weekends and Labour Code art. 112 only (add the decree with --holidays)."
        ),
        format!(
            "Внимание: нет данных постановления о переносах на {year} год; рабочие дни посчитаны только по выходным и ст. 112 ТК (добавьте постановление через --holidays)."
        ),
    )
}

pub fn holidays_missing(path: &Path) -> String {
    tr!(
        format!("holidays file {} not found", p(path)),
        format!("файл праздников {} не найден", p(path))
    )
}

pub fn holidays_invalid(path: &Path, errs: &[crate::calendar::FileError]) -> String {
    let lines: Vec<String> =
        errs.iter().map(|e| format!("{}:{}: {}", p(path), e.line, e.text)).collect();
    let head: String = tr!(
        "holidays file has lines that are not `DATE[..DATE] off|work [comment]` or `year YYYY SOURCE`:",
        "в файле праздников есть строки не вида `ДАТА[..ДАТА] off|work [комментарий]` или `year ГГГГ ИСТОЧНИК`:",
    );
    format!("{head}\n  {}", lines.join("\n  "))
}

pub fn bad_year(year: i32) -> String {
    tr!(
        format!("{year} is not a year kabinet can show"),
        format!("{year} — такой год показать нельзя")
    )
}

pub fn calendar_source(src: &crate::calendar::YearSource) -> String {
    use crate::calendar::YearSource;
    match src {
        YearSource::Decree(n, d) => tr!(
            format!("government decree No. {n} of {d} (shipped)"),
            format!("постановление Правительства № {n} от {d} (встроено)")
        ),
        YearSource::UserFile(s) => {
            tr!(format!("holidays file: {s}"), format!("файл праздников: {s}"))
        }
        YearSource::Article112 => tr!(
            "no decree data: weekends and Labour Code art. 112 only",
            "нет данных постановления: выходные и ст. 112 ТК"
        ),
    }
}

pub fn calendar_title(year: i32, source: &str, working: u32, off: u32) -> String {
    tr!(
        format!("Working-day calendar {year} — {source}\nWorking days: {working}, days off: {off}"),
        format!(
            "Производственный календарь {year} — {source}\nРабочих дней: {working}, выходных и праздничных: {off}"
        ),
    )
}

pub fn calendar_headers() -> Vec<String> {
    vec![
        tr!("Month", "Месяц"),
        tr!("Working days", "Рабочих дней"),
        tr!("Days off", "Выходные и праздники"),
    ]
}

pub fn month_name(m: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const RU: [&str; 12] = [
        "Январь",
        "Февраль",
        "Март",
        "Апрель",
        "Май",
        "Июнь",
        "Июль",
        "Август",
        "Сентябрь",
        "Октябрь",
        "Ноябрь",
        "Декабрь",
    ];
    let i = (m.clamp(1, 12) - 1) as usize;
    tr!(EN[i], RU[i])
}

pub fn calendar_note(d: NaiveDate, worked: bool, by_user: bool) -> String {
    let user: String = if by_user {
        tr!(" (holidays file)", " (файл праздников)")
    } else {
        String::new()
    };
    if worked {
        tr!(
            format!("{}: working day (transfer){user}", date(d)),
            format!("{}: рабочий день (перенос){user}", date(d))
        )
    } else {
        tr!(format!("{}: day off{user}", date(d)), format!("{}: нерабочий день{user}", date(d)))
    }
}

//! Messages of the four kinds of paperwork: records, documents, appointments, obligations.

use super::prelude::*;

// ---- records -----------------------------------------------------------------------------

pub fn record_headers() -> Vec<String> {
    ["id", "event_date", "subject_name", "type", "result", "follow_up_on", "status"]
        .iter()
        .map(|f| if *f == "subject_name" { tr!("Subject", "Субъект") } else { field_label(f) })
        .collect()
}

pub fn record_status(s: RecordStatus) -> String {
    match s {
        RecordStatus::Ok => tr!("ok", "в срок"),
        RecordStatus::Late => tr!("late", "с опозданием"),
        RecordStatus::Amended => tr!("amended", "исправлена"),
    }
}

pub fn record_late(id: ItemId, limit: NaiveDate) -> String {
    tr!(
        format!(
            "{id} is entered late: the limit was {} (3 working days after the event); it is kept and flagged late",
            date(limit)
        ),
        format!(
            "{id} внесена с опозданием: срок был {} (3 рабочих дня после события); запись сохранена с отметкой",
            date(limit)
        ),
    )
}

pub fn record_locked(id: ItemId, until: NaiveDateTime) -> String {
    tr!(
        format!(
            "{id} is locked: the 24-hour edit window ended at {}; use `kabinet record amend {id}`, which keeps the original",
            datetime(until)
        ),
        format!(
            "{id} заблокирована: 24 часа на изменение истекли {}; используйте `kabinet record amend {id}` — оригинал сохранится",
            datetime(until)
        ),
    )
}

pub fn record_superseded(id: ItemId, by: ItemId) -> String {
    tr!(
        format!("{id} was amended by {by}; change {by} instead"),
        format!("{id} уже исправлена записью {by}; изменяйте {by}"),
    )
}

pub fn edit_window(editable: bool, until: NaiveDateTime) -> String {
    if editable {
        tr!(format!("until {}", datetime(until)), format!("до {}", datetime(until)))
    } else {
        tr!(
            format!("locked since {} (use amend)", datetime(until)),
            format!("заблокирована с {} (используйте amend)", datetime(until))
        )
    }
}

// ---- documents ---------------------------------------------------------------------------

pub fn doc_headers() -> Vec<String> {
    ["id", "holder", "kind", "number", "issued_on", "expires_on", "status"]
        .iter()
        .map(|f| match *f {
            "number" => tr!("Series and number", "Серия и номер"),
            other => field_label(other),
        })
        .collect()
}

pub fn doc_kind(k: DocKind) -> String {
    let (en, ru) = match k {
        DocKind::Passport => ("passport", "паспорт"),
        DocKind::ForeignPassport => ("foreign passport", "загранпаспорт"),
        DocKind::DriverLicense => ("driver's licence", "водительское удостоверение"),
        DocKind::Snils => ("SNILS", "СНИЛС"),
        DocKind::Inn => ("INN", "ИНН"),
        DocKind::OmsPolicy => ("OMS policy", "полис ОМС"),
        DocKind::BirthCertificate => ("birth certificate", "свидетельство о рождении"),
        DocKind::MedicalCertificate => ("medical certificate", "медицинская справка"),
        DocKind::VehicleRegistration => ("vehicle registration", "свидетельство о регистрации ТС"),
        DocKind::License => ("licence", "лицензия"),
        DocKind::Contract => ("contract", "договор"),
        DocKind::Other => ("other", "другое"),
    };
    tr!(en, ru)
}

pub fn doc_status(s: DocStatus) -> String {
    match s {
        DocStatus::Valid => tr!("valid", "действует"),
        DocStatus::Expiring => tr!("expiring", "истекает"),
        DocStatus::Expired => tr!("expired", "истёк"),
        DocStatus::Indefinite => tr!("indefinite", "бессрочный"),
        DocStatus::Archived => tr!("archived", "в архиве"),
    }
}

/// `expiring, 10 days left` / `expired 5 days ago`.
pub fn doc_status_with_days(s: DocStatus, days_left: Option<i64>) -> String {
    let word = doc_status(s);
    match (s, days_left) {
        (DocStatus::Valid | DocStatus::Expiring, Some(n)) => {
            tr!(format!("{word}, {n} days left"), format!("{word}, осталось дней: {n}"))
        }
        (DocStatus::Expired, Some(n)) => {
            tr!(format!("{word} {} days ago", -n), format!("{word}, дней назад: {}", -n))
        }
        _ => word,
    }
}

pub fn doc_validity_warning(id: ItemId, s: DocStatus, expires: NaiveDate) -> String {
    match s {
        DocStatus::Expired => tr!(
            format!("{id} has already expired ({})", date(expires)),
            format!("срок {id} уже истёк ({})", date(expires))
        ),
        _ => tr!(
            format!("{id} expires soon ({})", date(expires)),
            format!("срок {id} скоро истекает ({})", date(expires))
        ),
    }
}

pub fn doc_archived(id: ItemId, by: Option<ItemId>) -> String {
    match by {
        Some(by) => tr!(
            format!("{id} is archived, replaced by {by}"),
            format!("{id} в архиве, заменён на {by}")
        ),
        None => tr!(format!("{id} is archived"), format!("{id} в архиве")),
    }
}

pub fn doc_needed(id: ItemId, by: &[ItemId]) -> String {
    let list = by.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    tr!(
        format!(
            "{id} is needed by scheduled appointments or open applications {list}; use --force \
             to delete it anyway"
        ),
        format!(
            "{id} нужен для назначенных приёмов или незавершённых заявлений {list}; чтобы всё \
             равно удалить, добавьте --force"
        ),
    )
}

// ---- appointments ------------------------------------------------------------------------

pub fn appt_headers() -> Vec<String> {
    ["id", "starts_at", "person", "institution", "service", "status"]
        .iter()
        .map(|f| field_label(f))
        .collect()
}

pub fn appt_status(s: ApptStatus) -> String {
    match s {
        ApptStatus::Scheduled => tr!("scheduled", "назначен"),
        ApptStatus::Done => tr!("done", "состоялся"),
        ApptStatus::NoShow => tr!("no-show", "неявка"),
        ApptStatus::Cancelled => tr!("cancelled", "отменён"),
    }
}

pub fn appt_status_set(id: ItemId, s: ApptStatus) -> String {
    tr!(format!("{id}: {}.", appt_status(s)), format!("{id}: {}.", appt_status(s)))
}

pub fn appt_not_scheduled(id: ItemId, s: ApptStatus) -> String {
    tr!(
        format!("{id} is {}, not scheduled; nothing changed", appt_status(s)),
        format!("{id} уже в статусе «{}»; ничего не изменено", appt_status(s)),
    )
}

pub fn appt_not_started(id: ItemId, at: NaiveDateTime) -> String {
    tr!(
        format!("{id} starts at {}; it cannot be marked before then", datetime(at)),
        format!("{id} начинается {}; отметить его можно только после начала", datetime(at)),
    )
}

pub fn too_late_to_change(id: ItemId, deadline: NaiveDateTime) -> String {
    tr!(
        format!(
            "too late to change {id}: allowed until {} (24 hours before the start); use --force to do it anyway, marked late",
            datetime(deadline)
        ),
        format!(
            "поздно изменять {id}: можно было до {} (за 24 часа до начала); чтобы всё равно изменить с отметкой об опоздании, добавьте --force",
            datetime(deadline)
        ),
    )
}

pub fn marked_late(id: ItemId) -> String {
    tr!(
        format!("{id}: change made less than 24 hours before the start, marked late"),
        format!("{id}: изменение позже чем за 24 часа до начала, отмечено как позднее")
    )
}

pub fn rescheduled(id: ItemId, at: NaiveDateTime) -> String {
    tr!(format!("{id} moved to {}.", datetime(at)), format!("{id} перенесён на {}.", datetime(at)))
}

pub fn use_reschedule(id: ItemId) -> String {
    tr!(
        format!(
            "to move an appointment use `kabinet appt reschedule {id} --at …`, which keeps the old time in its history"
        ),
        format!(
            "чтобы перенести приём, используйте `kabinet appt reschedule {id} --at …` — старое время останется в истории"
        ),
    )
}

pub fn appt_in_past(id: ItemId) -> String {
    tr!(format!("{id} starts in the past"), format!("время {id} уже прошло"))
}

pub fn need_expired(doc: ItemId, expires: NaiveDate, day: NaiveDate) -> String {
    tr!(
        format!("{doc} expires on {}, before the appointment on {}", date(expires), date(day)),
        format!("{doc} действителен до {}, раньше дня приёма {}", date(expires), date(day)),
    )
}

pub fn need_archived(doc: ItemId, by: Option<ItemId>) -> String {
    match by {
        Some(by) => tr!(
            format!("{doc} is archived; bring {by} instead"),
            format!("{doc} в архиве; возьмите {by}")
        ),
        None => tr!(format!("{doc} is archived"), format!("{doc} в архиве")),
    }
}

pub fn move_line(m: &Move) -> String {
    let late: String = if m.late { tr!(" (late)", " (поздно)") } else { String::new() };
    tr!(
        format!(
            "{}: moved from {} to {}{late}",
            datetime(m.moved_at),
            datetime(m.from),
            datetime(m.to)
        ),
        format!(
            "{}: перенесён с {} на {}{late}",
            datetime(m.moved_at),
            datetime(m.from),
            datetime(m.to)
        ),
    )
}

// ---- obligations -------------------------------------------------------------------------

pub fn obligation_headers() -> Vec<String> {
    vec![
        field_label("id"),
        tr!("Obligation", "Обязанность"),
        tr!("Due", "Срок"),
        tr!("Repeats", "Повтор"),
        field_label("status"),
    ]
}

pub fn shifted_date(effective: NaiveDate, nominal: NaiveDate) -> String {
    tr!(
        format!("{} (moved from {}, a day off)", date(effective), date(nominal)),
        format!("{} (перенесено с {}, выходной)", date(effective), date(nominal)),
    )
}

pub fn recurrence(every: Option<crate::domain::obligation::Every>, day: u32) -> String {
    use crate::domain::obligation::Every;
    match every {
        None => tr!("once", "однократно"),
        Some(Every::Month) => tr!(format!("monthly, day {day}"), format!("ежемесячно, {day}-го")),
        Some(Every::Quarter) => {
            tr!(format!("quarterly, day {day}"), format!("ежеквартально, {day}-го"))
        }
        Some(Every::Year) => tr!("yearly", "ежегодно"),
    }
}

pub fn obligation_status(done: bool) -> String {
    if done { tr!("done", "выполнено") } else { tr!("open", "открыто") }
}

pub fn obligation_already_done(id: ItemId) -> String {
    tr!(format!("{id} is already done"), format!("{id} уже выполнено"))
}

pub fn obligation_moved(id: ItemId, next: NaiveDate) -> String {
    tr!(
        format!("{id} done; next due {}.", date(next)),
        format!("{id} выполнено; следующий срок {}.", date(next))
    )
}

pub fn obligation_ended(id: ItemId, next: NaiveDate) -> String {
    use crate::validate::dates::LAST_YEAR;
    tr!(
        format!(
            "{id} done; it ends here: its next date, {}, would fall after {LAST_YEAR}, the last year kabinet keeps.",
            date(next)
        ),
        format!(
            "{id} выполнено; на этом оно заканчивается: следующий срок, {}, пришёлся бы позже {LAST_YEAR} года, последнего, который ведёт kabinet.",
            date(next)
        )
    )
}

pub fn obligation_closed(id: ItemId) -> String {
    tr!(format!("{id} done."), format!("{id} выполнено."))
}

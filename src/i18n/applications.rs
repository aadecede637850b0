//! Messages of applications: their statuses, fees, changes and refusals.

use super::prelude::*;
use crate::domain::application::{FeeStatus, Shown, Status};

pub fn application_status(s: Status) -> String {
    match s {
        Status::Accepted => tr!("accepted", "принято"),
        Status::Processing => tr!("processing", "в обработке"),
        Status::Approved => tr!("approved", "одобрено"),
        Status::Rejected => tr!("rejected", "отклонено"),
        Status::Cancelled => tr!("cancelled", "отменено"),
    }
}

/// The status a listing shows, `expired` (Срок истёк) included.
pub fn application_shown(s: Shown) -> String {
    match s {
        Shown::Kept(s) => application_status(s),
        Shown::Expired => tr!("expired", "срок истёк"),
    }
}

pub fn fee_status(s: FeeStatus) -> String {
    match s {
        FeeStatus::Paid => tr!("paid", "выполнен"),
        FeeStatus::Pending => tr!("pending", "в ожидании"),
        FeeStatus::Refused => tr!("refused", "отклонён"),
    }
}

pub fn application_filed(id: ItemId) -> String {
    id.to_string()
}

pub fn application_moved(id: ItemId, s: Status) -> String {
    tr!(format!("{id}: {}.", application_status(s)), format!("{id}: {}.", application_status(s)))
}

/// A change of status the state machine does not allow, and what is allowed instead.
pub fn wrong_transition(id: ItemId, from: Status, to: Status, allowed: &[Status]) -> String {
    let list =
        |f: fn(Status) -> String| allowed.iter().map(|s| f(*s)).collect::<Vec<_>>().join(", ");
    if allowed.is_empty() {
        return tr!(
            format!(
                "{id} is {}: a decision is final, it cannot become {}",
                application_status(from),
                application_status(to)
            ),
            format!(
                "{id} — {}: решение окончательное, перевести в «{}» нельзя",
                application_status(from),
                application_status(to)
            )
        );
    }
    let codes = allowed.iter().map(|s| s.code()).collect::<Vec<_>>().join(", ");
    tr!(
        format!(
            "{id} is {}: it cannot become {}; allowed: {codes}",
            application_status(from),
            application_status(to)
        ),
        format!(
            "{id} — {}: перевести в «{}» нельзя; можно: {}",
            application_status(from),
            application_status(to),
            list(application_status)
        )
    )
}

pub fn application_decided(id: ItemId, s: Status) -> String {
    tr!(
        format!(
            "{id} is {}: a decided or cancelled application is not edited, but for --fee, \
             --fee-status and --notes",
            application_status(s)
        ),
        format!(
            "{id} — {}: в решённом или отменённом заявлении меняют только --fee, --fee-status и \
             --notes",
            application_status(s)
        )
    )
}

/// One change of status as `show` lists it.
pub fn application_change(at: &str, from: Status, to: Status, reason: Option<&str>) -> String {
    let why = reason.map(|r| format!(" ({r})")).unwrap_or_default();
    format!("{at}: {} → {}{why}", application_status(from), application_status(to))
}

/// A document an application relies on that will have expired by its term.
pub fn need_expired_by_term(doc: ItemId, expires: NaiveDate, due: NaiveDate) -> String {
    tr!(
        format!(
            "{doc} expires on {}, before the term of the application on {}",
            date(expires),
            date(due)
        ),
        format!("{doc} действителен до {}, раньше срока по заявлению {}", date(expires), date(due))
    )
}

/// The document an approval added to the registry, or linked.
pub fn application_issued(id: ItemId, doc: ItemId) -> String {
    tr!(format!("{id} issued {doc}."), format!("По заявлению {id} выдан {doc}."))
}

pub fn issues_only_approved(to: Status) -> String {
    tr!(
        format!(
            "--issues-doc goes with approved: an application that is {} issues no document",
            application_status(to)
        ),
        format!(
            "--issues-doc указывают только с «одобрено»: по заявлению со статусом «{}» документ \
             не выдаётся",
            application_status(to)
        )
    )
}

pub fn issues_doc_fields_with_id(doc: ItemId) -> String {
    tr!(
        format!(
            "--issues-doc {doc} links a document already in the registry: its fields are changed \
             with `kabinet doc edit {doc}`, not here"
        ),
        format!(
            "--issues-doc {doc} связывает документ, который уже есть в реестре: его поля меняют \
             командой `kabinet doc edit {doc}`, а не здесь"
        )
    )
}

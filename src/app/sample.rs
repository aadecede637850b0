//! A realistic sample for the tour of `kabinet demo`: children's check-ups and payments in a
//! statutory journal, their documents, appointments at offices — dated around "now".

use chrono::{Duration, NaiveDate, NaiveDateTime};

use super::{Actor, Env, Error, Result};
use crate::crypto;
use crate::domain::Draft;
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::record::{RecordData, is_late};
use crate::store::{RecordKeys, Store, Tx};
use crate::validate;

/// A sample document: holder, kind, series, number, issued (days from today), expires.
type SampleDoc = (&'static str, &'static str, &'static str, &'static str, i64, Option<i64>);
/// A sample appointment: person, institution, service, office, start, needs, status.
type SampleAppt =
    (&'static str, &'static str, &'static str, &'static str, String, &'static str, ApptStatus);

const CHILDREN: &[(&str, &str)] = &[
    ("1001", "Смирнов Артём Игоревич"),
    ("1002", "Кузнецова Алиса Дмитриевна"),
    ("1003", "Попов Матвей Сергеевич"),
    ("1004", "Васильева Ксения Андреевна"),
    ("1005", "Соколов Тимофей Алексеевич"),
    ("1006", "Михайлова Варвара Олеговна"),
    ("1007", "Новиков Лев Максимович"),
    ("1008", "Фёдорова Ульяна Романовна"),
];

const EVENTS: &[(&str, &str, &str)] = &[
    ("осмотр", "плановый", "здоров, группа здоровья I"),
    ("прививка", "АКДС", "выполнена, реакции нет"),
    ("консультация", "невролог", "рекомендовано наблюдение"),
    ("направление", "кардиолог", "выдано направление"),
    ("выплата", "пособие", "сумма выплачена"),
    ("осмотр", "стоматолог", "санация проведена"),
];

fn draft(pairs: &[(&'static str, String)]) -> Draft {
    let mut d = Draft::default();
    for (k, v) in pairs {
        d.set(k, v.clone());
    }
    d
}

/// A СНИЛС with a correct check number, from nine digits.
fn snils_from(first9: u32) -> String {
    (0..100)
        .map(|c| format!("{first9:09}{c:02}"))
        .find(|s| validate::snils(s).is_ok())
        .unwrap_or_default()
}

fn sample_error(errs: Vec<crate::domain::FieldError>) -> Error {
    Error::Internal(format!("the sample is invalid: {errs:?}"))
}

/// Fills an empty store with a realistic sample relative to `env.now`: thirty records (some
/// late, some with follow-ups), ten documents (some expiring or expired), five appointments.
/// One log entry accounts for all of it, made by `actor`.
pub fn fill(store: &mut Store, env: &Env, actor: &Actor) -> Result<()> {
    store.write(|tx| {
        records(tx, env)?;
        documents(tx, env)?;
        appointments(tx, env)?;
        // The sample goes into the audit trail as one entry, so `verify` finds it in order.
        tx.log_genesis(actor)?;
        Ok(())
    })
}

/// `ДД.ММ.ГГГГ`, as a clerk types a date.
fn ru(d: NaiveDate) -> String {
    d.format("%d.%m.%Y").to_string()
}

/// Thirty records over the last two months: some late, payments with amounts, consultations
/// and referrals with follow-ups.
fn records(tx: &Tx, env: &Env) -> Result<()> {
    let (now, today) = (env.now, env.today());
    for i in 0..30i64 {
        let (sid, name) = CHILDREN[(i as usize) % CHILDREN.len()];
        let (kind, subtype, result) = EVENTS[(i as usize * 5) % EVENTS.len()];
        let event = today - Duration::days(58 - 2 * i);
        let mut d = draft(&[
            ("subject_id", sid.into()),
            ("subject_name", name.into()),
            ("event_date", ru(event)),
            ("type", kind.into()),
            ("subtype", subtype.into()),
            ("result", result.into()),
            ("responsible", "Орлова Н. В.".into()),
            ("snils", snils_from(123_456_000 + (i as u32 % 8) * 111)),
        ]);
        if kind == "выплата" {
            d.set("amount", format!("{}.00", 1500 + 250 * i));
            d.set("oktmo", "45381000");
        }
        if kind == "консультация" || kind == "направление" {
            d.set("follow_up_on", ru(event + Duration::days(30)));
        }
        let data = RecordData::from_draft(&d, today).map_err(sample_error)?;
        // Most are entered the next day; every seventh a week late.
        let delay = if i % 7 == 3 { 7 } else { 1 };
        let at: NaiveDateTime =
            (event + Duration::days(delay)).and_hms_opt(10, 15, 0).unwrap_or(now).min(now);
        let late = is_late(&env.calendar, data.event_date, at);
        tx.insert_record(&RecordKeys::new(&data, at).record(&data, late))?;
    }
    Ok(())
}

/// Ten documents: valid, expiring, expired, indefinite.
fn documents(tx: &Tx, env: &Env) -> Result<()> {
    let (now, today) = (env.now, env.today());
    let doc_rows: &[SampleDoc] = &[
        ("Смирнов Артём Игоревич", "birth_certificate", "II-МЮ", "512344", -3000, None),
        ("Кузнецова Алиса Дмитриевна", "passport", "45 21", "318273", -1500, Some(10)),
        ("Попов Матвей Сергеевич", "medical_certificate", "", "086-417", -350, Some(-5)),
        ("Васильева Ксения Андреевна", "oms_policy", "", "7754300891234567", -900, None),
        ("Соколов Тимофей Алексеевич", "medical_certificate", "", "086-522", -340, Some(25)),
        ("Михайлова Варвара Олеговна", "passport", "45 19", "204518", -2000, Some(400)),
        ("Новиков Лев Максимович", "snils", "", "", -2500, None),
        ("Фёдорова Ульяна Романовна", "foreign_passport", "75", "1234567", -1700, Some(-40)),
        ("Орлова Наталья Викторовна", "driver_license", "99 12", "345678", -3500, Some(20)),
        ("Орлова Наталья Викторовна", "license", "ЛО-77", "01-004512", -700, Some(1100)),
    ];
    for (holder, kind, series, number, issued, expires) in doc_rows {
        let d = draft(&[
            ("holder", (*holder).into()),
            ("kind", (*kind).into()),
            ("series", (*series).into()),
            ("number", if *kind == "snils" { snils_from(123_456_777) } else { (*number).into() }),
            ("issued_on", ru(today + Duration::days(*issued))),
            ("issued_by", "ГУ МВД России по г. Москве".into()),
            ("expires_on", expires.map(|e| ru(today + Duration::days(e))).unwrap_or_default()),
        ]);
        let data = DocData::from_draft(&d, today).map_err(sample_error)?;
        tx.insert_doc(&data, &crypto::new_uuid(), now - Duration::days(30), None)?;
    }
    Ok(())
}

/// Five appointments in the coming weeks (and one done), needing some of the documents.
fn appointments(tx: &Tx, env: &Env) -> Result<()> {
    let (now, today) = (env.now, env.today());
    let at = |days: i64, h: u32, m: u32| {
        (today + Duration::days(days))
            .and_hms_opt(h, m, 0)
            .map(|t| t.format("%d.%m.%Y %H:%M").to_string())
            .unwrap_or_default()
    };
    let appt_rows: &[SampleAppt] = &[
        (
            "Кузнецова Алиса Дмитриевна",
            "МФЦ района Тверской",
            "замена паспорта",
            "ул. Тверская, 8, окно 12",
            at(14, 10, 30),
            "D-2",
            ApptStatus::Scheduled,
        ),
        (
            "Попов Матвей Сергеевич",
            "Детская поликлиника № 7",
            "медосмотр для лагеря",
            "каб. 214",
            at(2, 9, 0),
            "D-3",
            ApptStatus::Scheduled,
        ),
        (
            "Орлова Наталья Викторовна",
            "ГИБДД, МРЭО № 3",
            "замена водительского удостоверения",
            "ул. Большая Тульская, 15",
            at(5, 11, 40),
            "D-9",
            ApptStatus::Scheduled,
        ),
        (
            "Орлова Наталья Викторовна",
            "ИФНС № 7",
            "получение выписки",
            "окно 4",
            at(9, 14, 0),
            "",
            ApptStatus::Scheduled,
        ),
        (
            "Смирнов Артём Игоревич",
            "Детская поликлиника № 7",
            "прививка",
            "каб. 108",
            at(-3, 8, 30),
            "D-1",
            ApptStatus::Done,
        ),
    ];
    for (person, inst, service, office, starts, needs, status) in appt_rows {
        let d = draft(&[
            ("person", (*person).into()),
            ("institution", (*inst).into()),
            ("service", (*service).into()),
            ("office", (*office).into()),
            ("starts_at", starts.clone()),
            (
                "confirmation_no",
                format!(
                    "{}-{}",
                    &inst.chars().take(3).collect::<String>(),
                    40_000 + starts.len() * 7
                ),
            ),
            ("needs", (*needs).into()),
        ]);
        let data = ApptData::from_draft(&d, today, env.zone).map_err(sample_error)?;
        tx.insert_appt(&data, &crypto::new_uuid(), *status, now - Duration::days(7))?;
    }
    Ok(())
}

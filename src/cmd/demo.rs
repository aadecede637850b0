//! `kabinet demo`: a guided tour on a throw-away sample store; no set-up, no terminal input.

use std::io::Write;

use chrono::{Duration, NaiveDate, NaiveDateTime};
use clap::Parser;

use super::{Ctx, Session, dispatch};
use crate::cli::{Cli, Format};
use crate::crypto::{self, Passphrase};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::DocData;
use crate::domain::record::{RecordData, is_late};
use crate::domain::{Draft, dates::iso_date};
use crate::error::{Error, Result};
use crate::i18n;
use crate::store::{Store, appts, docs, records};
use crate::validate;

/// The demo store's passphrase: public, the store is deleted at the end.
const DEMO_PASSPHRASE: &str = "demo-passphrase";

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
    Error::Internal(format!("demo sample is invalid: {}", i18n::field_errors(&errs)))
}

/// Fills the store with a realistic sample relative to `now`.
fn fill(store: &mut Store, ctx: &Ctx) -> Result<()> {
    let now = ctx.now;
    let today = ctx.today();
    let ru = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    store.write(|tx| {
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
            let late = is_late(&ctx.calendar, data.event_date, at);
            records::insert(tx, None, &data, &crypto::new_uuid(), at, late, None)?;
        }
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
                (
                    "number",
                    if *kind == "snils" { snils_from(123_456_777) } else { (*number).into() },
                ),
                ("issued_on", ru(today + Duration::days(*issued))),
                ("issued_by", "ГУ МВД России по г. Москве".into()),
                ("expires_on", expires.map(|e| ru(today + Duration::days(e))).unwrap_or_default()),
            ]);
            let data = DocData::from_draft(&d, today).map_err(sample_error)?;
            docs::insert(tx, None, &data, &crypto::new_uuid(), now - Duration::days(30), None)?;
        }
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
            let data = ApptData::from_draft(&d, today, ctx.zone).map_err(sample_error)?;
            appts::insert(tx, None, &data, &crypto::new_uuid(), *status, now - Duration::days(7))?;
        }
        // The sample goes into the audit trail as one entry, so `verify` finds it in order.
        let actor = crate::store::audit::Actor {
            at: now,
            who: crate::store::audit::whoami(),
            command: "demo".into(),
        };
        crate::store::audit::genesis(tx, &actor)
    })
}

/// The commands the tour runs, as a clerk would type them.
fn steps(today: NaiveDate) -> Vec<Vec<String>> {
    let ru = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    let cmd = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    let yesterday = ru(today - Duration::days(1));
    let follow = ru(today + Duration::days(180));
    let month_ago = ru(today - Duration::days(30));
    vec![
        cmd(&[
            "record",
            "add",
            "--subject-id",
            "1001",
            "--subject-name",
            "Смирнов Артём Игоревич",
            "--date",
            &yesterday,
            "--type",
            "осмотр",
            "--result",
            "здоров, группа здоровья I",
            "--follow-up",
            &follow,
        ]),
        cmd(&[
            "record",
            "add",
            "--subject-id",
            "1001",
            "--date",
            &yesterday,
            "--type",
            "осмотр",
            "--result",
            "здоров, группа здоровья I",
        ]),
        cmd(&["record", "list", "--from", &month_ago]),
        cmd(&["record", "show", "R-31"]),
        cmd(&["record", "list", "--status", "late"]),
        cmd(&["record", "edit", "R-1", "--result", "здоров"]),
        cmd(&["record", "amend", "R-1", "--result", "здоров, группа здоровья II"]),
        cmd(&["doc", "list"]),
        cmd(&["doc", "show", "D-2"]),
        cmd(&["doc", "list", "--status", "expired", "--format", "json"]),
        cmd(&["appt", "list", "--upcoming"]),
        cmd(&["appt", "show", "A-1"]),
        cmd(&["appt", "show", "A-2"]),
        cmd(&["deadlines", "--within", "30d"]),
        cmd(&["export", "csv", "--kind", "doc"]),
        cmd(&["validate", "snils", "112-233-445 95", "112-233-445 96"]),
        cmd(&["validate"]),
    ]
}

fn shell_quote(a: &str) -> String {
    if a.chars().all(|c| c.is_alphanumeric() || "-_.,:/+".contains(c)) {
        a.to_owned()
    } else {
        format!("'{}'", a.replace('\'', "'\\''"))
    }
}

pub fn run(ctx: &Ctx, out: &mut (dyn Write + Send)) -> Result<()> {
    let dir = super::interrupt::temp_dir("kabinet-demo-")?;
    let path = dir.path().join("demo.db");
    let pass = Passphrase::new(zeroize::Zeroizing::new(DEMO_PASSPHRASE.to_owned()));
    let mut store = Store::create(&path, &pass)?;
    store.set_setting(super::TIME_ZONE_KEY, ctx.zone.name())?;
    let demo_ctx = Ctx {
        store_path: path.clone(),
        passphrase_file: None,
        fixed_passphrase: Some(DEMO_PASSPHRASE),
        format: Format::Table,
        ics: false,
        yes: true,
        quiet: false,
        interactive: false,
        now: ctx.now,
        clock: ctx.clock,
        zone: ctx.zone,
        calendar: ctx.calendar.clone(),
        leads: ctx.leads.clone(),
    };
    fill(&mut store, &demo_ctx)?;
    writeln!(out, "{}", i18n::demo_intro(&path, &iso_date(ctx.today())))?;
    let mut session = Session::new(demo_ctx);
    session.set_store(store)?;
    for step in steps(ctx.today()) {
        let shown: Vec<String> = step.iter().map(|a| shell_quote(a)).collect();
        writeln!(out, "\n$ kabinet {}", shown.join(" "))?;
        let cli = Cli::try_parse_from(std::iter::once("kabinet".to_owned()).chain(step))
            .map_err(|e| Error::Internal(format!("demo step does not parse: {e}")))?;
        session.ctx.format = super::list_format(cli.global.format);
        // A refused step is part of the lesson: show the message and the exit code.
        if let Err(e) = dispatch(&mut session, cli.command, out) {
            writeln!(out, "kabinet: {e}\n{}", i18n::demo_exit_code(e.exit_code()))?;
        }
    }
    writeln!(out, "\n{}", i18n::demo_outro())?;
    drop(session);
    dir.close()?;
    Ok(())
}

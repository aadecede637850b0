//! Applications (`kabinet application`, `kabinet zayav`): filing, the status state machine,
//! overdue and expired, the documents they rely on, deadlines, history and verify.

use crate::util::{Env, ids};

/// `application add` of `applicant`'s application to `agency`, submitted on `submitted`, with
/// `more` flags.
fn file<'a>(
    applicant: &'a str,
    agency: &'a str,
    submitted: &'a str,
    more: &[&'a str],
) -> Vec<&'a str> {
    let mut v = vec![
        "application",
        "add",
        "--applicant",
        applicant,
        "--agency",
        agency,
        "--service",
        "загранпаспорт",
        "--submitted",
        submitted,
    ];
    v.extend_from_slice(more);
    v
}

#[test]
fn an_application_is_filed_listed_and_shown_with_z_ids_in_both_languages() {
    let e = Env::with_store();
    let z1 = e.ok(&file(
        "Иванова Мария Петровна",
        "МФЦ Тверской",
        "20.11.2026",
        &["--number", "77-1045", "--due", "+30", "--fee", "6000.00", "--fee-status", "выполнен"],
    ));
    assert_eq!(z1.trim(), "Z-1");
    let z2 = e.ok(&[
        "zayav",
        "add",
        "--applicant",
        "Петров Пётр",
        "--agency",
        "ФНС",
        "--service",
        "вычет",
        "--submitted",
        "01.09.2026",
        "--due",
        "01.10.2026",
    ]);
    assert_eq!(z2.trim(), "Z-2");
    // The same agency and number again is a duplicate.
    e.fails(7, &file("Иванова М. П.", "МФЦ Тверской", "21.11.2026", &["--number", "77-1045"]));
    let list = e.json(&["application", "list"]);
    assert_eq!(ids(&list), ["Z-1", "Z-2"], "latest submission first");
    assert_eq!(list[0]["status"], "accepted");
    assert_eq!(list[0]["fee_status"], "paid");
    // +30 working days from Friday 20.11.2026 (4 November is behind it; 31 December and the
    // New Year days off are not working days).
    assert_eq!(list[0]["due"], "2027-01-12");
    let ru = e.ok(&["--lang", "ru", "application", "show", "З-1"]);
    for want in [
        "Заявитель",
        "Иванова Мария Петровна",
        "Номер в ведомстве",
        "77-1045",
        "принято",
        "6\u{a0}000,00",
        "выполнен",
    ] {
        assert!(ru.contains(want), "{want}: {ru}");
    }
    let csv = e.ok(&["application", "list", "--format", "csv"]);
    assert!(
        csv.starts_with("id,applicant,snils,agency,service,number,submitted,due,status,"),
        "{csv}"
    );
    e.fails(5, &file("", "МФЦ", "23.11.2026", &[]));
    let r = e.fails(5, &file("Сидоров", "МФЦ", "20.11.2026", &["--due", "19.11.2026"]));
    assert!(r.stderr.contains("--due: 19.11.2026: is before --submitted"), "{}", r.stderr);
}

#[test]
fn statuses_move_only_forward_and_a_refused_move_names_what_is_allowed() {
    let e = Env::with_store();
    e.ok(&file("Иванова Мария", "МФЦ", "20.11.2026", &["--number", "1"]));
    e.ok(&file("Петров Пётр", "МФЦ", "20.11.2026", &["--number", "2"]));
    e.ok(&["application", "status", "Z-1", "processing"]);
    let r = e.fails(7, &["application", "status", "Z-1", "accepted"]);
    assert!(
        r.stderr.contains(
            "Z-1 is processing: it cannot become accepted; allowed: approved, rejected, cancelled"
        ),
        "{}",
        r.stderr
    );
    e.ok(&["--lang", "ru", "application", "status", "Z-1", "Одобрено"]);
    // A decision is final: nothing moves it, nothing edits it.
    for to in ["processing", "rejected", "cancelled"] {
        let r = e.fails(7, &["application", "status", "Z-1", to]);
        assert!(r.stderr.contains("a decision is final"), "{}", r.stderr);
    }
    let r = e.fails(7, &["application", "edit", "Z-1", "--notes", "x"]);
    assert!(r.stderr.contains("is approved"), "{}", r.stderr);
    let r = e.fails(5, &["application", "status", "Z-2", "expired"]);
    assert!(
        r.stderr.contains("not one of: accepted, processing, approved, rejected, cancelled"),
        "{}",
        r.stderr
    );
    e.ok(&["application", "status", "Z-2", "rejected", "--reason", "неполный пакет"]);
    let z2 = e.json(&["application", "show", "Z-2"]);
    assert_eq!(
        (z2["status"].as_str(), z2["reason"].as_str()),
        (Some("rejected"), Some("неполный пакет"))
    );
    let changes = z2["changes"].as_array().expect("changes");
    assert_eq!(changes.len(), 1);
    assert_eq!(
        (changes[0]["from"].as_str(), changes[0]["to"].as_str()),
        (Some("accepted"), Some("rejected"))
    );
    let z1 = e.json(&["application", "show", "Z-1"]);
    let steps: Vec<(String, String)> = z1["changes"]
        .as_array()
        .expect("changes")
        .iter()
        .map(|c| {
            (c["from"].as_str().unwrap_or("").to_owned(), c["to"].as_str().unwrap_or("").to_owned())
        })
        .collect();
    assert_eq!(
        steps,
        [("accepted".into(), "processing".into()), ("processing".into(), "approved".into())]
    );
    // Every change is logged; the rows are sealed and counted: the store verifies.
    let log = e.json(&["log", "--item", "Z-1"]);
    assert_eq!(log.as_array().map(Vec::len), Some(3));
    e.ok(&["verify"]);
    e.ok(&["-y", "application", "delete", "Z-2"]);
    e.ok(&["verify"]);
}

#[test]
fn overdue_and_expired_are_computed_on_the_day_asked_across_days_off() {
    let e = Env::with_store();
    // Submitted on Tuesday 30.12.2025 with three working days: 31 December and 1–11 January
    // are days off, so the term is Wednesday 14.01.2026.
    e.ok(&file("Иванова Мария", "МФЦ", "30.12.2025", &["--due", "+3"]));
    let at = |now: &str| {
        let r = e.run_at(now, &["application", "list", "--format", "json"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
        (v[0]["status"].as_str().unwrap_or("").to_owned(), v[0]["overdue"].as_bool())
    };
    assert_eq!(at("2026-01-10T12:00:00"), ("accepted".into(), Some(false)));
    assert_eq!(at("2026-01-14T12:00:00"), ("accepted".into(), Some(false)), "due today");
    assert_eq!(at("2026-01-15T09:00:00"), ("accepted".into(), Some(true)));
    // Thirty days without a change of status (from the day of submission): expired.
    assert_eq!(at("2026-01-29T12:00:00"), ("accepted".into(), Some(true)));
    assert_eq!(at("2026-01-30T12:00:00"), ("expired".into(), Some(true)));
    // A change of status is an action: the clock starts again.
    e.run_at("2026-01-30T12:00:00", &["application", "status", "Z-1", "processing"]);
    assert_eq!(at("2026-02-01T12:00:00"), ("processing".into(), Some(true)));
    // The configuration sets how long; a decision ends it.
    e.file("cfg.toml", "application_expire_days = 1\n");
    let r = e.run_with(&["application", "list", "--status", "expired", "--format", "json"], |c| {
        c.env("KABINET_NOW", "2026-02-01T12:00:00")
            .env("KABINET_CONFIG", e.path().join("cfg.toml"));
    });
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["Z-1"], "{}", r.stderr);
    e.run_at("2026-02-01T12:00:00", &["application", "status", "Z-1", "approved"]);
    assert_eq!(at("2026-06-01T12:00:00"), ("approved".into(), Some(false)));
}

#[test]
fn deadlines_list_open_terms_and_check_counts_them() {
    let e = Env::with_store();
    e.add_doc(
        "Иванова Мария",
        "passport",
        "123456",
        "01.02.2016",
        &["--series", "45 06", "--expires", "01.12.2026"],
    );
    e.ok(&file("Иванова Мария", "МФЦ", "20.11.2026", &["--due", "10.12.2026", "--needs", "D-1"]));
    e.ok(&file("Петров Пётр", "ФНС", "01.09.2026", &["--due", "01.10.2026"]));
    e.ok(&file("Сидоров Сидор", "ГИБДД", "01.09.2026", &["--due", "05.10.2026"]));
    e.ok(&["application", "status", "Z-3", "approved"]);
    let v = e.json(&["deadlines", "--kind", "application", "--within", "30d"]);
    assert_eq!(ids(&v), ["Z-2", "Z-1"], "overdue first; a decided one is not due");
    assert_eq!(v[0]["overdue"], true);
    assert_eq!(v[0]["what"], "decision due: ФНС, загранпаспорт (Петров Пётр)");
    let r = e.run(&["deadlines", "--check", "--within", "30d"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(r.stdout.starts_with("KABINET CRITICAL - 1 overdue, 2 due within 30d"), "{}", r.stdout);
    // The document it relies on expires before the term: said when filed and in show.
    let shown = e.ok(&["application", "show", "Z-1"]);
    assert!(
        shown.contains(
            "D-1 expires on 2026-12-01, before the term of the application on 2026-12-10"
        ),
        "{shown}"
    );
}

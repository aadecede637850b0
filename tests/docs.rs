//! The document registry: statuses, renewal, archive, delete, bad input.

use crate::util::{Env, doc_args, ids};

fn add_passport(e: &Env, number: &str, expires: &str) -> String {
    let mut args = vec![
        "doc",
        "add",
        "--holder",
        "Иванова Мария Петровна",
        "--kind",
        "passport",
        "--series",
        "45 06",
        "--number",
        number,
        "--issued",
        "01.02.2016",
    ];
    if !expires.is_empty() {
        args.extend(["--expires", expires]);
    }
    e.ok(&args).trim().to_owned()
}

#[test]
fn status_is_computed_on_the_day_asked() {
    let e = Env::with_store();
    assert_eq!(add_passport(&e, "000001", "01.06.2030"), "D-1"); // valid
    add_passport(&e, "000002", "10.12.2026"); // expiring: 18 days
    add_passport(&e, "000003", "21.11.2026"); // expired yesterday
    add_passport(&e, "000004", ""); // indefinite
    let v = e.json(&["doc", "list"]);
    let statuses: Vec<(&str, &str)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|d| (d["id"].as_str().unwrap_or(""), d["status"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        statuses,
        [("D-3", "expired"), ("D-2", "expiring"), ("D-1", "valid"), ("D-4", "indefinite")]
    );
    assert_eq!(ids(&e.json(&["doc", "list", "--status", "expiring"])), ["D-2"]);
    // Later, the expiring one has expired: the status is never stored stale.
    let r = e
        .run_at("2026-12-11T08:00:00", &["doc", "list", "--status", "expired", "--format", "json"]);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["D-3", "D-2"]);
    let table = e.ok(&["--lang", "ru", "doc", "list"]);
    assert!(
        table.contains("бессрочно") && table.contains("истекает, осталось дней: 18"),
        "{table}"
    );
    let show: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-2", "--format", "json"])).expect("json");
    assert_eq!(show["days_left"], 18);
}

#[test]
fn every_field_round_trips_and_russian_kind_names_are_accepted() {
    let e = Env::with_store();
    let out = e.ok(&doc_args(
        "Петров Пётр",
        "Права",
        "345678",
        "2020-03-01",
        &[
            "--holder-snils",
            "11223344595",
            "--series",
            "99 12",
            "--issued-by",
            "ГИБДД 7702",
            "--department-code",
            "770001",
            "--expires-on",
            "01.03.2030",
            "--notes",
            "категория B",
        ],
    ));
    assert_eq!(out, "D-1\n");
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-1", "--format", "json"])).expect("json");
    for (k, want) in [
        ("holder", "Петров Пётр"),
        ("holder_snils", "11223344595"),
        ("kind", "driver_license"),
        ("series", "9912"),
        ("number", "345678"),
        ("issued_on", "2020-03-01"),
        ("issued_by", "ГИБДД 7702"),
        ("department_code", "770001"),
        ("expires_on", "2030-03-01"),
        ("status", "valid"),
        ("notes", "категория B"),
    ] {
        assert_eq!(v[k], want, "{k}");
    }
    e.ok(&["doc", "edit", "D-1", "--notes", "", "--expires", "10.12.2026"]);
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-1", "--format", "json"])).expect("json");
    assert_eq!(
        (v["notes"].clone(), v["status"].clone()),
        (serde_json::Value::Null, "expiring".into())
    );
}

#[test]
fn bad_documents_exit_5() {
    let e = Env::with_store();
    let cases: &[(&[&str], &str)] = &[
        (&["--kind", "visa", "--issued", "01.01.2020"], "--kind: visa: not one of: passport"),
        (
            &["--kind", "passport", "--issued", "01.01.2027"],
            "--issued-on: 01.01.2027: is in the future",
        ),
        (
            &["--kind", "passport", "--issued", "01.01.2020", "--expires", "31.12.2019"],
            "--expires-on: 31.12.2019: is before --issued-on",
        ),
        (
            &["--kind", "passport", "--issued", "01.01.2020", "--department-code", "77-01"],
            "--department-code: 77-01: expected NNN-NNN",
        ),
        (&["--kind", "passport"], "--issued-on: required"),
    ];
    for (extra, want) in cases {
        let mut args = vec!["doc", "add", "--holder", "Иванов"];
        args.extend_from_slice(extra);
        let r = e.fails(5, &args);
        assert!(r.stderr.contains(want), "{extra:?}: {}", r.stderr);
    }
    e.fails(5, &["doc", "add", "--kind", "passport", "--issued", "01.01.2020"]);
    assert!(ids(&e.json(&["doc", "list", "--all"])).is_empty());
}

#[test]
fn duplicates_are_matched_on_kind_series_and_number() {
    let e = Env::with_store();
    add_passport(&e, "123456", "");
    let r =
        e.fails(7, &doc_args("Другой", "паспорт", "123 456", "01.01.2020", &["--series", "4506"]));
    assert!(r.stderr.contains("duplicate of D-1"), "{}", r.stderr);
    e.ok(&[
        "doc",
        "add",
        "--holder",
        "Другой",
        "--kind",
        "passport",
        "--series",
        "4506",
        "--number",
        "123456",
        "--issued",
        "01.01.2020",
        "--force",
    ]);
    e.add_doc("Другой", "driver_license", "123456", "01.01.2020", &["--series", "4506"]);
}

#[test]
fn renew_archives_the_old_and_links_both_ways() {
    let e = Env::with_store();
    add_passport(&e, "111111", "10.12.2026");
    let out = e.ok(&[
        "doc",
        "renew",
        "D-1",
        "--series",
        "45 21",
        "--number",
        "222222",
        "--issued",
        "today",
        "--expires",
        "+10y",
    ]);
    assert_eq!(out, "D-2\n");
    let old: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-1", "--format", "json"])).expect("json");
    let new: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-2", "--format", "json"])).expect("json");
    assert_eq!(
        (old["status"].as_str(), old["replaced_by"].as_str()),
        (Some("archived"), Some("D-2"))
    );
    assert_eq!(
        (new["replaces"].as_str(), new["holder"].as_str()),
        (Some("D-1"), Some("Иванова Мария Петровна"))
    );
    assert_eq!(
        (new["kind"].as_str(), new["expires_on"].as_str()),
        (Some("passport"), Some("2036-11-22"))
    );
    assert_eq!(ids(&e.json(&["doc", "list"])), ["D-2"]);
    assert_eq!(ids(&e.json(&["doc", "list", "--all"])).len(), 2);
    let r = e.fails(7, &["doc", "renew", "D-1", "--number", "3", "--issued", "today"]);
    assert!(r.stderr.contains("replaced by D-2"), "{}", r.stderr);
    e.fails(5, &["doc", "renew", "D-2", "--number", "333333"]);
}

#[test]
fn archive_and_delete() {
    let e = Env::with_store();
    add_passport(&e, "100001", "");
    add_passport(&e, "100002", "");
    e.ok(&["doc", "archive", "D-1"]);
    e.fails(7, &["doc", "archive", "D-1"]);
    assert_eq!(ids(&e.json(&["doc", "list", "--status", "archived"])), ["D-1"]);
    e.add_appt("МФЦ", "справка", "01.12.2026 10:00", &["--needs", "D-2"]);
    let r = e.fails(7, &["-y", "doc", "delete", "D-2"]);
    assert!(r.stderr.contains("A-1"), "{}", r.stderr);
    e.fails(2, &["doc", "delete", "D-2", "--force"]);
    e.ok(&["-y", "doc", "delete", "D-2", "--force"]);
    e.fails(6, &["doc", "show", "D-2"]);
}

#[test]
fn list_filters_by_kind_holder_and_text() {
    let e = Env::with_store();
    add_passport(&e, "100001", "");
    e.add_doc(
        "Сидоров Олег",
        "полис ОМС",
        "7754300891234567",
        "01.01.2020",
        &["--notes", "в сейфе"],
    );
    assert_eq!(ids(&e.json(&["doc", "list", "--kind", "oms_policy"])), ["D-2"]);
    assert_eq!(ids(&e.json(&["doc", "list", "--kind", "паспорт"])), ["D-1"]);
    assert_eq!(ids(&e.json(&["doc", "list", "--holder", "иванова"])), ["D-1"]);
    assert_eq!(ids(&e.json(&["doc", "list", "--text", "СЕЙФЕ"])), ["D-2"]);
    e.fails(5, &["doc", "list", "--kind", "visa"]);
}

#[test]
fn numbers_are_checked_by_the_kind_of_document() {
    let e = Env::with_store();
    let add = |kind: &str, series: &str, number: &str| {
        let mut a =
            vec!["doc", "add", "--holder", "Иванов", "--kind", kind, "--issued", "01.01.2020"];
        if !series.is_empty() {
            a.extend(["--series", series]);
        }
        a.extend(["--number", number]);
        e.run(&a)
    };
    let bad = [
        ("passport", "4506", "12345", "--number: 12345: expected 6 digits"),
        ("passport", "45 6", "123456", "--series: 45 6: expected 4 digits"),
        ("driver_license", "77 UA", "123456", "--number: 77 UA 123456: expected 2 digits"),
        ("snils", "", "112-233-445 96", "check number should be 95"),
        ("inn", "", "7707083894", "check digit should be 3"),
        ("oms_policy", "", "12345", "expected 16 digits"),
    ];
    for (kind, series, number, want) in bad {
        let r = add(kind, series, number);
        assert_eq!(r.code, 5, "{kind} {number}: {}", r.stderr);
        assert!(r.stderr.contains(want), "{kind}: {}", r.stderr);
    }
    assert_eq!(add("passport", "45 06", "123456").code, 0);
    assert_eq!(add("driver_license", "77 уа", "123456").code, 0);
    assert_eq!(add("snils", "", "112-233-445 95").code, 0);
    assert_eq!(add("contract", "Д", "free text №5").code, 0);
    let v = e.json(&["doc", "list"]);
    let numbers: Vec<(&str, &str)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|d| (d["series"].as_str().unwrap_or(""), d["number"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        numbers,
        [("4506", "123456"), ("77УА", "123456"), ("", "11223344595"), ("Д", "free text №5")]
    );
    let table = e.ok(&["doc", "list"]);
    assert!(
        table.contains("45 06 123456")
            && table.contains("77 УА 123456")
            && table.contains("112-233-445 95"),
        "{table}"
    );
}

#[test]
fn holders_and_people_have_an_email_and_a_phone_checked_imported_and_exported() {
    let e = Env::with_store();
    let r = e.fails(
        5,
        &doc_args(
            "Иванова",
            "passport",
            "123456",
            "01.02.2016",
            &["--series", "4506", "--email", "maria at mail", "--phone", "12-34"],
        ),
    );
    assert!(r.stderr.contains("--email") && r.stderr.contains("--phone"), "{}", r.stderr);
    assert_eq!(e.json(&["doc", "list"]), serde_json::json!([]), "nothing written");
    e.ok(&doc_args(
        "Иванова",
        "passport",
        "123456",
        "01.02.2016",
        &["--series", "4506", "--email", "maria@example.ru", "--phone", "8 (912) 345-67-89"],
    ));
    let d = e.json(&["doc", "show", "D-1"]);
    assert_eq!(
        (d["email"].as_str(), d["phone"].as_str()),
        (Some("maria@example.ru"), Some("+79123456789"))
    );
    // An appointment's person, from a spreadsheet with Russian headers.
    let f = e.file(
        "appts.csv",
        "Учреждение;Услуга;Начало;Кто идёт;Эл. почта;Телефон\n\
         МФЦ;паспорт;10.12.2026 10:00;Петров;petrov@example.ru;+7 912 000-11-22\n\
         МФЦ;справка;10.12.2026 11:00;Сидоров;;\n",
    );
    e.ok(&["import", f.to_str().expect("utf-8"), "--kind", "appt"]);
    let a = e.json(&["appt", "show", "A-1"]);
    assert_eq!(
        (a["email"].as_str(), a["phone"].as_str()),
        (Some("petrov@example.ru"), Some("+79120001122"))
    );
    // Exported as columns of their own, and back into another store unchanged.
    let csv = e.ok(&["export", "csv", "--kind", "appt"]);
    let header = csv.lines().next().unwrap_or_default();
    assert!(header.ends_with(",notes,email,phone"), "{header}");
    let other = Env::with_store();
    let back = other.file("back.csv", &csv);
    other.ok(&["import", back.to_str().expect("utf-8"), "--kind", "appt"]);
    assert_eq!(other.ok(&["export", "csv", "--kind", "appt"]), csv);
    // A bad address in a file is a problem of its row and column.
    let bad =
        e.file("bad.csv", "Учреждение;Услуга;Начало;Телефон\nМФЦ;паспорт;11.12.2026 10:00;999\n");
    let r = e.fails(5, &["import", bad.to_str().expect("utf-8"), "--kind", "appt"]);
    assert!(
        r.stderr.contains("2:4: Телефон: 999"),
        "named by line, column and header: {}",
        r.stderr
    );
    // Cleared by an edit with an empty value.
    e.ok(&["doc", "edit", "D-1", "--email", ""]);
    assert!(e.json(&["doc", "show", "D-1"]).get("email").is_none_or(|v| v.is_null()));
    e.ok(&["verify"]);
}

#[test]
fn a_format_13_store_gets_contacts_and_keeps_naming_a_row_changed_before() {
    let e = Env::with_store();
    local_only!(e);
    e.ok(&doc_args("Иванова", "passport", "123456", "01.02.2016", &["--series", "4506"]));
    e.ok(&doc_args("Петров", "passport", "654321", "01.02.2016", &["--series", "4507"]));
    e.add_appt("МФЦ", "паспорт", "10.12.2026 10:00", &[]);
    e.ok(&["verify"]);
    // The store as format 13 left it: no contacts, each row sealed over the columns then ...
    let c = crate::util::keyed_conn(&e);
    crate::util::register_seal(&c);
    c.execute_batch(
        "ALTER TABLE docs DROP COLUMN email; ALTER TABLE docs DROP COLUMN phone; \
         ALTER TABLE appts DROP COLUMN email; ALTER TABLE appts DROP COLUMN phone; \
         UPDATE docs SET mac = kabinet_mac('docs', id, uuid, nkey, holder, holder_snils, kind, \
           series, number, issued_on, issued_by, department_code, expires_on, notes, created_at, \
           archived_at, replaces, replaced_by); \
         UPDATE appts SET mac = kabinet_mac('appts', id, uuid, nkey, person, institution, \
           service, office, starts_at, duration_min, status, confirmation_no, needs, notes, \
           created_at, late_change); \
         PRAGMA user_version = 13;",
    )
    .expect("downgrade");
    // ... and, before the upgrade, D-2 changed by another client.
    c.execute("UPDATE docs SET holder = 'подделка' WHERE id = 2", []).expect("tamper");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("from format 13 to 15"), "{}", r.stderr);
    assert!(r.stderr.contains("D-2: changed outside kabinet"), "{}", r.stderr);
    assert!(!r.stderr.contains("D-1") && !r.stderr.contains("A-1"), "sealed again: {}", r.stderr);
    e.ok(&["appt", "edit", "A-1", "--phone", "89120001122"]);
    assert_eq!(e.json(&["appt", "show", "A-1"])["phone"], "+79120001122");
}

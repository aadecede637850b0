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
    let r = e.fails(7, &["application", "edit", "Z-1", "--agency", "x", "--notes", "x"]);
    assert!(r.stderr.contains("is approved"), "{}", r.stderr);
    assert!(r.stderr.contains("but for --fee, --fee-status and --notes"), "{}", r.stderr);
    // The fee may still be paid after the decision, and a note added.
    e.ok(&["application", "edit", "Z-1", "--fee-status", "paid", "--notes", "оплачено позже"]);
    let z1 = e.json(&["application", "show", "Z-1"]);
    assert_eq!(
        (z1["fee_status"].as_str(), z1["status"].as_str()),
        (Some("paid"), Some("approved"))
    );
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
    // Filed, two changes of status, the fee paid after the decision.
    let log = e.json(&["log", "--item", "Z-1"]);
    assert_eq!(log.as_array().map(Vec::len), Some(4));
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
        // `status` is the one kept; `expired` says it is shown as Срок истёк.
        let shown =
            if v[0]["expired"] == true { "expired" } else { v[0]["status"].as_str().unwrap_or("") };
        (shown.to_owned(), v[0]["overdue"].as_bool())
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

#[test]
fn an_approval_issues_the_resulting_document_linked_both_ways() {
    let e = Env::with_store();
    e.ok(&file(
        "Иванова Мария Петровна",
        "ГУ МВД по г. Москве",
        "20.11.2026",
        &["--snils", "112-233-445 95", "--due", "+20"],
    ));
    e.ok(&file("Петров Пётр", "МФЦ", "20.11.2026", &[]));
    // Only an approval issues one; refused before anything is written.
    let r = e.fails(2, &["application", "status", "Z-1", "rejected", "--issues-doc", "паспорт"]);
    assert!(r.stderr.contains("--issues-doc goes with approved"), "{}", r.stderr);
    let r = e.fails(5, &["application", "status", "Z-1", "approved", "--issues-doc", "звездолёт"]);
    assert!(r.stderr.contains("kind"), "{}", r.stderr);
    assert_eq!(e.json(&["application", "show", "Z-1"])["status"], "accepted", "nothing moved");
    assert!(ids(&e.json(&["doc", "list"])).is_empty(), "nothing added");
    let said = e.ok(&[
        "application",
        "status",
        "Z-1",
        "approved",
        "--issues-doc",
        "загранпаспорт",
        "--series",
        "75",
        "--number",
        "1234567",
        "--expires",
        "22.11.2036",
    ]);
    assert!(said.contains("Z-1: approved.") && said.contains("Z-1 issued D-1."), "{said}");
    // The document: the applicant as holder with their СНИЛС, the agency as issuer, today.
    let d = e.json(&["doc", "show", "D-1"]);
    assert_eq!(d["holder"], "Иванова Мария Петровна");
    assert_eq!(d["holder_snils"], "11223344595");
    assert_eq!(d["kind"], "foreign_passport");
    assert_eq!((d["series"].as_str(), d["number"].as_str()), (Some("75"), Some("1234567")));
    assert_eq!(d["issued_by"], "ГУ МВД по г. Москве");
    assert_eq!(d["issued_on"], "2026-11-22");
    assert_eq!(d["issued_for"], "Z-1", "the document names the application");
    let z = e.json(&["application", "show", "Z-1"]);
    assert_eq!((z["status"].as_str(), z["issued_doc"].as_str()), (Some("approved"), Some("D-1")));
    assert!(
        e.ok(&["doc", "show", "D-1"]).contains("Issued on application │ Z-1")
            || e.ok(&["doc", "show", "D-1"]).contains("Z-1")
    );
    assert!(e.ok(&["--lang", "ru", "application", "show", "Z-1"]).contains("Выданный документ"));
    // Linking one already in the registry; its fields are not given here.
    let r = e.fails(
        2,
        &["application", "status", "Z-2", "approved", "--issues-doc", "D-1", "--number", "5"],
    );
    assert!(r.stderr.contains("kabinet doc edit D-1"), "{}", r.stderr);
    e.fails(6, &["application", "status", "Z-2", "approved", "--issues-doc", "D-9"]);
    e.ok(&["application", "status", "Z-2", "одобрено", "--issues-doc", "D-1"]);
    assert_eq!(e.json(&["application", "show", "Z-2"])["issued_doc"], "D-1");
    // Both changes are logged in one go with the document's addition, and the store verifies.
    let log = e.json(&["log", "--item", "D-1"]);
    assert_eq!(log.as_array().map(Vec::len), Some(1), "{log}");
    e.ok(&["verify"]);
}

/// A CSV file of applications, one in each status, with Russian headers as a spreadsheet of an
/// office would have them.
const EVERY_STATUS: &str = "\
Заявитель;СНИЛС;Ведомство;Услуга;Номер заявления;Дата подачи;Срок исполнения;Статус;Статус с;Причина;Пошлина;Оплата;Документы;Примечания
Иванова Мария Петровна;112-233-445 95;МФЦ;загранпаспорт;77-1;02.11.2026;+10;принято;;;6000.00;выполнен;D-1;
Петров Пётр;;ФНС;ИНН;77-2;03.11.2026;20.11.2026;в обработке;05.11.2026 10:00;;;;;
Сидорова Анна;;ПФР;СНИЛС;77-3;04.11.2026;;одобрено;10.11.2026 12:00;;;;;готово
Козлов Иван;;ГИБДД;права;77-4;05.11.2026;;отклонено;12.11.2026 09:30;неполный пакет;2000.00;отклонён;;
Орлова Наталья;;МФЦ;справка;77-5;06.11.2026;;cancelled;13.11.2026 15:00;отозвано заявителем;;;;
";

#[test]
fn import_reads_every_status_with_russian_headers_and_the_csv_round_trip_is_identical() {
    let e = Env::with_store();
    e.add_doc("Иванова Мария Петровна", "passport", "123456", "01.02.2016", &["--series", "4506"]);
    let f = e.file("z.csv", EVERY_STATUS);
    let said = e.ok(&["import", f.to_str().expect("path"), "--kind", "application"]);
    assert!(said.contains("added 5"), "{said}");
    let v = e.json(&["application", "list"]);
    let mut got: Vec<(String, String)> = v
        .as_array()
        .expect("list")
        .iter()
        .map(|x| (x["id"].as_str().unwrap_or("").into(), x["status"].as_str().unwrap_or("").into()))
        .collect();
    got.sort();
    assert_eq!(
        got,
        [
            ("Z-1".into(), "accepted".into()),
            ("Z-2".into(), "processing".into()),
            ("Z-3".into(), "approved".into()),
            ("Z-4".into(), "rejected".into()),
            ("Z-5".into(), "cancelled".into()),
        ]
    );
    let z1 = e.json(&["application", "show", "Z-1"]);
    assert_eq!(z1["due"], "2026-11-17", "+10 working days from 02.11 (4 November is a holiday)");
    assert_eq!(z1["status_at"], "2026-11-02T00:00:00", "accepted on the day of submission");
    let z4 = e.json(&["application", "show", "Z-4"]);
    assert_eq!(
        (z4["reason"].as_str(), z4["fee_status"].as_str()),
        (Some("неполный пакет"), Some("refused"))
    );
    assert_eq!(z4["status_at"], "2026-11-12T09:30:00");
    // The same file again: every row a duplicate.
    let again = e.ok(&["import", f.to_str().expect("path"), "--kind", "application"]);
    assert!(again.contains("added 0, skipped as duplicates 5"), "{again}");
    // Export, import into an empty store (documents first), export again: the same bytes.
    let docs = e.ok(&["export", "csv", "--kind", "doc"]);
    let first = e.ok(&["export", "csv", "--kind", "application"]);
    assert!(first.starts_with("id,applicant,snils,agency,service,number,submitted,due,status,"));
    let other = Env::new();
    other.ok(&["init"]);
    let d = other.file("d.csv", &docs);
    other.ok(&["import", d.to_str().expect("path"), "--kind", "doc"]);
    let a = other.file("a.csv", &first);
    other.ok(&["import", a.to_str().expect("path"), "--kind", "application"]);
    assert_eq!(other.ok(&["export", "csv", "--kind", "application"]), first);
    // JSON carries the same fields.
    let json = e.json(&["export", "json", "--kind", "application", "--status", "rejected"]);
    assert_eq!(ids(&json), ["Z-4"]);
    other.ok(&["verify"]);
}

#[test]
fn import_refuses_a_status_that_is_computed_a_missing_document_and_a_bad_time() {
    let e = Env::with_store();
    let csv = "\
applicant,agency,service,submitted,status,status_at,needs,issued_doc
Иванова,МФЦ,справка,02.11.2026,expired,,,
Петров,МФЦ,справка,02.11.2026,processing,01.11.2026 10:00,,
Сидоров,МФЦ,справка,02.11.2026,approved,,D-7,D-8
Орлов,МФЦ,справка,02.11.2026,processing,01.12.2027 10:00,,
";
    let f = e.file("bad.csv", csv);
    let r = e.fails(5, &["import", f.to_str().expect("path"), "--kind", "application"]);
    for want in [
        "2:5: status: expired: not one of: accepted, processing, approved, rejected, cancelled",
        "3:6: status_at: 01.11.2026 10:00: is before",
        "4:7: needs: D-7: no such document",
        "4:8: issued_doc: D-8: no such document",
        "5:6: status_at: 01.12.2027 10:00: is in the future",
    ] {
        assert!(r.stderr.contains(want), "{want:?} in:\n{}", r.stderr);
    }
    assert!(ids(&e.json(&["application", "list"])).is_empty(), "all or nothing");
}

#[test]
fn validate_names_applications_past_their_term_idle_or_relying_on_a_lapsed_document() {
    let e = Env::with_store();
    e.add_doc(
        "Иванова",
        "passport",
        "123456",
        "01.02.2016",
        &["--series", "4506", "--expires", "01.12.2026"],
    );
    e.ok(&file("Иванова", "МФЦ", "20.11.2026", &["--due", "10.12.2026", "--needs", "D-1"]));
    e.ok(&file("Петров", "ФНС", "01.09.2026", &["--due", "01.10.2026"]));
    e.ok(&file("Сидоров", "ПФР", "01.09.2026", &["--number", "1"]));
    e.ok(&file("Сидоров", "ПФР", "02.09.2026", &["--number", "1", "--force"]));
    e.ok(&file("Орлов", "ГИБДД", "01.09.2026", &["--due", "01.10.2026"]));
    e.ok(&["application", "status", "Z-5", "rejected"]);
    let v = e.run(&["validate", "--format", "json"]);
    assert_eq!(v.code, 5, "{}", v.stderr);
    let found: serde_json::Value = serde_json::from_str(&v.stdout).expect("json");
    let pairs: Vec<(String, String)> = found
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["item"].as_str().is_some_and(|i| i.starts_with('Z')))
        .map(|f| {
            (f["item"].as_str().unwrap_or("").into(), f["check"].as_str().unwrap_or("").into())
        })
        .collect();
    assert_eq!(
        pairs,
        [
            ("Z-1".into(), "needs".into()),
            ("Z-2".into(), "overdue".into()),
            ("Z-2".into(), "idle".into()),
            ("Z-3".into(), "idle".into()),
            ("Z-4".into(), "idle".into()),
            ("Z-4".into(), "duplicate".into()),
        ],
        "a decided one (Z-5) is past nothing"
    );
    let table = e.run(&["validate"]).stdout;
    assert!(table.contains("before the term of the application on 2026-12-10"), "{table}");
    // The document an open application relies on is not deleted without --force.
    let r = e.fails(7, &["-y", "doc", "delete", "D-1"]);
    assert!(r.stderr.contains("open applications Z-1"), "{}", r.stderr);
    assert!(table.contains("open past its term of 2026-10-01"), "{table}");
    let ru = e.run(&["--lang", "ru", "validate"]).stdout;
    assert!(ru.contains("заявление просрочено") && ru.contains("срок истёк"), "{ru}");
}

#[test]
fn the_report_groups_by_status_with_time_taken_and_statistics_and_the_slip_has_a_qr() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    e.add_doc("Иванова Мария Петровна", "passport", "123456", "01.02.2016", &["--series", "4506"]);
    let f = e.file("z.csv", EVERY_STATUS);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "application"]);
    let out = e.path().join("z.pdf");
    let o = out.to_str().expect("path");
    let r = e.run_with(&["export", "pdf", "--kind", "application", "-o", o], |c| {
        c.env("KABINET_LANG", "ru");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t = crate::pdf::text(&out);
    for want in [
        "Заявления",
        "Заявлений: 5",
        // Groups, open ones first.
        "Принято (1)",
        "В обработке (1)",
        "Одобрено (1)",
        "Отклонено (1)",
        "Отменено (1)",
        "Иванова Мария Петровна",
        "СНИЛС 112-233-445 95",
        "неполный пакет",
        "6 000,00",
        // Statistics: decided in 6 (Z-3) and 7 (Z-4) days; neither had a term.
        "Статистика",
        "Медиана срока от подачи до решения: 6,5 дн.",
        "Решено в срок: решений по заявлениям со сроком нет",
        "По ведомствам",
        "Стр. 1 из",
    ] {
        assert!(t.contains(want), "{want:?} missing:\n{t}");
    }
    // Z-2 (processing since 03.11, term 20.11) is overdue on 22.11 and has taken 19 days.
    let z2 = t.lines().find(|l| l.contains("Z-2")).expect("Z-2 row");
    assert!(z2.contains("20.11.2026") && z2.contains("19"), "{z2}");
    // The slip: the application's number in a QR code read back by an independent decoder.
    let slip = e.path().join("slip.pdf");
    let s = slip.to_str().expect("path");
    let r = e.run_with(&["export", "pdf", "--receipt", "Z-1", "-o", s], |c| {
        c.env("KABINET_LANG", "ru");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t = crate::pdf::text(&slip);
    for want in [
        "Расписка о приёме заявления",
        "№ Z-1 (№ в ведомстве 77-1) от 02.11.2026",
        "Срок решения: 17.11.2026",
        "D-1 паспорт 45 06 123456",
        "Сведения о заявлении",
    ] {
        assert!(t.contains(want), "{want:?} missing:\n{t}");
    }
    let qr = crate::pdf::qr_of(&slip, &e.path().join("slip"));
    assert_eq!(qr, "Z-1\nМФЦ\n77-1\n2026-11-02");
    let en = e.path().join("en.pdf");
    e.ok(&[
        "export",
        "pdf",
        "--kind",
        "application",
        "--status",
        "rejected",
        "-o",
        en.to_str().expect("p"),
    ]);
    let t = crate::pdf::text(&en);
    assert!(t.contains("Applications: 1") && t.contains("Rejected (1)"), "{t}");
    assert!(t.contains("Median time from submission to decision: 7 days"), "{t}");
}

#[test]
fn applications_terms_export_to_icalendar() {
    let e = Env::with_store();
    e.ok(&file("Иванова", "МФЦ", "20.11.2026", &["--due", "10.12.2026"]));
    e.ok(&file("Петров", "ФНС", "20.11.2026", &["--due", "11.12.2026"]));
    e.ok(&file("Сидоров", "ПФР", "20.11.2026", &[]));
    e.ok(&["application", "status", "Z-2", "approved"]);
    let ics = e.ok(&["export", "ics", "--kind", "application"]);
    assert!(ics.starts_with("BEGIN:VCALENDAR"), "{ics}");
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 1, "only open ones with a term: {ics}");
    assert!(ics.contains("DTSTART;VALUE=DATE:20261210"), "{ics}");
    assert!(ics.contains("МФЦ"), "{ics}");
}

#[test]
fn a_format_10_store_gets_the_issued_document_link_and_keeps_naming_a_row_changed_before() {
    let e = Env::with_store();
    local_only!(e);
    e.ok(&file("Иванова", "МФЦ", "20.11.2026", &["--number", "1"]));
    e.ok(&file("Петров", "ФНС", "20.11.2026", &["--number", "2"]));
    e.ok(&["verify"]);
    // The store as format 10 left it: no issued_doc, each row sealed over the columns then ...
    let c = crate::util::keyed_conn(&e);
    crate::util::register_seal(&c);
    c.execute_batch(
        "DROP INDEX applications_issued_doc; \
         ALTER TABLE applications DROP COLUMN issued_doc; \
         UPDATE applications SET mac = kabinet_mac('applications', id, uuid, nkey, applicant, \
           snils, agency, service, number, submitted, due, fee, fee_status, needs, notes, \
           status, status_at, reason, created_at); \
         PRAGMA user_version = 10;",
    )
    .expect("downgrade");
    // ... and, before the upgrade, Z-2 changed by another client.
    c.execute("UPDATE applications SET agency = 'подделка' WHERE id = 2", []).expect("tamper");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("from format 10 to 15"), "{}", r.stderr);
    assert!(r.stderr.contains("Z-2: changed outside kabinet"), "{}", r.stderr);
    assert!(!r.stderr.contains("Z-1"), "Z-1 is sealed again: {}", r.stderr);
    // The upgraded store links what an approval issues.
    e.ok(&["application", "status", "Z-1", "approved", "--issues-doc", "справка"]);
    assert_eq!(e.json(&["doc", "show", "D-1"])["issued_for"], "Z-1");
}

//! `kabinet validate`: values on the command line, streamed from stdin, and the whole store.

use std::io::Write;
use std::process::Stdio;

use crate::util::{Env, keyed_conn};

#[test]
fn values_one_line_each_exit_0_when_all_valid() {
    let e = Env::new();
    let out = e.ok(&["validate", "snils", "112-233-445 95", "11223344595"]);
    assert_eq!(
        out,
        "snils: 112-233-445 95: ok (112-233-445 95)\nsnils: 11223344595: ok (112-233-445 95)\n"
    );
    let r = e.fails(5, &["validate", "snils", "112-233-445 95", "112-233-445 96"]);
    assert!(r.stdout.contains("snils: 112-233-445 96: check number should be 95"), "{}", r.stdout);
    assert!(r.stderr.contains("1 of 2"), "{}", r.stderr);
    // No store is needed, and no passphrase is asked for.
    assert!(!e.store.exists());
}

#[test]
fn every_kind_accepts_what_people_type_and_names_the_reason() {
    let e = Env::new();
    let cases: &[(&str, &str, &str, &str)] = &[
        ("inn", "7707083893", "500100732258", "check digits should be 59"),
        ("inn", "500100732259", "7707083894", "check digit should be 3"),
        ("ogrn", "1027700132195", "1027700132196", "check digit should be 5"),
        ("ogrnip", "304500116000157", "30450011600015", "expected 15 digits"),
        ("passport", "45 06 123456", "45 06 12345", "series 4 digits and number 6 digits"),
        ("dept-code", "770-001", "77-001", "expected NNN-NNN"),
        ("driver-license", "77 УА 123456", "77 UA 123456", "Cyrillic letters"),
        ("oms", "7754 3008 9123 4567", "775430089123456", "expected 16 digits"),
        ("oktmo", "45381000", "4538100", "8 or 11 digits"),
        ("phone", "8 (912) 345-67-89", "+8 912 345 67 89", "+7 and 10 digits"),
        ("email", "ivanov@mail.ru", "ivanov@@mail.ru", "one @"),
        ("date", "31.12.2026", "31.02.2026", "no such date"),
        ("amount", "1500.50", "1 500,50", "not an amount"),
    ];
    for (kind, good, bad, why) in cases {
        e.ok(&["validate", kind, good]);
        let r = e.fails(5, &["validate", kind, bad]);
        assert!(
            r.stdout.contains(&format!("{kind}: {bad}: ")) && r.stdout.contains(why),
            "{kind}: {}",
            r.stdout
        );
    }
    let out = e.ok(&["validate", "phone", "+7 912 345 67 89", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(v[0]["normalized"], "+79123456789");
}

#[test]
fn an_ogrn_whose_first_digit_is_no_kind_of_registration_is_refused_though_its_check_digit_fits() {
    let e = Env::new();
    // Each has the right check digit; its first digit says no kind of registration.
    for (kind, bad, allowed) in [
        ("ogrn", "0308246281948", "1, 2 or 5–9"),
        ("ogrn", "3027700132193", "1, 2 or 5–9"),
        ("ogrnip", "104500116000150", "3 or 4"),
    ] {
        let r = e.fails(5, &["validate", kind, bad]);
        let why = format!(
            "{kind}: {bad}: the first digit (the kind of registration) should be {allowed}"
        );
        assert!(r.stdout.contains(&why), "{}", r.stdout);
    }
    let r = e.fails(5, &["--lang", "ru", "validate", "ogrnip", "504500116000151"]);
    assert!(
        r.stdout.contains("первая цифра (вид регистрации) должна быть 3 или 4"),
        "{}",
        r.stdout
    );
    e.ok(&["validate", "ogrn", "5087746390353", "2027700132194"]);
    e.ok(&["validate", "ogrnip", "404500116000154"]);
}

#[test]
fn json_has_one_object_per_value_in_input_order() {
    let e = Env::new();
    let r = e.fails(5, &["validate", "inn", "7707083893", "123", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!(
        v,
        serde_json::json!([
            {"value": "7707083893", "valid": true, "normalized": "7707083893", "error": null},
            {"value": "123", "valid": false, "normalized": null, "error": "expected 10 or 12 digits"},
        ])
    );
    let empty = e.run_with(&["validate", "inn", "-", "--format", "json"], |_| {});
    assert_eq!((empty.code, empty.stdout.as_str()), (0, "[]\n"));
}

#[test]
fn dash_streams_values_from_stdin() {
    let e = Env::new();
    let mut child = e
        .cmd()
        .args(["validate", "inn", "-", "--format", "csv"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut input = String::new();
    for _ in 0..2000 {
        input.push_str("7707083893\r\n");
    }
    input.push_str("\n7707083894\n");
    let mut stdin = child.stdin.take().expect("stdin");
    stdin.write_all(input.as_bytes()).expect("write");
    drop(stdin);
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(5));
    let text = String::from_utf8_lossy(&out.stdout);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 2002, "header + one line per value, blank lines skipped");
    assert_eq!(lines[0], "value,valid,normalized,error");
    assert_eq!(lines[1], "7707083893,true,7707083893,");
    assert_eq!(lines[2001], "7707083894,false,,check digit should be 3");
}

#[test]
fn the_whole_store_check_lists_planted_problems() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let clean = e.ok(&["validate"]);
    assert!(clean.contains("No problems found in 1 records"), "{clean}");
    // A late entry: event on Monday 02.11.2026, entered on 22.11.
    e.add_record("2", "02.11.2026");
    // A forced duplicate.
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "1",
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--force",
    ]);
    // An expired document, not archived, needed by an appointment.
    e.add_doc("Иванов", "passport", "123456", "01.01.2010", &["--expires", "01.11.2026"]);
    e.add_appt("МФЦ", "справка", "01.12.2026 10:00", &["--needs", "D-1"]);
    // An identifier that fails today's rules, written behind kabinet's back.
    keyed_conn(&e)
        .execute("UPDATE records SET snils = '11223344596' WHERE id = 1", [])
        .expect("plant");
    let r = e.fails(5, &["validate", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    let got: Vec<(String, String)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|f| {
            (
                f["item"].as_str().unwrap_or("").to_owned(),
                f["check"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect();
    let want = [
        ("R-1", "invalid"),
        ("R-2", "late"),
        ("R-3", "duplicate"),
        ("D-1", "expired"),
        ("A-1", "needs"),
    ];
    assert_eq!(got, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    assert!(
        v[0]["message"]
            .as_str()
            .unwrap_or("")
            .contains("snils: 11223344596: check number should be 95")
    );
    assert!(v[2]["message"].as_str().unwrap_or("").contains("duplicate of R-1"));
    let table = e.fails(5, &["--lang", "ru", "validate"]);
    assert!(table.stdout.contains("дубликат R-1"), "{}", table.stdout);
    assert!(table.stderr.contains("найдено проблем: 5"), "{}", table.stderr);
}

#[test]
fn the_store_check_keeps_exit_5_when_the_reader_takes_only_the_first_line() {
    let e = Env::with_store();
    let mut csv = String::from("subject_id,event_date,type,result\n");
    for i in 0..3000 {
        // Entered on 22.11 for an event on 02.11: late, one finding each.
        csv.push_str(&format!("{i},02.11.2026,осмотр,здоров\n"));
    }
    let f = e.file("late.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    for format in ["table", "csv", "json"] {
        let (first, code, stderr) =
            e.first_line_then_hang_up(&["validate", "--format", format], false);
        assert!(!first.is_empty());
        assert_eq!(code, Some(5), "{format}: the problems are still there");
        assert!(stderr.contains("3000"), "{format}: {stderr}");
    }
}

#[test]
fn a_file_is_checked_without_a_store_or_passphrase_where_there_is_no_store() {
    let e = Env::new();
    let tmp = e.path().join("tmp");
    std::fs::create_dir(&tmp).expect("tmp");
    let run = |file: &std::path::Path, kind: &str| {
        e.run_with(&["validate", "--file", file.to_str().expect("p"), "--kind", kind], |c| {
            c.env_remove("KABINET_PASSPHRASE").env("TMPDIR", &tmp);
        })
    };
    let rows = "subject_id,event_date,type,result\n\
                1,20.11.2026,осмотр,здоров\n\
                2,20.11.2026,осмотр,\n\
                1,20.11.2026,осмотр,здоров\n";
    let bad = e.file("journal.csv", rows);
    let r = run(&bad, "record");
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("no store at") && r.stderr.contains("checked alone"), "{}", r.stderr);
    assert!(r.stderr.contains("3:4: result: required, missing"), "{}", r.stderr);
    // Duplicates within the file are still found.
    assert!(r.stdout.contains("would add 1, skip as duplicates 1, reject 1"), "{}", r.stdout);
    // Good rows: exit 0. An appointment's needed document is not looked up (there is none).
    let good =
        e.file("good.csv", "subject_id,event_date,type,result\n1,20.11.2026,осмотр,здоров\n");
    assert_eq!(run(&good, "record").code, 0);
    let appts = e.file(
        "appts.csv",
        "institution,service,starts_at,needs\nМФЦ,паспорт,05.12.2026 10:00,D-5\n",
    );
    let r = run(&appts, "appt");
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Nothing made at the store's path, nothing left in the temporary directory.
    assert!(!e.store.exists());
    assert_eq!(std::fs::read_dir(&tmp).expect("tmp").count(), 0);
    // Where the store exists, it is the check of `import --dry-run` against it, as before.
    e.ok(&["init"]);
    e.ok(&["import", good.to_str().expect("p"), "--kind", "record"]);
    let r = e.run(&["validate", "--file", good.to_str().expect("p"), "--kind", "record"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("would add 0, skip as duplicates 1"), "{}", r.stdout);
    assert!(!r.stderr.contains("no store"), "{}", r.stderr);
}

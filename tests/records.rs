//! Diary records: add, list, show, edit window, amend, delete, late entries, bad input.

use crate::util::{Env, ids};

#[test]
fn add_prints_the_id_and_show_has_every_field() {
    let e = Env::with_store();
    let out = e.ok(&[
        "record",
        "add",
        "--subject-id",
        "17",
        "--subject-name",
        "Петров Пётр Петрович",
        "--event-date",
        "20.11.2026",
        "--type",
        "выплата",
        "--subtype",
        "пособие",
        "--result",
        "сумма выплачена",
        "--description",
        "за ноябрь",
        "--registry-no",
        "РН-5",
        "--amount",
        "1500.50",
        "--snils",
        "112 233 445 95",
        "--oktmo",
        "45381000",
        "--responsible",
        "Орлова Н. В.",
        "--follow-up",
        "01.12.2026",
    ]);
    assert_eq!(out, "R-1\n");
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["record", "show", "R-1", "--format", "json"])).expect("json");
    let want = [
        ("id", "R-1"),
        ("subject_id", "17"),
        ("subject_name", "Петров Пётр Петрович"),
        ("event_date", "2026-11-20"),
        ("type", "выплата"),
        ("subtype", "пособие"),
        ("result", "сумма выплачена"),
        ("description", "за ноябрь"),
        ("registry_no", "РН-5"),
        ("amount", "1500.50"),
        ("snils", "11223344595"),
        ("oktmo", "45381000"),
        ("responsible", "Орлова Н. В."),
        ("follow_up_on", "2026-12-01"),
        ("recorded_at", "2026-11-22T12:00:00"),
        ("status", "ok"),
    ];
    for (k, val) in want {
        assert_eq!(v[k], val, "{k}");
    }
    let table = e.ok(&["record", "show", "R-1"]);
    assert!(table.contains("112-233-445 95"), "{table}");
}

#[test]
fn russian_tables_show_russian_dates_and_words() {
    let e = Env::with_store();
    e.add_record("17", "20.11.2026");
    let out = e.ok(&["--lang", "ru", "record", "list"]);
    assert!(
        out.contains("20.11.2026") && out.contains("в срок") && out.contains("Дата мероприятия"),
        "{out}"
    );
    let r = e.run_with(&["record", "list"], |c| {
        c.env("LANG", "ru_RU.UTF-8");
    });
    assert!(r.stdout.contains("20.11.2026"), "{}", r.stdout);
    let en = e.ok(&["record", "list"]);
    assert!(en.contains("2026-11-20") && en.contains("Event date"), "{en}");
    // JSON stays ISO whatever the language.
    let v = e.json(&["--lang", "ru", "record", "list"]);
    assert_eq!(v[0]["event_date"], "2026-11-20");
}

#[test]
fn missing_fields_without_a_terminal_exit_5_naming_each_flag() {
    let e = Env::with_store();
    let r = e.fails(5, &["record", "add", "--subject-id", "17"]);
    for flag in ["--event-date", "--type", "--result"] {
        assert!(r.stderr.contains(flag), "{flag}: {}", r.stderr);
    }
    assert!(!r.stderr.contains("--subject-id"), "{}", r.stderr);
    assert_eq!(ids(&e.json(&["record", "list"])).len(), 0);
}

#[test]
fn bad_values_exit_5_naming_field_value_and_reason() {
    let e = Env::with_store();
    let base = ["record", "add", "--subject-id", "1", "--type", "осмотр", "--result", "здоров"];
    let cases: &[(&[&str], &str)] = &[
        (&["--date", "31.02.2026"], "--event-date: 31.02.2026: no such date"),
        (&["--date", "23.11.2026"], "--event-date: 23.11.2026: is in the future"),
        (&["--date", "tomorrow"], "is in the future"),
        (&["--date", "20/11/2026"], "--event-date: 20/11/2026: not a date"),
        (&["--date", "today", "--amount", "1 500,00"], "--amount: 1 500,00: not an amount"),
        (
            &["--date", "today", "--amount", "-1500.50"],
            "--amount: -1500.50: a negative amount: record a refund as its own event",
        ),
        (
            &["--date", "today", "--snils", "112-233-445 96"],
            "--snils: 112-233-445 96: check number should be 95",
        ),
        (&["--date", "today", "--oktmo", "123"], "--oktmo: 123: expected 8 or 11 digits"),
        (
            &["--date", "20.11.2026", "--follow-up", "19.11.2026"],
            "--follow-up-on: 19.11.2026: is before --event-date",
        ),
    ];
    for (extra, want) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let r = e.fails(5, &args);
        assert!(r.stderr.contains(want), "{extra:?}: {}", r.stderr);
    }
    assert_eq!(ids(&e.json(&["record", "list"])).len(), 0);
}

#[test]
fn dates_in_every_accepted_form() {
    let e = Env::with_store();
    for (i, d) in
        ["20.11.2026", "2026-11-19", "today", "yesterday", "-3d", "вчера"].iter().enumerate()
    {
        e.add_record(&format!("s{i}"), d);
    }
    let v = e.json(&["record", "list"]);
    let dates: Vec<&str> =
        v.as_array().expect("array").iter().filter_map(|x| x["event_date"].as_str()).collect();
    assert_eq!(
        dates,
        ["2026-11-19", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-21", "2026-11-22"]
    );
}

#[test]
fn a_duplicate_is_refused_unless_forced() {
    let e = Env::with_store();
    e.add_record("17", "20.11.2026");
    let r = e.fails(
        7,
        &[
            "record",
            "add",
            "--subject-id",
            "17",
            "--date",
            "2026-11-20",
            "--type",
            "Осмотр",
            "--result",
            "здоров",
        ],
    );
    assert!(r.stderr.contains("duplicate of R-1"), "{}", r.stderr);
    let out = e.ok(&[
        "record",
        "add",
        "--subject-id",
        "17",
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--force",
    ]);
    assert_eq!(out, "R-2\n");
}

#[test]
fn edit_within_24_hours_then_locked_then_amend_keeps_the_original() {
    let e = Env::with_store();
    e.add_record("17", "20.11.2026");
    e.ok(&["record", "edit", "R-1", "--result", "здоров, группа I"]);
    assert_eq!(e.json(&["record", "list"])[0]["result"], "здоров, группа I");
    e.fails(2, &["record", "edit", "R-1"]);
    let later = "2026-11-23T12:00:01";
    let r = e.run_at(later, &["record", "edit", "R-1", "--result", "x"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("locked") && r.stderr.contains("record amend R-1"), "{}", r.stderr);
    let r = e.run_at(later, &["-y", "record", "delete", "R-1"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    let r = e.run_at(later, &["record", "amend", "R-1", "--result", "здоров, группа II"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, "R-2\n"), "{}", r.stderr);
    let current = e.json(&["record", "list"]);
    assert_eq!(ids(&current), ["R-2"]);
    let all = e.json(&["record", "list", "--all"]);
    assert_eq!(ids(&all), ["R-1", "R-2"]);
    assert_eq!(all[0]["status"], "amended");
    assert_eq!(all[0]["result"], "здоров, группа I");
    let orig: serde_json::Value =
        serde_json::from_str(&e.ok(&["record", "show", "R-1", "--format", "json"])).expect("json");
    assert_eq!(orig["amended_by"], "R-2");
    // The original cannot be amended twice; the amendment can.
    let r = e.run_at(later, &["record", "amend", "R-1", "--result", "y"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("R-2"), "{}", r.stderr);
}

#[test]
fn delete_within_the_window_needs_confirmation_off_a_terminal() {
    let e = Env::with_store();
    e.add_record("17", "20.11.2026");
    let r = e.fails(2, &["record", "delete", "R-1"]);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    e.ok(&["record", "delete", "R-1", "--yes"]);
    e.fails(6, &["record", "show", "R-1"]);
    // IDs are never reused.
    assert_eq!(e.add_record("18", "20.11.2026"), "R-2");
}

#[test]
fn an_entry_after_three_working_days_is_kept_but_late() {
    let e = Env::with_store();
    // Thursday 30.04.2026: 1–3 May are off, so the limit is Wednesday 06.05.2026.
    let r = e.run_at(
        "2026-05-06T17:00:00",
        &[
            "record",
            "add",
            "--subject-id",
            "1",
            "--date",
            "30.04.2026",
            "--type",
            "осмотр",
            "--result",
            "a",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    let r = e.run_at(
        "2026-05-07T09:00:00",
        &[
            "record",
            "add",
            "--subject-id",
            "2",
            "--date",
            "30.04.2026",
            "--type",
            "осмотр",
            "--result",
            "b",
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("late") && r.stderr.contains("2026-05-06"), "{}", r.stderr);
    let late = e.json(&["record", "list", "--status", "late"]);
    assert_eq!(ids(&late), ["R-2"]);
}

#[test]
fn list_filters_by_period_type_subject_text_and_status() {
    let e = Env::with_store();
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "A1",
        "--subject-name",
        "Иванов Иван",
        "--date",
        "01.11.2026",
        "--type",
        "прививка",
        "--result",
        "выполнена",
    ]);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "B2",
        "--subject-name",
        "Сидорова Анна",
        "--date",
        "10.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здорова",
        "--description",
        "Плановый осмотр",
    ]);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "C3",
        "--date",
        "20.11.2026",
        "--type",
        "Прививка",
        "--result",
        "перенесена",
    ]);
    assert_eq!(ids(&e.json(&["record", "list", "--from", "05.11.2026"])), ["R-2", "R-3"]);
    assert_eq!(ids(&e.json(&["record", "list", "--to", "2026-11-10"])), ["R-1", "R-2"]);
    assert_eq!(ids(&e.json(&["record", "list", "--type", "ПРИВИВКА"])), ["R-1", "R-3"]);
    assert_eq!(ids(&e.json(&["record", "list", "--subject", "сидорова"])), ["R-2"]);
    assert_eq!(ids(&e.json(&["record", "list", "--subject", "c3"])), ["R-3"]);
    assert_eq!(ids(&e.json(&["record", "list", "--text", "плановый"])), ["R-2"]);
    // Entered on 22.11 the first two are past their 3 working days.
    assert_eq!(ids(&e.json(&["record", "list", "--status", "late"])), ["R-1", "R-2"]);
    assert_eq!(ids(&e.json(&["record", "list", "--status", "ok"])), ["R-3"]);
    e.fails(5, &["record", "list", "--status", "weird"]);
    e.fails(5, &["record", "list", "--from", "32.01.2026"]);
    let none = e.ok(&["record", "list", "--type", "выплата"]);
    assert!(none.contains("Nothing found"), "{none}");
}

#[test]
fn csv_output_has_the_spec_columns() {
    let e = Env::with_store();
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
        "здоров, без замечаний",
    ]);
    let out = e.ok(&["record", "list", "--format", "csv"]);
    let mut lines = out.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,subject_id,subject_name,event_date,type,subtype,result,description,registry_no,amount,snils,oktmo,responsible,follow_up_on,recorded_at,status"
        )
    );
    assert_eq!(
        lines.next(),
        Some("R-1,1,,2026-11-20,осмотр,,\"здоров, без замечаний\",,,,,,,,2026-11-22T12:00:00,ok")
    );
}

#[test]
fn unknown_ids_exit_6() {
    let e = Env::with_store();
    for args in [
        &["record", "show", "R-9"][..],
        &["record", "edit", "R-9", "--result", "x"],
        &["-y", "record", "delete", "9"],
        &["record", "amend", "R-9", "--result", "x"],
    ] {
        let r = e.fails(6, args);
        assert!(r.stderr.contains("R-9"), "{}", r.stderr);
    }
}

#[test]
fn list_last_n_shows_the_latest_records() {
    let e = Env::with_store();
    for (s, d) in [("1", "18.11.2026"), ("2", "20.11.2026"), ("3", "19.11.2026")] {
        e.add_record(s, d);
    }
    let v = e.json(&["record", "list", "-n", "2"]);
    assert_eq!(ids(&v), ["R-3", "R-2"]);
    let v = e.json(&["record", "list", "--last", "10"]);
    assert_eq!(ids(&v).len(), 3);
    // With a filter: the latest N of those that match, oldest first; 0 shows none.
    e.add_record("1", "21.11.2026");
    let v = e.json(&["record", "list", "-n", "2", "--subject", "1"]);
    assert_eq!(ids(&v), ["R-1", "R-4"]);
    let v = e.json(&["record", "list", "-n", "1", "--to", "19.11.2026"]);
    assert_eq!(ids(&v), ["R-3"]);
    assert_eq!(ids(&e.json(&["record", "list", "-n", "0"])).len(), 0);
    let csv = e.ok(&["record", "list", "-n", "1", "--format", "csv"]);
    assert_eq!(csv.lines().count(), 2, "{csv}");
    assert!(csv.lines().nth(1).is_some_and(|l| l.starts_with("R-4,")), "{csv}");
}

#[test]
fn a_reader_that_stops_early_is_not_an_error() {
    let e = Env::with_store();
    let mut csv = String::from("subject_id,event_date,type,result,description\n");
    for i in 0..3000 {
        csv.push_str(&format!("{i},19.11.2026,осмотр,здоров,{}\n", "длинное описание ".repeat(8)));
    }
    let f = e.file("many.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    // `kabinet record list | head -1`: far more than a pipe holds, the reader gone after a line.
    for format in ["csv", "json", "table"] {
        let (first, code, stderr) =
            e.first_line_then_hang_up(&["record", "list", "--format", format], false);
        assert!(!first.is_empty());
        assert_eq!(code, Some(0), "{format}");
        assert_eq!(stderr, "", "{format}: nothing to say");
    }
    // Completions are larger than the output buffer too (clap_complete panicked on this).
    let (first, code, stderr) = e.first_line_then_hang_up(&["completions", "bash"], false);
    assert!(first.starts_with("_kabinet()"), "{first}");
    assert_eq!((code, stderr.as_str()), (Some(0), ""));
}

#[test]
fn a_long_table_is_one_aligned_table_with_every_row() {
    let e = Env::with_store();
    // 2,500 records: laid out a thousand at a time, the first thousand sizing the columns; a
    // longer result further down wraps in its cell instead of widening the table, but the
    // first thousand (R-1 to R-1000 by date) do not make the longer IDs after them wrap.
    let mut csv = String::from("id,subject_id,event_date,type,result\n");
    for i in 0..2500 {
        let result = if i == 2200 {
            "направлен на дополнительное обследование"
        } else {
            "здоров"
        };
        let (id, day) = if i < 1000 { (i + 1, 1) } else { (100_000 + i, 2) };
        csv.push_str(&format!("{id},{i},{day:02}.10.2026,осмотр,{result}\n"));
    }
    let f = e.file("many.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    let table = e.ok(&["record", "list", "--lang", "ru"]);
    let lines: Vec<&str> = table.lines().collect();
    let width = lines[0].chars().count();
    assert!(lines.iter().all(|l| l.chars().count() == width), "not aligned");
    assert!(lines[0].starts_with('┌') && lines.last().is_some_and(|l| l.starts_with('└')));
    for edge in ['┌', '╞', '└'] {
        assert_eq!(lines.iter().filter(|l| l.starts_with(edge)).count(), 1, "{edge}");
    }
    for i in (1..=1000).chain(101_000..102_500) {
        let id = format!("│ R-{i} ");
        assert_eq!(lines.iter().filter(|l| l.starts_with(&id)).count(), 1, "R-{i}");
    }
    let long = "направлен на дополнительное обследование";
    assert!(!table.contains(long), "wrapped");
    let at = lines.iter().position(|l| l.starts_with("│ R-102200 ")).expect("R-102200");
    let result: String = lines[at..]
        .iter()
        .take_while(|l| *l == &lines[at] || l.starts_with("│        "))
        .filter_map(|l| l.split('┆').nth(4))
        .collect();
    assert_eq!(result.replace(' ', ""), long.replace(' ', ""));
}

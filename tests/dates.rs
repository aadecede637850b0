//! Dates at the edges: the years kabinet keeps (1900–2199) wherever a date is entered, a
//! recurrence that would leave them, and values stored before the rule (or changed outside
//! kabinet), which listings leave out with a warning and `verify` names.

use crate::util::{Env, appt_args, ids, keyed_conn};

#[test]
fn dates_outside_the_years_kept_are_refused_where_they_enter() {
    let e = Env::with_store();
    let cases: &[&[&str]] = &[
        &["obligation", "add", "Отчёт", "--due", "31.12.9999", "--every", "month"],
        &["obligation", "add", "Отчёт", "--due", "01.01.2200"],
        &[
            "record",
            "add",
            "--subject-id",
            "1",
            "--date",
            "01.01.0001",
            "--type",
            "t",
            "--result",
            "r",
        ],
        &[
            "record",
            "add",
            "--subject-id",
            "1",
            "--date",
            "31.12.1899",
            "--type",
            "t",
            "--result",
            "r",
        ],
        &appt_args("МФЦ", "паспорт", "31.12.9999 23:59", &[]),
        &appt_args("МФЦ", "паспорт", "2200-01-01T10:00:00+03:00", &[]),
    ];
    for args in cases {
        let r = e.fails(5, args);
        assert!(r.stderr.contains("outside the years kabinet keeps (1900–2199)"), "{}", r.stderr);
    }
    let csv = e.file("o.csv", "subject_id;event_date;type;result\n1;01.01.0001;t;r\n");
    let r = e.fails(5, &["import", csv.to_str().expect("path"), "--kind", "record"]);
    assert!(r.stderr.contains("2:2: event_date: 01.01.0001: outside the years"), "{}", r.stderr);
    let r = e.fails(5, &["--lang", "ru", "obligation", "add", "Отчёт", "--due", "01.01.2200"]);
    assert!(r.stderr.contains("вне лет, которые ведёт kabinet (1900–2199)"), "{}", r.stderr);
    // The first and last days are in.
    e.ok(&["obligation", "add", "Отчёт", "--due", "31.12.2199"]);
    e.ok(&appt_args("МФЦ", "паспорт", "31.12.2199 23:59", &[]));
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "1",
        "--date",
        "01.01.1900",
        "--type",
        "t",
        "--result",
        "r",
    ]);
}

#[test]
fn a_recurrence_that_would_leave_the_years_kept_ends_and_deadlines_keep_working() {
    let e = Env::with_store();
    e.ok(&["obligation", "add", "Отчёт", "--due", "15.12.2199", "--every", "month"]);
    let out = e.ok(&["obligation", "done", "O-1"]);
    assert!(out.contains("O-1 done; it ends here: its next date, 2200-01-15"), "{out}");
    assert_eq!(e.json(&["obligation", "list"]), serde_json::json!([]));
    assert_eq!(e.json(&["obligation", "list", "--all"])[0]["status"], "done");
    e.ok(&["deadlines"]);
    let ics = e.path().join("d.ics");
    e.ok(&["export", "ics", "--kind", "deadlines", "-o", ics.to_str().expect("path")]);
    let r = e.run(&["deadlines", "--check"]);
    assert_eq!(r.code, 0, "{}", r.stdout);
    e.ok(&["verify"]);
}

#[test]
fn an_appointment_at_the_last_minute_kept_is_listed_and_exported() {
    let e = Env::with_store();
    e.ok(&appt_args("МФЦ", "паспорт", "31.12.2199 23:59", &[]));
    assert_eq!(ids(&e.json(&["appt", "list"])), ["A-1"]);
    assert_eq!(ids(&e.json(&["appt", "list", "--to", "31.12.2199"])), ["A-1"]);
    assert_eq!(ids(&e.json(&["appt", "list", "--from", "31.12.2199"])), ["A-1"]);
    let ics = e.ok(&["export", "ics", "--kind", "appt"]);
    assert!(ics.contains("DTSTART:21991231T235900Z"), "{ics}");
}

#[test]
fn a_value_stored_before_the_rule_is_left_out_with_a_warning_and_named_by_verify() {
    let e = Env::with_store();
    local_only!(e);
    e.ok(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]);
    e.ok(&["obligation", "add", "Налог", "--due", "10.12.2026"]);
    e.ok(&appt_args("МФЦ", "паспорт", "25.11.2026 10:00", &[]));
    e.ok(&appt_args("МФЦ", "права", "26.11.2026 10:00", &[]));
    // As an earlier kabinet left them: a due date past year 9999, an appointment in year 9999
    // (outside the range now, but a real date), a record date that is no date at all.
    e.add_record("1", "20.11.2026");
    let c = keyed_conn(&e);
    c.execute_batch(
        "UPDATE obligations SET due = '+10000-01-31' WHERE id = 1;
         UPDATE appts SET starts_at = '9999-12-31T23:59:00' WHERE id = 2;
         UPDATE records SET event_date = '2026-13-45' WHERE id = 1;",
    )
    .expect("old values");
    drop(c);
    let warned = "O-1 is left out: it holds a stored value that cannot be read (+10000-01-31)";
    for args in [
        &["obligation", "list"][..],
        &["deadlines"],
        &["deadlines", "--format", "json"],
        &["export", "ics", "--kind", "deadlines"],
    ] {
        let r = e.run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains(warned), "{args:?}: {}", r.stderr);
        assert_eq!(r.stderr.matches("O-1 is left out").count(), 1, "{}", r.stderr);
    }
    assert!(e.ok(&["deadlines", "--within", "30d", "--format", "json"]).contains("O-2"));
    // Monitoring still answers, with the readable items; the warning goes to stderr.
    let r = e.run(&["deadlines", "--check", "--within", "30d"]);
    assert!(r.stdout.starts_with("KABINET WARNING"), "{}", r.stdout);
    assert!(r.stderr.contains(warned), "{}", r.stderr);
    // The year-9999 appointment is listed (no string bound cuts it off) and exported.
    assert_eq!(ids(&e.json(&["appt", "list"])), ["A-1", "A-2"]);
    assert!(e.ok(&["export", "ics", "--kind", "appt"]).contains("99991231T235900Z"));
    // The record with no real date is left out of lists and exports, named.
    let r = e.run(&["record", "list", "--format", "csv"]);
    assert_eq!((r.code, r.stdout.lines().count()), (0, 1), "{}", r.stderr);
    assert!(r.stderr.contains("R-1 is left out"), "{}", r.stderr);
    let r = e.run(&["export", "csv", "--kind", "record"]);
    assert!(r.stderr.contains("R-1 is left out"), "{}", r.stderr);
    // Asked for by ID, it is named with exit 4.
    let r = e.fails(4, &["record", "show", "R-1"]);
    assert!(r.stderr.contains("R-1 holds a stored value that cannot be read (2026-13-45)"));
    let r = e.fails(4, &["obligation", "done", "O-1"]);
    assert!(r.stderr.contains("O-1 holds a stored value"), "{}", r.stderr);
    // verify names both unreadable values.
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("O-1: a stored value cannot be read (+10000-01-31)"), "{}", r.stderr);
    assert!(r.stderr.contains("R-1: a stored value cannot be read (2026-13-45)"), "{}", r.stderr);
}

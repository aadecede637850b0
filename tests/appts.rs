//! Appointments: booking, documents to bring, the 24-hour cut-off, status changes, history.

use crate::util::{Env, appt_args, ids};

fn book(e: &Env, at: &str, extra: &[&str]) -> String {
    let mut more = vec!["--person", "Иванова Мария"];
    more.extend_from_slice(extra);
    e.add_appt("МФЦ Тверской", "замена паспорта", at, &more)
}

#[test]
fn add_with_every_field_and_show_reminders() {
    let e = Env::with_store();
    e.add_doc("Иванова Мария", "passport", "100001", "01.01.2010", &[]);
    let id = book(
        &e,
        "05.12.2026 10:30",
        &[
            "--office",
            "окно 12",
            "--duration-min",
            "45",
            "--confirmation-no",
            "МФЦ-4471",
            "--needs",
            "D-1",
            "--notes",
            "взять копии",
        ],
    );
    assert_eq!(id, "A-1");
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["appt", "show", "A-1", "--format", "json"])).expect("json");
    for (k, want) in [
        ("person", "Иванова Мария"),
        ("institution", "МФЦ Тверской"),
        ("service", "замена паспорта"),
        ("office", "окно 12"),
        ("starts_at", "2026-12-05T10:30:00"),
        ("status", "scheduled"),
        ("confirmation_no", "МФЦ-4471"),
        ("needs", "D-1"),
        ("notes", "взять копии"),
    ] {
        assert_eq!(v[k], want, "{k}");
    }
    assert_eq!(v["duration_min"], 45);
    assert_eq!(v["reminders"], serde_json::json!(["2026-12-04T10:30:00", "2026-12-05T09:30:00"]));
    assert_eq!(v["change_deadline"], "2026-12-04T10:30:00");
    let iso = book(&e, "2026-12-06T09:00", &[]);
    assert_eq!(iso, "A-2");
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["appt", "show", "A-2", "--format", "json"])).expect("json");
    assert_eq!(v["duration_min"], 30);
    // A cancelled one has nothing to remind of.
    e.ok(&["appt", "cancel", "A-2"]);
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["appt", "show", "A-2", "--format", "json"])).expect("json");
    assert_eq!(v["reminders"], serde_json::json!([]));
    assert!(!e.ok(&["appt", "show", "A-2"]).contains("Reminders"));
}

#[test]
fn a_needed_document_expiring_before_the_day_is_a_warning_and_a_missing_one_an_error() {
    let e = Env::with_store();
    e.add_doc("Иванова Мария", "passport", "100001", "01.01.2010", &["--expires", "01.12.2026"]);
    let r = e.run(&appt_args("МФЦ", "x", "05.12.2026 10:00", &["--needs", "D-1"]));
    assert_eq!((r.code, r.stdout.as_str()), (0, "A-1\n"), "{}", r.stderr);
    assert!(
        r.stderr.contains("D-1 expires on 2026-12-01, before the appointment on 2026-12-05"),
        "{}",
        r.stderr
    );
    let show = e.ok(&["appt", "show", "A-1"]);
    assert!(show.contains("before the appointment"), "{show}");
    let r = e.fails(5, &appt_args("МФЦ", "y", "05.12.2026 11:00", &["--needs", "D-1,D-9"]));
    assert!(r.stderr.contains("--needs: D-9: no such document"), "{}", r.stderr);
    let r = e.fails(5, &appt_args("МФЦ", "y", "05.12.2026 11:00", &["--needs", "R-1"]));
    assert!(r.stderr.contains("not a document ID"), "{}", r.stderr);
    assert_eq!(ids(&e.json(&["appt", "list"])), ["A-1"]);
}

#[test]
fn bad_or_missing_fields_exit_5() {
    let e = Env::with_store();
    let r = e.fails(5, &["appt", "add", "--person", "X"]);
    for flag in ["--institution", "--service", "--starts-at"] {
        assert!(r.stderr.contains(flag), "{}", r.stderr);
    }
    let r = e.fails(5, &appt_args("МФЦ", "x", "05.12.2026", &[]));
    assert!(r.stderr.contains("not a date and time"), "{}", r.stderr);
    let r = e.fails(5, &appt_args("МФЦ", "x", "31.11.2026 10:00", &[]));
    assert!(r.stderr.contains("no such date"), "{}", r.stderr);
    e.fails(5, &appt_args("МФЦ", "x", "05.12.2026 10:00", &["--duration-min", "0"]));
}

#[test]
fn reschedule_keeps_history_and_the_24_hour_cut_off_needs_force() {
    let e = Env::with_store();
    book(&e, "05.12.2026 10:30", &[]);
    e.ok(&["appt", "reschedule", "A-1", "--at", "08.12.2026 09:00"]);
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["appt", "show", "A-1", "--format", "json"])).expect("json");
    assert_eq!(v["starts_at"], "2026-12-08T09:00:00");
    assert_eq!(v["moves"][0]["from"], "2026-12-05T10:30:00");
    assert_eq!(v["moves"][0]["late"], false);
    // Less than 24 hours before the start.
    let close = "2026-12-07T10:00:00";
    let r = e.run_at(close, &["appt", "reschedule", "A-1", "--at", "09.12.2026 09:00"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("too late") && r.stderr.contains("--force"), "{}", r.stderr);
    let r = e.run_at(close, &["appt", "cancel", "A-1"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    let r = e.run_at(close, &["appt", "cancel", "A-1", "--force"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("late"), "{}", r.stderr);
    let v: serde_json::Value =
        serde_json::from_str(&e.ok(&["appt", "show", "A-1", "--format", "json"])).expect("json");
    assert_eq!((v["status"].as_str(), v["late_change"].as_bool()), (Some("cancelled"), Some(true)));
    e.fails(7, &["appt", "cancel", "A-1"]);
    e.fails(7, &["appt", "reschedule", "A-1", "--at", "10.12.2026 10:00"]);
}

#[test]
fn done_and_no_show_only_after_the_start() {
    let e = Env::with_store();
    book(&e, "05.12.2026 10:30", &[]);
    book(&e, "06.12.2026 10:30", &[]);
    let r = e.fails(7, &["appt", "done", "A-1"]);
    assert!(r.stderr.contains("starts at"), "{}", r.stderr);
    let r = e.run_at("2026-12-05T11:00:00", &["appt", "done", "A-1"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = e.run_at("2026-12-06T12:00:00", &["appt", "no-show", "A-2"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = e.run_at("2026-12-06T12:00:00", &["appt", "no-show", "A-1"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    let statuses: Vec<String> = e
        .json(&["appt", "list"])
        .as_array()
        .expect("array")
        .iter()
        .map(|a| a["status"].as_str().unwrap_or("").to_owned())
        .collect();
    assert_eq!(statuses, ["done", "no_show"]);
    assert_eq!(ids(&e.json(&["appt", "list", "--status", "no-show"])), ["A-2"]);
}

#[test]
fn edit_duplicates_delete_and_filters() {
    let e = Env::with_store();
    book(&e, "05.12.2026 10:30", &[]);
    let r = e.fails(
        7,
        &appt_args(
            "МФЦ Тверской",
            "Замена паспорта",
            "2026-12-05T10:30",
            &["--person", "иванова мария"],
        ),
    );
    assert!(r.stderr.contains("duplicate of A-1"), "{}", r.stderr);
    e.add_appt("ГИБДД", "права", "20.11.2026 10:00", &["--person", "Петров"]);
    let r = e.fails(2, &["appt", "edit", "A-1", "--at", "06.12.2026 10:00"]);
    assert!(r.stderr.contains("reschedule"), "{}", r.stderr);
    e.ok(&["appt", "edit", "A-1", "--office", "окно 3"]);
    assert_eq!(e.json(&["appt", "list", "--person", "иванова"])[0]["office"], "окно 3");
    assert_eq!(ids(&e.json(&["appt", "list", "--upcoming"])), ["A-1"]);
    assert_eq!(ids(&e.json(&["appt", "list", "--institution", "гибдд"])), ["A-2"]);
    assert_eq!(
        ids(&e.json(&["appt", "list", "--from", "01.12.2026", "--to", "05.12.2026"])),
        ["A-1"]
    );
    assert_eq!(ids(&e.json(&["appt", "list", "--text", "ОКНО"])), ["A-1"]);
    e.ok(&["-y", "appt", "delete", "A-2"]);
    e.fails(6, &["appt", "show", "A-2"]);
    e.fails(6, &["appt", "done", "A-7"]);
}

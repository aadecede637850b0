//! The working-day calendar, obligations, and `kabinet deadlines` for people, cron and monitoring.

use crate::util::{Env, NOW, appt_args, ids};

fn json_of(out: &str) -> serde_json::Value {
    serde_json::from_str(out).expect("json")
}

#[test]
fn calendar_shows_the_decree_years_and_estimates_others() {
    let e = Env::new();
    let y = json_of(&e.ok(&["calendar", "2026", "--format", "json"]));
    assert_eq!(y["working_days"], 247);
    assert_eq!(y["decree_data"], true);
    assert!(y["holidays"].as_array().expect("array").contains(&"2026-01-09".into()));
    assert_eq!(y["months"][0]["working_days"], 15);
    let y25 = json_of(&e.ok(&["calendar", "2025", "--format", "json"]));
    assert_eq!(
        (y25["working_days"].clone(), y25["worked_weekends"].clone()),
        (247.into(), serde_json::json!(["2025-11-01"]))
    );
    let table = e.ok(&["--lang", "ru", "calendar", "2026"]);
    assert!(
        table.contains("№ 1466 от 24.09.2025") && table.contains("1–11, 17, 18, 24, 25, 31"),
        "{table}"
    );
    let later = e.ok(&["calendar", "2027"]);
    assert!(later.contains("no decree data for 2027"), "{later}");
    // Without a year: the year of "now".
    assert_eq!(json_of(&e.ok(&["calendar", "--format", "json"]))["year"], 2026);
}

#[test]
fn a_holidays_file_adds_and_overrides_days() {
    let e = Env::new();
    let f = e.file("h.txt", "# regional\n2026-06-15 off День города\n2027-01-01..2027-01-10 off\nyear 2027 Постановление № 1 от 01.10.2026\n");
    let y = e.run_with(&["calendar", "2026", "--format", "json"], |c| {
        c.env("KABINET_HOLIDAYS", &f);
    });
    assert!(
        json_of(&y.stdout)["holidays"].as_array().expect("array").contains(&"2026-06-15".into())
    );
    let f2 = f.to_str().expect("utf-8 path");
    let y27 = json_of(&e.ok(&["calendar", "2027", "--format", "json", "--holidays", f2]));
    assert_eq!(y27["decree_data"], true);
    assert!(y27["source"].as_str().unwrap_or("").contains("Постановление № 1"));
    let bad = e.file("bad.txt", "2026-06-15 off\n2026-02-30 off\nsomething\n");
    let r = e.fails(5, &["calendar", "--holidays", bad.to_str().expect("path")]);
    assert!(r.stderr.contains("bad.txt:2:") && r.stderr.contains("bad.txt:3:"), "{}", r.stderr);
    e.fails(6, &["calendar", "--holidays", "/nonexistent/holidays.txt"]);
}

#[test]
fn a_monthly_obligation_moves_off_days_off_and_to_its_next_date() {
    let e = Env::with_store();
    let id =
        e.ok(&["obligation", "add", "Отчёт о расходах", "--due", "05.12.2026", "--every", "month"]);
    assert_eq!(id, "O-1\n");
    let v = e.json(&["obligation", "list"]);
    // 05.12.2026 is a Saturday: due Monday 07.12.
    assert_eq!(
        (v[0]["due"].as_str(), v[0]["effective_due"].as_str()),
        (Some("2026-12-05"), Some("2026-12-07"))
    );
    assert_eq!((v[0]["every"].as_str(), v[0]["day"].as_u64()), (Some("month"), Some(5)));
    let out = e.ok(&["obligation", "done", "O-1"]);
    // The next nominal date, 05.01.2027, is inside the New Year holidays.
    assert!(out.contains("2027-01-11"), "{out}");
    assert_eq!(e.json(&["obligation", "list"])[0]["due"], "2027-01-05");
    e.ok(&["obligation", "add", "Сдать ключи", "--due", "01.12.2026", "--shift", "none"]);
    e.ok(&["obligation", "done", "O-2"]);
    e.fails(7, &["obligation", "done", "O-2"]);
    assert_eq!(ids(&e.json(&["obligation", "list"])), ["O-1"]);
    assert_eq!(ids(&e.json(&["obligation", "list", "--all"])), ["O-2", "O-1"]);
    e.fails(5, &["obligation", "add", "x", "--due", "01.12.2026", "--every", "fortnight"]);
    e.fails(5, &["obligation", "add", "x"]);
    e.ok(&["-y", "obligation", "delete", "O-2"]);
    e.fails(6, &["obligation", "done", "O-2"]);
}

/// A store with one deadline of every source, at the pinned now (Sunday 22.11.2026, noon).
fn busy_store() -> Env {
    let e = Env::with_store();
    // D-1 expired 21.11; D-2 expires 10.12 (within the 30-day lead, beyond 14 days); D-3 far off.
    e.add_doc("Иванова Мария", "passport", "100001", "01.01.2010", &["--expires", "21.11.2026"]);
    e.add_doc(
        "Петров Пётр",
        "medical_certificate",
        "7",
        "01.01.2026",
        &["--expires", "10.12.2026"],
    );
    e.add_doc("Сидоров", "passport", "100003", "01.01.2020", &["--expires", "01.01.2040"]);
    // A-1 in 3 days needing the expired passport; A-2 yesterday, never marked.
    e.add_appt(
        "МФЦ",
        "замена паспорта",
        "25.11.2026 10:00",
        &["--person", "Иванова Мария", "--needs", "D-1"],
    );
    e.add_appt("Поликлиника", "осмотр", "21.11.2026 09:00", &["--person", "Петров Пётр"]);
    // R-1's follow-up due 01.12; R-2's (same subject and type) is answered by R-3.
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "17",
        "--date",
        "20.11.2026",
        "--type",
        "консультация",
        "--result",
        "наблюдение",
        "--follow-up",
        "01.12.2026",
    ]);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "18",
        "--date",
        "01.11.2026",
        "--type",
        "осмотр",
        "--result",
        "повтор",
        "--follow-up",
        "15.11.2026",
    ]);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "18",
        "--date",
        "16.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
    ]);
    e.ok(&["obligation", "add", "Отчёт о расходах", "--due", "05.12.2026", "--every", "month"]);
    e
}

#[test]
fn deadlines_gather_every_source_overdue_first() {
    let e = busy_store();
    let v = e.json(&["deadlines"]);
    let got: Vec<(String, bool, i64, i64)> = v
        .as_array()
        .expect("array")
        .iter()
        .map(|d| {
            (
                d["item"].as_str().unwrap_or("").to_owned(),
                d["overdue"].as_bool().unwrap_or(false),
                d["days_left"].as_i64().unwrap_or(0),
                d["working_days_left"].as_i64().unwrap_or(0),
            )
        })
        .collect();
    let want = [
        ("A-2", true, -1, 0),   // started yesterday, never marked done
        ("D-1", true, -1, 0),   // expired yesterday (Saturday: no working day lost)
        ("A-1", false, 3, 3),   // Wednesday
        ("R-1", false, 9, 7),   // follow-up on Tuesday 01.12
        ("D-2", false, 18, 14), // beyond 14 days, but inside the 30-day lead time
    ];
    let want: Vec<(String, bool, i64, i64)> =
        want.iter().map(|(a, b, c, d)| (a.to_string(), *b, *c, *d)).collect();
    assert_eq!(got, want);
    assert_eq!((v[0]["kind"].as_str(), v[1]["kind"].as_str()), (Some("appt"), Some("doc")));
    // O-1 is due Monday 07.12 (05.12 is a Saturday): 15 days, outside the default 14.
    let wider = e.json(&["deadlines", "--within", "15d", "--kind", "obligation"]);
    assert_eq!(
        (wider[0]["due"].as_str(), wider[0]["working_days_left"].as_i64()),
        (Some("2026-12-07"), Some(11))
    );
    assert_eq!(v[2]["due"], "2026-11-25T10:00:00");
    assert!(
        v[2]["what"].as_str().unwrap_or("").contains("D-1 expires 2026-11-21 before it"),
        "{}",
        v[2]["what"]
    );
    let table = e.ok(&["--lang", "ru", "deadlines"]);
    assert!(
        table.contains("просрочено на 1 день")
            && table.contains("напоминания 24.11.2026 10:00, 25.11.2026 09:00"),
        "{table}"
    );
}

#[test]
fn deadlines_filters() {
    let e = busy_store();
    assert_eq!(ids(&e.json(&["deadlines", "--overdue"])), ["A-2", "D-1"]);
    assert_eq!(ids(&e.json(&["deadlines", "--kind", "doc"])), ["D-1", "D-2"]);
    assert_eq!(ids(&e.json(&["deadlines", "--kind", "record"])), ["R-1"]);
    assert_eq!(ids(&e.json(&["deadlines", "--holder", "петров"])), ["A-2", "D-2"]);
    // Three working days from Sunday 22.11 is Wednesday 25.11.
    assert_eq!(ids(&e.json(&["deadlines", "--within", "3wd", "--kind", "appt"])), ["A-2", "A-1"]);
    assert_eq!(ids(&e.json(&["deadlines", "--within", "2w"])).len(), 5);
    assert_eq!(ids(&e.json(&["deadlines", "--within", "2d", "--kind", "appt"])), ["A-2"]);
    let r = e.fails(5, &["deadlines", "--within", "soon"]);
    assert!(r.stderr.contains("--within: soon"), "{}", r.stderr);
    let csv = e.ok(&["deadlines", "--format", "csv", "--kind", "obligation", "--within", "3w"]);
    assert_eq!(
        csv,
        "item,kind,what,due,overdue,days_left,working_days_left\nO-1,obligation,Отчёт о расходах,2026-12-07,false,15,11\n"
    );
}

#[test]
fn quiet_prints_nothing_when_nothing_is_due() {
    let e = Env::with_store();
    let r = e.run(&["deadlines", "--quiet"]);
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert!(e.ok(&["deadlines"]).contains("Nothing due within 14d"));
    e.ok(&["obligation", "add", "Отчёт", "--due", "tomorrow"]);
    assert!(e.ok(&["deadlines", "--quiet"]).contains("O-1"));
}

#[test]
fn check_follows_the_monitoring_plugin_contract() {
    let e = Env::with_store();
    let r = e.run(&["deadlines", "--check"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        r.stdout.lines().next(),
        Some("KABINET OK - nothing due within 14d | overdue=0 due=0")
    );
    e.ok(&["obligation", "add", "Отчёт", "--due", "01.12.2026"]);
    let r = e.run(&["deadlines", "--check"]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stdout.starts_with("KABINET WARNING - 1 due within 14d | overdue=0 due=1\nO-1 2026-12-01 (in 9 days): Отчёт"), "{}", r.stdout);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    e.ok(&["obligation", "add", "Старый отчёт", "--due", "20.11.2026"]);
    let r = e.run(&["deadlines", "--check"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.starts_with("KABINET CRITICAL - 1 overdue, 1 due within 14d"), "{}", r.stdout);
    assert!(r.stdout.contains("O-2 2026-11-20 (overdue 2 days)"), "{}", r.stdout);
    // Any error is UNKNOWN, exit 3, and it never prompts.
    let r = e.run_with(&["deadlines", "--check"], |c| {
        c.env("KABINET_PASSPHRASE", "wrong passphrase");
    });
    assert_eq!(r.code, 3);
    assert!(r.stdout.starts_with("KABINET UNKNOWN - wrong passphrase"), "{}", r.stdout);
    let r = e.run_with(&["deadlines", "--check"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 3);
    assert!(r.stdout.starts_with("KABINET UNKNOWN - no passphrase"), "{}", r.stdout);
    let r = e.run_with(&["deadlines"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    // Arguments that do not parse, a bad window, a bad pinned clock: still one UNKNOWN line.
    for (args, want) in [
        (&["deadlines", "--check", "--bogus"][..], "unexpected argument '--bogus'"),
        (&["deadlines", "--check", "--kind", "nonsense"][..], "invalid value 'nonsense'"),
        (&["deadlines", "--check", "--within", "abc"][..], "--within: abc"),
    ] {
        let r = e.run(args);
        assert_eq!(r.code, 3, "{args:?}: {}", r.stderr);
        assert!(r.stdout.starts_with("KABINET UNKNOWN - "), "{args:?}: {}", r.stdout);
        assert!(r.stdout.contains(want), "{args:?}: {}", r.stdout);
        assert_eq!(r.stdout.lines().count(), 1, "one status line: {}", r.stdout);
    }
    let r = e.run_at("garbage", &["deadlines", "--check"]);
    assert_eq!(r.code, 3);
    assert_eq!(r.stdout, "KABINET UNKNOWN - KABINET_NOW=\"garbage\" is not a date or date-time\n");
}

#[test]
fn a_deadline_in_a_year_without_decree_data_says_so() {
    let e = Env::with_store();
    e.ok(&["obligation", "add", "Годовой отчёт", "--due", "15.01.2027"]);
    let out = e.ok(&["deadlines", "--within", "60d"]);
    assert!(out.contains("no decree data for 2027"), "{out}");
    let check = e.run(&["deadlines", "--within", "60d", "--check"]);
    assert!(check.stdout.contains("no decree data for 2027"), "{}", check.stdout);
}

#[test]
fn the_store_keeps_its_time_zone_so_a_utc_server_sees_what_moscow_sees() {
    let e = Env::new();
    let r = e.run(&["init", "--time-zone", "Mars/Olympus"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("Europe/Moscow"), "the message shows a valid name: {}", r.stderr);
    assert!(!e.store.exists(), "nothing is created for a bad zone");
    e.ok(&["init", "--time-zone", "Europe/Moscow"]);
    assert_eq!(e.ok(&["time-zone"]), "Europe/Moscow\n");
    // 21:30 UTC on the 22nd is 00:30 on the 23rd in Moscow.
    let at = "2026-11-22T21:30:00Z";
    let on_utc_server = |args: &[&str]| {
        e.run_with(args, |c| {
            c.env("KABINET_NOW", at).env("TZ", "UTC");
        })
    };
    let r = on_utc_server(&appt_args("МФЦ", "паспорт", "23.11.2026 01:00", &[]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = on_utc_server(&["deadlines", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(list[0]["days_left"], 0, "today is the 23rd in Moscow: {}", r.stdout);
    assert!(
        list[0]["what"].as_str().is_some_and(|w| w.contains("2026-11-23 00:00")),
        "{}",
        r.stdout
    );
    // The 1-hour reminder (00:00) has passed, the appointment has not: it is still upcoming.
    let r = on_utc_server(&["appt", "list", "--upcoming", "--format", "json"]);
    assert!(r.stdout.contains("A-1"), "{}", r.stdout);
    // The same instant in a store kept in UTC is still the 22nd.
    e.ok(&["time-zone", "UTC"]);
    assert_eq!(e.ok(&["time-zone"]), "UTC\n");
    let r = on_utc_server(&["deadlines", "--format", "json"]);
    let list: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert_eq!(list[0]["days_left"], 1, "{}", r.stdout);
    e.fails(5, &["time-zone", "Moscow"]);
    assert_eq!(e.ok(&["time-zone"]), "UTC\n", "a refused zone changes nothing");
}

/// Record IDs among the deadlines (the follow-ups).
fn follow_ups(e: &Env, now: &str) -> Vec<String> {
    let r = e.run_at(now, &["deadlines", "--kind", "record", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    ids(&v)
}

#[test]
fn follow_ups_open_and_close_through_every_kind_of_change() {
    let e = Env::with_store();
    let add = |subject: &str, date: &str, kind: &str, extra: &[&str]| {
        let mut a = vec!["record", "add", "--subject-id", subject, "--date", date, "--type", kind];
        a.extend_from_slice(&["--result", "ok"]);
        a.extend_from_slice(extra);
        e.ok(&a).trim().to_owned()
    };
    add("18", "01.11.2026", "осмотр", &["--follow-up", "15.11.2026"]);
    assert_eq!(follow_ups(&e, NOW), ["R-1"]);
    // A later record of the same type, by import, answers it.
    let f = e.file("later.csv", "subject_id,event_date,type,result\n18,16.11.2026,осмотр,здоров\n");
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    assert!(follow_ups(&e, NOW).is_empty());
    // Deleting the answer opens it again.
    e.ok(&["record", "delete", "R-2", "--yes"]);
    assert_eq!(follow_ups(&e, NOW), ["R-1"]);
    // Another type does not answer it; an edit to the same type does.
    add("18", "17.11.2026", "прививка", &[]);
    assert_eq!(follow_ups(&e, NOW), ["R-1"]);
    e.ok(&["record", "edit", "R-3", "--type", "осмотр"]);
    assert!(follow_ups(&e, NOW).is_empty());
    // An amendment that corrects the type back retires the answer: open again.
    let later = "2026-11-25T12:00:00";
    let r = e.run_at(later, &["record", "amend", "R-3", "--type", "прививка"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(follow_ups(&e, later), ["R-1"]);
    // An earlier record entered afterwards answers nothing, and its own follow-up is answered.
    add("18", "31.10.2026", "осмотр", &["--follow-up", "20.11.2026"]);
    assert_eq!(follow_ups(&e, NOW), ["R-1"]);
}

#[test]
fn a_store_from_before_the_open_follow_up_flag_is_migrated() {
    let e = Env::with_store();
    local_only!(e);
    let add = |subject: &str, date: &str, extra: &[&str]| {
        let mut a = vec!["record", "add", "--subject-id", subject, "--date", date];
        a.extend_from_slice(&["--type", "осмотр", "--result", "ok"]);
        a.extend_from_slice(extra);
        e.ok(&a);
    };
    add("1", "01.11.2026", &["--follow-up", "15.11.2026"]);
    add("2", "01.11.2026", &["--follow-up", "15.11.2026"]);
    add("2", "10.11.2026", &[]);
    // Put the store back to format 2, as an older kabinet left it.
    let c = crate::util::keyed_conn(&e);
    c.execute_batch(crate::util::BEFORE_V5).expect("before 5");
    e.forget_heads();
    c.execute_batch(
        "DROP INDEX records_open_follow_up;
         DROP INDEX records_group;
         DROP INDEX appts_scheduled;
         DROP INDEX docs_in_use_expiry;
         ALTER TABLE records DROP COLUMN follow_up_open;
         CREATE INDEX records_follow_up ON records (follow_up_on) WHERE follow_up_on IS NOT NULL;
         CREATE INDEX records_subject ON records (subject_id, event_date);
         PRAGMA user_version = 2;",
    )
    .expect("downgrade");
    drop(c);
    assert_eq!(follow_ups(&e, NOW), ["R-1"], "R-2 is answered by R-3");
    let c = crate::util::keyed_conn(&e);
    let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert!(v >= 3);
}

#[test]
fn check_keeps_its_status_when_the_reader_takes_only_the_first_line() {
    let e = Env::with_store();
    let mut csv = String::from("subject_id,event_date,type,result,follow_up_on\n");
    for i in 0..3000 {
        csv.push_str(&format!("{i},02.11.2026,осмотр,здоров,10.11.2026\n"));
    }
    let f = e.file("many.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    // `kabinet deadlines --check | head -1`: the details fill the pipe, the reader is gone.
    let (first, code, stderr) = e.first_line_then_hang_up(&["deadlines", "--check"], false);
    assert!(first.starts_with("KABINET CRITICAL - "), "{first}");
    assert_eq!(code, Some(2), "CRITICAL stays CRITICAL");
    assert_eq!(stderr, "");
}

#[test]
fn open_follow_ups_are_read_from_their_index_alone() {
    let e = Env::with_store();
    local_only!(e);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "7",
        "--subject-name",
        "Иванова",
        "--date",
        "02.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--follow-up",
        "10.11.2026",
    ]);
    // No table page per follow-up: on a journal with 100,000 open ones that was seconds.
    let c = crate::util::keyed_conn(&e);
    let plan: Vec<String> = c
        .prepare(&format!("EXPLAIN QUERY PLAN {}", kabinet::store::OPEN_FOLLOW_UPS))
        .expect("plan")
        .query_map(["2026-12-01"], |r| r.get::<_, String>(3))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("plan rows");
    assert!(plan.iter().any(|p| p.contains("COVERING INDEX records_open_follow_up")), "{plan:?}");
    let v = e.json(&["deadlines", "--kind", "record"]);
    assert_eq!(v[0]["item"], "R-1");
    assert!(v[0]["what"].as_str().is_some_and(|w| w.contains("7 Иванова")), "{v}");
}

#[test]
fn a_monthly_obligation_on_the_31st_stays_on_the_month_end_after_february() {
    let e = Env::with_store();
    e.ok(&["obligation", "add", "Отчёт", "--due", "31.01.2027", "--every", "month"]);
    let mut dues = Vec::new();
    for _ in 0..4 {
        e.ok(&["obligation", "done", "O-1"]);
        let v = e.json(&["obligation", "list"]);
        dues.push(v[0]["due"].as_str().expect("due").to_owned());
    }
    // It used to stay on the 28th from March on.
    assert_eq!(dues, ["2027-02-28", "2027-03-31", "2027-04-30", "2027-05-31"]);
    e.ok(&["verify"]);
}

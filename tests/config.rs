//! The configuration file: per-kind lead times, precedence (flag > environment > file >
//! default), errors naming the line and key, and `config show`.

use crate::util::{Env, ids};

/// Writes `~/.config/kabinet/config.toml` in the env's home.
fn config(e: &Env, text: &str) -> std::path::PathBuf {
    let dir = e.path().join(".config").join("kabinet");
    std::fs::create_dir_all(&dir).expect("config dir");
    let p = dir.join("config.toml");
    std::fs::write(&p, text).expect("config");
    p
}

fn add_doc(e: &Env, kind: &str, number: &str, expires: &str) {
    e.add_doc("Иванов", kind, number, "01.02.2020", &["--series", "4512", "--expires", expires]);
}

#[test]
fn lead_times_per_kind_decide_what_is_expiring() {
    let e = Env::with_store();
    add_doc(&e, "passport", "123456", "21.01.2027"); // 60 days ahead
    add_doc(&e, "driver_license", "654321", "21.01.2027");
    let status = |e: &Env| {
        let v = e.json(&["doc", "list"]);
        v.as_array()
            .expect("array")
            .iter()
            .map(|d| {
                (
                    d["kind"].as_str().unwrap_or("").to_owned(),
                    d["status"].as_str().unwrap_or("").to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert!(status(&e).iter().all(|(_, s)| s == "valid"), "{:?}", status(&e));
    assert!(ids(&e.json(&["deadlines"])).is_empty());
    config(&e, "[lead_days]\npassport = 90\n");
    let st = status(&e);
    assert!(st.contains(&("passport".into(), "expiring".into())), "{st:?}");
    assert!(st.contains(&("driver_license".into(), "valid".into())), "{st:?}");
    assert_eq!(ids(&e.json(&["deadlines"])), ["D-1"]);
    config(&e, "[lead_days]\ndefault = 61\npassport = 10\n");
    let st = status(&e);
    assert!(st.contains(&("passport".into(), "valid".into())), "{st:?}");
    assert!(st.contains(&("driver_license".into(), "expiring".into())), "{st:?}");
}

#[test]
fn flags_beat_the_environment_which_beats_the_file() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let other = e.path().join("other.db");
    config(&e, &format!("store = \"{}\"\nformat = \"json\"\n", e.store.display()));
    // The file's store and format apply when nothing else is given.
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_STORE");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.trim_start().starts_with('['), "JSON from the file: {}", r.stdout);
    // The environment beats the file; the flag beats both.
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_STORE", &other);
    });
    assert_eq!(r.code, 6, "no store at KABINET_STORE: {}", r.stderr);
    let r = e.run_with(&["--store", e.store.to_str().expect("path"), "record", "list"], |c| {
        c.env("KABINET_STORE", &other);
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let table = e.ok(&["record", "list", "--format", "table"]);
    assert!(table.contains("R-1") && !table.trim_start().starts_with('['), "{table}");
    // Language: KABINET_LANG beats the file, the file beats LANG.
    config(&e, "lang = \"ru\"\n");
    let r = e.run(&["record", "show", "R-9"]);
    assert!(r.stderr.contains("не найден"), "Russian from the file: {}", r.stderr);
    let r = e.run_with(&["record", "show", "R-9"], |c| {
        c.env("KABINET_LANG", "en");
    });
    assert!(r.stderr.contains("not found") || !r.stderr.contains("не найден"), "{}", r.stderr);
}

#[test]
fn a_malformed_file_names_the_line_and_key_and_exits_5() {
    let e = Env::with_store();
    let path = config(&e, "lang = \"ru\"\nformat = \"json\"\nstroe = \"/x\"\n");
    let r = e.fails(5, &["record", "list"]);
    assert!(r.stderr.contains(&format!("{}:3:", path.display())), "{}", r.stderr);
    assert!(r.stderr.contains("stroe"), "{}", r.stderr);
    config(&e, "[lead_days]\npassport = \"ninety\"\n");
    let r = e.fails(5, &["record", "list"]);
    assert!(r.stderr.contains("config.toml:2:"), "{}", r.stderr);
    config(&e, "[lead_days]\npasport = 90\n");
    let r = e.fails(5, &["record", "list"]);
    assert!(r.stderr.contains("config.toml:2:") && r.stderr.contains("pasport"), "{}", r.stderr);
    config(&e, "time_zone = \"Moscow\"\n");
    e.fails(5, &["record", "list"]);
    // A file named by KABINET_CONFIG must exist.
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_CONFIG", "/nonexistent/kabinet.toml");
    });
    assert_eq!(r.code, 6, "{}", r.stderr);
}

#[test]
fn config_show_lists_each_setting_and_its_source() {
    let e = Env::with_store();
    config(
        &e,
        "format = \"csv\"\ntime_zone = \"Asia/Yekaterinburg\"\n[lead_days]\npassport = 90\n",
    );
    let v = e.json(&["config", "show"]);
    let source = |k: &str| {
        v.as_array()
            .and_then(|a| a.iter().find(|r| r["setting"] == k))
            .map(|r| {
                (
                    r["value"].as_str().unwrap_or("").to_owned(),
                    r["source"].as_str().unwrap_or("").to_owned(),
                )
            })
            .unwrap_or_else(|| panic!("no {k} in {v}"))
    };
    assert_eq!(source("store"), (e.store.display().to_string(), "environment".into()));
    assert_eq!(source("format"), ("json".into(), "flag".into()));
    assert_eq!(source("time_zone"), ("Asia/Yekaterinburg".into(), "config".into()));
    assert_eq!(source("lead_days.passport"), ("90".into(), "config".into()));
    assert_eq!(source("lead_days.default"), ("30".into(), "default".into()));
    let table = e.ok(&["config", "show", "--format", "table"]);
    assert!(table.contains("lead_days.passport"), "{table}");
}

#[test]
fn reminder_offsets_come_from_the_file_everywhere() {
    let e = Env::with_store();
    e.add_appt("МФЦ", "паспорт", "05.12.2026 10:00", &[]);
    let show = e.json(&["appt", "show", "A-1"]);
    assert_eq!(
        show["reminders"],
        serde_json::json!(["2026-12-04T10:00:00", "2026-12-05T09:00:00"])
    );
    config(&e, "reminders = [\"2d\", \"30m\"]\n");
    let show = e.json(&["appt", "show", "A-1"]);
    assert_eq!(
        show["reminders"],
        serde_json::json!(["2026-12-03T10:00:00", "2026-12-05T09:30:00"])
    );
    let dl = e.ok(&["deadlines"]);
    assert!(dl.contains("2026-12-03 10:00") && dl.contains("2026-12-05 09:30"), "{dl}");
    let ics = e.ok(&["export", "ics", "--kind", "appt"]);
    assert!(ics.contains("TRIGGER:-PT172800S") && ics.contains("TRIGGER:-PT1800S"), "{ics}");
    assert!(!ics.contains("TRIGGER:-PT3600S"), "{ics}");
    config(&e, "reminders = [\"soon\"]\n");
    let r = e.fails(5, &["appt", "list"]);
    assert!(r.stderr.contains("config.toml:1:") && r.stderr.contains("reminders"), "{}", r.stderr);
}

//! Reminders that reach people: `kabinet notify` against a real SMTP server on 127.0.0.1 (in
//! the tests), with a pinned "now": each occasion once, a refusing server retried, two runs at
//! once, the command channel.

use crate::util::{Env, Smtp};

fn s(p: &std::path::Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A configuration sending by e-mail to `smtp`.
fn mail_config(e: &Env, smtp: &Smtp) -> std::path::PathBuf {
    e.file(
        "config.toml",
        &format!(
            "[notify]\nsmtp = \"smtp://127.0.0.1:{}\"\nfrom = \"kabinet@office.test\"\n\
             office_email = \"clerks@office.test\"\n",
            smtp.port
        ),
    )
}

/// The message's `.ics` part, read by python's `email` and `icalendar` (PyPI): one event with
/// `summary` and a start. Skipped without them (a failure under CI=true).
fn invitation_parses(message: &str, summary: &str) {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import icalendar"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "needs python3 with icalendar (pip install icalendar); CI=true never skips"
        );
        eprintln!("skipped the .ics check: needs python3 with icalendar");
        return;
    }
    let script = r#"
import sys, email, icalendar
msg = email.message_from_string(sys.stdin.read())
parts = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
cal = icalendar.Calendar.from_ical(parts[0].get_payload(decode=True))
events = [c for c in cal.walk() if c.name == "VEVENT"]
print(len(events), str(events[0]["SUMMARY"]), events[0]["DTSTART"].dt.isoformat())
"#;
    let mut child = std::process::Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3");
    use std::io::Write;
    child.stdin.take().expect("stdin").write_all(message.as_bytes()).expect("write");
    let out = child.wait_with_output().expect("python3 ends");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(said.starts_with(&format!("1 {summary} ")), "{said}");
}

fn notify(e: &Env, cfg: &std::path::Path, now: &str, args: &[&str]) -> crate::util::Run {
    let mut all = vec!["notify"];
    all.extend_from_slice(args);
    e.run_with(&all, |c| {
        c.env("KABINET_CONFIG", cfg).env("KABINET_NOW", now);
    })
}

#[test]
fn an_appointment_reminder_goes_by_email_once_with_its_invitation() {
    let smtp = Smtp::start();
    let e = Env::with_store();
    e.add_appt("МФЦ", "замена паспорта", "23.11.2026 11:00", &[]);
    let cfg = mail_config(&e, &smtp);
    // 23 hours before: the 24-hour reminder, once.
    let dry = notify(&e, &cfg, "2026-11-22T12:00:00", &["--dry-run"]);
    assert_eq!(dry.code, 0, "{}", dry.stderr);
    assert!(
        dry.stdout.contains("would send A-1 before-1440m by email to clerks@office.test"),
        "{}",
        dry.stdout
    );
    assert!(smtp.received().is_empty(), "a dry run sends nothing");
    let r = notify(&e, &cfg, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("sent 1, failed 0"), "{}", r.stdout);
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("To: clerks@office.test"), "{}", got[0]);
    assert!(got[0].contains("Content-Type: text/calendar"), "the invitation: {}", got[0]);
    invitation_parses(&got[0], "МФЦ: замена паспорта");
    // Again, and again later the same hour: nothing more.
    for now in ["2026-11-22T12:00:00", "2026-11-22T12:30:00"] {
        let r = notify(&e, &cfg, now, &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains("sent 0"), "{}", r.stdout);
    }
    assert_eq!(smtp.received().len(), 1);
    // An hour before: the 1-hour reminder.
    let r = notify(&e, &cfg, "2026-11-23T10:15:00", &[]);
    assert!(r.stdout.contains("sent 1"), "{}", r.stdout);
    assert_eq!(smtp.received().len(), 2);
    // The delivery log, in the store.
    let log: serde_json::Value = serde_json::from_str(
        &e.run_with(&["notify", "log", "--format", "json"], |c| {
            c.env("KABINET_CONFIG", &cfg);
        })
        .stdout,
    )
    .expect("json");
    let rows: Vec<(String, String, String)> = log
        .as_array()
        .expect("rows")
        .iter()
        .map(|d| {
            let f = |k: &str| d[k].as_str().unwrap_or_default().to_owned();
            (f("item"), f("occasion"), f("status"))
        })
        .collect();
    assert_eq!(
        rows,
        [
            ("A-1".into(), "before-1440m".into(), "sent".into()),
            ("A-1".into(), "before-60m".into(), "sent".into())
        ]
    );
    // `deadlines --reminders` says what went out for each item.
    let d = e.run_with(&["deadlines", "--reminders", "--format", "json"], |c| {
        c.env("KABINET_NOW", "2026-11-23T10:20:00");
    });
    let v: serde_json::Value = serde_json::from_str(&d.stdout).expect("json");
    assert_eq!(v[0]["reminder"], "before-60m sent 2026-11-23T10:15:00", "{v}");
    let plain: serde_json::Value =
        serde_json::from_str(&e.run(&["deadlines", "--format", "json"]).stdout).expect("json");
    assert!(plain[0].get("reminder").is_none(), "only when asked: {plain}");
    let table = e.run_with(&["deadlines", "--reminders"], |c| {
        c.env("KABINET_NOW", "2026-11-23T10:20:00");
    });
    assert!(
        table.stdout.contains("Reminder") && table.stdout.contains("before-60m sent"),
        "{}",
        table.stdout
    );
}

#[test]
fn a_refusing_server_fails_then_delivers_on_a_later_run() {
    let smtp = Smtp::start();
    let e = Env::with_store();
    e.add_appt("ФНС", "консультация", "23.11.2026 11:00", &[]);
    let cfg = mail_config(&e, &smtp);
    smtp.refuse.store(true, std::sync::atomic::Ordering::SeqCst);
    let r = notify(&e, &cfg, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("refused for the test"), "{}", r.stderr);
    let log = e.run_with(&["notify", "log"], |c| {
        c.env("KABINET_CONFIG", &cfg);
    });
    assert!(
        log.stdout.contains("failed") && log.stdout.contains("refused for the test"),
        "{}",
        log.stdout
    );
    smtp.refuse.store(false, std::sync::atomic::Ordering::SeqCst);
    // Not before its back-off (5 minutes), then delivered.
    let r = notify(&e, &cfg, "2026-11-22T12:02:00", &[]);
    assert!(r.stdout.contains("sent 0"), "{}", r.stdout);
    let r = notify(&e, &cfg, "2026-11-22T12:06:00", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("sent 1"), "{}", r.stdout);
    assert_eq!(smtp.received().len(), 1);
}

#[test]
fn two_runs_at_once_deliver_once() {
    let smtp = Smtp::start();
    let e = Env::with_store();
    for i in 0..5 {
        e.add_appt("МФЦ", &format!("услуга {i}"), "23.11.2026 11:00", &[]);
    }
    let cfg = mail_config(&e, &smtp);
    let runs: Vec<std::process::Child> = (0..2)
        .map(|_| {
            let mut c = e.cmd();
            c.args(["notify"])
                .env("KABINET_CONFIG", &cfg)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null());
            c.spawn().expect("spawn")
        })
        .collect();
    for mut r in runs {
        let _ = r.wait();
    }
    assert_eq!(smtp.received().len(), 5, "each once");
}

#[test]
fn the_command_channel_gets_each_reminder_as_json_on_stdin() {
    let e = Env::with_store();
    // A passport expiring within its lead time, with a СНИЛС and a number that stay home.
    e.add_doc(
        "Иванова Мария",
        "passport",
        "045678",
        "01.02.2007",
        &["--series", "4512", "--expires", "20.12.2026", "--holder-snils", "112-233-445 95"],
    );
    let got = e.path().join("got.jsonl");
    let cfg = e.file(
        "config.toml",
        &format!("[notify]\ncommand = \"sh -c 'cat >> {} && echo >> {}'\"\n", s(&got), s(&got)),
    );
    let r = notify(&e, &cfg, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("sent 1"), "{}", r.stdout);
    let text = std::fs::read_to_string(&got).expect("the command ran");
    let v: serde_json::Value = serde_json::from_str(text.trim()).expect("json");
    assert_eq!((v["item"].as_str(), v["occasion"].as_str()), (Some("D-1"), Some("expiring")));
    assert_eq!(v["kind"], "document");
    assert!(!text.contains("045678") && !text.contains("112") && !text.contains("4512"), "{text}");
    // Once; a failing command is named and tried again later.
    assert!(notify(&e, &cfg, "2026-11-22T12:00:00", &[]).stdout.contains("sent 0"));
    // With a template, the holder's name stays home too.
    let other = Env::with_store();
    other.add_doc(
        "Сидорова Анна",
        "passport",
        "222222",
        "01.02.2007",
        &["--series", "4514", "--expires", "20.12.2026"],
    );
    let lean = other.path().join("lean.jsonl");
    let templ = other.file(
        "config.toml",
        &format!(
            "[notify]\ncommand = \"sh -c 'cat >> {}'\"\ncommand_fields = [\"item\", \"occasion\", \"due\"]\n",
            s(&lean)
        ),
    );
    assert_eq!(notify(&other, &templ, "2026-11-22T12:00:00", &[]).code, 0);
    let body = std::fs::read_to_string(&lean).expect("the command ran");
    assert!(body.contains("\"occasion\":\"expiring\"") && !body.contains("Сидорова"), "{body}");
    let bad = e.file("bad.toml", "[notify]\ncommand = \"sh -c 'echo no gateway >&2; exit 3'\"\n");
    e.add_doc(
        "Петров",
        "passport",
        "111111",
        "01.02.2007",
        &["--series", "4513", "--expires", "10.12.2026"],
    );
    let r = notify(&e, &bad, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("no gateway"), "{}", r.stderr);
    // Not configured: a usage error naming the table.
    let none = e.file("none.toml", "lang = \"en\"\n");
    let r = notify(&e, &none, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("[notify]"), "{}", r.stderr);
}

#[test]
fn a_webhook_gets_only_the_templates_fields_with_its_token() {
    let http = crate::util::Http::start();
    let e = Env::with_store();
    e.add_appt("ГИБДД", "регистрация", "23.11.2026 11:00", &["--person", "Сидоров Пётр"]);
    let token = e.file("token", "s3cret-t0ken\n");
    let cfg = e.file(
        "config.toml",
        &format!(
            "[notify]\nwebhook = \"http://127.0.0.1:{}/hook/abc\"\n\
             webhook_fields = [\"item\", \"occasion\", \"due\"]\n",
            http.port
        ),
    );
    let run = |now: &str| {
        e.run_with(&["notify"], |c| {
            c.env("KABINET_CONFIG", &cfg)
                .env("KABINET_NOW", now)
                .env("KABINET_WEBHOOK_TOKEN_FILE", &token);
        })
    };
    // A gateway that answers 503: failed, named, tried again later.
    http.status.store(503, std::sync::atomic::Ordering::SeqCst);
    let r = run("2026-11-22T12:00:00");
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("HTTP 503"), "{}", r.stderr);
    http.status.store(200, std::sync::atomic::Ordering::SeqCst);
    let r = run("2026-11-22T12:06:00");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let got = http.requests();
    assert_eq!(got.len(), 2, "one refused, one delivered");
    let (auth, body) = &got[1];
    assert_eq!(auth, "Bearer s3cret-t0ken");
    let v: serde_json::Value = serde_json::from_str(body).expect("json");
    let keys: Vec<&String> = v.as_object().expect("object").keys().collect();
    assert_eq!(keys, ["due", "item", "occasion"], "only the template's fields: {body}");
    assert!(!body.contains("Сидоров"), "{body}");
    // Neither the URL (it may hold a token) nor the token is in the delivery log.
    let log = e.run_with(&["notify", "log", "--format", "json"], |c| {
        c.env("KABINET_CONFIG", &cfg);
    });
    assert!(log.stdout.contains("\"recipient\": \"webhook\""), "{}", log.stdout);
    assert!(
        !log.stdout.contains("/hook/abc") && !log.stdout.contains("секретный"),
        "{}",
        log.stdout
    );
}

#[test]
fn a_change_of_an_applications_status_is_told_once() {
    let smtp = Smtp::start();
    let e = Env::with_store();
    e.add_application("Иванова Мария", &[]);
    let cfg = mail_config(&e, &smtp);
    // Filed: not news.
    assert!(notify(&e, &cfg, "2026-11-22T13:00:00", &[]).stdout.contains("sent 0"));
    let r = e.run_at("2026-11-23T09:00:00", &["application", "status", "Z-1", "processing"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = notify(&e, &cfg, "2026-11-23T10:00:00", &["--dry-run"]);
    assert!(r.stdout.contains("would send Z-1 status-processing-20261123T090000"), "{}", r.stdout);
    let r = notify(&e, &cfg, "2026-11-23T10:00:00", &[]);
    assert!(r.stdout.contains("sent 1"), "{}", r.stdout);
    assert!(notify(&e, &cfg, "2026-11-23T11:00:00", &[]).stdout.contains("sent 0"));
    let got = smtp.received();
    assert_eq!(got.len(), 1);
    assert!(got[0].contains("Subject: Application Z-1: now"), "{}", got[0]);
    // A day later it is old news.
    let r = e.run_at("2026-11-24T09:00:00", &["application", "status", "Z-1", "approved"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(notify(&e, &cfg, "2026-11-26T10:00:00", &[]).stdout.contains("sent 0"));
}

#[test]
fn config_show_lists_the_notify_settings_and_hides_a_webhooks_url() {
    let e = Env::with_store();
    let cfg = e.file(
        "config.toml",
        "[notify]\nwebhook = \"https://chat.example/hook?token=SECRET\"\n\
         channels = { document = \"none\" }\n",
    );
    let r = e.run_with(&["config", "show"], |c| {
        c.env("KABINET_CONFIG", &cfg);
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stdout.contains("SECRET"), "{}", r.stdout);
    for line in ["notify.webhook", "(set)", "notify.channels.document", "notify.give_up_hours"] {
        assert!(r.stdout.contains(line), "{line}: {}", r.stdout);
    }
    let bad = e.file(
        "bad.toml",
        "[notify]\nwebhook = \"https://x\"\nchannels = { letters = \"email\" }\n",
    );
    let r = e.run_with(&["notify"], |c| {
        c.env("KABINET_CONFIG", &bad);
    });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("unknown kind \"letters\""), "{}", r.stderr);
}

/// A message's subject, its encoded words (RFC 2047, base64 as the mail crate writes them)
/// decoded.
fn subject(message: &str) -> String {
    use base64ct::Encoding;
    let mut lines = message.lines().skip_while(|l| !l.starts_with("Subject:"));
    let mut raw = lines.next().unwrap_or_default().trim_start_matches("Subject:").to_owned();
    raw.extend(lines.take_while(|l| l.starts_with([' ', '\t'])).map(|l| l.to_owned()));
    raw.split_whitespace()
        .map(|w| match w.strip_prefix("=?utf-8?b?").and_then(|w| w.strip_suffix("?=")) {
            Some(b) => base64ct::Base64::decode_vec(b)
                .map(|v| String::from_utf8_lossy(&v).into_owned())
                .unwrap_or_default(),
            None => format!("{w} "),
        })
        .collect::<String>()
}

#[test]
fn a_reminder_reaches_the_persons_own_address_in_the_messages_language() {
    let smtp = Smtp::start();
    let e = Env::with_store();
    let contact =
        ["--person", "Иванова Мария", "--email", "maria@example.ru", "--phone", "8 912 345-67-89"];
    e.add_appt("МФЦ", "замена паспорта", "23.11.2026 11:00", &contact);
    e.add_appt("ФНС", "консультация", "23.11.2026 11:30", &[]);
    let cfg = e.file(
        "config.toml",
        &format!(
            "lang = \"en\"\n[notify]\nsmtp = \"smtp://127.0.0.1:{}\"\nfrom = \"kabinet@office.test\"\n\
             office_email = \"clerks@office.test\"\nlang = \"ru\"\n",
            smtp.port
        ),
    );
    let dry = notify(&e, &cfg, "2026-11-22T12:00:00", &["--dry-run"]);
    assert!(dry.stdout.contains("A-1 before-1440m by email to maria@example.ru"), "{}", dry.stdout);
    assert!(
        dry.stdout.contains("A-2 before-1440m by email to clerks@office.test"),
        "{}",
        dry.stdout
    );
    let r = notify(&e, &cfg, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("sent 2"), "the clerk's words stay English: {}", r.stdout);
    let got = smtp.received();
    let to_maria: Vec<&String> =
        got.iter().filter(|m| m.contains("To: maria@example.ru")).collect();
    assert_eq!(to_maria.len(), 1, "{got:?}");
    assert!(subject(to_maria[0]).starts_with("Напоминание: "), "{}", subject(to_maria[0]));
    assert!(got.iter().any(|m| m.contains("To: clerks@office.test")), "the rest to the office");
    let shown = e.run_with(&["config", "show"], |c| {
        c.env("KABINET_CONFIG", &cfg);
    });
    assert!(shown.stdout.contains("notify.lang"), "{}", shown.stdout);
    // A language of neither kind is refused by name.
    let bad = e.file("bad.toml", "[notify]\ncommand = \"true\"\nlang = \"de\"\n");
    let r = notify(&e, &bad, "2026-11-22T12:00:00", &[]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("bad.toml:3: notify.lang"), "{}", r.stderr);
}

#[test]
fn the_command_gets_the_contact_and_a_webhook_only_when_its_template_names_it() {
    let http = crate::util::Http::start();
    let e = Env::with_store();
    e.add_appt(
        "ГИБДД",
        "регистрация",
        "23.11.2026 11:00",
        &["--person", "Сидоров Пётр", "--phone", "+7 (912) 000-11-22", "--email", "p@example.ru"],
    );
    let got = e.path().join("got.jsonl");
    let cfg =
        e.file("config.toml", &format!("[notify]\ncommand = \"sh -c 'cat >> {}'\"\n", s(&got)));
    assert_eq!(notify(&e, &cfg, "2026-11-22T12:00:00", &[]).code, 0);
    let v: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&got).expect("ran").trim()).expect("json");
    assert_eq!(
        (v["phone"].as_str(), v["email"].as_str()),
        (Some("+79120001122"), Some("p@example.ru"))
    );
    // A webhook without a template: no contact leaves.
    let other = Env::with_store();
    other.add_appt(
        "ГИБДД",
        "регистрация",
        "23.11.2026 11:00",
        &["--phone", "+7 (912) 000-11-22", "--email", "p@example.ru"],
    );
    let hook = format!("[notify]\nwebhook = \"http://127.0.0.1:{}/h\"\n", http.port);
    let plain = other.file("plain.toml", &hook);
    assert_eq!(notify(&other, &plain, "2026-11-22T12:00:00", &[]).code, 0);
    let named =
        other.file("named.toml", &format!("{hook}webhook_fields = [\"item\", \"phone\"]\n"));
    assert_eq!(notify(&other, &named, "2026-11-23T10:30:00", &[]).code, 0);
    let bodies: Vec<String> = http.requests().into_iter().map(|(_, b)| b).collect();
    assert_eq!(bodies.len(), 2, "{bodies:?}");
    assert!(!bodies[0].contains("+7912") && !bodies[0].contains("example.ru"), "{}", bodies[0]);
    assert_eq!(bodies[1], r#"{"item":"A-1","phone":"+79120001122"}"#);
}

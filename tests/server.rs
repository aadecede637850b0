//! The office server against a real PostgreSQL: `.ci/run` starts one and names it in
//! `KABINET_TEST_PG` (a superuser's URL). Without it these tests say they were skipped; under
//! `CI=true` a missing server fails them.

use std::process::Command;
use std::sync::Mutex;

use crate::util::Env;

/// Making the cluster's group roles is not safe to race: the tests that make offices take turns.
static SERVER: Mutex<()> = Mutex::new(());

/// The test server's superuser URL, or `None` (skipped, said on stderr).
fn server() -> Option<String> {
    match std::env::var("KABINET_TEST_PG") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but KABINET_TEST_PG names no PostgreSQL: .ci/run starts one")
        }
        _ => {
            eprintln!("skipped: no PostgreSQL (set KABINET_TEST_PG, as .ci/run does)");
            None
        }
    }
}

/// `url` with its database replaced (the query keeps host and user).
fn with_db(url: &str, db: &str) -> String {
    let (head, query) = url.split_once('?').unwrap_or((url, ""));
    let base = head.rsplit_once('/').map(|(b, _)| b).unwrap_or(head);
    format!("{base}/{db}?{query}")
}

/// `url` logging in as `user` instead.
fn as_role(url: &str, user: &str) -> String {
    let (head, query) = url.split_once('?').unwrap_or((url, ""));
    let kept: Vec<&str> = query.split('&').filter(|p| !p.starts_with("user=")).collect();
    format!("{head}?{}&user={user}", kept.join("&"))
}

fn psql(url: &str, sql: &str) -> std::process::Output {
    Command::new("psql")
        .args([url, "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
        .env_remove("PGPASSWORD")
        .output()
        .expect("psql runs")
}

fn psql_ok(url: &str, sql: &str) -> String {
    let out = psql(url, sql);
    assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A database of its own for one test, on the test server.
fn fresh_db(url: &str, name: &str) -> String {
    psql_ok(url, &format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
    psql_ok(url, &format!("CREATE DATABASE {name}"));
    with_db(url, name)
}

/// Runs kabinet on the office at `url` as its user `user`.
fn on_office(e: &Env, url: &str, user: &str, args: &[&str]) -> crate::util::Run {
    on_office_with(e, url, user, crate::util::PASS, args)
}

/// [`on_office`] on the store `store` (an office or a file) with `user`'s own passphrase.
fn on_office_with(e: &Env, store: &str, user: &str, pass: &str, args: &[&str]) -> crate::util::Run {
    let mut all = vec!["--store", store, "--user", user];
    all.extend_from_slice(args);
    e.run_with(&all, |c| {
        c.env("KABINET_PASSPHRASE", pass);
    })
}

fn server_init(e: &Env, url: &str, office: &str) -> crate::util::Run {
    e.run(&["--user", "ivanova", "server", "init", url, "--office", office])
}

/// A new database on the test server holding one office, "МФЦ", made by `ivanova` in a fresh
/// environment; the server held for this test alone. `None`: no server (skipped).
fn office(db: &str) -> Option<(std::sync::MutexGuard<'static, ()>, String, Env)> {
    let admin = server()?;
    let turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, db);
    let e = Env::new();
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
    Some((turn, url, e))
}

#[test]
fn server_init_makes_an_office_whose_keys_and_log_hold_nothing_in_clear() {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_init");
    let e = Env::new();
    let r = server_init(&e, &url, "МФЦ Центральный");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Office \"МФЦ Центральный\" (number 1) made"), "{}", r.stdout);
    assert!(r.stdout.contains("Its first user: ivanova (admin), signing key "), "{}", r.stdout);
    assert!(r.stdout.contains("Recovery key"), "{}", r.stdout);
    // The passphrase and the roster's words are nowhere on the server in clear.
    let keys = psql_ok(&url, "SELECT slots FROM kabinet.keys");
    assert!(keys.contains("\"name\": \"ivanova\""), "the slots are public data: {keys}");
    assert!(!keys.contains(crate::util::PASS));
    let after = psql_ok(&url, "SELECT encode(after, 'escape') FROM kabinet.audit");
    assert!(!after.contains("ivanova") && !after.contains("admin"), "{after}");
    let row =
        psql_ok(&url, "SELECT seq, action, signer IS NOT NULL, length(sig) FROM kabinet.audit");
    assert_eq!(row.trim(), "1|users|t|64");
    // The first admin's login role is in the admin group.
    let member = psql_ok(
        &url,
        "SELECT pg_has_role('ivanova', 'kabinet_admin', 'MEMBER'), \
                pg_has_role('ivanova', 'kabinet_reader', 'MEMBER')",
    );
    assert_eq!(member.trim(), "t|t");
    // The same office again: exit 7, nothing changed; another office beside it.
    let r = server_init(&e, &url, "МФЦ Центральный");
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("already has an office"), "{}", r.stderr);
    assert_eq!(psql_ok(&url, "SELECT count(*) FROM kabinet.audit").trim(), "1");
    let r = server_init(&e, &url, "МФЦ Северный");
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("(number 2)"), "{}", r.stdout);
    let keyed = psql_ok(&url, "SELECT office, seq FROM kabinet.audit ORDER BY 1, 2");
    assert_eq!(keyed.trim(), "1|1\n2|1", "every table's key begins with the office");
    // Two offices: which one is named in the address.
    let r = e.run(&["--store", &url, "--user", "ivanova", "record", "list"]);
    assert_eq!(r.code, 6, "no such store: {}", r.stderr);
    assert!(
        r.stderr.contains("several offices") && r.stderr.contains("office=NAME"),
        "{}",
        r.stderr
    );
    let north =
        format!("{url}&office=%D0%9C%D0%A4%D0%A6+%D0%A1%D0%B5%D0%B2%D0%B5%D1%80%D0%BD%D1%8B%D0%B9");
    let r = e.run(&["--store", &north, "--user", "ivanova", "record", "list", "--format", "json"]);
    assert_eq!((r.code, r.stdout.trim()), (0, "[]"), "{}", r.stderr);
    // What the server does not serve yet: said plainly (exit 2); `init` there is `server init`.
    let r = e.run(&["--store", &north, "--user", "ivanova", "doc", "list", "--format", "json"]);
    assert_eq!((r.code, r.stdout.trim()), (0, "[]"), "{}", r.stderr);
    let r = e.run(&["--store", &north, "--user", "ivanova", "rekey"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("`rekey` is for a store file"), "{}", r.stderr);
    let r = e.run(&["--store", &url, "init"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is an office server"), "{}", r.stderr);
    // A schema of an older format (or a newer one): refused before anything is read (exit 4);
    // `server init` brings it up to date, every office kept.
    psql_ok(&url, "UPDATE kabinet.meta SET value = '5' WHERE office = 0 AND key = 'format'");
    let r = e.run(&["--store", &north, "--user", "ivanova", "record", "list"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains("format 5, older") && r.stderr.contains("server init"),
        "{}",
        r.stderr
    );
    assert_eq!(server_init(&e, &url, "МФЦ Южный").code, 0);
    let r = e.run(&["--store", &north, "--user", "ivanova", "record", "list", "--format", "json"]);
    assert_eq!((r.code, r.stdout.trim()), (0, "[]"), "{}", r.stderr);
    psql_ok(&url, "UPDATE kabinet.meta SET value = '99' WHERE office = 0 AND key = 'format'");
    let r = e.run(&["--store", &north, "--user", "ivanova", "record", "list"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("newer than this kabinet's"), "{}", r.stderr);
    let r = server_init(&e, &url, "МФЦ Западный");
    assert_eq!(r.code, 4, "not taken back: {}", r.stderr);
    assert_eq!(psql_ok(&url, "SELECT value FROM kabinet.meta WHERE key = 'format'").trim(), "99");
}

#[test]
fn records_kept_on_the_server_are_sealed_numbered_without_gaps_and_verified_there() {
    let Some((_turn, url, e)) = office("kt_records") else { return };
    let on = |args: &[&str]| on_office(&e, &url, "ivanova", args);
    let add = |subject: &str, name: &str| {
        on(&[
            "record",
            "add",
            "--subject-id",
            subject,
            "--subject-name",
            name,
            "--date",
            "20.11.2026",
            "--type",
            "visit",
            "--result",
            "МАРКЕРрезультат",
            "--snils",
            "112-233-445 95",
            "--follow-up",
            "30.11.2026",
        ])
    };
    let r = add("7701", "МАРКЕРиванова");
    assert_eq!((r.code, r.stdout.trim()), (0, "R-1"), "{}", r.stderr);
    // A duplicate is found by its keyed hash (exit 7), and its number is not spent.
    let r = add("7701", "МАРКЕРиванова");
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("duplicate of R-1"), "{}", r.stderr);
    let r = add("7702", "МАРКЕРпетров");
    assert_eq!((r.code, r.stdout.trim()), (0, "R-2"), "gapless: {}", r.stderr);
    let list = on(&["record", "list", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&list.stdout).expect("json");
    assert_eq!(v.as_array().map(Vec::len), Some(2), "{}", list.stdout);
    assert_eq!(v[0]["subject_name"], "МАРКЕРиванова");
    assert_eq!(v[0]["snils"], "11223344595");
    let show = on(&["record", "show", "R-2"]);
    assert!(show.stdout.contains("МАРКЕРпетров"), "{}", show.stdout);
    let history = on(&["history", "R-1"]);
    assert!(history.stdout.contains("МАРКЕРрезультат"), "{}", history.stdout);
    let r = on(&["verify"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.contains("2 records") && r.stdout.contains("3 entries"), "{}", r.stdout);
    // Nothing personal in clear on the server: not in a dump of the database (the control: the
    // clear type is there).
    let dump = Command::new("pg_dump").args(["--data-only", &url]).output().expect("pg_dump");
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(dump.contains("visit"), "the control: types stay in clear");
    // (Short digits would turn up in the hex of the sealed values by chance.)
    for secret in ["МАРКЕР", "11223344595", crate::util::PASS] {
        assert!(!dump.contains(secret), "{secret} in clear on the server");
    }
    // A value moved to another row, and an entry of the log changed, on the server: named.
    psql_ok(
        &url,
        "UPDATE kabinet.records SET subject_name = (SELECT subject_name FROM kabinet.records          WHERE id = 1) WHERE id = 2",
    );
    psql_ok(&url, "UPDATE kabinet.audit SET who = 'кто-то' WHERE seq = 2");
    // A value kept in clear (a date), changed on the server: the row's seal says so.
    let r = on(&["verify"]);
    assert!(!r.stderr.contains("R-1"), "{}", r.stderr);
    psql_ok(&url, "UPDATE kabinet.records SET event_date = event_date - 1 WHERE id = 1");
    // A row removed on the server: the log says it should be there.
    let last = psql_ok(&url, "SELECT max(id) FROM kabinet.records").trim().to_owned();
    psql_ok(&url, &format!("DELETE FROM kabinet.records WHERE id = {last}"));
    let r = on(&["verify"]);
    assert_eq!(r.code, 4, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("R-1"), "the date: {}", r.stderr);
    assert!(r.stderr.contains(&format!("R-{last}: removed")), "{}", r.stderr);
    assert!(r.stderr.contains("R-2"), "{}", r.stderr);
    assert!(r.stderr.contains("entry 2"), "{}", r.stderr);
    // A wrong passphrase: exit 3, the passphrase never sent.
    let r = e.run_with(&["--store", &url, "--user", "ivanova", "record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "не-тот-пароль-1");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
}

#[test]
fn the_server_itself_refuses_a_readers_write_and_any_change_to_the_log() {
    let Some((_turn, url, e)) = office("kt_grants") else { return };
    psql_ok(
        &url,
        "DROP ROLE IF EXISTS kt_reader; DROP ROLE IF EXISTS kt_admin; \
         CREATE ROLE kt_reader LOGIN PASSWORD 'чтение' IN ROLE kabinet_reader; \
         CREATE ROLE kt_admin LOGIN PASSWORD 'управление' IN ROLE kabinet_admin",
    );
    let pgpass = e.file("pgpass", "*:*:*:kt_reader:чтение\n*:*:*:kt_admin:управление\n");
    let as_role_psql = |role: &str, sql: &str| {
        Command::new("psql")
            .args([&as_role(&url, role), "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
            .env("PGPASSFILE", &pgpass)
            .output()
            .expect("psql runs")
    };
    let _ = std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600));
    // The reader reads, and writes nothing but the log.
    let ok = as_role_psql("kt_reader", "SELECT count(*) FROM kabinet.audit");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    for sql in [
        "UPDATE kabinet.keys SET office = 9",
        "INSERT INTO kabinet.meta VALUES (1, 'x', 'y')",
        "DELETE FROM kabinet.audit",
        "DELETE FROM kabinet.records",
        "UPDATE kabinet.counters SET last = 0",
    ] {
        let out = as_role_psql("kt_reader", sql);
        assert!(!out.status.success(), "{sql} allowed to a reader");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("permission denied"), "{sql}: {err}");
    }
    // Not even an admin changes or removes an entry of the log.
    for sql in [
        "UPDATE kabinet.audit SET who = 'x'",
        "DELETE FROM kabinet.audit",
        "TRUNCATE kabinet.audit",
    ] {
        let out = as_role_psql("kt_admin", sql);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success() && err.contains("permission denied"), "{sql}: {err}");
    }
    let ok = as_role_psql("kt_admin", "UPDATE kabinet.keys SET slots = slots");
    assert!(ok.status.success(), "{}", String::from_utf8_lossy(&ok.stderr));
    assert_eq!(psql_ok(&url, "SELECT count(*) FROM kabinet.audit").trim(), "1");
}

#[test]
fn a_refused_login_is_exit_3_an_unreachable_server_exit_6_and_a_password_in_the_url_exit_2() {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_login");
    psql_ok(&url, "DROP ROLE IF EXISTS kt_clerk; CREATE ROLE kt_clerk LOGIN PASSWORD 'верный'");
    let e = Env::new();
    let clerk = as_role(&url, "kt_clerk");
    let wrong = e.file("server-pass", "неверный\n");
    let r = e.run_with(&["server", "init", &clerk], |c| {
        c.env("KABINET_SERVER_PASSWORD_FILE", &wrong);
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("refused the login of kt_clerk"), "{}", r.stderr);
    // No password anywhere: the same, saying where one is looked for.
    let r = e.run(&["server", "init", &clerk]);
    assert_eq!(r.code, 3, "{}", r.stderr);
    // The right password, but a role that may not make the schema: refused by the server.
    let right = e.file("server-pass-2", "верный\n");
    let r = e.run_with(&["--user", "kt_clerk", "server", "init", &clerk], |c| {
        c.env("KABINET_SERVER_PASSWORD_FILE", &right);
    });
    assert_eq!(r.code, 8, "{}", r.stderr);
    assert!(r.stderr.contains("refused it to kt_clerk"), "{}", r.stderr);
    // Nobody there: exit 6 naming where.
    let r = e.run(&["server", "init", "postgresql://127.0.0.1:1/kabinet?user=x&connect_timeout=2"]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("127.0.0.1:1"), "{}", r.stderr);
    let r = e.run(&["server", "init", "postgresql:///kabinet?host=/nonexistent/dir&user=x"]);
    assert_eq!(r.code, 6, "{}", r.stderr);
    assert!(r.stderr.contains("/nonexistent/dir"), "{}", r.stderr);
    // A password in the address: refused before anything is sent.
    let r = e.run(&["server", "init", "postgresql://x:secret@127.0.0.1:1/kabinet"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("holds a password"), "{}", r.stderr);
}

/// Every file under `dir` that holds `needle`, as bytes (what a reader of the disk would see).
fn files_holding(dir: &std::path::Path, needle: &[u8]) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path)
                && bytes.windows(needle.len()).any(|w| w == needle)
            {
                found.push(path);
            }
        }
    }
    found
}

#[test]
fn every_kind_lives_on_the_server_with_no_personal_value_in_clear_in_a_dump_or_on_its_disk() {
    let Some((_turn, url, mut e)) = office("kt_kinds") else { return };
    e.store = std::path::PathBuf::from(&url);
    // A marker in every personal field of every kind (the mail address and the phone too).
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "МАРКЕР-1",
        "--subject-name",
        "МАРКЕР имя",
        "--date",
        "20.11.2026",
        "--type",
        "visit",
        "--result",
        "МАРКЕР итог",
        "--description",
        "МАРКЕР описание",
        "--registry-no",
        "МАРКЕР-рег",
        "--responsible",
        "МАРКЕР ответственный",
        "--follow-up",
        "25.11.2026",
    ]);
    e.ok(&crate::util::doc_args(
        "МАРКЕР держатель",
        "other",
        "МАРКЕР-N",
        "01.02.2020",
        &[
            "--series",
            "МАРКЕР-S",
            "--issued-by",
            "МАРКЕР выдан",
            "--expires",
            "01.12.2026",
            "--notes",
            "МАРКЕР заметка",
            "--email",
            "markerperson@example.org",
            "--phone",
            "+7 912 555-44-33",
        ],
    ));
    e.ok(&crate::util::appt_args(
        "МАРКЕР учреждение",
        "МАРКЕР услуга",
        "24.11.2026 10:00",
        &[
            "--person",
            "МАРКЕР лицо",
            "--confirmation-no",
            "МАРКЕР-талон",
            "--notes",
            "МАРКЕР примечание",
            "--needs",
            "D-1",
        ],
    ));
    e.ok(&["obligation", "add", "МАРКЕР отчёт", "--due", "23.11.2026", "--notes", "МАРКЕР суть"]);
    e.ok(&[
        "application",
        "add",
        "--applicant",
        "МАРКЕР заявитель",
        "--agency",
        "МАРКЕР ведомство",
        "--service",
        "МАРКЕР справка",
        "--submitted",
        "10.11.2026",
        "--number",
        "МАРКЕР-номер",
        "--due",
        "24.11.2026",
        "--notes",
        "МАРКЕР пометка",
    ]);
    e.ok(&[
        "application",
        "add",
        "--applicant",
        "Второй",
        "--agency",
        "СФР",
        "--service",
        "выплата",
        "--submitted",
        "11.11.2026",
    ]);
    e.ok(&["application", "status", "Z-2", "rejected", "--reason", "МАРКЕР причина"]);
    let scan = e.file("МАРКЕР скан.pdf", "%PDF-1.4\nМАРКЕР вложение\n%%EOF\n");
    e.ok(&["attach", "D-1", scan.to_str().expect("utf-8")]);
    // Each reads back whole, and `deadlines` finds every kind by its clear dates.
    let doc: serde_json::Value =
        serde_json::from_str(&e.ok(&["doc", "show", "D-1", "--format", "json"])).expect("json");
    assert_eq!(doc["holder"], "МАРКЕР держатель");
    assert_eq!(doc["email"], "markerperson@example.org");
    let z2 = e.ok(&["application", "show", "Z-2"]);
    assert!(z2.contains("МАРКЕР причина"), "{z2}");
    let due = e.ok(&["deadlines", "--format", "json"]);
    let due: serde_json::Value = serde_json::from_str(&due).expect("json");
    let mut ids: Vec<&str> =
        due.as_array().expect("list").iter().filter_map(|d| d["item"].as_str()).collect();
    ids.sort_unstable();
    assert_eq!(ids, ["A-1", "D-1", "O-1", "R-1", "Z-1"], "{due}");
    let dir = e.path().join("out");
    std::fs::create_dir(&dir).expect("dir");
    let got = dir.join("скан.pdf");
    e.ok(&["extract", "D-1", "1", "--output", got.to_str().expect("utf-8")]);
    assert!(std::fs::read_to_string(&got).expect("read").contains("МАРКЕР вложение"));
    let v = e.run(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
    // Nothing personal in clear: not in a dump, not in the server's files once written out.
    // The control: the clear type and status are there.
    let dump = Command::new("pg_dump").args(["--data-only", &url]).output().expect("pg_dump");
    assert!(dump.status.success(), "{}", String::from_utf8_lossy(&dump.stderr));
    let dump = String::from_utf8_lossy(&dump.stdout);
    assert!(dump.contains("visit") && dump.contains("rejected"), "the control");
    for secret in ["МАРКЕР", "markerperson", "9125554433", crate::util::PASS] {
        assert!(!dump.contains(secret), "{secret} in clear in a dump");
    }
    psql_ok(&url, "CHECKPOINT");
    // This database's files and the write-ahead log (where a value reaches the disk first).
    let data = psql_ok(&url, "SHOW data_directory");
    let oid = psql_ok(&url, "SELECT oid FROM pg_database WHERE datname = current_database()");
    let data = std::path::Path::new(data.trim());
    let places = [data.join("base").join(oid.trim()), data.join("pg_wal")];
    let holding = |needle: &str| -> Vec<std::path::PathBuf> {
        places.iter().flat_map(|p| files_holding(p, needle.as_bytes())).collect()
    };
    assert!(!holding("visit").is_empty(), "the control: {places:?}");
    for secret in ["МАРКЕР", "markerperson"] {
        let found = holding(secret);
        assert!(found.is_empty(), "{secret} in clear in {found:?}");
    }
}

#[test]
fn an_import_into_the_server_is_all_rows_or_none_and_numbers_stay_gapless() {
    let Some((_turn, url, mut e)) = office("kt_import") else { return };
    e.store = std::path::PathBuf::from(&url);
    e.add_record("1", "01.11.2026");
    // 12,000 rows (more than one COPY's worth) whose last is bad: none of them is kept.
    let mut csv = String::from("subject_id,event_date,type,result,follow_up_on\n");
    for n in 0..12_000 {
        csv.push_str(&format!(
            "{},2026-10-{:02},осмотр,здоров,2026-11-30\n",
            100 + n / 2,
            1 + n % 2
        ));
    }
    let good = e.file("good.csv", &csv);
    csv.push_str("999,2026-13-01,осмотр,здоров,\n");
    let bad = e.file("bad.csv", &csv);
    let r = e.run(&["import", bad.to_str().expect("utf-8"), "--kind", "record"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    let count = || psql_ok(&url, "SELECT count(*) FROM kabinet.records").trim().to_owned();
    assert_eq!(count(), "1", "nothing of a refused import is kept");
    // The good file: every row, numbered on from R-1; the follow-ups each later row answers
    // are closed, the others stay open; the next record gets the next number.
    let r = e.run(&["import", good.to_str().expect("utf-8"), "--kind", "record"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(count(), "12001");
    let ids = psql_ok(&url, "SELECT min(id), max(id), count(DISTINCT id) FROM kabinet.records");
    assert_eq!(ids.trim(), "1|12001|12001");
    let open = psql_ok(&url, "SELECT count(*) FROM kabinet.records WHERE follow_up_open");
    assert_eq!(open.trim(), "6000", "one open follow-up per subject: its later record");
    assert_eq!(e.add_record("2", "02.11.2026"), "R-12002");
    let v = e.run(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
    // The same file again: every row is a duplicate, found by its keyed hash; nothing added.
    let r =
        e.run(&["import", good.to_str().expect("utf-8"), "--kind", "record", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let summary: serde_json::Value = serde_json::from_str(&r.stdout).expect("json");
    assert_eq!((summary["added"].as_i64(), summary["duplicates"].as_i64()), (Some(0), Some(12000)));
    assert_eq!(count(), "12002");
}

#[test]
fn users_on_the_server_get_login_roles_and_row_level_security_keeps_them_to_their_kinds() {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_users");
    let e = Env::new();
    psql_ok(
        &url,
        "DROP ROLE IF EXISTS petrov; DROP ROLE IF EXISTS ivanova; DROP ROLE IF EXISTS sidorova",
    );
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
    let as_admin = |args: &[&str]| on_office(&e, &url, "ivanova", args);
    assert_eq!(as_admin(&crate::util::add_record_args("1", "20.11.2026")).code, 0);
    // A new editor who sees documents only: their slot, their login role in the editors' group,
    // their kinds for the server's row-level security — one transaction.
    let pass = e.file("petrov.pass", "пароль Петрова 2026\n");
    let r = as_admin(&[
        "user",
        "add",
        "petrov",
        "--role",
        "editor",
        "--kinds",
        "doc",
        "--new-passphrase-file",
        pass.to_str().expect("utf-8"),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("petrov is in kabinet_editor"), "{}", r.stdout);
    let member = psql_ok(
        &url,
        "SELECT pg_has_role('petrov', 'kabinet_editor', 'MEMBER'), \
        pg_has_role('petrov', 'kabinet_admin', 'MEMBER'), kinds FROM kabinet.members \
        WHERE login = 'petrov'",
    );
    assert_eq!(member.trim(), "t|f|{doc}");
    psql_ok(
        &url,
        "ALTER ROLE petrov PASSWORD 'вход-петрова'; ALTER ROLE ivanova PASSWORD 'вход-ивановой'",
    );
    let pgpass = e.file("pgpass", "*:*:*:petrov:вход-петрова\n*:*:*:ivanova:вход-ивановой\n");
    let _ = std::fs::set_permissions(&pgpass, std::os::unix::fs::PermissionsExt::from_mode(0o600));
    // Petrov at his own desk: his login, his passphrase.
    let petrov_url = as_role(&url, "petrov");
    let as_petrov = |args: &[&str]| {
        let mut all = vec!["--store", petrov_url.as_str(), "--user", "petrov"];
        all.extend_from_slice(args);
        e.run_with(&all, |c| {
            c.env("PGPASSFILE", &pgpass).env("KABINET_PASSPHRASE", "пароль Петрова 2026");
        })
    };
    let r = as_petrov(&crate::util::doc_args("Петров", "other", "1", "01.02.2020", &[]));
    assert_eq!((r.code, r.stdout.trim()), (0, "D-1"), "{}", r.stderr);
    assert_eq!(as_petrov(&["record", "list"]).code, 8, "not his kind");
    // The server itself hides the records from his login, and shows him his documents.
    let petrov_psql = |sql: &str| {
        Command::new("psql")
            .args([petrov_url.as_str(), "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
            .env("PGPASSFILE", &pgpass)
            .output()
            .expect("psql runs")
    };
    let seen = petrov_psql(
        "SELECT (SELECT count(*) FROM kabinet.records), \
        (SELECT count(*) FROM kabinet.docs)",
    );
    assert!(seen.status.success(), "{}", String::from_utf8_lossy(&seen.stderr));
    assert_eq!(String::from_utf8_lossy(&seen.stdout).trim(), "0|1");
    // A reader from now on: the server refuses his writes.
    let r = as_admin(&["user", "role", "petrov", "reader"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let out = petrov_psql("DELETE FROM kabinet.docs");
    assert!(String::from_utf8_lossy(&out.stderr).contains("permission denied"));
    // His own new passphrase, on the server: the old one opens nothing any more.
    let new = e.file("petrov.new", "новый пароль Петрова 2026\n");
    let r = as_petrov(&["passwd", "--new-passphrase-file", new.to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(as_petrov(&["doc", "list"]).code, 3, "the old passphrase");
    // Removed: his slot is gone and the server refuses his login's reads.
    let r = as_admin(&["user", "remove", "petrov", "--yes"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("the server refuses it"), "{}", r.stdout);
    let r = e.run_with(&["--store", petrov_url.as_str(), "--user", "petrov", "doc", "list"], |c| {
        c.env("PGPASSFILE", &pgpass).env("KABINET_PASSPHRASE", "новый пароль Петрова 2026");
    });
    assert_eq!(r.code, 8, "{}", r.stderr);
    // An admin whose server role may not make roles: the slot is added, and the one line the
    // DBA must run is printed.
    let ivanova_url = as_role(&url, "ivanova");
    let r = e.run_with(
        &[
            "--store",
            &ivanova_url,
            "--user",
            "ivanova",
            "user",
            "add",
            "sidorova",
            "--role",
            "reader",
            "--new-passphrase-file",
            pass.to_str().expect("utf-8"),
        ],
        |c| {
            c.env("PGPASSFILE", &pgpass);
        },
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("CREATE ROLE \"sidorova\" LOGIN IN ROLE kabinet_reader;"),
        "{}",
        r.stdout
    );
    let users = as_admin(&["user", "list"]);
    assert!(
        users.stdout.contains("sidorova") && !users.stdout.contains("petrov"),
        "{}",
        users.stdout
    );
    let v = as_admin(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
}

/// A CSV of `n` records for an import (two per subject, the first's follow-up answered by the
/// second).
fn records_csv(n: usize, prefix: &str) -> String {
    let mut csv = String::from("subject_id,event_date,type,result,follow_up_on\n");
    for i in 0..n {
        let day = 1 + i % 2;
        csv.push_str(&format!("{prefix}{},2026-10-{day:02},осмотр,здоров,2026-11-30\n", i / 2));
    }
    csv
}

#[test]
fn thirty_two_clerks_add_while_one_imports_and_nothing_is_lost_doubled_or_out_of_order() {
    let Some((_turn, url, mut e)) = office("kt_load") else { return };
    e.store = std::path::PathBuf::from(&url);
    let rows = 100_000;
    let file = e.file("big.csv", &records_csv(rows, "imp-"));
    let seconds = 30;
    let start = std::time::Instant::now();
    let e = &e;
    let (import, clerks) = std::thread::scope(|scope| {
        let import = scope.spawn(|| {
            let began = std::time::Instant::now();
            let r = e.run(&["import", file.to_str().expect("utf-8"), "--kind", "record"]);
            (r, began.elapsed())
        });
        let clerks: Vec<_> = (0..32)
            .map(|clerk| {
                scope.spawn(move || {
                    // Each clerk's adds, with how long each took.
                    let mut done: Vec<(String, std::time::Duration)> = Vec::new();
                    let mut n = 0;
                    while start.elapsed().as_secs() < seconds {
                        n += 1;
                        let subject = format!("c{clerk}-{n}");
                        let began = std::time::Instant::now();
                        let r = e.run(&crate::util::add_record_args(&subject, "20.11.2026"));
                        assert_eq!(r.code, 0, "clerk {clerk}: {}", r.stderr);
                        done.push((r.stdout.trim().to_owned(), began.elapsed()));
                    }
                    done
                })
            })
            .collect();
        let clerks: Vec<_> = clerks.into_iter().map(|c| c.join().expect("clerk")).collect();
        (import.join().expect("import"), clerks)
    });
    let (r, import_took) = import;
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Every clerk's latency, for the record (BENCHMARKS.md has the release build's).
    let mut all: Vec<std::time::Duration> = Vec::new();
    for (clerk, adds) in clerks.iter().enumerate() {
        let mut took: Vec<_> = adds.iter().map(|(_, t)| *t).collect();
        took.sort();
        let median = took.get(took.len() / 2).copied().unwrap_or_default();
        let max = took.last().copied().unwrap_or_default();
        eprintln!("clerk {clerk}: {} adds, median {median:?}, max {max:?}", took.len());
        assert!(!took.is_empty(), "clerk {clerk} added nothing");
        all.extend(took);
    }
    eprintln!("import of {rows} rows: {import_took:?}; {} adds by 32 clerks", all.len());
    // Nothing lost or doubled: every add's number is its own, the import's rows are all there,
    // the numbers run from 1 without a gap, and the chain holds.
    let added: std::collections::BTreeSet<&str> =
        clerks.iter().flatten().map(|(id, _)| id.as_str()).collect();
    assert_eq!(added.len(), all.len(), "two clerks were given one number");
    let total = rows + all.len();
    let ids =
        psql_ok(&url, "SELECT count(*), count(DISTINCT id), min(id), max(id) FROM kabinet.records");
    assert_eq!(ids.trim(), format!("{total}|{total}|1|{total}"));
    let log = psql_ok(&url, "SELECT count(*), max(seq) FROM kabinet.audit");
    let entries = 1 + 1 + all.len(); // the first, the import's, each add's
    assert_eq!(log.trim(), format!("{entries}|{entries}"));
    let v = e.run(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
}

#[test]
fn a_server_restarted_mid_import_or_add_keeps_nothing_half_written_and_the_next_command_works() {
    let Some(admin) = server() else { return };
    if crate::util::backend_server().is_some() {
        eprintln!("local store only: restarting the server would cut every other test's office");
        return;
    }
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_restart");
    let mut e = Env::new();
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
    e.store = std::path::PathBuf::from(&url);
    e.add_record("1", "01.11.2026");
    let data = psql_ok(&url, "SHOW data_directory").trim().to_owned();
    let bin =
        psql_ok(&url, "SELECT setting FROM pg_config WHERE name = 'BINDIR'").trim().to_owned();
    let restart = || {
        let owner = std::fs::metadata(&data).map(|m| std::os::unix::fs::MetadataExt::uid(&m));
        let pg_ctl = format!("{bin}/pg_ctl");
        // The new server's output goes nowhere: it would hold this process's pipes open.
        let args = ["-D", data.as_str(), "-l", "/dev/null", "restart", "-m", "fast", "-w"];
        let mut c = if owner.ok() != Some(nix_uid()) {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--", &pg_ctl]);
            c
        } else {
            Command::new(&pg_ctl)
        };
        let status = c
            .args(args)
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .status()
            .expect("pg_ctl runs");
        assert!(status.success(), "pg_ctl restart");
    };
    // In the middle of an import of 200,000 rows (its rows being sent): all or none of them.
    let file = e.file("big.csv", &records_csv(200_000, "imp-"));
    let child = e
        .cmd()
        .args(["import", file.to_str().expect("utf-8"), "--kind", "record"])
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(1500));
    restart();
    let out = child.wait_with_output().expect("wait");
    let stderr = String::from_utf8_lossy(&out.stderr);
    let count = || psql_ok(&url, "SELECT count(*) FROM kabinet.records").trim().parse::<usize>();
    match out.status.code() {
        Some(0) => assert_eq!(count(), Ok(200_001), "finished before the restart"),
        Some(6) => {
            assert!(stderr.contains("does not answer"), "{stderr}");
            assert_eq!(count(), Ok(1), "nothing of it kept");
        }
        other => panic!("import: exit {other:?}: {stderr}"),
    }
    // In the middle of adds: each one is kept whole or not at all, numbers stay gapless.
    let before = count().expect("count");
    let results = std::thread::scope(|scope| {
        let adders: Vec<_> = (0..4)
            .map(|a| {
                let e = &e;
                scope.spawn(move || {
                    (0..12)
                        .map(|n| {
                            let r = e.run(&crate::util::add_record_args(
                                &format!("r{a}-{n}"),
                                "03.11.2026",
                            ));
                            assert!(r.code == 0 || r.code == 6, "{}: {}", r.code, r.stderr);
                            r.code
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        std::thread::sleep(std::time::Duration::from_millis(800));
        restart();
        adders.into_iter().flat_map(|a| a.join().expect("adder")).collect::<Vec<_>>()
    });
    let ok = results.iter().filter(|c| **c == 0).count();
    let after = count().expect("count") - before;
    // An add cut off after its commit reached the server is kept though it said exit 6.
    assert!(ok <= after && after <= results.len(), "{ok} succeeded, {after} kept");
    let ids = psql_ok(&url, "SELECT count(DISTINCT id) = max(id) FROM kabinet.records");
    assert_eq!(ids.trim(), "t", "numbers without a gap");
    // The next command works, and the log is whole.
    assert!(e.add_record("2", "02.11.2026").starts_with("R-"));
    let v = e.run(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
}

/// This process's user ID.
fn nix_uid() -> u32 {
    std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m)).unwrap_or(0)
}

#[test]
fn push_moves_a_local_store_into_an_office_whole_goes_on_after_an_interruption_and_twice_changes_nothing()
 {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_push");
    let e = Env::new();
    e.ok(&["--user", "ivanova", "init"]);
    // A local store with every kind, history rows, an attachment, a deleted record, and 4,000
    // imported records (enough for a push to be cut off midway).
    for (subject, day) in [("1", "01.11.2026"), ("2", "02.11.2026"), ("3", "03.11.2026")] {
        e.add_record(subject, day);
    }
    e.ok(&["record", "delete", "R-3", "--yes"]);
    let big = e.file("big.csv", &records_csv(4_000, "big-"));
    e.ok(&["import", big.to_str().expect("utf-8"), "--kind", "record"]);
    e.ok(&crate::util::doc_args(
        "Иванова",
        "other",
        "77",
        "01.02.2020",
        &["--expires", "01.12.2026"],
    ));
    let scan = e.file("скан.pdf", "%PDF-1.4\nскан\n%%EOF\n");
    e.ok(&["attach", "D-1", scan.to_str().expect("utf-8")]);
    e.add_appt("МФЦ", "паспорт", "05.12.2026 10:00", &[]);
    e.ok(&["appt", "reschedule", "A-1", "--at", "06.12.2026 11:00"]);
    e.ok(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]);
    e.ok(&["obligation", "done", "O-1"]);
    e.add_application("Петров", &[]);
    e.ok(&["application", "status", "Z-1", "rejected", "--reason", "нет справки"]);
    // A reminder sent from the local store (the document expires within its lead time).
    let sent = e.path().join("sent.jsonl");
    let cfg = e.file(
        "notify.toml",
        &format!(
            "[notify]\ncommand = \"sh -c 'cat >> {}; echo >> {}'\"\n",
            sent.display(),
            sent.display()
        ),
    );
    let notify = |args: &[&str]| {
        e.run_with(args, |c| {
            c.env("KABINET_CONFIG", &cfg).env("KABINET_NOW", "2026-11-22T12:00:00");
        })
    };
    let r = notify(&["notify"]);
    assert!(r.stdout.contains("sent 1"), "{}{}", r.stdout, r.stderr);
    let local_entries = e.ok(&["log", "--format", "json"]);
    let local_entries = serde_json::from_str::<serde_json::Value>(&local_entries).expect("json");
    let local_entries = local_entries.as_array().map_or(0, Vec::len);
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
    let push = || e.run(&["--user", "ivanova", "push", "--to", &url]);
    // Cut off midway (if it has not finished by then), then run again: all of it is there.
    let mut child = e
        .cmd()
        .args(["--user", "ivanova", "push", "--to", &url])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    std::thread::sleep(std::time::Duration::from_millis(700));
    let _ = child.kill();
    let _ = child.wait();
    let r = push();
    assert_eq!(r.code, 0, "{}", r.stderr);
    let n = psql_ok(&url, "SELECT count(*) FROM kabinet.records").trim().to_owned();
    assert_eq!(n, "4002", "R-1, R-2 and the import's");
    let carried = psql_ok(
        &url,
        "SELECT count(*), count(DISTINCT origin::jsonb ->> 'seq') \
        FROM kabinet.audit WHERE origin IS NOT NULL",
    );
    assert_eq!(carried.trim(), format!("{local_entries}|{local_entries}"), "each entry once");
    // Everything is in the office as it was, under its own number.
    let on = |args: &[&str]| on_office(&e, &url, "ivanova", args);
    let r1 = on(&["record", "show", "R-1", "--format", "json"]);
    let r1: serde_json::Value = serde_json::from_str(&r1.stdout).expect("json");
    assert_eq!(r1["subject_id"], "1");
    assert_eq!(on(&["record", "show", "R-3"]).code, 6, "deleted before the push");
    let appt = on(&["appt", "show", "A-1"]);
    assert!(appt.stdout.contains("2026-12-05 10:00"), "its move is kept: {}", appt.stdout);
    assert!(on(&["application", "show", "Z-1"]).stdout.contains("нет справки"));
    let got = e.path().join("back.pdf");
    assert_eq!(on(&["extract", "D-1", "1", "-o", got.to_str().expect("utf-8")]).code, 0);
    assert_eq!(std::fs::read(&got).expect("read"), std::fs::read(&scan).expect("read"));
    let history = on(&["history", "R-1"]);
    assert!(history.stdout.contains("add"), "the carried log: {}", history.stdout);
    let v = on(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
    // The reminder sent before the push is in the office's delivery log, and not sent again.
    let office = ["--store", url.as_str(), "--user", "ivanova"];
    let with_pass = |args: &[&str]| {
        e.run_with(&[&office[..], args].concat(), |c| {
            c.env("KABINET_PASSPHRASE", crate::util::PASS)
                .env("KABINET_CONFIG", &cfg)
                .env("KABINET_NOW", "2026-11-22T12:00:00");
        })
    };
    let log = with_pass(&["notify", "log", "--format", "json"]);
    assert!(log.stdout.contains("\"D-1\"") && log.stdout.contains("\"sent\""), "{}", log.stdout);
    let r = with_pass(&["notify"]);
    assert!(r.stdout.contains("sent 0"), "{}{}", r.stdout, r.stderr);
    assert_eq!(std::fs::read_to_string(&sent).expect("sent").lines().count(), 1, "once");
    // The carried entries keep their originals' HMACs and signatures.
    let kept = psql_ok(
        &url,
        "SELECT count(*) FROM kabinet.audit WHERE origin::jsonb ? 'sig' AND origin::jsonb ? 'mac'",
    );
    assert_eq!(kept.trim(), local_entries.to_string());
    // Twice: nothing changes.
    let r = push();
    assert!(r.stdout.contains("0 item(s) added (4006 already there), 0 log entr"), "{}", r.stdout);
    // Numbers go on past the store's (R-3 was given once, and the import's after it).
    let r = on(&crate::util::add_record_args("4", "04.11.2026"));
    assert_eq!(r.stdout.trim(), "R-4004", "{}", r.stderr);
    // The office's backup carries the carried entries again, each original kept inside.
    let copy = e.path().join("после переноса.db");
    let r = on(&["backup", copy.to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let v = e.run(&["--store", copy.to_str().expect("utf-8"), "--user", "ivanova", "verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
    assert!(v.stdout.contains("4003 records"), "{}", v.stdout);
    let copied = ["--store", copy.to_str().expect("utf-8"), "--user", "ivanova"];
    let log = e.run(&[&copied[..], &["notify", "log", "--format", "json"]].concat());
    assert!(log.stdout.contains("\"D-1\""), "the copy's delivery log: {}", log.stdout);
    // A carried entry's original, changed on the server: named.
    psql_ok(
        &url,
        "UPDATE kabinet.audit SET origin = replace(origin, '\"seq\":2', '\"seq\":9') \
        WHERE origin IS NOT NULL",
    );
    assert_eq!(on(&["verify"]).code, 4);
}

#[test]
fn backup_of_an_office_is_a_local_store_its_users_open_and_an_inspector_verifies() {
    let Some((_turn, url, e)) = office("kt_backup") else { return };
    let on = |args: &[&str]| on_office(&e, &url, "ivanova", args);
    // Every kind, with history rows, a deletion, an attachment and a reader.
    for (subject, day) in [("1", "01.11.2026"), ("2", "02.11.2026"), ("3", "03.11.2026")] {
        assert_eq!(on(&crate::util::add_record_args(subject, day)).code, 0);
    }
    assert_eq!(on(&["record", "delete", "R-2", "--yes"]).code, 0);
    let doc = crate::util::doc_args("Иванова", "other", "77", "01.02.2020", &[]);
    assert_eq!(on(&doc).code, 0);
    let scan = e.file("скан.pdf", "%PDF-1.4\nскан\n%%EOF\n");
    assert_eq!(on(&["attach", "D-1", scan.to_str().expect("utf-8")]).code, 0);
    let appt = ["appt", "add", "--institution", "МФЦ", "--service", "паспорт"];
    assert_eq!(on(&[&appt[..], &["--at", "15.12.2026 10:00"]].concat()).code, 0);
    assert_eq!(on(&["appt", "reschedule", "A-1", "--at", "16.12.2026 11:00"]).code, 0);
    assert_eq!(
        on(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]).code,
        0
    );
    assert_eq!(on(&["obligation", "done", "O-1"]).code, 0);
    let app = ["application", "add", "--applicant", "Петров", "--agency", "МВД", "--service"];
    let r = on(&[&app[..], &["паспорт", "--submitted", "20.11.2026"]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        on(&["application", "status", "Z-1", "rejected", "--reason", "нет справки"]).code,
        0
    );
    let pass = e.file("inspektor.pass", "пароль инспектора 2026\n");
    let inspektor = [
        "user",
        "add",
        "inspektor",
        "--role",
        "reader",
        "--new-passphrase-file",
        pass.to_str().expect("utf-8"),
    ];
    assert_eq!(on(&inspektor).code, 0);
    // A reader may not copy the office (its whole log, re-signed): exit 8, nothing written.
    let dir = e.path().join("копии");
    std::fs::create_dir(&dir).expect("mkdir");
    let as_inspektor =
        |args: &[&str]| on_office_with(&e, &url, "inspektor", "пароль инспектора 2026", args);
    assert_eq!(as_inspektor(&["backup", dir.to_str().expect("utf-8")]).code, 8);
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 0);
    // The admin's backup into a directory: one store and its key file, named by the time.
    let r = on(&["backup", dir.to_str().expect("utf-8")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("dir")
        .map(|f| f.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(names[0].starts_with("kabinet-") && names[0].ends_with(".db"), "{names:?}");
    assert_eq!(names[1], format!("{}.keys", names[0]));
    let copy = dir.join(&names[0]);
    let copy = copy.to_str().expect("utf-8");
    // An inspector (the office's reader) opens it with her own passphrase, no server at all.
    let local =
        |args: &[&str]| on_office_with(&e, copy, "inspektor", "пароль инспектора 2026", args);
    let v = local(&["verify"]);
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
    assert!(
        v.stdout.contains(
            "2 records, 1 documents, 1 appointments, 1 obligations, 1 applications, 1 attachments"
        ),
        "{}",
        v.stdout
    );
    // Everything as in the office, under the same numbers.
    for (args, marker) in [
        (vec!["record", "show", "R-3"], "2026-11-03"),
        (vec!["appt", "show", "A-1"], "2026-12-15 10:00"),
        (vec!["application", "show", "Z-1"], "нет справки"),
        (vec!["history", "R-2"], "delete"),
    ] {
        let r = local(&args);
        assert!(r.stdout.contains(marker), "{args:?}: {}{}", r.stdout, r.stderr);
    }
    let got = e.path().join("back.pdf");
    assert_eq!(local(&["extract", "D-1", "1", "-o", got.to_str().expect("utf-8")]).code, 0);
    assert_eq!(std::fs::read(&got).expect("read"), std::fs::read(&scan).expect("read"));
    let office_log = on(&["log", "--format", "json"]).stdout;
    let copy_log = local(&["log", "--format", "json"]).stdout;
    let n = |s: &str| {
        serde_json::from_str::<serde_json::Value>(s).expect("json").as_array().map_or(0, Vec::len)
    };
    assert_eq!(n(&copy_log), n(&office_log) + 3, "its own beginning, signing, and the backup");
    // Each carried entry says where it was in the office.
    let entries: serde_json::Value = serde_json::from_str(&copy_log).expect("json");
    let carried =
        entries.as_array().map_or(0, |a| a.iter().filter(|e| e["origin"]["seq"].is_i64()).count());
    assert_eq!(carried, n(&office_log));
    assert!(local(&["log"]).stdout.contains("(carried: entry 1 of "), "the table says so too");
    // The copy's numbers go on after the office's (R-2 was given once).
    let r = e.run(
        &[
            &["--store", copy, "--user", "ivanova"][..],
            &crate::util::add_record_args("4", "04.11.2026"),
        ]
        .concat(),
    );
    assert_eq!(r.stdout.trim(), "R-4", "{}", r.stderr);
    // A carried entry's original changed in the copy afterwards: its chain says so.
    let c =
        crate::util::keyed_conn_of(std::path::Path::new(copy), Some("ivanova"), crate::util::PASS);
    c.execute_batch("UPDATE audit SET origin = replace(origin, '\"seq\":4', '\"seq\":5')")
        .expect("tamper");
    drop(c);
    let r = local(&["verify"]);
    assert_eq!(r.code, 4, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("altered"), "{}", r.stderr);
    // A copy is not put back over an office (its log is insert-only): exit 2, nothing written
    // anywhere (not a file named after the URL either).
    let r = e.run_with(&["--store", url.as_str(), "--user", "ivanova", "restore", copy], |c| {
        c.current_dir(e.path());
    });
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("push --to"), "{}", r.stderr);
    assert!(!e.path().join("postgresql:").exists());
    // A history row's value in clear changed on the server — a reschedule's new time, a
    // completion's date, a change's status — is named by its seal, and each back again holds.
    assert_eq!(on(&["verify"]).code, 0);
    let tamper = [
        ("appt_moves", "new_at = new_at + interval '1 hour'", "A-1, a reschedule"),
        ("obligation_done", "done_at = done_at - interval '1 day'", "O-1, a completion"),
        ("application_changes", "to_status = 'issued'", "Z-1, a change of status"),
    ];
    for (table, change, named) in tamper {
        psql_ok(&url, &format!("CREATE TABLE kept AS SELECT * FROM kabinet.{table}"));
        psql_ok(&url, &format!("UPDATE kabinet.{table} SET {change}"));
        let r = on(&["verify"]);
        assert_eq!(r.code, 4, "{table}: {}{}", r.stdout, r.stderr);
        assert!(r.stderr.contains(&format!("{named}: changed outside kabinet")), "{}", r.stderr);
        psql_ok(
            &url,
            &format!(
                "DELETE FROM kabinet.{table}; INSERT INTO kabinet.{table} SELECT * FROM kept; \
                 DROP TABLE kept"
            ),
        );
        assert_eq!(on(&["verify"]).code, 0, "{table} as it was");
    }
    // A reschedule removed on the server: its count against the log says so.
    psql_ok(&url, "DELETE FROM kabinet.appt_moves");
    let r = on(&["verify"]);
    assert_eq!(r.code, 4, "{}{}", r.stdout, r.stderr);
    assert!(r.stderr.contains("A-1"), "{}", r.stderr);
    // An office whose log was changed on the server is not copied (a copy would hide it).
    psql_ok(&url, "UPDATE kabinet.audit SET who = 'кто-то' WHERE seq = 3");
    let again = e.path().join("вторая.db");
    let r = on(&["backup", again.to_str().expect("utf-8")]);
    assert_eq!(r.code, 4, "{}{}", r.stdout, r.stderr);
    assert!(!again.exists() && !e.path().join("вторая.db.keys").exists());
    let leftovers = std::fs::read_dir(e.path())
        .expect("dir")
        .filter(|f| {
            f.as_ref().is_ok_and(|f| f.file_name().to_string_lossy().starts_with(".kabinet-backup"))
        })
        .count();
    assert_eq!(leftovers, 0);
}

#[test]
fn the_recovery_key_sets_a_new_passphrase_on_an_office_and_the_log_says_who_did() {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_recover");
    let e = Env::new();
    let r = server_init(&e, &url, "МФЦ");
    assert_eq!(r.code, 0, "{}", r.stderr);
    let line = r.stdout.lines().skip_while(|l| !l.starts_with("Recovery key")).nth(1);
    let code = e.file("ключ.txt", line.expect("a recovery key line").trim());
    let new = e.file("новый.txt", "новый пароль Ивановой\n");
    let on = |args: &[&str], pass: &str| on_office_with(&e, &url, "ivanova", pass, args);
    assert_eq!(on(&crate::util::add_record_args("1", "20.11.2026"), crate::util::PASS).code, 0);
    let recover = |key: &std::path::Path| {
        on(
            &[
                "user",
                "recover",
                "--recovery-key-file",
                key.to_str().expect("utf-8"),
                "--new-passphrase-file",
                new.to_str().expect("utf-8"),
            ],
            "",
        )
    };
    // A wrong key is exit 3 and changes nothing.
    let wrong = e.file("чужой.txt", "E6YMG-GJ5N3-PJ2HF-F2A3G-BGGVT-DR8FC");
    assert_eq!(recover(&wrong).code, 3);
    assert_eq!(on(&["record", "list"], crate::util::PASS).code, 0);
    let r = recover(&code);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(on(&["record", "list"], crate::util::PASS).code, 3, "the old passphrase is gone");
    let r = on(&["record", "list"], "новый пароль Ивановой");
    assert_eq!(r.code, 0, "{}", r.stderr);
    // The log: set by the recovery key (naming no user), then her new key signs.
    assert_eq!(
        on(&crate::util::add_record_args("2", "20.11.2026"), "новый пароль Ивановой").code,
        0
    );
    let log = on(&["log", "--format", "json"], "новый пароль Ивановой").stdout;
    assert!(log.contains("\"action\": \"recover\""), "{log}");
    let v = on(&["verify"], "новый пароль Ивановой");
    assert_eq!(v.code, 0, "{}{}", v.stdout, v.stderr);
}

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

fn server_init(e: &Env, url: &str, office: &str) -> crate::util::Run {
    e.run(&["--user", "ivanova", "server", "init", url, "--office", office])
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
    let r = e.run(&["--store", &north, "--user", "ivanova", "doc", "list"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("does not work on an office server yet"), "{}", r.stderr);
    let r = e.run(&["--store", &url, "init"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("is an office server"), "{}", r.stderr);
}

#[test]
fn records_kept_on_the_server_are_sealed_numbered_without_gaps_and_verified_there() {
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_records");
    let e = Env::new();
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
    let on = |args: &[&str]| {
        let mut all = vec!["--store", url.as_str(), "--user", "ivanova"];
        all.extend_from_slice(args);
        e.run(&all)
    };
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
    let r = on(&["verify"]);
    assert_eq!(r.code, 4, "{}{}", r.stdout, r.stderr);
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
    let Some(admin) = server() else { return };
    let _turn = SERVER.lock().unwrap_or_else(|p| p.into_inner());
    let url = fresh_db(&admin, "kt_grants");
    let e = Env::new();
    assert_eq!(server_init(&e, &url, "МФЦ").code, 0);
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
        "UPDATE kabinet.keys SET slots = slots",
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

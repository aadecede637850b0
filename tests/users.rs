//! Users and their keys: the key file beside the store, who unlocks, the recovery key, a new
//! passphrase and a new key, backups carrying the key file.

use std::process::Stdio;
use std::time::Duration;

use crate::util::{Env, PASS, ids, keys_of};

/// The recovery key `init` printed.
fn recovery_key(init_out: &str) -> String {
    let line = init_out.lines().skip_while(|l| !l.starts_with("Recovery key")).nth(1);
    line.expect("a recovery key line").trim().to_owned()
}

fn init_as(e: &Env, user: &str) -> String {
    let r = e.run_with(&["init", "--user", user], |_| {});
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

#[test]
fn init_makes_the_first_admin_and_prints_a_recovery_key_once() {
    let e = Env::new();
    let out = init_as(&e, "ivanova");
    assert!(out.contains("Its first user: ivanova (admin)"), "{out}");
    let code = recovery_key(&out);
    assert_eq!(code.len(), 35, "six groups of five: {code}");
    assert_eq!(code.matches('-').count(), 5, "{code}");
    let users = e.json(&["user", "list"]);
    assert_eq!(users.as_array().map(Vec::len), Some(1));
    assert_eq!(
        (users[0]["name"].as_str(), users[0]["role"].as_str()),
        (Some("ivanova"), Some("admin"))
    );
    // The key file holds no secret in clear: not the passphrase, not the recovery key.
    let keys = std::fs::read_to_string(keys_of(&e.store)).expect("key file");
    assert!(
        !keys.contains(PASS) && !keys.contains(&code) && !keys.contains(&code.replace('-', ""))
    );
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(keys_of(&e.store)).expect("meta").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    // Who is unlocking: the only user, or named; an unknown name is exit 2 naming the users.
    e.ok(&["record", "list"]);
    e.ok(&["--user", "ivanova", "record", "list"]);
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_USER", "petrov");
    });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no user petrov in this store; its users: ivanova"), "{}", r.stderr);
    let ru = e.run(&["--lang", "ru", "user", "list"]);
    assert!(ru.stdout.contains("администратор"), "{}", ru.stdout);
}

#[test]
fn the_recovery_sheet_is_a_printable_page_with_the_key() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::new();
    let sheet = e.path().join("safe.pdf");
    let r = e.run(&["init", "--user", "ivanova", "--recovery-sheet", sheet.to_str().expect("p")]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let t = crate::pdf::text(&sheet);
    assert!(t.contains(&recovery_key(&r.stdout)), "{t}");
    assert!(t.contains("kabinet user recover"), "{t}");
    // A sheet that cannot be written is refused before any store is made.
    let other = Env::new();
    let r = other.run(&["init", "--recovery-sheet", other.path().to_str().expect("p")]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!other.store.exists());
}

#[test]
fn the_recovery_key_sets_a_new_passphrase_and_a_new_one_replaces_it() {
    let e = Env::new();
    let code = recovery_key(&init_as(&e, "ivanova"));
    e.add_record("1", "20.11.2026");
    // Typed as read aloud: lower case, spaces for dashes.
    let typed = e.file("code.txt", &format!("{}\n", code.to_lowercase().replace('-', " ")));
    let new = e.file("new.txt", "совсем новый пароль\n");
    let recover = |code_file: &std::path::Path| {
        e.run(&[
            "user",
            "recover",
            "--recovery-key-file",
            code_file.to_str().expect("p"),
            "--new-passphrase-file",
            new.to_str().expect("p"),
        ])
    };
    let wrong = e.file("wrong.txt", "00000-00000-00000-00000-00000-00000\n");
    let r = recover(&wrong);
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("the recovery key does not open this store"), "{}", r.stderr);
    let r = recover(&e.file("short.txt", "ABC\n"));
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("that is not a recovery key"), "{}", r.stderr);
    e.ok(&["record", "list"]);
    let r = recover(&typed);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("ivanova has a new passphrase"), "{}", r.stdout);
    // The old passphrase opens nothing; the new one opens everything.
    e.fails(3, &["record", "list"]);
    let with_new = |args: &[&str]| {
        e.run_with(args, |c| {
            c.env("KABINET_PASSPHRASE", "совсем новый пароль");
        })
    };
    let r = with_new(&["record", "list", "--format", "json"]);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["R-1"]);
    assert_eq!(with_new(&["verify"]).code, 0);
    let log = with_new(&["log", "--format", "json"]).stdout;
    assert!(log.contains("\"recover\""), "{log}");
    // A new recovery key: the old one no longer opens the store.
    let r = with_new(&["user", "recovery-key"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let fresh = recovery_key(&r.stdout);
    assert_ne!(fresh, code);
    let r = recover(&typed);
    assert_eq!(r.code, 3, "{}", r.stderr);
    let r = recover(&e.file("fresh.txt", &format!("{fresh}\n")));
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn a_missing_or_altered_key_file_is_damage_named_before_any_passphrase_is_asked() {
    let e = Env::new();
    init_as(&e, "ivanova");
    let keys = keys_of(&e.store);
    let good = std::fs::read_to_string(&keys).expect("keys");
    std::fs::remove_file(&keys).expect("rm");
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains("kabinet.db.keys is missing"), "{}", r.stderr);
    assert!(!r.stderr.contains("passphrase"), "{}", r.stderr);
    // A role changed by hand: the table's seal no longer matches.
    std::fs::write(&keys, good.replace("\"admin\"", "\"reader\"")).expect("alter");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("changed outside kabinet"), "{}", r.stderr);
    std::fs::write(&keys, "{ not json").expect("garble");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("kabinet.db.keys is damaged"), "{}", r.stderr);
    // Another store's key file: damage, not a wrong passphrase.
    let other = Env::with_store();
    std::fs::copy(keys_of(&other.store), &keys).expect("foreign keys");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("belongs to another"), "{}", r.stderr);
    std::fs::write(&keys, &good).expect("put back");
    e.ok(&["verify"]);
}

#[test]
fn a_backup_carries_its_key_file_and_restores_with_it() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let bk = e.path().join("copy.db");
    e.ok(&["backup", bk.to_str().expect("p")]);
    assert!(keys_of(&bk).exists(), "the copy's key file beside it");
    e.add_record("2", "20.11.2026");
    e.ok(&["-y", "restore", bk.to_str().expect("p")]);
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
    e.ok(&["verify"]);
    // A restore that fails leaves no working key file behind.
    let leftovers = |dir: &std::path::Path| {
        std::fs::read_dir(dir)
            .expect("ls")
            .flatten()
            .filter(|f| f.file_name().to_string_lossy().contains("restore"))
            .count()
    };
    let r = e.run_with(&["-y", "restore", bk.to_str().expect("p")], |c| {
        c.env("KABINET_PASSPHRASE", "not the passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(leftovers(e.store.parent().expect("dir")), 0);
}

#[test]
fn rekey_changes_the_key_and_an_old_key_file_opens_nothing_new() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let old_keys = std::fs::read(keys_of(&e.store)).expect("keys");
    let old_salt = std::fs::read(&e.store).expect("store")[..16].to_vec();
    let said = e.ok(&["rekey"]);
    assert!(said.contains("encrypted under a new key"), "{said}");
    assert_ne!(std::fs::read(&e.store).expect("store")[..16].to_vec(), old_salt);
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
    e.ok(&["verify"]);
    // Someone who kept the old key file and the passphrase cannot open the store now.
    std::fs::write(keys_of(&e.store), &old_keys).expect("old keys");
    e.fails(4, &["record", "list"]);
}

#[test]
fn rekey_killed_at_any_moment_leaves_a_store_that_every_user_opens_and_verifies() {
    let e = office();
    let admin = |args: &[&str]| as_user(&e, "ivanova", PASS, args);
    for i in 0..5 {
        let subject = format!("{i}");
        let add = crate::util::add_record_args(&subject, "20.11.2026");
        assert_eq!(admin(&add).code, 0);
    }
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for round in 0..12 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let wait = Duration::from_millis(x % 500);
        let mut child = e
            .cmd()
            .env("KABINET_USER", "ivanova")
            .arg("rekey")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(wait);
        let _ = child.kill();
        let _ = child.wait();
        for (user, pass) in
            [("ivanova", PASS), ("petrov", "пароль петрова"), ("sidorova", "пароль сидоровой")]
        {
            let r = as_user(&e, user, pass, &["record", "list", "--format", "json"]);
            assert_eq!(r.code, 0, "round {round} (killed after {wait:?}), {user}: {}", r.stderr);
            assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")).len(), 5);
        }
        let v = admin(&["verify"]);
        assert_eq!(v.code, 0, "round {round}: {}", v.stderr);
    }
}

/// Runs `args` as `user` with `pass`.
fn as_user(e: &Env, user: &str, pass: &str, args: &[&str]) -> crate::util::Run {
    e.run_with(args, |c| {
        c.env("KABINET_USER", user).env("KABINET_PASSPHRASE", pass);
    })
}

/// A store with three users: ivanova (admin, the default passphrase), petrov (editor) and
/// sidorova (reader).
fn office() -> Env {
    let e = Env::new();
    init_as(&e, "ivanova");
    for (name, role, pass) in
        [("petrov", "editor", "пароль петрова"), ("sidorova", "reader", "пароль сидоровой")]
    {
        let r = e.run_with(&["--user", "ivanova", "user", "add", name, "--role", role], |c| {
            c.env("KABINET_NEW_PASSPHRASE", pass);
        });
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
    e
}

#[test]
fn three_users_with_three_roles_do_what_their_role_allows_and_nothing_else() {
    let e = office();
    let users = e.json(&["--user", "ivanova", "user", "list"]);
    let roles: Vec<(String, String)> = users
        .as_array()
        .expect("users")
        .iter()
        .map(|u| (u["name"].as_str().unwrap_or("").into(), u["role"].as_str().unwrap_or("").into()))
        .collect();
    assert_eq!(
        roles,
        [
            ("ivanova".into(), "admin".into()),
            ("petrov".into(), "editor".into()),
            ("sidorova".into(), "reader".into()),
        ]
    );
    // Several users and no --user: exit 2 naming them, before any passphrase.
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("ivanova, petrov, sidorova"), "{}", r.stderr);
    // Each unlocks with their own passphrase only.
    assert_eq!(as_user(&e, "petrov", PASS, &["record", "list"]).code, 3);
    let editor = |args: &[&str]| as_user(&e, "petrov", "пароль петрова", args);
    let reader = |args: &[&str]| as_user(&e, "sidorova", "пароль сидоровой", args);
    let add = crate::util::add_record_args("1", "20.11.2026");
    assert_eq!(editor(&add).code, 0);
    // The reader may read, never write: exit 8 naming the role and the command, nothing changed.
    let r = reader(&add);
    assert_eq!(r.code, 8, "{}", r.stderr);
    assert!(
        r.stderr.contains("sidorova is a reader, and a reader may not run `kabinet record add`"),
        "{}",
        r.stderr
    );
    assert_eq!(reader(&["record", "list", "--format", "json"]).code, 0);
    assert_eq!(
        ids(&serde_json::from_str(&reader(&["record", "list", "--format", "json"]).stdout)
            .expect("json")),
        ["R-1"]
    );
    assert_eq!(reader(&["deadlines", "--check"]).code, 0);
    assert_eq!(reader(&["verify"]).code, 0);
    assert_eq!(reader(&["-y", "record", "delete", "R-1"]).code, 8);
    // The editor changes items but not users or keys.
    let r = editor(&["user", "add", "x", "--role", "admin"]);
    assert_eq!(r.code, 8, "{}", r.stderr);
    assert_eq!(editor(&["rekey"]).code, 8);
    assert_eq!(editor(&["time-zone", "Asia/Yekaterinburg"]).code, 8);
    assert_eq!(editor(&["time-zone"]).code, 0, "reading the zone is reading");
    // Anyone changes their own passphrase.
    let r = as_user(&e, "sidorova", "пароль сидоровой", &["user", "passwd"]);
    assert_eq!(r.code, 3, "no new passphrase source: {}", r.stderr);
    let r = e.run_with(&["user", "passwd"], |c| {
        c.env("KABINET_USER", "sidorova")
            .env("KABINET_PASSPHRASE", "пароль сидоровой")
            .env("KABINET_NEW_PASSPHRASE", "новый пароль сидоровой");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(as_user(&e, "sidorova", "новый пароль сидоровой", &["record", "list"]).code, 0);
    // Every user still opens the store after that re-key.
    assert_eq!(editor(&["record", "list"]).code, 0);
    assert_eq!(as_user(&e, "ivanova", PASS, &["verify"]).code, 0);
    // User changes are logged, and every entry names the store's user beside the OS user.
    let log = as_user(&e, "ivanova", PASS, &["log", "--format", "json"]).stdout;
    assert!(log.contains("\"user add\""), "{log}");
    let mine = as_user(&e, "ivanova", PASS, &["log", "--by", "petrov", "--format", "json"]);
    let mine: serde_json::Value = serde_json::from_str(&mine.stdout).expect("json");
    let entries = mine.as_array().expect("entries");
    assert_eq!(entries.len(), 1, "petrov added R-1 and did nothing else: {mine}");
    assert_eq!(entries[0]["item"], "R-1");
    assert!(entries[0]["who"].as_str().is_some_and(|w| w.starts_with("petrov (")), "{mine}");
    let history = as_user(&e, "ivanova", PASS, &["history", "R-1"]).stdout;
    assert!(history.contains("petrov ("), "{history}");
}

#[test]
fn a_removed_user_is_locked_out_and_the_last_admin_stays() {
    let e = office();
    let admin = |args: &[&str]| as_user(&e, "ivanova", PASS, args);
    let editor = |args: &[&str]| as_user(&e, "petrov", "пароль петрова", args);
    // The last admin is neither demoted nor removed (exit 7).
    let r = admin(&["user", "role", "ivanova", "editor"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("last admin"), "{}", r.stderr);
    assert_eq!(admin(&["-y", "user", "remove", "ivanova"]).code, 7);
    assert_eq!(
        admin(&["user", "add", "petrov", "--role", "reader"]).code,
        7,
        "a name is taken once"
    );
    assert_eq!(admin(&["user", "role", "nobody", "reader"]).code, 2);
    // Keep a copy of the key file as petrov could have.
    let kept = std::fs::read(keys_of(&e.store)).expect("keys");
    let r = admin(&["-y", "user", "remove", "petrov"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Gone from the table: named as no such user; with the old key file: that key opens
    // nothing of the re-keyed store.
    assert_eq!(editor(&["record", "list"]).code, 2);
    let now = std::fs::read(keys_of(&e.store)).expect("keys");
    std::fs::write(keys_of(&e.store), &kept).expect("old keys");
    assert_eq!(editor(&["record", "list"]).code, 4);
    std::fs::write(keys_of(&e.store), &now).expect("keys");
    assert_eq!(as_user(&e, "sidorova", "пароль сидоровой", &["record", "list"]).code, 0);
    // A role changed: the reader becomes an editor and may write.
    assert_eq!(admin(&["user", "role", "sidorova", "редактор"]).code, 0);
    let add = crate::util::add_record_args("1", "20.11.2026");
    assert_eq!(as_user(&e, "sidorova", "пароль сидоровой", &add).code, 0);
    assert_eq!(admin(&["verify"]).code, 0);
}

#[test]
fn a_reader_limited_to_documents_sees_no_record_anywhere() {
    let e = Env::new();
    init_as(&e, "ivanova");
    e.add_record("1001", "20.11.2026");
    e.ok(&["record", "edit", "R-1", "--follow-up", "25.11.2026"]);
    e.add_doc(
        "Иванова",
        "passport",
        "123456",
        "01.02.2016",
        &["--series", "4506", "--expires", "01.12.2026"],
    );
    let r = e.run_with(&["user", "add", "cron", "--role", "reader", "--kinds", "doc"], |c| {
        c.env("KABINET_NEW_PASSPHRASE", "пароль для cron");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let cron = |args: &[&str]| as_user(&e, "cron", "пароль для cron", args);
    let users = e.json(&["--user", "ivanova", "user", "list"]);
    assert_eq!(users[1]["kinds"], serde_json::json!(["doc"]));
    // Documents: yes.
    assert_eq!(
        ids(&serde_json::from_str(&cron(&["doc", "list", "--format", "json"]).stdout)
            .expect("json")),
        ["D-1"]
    );
    // Records: refused by name (exit 8), and left out of everything that gathers kinds.
    for args in [
        vec!["record", "list"],
        vec!["record", "show", "R-1"],
        vec!["history", "R-1"],
        vec!["attachments", "R-1"],
        vec!["export", "csv", "--kind", "record"],
        vec!["export", "pdf", "--receipt", "R-1", "-o", "/dev/null"],
        vec!["log", "--item", "R-1"],
    ] {
        let r = cron(&args);
        assert_eq!(r.code, 8, "{args:?}: {}", r.stderr);
        assert!(r.stderr.contains("cron may see only doc, not record"), "{args:?}: {}", r.stderr);
    }
    let due = cron(&["deadlines", "--within", "30d", "--format", "json"]);
    assert_eq!(due.code, 0, "{}", due.stderr);
    assert_eq!(
        ids(&serde_json::from_str(&due.stdout).expect("json")),
        ["D-1"],
        "no follow-up of R-1"
    );
    let log = cron(&["log", "--format", "json"]).stdout;
    assert!(!log.contains("R-1"), "{log}");
    let ics = cron(&["export", "ics", "--kind", "deadlines", "--within", "30d"]).stdout;
    assert!(!ics.contains("R-1") && ics.contains("D-1"), "{ics}");
    let check = cron(&["validate", "--format", "json"]).stdout;
    assert!(!check.contains("R-"), "{check}");
    // A reader still writes nothing, even of its kind.
    assert_eq!(cron(&["-y", "doc", "delete", "D-1"]).code, 8);
    // The admin widens it again.
    assert_eq!(
        as_user(&e, "ivanova", PASS, &["user", "role", "cron", "reader", "--all-kinds"]).code,
        0
    );
    assert_eq!(cron(&["record", "list"]).code, 0);
}

#[test]
fn a_format_9_store_of_before_users_keeps_every_item_and_its_log() {
    use kabinet::crypto::{self, KDF_VERSIONS, Passphrase, SALT_LEN};
    let e = Env::new();
    let pass = Passphrase::new(zeroize::Zeroizing::new(PASS.to_owned()));
    // Keyed as before users: Argon2id over the passphrase and the file's salt.
    let salt = [5u8; SALT_LEN];
    let key = crypto::derive_key(&pass, &salt, KDF_VERSIONS[0]).expect("derive");
    std::fs::create_dir_all(e.store.parent().expect("dir")).expect("mkdir");
    drop(kabinet::store::Store::create_with_key(&e.store, key, salt).expect("create"));
    e.add_record("1", "20.11.2026");
    e.add_doc("Иванова", "passport", "123456", "01.02.2016", &["--series", "4506"]);
    let log_before = e.json(&["log"]).as_array().map(Vec::len).expect("log");
    // Back to format 9: no applications yet, no key file.
    let c = crate::util::keyed_conn(&e);
    c.execute_batch(
        "DROP TABLE applications; DROP TABLE application_changes; \
         DELETE FROM meta WHERE key = 'key_file'; PRAGMA user_version = 9;",
    )
    .expect("downgrade");
    drop(c);
    std::fs::remove_file(keys_of(&e.store)).expect("no key file yet");
    let r = e.run(&["record", "list", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("from format 9 to 11"), "{}", r.stderr);
    assert!(r.stderr.contains("the store now has users"), "{}", r.stderr);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["R-1"]);
    assert_eq!(ids(&e.json(&["doc", "list"])), ["D-1"]);
    assert_eq!(e.json(&["log"]).as_array().map(Vec::len), Some(log_before));
    e.ok(&["verify"]);
    // Applications work in it now.
    let z = e.ok(&[
        "application",
        "add",
        "--applicant",
        "Иванова",
        "--agency",
        "МФЦ",
        "--service",
        "справка",
        "--submitted",
        "20.11.2026",
    ]);
    assert_eq!(z.trim(), "Z-1");
}

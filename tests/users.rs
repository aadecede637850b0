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
    // Each reset gave ivanova a new signing key, logged by the recovery key's signature: what
    // she signs with it from now on verifies, and so does all before.
    let add = crate::util::add_record_args("2", "20.11.2026");
    assert_eq!(with_new(&add).code, 0);
    let v: serde_json::Value =
        serde_json::from_str(&with_new(&["verify", "--format", "json"]).stdout).expect("json");
    assert_eq!(v["ok"], true, "{v}");
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
    local_only!(other);
    std::fs::copy(keys_of(&other.store), &keys).expect("foreign keys");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("belongs to another"), "{}", r.stderr);
    std::fs::write(&keys, &good).expect("put back");
    e.ok(&["verify"]);
}

#[test]
fn a_backup_carries_its_key_file_and_restores_with_it() {
    let e = Env::with_store();
    local_only!(e);
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
    local_only!(e);
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
    // Items added by a kabinet of before users (through the library, keyed as it was).
    let mut store = kabinet::store::Store::create_with_key(&e.store, key, salt).expect("create");
    let (env, actor) = crate::util::library_clerk("clerk@desk");
    for subject in ["1", "2"] {
        let d = crate::util::record_draft(subject);
        kabinet::app::records::add(&mut store, &env, &actor, &d, false).expect("add");
    }
    let log_before = store.read().log(None, None).expect("log").len();
    drop(store);
    // Back to format 9: no applications yet, no signatures.
    let c = crate::util::keyed_conn(&e);
    c.execute_batch(
        "DROP TABLE applications; DROP TABLE application_changes; \
         ALTER TABLE audit DROP COLUMN signer; ALTER TABLE audit DROP COLUMN sig; \
         PRAGMA user_version = 9;",
    )
    .expect("downgrade");
    drop(c);
    assert!(!keys_of(&e.store).exists(), "no key file before users");
    let r = e.run(&["record", "list", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("from format 9 to 15"), "{}", r.stderr);
    assert!(r.stderr.contains("the store now has users"), "{}", r.stderr);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["R-1", "R-2"]);
    // The log kept, and signing begun after it: the entries of before are told apart.
    let log = e.json(&["log"]);
    let actions: Vec<&str> =
        log.as_array().expect("log").iter().filter_map(|x| x["action"].as_str()).collect();
    assert_eq!(actions.len(), log_before + 1, "{actions:?}");
    assert_eq!(actions.last(), Some(&"users"));
    let v = e.json(&["verify"]);
    assert_eq!(v["ok"], true, "{v}");
    assert_eq!(v["signatures"]["before_signing"], log_before as i64, "{v}");
    assert_eq!(v["signatures"]["signed"], 1, "{v}");
    let r = e.run(&["verify"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.is_empty(), "the upgrade is said once: {}", r.stderr);
    // Applications work in it now.
    assert_eq!(e.add_application("Иванова", &[]), "Z-1");
}

/// Appends an entry to the log as another SQLCipher client holding the raw key would: chained
/// and sealed like kabinet's own (the seal key is inside the store), with no signature.
/// Returns its number and HMAC.
fn forge_entry(c: &rusqlite::Connection, who: &str, action: &str, item: &str) -> (i64, Vec<u8>) {
    crate::util::register_seal(c);
    let seq: i64 =
        c.query_row("SELECT max(seq) + 1 FROM audit", [], |r| r.get(0)).expect("next entry");
    let before = format!("{{\"id\": {}}}", item.trim_start_matches("R-"));
    c.execute(
        "INSERT INTO audit (seq, at, who, command, action, item, before, after, mac) \
         VALUES (?1, '2026-11-22T12:00:00', ?2, 'record delete', ?3, ?4, ?5, NULL, \
           kabinet_mac('audit', (SELECT mac FROM audit WHERE seq = ?1 - 1), ?1, \
             '2026-11-22T12:00:00', ?2, 'record delete', ?3, ?4, ?5, NULL))",
        rusqlite::params![seq, who, action, item, before],
    )
    .expect("forged entry");
    c.execute(
        "UPDATE meta SET value = (SELECT hex(kabinet_mac('head', seq, mac)) FROM audit \
         WHERE seq = ?1) WHERE key = 'audit_head'",
        [seq],
    )
    .expect("head");
    let mac = c.query_row("SELECT mac FROM audit WHERE seq = ?1", [seq], |r| r.get(0));
    (seq, mac.expect("mac"))
}

/// The signing key `user` opens with `pass`, from the key file as it is now.
fn signing_key(e: &Env, user: &str, pass: &str) -> kabinet::slots::SigningKey {
    let text = std::fs::read_to_string(keys_of(&e.store)).expect("key file");
    let table = kabinet::slots::Table::parse(&text).expect("table");
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(pass.to_owned()));
    table.unlock(user, &pass).expect("unlock").signing.expect("a signing key")
}

fn sign_entry(c: &rusqlite::Connection, seq: i64, mac: &[u8], key: &kabinet::slots::SigningKey) {
    let sig = key.sign(&kabinet::store::signed::message(mac));
    c.execute(
        "UPDATE audit SET signer = ?2, sig = ?3 WHERE seq = ?1",
        rusqlite::params![seq, &key.public()[..], &sig[..]],
    )
    .expect("signed");
}

#[test]
fn an_audit_entry_forged_with_the_raw_key_is_named_by_verify() {
    let e = office();
    let admin = |args: &[&str]| as_user(&e, "ivanova", PASS, args);
    let editor = |args: &[&str]| as_user(&e, "petrov", "пароль петрова", args);
    for subject in ["1", "2", "3"] {
        assert_eq!(editor(&crate::util::add_record_args(subject, "20.11.2026")).code, 0);
    }
    let v: serde_json::Value =
        serde_json::from_str(&admin(&["verify", "--format", "json"]).stdout).expect("json");
    assert_eq!(v["ok"], true, "{v}");
    let signers: Vec<&str> = v["signatures"]["signers"]
        .as_array()
        .expect("signers")
        .iter()
        .filter_map(|s| s["name"].as_str())
        .collect();
    assert_eq!(signers, ["ivanova", "petrov", "sidorova"]);
    // The reader holds the data key: with another SQLCipher client they delete R-2 and log it
    // as kabinet would, chain and seals whole. Without a signature it is named.
    let c = crate::util::keyed_conn_of(&e.store, Some("sidorova"), "пароль сидоровой");
    c.execute("DELETE FROM records WHERE id = 2", []).expect("delete");
    let (seq, mac) = forge_entry(&c, "sidorova (mallory@desk)", "delete", "R-2");
    let r = admin(&["verify"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(r.stderr.contains(&format!("entry {seq} is not signed")), "{}", r.stderr);
    assert!(!r.stderr.contains("HMAC"), "the chain itself is whole: {}", r.stderr);
    // Signed with the reader's own key: named, with the role that did not allow it.
    sign_entry(&c, seq, &mac, &signing_key(&e, "sidorova", "пароль сидоровой"));
    let r = admin(&["verify"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!(
            "entry {seq} (delete R-2) was made by sidorova, whose role (reader) did not allow it then"
        )),
        "{}",
        r.stderr
    );
    let r = as_user(&e, "ivanova", PASS, &["--lang", "ru", "verify"]);
    assert!(r.stderr.contains("чья роль (читатель) тогда этого не позволяла"), "{}", r.stderr);
    // Passed off as the editor's: it names petrov but is signed by sidorova.
    c.execute(
        "UPDATE audit SET who = 'petrov (mallory@desk)', \
         mac = kabinet_mac('audit', (SELECT mac FROM audit WHERE seq = ?1 - 1), seq, at, \
           'petrov (mallory@desk)', command, action, item, before, after) WHERE seq = ?1",
        [seq],
    )
    .expect("renamed");
    let mac: Vec<u8> =
        c.query_row("SELECT mac FROM audit WHERE seq = ?1", [seq], |r| r.get(0)).expect("mac");
    c.execute(
        "UPDATE meta SET value = (SELECT hex(kabinet_mac('head', seq, mac)) FROM audit \
         WHERE seq = ?1) WHERE key = 'audit_head'",
        [seq],
    )
    .expect("head");
    sign_entry(&c, seq, &mac, &signing_key(&e, "sidorova", "пароль сидоровой"));
    let r = admin(&["verify"]);
    assert!(
        r.stderr.contains(&format!("entry {seq} names petrov but is signed by sidorova")),
        "{}",
        r.stderr
    );
    // An entry changed after it was signed: its signature no longer matches.
    c.execute("UPDATE audit SET sig = zeroblob(64) WHERE seq = ?1", [seq]).expect("bad sig");
    let r = admin(&["verify"]);
    assert!(
        r.stderr.contains(&format!("the signature of entry {seq} does not match")),
        "{}",
        r.stderr
    );
    drop(c);
    // The entries kabinet made stay good: only the forged one is named (beside the trail's
    // head this machine saw, which the rewritten entry no longer matches).
    let v: serde_json::Value =
        serde_json::from_str(&admin(&["verify", "--format", "json"]).stdout).expect("json");
    let trail: Vec<&str> = v["problems"]
        .as_array()
        .expect("problems")
        .iter()
        .filter_map(|p| p.as_str())
        .filter(|p| p.starts_with("audit trail"))
        .collect();
    assert_eq!(trail.len(), 1, "{v}");
}

#[test]
fn a_removed_users_key_signs_nothing_new_and_a_role_raised_by_hand_is_named() {
    let e = office();
    let admin = |args: &[&str]| as_user(&e, "ivanova", PASS, args);
    assert_eq!(
        as_user(&e, "petrov", "пароль петрова", &crate::util::add_record_args("1", "20.11.2026"))
            .code,
        0
    );
    // Petrov's signing key, kept by him before he leaves.
    let kept = signing_key(&e, "petrov", "пароль петрова");
    assert_eq!(admin(&["-y", "user", "remove", "petrov"]).code, 0);
    assert_eq!(admin(&["verify"]).code, 0);
    // With the key he kept, and the data key of someone still there, an entry in his name.
    let c = crate::util::keyed_conn_of(&e.store, Some("sidorova"), "пароль сидоровой");
    c.execute("DELETE FROM records WHERE id = 1", []).expect("delete");
    let (seq, mac) = forge_entry(&c, "petrov (petrov@home)", "delete", "R-1");
    sign_entry(&c, seq, &mac, &kept);
    drop(c);
    let r = admin(&["verify"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    assert!(
        r.stderr.contains(&format!("entry {seq} is signed by a key petrov no longer had")),
        "{}",
        r.stderr
    );
    // The reader makes herself an admin in the key file: with the data key she holds, its
    // seal is hers to make. kabinet then lets her add a user, but the signed log says reader.
    let text = std::fs::read_to_string(keys_of(&e.store)).expect("key file");
    let mut table = kabinet::slots::Table::parse(&text).expect("table");
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new("пароль сидоровой".into()));
    let key = table.unlock("sidorova", &pass).expect("unlock").keys.remove(0);
    let admin_role = kabinet::slots::Role::Admin;
    table.set_role("sidorova", admin_role, None, &key, "2026-11-22T12:00:00").expect("raised");
    std::fs::write(keys_of(&e.store), table.to_text().expect("text")).expect("write");
    let r = e.run_with(&["user", "add", "mallory", "--role", "admin"], |c| {
        c.env("KABINET_USER", "sidorova")
            .env("KABINET_PASSPHRASE", "пароль сидоровой")
            .env("KABINET_NEW_PASSPHRASE", "пароль маллори");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = admin(&["verify"]);
    assert_eq!(r.code, 4, "{}", r.stderr);
    for said in [
        "key file: sidorova is admin, but the signed log made them reader",
        "(user add) was made by sidorova, whose role (reader) did not allow it then",
        "key file: user mallory was never added by a signed entry",
    ] {
        assert!(r.stderr.contains(said), "{said}: {}", r.stderr);
    }
}

//! The store: init, unlocking, damage, plaintext, concurrency, crashes, passphrase change.

use std::os::unix::fs::PermissionsExt;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::Duration;

use crate::util::{Env, PASS, found_in_files, ids, keyed_conn, keyed_conn_as, on_terminal};

#[test]
fn init_creates_a_private_file_and_never_overwrites() {
    let e = Env::new();
    let out = e.ok(&["init"]);
    assert!(out.contains("Created"), "{out}");
    let mode = std::fs::metadata(&e.store).expect("store").permissions().mode();
    assert_eq!(mode & 0o777, 0o600);
    let before = std::fs::read(&e.store).expect("read");
    let r = e.fails(7, &["init"]);
    assert!(r.stderr.contains("already exists"), "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("read"), before);
    // A directory that cannot be made is named (it was only "No such file or directory").
    let r = e.fails(1, &["--store", "/proc/no-such-dir/kabinet.db", "init"]);
    assert!(r.stderr.contains("cannot write /proc/no-such-dir"), "{}", r.stderr);
}

#[test]
fn init_refuses_a_short_passphrase() {
    let e = Env::new();
    let r = e.run_with(&["init"], |c| {
        c.env("KABINET_PASSPHRASE", "short");
    });
    assert_eq!(r.code, 5, "{}", r.stderr);
    assert!(r.stderr.contains("at least 8"), "{}", r.stderr);
    assert!(!e.store.exists());
}

#[test]
fn without_terminal_or_source_exits_3_naming_the_sources() {
    let e = Env::new();
    for args in [&["init"][..], &["record", "list"][..]] {
        let r = e.run_with(args, |c| {
            c.env_remove("KABINET_PASSPHRASE");
        });
        if args[0] == "record" {
            // No store yet: that is said first, without asking for a passphrase.
            assert_eq!(r.code, 6, "{}", r.stderr);
            continue;
        }
        assert_eq!(r.code, 3, "{}", r.stderr);
        for source in ["--passphrase-file", "KABINET_PASSPHRASE_FILE", "KABINET_PASSPHRASE"] {
            assert!(r.stderr.contains(source), "{}", r.stderr);
        }
    }
    let e = Env::with_store();
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    // Set but empty is not set: no passphrase, not a wrong one.
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("no passphrase"), "{}", r.stderr);
}

#[test]
fn unlocks_from_a_file_first_line_and_the_file_wins_over_the_environment() {
    let e = Env::with_store();
    let f = e.file("pass.txt", &format!("{PASS}\nsecond line is ignored\n"));
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "wrong").arg("--passphrase-file").arg(&f);
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE").env("KABINET_PASSPHRASE_FILE", &f);
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    let missing = e.path().join("nope.txt");
    let r = e.run_with(&["record", "list"], |c| {
        c.arg("--passphrase-file").arg(&missing);
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("nope.txt"), "{}", r.stderr);
}

#[test]
fn the_passphrase_file_is_never_read_as_data_so_its_line_is_never_echoed() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let f = e.file("pass.txt", &format!("{PASS}\n"));
    let link = e.path().join("link.txt");
    std::os::unix::fs::symlink(&f, &link).expect("symlink");
    let new_pass = e.file("new.txt", "another passphrase of some length\n");
    let before = std::fs::read(&e.store).expect("store");
    // Each way of naming the file to read: directly, through a link, as standard input, as
    // the next passphrase's file; as an import, a check, an attachment, a holidays file.
    let by_flag = |c: &mut std::process::Command| {
        c.env_remove("KABINET_PASSPHRASE").arg("--passphrase-file").arg(&f);
    };
    let by_env = |c: &mut std::process::Command| {
        c.env_remove("KABINET_PASSPHRASE").env("KABINET_PASSPHRASE_FILE", &f);
    };
    let (f_s, link_s, new_s) =
        (f.to_str().expect("path"), link.to_str().expect("path"), new_pass.to_str().expect("path"));
    let runs = [
        e.run_with(&["import", f_s, "--kind", "record"], by_flag),
        e.run_with(&["import", link_s, "--kind", "record"], by_env),
        e.run_with(&["import", "-", "--kind", "record"], |c| {
            by_env(c);
            c.stdin(std::fs::File::open(&f).expect("open"));
        }),
        e.run_with(&["validate", "--file", f_s, "--kind", "doc"], by_env),
        e.run_with(&["attach", "R-1", link_s], by_flag),
        e.run_with(&["--holidays", f_s, "deadlines"], by_env),
        e.run_with(&["import", new_s, "--kind", "appt"], |c| {
            c.env("KABINET_NEW_PASSPHRASE_FILE", &new_pass);
        }),
    ];
    for r in runs {
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("it is the passphrase file"), "{}", r.stderr);
        assert!(!r.stderr.contains("horse") && !r.stdout.contains("horse"), "{}", r.stderr);
        assert!(!r.stderr.contains("another") && !r.stdout.contains("another"), "{}", r.stderr);
    }
    assert_eq!(std::fs::read(&e.store).expect("store"), before, "nothing was written");
    // Another file is read as before.
    let csv = e.file("r.csv", "subject_id;event_date;type;result\n2;20.11.2026;осмотр;здоров\n");
    e.run_with(&["import", csv.to_str().expect("path"), "--kind", "record"], by_flag);
    assert_eq!(e.json(&["record", "list"]).as_array().map(Vec::len), Some(2));
}

#[test]
fn a_passphrase_is_never_accepted_as_an_argument() {
    let e = Env::with_store();
    e.fails(2, &["--passphrase", PASS, "record", "list"]);
}

#[test]
fn prompts_on_a_terminal_for_the_passphrase_and_missing_fields() {
    needs!("script" from "bsdutils");
    let e = Env::new();
    let (code, text) =
        on_terminal(&e, "init", &[("Passphrase", "typed-on-a-tty"), ("Repeat", "typed-on-a-tty")]);
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("typed-on-a-tty"), "the passphrase was echoed: {text}");
    let (code, text) = on_terminal(
        &e,
        "record add --subject-id 5 --date 20.11.2026",
        &[("Passphrase", "typed-on-a-tty"), ("Type", "осмотр"), ("Result", "здоров")],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("R-1"), "{text}");
    let r = e.run_with(&["record", "show", "R-1", "--format", "json"], |c| {
        c.env("KABINET_PASSPHRASE", "typed-on-a-tty");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("\"result\": \"здоров\""), "{}", r.stdout);
}

#[test]
fn a_new_passphrase_too_short_or_mistyped_is_said_at_once_and_asked_again_in_the_users_language() {
    needs!("script" from "bsdutils");
    let e = Env::new();
    let (code, text) = on_terminal(
        &e,
        "--lang ru init",
        &[
            // Each prompt after the line that refused the last answer (not the redrawn one).
            ("Парольная фраза", "short"),
            ("символов\r\n\rПарольная фраза", "typed-on-a-tty"),
            ("Ещё раз", "typed-on-a-tyy"),
            ("ещё раз\r\n\rПарольная фраза", "typed-on-a-tty"),
            ("Ещё раз", "typed-on-a-tty"),
        ],
    );
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("typed-on") && !text.contains("short"), "echoed: {text}");
    // The too-short one was refused before it was asked for again; every line is Russian.
    let short = text.find("слишком короткая").expect("said too short");
    assert!(!text[..short].contains("Ещё раз"), "{text}");
    assert!(text.contains("kabinet: Фразы не совпали"), "{text}");
    assert!(!text.contains("error:"), "{text}");
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "typed-on-a-tty");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    // Three refusals end the command (exit 2), and no store is made.
    let e = Env::new();
    let (code, text) = on_terminal(
        &e,
        "init",
        &[
            ("Passphrase", "short"),
            ("characters\r\n\rPassphrase", "tiny"),
            ("characters\r\n\rPassphrase", "small"),
        ],
    );
    assert_eq!(code, 5, "{text}");
    // Said after each of the first two; the last is the command's failure.
    assert_eq!(text.matches("at least 8").count(), 3, "{text}");
    assert!(!e.store.exists());
}

#[test]
fn a_wrong_passphrase_at_a_terminal_is_asked_again_up_to_three_times() {
    needs!("script" from "bsdutils");
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let (code, text) = on_terminal(
        &e,
        "record show R-1",
        &[
            ("Passphrase", "wrong one"),
            ("kabinet.db\r\n\rPassphrase", "wrong two"),
            ("kabinet.db\r\n\rPassphrase", PASS),
        ],
    );
    assert_eq!(code, 0, "{text}");
    assert!(!text.contains("wrong one") && !text.contains("wrong two"), "echoed: {text}");
    assert_eq!(text.matches("wrong passphrase").count(), 2, "{text}");
    assert!(text.contains("R-1"), "{text}");
    let (code, text) = on_terminal(
        &e,
        "record show R-1",
        &[
            ("Passphrase", "wrong"),
            ("kabinet.db\r\n\rPassphrase", "wrong"),
            ("kabinet.db\r\n\rPassphrase", "wrong"),
        ],
    );
    assert_eq!(code, 3, "{text}");
    assert_eq!(text.matches("wrong passphrase").count(), 3, "{text}");
    // From a file or the environment it is tried once: no terminal is waited on.
    let r = e.run_with(&["record", "show", "R-1"], |c| {
        c.env("KABINET_PASSPHRASE", "wrong");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert_eq!(r.stderr.matches("wrong passphrase").count(), 1, "{}", r.stderr);
}

#[test]
fn an_empty_passphrase_file_is_said_to_be_empty_not_wrong() {
    let e = Env::with_store();
    for (name, text) in [("empty.txt", ""), ("blank.txt", "\n"), ("crlf.txt", "\r\nsecond\n")] {
        let f = e.file(name, text);
        let r = e.run_with(&["record", "list"], |c| {
            c.env_remove("KABINET_PASSPHRASE").arg("--passphrase-file").arg(&f);
        });
        assert_eq!(r.code, 3, "{}", r.stderr);
        assert!(r.stderr.contains(&format!("{name} is empty")), "{}", r.stderr);
        assert!(!r.stderr.contains("wrong passphrase"), "{}", r.stderr);
    }
}

#[test]
fn import_from_a_terminal_says_how_to_end_the_rows_and_reads_them() {
    needs!("script" from "bsdutils");
    let e = Env::new();
    on_terminal(&e, "init", &[("Passphrase", "typed-on-a-tty"), ("Repeat", "typed-on-a-tty")]);
    // Rows pasted on the terminal, then Ctrl-D (EOF) on a line of its own.
    let rows = "subject_id,event_date,type,result\r7,20.11.2026,осмотр,здоров\r\u{4}";
    let (code, text) = on_terminal(
        &e,
        "import - --kind record",
        &[("Passphrase", "typed-on-a-tty"), ("end with Ctrl-D", rows)],
    );
    assert_eq!(code, 0, "{text}");
    assert!(text.contains("added 1, skipped as duplicates 0, rejected 0"), "{text}");
    // Not said when the rows come from a pipe or a file (a script has no one to tell).
    let r = e.run_with(&["import", "-", "--kind", "record"], |c| {
        c.env("KABINET_PASSPHRASE", "typed-on-a-tty");
    });
    assert!(!r.stderr.contains("Ctrl-D"), "{}", r.stderr);
}

#[test]
fn wrong_passphrase_exits_3_and_leaves_the_file_untouched() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let before = std::fs::read(&e.store).expect("read");
    let r = e.run_with(
        &["record", "add", "--subject-id", "2", "--date", "today", "--type", "t", "--result", "r"],
        |c| {
            c.env("KABINET_PASSPHRASE", "not the passphrase");
        },
    );
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("wrong passphrase"), "{}", r.stderr);
    assert!(!r.stderr.contains("sqlcipher"), "SQLCipher's own log leaked: {}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("read"), before);
}

#[test]
fn no_store_exits_6_with_a_hint_to_init() {
    let e = Env::new();
    let r = e.fails(6, &["record", "list"]);
    assert!(r.stderr.contains("kabinet init"), "{}", r.stderr);
}

#[test]
fn damaged_foreign_or_newer_files_exit_4() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let good = std::fs::read(&e.store).expect("read");
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("bit flip in page 1", {
            let mut b = good.clone();
            b[200] ^= 0x01;
            b
        }),
        ("empty file", Vec::new()),
        ("truncated mid-page", good[..good.len() - 100].to_vec()),
        ("shorter than a page", good[..1000].to_vec()),
    ];
    for (what, bytes) in cases {
        std::fs::write(&e.store, &bytes).expect("write");
        let r = e.run(&["record", "list"]);
        assert_eq!(r.code, 4, "{what}: {}", r.stderr);
        assert!(r.stderr.contains("damaged"), "{what}: {}", r.stderr);
    }
    // A plain SQLite database.
    std::fs::remove_file(&e.store).expect("rm");
    let plain = rusqlite::Connection::open(&e.store).expect("plain");
    plain.execute_batch("CREATE TABLE t (x); INSERT INTO t VALUES (1);").expect("plain sql");
    drop(plain);
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("not a kabinet store"), "{}", r.stderr);
    // A store written by a newer kabinet.
    std::fs::write(&e.store, &good).expect("restore");
    e.forget_heads();
    keyed_conn(&e).execute_batch("PRAGMA user_version = 999;").expect("bump");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("newer"), "{}", r.stderr);
}

#[test]
fn the_sqlite3_shell_cannot_read_a_store() {
    needs!("sqlite3" from "sqlite3");
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let out = Command::new("sqlite3")
        .arg(&e.store)
        .arg("SELECT count(*) FROM sqlite_master;")
        .output()
        .expect("the sqlite3 shell (Debian package sqlite3, installed by .ci/run)");
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a database"));
}

#[test]
fn no_plaintext_reaches_the_disk() {
    let e = Env::with_store();
    let surname = "Шпаковская-Маркер";
    let snils = "11223344595";
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "MARK-77",
        "--subject-name",
        surname,
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--snils",
        snils,
    ]);
    e.add_doc(surname, "passport", "123456", "01.01.2020", &["--holder-snils", snils]);
    e.add_appt("МФЦ", "паспорт", "10.12.2026 10:00", &["--person", surname, "--needs", "D-1"]);
    e.ok(&["record", "edit", "R-1", "--description", &format!("{surname} повторно")]);
    e.ok(&["-y", "record", "delete", "R-1"]);
    for marker in [surname.as_bytes(), snils.as_bytes(), "112-233-445 95".as_bytes()] {
        let hits = found_in_files(e.path(), marker);
        assert!(hits.is_empty(), "{:?} found in {hits:?}", String::from_utf8_lossy(marker));
    }
    // Positive control: the same scan finds the marker in a plain SQLite file.
    let control = e.path().join("control.db");
    let c = rusqlite::Connection::open(&control).expect("control");
    c.execute("CREATE TABLE t (x TEXT)", []).expect("create");
    c.execute("INSERT INTO t VALUES (?1)", [surname]).expect("insert");
    drop(c);
    assert_eq!(found_in_files(e.path(), surname.as_bytes()), vec![control]);
}

#[test]
fn a_busy_store_makes_a_writer_wait_then_exit_7() {
    let e = Env::with_store();
    local_only!(e);
    let holder = keyed_conn(&e);
    holder.execute_batch("BEGIN EXCLUSIVE;").expect("lock");
    let r = e.run_with(
        &["record", "add", "--subject-id", "1", "--date", "today", "--type", "t", "--result", "r"],
        |c| {
            c.env("KABINET_BUSY_TIMEOUT_MS", "300");
        },
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert!(r.stderr.contains("busy"), "{}", r.stderr);
    holder.execute_batch("ROLLBACK;").expect("unlock");
    drop(holder);
    e.add_record("1", "today");
}

#[test]
fn readers_see_the_last_commit_while_a_long_write_is_under_way() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    e.ok(&["obligation", "add", "Отчёт", "--due", "25.11.2026"]);
    // Another writer in the middle of a long transaction: far more changed than its cache
    // holds, as a large import is, and not committed.
    let writer = keyed_conn(&e);
    writer
        .execute_batch(
            "PRAGMA cache_size = 50; BEGIN IMMEDIATE; CREATE TABLE filler (x BLOB); \
             WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 3000) \
             INSERT INTO filler SELECT randomblob(8000) FROM n; \
             DELETE FROM obligations;",
        )
        .expect("a long write");
    // Readers answer at once, from the last commit: a check never waits out the timeout.
    let quick = |c: &mut Command| {
        c.env("KABINET_BUSY_TIMEOUT_MS", "200");
    };
    let r = e.run_with(&["deadlines", "--check"], quick);
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    assert!(r.stdout.starts_with("KABINET WARNING - 1 due"), "{}", r.stdout);
    let r = e.run_with(&["record", "list", "--format", "json"], quick);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("R-1"), "{}", r.stdout);
    // Writers still wait their turn.
    let r = e.run_with(
        &["record", "add", "--subject-id", "2", "--date", "today", "--type", "t", "--result", "r"],
        quick,
    );
    assert_eq!(r.code, 7, "{}", r.stderr);
    writer.execute_batch("ROLLBACK;").expect("rollback");
    drop(writer);
    e.ok(&["verify"]);
    assert_eq!(e.json(&["obligation", "list"]).as_array().map(Vec::len), Some(1));
}

#[test]
fn the_write_ahead_log_and_its_index_hold_no_plaintext_either() {
    let e = Env::with_store();
    local_only!(e);
    // A connection kept open by another process: kabinet's own changes stay in the log
    // (the last connection to close folds the log into the file).
    let other = keyed_conn(&e);
    other
        .query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .expect("read");
    let surname = "Журнальная-Метка";
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "WAL-1",
        "--subject-name",
        surname,
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--snils",
        "11223344595",
    ]);
    let wal = e.path().join("data").join("kabinet.db-wal");
    let shm = e.path().join("data").join("kabinet.db-shm");
    assert!(std::fs::metadata(&wal).is_ok_and(|m| m.len() > 0), "the change is in the log");
    assert!(shm.exists());
    for marker in [surname.as_bytes(), b"11223344595", b"WAL-1"] {
        let hits = found_in_files(e.path(), marker);
        assert!(hits.is_empty(), "{:?} found in {hits:?}", String::from_utf8_lossy(marker));
    }
    drop(other);
    assert!(!wal.exists(), "the last connection folds the log into the file");
    assert_eq!(e.json(&["record", "list"]).as_array().map(Vec::len), Some(1));
}

#[test]
fn a_passphrase_change_or_restore_waits_until_no_other_kabinet_has_the_store_open() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let bk = e.path().join("copy.db");
    e.ok(&["backup", bk.to_str().expect("path")]);
    // Another kabinet with the store open (a long export, a clerk at a prompt).
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(PASS.to_owned()));
    let reader = kabinet::store::Store::open(&e.store, &pass).expect("open");
    let before = std::fs::read(&e.store).expect("store");
    let quick = |c: &mut Command| {
        c.env("KABINET_BUSY_TIMEOUT_MS", "300")
            .env("KABINET_NEW_PASSPHRASE", "another passphrase of some length");
    };
    // While it is open, neither replaces the file: busy, exit 7, nothing changed.
    let r = e.run_with(&["passwd"], quick);
    assert_eq!(r.code, 7, "{}", r.stderr);
    let r = e.run_with(&["restore", bk.to_str().expect("path")], quick);
    assert_eq!(r.code, 7, "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("store"), before);
    drop(reader);
    let r = e.run_with(&["passwd"], quick);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "another passphrase of some length");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!e.path().join("data").join("kabinet.db-wal").exists());
}

#[test]
fn two_concurrent_writers_lose_nothing() {
    let e = Arc::new(Env::with_store());
    let workers: Vec<_> = (0..2)
        .map(|w| {
            let e = Arc::clone(&e);
            std::thread::spawn(move || {
                (0..10)
                    .map(|i| e.add_record(&format!("w{w}-{i}"), "20.11.2026"))
                    .collect::<Vec<_>>()
            })
        })
        .collect();
    let mut printed: Vec<String> =
        workers.into_iter().flat_map(|w| w.join().expect("worker")).collect();
    printed.sort();
    let mut listed = ids(&e.json(&["record", "list"]));
    listed.sort();
    assert_eq!(printed.len(), 20);
    assert_eq!(listed, printed);
}

/// A small deterministic sequence of delays, so a failure can be replayed.
fn delays(n: usize, max_ms: u64) -> Vec<u64> {
    let mut x: u64 = 0x2545_F491_4F6C_DD1D;
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % max_ms
        })
        .collect()
}

#[test]
fn a_writer_killed_mid_add_leaves_a_store_holding_every_printed_id() {
    let e = Env::with_store();
    let mut printed = Vec::new();
    for (i, d) in delays(24, 250).into_iter().enumerate() {
        let mut child = e.cmd();
        child.args([
            "record",
            "add",
            "--subject-id",
            &format!("k{i}"),
            "--date",
            "20.11.2026",
            "--type",
            "осмотр",
            "--result",
            "здоров",
        ]);
        let mut child = child.stdout(Stdio::piped()).stderr(Stdio::null()).spawn().expect("spawn");
        std::thread::sleep(Duration::from_millis(d));
        let _ = child.kill();
        let out = child.wait_with_output().expect("wait");
        if out.status.success() {
            printed.push(String::from_utf8_lossy(&out.stdout).trim().to_owned());
        }
    }
    let listed = ids(&e.json(&["record", "list"]));
    for id in &printed {
        assert!(listed.contains(id), "{id} was printed but is missing from {listed:?}");
    }
    // The store still takes writes.
    e.add_record("after", "20.11.2026");
}

#[test]
fn passwd_changes_the_passphrase_and_keeps_the_data() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let newf = e.file("new.txt", "a brand new passphrase\n");
    let r = e
        .run_with(&["passwd", "--new-passphrase-file", newf.to_str().expect("utf-8 path")], |_| {});
    assert_eq!(r.code, 0, "{}", r.stderr);
    e.fails(3, &["record", "list"]);
    let r = e.run_with(&["record", "list", "--format", "json"], |c| {
        c.env("KABINET_PASSPHRASE", "a brand new passphrase");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["R-1"]);
    assert_eq!(std::fs::metadata(&e.store).expect("meta").permissions().mode() & 0o777, 0o600);
    let mut leftovers: Vec<_> = std::fs::read_dir(e.store.parent().expect("dir"))
        .expect("ls")
        .flatten()
        .map(|x| x.file_name())
        .collect();
    leftovers.sort();
    assert_eq!(leftovers, ["kabinet.db", "kabinet.db.keys"], "the store and its key file");
    // Without a source for the new passphrase and no terminal: exit 3, nothing changed.
    let r = e.run_with(&["passwd"], |c| {
        c.env("KABINET_PASSPHRASE", "a brand new passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
}

/// The page size of the env's store, read through another SQLCipher client (which reads
/// nothing unless keyed with the store's own layout).
fn page_size(e: &Env) -> i64 {
    page_size_of(&keyed_conn(e))
}

fn page_size_of(c: &rusqlite::Connection) -> i64 {
    c.query_row("SELECT count(*) FROM sqlite_master", [], |_| Ok(())).expect("readable");
    // SQLCipher answers for the page size as text.
    let size: String = c.query_row("PRAGMA page_size", [], |r| r.get(0)).expect("page_size");
    size.parse().expect("a number")
}

#[test]
fn a_store_in_the_earlier_layout_opens_and_passwd_rewrites_it_in_the_current_one() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    assert_eq!(page_size(&e), 16384, "new stores have 16 KiB pages");
    // The same store as a kabinet before 16 KiB pages wrote it: SQLCipher 4's defaults
    // (4 KiB pages, HMAC-SHA512), same key and salt, so the same passphrase opens it.
    let old = e.store.with_file_name("old.db");
    {
        let c = keyed_conn(&e);
        let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(PASS.to_owned()));
        let sql = kabinet::store::keying_sql(&e.store, &kabinet::store::Who::new(None), &pass)
            .expect("keying");
        let literal = sql.split('"').nth(1).expect("key literal").to_owned();
        c.execute("ATTACH DATABASE ?1 AS old KEY ?2", [old.to_str().expect("p"), &literal])
            .expect("attach");
        let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("v");
        let app: i64 = c.query_row("PRAGMA application_id", [], |r| r.get(0)).expect("app");
        c.execute_batch(&format!(
            "PRAGMA old.cipher_page_size = 4096; PRAGMA old.cipher_hmac_algorithm = HMAC_SHA512;
             SELECT sqlcipher_export('old');
             PRAGMA old.user_version = {version}; PRAGMA old.application_id = {app};
             DETACH DATABASE old;"
        ))
        .expect("export");
    }
    std::fs::rename(&old, &e.store).expect("rename");
    assert_eq!(page_size(&e), 4096);
    // It opens, reads, takes changes and verifies.
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
    e.add_record("2", "21.11.2026");
    e.ok(&["verify"]);
    let good = std::fs::read(&e.store).expect("read");
    // A wrong passphrase is still told from damage: exit 3 ...
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "not the passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    // ... and a flipped byte in its second 4 KiB page is damage (exit 4), not a wrong key.
    let mut bad = good.clone();
    bad[4096 + 200] ^= 0x01;
    std::fs::write(&e.store, &bad).expect("write");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    std::fs::write(&e.store, &good).expect("write");
    assert_eq!(page_size(&e), 4096, "opening does not rewrite the file");
    // A passphrase change writes the file anew, in the current layout.
    let newf = e.file("new.txt", "a brand new passphrase\n");
    e.ok(&["passwd", "--new-passphrase-file", newf.to_str().expect("utf-8 path")]);
    let r = e.run_with(&["record", "list", "--format", "json"], |c| {
        c.env("KABINET_PASSPHRASE", "a brand new passphrase");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ids(&serde_json::from_str(&r.stdout).expect("json")), ["R-1", "R-2"]);
    assert_eq!(page_size_of(&keyed_conn_as(&e.store, "a brand new passphrase")), 16384);
}

#[test]
fn a_store_keyed_with_the_earlier_kdf_opens_and_passwd_moves_it_to_the_current_one() {
    use kabinet::crypto::{self, KDF_V1, KDF_VERSIONS, Passphrase, SALT_LEN};
    let e = Env::new();
    let pass = || Passphrase::new(zeroize::Zeroizing::new(PASS.to_owned()));
    let salt = [3u8; SALT_LEN];
    let key = crypto::derive_key(&pass(), &salt, KDF_V1).expect("derive");
    std::fs::create_dir_all(e.store.parent().expect("dir")).expect("mkdir");
    drop(kabinet::store::Store::create_with_key(&e.store, key, salt).expect("create"));
    // A store of before users: its first opening gives it a key file, saying so once.
    let keys = e.store.with_file_name("kabinet.db.keys");
    assert!(!keys.exists());
    let first = e.run(&["record", "list"]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    assert!(
        first.stderr.contains("the store now has users: you are its admin"),
        "{}",
        first.stderr
    );
    assert!(keys.exists());
    let users = e.json(&["user", "list"]);
    assert_eq!(users[0]["role"], "admin", "{users}");
    e.add_record("1", "20.11.2026");
    assert!(!e.run(&["record", "list"]).stderr.contains("now has users"), "said once");
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
    // Its key file gone, it is damage (exit 4), not a store of before users again.
    let kept = std::fs::read(&keys).expect("keys");
    std::fs::remove_file(&keys).expect("rm");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("kabinet.db.keys is missing"), "{}", r.stderr);
    std::fs::write(&keys, &kept).expect("put back");
    let opens_with = |params| {
        let bytes = std::fs::read(&e.store).expect("read");
        let salt: [u8; SALT_LEN] = bytes[..SALT_LEN].try_into().expect("salt");
        let key = crypto::derive_key(&pass(), &salt, params).expect("derive");
        kabinet::store::Store::open_with_key(&e.store, key).expect("open").is_some()
    };
    assert!(opens_with(KDF_V1));
    assert!(!opens_with(KDF_VERSIONS[0]));
    // Told apart under the earlier parameters too: a wrong passphrase (3), damage (4).
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_PASSPHRASE", "not the passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    let good = std::fs::read(&e.store).expect("read");
    let mut bad = good.clone();
    bad[200] ^= 0x01;
    std::fs::write(&e.store, &bad).expect("write");
    let r = e.fails(4, &["record", "list"]);
    assert!(r.stderr.contains("damaged"), "{}", r.stderr);
    std::fs::write(&e.store, &good).expect("write");
    // The same passphrase again: the store is keyed anew, under a random key sealed in the
    // key file: no passphrase derives it any more.
    let same = e.file("same.txt", &format!("{PASS}\n"));
    e.ok(&["passwd", "--new-passphrase-file", same.to_str().expect("utf-8 path")]);
    assert!(!opens_with(KDF_VERSIONS[0]));
    assert!(!opens_with(KDF_V1));
    assert!(std::fs::read(&e.store).expect("read").starts_with(b"KBN1"), "a store with a key file");
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
    e.ok(&["verify"]);
}

#[test]
fn passwd_killed_at_any_moment_leaves_a_store_that_opens_with_old_or_new() {
    let e = Env::with_store();
    for i in 0..5 {
        e.add_record(&format!("{i}"), "20.11.2026");
    }
    let passes = ["correct horse battery staple", "second passphrase", "third passphrase"];
    let mut current = 0;
    for (round, d) in delays(12, 400).into_iter().enumerate() {
        let next = (current + 1 + round % 2) % passes.len();
        let mut c = e.cmd();
        c.env("KABINET_PASSPHRASE", passes[current])
            .env("KABINET_NEW_PASSPHRASE", passes[next])
            .arg("passwd");
        let mut child = c.stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn");
        std::thread::sleep(Duration::from_millis(d));
        let _ = child.kill();
        let _ = child.wait();
        let opens = |p: &str| {
            e.run_with(&["record", "list", "--format", "json"], |c| {
                c.env("KABINET_PASSPHRASE", p);
            })
        };
        let (old, new) = (opens(passes[current]), opens(passes[next]));
        let winner = match (old.code, new.code) {
            (0, _) => &old,
            (_, 0) => {
                current = next;
                &new
            }
            _ => panic!("round {round}: opens with neither: {} / {}", old.stderr, new.stderr),
        };
        assert_eq!(ids(&serde_json::from_str(&winner.stdout).expect("json")).len(), 5);
    }
}

#[test]
fn usage_errors_exit_2() {
    let e = Env::with_store();
    e.fails(2, &["record", "add", "--no-such-flag"]);
    e.fails(2, &["frobnicate"]);
    e.fails(2, &["record", "show", "X-1"]);
    let r = e.run_at("not a date", &["record", "list"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("KABINET_NOW"), "{}", r.stderr);
}

#[test]
fn a_store_open_in_this_process_keeps_its_log_while_another_process_opens_and_closes_it() {
    // Closing any other descriptor of the store file drops the locks SQLite holds on it in
    // this process; another kabinet closing the store would then take itself for the last one
    // and remove the write-ahead log from under this one (reads then see a mix of two states:
    // "database disk image is malformed", or a backup with half its indexes).
    let e = Env::with_store();
    local_only!(e);
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(PASS.to_owned()));
    let mut s = kabinet::store::Store::open(&e.store, &pass).expect("open");
    let (env, actor) = crate::util::library_clerk("test@host");
    let d = crate::util::record_draft("10000");
    kabinet::app::records::add(&mut s, &env, &actor, &d, false).expect("add");
    let wal = e.store.with_file_name("kabinet.db-wal");
    assert!(wal.exists(), "the log of the open store");
    e.ok(&["record", "list"]);
    assert!(wal.exists(), "another process's closing left this one's log in place");
    let d = crate::util::record_draft("10001");
    kabinet::app::records::add(&mut s, &env, &actor, &d, false).expect("add after");
    drop(s);
    assert_eq!(ids(&e.json(&["record", "list"])).len(), 2);
    e.ok(&["verify"]);
}

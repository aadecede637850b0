//! Unlock once: the store's key held in the kernel's session keyring for later commands of
//! this login session, until `lock`, the idle time-out or the limit.

use std::process::Command;

use crate::util::Env;

/// Runs kabinet with no passphrase source, told it may use a session (the tests have no
/// terminal, as a cron job has none).
fn held(e: &Env, args: &[&str]) -> crate::util::Run {
    e.run_with(args, |c| {
        c.env_remove("KABINET_PASSPHRASE").env("KABINET_SESSION", "1");
    })
}

fn unlock(e: &Env, args: &[&str]) -> crate::util::Run {
    let mut all = vec!["unlock"];
    all.extend_from_slice(args);
    e.run(&all)
}

#[test]
fn unlocked_once_three_commands_ask_nothing_then_lock_asks_again() {
    // On an office too (KABINET_TEST_BACKEND=server): the office's key slots are on the server.
    let e = Env::with_store();
    // Locked: a command with no passphrase source and no terminal is exit 3, as ever.
    assert_eq!(held(&e, &["record", "list"]).code, 3);
    assert!(held(&e, &["status"]).stdout.starts_with("locked for "));
    let r = unlock(&e, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Unlocked for "), "{}", r.stdout);
    let add = crate::util::add_record_args("1", "20.11.2026");
    for args in [&add[..], &["record", "list"], &["verify"]] {
        let r = held(&e, args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    }
    // The change was signed by the user whose session it is.
    let v = held(&e, &["verify", "--format", "json"]);
    assert!(v.stdout.contains("\"ok\": true"), "{}", v.stdout);
    assert!(held(&e, &["status"]).stdout.starts_with("unlocked for "));
    // Without being told (a cron job, no terminal), the session is not used.
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    let r = held(&e, &["lock"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(held(&e, &["record", "list"]).code, 3, "locked: asked again");
    assert!(held(&e, &["lock"]).stdout.contains("was not unlocked"));
}

#[test]
fn the_idle_time_out_and_the_limit_forget_the_key() {
    let e = Env::with_store();
    local_only!(e);
    assert_eq!(unlock(&e, &["--for", "2s"]).code, 0);
    assert_eq!(held(&e, &["record", "list"]).code, 0);
    std::thread::sleep(std::time::Duration::from_millis(3500));
    assert_eq!(held(&e, &["record", "list"]).code, 3, "idle past its time-out");
    // Used all the while, it still ends at its limit.
    assert_eq!(unlock(&e, &["--for", "1m", "--at-most", "3s"]).code, 0);
    for _ in 0..2 {
        assert_eq!(held(&e, &["record", "list"]).code, 0);
        std::thread::sleep(std::time::Duration::from_millis(1000));
    }
    std::thread::sleep(std::time::Duration::from_millis(2000));
    assert_eq!(held(&e, &["record", "list"]).code, 3, "past its limit");
    e.fails(5, &["unlock", "--for", "soon"]);
}

#[test]
fn a_wrong_passphrase_holds_nothing_and_a_rekey_voids_the_session() {
    let e = Env::with_store();
    local_only!(e);
    let r = e.run_with(&["unlock"], |c| {
        c.env("KABINET_PASSPHRASE", "not the passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(held(&e, &["status"]).stdout.starts_with("locked for "));
    assert_eq!(held(&e, &["record", "list"]).code, 3);
    // A key held before a re-key opens nothing after it: asked again.
    assert_eq!(unlock(&e, &[]).code, 0);
    assert_eq!(e.run(&["rekey"]).code, 0);
    assert_eq!(held(&e, &["record", "list"]).code, 3);
    assert!(held(&e, &["status"]).stdout.starts_with("locked for "), "the stale key is gone");
}

#[test]
fn another_os_user_cannot_use_the_session() {
    let root = std::fs::metadata("/proc/self").map(|m| std::os::unix::fs::MetadataExt::uid(&m));
    if root.ok() != Some(0) || Command::new("runuser").arg("--help").output().is_err() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "this test runs kabinet as nobody: it needs root and runuser; CI=true never skips"
        );
        eprintln!("skipped: needs root and runuser to run kabinet as nobody");
        return;
    }
    let e = Env::with_store();
    local_only!(e);
    assert_eq!(unlock(&e, &[]).code, 0);
    // nobody may open every file of the store, so only the key held stands in the way.
    let chown =
        Command::new("chown").args(["-R", "nobody:", e.path().to_str().expect("p")]).status();
    assert!(chown.is_ok_and(|s| s.success()));
    let mut c = e.cmd();
    c.env_remove("KABINET_PASSPHRASE").env("KABINET_SESSION", "1");
    let program = c.get_program().to_owned();
    let envs: Vec<(std::ffi::OsString, std::ffi::OsString)> =
        c.get_envs().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))).collect();
    let out = Command::new("runuser")
        .args(["-u", "nobody", "--", "env", "-i"])
        .args(envs.iter().map(|(k, v)| {
            let mut kv = k.clone();
            kv.push("=");
            kv.push(v);
            kv
        }))
        .arg(&program)
        .args(["record", "list"])
        .output()
        .expect("runuser runs");
    assert_eq!(out.status.code(), Some(3), "{}", String::from_utf8_lossy(&out.stderr));
    // The clerk's own session still works (root reads the files nobody now owns).
    assert_eq!(held(&e, &["record", "list"]).code, 0);
}

#[test]
fn the_shell_unlocks_once_completes_an_id_and_leaves_no_trace_of_what_was_typed() {
    needs!("script" from "bsdutils");
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let marker = "МАРКЕР-оболочки-7Q";
    let add = format!(
        "record add --subject-id 2 --date 21.11.2026 --type осмотр --result '{marker} здоров'"
    );
    let (code, out) = crate::util::on_terminal_as(
        &e,
        "shell",
        &[
            ("Passphrase:", crate::util::PASS),
            // Tab completes the only record's ID.
            ("kabinet[0]> ", "record show R-\t"),
            ("kabinet[0]> ", "record lis"),
            ("kabinet[2]> ", &add),
            ("kabinet[0]> ", "record list --format json"),
            ("kabinet[0]> ", "exit"),
        ],
        "xterm",
    );
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Unlocked for "), "{out}");
    assert!(out.contains("│ ID          ┆ R-1"), "the completed ID was shown: {out}");
    assert!(out.contains("unrecognized subcommand 'lis'"), "{out}");
    assert!(out.contains(&format!("\"result\": \"{marker} здоров\"")), "{out}");
    assert_eq!(out.matches("Passphrase: [hidden]").count(), 1, "asked once: {out}");
    // What was typed is in no file: no history file, nothing in clear beside the store.
    let home = e.path().to_path_buf();
    assert!(crate::util::found_in_files(&home, marker.as_bytes()).is_empty());
    // Without a terminal it is refused.
    let r = e.run(&["shell"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("the shell is for a terminal"), "{}", r.stderr);
}

#[test]
fn the_shell_asks_again_after_the_idle_time_out() {
    needs!("script" from "bsdutils");
    let e = Env::with_store();
    local_only!(e);
    let (code, out) = crate::util::on_terminal_steps(
        &e,
        "shell --for 2s",
        &[
            ("Passphrase:", crate::util::PASS, 0),
            ("kabinet[0]> ", "record list", 0),
            // Idle past the time-out: the next command asks for the passphrase again.
            ("kabinet[0]> ", "record list", 3000),
            ("Passphrase:", crate::util::PASS, 0),
            // Unlocked again: the commands after it ask nothing.
            ("kabinet[0]> ", "record list", 0),
            ("kabinet[0]> ", "exit", 0),
        ],
        "xterm",
    );
    assert_eq!(code, 0, "{out}");
    assert_eq!(out.matches("Passphrase: [hidden]").count(), 2, "{out}");
    assert_eq!(out.matches("Unlocked for ").count(), 2, "{out}");
}

#[test]
fn on_a_terminal_unlock_asks_once_and_lock_makes_the_next_command_ask() {
    needs!("script" from "bsdutils");
    let e = Env::with_store();
    local_only!(e);
    let (code, out) = crate::util::on_terminal(&e, "unlock", &[("Passphrase:", crate::util::PASS)]);
    assert_eq!(code, 0, "{out}");
    // Three commands on the terminal: no prompt at all.
    for args in ["record list", "doc list", "deadlines"] {
        let (code, out) = crate::util::on_terminal(&e, args, &[]);
        assert_eq!(code, 0, "{args}: {out}");
        assert!(!out.contains("Passphrase:"), "{args}: {out}");
    }
    let (code, _) = crate::util::on_terminal(&e, "lock", &[]);
    assert_eq!(code, 0);
    let (code, out) =
        crate::util::on_terminal(&e, "record list", &[("Passphrase:", crate::util::PASS)]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("Passphrase:"), "asked again after lock: {out}");
}

#[test]
fn the_configuration_sets_the_time_outs_and_config_show_says_so() {
    let e = Env::with_store();
    local_only!(e);
    let cfg = e.file("config.toml", "unlock_for = \"2s\"\nunlock_at_most = \"1h\"\n");
    let with_cfg = |args: &[&str], pass: bool| {
        e.run_with(args, |c| {
            c.env("KABINET_CONFIG", &cfg);
            if !pass {
                c.env_remove("KABINET_PASSPHRASE").env("KABINET_SESSION", "1");
            }
        })
    };
    let shown = with_cfg(&["config", "show"], true).stdout;
    assert!(shown.contains("unlock_for") && shown.contains("2s"), "{shown}");
    assert_eq!(with_cfg(&["unlock"], true).code, 0);
    assert_eq!(with_cfg(&["record", "list"], false).code, 0);
    std::thread::sleep(std::time::Duration::from_millis(3000));
    assert_eq!(with_cfg(&["record", "list"], false).code, 3, "2s from the configuration");
    let bad = e.file("bad.toml", "unlock_for = \"soon\"\n");
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_CONFIG", &bad);
    });
    assert_ne!(r.code, 0);
    assert!(r.stderr.contains("\"soon\" is not a time-out"), "{}", r.stderr);
}

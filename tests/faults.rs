//! Faults: damaged files, a killed import, a full disk, concurrent writers, plaintext leaks and
//! the process table. Each asserts what a user relies on: the right exit code and message, the
//! store unchanged (or holding all or none of a batch), never a panic, never wrong data.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{Env, PASS, found_in_files, ids};

const PAGE: usize = 4096;

fn no_panic(r: &crate::util::Run, what: &str) {
    assert!(!r.stderr.contains("panicked"), "{what}: {}", r.stderr);
    assert!(!r.stderr.contains("RUST_BACKTRACE"), "{what}: {}", r.stderr);
}

#[test]
fn damaged_files_are_exit_4_and_never_wrong_data() {
    let e = Env::with_store();
    local_only!(e);
    for i in 0..60 {
        e.add_record(&format!("{i}"), "20.11.2026");
    }
    let good = std::fs::read(&e.store).expect("read");
    let listed = e.ok(&["record", "list", "--format", "csv"]);
    let pages = good.len() / PAGE;
    assert!(pages >= 6, "{pages} pages");
    let flip = |at: usize| {
        let mut b = good.clone();
        b[at] ^= 0x10;
        b
    };
    let mut junk = good.clone();
    junk.extend_from_slice(&[0x5A; PAGE]);
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("bit flip, first page", flip(1500)),
        ("bit flip, middle page", flip(pages / 2 * PAGE + 777)),
        ("bit flip, last page", flip(good.len() - 300)),
        ("truncated to 0 bytes", Vec::new()),
        ("truncated at a page boundary", good[..(pages - 2) * PAGE].to_vec()),
        ("truncated mid-page", good[..good.len() - 1234].to_vec()),
        ("a page of junk appended", junk),
        ("junk appended mid-page", [&good[..], b"junk"].concat()),
    ];
    for (what, bytes) in cases {
        std::fs::write(&e.store, &bytes).expect("write");
        let r = e.run(&["verify"]);
        no_panic(&r, what);
        assert_eq!(r.code, 4, "{what}: verify: {}{}", r.stdout, r.stderr);
        // A command that reads may fail (4) or, when the damage is elsewhere, answer — but
        // never with wrong data.
        let r = e.run(&["record", "list", "--format", "csv"]);
        no_panic(&r, what);
        assert!(
            r.code == 4 || (r.code == 0 && r.stdout == listed),
            "{what}: {} {}",
            r.code,
            r.stderr
        );
        // A write is refused or lands in a store that still verifies as damaged, never a panic.
        let r = e.run(&[
            "record",
            "add",
            "--subject-id",
            "x",
            "--date",
            "20.11.2026",
            "--type",
            "t",
            "--result",
            "r",
        ]);
        no_panic(&r, what);
    }
    std::fs::write(&e.store, &good).expect("restore");
    e.forget_heads();
    e.ok(&["verify"]);
}

/// A CSV of `n` valid records in time for the pinned "now".
fn records_csv(n: usize) -> String {
    let mut s = String::with_capacity(n * 60);
    s.push_str("subject_id,subject_name,event_date,type,result,description\n");
    for i in 0..n {
        s.push_str(&format!(
            "{},Субъект {i},{}.11.2026,осмотр,здоров,запись номер {i}\n",
            100_000 + i,
            19 + i % 2
        ));
    }
    s
}

fn count(e: &Env) -> usize {
    let n: i64 = crate::util::keyed_conn(e)
        .query_row("SELECT count(*) FROM records", [], |r| r.get(0))
        .expect("count");
    n as usize
}

/// Runs kabinet with `args`, kills it after `wait` (SIGKILL) and returns how it ended.
fn killed_after(e: &Env, args: &[&str], wait: Duration) -> std::process::ExitStatus {
    let mut child =
        e.cmd().args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn().expect("spawn");
    std::thread::sleep(wait);
    let _ = child.kill();
    child.wait().expect("wait")
}

/// Files in `dir` whose names start with `prefix`.
fn named(dir: &std::path::Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("read dir")
        .filter_map(|d| d.ok()?.file_name().into_string().ok())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[test]
fn ctrl_c_or_sigterm_mid_import_removes_the_unfinished_reject_file_and_keeps_the_store() {
    use std::os::unix::process::ExitStatusExt;
    let e = Env::with_store();
    e.add_record("before", "20.11.2026");
    let before = e.json(&["export", "json", "--kind", "record"]);
    let out = e.path().join("out");
    std::fs::create_dir(&out).expect("dir");
    let rejects = out.join("rejects.csv");
    let said_to = e.path().join("stderr.txt");
    for (signal, number) in [("INT", 2), ("TERM", 15), ("HUP", 1)] {
        // The rows come from a pipe this test holds open: the import has begun (its
        // transaction open, the reject file started) and waits for more when the signal comes.
        let mut child = e
            .cmd()
            .args(["import", "-", "--kind", "record", "--skip-invalid", "--reject-file"])
            .arg(&rejects)
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            // A file, not a pipe: 40,000 error lines would fill a pipe nobody reads yet.
            .stderr(std::fs::File::create(&said_to).expect("stderr file"))
            .spawn()
            .expect("spawn");
        let mut rows = child.stdin.take().expect("stdin");
        rows.write_all(b"subject_id,event_date,type,result\n").expect("header");
        // More than the 1 MiB of standard input read to tell its encoding before the rows.
        for i in 0..40_000 {
            writeln!(rows, "{i},20.11.2026,\u{43e}\u{441}\u{43c}\u{43e}\u{442}\u{440},")
                .expect("row");
        }
        rows.flush().expect("flush");
        let mut waited = Duration::ZERO;
        while named(&out, ".kabinet-rejects-").is_empty() {
            assert!(waited < Duration::from_secs(30), "the reject file never started");
            std::thread::sleep(Duration::from_millis(10));
            waited += Duration::from_millis(10);
        }
        let sent = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status()
            .expect("kill");
        assert!(sent.success());
        let done = child.wait_with_output().expect("wait");
        drop(rows);
        assert_eq!(done.status.signal(), Some(number), "ends by the signal it got: {signal}");
        let said = std::fs::read_to_string(&said_to).expect("stderr");
        assert!(said.contains("interrupted: unfinished output files removed"), "{said}");
        assert_eq!(named(&out, ""), Vec::<String>::new(), "nothing is left in the output dir");
        let r = e.run(&["verify"]);
        assert_eq!(r.code, 0, "{signal}: {}", r.stderr);
        assert_eq!(e.json(&["export", "json", "--kind", "record"]), before, "{signal}");
    }
}

#[test]
fn sigkill_at_20_moments_of_a_100k_import_leaves_all_or_none() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("before-1", "20.11.2026");
    e.add_record("before-2", "20.11.2026");
    let csv = e.file("big.csv", &records_csv(100_000));
    let mut expected = 2;
    // Moments spread over the whole import (validation, inserts, the commit), pseudo-random.
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut completed = false;
    for round in 0..20 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let wait = Duration::from_millis(100 + x % 4_500);
        let status =
            killed_after(&e, &["import", csv.to_str().expect("p"), "--kind", "record", "-q"], wait);
        let r = e.run(&["verify"]);
        assert_eq!(r.code, 0, "round {round} (killed after {wait:?}): {}", r.stderr);
        let n = count(&e);
        // The kill can land after the commit but before the process exits: the whole import
        // is then in, whatever the exit status says. Later rounds import the same file again
        // and add nothing (all duplicates).
        if !completed && (status.success() || n == expected + 100_000) {
            completed = true;
            expected += 100_000;
        }
        assert!(n == expected, "round {round}: {n} records, expected {expected} (all or none)");
    }
    let listed = ids(&e.json(&["record", "list"]));
    assert!(listed.contains(&"R-1".to_owned()) && listed.contains(&"R-2".to_owned()));
}

/// The store's indexes (name and SQL) and whether they hold exactly its rows.
fn indexes(e: &Env) -> (Vec<(String, String)>, String) {
    let c = crate::util::keyed_conn(e);
    let list = c
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name")
        .expect("schema")
        .query_map([], |r| Ok((r.get(0)?, r.get::<_, Option<String>>(1)?.unwrap_or_default())))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("schema rows");
    (list, c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check"))
}

#[test]
fn sigkill_during_a_first_import_leaves_the_empty_store_with_its_indexes_or_all_rows() {
    // A first import drops three indexes inside its transaction and makes them at the end: a
    // kill at any moment must leave them as they were (rolled back) or made (committed).
    let e = Env::with_store();
    local_only!(e);
    let fresh = std::fs::read(&e.store).expect("store");
    let schema = indexes(&e);
    let csv = e.file("big.csv", &records_csv(100_000));
    let import = ["import", csv.to_str().expect("p"), "--kind", "record", "-q"];
    // Kill moments spread evenly over how long the whole import takes on this machine and
    // build, so that some land in the reading, some in the index sorts and the commit.
    let started = std::time::Instant::now();
    e.ok(&import);
    let whole = started.elapsed();
    for round in 0..8u32 {
        std::fs::write(&e.store, &fresh).expect("fresh store");
        e.forget_heads();
        let wait = whole * (2 * round + 1) / 16;
        killed_after(&e, &import, wait);
        let r = e.run(&["verify"]);
        assert_eq!(r.code, 0, "round {round} (killed after {wait:?}): {}", r.stderr);
        let n = count(&e);
        assert!(n == 0 || n == 100_000, "round {round}: {n} records (all or none)");
        assert_eq!(indexes(&e), schema, "round {round} (killed after {wait:?}), {n} records");
    }
}

/// Runs kabinet with writes limited to `blocks` KiB per file (RLIMIT_FSIZE, SIGXFSZ
/// ignored so that a write fails as on a full disk instead of killing the process).
fn with_file_limit(e: &Env, kib: u64, args: &[&str]) -> crate::util::Run {
    let mut script = format!("trap '' XFSZ; ulimit -f {}; exec \"$0\"", kib * 2);
    for i in 1..=args.len() {
        script.push_str(&format!(" \"${i}\""));
    }
    let mut c = e.cmd();
    let bin = c.get_program().to_owned();
    let mut sh = Command::new("sh");
    sh.arg("-c").arg(&script).arg(bin).args(args);
    // The scrubbed environment of `e.cmd()`.
    sh.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.stdin(Stdio::null());
    let _ = &mut c;
    let out = sh.output().expect("sh");
    crate::util::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_full_disk_during_add_import_and_backup_changes_nothing() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let before = std::fs::read(&e.store).expect("read");
    let size_kib = before.len() as u64 / 1024;
    // add: no byte can be written anywhere (the journal comes first).
    let r = with_file_limit(
        &e,
        0,
        &[
            "record",
            "add",
            "--subject-id",
            "2",
            "--date",
            "20.11.2026",
            "--type",
            "t",
            "--result",
            "r",
        ],
    );
    no_panic(&r, "add");
    assert_ne!(r.code, 0, "add with a full disk succeeded: {}", r.stdout);
    assert!(r.stderr.contains("kabinet:"), "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("read"), before, "add changed the store");
    // import: the store may grow by 64 KiB, the import needs far more.
    let csv = e.file("in.csv", &records_csv(5_000));
    let r = with_file_limit(
        &e,
        size_kib + 64,
        &["import", csv.to_str().expect("p"), "--kind", "record"],
    );
    no_panic(&r, "import");
    assert_ne!(r.code, 0, "import with a full disk succeeded: {}", r.stdout);
    assert!(r.stderr.contains("kabinet:"), "{}", r.stderr);
    assert_eq!(count(&e), 1);
    e.ok(&["verify"]);
    // backup: the copy cannot be written; no partial file is left.
    let bk = e.path().join("copy.db");
    let r = with_file_limit(&e, size_kib / 2, &["backup", bk.to_str().expect("p")]);
    no_panic(&r, "backup");
    assert_ne!(r.code, 0, "backup with a full disk succeeded: {}", r.stdout);
    assert!(!bk.exists(), "a partial backup was left");
    let leftovers = crate::util::leftovers(e.path());
    assert!(leftovers.is_empty(), "{leftovers:?}");
    e.ok(&["verify"]);
    assert_eq!(count(&e), 1);
    e.add_record("3", "20.11.2026");
}

#[test]
fn eight_concurrent_writers_of_200_adds_each_make_exactly_1600() {
    let e = Env::with_store();
    local_only!(e);
    let threads: Vec<_> = (0..8)
        .map(|w| {
            let store = e.store.clone();
            std::thread::spawn(move || {
                let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(PASS.into()));
                let mut s = kabinet::store::Store::open(&store, &pass).expect("open");
                let (env, actor) = crate::util::library_clerk(&format!("writer{w}@test"));
                for i in 0..200 {
                    let d = crate::util::record_draft(&format!("w{w}-{i}"));
                    kabinet::app::records::add(&mut s, &env, &actor, &d, false)
                        .expect("every add lands: busy waits only");
                }
            })
        })
        .collect();
    for t in threads {
        t.join().expect("no writer crashed");
    }
    assert_eq!(count(&e), 1600);
    e.ok(&["verify"]);
}

#[test]
fn a_marker_in_every_field_reaches_no_file_even_through_a_large_sorted_listing() {
    let e = Env::with_store();
    let m = "ZQXMARKERЖЮ";
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        &format!("{m}-id"),
        "--subject-name",
        m,
        "--date",
        "20.11.2026",
        "--type",
        &format!("{m}-type"),
        "--subtype",
        m,
        "--result",
        m,
        "--description",
        m,
        "--registry-no",
        m,
        "--amount",
        "987654.31",
        "--snils",
        "112-233-445 95",
        "--oktmo",
        "45381000",
        "--responsible",
        m,
        "--follow-up-on",
        "01.12.2026",
    ]);
    e.add_doc(
        m,
        "passport",
        "975318",
        "01.01.2020",
        &[
            "--holder-snils",
            "112-233-445 95",
            "--series",
            "4512",
            "--issued-by",
            m,
            "--department-code",
            "770-093",
            "--expires",
            "01.01.2030",
            "--notes",
            m,
        ],
    );
    e.add_appt(
        m,
        m,
        "10.12.2026 10:00",
        &["--person", m, "--office", m, "--confirmation-no", m, "--needs", "D-1", "--notes", m],
    );
    e.ok(&["obligation", "add", m, "--due", "05.12.2026"]);
    // A large registry, listed in an order no index gives: SQLite sorts it.
    let mut csv = String::from("holder,kind,number,issued_on,expires_on,notes\n");
    for i in 0..20_000 {
        csv.push_str(&format!(
            "{m} {i},снилс,{},01.02.2010,{:02}.{:02}.20{},{m} заметка {i}\n",
            snils(i),
            1 + i % 28,
            1 + i % 12,
            27 + i % 9
        ));
    }
    let f = e.file("docs.csv", &csv);
    e.ok(&["import", f.to_str().expect("p"), "--kind", "doc"]);
    std::fs::remove_file(&f).expect("rm");
    let outside = tempfile::tempdir().expect("outside");
    let sink = outside.path().join("out.csv");
    for args in [
        vec!["doc", "list", "--format", "csv"],
        vec!["record", "list", "--format", "json"],
        vec!["appt", "list", "--format", "json"],
        vec!["log", "--format", "json"],
    ] {
        let r = e.run(&args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(r.stdout.contains(m), "{args:?} should show the marker");
    }
    for args in [vec!["deadlines", "--within", "400d"], vec!["validate"], vec!["verify"]] {
        let r = e.run(&args);
        no_panic(&r, "read");
    }
    e.ok(&["export", "csv", "--kind", "doc", "-o", sink.to_str().expect("p")]);
    e.ok(&[
        "export",
        "pdf",
        "--kind",
        "doc",
        "-o",
        outside.path().join("r.pdf").to_str().expect("p"),
    ]);
    e.ok(&["-y", "record", "delete", "R-1"]);
    for needle in [m.as_bytes(), "975318".as_bytes(), "987654.31".as_bytes(), "770-093".as_bytes()]
    {
        let hits = found_in_files(e.path(), needle);
        assert!(hits.is_empty(), "{:?} in {hits:?}", String::from_utf8_lossy(needle));
    }
    // Positive control: the scan does find the marker in a plain SQLite file.
    let control = e.path().join("control.db");
    let c = rusqlite::Connection::open(&control).expect("control");
    c.execute("CREATE TABLE t (x TEXT)", []).expect("t");
    c.execute("INSERT INTO t VALUES (?1)", [m]).expect("i");
    drop(c);
    assert_eq!(found_in_files(e.path(), m.as_bytes()), vec![control]);
}

/// A valid СНИЛС for each `i`.
fn snils(i: u32) -> String {
    let body = format!("{:09}", 200_000_000 + i * 7);
    let digits: Vec<u32> = body.bytes().map(|b| u32::from(b - b'0')).collect();
    let sum: u32 = digits.iter().enumerate().map(|(k, d)| d * (9 - k as u32)).sum();
    let check = match sum % 101 {
        100 => 0,
        s => s,
    };
    format!("{body}{check:02}")
}

#[test]
fn a_passphrase_from_a_file_or_the_environment_never_shows_in_the_process_table() {
    let e = Env::with_store();
    let secret_file = e.file("pass.txt", &format!("{PASS}\n"));
    for by_file in [false, true] {
        let mut c = e.cmd();
        if by_file {
            c.env_remove("KABINET_PASSPHRASE").env("KABINET_PASSPHRASE_FILE", &secret_file);
        }
        // `import -` waits on its standard input: a process to look at.
        let mut child = c
            .args(["import", "-", "--kind", "record"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawn");
        std::thread::sleep(Duration::from_millis(700));
        let cmdline = std::fs::read(format!("/proc/{}/cmdline", child.id())).expect("cmdline");
        assert!(
            !cmdline.windows(PASS.len()).any(|w| w == PASS.as_bytes()),
            "the passphrase is in /proc/PID/cmdline: {}",
            String::from_utf8_lossy(&cmdline)
        );
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(b"subject_id,event_date,type,result\n1,20.11.2026,t,r\n");
        }
        let _ = child.wait();
    }
}

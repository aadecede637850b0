//! Shared helpers: a scrubbed environment per test, running the binary, reading its output.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The pinned "now" of every test unless it says otherwise: Sunday 22.11.2026, noon.
pub const NOW: &str = "2026-11-22T12:00:00";
pub const PASS: &str = "correct horse battery staple";

/// One test's world: a temp directory as HOME and TMPDIR, a store path inside it.
pub struct Env {
    pub dir: tempfile::TempDir,
    pub store: PathBuf,
    pub now: String,
}

/// What a run gave back.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    fn from(out: Output) -> Run {
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }
}

/// Ends a test early on the office-server backend (`KABINET_TEST_BACKEND=server`), saying so:
/// what it shows is about the store's file itself (its bytes, its SQL, its format's
/// migrations, its key file, a session's held key), which an office on a server does not have.
/// The same test runs on a store file in the same CI run.
macro_rules! local_only {
    ($e:expr) => {
        if $e.on_server() {
            eprintln!("local store only: not run on the office server");
            return;
        }
    };
}

/// Under `KABINET_TEST_BACKEND=server`, the test server's database for this run's offices
/// (made once per test process; those of earlier runs dropped).
pub fn backend_server() -> Option<&'static str> {
    static DB: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    DB.get_or_init(|| {
        if std::env::var("KABINET_TEST_BACKEND").as_deref() != Ok("server") {
            return None;
        }
        let url = std::env::var("KABINET_TEST_PG")
            .ok()
            .filter(|u| !u.is_empty())
            .expect("KABINET_TEST_BACKEND=server needs KABINET_TEST_PG (as .ci/run sets)");
        let psql = |sql: &str| {
            let out = Command::new("psql")
                .args([url.as_str(), "-v", "ON_ERROR_STOP=1", "-qAtc", sql])
                .output()
                .expect("psql runs");
            assert!(out.status.success(), "{sql}: {}", String::from_utf8_lossy(&out.stderr));
            String::from_utf8_lossy(&out.stdout).into_owned()
        };
        let name = format!("kt_bb_{}", std::process::id());
        let stale = psql("SELECT datname FROM pg_database WHERE datname LIKE 'kt\\_bb\\_%'");
        for old in stale.lines().filter(|l| !l.is_empty()) {
            psql(&format!("DROP DATABASE IF EXISTS {old} WITH (FORCE)"));
        }
        psql(&format!("CREATE DATABASE {name}"));
        let (head, query) = url.split_once('?').unwrap_or((&url, ""));
        let base = head.rsplit_once('/').map_or(head, |(b, _)| b);
        Some(format!("{base}/{name}?{query}"))
    })
    .as_deref()
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_kabinet")
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = dir.path().join("data").join("kabinet.db");
        Env { dir, store, now: NOW.to_owned() }
    }

    /// A new env with a store already made by `kabinet init` — or, under
    /// `KABINET_TEST_BACKEND=server`, an office of its own made by `kabinet server init` on the
    /// test server, which the store path then names: the same tests, the other backend.
    pub fn with_store() -> Env {
        let mut e = Env::new();
        match backend_server() {
            Some(db) => {
                static N: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
                let n = N.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let office = format!("t{n}");
                e.ok(&["server", "init", db, "--office", &office]);
                e.store = PathBuf::from(format!("{db}&office={office}"));
            }
            None => {
                e.ok(&["init"]);
            }
        }
        e
    }

    /// Whether this env's store is an office on the test server.
    pub fn on_server(&self) -> bool {
        self.store.to_string_lossy().starts_with("postgresql:")
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// The binary with the user's environment scrubbed: only what kabinet needs is set.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(bin());
        c.env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("HOME", self.path())
            .env("TMPDIR", self.path())
            .env("LANG", "C")
            .env("KABINET_STORE", &self.store)
            .env("KABINET_PASSPHRASE", PASS)
            .env("KABINET_NOW", &self.now)
            .stdin(Stdio::null());
        c
    }

    pub fn run_with(&self, args: &[&str], f: impl FnOnce(&mut Command)) -> Run {
        let mut c = self.cmd();
        c.args(args);
        f(&mut c);
        Run::from(c.output().expect("run kabinet"))
    }

    /// Runs kabinet like `kabinet ARGS | head -1` (or `2>&1 | head -1` with `stderr`): reads
    /// the first line of that stream and hangs up. The first line, the exit code and what
    /// went to the other stream.
    pub fn first_line_then_hang_up(
        &self,
        args: &[&str],
        stderr: bool,
    ) -> (String, Option<i32>, String) {
        use std::io::{BufRead, BufReader, Read};
        let mut child = self
            .cmd()
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn kabinet");
        let (read, mut other): (Box<dyn Read>, Box<dyn Read>) = if stderr {
            (
                Box::new(child.stderr.take().expect("stderr")),
                Box::new(child.stdout.take().expect("stdout")),
            )
        } else {
            (
                Box::new(child.stdout.take().expect("stdout")),
                Box::new(child.stderr.take().expect("stderr")),
            )
        };
        let mut first = String::new();
        BufReader::new(read).read_line(&mut first).expect("read");
        // The reader is dropped here: the pipe's other end is closed.
        let mut rest = String::new();
        other.read_to_string(&mut rest).expect("read the other stream");
        let status = child.wait().expect("wait");
        (first, status.code(), rest)
    }

    pub fn run(&self, args: &[&str]) -> Run {
        self.run_with(args, |_| {})
    }

    /// Runs at another pinned "now".
    pub fn run_at(&self, now: &str, args: &[&str]) -> Run {
        self.run_with(args, |c| {
            c.env("KABINET_NOW", now);
        })
    }

    /// Runs and asserts success; returns stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "kabinet {args:?} failed:\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        r.stdout
    }

    /// Runs and asserts the exit code; returns the run.
    pub fn fails(&self, code: i32, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(
            r.code, code,
            "kabinet {args:?}: want exit {code}\nstdout: {}\nstderr: {}",
            r.stdout, r.stderr
        );
        assert!(!r.stderr.contains("panicked"), "panic: {}", r.stderr);
        assert!(!r.stderr.contains("RUST_BACKTRACE"), "backtrace: {}", r.stderr);
        r
    }

    /// `list … --format json` parsed.
    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["--format", "json"]);
        serde_json::from_str(&self.ok(&a)).expect("JSON output")
    }

    /// Writes a file in the env's directory.
    pub fn file(&self, name: &str, contents: &str) -> PathBuf {
        let p = self.path().join(name);
        std::fs::File::create(&p)
            .and_then(|mut f| f.write_all(contents.as_bytes()))
            .expect("write file");
        p
    }

    /// Forgets the head of the audit trail this machine remembers for the env's stores: for a
    /// test that puts an older file in the store's place on purpose (not a rollback to warn of).
    pub fn forget_heads(&self) {
        let _ = std::fs::remove_dir_all(self.path().join(".local/state/kabinet/heads"));
    }

    /// Adds a valid record and returns its ID.
    pub fn add_record(&self, subject: &str, date: &str) -> String {
        self.ok(&add_record_args(subject, date)).trim().to_owned()
    }

    /// Adds a document (see [`doc_args`]) and returns its ID.
    pub fn add_doc(
        &self,
        holder: &str,
        kind: &str,
        number: &str,
        issued: &str,
        more: &[&str],
    ) -> String {
        self.ok(&doc_args(holder, kind, number, issued, more)).trim().to_owned()
    }

    /// Books an appointment (see [`appt_args`]) and returns its ID.
    pub fn add_appt(&self, institution: &str, service: &str, at: &str, more: &[&str]) -> String {
        self.ok(&appt_args(institution, service, at, more)).trim().to_owned()
    }

    /// Files `applicant`'s application for a certificate at the МФЦ, submitted 20.11.2026, with
    /// `more` flags (`--fee`…); returns its ID.
    pub fn add_application(&self, applicant: &str, more: &[&str]) -> String {
        let mut args = vec![
            "application",
            "add",
            "--applicant",
            applicant,
            "--agency",
            "МФЦ",
            "--service",
            "справка",
            "--submitted",
            "20.11.2026",
        ];
        args.extend_from_slice(more);
        self.ok(&args).trim().to_owned()
    }
}

/// `doc add` of `holder`'s document of `kind` numbered `number`, issued on `issued`, with
/// `more` flags (`--expires`, `--series`, `--holder-snils`…).
pub fn doc_args<'a>(
    holder: &'a str,
    kind: &'a str,
    number: &'a str,
    issued: &'a str,
    more: &[&'a str],
) -> Vec<&'a str> {
    let mut args = vec![
        "doc", "add", "--holder", holder, "--kind", kind, "--number", number, "--issued", issued,
    ];
    args.extend_from_slice(more);
    args
}

/// `appt add` at `institution` for `service` at `at`, with `more` flags (`--person`,
/// `--needs`…).
pub fn appt_args<'a>(
    institution: &'a str,
    service: &'a str,
    at: &'a str,
    more: &[&'a str],
) -> Vec<&'a str> {
    let mut args =
        vec!["appt", "add", "--institution", institution, "--service", service, "--at", at];
    args.extend_from_slice(more);
    args
}

/// `record add` of a valid record (what [`Env::add_record`] runs).
pub fn add_record_args<'a>(subject: &'a str, date: &'a str) -> [&'a str; 10] {
    [
        "record",
        "add",
        "--subject-id",
        subject,
        "--date",
        date,
        "--type",
        "осмотр",
        "--result",
        "здоров",
    ]
}

/// What a clerk's use of the library needs: the rules' settings at the pinned "now" (a Moscow
/// store, the shipped calendar) and who acts, as `record add` would make them.
pub fn library_clerk(who: &str) -> (kabinet::app::Env, kabinet::app::Actor) {
    let now = chrono::NaiveDateTime::parse_from_str(NOW, "%Y-%m-%dT%H:%M:%S").expect("now");
    let env = kabinet::app::Env {
        now,
        zone: chrono_tz::Europe::Moscow,
        calendar: kabinet::calendar::Calendar::builtin(),
        leads: Default::default(),
        reminders: Default::default(),
        expire_days: kabinet::domain::application::DEFAULT_EXPIRE_DAYS,
    };
    let actor = kabinet::app::Actor { at: now, who: who.into(), command: "record add".into() };
    (env, actor)
}

/// The fields of a valid record of `subject` (an examination on 20.11.2026), as a draft.
pub fn record_draft(subject: &str) -> kabinet::domain::Draft {
    let mut d = kabinet::domain::Draft::default();
    d.set("subject_id", subject.to_owned());
    d.set("event_date", "2026-11-20");
    d.set("type", "осмотр");
    d.set("result", "здоров");
    d
}

/// IDs of a JSON array of items (`id`, or `item` for deadlines).
pub fn ids(v: &serde_json::Value) -> Vec<String> {
    let id = |x: &serde_json::Value| x["id"].as_str().or(x["item"].as_str()).map(str::to_owned);
    v.as_array().map(|a| a.iter().filter_map(id).collect()).unwrap_or_default()
}

/// Whether `needle` occurs in any file below `dir`.
/// kabinet's temporary files (`.kabinet-…`) left in `dir`: none, after any command.
pub fn leftovers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .expect("dir")
        .flatten()
        .filter(|f| f.file_name().to_string_lossy().starts_with(".kabinet-"))
        .map(|f| f.path())
        .collect()
}

pub fn found_in_files(dir: &Path, needle: &[u8]) -> Vec<PathBuf> {
    let mut hits = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p)
                && bytes.windows(needle.len()).any(|w| w == needle)
            {
                hits.push(p);
            }
        }
    }
    hits
}

/// The key file beside a store file.
pub fn keys_of(store: &Path) -> PathBuf {
    let mut name = store.as_os_str().to_owned();
    name.push(".keys");
    PathBuf::from(name)
}

/// A connection to the env's store opened with its raw key, as another SQLCipher client
/// would: for planting damage or holding locks.
pub fn keyed_conn(e: &Env) -> rusqlite::Connection {
    keyed_conn_as(&e.store, PASS)
}

/// [`keyed_conn`] for the store at `path` under `passphrase`.
pub fn keyed_conn_as(path: &Path, passphrase: &str) -> rusqlite::Connection {
    keyed_conn_of(path, None, passphrase)
}

/// [`keyed_conn`] with the key `user`'s passphrase opens (the only user when `None`).
pub fn keyed_conn_of(path: &Path, user: Option<&str>, passphrase: &str) -> rusqlite::Connection {
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(passphrase.to_owned()));
    let who = kabinet::store::Who::new(user.map(str::to_owned));
    let key = kabinet::store::keying_sql(path, &who, &pass).expect("raw key");
    let c = rusqlite::Connection::open(path).expect("open");
    c.execute_batch(&key).expect("key");
    c
}

/// Registers `kabinet_mac` on a raw connection with the store's seal key, as kabinet's own
/// connection has it: for tests that play an older kabinet.
pub fn register_seal(c: &rusqlite::Connection) {
    let hex: String = c
        .query_row("SELECT value FROM meta WHERE key = 'seal_key'", [], |r| r.get(0))
        .expect("seal key");
    let secret: Vec<u8> = (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).expect("hex"))
        .collect();
    kabinet::store::register_seal_function(c, &secret).expect("register");
}

/// SQL that takes a store back to format 4, as a kabinet from before the audit trail left it:
/// no log, no seals, no attachments.
pub const BEFORE_V5: &str = "
    DROP TABLE audit;
    DROP TABLE attachments;
    DROP TABLE blobs;
    ALTER TABLE records DROP COLUMN mac;
    ALTER TABLE docs DROP COLUMN mac;
    ALTER TABLE appts DROP COLUMN mac;
    ALTER TABLE obligations DROP COLUMN mac;
    ALTER TABLE appt_moves DROP COLUMN mac;
    ALTER TABLE obligation_done DROP COLUMN mac;
    DELETE FROM meta WHERE key IN ('seal_key', 'audit_head', 'signed_from');
    PRAGMA user_version = 4;";

/// Runs kabinet under `script`, which gives it a pseudo-terminal, answering each prompt as
/// it appears.
pub fn on_terminal(e: &Env, args: &str, answers: &[(&str, &str)]) -> (i32, String) {
    on_terminal_as(e, args, answers, "dumb")
}

/// [`on_terminal`] with the terminal type `term` (a line editor needs one it knows, such as
/// `xterm`, to edit and complete).
pub fn on_terminal_as(e: &Env, args: &str, answers: &[(&str, &str)], term: &str) -> (i32, String) {
    let steps: Vec<(&str, &str, u64)> = answers.iter().map(|(p, a)| (*p, *a, 0)).collect();
    on_terminal_steps(e, args, &steps, term)
}

/// [`on_terminal_as`] waiting `ms` milliseconds after each prompt before answering it.
pub fn on_terminal_steps(
    e: &Env,
    args: &str,
    answers: &[(&str, &str, u64)],
    term: &str,
) -> (i32, String) {
    let mut child = Command::new("script")
        .args(["-qec", &format!("{} {args}", bin()), "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", e.path())
        .env("TERM", term)
        .env("KABINET_STORE", &e.store)
        .env("KABINET_NOW", &e.now)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("script(1) from util-linux");
    let seen = Arc::new(Mutex::new(String::new()));
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = {
        let seen = Arc::clone(&seen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 256];
            while let Ok(n) = stdout.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut s) = seen.lock() {
                    s.push_str(&String::from_utf8_lossy(&buf[..n]));
                }
            }
        })
    };
    let mut stdin = child.stdin.take().expect("stdin");
    let mut from = 0;
    for (prompt, answer, wait) in answers {
        let start = Instant::now();
        loop {
            let text = seen.lock().map(|s| s.clone()).unwrap_or_default();
            if let Some(i) = text[from..].find(prompt) {
                from += i + prompt.len();
                break;
            }
            assert!(start.elapsed() < Duration::from_secs(20), "no prompt {prompt:?} in {text:?}");
            std::thread::sleep(Duration::from_millis(20));
        }
        std::thread::sleep(Duration::from_millis(100 + wait));
        stdin.write_all(format!("{answer}\r").as_bytes()).expect("answer");
        stdin.flush().expect("flush");
    }
    let status = child.wait().expect("wait");
    drop(stdin);
    let _ = reader.join();
    let text = seen.lock().map(|s| s.clone()).unwrap_or_default();
    (status.code().unwrap_or(-1), text)
}

/// Whether `program` is on the PATH for a test that runs it. When it is not, the test is
/// skipped with one line saying what it needs (`package`, as Debian names it) — except under
/// `CI=true`, where a missing program fails the run: there `.ci/run` has installed it.
pub fn have(program: &str, package: &str) -> bool {
    let path = std::env::var_os("PATH").unwrap_or_default();
    let found = std::env::split_paths(&path).any(|dir| {
        std::fs::metadata(dir.join(program)).is_ok_and(|m| {
            m.is_file() && std::os::unix::fs::PermissionsExt::mode(&m.permissions()) & 0o111 != 0
        })
    });
    if found {
        return true;
    }
    let what = format!("{program} (Debian package {package})");
    assert!(
        std::env::var("CI").as_deref() != Ok("true"),
        "this test needs {what}; CI=true never skips"
    );
    // Straight to stderr, not through the test harness's capture: the line is seen.
    let test = std::thread::current().name().unwrap_or("a test").to_owned();
    let _ = writeln!(std::io::stderr(), "skipped {test}: needs {what}, which is not installed");
    false
}

/// Returns from the test, skipped, unless every program is installed (see [`have`]).
macro_rules! needs {
    ($($program:literal from $package:literal),+ $(,)?) => {
        if $(!$crate::util::have($program, $package))||+ {
            return;
        }
    };
}

/// An SMTP server on 127.0.0.1 for the tests: it records each message it accepts, and refuses
/// every sender while `refuse` is set (as a server out of space or blocking us would).
pub struct Smtp {
    pub port: u16,
    pub messages: Arc<Mutex<Vec<String>>>,
    pub refuse: Arc<std::sync::atomic::AtomicBool>,
}

impl Smtp {
    pub fn start() -> Smtp {
        use std::io::{BufRead, BufReader};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let messages: Arc<Mutex<Vec<String>>> = Arc::default();
        let refuse: Arc<std::sync::atomic::AtomicBool> = Arc::default();
        let (m, r) = (Arc::clone(&messages), Arc::clone(&refuse));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let (m, r) = (Arc::clone(&m), Arc::clone(&r));
                std::thread::spawn(move || {
                    let Ok(mut out) = stream.try_clone() else { return };
                    let mut lines = BufReader::new(stream);
                    let _ = out.write_all(b"220 test ESMTP\r\n");
                    let mut line = String::new();
                    while lines.read_line(&mut line).is_ok_and(|n| n > 0) {
                        let cmd = line.trim_end().to_ascii_uppercase();
                        let reply: &[u8] = if cmd.starts_with("EHLO") || cmd.starts_with("HELO") {
                            b"250-test\r\n250 8BITMIME\r\n"
                        } else if cmd.starts_with("MAIL") {
                            if r.load(std::sync::atomic::Ordering::SeqCst) {
                                b"550 5.7.1 refused for the test\r\n"
                            } else {
                                b"250 OK\r\n"
                            }
                        } else if cmd.starts_with("DATA") {
                            let _ = out.write_all(b"354 go ahead\r\n");
                            let mut body = String::new();
                            let mut l = String::new();
                            while lines.read_line(&mut l).is_ok_and(|n| n > 0) {
                                if l.trim_end() == "." {
                                    break;
                                }
                                body.push_str(&l);
                                l.clear();
                            }
                            if let Ok(mut all) = m.lock() {
                                all.push(body);
                            }
                            b"250 OK queued\r\n"
                        } else if cmd.starts_with("QUIT") {
                            let _ = out.write_all(b"221 bye\r\n");
                            return;
                        } else {
                            b"250 OK\r\n"
                        };
                        let _ = out.write_all(reply);
                        line.clear();
                    }
                });
            }
        });
        Smtp { port, messages, refuse }
    }

    pub fn received(&self) -> Vec<String> {
        self.messages.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

/// An HTTP server on 127.0.0.1 for the tests: it records each request's `Authorization`
/// header and body, and answers `status` (200 unless changed).
pub struct Http {
    pub port: u16,
    pub received: Arc<Mutex<Vec<(String, String)>>>,
    pub status: Arc<std::sync::atomic::AtomicU16>,
}

impl Http {
    pub fn start() -> Http {
        use std::io::{BufRead, BufReader};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let received: Arc<Mutex<Vec<(String, String)>>> = Arc::default();
        let status = Arc::new(std::sync::atomic::AtomicU16::new(200));
        let (rec, st) = (Arc::clone(&received), Arc::clone(&status));
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let Ok(mut out) = stream.try_clone() else { continue };
                let mut r = BufReader::new(stream);
                let (mut auth, mut len, mut line) = (String::new(), 0usize, String::new());
                while r.read_line(&mut line).is_ok_and(|n| n > 0) && line.trim_end() != "" {
                    let lower = line.to_ascii_lowercase();
                    if let Some(v) = lower.strip_prefix("content-length:") {
                        len = v.trim().parse().unwrap_or(0);
                    }
                    if lower.starts_with("authorization:") {
                        auth = line["authorization:".len()..].trim().to_owned();
                    }
                    line.clear();
                }
                let mut body = vec![0u8; len];
                let _ = r.read_exact(&mut body);
                if let Ok(mut all) = rec.lock() {
                    all.push((auth, String::from_utf8_lossy(&body).into_owned()));
                }
                let code = st.load(std::sync::atomic::Ordering::SeqCst);
                let answer = format!(
                    "HTTP/1.1 {code} X\r\nContent-Length: 4\r\nConnection: close\r\n\r\nnope"
                );
                let _ = out.write_all(answer.as_bytes());
            }
        });
        Http { port, received, status }
    }

    pub fn requests(&self) -> Vec<(String, String)> {
        self.received.lock().map(|m| m.clone()).unwrap_or_default()
    }
}

//! Completions and manual pages are generated from the clap definition and committed: these
//! tests regenerate them and fail when the committed files are stale, and render every page.
//! Also how the suite treats a test whose outside program is missing.

use std::path::Path;
use std::process::Command;

use crate::util::Env;

fn repo(rel: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

const HOW: &str = "regenerate with `cargo run -- completions SHELL > completions/FILE` and \
                   `rm -r man && cargo run -- man man`";

#[test]
fn committed_completions_are_current() {
    let e = Env::new();
    for (shell, file) in [
        ("bash", "kabinet.bash"),
        ("zsh", "_kabinet"),
        ("fish", "kabinet.fish"),
        ("powershell", "_kabinet.ps1"),
        ("elvish", "kabinet.elv"),
    ] {
        let now = e.ok(&["completions", shell]);
        let committed = std::fs::read_to_string(repo("completions").join(file))
            .unwrap_or_else(|_| panic!("completions/{file} is missing; {HOW}"));
        assert!(now == committed, "completions/{file} is stale; {HOW}");
        assert!(now.contains("deadlines") && now.contains("import"), "{file}");
    }
}

#[test]
fn committed_man_pages_are_current_and_render_cleanly() {
    let e = Env::new();
    let out = e.path().join("man");
    let said = e.ok(&["man", out.to_str().expect("path")]);
    assert!(said.contains("manual pages"), "{said}");
    let names = |dir: &Path| {
        let mut v: Vec<String> = std::fs::read_dir(dir)
            .map(|d| d.flatten().map(|f| f.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        v.sort();
        v
    };
    let fresh = names(&out);
    assert_eq!(fresh, names(&repo("man")), "the set of pages changed; {HOW}");
    for want in ["kabinet.1", "kabinet-record.1", "kabinet-import.1", "kabinet-deadlines.1"] {
        assert!(fresh.iter().any(|n| n == want), "no {want}");
    }
    let groff = crate::util::have("groff", "groff-base");
    for name in &fresh {
        let now = std::fs::read_to_string(out.join(name)).expect("page");
        let committed = std::fs::read_to_string(repo("man").join(name)).expect("committed page");
        assert!(now == committed, "man/{name} is stale; {HOW}");
        for section in ["EXIT STATUS", "ENVIRONMENT", "FILES"] {
            assert!(
                now.contains(&format!(".SH \"{section}\""))
                    || now.contains(&format!(".SH {section}")),
                "{name} lacks {section}"
            );
        }
        // groff (installed by .ci/run) renders it without a single warning.
        if !groff {
            continue;
        }
        let r = Command::new("groff")
            .args(["-k", "-mandoc", "-Tutf8", "-ww", "-z"])
            .arg(out.join(name))
            .output()
            .expect("groff (groff-base) is needed to check the manual pages");
        assert!(
            r.status.success() && r.stderr.is_empty(),
            "{name}: {}",
            String::from_utf8_lossy(&r.stderr)
        );
    }
    let top = std::fs::read_to_string(out.join("kabinet.1")).expect("kabinet.1");
    assert!(top.contains(".SH EXAMPLES"), "kabinet.1 has examples");
    // And man(1) itself shows the main page, Cyrillic included, when it is installed.
    if crate::util::have("man", "man-db")
        && let Ok(r) = Command::new("man")
            .arg("-l")
            .arg(out.join("kabinet.1"))
            .env("MANPAGER", "cat")
            .env("LANG", "C.UTF-8")
            .output()
    {
        assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
        let text = String::from_utf8_lossy(&r.stdout);
        assert!(text.contains("EXIT STATUS") && text.contains("ДД.ММ.ГГГГ"), "{text}");
    }
}

#[test]
fn every_subcommand_help_has_examples() {
    use clap::CommandFactory;
    fn walk(cmd: &clap::Command, path: &str, missing: &mut Vec<String>) {
        for sub in cmd.get_subcommands().filter(|s| s.get_name() != "help") {
            let name = format!("{path} {}", sub.get_name());
            let help = sub.get_after_help().map(|h| h.to_string()).unwrap_or_default();
            if !help.contains("Example") {
                missing.push(name.clone());
            }
            walk(sub, &name, missing);
        }
    }
    let mut missing = Vec::new();
    walk(&kabinet::cli::Cli::command(), "kabinet", &mut missing);
    assert!(missing.is_empty(), "--help without examples: {missing:?}");
}

/// Stands for a test of an outside program that is not installed; acts only when the test
/// below runs it (`KABINET_SKIP_PROBE`).
#[test]
fn skip_probe() {
    if std::env::var_os("KABINET_SKIP_PROBE").is_none() {
        return;
    }
    needs!("kabinet-no-such-program" from "kabinet-no-such-package");
    panic!("ran without its program");
}

#[test]
fn a_test_whose_program_is_missing_skips_saying_so_but_fails_under_ci() {
    let run = |ci: Option<&str>| {
        let mut c = Command::new(std::env::current_exe().expect("test binary"));
        c.args(["--exact", "generated::skip_probe"]).env("KABINET_SKIP_PROBE", "1");
        match ci {
            Some(v) => c.env("CI", v),
            None => c.env_remove("CI"),
        };
        c.output().expect("run the test binary")
    };
    let skipped = run(None);
    let said = String::from_utf8_lossy(&skipped.stderr);
    assert!(skipped.status.success(), "{said}");
    assert!(
        said.contains("skipped generated::skip_probe: needs kabinet-no-such-program (Debian package kabinet-no-such-package)"),
        "{said}"
    );
    assert_eq!(said.lines().filter(|l| l.starts_with("skipped")).count(), 1, "{said}");
    let failed = run(Some("true"));
    assert!(!failed.status.success());
    let out = String::from_utf8_lossy(&failed.stdout);
    assert!(out.contains("CI=true never skips"), "{out}");
}

#[test]
fn help_lists_a_commands_own_options_first_and_the_global_ones_under_their_heading() {
    let e = Env::new();
    for (args, own) in [
        (&["record", "add", "--help"][..], "--subject-id"),
        (&["doc", "list", "--help"], "--holder"),
        (&["import", "--help"], "--skip-invalid"),
    ] {
        let whole = e.ok(args);
        // The options, without the examples after them.
        let help = whole.split("\nExample").next().unwrap_or_default();
        let own_at = help.find(own).expect("own option");
        let heading = help.find("\nGlobal options:\n").expect("a heading for the global options");
        let store_at = help.find("--store <PATH>").expect("--store");
        assert!(own_at < heading && heading < store_at, "{args:?}:\n{help}");
        // Nothing of the command's own comes after the global options.
        assert!(!help[heading..].contains(own), "{args:?}:\n{help}");
    }
}

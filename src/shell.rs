//! `kabinet shell`: an interactive prompt for a terminal. It unlocks the store once (as
//! `kabinet unlock`: the key held for the session, forgotten after the idle time-out, so the
//! next command asks again), then runs each line exactly as the command line would — the same
//! parser, help, errors and exit codes, the last exit code shown in the prompt. Tab completes
//! subcommands, flags and item IDs (R-…, D-…, A-…, O-…, Z-…); Ctrl-C cancels the line, Ctrl-D
//! leaves. History is kept in memory only: nothing typed is written to any file.

use std::ffi::OsString;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::CommandFactory;
use rustyline::completion::Completer;
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::MemHistory;
use rustyline::validate::Validator;
use rustyline::{Config, Context, Editor, Helper};

use crate::cli::{self, Cli};
use crate::cmd::failure::Failure;
use crate::domain::{ItemId, ItemKind, printable};
use crate::i18n;
use crate::store::{Store, Who};

/// Candidates offered for an item ID at most.
const MAX_IDS: usize = 50;

/// One node of the command tree: its subcommands and its flags.
struct Node {
    path: String,
    subcommands: Vec<String>,
    flags: Vec<String>,
}

fn tree(cmd: &clap::Command, path: &str, out: &mut Vec<Node>) {
    let subs: Vec<&clap::Command> =
        cmd.get_subcommands().filter(|s| s.get_name() != "help").collect();
    let mut flags: Vec<String> =
        cmd.get_arguments().filter_map(|a| a.get_long()).map(|l| format!("--{l}")).collect();
    flags.push("--help".into());
    out.push(Node {
        path: path.to_owned(),
        subcommands: subs.iter().map(|s| s.get_name().to_owned()).collect(),
        flags,
    });
    for s in subs {
        let p = if path.is_empty() {
            s.get_name().to_owned()
        } else {
            format!("{path} {}", s.get_name())
        };
        tree(s, &p, out);
    }
}

/// What Tab offers.
struct Shell {
    nodes: Vec<Node>,
    store: PathBuf,
    who: Who,
}

impl Shell {
    fn node(&self, path: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.path == path)
    }

    /// The IDs of the items that exist and begin with `prefix` (`R-1` → …), of kinds
    /// the user may see; the store opened with the key held for this session, and closed.
    fn ids(&self, prefix: &str) -> Vec<String> {
        let Some(kind) = ItemKind::ALL.into_iter().find(|k| prefix.starts_with(k.prefix())) else {
            return Vec::new();
        };
        let Ok(Some(store)) = open_held(&self.store, &self.who) else { return Vec::new() };
        if store.kinds().is_some_and(|k| !k.iter().any(|c| c == kind.code())) {
            return Vec::new();
        }
        let r = store.read();
        let last = r.last_id(kind).unwrap_or(0);
        (1..=last)
            .map(|n| ItemId::new(kind, n))
            .filter(|id| id.to_string().starts_with(prefix) && r.exists(*id).unwrap_or(false))
            .take(MAX_IDS)
            .map(|id| id.to_string())
            .collect()
    }
}

/// The store opened with the key held for this session, if one is held and opens it.
fn open_held(path: &std::path::Path, who: &Who) -> crate::store::Result<Option<Store>> {
    crate::cmd::session::open_held_at(path, who)
}

impl Completer for Shell {
    type Candidate = String;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<String>)> {
        let before = &line[..pos];
        let start = before.rfind(char::is_whitespace).map_or(0, |i| i + 1);
        let word = &before[start..];
        let mut path = String::new();
        for w in before[..start].split_whitespace().filter(|w| !w.starts_with('-')) {
            let next = if path.is_empty() { w.to_owned() } else { format!("{path} {w}") };
            if self.node(&next).is_some() {
                path = next;
            }
        }
        let Some(node) = self.node(&path) else { return Ok((start, Vec::new())) };
        let from = |list: &[String]| list.iter().filter(|c| c.starts_with(word)).cloned().collect();
        let candidates = if word.starts_with('-') {
            from(&node.flags)
        } else if word.len() >= 2
            && word.as_bytes()[1] == b'-'
            && word.as_bytes()[0].is_ascii_uppercase()
        {
            self.ids(word)
        } else if !node.subcommands.is_empty() {
            from(&node.subcommands)
        } else {
            Vec::new()
        };
        Ok((start, candidates))
    }
}

impl Hinter for Shell {
    type Hint = String;
}
impl Highlighter for Shell {}
impl Validator for Shell {}
impl Helper for Shell {}

/// Runs one command line as `main` does; its exit code.
fn run_line(prefix: &[OsString], words: Vec<String>) -> u8 {
    let args: Vec<OsString> =
        prefix.iter().cloned().chain(words.into_iter().map(OsString::from)).collect();
    let parsed = match cli::parse_from(args.clone()) {
        Ok(p) => p,
        Err(e) if e.use_stderr() => {
            let text = cli::parse_error_text(args, &e);
            let _ = writeln!(std::io::stderr(), "{}", printable(text.trim_end()));
            return u8::try_from(e.exit_code()).unwrap_or(2);
        }
        Err(e) => {
            // Help and the version: shown, exit 0.
            let _ = e.print();
            return 0;
        }
    };
    if matches!(parsed.cli.command, cli::Command::Shell(_)) {
        let _ = writeln!(std::io::stderr(), "kabinet: {}", i18n::shell_in_shell());
        return 2;
    }
    match cli::run(parsed) {
        Ok(()) => 0,
        Err(Failure::Exit(code)) => code,
        Err(failure) => {
            let _ = writeln!(std::io::stderr(), "{}", printable(&failure.render()));
            failure.exit_code()
        }
    }
}

/// The shell; `prefix` is the command line up to `shell` (the program and global options),
/// put before each line typed.
pub fn run(prefix: Vec<OsString>, parsed: &cli::Parsed) -> u8 {
    let cli::Command::Shell(args) = &parsed.cli.command else { return 2 };
    // The settings (and the interface language) as any command resolves them.
    let (store, who) = match cli::session(&parsed.cli, &parsed.path) {
        Ok((s, _)) => (s.ctx.store_path.clone(), Who::new(s.ctx.user.clone())),
        Err(failure) => {
            let _ = writeln!(std::io::stderr(), "{}", printable(&failure.render()));
            return failure.exit_code();
        }
    };
    if !std::io::stdin().is_terminal() {
        let _ = writeln!(std::io::stderr(), "kabinet: {}", i18n::shell_needs_terminal());
        return 2;
    }
    // Unlocked once, as `kabinet unlock` (the passphrase asked for here, if not held yet).
    // Unlocked again, once, when the key held was forgotten (the idle time-out, `lock`).
    let unlock = |prefix: &[OsString], store: &std::path::Path, who: &Who| -> u8 {
        if matches!(open_held(store, who), Ok(Some(_))) {
            return 0;
        }
        let mut words = vec!["unlock".to_owned()];
        if let Some(idle) = &args.idle {
            words.extend(["--for".to_owned(), idle.clone()]);
        }
        run_line(prefix, words)
    };
    let code = unlock(&prefix, &store, &who);
    if code != 0 {
        return code;
    }
    let mut nodes = Vec::new();
    tree(&Cli::command(), "", &mut nodes);
    let config = Config::builder().auto_add_history(true).build();
    let Ok(mut editor) = Editor::<Shell, MemHistory>::with_history(config, MemHistory::new())
    else {
        let _ = writeln!(std::io::stderr(), "kabinet: {}", i18n::shell_needs_terminal());
        return 2;
    };
    editor.set_helper(Some(Shell {
        nodes,
        store: store.clone(),
        who: Who::new(who.asked.clone()),
    }));
    println!("{}", i18n::shell_welcome());
    let mut last = 0u8;
    loop {
        match editor.readline(&format!("kabinet[{last}]> ")) {
            Ok(line) if line.trim().is_empty() => {}
            Ok(line) if matches!(line.trim(), "exit" | "quit" | "выход") => return 0,
            Ok(line) => match shell_words::split(&line) {
                Ok(words) => {
                    let Some(helper) = editor.helper() else { return 1 };
                    last = unlock(&prefix, &helper.store, &helper.who);
                    if last == 0 {
                        last = run_line(&prefix, words);
                    }
                }
                Err(_) => {
                    let _ =
                        writeln!(std::io::stderr(), "kabinet: {}", i18n::shell_unbalanced_quote());
                    last = 2;
                }
            },
            // Ctrl-C: the line is dropped, the prompt comes back.
            Err(ReadlineError::Interrupted) => {}
            Err(ReadlineError::Eof) => return 0,
            Err(e) => {
                let _ = writeln!(std::io::stderr(), "kabinet: {e}");
                return 1;
            }
        }
    }
}

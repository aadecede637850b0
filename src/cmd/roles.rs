//! What each role may do, by the command as matched (`record add`): a reader reads, an editor
//! also changes items, an admin also manages users, keys and the store itself. Checked once the
//! store is open and its user known; a command not listed needs an admin (fail closed), and a
//! test keeps every command of the CLI listed.

use crate::slots::Role;

/// What a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// Any user: reading, and one's own passphrase.
    Read,
    /// An editor or an admin: changing items, importing, attaching, backing up.
    Edit,
    /// An admin: users, keys, restore, the store's settings.
    Admin,
}

/// Commands any user may run.
const READ: &[&str] = &[
    "record list",
    "record show",
    "doc list",
    "doc show",
    "appt list",
    "appt show",
    "obligation list",
    "application list",
    "application show",
    "deadlines",
    "calendar",
    "export",
    "verify",
    "verify-file",
    // Reminders change no item: the delivery log is the store's own bookkeeping, so the
    // cron job's reader may send them.
    "notify",
    "notify log",
    "log",
    "history",
    "validate",
    "attachments",
    "extract",
    "key public",
    "config show",
    "user list",
    "user passwd",
    "passwd",
    "time-zone",
    // No store: nothing to permit.
    "init",
    "demo",
    "completions",
    "man",
    "user recover",
    // Made on the server, whose own rights decide.
    "server init",
    // One's own session: unlocking needs one's own passphrase.
    "unlock",
    "lock",
    "status",
    // Each line it runs is checked as that command.
    "shell",
];

/// Commands an editor may run besides.
const EDIT: &[&str] = &[
    "record add",
    "record edit",
    "record amend",
    "record delete",
    "doc add",
    "doc edit",
    "doc renew",
    "doc archive",
    "doc delete",
    "appt add",
    "appt edit",
    "appt reschedule",
    "appt cancel",
    "appt done",
    "appt no-show",
    "appt delete",
    "obligation add",
    "obligation done",
    "obligation delete",
    "application add",
    "application edit",
    "application status",
    "application cancel",
    "application delete",
    "import",
    "attach",
    "detach",
    "revert",
    "backup",
];

/// Commands only an admin may run: everything not listed above needs an admin; this list is
/// for the test that keeps every command placed on purpose.
#[cfg(test)]
const ADMIN: &[&str] =
    &["user add", "user role", "user remove", "user recovery-key", "rekey", "restore", "push"];

/// What `command` needs.
pub fn need(command: &str) -> Need {
    if READ.contains(&command) {
        Need::Read
    } else if EDIT.contains(&command) {
        Need::Edit
    } else {
        Need::Admin
    }
}

/// Whether `role` may do what `need` asks.
pub fn allows(role: Role, need: Need) -> bool {
    match need {
        Need::Read => true,
        Need::Edit => matches!(role, Role::Admin | Role::Editor),
        Need::Admin => role == Role::Admin,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command path of the CLI, as the session names it.
    fn leaves(cmd: &clap::Command, prefix: &str, out: &mut Vec<String>) {
        let subs: Vec<&clap::Command> =
            cmd.get_subcommands().filter(|s| s.get_name() != "help").collect();
        // A command runs by itself when it has no subcommands, or they are optional
        // (`notify` and `notify log`).
        if subs.is_empty() || (!prefix.is_empty() && !cmd.is_subcommand_required_set()) {
            out.push(prefix.trim().to_owned());
        }
        for s in subs {
            leaves(s, &format!("{prefix} {}", s.get_name()), out);
        }
    }

    #[test]
    fn every_command_is_placed_in_one_list() {
        use clap::CommandFactory;
        let mut all = Vec::new();
        leaves(&crate::cli::Cli::command(), "", &mut all);
        assert!(all.len() > 60, "{all:?}");
        for path in &all {
            let n = [READ, EDIT, ADMIN].iter().filter(|l| l.contains(&path.as_str())).count();
            assert_eq!(n, 1, "{path} must be in exactly one of READ, EDIT, ADMIN");
        }
        for listed in READ.iter().chain(EDIT).chain(ADMIN) {
            assert!(all.iter().any(|p| p == listed), "{listed} is no command");
        }
    }

    #[test]
    fn a_reader_reads_an_editor_edits_an_admin_does_all() {
        assert!(allows(Role::Reader, need("deadlines")));
        assert!(!allows(Role::Reader, need("record add")));
        assert!(allows(Role::Editor, need("record add")));
        assert!(!allows(Role::Editor, need("user add")));
        assert!(allows(Role::Admin, need("user add")));
        assert_eq!(need("no such command"), Need::Admin, "fail closed");
    }
}

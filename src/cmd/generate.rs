//! `kabinet completions SHELL` and `kabinet man DIR`: shell completions and manual pages, both
//! generated from the clap definition (what `completions/` and `man/` hold).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use super::failure::{Failure, Result};
use crate::i18n;

#[derive(Args, Debug)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Args, Debug)]
pub struct ManArgs {
    /// Directory to write the pages into (created if missing)
    #[arg(value_name = "DIR")]
    pub dir: PathBuf,
}

/// Writes the completion script of `cli`, the whole command line.
pub fn completions(a: &CompletionsArgs, mut cli: clap::Command, out: &mut dyn Write) -> Result<()> {
    // Into memory first: clap_complete panics when its writer fails (`| head`).
    let mut script = Vec::new();
    clap_complete::generate(a.shell, &mut cli, "kabinet", &mut script);
    out.write_all(&script)?;
    Ok(())
}

/// Sections every page ends with: what scripts and administrators look up.
const COMMON_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
success
.TP
\fB1\fR
unexpected internal error (a bug: the message says so), or the disk refused (full, permissions)
.TP
\fB2\fR
usage error: unknown flag, bad argument shape, a filter of another kind
.TP
\fB3\fR
cannot unlock: wrong passphrase, or no passphrase source without a terminal
.TP
\fB4\fR
store damaged, tampered with, truncated, not a kabinet store, or of a newer format
.TP
\fB5\fR
invalid input: validation failed, nothing was written (also a malformed configuration file)
.TP
\fB6\fR
not found: no such ID, no store at the path
.TP
\fB7\fR
conflict: duplicate without \-\-force, record locked, store busy, too late to cancel, store exists
.PP
\fBkabinet deadlines \-\-check\fR follows the monitoring\-plugin convention instead: 0 OK,
1 WARNING, 2 CRITICAL, 3 UNKNOWN.
.SH ENVIRONMENT
.TP
\fBKABINET_STORE\fR
store path (like \-\-store)
.TP
\fBKABINET_PASSPHRASE_FILE\fR, \fBKABINET_PASSPHRASE\fR
passphrase sources, before the prompt (which happens only on a terminal)
.TP
\fBKABINET_NEW_PASSPHRASE_FILE\fR, \fBKABINET_NEW_PASSPHRASE\fR
the new passphrase for \fBkabinet passwd\fR
.TP
\fBKABINET_LANG\fR
ru or en (\-\-lang wins; then the configuration, then LC_ALL, LC_MESSAGES, LANG)
.TP
\fBKABINET_HOLIDAYS\fR
holidays file (like \-\-holidays)
.TP
\fBKABINET_CONFIG\fR
configuration file to read instead of the default
.TP
\fBKABINET_NOW\fR
pin "now": a wall\-clock time in the store's zone or an instant with Z or an offset
.TP
\fBKABINET_BUSY_TIMEOUT_MS\fR
how long a writer waits for another before exit 7 (default 10000)
.TP
\fBTZ\fR
the system's time zone, the default for \fBkabinet init\fR
.SH FILES
.TP
\fI$XDG_DATA_HOME/kabinet/kabinet.db\fR (\fI~/.local/share/kabinet/kabinet.db\fR)
the encrypted store (SQLCipher 4), mode 0600
.TP
\fI$XDG_CONFIG_HOME/kabinet/config.toml\fR (\fI~/.config/kabinet/config.toml\fR)
configuration: store, lang, format, holidays, time_zone, [lead_days]; precedence
flag > environment > file > built\-in default
.SH "SEE ALSO"
\fBkabinet\fR(1), \fBkabinet config show\fR
"#;

const MAIN_EXAMPLES: &str = r#".SH EXAMPLES
.nf
kabinet init
kabinet record add \-\-subject\-id 1001 \-\-date 21.11.2026 \-\-type осмотр \-\-result здоров
kabinet doc list \-\-status expiring
kabinet import journal.csv \-\-kind record \-\-skip\-invalid \-\-reject\-file rejected.csv
kabinet export csv \-\-kind record \-\-excel \-o journal.csv
kabinet export ics \-\-kind appt \-o appointments.ics
kabinet deadlines \-\-within 3wd
kabinet deadlines \-\-check
.fi
"#;

/// Writes `kabinet.1` and a page per subcommand (`kabinet-record.1`, `kabinet-record-add.1`…)
/// of `cli`, the whole command line.
pub fn man(a: &ManArgs, cli: clap::Command, out: &mut dyn Write) -> Result<()> {
    std::fs::create_dir_all(&a.dir).map_err(|e| Failure::io(i18n::cannot_write(&a.dir, &e)))?;
    let mut cmd = cli.disable_help_subcommand(true);
    cmd.build();
    let mut n = 0;
    write_pages(&cmd, &a.dir, true, &mut n)?;
    writeln!(out, "{}", i18n::man_written(n, &a.dir))?;
    Ok(())
}

fn write_pages(cmd: &clap::Command, dir: &Path, top: bool, n: &mut usize) -> Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        write_pages(sub, dir, false, n)?;
    }
    let man = clap_mangen::Man::new(cmd.clone());
    let mut page = Vec::new();
    man.render(&mut page)?;
    // The pages hold Cyrillic: say so, so that man(1) and groff -k decode them as UTF-8.
    let mut page = format!(
        ".\\\" -*- coding: UTF-8 -*-\n{}",
        String::from_utf8_lossy(&page).replace(".SH EXTRA", ".SH EXAMPLES")
    );
    if top {
        page.push_str(MAIN_EXAMPLES);
    }
    page.push_str(COMMON_SECTIONS);
    let path = dir.join(man.get_filename());
    std::fs::write(&path, page).map_err(|e| Failure::io(i18n::cannot_write(&path, &e)))?;
    *n += 1;
    Ok(())
}

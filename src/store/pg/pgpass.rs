//! The server password as libpq finds it: the first line of a file named by
//! `KABINET_SERVER_PASSWORD_FILE`, else the matching line of the password file
//! (`PGPASSFILE`, else `~/.pgpass`; `host:port:database:user:password`, `*` matching anything,
//! `\:` and `\\` escaped; ignored unless only its owner may read it, as libpq does). Never the
//! URL or the command line.

use std::path::{Path, PathBuf};

use zeroize::Zeroizing;

/// What a password is looked up for.
pub struct Target<'a> {
    pub host: &'a str,
    pub port: u16,
    pub database: &'a str,
    pub user: &'a str,
}

/// A password file line's fields, with `\:` and `\\` unescaped.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                if let (Some(n), Some(last)) = (chars.next(), out.last_mut()) {
                    last.push(n);
                }
            }
            ':' => out.push(String::new()),
            c => {
                if let Some(last) = out.last_mut() {
                    last.push(c);
                }
            }
        }
    }
    out
}

/// The password the file's text gives for `t`: the first line that matches.
pub fn lookup(text: &str, t: &Target) -> Option<Zeroizing<String>> {
    // A socket directory is matched by its path or as `localhost`, as libpq does.
    let socket = t.host.starts_with('/');
    let port = t.port.to_string();
    text.lines().filter(|l| !l.trim_start().starts_with('#')).find_map(|line| {
        let f = fields(line);
        if f.len() < 5 {
            return None;
        }
        let is = |field: &str, value: &str| field == "*" || field == value;
        let host_ok = is(&f[0], t.host) || (socket && f[0] == "localhost");
        let ok = host_ok && is(&f[1], &port) && is(&f[2], t.database) && is(&f[3], t.user);
        ok.then(|| Zeroizing::new(f[4..].join(":")))
    })
}

fn owner_only(path: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(path).is_ok_and(|m| m.permissions().mode() & 0o077 == 0)
}

/// The password for `t`, from the sources above, if any gives one.
pub fn find(t: &Target) -> std::io::Result<Option<Zeroizing<String>>> {
    if let Some(file) = std::env::var_os("KABINET_SERVER_PASSWORD_FILE") {
        let text = Zeroizing::new(std::fs::read_to_string(&file)?);
        let first = text.lines().next().unwrap_or_default().trim_end_matches('\r');
        return Ok(Some(Zeroizing::new(first.to_owned())).filter(|p| !p.is_empty()));
    }
    let path = match std::env::var_os("PGPASSFILE") {
        Some(p) => PathBuf::from(p),
        None => match std::env::var_os("HOME") {
            Some(home) => PathBuf::from(home).join(".pgpass"),
            None => return Ok(None),
        },
    };
    if !path.is_file() || !owner_only(&path) {
        return Ok(None);
    }
    let text = Zeroizing::new(std::fs::read_to_string(&path)?);
    Ok(lookup(&text, t))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_matching_line_gives_the_password() {
        let text = "# office\n\
                    db.office:5432:kabinet:ivanova:пароль\\:один\n\
                    *:*:*:petrov:второй\n\
                    localhost:5432:*:*:третий\\\\\n";
        let t = |host, user| Target { host, port: 5432, database: "kabinet", user };
        let got = |host, user| lookup(text, &t(host, user)).map(|p| p.to_string());
        assert_eq!(got("db.office", "ivanova").as_deref(), Some("пароль:один"));
        assert_eq!(got("other", "petrov").as_deref(), Some("второй"));
        assert_eq!(got("/run/postgresql", "sidorova").as_deref(), Some("третий\\"));
        assert_eq!(got("other", "sidorova"), None);
    }
}

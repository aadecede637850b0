//! The office server backend (PostgreSQL): where a server is (its URL, checked: no password in
//! it), connecting to it (the password from a file, TLS as `sslmode` asks over TCP), making an
//! office on it (`kabinet server init`: the schema and the roles the server enforces, the first
//! admin's key slot, the log's first entry, signed), and an office open as one of its users
//! ([`db`]) with its items (each kind's table described once, [`rows`]), its log and its
//! delivery log of reminders.

mod applications;
mod appts;
mod attachments;
mod audit;
pub mod carry;
pub mod db;
mod docs;
pub mod fields;
pub mod import;
mod notify;
mod obligations;
mod pgpass;
mod records;
mod rows;
pub mod schema;
pub mod users;

use std::time::Duration;

use postgres::config::Host;
use postgres::error::SqlState;

use super::{Error, Result};
use crate::crypto::Passphrase;
use crate::domain::ItemKind;
use crate::slots::{self, RecoveryCode, Table};

/// Every table of items, in the order `verify` counts them.
pub static TABLES: [&rows::Table; 5] = [
    &records::RECORDS,
    &docs::DOCS,
    &appts::APPTS,
    &obligations::OBLIGATIONS,
    &applications::APPLICATIONS,
];

/// The table of a kind of item.
pub fn table_of(kind: ItemKind) -> &'static rows::Table {
    match kind {
        ItemKind::Record => &records::RECORDS,
        ItemKind::Doc => &docs::DOCS,
        ItemKind::Appt => &appts::APPTS,
        ItemKind::Obligation => &obligations::OBLIGATIONS,
        ItemKind::Application => &applications::APPLICATIONS,
    }
}

/// An office server, as `--store postgres://…` names it.
pub struct Server {
    config: postgres::Config,
    /// Where it is, for messages: `host:port` or the socket directory, and the database.
    at: String,
}

/// How long connecting may take before the server is reported unreachable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Server {
    /// Whether a `--store` value names a server rather than a file.
    pub fn is_url(s: &str) -> bool {
        s.starts_with("postgres://") || s.starts_with("postgresql://")
    }

    /// A server URL (`postgresql://host:port/db?user=…&sslmode=…`, or libpq's query parameters
    /// such as `?host=/run/postgresql`). The user defaults to the login name, the host to the
    /// local socket directory, the database to the user. A password in it is refused: it would
    /// be on the command line or in the environment for anyone to read.
    pub fn parse(url: &str) -> Result<Server> {
        let mut config: postgres::Config =
            url.parse().map_err(|e: postgres::Error| Error::ServerUrl(e.to_string()))?;
        if config.get_password().is_some() {
            return Err(Error::ServerPasswordInUrl);
        }
        if config.get_user().is_none() {
            config.user(&super::audit::login());
        }
        if config.get_hosts().is_empty() {
            config.host_path("/var/run/postgresql");
        }
        if config.get_dbname().is_none() {
            let user = config.get_user().unwrap_or_default().to_owned();
            config.dbname(&user);
        }
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(CONNECT_TIMEOUT);
        }
        let port = config.get_ports().first().copied().unwrap_or(5432);
        let host = match config.get_hosts().first() {
            Some(Host::Tcp(h)) => format!("{h}:{port}"),
            Some(Host::Unix(p)) => format!("{} (port {port})", p.display()),
            None => String::new(),
        };
        let at = format!("{host}, database {}", config.get_dbname().unwrap_or_default());
        Ok(Server { config, at })
    }

    /// Where the server is, for messages.
    pub fn at(&self) -> &str {
        &self.at
    }

    /// The server role this connects as.
    pub fn login(&self) -> &str {
        self.config.get_user().unwrap_or_default()
    }

    /// Connects, with the password from a file when one gives it. A refused login is
    /// [`Error::ServerRefused`] (exit 3), a server that does not answer
    /// [`Error::ServerUnreachable`] (exit 6), naming where.
    fn connect(&self) -> Result<postgres::Client> {
        let mut config = self.config.clone();
        let (host, port) = match (config.get_hosts().first(), config.get_ports().first()) {
            (Some(Host::Tcp(h)), p) => (h.clone(), p.copied().unwrap_or(5432)),
            (Some(Host::Unix(d)), p) => (d.display().to_string(), p.copied().unwrap_or(5432)),
            (None, p) => (String::new(), p.copied().unwrap_or(5432)),
        };
        let target = pgpass::Target {
            host: &host,
            port,
            database: config.get_dbname().unwrap_or_default(),
            user: self.login(),
        };
        if let Some(pass) = pgpass::find(&target)? {
            config.password(pass.as_bytes());
        }
        let tls = openssl::ssl::SslConnector::builder(openssl::ssl::SslMethod::tls())
            .map_err(|e| Error::ServerUnreachable { at: self.at.clone(), why: e.to_string() })?;
        let tls = postgres_openssl::MakeTlsConnector::new(tls.build());
        config.connect(tls).map_err(|e| self.connect_error(e))
    }

    fn connect_error(&self, e: postgres::Error) -> Error {
        let refused = |why: String| Error::ServerRefused {
            at: self.at.clone(),
            user: self.login().to_owned(),
            why,
        };
        match e.code() {
            Some(c) if *c == SqlState::INVALID_PASSWORD => refused(e.to_string()),
            Some(c) if *c == SqlState::INVALID_AUTHORIZATION_SPECIFICATION => {
                refused(e.to_string())
            }
            Some(_) => self.error(e),
            None if chain(&e).contains("password missing") => {
                refused("no password for this server in KABINET_SERVER_PASSWORD_FILE, PGPASSFILE or ~/.pgpass".into())
            }
            None => Error::ServerUnreachable { at: self.at.clone(), why: chain(&e) },
        }
    }

    /// A failure inside a transaction: the driver's named by cause, ours as it is.
    fn fault(&self, f: Fault) -> Error {
        match f {
            Fault::Db(d) => self.error(d),
            Fault::Other(o) => o,
        }
    }

    /// A failure after connecting, named by cause.
    fn error(&self, e: postgres::Error) -> Error {
        let why = e.as_db_error().map(|d| d.message().to_owned()).unwrap_or_else(|| e.to_string());
        match e.code() {
            Some(c) if *c == SqlState::INSUFFICIENT_PRIVILEGE => {
                Error::ServerDenied { at: self.at.clone(), user: self.login().to_owned(), why }
            }
            // The server going down (shut down, restarted, crashed: class 57) or the
            // connection lost (class 08) is the server not answering, as when it never did.
            Some(c) if c.code().starts_with("57") || c.code().starts_with("08") => {
                Error::ServerUnreachable { at: self.at.clone(), why }
            }
            _ if e.is_closed() || e.as_db_error().is_none() => {
                Error::ServerUnreachable { at: self.at.clone(), why }
            }
            _ => Error::Server { at: self.at.clone(), why },
        }
    }
}

/// An error with its causes, as one line (the driver's own text is often only the outer one).
fn chain(e: &postgres::Error) -> String {
    let mut parts = vec![e.to_string()];
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        parts.push(s.to_string());
        source = s.source();
    }
    parts.join(": ")
}

/// Checks, before any passphrase is asked for, that the server answers, takes the login and
/// has no office of that name yet.
pub fn check_free(server: &Server, office: &str) -> Result<()> {
    let mut client = server.connect()?;
    let taken = client
        .query_opt(
            "SELECT 1 FROM pg_tables WHERE schemaname = 'kabinet' AND tablename = 'offices'",
            &[],
        )
        .map_err(|e| server.error(e))?
        .is_some()
        && client
            .query_opt("SELECT 1 FROM kabinet.offices WHERE name = $1", &[&office])
            .map_err(|e| server.error(e))?
            .is_some();
    if taken {
        return Err(Error::ServerExists { at: server.at.clone(), office: office.to_owned() });
    }
    Ok(())
}

/// What `server init` made.
pub struct Made {
    /// The office's number on the server.
    pub office: i16,
    /// The recovery key, to be shown once.
    pub code: RecoveryCode,
    /// The first admin's signing key ID.
    pub key_id: String,
    /// The SQL a DBA must run for the first admin to log in, when the caller could not (no
    /// CREATEROLE); `None` when it was done.
    pub for_dba: Option<String>,
}

/// Makes an office on the server, in one transaction (all or nothing): the schema and the
/// group roles when missing, the office, its key slots with the first admin (`user`, with
/// `pass`) and a recovery key, the log's first entry signed by that admin, and the admin's
/// login role (a member of `kabinet_admin`). An office of that name is exit 7.
pub fn init(
    server: &Server,
    office: &str,
    user: &str,
    pass: &Passphrase,
    at: &str,
) -> Result<Made> {
    let mut client = server.connect()?;
    let e = |err| server.error(err);
    let mut tx = client.transaction().map_err(e)?;
    // Two `server init`s at once wait for each other (installing the schema and numbering
    // offices are not safe side by side).
    tx.execute("SELECT pg_advisory_xact_lock($1)", &[&schema::INIT_LOCK]).map_err(e)?;
    // A schema a newer kabinet made is not taken back to this one's.
    if let Some(found) = schema::installed_format(&mut tx).map_err(e)?
        && found > i64::from(schema::FORMAT)
    {
        let known = i64::from(schema::FORMAT);
        return Err(Error::ServerFormat { at: server.at.clone(), found, known });
    }
    schema::install(&mut tx).map_err(e)?;
    let taken =
        tx.query_opt("SELECT 1 FROM kabinet.offices WHERE name = $1", &[&office]).map_err(e)?;
    if taken.is_some() {
        return Err(Error::ServerExists { at: server.at.clone(), office: office.to_owned() });
    }
    let id: i16 = tx
        .query_one(
            "INSERT INTO kabinet.offices (office, name) \
             SELECT coalesce(max(office), 0) + 1, $1 FROM kabinet.offices RETURNING office",
            &[&office],
        )
        .map_err(e)?
        .get(0);
    let data_key = slots::new_data_key().map_err(|err| Error::Internal(err.to_string()))?;
    let (table, code, signing) =
        Table::new(&data_key, user, pass, at).map_err(|err| Error::Internal(err.to_string()))?;
    let text = table.to_text().map_err(|err| Error::Internal(err.to_string()))?;
    tx.execute("INSERT INTO kabinet.keys (office, slots) VALUES ($1, $2)", &[&id, &text])
        .map_err(e)?;
    first_entry(&mut tx, id, &table, &data_key, &signing, user, at).map_err(|f| server.fault(f))?;
    let for_dba = login_role(&mut tx, id, user).map_err(e)?;
    tx.commit().map_err(e)?;
    Ok(Made { office: id, code, key_id: slots::key_id(&signing.public()), for_dba })
}

/// A failure inside a server transaction: the driver's (named by cause later) or ours.
pub(super) enum Fault {
    Db(postgres::Error),
    Other(Error),
}

impl From<postgres::Error> for Fault {
    fn from(e: postgres::Error) -> Fault {
        Fault::Db(e)
    }
}

impl From<Error> for Fault {
    fn from(e: Error) -> Fault {
        Fault::Other(e)
    }
}

/// The log's first entry: signing begins, with the first admin's key (as a local store's).
fn first_entry(
    tx: &mut postgres::Transaction,
    office: i16,
    table: &Table,
    data_key: &crate::crypto::Key,
    signing: &slots::SigningKey,
    user: &str,
    at: &str,
) -> std::result::Result<(), Fault> {
    let fields = fields::Fields::new(data_key).map_err(|e| Fault::Other(e.into()))?;
    let at = chrono::NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S")
        .map_err(|e| Fault::Other(Error::Internal(e.to_string())))?;
    let actor = super::audit::Actor {
        at,
        who: super::audit::attributed(Some(user), &super::audit::whoami()),
        command: "server init".into(),
    };
    let after = super::signed::roster(table);
    let entry = audit::NewEntry {
        actor: &actor,
        action: super::signed::START,
        item: None,
        before: None,
        after: Some(&after),
        origin: None,
    };
    audit::append(tx, &fields, office, signing, &entry)?;
    // The office's export-signing key: one public key for whoever checks an export, whichever
    // clerk made it; kept sealed, as a personal value is.
    let export = crate::sign::StoredKey::generate().map_err(|e| Fault::Other(e.into()))?;
    let mut plain = zeroize::Zeroizing::new(export.pkcs8.to_vec());
    plain.extend_from_slice(&export.key_id);
    let sealed = fields.seal(EXPORT_KEY.at(office), &plain).map_err(|e| Fault::Other(e.into()))?;
    tx.execute(
        "INSERT INTO kabinet.meta (office, key, value) VALUES ($1, $2, $3)",
        &[&office, &EXPORT_KEY.column, &hex::encode(sealed)],
    )?;
    Ok(())
}

/// Where the office's export-signing key is kept (`kabinet.meta`, sealed).
pub(super) struct MetaPlace {
    pub column: &'static str,
}

pub(super) const EXPORT_KEY: MetaPlace = MetaPlace { column: "export_key" };

impl MetaPlace {
    pub fn at(&self, office: i16) -> fields::Place<'static> {
        fields::Place { office, table: "meta", row: 0, column: self.column }
    }
}

/// Gives `user` a login role in `kabinet_admin` and makes them a member of the office (see
/// [`users::login_sql`]); returns the SQL a DBA must run when the caller may not.
fn login_role(
    tx: &mut postgres::Transaction,
    office: i16,
    user: &str,
) -> std::result::Result<Option<String>, postgres::Error> {
    users::set_member(tx, office, user, None)?;
    let sql = users::login_sql(tx, user, Some(slots::Role::Admin))?;
    users::on_roles(tx, &sql)
}

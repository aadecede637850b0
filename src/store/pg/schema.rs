//! The office server's schema and the roles it enforces: everything lives in the `kabinet`
//! schema, every table's key begins with the office (so the same schema can be distributed
//! by office later), and three group roles hold the rights — `kabinet_reader` reads,
//! `kabinet_editor` also writes items, `kabinet_admin` also users and keys. The audit table is
//! insert-only for everyone: no role has UPDATE or DELETE on it. Each clerk logs in as a
//! role of their own that is a member of one group. Installing is idempotent, in the caller's
//! transaction.

use postgres::Transaction;

/// The server schema's version this program writes.
pub const FORMAT: i32 = 1;

/// The group roles, by kabinet role.
pub const ADMIN: &str = "kabinet_admin";
pub const EDITOR: &str = "kabinet_editor";
pub const READER: &str = "kabinet_reader";

const TABLES: &str = "
CREATE SCHEMA IF NOT EXISTS kabinet;
CREATE TABLE IF NOT EXISTS kabinet.meta (
    office SMALLINT NOT NULL,
    key    TEXT NOT NULL,
    value  TEXT NOT NULL,
    PRIMARY KEY (office, key)
);
CREATE TABLE IF NOT EXISTS kabinet.offices (
    office  SMALLINT PRIMARY KEY,
    name    TEXT NOT NULL UNIQUE,
    created TIMESTAMPTZ NOT NULL DEFAULT now()
);
-- Each office's key slots (see `slots`): public keys, and secrets sealed under the users'
-- passphrases; the data key itself is never here.
CREATE TABLE IF NOT EXISTS kabinet.keys (
    office SMALLINT PRIMARY KEY REFERENCES kabinet.offices,
    slots  TEXT NOT NULL
);
-- The audit trail: values before and after encrypted on the clerk's machine; the chain's HMAC
-- and the author's signature made there too.
CREATE TABLE IF NOT EXISTS kabinet.audit (
    office  SMALLINT NOT NULL REFERENCES kabinet.offices,
    seq     BIGINT NOT NULL,
    at      TIMESTAMP NOT NULL,
    who     TEXT NOT NULL,
    command TEXT NOT NULL,
    action  TEXT NOT NULL,
    item    TEXT,
    before  BYTEA,
    after   BYTEA,
    mac     BYTEA NOT NULL,
    signer  BYTEA,
    sig     BYTEA,
    PRIMARY KEY (office, seq)
);
";

/// Group roles made when missing (making them needs CREATEROLE).
const ROLES: &str = "
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kabinet_reader') THEN
        CREATE ROLE kabinet_reader NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kabinet_editor') THEN
        CREATE ROLE kabinet_editor NOLOGIN IN ROLE kabinet_reader;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kabinet_admin') THEN
        CREATE ROLE kabinet_admin NOLOGIN IN ROLE kabinet_editor;
    END IF;
END
$$;
";

/// What each group may do. Editors and admins inherit the reader's rights through membership.
const GRANTS: &str = "
REVOKE ALL ON ALL TABLES IN SCHEMA kabinet FROM PUBLIC;
GRANT USAGE ON SCHEMA kabinet TO kabinet_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA kabinet TO kabinet_reader;
-- Anyone logs what they do (a reader's own new passphrase too); nobody changes the log.
GRANT INSERT ON kabinet.audit TO kabinet_reader;
REVOKE UPDATE, DELETE, TRUNCATE ON kabinet.audit FROM kabinet_reader, kabinet_editor, kabinet_admin;
GRANT INSERT, UPDATE ON kabinet.keys, kabinet.meta TO kabinet_admin;
";

/// Makes the schema, the group roles and their rights (each step only when missing), and
/// records the schema's version.
pub fn install(tx: &mut Transaction) -> Result<(), postgres::Error> {
    tx.batch_execute(TABLES)?;
    tx.batch_execute(ROLES)?;
    tx.batch_execute(GRANTS)?;
    tx.execute(
        "INSERT INTO kabinet.meta (office, key, value) VALUES (0, 'format', $1) \
         ON CONFLICT (office, key) DO NOTHING",
        &[&FORMAT.to_string()],
    )?;
    Ok(())
}

/// A role name as an SQL identifier (user names are letters, digits, `._-@`; quoted anyway).
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

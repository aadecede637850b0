//! The office server's schema and the roles it enforces: everything lives in the `kabinet`
//! schema, every table's key begins with the office (so the same schema can be distributed
//! by office later), and three group roles hold the rights — `kabinet_reader` reads,
//! `kabinet_editor` also writes items, `kabinet_admin` also users and keys. The audit table is
//! insert-only for everyone: no role has UPDATE or DELETE on it. Each clerk logs in as a
//! role of their own that is a member of one group. Installing is idempotent, in the caller's
//! transaction.

use postgres::Transaction;

/// The server schema's version this program writes.
pub const FORMAT: i32 = 2;

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
-- Where each office's log ends: the next entry locks this row, so entries are numbered
-- without gaps and chained in order, whoever appends.
CREATE TABLE IF NOT EXISTS kabinet.log_head (
    office SMALLINT PRIMARY KEY REFERENCES kabinet.offices,
    seq    BIGINT NOT NULL,
    mac    BYTEA
);
-- Each office's last item number per kind: taken in the transaction that adds the item, so a
-- rolled-back add gives its number back (R-1, R-2… without gaps).
CREATE TABLE IF NOT EXISTS kabinet.counters (
    office SMALLINT NOT NULL REFERENCES kabinet.offices,
    kind   TEXT NOT NULL,
    last   BIGINT NOT NULL,
    PRIMARY KEY (office, kind)
);
-- Diary records: what `deadlines` and the listings filter on in clear (dates, types, flags);
-- every personal value sealed on the clerk's machine (`fields`); the natural key and the
-- subject as keyed hashes, for duplicates and a subject's follow-ups.
CREATE TABLE IF NOT EXISTS kabinet.records (
    office         SMALLINT NOT NULL REFERENCES kabinet.offices,
    id             BIGINT NOT NULL,
    uuid           TEXT NOT NULL,
    nkey           BYTEA NOT NULL,
    subject_key    BYTEA NOT NULL,
    subject_id     BYTEA NOT NULL,
    subject_name   BYTEA,
    event_date     DATE NOT NULL,
    type           TEXT NOT NULL,
    subtype        TEXT,
    result         BYTEA NOT NULL,
    description    BYTEA,
    registry_no    BYTEA,
    amount         BYTEA,
    snils          BYTEA,
    oktmo          BYTEA,
    responsible    BYTEA,
    follow_up_on   DATE,
    follow_up_open BOOLEAN NOT NULL DEFAULT false,
    recorded_at    TIMESTAMP NOT NULL,
    late           BOOLEAN NOT NULL,
    amends         BIGINT,
    amended_by     BIGINT,
    PRIMARY KEY (office, id)
);
CREATE INDEX IF NOT EXISTS records_nkey ON kabinet.records (office, nkey);
CREATE INDEX IF NOT EXISTS records_day ON kabinet.records (office, event_date, id);
CREATE INDEX IF NOT EXISTS records_open_follow_up ON kabinet.records (office, follow_up_on)
    WHERE follow_up_open;
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
GRANT INSERT, UPDATE ON kabinet.log_head TO kabinet_reader;
GRANT INSERT, UPDATE, DELETE ON kabinet.records TO kabinet_editor;
GRANT INSERT, UPDATE ON kabinet.counters TO kabinet_editor;
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

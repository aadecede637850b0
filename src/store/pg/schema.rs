//! The office server's schema and the roles it enforces: everything lives in the `kabinet`
//! schema, every table's key begins with the office (so the same schema can be distributed
//! by office later), and three group roles hold the rights — `kabinet_reader` reads,
//! `kabinet_editor` also writes items, `kabinet_admin` also users and keys. The audit table is
//! insert-only for everyone: no role has UPDATE or DELETE on it. Each clerk logs in as a
//! role of their own that is a member of one group. Installing is idempotent, in the caller's
//! transaction.

use postgres::Transaction;

/// The server schema's version this program writes.
pub const FORMAT: i32 = 7;

/// The advisory lock `server init` holds while it installs and numbers ("kabinet" in ASCII).
pub const INIT_LOCK: i64 = 0x6b_61_62_69_6e_65_74;

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
-- Who of each office logs in as which server role, and the kinds of item they may see (all
-- when NULL): what row-level security reads.
CREATE TABLE IF NOT EXISTS kabinet.members (
    office SMALLINT NOT NULL REFERENCES kabinet.offices,
    login  TEXT NOT NULL,
    kinds  TEXT[],
    PRIMARY KEY (office, login)
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
    -- A carried entry's original (a push): its store, number, HMAC and signature, in JSON.
    origin  TEXT,
    PRIMARY KEY (office, seq)
);
ALTER TABLE kabinet.audit ADD COLUMN IF NOT EXISTS origin TEXT;
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
CREATE INDEX IF NOT EXISTS records_subject ON kabinet.records (office, subject_key, type);
-- The document registry: kind and dates in clear, the holder and the document's own numbers
-- sealed; kind, series and number as a keyed hash.
CREATE TABLE IF NOT EXISTS kabinet.docs (
    office          SMALLINT NOT NULL REFERENCES kabinet.offices,
    id              BIGINT NOT NULL,
    uuid            TEXT NOT NULL,
    nkey            BYTEA,
    holder          BYTEA NOT NULL,
    holder_snils    BYTEA,
    kind            TEXT NOT NULL,
    series          BYTEA,
    number          BYTEA,
    issued_on       DATE NOT NULL,
    issued_by       BYTEA,
    department_code BYTEA,
    expires_on      DATE,
    notes           BYTEA,
    created_at      TIMESTAMP NOT NULL,
    archived_at     TIMESTAMP,
    replaces        BIGINT,
    replaced_by     BIGINT,
    email           BYTEA,
    phone           BYTEA,
    PRIMARY KEY (office, id)
);
CREATE INDEX IF NOT EXISTS docs_nkey ON kabinet.docs (office, nkey);
CREATE INDEX IF NOT EXISTS docs_in_use ON kabinet.docs (office, expires_on)
    WHERE archived_at IS NULL;
-- Appointments: time, length, status and the documents they need in clear.
CREATE TABLE IF NOT EXISTS kabinet.appts (
    office          SMALLINT NOT NULL REFERENCES kabinet.offices,
    id              BIGINT NOT NULL,
    uuid            TEXT NOT NULL,
    nkey            BYTEA NOT NULL,
    person          BYTEA,
    institution     BYTEA NOT NULL,
    service         BYTEA NOT NULL,
    office_name     BYTEA,
    starts_at       TIMESTAMP NOT NULL,
    duration_min    BIGINT NOT NULL,
    status          TEXT NOT NULL,
    confirmation_no BYTEA,
    needs           BIGINT[],
    notes           BYTEA,
    created_at      TIMESTAMP NOT NULL,
    late_change     BOOLEAN NOT NULL,
    email           BYTEA,
    phone           BYTEA,
    PRIMARY KEY (office, id)
);
CREATE INDEX IF NOT EXISTS appts_nkey ON kabinet.appts (office, nkey);
CREATE INDEX IF NOT EXISTS appts_scheduled ON kabinet.appts (office, starts_at)
    WHERE status = 'scheduled';
CREATE TABLE IF NOT EXISTS kabinet.appt_moves (
    office   SMALLINT NOT NULL REFERENCES kabinet.offices,
    appt     BIGINT NOT NULL,
    n        BIGINT NOT NULL,
    moved_at TIMESTAMP NOT NULL,
    old_at   TIMESTAMP NOT NULL,
    new_at   TIMESTAMP NOT NULL,
    late     BOOLEAN NOT NULL,
    PRIMARY KEY (office, appt, n)
);
-- Obligations: due date and recurrence in clear, the title sealed.
CREATE TABLE IF NOT EXISTS kabinet.obligations (
    office     SMALLINT NOT NULL REFERENCES kabinet.offices,
    id         BIGINT NOT NULL,
    uuid       TEXT NOT NULL,
    title      BYTEA NOT NULL,
    due        DATE NOT NULL,
    every      TEXT,
    day        BIGINT,
    shift      TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    done_at    TIMESTAMP,
    notes      BYTEA,
    PRIMARY KEY (office, id)
);
CREATE TABLE IF NOT EXISTS kabinet.obligation_done (
    office     SMALLINT NOT NULL REFERENCES kabinet.offices,
    obligation BIGINT NOT NULL,
    due        DATE NOT NULL,
    done_at    TIMESTAMP NOT NULL
);
CREATE INDEX IF NOT EXISTS obligation_done_owner ON kabinet.obligation_done (office, obligation);
-- Applications: dates, status and fee status in clear (the term is a deadline).
CREATE TABLE IF NOT EXISTS kabinet.applications (
    office     SMALLINT NOT NULL REFERENCES kabinet.offices,
    id         BIGINT NOT NULL,
    uuid       TEXT NOT NULL,
    nkey       BYTEA NOT NULL,
    applicant  BYTEA NOT NULL,
    snils      BYTEA,
    agency     BYTEA NOT NULL,
    service    BYTEA NOT NULL,
    number     BYTEA,
    submitted  DATE NOT NULL,
    due        DATE,
    fee        BYTEA,
    fee_status TEXT,
    needs      BIGINT[],
    notes      BYTEA,
    status     TEXT NOT NULL,
    status_at  TIMESTAMP NOT NULL,
    reason     BYTEA,
    created_at TIMESTAMP NOT NULL,
    issued_doc BIGINT,
    PRIMARY KEY (office, id)
);
CREATE INDEX IF NOT EXISTS applications_nkey ON kabinet.applications (office, nkey);
CREATE INDEX IF NOT EXISTS applications_open_due ON kabinet.applications (office, due)
    WHERE status IN ('accepted', 'processing');
CREATE TABLE IF NOT EXISTS kabinet.application_changes (
    office      SMALLINT NOT NULL REFERENCES kabinet.offices,
    application BIGINT NOT NULL,
    n           BIGINT NOT NULL,
    at          TIMESTAMP NOT NULL,
    from_status TEXT NOT NULL,
    to_status   TEXT NOT NULL,
    reason      BYTEA,
    PRIMARY KEY (office, application, n)
);
-- Attachments: each content once per office, sealed, under a keyed hash of its SHA-256.
CREATE TABLE IF NOT EXISTS kabinet.blobs (
    office      SMALLINT NOT NULL REFERENCES kabinet.offices,
    content_key BYTEA NOT NULL,
    size        BIGINT NOT NULL,
    data        BYTEA NOT NULL,
    PRIMARY KEY (office, content_key)
);
CREATE TABLE IF NOT EXISTS kabinet.attachments (
    office      SMALLINT NOT NULL REFERENCES kabinet.offices,
    id          BIGINT NOT NULL,
    item        TEXT NOT NULL,
    name        BYTEA NOT NULL,
    mime        TEXT NOT NULL,
    size        BIGINT NOT NULL,
    sha256      BYTEA NOT NULL,
    content_key BYTEA NOT NULL,
    added_at    TIMESTAMP NOT NULL,
    PRIMARY KEY (office, id)
);
CREATE INDEX IF NOT EXISTS attachments_item ON kabinet.attachments (office, item, id);
-- The delivery log of reminders: the recipient sealed, found by its keyed hash.
CREATE SEQUENCE IF NOT EXISTS kabinet.notification_ids;
CREATE TABLE IF NOT EXISTS kabinet.notifications (
    office        SMALLINT NOT NULL REFERENCES kabinet.offices,
    id            BIGINT NOT NULL,
    item          TEXT NOT NULL,
    occasion      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    recipient_key BYTEA NOT NULL,
    recipient     BYTEA NOT NULL,
    status        TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    first_at      TIMESTAMP NOT NULL,
    last_at       TIMESTAMP NOT NULL,
    next_at       TIMESTAMP,
    claimed_until TIMESTAMP,
    answer        BYTEA,
    PRIMARY KEY (office, id),
    UNIQUE (office, item, occasion, channel, recipient_key)
);
-- Each item row's seal (format 6): an HMAC made on the clerk's machine over the row's place and
-- every value it keeps, clear or sealed, so a date or a status changed on the server shows.
ALTER TABLE kabinet.records ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.docs ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.appts ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.obligations ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.applications ADD COLUMN IF NOT EXISTS seal BYTEA;
-- And each history row's (format 7): a reschedule, a completion, a change of status.
ALTER TABLE kabinet.appt_moves ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.obligation_done ADD COLUMN IF NOT EXISTS seal BYTEA;
ALTER TABLE kabinet.application_changes ADD COLUMN IF NOT EXISTS seal BYTEA;
";

/// Row-level security: a clerk's server role reaches only the rows of an office it is a
/// member of, and of an item table only when its kinds include that kind. (The schema's
/// owner, who ran `server init`, is not bound by it.)
const POLICIES: &str = "
CREATE OR REPLACE FUNCTION kabinet.may_see(o SMALLINT, kind TEXT) RETURNS BOOLEAN
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT EXISTS (SELECT 1 FROM kabinet.members m WHERE m.office = o
                   AND m.login = session_user
                   AND (kind IS NULL OR m.kinds IS NULL OR kind = ANY (m.kinds)))
$$;
REVOKE ALL ON FUNCTION kabinet.may_see(SMALLINT, TEXT) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION kabinet.may_see(SMALLINT, TEXT) TO kabinet_reader;
DO $$
DECLARE
    t RECORD;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('records', 'record'), ('docs', 'doc'), ('appts', 'appt'), ('appt_moves', 'appt'),
        ('obligations', 'obligation'), ('obligation_done', 'obligation'),
        ('applications', 'application'), ('application_changes', 'application'),
        ('keys', NULL), ('audit', NULL), ('log_head', NULL), ('counters', NULL),
        ('blobs', NULL), ('attachments', NULL), ('notifications', NULL), ('members', NULL)
    ) AS v(name, kind) LOOP
        EXECUTE format('ALTER TABLE kabinet.%I ENABLE ROW LEVEL SECURITY', t.name);
        EXECUTE format('DROP POLICY IF EXISTS office_and_kinds ON kabinet.%I', t.name);
        EXECUTE format('CREATE POLICY office_and_kinds ON kabinet.%I USING (kabinet.may_see(office, %L))',
                       t.name, t.kind);
    END LOOP;
    ALTER TABLE kabinet.meta ENABLE ROW LEVEL SECURITY;
    DROP POLICY IF EXISTS office_and_kinds ON kabinet.meta;
    CREATE POLICY office_and_kinds ON kabinet.meta
        USING (office = 0 OR kabinet.may_see(office, NULL));
END
$$;
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
-- A clerk's own new passphrase is their slot's: anyone rewrites the office's slots (what a
-- server role may do is its group's GRANTs, not what the slots say).
GRANT UPDATE (slots) ON kabinet.keys TO kabinet_reader;
GRANT INSERT, UPDATE, DELETE ON kabinet.records, kabinet.docs, kabinet.appts,
    kabinet.appt_moves, kabinet.obligations, kabinet.obligation_done, kabinet.applications,
    kabinet.application_changes, kabinet.blobs, kabinet.attachments TO kabinet_editor;
-- Reminders are sent by whoever runs `notify` (a reader's cron job too).
GRANT INSERT, UPDATE ON kabinet.notifications TO kabinet_reader;
GRANT USAGE ON SEQUENCE kabinet.notification_ids TO kabinet_reader;
GRANT INSERT, UPDATE ON kabinet.counters TO kabinet_editor;
GRANT INSERT, UPDATE ON kabinet.keys, kabinet.meta TO kabinet_admin;
GRANT INSERT, UPDATE, DELETE ON kabinet.members TO kabinet_admin;
";

/// The format of the kabinet schema on the server, when there is one.
pub fn installed_format(tx: &mut Transaction) -> Result<Option<i64>, postgres::Error> {
    let installed: Option<String> =
        tx.query_one("SELECT to_regclass('kabinet.meta')::text", &[])?.get(0);
    if installed.is_none() {
        return Ok(None);
    }
    let row =
        tx.query_opt("SELECT value FROM kabinet.meta WHERE office = 0 AND key = 'format'", &[])?;
    Ok(Some(row.and_then(|r| r.get::<_, String>(0).parse().ok()).unwrap_or(0)))
}

/// Makes the schema, the group roles, their rights and the row-level policies (each step only
/// when missing; nothing when this version's schema is there), and records the schema's
/// version.
pub fn install(tx: &mut Transaction) -> Result<(), postgres::Error> {
    // A schema of this version is left alone: its DDL would lock every table against the
    // offices at work on it (a second office is made beside them).
    if installed_format(tx)? == Some(i64::from(FORMAT)) {
        return Ok(());
    }
    tx.batch_execute(TABLES)?;
    tx.batch_execute(ROLES)?;
    tx.batch_execute(GRANTS)?;
    tx.batch_execute(POLICIES)?;
    tx.execute(
        "INSERT INTO kabinet.meta (office, key, value) VALUES (0, 'format', $1) \
         ON CONFLICT (office, key) DO UPDATE SET value = excluded.value",
        &[&FORMAT.to_string()],
    )?;
    Ok(())
}

/// A role name as an SQL identifier (user names are letters, digits, `._-@`; quoted anyway).
pub fn ident(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

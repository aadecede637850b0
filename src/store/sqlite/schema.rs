//! Schema migrations: append-only and ordered; each runs in its own transaction and bumps
//! `user_version`. Never edit one that has landed: add the next.

use chrono::Timelike;
use rusqlite::Connection;

use super::{Error, Result, Signing};

/// `PRAGMA application_id` of a kabinet store: "KBNT".
pub const APP_ID: i64 = 0x4B42_4E54;

const V1: &str = "
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE records (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid         TEXT NOT NULL UNIQUE,
    nkey         TEXT NOT NULL,
    subject_id   TEXT NOT NULL,
    subject_name TEXT,
    event_date   TEXT NOT NULL,
    type         TEXT NOT NULL,
    subtype      TEXT,
    result       TEXT NOT NULL,
    description  TEXT,
    registry_no  TEXT,
    amount       TEXT,
    snils        TEXT,
    oktmo        TEXT,
    responsible  TEXT,
    follow_up_on TEXT,
    recorded_at  TEXT NOT NULL,
    late         INTEGER NOT NULL DEFAULT 0,
    amends       INTEGER,
    amended_by   INTEGER
);
CREATE INDEX records_nkey ON records (nkey);
CREATE INDEX records_event_date ON records (event_date);
CREATE INDEX records_follow_up ON records (follow_up_on) WHERE follow_up_on IS NOT NULL;
CREATE TABLE docs (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid            TEXT NOT NULL UNIQUE,
    nkey            TEXT,
    holder          TEXT NOT NULL,
    holder_snils    TEXT,
    kind            TEXT NOT NULL,
    series          TEXT,
    number          TEXT,
    issued_on       TEXT NOT NULL,
    issued_by       TEXT,
    department_code TEXT,
    expires_on      TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    archived_at     TEXT,
    replaces        INTEGER,
    replaced_by     INTEGER
);
CREATE INDEX docs_nkey ON docs (nkey);
CREATE INDEX docs_expires_on ON docs (expires_on);
CREATE TABLE appts (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid            TEXT NOT NULL UNIQUE,
    nkey            TEXT NOT NULL,
    person          TEXT,
    institution     TEXT NOT NULL,
    service         TEXT NOT NULL,
    office          TEXT,
    starts_at       TEXT NOT NULL,
    duration_min    INTEGER NOT NULL,
    status          TEXT NOT NULL,
    confirmation_no TEXT,
    needs           TEXT,
    notes           TEXT,
    created_at      TEXT NOT NULL,
    late_change     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX appts_nkey ON appts (nkey);
CREATE INDEX appts_starts_at ON appts (starts_at);
CREATE TABLE appt_moves (
    appt_id  INTEGER NOT NULL,
    moved_at TEXT NOT NULL,
    old_at   TEXT NOT NULL,
    new_at   TEXT NOT NULL,
    late     INTEGER NOT NULL
);
CREATE INDEX appt_moves_appt ON appt_moves (appt_id);
";

/// Obligations: user-defined duties, one-off or recurring. `due` is the nominal date (the 5th);
/// the effective date after a day-off shift is computed, never stored.
const V2: &str = "
CREATE TABLE obligations (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid       TEXT NOT NULL UNIQUE,
    title      TEXT NOT NULL,
    due        TEXT NOT NULL,
    every      TEXT,
    day        INTEGER,
    shift      TEXT NOT NULL,
    created_at TEXT NOT NULL,
    done_at    TEXT,
    notes      TEXT
);
CREATE INDEX records_subject ON records (subject_id, event_date);
CREATE TABLE obligation_done (
    obligation_id INTEGER NOT NULL,
    due           TEXT NOT NULL,
    done_at       TEXT NOT NULL
);
";

/// Open follow-ups kept as a flag, so `deadlines` reads only those instead of testing every
/// follow-up ever recorded against the subject's later records (seconds on a large journal).
/// A follow-up is open while the record is current (not amended) and no later current record
/// of the same type exists for the same subject; the store functions keep the flag true to
/// that on every insert, edit, amendment and deletion. The plain follow-up index goes (nothing
/// else reads it), and the subject index becomes one on (subject, type, date, amended_by), which
/// answers "is there a later current record of this type" without reading the table. For the
/// same reason `deadlines` finds scheduled appointments and documents in use through partial
/// indexes, not by reading every past appointment and archived document.
const V3: &str = "
ALTER TABLE records ADD COLUMN follow_up_open INTEGER NOT NULL DEFAULT 0;
UPDATE records SET follow_up_open = 1
 WHERE follow_up_on IS NOT NULL AND amended_by IS NULL
   AND NOT EXISTS (SELECT 1 FROM records n
                    WHERE n.subject_id = records.subject_id AND n.type = records.type
                      AND n.event_date > records.event_date AND n.amended_by IS NULL);
CREATE INDEX records_open_follow_up ON records (subject_id, type, event_date, follow_up_on)
    WHERE follow_up_open = 1;
DROP INDEX records_follow_up;
DROP INDEX records_subject;
CREATE INDEX records_group ON records (subject_id, type, event_date, amended_by);
CREATE INDEX appts_scheduled ON appts (starts_at) WHERE status = 'scheduled';
CREATE INDEX docs_in_use_expiry ON docs (expires_on)
    WHERE archived_at IS NULL AND expires_on IS NOT NULL;
";

/// A migration: SQL, or a step that needs code (making a key pair), or code that logs what
/// it did (signed by whoever unlocked the store, when a user did).
enum Step {
    Sql(&'static str),
    Code(fn(&rusqlite::Connection) -> Result<()>),
    Logged(fn(&rusqlite::Connection, Option<Signing>) -> Result<()>),
}

/// V4: the store's Ed25519 key pair for signed exports (see `sign`), made once.
const V4: Step = Step::Code(super::keys::ensure);

/// V5: the audit trail (a hash chain, see `audit`), row seals (see `seal`) and attachments.
/// Rows already in the store are sealed, and the log begins with an entry listing them.
const V5_SQL: &str = "
CREATE TABLE audit (
    seq     INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    who     TEXT NOT NULL,
    command TEXT NOT NULL,
    action  TEXT NOT NULL,
    item    TEXT,
    before  TEXT,
    after   TEXT,
    mac     BLOB NOT NULL
);
CREATE INDEX audit_item ON audit (item) WHERE item IS NOT NULL;
CREATE INDEX audit_at ON audit (at);
ALTER TABLE records ADD COLUMN mac BLOB;
ALTER TABLE docs ADD COLUMN mac BLOB;
ALTER TABLE appts ADD COLUMN mac BLOB;
ALTER TABLE obligations ADD COLUMN mac BLOB;
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);
CREATE TABLE attachments (
    id       INTEGER PRIMARY KEY AUTOINCREMENT,
    item     TEXT NOT NULL,
    name     TEXT NOT NULL,
    mime     TEXT NOT NULL,
    size     INTEGER NOT NULL,
    sha256   TEXT NOT NULL,
    added_at TEXT NOT NULL,
    mac      BLOB
);
CREATE INDEX attachments_item ON attachments (item, id);
CREATE INDEX attachments_blob ON attachments (sha256);
";

fn v5(conn: &rusqlite::Connection, signing: Option<Signing>) -> Result<()> {
    use super::{audit, seal};
    conn.execute_batch(V5_SQL)?;
    seal::ensure_key(conn)?;
    seal::function(conn)?;
    seal::seal_all(conn, 5)?;
    let signing = signs(conn, signing)?;
    audit::genesis(conn, signing.map(|s| s.key), &migration(5, signing))
}

/// The signer of a migration's entry, when the log has room for signatures yet (V12): a
/// store taken back to an earlier version by hand keeps them, and its replayed migrations
/// sign; a real store of before V12 gets its entries unsigned, before signing begins.
fn signs<'a>(
    conn: &rusqlite::Connection,
    signing: Option<Signing<'a>>,
) -> Result<Option<Signing<'a>>> {
    let room = has_column(conn, "audit", "sig")?;
    Ok(signing.filter(|_| room))
}

/// Who a migration's log entry names: the store's user who unlocked it (if any) and this
/// process's OS user, at the machine's time in UTC (a migration runs before the store's zone
/// is read).
fn migration(n: u32, signing: Option<Signing>) -> crate::store::audit::Actor {
    use crate::store::audit::{Actor, attributed, whoami};
    Actor {
        at: chrono::Utc::now().naive_utc().with_nanosecond(0).unwrap_or_default(),
        who: attributed(signing.and_then(|s| s.user), &whoami()),
        command: format!("migration {n} (UTC)"),
    }
}

/// V6: seals on the history rows of items (an appointment's reschedules, an obligation's
/// completions), which V5 left unsealed; the rows already there are sealed.
const V6_SQL: &str = "
ALTER TABLE appt_moves ADD COLUMN mac BLOB;
ALTER TABLE obligation_done ADD COLUMN mac BLOB;
";

fn v6(conn: &rusqlite::Connection) -> Result<()> {
    use super::seal;
    conn.execute_batch(V6_SQL)?;
    seal::function(conn)?;
    seal::seal_history(conn)
}

/// V7: the open-follow-up index also holds what `deadlines` shows of a follow-up (name, UUID,
/// and the open flag itself), so listing them reads the index alone instead of fetching — and
/// decrypting — a table page per open follow-up (114,000 of them: 4.9 s before).
const V7: &str = "
DROP INDEX records_open_follow_up;
CREATE INDEX records_open_follow_up
    ON records (subject_id, type, event_date, follow_up_on, subject_name, uuid, follow_up_open)
    WHERE follow_up_open = 1;
";

/// V8: a record's seal covers its ID last, and natural keys are stored as digests
/// (`seal::digest_keys`).
fn v8(conn: &rusqlite::Connection) -> Result<()> {
    use super::seal;
    seal::function(conn)?;
    seal::digest_keys(conn)
}

/// V9: the log accounts for every history row (a reschedule, a completion), so that `verify`
/// finds one removed or copied in by another client: the rows already there are counted in a
/// `history` entry (none in a store without any), the actions logged after add to the count.
fn v9(conn: &rusqlite::Connection, signing: Option<Signing>) -> Result<()> {
    use super::{audit, seal};
    seal::function(conn)?;
    let signing = signs(conn, signing)?;
    audit::count_history(conn, signing.map(|s| s.key), &migration(9, signing))
}

/// V10: applications filed with an agency, and each one's changes of status (sealed, and
/// counted by the log like reschedules). The open ones with a term are indexed by it, for
/// `deadlines`. `IF NOT EXISTS`: a store taken back to an earlier version by hand (as tests
/// do to replay upgrades) may keep the tables, empty.
const V10: &str = "
CREATE TABLE IF NOT EXISTS applications (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    uuid        TEXT NOT NULL UNIQUE,
    nkey        TEXT NOT NULL,
    applicant   TEXT NOT NULL,
    snils       TEXT,
    agency      TEXT NOT NULL,
    service     TEXT NOT NULL,
    number      TEXT,
    submitted   TEXT NOT NULL,
    due         TEXT,
    fee         TEXT,
    fee_status  TEXT,
    needs       TEXT,
    notes       TEXT,
    status      TEXT NOT NULL,
    status_at   TEXT NOT NULL,
    reason      TEXT,
    created_at  TEXT NOT NULL,
    mac         BLOB
);
CREATE INDEX IF NOT EXISTS applications_nkey ON applications (nkey);
CREATE INDEX IF NOT EXISTS applications_open_due ON applications (due)
    WHERE status IN ('accepted', 'processing') AND due IS NOT NULL;
CREATE TABLE IF NOT EXISTS application_changes (
    application_id INTEGER NOT NULL,
    at             TEXT NOT NULL,
    from_status    TEXT NOT NULL,
    to_status      TEXT NOT NULL,
    reason         TEXT,
    mac            BLOB
);
CREATE INDEX IF NOT EXISTS application_changes_owner ON application_changes (application_id);
";

/// V11: the document an approved application issued (`issued_doc`, covered by its seal; the
/// link back is looked up by it). A row whose seal matched before is sealed again over the
/// new column; any other keeps its seal, so a change made outside kabinet is still reported.
fn v11(conn: &rusqlite::Connection) -> Result<()> {
    use super::seal;
    // A store taken back to an earlier version by hand keeps the tables as this build made
    // them: the column is there already.
    let has = has_column(conn, "applications", "issued_doc")?;
    if !has {
        conn.execute_batch("ALTER TABLE applications ADD COLUMN issued_doc INTEGER;")?;
    }
    conn.execute_batch(
        "CREATE INDEX IF NOT EXISTS applications_issued_doc ON applications (issued_doc) \
             WHERE issued_doc IS NOT NULL;",
    )?;
    seal::function(conn)?;
    seal::reseal_with(conn, "applications", 11)
}

/// V12: each entry of the log carries the public key of the user who made it and their
/// signature over its HMAC (see `audit`). Entries of before stay unsigned; the store begins
/// signing once it is open and its user known (a `users` entry listing everyone's keys).
fn v12(conn: &rusqlite::Connection) -> Result<()> {
    let has = has_column(conn, "audit", "sig")?;
    if !has {
        conn.execute_batch(
            "ALTER TABLE audit ADD COLUMN signer BLOB; ALTER TABLE audit ADD COLUMN sig BLOB;",
        )?;
    }
    Ok(())
}

/// V13: the delivery log of reminders (`kabinet notify`), inside the encrypted store.
const V13: &str = "
CREATE TABLE IF NOT EXISTS notifications (
    id            INTEGER PRIMARY KEY,
    item          TEXT NOT NULL,
    occasion      TEXT NOT NULL,
    channel       TEXT NOT NULL,
    recipient     TEXT NOT NULL,
    status        TEXT NOT NULL,
    attempts      INTEGER NOT NULL DEFAULT 0,
    first_at      TEXT NOT NULL,
    last_at       TEXT NOT NULL,
    next_at       TEXT,
    claimed_until TEXT,
    answer        TEXT,
    UNIQUE (item, occasion, channel, recipient)
);
";

/// V14: who a reminder reaches — the e-mail and phone of a document's holder and of an
/// appointment's person, covered by the rows' seals (a row whose seal matched before is sealed
/// again over them, as in V11).
fn v14(conn: &rusqlite::Connection) -> Result<()> {
    use super::seal;
    seal::function(conn)?;
    for table in ["docs", "appts"] {
        for column in ["email", "phone"] {
            if !has_column(conn, table, column)? {
                conn.execute_batch(&format!("ALTER TABLE {table} ADD COLUMN {column} TEXT;"))?;
            }
        }
        seal::reseal_with(conn, table, 14)?;
    }
    Ok(())
}

/// V15: an entry carried from another store (a backup of an office) keeps its original —
/// the other store's place, HMAC and signature — covered by this store's chain.
fn v15(conn: &rusqlite::Connection) -> Result<()> {
    if !has_column(conn, "audit", "origin")? {
        conn.execute_batch("ALTER TABLE audit ADD COLUMN origin TEXT;")?;
    }
    Ok(())
}

/// Whether `table` has `column` (a store taken back to an earlier version by hand, as tests
/// do to replay upgrades, keeps the columns this build made).
fn has_column(conn: &rusqlite::Connection, table: &str, column: &str) -> Result<bool> {
    let sql = "SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2";
    Ok(conn.query_row(sql, [table, column], |r| r.get(0))?)
}

/// Every migration, in order; index + 1 is the `user_version` it leaves.
const MIGRATIONS: &[Step] = &[
    Step::Sql(V1),
    Step::Sql(V2),
    Step::Sql(V3),
    V4,
    Step::Logged(v5),
    Step::Code(v6),
    Step::Sql(V7),
    Step::Code(v8),
    Step::Logged(v9),
    Step::Sql(V10),
    Step::Code(v11),
    Step::Code(v12),
    Step::Sql(V13),
    Step::Code(v14),
    Step::Code(v15),
];

/// The format version this program writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

/// Brings the store up to [`LATEST`]; refuses a store written by a newer program.
/// `upgrading` is told before a store that has data (not a new one) is upgraded.
pub fn migrate(
    conn: &mut Connection,
    upgrading: super::Upgrading,
    signing: Option<Signing>,
) -> Result<()> {
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    if version > LATEST {
        return Err(Error::TooNew { found: version, known: LATEST });
    }
    if version > 0 && version < LATEST {
        upgrading(version, LATEST);
    }
    for (i, step) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Another process may have migrated while we waited for the lock.
        let now: i64 = tx.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        if now > i as i64 {
            continue;
        }
        match step {
            Step::Sql(sql) => tx.execute_batch(sql)?,
            Step::Code(f) => f(&tx)?,
            Step::Logged(f) => f(&tx, signing)?,
        }
        tx.execute_batch(&format!("PRAGMA user_version = {}", i + 1))?;
        tx.commit()?;
    }
    Ok(())
}

//! A command's failure as the user reads it: the library's typed errors put into words here,
//! in the interface language, with the kind of failure that decides the exit code (in `main`).

use crate::app::{self, Class};
use crate::i18n;
use crate::io::sheet::HeaderProblem;
use crate::store::verify::Finding;

/// A failure, said.
#[derive(Debug)]
pub enum Failure {
    /// What went wrong, in words, and its kind.
    Said { class: Class, text: String },
    /// Not a failure: the command has said all it had to and exits with this code
    /// (`deadlines --check` reports WARNING as 1 and CRITICAL as 2).
    Exit(u8),
}

pub type Result<T, E = Failure> = std::result::Result<T, E>;

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failure::Said { text, .. } => f.write_str(text),
            Failure::Exit(_) => Ok(()),
        }
    }
}

impl Failure {
    pub fn said(class: Class, text: impl Into<String>) -> Failure {
        match class {
            Class::Gone => Failure::Exit(0),
            _ => Failure::Said { class, text: text.into() },
        }
    }
    pub fn usage(text: impl Into<String>) -> Failure {
        Failure::said(Class::Usage, text)
    }
    pub fn unlock(text: impl Into<String>) -> Failure {
        Failure::said(Class::Unlock, text)
    }
    pub fn damaged(text: impl Into<String>) -> Failure {
        Failure::said(Class::Damaged, text)
    }
    pub fn invalid(text: impl Into<String>) -> Failure {
        Failure::said(Class::Invalid, text)
    }
    pub fn not_found(text: impl Into<String>) -> Failure {
        Failure::said(Class::NotFound, text)
    }
    pub fn denied(text: impl Into<String>) -> Failure {
        Failure::said(Class::Denied, text)
    }
    pub fn conflict(text: impl Into<String>) -> Failure {
        Failure::said(Class::Conflict, text)
    }
    pub fn io(text: impl Into<String>) -> Failure {
        Failure::said(Class::Io, text)
    }
    pub fn internal(text: impl Into<String>) -> Failure {
        Failure::said(Class::Internal, i18n::internal(&text.into()))
    }

    /// The exit code (SPEC.md, "Exit codes").
    pub fn exit_code(&self) -> u8 {
        match self {
            Failure::Said { class, .. } => exit_code(*class),
            Failure::Exit(code) => *code,
        }
    }

    /// The line printed on stderr (empty for [`Failure::Exit`]): `kabinet: ` and the text; a
    /// bug says so and where to report it.
    pub fn render(&self) -> String {
        match self {
            Failure::Said { class: Class::Internal, text } => {
                format!("kabinet: {text}{}", i18n::bug_hint())
            }
            Failure::Said { text, .. } => format!("kabinet: {text}"),
            Failure::Exit(_) => String::new(),
        }
    }
}

/// The exit code of a kind of failure.
pub fn exit_code(class: Class) -> u8 {
    match class {
        Class::Gone => 0,
        Class::Io | Class::Internal => 1,
        Class::Usage => 2,
        Class::Unlock => 3,
        Class::Damaged => 4,
        Class::Invalid => 5,
        Class::NotFound => 6,
        Class::Conflict => 7,
        Class::Denied => 8,
    }
}

impl From<std::io::Error> for Failure {
    fn from(e: std::io::Error) -> Self {
        // The reader of our output has gone (`kabinet record list | head`): not a failure,
        // and nothing to say about it (as ripgrep does).
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            return Failure::Exit(0);
        }
        Failure::io(i18n::io_error(&e))
    }
}

impl From<crate::store::Error> for Failure {
    fn from(e: crate::store::Error) -> Self {
        Failure::said(app::store_class(&e), store_text(e))
    }
}

impl From<crate::io::Error> for Failure {
    fn from(e: crate::io::Error) -> Self {
        Failure::said(app::output_class(&e), output_text(e))
    }
}

impl From<crate::sign::Error> for Failure {
    fn from(e: crate::sign::Error) -> Self {
        Failure::said(app::sign_class(&e), sign_text(&e))
    }
}

impl From<crate::crypto::Error> for Failure {
    fn from(e: crate::crypto::Error) -> Self {
        Failure::internal(e.to_string())
    }
}

impl From<crate::config::Error> for Failure {
    fn from(e: crate::config::Error) -> Self {
        use crate::config::{Error as C, Problem as P};
        match e {
            C::NotFound(path) => Failure::not_found(i18n::no_such_file(&path)),
            C::IsADirectory(path) => Failure::usage(i18n::is_a_directory(&path, false)),
            C::Read { path, source } => Failure::io(i18n::cannot_read(&path, &source)),
            C::Invalid { path, line, key, problem } => {
                let msg = match &problem {
                    P::Syntax(m) => m.clone(),
                    P::OneOf { value, allowed } => i18n::config_one_of(value, allowed),
                    P::TimeZone(z) => i18n::unknown_time_zone(z),
                    P::LeadDays(d) => i18n::config_lead_range(*d),
                    P::Reminder(r) => i18n::config_reminder(r),
                    P::ExpireDays(d) => i18n::config_expire_range(*d),
                    P::Duration(v) => i18n::config_duration(v),
                };
                let msg = match key {
                    Some(key) => format!("{key}: {msg}"),
                    None => msg,
                };
                Failure::invalid(i18n::config_invalid(&path, line, &msg))
            }
        }
    }
}

impl From<app::Error> for Failure {
    fn from(e: app::Error) -> Self {
        let class = e.class();
        match e {
            app::Error::Store(e) => e.into(),
            app::Error::Output(e) => e.into(),
            app::Error::Sign(e) => e.into(),
            other => Failure::said(class, app_text(other)),
        }
    }
}

fn store_text(e: crate::store::Error) -> String {
    use crate::store::Error as S;
    match e {
        S::NoStore(p) => i18n::no_store(&p),
        S::Exists(p) => i18n::store_exists(&p),
        S::CannotCreate { path, source } => i18n::cannot_write(&path, &source),
        S::NotAStore(p) => i18n::not_a_store(&p),
        S::PlainSqlite(p) => i18n::plain_sqlite(&p),
        S::Empty(p) => i18n::empty_store(&p),
        S::Truncated(p) => i18n::truncated(&p),
        S::DamagedPages { path, pages } => i18n::damaged_pages(&path, &pages),
        S::Corrupt(detail) => i18n::store_damaged(&detail),
        S::Malformed(v) => i18n::internal(&format!("malformed stored value {v:?}")),
        S::Unreadable { item, value } => i18n::unreadable_item(item, &value),
        S::TooNew { found, known } => i18n::store_too_new(found, known),
        S::WrongPassphrase(p) => i18n::wrong_passphrase(&p),
        S::KeysMissing(p) => i18n::keys_missing(&p),
        S::KeysDamaged { path, why } => i18n::keys_damaged(&path, &why),
        S::NoSuchUser { name, users } => i18n::no_such_user(&name, &users),
        S::ChooseUser(users) => i18n::choose_user(&users),
        S::UserExists(name) => i18n::user_exists(&name),
        S::LastAdmin(name) => i18n::last_admin(&name),
        S::Busy => i18n::store_busy(),
        S::Replaced(p) => i18n::store_replaced(&p),
        S::SealKeyDamaged => i18n::seal_key_damaged(),
        S::Signing(e) => sign_text(&e),
        S::Disk(detail) => i18n::store_io(&detail),
        S::DiskAt { path, detail } => i18n::disk_at(&path, &detail),
        S::File { path, source } => format!("{}: {}", path.display(), i18n::io_cause(&source)),
        S::Io(e) => i18n::io_error(&e),
        S::Crypto(e) => i18n::internal(&e.to_string()),
        S::Internal(detail) => i18n::internal(&detail),
        S::ServerUrl(why) => i18n::server_url(&why),
        S::ServerPasswordInUrl => i18n::server_password_in_url(),
        S::ServerUnreachable { at, why } => i18n::server_unreachable(&at, &why),
        S::ServerRefused { at, user, why } => i18n::server_refused(&at, &user, &why),
        S::ServerDenied { at, user, why } => i18n::server_denied(&at, &user, &why),
        S::ServerExists { at, office } => i18n::server_office_exists(&at, &office),
        S::Taken(item) => i18n::push_taken(&item.to_string()),
        S::Server { at, why } => i18n::server_failed(&at, &why),
        S::NotOnServer => i18n::not_on_server(),
        S::NoOffice { at, asked, offices } => i18n::no_office(&at, asked.as_deref(), &offices),
        S::ServerFormat { at, found, known } => i18n::server_format(&at, found, known),
    }
}

fn output_text(e: crate::io::Error) -> String {
    use crate::io::Error as O;
    match e {
        O::Io(e) => i18n::io_error(&e),
        O::Format(detail) => i18n::internal(&detail),
        O::NoSuchDir { path, dir } => i18n::no_such_dir(&path, &dir),
        O::CannotWrite { path, source } => i18n::cannot_write(&path, &source),
        O::PdfTooBig { rows, mb } => i18n::pdf_too_big(rows, mb),
    }
}

fn sign_text(e: &crate::sign::Error) -> String {
    use crate::sign::Error as G;
    match e {
        G::KeyMissing => i18n::signing_key_missing(),
        G::KeyDamaged => i18n::signing_key_damaged(),
        G::PublicKeyUnreadable => i18n::public_key_unreadable(),
        G::Malformed => i18n::signature_malformed(),
        G::OtherKey { found, expected } => i18n::signature_other_key(found, expected),
        G::Mismatch => i18n::signature_mismatch(),
        G::CommentAltered => i18n::signature_comment_altered(),
        G::Io(e) => i18n::io_error(e),
        G::Random => i18n::internal("the system random source failed"),
    }
}

/// A problem a check found, in words.
pub fn finding_text(f: &Finding) -> String {
    match f {
        Finding::Page(detail) => i18n::verify_page(detail),
        Finding::Structure(detail) => i18n::verify_structure(detail),
        Finding::LogRemoved(a, b) => i18n::verify_log_removed(*a, *b),
        Finding::LogAltered(seq) => i18n::verify_log_altered(*seq),
        Finding::LogHead => i18n::verify_log_head(),
        Finding::RowChanged(item) => i18n::verify_row_changed(item),
        Finding::HistoryRowChanged { item, table } => {
            i18n::verify_row_changed(&i18n::history_row(item, table))
        }
        Finding::RowUnlogged(item) => i18n::verify_row_unlogged(item),
        Finding::RowRemoved(item) => i18n::verify_row_removed(item),
        Finding::HistoryCount { item, table, logged, present } => {
            i18n::verify_history_count(item, table, *logged, *present)
        }
        Finding::Blob(sha) => i18n::verify_blob(sha),
        Finding::BlobMissing(item) => i18n::verify_blob_missing(item),
        Finding::Unreadable { item, value } => i18n::verify_unreadable(item, value),
        Finding::SigningKey(e) => sign_text(e),
        Finding::More(n) => i18n::verify_more(*n),
        Finding::Unsigned(_)
        | Finding::BadSignature(_)
        | Finding::UnknownKey { .. }
        | Finding::RetiredKey { .. }
        | Finding::WrongSigner { .. }
        | Finding::NotAllowed { .. }
        | Finding::SigningRestarted(_)
        | Finding::SigningNeverBegan
        | Finding::UserNotLogged(_)
        | Finding::UserGone(_)
        | Finding::UserDiffers { .. } => i18n::signature_finding(f),
    }
}

/// The problems of a check, each on its line.
pub fn findings_text(findings: &[Finding]) -> String {
    let lines: Vec<String> = findings.iter().map(finding_text).collect();
    i18n::verify_failed(&lines)
}

/// A header refused, one line per problem.
fn header_text(problems: &[HeaderProblem], fields: &[&str]) -> String {
    problems
        .iter()
        .map(|p| match p {
            HeaderProblem::Unknown { column, name } => i18n::unknown_column(*column, name, fields),
            HeaderProblem::Twice { column, name, field } => {
                i18n::column_twice(*column, name, field)
            }
            HeaderProblem::Missing { field, also } => i18n::missing_column(field, also),
            HeaderProblem::BadMap { map, fault } => i18n::bad_map(map, fault, fields),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// A use case's refusal in words (those of the store, writers and signatures are above).
fn app_text(e: app::Error) -> String {
    use app::Error as E;
    match e {
        E::Store(e) => store_text(e),
        E::Output(e) => output_text(e),
        E::Sign(e) => sign_text(&e),
        E::Invalid(errors) => i18n::field_errors(&errors),
        E::NotFound(id) => i18n::no_such_item(id),
        E::Duplicate(id) => i18n::duplicate(id),
        E::NothingToChange => i18n::nothing_to_change(),
        E::Locked { id, until } => i18n::record_locked(id, until),
        E::Superseded { id, by } => i18n::record_superseded(id, by),
        E::Archived { id, by } => i18n::doc_archived(id, by),
        E::Needed { id, by } => i18n::doc_needed(id, &by),
        E::NotScheduled { id, status } => i18n::appt_not_scheduled(id, status),
        E::NotStarted { id, at } => i18n::appt_not_started(id, at),
        E::TooLate { id, deadline } => i18n::too_late_to_change(id, deadline),
        E::UseReschedule(id) | E::RevertMoves(id) => i18n::use_reschedule(id),
        E::AlreadyDone(id) => i18n::obligation_already_done(id),
        E::NoSuchVersion { item, n, count } => i18n::no_such_version(item, n, count),
        E::VersionDeleted { item, n } => i18n::version_deleted(item, n),
        E::AlreadyThatVersion { item, n } => i18n::already_that_version(item, n),
        E::NoRevert(item) => i18n::obligation_no_revert(item),
        E::Transition { id, from, to, allowed } => i18n::wrong_transition(id, from, to, &allowed),
        E::Decided { id, status } => i18n::application_decided(id, status),
        E::IssuesOnlyApproved(to) => i18n::issues_only_approved(to),
        E::NoSuchFile(path) => i18n::no_such_file(&path),
        E::IsADirectory(path) => i18n::is_a_directory(&path, false),
        E::CannotRead { path, source } => i18n::cannot_read(&path, &source),
        E::TooBig { path, size, max } => i18n::attachment_too_big(&path, size, max),
        E::WrongType { path, mime } => {
            let found = mime.unwrap_or_else(i18n::unknown_type);
            i18n::attachment_wrong_type(&path, &found)
        }
        E::AlreadyAttached { item, n } => i18n::already_attached(item, n),
        E::NoSuchAttachment { item, n, count } => i18n::no_such_attachment(item, n, count),
        E::BlobMissing(item) => i18n::verify_blob_missing(&item.to_string()),
        E::BlobDamaged(sha) => i18n::verify_blob(&sha),
        E::Damaged(findings) => findings_text(&findings),
        E::BackupExists(path) => i18n::backup_exists(&path),
        E::RestoreFromDir { dir, latest } => i18n::restore_from_dir(&dir, latest.as_deref()),
        E::BackupPassphrase(path) => i18n::backup_wrong_passphrase(&path),
        E::Backup { path, source } => format!("{}: {}", path.display(), app_text(*source)),
        E::NotCsv { path, what } => i18n::not_csv(&path, what),
        E::Workbook { path, why } => i18n::workbook_unreadable(&path, &why),
        E::NoSuchSheet { path, name, sheets } => i18n::no_such_sheet(&path, &name, &sheets),
        E::EmptyFile(path) => i18n::empty_file(&path),
        E::HeaderNotUtf8 => i18n::header_not_utf8(),
        E::Header { problems, fields } => header_text(&problems, fields),
        E::Refused { rejected, dry_run: true } => i18n::file_refused(rejected),
        E::Refused { rejected, dry_run: false } => i18n::import_refused(rejected),
        E::ValuesInvalid { bad, total } => i18n::values_invalid(bad, total),
        E::Findings(n) => i18n::findings(n),
        E::PassphraseTooShort(min) => i18n::passphrase_too_short(min),
        E::Io(e) => i18n::io_error(&e),
        E::Internal(detail) => i18n::internal(&detail),
    }
}

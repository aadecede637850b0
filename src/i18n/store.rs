//! Messages of the store and unlocking: opening, creating, damage, passphrases.

use super::prelude::*;

// ---- store and unlocking -----------------------------------------------------------------

pub fn no_store(path: &Path) -> String {
    tr!(
        format!(
            "no store at {}; create one with `kabinet init` (or point --store / KABINET_STORE at yours)",
            p(path)
        ),
        format!(
            "хранилище {} не найдено; создайте его командой `kabinet init` (или укажите --store / KABINET_STORE)",
            p(path)
        ),
    )
}

pub fn store_exists(path: &Path) -> String {
    tr!(
        format!("{} already exists; kabinet never overwrites a store", p(path)),
        format!("{} уже существует; kabinet не перезаписывает хранилище", p(path)),
    )
}

pub fn store_created(path: &Path) -> String {
    tr!(
        format!("Created an encrypted store at {}", p(path)),
        format!("Создано зашифрованное хранилище {}", p(path))
    )
}

pub fn not_a_store(path: &Path) -> String {
    tr!(
        format!("{} is not a kabinet store", p(path)),
        format!("{} не является хранилищем kabinet", p(path))
    )
}

pub fn plain_sqlite(path: &Path) -> String {
    tr!(
        format!("{} is a plain, unencrypted SQLite database, not a kabinet store", p(path)),
        format!("{} — обычная незашифрованная база SQLite, а не хранилище kabinet", p(path)),
    )
}

pub fn empty_store(path: &Path) -> String {
    tr!(
        format!("store {} is damaged: the file is empty", p(path)),
        format!("хранилище {} повреждено: файл пуст", p(path))
    )
}

pub fn truncated(path: &Path) -> String {
    tr!(
        format!(
            "store {} is damaged: the file is truncated (not a whole number of pages)",
            p(path)
        ),
        format!("хранилище {} повреждено: файл обрезан (не целое число страниц)", p(path)),
    )
}

pub fn damaged_pages(path: &Path, pages: &[String]) -> String {
    let list = pages.join("; ");
    tr!(
        format!("store {} is damaged or was tampered with: {list}", p(path)),
        format!("хранилище {} повреждено или изменено в обход kabinet: {list}", p(path)),
    )
}

pub fn store_damaged(detail: &str) -> String {
    tr!(
        format!("store is damaged: {detail}"),
        format!("хранилище повреждено (сообщение SQLite: «{detail}»)")
    )
}

pub fn upgrading_store(from: i64, to: i64) -> String {
    // Only the step to format 8 rewrites every record; later ones take a moment.
    if from >= 8 {
        return tr!(
            format!("upgrading the store from format {from} to {to}, once"),
            format!("хранилище переводится с формата {from} на {to}, один раз")
        );
    }
    tr!(
        format!(
            "upgrading the store from format {from} to {to}, once (about 10 s per million \
             records)"
        ),
        format!(
            "хранилище переводится с формата {from} на {to}, один раз (около 10 с на миллион \
             записей)"
        ),
    )
}

pub fn store_too_new(found: i64, known: i64) -> String {
    tr!(
        format!(
            "store format {found} is newer than this program understands ({known}); upgrade kabinet"
        ),
        format!(
            "формат хранилища {found} новее, чем понимает эта программа ({known}); обновите kabinet"
        ),
    )
}

pub fn wrong_passphrase(path: &Path) -> String {
    tr!(
        format!("wrong passphrase for {}", p(path)),
        format!("неверная парольная фраза для {}", p(path))
    )
}

pub fn store_busy() -> String {
    tr!(
        "store busy: another kabinet process is writing; try again (KABINET_BUSY_TIMEOUT_MS sets the wait)",
        "хранилище занято другим процессом kabinet; повторите (ожидание задаёт KABINET_BUSY_TIMEOUT_MS)",
    )
}

pub fn store_replaced(path: &Path) -> String {
    tr!(
        format!(
            "{} was replaced while this command waited (passphrase changed or restored); nothing was written, run it again",
            p(path)
        ),
        format!(
            "файл {} заменён, пока команда ждала (смена пароля или восстановление); ничего не записано, повторите",
            p(path)
        ),
    )
}

/// SQLite's words for what the system refused, in the interface language (its own words, as
/// a quoted detail, for what is rarer).
fn sqlite_cause(detail: &str) -> String {
    let said = [
        ("disk is full", "no space left on the disk", "на диске нет места"),
        ("unable to open", "the file cannot be opened", "файл не открывается"),
        ("readonly", "it is read-only", "доступно только для чтения"),
        ("disk I/O error", "the disk failed to read or write", "сбой чтения или записи диска"),
        ("permission denied", "permission denied", "нет прав доступа"),
    ];
    match said.iter().find(|(sqlite, _, _)| detail.contains(sqlite)) {
        Some((_, en, ru)) => tr!(en.to_string(), ru.to_string()),
        None => tr!(detail.to_owned(), format!("отказ системы (SQLite: {detail})")),
    }
}

pub fn store_io(detail: &str) -> String {
    let why = sqlite_cause(detail);
    tr!(format!("cannot write the store: {why}"), format!("не удаётся записать хранилище: {why}"))
}

/// What the system refused writing `path`, a file other than the store (a backup copy).
pub fn disk_at(path: &Path, detail: &str) -> String {
    let why = sqlite_cause(detail);
    tr!(
        format!("cannot write {}: {why}", p(path)),
        format!("не удаётся записать {}: {why}", p(path))
    )
}

pub fn internal(detail: &str) -> String {
    detail.to_owned()
}

pub fn bug_hint() -> String {
    tr!(
        "\nThis is an internal error, a bug in kabinet: please report it with the command you ran.",
        "\nЭто внутренняя ошибка kabinet: пожалуйста, сообщите о ней, указав выполненную команду.",
    )
}

pub fn no_passphrase_source() -> String {
    tr!(
        "no passphrase: not on a terminal and no source set; use --passphrase-file PATH, KABINET_PASSPHRASE_FILE or KABINET_PASSPHRASE",
        "нет парольной фразы: терминала нет, источник не задан; используйте --passphrase-file ПУТЬ, KABINET_PASSPHRASE_FILE или KABINET_PASSPHRASE",
    )
}

pub fn no_new_passphrase_source() -> String {
    tr!(
        "no new passphrase: not on a terminal; use --new-passphrase-file PATH, KABINET_NEW_PASSPHRASE_FILE or KABINET_NEW_PASSPHRASE",
        "нет новой парольной фразы: терминала нет; используйте --new-passphrase-file ПУТЬ, KABINET_NEW_PASSPHRASE_FILE или KABINET_NEW_PASSPHRASE",
    )
}

pub fn pass_file_unreadable(path: &Path, why: &str) -> String {
    tr!(
        format!("cannot read the passphrase file {}: {why}", p(path)),
        format!("не удаётся прочитать файл с парольной фразой {}: {why}", p(path)),
    )
}

/// An item holding a stored value that cannot be read.
pub fn unreadable_item(item: crate::domain::ItemId, value: &str) -> String {
    let value = crate::domain::shown(value);
    tr!(
        format!(
            "{item} holds a stored value that cannot be read ({value}): written by an older kabinet or changed outside it; `kabinet verify` names every such value"
        ),
        format!(
            "в {item} хранится значение, которое не читается ({value}): оно записано старой версией kabinet или изменено в обход неё; `kabinet verify` назовёт все такие значения"
        )
    )
}

/// A listing that left out an item holding a stored value that cannot be read.
pub fn skipped_item(item: crate::domain::ItemId, value: &str) -> String {
    let value = crate::domain::shown(value);
    tr!(
        format!(
            "{item} is left out: it holds a stored value that cannot be read ({value}); `kabinet verify` names every such value"
        ),
        format!(
            "{item} пропущено: в нём хранится значение, которое не читается ({value}); `kabinet verify` назовёт все такие значения"
        )
    )
}

/// A passphrase file whose first line is empty.
pub fn pass_file_empty(path: &Path) -> String {
    tr!(
        format!(
            "the passphrase file {} is empty (its first line is the passphrase); nothing was tried",
            p(path)
        ),
        format!(
            "файл с парольной фразой {} пуст (фраза — его первая строка); ничего не проверялось",
            p(path)
        ),
    )
}

pub fn not_utf8() -> String {
    tr!("not UTF-8", "не в кодировке UTF-8")
}

pub fn pass_env_not_utf8(var: &str) -> String {
    tr!(format!("{var} is not valid UTF-8"), format!("{var} не в кодировке UTF-8"))
}

pub fn passphrase_too_short(min: usize) -> String {
    tr!(
        format!("passphrase too short: use at least {min} characters"),
        format!("парольная фраза слишком короткая: нужно не меньше {min} символов"),
    )
}

pub fn passphrase_changed() -> String {
    tr!("Passphrase changed.", "Парольная фраза изменена.")
}

pub fn prompt_passphrase() -> String {
    tr!("Passphrase", "Парольная фраза")
}

pub fn prompt_new_passphrase() -> String {
    tr!("New passphrase", "Новая парольная фраза")
}

pub fn prompt_repeat() -> String {
    tr!("Repeat", "Ещё раз")
}

pub fn prompt_mismatch() -> String {
    tr!("The two entries differ; try again", "Фразы не совпали; попробуйте ещё раз")
}

pub fn prompt_cancelled() -> String {
    tr!("cancelled", "отменено")
}

pub fn no_home() -> String {
    tr!(
        "cannot find the default store: neither XDG_DATA_HOME nor HOME is set; use --store",
        "не удаётся найти хранилище по умолчанию: не заданы XDG_DATA_HOME и HOME; используйте --store",
    )
}

pub fn bad_now(v: &str) -> String {
    tr!(
        format!("KABINET_NOW={v:?} is not a date or date-time"),
        format!("KABINET_NOW={v:?} — не дата и не дата со временем"),
    )
}

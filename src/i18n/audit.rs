//! Messages of the audit trail, `verify`, attachments and backups.

use super::prelude::*;

// ---- audit, verify, attachments, backups ---------------------------------------------------

pub fn seal_key_damaged() -> String {
    tr!(
        "the store's seal key is missing or damaged: it was changed by another program",
        "ключ печатей хранилища отсутствует или повреждён: его изменила другая программа"
    )
}

fn table_noun(table: &str) -> String {
    let (en, ru) = match table {
        "records" => ("records", "записей журнала"),
        "docs" => ("documents", "документов"),
        "appts" => ("appointments", "записей на приём"),
        "obligations" => ("obligations", "обязанностей"),
        "applications" => ("applications", "заявлений"),
        "attachments" => ("attachments", "вложений"),
        other => (other, other),
    };
    tr!(en, ru)
}

pub fn verify_ok(counts: &[(String, u64)], entries: i64, key_id: &str, head: &str) -> String {
    let items: Vec<String> = counts.iter().map(|(t, n)| format!("{n} {}", table_noun(t))).collect();
    // An office on a server has no export signing key of its own (yet).
    if key_id.is_empty() {
        return tr!(
            format!(
                "store OK: {}; audit trail of {entries} entries intact, head {head}; every value opens where it is kept",
                items.join(", ")
            ),
            format!(
                "хранилище в порядке: {}; журнал изменений из {entries} записей не нарушен, последняя точка {head}; все значения открываются там, где хранятся",
                items.join(", ")
            )
        );
    }
    tr!(
        format!(
            "store OK: {}; audit trail of {entries} entries intact, head {head}; every row sealed; the store's signing key {key_id}",
            items.join(", ")
        ),
        format!(
            "хранилище в порядке: {}; журнал изменений из {entries} записей не нарушен, последняя точка {head}; все строки запечатаны; ключ подписи хранилища {key_id}",
            items.join(", ")
        )
    )
}

pub fn verify_failed(problems: &[String]) -> String {
    let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
    tr!(
        format!(
            "the store FAILED verification ({} problems):\n{}",
            problems.len(),
            list.join("\n")
        ),
        format!("хранилище НЕ прошло проверку (проблем: {}):\n{}", problems.len(), list.join("\n"))
    )
}

/// The page a line of SQLite's or SQLCipher's check names (`… page 5 …`), if it names one.
fn page_named(detail: &str) -> Option<u64> {
    let lower = detail.to_lowercase();
    let after = &lower[lower.find("page")? + 4..];
    let digits: String = after
        .trim_start_matches([' ', ':', '#'])
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

pub fn verify_page(detail: &str) -> String {
    match page_named(detail) {
        Some(n) => tr!(
            format!("encrypted page {n} fails its HMAC (changed or damaged)"),
            format!(
                "зашифрованная страница {n} не проходит проверку HMAC (изменена или повреждена)"
            )
        ),
        None => tr!(
            format!("encrypted page fails its HMAC: {detail}"),
            format!(
                "зашифрованная страница не проходит проверку HMAC (сообщение SQLCipher: «{detail}»)"
            )
        ),
    }
}

pub fn verify_structure(detail: &str) -> String {
    let page = page_named(detail);
    tr!(
        format!("database structure: {detail}"),
        match page {
            Some(n) =>
                format!("структура базы повреждена на странице {n} (сообщение SQLite: «{detail}»)"),
            None => format!("структура базы повреждена (сообщение SQLite: «{detail}»)"),
        }
    )
}

pub fn verify_log_removed(a: i64, b: i64) -> String {
    let which = if a == b { a.to_string() } else { format!("{a}–{b}") };
    tr!(
        format!("audit trail: entry {which} removed"),
        format!("журнал изменений: запись {which} удалена")
    )
}

pub fn verify_log_altered(seq: i64) -> String {
    tr!(
        format!("audit trail: entry {seq} altered (its HMAC does not match)"),
        format!("журнал изменений: запись {seq} изменена (HMAC не совпадает)")
    )
}

pub fn verify_log_head() -> String {
    tr!(
        "audit trail: its last entries were removed or entries were added outside kabinet (the sealed head does not match)",
        "журнал изменений: последние записи удалены или добавлены вне kabinet (запечатанный конец журнала не совпадает)"
    )
}

pub fn verify_more(n: usize) -> String {
    tr!(format!("… and {n} more"), format!("… и ещё {n}"))
}

pub fn verify_row_changed(item: &str) -> String {
    tr!(
        format!("{item}: changed outside kabinet (its seal does not match its contents)"),
        format!("{item}: изменён вне kabinet (печать не совпадает с содержимым)")
    )
}

/// An item's history row as `verify` names it: "A-3, a reschedule".
pub fn history_row(item: &str, table: &str) -> String {
    match table {
        "appt_moves" => tr!(format!("{item}, a reschedule"), format!("{item}, перенос")),
        "obligation_done" => {
            tr!(format!("{item}, a completion"), format!("{item}, отметка о выполнении"))
        }
        "application_changes" => {
            tr!(format!("{item}, a change of status"), format!("{item}, смена статуса"))
        }
        _ => format!("{item}, {table}"),
    }
}

pub fn verify_row_unlogged(item: &str) -> String {
    tr!(
        format!("{item}: not in the audit trail (added outside kabinet)"),
        format!("{item}: нет в журнале изменений (добавлен вне kabinet)")
    )
}

/// An item holding a stored value that cannot be read back.
pub fn verify_unreadable(item: &str, value: &str) -> String {
    let value = crate::domain::shown(value);
    tr!(
        format!("{item}: a stored value cannot be read ({value}); listings leave the item out"),
        format!("{item}: хранимое значение не читается ({value}); списки пропускают эту запись")
    )
}

/// An item whose history (`table`) holds `present` rows where the log accounts for `logged`.
pub fn verify_history_count(item: &str, table: &str, logged: i64, present: i64) -> String {
    let (en, ru) = match table {
        "appt_moves" => ("reschedules", "переносов"),
        "obligation_done" => ("completions", "отметок о выполнении"),
        _ => (table, table),
    };
    if present < logged {
        tr!(
            format!("{item}: {en} removed outside kabinet: {} of {logged}", logged - present),
            format!("{item}: удалено вне kabinet {ru}: {} из {logged}", logged - present)
        )
    } else {
        tr!(
            format!(
                "{item}: {en} added outside kabinet: {} ({present} present, {logged} in the audit trail)",
                present - logged
            ),
            format!(
                "{item}: добавлено вне kabinet {ru}: {} (есть {present}, в журнале изменений {logged})",
                present - logged
            )
        )
    }
}

pub fn verify_row_removed(item: &str) -> String {
    tr!(
        format!("{item}: removed outside kabinet (the audit trail has no deletion)"),
        format!("{item}: удалён вне kabinet (в журнале изменений нет удаления)")
    )
}

pub fn verify_blob(sha: &str) -> String {
    tr!(
        format!("attachment content {sha}: does not match its SHA-256"),
        format!("содержимое вложения {sha}: не совпадает со своим SHA-256")
    )
}

pub fn verify_blob_missing(item: &str) -> String {
    tr!(
        format!("{item}: an attachment's content is missing"),
        format!("{item}: содержимое вложения отсутствует")
    )
}

pub fn backup_exists(path: &Path) -> String {
    tr!(
        format!("{} already exists: a backup never overwrites a file", p(path)),
        format!("{} уже существует: резервная копия никогда не перезаписывает файл", p(path))
    )
}

pub fn restore_from_dir(dir: &Path, latest: Option<&Path>) -> String {
    match latest {
        Some(f) => tr!(
            format!(
                "{} is a directory: name the backup to restore (the latest there is {})",
                p(dir),
                p(f)
            ),
            format!("{} — каталог: укажите файл копии (последняя в нём — {})", p(dir), p(f))
        ),
        None => tr!(
            format!(
                "{} is a directory with no backup (.db) in it: name the backup to restore",
                p(dir)
            ),
            format!("{} — каталог без резервных копий (.db): укажите файл копии", p(dir))
        ),
    }
}

pub fn backup_written(path: &Path, pages: u64) -> String {
    tr!(
        format!("backup written to {} ({pages} pages, encrypted with the store's key)", p(path)),
        format!(
            "резервная копия записана в {} ({pages} страниц, зашифрована ключом хранилища)",
            p(path)
        )
    )
}

pub fn office_backup_written(path: &Path, items: usize, entries: usize) -> String {
    tr!(
        format!(
            "office copied to {} ({items} item(s), {entries} log entr(y/ies) carried and signed by you; it opens for the office's users with their own passphrases, and `kabinet --store {} verify` checks it)",
            p(path),
            p(path)
        ),
        format!(
            "учреждение скопировано в {} (записей: {items}, записей журнала изменений: {entries}, перенесены и подписаны вами; копия открывается пользователями учреждения их паролями, проверка: `kabinet --store {} verify`)",
            p(path),
            p(path)
        )
    )
}

pub fn backup_wrong_passphrase(path: &Path) -> String {
    tr!(
        format!(
            "{}: the passphrase does not open this backup (it opens with the passphrase the store had when it was made)",
            p(path)
        ),
        format!(
            "{}: пароль не подходит к этой копии (она открывается паролем, который был у хранилища в момент копирования)",
            p(path)
        )
    )
}

pub fn restored(from: &Path, kept: Option<&Path>) -> String {
    match kept {
        Some(k) => tr!(
            format!("restored from {}; the previous store is kept as {}", p(from), p(k)),
            format!("восстановлено из {}; прежнее хранилище сохранено как {}", p(from), p(k))
        ),
        None => tr!(format!("restored from {}", p(from)), format!("восстановлено из {}", p(from))),
    }
}

pub fn bad_any_id(s: &str) -> String {
    tr!(
        format!("{s:?} is not an item ID: give R-42, D-7, A-3, O-1 or Z-5"),
        format!("{s:?} не номер записи: укажите R-42, D-7, A-3, O-1 или Z-5")
    )
}

pub fn audit_action(code: &str) -> String {
    let (en, ru) = match code {
        "add" => ("added", "добавление"),
        "edit" => ("edited", "изменение"),
        "amend" => ("amended", "исправление"),
        "unamend" => ("amendment removed", "отмена исправления"),
        "delete" => ("deleted", "удаление"),
        "renew" => ("renewed", "замена"),
        "archive" => ("archived", "в архив"),
        "reschedule" => ("rescheduled", "перенос"),
        "cancel" => ("cancelled", "отмена"),
        "done" => ("done", "выполнено"),
        "no_show" | "no-show" => ("no-show", "неявка"),
        "import" => ("import", "импорт"),
        "begin" => ("log begins", "начало журнала"),
        "history" => ("history counted", "подсчёт истории"),
        "revert" => ("reverted", "возврат версии"),
        "attach" => ("attached", "вложение"),
        "detach" => ("attachment removed", "вложение удалено"),
        "restore" => ("restored from a backup", "восстановление из копии"),
        "passwd" => ("passphrase changed", "смена пароля"),
        "setting" => ("setting changed", "изменение настройки"),
        "status" => ("status changed", "смена статуса"),
        "users" => ("signing begins", "начало подписей"),
        "user add" => ("user added", "новый пользователь"),
        "user role" => ("role changed", "смена роли"),
        "user remove" => ("user removed", "пользователь удалён"),
        "recover" => {
            ("passphrase reset with the recovery key", "сброс пароля ключом восстановления")
        }
        "recovery-key" => ("new recovery key", "новый ключ восстановления"),
        "rekey" => ("store re-keyed", "смена ключа хранилища"),
        other => (other, other),
    };
    tr!(en, ru)
}

pub fn log_headers() -> Vec<String> {
    vec![
        tr!("No.", "№"),
        tr!("When", "Когда"),
        tr!("Who", "Кто"),
        tr!("Command", "Команда"),
        tr!("Action", "Действие"),
        tr!("Item", "Объект"),
        tr!("Changes", "Изменения"),
    ]
}

pub fn history_headers() -> Vec<String> {
    vec![
        tr!("Version", "Версия"),
        tr!("When", "Когда"),
        tr!("Who", "Кто"),
        tr!("Command", "Команда"),
        tr!("Values / changes", "Значения / изменения"),
    ]
}

pub fn log_import(file: &str, added: &str, table: &str) -> String {
    tr!(format!("{file}: {added} added to {table}"), format!("{file}: добавлено {added} ({table})"))
}

pub fn log_begin() -> String {
    tr!("items present when the log began", "записи, которые были до начала журнала")
}

pub fn log_signing_begins(users: &str) -> String {
    tr!(
        format!("from here on each entry is signed by its author; users and their keys: {users}"),
        format!("с этой записи каждая подписана автором; пользователи и их ключи: {users}")
    )
}

pub fn log_history() -> String {
    tr!(
        "reschedules and completions present when the log began counting them",
        "переносы и отметки о выполнении, которые были до начала их учёта в журнале"
    )
}

pub fn log_added() -> String {
    tr!("added", "добавлено")
}

pub fn log_removed() -> String {
    tr!("deleted", "удалено")
}

pub fn no_such_version(item: ItemId, n: usize, count: usize) -> String {
    tr!(
        format!(
            "{item} has no version {n}: it has versions 1–{count} (see `kabinet history {item}`)"
        ),
        format!("у {item} нет версии {n}: есть версии 1–{count} (см. `kabinet history {item}`)")
    )
}

pub fn version_deleted(item: ItemId, n: usize) -> String {
    tr!(
        format!("version {n} of {item} is its deletion: nothing to restore"),
        format!("версия {n} у {item} — это удаление: восстанавливать нечего")
    )
}

pub fn already_that_version(item: ItemId, n: usize) -> String {
    tr!(
        format!("{item} already holds the values of version {n}"),
        format!("{item} уже содержит значения версии {n}")
    )
}

pub fn obligation_no_revert(item: ItemId) -> String {
    tr!(
        format!("{item}: obligations are not edited, so there is no version to restore"),
        format!("{item}: обязанности не редактируются, возвращать нечего")
    )
}

pub fn reverted(item: ItemId, n: usize) -> String {
    tr!(
        format!("{item}: version {n} restored (logged as a new version)"),
        format!("{item}: восстановлена версия {n} (записано как новая версия)")
    )
}

/// A file size as people read it: 812 B, 45.3 KB, 4.8 MB.
pub fn size(bytes: u64) -> String {
    let (n, unit_en, unit_ru) = if bytes < 1024 {
        return tr!(format!("{bytes} B"), format!("{bytes} Б"));
    } else if bytes < 1024 * 1024 {
        (bytes as f64 / 1024.0, "KB", "КБ")
    } else {
        (bytes as f64 / 1024.0 / 1024.0, "MB", "МБ")
    };
    tr!(format!("{n:.1} {unit_en}"), format!("{} {unit_ru}", format!("{n:.1}").replace('.', ",")))
}

pub fn attachment_too_big(path: &Path, bytes: u64, max: u64) -> String {
    tr!(
        format!(
            "{}: {} is too big: an attachment is at most {}",
            p(path),
            size_en(bytes),
            size_en(max)
        ),
        format!(
            "{}: {} — слишком большой файл: вложение не больше {}",
            p(path),
            size(bytes),
            size(max)
        )
    )
}

fn size_en(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1024.0 / 1024.0)
}

pub fn unknown_type() -> String {
    tr!("an unknown type", "неизвестный тип")
}

pub fn attachment_wrong_type(path: &Path, found: &str) -> String {
    tr!(
        format!(
            "{}: the content is {found}; attachments are PDF, DOCX, JPG or PNG (checked by content, not by name)",
            p(path)
        ),
        format!(
            "{}: содержимое — {found}; вложения бывают PDF, DOCX, JPG или PNG (проверяется содержимое, а не имя)",
            p(path)
        )
    )
}

pub fn already_attached(item: ItemId, n: usize) -> String {
    tr!(
        format!("{item} already has this file as attachment {n}"),
        format!("этот файл уже приложен к {item} под номером {n}")
    )
}

pub fn attached(item: ItemId, name: &str, n: usize, kind: &str, bytes: u64) -> String {
    tr!(
        format!("{item}: attached {name} as {n} ({kind}, {})", size(bytes)),
        format!("{item}: приложен {name} под номером {n} ({kind}, {})", size(bytes))
    )
}

pub fn no_attachments(item: ItemId) -> String {
    tr!(format!("{item} has no attachments"), format!("у {item} нет вложений"))
}

pub fn no_such_attachment(item: ItemId, n: usize, count: usize) -> String {
    tr!(
        format!("{item} has no attachment {n} (it has {count}; see `kabinet attachments {item}`)"),
        format!(
            "у {item} нет вложения {n} (всего вложений: {count}; см. `kabinet attachments {item}`)"
        )
    )
}

pub fn attachment_headers() -> Vec<String> {
    vec![
        tr!("N", "№"),
        tr!("File", "Файл"),
        tr!("Type", "Тип"),
        tr!("Size", "Размер"),
        tr!("Added", "Добавлен"),
        tr!("SHA-256", "SHA-256"),
    ]
}

pub fn extract_needs_output() -> String {
    tr!(
        "an attachment is not for the terminal: give -o FILE (or redirect to a file)",
        "вложение нельзя вывести в терминал: укажите -o ФАЙЛ (или перенаправьте вывод в файл)"
    )
}

pub fn extracted(item: ItemId, n: usize, path: &Path) -> String {
    tr!(
        format!("{item}: attachment {n} written to {}", p(path)),
        format!("{item}: вложение {n} записано в {}", p(path))
    )
}

pub fn detached(item: ItemId, n: usize, name: &str) -> String {
    tr!(
        format!("{item}: attachment {n} ({name}) removed"),
        format!("{item}: вложение {n} ({name}) удалено")
    )
}

/// A store behind, or apart from, a head seen before: `here` when this machine remembered it,
/// else it was given (`verify --head`).
pub fn rolled_back(
    standing: &crate::app::heads::Standing,
    seen: &crate::store::audit::Head,
    here: bool,
) -> String {
    use crate::app::heads::Standing;
    let (en_seen, ru_seen) = if here {
        (
            format!("this machine saw the audit trail at {seen}"),
            format!("этот компьютер видел журнал изменений на {seen}"),
        )
    } else {
        (format!("the head given is {seen}"), format!("указанная точка журнала — {seen}"))
    };
    match standing {
        Standing::Holds => {
            tr!(format!("the store holds {seen}"), format!("хранилище содержит {seen}"))
        }
        Standing::Behind { from, to } => {
            let (en, ru) = if from == to {
                (format!("entry {from} is missing"), format!("нет записи журнала изменений {from}"))
            } else {
                (
                    format!("entries {from}–{to} are missing"),
                    format!("нет записей журнала изменений {from}–{to}"),
                )
            };
            tr!(
                format!(
                    "the store was rolled back: audit trail {en} ({en_seen}); an older copy was put in its place — `kabinet restore` if that was meant"
                ),
                format!(
                    "хранилище откачено назад: {ru} ({ru_seen}); на его место положена более старая копия — если так и задумано, `kabinet restore`"
                )
            )
        }
        Standing::Diverged { seq } => tr!(
            format!(
                "the store's history was rewritten: its audit trail entry {seq} is not the one seen ({en_seen}); an older copy was put in its place and written to since"
            ),
            format!(
                "история хранилища переписана: запись журнала изменений {seq} не та, что была ({ru_seen}); на его место положили более старую копию и с тех пор в неё писали"
            )
        ),
    }
}

/// The head of a store could not be remembered on this machine.
pub fn head_not_remembered(why: &str) -> String {
    tr!(
        format!(
            "could not remember where the audit trail stands ({why}); a rollback of the store will not be noticed on this machine"
        ),
        format!(
            "не удалось запомнить, где стоит журнал изменений ({why}); откат хранилища на этом компьютере не будет замечен"
        )
    )
}

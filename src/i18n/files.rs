//! Messages of import, export and the files kabinet reads and writes.

use super::prelude::*;

// ---- import and export -------------------------------------------------------------------

pub fn dry_run_no_rejects(path: &Path) -> String {
    tr!(
        format!("dry run: {} is not written (the bad rows are listed above)", p(path)),
        format!("пробный прогон: {} не записывается (плохие строки перечислены выше)", p(path))
    )
}

pub fn reading_terminal() -> String {
    tr!(
        "reading CSV rows from the terminal, header first; end with Ctrl-D on a line of its own",
        "читаю строки CSV с терминала, первой — заголовок; в конце нажмите Ctrl-D на пустой строке"
    )
}

pub fn guessed_encoding(path: &Path) -> String {
    tr!(
        format!(
            "{} is not valid UTF-8: reading it as Windows-1251 (choose with --encoding)",
            p(path)
        ),
        format!(
            "{} — не UTF-8: читаю как Windows-1251 (кодировку можно указать: --encoding)",
            p(path)
        )
    )
}

pub fn empty_file(path: &Path) -> String {
    tr!(
        format!("{}: empty file, no header row", p(path)),
        format!("{}: пустой файл, нет строки заголовков", p(path))
    )
}

pub fn header_not_utf8() -> String {
    tr!(
        "1: the header row is not UTF-8; try --encoding windows-1251",
        "1: строка заголовков не в UTF-8; попробуйте --encoding windows-1251"
    )
}

pub fn unknown_column(column: usize, name: &str, fields: &[&str]) -> String {
    let name = crate::domain::shown(name);
    tr!(
        format!(
            "1:{column}: unknown column «{name}»; known: {}; use --map '{name}=FIELD' or --ignore-unknown",
            fields.join(", ")
        ),
        format!(
            "1:{column}: неизвестный столбец «{name}»; известные: {}; укажите --map '{name}=ПОЛЕ' или --ignore-unknown",
            fields.join(", ")
        )
    )
}

pub fn column_twice(column: usize, name: &str, field: &str) -> String {
    let name = crate::domain::shown(name);
    tr!(
        format!("1:{column}: column «{name}» is a second column for {field}"),
        format!("1:{column}: столбец «{name}» — второй столбец для поля {field}")
    )
}

pub fn missing_column(field: &str, also: &[String]) -> String {
    if also.is_empty() {
        return tr!(
            format!("1: no column for the required field {field}"),
            format!("1: нет столбца для обязательного поля {field}")
        );
    }
    let names = also.iter().map(|a| format!("«{a}»")).collect::<Vec<_>>().join(", ");
    tr!(
        format!("1: no column for the required field {field} (a column may also be named {names})"),
        format!(
            "1: нет столбца для обязательного поля {field} (столбец может называться и так: {names})"
        )
    )
}

pub fn bad_map(map: &str, fault: &crate::io::sheet::MapFault, fields: &[&str]) -> String {
    use crate::io::sheet::MapFault;
    let map = crate::domain::shown(map);
    match fault {
        MapFault::Shape => tr!(
            format!("--map '{map}': expected 'COLUMN=FIELD', a column of the file and a field"),
            format!("--map '{map}': нужно «СТОЛБЕЦ=ПОЛЕ» — столбец из файла и поле")
        ),
        MapFault::NoField => tr!(
            format!("--map '{map}': no such field; fields: {}", fields.join(", ")),
            format!("--map '{map}': нет такого поля; поля: {}", fields.join(", "))
        ),
        MapFault::NoColumn(header) => {
            let names: Vec<String> =
                header.iter().map(|h| format!("«{}»", crate::domain::shown(h))).collect();
            tr!(
                format!(
                    "--map '{map}': the file has no such column; its columns: {}",
                    names.join(", ")
                ),
                format!(
                    "--map '{map}': в файле нет такого столбца; его столбцы: {}",
                    names.join(", ")
                )
            )
        }
    }
}

pub fn cell_not_utf8() -> String {
    tr!(
        "not valid UTF-8; try --encoding windows-1251",
        "не UTF-8; попробуйте --encoding windows-1251"
    )
}

pub fn row_width(expected: usize, found: usize) -> String {
    tr!(
        format!("{found} values, but the header has {expected} columns"),
        format!("{found} значений, а в заголовке {expected} столбцов")
    )
}

pub fn unheaded_value() -> String {
    tr!(
        "a value in a column without a header (use --ignore-unknown to skip it)",
        "значение в столбце без заголовка (чтобы пропустить, укажите --ignore-unknown)"
    )
}

pub fn id_taken(line: u64, id: ItemId) -> String {
    tr!(
        format!(
            "line {line}: {id} is already in the store with other data; row skipped (clear its id to add it as a new item)"
        ),
        format!(
            "строка {line}: {id} уже есть в хранилище с другими данными; строка пропущена (очистите id, чтобы добавить её как новую)"
        )
    )
}

pub fn more_notes(n: u64) -> String {
    tr!(format!("… and {n} more such rows"), format!("… и ещё строк: {n}"))
}

pub fn import_summary(added: u64, duplicates: u64, rejected: u64, dry_run: bool) -> String {
    match (dry_run, lang()) {
        (false, Lang::En) => {
            format!("added {added}, skipped as duplicates {duplicates}, rejected {rejected}")
        }
        (false, Lang::Ru) => {
            format!("добавлено: {added}, пропущено дубликатов: {duplicates}, отклонено: {rejected}")
        }
        (true, Lang::En) => format!(
            "dry run, nothing written: would add {added}, skip as duplicates {duplicates}, reject {rejected}"
        ),
        (true, Lang::Ru) => format!(
            "проверка без записи: было бы добавлено {added}, пропущено дубликатов {duplicates}, отклонено {rejected}"
        ),
    }
}

pub fn import_refused(rejected: u64) -> String {
    tr!(
        format!(
            "{rejected} bad row(s): nothing was imported; fix them, or use --skip-invalid --reject-file FILE"
        ),
        format!(
            "ошибочных строк: {rejected} — ничего не импортировано; исправьте их или укажите --skip-invalid --reject-file ФАЙЛ"
        )
    )
}

pub fn file_refused(rejected: u64) -> String {
    tr!(format!("{rejected} bad row(s)"), format!("ошибочных строк: {rejected}"))
}

pub fn cannot_read(path: &Path, e: &std::io::Error) -> String {
    let why = io_cause(e);
    tr!(
        format!("cannot read {}: {why}", p(path)),
        format!("не удаётся прочитать {}: {why}", p(path))
    )
}

pub fn check_interrupted() -> String {
    tr!("interrupted before the check finished", "прервано до конца проверки")
}

pub fn interrupted() -> String {
    tr!(
        "interrupted: unfinished output files removed; the store is as before this command",
        "прервано: незаконченные файлы удалены; хранилище — как до этой команды"
    )
}

/// An output path that names a file kabinet must not write over.
pub fn would_overwrite(path: &Path, what: crate::io::files::Kept) -> String {
    use crate::io::files::Kept;
    let (en, ru) = match what {
        Kept::Store => ("the store", "хранилище"),
        Kept::Passphrase => ("the passphrase file", "файл с паролем"),
        Kept::Input => ("the file being imported", "импортируемый файл"),
    };
    tr!(
        format!("refusing to write {}: it is {en}; choose another file", p(path)),
        format!("не записываю в {}: это {ru}; укажите другой файл", p(path))
    )
}

/// A passphrase file given as a file to read as data.
pub fn would_read_passphrase(path: &Path) -> String {
    let name = if path == Path::new("-") {
        tr!("standard input", "стандартный ввод")
    } else {
        p(path)
    };
    tr!(
        format!(
            "refusing to read {name}: it is the passphrase file, and what a file holds can be quoted in messages; nothing was read"
        ),
        format!(
            "не читаю {name}: это файл с парольной фразой, а содержимое файла может попасть в сообщения; ничего не прочитано"
        )
    )
}

/// A workbook or binary file given where CSV text is read.
pub fn workbook_unreadable(path: &Path, why: &str) -> String {
    tr!(
        format!("{} cannot be read as a workbook: {why}", p(path)),
        format!("{} не читается как книга электронной таблицы: {why}", p(path))
    )
}

pub fn no_such_sheet(path: &Path, name: &str, sheets: &[String]) -> String {
    let list = sheets.join(", ");
    tr!(
        format!("{} has no sheet {name:?}; its sheets: {list}", p(path)),
        format!("в {} нет листа {name:?}; листы книги: {list}", p(path))
    )
}

pub fn number_in_text() -> String {
    tr!(
        "an identifier stored as a number (its leading zeros are lost that way): format the column as Text and type it again",
        "идентификатор сохранён как число (так теряются ведущие нули): задайте столбцу формат «Текстовый» и введите значение заново"
    )
}

pub fn not_csv(path: &Path, what: crate::io::sheet::NotText) -> String {
    use crate::io::sheet::NotText;
    match what {
        NotText::Workbook | NotText::OldWorkbook => tr!(
            format!(
                "{} is a spreadsheet workbook, not CSV: give the file its workbook name (.xlsx, .xls or .ods) and kabinet reads it as one, or save it as CSV",
                p(path)
            ),
            format!(
                "{} — книга электронной таблицы, а не CSV: дайте файлу имя книги (.xlsx, .xls или .ods), и kabinet прочтёт её, или сохраните её как CSV",
                p(path)
            )
        ),
        NotText::Binary => tr!(
            format!(
                "{} is not a text file (it has NUL bytes): import a CSV file; UTF-16 text needs its byte-order mark",
                p(path)
            ),
            format!(
                "{} — не текстовый файл (в нём есть байты NUL): импортируйте CSV-файл; тексту в UTF-16 нужна метка порядка байтов (BOM)",
                p(path)
            )
        ),
    }
}

pub fn cannot_write(path: &Path, e: &std::io::Error) -> String {
    let why = io_cause(e);
    tr!(
        format!("cannot write {}: {why}", p(path)),
        format!("не удаётся записать {}: {why}", p(path))
    )
}

/// What the system refused, in words (no temporary file's name): a full disk, a size limit,
/// permissions… The system's own words, after a Russian lead, for what is rarer.
pub fn io_cause(e: &std::io::Error) -> String {
    use std::io::ErrorKind as K;
    let (en, ru) = match e.kind() {
        K::StorageFull => ("no space left on the disk", "на диске нет места"),
        K::FileTooLarge => {
            ("the file would exceed the size allowed", "файл превысил бы допустимый размер")
        }
        K::QuotaExceeded => ("the disk quota is used up", "исчерпана дисковая квота"),
        K::PermissionDenied => ("permission denied", "нет прав доступа"),
        K::ReadOnlyFilesystem => {
            ("the file system is read-only", "файловая система только для чтения")
        }
        K::NotFound => ("no such file or directory", "нет такого файла или каталога"),
        K::AlreadyExists => ("it already exists", "уже существует"),
        K::IsADirectory => ("it is a directory", "это каталог"),
        K::NotADirectory => ("a part of the path is not a directory", "часть пути — не каталог"),
        K::InvalidFilename => ("the file name is not allowed", "недопустимое имя файла"),
        K::BrokenPipe => ("the reader went away", "получатель вывода закрылся"),
        _ => {
            let code = e.raw_os_error().map(|c| format!(" (os error {c})")).unwrap_or_default();
            return tr!(
                format!("{}{code}", e.kind()),
                format!("ошибка ввода-вывода: {}{code}", e.kind())
            );
        }
    };
    tr!(en.to_owned(), ru.to_owned())
}

/// A failure of the system as the user reads it: the output file it concerns, when it is one
/// kabinet was writing, and the cause in words.
pub fn io_error(e: &std::io::Error) -> String {
    match crate::io::files::WriteFailed::of(e) {
        Some(w) => cannot_write(&w.path, &w.source),
        None => io_cause(e),
    }
}

pub fn no_such_dir(path: &Path, dir: &Path) -> String {
    tr!(
        format!("cannot write {}: no such directory: {}", p(path), p(dir)),
        format!("не удаётся записать {}: нет такого каталога: {}", p(path), p(dir))
    )
}

pub fn a_directory() -> String {
    tr!("it is a directory", "это каталог")
}

pub fn pdf_too_big(rows: u64, mb: u64) -> String {
    tr!(
        format!(
            "the PDF report stopped at {rows} rows: more would need more memory than is free \
             ({mb} MB; the whole document is held until it is written). Narrow it with \
             --from/--to or another filter, or use `export csv`"
        ),
        format!(
            "PDF-отчёт остановлен на {rows} строках: для большего не хватит свободной памяти \
             ({mb} МБ; документ целиком держится в памяти до записи). Сузьте выборку \
             (--from/--to или другой фильтр) или используйте `export csv`"
        )
    )
}

pub fn checked_without_store(store: &Path) -> String {
    tr!(
        format!(
            "no store at {}: the rows are checked alone (duplicates within the file only; the documents appointments need are not looked up)",
            p(store)
        ),
        format!(
            "хранилища {} нет: строки проверены сами по себе (дубликаты только внутри файла; нужные для визитов документы не проверялись)",
            p(store)
        )
    )
}

/// A directory given where a file is to be written (`write`) or read.
pub fn is_a_directory(path: &Path, write: bool) -> String {
    if write {
        tr!(
            format!("cannot write {}: it is a directory; name a file (in it)", p(path)),
            format!("не удаётся записать {}: это каталог; укажите файл (в нём)", p(path))
        )
    } else {
        tr!(
            format!("cannot read {}: it is a directory; name a file in it", p(path)),
            format!("не удаётся прочитать {}: это каталог; укажите файл в нём", p(path))
        )
    }
}

pub fn no_such_file(path: &Path) -> String {
    tr!(format!("no such file: {}", p(path)), format!("нет такого файла: {}", p(path)))
}

pub fn excel_is_csv() -> String {
    tr!(
        "--excel shapes CSV for Excel (BOM and `;`): use it with `export csv`",
        "--excel готовит CSV для Excel (BOM и «;»): используйте его с `export csv`"
    )
}

pub fn filter_not_for(flag: &str, kind: &str) -> String {
    tr!(
        format!("{flag} does not apply to --kind {kind}"),
        format!("{flag} не применим к --kind {kind}")
    )
}

pub fn exported(n: u64, path: &Path) -> String {
    tr!(format!("exported {n} to {}", p(path)), format!("выгружено {n} в {}", p(path)))
}

pub fn unknown_time_zone(zone: &str) -> String {
    tr!(
        format!(
            "{zone:?} is not a time zone: give an IANA name such as Europe/Moscow or Asia/Yekaterinburg"
        ),
        format!(
            "{zone:?} — не часовой пояс: укажите имя IANA, например Europe/Moscow или Asia/Yekaterinburg"
        )
    )
}

pub fn time_zone_is(zone: &str, stored: bool) -> String {
    match stored {
        true => tr!(format!("{zone}"), format!("{zone}")),
        false => tr!(
            format!(
                "{zone} (the system's: the store has none set; set one with `kabinet time-zone ZONE`)"
            ),
            format!(
                "{zone} (системный: в хранилище пояс не задан; задайте его: `kabinet time-zone ПОЯС`)"
            )
        ),
    }
}

pub fn time_zone_set(zone: &str) -> String {
    tr!(format!("Time zone set to {zone}"), format!("Часовой пояс: {zone}"))
}

pub fn ics_person(p: &str) -> String {
    tr!(format!("Who: {p}"), format!("Кто: {p}"))
}

pub fn ics_confirmation(c: &str) -> String {
    tr!(format!("Confirmation: {c}"), format!("Номер талона: {c}"))
}

pub fn ics_bring(docs: &str) -> String {
    tr!(format!("Bring: {docs}"), format!("Взять: {docs}"))
}

pub fn ics_deadlines_name() -> String {
    tr!("kabinet: deadlines".to_owned(), "kabinet: сроки".to_owned())
}

pub fn ics_appts_name() -> String {
    tr!("kabinet: appointments".to_owned(), "kabinet: записи на приём".to_owned())
}

pub fn ics_not_for(kind: &str) -> String {
    tr!(
        format!(
            "iCalendar export is for appointments and deadlines, not {kind}: use --kind appt or --kind deadlines"
        ),
        format!(
            "В iCalendar выгружаются записи на приём и сроки, а не {kind}: укажите --kind appt или --kind deadlines"
        )
    )
}

pub fn format_ics_only_deadlines() -> String {
    tr!(
        "--format ics is for `kabinet deadlines`; for appointments use `kabinet export ics --kind appt`".to_owned(),
        "--format ics — только для `kabinet deadlines`; записи на приём: `kabinet export ics --kind appt`".to_owned()
    )
}

pub fn config_invalid(path: &Path, line: usize, msg: &str) -> String {
    tr!(
        format!("{}:{line}: {msg} (the configuration file; fix it or move it away)", p(path)),
        format!("{}:{line}: {msg} (файл настроек; исправьте его или уберите)", p(path))
    )
}

pub fn config_one_of(value: &str, allowed: &[&str]) -> String {
    tr!(
        format!("{value:?} is not one of {}", allowed.join(", ")),
        format!("{value:?} — допустимо: {}", allowed.join(", "))
    )
}

pub fn config_lead_range(days: i64) -> String {
    tr!(format!("{days} days: expected 0 to 3660"), format!("{days} дн.: допустимо от 0 до 3660"))
}

pub fn config_headers() -> [String; 3] {
    match lang() {
        Lang::En => ["setting".into(), "value".into(), "from".into()],
        Lang::Ru => ["настройка".into(), "значение".into(), "откуда".into()],
    }
}

pub fn config_source(source: &str) -> String {
    match (lang(), source) {
        (Lang::Ru, "flag") => "флаг".into(),
        (Lang::Ru, "environment") => "переменная окружения".into(),
        (Lang::Ru, "config") => "файл настроек".into(),
        (Lang::Ru, "default") => "по умолчанию".into(),
        (Lang::Ru, "store") => "хранилище".into(),
        (Lang::Ru, "system") => "система".into(),
        (Lang::Ru, "none") => "нет файла".into(),
        (Lang::Ru, "file") => "файл".into(),
        (_, s) => s.to_owned(),
    }
}

pub fn man_written(n: usize, dir: &Path) -> String {
    tr!(
        format!("Wrote {n} manual pages to {}", p(dir)),
        format!("Записано страниц руководства: {n}, в {}", p(dir))
    )
}

pub fn config_expire_range(days: i64) -> String {
    tr!(format!("{days} days: expected 1 to 3660"), format!("{days} — допустимо от 1 до 3660 дней"))
}

pub fn config_reminder(value: &str) -> String {
    tr!(
        format!("{value:?} is not an offset such as 24h, 90m or 2d (at most 30 days)"),
        format!("{value:?} — укажите срок вида 24h, 90m или 2d (не больше 30 дней)")
    )
}

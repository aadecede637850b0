//! Every user-facing string, in Russian and English. The language is chosen once at start-up
//! (`--lang`, `KABINET_LANG`, `LC_ALL`/`LC_MESSAGES`/`LANG`) and read from here.

use std::fmt;
use std::path::Path;
use std::sync::OnceLock;

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::appt::{ApptStatus, Move};
use crate::domain::doc::{DocKind, DocStatus};
use crate::domain::record::RecordStatus;
use crate::domain::{FieldError, ItemId, ItemKind, flag_of};
use crate::validate::Problem;

/// Interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    En,
    Ru,
}

impl Lang {
    /// `ru`, `ru_RU.UTF-8`, `RU` → Russian; anything else → English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.trim().to_lowercase().starts_with("ru") { Lang::Ru } else { Lang::En }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ru => "ru",
        }
    }
}

static LANG: OnceLock<Lang> = OnceLock::new();

/// Sets the language for the rest of the process; the first call wins.
pub fn set_lang(lang: Lang) {
    let _ = LANG.set(lang);
}

pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// Picks the English or the Russian text; each arm is evaluated only when chosen.
macro_rules! tr {
    ($en:expr, $ru:expr $(,)?) => {
        match lang() {
            Lang::En => $en.into(),
            Lang::Ru => $ru.into(),
        }
    };
}

fn p(path: &Path) -> String {
    path.display().to_string()
}

// ---- dates -------------------------------------------------------------------------------

/// A date as a table shows it: `22.11.2026` in Russian, `2026-11-22` in English.
pub fn date(d: NaiveDate) -> String {
    match lang() {
        Lang::Ru => d.format("%d.%m.%Y").to_string(),
        Lang::En => d.format("%Y-%m-%d").to_string(),
    }
}

pub fn datetime(d: NaiveDateTime) -> String {
    match lang() {
        Lang::Ru => d.format("%d.%m.%Y %H:%M").to_string(),
        Lang::En => d.format("%Y-%m-%d %H:%M").to_string(),
    }
}

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
    tr!(format!("store is damaged: {detail}"), format!("хранилище повреждено: {detail}"))
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

pub fn store_io(detail: &str) -> String {
    tr!(
        format!("cannot write the store: {detail}"),
        format!("не удаётся записать хранилище: {detail}")
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

// ---- generic messages --------------------------------------------------------------------

pub fn warning(msg: &str) -> String {
    tr!(format!("kabinet: warning: {msg}"), format!("kabinet: предупреждение: {msg}"))
}

pub fn bad_id(s: &str, kind: ItemKind) -> String {
    let example = ItemId::new(kind, 7);
    tr!(
        format!("{s:?} is not a {} ID (like {example})", kind_name_en(kind)),
        format!("{s:?} — не номер ({}), ожидается вида {example}", kind_name_ru(kind)),
    )
}

fn kind_name_en(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Record => "record",
        ItemKind::Doc => "document",
        ItemKind::Appt => "appointment",
        ItemKind::Obligation => "obligation",
    }
}

fn kind_name_ru(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Record => "запись",
        ItemKind::Doc => "документ",
        ItemKind::Appt => "приём",
        ItemKind::Obligation => "обязанность",
    }
}

pub fn no_such_item(id: ItemId) -> String {
    tr!(
        format!("no {} {id}", kind_name_en(id.kind)),
        format!("{id} не найден ({})", kind_name_ru(id.kind))
    )
}

pub fn duplicate(existing: ItemId) -> String {
    tr!(
        format!("duplicate of {existing}; use --force to save it anyway"),
        format!("дубликат {existing}; чтобы всё равно сохранить, добавьте --force"),
    )
}

pub fn nothing_to_change() -> String {
    tr!(
        "nothing to change: give at least one field flag",
        "нечего менять: укажите хотя бы одно поле"
    )
}

pub fn updated(id: ItemId) -> String {
    tr!(format!("{id} updated."), format!("{id} изменён."))
}

pub fn deleted(id: ItemId) -> String {
    tr!(format!("{id} deleted."), format!("{id} удалён."))
}

pub fn archived(id: ItemId) -> String {
    tr!(format!("{id} archived."), format!("{id} перенесён в архив."))
}

pub fn confirm_delete(id: ItemId) -> String {
    tr!(format!("Delete {id}?"), format!("Удалить {id}?"))
}

pub fn needs_yes() -> String {
    tr!(
        "refusing to delete without confirmation: not on a terminal; add --yes",
        "удаление без подтверждения не выполняется: терминала нет; добавьте --yes",
    )
}

pub fn aborted() -> String {
    tr!("aborted; nothing changed", "отменено; ничего не изменено")
}

pub fn nothing_found() -> String {
    tr!("Nothing found.", "Ничего не найдено.")
}

pub fn indefinite() -> String {
    tr!("indefinite", "бессрочно")
}

/// Validation failures, one line each: `--event-date: 31.02.2026: no such date`.
pub fn field_errors(errors: &[FieldError]) -> String {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| {
            let flag =
                if e.field.starts_with("--") { e.field.to_owned() } else { flag_of(e.field) };
            if e.value.is_empty() {
                format!("{flag}: {}", e.problem)
            } else {
                format!("{flag}: {}: {}", crate::domain::shown(&e.value), e.problem)
            }
        })
        .collect();
    let head: String =
        tr!("invalid input, nothing was written:", "ошибки во вводе, ничего не записано:");
    format!("{head}\n  {}", lines.join("\n  "))
}

fn shape_ru(expected: &str) -> String {
    match expected {
        "11 digits (XXX-XXX-XXX YY)" => "11 цифр (XXX-XXX-XXX YY)".into(),
        "8 or 11 digits" => "8 или 11 цифр".into(),
        "10 or 12 digits" => "10 или 12 цифр".into(),
        "13 digits" => "13 цифр".into(),
        "15 digits" => "15 цифр".into(),
        "16 digits" => "16 цифр".into(),
        "6 digits" => "6 цифр".into(),
        "4 digits (45 06)" => "4 цифры (45 06)".into(),
        "series 4 digits and number 6 digits (45 06 123456)" => {
            "серия 4 цифры и номер 6 цифр (45 06 123456)".into()
        }
        "2 digits, 2 digits or Cyrillic letters, 6 digits (99 12 345678)" => {
            "2 цифры, 2 цифры или буквы кириллицы, 6 цифр (99 12 345678)".into()
        }
        "+7 and 10 digits (8 912 345-67-89)" => "+7 и 10 цифр (8 912 345-67-89)".into(),
        "name@domain, one @ and no spaces" => "имя@домен, одна @ и без пробелов".into(),
        other => other.to_owned(),
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text: String = match self {
            Problem::Required => tr!("required, missing", "обязательное поле не заполнено"),
            Problem::DateFormat => tr!(
                "not a date: use ДД.ММ.ГГГГ or YYYY-MM-DD",
                "не дата: пишите ДД.ММ.ГГГГ или ГГГГ-ММ-ДД"
            ),
            Problem::DateTimeFormat => tr!(
                "not a date and time: use 'ДД.ММ.ГГГГ ЧЧ:ММ' or YYYY-MM-DDTHH:MM",
                "не дата и время: пишите «ДД.ММ.ГГГГ ЧЧ:ММ» или ГГГГ-ММ-ДДTЧЧ:ММ"
            ),
            Problem::NoSuchDate => tr!("no such date", "такой даты не существует"),
            Problem::InFuture => tr!("is in the future", "дата в будущем"),
            Problem::Before { other } => tr!(
                format!("is before {}", flag_of(other)),
                format!("раньше, чем {}", flag_of(other))
            ),
            Problem::Amount => tr!(
                "not an amount: digits, a dot and at most two decimals, no thousands separators (1500.50)",
                "не сумма: цифры, точка и не больше двух знаков после неё, без разделителей тысяч (1500.50)"
            ),
            Problem::Integer { min, max } => tr!(
                format!("not a whole number from {min} to {max}"),
                format!("не целое число от {min} до {max}")
            ),
            Problem::OneOf(list) => tr!(
                format!("not one of: {}", list.join(", ")),
                format!("допустимо одно из: {}", list.join(", "))
            ),
            Problem::Shape { expected } => {
                tr!(format!("expected {expected}"), format!("ожидается {}", shape_ru(expected)))
            }
            Problem::LostDigits { expected } => tr!(
                format!(
                    "expected {expected}; a spreadsheet may have stored it as a number and dropped digits or leading zeros: format the column as Text and export again"
                ),
                format!(
                    "ожидается {}; похоже, таблица сохранила его как число и потеряла цифры или ведущие нули: задайте столбцу текстовый формат и выгрузите снова",
                    shape_ru(expected)
                )
            ),
            Problem::Checksum { expected } => tr!(
                format!("check number should be {expected}"),
                format!("контрольное число должно быть {expected}")
            ),
            Problem::CheckDigit { expected } if expected.len() > 1 => tr!(
                format!("check digits should be {expected}"),
                format!("контрольные цифры должны быть {expected}")
            ),
            Problem::CheckDigit { expected } => tr!(
                format!("check digit should be {expected}"),
                format!("контрольная цифра должна быть {expected}")
            ),
            Problem::BadId => tr!("not a document ID (like D-7)", "не номер документа (вида D-7)"),
            Problem::NoSuchDocument => tr!("no such document", "такого документа нет"),
            Problem::NotItemId { example } => {
                tr!(format!("not an ID like {example}"), format!("не номер вида {example}"))
            }
            Problem::Superseded => tr!(
                "a superseded original cannot be imported without its amendment chain; export without --all",
                "исправленный оригинал нельзя импортировать без цепочки исправлений; выгружайте без --all"
            ),
            Problem::TooLong { max } => {
                tr!(format!("longer than {max} characters"), format!("длиннее {max} символов"))
            }
        };
        f.write_str(&text)
    }
}

/// The label of a field (or of a `show` line) in tables and prompts.
pub fn field_label(name: &str) -> String {
    let (en, ru) = match name {
        "id" => ("ID", "Номер"),
        "subject_id" => ("Subject ID", "Номер субъекта"),
        "subject_name" => ("Subject name", "ФИО"),
        "event_date" => ("Event date", "Дата мероприятия"),
        "type" => ("Type", "Тип"),
        "subtype" => ("Subtype", "Подтип"),
        "result" => ("Result", "Результат"),
        "description" => ("Description", "Описание"),
        "registry_no" => ("Registry no.", "Регистрационный номер"),
        "amount" => ("Amount", "Сумма"),
        "snils" | "holder_snils" => ("SNILS", "СНИЛС"),
        "oktmo" => ("OKTMO", "ОКТМО"),
        "responsible" => ("Responsible", "Ответственный"),
        "follow_up_on" => ("Follow-up on", "Срок следующего шага"),
        "recorded_at" => ("Recorded at", "Внесено"),
        "status" => ("Status", "Статус"),
        "amends" => ("Amends", "Исправляет"),
        "amended_by" => ("Amended by", "Исправлена записью"),
        "editable_until" => ("Editable", "Изменение"),
        "holder" => ("Holder", "Владелец"),
        "kind" => ("Kind", "Вид"),
        "series" => ("Series", "Серия"),
        "number" => ("Series and number", "Серия и номер"),
        "issued_on" => ("Issued on", "Дата выдачи"),
        "issued_by" => ("Issued by", "Кем выдан"),
        "department_code" => ("Department code", "Код подразделения"),
        "expires_on" => ("Expires on", "Действителен до"),
        "notes" => ("Notes", "Примечания"),
        "replaces" => ("Replaces", "Заменяет"),
        "replaced_by" => ("Replaced by", "Заменён на"),
        "archived_at" => ("Archived at", "В архиве с"),
        "created_at" => ("Created at", "Создано"),
        "late" => ("Entered late", "Внесена с опозданием"),
        "late_change" => ("Changed late", "Изменена поздно"),
        "done_at" => ("Done at", "Выполнено"),
        "person" => ("Person", "Кто идёт"),
        "institution" => ("Institution", "Учреждение"),
        "service" => ("Service", "Услуга"),
        "office" => ("Office", "Адрес / кабинет"),
        "starts_at" => ("Starts at", "Начало"),
        "duration_min" => ("Duration, min", "Длительность, мин"),
        "confirmation_no" => ("Confirmation no.", "Номер подтверждения"),
        "needs" => ("Documents to bring", "Взять документы"),
        "reminders" => ("Reminders", "Напоминания"),
        "change_deadline" => ("Change or cancel until", "Изменить или отменить до"),
        "history" => ("History", "История"),
        "warnings" => ("Warnings", "Предупреждения"),
        "title" => ("Title", "Название"),
        "due" => ("Due", "Срок"),
        "every" => ("Repeats", "Повтор"),
        "day" => ("Day of month", "День месяца"),
        "shift" => ("Day-off rule", "Перенос с выходного"),
        other => (other, other),
    };
    tr!(en, ru)
}

// ---- records -----------------------------------------------------------------------------

pub fn record_headers() -> Vec<String> {
    ["id", "event_date", "subject_name", "type", "result", "follow_up_on", "status"]
        .iter()
        .map(|f| if *f == "subject_name" { tr!("Subject", "Субъект") } else { field_label(f) })
        .collect()
}

pub fn record_status(s: RecordStatus) -> String {
    match s {
        RecordStatus::Ok => tr!("ok", "в срок"),
        RecordStatus::Late => tr!("late", "с опозданием"),
        RecordStatus::Amended => tr!("amended", "исправлена"),
    }
}

pub fn record_late(id: ItemId, limit: NaiveDate) -> String {
    tr!(
        format!(
            "{id} is entered late: the limit was {} (3 working days after the event); it is kept and flagged late",
            date(limit)
        ),
        format!(
            "{id} внесена с опозданием: срок был {} (3 рабочих дня после события); запись сохранена с отметкой",
            date(limit)
        ),
    )
}

pub fn record_locked(id: ItemId, until: NaiveDateTime) -> String {
    tr!(
        format!(
            "{id} is locked: the 24-hour edit window ended at {}; use `kabinet record amend {id}`, which keeps the original",
            datetime(until)
        ),
        format!(
            "{id} заблокирована: 24 часа на изменение истекли {}; используйте `kabinet record amend {id}` — оригинал сохранится",
            datetime(until)
        ),
    )
}

pub fn record_superseded(id: ItemId, by: ItemId) -> String {
    tr!(
        format!("{id} was amended by {by}; change {by} instead"),
        format!("{id} уже исправлена записью {by}; изменяйте {by}"),
    )
}

pub fn edit_window(editable: bool, until: NaiveDateTime) -> String {
    if editable {
        tr!(format!("until {}", datetime(until)), format!("до {}", datetime(until)))
    } else {
        tr!(
            format!("locked since {} (use amend)", datetime(until)),
            format!("заблокирована с {} (используйте amend)", datetime(until))
        )
    }
}

// ---- documents ---------------------------------------------------------------------------

pub fn doc_headers() -> Vec<String> {
    ["id", "holder", "kind", "number", "issued_on", "expires_on", "status"]
        .iter()
        .map(|f| match *f {
            "number" => tr!("Series and number", "Серия и номер"),
            other => field_label(other),
        })
        .collect()
}

pub fn doc_kind(k: DocKind) -> String {
    let (en, ru) = match k {
        DocKind::Passport => ("passport", "паспорт"),
        DocKind::ForeignPassport => ("foreign passport", "загранпаспорт"),
        DocKind::DriverLicense => ("driver's licence", "водительское удостоверение"),
        DocKind::Snils => ("SNILS", "СНИЛС"),
        DocKind::Inn => ("INN", "ИНН"),
        DocKind::OmsPolicy => ("OMS policy", "полис ОМС"),
        DocKind::BirthCertificate => ("birth certificate", "свидетельство о рождении"),
        DocKind::MedicalCertificate => ("medical certificate", "медицинская справка"),
        DocKind::VehicleRegistration => ("vehicle registration", "свидетельство о регистрации ТС"),
        DocKind::License => ("licence", "лицензия"),
        DocKind::Contract => ("contract", "договор"),
        DocKind::Other => ("other", "другое"),
    };
    tr!(en, ru)
}

pub fn doc_status(s: DocStatus) -> String {
    match s {
        DocStatus::Valid => tr!("valid", "действует"),
        DocStatus::Expiring => tr!("expiring", "истекает"),
        DocStatus::Expired => tr!("expired", "истёк"),
        DocStatus::Indefinite => tr!("indefinite", "бессрочный"),
        DocStatus::Archived => tr!("archived", "в архиве"),
    }
}

/// `expiring, 10 days left` / `expired 5 days ago`.
pub fn doc_status_with_days(s: DocStatus, days_left: Option<i64>) -> String {
    let word = doc_status(s);
    match (s, days_left) {
        (DocStatus::Valid | DocStatus::Expiring, Some(n)) => {
            tr!(format!("{word}, {n} days left"), format!("{word}, осталось дней: {n}"))
        }
        (DocStatus::Expired, Some(n)) => {
            tr!(format!("{word} {} days ago", -n), format!("{word}, дней назад: {}", -n))
        }
        _ => word,
    }
}

pub fn doc_validity_warning(id: ItemId, s: DocStatus, expires: NaiveDate) -> String {
    match s {
        DocStatus::Expired => tr!(
            format!("{id} has already expired ({})", date(expires)),
            format!("срок {id} уже истёк ({})", date(expires))
        ),
        _ => tr!(
            format!("{id} expires soon ({})", date(expires)),
            format!("срок {id} скоро истекает ({})", date(expires))
        ),
    }
}

pub fn doc_archived(id: ItemId, by: Option<ItemId>) -> String {
    match by {
        Some(by) => tr!(
            format!("{id} is archived, replaced by {by}"),
            format!("{id} в архиве, заменён на {by}")
        ),
        None => tr!(format!("{id} is archived"), format!("{id} в архиве")),
    }
}

pub fn doc_needed(id: ItemId, by: &[ItemId]) -> String {
    let list = by.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ");
    tr!(
        format!("{id} is needed by scheduled appointments {list}; use --force to delete it anyway"),
        format!(
            "{id} нужен для назначенных приёмов {list}; чтобы всё равно удалить, добавьте --force"
        ),
    )
}

// ---- appointments ------------------------------------------------------------------------

pub fn appt_headers() -> Vec<String> {
    ["id", "starts_at", "person", "institution", "service", "status"]
        .iter()
        .map(|f| field_label(f))
        .collect()
}

pub fn appt_status(s: ApptStatus) -> String {
    match s {
        ApptStatus::Scheduled => tr!("scheduled", "назначен"),
        ApptStatus::Done => tr!("done", "состоялся"),
        ApptStatus::NoShow => tr!("no-show", "неявка"),
        ApptStatus::Cancelled => tr!("cancelled", "отменён"),
    }
}

pub fn appt_status_set(id: ItemId, s: ApptStatus) -> String {
    tr!(format!("{id}: {}.", appt_status(s)), format!("{id}: {}.", appt_status(s)))
}

pub fn appt_not_scheduled(id: ItemId, s: ApptStatus) -> String {
    tr!(
        format!("{id} is {}, not scheduled; nothing changed", appt_status(s)),
        format!("{id} уже в статусе «{}»; ничего не изменено", appt_status(s)),
    )
}

pub fn appt_not_started(id: ItemId, at: NaiveDateTime) -> String {
    tr!(
        format!("{id} starts at {}; it cannot be marked before then", datetime(at)),
        format!("{id} начинается {}; отметить его можно только после начала", datetime(at)),
    )
}

pub fn too_late_to_change(id: ItemId, deadline: NaiveDateTime) -> String {
    tr!(
        format!(
            "too late to change {id}: allowed until {} (24 hours before the start); use --force to do it anyway, marked late",
            datetime(deadline)
        ),
        format!(
            "поздно изменять {id}: можно было до {} (за 24 часа до начала); чтобы всё равно изменить с отметкой об опоздании, добавьте --force",
            datetime(deadline)
        ),
    )
}

pub fn marked_late(id: ItemId) -> String {
    tr!(
        format!("{id}: change made less than 24 hours before the start, marked late"),
        format!("{id}: изменение позже чем за 24 часа до начала, отмечено как позднее")
    )
}

pub fn rescheduled(id: ItemId, at: NaiveDateTime) -> String {
    tr!(format!("{id} moved to {}.", datetime(at)), format!("{id} перенесён на {}.", datetime(at)))
}

pub fn use_reschedule(id: ItemId) -> String {
    tr!(
        format!(
            "to move an appointment use `kabinet appt reschedule {id} --at …`, which keeps the old time in its history"
        ),
        format!(
            "чтобы перенести приём, используйте `kabinet appt reschedule {id} --at …` — старое время останется в истории"
        ),
    )
}

pub fn appt_in_past(id: ItemId) -> String {
    tr!(format!("{id} starts in the past"), format!("время {id} уже прошло"))
}

pub fn need_expired(doc: ItemId, expires: NaiveDate, day: NaiveDate) -> String {
    tr!(
        format!("{doc} expires on {}, before the appointment on {}", date(expires), date(day)),
        format!("{doc} действителен до {}, раньше дня приёма {}", date(expires), date(day)),
    )
}

pub fn need_archived(doc: ItemId, by: Option<ItemId>) -> String {
    match by {
        Some(by) => tr!(
            format!("{doc} is archived; bring {by} instead"),
            format!("{doc} в архиве; возьмите {by}")
        ),
        None => tr!(format!("{doc} is archived"), format!("{doc} в архиве")),
    }
}

pub fn move_line(m: &Move) -> String {
    let late: String = if m.late { tr!(" (late)", " (поздно)") } else { String::new() };
    tr!(
        format!(
            "{}: moved from {} to {}{late}",
            datetime(m.moved_at),
            datetime(m.from),
            datetime(m.to)
        ),
        format!(
            "{}: перенесён с {} на {}{late}",
            datetime(m.moved_at),
            datetime(m.from),
            datetime(m.to)
        ),
    )
}

// ---- demo --------------------------------------------------------------------------------

pub fn demo_intro(path: &Path, today: &str) -> String {
    tr!(
        format!(
            "kabinet demo: a throw-away encrypted store at {} with a sample of 30 diary records, 10 documents and 5 appointments (today is {today}).\nEach command below is shown as you would type it; your own store needs `kabinet init` first and a passphrase source (see --help). The demo store is deleted at the end.",
            p(path)
        ),
        format!(
            "Демонстрация kabinet: временное зашифрованное хранилище {} с примером из 30 записей дневника, 10 документов и 5 приёмов (сегодня {today}).\nКаждая команда показана так, как её набирают; для своего хранилища сначала выполните `kabinet init` и задайте источник парольной фразы (см. --help). В конце хранилище удаляется.",
            p(path)
        ),
    )
}

pub fn demo_exit_code(code: u8) -> String {
    tr!(format!("(exit code {code})"), format!("(код выхода {code})"))
}

pub fn demo_outro() -> String {
    tr!(
        "That was the tour. Start your own store with `kabinet init`; `kabinet --help` lists every command.",
        "Это всё. Создайте своё хранилище командой `kabinet init`; `kabinet --help` покажет все команды.",
    )
}

// ---- validate ----------------------------------------------------------------------------

pub fn value_ok(display: &str) -> String {
    tr!(format!("ok ({display})"), format!("верно ({display})"))
}

pub fn values_invalid(bad: u64, total: u64) -> String {
    tr!(
        format!("{bad} of {total} values are invalid"),
        format!("неверных значений: {bad} из {total}")
    )
}

pub fn finding_headers() -> Vec<String> {
    vec![tr!("Item", "Объект"), tr!("Check", "Проверка"), tr!("Problem", "Проблема")]
}

pub fn check_name(code: &str) -> String {
    match code {
        "late" => tr!("late entry", "внесена с опозданием"),
        "invalid" => tr!("invalid value", "неверное значение"),
        "duplicate" => tr!("duplicate", "дубликат"),
        "expired" => tr!("expired, not archived", "истёк, не в архиве"),
        "needs" => tr!("document for appointment", "документ для приёма"),
        other => other.to_owned(),
    }
}

pub fn finding_late(recorded_at: NaiveDateTime, limit: NaiveDate) -> String {
    tr!(
        format!(
            "entered {}, after the limit of {} (3 working days after the event)",
            datetime(recorded_at),
            date(limit)
        ),
        format!(
            "внесена {}, позже срока {} (3 рабочих дня после события)",
            datetime(recorded_at),
            date(limit)
        ),
    )
}

pub fn finding_late_amendment(original: ItemId) -> String {
    tr!(
        format!("amends {original}, which was entered late"),
        format!("исправляет {original}, внесённую с опозданием")
    )
}

pub fn finding_expired(expired: NaiveDate) -> String {
    tr!(
        format!("expired on {}; renew it (`kabinet doc renew`) or archive it", date(expired)),
        format!(
            "срок истёк {}; замените (`kabinet doc renew`) или перенесите в архив",
            date(expired)
        ),
    )
}

pub fn finding_duplicate(of: ItemId) -> String {
    tr!(format!("duplicate of {of}"), format!("дубликат {of}"))
}

pub fn finding_need_missing(doc: ItemId) -> String {
    tr!(format!("needs {doc}, which does not exist"), format!("нужен {doc}, которого нет"))
}

pub fn findings(n: usize) -> String {
    tr!(format!("{n} problems found"), format!("найдено проблем: {n}"))
}

pub fn store_clean(records: u64, docs: u64, appts: u64) -> String {
    tr!(
        format!(
            "No problems found in {records} records, {docs} documents and {appts} appointments."
        ),
        format!("Проблем не найдено: записей {records}, документов {docs}, приёмов {appts}."),
    )
}

// ---- obligations -------------------------------------------------------------------------

pub fn obligation_headers() -> Vec<String> {
    vec![
        field_label("id"),
        tr!("Obligation", "Обязанность"),
        tr!("Due", "Срок"),
        tr!("Repeats", "Повтор"),
        field_label("status"),
    ]
}

pub fn shifted_date(effective: NaiveDate, nominal: NaiveDate) -> String {
    tr!(
        format!("{} (moved from {}, a day off)", date(effective), date(nominal)),
        format!("{} (перенесено с {}, выходной)", date(effective), date(nominal)),
    )
}

pub fn recurrence(every: Option<crate::domain::obligation::Every>, day: u32) -> String {
    use crate::domain::obligation::Every;
    match every {
        None => tr!("once", "однократно"),
        Some(Every::Month) => tr!(format!("monthly, day {day}"), format!("ежемесячно, {day}-го")),
        Some(Every::Quarter) => {
            tr!(format!("quarterly, day {day}"), format!("ежеквартально, {day}-го"))
        }
        Some(Every::Year) => tr!("yearly", "ежегодно"),
    }
}

pub fn obligation_status(done: bool) -> String {
    if done { tr!("done", "выполнено") } else { tr!("open", "открыто") }
}

pub fn obligation_already_done(id: ItemId) -> String {
    tr!(format!("{id} is already done"), format!("{id} уже выполнено"))
}

pub fn obligation_moved(id: ItemId, next: NaiveDate) -> String {
    tr!(
        format!("{id} done; next due {}.", date(next)),
        format!("{id} выполнено; следующий срок {}.", date(next))
    )
}

pub fn obligation_closed(id: ItemId) -> String {
    tr!(format!("{id} done."), format!("{id} выполнено."))
}

// ---- deadlines and calendar --------------------------------------------------------------

pub fn deadline_headers() -> Vec<String> {
    vec![
        field_label("id"),
        tr!("What is due", "Что"),
        tr!("Due", "Срок"),
        tr!("Days left", "Осталось дней"),
        tr!("Working days", "Рабочих дней"),
    ]
}

pub fn deadline_what(w: &crate::domain::deadline::What) -> String {
    use crate::domain::deadline::What;
    match w {
        What::DocExpires { kind, holder } => {
            tr!(
                format!("{} of {holder} expires", doc_kind(*kind)),
                format!("истекает {}: {holder}", doc_kind(*kind))
            )
        }
        What::Appointment { institution, service, person, starts_at, expired_needs } => {
            let who = person.as_deref().map(|p| format!(" ({p})")).unwrap_or_default();
            let times = crate::domain::appt::reminders_for(*starts_at)
                .into_iter()
                .map(datetime)
                .collect::<Vec<_>>()
                .join(", ");
            let mut s: String = if times.is_empty() {
                format!("{institution}: {service}{who}")
            } else {
                tr!(
                    format!("{institution}: {service}{who}; reminders {times}"),
                    format!("{institution}: {service}{who}; напоминания {times}"),
                )
            };
            for (doc, e) in expired_needs {
                let note: String = tr!(
                    format!("; {doc} expires {} before it", date(*e)),
                    format!("; {doc} истекает {} — раньше приёма", date(*e)),
                );
                s.push_str(&note);
            }
            s
        }
        What::FollowUp { subject, kind } => {
            tr!(
                format!("follow-up: {kind}, {subject}"),
                format!("следующий шаг: {kind}, {subject}")
            )
        }
        What::Obligation { title, .. } => title.clone(),
    }
}

pub fn days_left(overdue: bool, n: i64) -> String {
    if overdue {
        tr!(format!("overdue {} d", -n), format!("просрочено на {} дн.", -n))
    } else {
        n.to_string()
    }
}

/// `in 18 days` / `overdue 3 days`, for monitoring details.
pub fn due_in(overdue: bool, n: i64) -> String {
    if overdue {
        tr!(format!("overdue {} days", -n), format!("просрочено на {} дн.", -n))
    } else {
        tr!(format!("in {n} days"), format!("через {n} дн."))
    }
}

pub fn nothing_due(within: &str) -> String {
    tr!(
        format!("Nothing due within {within}, nothing overdue."),
        format!("В ближайшие {within} сроков нет, просроченного нет.")
    )
}

pub fn check_summary(overdue: usize, due: usize, within: &str) -> String {
    match (overdue, due) {
        (0, 0) => {
            tr!(format!("nothing due within {within}"), format!("сроков в ближайшие {within} нет"))
        }
        (0, d) => {
            tr!(format!("{d} due within {within}"), format!("сроков в ближайшие {within}: {d}"))
        }
        (o, d) => tr!(
            format!("{o} overdue, {d} due within {within}"),
            format!("просрочено: {o}, сроков в ближайшие {within}: {d}")
        ),
    }
}

pub fn estimated_year(year: i32) -> String {
    tr!(
        format!(
            "Note: no decree data for {year}; its working days follow weekends and Labour Code art. 112 only (add the decree with --holidays)."
        ),
        format!(
            "Внимание: нет данных постановления о переносах на {year} год; рабочие дни посчитаны только по выходным и ст. 112 ТК (добавьте постановление через --holidays)."
        ),
    )
}

pub fn holidays_missing(path: &Path) -> String {
    tr!(
        format!("holidays file {} not found", p(path)),
        format!("файл праздников {} не найден", p(path))
    )
}

pub fn holidays_invalid(path: &Path, errs: &[crate::calendar::FileError]) -> String {
    let lines: Vec<String> =
        errs.iter().map(|e| format!("{}:{}: {}", p(path), e.line, e.text)).collect();
    let head: String = tr!(
        "holidays file has lines that are not `DATE[..DATE] off|work [comment]` or `year YYYY SOURCE`:",
        "в файле праздников есть строки не вида `ДАТА[..ДАТА] off|work [комментарий]` или `year ГГГГ ИСТОЧНИК`:",
    );
    format!("{head}\n  {}", lines.join("\n  "))
}

pub fn bad_year(year: i32) -> String {
    tr!(
        format!("{year} is not a year kabinet can show"),
        format!("{year} — такой год показать нельзя")
    )
}

pub fn calendar_source(src: &crate::calendar::YearSource) -> String {
    use crate::calendar::YearSource;
    match src {
        YearSource::Decree(n, d) => tr!(
            format!("government decree No. {n} of {d} (shipped)"),
            format!("постановление Правительства № {n} от {d} (встроено)")
        ),
        YearSource::UserFile(s) => {
            tr!(format!("holidays file: {s}"), format!("файл праздников: {s}"))
        }
        YearSource::Article112 => tr!(
            "no decree data: weekends and Labour Code art. 112 only",
            "нет данных постановления: выходные и ст. 112 ТК"
        ),
    }
}

pub fn calendar_title(year: i32, source: &str, working: u32, off: u32) -> String {
    tr!(
        format!("Working-day calendar {year} — {source}\nWorking days: {working}, days off: {off}"),
        format!(
            "Производственный календарь {year} — {source}\nРабочих дней: {working}, выходных и праздничных: {off}"
        ),
    )
}

pub fn calendar_headers() -> Vec<String> {
    vec![
        tr!("Month", "Месяц"),
        tr!("Working days", "Рабочих дней"),
        tr!("Days off", "Выходные и праздники"),
    ]
}

pub fn month_name(m: u32) -> String {
    const EN: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    const RU: [&str; 12] = [
        "Январь",
        "Февраль",
        "Март",
        "Апрель",
        "Май",
        "Июнь",
        "Июль",
        "Август",
        "Сентябрь",
        "Октябрь",
        "Ноябрь",
        "Декабрь",
    ];
    let i = (m.clamp(1, 12) - 1) as usize;
    tr!(EN[i], RU[i])
}

pub fn calendar_note(d: NaiveDate, worked: bool, by_user: bool) -> String {
    let user: String = if by_user {
        tr!(" (holidays file)", " (файл праздников)")
    } else {
        String::new()
    };
    if worked {
        tr!(
            format!("{}: working day (transfer){user}", date(d)),
            format!("{}: рабочий день (перенос){user}", date(d))
        )
    } else {
        tr!(format!("{}: day off{user}", date(d)), format!("{}: нерабочий день{user}", date(d)))
    }
}

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

pub fn missing_column(field: &str) -> String {
    tr!(
        format!("1: no column for the required field {field} (or one of its names in the README)"),
        format!(
            "1: нет столбца для обязательного поля {field} (или его русского названия из README)"
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
    tr!(format!("cannot read {}: {e}", p(path)), format!("не удаётся прочитать {}: {e}", p(path)))
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
pub fn would_overwrite(path: &Path, what: crate::cmd::Kept) -> String {
    use crate::cmd::Kept;
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

/// A workbook or binary file given where CSV text is read.
pub fn not_csv(path: &Path, what: crate::io::sheet::NotText) -> String {
    use crate::io::sheet::NotText;
    match what {
        NotText::Workbook | NotText::OldWorkbook => tr!(
            format!(
                "{} is a spreadsheet workbook, not CSV: save it as «CSV UTF-8 (comma delimited)», «CSV (semicolon delimited)» or «Unicode Text» and import that file",
                p(path)
            ),
            format!(
                "{} — книга электронной таблицы, а не CSV: сохраните её как «CSV UTF-8 (разделитель — запятая)», «CSV (разделители — точка с запятой)» или «Текст Юникод» и импортируйте этот файл",
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
    tr!(format!("cannot write {}: {e}", p(path)), format!("не удаётся записать {}: {e}", p(path)))
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

pub fn config_reminder(value: &str) -> String {
    tr!(
        format!("{value:?} is not an offset such as 24h, 90m or 2d (at most 30 days)"),
        format!("{value:?} — укажите срок вида 24h, 90m или 2d (не больше 30 дней)")
    )
}

// ---- signatures --------------------------------------------------------------------------

pub fn signing_key_missing() -> String {
    tr!(
        "the store has no signing key: it was changed by another program",
        "в хранилище нет ключа подписи: его изменила другая программа"
    )
}

pub fn signing_key_damaged() -> String {
    tr!("the store's signing key is damaged", "ключ подписи в хранилище повреждён")
}

pub fn public_key_unreadable() -> String {
    tr!(
        "not a minisign public key: expected the `RW…` line that `kabinet key public` prints",
        "это не открытый ключ minisign: нужна строка `RW…`, которую печатает `kabinet key public`"
    )
}

pub fn signature_malformed() -> String {
    tr!(
        "the signature file is not a minisign signature (four lines: comment, signature, trusted comment, its signature)",
        "файл подписи не является подписью minisign (четыре строки: комментарий, подпись, доверенный комментарий, его подпись)"
    )
}

pub fn signature_other_key(found: &str, expected: &str) -> String {
    tr!(
        format!("signed with another key: key ID {found}, this key is {expected}"),
        format!("подписано другим ключом: ID ключа {found}, а у этого ключа {expected}")
    )
}

pub fn signature_mismatch() -> String {
    tr!(
        "BAD SIGNATURE: the file has been changed since it was signed",
        "ПОДПИСЬ НЕВЕРНА: файл изменён после подписания"
    )
}

pub fn signature_comment_altered() -> String {
    tr!(
        "BAD SIGNATURE: the trusted comment (signing time and file name) has been altered",
        "ПОДПИСЬ НЕВЕРНА: доверенный комментарий (время подписания и имя файла) изменён"
    )
}

pub fn signature_good(file: &Path, key_id: &str, comment: &str) -> String {
    tr!(
        format!("{}: signature good (key ID {key_id}; {comment})", p(file)),
        format!("{}: подпись верна (ID ключа {key_id}; {comment})", p(file))
    )
}

pub fn signed_when(when: &str, zone: &str, file: &str) -> String {
    tr!(format!("signed {when} ({zone}) as {file}"), format!("подписан {when} ({zone}) как {file}"))
}

pub fn signed(sig: &Path) -> String {
    tr!(format!("signature written to {}", p(sig)), format!("подпись записана в {}", p(sig)))
}

pub fn sign_needs_output() -> String {
    tr!(
        "--sign needs -o FILE: the signature is written beside the file, as FILE.sig",
        "для --sign нужен -o ФАЙЛ: подпись записывается рядом, в ФАЙЛ.sig"
    )
}

// ---- PDF ---------------------------------------------------------------------------------

pub fn receipt_is_pdf() -> String {
    tr!(
        "--receipt makes a PDF: use `kabinet export pdf --receipt ID -o FILE`",
        "--receipt создаёт PDF: `kabinet export pdf --receipt НОМЕР -o ФАЙЛ`"
    )
}

pub fn receipt_no_filters() -> String {
    tr!(
        "a receipt is for one item: filters do not apply to --receipt",
        "подтверждение выдаётся на одну запись: фильтры с --receipt не используются"
    )
}

pub fn pdf_not_for_deadlines() -> String {
    tr!(
        "PDF reports are for record, doc and appt; for deadlines use `kabinet deadlines` or `export ics|csv --kind deadlines`",
        "PDF-отчёты есть для record, doc и appt; для сроков используйте `kabinet deadlines` или `export ics|csv --kind deadlines`"
    )
}

pub fn pdf_needs_output() -> String {
    tr!(
        "a PDF is not for the terminal: give -o FILE (or redirect to a file)",
        "PDF нельзя вывести в терминал: укажите -o ФАЙЛ (или перенаправьте вывод в файл)"
    )
}

pub fn receipt_not_for(id: &str) -> String {
    tr!(
        format!("{id}: receipts are made for records (R-…) and appointments (A-…)"),
        format!("{id}: подтверждения выдаются для записей журнала (R-…) и записей на приём (A-…)")
    )
}

pub fn page_of(n: usize, m: usize) -> String {
    tr!(format!("Page {n} of {m}"), format!("Стр. {n} из {m}"))
}

pub fn weekday(d: chrono::Weekday) -> String {
    use chrono::Weekday::*;
    let (en, ru) = match d {
        Mon => ("Monday", "Понедельник"),
        Tue => ("Tuesday", "Вторник"),
        Wed => ("Wednesday", "Среда"),
        Thu => ("Thursday", "Четверг"),
        Fri => ("Friday", "Пятница"),
        Sat => ("Saturday", "Суббота"),
        Sun => ("Sunday", "Воскресенье"),
    };
    tr!(en, ru)
}

/// The labels of PDF reports and receipts.
pub fn pdf_label(key: &str) -> String {
    let (en, ru) = pdf_label_pair(key);
    tr!(en, ru)
}

/// A PDF label in English and Russian; an unknown key comes back as itself.
pub fn pdf_label_pair(key: &str) -> (&str, &str) {
    match key {
        "generated" => ("Generated", "Сформировано"),
        "period" => ("Period", "Период"),
        "all_time" => ("all records", "за всё время"),
        "since" => ("from", "с"),
        "until" => ("up to", "по"),
        "filters" => ("Filters", "Отбор"),
        "type" => ("type", "тип"),
        "status" => ("status", "статус"),
        "subject" => ("subject", "субъект"),
        "text" => ("text", "текст"),
        "includes" => ("including", "включая"),
        "kind" => ("kind", "вид"),
        "holder" => ("holder", "владелец"),
        "person" => ("person", "гражданин"),
        "institution" => ("institution", "учреждение"),
        "with_amended" => ("records superseded by amendments", "исправленные записи"),
        "with_archived" => ("archived documents", "архивные документы"),
        "upcoming_only" => ("only upcoming", "только предстоящие"),
        "records_title" => ("Journal of events", "Журнал мероприятий"),
        "docs_title" => ("Document registry", "Реестр документов"),
        "appts_title" => ("Appointments", "Записи на приём"),
        "col_id" => ("No.", "№"),
        "col_subject" => ("Subject", "Субъект"),
        "col_date" => ("Date", "Дата"),
        "group_expired" => ("Expired", "Просрочены"),
        "group_expiring" => ("Expiring", "Истекают"),
        "group_valid" => ("Valid", "Действуют"),
        "group_indefinite" => ("Indefinite", "Бессрочные"),
        "group_archived" => ("Archived", "В архиве"),
        "col_expires" => ("Expires", "Годен до"),
        "col_confirmation" => ("Conf. no.", "№ подтв."),
        "col_type" => ("Type / subtype", "Тип / подтип"),
        "col_registry" => ("Reg. no.", "Рег. №"),
        "col_follow_up" => ("Next step by", "Срок след. шага"),
        "col_recorded" => ("Entered", "Внесено"),
        "col_number" => ("Series, number", "Серия, номер"),
        "col_issued" => ("Issued", "Выдан"),
        "col_time" => ("Time", "Время"),
        "col_where" => ("Institution, office", "Учреждение, окно"),
        "col_bring" => ("Documents to bring", "Документы с собой"),
        "days_left" => ("Days left", "Осталось дней"),
        "days_overdue" => ("Days overdue", "Просрочено, дней"),
        "nothing" => ("Nothing matches the selection.", "По условиям отбора ничего не найдено."),
        "none" => ("None.", "Нет."),
        "statistics" => ("Statistics", "Статистика"),
        "total_records" => ("Records", "Записей"),
        "late_entries" => ("entered late", "внесено с опозданием"),
        "amended_records" => ("superseded by amendments", "заменено исправлениями"),
        "by_month" => ("By month", "По месяцам"),
        "by_type" => ("By type", "По типам"),
        "by_result" => ("By result", "По результатам"),
        "month" => ("Month", "Месяц"),
        "count" => ("Records", "Записей"),
        "of_them_late" => ("Of them late", "Из них с опозданием"),
        "late_list" => ("Entered after the 3-working-day limit", "Внесены позже трёх рабочих дней"),
        "overdue_follow_ups" => ("Overdue next steps", "Просроченные повторные мероприятия"),
        "as_of" => ("As of", "По состоянию на"),
        "total_docs" => ("Documents", "Документов"),
        "total_appts" => ("Appointments", "Записей на приём"),
        "indefinite" => ("indefinite", "бессрочно"),
        "snils" => ("SNILS", "СНИЛС"),
        "valid_until" => ("valid until", "действителен до"),
        "receipt" => ("Receipt", "Подтверждение"),
        "record_receipt_title" => ("Journal entry", "Выписка из журнала мероприятий"),
        "appt_receipt_title" => ("Appointment confirmation", "Подтверждение записи на приём"),
        "entered" => ("entered", "от"),
        "bring" => ("Documents to bring", "Взять с собой"),
        "bring_nothing_listed" => ("No documents are listed.", "Документы не указаны."),
        "details" => ("Details", "Сведения о записи"),
        "key_id" => ("Store signature key ID (minisign)", "ID ключа подписи хранилища (minisign)"),
        "public_key" => ("Public key", "Открытый ключ"),
        "key_hint" => (
            "A signed copy of this file is checked with: minisign -Vm FILE -x FILE.sig -P <public key>",
            "Подписанная копия файла проверяется командой: minisign -Vm ФАЙЛ -x ФАЙЛ.sig -P <открытый ключ>",
        ),
        other => (other, other),
    }
}

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
        "attachments" => ("attachments", "вложений"),
        other => (other, other),
    };
    tr!(en, ru)
}

pub fn verify_ok(counts: &[(String, u64)], entries: i64, key_id: &str) -> String {
    let items: Vec<String> = counts.iter().map(|(t, n)| format!("{n} {}", table_noun(t))).collect();
    tr!(
        format!(
            "store OK: {}; audit trail of {entries} entries intact; every row sealed; signing key {key_id}",
            items.join(", ")
        ),
        format!(
            "хранилище в порядке: {}; журнал изменений из {entries} записей не нарушен; все строки запечатаны; ключ подписи {key_id}",
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

pub fn verify_page(detail: &str) -> String {
    tr!(
        format!("encrypted page fails its HMAC: {detail}"),
        format!("зашифрованная страница не проходит проверку HMAC: {detail}")
    )
}

pub fn verify_structure(detail: &str) -> String {
    tr!(format!("database structure: {detail}"), format!("структура базы: {detail}"))
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
        _ => format!("{item}, {table}"),
    }
}

pub fn verify_row_unlogged(item: &str) -> String {
    tr!(
        format!("{item}: not in the audit trail (added outside kabinet)"),
        format!("{item}: нет в журнале изменений (добавлен вне kabinet)")
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
        format!("{s:?} is not an item ID: give R-42, D-7, A-3 or O-1"),
        format!("{s:?} не номер записи: укажите R-42, D-7, A-3 или O-1")
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

//! Every user-facing string, in Russian and English, split by area; used by the edge only
//! (`cmd` and `main`): the library below says what happened in types, and this is where it is
//! put into words. The language is chosen by the edge for each command (`--lang`,
//! `KABINET_LANG`, the configuration, `LC_ALL`/`LC_MESSAGES`/`LANG`).

mod applications;
mod audit;
mod deadlines;
mod files;
mod items;
mod notify;
mod report;
mod server;
mod store;
mod tools;
mod users;

pub use applications::*;
pub use audit::*;
pub use deadlines::*;
pub use files::*;
pub use items::*;
pub use notify::*;
pub use report::*;
pub use server::*;
pub use store::*;
pub use tools::*;
pub use users::*;

use std::path::Path;
use std::sync::atomic::{AtomicU8, Ordering};

use chrono::{NaiveDate, NaiveDateTime};

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

/// The language of this command's words: set by the edge before it says anything.
static LANG: AtomicU8 = AtomicU8::new(0);

/// Sets the language of what is said from now on.
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

pub fn lang() -> Lang {
    if LANG.load(Ordering::Relaxed) == Lang::Ru as u8 { Lang::Ru } else { Lang::En }
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
use tr;

/// What the area files share.
mod prelude {
    pub(super) use std::path::Path;

    pub(super) use chrono::{NaiveDate, NaiveDateTime};

    pub(super) use super::{Lang, date, datetime, doc_kind, field_label, lang, p, tr};
    pub(super) use crate::domain::ItemId;
    pub(super) use crate::domain::appt::{ApptStatus, Move};
    pub(super) use crate::domain::doc::{DocKind, DocStatus};
    pub(super) use crate::domain::record::RecordStatus;
}

pub(crate) fn p(path: &Path) -> String {
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

/// An amount as stored (`70707.88`, `1500`) as a person reads it: two decimals, thousands
/// grouped — `70 707,88` in Russian (no-break spaces, decimal comma), `70,707.88` in English.
/// Anything else is returned as it is.
pub fn amount(stored: &str) -> String {
    let (int, frac) = stored.split_once('.').unwrap_or((stored, ""));
    if int.is_empty()
        || !int.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > 2
        || !frac.bytes().all(|b| b.is_ascii_digit())
    {
        return stored.to_owned();
    }
    let (sep, point) = match lang() {
        Lang::Ru => ('\u{a0}', ','),
        Lang::En => (',', '.'),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    format!("{grouped}{point}{frac:0<2}")
}

/// A figure with at most one decimal, dropped when it is zero: `6`, `6.5` (`6,5` in Russian).
pub fn figure(x: f64) -> String {
    let s = format!("{x:.1}");
    let s = s.strip_suffix(".0").unwrap_or(&s);
    match lang() {
        Lang::Ru => s.replace('.', ","),
        Lang::En => s.to_owned(),
    }
}

pub fn datetime(d: NaiveDateTime) -> String {
    match lang() {
        Lang::Ru => d.format("%d.%m.%Y %H:%M").to_string(),
        Lang::En => d.format("%Y-%m-%d %H:%M").to_string(),
    }
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
        ItemKind::Application => "application",
    }
}

fn kind_name_ru(k: ItemKind) -> &'static str {
    match k {
        ItemKind::Record => "запись",
        ItemKind::Doc => "документ",
        ItemKind::Appt => "приём",
        ItemKind::Obligation => "обязанность",
        ItemKind::Application => "заявление",
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
                format!("{flag}: {}", problem(&e.problem))
            } else {
                format!("{flag}: {}: {}", crate::domain::shown(&e.value), problem(&e.problem))
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
        "11 digits" => "11 цифр".into(),
        "14d, 2w or 3wd" => "14d (14д), 2w или 3wd (3рд)".into(),
        "NNN-NNN" => "NNN-NNN (три цифры, дефис, три цифры)".into(),
        other => other.to_owned(),
    }
}

/// Why a value was refused, in words.
pub fn problem(p: &Problem) -> String {
    {
        let text: String = match p {
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
            Problem::YearRange { first, last } => tr!(
                format!("outside the years kabinet keeps ({first}–{last})"),
                format!("вне лет, которые ведёт kabinet ({first}–{last})")
            ),
            Problem::InFuture => tr!("is in the future", "дата в будущем"),
            Problem::Before { other } => tr!(
                format!("is before {}", flag_of(other)),
                format!("раньше, чем {}", flag_of(other))
            ),
            Problem::Amount => tr!(
                "not an amount: digits, a dot and at most two decimals, no thousands separators (1500.50)",
                "не сумма: цифры, точка и не больше двух знаков после неё, без разделителей тысяч (1500.50)"
            ),
            Problem::NegativeAmount => tr!(
                "a negative amount: record a refund as its own event with the sum returned, and correct a wrong sum with `record amend`",
                "отрицательная сумма: возврат записывается отдельным событием с возвращённой суммой, а неверная сумма исправляется через `record amend`"
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
            Problem::FirstDigit { allowed } => {
                let list = first_digits(allowed);
                tr!(
                    format!("the first digit (the kind of registration) should be {list}"),
                    format!(
                        "первая цифра (вид регистрации) должна быть {}",
                        list.replace(" or ", " или ")
                    )
                )
            }
            Problem::BadId => tr!("not a document ID (like D-7)", "не номер документа (вида D-7)"),
            Problem::NoSuchDocument => tr!("no such document", "такого документа нет"),
            Problem::NotItemId { example } => {
                tr!(format!("not an ID like {example}"), format!("не номер вида {example}"))
            }
            Problem::Superseded => tr!(
                "a superseded original cannot be imported without its amendment chain; export without --all",
                "исправленный оригинал нельзя импортировать без цепочки исправлений; выгружайте без --all"
            ),
            Problem::Hidden { code } => tr!(
                format!(
                    "contains the control character U+{code:04X}, which would change what a terminal shows; remove it"
                ),
                format!(
                    "содержит управляющий символ U+{code:04X}, который меняет вывод терминала; уберите его"
                )
            ),
            Problem::OneLine => tr!(
                "a line break or a tab is not allowed here: this field is one line",
                "перевод строки или табуляция здесь недопустимы: это поле в одну строку"
            ),
            Problem::TooLong { max } => {
                tr!(format!("longer than {max} characters"), format!("длиннее {max} символов"))
            }
        };
        text
    }
}

/// `"1256789"` → `1, 2 or 5–9`: the digits, runs of three or more as ranges.
fn first_digits(allowed: &str) -> String {
    let digits: Vec<u32> = allowed.chars().filter_map(|c| c.to_digit(10)).collect();
    let mut runs: Vec<String> = Vec::new();
    let mut i = 0;
    while i < digits.len() {
        let mut j = i;
        while j + 1 < digits.len() && digits[j + 1] == digits[j] + 1 {
            j += 1;
        }
        if j >= i + 2 {
            runs.push(format!("{}–{}", digits[i], digits[j]));
        } else {
            runs.extend(digits[i..=j].iter().map(u32::to_string));
        }
        i = j + 1;
    }
    match runs.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        _ => runs.concat(),
    }
}

/// A refused value as the whole-store check lists it: `snils: 112-233-445 96: …`.
pub fn field_error(e: &FieldError) -> String {
    if e.value.is_empty() {
        format!("{}: {}", e.field, problem(&e.problem))
    } else {
        format!("{}: {}: {}", e.field, crate::domain::shown(&e.value), problem(&e.problem))
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
        "email" => ("E-mail", "Эл. почта"),
        "phone" => ("Phone", "Телефон"),
        "reminders" => ("Reminders", "Напоминания"),
        "change_deadline" => ("Change or cancel until", "Изменить или отменить до"),
        "history" => ("History", "История"),
        "warnings" => ("Warnings", "Предупреждения"),
        "title" => ("Title", "Название"),
        "due" => ("Due", "Срок"),
        "every" => ("Repeats", "Повтор"),
        "day" => ("Day of month", "День месяца"),
        "shift" => ("Day-off rule", "Перенос с выходного"),
        "applicant" => ("Applicant", "Заявитель"),
        "agency" => ("Agency", "Ведомство"),
        "application_number" => ("Agency's number", "Номер в ведомстве"),
        "submitted" => ("Submitted", "Дата подачи"),
        "fee" => ("Fee", "Пошлина"),
        "fee_status" => ("Fee paid", "Оплата"),
        "status_at" => ("Status since", "Статус с"),
        "reason" => ("Reason", "Причина"),
        "overdue" => ("Overdue", "Просрочено"),
        "relies_on" => ("Documents it relies on", "Документы к заявлению"),
        "issued_doc" => ("Document issued", "Выданный документ"),
        "issued_for" => ("Issued on application", "Выдан по заявлению"),
        "expired" => ("Expired (no action)", "Срок истёк"),
        other => (other, other),
    };
    tr!(en, ru)
}

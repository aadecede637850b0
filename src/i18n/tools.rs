//! Messages of `demo` and `validate`.

use super::prelude::*;

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

/// A kind of value as `validate` labels its lines: the code in English (as typed), the name in
/// Russian.
pub fn value_kind(kind: crate::validate::value::Kind) -> String {
    use crate::validate::value::Kind as K;
    let ru = match kind {
        K::Snils => "СНИЛС",
        K::Inn => "ИНН",
        K::Ogrn => "ОГРН",
        K::Ogrnip => "ОГРНИП",
        K::Passport => "паспорт",
        K::DeptCode => "код подразделения",
        K::DriverLicense => "водительское удостоверение",
        K::Oms => "полис ОМС",
        K::Oktmo => "ОКТМО",
        K::Phone => "телефон",
        K::Email => "e-mail",
        K::Date => "дата",
        K::Amount => "сумма",
    };
    tr!(kind.name().to_owned(), ru.to_owned())
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
        "needs" => tr!("document needed", "нужный документ"),
        "overdue" => tr!("application overdue", "заявление просрочено"),
        "idle" => tr!("application idle", "заявление без движения"),
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

pub fn store_clean(r: &crate::app::check::Report) -> String {
    let (records, docs, appts, apps) = (r.records, r.docs, r.appts, r.applications);
    tr!(
        format!(
            "No problems found in {records} records, {docs} documents, {appts} appointments and \
             {apps} applications."
        ),
        format!(
            "Проблем не найдено: записей {records}, документов {docs}, приёмов {appts}, \
             заявлений {apps}."
        ),
    )
}

pub fn finding_overdue(due: NaiveDate) -> String {
    tr!(
        format!("open past its term of {}: record the decision or ask the agency", date(due)),
        format!("не решено, срок {} прошёл: внесите решение или запросите ведомство", date(due))
    )
}

pub fn finding_idle(since: NaiveDateTime) -> String {
    tr!(
        format!(
            "no change of status since {}: shown as expired; move it on or cancel it",
            datetime(since)
        ),
        format!(
            "статус не менялся с {}: срок истёк; переведите заявление дальше или отмените",
            datetime(since)
        )
    )
}

// ---- the command line ------------------------------------------------------------------

/// A command line that does not parse, in Russian: what is wrong, clap's suggestion, the
/// usage line and where to read more. (In English clap's own words are used.)
pub fn usage_error_ru(e: &clap::Error) -> String {
    use clap::error::{ContextKind as C, ContextValue as V, ErrorKind as K};
    let get = |k: C| match e.get(k) {
        Some(V::String(s)) => s.clone(),
        Some(V::Strings(v)) => v.join(", "),
        Some(V::StyledStr(s)) => s.to_string(),
        Some(V::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(V::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let quoted = |s: String| format!("«{s}»");
    let said = match e.kind() {
        K::InvalidSubcommand => {
            format!("неизвестная команда {}", quoted(get(C::InvalidSubcommand)))
        }
        K::UnknownArgument => format!("неизвестный параметр {}", quoted(get(C::InvalidArg))),
        K::InvalidValue => {
            let arg = get(C::InvalidArg);
            let value = get(C::InvalidValue);
            match get(C::ValidValue) {
                valid if valid.is_empty() => format!("пустое значение для {}", quoted(arg)),
                valid => format!(
                    "недопустимое значение {} для {}; допустимо: {valid}",
                    quoted(value),
                    quoted(arg)
                ),
            }
        }
        K::MissingRequiredArgument => {
            format!("не указано обязательное: {}", get(C::InvalidArg))
        }
        K::MissingSubcommand | K::DisplayHelpOnMissingArgumentOrSubcommand => {
            "не указана команда".to_owned()
        }
        K::ArgumentConflict if get(C::InvalidArg) == get(C::PriorArg) => {
            format!("{} указан дважды", quoted(get(C::InvalidArg)))
        }
        K::ArgumentConflict => format!(
            "{} нельзя указать вместе с {}",
            quoted(get(C::InvalidArg)),
            quoted(get(C::PriorArg))
        ),
        K::NoEquals => format!("после {} нужен знак «=» и значение", quoted(get(C::InvalidArg))),
        K::TooManyValues | K::WrongNumberOfValues => {
            format!("лишнее или недостающее значение у {}", quoted(get(C::InvalidArg)))
        }
        K::InvalidUtf8 => "в командной строке текст не в кодировке UTF-8".to_owned(),
        K::ValueValidation => format!(
            "недопустимое значение {} для {}",
            quoted(get(C::InvalidValue)),
            quoted(get(C::InvalidArg))
        ),
        _ => "ошибка в командной строке".to_owned(),
    };
    let mut out = format!("kabinet: ошибка в командной строке: {said}");
    let suggestion = [C::SuggestedSubcommand, C::SuggestedArg, C::SuggestedValue]
        .into_iter()
        .map(get)
        .find(|s| !s.is_empty());
    if let Some(s) = suggestion {
        out.push_str(&format!("\n\n  подсказка: возможно, имелось в виду {}", quoted(s)));
    }
    let usage = get(C::Usage);
    if let Some(line) = usage.lines().find(|l| !l.trim().is_empty()) {
        let line = line.trim().trim_start_matches("Usage:").trim();
        out.push_str(&format!("\n\nИспользование: {line}"));
    }
    out.push_str("\n\nПодробнее: --help");
    out
}

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

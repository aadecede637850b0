//! The words of PDF reports and receipts, and of signatures.

use super::prelude::*;

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

/// Where the store's audit trail stood when a file was signed.
pub fn signed_at_head(head: &str) -> String {
    tr!(
        format!("the store's audit trail then at {head} (kabinet verify --head {head})"),
        format!("журнал изменений хранилища тогда на {head} (kabinet verify --head {head})")
    )
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

pub fn xlsx_needs_output() -> String {
    tr!(
        "a workbook is not for the terminal: give -o FILE.xlsx (or redirect to a file)",
        "книгу Excel нельзя вывести в терминал: укажите -o ФАЙЛ.xlsx (или перенаправьте вывод в файл)"
    )
}

pub fn all_is_xlsx() -> String {
    tr!(
        "--kind all makes a workbook with a sheet per kind: use `export xlsx`",
        "--kind all делает книгу с листом на каждый вид: используйте `export xlsx`"
    )
}

pub fn all_no_filters() -> String {
    tr!(
        "--kind all exports everything you may see: filters belong to one kind (export that kind)",
        "--kind all выгружает всё, что вам доступно: фильтры относятся к одному виду (выгрузите его)"
    )
}

/// A workbook's sheet of one kind of item.
pub fn sheet_name(kind: crate::domain::ItemKind) -> String {
    let [en, ru] = crate::io::xlsx::sheet_names(kind);
    tr!(en.to_owned(), ru.to_owned())
}

pub fn deadlines_sheet() -> String {
    tr!("Deadlines", "Сроки")
}

pub fn deadline_headers_xlsx() -> Vec<String> {
    vec![
        tr!("Item", "Объект"),
        tr!("Kind", "Вид"),
        tr!("What", "Что"),
        tr!("Due", "Срок"),
        tr!("Overdue", "Просрочено"),
        tr!("Days left", "Осталось дней"),
        tr!("Working days left", "Осталось рабочих дней"),
    ]
}

pub fn pdf_needs_output() -> String {
    tr!(
        "a PDF is not for the terminal: give -o FILE (or redirect to a file)",
        "PDF нельзя вывести в терминал: укажите -o ФАЙЛ (или перенаправьте вывод в файл)"
    )
}

pub fn receipt_not_for(id: &str) -> String {
    tr!(
        format!(
            "{id}: receipts are made for records (R-…), appointments (A-…) and applications (Z-…)"
        ),
        format!(
            "{id}: подтверждения выдаются для записей журнала (R-…), записей на приём (A-…) и \
             заявлений (Z-…)"
        )
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
        "audit_head" => (
            "Audit trail when issued (check a store still holds it: kabinet verify --head)",
            "Журнал изменений на момент выдачи (проверка, что хранилище его содержит: kabinet verify --head)",
        ),
        "key_hint" => (
            "A signed copy of this file is checked with: minisign -Vm FILE -x FILE.sig -P <public key>",
            "Подписанная копия файла проверяется командой: minisign -Vm ФАЙЛ -x ФАЙЛ.sig -P <открытый ключ>",
        ),
        "agency" => ("agency", "ведомство"),
        "applicant" => ("applicant", "заявитель"),
        "overdue_only" => ("only overdue", "только просроченные"),
        "applications_title" => ("Applications", "Заявления"),
        "by_submission" => ("by day of submission", "по дате подачи"),
        "total_applications" => ("Applications", "Заявлений"),
        "col_agency_service" => ("Agency, service", "Ведомство, услуга"),
        "col_agency_no" => ("Agency's no.", "№ в ведомстве"),
        "col_term" => ("Term", "Срок"),
        "col_decision" => ("Decision", "Решение"),
        "col_days_taken" => ("Days taken", "Дней в работе"),
        "issued" => ("issued", "выдан"),
        "days_unit" => ("days", "дн."),
        "of" => ("of", "из"),
        "decided" => ("decided", "решено"),
        "no_decisions" => ("no decisions yet", "решений пока нет"),
        "no_decisions_with_term" => {
            ("no decision on an application with a term", "решений по заявлениям со сроком нет")
        }
        "median_to_decision" => {
            ("Median time from submission to decision", "Медиана срока от подачи до решения")
        }
        "decided_in_term" => ("Decided within the term", "Решено в срок"),
        "by_status" => ("By status", "По статусам"),
        "by_agency" => ("By agency", "По ведомствам"),
        "open" => ("Open", "В работе"),
        "how_many" => ("Number", "Количество"),
        "application_receipt_title" => ("Application slip", "Расписка о приёме заявления"),
        "agency_no" => ("agency's no.", "№ в ведомстве"),
        "decision_due" => ("Decision due", "Срок решения"),
        "application_docs" => ("Documents it relies on", "Документы к заявлению"),
        "application_details" => ("Details", "Сведения о заявлении"),
        other => (other, other),
    }
}

//! CSV import and CSV/JSON export: real-looking spreadsheet files, every kind of bad cell,
//! all or nothing, reject files, idempotency, and the export → import → export round trip.

use std::path::Path;

use proptest::prelude::*;

use crate::util::{Env, ids};

/// Writes raw bytes (a spreadsheet export is not always UTF-8).
fn bytes_file(e: &Env, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = e.path().join(name);
    std::fs::write(&p, bytes).expect("write fixture");
    p
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temp path")
}

/// What Excel with Russian settings saves: BOM, `;`, CRLF, Russian headers, a quoted cell
/// holding a newline and a `;`, blank `;;;;` rows and empty lines at the end.
const EXCEL_RECORDS: &str = "\u{feff}ФИО;Номер субъекта;Дата мероприятия;Тип;Результат;СНИЛС;Описание\r\n\
Иванов Иван Иванович;100;20.11.2026;осмотр;здоров;112-233-445 95;\"жалоб нет\r\nдавление; 120/80\"\r\n\
Петрова Анна;101;19.11.2026;прививка;выполнена, реакции нет;;\r\n\
;;;;;;\r\n\
\r\n\
\r\n";

#[test]
fn an_excel_export_with_bom_semicolons_crlf_and_quoted_newlines_imports() {
    let e = Env::with_store();
    let f = e.file("journal.csv", EXCEL_RECORDS);
    let out = e.ok(&["import", s(&f), "--kind", "record"]);
    assert!(out.contains("added 2, skipped as duplicates 0, rejected 0"), "{out}");
    let list = e.json(&["record", "list"]);
    assert_eq!(ids(&list), ["R-2", "R-1"]);
    let first = &list[1];
    assert_eq!(first["subject_name"], "Иванов Иван Иванович");
    assert_eq!(first["event_date"], "2026-11-20");
    assert_eq!(first["snils"], "11223344595");
    assert_eq!(first["description"], "жалоб нет\nдавление; 120/80");
    assert_eq!(list[0]["result"], "выполнена, реакции нет");
}

#[test]
fn windows_1251_is_detected_with_a_note_or_taken_when_told() {
    let e = Env::with_store();
    let text = "ФИО;Номер субъекта;Дата мероприятия;Тип;Результат\r\n\
                Ёлкина Жанна;7;20.11.2026;осмотр;здоров\r\n";
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1251.encode(text);
    assert!(!unmappable);
    let f = bytes_file(&e, "cp1251.csv", &bytes);
    let r = e.run(&["import", s(&f), "--kind", "record", "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("Windows-1251"), "the guess is said: {}", r.stderr);
    let r = e.run(&["import", s(&f), "--kind", "record", "--encoding", "windows-1251"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("Windows-1251"), "no note when told: {}", r.stderr);
    assert_eq!(e.json(&["record", "list"])[0]["subject_name"], "Ёлкина Жанна");
    // Forced UTF-8 on those bytes: each row is refused, naming the cell, not garbled in.
    let r = e.fails(5, &["import", s(&f), "--kind", "record", "--encoding", "utf-8", "--dry-run"]);
    assert!(r.stderr.contains("UTF-8"), "{}", r.stderr);
}

#[test]
fn a_utf8_export_with_one_damaged_byte_stays_utf8_and_only_that_row_is_refused() {
    let e = Env::with_store();
    let mut bytes = "ФИО;Номер субъекта;Дата мероприятия;Тип;Результат\r\n\
                     Ёлкина Жанна;7;20.11.2026;осмотр;здоров\r\n\
                     Щукин Ян;8;20.11.2026;осмотр;здоров\r\n"
        .as_bytes()
        .to_vec();
    // A byte no UTF-8 text has, inside the last row's name.
    let at = bytes.len() - "н;8;20.11.2026;осмотр;здоров\r\n".len();
    bytes.insert(at, 0xFF);
    let f = bytes_file(&e, "damaged.csv", &bytes);
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    assert!(r.stderr.contains("3:1: not valid UTF-8"), "the row is named: {}", r.stderr);
    assert!(!r.stderr.contains("Windows-1251"), "not taken for Windows-1251: {}", r.stderr);
    let out = e.ok(&["import", s(&f), "--kind", "record", "--skip-invalid"]);
    assert!(out.contains("added 1, skipped as duplicates 0, rejected 1"), "{out}");
    assert_eq!(e.json(&["record", "list"])[0]["subject_name"], "Ёлкина Жанна");
}

#[test]
fn a_start_with_an_offset_is_read_in_the_store_zone_on_any_machine() {
    let e = Env::new();
    e.ok(&["init", "--time-zone", "Europe/Moscow"]);
    let f = e.file(
        "from-portal.csv",
        "person,institution,service,starts_at\n\
         Иванов Иван,МФЦ,паспорт,2026-12-03T09:15:00+03:00\n\
         Петров Пётр,МФЦ,СНИЛС,2026-12-03T06:30:00Z\n",
    );
    // The same file imported on machines set to different zones: Moscow wall-clock times.
    for machine in ["UTC", "Asia/Vladivostok", "America/New_York"] {
        let r = e.run_with(&["import", s(&f), "--kind", "appt"], |c| {
            c.env("TZ", machine);
        });
        assert_eq!(r.code, 0, "{machine}: {}", r.stderr);
    }
    let list = e.json(&["appt", "list"]);
    let starts: Vec<&str> =
        list.as_array().expect("array").iter().filter_map(|a| a["starts_at"].as_str()).collect();
    assert_eq!(
        starts,
        ["2026-12-03T09:15:00", "2026-12-03T09:30:00"],
        "added once, in Moscow time"
    );
    let r = e.run_with(&["appt", "reschedule", "A-1", "--at", "2026-12-05T10:00:00+05:00"], |c| {
        c.env("TZ", "Asia/Vladivostok");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(e.json(&["appt", "show", "A-1"])["starts_at"], "2026-12-05T08:00:00");
}

#[test]
fn numbers_a_spreadsheet_mangled_are_refused_with_the_likely_cause() {
    let e = Env::with_store();
    let f = e.file(
        "excel.csv",
        "ФИО;Номер субъекта;Дата мероприятия;Тип;Результат;СНИЛС;ОКТМО\r\n\
         Иванов;1;20.11.2026;осмотр;здоров;1,12233E+10;\r\n\
         Петров;2;20.11.2026;осмотр;здоров;;1701000\r\n\
         Сидоров;3;20.11.2026;осмотр;здоров;12-34;\r\n",
    );
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    let hint = "a spreadsheet may have stored it as a number";
    let line = |n: &str| r.stderr.lines().find(|l| l.starts_with(n)).unwrap_or("").to_owned();
    assert!(line("2:6: СНИЛС: 1,12233E+10: expected 11 digits").contains(hint), "{}", r.stderr);
    assert!(line("3:7: ОКТМО: 1701000: expected 8 or 11 digits").contains(hint), "{}", r.stderr);
    // Not every wrong shape is a spreadsheet's doing.
    let typo = line("4:6: СНИЛС: 12-34: expected 11 digits");
    assert!(!typo.is_empty() && !typo.contains(hint), "{}", r.stderr);
}

/// UTF-16 with its byte-order mark, little- or big-endian.
fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian { vec![0xFE, 0xFF] } else { vec![0xFF, 0xFE] };
    for unit in text.encode_utf16() {
        bytes.extend(if big_endian { unit.to_be_bytes() } else { unit.to_le_bytes() });
    }
    bytes
}

#[test]
fn excel_unicode_text_utf16_with_a_bom_imports_without_a_guess() {
    // Excel's «Текст Юникод»: UTF-16LE with a BOM, tabs, CRLF, Russian headers.
    let e = Env::with_store();
    let text = "ФИО\tНомер субъекта\tДата мероприятия\tТип\tРезультат\r\n\
                Ёлкина Жанна\t7\t20.11.2026\tосмотр\tздоров\r\n\
                Щукин Ян\t8\t21.11.2026\tосмотр\t\r\n";
    let f = bytes_file(&e, "unicode.txt", &utf16(text, false));
    let rejects = e.path().join("rejects.csv");
    let r = e.run(
        &["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file"]
            .into_iter()
            .chain([s(&rejects)])
            .collect::<Vec<_>>(),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("added 1, skipped as duplicates 0, rejected 1"), "{}", r.stdout);
    assert!(
        r.stderr.contains("3:5: Результат: required"),
        "the empty result is named: {}",
        r.stderr
    );
    assert!(!r.stderr.contains("Windows-1251"), "a BOM is not a guess: {}", r.stderr);
    assert_eq!(e.json(&["record", "list"])[0]["subject_name"], "Ёлкина Жанна");
    // The reject file is UTF-8 with a BOM (so Excel opens it), keeping the file's tabs.
    let written = std::fs::read_to_string(&rejects).expect("reject file");
    assert!(written.starts_with("\u{feff}ФИО\tНомер субъекта"), "{written:?}");
    assert!(written.contains("Щукин Ян\t8\t21.11.2026"), "{written:?}");
    // Big-endian too, and from standard input.
    let be = utf16("subject_id;event_date;type;result\r\n9;22.11.2026;осмотр;здоров\r\n", true);
    let f = bytes_file(&e, "be.csv", &be);
    let r = e.run_with(&["import", "-", "--kind", "record"], |c| {
        c.stdin(std::fs::File::open(&f).expect("fixture"));
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("added 1,"), "{}", r.stdout);
    let list = e.json(&["record", "list"]);
    assert_eq!(list.as_array().map(Vec::len), Some(2));
    assert_eq!(list[1]["subject_id"], "9");
}

#[test]
fn workbooks_and_binary_files_are_refused_with_what_to_do() {
    let e = Env::with_store();
    local_only!(e);
    let before = std::fs::read(&e.store).expect("store");
    let files = [
        (
            "book.csv",
            b"PK\x03\x04\x14\x00\x06\x00".to_vec(),
            "workbook, not CSV: give the file its workbook name",
        ),
        ("old.txt", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(), "workbook, not CSV"),
        ("scan.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR".to_vec(), "not a text file"),
        // Named as workbooks, they are read as workbooks: these are damaged.
        ("book.xlsx", b"PK\x03\x04\x14\x00\x06\x00".to_vec(), "cannot be read as a workbook"),
        (
            "old.xls",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\x00\x00".to_vec(),
            "cannot be read as a workbook",
        ),
    ];
    for (name, bytes, said) in files {
        let f = bytes_file(&e, name, &bytes);
        let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
        assert!(r.stderr.contains(said), "{name}: {}", r.stderr);
        let r = e.fails(5, &["validate", "--file", s(&f), "--kind", "doc"]);
        assert!(r.stderr.contains(said), "{name}: {}", r.stderr);
    }
    let r =
        e.fails(5, &["--lang", "ru", "import", s(&e.path().join("book.csv")), "--kind", "appt"]);
    assert!(r.stderr.contains("книга электронной таблицы"), "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("store"), before, "the store is untouched");
}

#[test]
fn a_bad_cell_is_quoted_with_control_characters_escaped_and_long_values_cut() {
    let e = Env::with_store();
    let long = "9".repeat(5000);
    let text = format!(
        "subject_id,event_date,type,result\n1,\"01.13.2026\u{1b}[2J\u{202e}\",осмотр,здоров\n\
         2,{long},осмотр,здоров\n"
    );
    let f = e.file("hostile.csv", &text);
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    assert!(!r.stderr.contains('\u{1b}'), "no raw escape reaches the terminal: {:?}", r.stderr);
    assert!(!r.stderr.contains('\u{202e}'), "no raw direction override: {:?}", r.stderr);
    assert!(r.stderr.contains("2:2: event_date: 01.13.2026\\u{1b}[2J\\u{202e}: "), "{}", r.stderr);
    let cut = format!("3:2: event_date: {}…: ", "9".repeat(60));
    assert!(r.stderr.contains(&cut), "a 5,000-letter value is cut: {}", r.stderr);
    assert!(r.stderr.len() < 1000, "{}", r.stderr.len());
    // The same in a header name, which the message also quotes.
    let f = e.file("header.csv", "subject_id,event_date,type,result,x\u{7}y\n1,01.01.2026,a,b,c\n");
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    assert!(r.stderr.contains("«x\\u{7}y»") && !r.stderr.contains('\u{7}'), "{:?}", r.stderr);
}

#[test]
fn tab_and_comma_delimiters_are_detected_and_can_be_forced() {
    let e = Env::with_store();
    let tab = e.file(
        "t.tsv",
        "subject_id\tevent_date\ttype\tresult\tdescription\n1\t2026-11-20\tосмотр\tздоров\tа, б; в\n",
    );
    e.ok(&["import", s(&tab), "--kind", "record"]);
    let comma = e.file(
        "c.csv",
        "subject_id,event_date,type,result,description\n2,20.11.2026,осмотр,здоров,\"а; б\"\n",
    );
    e.ok(&["import", s(&comma), "--kind", "record", "--delimiter", ","]);
    let list = e.json(&["record", "list"]);
    let texts: Vec<&str> =
        list.as_array().expect("array").iter().filter_map(|r| r["description"].as_str()).collect();
    assert!(texts.contains(&"а, б; в") && texts.contains(&"а; б"), "{texts:?}");
    // A wrong forced delimiter leaves one unknown column holding the whole header.
    let r = e.fails(5, &["import", s(&comma), "--kind", "record", "--delimiter", ";"]);
    assert!(r.stderr.contains("unknown column"), "{}", r.stderr);
}

#[test]
fn every_bad_cell_is_reported_as_line_column_header_value_reason() {
    let e = Env::with_store();
    local_only!(e);
    let csv = "id,subject_id,event_date,type,result,snils,amount,oktmo,follow_up_on,recorded_at,status\n\
        ,1,20.11.2026,осмотр,здоров,,,,,,\n\
        ,2,31.11.2026,осмотр,здоров,,,,,,\n\
        ,3,20.11.2030,осмотр,здоров,,,,,,\n\
        ,,20.11.2026,,здоров,,,,,,\n\
        ,5,20.11.2026,осмотр,здоров,112-233-445 96,,,,,\n\
        ,6,20.11.2026,осмотр,здоров,,12.345,,,,\n\
        ,7,20.11.2026,осмотр,здоров,,,1234,,,\n\
        ,8,20.11.2026,осмотр,здоров,,,,01.11.2026,,\n\
        X-1,9,20.11.2026,осмотр,здоров,,,,,,\n\
        ,10,20.11.2026,осмотр,здоров,,,,,,lost\n\
        ,11,20.11.2026,осмотр,здоров,,,,,19.11.2026 10:00,\n\
        ,12,20.11.2026,осмотр,здоров,,,,,23.11.2026 10:00,\n\
        ,13,20.11.2026,осмотр\n\
        ,14,20.11.2026,осмотр,здоров,,,,,,,extra\n";
    let f = e.file("bad.csv", csv);
    let before = std::fs::read(&e.store).expect("store");
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    let want = [
        "3:3: event_date: 31.11.2026: no such date",
        "4:3: event_date: 20.11.2030:",
        "5:2: subject_id: required",
        "5:4: type: required",
        "6:6: snils: 112-233-445 96:",
        "7:7: amount: 12.345:",
        "8:8: oktmo: 1234:",
        "9:9: follow_up_on: 01.11.2026:",
        "10:1: id: X-1:",
        "11:11: status: lost:",
        "12:10: recorded_at: 19.11.2026 10:00:",
        "13:10: recorded_at: 23.11.2026 10:00:",
        "14:",
        "15:",
    ];
    for w in want {
        assert!(r.stderr.contains(w), "missing {w:?} in:\n{}", r.stderr);
    }
    assert!(!r.stderr.contains("\n2:"), "the good row is not reported: {}", r.stderr);
    assert!(r.stderr.contains("13 bad row(s): nothing was imported"), "{}", r.stderr);
    assert!(ids(&e.json(&["record", "list", "--all"])).is_empty());
    assert_eq!(std::fs::read(&e.store).expect("store"), before, "the store is byte-identical");
}

#[test]
fn a_bad_last_row_of_ten_thousand_leaves_the_store_untouched() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("0", "20.11.2026");
    let mut csv = String::from("subject_id;event_date;type;result;snils\n");
    for i in 0..9_999 {
        csv.push_str(&format!("{i};{:02}.10.2026;осмотр;здоров;\n", i % 28 + 1));
    }
    csv.push_str("10000;01.10.2026;осмотр;здоров;112-233-445 96\n");
    let f = e.file("big.csv", &csv);
    let before = std::fs::read(&e.store).expect("store");
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    assert!(r.stderr.contains("10001:5: snils"), "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("store"), before);
    assert_eq!(ids(&e.json(&["record", "list", "--all"])), ["R-1"]);
    // The same file with --skip-invalid takes the 9,999 good rows.
    let out = e.ok(&["import", s(&f), "--kind", "record", "--skip-invalid", "--format", "json"]);
    let sum: serde_json::Value = serde_json::from_str(&out).expect("JSON summary");
    assert_eq!(sum, serde_json::json!({"added": 9999, "duplicates": 0, "rejected": 1}));
}

#[test]
fn skip_invalid_writes_the_bad_rows_with_a_reason_to_the_reject_file() {
    let e = Env::with_store();
    let f = e.file(
        "in.csv",
        "\u{feff}ФИО;Номер субъекта;Дата мероприятия;Тип;Результат;Лишнее\r\n\
         Иванов;1;20.11.2026;осмотр;здоров;x\r\n\
         \"Петров; П.\";2;32.11.2026;осмотр;;y\r\n",
    );
    let rej = e.path().join("rejects.csv");
    let r = e.run(&[
        "import",
        s(&f),
        "--kind",
        "record",
        "--ignore-unknown",
        "--skip-invalid",
        "--reject-file",
        s(&rej),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("added 1, skipped as duplicates 0, rejected 1"), "{}", r.stdout);
    let text = std::fs::read_to_string(&rej).expect("reject file");
    assert_eq!(
        text,
        "\u{feff}ФИО;Номер субъекта;Дата мероприятия;Тип;Результат;Лишнее;reason\n\
         \"Петров; П.\";2;32.11.2026;осмотр;;y;\"Дата мероприятия: 32.11.2026: no such date; \
         Результат: required, missing\"\n"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&rej).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "personal data: owner only, got {mode:o}");
    }
    // The reject file, corrected, imports: it keeps the original columns.
    let fixed = text.replace("32.11.2026", "21.11.2026").replace("осмотр;;y", "осмотр;здоров;y");
    let fixed = e.file("fixed.csv", &fixed);
    let out = e.ok(&["import", s(&fixed), "--kind", "record", "--ignore-unknown"]);
    assert!(out.contains("added 1"), "{out}");
    // --reject-file without --skip-invalid is a usage error.
    e.fails(2, &["import", s(&f), "--kind", "record", "--reject-file", s(&rej)]);
}

#[test]
fn dry_run_and_validate_file_check_the_same_and_write_nothing() {
    let e = Env::with_store();
    let good = e.file("good.csv", EXCEL_RECORDS);
    let out = e.ok(&["import", s(&good), "--kind", "record", "--dry-run"]);
    assert!(out.contains("2"), "{out}");
    let out = e.ok(&["validate", "--file", s(&good), "--kind", "record"]);
    assert!(out.contains("2"), "{out}");
    assert!(ids(&e.json(&["record", "list", "--all"])).is_empty());
    let bad = e.file("bad.csv", "subject_id,event_date,type,result\n1,32.01.2026,осмотр,здоров\n");
    let a = e.fails(5, &["import", s(&bad), "--kind", "record", "--dry-run"]);
    let b = e.fails(5, &["validate", "--file", s(&bad), "--kind", "record"]);
    assert_eq!(a.stderr, b.stderr);
    assert!(a.stderr.contains("2:2: event_date: 32.01.2026: no such date"), "{}", a.stderr);
    // "Validates only" holds for a reject file too: the rows are reported, no file is made.
    let rejects = e.path().join("rejects.csv");
    let args = ["--dry-run", "--skip-invalid", "--reject-file", s(&rejects)];
    let r = e.run(&[&["import", s(&bad), "--kind", "record"][..], &args[..]].concat());
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("2:2: event_date: 32.01.2026: no such date"), "{}", r.stderr);
    assert!(r.stderr.contains("rejects.csv is not written"), "{}", r.stderr);
    assert!(r.stdout.contains("would add 0, skip as duplicates 0, reject 1"), "{}", r.stdout);
    assert!(!rejects.exists());
}

#[test]
fn importing_the_same_file_twice_adds_nothing_the_second_time() {
    let e = Env::with_store();
    // The third row repeats the first up to case and spacing: a duplicate within the file.
    let f = e.file(
        "in.csv",
        "subject_id,event_date,type,result\n\
         1,20.11.2026,Осмотр,здоров\n\
         2,20.11.2026,осмотр,здоров\n\
         1,20.11.2026,  осмотр ,ЗДОРОВ\n",
    );
    let out = e.ok(&["import", s(&f), "--kind", "record"]);
    assert!(out.contains("added 2, skipped as duplicates 1, rejected 0"), "{out}");
    let out = e.ok(&["import", s(&f), "--kind", "record"]);
    assert!(out.contains("added 0, skipped as duplicates 3, rejected 0"), "{out}");
    assert_eq!(ids(&e.json(&["record", "list"])).len(), 2);
}

#[test]
fn a_row_whose_id_is_taken_by_other_data_is_skipped_with_a_note() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let f = e.file(
        "in.csv",
        "id,subject_id,event_date,type,result\n\
         R-1,99,19.11.2026,прививка,выполнена\n\
         R-5,98,19.11.2026,прививка,выполнена\n",
    );
    let r = e.run(&["import", s(&f), "--kind", "record"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("R-1"), "the note names the id: {}", r.stderr);
    assert!(r.stdout.contains("added 1, skipped as duplicates 1"), "{}", r.stdout);
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-5", "R-1"]);
    assert_eq!(e.json(&["record", "list", "--subject", "1"])[0]["type"], "осмотр");
}

#[test]
fn unknown_columns_are_refused_unless_ignored_or_mapped() {
    let e = Env::with_store();
    let f = e.file(
        "in.csv",
        "Пациент;Номер субъекта;Дата мероприятия;Тип;Результат\n\
         Иванов;1;20.11.2026;осмотр;здоров\n",
    );
    let r = e.fails(5, &["import", s(&f), "--kind", "record"]);
    assert!(r.stderr.contains("Пациент"), "{}", r.stderr);
    assert!(r.stderr.contains("--map"), "the way out is named: {}", r.stderr);
    e.ok(&["import", s(&f), "--kind", "record", "--ignore-unknown", "--dry-run"]);
    e.ok(&["import", s(&f), "--kind", "record", "--map", "Пациент=subject_name"]);
    assert_eq!(e.json(&["record", "list"])[0]["subject_name"], "Иванов");
    let r = e.fails(5, &["import", s(&f), "--kind", "record", "--map", "Пациент=nonsense"]);
    assert!(
        r.stderr.contains("'Пациент=nonsense': no such field; fields: id, subject_id"),
        "{}",
        r.stderr
    );
    let r = e.fails(5, &["import", s(&f), "--kind", "record", "--map", "Врач=responsible"]);
    assert!(
        r.stderr.contains("'Врач=responsible': the file has no such column; its columns: «Пациент», «Номер субъекта»"),
        "{}",
        r.stderr
    );
    let r = e.fails(5, &["import", s(&f), "--kind", "record", "--map", "Пациент"]);
    assert!(r.stderr.contains("'Пациент': expected 'COLUMN=FIELD'"), "{}", r.stderr);
    let missing = e.file("m.csv", "subject_id;event_date\n1;20.11.2026\n");
    let r = e.fails(5, &["import", s(&missing), "--kind", "record"]);
    assert!(r.stderr.contains("type") && r.stderr.contains("result"), "{}", r.stderr);
}

#[test]
fn import_needs_the_store_unlocked_and_the_file_present() {
    let e = Env::with_store();
    let f = e.file("in.csv", EXCEL_RECORDS);
    let r = e.run_with(&["import", s(&f), "--kind", "record"], |c| {
        c.env("KABINET_PASSPHRASE", "wrong passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    let r = e.fails(6, &["import", "/nonexistent/in.csv", "--kind", "record"]);
    assert!(r.stderr.contains("/nonexistent/in.csv"), "{}", r.stderr);
    let empty = e.file("empty.csv", "");
    e.fails(5, &["import", s(&empty), "--kind", "record"]);
    // Standard input works too.
    let r = e.run_with(&["import", "-", "--kind", "record"], |c| {
        c.stdin(std::fs::File::open(&f).expect("fixture"));
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(ids(&e.json(&["record", "list"])).len(), 2);
}

#[test]
fn documents_and_appointments_import_with_russian_headers() {
    let e = Env::with_store();
    let docs = e.file(
        "docs.csv",
        "ФИО;Вид документа;Серия;Номер;Дата выдачи;Кем выдан;Действителен до;Статус\r\n\
         Иванов И. И.;passport;45 12;345678;01.02.2020;\"ОВД \"\"Тверской\"\"\";20.12.2026;\r\n\
         Петров П. П.;snils;;112-233-445 95;01.02.2010;;;archived\r\n\
         Сидоров;passport;45 12;000001;01.02.2030;;;\r\n",
    );
    let r = e.fails(5, &["import", s(&docs), "--kind", "doc"]);
    assert!(r.stderr.contains("4:5: Дата выдачи: 01.02.2030"), "{}", r.stderr);
    e.ok(&["import", s(&docs), "--kind", "doc", "--skip-invalid"]);
    let list = e.json(&["doc", "list", "--all"]);
    assert_eq!(ids(&list).len(), 2);
    let by_holder = |h: &str| {
        list.as_array().expect("array").iter().find(|d| d["holder"] == h).cloned().expect(h)
    };
    assert_eq!(by_holder("Иванов И. И.")["issued_by"], "ОВД \"Тверской\"");
    assert_eq!(by_holder("Петров П. П.")["status"], "archived");
    let again = e.ok(&["import", s(&docs), "--kind", "doc", "--skip-invalid"]);
    assert!(again.contains("added 0, skipped as duplicates 2"), "{again}");

    let passport = ids(&e.json(&["doc", "list", "--holder", "Иванов"]))[0].clone();
    let appts = e.file(
        "appts.csv",
        &format!(
            "Учреждение;Услуга;Дата и время;Длительность;Документы;ФИО\n\
             МФЦ;замена паспорта;05.12.2026 10:00;45;{passport};Иванов\n\
             ПФР;справка;06.12.2026 09:30;;D-99;Иванов\n"
        ),
    );
    let r = e.fails(5, &["import", s(&appts), "--kind", "appt"]);
    assert!(r.stderr.contains("3:5: Документы: D-99"), "{}", r.stderr);
    e.ok(&["import", s(&appts), "--kind", "appt", "--skip-invalid"]);
    let list = e.json(&["appt", "list"]);
    assert_eq!(list[0]["duration_min"], 45);
    assert_eq!(list[0]["needs"], passport);
    // Imported rows are sealed one by one, not by the triggers: all of them, the archived
    // document's seal covering its archiving too.
    let v = e.json(&["verify"]);
    assert_eq!(v["problems"], serde_json::json!([]), "{v}");
    assert_eq!((&v["counts"]["docs"], &v["counts"]["appts"]), (&2.into(), &1.into()));
}

#[test]
fn export_takes_list_filters_excel_form_and_a_private_output_file() {
    let e = Env::with_store();
    let f = e.file("in.csv", EXCEL_RECORDS);
    e.ok(&["import", s(&f), "--kind", "record"]);
    let csv = e.ok(&["export", "csv", "--kind", "record"]);
    assert!(csv.starts_with("id,subject_id,subject_name,event_date,type,"), "{csv}");
    assert!(csv.contains("\r\n") && !csv.replace("\r\n", "").contains("\n\n"), "CRLF rows");
    assert!(csv.contains("\"жалоб нет\nдавление; 120/80\""), "{csv}");
    let only = e.ok(&["export", "csv", "--kind", "record", "--type", "прививка"]);
    assert_eq!(only.lines().count(), 2, "{only}");
    let period = e.ok(&["export", "csv", "--kind", "record", "--from", "20.11.2026"]);
    assert!(period.contains("R-1") && !period.contains("R-2"), "{period}");

    let out = e.path().join("excel.csv");
    let said = e.ok(&["export", "csv", "--kind", "record", "--excel", "-o", s(&out)]);
    assert!(said.contains("exported 2"), "{said}");
    let bytes = std::fs::read(&out).expect("export file");
    assert!(bytes.starts_with("\u{feff}id;subject_id;".as_bytes()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&out).expect("meta").permissions().mode();
        assert_eq!(mode & 0o077, 0, "personal data: owner only, got {mode:o}");
    }
    // The Excel form imports back as it is (BOM, `;`, CRLF): nothing new.
    let again = e.ok(&["import", s(&out), "--kind", "record"]);
    assert!(again.contains("added 0, skipped as duplicates 2"), "{again}");

    let json: serde_json::Value =
        serde_json::from_str(&e.ok(&["export", "json", "--kind", "record"])).expect("JSON");
    assert_eq!(json[0]["event_date"], "2026-11-20");
    assert_eq!(json[0]["type"], "осмотр");

    let r = e.fails(2, &["export", "csv", "--kind", "doc", "--subject", "1"]);
    assert!(r.stderr.contains("--subject"), "{}", r.stderr);
    // A failed export leaves no file behind.
    let nowhere = e.path().join("nowhere.csv");
    e.run_with(&["export", "csv", "--kind", "record", "-o", s(&nowhere)], |c| {
        c.env("KABINET_PASSPHRASE", "wrong passphrase");
    });
    assert!(!nowhere.exists());
}

/// Exports `kind` of `from` as CSV, imports it into a new store, exports that: the two files
/// must be the same bytes.
#[test]
fn no_output_is_written_over_the_store_the_passphrase_file_or_the_file_being_imported() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let png = [&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], &[0u8; 64][..]].concat();
    let scan = bytes_file(&e, "scan.png", &png);
    e.ok(&["attach", "R-1", s(&scan)]);
    let store = e.store.clone();
    let before = std::fs::read(&store).expect("store");
    // The same file by another spelling, through a link, and the journal beside it.
    let dir = store.parent().expect("store dir");
    let link = e.path().join("link.db");
    std::os::unix::fs::symlink(&store, &link).expect("symlink");
    let respelled = dir.join("..").join("data").join("kabinet.db");
    let journal = e.path().join("data").join("kabinet.db-journal");
    for target in [&store, &respelled, &link, &journal] {
        let r = e.fails(2, &["export", "csv", "--kind", "record", "-o", s(target)]);
        assert!(r.stderr.contains("it is the store"), "{}", r.stderr);
        let r = e.fails(2, &["export", "pdf", "--kind", "record", "-o", s(target)]);
        assert!(r.stderr.contains("it is the store"), "{}", r.stderr);
        e.fails(2, &["extract", "R-1", "1", "-o", s(target)]);
    }
    assert!(!journal.exists());
    assert_eq!(std::fs::read(&store).expect("store"), before, "the store is as it was");
    assert_eq!(e.json(&["record", "list"]).as_array().map(Vec::len), Some(1));
    // The passphrase file, which may be the only copy of the passphrase.
    let pass = e.file("pass.txt", &format!("{}\n", crate::util::PASS));
    let r = e.run_with(&["export", "json", "--kind", "record", "-o", s(&pass)], |c| {
        c.env_remove("KABINET_PASSPHRASE").arg("--passphrase-file").arg(&pass);
    });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("passphrase file"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&pass).expect("pass"), format!("{}\n", crate::util::PASS));
    // An import's reject file is not the file it reads.
    let text = "subject_id,event_date,type,result\n2,20.11.2026,осмотр,\n";
    let f = e.file("in.csv", text);
    let r = e
        .fails(2, &["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file", s(&f)]);
    assert!(r.stderr.contains("it is the file being imported"), "{}", r.stderr);
    assert_eq!(std::fs::read_to_string(&f).expect("input"), text, "the input is as it was");
    let r = e.fails(2, &["--lang", "ru", "export", "csv", "--kind", "record", "-o", s(&store)]);
    assert!(r.stderr.contains("это хранилище"), "{}", r.stderr);
    // `-o -` is standard output, as `-` is standard input for import: no file named `-`.
    let r = e.run_with(&["export", "csv", "--kind", "record", "-o", "-"], |c| {
        c.current_dir(e.path());
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("id,subject_id"), "{}", r.stdout);
    let r = e.run_with(&["extract", "R-1", "1", "-o", "-"], |c| {
        c.current_dir(e.path());
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!e.path().join("-").exists());
    // A device is written to as it is, not replaced through a temporary file.
    e.ok(&["export", "json", "--kind", "record", "-o", "/dev/null"]);
    assert!(std::fs::metadata("/dev/null").is_ok_and(|m| !m.is_file()));
    // `/dev/stdout` when standard output is a file: the rows land in it, whole, once.
    let out = e.path().join("out.csv");
    let mut c = e.cmd();
    c.args(["export", "csv", "--kind", "record", "-o", "/dev/stdout"]);
    c.stdout(std::fs::File::create(&out).expect("out"));
    assert!(c.status().expect("run").success());
    let text = std::fs::read_to_string(&out).expect("out");
    assert!(text.starts_with("id,subject_id,") && text.lines().count() == 2, "{text:?}");
    assert!(std::fs::symlink_metadata("/dev/stdout").is_ok_and(|m| !m.is_file()));
    // A reject file can be a device too: the bad rows follow the summary in the same file.
    let mut c = e.cmd();
    c.args(["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file", "/dev/stdout"]);
    c.stdout(std::fs::File::create(&out).expect("out")).stderr(std::process::Stdio::null());
    assert!(c.status().expect("run").success());
    let text = std::fs::read_to_string(&out).expect("out");
    assert!(text.contains("subject_id,event_date,type,result,reason\n2,20.11.2026"), "{text:?}");
    assert!(std::fs::symlink_metadata("/dev/stdout").is_ok_and(|m| !m.is_file()));
    let r = e.run_with(
        &["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file", "-"],
        |c| {
            c.current_dir(e.path());
        },
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("subject_id,event_date,type,result,reason\n"), "{}", r.stdout);
    assert!(!e.path().join("-").exists());
    let r = e.fails(2, &["export", "csv", "--kind", "record", "-o", "-", "--sign"]);
    assert!(r.stderr.contains("--sign needs -o FILE"), "{}", r.stderr);
    // A directory that is not there is named, not the temporary file's made-up name.
    let nowhere = e.path().join("no-such-dir").join("out.csv");
    let r = e.fails(6, &["export", "csv", "--kind", "record", "-o", s(&nowhere)]);
    assert!(r.stderr.contains("no such directory"), "{}", r.stderr);
    assert!(!r.stderr.contains(".kabinet-export-"), "{}", r.stderr);
}

fn round_trip(from: &Env, kind: &str) -> (Vec<u8>, Vec<u8>) {
    // `--all`: superseded records and archived documents too.
    let all: &[&str] = if kind == "appt" { &[] } else { &["--all"] };
    let first = from.path().join(format!("{kind}-1.csv"));
    from.ok(&[&["export", "csv", "--kind", kind, "-o", s(&first)], all].concat());
    let to = Env::with_store();
    to.ok(&["import", s(&first), "--kind", kind]);
    let second = to.path().join(format!("{kind}-2.csv"));
    to.ok(&[&["export", "csv", "--kind", kind, "-o", s(&second)], all].concat());
    (std::fs::read(first).expect("first"), std::fs::read(second).expect("second"))
}

#[test]
fn documents_round_trip_through_csv() {
    let e = Env::with_store();
    let docs = e.file(
        "docs.csv",
        "holder,kind,series,number,issued_on,issued_by,department_code,expires_on,notes,status\n\
         \"Иванов, И.\",passport,4512,345678,2020-02-01,\"ОВД \"\"Тверской\"\"\",770-001,2026-12-20,\"две\nстроки\",\n\
         Петров,snils,,11223344595,2010-02-01,,,,,archived\n\
         Сидоров,other,,,2019-05-05,,,2020-01-01,,\n",
    );
    e.ok(&["import", s(&docs), "--kind", "doc"]);
    let (a, b) = round_trip(&e, "doc");
    assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
}

/// A generated record: text with the characters CSV must quote, Cyrillic, optional fields.
fn record_row() -> impl Strategy<Value = String> {
    let text = "[а-яА-Я][а-яА-ЯёЁa-z0-9 ,;\"\\n.-]{0,20}";
    // A type is one line; a result and a description may have several.
    let line = "[а-яА-Я][а-яА-ЯёЁa-z0-9 ,;\".-]{0,20}";
    let opt = "[а-яА-Я ,;\"\\n]{0,12}";
    (
        1u32..500,
        0u32..700,
        line,
        text,
        opt,
        proptest::option::of(0u32..100_000),
        proptest::option::of(0u32..60),
    )
        .prop_map(|(subject, days, kind, result, descr, amount, follow)| {
            let event = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).expect("date")
                - chrono::Duration::days(i64::from(days));
            let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
            let follow = follow
                .map(|d| {
                    (event + chrono::Duration::days(i64::from(d))).format("%d.%m.%Y").to_string()
                })
                .unwrap_or_default();
            format!(
                "{subject},{},{},{},{},{},{}\n",
                event.format("%d.%m.%Y"),
                q(&kind),
                q(&result),
                q(&descr),
                amount.map(|a| format!("{}.{:02}", a / 100, a % 100)).unwrap_or_default(),
                follow
            )
        })
}

proptest! {
    // Each case runs the binary five times against two stores: a few cases go a long way.
    #![proptest_config(ProptestConfig { cases: 6, ..ProptestConfig::default() })]

    #[test]
    fn records_round_trip_through_csv(rows in proptest::collection::vec(record_row(), 1..25)) {
        let e = Env::with_store();
        let mut csv = String::from("subject_id,event_date,type,result,description,amount,follow_up_on\n");
        for r in &rows {
            csv.push_str(r);
        }
        let f = e.file("gen.csv", &csv);
        let r = e.run(&["import", s(&f), "--kind", "record"]);
        prop_assert_eq!(r.code, 0, "{}", r.stderr);
        let (a, b) = round_trip(&e, "record");
        prop_assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
        let json: serde_json::Value =
            serde_json::from_str(&e.ok(&["export", "json", "--kind", "record"])).expect("JSON");
        // Rows end in CRLF, newlines inside cells stay `\n`: one CRLF per row and the header.
        let n = json.as_array().map_or(0, Vec::len);
        prop_assert_eq!(n + 1, String::from_utf8_lossy(&a).matches("\r\n").count());
    }
}

#[test]
fn appointments_round_trip_through_csv() {
    let e = Env::with_store();
    let f = e.file(
        "a.csv",
        "institution,service,office,starts_at,duration_min,status,confirmation_no,notes,person\n\
         МФЦ,\"паспорт, замена\",\"окно 5; 2 этаж\",2026-12-05T10:00:00,45,scheduled,T-17,,Иванов\n\
         ПФР,справка,,2026-11-01T09:30:00,30,done,,\"взять\nкопии\",\n\
         ФНС,ИНН,,2026-12-10T11:00:00,30,cancelled,,,\n",
    );
    e.ok(&["import", s(&f), "--kind", "appt"]);
    let (a, b) = round_trip(&e, "appt");
    assert_eq!(String::from_utf8_lossy(&a), String::from_utf8_lossy(&b));
    assert_eq!(String::from_utf8_lossy(&a).matches("\r\n").count(), 4);
}

#[test]
fn the_readme_lists_every_column_alias() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md");
    let kinds: [(&str, &[(&str, &str)]); 3] = [
        ("record", kabinet::domain::record::ALIASES),
        ("doc", kabinet::domain::doc::ALIASES),
        ("appt", kabinet::domain::appt::ALIASES),
    ];
    for (kind, aliases) in kinds {
        for (alias, field) in aliases {
            let line = readme
                .lines()
                .find(|l| l.starts_with(&format!("| {kind} | `{field}` |")))
                .unwrap_or_else(|| panic!("README has no alias row for {kind} {field}"));
            assert!(
                line.contains(&format!("«{alias}»")),
                "README lacks «{alias}» for {kind} {field}"
            );
        }
    }
}

#[test]
fn a_large_file_shows_progress_on_a_terminal_and_never_elsewhere() {
    needs!("script" from "bsdutils");
    let e = Env::with_store();
    let mut csv = String::from("subject_id,event_date,type,result,description\n");
    let mut i = 0;
    while csv.len() < 5 << 20 {
        csv.push_str(&format!("{i},{:02}.10.2026,осмотр,здоров,{}\n", i % 28 + 1, "ж".repeat(100)));
        i += 1;
    }
    let f = e.file("big.csv", &csv);
    // Under cron or in a pipe: the summary only.
    let r = e.run(&["import", s(&f), "--kind", "record", "--dry-run"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("MiB"), "no progress off a terminal: {:?}", r.stderr);
    // On a terminal (a pseudo-terminal from script(1)): a progress bar counting bytes.
    // script's stdin stays open until kabinet is done: at its end script stops relaying.
    let mut child = std::process::Command::new("script")
        .args([
            "-qec",
            &format!("{} import {} --kind record --dry-run", crate::util::bin(), s(&f)),
            "/dev/null",
        ])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", e.path())
        .env("TERM", "xterm")
        .env("LANG", "C")
        .env("KABINET_STORE", &e.store)
        .env("KABINET_PASSPHRASE", crate::util::PASS)
        .env("KABINET_NOW", &e.now)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("script(1) from util-linux");
    let stdin = child.stdin.take();
    let mut stdout = child.stdout.take().expect("stdout");
    let reader = std::thread::spawn(move || {
        let mut text = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut text);
        text
    });
    let status = child.wait().expect("wait");
    drop(stdin);
    let out = reader.join().expect("reader");
    assert!(status.success());
    let text = String::from_utf8_lossy(&out);
    assert!(text.contains("MiB"), "a progress bar on a terminal: {text:?}");
    assert!(text.contains(&format!("would add {i}")), "{text:?}");
}

#[test]
fn rows_without_an_id_are_numbered_after_every_id_before_them() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let f = e.file(
        "in.csv",
        "id,subject_id,event_date,type,result\n\
         ,97,19.11.2026,прививка,выполнена\n\
         R-7,98,19.11.2026,прививка,выполнена\n\
         ,99,19.11.2026,прививка,выполнена\n\
         R-4,96,19.11.2026,прививка,выполнена\n\
         ,95,19.11.2026,прививка,выполнена\n",
    );
    e.ok(&["import", s(&f), "--kind", "record"]);
    let subject = |id: &str| e.json(&["record", "show", id])["subject_id"].clone();
    assert_eq!(subject("R-2"), "97");
    assert_eq!(subject("R-7"), "98");
    assert_eq!(subject("R-8"), "99");
    assert_eq!(subject("R-4"), "96");
    assert_eq!(subject("R-9"), "95");
    // The next add continues after them, as it would after any insert.
    e.add_record("2", "20.11.2026");
    assert_eq!(subject("R-10"), "2");
    e.ok(&["verify"]);
}

#[test]
fn a_reader_of_the_errors_that_stops_early_changes_nothing_but_the_noise() {
    let e = Env::with_store();
    let mut csv = String::from("subject_id,event_date,type,result\n");
    for i in 0..5000 {
        csv.push_str(&format!("{i},31.02.2026,осмотр,здоров\n"));
    }
    let f = e.file("bad.csv", &csv);
    // `kabinet import bad.csv 2>&1 | head -1`: thousands of error lines, the reader gone.
    let (first, code, _) = e.first_line_then_hang_up(&["import", s(&f), "--kind", "record"], true);
    assert!(first.starts_with("2:2: "), "{first}");
    assert_eq!(code, Some(5), "still refused, no panic");
    assert!(ids(&e.json(&["record", "list", "--all"])).is_empty());
}

/// Pairs of records of one subject and type, both with a follow-up: the later one answers the
/// earlier one's, so half of them stay open. Long names make the journal's indexes big.
fn paired_records_csv(pairs: usize, name_len: usize) -> String {
    let name = "Я".repeat(name_len);
    let mut csv = String::from("subject_id,subject_name,event_date,type,result,follow_up_on\n");
    for i in 0..pairs {
        for day in [10, 12] {
            csv.push_str(&format!("{i},{name} {i},{day}.11.2026,осмотр,здоров,20.12.2026\n"));
        }
    }
    csv
}

/// What a store's indexes are (name and SQL), whether its indexes hold exactly its rows, and
/// how many follow-ups it holds open.
fn index_state(e: &Env) -> (Vec<(String, String)>, String, i64) {
    let c = crate::util::keyed_conn(e);
    let indexes = c
        .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
        .expect("schema")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("schema rows");
    let check = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("check");
    let open = c
        .query_row("SELECT count(*) FROM records WHERE follow_up_open = 1", [], |r| r.get(0))
        .expect("count");
    (indexes, check, open)
}

#[test]
fn a_first_import_builds_the_journal_indexes_the_same_as_one_into_a_kept_journal() {
    // Into an empty journal, or one of a few records typed in by hand, an import sets the date,
    // group and open-follow-up indexes aside and makes them at the end; into a journal of more
    // than 10,000 records they are kept up row by row. Either way the store ends with the
    // schema's indexes, holding exactly its rows, and the same follow-ups open.
    let first = Env::with_store();
    local_only!(first);
    let schema = index_state(&Env::with_store()).0;
    let csv = paired_records_csv(500, 10);
    let f = first.file("pairs.csv", &csv);
    first.ok(&["import", s(&f), "--kind", "record"]);
    let small = Env::with_store();
    small.add_record("другой", "01.11.2026");
    small.ok(&["import", s(&f), "--kind", "record"]);
    let kept = Env::with_store();
    let mut many = String::from("subject_id,event_date,type,result\n");
    for i in 0..10_001 {
        many.push_str(&format!("k{i},01.11.2026,осмотр,здоров\n"));
    }
    kept.ok(&["import", s(&kept.file("many.csv", &many)), "--kind", "record"]);
    kept.ok(&["import", s(&f), "--kind", "record"]);
    for e in [&first, &small, &kept] {
        assert_eq!(index_state(e), (schema.clone(), "ok".to_owned(), 500));
    }
    // The same follow-ups due (the other journals number them on).
    let due = |e: &Env| {
        let v = e.json(&["deadlines", "--kind", "record", "--within", "60d"]);
        let items = v.as_array().cloned().unwrap_or_default();
        items.iter().map(|d| format!("{} {}", d["due"], d["what"])).collect::<Vec<_>>()
    };
    assert_eq!(due(&first).len(), 500);
    assert_eq!(due(&first), due(&small));
    assert_eq!(due(&first), due(&kept));
    // Imported again, every row is a duplicate, found through the journal's keys.
    for e in [&first, &small, &kept] {
        let again = e.ok(&["import", s(&f), "--kind", "record", "--format", "json"]);
        assert!(again.contains("\"added\": 0"), "{again}");
    }
    // A refused first import leaves the indexes as they were too.
    let refused = Env::with_store();
    let bad = refused.file("bad.csv", &format!("{csv}1,x,32.11.2026,осмотр,здоров,\n"));
    refused.fails(5, &["import", s(&bad), "--kind", "record"]);
    assert_eq!(index_state(&refused), (schema, "ok".to_owned(), 0));
}

#[test]
fn a_first_import_too_big_to_sort_at_once_makes_its_indexes_midway_and_keeps_them_up() {
    // 30,000 pairs with 200-letter names: past what the set-aside indexes may sort in memory,
    // so they are made partway through and the rest of the rows keep them up.
    let csv = paired_records_csv(30_000, 200);
    let e = Env::with_store();
    local_only!(e);
    let schema = index_state(&e).0;
    let f = e.file("pairs.csv", &csv);
    let out = e.ok(&["import", s(&f), "--kind", "record", "--format", "json"]);
    let sum: serde_json::Value = serde_json::from_str(&out).expect("JSON summary");
    assert_eq!(sum, serde_json::json!({"added": 60000, "duplicates": 0, "rejected": 0}));
    assert_eq!(index_state(&e), (schema, "ok".to_owned(), 30_000));
}

/// Records of a few subjects and types on a few days, some with a follow-up: enough to answer
/// each other's follow-ups in every order.
fn grouped_rows() -> impl Strategy<Value = Vec<(u8, u8, u8, bool)>> {
    proptest::collection::vec((0u8..3, 0u8..2, 1u8..20, proptest::bool::ANY), 0..10)
}

fn grouped_csv(rows: &[(u8, u8, u8, bool)]) -> String {
    let mut csv = String::from("subject_id,event_date,type,result,follow_up_on\n");
    for (subject, kind, day, follow) in rows {
        let kind = ["осмотр", "прививка"][usize::from(*kind)];
        let follow = if *follow { "30.12.2026" } else { "" };
        csv.push_str(&format!("{subject},{day:02}.11.2026,{kind},здоров,{follow}\n"));
    }
    csv
}

/// Records whose open-follow-up flag differs from its definition: a current record with a
/// follow-up and no later current record of its subject and type.
fn misflagged(e: &Env) -> Vec<(i64, bool)> {
    crate::util::keyed_conn(e)
        .prepare(
            "SELECT id, follow_up_open FROM records o WHERE follow_up_open <> \
             (follow_up_on IS NOT NULL AND amended_by IS NULL AND NOT EXISTS \
               (SELECT 1 FROM records n WHERE n.subject_id = o.subject_id AND n.type = o.type \
                AND n.event_date > o.event_date AND n.amended_by IS NULL))",
        )
        .expect("query")
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows")
        .collect::<Result<_, _>>()
        .expect("flags")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 10, ..ProptestConfig::default() })]

    /// A first import settles every follow-up; a later one only those its records can answer
    /// (an old one by a new record, a new one by any): either way every flag ends as defined.
    #[test]
    fn imports_leave_every_follow_up_flagged_as_defined(
        before in grouped_rows(),
        added in grouped_rows(),
    ) {
        let e = Env::with_store();
        if e.on_server() {
            // The flags are read from the store's file (as the server's are in its own test).
            return Ok(());
        }
        for (name, rows) in [("before.csv", &before), ("added.csv", &added)] {
            let f = e.file(name, &grouped_csv(rows));
            let r = e.run(&["import", s(&f), "--kind", "record"]);
            prop_assert_eq!(r.code, 0, "{}", r.stderr);
            prop_assert_eq!(misflagged(&e), vec![]);
        }
    }
}

#[test]
fn a_directory_given_for_a_file_is_a_usage_error_saying_so() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let dir = e.path().join("folder");
    std::fs::create_dir(&dir).expect("dir");
    let d = s(&dir);
    let f = e.file("in.csv", "subject_id,event_date,type,result\n2,20.11.2026,осмотр,\n");
    for args in [
        vec!["import", d, "--kind", "record"],
        vec!["validate", "--file", d, "--kind", "record"],
        vec!["attach", "R-1", d],
        vec!["verify-file", d],
        vec!["export", "csv", "--kind", "record", "-o", d],
        vec!["export", "pdf", "--kind", "record", "-o", d],
        vec!["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file", d],
    ] {
        let r = e.fails(2, &args);
        assert!(r.stderr.contains("it is a directory"), "{args:?}: {}", r.stderr);
        assert!(!r.stderr.contains("os error"), "{args:?}: {}", r.stderr);
    }
    let trailing = format!("{d}/");
    let r = e.fails(2, &["export", "csv", "--kind", "record", "-o", &trailing]);
    assert!(r.stderr.contains("it is a directory"), "{}", r.stderr);
    let missing = format!("{}/", s(&e.path().join("missing")));
    let r = e.fails(6, &["export", "json", "--kind", "record", "-o", &missing]);
    assert!(r.stderr.contains("no such directory"), "{}", r.stderr);
    // Settings files too: the configuration and the holidays (exit 2), the passphrase file
    // (exit 3, as for any passphrase file that cannot be read).
    let r = e.run_with(&["record", "list"], |c| {
        c.env("KABINET_CONFIG", &dir);
    });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("it is a directory"), "{}", r.stderr);
    let r = e.fails(2, &["--holidays", d, "deadlines"]);
    assert!(r.stderr.contains("it is a directory"), "{}", r.stderr);
    let r = e.run_with(&["record", "list"], |c| {
        c.env_remove("KABINET_PASSPHRASE").arg("--passphrase-file").arg(&dir);
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    assert!(r.stderr.contains("passphrase file") && r.stderr.contains("it is a directory"));
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 0, "nothing written in it");
    assert_eq!(e.json(&["record", "list"]).as_array().map(Vec::len), Some(1));
}

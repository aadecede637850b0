//! Spreadsheets as offices have them: CSV for Russian Excel (`;`, decimal commas, no cell that
//! runs as a formula) and back.

use crate::util::Env;

fn s(p: &std::path::Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// A record whose text cells begin like formulas, with an amount.
fn add_formula_records(e: &Env) {
    for (subject, result, description, amount) in [
        ("1", "=HYPERLINK(\"http://evil.example\",\"жми\")", "-минус", "1074.5"),
        ("2", "'=уже с апострофом", "@SUM(A1)", "5.03"),
        ("3", "+7 900 000-00-00", "обычный текст", "1500"),
    ] {
        let r = e.run(&[
            "record",
            "add",
            "--subject-id",
            subject,
            "--date",
            "20.11.2026",
            "--type",
            "осмотр",
            "--result",
            result,
            &format!("--description={description}"),
            "--amount",
            amount,
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
    }
}

#[test]
fn an_excel_export_runs_no_formula_has_decimal_commas_and_imports_back_identically() {
    let e = Env::with_store();
    add_formula_records(&e);
    let xl = e.path().join("excel.csv");
    e.ok(&["export", "csv", "--kind", "record", "--excel", "-o", s(&xl)]);
    let text = std::fs::read_to_string(&xl).expect("export");
    assert!(text.starts_with('\u{feff}'), "a byte-order mark for Excel");
    // Every cell that begins like a formula begins with an apostrophe instead.
    let mut rd = csv::ReaderBuilder::new().delimiter(b';').from_reader(text.as_bytes());
    for row in rd.records() {
        for cell in row.expect("row").iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in {text}");
        }
    }
    assert!(text.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"жми\"\")\""), "{text}");
    assert!(text.contains(";''=уже с апострофом;'@SUM(A1);"), "{text}");
    assert!(text.contains(";'+7 900 000-00-00;"), "{text}");
    // Amounts with the decimal comma Russian Excel reads as numbers, not dates.
    assert!(
        text.contains(";1074,5;") && text.contains(";5,03;") && text.contains(";1500;"),
        "{text}"
    );
    // Back into an empty store: the same records, byte for byte in a plain export.
    let plain = e.path().join("plain.csv");
    e.ok(&["export", "csv", "--kind", "record", "-o", s(&plain)]);
    let other = Env::with_store();
    let out = other.ok(&["import", s(&xl), "--kind", "record"]);
    assert!(out.contains("added 3"), "{out}");
    let again = other.path().join("again.csv");
    other.ok(&["export", "csv", "--kind", "record", "-o", s(&again)]);
    assert_eq!(
        std::fs::read_to_string(&again).expect("again"),
        std::fs::read_to_string(&plain).expect("plain")
    );
    let shown = other.json(&["record", "show", "R-1"]);
    assert_eq!(shown["result"], "=HYPERLINK(\"http://evil.example\",\"жми\")", "{shown}");
    assert_eq!(other.json(&["record", "show", "R-2"])["result"], "'=уже с апострофом");
    // A plain (comma) export is for programs: values exactly as kept.
    let plain_text = std::fs::read_to_string(&plain).expect("plain");
    assert!(plain_text.contains(",-минус,") && plain_text.contains(",5.03,"), "{plain_text}");
}

#[test]
fn amounts_as_russian_excel_writes_them_are_read_in_a_semicolon_file_or_with_decimal_comma() {
    let e = Env::with_store();
    let f = e.file(
        "суммы.csv",
        "Номер субъекта;Дата мероприятия;Тип;Результат;Сумма\r\n\
         1;20.11.2026;осмотр;здоров;1 074,50\r\n\
         2;20.11.2026;осмотр;здоров;2\u{a0}074,50\r\n\
         3;20.11.2026;осмотр;здоров;1\u{202f}000\u{202f}000\r\n\
         4;20.11.2026;осмотр;здоров;99.90\r\n",
    );
    let out = e.ok(&["import", s(&f), "--kind", "record"]);
    assert!(out.contains("added 4"), "{out}");
    let amounts: Vec<String> = e
        .json(&["record", "list"])
        .as_array()
        .expect("records")
        .iter()
        .map(|r| r["amount"].as_str().unwrap_or_default().to_owned())
        .collect();
    assert_eq!(amounts, ["1074.50", "2074.50", "1000000", "99.90"]);
    // A comma file reads a comma as a column break, so the amount is quoted: refused as it is
    // (exit 5, naming the cell), read with --decimal-comma.
    let g = e.file(
        "comma.csv",
        "subject_id,event_date,type,result,amount\n5,20.11.2026,осмотр,здоров,\"1 074,50\"\n",
    );
    let r = e.fails(5, &["import", s(&g), "--kind", "record"]);
    assert!(r.stderr.contains("2:5: amount: 1 074,50"), "{}", r.stderr);
    let out = e.ok(&["import", s(&g), "--kind", "record", "--decimal-comma"]);
    assert!(out.contains("added 1"), "{out}");
    assert_eq!(e.json(&["record", "show", "R-5"])["amount"], "1074.50");
}

#[test]
fn the_reject_file_of_a_semicolon_file_runs_no_formula_either() {
    let e = Env::with_store();
    let f = e.file(
        "in.csv",
        "Номер субъекта;Дата мероприятия;Тип;Результат\r\n\
         1;32.11.2026;осмотр;=1+2\r\n\
         2;20.11.2026;осмотр;здоров\r\n",
    );
    let rej = e.path().join("rejects.csv");
    let r =
        e.run(&["import", s(&f), "--kind", "record", "--skip-invalid", "--reject-file", s(&rej)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = std::fs::read_to_string(&rej).expect("rejects");
    assert!(text.contains(";'=1+2;"), "{text}");
    // Corrected in Excel and imported again, the apostrophe is taken off once more.
    let fixed = e.file("fixed.csv", &text.replace("32.11.2026", "21.11.2026"));
    e.ok(&["import", s(&fixed), "--kind", "record", "--ignore-unknown"]);
    assert_eq!(e.json(&["record", "show", "R-2"])["result"], "=1+2");
}

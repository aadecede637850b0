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

/// Whether python3 with openpyxl (from PyPI) is there to read and write workbooks
/// independently; skipped with a line on stderr when not (under CI=true, a failure).
fn openpyxl() -> bool {
    let ok = std::process::Command::new("python3")
        .args(["-c", "import openpyxl"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "this test needs python3 with openpyxl (pip install openpyxl); CI=true never skips"
        );
        eprintln!("skipped: needs python3 with openpyxl (pip install openpyxl)");
    }
    ok
}

/// Runs a Python script with openpyxl; its stdout.
fn python(script: &str, args: &[&str]) -> String {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(script)
        .args(args)
        .output()
        .expect("python3 runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A store with one of each kind, with values that test the cells: a formula-looking result,
/// an amount, a СНИЛС and a document number with leading zeros, dates and a date-time.
fn store_of_every_kind() -> Env {
    let e = Env::with_store();
    add_formula_records(&e);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "0042",
        "--date",
        "21.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--snils",
        "112-233-445 95",
        "--amount",
        "1074.50",
    ]);
    e.add_doc("Иванова Мария", "passport", "045678", "01.02.2020", &["--series", "4512"]);
    e.add_appt("МФЦ", "замена паспорта", "05.12.2026 10:30", &["--needs", "D-1"]);
    e.add_application("Иванова Мария", &["--fee", "350.00"]);
    e
}

#[test]
fn an_xlsx_export_has_typed_cells_under_a_frozen_bold_header_and_imports_back_losslessly() {
    if !openpyxl() {
        return;
    }
    let e = store_of_every_kind();
    let book = e.path().join("всё.xlsx");
    let r = e.run(&["--lang", "ru", "export", "xlsx", "--kind", "all", "-o", s(&book)]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report = python(
        r#"
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print("sheets", wb.sheetnames)
ws = wb["Записи"]
print("frozen", ws.freeze_panes, "filter", ws.auto_filter.ref)
print("bold", all(c.font.b for c in ws[1]))
head = [c.value for c in ws[1]]
print("head", head[:4])
for row in ws.iter_rows(min_row=2):
    cells = dict(zip(head, row))
    for name in ["Номер субъекта", "Дата мероприятия", "Результат", "Сумма", "СНИЛС"]:
        c = cells[name]
        print(row[0].value, name, c.data_type, c.number_format, repr(c.value), c.quotePrefix)
print("width", ws.column_dimensions["G"].width > len("Результат"))
d = wb["Документы"]
dh = [c.value for c in d[1]]
for row in d.iter_rows(min_row=2):
    cells = dict(zip(dh, row))
    print("doc", repr(cells["Номер"].value), cells["Номер"].data_type, cells["Дата выдачи"].number_format)
a = wb["Приёмы"]
ah = [c.value for c in a[1]]
for row in a.iter_rows(min_row=2):
    cells = dict(zip(ah, row))
    print("appt", cells[ah[5]].data_type, cells[ah[5]].number_format, cells[ah[5]].value)
"#,
        &[s(&book)],
    );
    for line in [
        "sheets ['Записи', 'Документы', 'Приёмы', 'Заявления']",
        "frozen A2 filter A1:",
        "bold True",
        "head ['Идентификатор', 'Номер субъекта', 'ФИО', 'Дата мероприятия']",
        "R-1 Дата мероприятия d dd.mm.yyyy datetime.datetime(2026, 11, 20, 0, 0) False",
        "R-1 Результат s General '=HYPERLINK(\"http://evil.example\",\"жми\")' True",
        "R-1 Сумма n 0.00 1074.5 False",
        "R-2 Результат s General \"'=уже с апострофом\" True",
        "R-4 Номер субъекта s General '0042' False",
        "R-4 СНИЛС s General '11223344595' False",
        "width True",
        "doc '045678' s dd.mm.yyyy",
        "appt d dd.mm.yyyy hh:mm 2026-12-05 10:30:00",
    ] {
        assert!(report.contains(line), "{line}\n{report}");
    }
    // Each sheet back into an empty store: the same items, byte for byte in a CSV export.
    let other = Env::with_store();
    for (kind, sheet) in [
        ("record", "Записи"),
        ("doc", "Документы"),
        ("appt", "Приёмы"),
        ("application", "Заявления"),
    ] {
        let out = other.ok(&["import", s(&book), "--kind", kind]);
        assert!(out.contains("rejected 0"), "{sheet}: {out}");
        let (mine, theirs) = (e.path().join("a.csv"), other.path().join("b.csv"));
        let _ = std::fs::remove_file(&mine);
        let _ = std::fs::remove_file(&theirs);
        e.ok(&["export", "csv", "--kind", kind, "-o", s(&mine)]);
        other.ok(&["export", "csv", "--kind", kind, "-o", s(&theirs)]);
        let want = std::fs::read_to_string(&mine).expect("mine");
        let got = std::fs::read_to_string(&theirs).expect("theirs");
        // Amounts are numbers in a workbook: 1074.50 comes back as 1074.5, the same sum.
        let want = want.replace(",1074.50,", ",1074.5,").replace(",350.00,", ",350,");
        assert_eq!(got, want, "{sheet}");
    }
    // Again: every row a duplicate, nothing added.
    let out = other.ok(&["import", s(&book), "--kind", "record"]);
    assert!(out.contains("added 0, skipped as duplicates 4"), "{out}");
    // English headers and sheet names with --lang en; a workbook is not for the terminal.
    let en = e.path().join("records.xlsx");
    e.ok(&["export", "xlsx", "--kind", "record", "-o", s(&en)]);
    let names = python(
        "import sys, openpyxl\nwb = openpyxl.load_workbook(sys.argv[1])\nprint(wb.sheetnames, [c.value for c in wb.active[1]][:3])",
        &[s(&en)],
    );
    assert!(names.contains("['Records'] ['id', 'subject_id', 'subject_name']"), "{names}");
    e.fails(2, &["export", "csv", "--kind", "all"]);
    e.fails(2, &["export", "xlsx", "--kind", "all", "--type", "осмотр", "-o", s(&en)]);
}

#[test]
fn a_workbook_made_elsewhere_imports_its_date_cells_past_a_caption_and_names_a_bad_cell() {
    if !openpyxl() {
        return;
    }
    let e = Env::with_store();
    let book = e.path().join("журнал.xlsx");
    python(
        r#"
import sys, datetime, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Лист1"
ws.merge_cells("A1:F1")
ws["A1"] = "Журнал учёта мероприятий"
ws.append(["Номер субъекта", "Дата мероприятия", "Тип", "Результат", "СНИЛС", "Сумма"])
ws.append(["10", datetime.date(2026, 11, 20), "осмотр", "здоров", "112-233-445 95", 1074.5])
ws.append(["11", "21.11.2026", "осмотр", "болен", 11223344595, 5])
ws.append(["12", datetime.datetime(2026, 11, 22), "осмотр", "x", None, None])
# Text that looks like a formula, kept as text (as a typed apostrophe keeps it).
ws["D5"].value = "=1+2"
ws["D5"].data_type = "s"
wb.create_sheet("Пустой")
wb.save(sys.argv[1])
"#,
        &[s(&book)],
    );
    // The СНИЛС stored as a number: named by sheet and cell, nothing imported.
    let r = e.fails(5, &["import", s(&book), "--kind", "record"]);
    assert!(r.stderr.contains("Лист1!E4: an identifier stored as a number"), "{}", r.stderr);
    assert!(e.json(&["record", "list"]).as_array().is_some_and(Vec::is_empty));
    let r = e.run(&["import", s(&book), "--kind", "record", "--dry-run"]);
    assert_eq!(r.code, 5, "{}", r.stderr);
    // The good rows in, the bad one to a CSV reject file.
    let rej = e.path().join("rejects.csv");
    let out =
        e.ok(&["import", s(&book), "--kind", "record", "--skip-invalid", "--reject-file", s(&rej)]);
    assert!(out.contains("added 2, skipped as duplicates 0, rejected 1"), "{out}");
    let rejected = std::fs::read_to_string(&rej).expect("rejects");
    assert!(rejected.contains("11,21.11.2026,осмотр,болен,11223344595,5,"), "{rejected}");
    let list = e.json(&["record", "list"]);
    let dates: Vec<&str> =
        list.as_array().expect("list").iter().filter_map(|r| r["event_date"].as_str()).collect();
    assert_eq!(dates, ["2026-11-20", "2026-11-22"]);
    assert_eq!(e.json(&["record", "show", "R-1"])["amount"], "1074.5");
    assert_eq!(e.json(&["record", "show", "R-2"])["result"], "=1+2");
    // Idempotent: again, all duplicates.
    let out = e.ok(&["import", s(&book), "--kind", "record", "--skip-invalid"]);
    assert!(out.contains("added 0, skipped as duplicates 2"), "{out}");
    // --sheet: a sheet by name; one that is not there is exit 6 naming the sheets.
    let r = e.fails(6, &["import", s(&book), "--kind", "record", "--sheet", "Лист2"]);
    assert!(r.stderr.contains("its sheets: Лист1, Пустой"), "{}", r.stderr);
    let r = e.fails(5, &["import", s(&book), "--kind", "record", "--sheet", "Пустой"]);
    assert!(r.stderr.contains("empty"), "{}", r.stderr);
}

#[test]
fn an_opendocument_spreadsheet_is_read_as_a_workbook_too() {
    needs!("python3" from "python3");
    let e = Env::with_store();
    let ods = e.path().join("журнал.ods");
    // A minimal .ods as LibreOffice writes one: a date cell and an identifier as text.
    python(
        r#"
import sys, zipfile
cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
row = lambda *cells: '<table:table-row>' + ''.join(cells) + '</table:table-row>'
date = '<table:table-cell office:value-type="date" office:date-value="2026-11-20"><text:p>20.11.2026</text:p></table:table-cell>'
ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
content = ('<?xml version="1.0" encoding="UTF-8"?><office:document-content ' + ns + ' office:version="1.2">'
    '<office:body><office:spreadsheet><table:table table:name="Лист1">'
    + row(*(cell.format(h) for h in ["Номер субъекта", "Дата мероприятия", "Тип", "Результат"]))
    + row(cell.format("0077"), date, cell.format("осмотр"), cell.format("здоров"))
    + '</table:table></office:spreadsheet></office:body></office:document-content>')
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
    'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
with zipfile.ZipFile(sys.argv[1], "w") as z:
    z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("META-INF/manifest.xml", manifest)
    z.writestr("content.xml", content)
"#,
        &[s(&ods)],
    );
    let out = e.ok(&["import", s(&ods), "--kind", "record"]);
    assert!(out.contains("added 1"), "{out}");
    let r = e.json(&["record", "show", "R-1"]);
    assert_eq!(
        (r["subject_id"].as_str(), r["event_date"].as_str()),
        (Some("0077"), Some("2026-11-20"))
    );
}

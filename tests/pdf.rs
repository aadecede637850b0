//! PDF reports and receipts, read back with poppler's tools (`pdftotext`, `pdfinfo`,
//! `pdftoppm`) and the receipt's QR code with an independent decoder (the `rqrr` crate); signed
//! exports checked by kabinet and by the stock `minisign`. `.ci/run` installs poppler-utils and
//! minisign; without them these tests are skipped, saying so (never under `CI=true`).

use std::path::Path;
use std::process::Command;

use crate::util::{Env, keyed_conn};

fn tool(name: &str, args: &[&str]) -> std::process::Output {
    Command::new(name)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{name} is needed by this test (.ci/run installs it): {e}"))
}

pub(crate) fn text(pdf: &Path) -> String {
    text_of_page(pdf, None)
}

fn text_of_page(pdf: &Path, page: Option<usize>) -> String {
    let p = pdf.to_str().expect("utf-8 path");
    let mut args = vec!["-layout".to_owned()];
    if let Some(n) = page {
        args.extend(["-f".into(), n.to_string(), "-l".into(), n.to_string()]);
    }
    args.extend([p.to_owned(), "-".into()]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = tool("pdftotext", &args);
    assert!(out.status.success(), "pdftotext: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8 text")
}

fn pages(pdf: &Path) -> usize {
    let out = tool("pdfinfo", &[pdf.to_str().expect("path")]);
    assert!(out.status.success(), "pdfinfo: {}", String::from_utf8_lossy(&out.stderr));
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

fn page_size(pdf: &Path) -> String {
    let out = tool("pdfinfo", &[pdf.to_str().expect("path")]);
    let info = String::from_utf8_lossy(&out.stdout).into_owned();
    info.lines().find_map(|l| l.strip_prefix("Page size:")).unwrap_or_default().trim().to_owned()
}

/// Share of dark pixels on page `n` rendered in grey at 30 dpi.
fn ink(pdf: &Path, n: usize, dir: &Path) -> f64 {
    let prefix = dir.join(format!("page{n}"));
    let n = n.to_string();
    let out = tool(
        "pdftoppm",
        &[
            "-gray",
            "-r",
            "30",
            "-f",
            &n,
            "-l",
            &n,
            "-singlefile",
            pdf.to_str().expect("path"),
            prefix.to_str().expect("path"),
        ],
    );
    assert!(out.status.success(), "pdftoppm: {}", String::from_utf8_lossy(&out.stderr));
    let pgm = std::fs::read(prefix.with_extension("pgm")).expect("rendered page");
    // P5 header: magic, width, height, maxval, each followed by whitespace.
    let mut fields = 0;
    let mut i = 0;
    while fields < 4 {
        while pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        while !pgm[i].is_ascii_whitespace() {
            i += 1;
        }
        fields += 1;
    }
    let pixels = &pgm[i + 1..];
    pixels.iter().filter(|&&p| p < 128).count() as f64 / pixels.len() as f64
}

fn ru(e: &Env, args: &[&str]) -> String {
    let r = e.run_with(args, |c| {
        c.env("KABINET_LANG", "ru");
    });
    assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
    r.stdout
}

/// A journal of `n` records, imported in one go (event dates in 2026, some late).
fn journal(e: &Env, n: usize) {
    let mut csv = String::from("subject_id,subject_name,event_date,type,result,description\n");
    for i in 0..n {
        let day = 1 + i % 28;
        let month = 1 + (i / 28) % 10;
        let kind = ["осмотр", "консультация", "выезд"][i % 3];
        let result = ["здоров", "направлен"][i % 2];
        csv.push_str(&format!(
            "{},Субъект номер {i},{day:02}.{month:02}.2026,{kind},{result},запись {i}\n",
            10_000 + i
        ));
    }
    let f = e.file("journal.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
}

#[test]
fn records_report_is_russian_paged_with_repeated_header_and_statistics() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    journal(&e, 240);
    let out = e.path().join("journal.pdf");
    ru(&e, &["export", "pdf", "--kind", "record", "-o", out.to_str().expect("path")]);
    let n = pages(&out);
    assert!(n >= 10, "{n} pages");
    assert!(page_size(&out).contains("841.89 x 595.276"), "landscape A4: {}", page_size(&out));
    for k in 1..=n {
        let t = text_of_page(&out, Some(k));
        assert!(t.contains(&format!("Стр. {k} из {n}")), "footer on page {k}:\n{t}");
    }
    let first = text_of_page(&out, Some(1));
    assert!(first.contains("Журнал мероприятий"), "{first}");
    assert!(first.contains("Период: за всё время"), "{first}");
    assert!(first.contains("Сформировано 22.11.2026 12:00"), "{first}");
    assert!(first.contains("Субъект номер 0"), "{first}");
    // The table header is repeated on the next page.
    let second = text_of_page(&out, Some(2));
    assert!(second.contains("Описание") && second.contains("Результат"), "{second}");
    let all = text(&out);
    for want in [
        "Статистика",
        "Записей: 240",
        "По месяцам",
        "Январь 2026",
        "По типам",
        "консультация",
        "По результатам",
        "направлен",
        "Внесены позже трёх рабочих дней",
        "Просроченные повторные мероприятия",
        "Субъект номер 239",
    ] {
        assert!(all.contains(want), "{want:?} missing");
    }
    assert!(ink(&out, 1, e.path()) > 0.01, "page 1 is blank");
}

/// `n` records entered in time, each on one line of the table.
fn one_line_rows(e: &Env, n: usize) {
    let mut csv = String::from("subject_id,event_date,type,result\n");
    for i in 0..n {
        csv.push_str(&format!("{},{}.11.2026,осмотр,здоров\n", 50_000 + i, 19 + i % 2));
    }
    let f = e.file("rows.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
}

#[test]
fn page_count_follows_the_rows() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    let one = e.path().join("one.pdf");
    one_line_rows(&e, 1);
    e.ok(&["export", "pdf", "--kind", "record", "-o", one.to_str().expect("path")]);
    assert_eq!(pages(&one), 1);
    // About 30 one-line rows fit under the title on page 1 and 35 on each next page; 100 rows
    // take three or four pages, with the statistics after them.
    let e = Env::with_store();
    one_line_rows(&e, 100);
    let many = e.path().join("many.pdf");
    e.ok(&["export", "pdf", "--kind", "record", "-o", many.to_str().expect("path")]);
    let n = pages(&many);
    assert!((3..=4).contains(&n), "{n}");
    assert!(text_of_page(&many, Some(n)).contains(&format!("Page {n} of {n}")));
    assert!(text(&many).contains("Records: 100; entered late: 0"));
}

#[test]
fn a_months_journal_prints_densely_with_russian_amounts_and_identifiers_kept_whole() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    // 500 records as a clerk's month holds them: full names, a type and a result, a registry
    // number, an amount on some.
    let mut csv = String::from(
        "subject_id;subject_name;event_date;type;result;description;registry_no;amount;recorded_at\n",
    );
    let names = ["Кузнецова Алиса Дмитриевна", "Смирнов Артём Игоревич", "Попов Матвей Сергеевич"];
    for i in 0..500 {
        let amount = if i % 4 == 0 { format!("{}.88", 70_000 + i) } else { String::new() };
        csv.push_str(&format!(
            "{};{};{day:02}.11.2026;выплата;сумма выплачена;приём № {i};РН-{:07};{amount};{day:02}.11.2026 17:00\n",
            10_000 + i,
            names[i % 3],
            i,
            day = 1 + i % 20,
        ));
    }
    let f = e.file("month.csv", &csv);
    e.ok(&["import", f.to_str().expect("path"), "--kind", "record"]);
    let out = e.path().join("month.pdf");
    ru(&e, &["export", "pdf", "--kind", "record", "-o", out.to_str().expect("path")]);
    // Each record on one line: well over 20 a page (the journal took 42 pages before).
    let n = pages(&out);
    assert!(n <= 22, "{n} pages for 500 records");
    let t = text(&out).replace('\u{a0}', " ");
    // Amounts as Russian figures are written; identifiers never split across lines.
    assert!(t.contains("70 000,88") && t.contains("70 496,88"), "{t}");
    assert!(!t.contains("70000.88"), "{t}");
    for i in [0, 123, 499] {
        assert!(t.contains(&format!("РН-{i:07}")), "РН-{i:07} split:\n{t}");
    }
    assert!(t.contains("10000 Кузнецова Алиса Дмитриевна"), "{t}");
    // The English report writes English figures.
    let en = e.path().join("en.pdf");
    e.ok(&["--lang", "en", "export", "pdf", "--kind", "record", "-o", en.to_str().expect("p")]);
    assert!(text(&en).contains("70,000.88"));
}

#[test]
fn a_long_description_wraps_and_nothing_is_cut_off() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    let words: Vec<String> = (0..230).map(|i| format!("слово{i:03}")).collect();
    let long = words.join(" ");
    assert!(long.chars().count() >= 1_900);
    e.ok(&[
        "record",
        "add",
        "--subject-id",
        "7",
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
        "--description",
        &long,
    ]);
    let out = e.path().join("long.pdf");
    e.ok(&["export", "pdf", "--kind", "record", "-o", out.to_str().expect("path")]);
    let t = text(&out);
    for w in &words {
        assert!(t.contains(w.as_str()), "{w} was cut off");
    }
    let lines = t.lines().filter(|l| l.contains("слово")).count();
    assert!(lines >= 10, "the description spans {lines} lines");
    // Every line stays inside the page: pdftotext -layout keeps columns, so no line of the
    // description is wider than the table.
    let receipt = e.path().join("r.pdf");
    e.ok(&["export", "pdf", "--receipt", "R-1", "-o", receipt.to_str().expect("path")]);
    let t = text(&receipt);
    for w in &words {
        assert!(t.contains(w.as_str()), "{w} was cut off in the receipt");
    }
}

#[test]
fn documents_report_groups_by_status_with_days_left() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    let add = |holder: &str, expires: Option<&str>| {
        let number = format!("{}", 100_000 + holder.chars().next().map_or(0, |c| c as u32));
        let mut a = vec![
            "doc",
            "add",
            "--holder",
            holder,
            "--kind",
            "паспорт",
            "--series",
            "4512",
            "--number",
            &number,
            "--issued",
            "01.02.2020",
        ];
        if let Some(x) = expires {
            a.extend(["--expires", x]);
        }
        e.ok(&a);
    };
    add("Просроченная Анна", Some("01.11.2026"));
    add("Истекающий Борис", Some("02.12.2026"));
    add("Действующая Вера", Some("01.02.2030"));
    add("Бессрочный Глеб", None);
    let out = e.path().join("docs.pdf");
    ru(&e, &["export", "pdf", "--kind", "doc", "-o", out.to_str().expect("path")]);
    assert!(page_size(&out).contains("595.276 x 841.89"), "portrait A4");
    let t = text(&out);
    let pos = |s: &str| t.find(s).unwrap_or_else(|| panic!("{s:?} missing:\n{t}"));
    assert!(pos("Реестр документов") < pos("Просрочены (1)"));
    assert!(pos("Просрочены (1)") < pos("Просроченная Анна"));
    assert!(pos("Просроченная Анна") < pos("Истекают (1)"));
    assert!(pos("Истекают (1)") < pos("Истекающий Борис"));
    assert!(pos("Истекающий Борис") < pos("Действуют (1)"));
    assert!(pos("Действуют (1)") < pos("Действующая Вера"));
    assert!(pos("Бессрочный Глеб") > pos("Действующая Вера"));
    // Days left: −21 for the expired one, 10 for the expiring one.
    let line = |name: &str| t.lines().find(|l| l.contains(name)).unwrap_or_default().to_owned();
    assert!(line("Просроченная Анна").trim_end().ends_with("-21"), "{}", line("Просроченная"));
    assert!(line("Истекающий Борис").trim_end().ends_with("10"), "{}", line("Истекающий"));
    assert!(t.contains("Стр. 1 из 1"));
}

#[test]
fn appointments_report_lists_by_day() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    e.add_doc(
        "Иванова",
        "паспорт",
        "345678",
        "01.02.2020",
        &["--series", "4512", "--expires", "01.12.2026"],
    );
    for (at, inst) in [
        ("05.12.2026 10:00", "МФЦ Арбат"),
        ("04.12.2026 15:30", "ФНС №5"),
        ("05.12.2026 09:00", "Поликлиника №3"),
    ] {
        e.add_appt(inst, "приём", at, &["--needs", "D-1"]);
    }
    let out = e.path().join("appts.pdf");
    ru(&e, &["export", "pdf", "--kind", "appt", "-o", out.to_str().expect("path")]);
    let t = text(&out);
    let pos = |s: &str| t.find(s).unwrap_or_else(|| panic!("{s:?} missing:\n{t}"));
    assert!(pos("Записи на приём") < pos("Пятница, 04.12.2026 (1)"));
    assert!(pos("Пятница, 04.12.2026") < pos("ФНС №5"));
    assert!(pos("ФНС №5") < pos("Суббота, 05.12.2026 (2)"));
    assert!(pos("Суббота, 05.12.2026") < pos("09:00–09:30"));
    assert!(pos("09:00–09:30") < pos("10:00–10:30"));
    assert!(pos("Поликлиника №3") < pos("МФЦ Арбат"));
    // The passport expires before the appointments: said on each.
    assert!(t.contains("D-1 действителен до 01.12.2026"), "{t}");
}

#[test]
fn appointment_receipt_has_fields_documents_qr_and_key() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    e.add_doc(
        "Иванова",
        "паспорт",
        "345678",
        "01.02.2020",
        &["--series", "4512", "--expires", "01.02.2030"],
    );
    e.add_appt(
        "МФЦ «Мои документы»",
        "замена паспорта",
        "05.12.2026 10:00",
        &["--office", "окно 12", "--needs", "D-1", "--person", "Иванова М. П."],
    );
    let out = e.path().join("slip.pdf");
    ru(&e, &["export", "pdf", "--receipt", "A-1", "-o", out.to_str().expect("path")]);
    assert_eq!(pages(&out), 1);
    // Only the glyphs it uses are embedded: whole DejaVu faces made it 1.4 MB.
    let size = std::fs::metadata(&out).expect("size").len();
    assert!(size < 200_000, "a one-page receipt of {size} bytes");
    let t = text(&out);
    for want in [
        "Подтверждение записи на приём",
        "№ A-1 от 22.11.2026 12:00",
        "МФЦ «Мои документы»",
        "окно 12",
        "замена паспорта",
        "Суббота, 05.12.2026 10:00",
        "Взять с собой",
        "D-1 паспорт 45 12 345678, действителен до 01.02.2030",
        "Иванова М. П.",
        "Стр. 1 из 1",
    ] {
        assert!(t.contains(want), "{want:?} missing:\n{t}");
    }
    let key = e.ok(&["key", "public"]);
    let key_id = key.lines().next().and_then(|l| l.rsplit(' ').next()).expect("key id");
    assert!(t.contains(key_id), "key ID {key_id} missing:\n{t}");
    // The QR code, read from the rendered page by an independent decoder.
    let qr = qr_of(&out, &e.path().join("slip"));
    assert!(qr.starts_with("A-1\nМФЦ «Мои документы»\n2026-12-05T10:00"), "QR: {qr:?}");
}

/// The text of the QR code on the first page of `pdf`: the page rendered by poppler as a
/// greyscale image (`pdftoppm -gray`, a binary PGM written to `base`.pgm) and decoded by an
/// independent QR decoder.
pub(crate) fn qr_of(pdf: &Path, base: &Path) -> String {
    let args =
        ["-r", "150", "-gray", "-singlefile", pdf.to_str().expect("p"), base.to_str().expect("p")];
    assert!(tool("pdftoppm", &args).status.success());
    let pgm = std::fs::read(base.with_extension("pgm")).expect("pgm");
    // P5, width, height, maxval (255), then one byte per pixel; `#` comments are not written.
    let mut fields = Vec::new();
    let mut at = 0;
    while fields.len() < 4 {
        while pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        let start = at;
        while !pgm[at].is_ascii_whitespace() {
            at += 1;
        }
        fields.push(String::from_utf8_lossy(&pgm[start..at]).into_owned());
    }
    let pixels = &pgm[at + 1..];
    assert_eq!((fields[0].as_str(), fields[3].as_str()), ("P5", "255"), "{fields:?}");
    let (w, h): (usize, usize) = (fields[1].parse().expect("w"), fields[2].parse().expect("h"));
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
    let grids = img.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code on the page");
    let (_, content) = grids[0].decode().expect("QR decodes");
    content
}

#[test]
fn record_receipt_and_receipt_errors() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    let id = e.add_record("1001", "20.11.2026");
    let out = e.path().join("r.pdf");
    e.ok(&["export", "pdf", "--receipt", &id, "-o", out.to_str().expect("path")]);
    let t = text(&out);
    assert!(t.contains("Journal entry") && t.contains("R-1") && t.contains("1001"), "{t}");
    assert!(t.contains("Page 1 of 1"));
    let o = out.to_str().expect("path");
    e.fails(6, &["export", "pdf", "--receipt", "R-99", "-o", o]);
    e.fails(6, &["export", "pdf", "--receipt", "A-5", "-o", o]);
    e.fails(2, &["export", "pdf", "--receipt", "D-1", "-o", o]);
    e.fails(2, &["export", "csv", "--receipt", "R-1", "-o", o]);
    e.fails(2, &["export", "pdf", "--receipt", "R-1", "--from", "01.01.2026", "-o", o]);
    e.fails(2, &["export", "pdf", "--kind", "deadlines", "-o", o]);
}

#[test]
fn english_report_labels() {
    needs!("pdftotext" from "poppler-utils");
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let out = e.path().join("en.pdf");
    e.ok(&["--lang", "en", "export", "pdf", "--kind", "record", "-o", out.to_str().expect("p")]);
    let t = text(&out);
    for want in [
        "Journal of events",
        "Period: all records",
        "Statistics",
        "By month",
        "November 2026",
        "Page 1 of 1",
        "2026-11-20",
    ] {
        assert!(t.contains(want), "{want:?} missing:\n{t}");
    }
    assert!(!t.contains("Журнал"), "{t}");
}

fn minisign(args: &[&str]) -> std::process::Output {
    tool("minisign", args)
}

#[test]
fn signed_exports_verify_with_kabinet_and_minisign_and_a_flipped_byte_fails() {
    needs!("minisign" from "minisign");
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    e.add_appt("МФЦ", "паспорт", "05.12.2026 10:00", &[]);
    let key = e.path().join("kabinet.pub");
    std::fs::write(&key, e.ok(&["key", "public"])).expect("key file");
    let k = key.to_str().expect("path");
    for (format, kind, name) in [
        ("pdf", "record", "j.pdf"),
        ("csv", "record", "j.csv"),
        ("json", "record", "j.json"),
        ("ics", "appt", "a.ics"),
    ] {
        let f = e.path().join(name);
        let p = f.to_str().expect("path");
        let said = e.ok(&["export", format, "--kind", kind, "-o", p, "--sign"]);
        assert!(said.contains(&format!("{p}.sig")), "{said}");
        let sig = format!("{p}.sig");
        assert!(Path::new(&sig).exists());
        let good = e.ok(&["verify-file", p]);
        assert!(good.contains("signature good") && good.contains(name), "{good}");
        // The stock tool agrees.
        let m = minisign(&["-Vm", p, "-x", &sig, "-p", k]);
        assert!(m.status.success(), "minisign: {}", String::from_utf8_lossy(&m.stderr));
        // One flipped byte: both refuse.
        let mut bytes = std::fs::read(&f).expect("read");
        let mid = bytes.len() / 2;
        bytes[mid] ^= 0x01;
        std::fs::write(&f, &bytes).expect("write");
        let bad = e.fails(4, &["verify-file", p]);
        assert!(bad.stderr.contains("BAD SIGNATURE"), "{}", bad.stderr);
        assert!(!minisign(&["-Vm", p, "-x", &sig, "-p", k]).status.success());
    }
}

#[test]
fn verify_file_with_a_public_key_needs_no_store_and_names_failures() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let key = e.ok(&["key", "public"]);
    let f = e.path().join("j.csv");
    let p = f.to_str().expect("path");
    e.ok(&["export", "csv", "--kind", "record", "-o", p, "--sign"]);
    let no_store = |args: &[&str]| {
        e.run_with(args, |c| {
            c.env_remove("KABINET_PASSPHRASE").env("KABINET_STORE", "/nonexistent/k.db");
        })
    };
    let line = key.lines().nth(1).expect("key line");
    let r = no_store(&["verify-file", p, "--key", line]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("signed 2026-11-22 12:00"), "{}", r.stdout);
    // Another store's key: exit 4, naming both key IDs.
    let other = Env::with_store();
    let other_key = other.ok(&["key", "public"]);
    let r = no_store(&["verify-file", p, "--key", other_key.lines().nth(1).expect("line")]);
    assert_eq!(r.code, 4);
    assert!(r.stderr.contains("another key"), "{}", r.stderr);
    // A tampered trusted comment.
    let sig = std::fs::read_to_string(format!("{p}.sig")).expect("sig");
    std::fs::write(format!("{p}.sig"), sig.replace("file:j.csv", "file:x.csv")).expect("w");
    let r = no_store(&["verify-file", p, "--key", line]);
    assert_eq!(r.code, 4);
    assert!(r.stderr.contains("trusted comment"), "{}", r.stderr);
    // Garbage and a missing signature.
    std::fs::write(format!("{p}.sig"), "hello").expect("w");
    assert_eq!(no_store(&["verify-file", p, "--key", line]).code, 4);
    std::fs::remove_file(format!("{p}.sig")).expect("rm");
    assert_eq!(no_store(&["verify-file", p, "--key", line]).code, 6);
    e.fails(2, &["export", "csv", "--kind", "record", "--sign"]);
}

#[test]
fn an_older_store_gets_a_key_pair_by_migration() {
    let e = Env::with_store();
    local_only!(e);
    {
        let c = keyed_conn(&e);
        c.execute_batch(crate::util::BEFORE_V5).expect("before 5");
        e.forget_heads();
        c.execute_batch("DELETE FROM meta WHERE key LIKE 'signing_key%'; PRAGMA user_version = 3;")
            .expect("downgrade");
    }
    let key = e.ok(&["key", "public"]);
    assert!(key.starts_with("untrusted comment: minisign public key "), "{key}");
    assert_eq!(e.ok(&["key", "public"]), key, "made once");
    let c = keyed_conn(&e);
    let v: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert!(v >= 4);
}

#[test]
fn a_report_larger_than_the_free_memory_stops_early_saying_how_to_narrow_it() {
    let e = Env::with_store();
    one_line_rows(&e, 200);
    let pdf = e.path().join("big.pdf");
    // 1 MB allows about 68 rows of 15 KB: the report stops there instead of growing until the
    // system kills kabinet (or something else) for the memory.
    let r =
        e.run_with(&["export", "pdf", "--kind", "record", "-o", pdf.to_str().expect("p")], |c| {
            c.env("KABINET_PDF_MEMORY_MB", "1");
        });
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("the PDF report stopped at 69 rows"), "{}", r.stderr);
    assert!(r.stderr.contains("--from/--to") && r.stderr.contains("export csv"), "{}", r.stderr);
    assert!(!pdf.exists());
    let leftovers = crate::util::leftovers(e.path());
    assert!(leftovers.is_empty(), "{leftovers:?}");
    // Within the budget, or narrowed, it is written as usual.
    let r = e.run_with(
        &[
            "export",
            "pdf",
            "--kind",
            "record",
            "--to",
            "19.11.2026",
            "-o",
            pdf.to_str().expect("p"),
        ],
        |c| {
            c.env("KABINET_PDF_MEMORY_MB", "2");
        },
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(pdf.exists());
}

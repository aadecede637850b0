//! The main commands in both interface languages: each message comes out in the language
//! chosen, and neither language leaks the other's words.

use crate::util::Env;

/// Runs the tour in one language; returns everything it printed, stdout and stderr.
fn tour(lang: &str) -> String {
    let e = Env::new();
    let mut text = String::new();
    let mut run = |args: &[&str]| {
        let mut a = vec!["--lang", lang];
        a.extend_from_slice(args);
        let r = e.run(&a);
        text.push_str(&r.stdout);
        text.push_str(&r.stderr);
    };
    run(&["init"]);
    run(&[
        "record",
        "add",
        "--subject-id",
        "1",
        "--date",
        "20.11.2026",
        "--type",
        "осмотр",
        "--result",
        "здоров",
    ]);
    run(&["record", "list"]);
    run(&["record", "show", "R-9"]);
    run(&["doc", "list"]);
    run(&["deadlines"]);
    let f = e.file("x.csv", "subject_id,event_date,type,result\n2,20.11.2026,a,b\n");
    run(&["import", f.to_str().expect("path"), "--kind", "record"]);
    run(&[
        "export",
        "csv",
        "--kind",
        "record",
        "-o",
        e.path().join("y.csv").to_str().expect("path"),
    ]);
    run(&["config", "show"]);
    run(&["validate", "snils", "112-233-445 96"]);
    run(&["calendar", "2026"]);
    run(&["record", "add", "--subject-id", "3"]);
    text
}

#[test]
fn each_message_is_in_the_chosen_language() {
    // (English, Russian) of what the tour prints.
    let pairs = [
        ("Created an encrypted store", "Создано зашифрованное хранилище"),
        ("Event date", "Дата мероприятия"),
        ("no record R-9", "R-9 не найден"),
        ("Nothing found.", "Ничего не найдено."),
        ("Nothing due within 14d", "сроков нет"),
        (
            "added 1, skipped as duplicates 0, rejected 0",
            "добавлено: 1, пропущено дубликатов: 0, отклонено: 0",
        ),
        ("exported 2 to", "выгружено 2 в"),
        ("setting", "настройка"),
        ("check number should be 95", "контрольное число должно быть 95"),
        ("Working days: 247", "Рабочих дней: 247"),
        ("1 of 1 values are invalid", "неверных значений: 1 из 1"),
    ];
    let en = tour("en");
    let ru = tour("ru");
    for (e, r) in pairs {
        assert!(en.contains(e), "English lacks {e:?}:\n{en}");
        assert!(ru.contains(r), "Russian lacks {r:?}:\n{ru}");
        assert!(!ru.contains(e), "English {e:?} in the Russian run:\n{ru}");
        assert!(!en.contains(r), "Russian {r:?} in the English run:\n{en}");
    }
    // The missing-field error names the flags in both, and speaks the language.
    assert!(en.contains("--event-date") || en.contains("--date"), "{en}");
    assert!(ru.contains("--event-date") || ru.contains("--date"), "{ru}");
}

#[test]
fn every_line_a_clerk_reads_in_russian_is_russian_with_russian_dates_and_durations() {
    let e = Env::with_store();
    let ru = |args: &[&str]| {
        let mut a = vec!["--lang", "ru"];
        a.extend_from_slice(args);
        e.run(&a)
    };
    e.ok(&["obligation", "add", "Налог", "--due", "20.11.2026"]);
    e.ok(&["obligation", "add", "Отчёт", "--due", "25.11.2026"]);
    // The monitoring line: the window and the days in words, the dates as ДД.ММ.ГГГГ.
    let r = ru(&["deadlines", "--check"]);
    let mut lines = r.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("KABINET CRITICAL - просрочено: 1, сроков в течение 14 дней: 1 | overdue=1 due=1")
    );
    assert_eq!(lines.next(), Some("O-1 20.11.2026 (просрочено на 2 дня): Налог"));
    assert_eq!(lines.next(), Some("O-2 25.11.2026 (через 3 дня): Отчёт"));
    let r = ru(&["deadlines", "--check", "--within", "1d"]);
    assert!(r.stdout.contains("сроков в течение 1 дня: 0"), "{}", r.stdout);
    let r = ru(&["deadlines", "--within", "3wd", "--kind", "doc"]);
    assert_eq!(r.stdout.trim(), "В течение 3 рабочих дней сроков нет, просроченного нет.");
    // The demo's banner, validate's labels.
    let r = ru(&["validate", "snils", "11223344595"]);
    assert_eq!(r.stdout, "СНИЛС: 11223344595: верно (112-233-445 95)\n");
    let r = ru(&["deadlines", "--within", "zz"]);
    assert!(r.stderr.contains("ожидается 14d (14д), 2w или 3wd (3рд)"), "{}", r.stderr);
    // A header without a required column names the other names it may have, not a file.
    let csv = e.file("h.csv", "event_date;type;result\n20.11.2026;t;r\n");
    let r = ru(&["import", csv.to_str().expect("path"), "--kind", "record"]);
    assert!(r.stderr.contains("нет столбца для обязательного поля subject_id"), "{}", r.stderr);
    assert!(r.stderr.contains("«Номер субъекта»") && !r.stderr.contains("README"), "{}", r.stderr);
    // A command line that does not parse.
    let r = ru(&["record", "lst"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.starts_with("kabinet: ошибка в командной строке: неизвестная команда «lst»"));
    assert!(r.stderr.contains("возможно, имелось в виду «list»"), "{}", r.stderr);
    let r = ru(&["deadlines", "--check", "--bogus"]);
    assert_eq!(r.code, 3);
    assert!(r.stdout.starts_with("KABINET UNKNOWN - ошибка в командной строке"), "{}", r.stdout);
    // The disk refusing an export: the file named as given, the cause in Russian.
    let out = e.path().join("out.csv");
    let r = e.run_with(&[], |c| {
        let bin = c.get_program().to_owned();
        *c = std::process::Command::new("sh");
        c.arg("-c")
            .arg("trap '' XFSZ; ulimit -f 0; exec \"$0\" --lang ru export csv --kind record -o \"$1\"")
            .arg(bin)
            .arg(&out)
            .env("KABINET_STORE", &e.store)
            .env("KABINET_PASSPHRASE", crate::util::PASS)
            .stdin(std::process::Stdio::null());
    });
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("не удаётся записать"), "{}", r.stderr);
    assert!(r.stderr.contains("out.csv: файл превысил бы допустимый размер"), "{}", r.stderr);
    assert!(
        !r.stderr.contains("os error") && !r.stderr.contains(".kabinet-export"),
        "{}",
        r.stderr
    );
    // No English word in any of these.
    let demo = ru(&["demo"]);
    assert!(demo.stdout.contains("(сегодня 22.11.2026)"), "{}", demo.stdout);
}

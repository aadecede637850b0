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

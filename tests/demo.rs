//! `kabinet demo`: runs with no set-up, no input, and leaves nothing behind.

use crate::util::Env;

#[test]
fn demo_tours_a_sample_store_and_cleans_up() {
    let e = Env::new();
    let r = e.run_with(&["demo"], |c| {
        c.env_remove("KABINET_PASSPHRASE").env_remove("KABINET_STORE");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    for want in [
        "$ kabinet record add",
        "R-31",
        "$ kabinet doc list",
        "$ kabinet doc show D-2",
        "expiring",
        "expired",
        "$ kabinet appt show A-1",
        "before the appointment",
        "is locked",
        "(exit code 7)",
        "Смирнов Артём Игоревич",
        "$ kabinet application status Z-1 processing",
        "accepted → processing",
        "decision due: МФЦ района Тверской",
        "Z-2 issued D-11.",
    ] {
        assert!(r.stdout.contains(want), "demo output lacks {want:?}:\n{}", r.stdout);
    }
    let left: Vec<_> =
        std::fs::read_dir(e.path()).expect("ls").flatten().map(|x| x.file_name()).collect();
    assert!(left.is_empty(), "demo left {left:?}");
    let ru = e.run_with(&["--lang", "ru", "demo"], |_| {});
    assert!(ru.stdout.contains("Демонстрация") && ru.stdout.contains("истекает"), "{}", ru.stdout);
}

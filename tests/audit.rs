//! The audit trail, `verify`, history and revert, attachments, backup and restore. Tampering is
//! done as another SQLCipher client would do it: a connection of its own keyed with the raw
//! key, without kabinet's seal function and triggers (Debian 12's `sqlcipher` shell is 3.4 and
//! cannot read SQLCipher 4 files, so the tests use the SQLCipher 4 library directly).

use std::path::Path;

use crate::util::{Env, appt_args, doc_args, ids, keyed_conn};

fn log(e: &Env) -> Vec<serde_json::Value> {
    let v = e.json(&["log"]);
    v.as_array().cloned().unwrap_or_default()
}

fn actions(e: &Env) -> Vec<(String, String)> {
    log(e)
        .iter()
        .map(|x| {
            (
                x["action"].as_str().unwrap_or_default().to_owned(),
                x["item"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

#[test]
fn every_change_is_logged_with_who_command_and_values() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1001", "20.11.2026");
    e.ok(&["record", "edit", "R-1", "--result", "болен"]);
    e.ok(&["record", "amend", "R-1", "--result", "здоров после лечения"]);
    e.add_doc("Иванова", "паспорт", "345678", "01.02.2020", &["--series", "4512"]);
    e.ok(&["doc", "archive", "D-1"]);
    e.add_appt("МФЦ", "паспорт", "05.12.2026 10:00", &[]);
    e.ok(&["appt", "cancel", "A-1"]);
    e.ok(&["obligation", "add", "Отчёт", "--due", "05.12.2026"]);
    e.ok(&["obligation", "done", "O-1"]);
    let csv = e.file("in.csv", "subject_id,event_date,type,result\n7,19.11.2026,осмотр,здоров\n8,19.11.2026,осмотр,здоров\n");
    e.ok(&["import", csv.to_str().expect("p"), "--kind", "record"]);
    e.ok(&["record", "delete", "R-4", "--yes"]);
    let new = e.file("new.txt", "another passphrase entirely");
    e.ok(&["passwd", "--new-passphrase-file", new.to_str().expect("p")]);
    let run = |args: &[&str]| {
        e.run_with(args, |c| {
            c.env("KABINET_PASSPHRASE", "another passphrase entirely").env("USER", "clerk");
        })
    };
    let r = run(&["log", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&r.stdout).expect("json");
    let got: Vec<(String, String)> = entries
        .iter()
        .map(|x| {
            (x["action"].as_str().unwrap_or("").into(), x["item"].as_str().unwrap_or("").into())
        })
        .collect();
    // The log begins, then signing begins (the first admin's key), then every change.
    let want: Vec<(&str, &str)> = vec![
        ("begin", ""),
        ("users", ""),
        ("add", "R-1"),
        ("edit", "R-1"),
        ("add", "R-2"),
        ("amend", "R-1"),
        ("add", "D-1"),
        ("archive", "D-1"),
        ("add", "A-1"),
        ("cancel", "A-1"),
        ("add", "O-1"),
        ("done", "O-1"),
        ("import", ""),
        ("delete", "R-4"),
        ("passwd", ""),
    ];
    let got_ref: Vec<(&str, &str)> = got.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    assert_eq!(got_ref, want);
    let edit = &entries[3];
    assert_eq!(edit["before"]["result"], "здоров");
    assert_eq!(edit["after"]["result"], "болен");
    assert_eq!(edit["command"], "record edit");
    assert_eq!(edit["at"], "2026-11-22T12:00:00");
    assert!(edit["who"].as_str().is_some_and(|w| w.contains('@')), "{}", edit["who"]);
    assert_eq!(entries[13]["before"]["subject_id"], "8");
    assert!(entries[13]["after"].is_null());
    assert_eq!(entries[12]["after"]["added"], 2);
    assert_eq!(entries[12]["after"]["ids"], serde_json::json!([[3, 4]]));
    // The table form, in Russian, filtered by item and day.
    let r = e.run_with(&["log", "--item", "R-1", "--since", "22.11.2026"], |c| {
        c.env("KABINET_PASSPHRASE", "another passphrase entirely").env("KABINET_LANG", "ru");
    });
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Результат: здоров → болен"), "{}", r.stdout);
    assert!(!r.stdout.contains("D-1"), "{}", r.stdout);
    let r = run(&["verify"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
}

#[test]
fn the_logged_command_is_the_one_clap_matched_whatever_comes_before_it() {
    let e = Env::with_store();
    let holidays = e.file("h.txt", "2026-11-23 off regional holiday\n");
    let h = holidays.to_str().expect("path");
    let mut args = vec!["--holidays", h, "--lang", "ru", "-q"];
    args.extend(crate::util::add_record_args("1", "20.11.2026"));
    e.ok(&args);
    e.ok(&[
        "--store",
        e.store.to_str().expect("path"),
        "doc",
        "add",
        "--holder",
        "И",
        "--kind",
        "other",
        "--issued",
        "01.01.2020",
    ]);
    let l = log(&e);
    let commands: Vec<&str> = l.iter().filter_map(|x| x["command"].as_str()).collect();
    assert_eq!(commands[commands.len() - 2..], ["record add", "doc add"], "{commands:?}");
}

#[test]
fn verify_reports_ok_in_one_line() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let out = e.ok(&["verify"]);
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.starts_with("store OK: 1 records"), "{out}");
    let v = e.json(&["verify"]);
    assert_eq!(v["ok"], true);
    assert_eq!(v["counts"]["records"], 1);
}

#[test]
fn a_row_changed_outside_kabinet_is_named() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    keyed_conn(&e)
        .execute("UPDATE records SET result = 'подделка' WHERE id = 2", [])
        .expect("tamper");
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("R-2: changed outside kabinet"), "{}", r.stderr);
    assert!(!r.stderr.contains("R-1"), "{}", r.stderr);
    let v: serde_json::Value =
        serde_json::from_str(&e.run(&["verify", "--format", "json"]).stdout).expect("json");
    assert_eq!(v["ok"], false);
}

#[test]
fn version_7_records_get_digest_keys_and_new_seals_but_one_changed_before_is_named() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    e.ok(&["verify"]);
    // The store as format version 7 left it: each record sealed with its ID first ...
    let c = keyed_conn(&e);
    crate::util::register_seal(&c);
    let current = kabinet::store::RECORD_COLUMNS;
    let first = format!("id, {}", current.strip_suffix(", id").expect("ID last"));
    // ... with its natural key as text, not yet a digest ...
    let rows: Vec<(i64, [String; 4])> = c
        .prepare("SELECT id, subject_id, event_date, type, result FROM records")
        .expect("prepare")
        .query_map([], |r| Ok((r.get(0)?, [r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?])))
        .expect("query")
        .collect::<Result<_, _>>()
        .expect("rows");
    for (id, parts) in &rows {
        let parts: Vec<&str> = parts.iter().map(String::as_str).collect();
        let text = kabinet::domain::key_text(&parts);
        assert!(text.ends_with("\u{1f}2026-11-20\u{1f}осмотр\u{1f}здоров"), "{text:?}");
        c.execute("UPDATE records SET nkey = ?2 WHERE id = ?1", rusqlite::params![id, text])
            .expect("key text");
    }
    c.execute_batch(&format!(
        "UPDATE records SET mac = kabinet_mac('records', {first}); PRAGMA user_version = 7;"
    ))
    .expect("downgrade");
    // ... and, before the upgrade, R-2 changed by another client.
    c.execute("UPDATE records SET result = 'подделка' WHERE id = 2", []).expect("tamper");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("upgrading the store from format 7 to 15, once"), "{}", r.stderr);
    assert!(r.stderr.contains("R-2: changed outside kabinet"), "{}", r.stderr);
    assert!(!r.stderr.contains("R-1"), "R-1 is sealed again: {}", r.stderr);
    let r = e.fails(4, &["verify"]);
    assert!(!r.stderr.contains("upgrading"), "said once: {}", r.stderr);
    let c = keyed_conn(&e);
    let version: i64 = c.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("version");
    assert_eq!(version, 15);
    let key: String =
        c.query_row("SELECT nkey FROM records WHERE id = 1", [], |r| r.get(0)).expect("key");
    assert_eq!(key, kabinet::domain::natural_key(&["1", "2026-11-20", "осмотр", "здоров"]));
    drop(c);
    // Its digest is what duplicates are found by: the same record again is one.
    let r = e.run(&crate::util::add_record_args("1", "20.11.2026"));
    assert_ne!(r.code, 0, "{}", r.stdout);
    assert!(r.stderr.contains("R-1"), "{}", r.stderr);
}

#[test]
fn log_entries_removed_or_altered_and_rows_added_or_removed_are_detected() {
    let e = Env::with_store();
    local_only!(e);
    for s in ["1", "2", "3"] {
        e.add_record(s, "20.11.2026");
    }
    e.ok(&["record", "edit", "R-1", "--result", "болен"]);
    // A middle log entry removed.
    keyed_conn(&e).execute("DELETE FROM audit WHERE seq = 3", []).expect("delete");
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("audit trail: entry 3 removed"), "{}", r.stderr);
    assert!(r.stderr.contains("entry 4 altered"), "{}", r.stderr);

    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    // The last entry removed: only the sealed head tells.
    keyed_conn(&e)
        .execute("DELETE FROM audit WHERE seq = (SELECT max(seq) FROM audit)", [])
        .expect("delete");
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("last entries were removed"), "{}", r.stderr);

    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    // An entry's text altered.
    keyed_conn(&e)
        .execute("UPDATE audit SET who = 'someone@else' WHERE seq = 2", [])
        .expect("alter");
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("entry 2 altered"), "{}", r.stderr);

    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    let c = keyed_conn(&e);
    c.execute("DELETE FROM records WHERE id = 1", []).expect("delete row");
    c.execute(
        "INSERT INTO records (uuid, nkey, subject_id, event_date, type, result, recorded_at) \
         VALUES ('x', 'k', '9', '2026-11-20', 'осмотр', 'здоров', '2026-11-22T12:00:00')",
        [],
    )
    .expect("insert row");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("R-1: removed outside kabinet"), "{}", r.stderr);
    assert!(r.stderr.contains("R-3: not in the audit trail"), "{}", r.stderr);
    assert!(r.stderr.contains("R-3: changed outside kabinet"), "{}", r.stderr);
}

#[test]
fn bit_flips_and_truncation_are_exit_4() {
    let e = Env::with_store();
    local_only!(e);
    for i in 0..30 {
        e.add_record(&i.to_string(), "20.11.2026");
    }
    let original = std::fs::read(&e.store).expect("read");
    let pages = original.len() / 4096;
    for (what, bytes) in [
        ("middle page", {
            let mut b = original.clone();
            b[(pages / 2) * 4096 + 100] ^= 0x40;
            b
        }),
        ("last page", {
            let mut b = original.clone();
            let n = b.len() - 50;
            b[n] ^= 0x01;
            b
        }),
        ("truncated at a page", original[..(pages - 1) * 4096].to_vec()),
        ("truncated mid-page", original[..original.len() - 1000].to_vec()),
    ] {
        std::fs::write(&e.store, &bytes).expect("write");
        let r = e.run(&["verify"]);
        assert_eq!(r.code, 4, "{what}: {} {}", r.stdout, r.stderr);
        assert!(!r.stderr.contains("panicked"), "{what}: {}", r.stderr);
    }
    std::fs::write(&e.store, &original).expect("restore");
    e.forget_heads();
    e.ok(&["verify"]);
}

#[test]
fn history_and_revert() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    e.ok(&["record", "edit", "R-1", "--result", "болен"]);
    e.ok(&["record", "edit", "R-1", "--description", "повторный приём"]);
    let h = e.json(&["history", "R-1"]);
    let versions = h.as_array().expect("array");
    assert_eq!(versions.len(), 3);
    assert_eq!(versions[0]["values"]["result"], "здоров");
    assert_eq!(versions[1]["changes"]["result"], serde_json::json!(["здоров", "болен"]));
    assert_eq!(versions[2]["changes"]["description"], serde_json::json!(["—", "повторный приём"]));
    let table = e.ok(&["history", "R-1"]);
    assert!(table.contains("Result: здоров → болен"), "{table}");
    // Back to version 1: logged as a new version.
    let said = e.ok(&["revert", "R-1", "--to", "1"]);
    assert!(said.contains("version 1 restored"), "{said}");
    let shown = e.json(&["record", "show", "R-1"]);
    assert_eq!(shown["result"], "здоров");
    assert!(shown["description"].is_null() || shown["description"] == "", "{shown}");
    let h = e.json(&["history", "R-1"]);
    assert_eq!(h.as_array().map(Vec::len), Some(4));
    assert_eq!(h[3]["action"], "revert");
    e.fails(2, &["revert", "R-1", "--to", "1"]);
    e.fails(5, &["revert", "R-1", "--to", "9"]);
    e.fails(6, &["history", "R-99"]);
    // After the 24-hour window the record is locked: revert is refused like edit.
    let r = e.run_at("2026-11-24T12:00:00", &["revert", "R-1", "--to", "2"]);
    assert_eq!(r.code, 7, "{}", r.stderr);
    e.ok(&["verify"]);
}

#[test]
fn imported_items_have_their_import_as_first_version() {
    let e = Env::with_store();
    let csv = e.file("in.csv", "subject_id,event_date,type,result\n7,19.11.2026,осмотр,здоров\n");
    e.ok(&["import", csv.to_str().expect("p"), "--kind", "record"]);
    e.ok(&["record", "edit", "R-1", "--result", "болен"]);
    let h = e.json(&["history", "R-1"]);
    assert_eq!(h[0]["action"], "import");
    assert_eq!(h[0]["values"]["result"], "здоров");
    assert_eq!(h[1]["changes"]["result"], serde_json::json!(["здоров", "болен"]));
    e.ok(&["revert", "R-1", "--to", "1"]);
    assert_eq!(e.json(&["record", "show", "R-1"])["result"], "здоров");
}

fn docx_bytes() -> Vec<u8> {
    // A ZIP local file header whose first entry is word/document.xml.
    let name = b"word/document.xml";
    let body = b"<w:document/>";
    let mut b = b"PK\x03\x04".to_vec();
    b.extend_from_slice(&[20, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    b.extend_from_slice(&[0, 0, 0, 0]);
    b.extend_from_slice(&(body.len() as u32).to_le_bytes());
    b.extend_from_slice(&(body.len() as u32).to_le_bytes());
    b.extend_from_slice(&(name.len() as u16).to_le_bytes());
    b.extend_from_slice(&[0, 0]);
    b.extend_from_slice(name);
    b.extend_from_slice(body);
    b
}

#[test]
fn attachments_round_trip_byte_for_byte_and_are_deduplicated() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    let mut pdf = b"%PDF-1.7\n".to_vec();
    pdf.extend((0..200_000u32).map(|i| (i * 7 % 251) as u8));
    let png = [&b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"[..], &[0u8; 64][..]].concat();
    let jpg = [&[0xFFu8, 0xD8, 0xFF, 0xE0][..], &[1u8; 64][..]].concat();
    let files = [
        ("скан паспорта.pdf", pdf.clone()),
        ("фото.png", png),
        ("справка.jpg", jpg),
        ("договор.docx", docx_bytes()),
    ];
    for (name, bytes) in &files {
        let p = e.path().join(name);
        std::fs::write(&p, bytes).expect("write");
        e.ok(&["attach", "R-1", p.to_str().expect("p")]);
    }
    let list = e.json(&["attachments", "R-1"]);
    let types: Vec<&str> =
        list.as_array().expect("a").iter().filter_map(|x| x["type"].as_str()).collect();
    assert_eq!(types, ["PDF", "PNG", "JPG", "DOCX"]);
    for (i, (_, bytes)) in files.iter().enumerate() {
        let out = e.path().join(format!("out{i}"));
        e.ok(&["extract", "R-1", &(i + 1).to_string(), "-o", out.to_str().expect("p")]);
        assert_eq!(&std::fs::read(&out).expect("read"), bytes, "attachment {}", i + 1);
    }
    // The same scan on another item is stored once.
    let p = e.path().join("скан паспорта.pdf");
    e.ok(&["attach", "R-2", p.to_str().expect("p")]);
    let blobs: i64 =
        keyed_conn(&e).query_row("SELECT count(*) FROM blobs", [], |r| r.get(0)).expect("count");
    assert_eq!(blobs, 4);
    // Twice on the same item: refused.
    e.fails(7, &["attach", "R-1", p.to_str().expect("p")]);
    // Removal is logged; the content stays while R-2 still has it.
    e.ok(&["detach", "R-1", "1"]);
    let acts = actions(&e);
    assert!(acts.contains(&("detach".into(), "R-1".into())), "{acts:?}");
    let out = e.path().join("again.pdf");
    e.ok(&["extract", "R-2", "1", "-o", out.to_str().expect("p")]);
    assert_eq!(std::fs::read(&out).expect("read"), pdf);
    e.fails(6, &["extract", "R-1", "9", "-o", out.to_str().expect("p")]);
    e.fails(6, &["attach", "R-77", p.to_str().expect("p")]);
    e.ok(&["verify"]);
}

#[test]
fn attachments_over_5_mb_or_of_another_type_are_refused() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let big = e.path().join("big.pdf");
    let mut bytes = b"%PDF-1.7\n".to_vec();
    bytes.resize(6 * 1024 * 1024, b'x');
    std::fs::write(&big, &bytes).expect("write");
    let r = e.fails(5, &["attach", "R-1", big.to_str().expect("p")]);
    assert!(r.stderr.contains("too big") && r.stderr.contains("5.0 MB"), "{}", r.stderr);
    let fake = e.file("scan.pdf", "this is plain text, not a PDF");
    let r = e.fails(5, &["attach", "R-1", fake.to_str().expect("p")]);
    assert!(r.stderr.contains("PDF, DOCX, JPG or PNG"), "{}", r.stderr);
    let exe = e.path().join("photo.jpg");
    std::fs::write(&exe, b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0>\0").expect("write");
    e.fails(5, &["attach", "R-1", exe.to_str().expect("p")]);
    assert_eq!(e.json(&["attachments", "R-1"]).as_array().map(Vec::len), Some(0));
}

fn restore_copy(e: &Env, backup: &Path) -> Env {
    let other = Env::new();
    let r = other.run(&["restore", backup.to_str().expect("p")]);
    assert_eq!(r.code, 0, "restore: {}", r.stderr);
    let _ = e;
    other
}

#[test]
fn backup_and_restore_keep_a_bak_verify_first_and_are_logged() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let bk = e.path().join("copy.db");
    let said = e.ok(&["backup", bk.to_str().expect("p")]);
    assert!(said.contains("backup written"), "{said}");
    e.fails(7, &["backup", bk.to_str().expect("p")]);
    e.add_record("2", "20.11.2026");
    let said = e.ok(&["restore", bk.to_str().expect("p")]);
    assert!(said.contains(".bak"), "{said}");
    let ids: Vec<String> = crate::util::ids(&e.json(&["record", "list"]));
    assert_eq!(ids, ["R-1"]);
    let bak: Vec<_> = std::fs::read_dir(e.store.parent().expect("dir"))
        .expect("dir")
        .flatten()
        .filter(|f| f.file_name().to_string_lossy().ends_with(".bak"))
        .collect();
    assert_eq!(bak.len(), 1);
    // The .bak is the store as it was: R-2 included.
    let old =
        Env { dir: tempfile::tempdir().expect("t"), store: bak[0].path(), now: e.now.clone() };
    assert_eq!(crate::util::ids(&old.json(&["record", "list"])), ["R-1", "R-2"]);
    assert_eq!(actions(&e).last().map(|a| a.0.clone()), Some("restore".into()));
    e.ok(&["verify"]);
    // A tampered backup is refused before anything changes.
    let c = rusqlite::Connection::open(&bk).expect("open");
    let pass = kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(crate::util::PASS.into()));
    let key = kabinet::store::keying_sql(&bk, &kabinet::store::Who::new(None), &pass).expect("key");
    c.execute_batch(&key).expect("key");
    c.execute("UPDATE records SET result = 'x'", []).expect("tamper");
    drop(c);
    let before = std::fs::read(&e.store).expect("read");
    let r = e.fails(4, &["restore", bk.to_str().expect("p")]);
    assert!(r.stderr.contains("R-1: changed outside kabinet"), "{}", r.stderr);
    assert_eq!(std::fs::read(&e.store).expect("read"), before, "store unchanged");
    // Wrong passphrase for the backup: exit 3; no such file: exit 6.
    let r = e.run_with(&["restore", bk.to_str().expect("p")], |c| {
        c.env("KABINET_PASSPHRASE", "not the passphrase");
    });
    assert_eq!(r.code, 3, "{}", r.stderr);
    e.fails(6, &["restore", "/nonexistent/copy.db"]);
}

#[test]
fn a_backup_taken_during_1000_concurrent_adds_restores_to_a_consistent_store() {
    let e = Env::with_store();
    local_only!(e);
    let store = e.store.clone();
    // The writer: one process's worth of adds through the library, each its own transaction
    // with its audit entry, as `record add` makes them.
    // It says when it is a third of the way, and waits for the first backup to be taken then,
    // so that at least one copy is certainly of a store half written; the other copies are
    // taken while it goes on.
    let (third, go_on) = (std::sync::mpsc::channel(), std::sync::mpsc::channel());
    let (said, wait) = (third.0, go_on.1);
    let writer = std::thread::spawn(move || {
        let pass =
            kabinet::crypto::Passphrase::new(zeroize::Zeroizing::new(crate::util::PASS.into()));
        let mut s = kabinet::store::Store::open(&store, &pass).expect("open");
        let (env, actor) = crate::util::library_clerk("test@host");
        for i in 0..1000 {
            if i == 333 {
                said.send(()).expect("tell");
                wait.recv().expect("go on");
            }
            let d = crate::util::record_draft(&format!("{}", 10_000 + i));
            kabinet::app::records::add(&mut s, &env, &actor, &d, false).expect("add");
        }
    });
    third.1.recv().expect("a third");
    let mut copies = Vec::new();
    for i in 0..3 {
        let bk = e.path().join(format!("during{i}.db"));
        e.ok(&["backup", bk.to_str().expect("p")]);
        copies.push(bk);
        if i == 0 {
            go_on.0.send(()).expect("go on");
        }
    }
    writer.join().expect("writer");
    let mut counts = Vec::new();
    for bk in &copies {
        let restored = restore_copy(&e, bk);
        restored.ok(&["verify"]);
        let n = crate::util::ids(&restored.json(&["record", "list"])).len();
        counts.push(n);
    }
    // Each copy is one state of the store: some prefix of the adds.
    eprintln!("records in the backups: {counts:?}");
    assert!(counts.windows(2).all(|w| w[0] <= w[1]), "{counts:?}");
    assert!(counts.iter().all(|n| *n <= 1000), "{counts:?}");
    assert!(counts.iter().any(|n| 0 < *n && *n < 1000), "one copy mid-way: {counts:?}");
    assert_eq!(crate::util::ids(&e.json(&["record", "list"])).len(), 1000);
    e.ok(&["verify"]);
}

#[test]
fn a_store_from_before_the_audit_trail_is_sealed_and_begins_its_log() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    e.add_record("2", "20.11.2026");
    keyed_conn(&e).execute_batch(crate::util::BEFORE_V5).expect("downgrade");
    e.forget_heads();
    e.ok(&["verify"]);
    let l = log(&e);
    assert_eq!(l[0]["action"], "begin");
    assert_eq!(l[0]["after"]["records"], serde_json::json!([[1, 2]]));
    let h = e.json(&["history", "R-2"]);
    assert_eq!(h[0]["action"], "begin");
}

#[test]
fn verify_stays_ok_after_every_kind_of_change() {
    let e = Env::with_store();
    let d = |args: &[&str]| {
        e.ok(args);
        let r = e.run(&["verify"]);
        assert_eq!(r.code, 0, "after {args:?}: {}", r.stderr);
    };
    d(&doc_args(
        "Иванова",
        "паспорт",
        "345678",
        "01.02.2020",
        &["--series", "4512", "--expires", "01.02.2030"],
    ));
    d(&["doc", "edit", "D-1", "--notes", "копия в деле"]);
    d(&["doc", "renew", "D-1", "--series", "4513", "--number", "111111", "--issued", "20.11.2026"]);
    d(&doc_args("Петров", "снилс", "112-233-445 95", "01.02.2010", &[]));
    d(&["doc", "delete", "D-3", "--yes"]);
    d(&appt_args("МФЦ", "паспорт", "05.12.2026 10:00", &["--needs", "D-2"]));
    d(&["appt", "edit", "A-1", "--office", "окно 3"]);
    d(&["appt", "reschedule", "A-1", "--at", "06.12.2026 11:00"]);
    d(&appt_args("ФНС", "выписка", "21.11.2026 10:00", &[]));
    d(&["appt", "done", "A-2"]);
    d(&appt_args("ГИБДД", "права", "21.11.2026 11:00", &[]));
    d(&["appt", "no-show", "A-3"]);
    d(&["appt", "delete", "A-3", "--yes"]);
    d(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]);
    d(&["obligation", "done", "O-1"]);
    d(&["obligation", "delete", "O-1", "--yes"]);
    e.add_record("1", "20.11.2026");
    d(&["record", "edit", "R-1", "--result", "болен"]);
    d(&["revert", "R-1", "--to", "1"]);
    d(&["time-zone", "Europe/Moscow"]);
    let docs =
        e.file("docs.csv", "holder,kind,number,issued_on\nСидоров,снилс,11223344595,01.02.2010\n");
    d(&["import", docs.to_str().expect("p"), "--kind", "doc"]);
    let appts =
        e.file("appts.csv", "institution,service,starts_at\nМФЦ,справка,10.12.2026 09:00\n");
    d(&["import", appts.to_str().expect("p"), "--kind", "appt"]);
    let pdf = e.path().join("a.pdf");
    std::fs::write(&pdf, b"%PDF-1.4\n%%EOF").expect("w");
    d(&["attach", "A-1", pdf.to_str().expect("p")]);
    d(&["detach", "A-1", "1"]);
    let acts = actions(&e);
    for want in ["renew", "reschedule", "done", "no_show", "revert", "setting", "detach"] {
        assert!(acts.iter().any(|(a, _)| a == want), "{want} not logged: {acts:?}");
    }
}

#[test]
fn a_reschedule_or_completion_changed_outside_kabinet_is_named() {
    let e = Env::with_store();
    local_only!(e);
    e.add_appt("МФЦ", "паспорт", "05.12.2026 10:00", &[]);
    e.ok(&["appt", "reschedule", "A-1", "--at", "06.12.2026 11:00"]);
    e.ok(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]);
    e.ok(&["obligation", "done", "O-1"]);
    e.ok(&["verify"]);
    // A store from before these rows were sealed gets them sealed by its migration.
    keyed_conn(&e)
        .execute_batch(
            "ALTER TABLE appt_moves DROP COLUMN mac; ALTER TABLE obligation_done DROP COLUMN mac; \
             PRAGMA user_version = 5;",
        )
        .expect("downgrade");
    e.ok(&["verify"]);
    let c = keyed_conn(&e);
    let unsealed: i64 = c
        .query_row(
            "SELECT (SELECT count(*) FROM appt_moves WHERE mac IS NULL) + \
             (SELECT count(*) FROM obligation_done WHERE mac IS NULL)",
            [],
            |r| r.get(0),
        )
        .expect("count");
    assert_eq!(unsealed, 0);
    // A late reschedule passed off as an early one, a completion moved to another day.
    c.execute("UPDATE appt_moves SET late = 1 - late", []).expect("tamper");
    c.execute("UPDATE obligation_done SET done_at = '2026-11-01T09:00:00'", []).expect("tamper");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("A-1, a reschedule: changed outside kabinet"), "{}", r.stderr);
    assert!(r.stderr.contains("O-1, a completion: changed outside kabinet"), "{}", r.stderr);
    let r = e.fails(4, &["--lang", "ru", "verify"]);
    assert!(r.stderr.contains("A-1, перенос: изменён вне kabinet"), "{}", r.stderr);
}

/// An appointment rescheduled twice, another deleted after a reschedule, an obligation done
/// twice: what the history-count tests start from.
fn store_with_history() -> Env {
    let e = Env::with_store();
    for at in ["05.12.2026 10:00", "07.12.2026 10:00"] {
        e.add_appt("МФЦ", "паспорт", at, &[]);
    }
    e.ok(&["appt", "reschedule", "A-1", "--at", "06.12.2026 11:00"]);
    e.ok(&["appt", "reschedule", "A-1", "--at", "08.12.2026 09:00"]);
    e.ok(&["appt", "reschedule", "A-2", "--at", "09.12.2026 09:00"]);
    e.ok(&["appt", "delete", "A-2", "--yes"]);
    e.ok(&["obligation", "add", "Отчёт", "--due", "05.12.2026", "--every", "month"]);
    e.ok(&["obligation", "done", "O-1"]);
    e.ok(&["obligation", "done", "O-1"]);
    e
}

#[test]
fn a_reschedule_or_completion_removed_or_copied_in_outside_kabinet_is_named() {
    let e = store_with_history();
    local_only!(e);
    e.ok(&["verify"]);
    // Each row keeps a valid seal: removed, or copied, it is seen only by its count.
    let c = keyed_conn(&e);
    c.execute("DELETE FROM appt_moves WHERE rowid = (SELECT min(rowid) FROM appt_moves)", [])
        .expect("remove");
    c.execute(
        "INSERT INTO obligation_done SELECT * FROM obligation_done WHERE rowid = \
         (SELECT min(rowid) FROM obligation_done)",
        [],
    )
    .expect("copy");
    drop(c);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("A-1: reschedules removed outside kabinet: 1 of 2"), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "O-1: completions added outside kabinet: 1 (3 present, 2 in the audit trail)"
        ),
        "{}",
        r.stderr
    );
    assert!(!r.stderr.contains("A-2"), "deleted with its history: {}", r.stderr);
    let r = e.fails(4, &["--lang", "ru", "verify"]);
    assert!(r.stderr.contains("A-1: удалено вне kabinet переносов: 1 из 2"), "{}", r.stderr);
}

#[test]
fn a_store_from_before_history_was_counted_counts_it_once_and_then_checks_it() {
    let e = store_with_history();
    local_only!(e);
    // As format 8 left it: the log did not account for history rows, and some came from
    // before the log began (here: one more reschedule of A-1 than the log holds).
    let c = keyed_conn(&e);
    c.execute_batch(
        "INSERT INTO appt_moves SELECT * FROM appt_moves WHERE rowid = \
           (SELECT min(rowid) FROM appt_moves); \
         PRAGMA user_version = 8;",
    )
    .expect("downgrade");
    drop(c);
    let out = e.run(&["verify"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("from format 8 to 15"), "{}", out.stderr);
    let acts = actions(&e);
    assert!(acts.iter().any(|(a, _)| a == "history"), "{acts:?}");
    let log = e.ok(&["log"]);
    assert!(log.contains("reschedules and completions present when the log"), "{log}");
    // From then on a removed row is named.
    e.ok(&["appt", "reschedule", "A-1", "--at", "10.12.2026 09:00"]);
    e.ok(&["verify"]);
    keyed_conn(&e)
        .execute("DELETE FROM appt_moves WHERE rowid = (SELECT max(rowid) FROM appt_moves)", [])
        .expect("remove");
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains("A-1: reschedules removed outside kabinet: 1 of 4"), "{}", r.stderr);
}

#[test]
fn a_backup_into_a_directory_is_named_after_the_store_and_the_time() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let dir = e.path().join("backups");
    std::fs::create_dir(&dir).expect("dir");
    let stem = e.store.file_stem().expect("stem").to_string_lossy().into_owned();
    for (now, given) in [("2026-11-22T14:30:05", "backups"), ("2026-11-23T02:00:00", "backups/")] {
        let said = e.run_at(now, &["backup", e.path().join(given).to_str().expect("p")]);
        assert_eq!(said.code, 0, "{}", said.stderr);
        let day_time = now.replace('T', "-").replace(':', "");
        let made = dir.join(format!("{stem}-{day_time}.db"));
        assert!(said.stdout.contains(&made.display().to_string()), "{}", said.stdout);
        // A copy that restores: the record is in it.
        let copy = Env { dir: tempfile::tempdir().expect("t"), store: made, now: e.now.clone() };
        assert_eq!(crate::util::ids(&copy.json(&["record", "list"])), ["R-1"]);
    }
    // The same second again: not overwritten (exit 7); a directory that is not there: exit 6.
    let again = e.run_at("2026-11-23T02:00:00", &["backup", dir.to_str().expect("p")]);
    assert_eq!(again.code, 7, "{}", again.stderr);
    let r = e.fails(6, &["backup", e.path().join("missing/").to_str().expect("p")]);
    assert!(r.stderr.contains("no such directory"), "{}", r.stderr);
    // Two copies, each with its key file.
    assert_eq!(std::fs::read_dir(&dir).expect("dir").count(), 4);
    // Restoring the directory: a usage error naming the latest copy in it.
    let r = e.fails(2, &["restore", dir.to_str().expect("p")]);
    assert!(r.stderr.contains(&format!("{stem}-2026-11-23-020000.db")), "{}", r.stderr);
}

#[test]
fn an_older_copy_put_in_place_of_the_store_is_noticed_by_every_command_and_by_verify() {
    let e = Env::with_store();
    local_only!(e);
    e.add_record("1", "20.11.2026");
    let old = std::fs::read(&e.store).expect("store");
    e.add_record("2", "20.11.2026");
    e.add_record("3", "20.11.2026");
    // What `verify` prints is where the trail stands now.
    let ok = e.ok(&["verify"]);
    let head = ok.split("head ").nth(1).and_then(|s| s.split(';').next()).expect("head").to_owned();
    assert_eq!(head.split(':').next(), Some("5"), "{ok}");
    // `cp old.db kabinet.db`: the records added since are gone, the chain in the file is whole.
    std::fs::write(&e.store, &old).expect("older copy");
    let warned = "the store was rolled back: audit trail entries 4–5 are missing";
    let r = e.run(&["record", "list", "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains(warned), "{}", r.stderr);
    let r = e.run(&["-q", "deadlines", "--check"]);
    assert!(r.stderr.contains(warned), "said even with --quiet: {}", r.stderr);
    let r = e.fails(4, &["verify"]);
    assert!(r.stderr.contains(warned) && r.stderr.contains(&head), "{}", r.stderr);
    // Written to since, it has another history: still told, never taken as the new normal.
    e.add_record("8", "20.11.2026");
    e.add_record("9", "20.11.2026");
    let r = e.fails(4, &["verify"]);
    assert!(
        r.stderr.contains("the store's history was rewritten: its audit trail entry 5"),
        "{}",
        r.stderr
    );
    // A head printed elsewhere (a receipt, a signed export) is checked the same way.
    let other = Env::with_store();
    std::fs::write(&other.store, &old).expect("copy");
    std::fs::copy(crate::util::keys_of(&e.store), crate::util::keys_of(&other.store))
        .expect("keys");
    let r = other.fails(4, &["verify", "--head", &head]);
    assert!(r.stderr.contains("entries 4–5 are missing (the head given is"), "{}", r.stderr);
    other.fails(5, &["verify", "--head", "four:abc"]);
    // A restore is a rollback made on purpose: logged, and from then on the head to keep.
    let bk = e.path().join("old.db");
    std::fs::write(&bk, &old).expect("backup file");
    std::fs::copy(crate::util::keys_of(&e.store), crate::util::keys_of(&bk)).expect("keys");
    e.ok(&["-y", "restore", bk.to_str().expect("path")]);
    let r = e.run(&["verify"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("rolled back"), "{}", r.stderr);
    assert_eq!(ids(&e.json(&["record", "list"])), ["R-1"]);
}

#[test]
fn receipts_and_signed_exports_carry_the_head_and_verify_checks_it() {
    let e = Env::with_store();
    e.add_record("1", "20.11.2026");
    let out = e.path().join("j.csv");
    e.ok(&["export", "csv", "--kind", "record", "-o", out.to_str().expect("p"), "--sign"]);
    let sig = std::fs::read_to_string(e.path().join("j.csv.sig")).expect("sig");
    let head = sig
        .split("head:")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .expect("the head in the trusted comment")
        .to_owned();
    let said = e.ok(&["verify-file", out.to_str().expect("p")]);
    assert!(said.contains(&format!("audit trail then at {head}")), "{said}");
    e.ok(&["verify", "--head", &head]);
    // The store went on: it still holds that head.
    e.add_record("2", "20.11.2026");
    e.ok(&["verify", "--head", &head]);
}

//! Characters that drive a terminal (escape sequences, a bare carriage return, C1 controls,
//! direction overrides): refused where data enters, and never written raw to a terminal, even
//! from a store written before they were refused.

use crate::util::{Env, PASS, keyed_conn, on_terminal};

const ESC_NAME: &str = "Злой\u{1b}[31mRED\u{1b}]0;HACKED\u{7}\u{1b}[2J";

#[test]
fn control_characters_are_refused_on_input_naming_the_field_or_the_cell() {
    let e = Env::with_store();
    let base = ["record", "add", "--subject-id", "20", "--date", "20.11.2026", "--result", "r"];
    let cases: &[(&[&str], &str)] = &[
        (&["--type", "t", "--subject-name", ESC_NAME], "--subject-name"),
        (&["--type", "t\rOVER"], "--type"),
        (&["--type", "t\u{9b}2J"], "--type"),
        (&["--type", "t", "--description", "a\u{202e}cba"], "--description"),
        (&["--type", "t", "--description", "line\roverwritten"], "--description"),
    ];
    for (extra, field) in cases {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        let r = e.fails(5, &args);
        assert!(r.stderr.contains(&format!("{field}: ")), "{extra:?}: {}", r.stderr);
        assert!(r.stderr.contains("contains the control character U+"), "{}", r.stderr);
        assert!(!r.stderr.contains('\u{1b}') && !r.stderr.contains('\r'), "{:?}", r.stderr);
    }
    // A line break or a tab: text in a free-text field, refused in a field of one line.
    let r = e.fails(5, &[&base[..], &["--type", "two\nlines"]].concat());
    assert!(r.stderr.contains("--type: two\\nlines: a line break or a tab is not allowed here"));
    let mut ok = base.to_vec();
    ok.extend(["--type", "t", "--description", "жалоб нет\nдавление\t120/80"]);
    e.ok(&ok);
    // From a file: the cell is named by line and column, nothing is written.
    let rows = format!("subject_id;event_date;type;result\n21;20.11.2026;осмотр;\"{ESC_NAME}\"\n");
    let csv = e.file("bad.csv", &rows);
    let r = e.fails(5, &["import", csv.to_str().expect("path"), "--kind", "record"]);
    assert!(r.stderr.contains("2:4: result: "), "{}", r.stderr);
    assert!(r.stderr.contains("U+001B"), "{}", r.stderr);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    assert_eq!(e.json(&["record", "list"]).as_array().map(Vec::len), Some(1));
}

/// A store with a record written before control characters were refused.
fn old_store() -> Env {
    let e = Env::with_store();
    e.add_record("20", "20.11.2026");
    if e.on_server() {
        return e;
    }
    let c = keyed_conn(&e);
    c.execute(
        "UPDATE records SET subject_name = ?1, type = ?2 WHERE id = 1",
        [ESC_NAME, "t\rOVER\u{9b}2J"],
    )
    .expect("old values");
    e
}

#[test]
fn tables_and_show_never_carry_a_raw_control_sequence_from_the_data() {
    let e = old_store();
    local_only!(e);
    for args in [&["record", "list"][..], &["record", "show", "R-1"]] {
        let out = e.ok(args);
        assert!(
            !out.contains('\u{1b}') && !out.contains('\r') && !out.contains('\u{9b}'),
            "{out:?}"
        );
        assert!(out.contains("\\u{1b}[31mRED"), "{args:?}: {out}");
    }
    // Piped or redirected, CSV and JSON keep the data as stored (an export must round-trip).
    let csv = e.ok(&["record", "list", "--format", "csv"]);
    assert!(csv.contains(ESC_NAME), "{csv:?}");
}

#[test]
fn csv_json_and_tables_sent_to_a_terminal_show_escapes_instead_of_driving_it() {
    needs!("script" from "bsdutils");
    let e = old_store();
    local_only!(e);
    for args in
        ["record list", "record list --format csv", "record list --format json", "record show R-1"]
    {
        let (code, text) = on_terminal(&e, args, &[("Passphrase", PASS)]);
        assert_eq!(code, 0, "{args}: {text}");
        // The prompt itself is the terminal's own; after it, nothing from the data drives it.
        let after = text.split_once("[hidden]").map_or(text.as_str(), |(_, rest)| rest);
        assert!(!after.contains('\u{1b}') && !after.contains('\u{9b}'), "{args}: {after:?}");
        assert!(!after.replace("\r\n", "\n").contains('\r'), "{args}: {after:?}");
        // Shown as an escape: ours in tables and CSV, JSON's own in JSON.
        let escaped = ["\\u{1b}[31mRED", "\\u001b[31mRED"];
        assert!(escaped.iter().any(|x| after.contains(x)), "{args}: {after}");
    }
}

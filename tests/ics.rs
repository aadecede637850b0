//! iCalendar exports, read back with an independent parser (the `ical` crate): stable UIDs,
//! reminders, escaping, folding, times in UTC from the store's time zone.

use ical::parser::ical::component::{IcalCalendar, IcalEvent};

use crate::util::{Env, doc_args};

fn parse(text: &str) -> IcalCalendar {
    let mut cals = ical::IcalParser::new(text.as_bytes());
    let cal = cals.next().expect("one calendar").expect("valid iCalendar");
    assert!(cals.next().is_none(), "exactly one calendar");
    cal
}

fn prop<'a>(props: &'a [ical::property::Property], name: &str) -> Option<&'a str> {
    props.iter().find(|p| p.name == name).and_then(|p| p.value.as_deref())
}

fn ev<'a>(e: &'a IcalEvent, name: &str) -> &'a str {
    prop(&e.properties, name).unwrap_or_else(|| panic!("no {name} in {:?}", e.properties))
}

/// RFC 5545 shape: CRLF line ends, no line over 75 octets.
fn assert_wire_format(text: &str) {
    assert!(text.ends_with("END:VCALENDAR\r\n"), "{text:?}");
    for line in text.split("\r\n") {
        assert!(!line.contains('\n'), "bare LF in {line:?}");
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
    }
}

fn moscow_store() -> Env {
    let e = Env::new();
    e.ok(&["init", "--time-zone", "Europe/Moscow"]);
    e
}

#[test]
fn appointments_export_with_reminders_utc_times_and_stable_uids() {
    let e = moscow_store();
    let passport = e
        .ok(&doc_args("Иванов", "passport", "345678", "01.02.2020", &["--series", "4512"]))
        .trim()
        .to_owned();
    let long = "Окно 5; второй этаж, налево от входа — очередь по талонам, приходить за 10 минут";
    e.add_appt(
        "МФЦ «Мои документы»",
        "замена паспорта, срочно",
        "05.12.2026 10:00",
        &[
            "--duration-min",
            "45",
            "--office",
            long,
            "--needs",
            &passport,
            "--person",
            "Иванов И. И.",
            "--confirmation-no",
            "T-17",
        ],
    );
    e.add_appt("ФНС", "ИНН", "10.12.2026 09:30", &[]);
    let text = e.ok(&["export", "ics", "--kind", "appt"]);
    assert_wire_format(&text);
    let cal = parse(&text);
    assert_eq!(prop(&cal.properties, "VERSION"), Some("2.0"));
    assert!(prop(&cal.properties, "PRODID").is_some_and(|p| p.contains("kabinet")));
    assert_eq!(cal.events.len(), 2);
    let mfc = &cal.events[0];
    // 10:00 in Moscow (UTC+3) is 07:00 UTC; 45 minutes long.
    assert_eq!(ev(mfc, "DTSTART"), "20261205T070000Z");
    assert_eq!(ev(mfc, "DTEND"), "20261205T074500Z");
    assert_eq!(ev(mfc, "DTSTAMP"), "20261122T090000Z", "the pinned now, in UTC");
    // Text is escaped on the wire. Unfolded by RFC 5545's rule (drop CRLF and one space; the
    // `ical` parser also trims line ends, which loses a space folded at a line end).
    assert_eq!(ev(mfc, "SUMMARY"), "МФЦ «Мои документы»: замена паспорта\\, срочно");
    let unfolded = text.replace("\r\n ", "");
    let location = format!("LOCATION:{}\r\n", long.replace(';', "\\;").replace(',', "\\,"));
    assert!(unfolded.contains(&location), "{location:?} in {unfolded}");
    let description = ev(mfc, "DESCRIPTION");
    assert!(description.contains("A-1") && description.contains(&passport), "{description}");
    assert!(description.contains("T-17") && description.contains("Иванов И. И."), "{description}");
    assert_eq!(ev(mfc, "STATUS"), "CONFIRMED");
    assert_eq!(ev(mfc, "SEQUENCE"), "0");
    let triggers: Vec<&str> =
        mfc.alarms.iter().filter_map(|a| prop(&a.properties, "TRIGGER")).collect();
    assert_eq!(triggers, ["-PT86400S", "-PT3600S"], "24 hours and 1 hour before");
    for a in &mfc.alarms {
        assert_eq!(prop(&a.properties, "ACTION"), Some("DISPLAY"));
        assert!(prop(&a.properties, "DESCRIPTION").is_some());
    }
    let uid = ev(mfc, "UID").to_owned();
    assert!(uid.ends_with("@kabinet"), "{uid}");

    // Exported again: the same bytes. Rescheduled: the same UID, a higher SEQUENCE.
    assert_eq!(e.ok(&["export", "ics", "--kind", "appt"]), text);
    e.ok(&["appt", "reschedule", "A-1", "--at", "06.12.2026 11:00"]);
    let cal = parse(&e.ok(&["export", "ics", "--kind", "appt"]));
    let moved = cal.events.iter().find(|x| ev(x, "UID") == uid).expect("same UID");
    assert_eq!(ev(moved, "DTSTART"), "20261206T080000Z");
    assert_eq!(ev(moved, "SEQUENCE"), "1");
    // Cancelled: the calendar app is told so, and no reminder rings.
    e.ok(&["appt", "cancel", "A-2", "--yes"]);
    let cal = parse(&e.ok(&["export", "ics", "--kind", "appt"]));
    let fns = cal.events.iter().find(|x| ev(x, "SUMMARY") == "ФНС: ИНН").expect("ФНС");
    assert_eq!(ev(fns, "STATUS"), "CANCELLED");
    assert!(fns.alarms.is_empty());
    // Filters of `appt list` apply; -o writes a file.
    let upcoming = e.ok(&["export", "ics", "--kind", "appt", "--status", "scheduled"]);
    assert_eq!(parse(&upcoming).events.len(), 1);
}

#[test]
fn deadlines_export_as_all_day_events_and_timed_appointments() {
    let e = moscow_store();
    e.add_doc(
        "Петров",
        "passport",
        "111111",
        "01.02.2020",
        &["--series", "4512", "--expires", "01.12.2026"],
    );
    e.ok(&["obligation", "add", "Отчёт за ноябрь", "--due", "04.12.2026"]);
    e.add_appt("МФЦ", "справка", "24.11.2026 15:00", &[]);
    let text = e.ok(&["deadlines", "--format", "ics"]);
    assert_wire_format(&text);
    let cal = parse(&text);
    assert_eq!(cal.events.len(), 3, "{text}");
    let by_summary = |needle: &str| {
        cal.events
            .iter()
            .find(|x| ev(x, "SUMMARY").contains(needle))
            .unwrap_or_else(|| panic!("no event with {needle}: {text}"))
    };
    let doc = by_summary("D-1");
    let start = doc.properties.iter().find(|p| p.name == "DTSTART").expect("DTSTART");
    assert_eq!(start.value.as_deref(), Some("20261201"));
    assert!(format!("{:?}", start.params).contains("DATE"), "an all-day event: {:?}", start.params);
    assert_eq!(ev(doc, "DTEND"), "20261202", "the day after: DTEND is exclusive");
    assert!(doc.alarms.is_empty());
    let appt = by_summary("A-1");
    assert_eq!(ev(appt, "DTSTART"), "20261124T120000Z");
    assert_eq!(appt.alarms.len(), 2);
    let ob = by_summary("O-1");
    assert!(ev(ob, "SUMMARY").contains("Отчёт за ноябрь"), "{text}");
    // UIDs stay when the date moves: a renewed reminder replaces the old one in the app.
    let uids: Vec<String> = cal.events.iter().map(|x| ev(x, "UID").to_owned()).collect();
    let same = parse(&e.ok(&["export", "ics", "--kind", "deadlines"]));
    let again: Vec<String> = same.events.iter().map(|x| ev(x, "UID").to_owned()).collect();
    assert_eq!(uids, again);
    // The CSV and JSON forms of the same export are `deadlines --format csv|json`.
    for f in ["csv", "json"] {
        assert_eq!(
            e.ok(&["export", f, "--kind", "deadlines"]),
            e.ok(&["deadlines", "--format", f]),
            "{f}"
        );
    }
    let wider = parse(&e.ok(&["export", "ics", "--kind", "deadlines", "--within", "1d"]));
    assert_eq!(
        wider.events.len(),
        1,
        "only the overdue-or-near: the document due within its lead time"
    );
}

#[test]
fn ics_is_refused_where_it_makes_no_sense() {
    let e = moscow_store();
    let r = e.fails(2, &["record", "list", "--format", "ics"]);
    assert!(r.stderr.contains("export ics --kind appt"), "{}", r.stderr);
    let r = e.fails(2, &["export", "ics", "--kind", "doc"]);
    assert!(r.stderr.contains("--kind appt or --kind deadlines"), "{}", r.stderr);
    e.fails(2, &["export", "ics", "--kind", "appt", "--within", "3d"]);
    let r = e.fails(2, &["export", "json", "--kind", "appt", "--excel"]);
    assert!(r.stderr.contains("use it with `export csv`"), "{}", r.stderr);
}

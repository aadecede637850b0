//! The store contract's test suite: each query and change the use cases rely on, transactions
//! and their rollback, the import's batch writer and the integrity check — written against
//! [`Store`], [`super::Reader`] and [`super::Tx`] only, so that every backend runs the same
//! cases ([`run_all`] with a maker of empty stores).

use chrono::{NaiveDate, NaiveDateTime};

use super::audit::Actor;
use super::{Error, Flow, NewAttachment, RecordKeys, Store};
use crate::domain::appt::{ApptData, ApptStatus};
use crate::domain::doc::{DocData, DocKind};
use crate::domain::obligation::{Every, ObligationData, Shift};
use crate::domain::record::RecordData;
use crate::domain::{ItemId, ItemKind};

/// One case of the contract: what it shows, and the check.
type Case = (&'static str, fn(&mut Store));

/// Runs every case, each on a new empty store from `make`.
pub(super) fn run_all(make: &mut dyn FnMut() -> Store) {
    let cases: &[Case] = &[
        ("records are added, read, changed and deleted", records_round_trip),
        ("records are listed by date, filtered and in batches", records_listed),
        ("follow-ups close when a later record answers them", follow_ups),
        ("documents are renewed, archived, listed by expiry", documents),
        ("appointments move, keep their history, need documents", appointments),
        ("obligations move to their next date or close", obligations),
        ("applications change status with their history, by term", applications),
        ("a failed transaction leaves nothing behind", rollback),
        ("every change is in the log, and the store verifies", audit_and_verify),
        ("attachments are kept once and removed with the last", attachments),
        ("an import's batch writer deduplicates and settles", batch),
    ];
    for (name, case) in cases {
        let mut store = make();
        case(&mut store);
        eprintln!("store contract: {name}: ok");
    }
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("test date")
}

fn at(s: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").expect("test time")
}

fn actor() -> Actor {
    Actor { at: at("2026-11-22 12:00"), who: "clerk@office".into(), command: "test".into() }
}

fn record(subject: &str, date: &str, follow_up: Option<&str>) -> RecordData {
    RecordData {
        subject_id: subject.into(),
        subject_name: Some(format!("Субъект {subject}")),
        event_date: day(date),
        kind: "осмотр".into(),
        subtype: None,
        result: "здоров".into(),
        description: None,
        registry_no: None,
        amount: None,
        snils: None,
        oktmo: None,
        responsible: None,
        follow_up_on: follow_up.map(day),
    }
}

/// Adds a record with its log entry, as `record add` does; returns its number.
fn add_record(store: &mut Store, data: &RecordData) -> i64 {
    let keys = RecordKeys::new(data, at("2026-11-22 12:00"));
    let new = keys.record(data, false);
    store
        .write(|tx| {
            let id = tx.insert_record(&new)?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Record, id))?;
            Ok::<_, Error>(id)
        })
        .expect("add record")
}

fn doc(number: &str, expires: Option<&str>) -> DocData {
    DocData {
        holder: "Иванова Мария Петровна".into(),
        holder_snils: None,
        kind: DocKind::Passport,
        series: Some("4506".into()),
        number: Some(number.into()),
        issued_on: day("2016-02-01"),
        issued_by: None,
        department_code: None,
        expires_on: expires.map(day),
        notes: None,
        email: Some("maria@example.ru".into()),
        phone: None,
    }
}

fn add_doc(store: &mut Store, data: &DocData) -> i64 {
    store
        .write(|tx| {
            let id =
                tx.insert_doc(data, &crate::crypto::new_uuid(), at("2026-11-22 12:00"), None)?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Doc, id))?;
            Ok::<_, Error>(id)
        })
        .expect("add doc")
}

fn appt(start: &str, needs: Vec<i64>) -> ApptData {
    ApptData {
        person: Some("Иванова".into()),
        institution: "МФЦ".into(),
        service: "замена паспорта".into(),
        office: None,
        starts_at: at(start),
        duration_min: 30,
        confirmation_no: None,
        needs,
        notes: None,
        email: None,
        phone: Some("+79123456789".into()),
    }
}

fn add_appt(store: &mut Store, data: &ApptData) -> i64 {
    store
        .write(|tx| {
            let uuid = crate::crypto::new_uuid();
            let id = tx.insert_appt(data, &uuid, ApptStatus::Scheduled, at("2026-11-22 12:00"))?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Appt, id))?;
            Ok::<_, Error>(id)
        })
        .expect("add appt")
}

fn records_round_trip(store: &mut Store) {
    let data = record("17", "2026-11-20", None);
    let id = add_record(store, &data);
    let r = store.read();
    let got = r.record(id).expect("read").expect("there");
    assert_eq!(got.data, data);
    assert_eq!(r.record_duplicate(&data, &[]).expect("dup"), Some(id));
    assert_eq!(r.record_duplicate(&data, &[id]).expect("dup"), None);
    assert_eq!(r.last_id(ItemKind::Record).expect("last"), id);
    let mut changed = data.clone();
    changed.result = "болен".into();
    let a = actor();
    let item = ItemId::new(ItemKind::Record, id);
    store
        .write(|tx| tx.log_change(&a, "edit", item, || tx.update_record(id, &changed, true)))
        .expect("edit");
    let got = store.read().record(id).expect("read").expect("there");
    assert_eq!(got.data.result, "болен");
    assert!(got.late);
    let amendment = add_record(store, &record("17", "2026-11-21", None));
    store.write(|tx| tx.set_amended_by(id, Some(amendment))).expect("amend");
    let got = store.read().record(id).expect("read").expect("there");
    assert_eq!(got.amended_by, Some(amendment));
    assert_eq!(store.read().record_duplicate(&changed, &[]).expect("dup"), None);
    store.write(|tx| tx.delete_record(amendment)).expect("delete");
    assert!(store.read().record(amendment).expect("read").is_none());
}

fn records_listed(store: &mut Store) {
    let rows = [("1", "2026-11-03"), ("2", "2026-11-01"), ("3", "2026-11-02"), ("1", "2026-11-03")];
    for (i, (s, d)) in rows.into_iter().enumerate() {
        let mut data = record(s, d, None);
        data.result = format!("{s}{d}-{i}");
        add_record(store, &data);
    }
    let r = store.read();
    let mut seen = Vec::new();
    r.each_record(None, None, false, |rec| {
        seen.push(rec.data.event_date);
        Ok::<_, Error>(Flow::Next)
    })
    .expect("each");
    assert_eq!(seen, [day("2026-11-01"), day("2026-11-02"), day("2026-11-03"), day("2026-11-03")]);
    let mut newest = Vec::new();
    r.each_record(Some(day("2026-11-02")), Some(day("2026-11-03")), true, |rec| {
        newest.push(rec.id);
        Ok::<_, Error>(if newest.len() == 2 { Flow::Stop } else { Flow::Next })
    })
    .expect("each");
    assert_eq!(newest, [4, 1]);
    let (mut batches, mut ids) = (0, Vec::new());
    r.scan_records(None, Some(day("2026-11-02")), 1, |rows| {
        batches += 1;
        rows.decode(|rec| {
            ids.push(rec.id);
            Ok::<_, Error>(())
        })
    })
    .expect("scan");
    assert_eq!((batches, ids), (2, vec![2, 3]));
    let mut checked = 0;
    r.each_record_check(|row| {
        checked += usize::from(row.event_date.month0() == 10);
        Ok::<_, Error>(())
    })
    .expect("check rows");
    assert_eq!(checked, 4);
    let mut same = record("9", "2026-11-05", None);
    add_record(store, &same);
    same.subject_name = None;
    add_record(store, &same);
    assert_eq!(store.read().record_duplicates().expect("groups"), [vec![5, 6]]);
}

use chrono::Datelike;

fn follow_ups(store: &mut Store) {
    let first = add_record(store, &record("5", "2026-10-01", Some("2026-11-01")));
    let r = store.read();
    let open = r.open_follow_ups(day("2026-12-31")).expect("open");
    assert_eq!(open.iter().map(|f| f.id).collect::<Vec<_>>(), [first]);
    assert_eq!(r.records_following_up(day("2026-11-01")).expect("open").len(), 1);
    assert!(r.open_follow_ups(day("2026-10-31")).expect("open").is_empty());
    add_record(store, &record("5", "2026-11-02", None));
    assert!(store.read().open_follow_ups(day("2026-12-31")).expect("open").is_empty());
}

fn documents(store: &mut Store) {
    let old = add_doc(store, &doc("111111", Some("2026-12-01")));
    let none = add_doc(store, &doc("222222", None));
    let later = add_doc(store, &doc("333333", Some("2030-01-01")));
    let r = store.read();
    assert_eq!(r.doc(old).expect("read").expect("there").data, doc("111111", Some("2026-12-01")));
    assert_eq!(r.doc_duplicate(&doc("111111", None), &[]).expect("dup"), Some(old));
    let mut by_expiry = Vec::new();
    r.each_doc(|d| {
        by_expiry.push(d.id);
        Ok::<_, Error>(())
    })
    .expect("each");
    assert_eq!(by_expiry, [old, later, none]);
    assert_eq!(r.docs().expect("all").len(), 3);
    let expiring: Vec<i64> =
        r.docs_expiring_by(day("2027-01-01")).expect("expiring").iter().map(|d| d.id).collect();
    assert_eq!(expiring, [old]);
    let new = store
        .write(|tx| {
            let id =
                tx.insert_doc(&doc("444444", None), "u-new", at("2026-11-22 12:00"), Some(old))?;
            tx.archive_doc(old, at("2026-11-22 12:00"), Some(id))?;
            Ok::<_, Error>(id)
        })
        .expect("renew");
    let archived = store.read().doc(old).expect("read").expect("there");
    assert_eq!(archived.replaced_by, Some(new));
    assert!(archived.archived_at.is_some());
    assert!(store.read().docs_expiring_by(day("2027-01-01")).expect("expiring").is_empty());
    store.write(|tx| tx.delete_doc(new)).expect("delete");
    assert_eq!(store.read().doc(old).expect("read").expect("there").replaced_by, None);
    let mut scanned = Vec::new();
    store
        .read()
        .scan_docs(|d| {
            scanned.push(d.id);
            Ok::<_, Error>(())
        })
        .expect("scan");
    assert_eq!(scanned, [old, none, later]);
    let mut twin = doc("222222", None);
    twin.holder = "Другой".into();
    add_doc(store, &twin);
    assert_eq!(store.read().doc_duplicates().expect("groups").len(), 1);
}

fn appointments(store: &mut Store) {
    let needed = add_doc(store, &doc("555555", None));
    let first = add_appt(store, &appt("2026-12-01 10:00", vec![needed]));
    let second = add_appt(store, &appt("2026-12-03 09:00", vec![]));
    let r = store.read();
    assert_eq!(r.appt(first).expect("read").expect("there").data.needs, [needed]);
    assert_eq!(r.appts_needing(needed).expect("needing"), [first]);
    assert_eq!(r.appt_duplicate(&appt("2026-12-01 10:00", vec![]), &[]).expect("dup"), Some(first));
    let mut in_range = Vec::new();
    r.each_appt(Some(day("2026-12-01")), Some(day("2026-12-01")), |a| {
        in_range.push(a.id);
        Ok::<_, Error>(())
    })
    .expect("each");
    assert_eq!(in_range, [first]);
    assert_eq!(r.appts_scheduled_by(day("2026-12-02")).expect("by").len(), 1);
    let moved = r.appt(first).expect("read").expect("there");
    store
        .write(|tx| {
            tx.reschedule_appt(&moved, at("2026-12-05 11:00"), at("2026-11-22 12:00"), true)
        })
        .expect("move");
    let r = store.read();
    let now = r.appt(first).expect("read").expect("there");
    assert_eq!(now.data.starts_at, at("2026-12-05 11:00"));
    assert!(now.late_change);
    let moves = r.appt_moves(first).expect("moves");
    assert_eq!((moves.len(), moves[0].from), (1, at("2026-12-01 10:00")));
    store.write(|tx| tx.set_appt_status(second, ApptStatus::Cancelled, false)).expect("cancel");
    let r = store.read();
    assert_eq!(r.appt(second).expect("read").expect("there").status, ApptStatus::Cancelled);
    assert_eq!(r.appt_duplicate(&appt("2026-12-03 09:00", vec![]), &[]).expect("dup"), None);
    let mut all = Vec::new();
    r.scan_appts(None, None, |a| {
        all.push(a.id);
        Ok::<_, Error>(())
    })
    .expect("scan");
    assert_eq!(all, [first, second]);
    assert_eq!(r.appts().expect("all").len(), 2);
    assert!(r.appt_duplicates().expect("groups").is_empty());
    store.write(|tx| tx.delete_appt(first)).expect("delete");
    assert!(store.read().appt_moves(first).expect("moves").is_empty());
}

fn applications(store: &mut Store) {
    use crate::domain::application::{ApplicationData, FeeStatus, Standing, Status};
    let filed = |number: &str, due: &str| ApplicationData {
        applicant: "Иванов Иван Иванович".into(),
        snils: None,
        agency: "МФЦ".into(),
        service: "загранпаспорт".into(),
        number: Some(number.into()),
        submitted: day("2026-11-02"),
        due: Some(day(due)),
        fee: Some("5000.00".into()),
        fee_status: Some(FeeStatus::Paid),
        needs: vec![],
        notes: None,
    };
    let (a, b) = store
        .write(|tx| {
            let now = at("2026-11-22 12:00");
            let a = tx.insert_application(&filed("77-1", "2026-11-30"), "z1", now)?;
            let b = tx.insert_application(&filed("77-2", "2026-12-20"), "z2", now)?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Application, a))?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Application, b))?;
            Ok::<_, Error>((a, b))
        })
        .expect("file");
    let r = store.read();
    let got = r.application(a).expect("read").expect("there");
    assert_eq!((got.status, got.data.fee_status), (Status::Accepted, Some(FeeStatus::Paid)));
    assert_eq!(got.status_at, at("2026-11-02 00:00"), "accepted on its day of submission");
    assert_eq!(r.application_duplicate(&filed("77-1", "2027-01-01"), &[]).expect("dup"), Some(a));
    let due: Vec<i64> =
        r.applications_due_by(day("2026-12-01")).expect("due").iter().map(|x| x.id).collect();
    assert_eq!(due, [a]);
    let moved = |store: &mut Store, to: Status, when: &str, doc: Option<i64>| {
        let cur = store.read().application(a).expect("read").expect("there");
        let item = ItemId::new(ItemKind::Application, a);
        let st = Standing {
            status: to,
            since: at(when),
            reason: Some("по заявлению".into()),
            issued_doc: doc,
        };
        store
            .write(|tx| {
                tx.log_change(&actor(), "status", item, || tx.set_application_status(&cur, &st))
            })
            .expect("status");
    };
    moved(store, Status::Processing, "2026-11-23 10:00", None);
    let issued = store
        .write(|tx| {
            let data = doc("900100", Some("2036-11-25"));
            let n = tx.insert_doc(&data, "zd", at("2026-11-25 10:00"), None)?;
            tx.log_added(&actor(), ItemId::new(ItemKind::Doc, n))?;
            Ok::<_, Error>(n)
        })
        .expect("doc");
    moved(store, Status::Approved, "2026-11-25 10:00", Some(issued));
    let r = store.read();
    let now = r.application(a).expect("read").expect("there");
    assert_eq!((now.status, now.status_at), (Status::Approved, at("2026-11-25 10:00")));
    assert_eq!(now.issued_doc, Some(issued), "linked to the document it issued");
    assert_eq!(r.application_issuing(issued).expect("issuing"), Some(a), "and back");
    assert_eq!(r.application_issuing(issued + 1).expect("issuing"), None);
    let changes = r.application_changes(a).expect("changes");
    let steps: Vec<(Status, Status)> = changes.iter().map(|c| (c.from, c.to)).collect();
    assert_eq!(
        steps,
        [(Status::Accepted, Status::Processing), (Status::Processing, Status::Approved)]
    );
    // A decided one is no longer due.
    assert!(r.applications_due_by(day("2026-12-31")).expect("due").iter().all(|x| x.id == b));
    let mut all = Vec::new();
    r.each_application(|x| {
        all.push(x.id);
        Ok::<_, Error>(())
    })
    .expect("each");
    assert_eq!(all.len(), 2);
    let mut scanned = Vec::new();
    r.scan_applications(|x| {
        scanned.push(x.id);
        Ok::<_, Error>(())
    })
    .expect("scan");
    assert_eq!(scanned, [a, b], "entry order");
    assert!(r.application_duplicates().expect("duplicates").is_empty());
    // Sealed, its history counted: the store verifies.
    assert!(r.verify(10).expect("verify").findings.is_empty());
    store.write(|tx| tx.delete_application(a)).expect("delete");
    assert!(store.read().application_changes(a).expect("changes").is_empty());
}

fn obligations(store: &mut Store) {
    let monthly = ObligationData {
        title: "Отчёт".into(),
        due: day("2026-11-30"),
        every: Some(Every::Month),
        day: Some(30),
        shift: Shift::Next,
        notes: None,
    };
    let once =
        ObligationData { title: "Декларация".into(), every: None, ..monthly.clone() };
    let (m, o) = store
        .write(|tx| {
            let at = at("2026-11-22 12:00");
            Ok::<_, Error>((
                tx.insert_obligation(&monthly, "u1", at)?,
                tx.insert_obligation(&once, "u2", at)?,
            ))
        })
        .expect("add");
    let got = store.read().obligation(m).expect("read").expect("there");
    store
        .write(|tx| tx.obligation_done(&got, at("2026-11-30 09:00"), got.data.next_due()))
        .expect("done");
    let got = store.read().obligation(m).expect("read").expect("there");
    assert_eq!((got.data.due, got.done_at), (day("2026-12-30"), None));
    let one = store.read().obligation(o).expect("read").expect("there");
    store.write(|tx| tx.obligation_done(&one, at("2026-11-30 09:00"), None)).expect("done");
    assert!(store.read().obligation(o).expect("read").expect("there").done_at.is_some());
    assert_eq!(store.read().obligations().expect("all").len(), 2);
    store.write(|tx| tx.delete_obligation(o)).expect("delete");
    assert_eq!(store.read().obligations().expect("all").len(), 1);
}

fn rollback(store: &mut Store) {
    let data = record("1", "2026-11-20", None);
    let entries = store.read().log(None, None).expect("log").len();
    let failed: Result<(), Error> = store.write(|tx| {
        add_in(tx, &data)?;
        tx.set_setting("zone", "Asia/Omsk")?;
        Err(Error::Internal("the use case refused".into()))
    });
    assert!(failed.is_err());
    let r = store.read();
    assert!(r.record(1).expect("read").is_none());
    assert_eq!(r.log(None, None).expect("log").len(), entries);
    assert_eq!(r.setting("zone").expect("setting"), None);
    let kept: u8 = store
        .write_if(|tx| {
            add_in(tx, &data)?;
            Ok::<_, Error>((7, false))
        })
        .expect("dry run");
    assert_eq!(kept, 7);
    assert!(store.read().record(1).expect("read").is_none());
    store.set_setting("zone", "Europe/Moscow").expect("setting");
    assert_eq!(store.read().setting("zone").expect("setting").as_deref(), Some("Europe/Moscow"));
}

fn add_in(tx: &super::Tx, data: &RecordData) -> Result<i64, Error> {
    let keys = RecordKeys { uuid: "u-1".into(), ..RecordKeys::new(data, at("2026-11-22 12:00")) };
    let new = keys.record(data, false);
    let id = tx.insert_record(&new)?;
    tx.log_added(&actor(), ItemId::new(ItemKind::Record, id))?;
    Ok(id)
}

fn audit_and_verify(store: &mut Store) {
    let entries = store.read().log(None, None).expect("log").len() as i64;
    let id = add_record(store, &record("1", "2026-11-20", None));
    let item = ItemId::new(ItemKind::Record, id);
    let a = actor();
    let changed = record("1", "2026-11-21", None);
    store
        .write(|tx| tx.log_change(&a, "edit", item, || tx.update_record(id, &changed, false)))
        .expect("edit");
    let r = store.read();
    let own = r.log(None, Some(item)).expect("log");
    assert_eq!(own.iter().map(|e| e.action.as_str()).collect::<Vec<_>>(), ["add", "edit"]);
    // A store with users names the user beside the OS user.
    assert!(own[1].who.contains("clerk@office"), "{}", own[1].who);
    let before = own[1].before.as_ref().and_then(|v| v.get("event_date")).cloned();
    assert_eq!(before, Some("2026-11-20".into()));
    assert!(r.log(Some(day("2100-01-01")), None).expect("since").is_empty());
    assert!(r.log(Some(day("2026-11-22")), None).expect("since").iter().any(|e| e.action == "add"));
    assert!(r.snapshot(item).expect("snapshot").is_some_and(|s| s.contains("2026-11-21")));
    assert!(r.exists(item).expect("exists"));
    let report = r.verify(20).expect("verify");
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.log_entries, entries + 2);
    assert!(!report.key_id.is_empty());
    assert_eq!(r.signer().expect("signer").public().key_id(), report.key_id);
}

fn attachments(store: &mut Store) {
    let a = ItemId::new(ItemKind::Record, add_record(store, &record("1", "2026-11-20", None)));
    let b = ItemId::new(ItemKind::Record, add_record(store, &record("2", "2026-11-20", None)));
    let bytes = b"%PDF-1.4 scan";
    let sha = crate::crypto::sha256_hex(bytes);
    let file = NewAttachment {
        name: "scan.pdf",
        mime: "application/pdf",
        bytes,
        sha256: &sha,
        at: at("2026-11-22 12:00"),
    };
    let who = actor();
    let (x, _) = store
        .write(|tx| Ok::<_, Error>((tx.attach(&who, a, &file)?, tx.attach(&who, b, &file)?)))
        .expect("attach");
    let r = store.read();
    let list = r.attachments(a).expect("list");
    assert_eq!((list.len(), list[0].n, list[0].name.as_str()), (1, 1, "scan.pdf"));
    assert_eq!(r.blob(&sha).expect("blob").as_deref(), Some(&bytes[..]));
    store.write(|tx| tx.detach(&who, a, x, &sha)).expect("detach");
    assert!(store.read().blob(&sha).expect("blob").is_some(), "b still has it");
    let y = store.read().attachments(b).expect("list")[0].id;
    store.write(|tx| tx.detach(&who, b, y, &sha)).expect("detach");
    assert!(store.read().blob(&sha).expect("blob").is_none());
    assert!(store.read().verify(20).expect("verify").findings.is_empty());
}

fn batch(store: &mut Store) {
    let kept = add_record(store, &record("1", "2026-10-01", Some("2026-11-01")));
    let later = record("1", "2026-11-02", None);
    let keys = RecordKeys { uuid: "u-9".into(), ..RecordKeys::new(&later, at("2026-11-22 12:00")) };
    let new = keys.record(&later, false);
    let n = store
        .write(|tx| {
            let sealer = tx.sealer();
            let mut batch = tx.batch(ItemKind::Record)?;
            assert!(!batch.record_key_exists(&keys.nkey)?);
            let n = batch.insert_record(&new, Some(&sealer.record(&new)))?;
            assert!(batch.record_key_exists(&keys.nkey)?);
            batch.finish(true, &[(n, n)])?;
            let after = format!(r#"{{"table": "records", "added": 1, "ids": [[{n}, {n}]]}}"#);
            tx.log(&actor(), "import", None, None, Some(&after))?;
            Ok::<_, Error>(n)
        })
        .expect("batch");
    assert_eq!(n, kept + 1);
    let r = store.read();
    assert_eq!(r.record(n).expect("read").expect("there").data, later);
    assert!(r.open_follow_ups(day("2026-12-31")).expect("open").is_empty(), "settled");
    let report = r.verify(20).expect("verify");
    assert!(report.findings.is_empty(), "sealed as written: {:?}", report.findings);
    let rolled: Result<(), Error> = store.write(|tx| {
        let mut batch = tx.batch(ItemKind::Doc)?;
        batch.insert_doc(None, &doc("777777", None), "u-d", at("2026-11-22 12:00"), true)?;
        batch.finish(false, &[])?;
        Err(Error::Internal("refused".into()))
    });
    assert!(rolled.is_err());
    assert!(store.read().docs().expect("docs").is_empty());
}

#[test]
fn an_sqlcipher_store_meets_the_contract() {
    let dir = tempfile::tempdir().expect("dir");
    let mut n = 0;
    run_all(&mut || {
        n += 1;
        let place = dir.path().join(n.to_string());
        std::fs::create_dir(&place).expect("dir");
        Store::scratch(&place).expect("store")
    });
}

/// The same cases on an office server (`KABINET_TEST_PG`, as `.ci/run` starts one): each case
/// on a new office in a database of its own, dropped at the end.
#[test]
fn an_office_server_meets_the_contract() {
    let url = match std::env::var("KABINET_TEST_PG") {
        Ok(url) if !url.is_empty() => url,
        _ if std::env::var("CI").as_deref() == Ok("true") => {
            panic!("CI=true but KABINET_TEST_PG names no PostgreSQL: .ci/run starts one")
        }
        _ => {
            eprintln!("skipped: no PostgreSQL (set KABINET_TEST_PG, as .ci/run does)");
            return;
        }
    };
    let db = format!("kabinet_contract_{}", std::process::id());
    let mut admin = postgres::Client::connect(&url, postgres::NoTls).expect("server");
    admin.batch_execute(&format!("DROP DATABASE IF EXISTS {db}")).expect("drop");
    admin.batch_execute(&format!("CREATE DATABASE {db}")).expect("create");
    let (head, query) = url.split_once('?').unwrap_or((&url, ""));
    let base = head.rsplit_once('/').map_or(head, |(b, _)| b);
    let there = format!("{base}/{db}?{query}");
    let server = super::pg::Server::parse(&there).expect("url");
    let pass = crate::crypto::Passphrase::new(zeroize::Zeroizing::new("contract".into()));
    let mut n = 0;
    run_all(&mut || {
        n += 1;
        let office = format!("contract {n}");
        super::pg::init(&server, &office, "clerk", &pass, "2026-11-22T12:00:00").expect("init");
        let office_url = format!("{there}&office=contract+{n}");
        let who = super::Who::new(Some("clerk".into()));
        Store::find_server(&office_url, &who).expect("find").unlock(&pass).expect("unlock")
    });
    admin.batch_execute(&format!("DROP DATABASE {db} WITH (FORCE)")).expect("drop");
}

//! Generates benchmark data: `bench_data inns N` prints N ИНН values (one in ten with a wrong
//! check digit); `bench_data store PATH N` creates an encrypted store (passphrase from
//! KABINET_PASSPHRASE) holding N realistic diary records, N/10 documents, N/10 appointments and
//! N/5 applications, every old item still outstanding; `bench_data store-kept PATH N` the same
//! volume kept up (old follow-ups answered, expired documents archived, past appointments done,
//! applications older than a month decided);
//! `bench_data records-csv N` prints a CSV of N realistic diary records, as a spreadsheet
//! export would hold them (Russian dates, formatted СНИЛС, Cyrillic text), for import benchmarks.

use std::io::{BufWriter, Write};
use std::path::Path;

use chrono::{Duration, NaiveDate};
use kabinet::crypto::{self, Passphrase};
use kabinet::domain::Draft;
use kabinet::domain::ItemKind;
use kabinet::domain::application::{ApplicationData, Standing, Status};
use kabinet::domain::appt::{ApptData, ApptStatus};
use kabinet::domain::doc::DocData;
use kabinet::domain::record::RecordData;
use kabinet::store::{RecordKeys, Store, audit};
use kabinet::validate;
use zeroize::Zeroizing;

/// A small deterministic generator, so runs are comparable.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn inn10(r: &mut Rng) -> String {
    let body: String = (0..9).map(|_| char::from(b'0' + r.below(10) as u8)).collect();
    (0..10).map(|c| format!("{body}{c}")).find(|s| validate::inn(s).is_ok()).unwrap_or(body)
}

fn snils(r: &mut Rng) -> String {
    let body = 2_000_000 + r.below(997_000_000);
    (0..100)
        .map(|c| format!("{body:09}{c:02}"))
        .find(|s| validate::snils(s).is_ok())
        .unwrap_or_default()
}

const AGENCIES: &[&str] = &["МФЦ Тверской", "ФНС № 7", "СФР", "ГИБДД МРЭО № 3", "Росреестр"];

const NAMES: &[&str] = &[
    "Смирнов Артём Игоревич",
    "Кузнецова Алиса Дмитриевна",
    "Попов Матвей Сергеевич",
    "Васильева Ксения Андреевна",
    "Соколов Тимофей Алексеевич",
];
const TYPES: &[(&str, &str)] = &[
    ("осмотр", "здоров, группа здоровья I"),
    ("прививка", "выполнена, реакции нет"),
    ("консультация", "рекомендовано наблюдение"),
    ("выплата", "сумма выплачена"),
];

fn draft(pairs: &[(&'static str, String)]) -> Draft {
    let mut d = Draft::default();
    for (k, v) in pairs {
        d.set(k, v.clone());
    }
    d
}

/// `kept`: a registry that is kept up, as `deadlines` meets it in real use: follow-ups only on
/// recent records (older ones were answered), expired documents archived, past appointments
/// done, appointments spread over ten years. Otherwise every old item is still outstanding.
fn fill(path: &Path, n: u64, kept: bool) -> Result<(), Box<dyn std::error::Error>> {
    let pass = std::env::var("KABINET_PASSPHRASE").unwrap_or_else(|_| "bench passphrase".into());
    let (mut store, _) = Store::create(path, "bench", &Passphrase::new(Zeroizing::new(pass)))?;
    // A bulk load touches random pages of the UUID and key indexes: give it a big page cache.
    store.set_cache_kib(256 << 10)?;
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let now = today.and_hms_opt(12, 0, 0).ok_or("time")?;
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let iso = |d: NaiveDate| d.format("%Y-%m-%d").to_string();
    let calendar = kabinet::calendar::Calendar::builtin();
    store.write(|tx| {
        // Rows go in through the store's batch writer, as `import` writes them: sealed as they
        // are inserted, not by the triggers.
        let mut batch = tx.batch(ItemKind::Record)?;
        for i in 0..n {
            let (kind, result) = TYPES[r.below(TYPES.len() as u64) as usize];
            let event = today - Duration::days(r.below(3000) as i64);
            let d = draft(&[
                ("subject_id", format!("{}", 10_000 + i / 7)),
                ("subject_name", NAMES[r.below(NAMES.len() as u64) as usize].into()),
                ("event_date", iso(event)),
                ("type", kind.into()),
                ("result", result.into()),
                ("snils", snils(&mut r)),
                (
                    "amount",
                    if kind == "выплата" {
                        format!("{}.00", 500 + r.below(9000))
                    } else {
                        String::new()
                    },
                ),
                (
                    "follow_up_on",
                    if r.below(5) == 0 && (!kept || (today - event).num_days() < 100) {
                        iso(event + Duration::days(90))
                    } else {
                        String::new()
                    },
                ),
                ("description", format!("запись {i}")),
            ]);
            let data = RecordData::from_draft(&d, today)
                .map_err(|e| kabinet::store::Error::Internal(format!("{e:?}")))?;
            let at =
                (event + Duration::days(r.below(5) as i64)).and_hms_opt(10, 0, 0).unwrap_or(now);
            batch.insert_record(&RecordKeys::new(&data, at).record(&data, false), None)?;
        }
        batch.finish(true, &[(1, n as i64)])?;
        let mut batch = tx.batch(ItemKind::Doc)?;
        for i in 0..n / 10 {
            let d = draft(&[
                ("holder", NAMES[r.below(NAMES.len() as u64) as usize].into()),
                ("kind", "passport".into()),
                ("series", format!("{:04}", r.below(10_000))),
                ("number", format!("{:06}", i % 1_000_000)),
                ("issued_on", iso(today - Duration::days(600 + r.below(5000) as i64))),
                ("expires_on", iso(today + Duration::days(r.below(4000) as i64 - 500))),
            ]);
            let data = DocData::from_draft(&d, today)
                .map_err(|e| kabinet::store::Error::Internal(format!("{e:?}")))?;
            let archived = kept && data.expires_on.is_some_and(|e| e < today);
            batch.insert_doc(None, &data, &crypto::new_uuid(), now, archived)?;
        }
        batch.finish(true, &[])?;
        let mut batch = tx.batch(ItemKind::Appt)?;
        for i in 0..n / 10 {
            let at = if kept {
                now + Duration::minutes(r.below(60 * 24 * 3650) as i64 - 60 * 24 * 3285)
            } else {
                now + Duration::minutes(r.below(60 * 24 * 365) as i64 - 60 * 24 * 30)
            };
            let status = if kept && at < now { ApptStatus::Done } else { ApptStatus::Scheduled };
            let d = draft(&[
                ("person", NAMES[r.below(NAMES.len() as u64) as usize].into()),
                ("institution", format!("МФЦ № {}", i % 50)),
                ("service", "замена паспорта".into()),
                ("starts_at", at.format("%Y-%m-%dT%H:%M").to_string()),
                ("needs", format!("D-{}", 1 + r.below((n / 10).max(1)))),
            ]);
            let data = ApptData::from_draft(&d, today, chrono_tz::UTC)
                .map_err(|e| kabinet::store::Error::Internal(format!("{e:?}")))?;
            batch.insert_appt(None, &data, &crypto::new_uuid(), status, now)?;
        }
        batch.finish(true, &[])?;
        let mut batch = tx.batch(ItemKind::Application)?;
        for i in 0..n / 5 {
            // About 70 a day over eight years, like the other kinds. Kept up: a decision came
            // within the term of all but the open ones of the last month; otherwise one in
            // three of any age is still open.
            let submitted = today - Duration::days(r.below(3000) as i64);
            let recent = (today - submitted).num_days() <= 30;
            let d = draft(&[
                ("applicant", NAMES[r.below(NAMES.len() as u64) as usize].into()),
                ("agency", AGENCIES[r.below(AGENCIES.len() as u64) as usize].into()),
                ("service", "выдача справки".into()),
                ("number", format!("{}-{i}", 77 + i % 20)),
                ("submitted", iso(submitted)),
                ("due", format!("+{}", 5 + r.below(30))),
                ("fee", if i % 3 == 0 { "3500.00".into() } else { String::new() }),
            ]);
            let data = ApplicationData::from_draft(&d, today, &calendar)
                .map_err(|e| kabinet::store::Error::Internal(format!("{e:?}")))?;
            let in_term = data.due.is_some_and(|due| due >= today);
            let open = if kept { recent && in_term } else { recent || r.below(3) == 0 };
            let mut st = Standing::filed(&data);
            if !open {
                st.status = if i % 4 == 0 { Status::Rejected } else { Status::Approved };
                st.since = (submitted + Duration::days(3 + r.below(40) as i64))
                    .and_hms_opt(11, 0, 0)
                    .unwrap_or(now)
                    .min(now);
            }
            batch.insert_application(None, &data, &crypto::new_uuid(), &st, now)?;
        }
        batch.finish(true, &[])?;
        // Logged as the import of each table would be, so that `kabinet verify` finds every
        // item accounted for (and the store is a fair input for its benchmark).
        let actor = audit::Actor { at: now, who: audit::whoami(), command: "bench_data".into() };
        let tables = [("records", n), ("docs", n / 10), ("appts", n / 10), ("applications", n / 5)];
        for (table, count) in tables {
            if count > 0 {
                let after = serde_json::json!({
                    "file": "bench_data", "table": table, "added": count,
                    "duplicates": 0, "rejected": 0, "ids": [[1, count]],
                });
                tx.log(&actor, "import", None, None, Some(&after.to_string()))?;
            }
        }
        Ok::<_, kabinet::store::Error>(())
    })?;
    Ok(())
}

/// N diary records as CSV with SPEC.md's headers: the input of the import benchmark.
fn records_csv(n: u64) -> Result<(), Box<dyn std::error::Error>> {
    let today = NaiveDate::from_ymd_opt(2026, 11, 22).ok_or("date")?;
    let mut r = Rng(0x2545_F491_4F6C_DD1D);
    let mut out = csv::Writer::from_writer(BufWriter::new(std::io::stdout().lock()));
    out.write_record([
        "subject_id",
        "subject_name",
        "event_date",
        "type",
        "result",
        "description",
        "amount",
        "snils",
        "responsible",
        "follow_up_on",
        "recorded_at",
    ])?;
    let ru = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    for i in 0..n {
        let (kind, result) = TYPES[r.below(TYPES.len() as u64) as usize];
        let event = today - Duration::days(r.below(3000) as i64);
        let s = snils(&mut r);
        let amount = if kind == "выплата" {
            format!("{}.00", 500 + r.below(9000))
        } else {
            String::new()
        };
        let follow = if r.below(5) == 0 { ru(event + Duration::days(90)) } else { String::new() };
        let recorded =
            (event + Duration::days(r.below(5) as i64)).min(today).format("%Y-%m-%dT10:00");
        out.write_record([
            format!("{}", 10_000 + i / 7),
            NAMES[r.below(NAMES.len() as u64) as usize].to_owned(),
            ru(event),
            kind.to_owned(),
            result.to_owned(),
            format!("приём № {i}, жалоб нет"),
            amount,
            format!("{}-{}-{} {}", &s[0..3], &s[3..6], &s[6..9], &s[9..11]),
            "Иванова М. П.".to_owned(),
            follow,
            recorded.to_string(),
        ])?;
    }
    out.flush()?;
    Ok(())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("inns") => {
            let n: u64 = args.get(2).ok_or("usage: bench_data inns N")?.parse()?;
            let mut r = Rng(42);
            let mut out = BufWriter::new(std::io::stdout().lock());
            for i in 0..n {
                let mut v = inn10(&mut r);
                if i % 10 == 9 {
                    v.replace_range(9..10, if v.ends_with('0') { "1" } else { "0" });
                }
                writeln!(out, "{v}")?;
            }
            out.flush()?;
        }
        Some(mode @ ("store" | "store-kept")) => {
            let usage = "usage: bench_data store|store-kept PATH N";
            let path = args.get(2).ok_or(usage)?;
            let n: u64 = args.get(3).ok_or(usage)?.parse()?;
            fill(Path::new(path), n, mode == "store-kept")?;
        }
        Some("records-csv") => {
            let n: u64 = args.get(2).ok_or("usage: bench_data records-csv N")?.parse()?;
            records_csv(n)?;
        }
        _ => {
            return Err(
                "usage: bench_data inns N | bench_data store|store-kept PATH N | bench_data records-csv N"
                    .into(),
            );
        }
    }
    Ok(())
}

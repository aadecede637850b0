//! `kabinet export pdf`: printable reports in the interface language — the journal with its
//! statistics, the document registry grouped by status, appointments by day, applications by
//! status ([`applications`]) — and a one-page receipt for a record, an appointment or an
//! application, with a QR code and the store's key ID.

mod applications;

pub use applications::report as applications;

use std::collections::BTreeMap;
use std::io::Write;

use chrono::{Datelike, Duration, NaiveDate, TimeZone};

use super::ExportArgs;
use crate::app::{appts, docs, export, records};
use crate::cmd::context::Ctx;
use crate::cmd::failure::{Failure, Result};
use crate::cmd::output::parse_id;
use crate::cmd::session::Session;
use crate::cmd::shown;
use crate::domain::appt::{Appointment, ApptStatus};
use crate::domain::doc::{DocStatus, Document};
use crate::domain::record::{Record, RecordStatus};
use crate::domain::{ItemId, ItemKind};
use crate::i18n::{self, pdf_label as l};
use crate::io::pdf::{Col, Pdf};
use crate::store::Reader;

/// Font sizes: title, subtitle and heading, body tables, statistics tables.
const TITLE: f32 = 15.0;
const SUB: f32 = 9.5;
const HEAD: f32 = 11.0;
const BODY: f32 = 7.5;
const STATS: f32 = 8.5;

/// The title block every report starts with.
fn title(pdf: &mut Pdf, title: &str, lines: &[String]) {
    pdf.text(title, TITLE, true);
    pdf.space(1.0);
    for line in lines.iter().filter(|l| !l.is_empty()) {
        pdf.text(line, SUB, false);
    }
    pdf.space(3.0);
}

/// "Generated 22.11.2026 14:05 (Europe/Moscow)".
fn generated(ctx: &Ctx) -> String {
    format!("{} {} ({})", l("generated"), i18n::datetime(ctx.now()), ctx.zone())
}

fn period(from: Option<NaiveDate>, to: Option<NaiveDate>) -> String {
    let d = |x: Option<NaiveDate>| x.map(i18n::date);
    match (d(from), d(to)) {
        (None, None) => format!("{}: {}", l("period"), l("all_time")),
        (Some(f), None) => format!("{}: {} {f}", l("period"), l("since")),
        (None, Some(t)) => format!("{}: {} {t}", l("period"), l("until")),
        (Some(f), Some(t)) => format!("{}: {f} — {t}", l("period"), t = t),
    }
}

/// The filters given, as "Type: осмотр; Status: late".
fn filters(given: &[(&str, Option<&str>)]) -> String {
    let parts: Vec<String> =
        given.iter().filter_map(|(k, v)| v.map(|v| format!("{}: {v}", l(k)))).collect();
    if parts.is_empty() { String::new() } else { format!("{}: {}", l("filters"), parts.join("; ")) }
}

/// Ends the document: every page's footer names the report and when it was made.
fn finish(pdf: Pdf, made: &str, what: &str, out: &mut dyn Write) -> Result<()> {
    Ok(pdf.finish(&format!("kabinet · {what} · {made}"), i18n::page_of, out)?)
}

// ---- records ------------------------------------------------------------------------------

#[derive(Default)]
struct Counts {
    total: u64,
    late: u64,
}

/// What a records report sums up as it lists the records.
#[derive(Default)]
struct Stats {
    months: BTreeMap<(i32, u32), Counts>,
    types: BTreeMap<String, u64>,
    results: BTreeMap<String, u64>,
    late: Vec<Vec<String>>,
    n: u64,
    amended: u64,
}

impl Stats {
    fn add(&mut self, r: &Record) {
        self.n += 1;
        let d = &r.data;
        let m = self.months.entry((d.event_date.year(), d.event_date.month())).or_default();
        m.total += 1;
        *self.types.entry(d.kind.clone()).or_default() += 1;
        *self.results.entry(d.result.clone()).or_default() += 1;
        if r.late {
            m.late += 1;
            self.late.push(vec![
                r.item_id().to_string(),
                i18n::date(d.event_date),
                i18n::datetime(r.recorded_at),
                subject(r),
            ]);
        }
        if r.status() == RecordStatus::Amended {
            self.amended += 1;
        }
    }
}

/// The journal with its statistics, for `export pdf --kind record`; returns how many records
/// it lists.
pub fn records(
    s: &mut Session,
    a: &ExportArgs,
    filter: &records::Filter,
    out: &mut dyn Write,
) -> Result<u64> {
    let (ctx, store) = s.parts()?;
    let mut pdf = Pdf::new(&l("records_title"), true)?;
    let all = a.all.then(|| l("with_amended"));
    title(
        &mut pdf,
        &l("records_title"),
        &[
            period(filter.from, filter.to),
            filters(&[
                ("type", a.record.kind.as_deref()),
                ("status", a.search.status.as_deref()),
                ("subject", a.record.subject.as_deref()),
                ("text", a.search.text.as_deref()),
                ("includes", all.as_deref()),
            ]),
            generated(ctx),
        ],
    );
    pdf.begin_table(
        &[
            // Widths in millimetres at this size, shared out over the page: an identifier, a
            // date, a full name and a type on one line each.
            Col::new(l("col_id"), 10.0).whole(),
            Col::new(l("col_date"), 14.0).whole(),
            Col::new(l("col_subject"), 44.0),
            Col::new(l("col_type"), 18.0),
            Col::new(i18n::field_label("result"), 33.0),
            Col::new(i18n::field_label("description"), 36.0),
            Col::new(l("col_registry"), 15.0).whole(),
            Col::right(i18n::field_label("amount"), 15.0).whole(),
            Col::new(i18n::field_label("responsible"), 20.0),
            Col::new(l("col_follow_up"), 14.0).whole(),
            Col::new(l("col_recorded"), 21.0),
        ],
        BODY,
    );
    let mut stats = Stats::default();
    export::each_record(store.read(), filter, |r| {
        stats.add(&r);
        pdf.row(&record_row(&r));
        Ok(pdf.check_room()?)
    })?;
    if stats.n == 0 {
        pdf.row(&[l("nothing")]);
    }
    pdf.end_table();
    statistics(&mut pdf, &stats);
    overdue_follow_ups(&mut pdf, store.read(), ctx, filter)?;
    finish(pdf, &generated(ctx), &l("records_title"), out)?;
    Ok(stats.n)
}

/// The statistics after the journal: totals, by month, by type and by result, the late entries.
fn statistics(pdf: &mut Pdf, st: &Stats) {
    pdf.heading(&l("statistics"), HEAD);
    pdf.text(
        &format!(
            "{}: {}; {}: {}; {}: {}",
            l("total_records"),
            st.n,
            l("late_entries"),
            st.late.len(),
            l("amended_records"),
            st.amended
        ),
        STATS,
        false,
    );
    pdf.space(2.0);
    pdf.heading(&l("by_month"), HEAD);
    pdf.begin_table(
        &[
            Col::new(l("month"), 3.0),
            Col::right(l("count"), 1.5),
            Col::right(l("of_them_late"), 1.5),
            Col::new("", 6.0),
        ],
        STATS,
    );
    for ((y, m), c) in &st.months {
        let name = format!("{} {y}", i18n::month_name(*m));
        pdf.row(&[name, c.total.to_string(), c.late.to_string(), String::new()]);
    }
    pdf.end_table();
    for (heading, col, counts) in [
        (l("by_type"), i18n::field_label("type"), &st.types),
        (l("by_result"), i18n::field_label("result"), &st.results),
    ] {
        pdf.heading(&heading, HEAD);
        pdf.begin_table(
            &[Col::new(col, 4.5), Col::right(l("count"), 1.5), Col::new("", 6.0)],
            STATS,
        );
        let mut sorted: Vec<(&String, &u64)> = counts.iter().collect();
        sorted.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        for (k, v) in sorted {
            pdf.row(&[k.clone(), v.to_string(), String::new()]);
        }
        pdf.end_table();
    }
    pdf.heading(&l("late_list"), HEAD);
    if st.late.is_empty() {
        pdf.text(&l("none"), STATS, false);
    } else {
        pdf.begin_table(
            &[
                Col::new(l("col_id"), 1.0).whole(),
                Col::new(i18n::field_label("event_date"), 1.5).whole(),
                Col::new(i18n::field_label("recorded_at"), 2.0),
                Col::new(l("col_subject"), 5.0),
            ],
            STATS,
        );
        for row in &st.late {
            pdf.row(row);
        }
        pdf.end_table();
    }
}

/// The follow-ups of the listed records that are overdue.
fn overdue_follow_ups(pdf: &mut Pdf, r: Reader, ctx: &Ctx, filter: &records::Filter) -> Result<()> {
    let today = ctx.today();
    pdf.heading(&l("overdue_follow_ups"), HEAD);
    let overdue: Vec<Record> = r
        .records_following_up(today - Duration::days(1))?
        .into_iter()
        .filter(|rec| {
            let e = rec.data.event_date;
            filter.from.is_none_or(|f| e >= f)
                && filter.to.is_none_or(|t| e <= t)
                && filter.matches(rec)
        })
        .collect();
    if overdue.is_empty() {
        pdf.text(&l("none"), STATS, false);
        return Ok(());
    }
    pdf.begin_table(
        &[
            Col::new(l("col_id"), 1.0).whole(),
            Col::new(l("col_subject"), 4.0),
            Col::new(i18n::field_label("type"), 2.0),
            Col::new(i18n::field_label("follow_up_on"), 1.6).whole(),
            Col::right(l("days_overdue"), 1.4),
        ],
        STATS,
    );
    for rec in &overdue {
        let due = rec.data.follow_up_on.unwrap_or(today);
        pdf.row(&[
            rec.item_id().to_string(),
            subject(rec),
            rec.data.kind.clone(),
            i18n::date(due),
            (today - due).num_days().to_string(),
        ]);
    }
    pdf.end_table();
    Ok(())
}

fn subject(r: &Record) -> String {
    match &r.data.subject_name {
        Some(name) => format!("{} {name}", r.data.subject_id),
        None => r.data.subject_id.clone(),
    }
}

fn record_row(r: &Record) -> Vec<String> {
    let d = &r.data;
    let opt = |v: &Option<String>| v.clone().unwrap_or_default();
    // The number and the name on one line where the column allows.
    let subject = match &d.subject_name {
        Some(name) => format!("{} {name}", d.subject_id),
        None => d.subject_id.clone(),
    };
    let kind = match &d.subtype {
        Some(sub) => format!("{}\n{sub}", d.kind),
        None => d.kind.clone(),
    };
    let mut recorded = i18n::datetime(r.recorded_at);
    if r.status() != RecordStatus::Ok {
        recorded = format!("{recorded}\n{}", i18n::record_status(r.status()));
    }
    vec![
        r.item_id().to_string(),
        i18n::date(d.event_date),
        subject,
        kind,
        d.result.clone(),
        opt(&d.description),
        opt(&d.registry_no),
        d.amount.as_deref().map(i18n::amount).unwrap_or_default(),
        opt(&d.responsible),
        d.follow_up_on.map(i18n::date).unwrap_or_default(),
        recorded,
    ]
}

// ---- documents ----------------------------------------------------------------------------

/// The document registry grouped by status, for `export pdf --kind doc`; returns how many
/// documents it lists.
pub fn docs(
    s: &mut Session,
    a: &ExportArgs,
    filter: &docs::Filter,
    out: &mut dyn Write,
) -> Result<u64> {
    let (ctx, store) = s.parts()?;
    let (today, leads) = (ctx.today(), &ctx.env.leads);
    let mut groups: BTreeMap<u8, Vec<Document>> = BTreeMap::new();
    store.read().scan_docs(|d| {
        if filter.matches(&d, today, leads) {
            groups.entry(order(d.status(today, leads))).or_default().push(d);
        }
        Ok::<_, Failure>(())
    })?;
    let n: usize = groups.values().map(Vec::len).sum();
    let mut pdf = Pdf::new(&l("docs_title"), false)?;
    let all = a.all.then(|| l("with_archived"));
    let summary: Vec<String> =
        groups.iter().map(|(k, v)| format!("{}: {}", group_name(*k), v.len())).collect();
    title(
        &mut pdf,
        &l("docs_title"),
        &[
            format!("{} {}", l("as_of"), i18n::date(today)),
            filters(&[
                ("kind", a.doc_kind.as_deref()),
                ("status", a.search.status.as_deref()),
                ("holder", a.doc.holder.as_deref()),
                ("text", a.search.text.as_deref()),
                ("includes", all.as_deref()),
            ]),
            format!("{}: {n}. {}", l("total_docs"), summary.join(" · ")),
            generated(ctx),
        ],
    );
    if n == 0 {
        pdf.text(&l("nothing"), STATS, false);
    }
    for (key, mut list) in groups {
        list.sort_by_key(|d| (d.data.expires_on.is_none(), d.data.expires_on, d.id));
        pdf.heading(&format!("{} ({})", group_name(key), list.len()), HEAD);
        pdf.begin_table(
            &[
                Col::new(l("col_id"), 1.0).whole(),
                Col::new(i18n::field_label("holder"), 3.2),
                Col::new(i18n::field_label("kind"), 2.2),
                Col::new(l("col_number"), 2.0).whole(),
                Col::new(l("col_issued"), 3.0),
                Col::new(l("col_expires"), 1.7).whole(),
                Col::right(l("days_left"), 1.3),
            ],
            BODY,
        );
        for d in &list {
            let x = &d.data;
            let holder = match &x.holder_snils {
                Some(sn) => {
                    format!("{}\n{} {}", x.holder, l("snils"), crate::validate::format_snils(sn))
                }
                None => x.holder.clone(),
            };
            let issued = match &x.issued_by {
                Some(by) => format!("{}\n{by}", i18n::date(x.issued_on)),
                None => i18n::date(x.issued_on),
            };
            pdf.row(&[
                d.item_id().to_string(),
                holder,
                i18n::doc_kind(x.kind),
                x.display_number(),
                issued,
                x.expires_on.map(i18n::date).unwrap_or_else(|| l("indefinite")),
                d.days_left(today).map(|n| n.to_string()).unwrap_or_default(),
            ]);
            pdf.check_room()?;
        }
        pdf.end_table();
    }
    finish(pdf, &generated(ctx), &l("docs_title"), out)?;
    Ok(n as u64)
}

/// A status group's heading: "Просрочены", "Истекают"…
fn group_name(key: u8) -> String {
    l(match status_of(key) {
        DocStatus::Expired => "group_expired",
        DocStatus::Expiring => "group_expiring",
        DocStatus::Valid => "group_valid",
        DocStatus::Indefinite => "group_indefinite",
        DocStatus::Archived => "group_archived",
    })
}

/// The order of the status groups: what needs action first.
fn order(st: DocStatus) -> u8 {
    match st {
        DocStatus::Expired => 0,
        DocStatus::Expiring => 1,
        DocStatus::Valid => 2,
        DocStatus::Indefinite => 3,
        DocStatus::Archived => 4,
    }
}

fn status_of(key: u8) -> DocStatus {
    match key {
        0 => DocStatus::Expired,
        1 => DocStatus::Expiring,
        2 => DocStatus::Valid,
        3 => DocStatus::Indefinite,
        _ => DocStatus::Archived,
    }
}

// ---- appointments -------------------------------------------------------------------------

/// Appointments by day, for `export pdf --kind appt`; returns how many it lists.
pub fn appts(
    s: &mut Session,
    a: &ExportArgs,
    filter: &appts::Filter,
    out: &mut dyn Write,
) -> Result<u64> {
    let (ctx, store) = s.parts()?;
    let made = generated(ctx);
    let r = store.read();
    let mut list: Vec<Appointment> = Vec::new();
    r.scan_appts(filter.from, filter.to, |x| {
        if filter.matches(&x) {
            list.push(x);
        }
        Ok::<_, Failure>(())
    })?;
    list.sort_by_key(|x| (x.data.starts_at, x.id));
    let mut pdf = Pdf::new(&l("appts_title"), true)?;
    let upcoming = a.appt.upcoming.then(|| l("upcoming_only"));
    title(
        &mut pdf,
        &l("appts_title"),
        &[
            period(filter.from, filter.to),
            filters(&[
                ("status", a.search.status.as_deref()),
                ("person", a.appt.person.as_deref()),
                ("institution", a.appt.institution.as_deref()),
                ("text", a.search.text.as_deref()),
                ("includes", upcoming.as_deref()),
            ]),
            format!("{}: {}", l("total_appts"), list.len()),
            made.clone(),
        ],
    );
    if list.is_empty() {
        pdf.text(&l("nothing"), STATS, false);
    }
    let cols = [
        Col::new(l("col_time"), 1.3).whole(),
        Col::new(l("col_id"), 0.9).whole(),
        Col::new(i18n::field_label("person"), 2.4),
        Col::new(l("col_where"), 3.0),
        Col::new(i18n::field_label("service"), 3.0),
        Col::new(i18n::field_label("status"), 1.4),
        Col::new(l("col_bring"), 3.6),
        Col::new(l("col_confirmation"), 1.4).whole(),
    ];
    let mut day: Option<NaiveDate> = None;
    for x in &list {
        let d = &x.data;
        let date = d.starts_at.date();
        if day != Some(date) {
            if day.is_some() {
                pdf.end_table();
            }
            let count = list.iter().filter(|y| y.data.starts_at.date() == date).count();
            pdf.heading(
                &format!("{}, {} ({count})", i18n::weekday(date.weekday()), i18n::date(date)),
                HEAD,
            );
            pdf.begin_table(&cols, BODY);
            day = Some(date);
        }
        let end = d.starts_at + Duration::minutes(d.duration_min);
        let place = match &d.office {
            Some(o) => format!("{}\n{o}", d.institution),
            None => d.institution.clone(),
        };
        let needed = appts::needs_present(r, &d.needs);
        let mut bring: Vec<String> = needed.iter().map(doc_line).collect();
        let warnings = appts::need_warnings(d, &needed);
        bring.extend(warnings.iter().map(|w| format!("⚠ {}", shown::need_warning(w))));
        pdf.row(&[
            format!("{}–{}", d.starts_at.format("%H:%M"), end.format("%H:%M")),
            x.item_id().to_string(),
            d.person.clone().unwrap_or_default(),
            place,
            d.service.clone(),
            i18n::appt_status(x.status),
            bring.join("\n"),
            d.confirmation_no.clone().unwrap_or_default(),
        ]);
        pdf.check_room()?;
    }
    if day.is_some() {
        pdf.end_table();
    }
    finish(pdf, &made, &l("appts_title"), out)?;
    Ok(list.len() as u64)
}

/// "D-7 паспорт РФ 45 06 123456, до 01.02.2030".
fn doc_line(d: &Document) -> String {
    let x = &d.data;
    let mut s = format!("{} {} {}", d.item_id(), i18n::doc_kind(x.kind), x.display_number());
    if let Some(e) = x.expires_on {
        s = format!("{}, {} {}", s.trim_end(), l("valid_until"), i18n::date(e));
    }
    s.trim_end().to_owned()
}

// ---- receipts -----------------------------------------------------------------------------

/// A one-page receipt for a record (`R-…`), an appointment (`A-…`) or an application
/// (`Z-…`).
pub fn receipt(s: &mut Session, id: &str, out: &mut dyn Write) -> Result<()> {
    let kinds = [ItemKind::Record, ItemKind::Appt, ItemKind::Application];
    let kind = kinds.into_iter().find(|k| {
        !id.trim().starts_with(|c: char| c.is_ascii_digit()) && ItemId::parse(id, *k).is_some()
    });
    let Some(kind) = kind else {
        return Err(Failure::usage(i18n::receipt_not_for(id)));
    };
    let (ctx, store) = s.parts()?;
    let key = store.read().signer()?.public();
    let mut pdf = Pdf::new(&l("receipt"), false)?;
    let what = match kind {
        ItemKind::Record => {
            let r = records::get(store.read(), parse_id(id, kind)?)?;
            let title = l("record_receipt_title");
            pdf.text(&title, TITLE, true);
            pdf.text(
                &format!("№ {} {} {}", r.item_id(), l("entered"), i18n::datetime(r.recorded_at)),
                HEAD,
                false,
            );
            pdf.space(4.0);
            pdf.pairs(&shown::record(&r, ctx.now()), 10.0);
            title
        }
        ItemKind::Application => {
            let x = crate::app::applications::show(store.read(), parse_id(id, kind)?)?;
            applications::slip(&mut pdf, ctx, &x)?;
            l("application_receipt_title")
        }
        _ => {
            let x = appts::show(store.read(), parse_id(id, kind)?)?;
            appt_receipt(&mut pdf, ctx, &x)?;
            l("appt_receipt_title")
        }
    };
    pdf.space(6.0);
    if let Some(head) = store.read().head()? {
        pdf.text(&format!("{}: {head}", l("audit_head")), 8.0, false);
    }
    pdf.text(&format!("{}: {}", l("key_id"), key.key_id()), 8.0, false);
    pdf.text(&format!("{}: {}", l("public_key"), key.base64()), 8.0, false);
    pdf.text(&l("key_hint"), 8.0, false);
    finish(pdf, &generated(ctx), &what, out)
}

/// An appointment's receipt: where and when, with a QR code; what to bring; every detail.
fn appt_receipt(pdf: &mut Pdf, ctx: &Ctx, shown: &appts::Shown) -> Result<()> {
    let x = &shown.appt;
    let d = &x.data;
    let qr_side = 38.0;
    pdf.qr(&qr_text(ctx, x), qr_side)?;
    let top = pdf.cursor();
    pdf.set_text_width(pdf.body_width() - qr_side - 4.0);
    pdf.text(&l("appt_receipt_title"), TITLE, true);
    pdf.text(
        &format!("№ {} {} {}", x.item_id(), l("entered"), i18n::datetime(x.created_at)),
        SUB,
        false,
    );
    pdf.space(3.0);
    pdf.text(&d.institution, 13.0, true);
    if let Some(o) = &d.office {
        pdf.text(o, 11.0, false);
    }
    pdf.text(&d.service, 11.0, false);
    let when =
        format!("{}, {}", i18n::weekday(d.starts_at.date().weekday()), i18n::datetime(d.starts_at));
    pdf.text(&when, 13.0, true);
    if x.status != ApptStatus::Scheduled {
        pdf.text(&i18n::appt_status(x.status), 11.0, true);
    }
    pdf.set_text_width(pdf.body_width());
    pdf.set_cursor(pdf.cursor().max(top + qr_side + 2.0));
    pdf.heading(&l("bring"), HEAD);
    if shown.docs.is_empty() {
        pdf.text(&l("bring_nothing_listed"), 10.0, false);
    }
    for doc in &shown.docs {
        pdf.text(&format!("☐ {}", doc_line(doc)), 10.0, false);
    }
    for w in &shown.warnings {
        pdf.text(&format!("⚠ {}", crate::cmd::shown::need_warning(w)), 10.0, true);
    }
    pdf.space(3.0);
    pdf.heading(&l("details"), HEAD);
    let env = &ctx.env;
    let pairs = crate::cmd::shown::appt(shown, ctx.today(), &env.leads, &env.reminders);
    pdf.pairs(&pairs, 9.5);
    Ok(())
}

/// What the appointment's QR code carries: its ID, the institution and the start time with
/// its UTC offset, one per line, readable by any scanner.
fn qr_text(ctx: &Ctx, x: &Appointment) -> String {
    let start = ctx
        .zone()
        .from_local_datetime(&x.data.starts_at)
        .earliest()
        .map(|t| t.format("%Y-%m-%dT%H:%M%:z").to_string())
        .unwrap_or_else(|| x.data.starts_at.format("%Y-%m-%dT%H:%M").to_string());
    format!("{}\n{}\n{start}", x.item_id(), x.data.institution)
}

#[cfg(test)]
mod tests {
    /// Every label the reports ask for has a Russian and an English text (a missing key would
    /// print as itself).
    #[test]
    fn every_label_used_is_in_the_catalogue() {
        let whole = format!("{}{}", include_str!("mod.rs"), include_str!("applications.rs"));
        let src = whole.replace("#[cfg(test)]\nmod tests", "");
        let src = src.split("mod tests {").next().unwrap_or(&src);
        // `l("key")`, not `field_label("key")`.
        let mut keys: Vec<&str> = src
            .match_indices("l(\"")
            .filter(|(i, _)| !src[..*i].ends_with(|c: char| c.is_alphanumeric() || c == '_'))
            .filter_map(|(i, _)| src[i + 3..].split('"').next())
            .collect();
        keys.extend(["group_expired", "group_expiring", "group_valid", "group_indefinite"]);
        keys.extend(["group_archived", "type", "status", "subject", "text", "includes"]);
        keys.extend(["kind", "holder", "person", "institution", "agency", "applicant"]);
        assert!(keys.len() > 40, "{keys:?}");
        for key in keys {
            // Both languages are read directly: the process-wide language is not switched.
            let (en, ru) = crate::i18n::pdf_label_pair(key);
            assert!(ru != key, "{key} has no label");
            assert!(!ru.is_empty() && !en.is_empty(), "{key}");
        }
    }
}

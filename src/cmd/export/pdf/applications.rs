//! The PDF of applications: the report grouped by status with the time each has taken and
//! its statistics (per status, per agency, the median time to a decision, the share decided
//! within the term), and an application's slip with a QR code of its number.

use std::collections::BTreeMap;
use std::io::Write;

use super::{BODY, HEAD, STATS, SUB, TITLE, doc_line, filters, finish, generated, period, title};
use crate::app::applications::{self, Filter, Stats, days_taken};
use crate::cmd::context::Ctx;
use crate::cmd::export::ExportArgs;
use crate::cmd::failure::{Failure, Result};
use crate::cmd::session::Session;
use crate::domain::application::{Application, Shown, Status};
use crate::i18n::{self, pdf_label as l};
use crate::io::pdf::{Col, Pdf};

/// The order of the status groups: what needs action first.
const GROUPS: [Shown; 6] = [
    Shown::Expired,
    Shown::Kept(Status::Accepted),
    Shown::Kept(Status::Processing),
    Shown::Kept(Status::Approved),
    Shown::Kept(Status::Rejected),
    Shown::Kept(Status::Cancelled),
];

fn group_of(s: Shown) -> usize {
    GROUPS.iter().position(|g| *g == s).unwrap_or(GROUPS.len())
}

/// Applications grouped by status, with their statistics, for `export pdf --kind
/// application`; returns how many it lists.
pub fn report(
    s: &mut Session,
    a: &ExportArgs,
    filter: &Filter,
    out: &mut dyn Write,
) -> Result<u64> {
    let (ctx, store) = s.parts()?;
    let (today, expire) = (ctx.today(), ctx.env.expire_days);
    let mut groups: BTreeMap<usize, Vec<Application>> = BTreeMap::new();
    let mut stats = Stats::default();
    store.read().scan_applications(|x| {
        if filter.matches(&x, today, expire) {
            stats.add(&x, today, expire);
            groups.entry(group_of(x.shown(today, expire))).or_default().push(x);
        }
        Ok::<_, Failure>(())
    })?;
    let made = generated(ctx);
    let mut pdf = Pdf::new(&l("applications_title"), true)?;
    let overdue = a.application.overdue.then(|| l("overdue_only"));
    let summary: Vec<String> =
        groups.iter().map(|(k, v)| format!("{}: {}", group_name(*k), v.len())).collect();
    title(
        &mut pdf,
        &l("applications_title"),
        &[
            format!("{} ({})", period(filter.from, filter.to), l("by_submission")),
            filters(&[
                ("status", a.search.status.as_deref()),
                ("agency", a.application.agency.as_deref()),
                ("applicant", a.application.applicant.as_deref()),
                ("text", a.search.text.as_deref()),
                ("includes", overdue.as_deref()),
            ]),
            format!("{}: {}. {}", l("total_applications"), stats.total, summary.join(" · ")),
            format!("{} {}", l("as_of"), i18n::date(today)),
            made.clone(),
        ],
    );
    if stats.total == 0 {
        pdf.text(&l("nothing"), STATS, false);
    }
    let cols = [
        Col::new(l("col_id"), 10.0).whole(),
        Col::new(i18n::field_label("submitted"), 15.0).whole(),
        Col::new(i18n::field_label("applicant"), 42.0),
        Col::new(l("col_agency_service"), 52.0),
        Col::new(l("col_agency_no"), 22.0).whole(),
        Col::new(l("col_term"), 15.0).whole(),
        Col::new(l("col_decision"), 30.0),
        Col::right(l("col_days_taken"), 14.0),
        Col::new(i18n::field_label("fee"), 20.0),
    ];
    for (key, mut list) in groups {
        list.sort_by_key(|x| (x.data.due.is_none(), x.data.due, x.data.submitted, x.id));
        pdf.heading(&format!("{} ({})", group_name(key), list.len()), HEAD);
        pdf.begin_table(&cols, BODY);
        for x in &list {
            pdf.row(&row(x, today));
            pdf.check_room()?;
        }
        pdf.end_table();
    }
    statistics(&mut pdf, &stats);
    finish(pdf, &made, &l("applications_title"), out)?;
    Ok(stats.total)
}

/// A status group's heading.
fn group_name(key: usize) -> String {
    capital(&GROUPS.get(key).map(|s| i18n::application_shown(*s)).unwrap_or_default())
}

/// "В обработке" for "в обработке".
fn capital(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

fn row(x: &Application, today: chrono::NaiveDate) -> Vec<String> {
    let d = &x.data;
    let applicant = match &d.snils {
        Some(sn) => {
            format!("{}\n{} {}", d.applicant, l("snils"), crate::validate::format_snils(sn))
        }
        None => d.applicant.clone(),
    };
    let mut term = d.due.map(i18n::date).unwrap_or_default();
    if x.overdue(today) {
        term = format!("{term}\n{}", i18n::field_label("overdue").to_lowercase());
    }
    let mut decision = match x.status {
        Status::Accepted | Status::Processing => String::new(),
        _ => format!("{} {}", i18n::application_status(x.status), i18n::date(x.status_at.date())),
    };
    if let Some(r) = &x.reason {
        decision = format!("{decision}\n{r}").trim().to_owned();
    }
    if let Some(doc) = x.issued_doc {
        let id = crate::domain::ItemId::new(crate::domain::ItemKind::Doc, doc);
        decision = format!("{decision}\n{} {id}", l("issued")).trim().to_owned();
    }
    let fee = match (&d.fee, d.fee_status) {
        (Some(f), Some(st)) => format!("{}\n{}", i18n::amount(f), i18n::fee_status(st)),
        (Some(f), None) => i18n::amount(f),
        (None, Some(st)) => i18n::fee_status(st),
        (None, None) => String::new(),
    };
    vec![
        x.item_id().to_string(),
        i18n::date(d.submitted),
        applicant,
        format!("{}\n{}", d.agency, d.service),
        d.number.clone().unwrap_or_default(),
        term,
        decision,
        days_taken(x, today).to_string(),
        fee,
    ]
}

/// The statistics after the list: per status, per agency, the time to a decision.
fn statistics(pdf: &mut Pdf, st: &Stats) {
    pdf.heading(&l("statistics"), HEAD);
    let median = st
        .median_days()
        .map(|m| format!("{} {}", i18n::figure(m), l("days_unit")))
        .unwrap_or_else(|| l("no_decisions"));
    let share = match st.in_term_percent() {
        Some(p) => format!(
            "{} {} {} ({} %)",
            st.decided_in_term,
            l("of"),
            st.decided_with_term,
            i18n::figure(p)
        ),
        None => l("no_decisions_with_term"),
    };
    for line in [
        format!("{}: {}; {}: {}", l("total_applications"), st.total, l("decided"), st.decided()),
        format!("{}: {median}", l("median_to_decision")),
        format!("{}: {share}", l("decided_in_term")),
    ] {
        pdf.text(&line, STATS, false);
    }
    pdf.space(2.0);
    pdf.heading(&l("by_status"), HEAD);
    pdf.begin_table(
        &[
            Col::new(i18n::field_label("status"), 3.0),
            Col::right(l("how_many"), 1.5),
            Col::new("", 7.5),
        ],
        STATS,
    );
    for s in GROUPS {
        if let Some(n) = st.by_status.get(s.code()) {
            pdf.row(&[capital(&i18n::application_shown(s)), n.to_string(), String::new()]);
        }
    }
    pdf.end_table();
    pdf.heading(&l("by_agency"), HEAD);
    pdf.begin_table(
        &[
            Col::new(i18n::field_label("agency"), 4.0),
            Col::right(l("how_many"), 1.2),
            Col::right(l("open"), 1.2),
            Col::right(capital(&i18n::application_status(Status::Approved)), 1.2),
            Col::right(capital(&i18n::application_status(Status::Rejected)), 1.2),
            Col::right(capital(&i18n::application_status(Status::Cancelled)), 1.2),
            Col::right(i18n::field_label("overdue"), 1.2),
        ],
        STATS,
    );
    let mut agencies: Vec<_> = st.by_agency.iter().collect();
    agencies.sort_by(|x, y| y.1.total.cmp(&x.1.total).then(x.0.cmp(y.0)));
    for (name, c) in agencies {
        pdf.row(&[
            name.clone(),
            c.total.to_string(),
            c.open.to_string(),
            c.approved.to_string(),
            c.rejected.to_string(),
            c.cancelled.to_string(),
            c.overdue.to_string(),
        ]);
    }
    pdf.end_table();
}

/// An application's slip: what was filed, where, when it is due, with a QR code of its
/// number; the documents it relies on; every detail.
pub fn slip(pdf: &mut Pdf, ctx: &Ctx, shown: &applications::Shown) -> Result<()> {
    let x = &shown.application;
    let d = &x.data;
    let qr_side = 38.0;
    pdf.qr(&qr_text(x), qr_side)?;
    let top = pdf.cursor();
    pdf.set_text_width(pdf.body_width() - qr_side - 4.0);
    pdf.text(&l("application_receipt_title"), TITLE, true);
    let number = match &d.number {
        Some(n) => format!("№ {} ({} {n})", x.item_id(), l("agency_no")),
        None => format!("№ {}", x.item_id()),
    };
    pdf.text(&format!("{number} {} {}", l("entered"), i18n::date(d.submitted)), SUB, false);
    pdf.space(3.0);
    pdf.text(&d.agency, 13.0, true);
    pdf.text(&d.service, 11.0, false);
    pdf.text(&d.applicant, 11.0, false);
    if let Some(due) = d.due {
        pdf.text(&format!("{}: {}", l("decision_due"), i18n::date(due)), 13.0, true);
    }
    let (today, expire) = (ctx.today(), ctx.env.expire_days);
    pdf.text(&i18n::application_shown(x.shown(today, expire)), 11.0, true);
    pdf.set_text_width(pdf.body_width());
    pdf.set_cursor(pdf.cursor().max(top + qr_side + 2.0));
    pdf.heading(&l("application_docs"), HEAD);
    if shown.docs.is_empty() {
        pdf.text(&l("bring_nothing_listed"), 10.0, false);
    }
    for doc in &shown.docs {
        pdf.text(&format!("☐ {}", doc_line(doc)), 10.0, false);
    }
    pdf.space(3.0);
    pdf.heading(&l("application_details"), HEAD);
    pdf.pairs(&crate::cmd::application::pairs(ctx, shown), 9.5);
    Ok(())
}

/// What the slip's QR code carries: its ID, the agency, the agency's number and the day it
/// was submitted, one per line, readable by any scanner.
fn qr_text(x: &Application) -> String {
    let d = &x.data;
    let mut lines = vec![x.item_id().to_string(), d.agency.clone()];
    lines.extend(d.number.clone());
    lines.push(d.submitted.format("%Y-%m-%d").to_string());
    lines.join("\n")
}

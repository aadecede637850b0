//! `kabinet validate`: check values given or streamed, or the whole store.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use clap::Args;
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};

use super::args::{ItemKindArg, ReadArgs};
use super::context::Format;
use super::failure::{Failure, Result};
use super::session::Session;
use super::shown::need_warning;
use crate::app::appts::NeedWarning;
use crate::app::check::{self, Finding, Problem};
use crate::domain::ItemKind;
use crate::i18n;
use crate::io::output;
use crate::validate::value;

pub const VALIDATE_HELP: &str = "Examples:
  kabinet validate snils '112-233-445 95' 11223344596
  kabinet validate inn - < inns.txt          # one value per line, streamed
  kabinet validate phone '8 (912) 345-67-89' --format json
  kabinet validate                           # the whole store: late, duplicates, bad ids…

Exit 0 when everything is valid, 5 otherwise.";

#[derive(Args, Debug)]
pub struct ValidateArgs {
    /// What the values are; omit to check the whole store
    #[arg(value_parser = value_kinds(), requires = "values")]
    pub kind: Option<value::Kind>,
    /// Values to check; `-` reads one value per line from stdin (put `--` before values
    /// that start with a dash)
    #[arg(value_name = "VALUE")]
    pub values: Vec<String>,
    /// Check a CSV file before importing it: the same check as `import --dry-run`
    #[arg(long, value_name = "FILE", conflicts_with_all = ["kind", "values"], requires = "item_kind")]
    pub file: Option<PathBuf>,
    /// What the file holds (with --file)
    #[arg(long = "kind", id = "item_kind", value_enum, value_name = "KIND", requires = "file")]
    pub item_kind: Option<ItemKindArg>,
    #[command(flatten)]
    pub read: ReadArgs,
}

/// What a kind of value is, for `--help`.
fn help(kind: value::Kind) -> &'static str {
    use value::Kind as K;
    match kind {
        K::Snils => "СНИЛС: 11 digits with the check number",
        K::Inn => "ИНН: 10 or 12 digits with check digits",
        K::Ogrn => "ОГРН: 13 digits",
        K::Ogrnip => "ОГРНИП: 15 digits",
        K::Passport => "Паспорт РФ: series and number, 45 06 123456",
        K::DeptCode => "Passport department code: NNN-NNN",
        K::DriverLicense => "Водительское удостоверение: 99 12 345678",
        K::Oms => "Полис ОМС: 16 digits",
        K::Oktmo => "ОКТМО: 8 or 11 digits",
        K::Phone => "Phone, normalised to +7…",
        K::Email => "E-mail address",
        K::Date => "A date: ДД.ММ.ГГГГ, YYYY-MM-DD, today, +3d",
        K::Amount => "An amount: 1500.50",
    }
}

/// The kinds of value, from the one list `validate::value` keeps.
fn value_kinds() -> impl TypedValueParser<Value = value::Kind> {
    let names = value::Kind::ALL.iter().map(|k| PossibleValue::new(k.name()).help(help(*k)));
    PossibleValuesParser::new(names)
        .try_map(|name| value::Kind::from_name(&name).ok_or("not a kind of value"))
}

pub fn run(s: &mut Session, args: &ValidateArgs, out: &mut dyn Write) -> Result<()> {
    match args.kind {
        Some(kind) => values(s, kind, &args.values, out),
        None => whole_store(s, out),
    }
}

/// Writes one result per value as it comes, so a million values stream through.
struct ValueWriter<'a> {
    out: &'a mut dyn Write,
    format: Format,
    kind: value::Kind,
    quiet: bool,
    first: bool,
    total: u64,
    bad: u64,
}

#[derive(serde::Serialize)]
struct ValueResult<'v> {
    value: &'v str,
    valid: bool,
    normalized: Option<String>,
    error: Option<String>,
}

impl ValueWriter<'_> {
    fn start(&mut self) -> Result<()> {
        match self.format {
            Format::Json => self.out.write_all(b"[")?,
            Format::Csv => self.out.write_all(b"value,valid,normalized,error\n")?,
            Format::Table => {}
        }
        Ok(())
    }

    fn value(&mut self, v: &str, today: chrono::NaiveDate) -> Result<()> {
        let checked = value::check(self.kind, v, today);
        self.total += 1;
        if checked.is_err() {
            self.bad += 1;
        }
        let name = i18n::value_kind(self.kind);
        match self.format {
            Format::Table => match &checked {
                Ok(n) if !self.quiet => writeln!(
                    self.out,
                    "{name}: {v}: {}",
                    i18n::value_ok(&value::display(self.kind, n))
                )?,
                Ok(_) => {}
                Err(p) => writeln!(self.out, "{name}: {v}: {}", i18n::problem(p))?,
            },
            Format::Json | Format::Csv => {
                let r = ValueResult {
                    value: v,
                    valid: checked.is_ok(),
                    normalized: checked.as_ref().ok().cloned(),
                    error: checked.as_ref().err().map(i18n::problem),
                };
                if self.format == Format::Json {
                    self.out.write_all(if self.first { b"\n  " } else { b",\n  " })?;
                    serde_json::to_writer(&mut *self.out, &r)
                        .map_err(|e| Failure::io(e.to_string()))?;
                } else {
                    let mut w =
                        csv::WriterBuilder::new().has_headers(false).from_writer(&mut *self.out);
                    w.serialize(&r).map_err(|e| Failure::io(e.to_string()))?;
                    w.flush()?;
                }
            }
        }
        self.first = false;
        Ok(())
    }

    fn finish(&mut self) -> Result<()> {
        if self.format == Format::Json {
            self.out.write_all(if self.first { b"]\n" } else { b"\n]\n" })?;
        }
        Ok(())
    }
}

fn values(s: &Session, kind: value::Kind, vals: &[String], out: &mut dyn Write) -> Result<()> {
    let today = s.ctx.today();
    let mut w = ValueWriter {
        out,
        format: s.ctx.format,
        kind,
        quiet: s.ctx.quiet,
        first: true,
        total: 0,
        bad: 0,
    };
    w.start()?;
    for v in vals {
        if v != "-" {
            w.value(v, today)?;
            continue;
        }
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut line = String::new();
        loop {
            line.clear();
            if input.read_line(&mut line)? == 0 {
                break;
            }
            let t = line.trim_end_matches(['\n', '\r']);
            if !t.trim().is_empty() {
                w.value(t, today)?;
            }
        }
    }
    w.finish()?;
    if w.bad > 0 {
        return Err(crate::app::Error::ValuesInvalid { bad: w.bad, total: w.total }.into());
    }
    Ok(())
}

/// A problem found in the store, in words.
fn message(f: &Finding) -> String {
    match &f.problem {
        // An application's documents are wanted by its term, not on a day of appointment.
        Problem::Need(NeedWarning::Expired { doc, expires, day })
            if f.item.kind == ItemKind::Application =>
        {
            i18n::need_expired_by_term(*doc, *expires, *day)
        }
        Problem::Late { recorded_at, limit } => i18n::finding_late(*recorded_at, *limit),
        Problem::LateAmendment { original } => i18n::finding_late_amendment(*original),
        Problem::Invalid(e) => i18n::field_error(e),
        Problem::Expired(day) => i18n::finding_expired(*day),
        Problem::Duplicate { of } => i18n::finding_duplicate(*of),
        Problem::NeedMissing(doc) => i18n::finding_need_missing(*doc),
        Problem::Need(w) => need_warning(w),
        Problem::Overdue { due } => i18n::finding_overdue(*due),
        Problem::Idle { since } => i18n::finding_idle(*since),
    }
}

/// One problem found in the store, as JSON and CSV write it.
#[derive(Debug, serde::Serialize)]
struct Row {
    item: String,
    check: &'static str,
    message: String,
}

fn whole_store(s: &mut Session, out: &mut dyn Write) -> Result<()> {
    // Unlock first: "today" is the store's (its time zone), known once it is open.
    s.store()?;
    let visible = s.visible();
    let (ctx, store) = s.parts()?;
    let mut report = check::run(store.read(), &ctx.env)?;
    if let Some(v) = &visible {
        // What the user may not see is not counted either.
        let seen = |k: ItemKind, n: u64| if v.contains(&k) { n } else { 0 };
        report.records = seen(ItemKind::Record, report.records);
        report.docs = seen(ItemKind::Doc, report.docs);
        report.appts = seen(ItemKind::Appt, report.appts);
        report.applications = seen(ItemKind::Application, report.applications);
    }
    let found: Vec<Row> = report
        .findings
        .iter()
        .filter(|f| visible.as_ref().is_none_or(|v| v.contains(&f.item.kind)))
        .map(|f| Row { item: f.item.to_string(), check: f.problem.check(), message: message(f) })
        .collect();
    let shown = match ctx.format {
        Format::Json => output::write_json(out, &found),
        Format::Csv => output::write_csv(out, &["item", "check", "message"], &found),
        Format::Table if found.is_empty() => {
            if !ctx.quiet {
                writeln!(out, "{}", i18n::store_clean(&report))?;
            }
            Ok(())
        }
        Format::Table => {
            let rows: Vec<Vec<String>> = found
                .iter()
                .map(|f| vec![f.item.clone(), i18n::check_name(f.check), f.message.clone()])
                .collect();
            output::write_table(out, &i18n::finding_headers(), &rows)
        }
    };
    let shown = shown.map_err(Failure::from);
    match shown {
        // The reader took what it wanted (`| head`); the verdict is known and still stands.
        Err(Failure::Exit(0)) | Ok(()) if !found.is_empty() => {
            Err(crate::app::Error::Findings(found.len()).into())
        }
        other => other,
    }
}

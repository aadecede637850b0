//! `kabinet demo`: a guided tour on a throw-away sample store; no set-up, no terminal input.

use std::io::Write;

use chrono::{Duration, NaiveDate};

use super::context::{Ctx, Format};
use super::failure::Result;
use super::session::Session;
use crate::app::{Actor, sample, setup};
use crate::crypto::Passphrase;
use crate::i18n;
use crate::io::files::temp_dir;

/// The demo store's passphrase: public, the store is deleted at the end.
const DEMO_PASSPHRASE: &str = "demo-passphrase";

/// The commands the tour runs, as a clerk would type them.
fn steps(today: NaiveDate) -> Vec<Vec<String>> {
    let ru = |d: NaiveDate| d.format("%d.%m.%Y").to_string();
    let cmd = |s: &[&str]| s.iter().map(|x| (*x).to_owned()).collect::<Vec<_>>();
    let yesterday = ru(today - Duration::days(1));
    let follow = ru(today + Duration::days(180));
    let month_ago = ru(today - Duration::days(30));
    vec![
        cmd(&[
            "record",
            "add",
            "--subject-id",
            "1001",
            "--subject-name",
            "Смирнов Артём Игоревич",
            "--date",
            &yesterday,
            "--type",
            "осмотр",
            "--result",
            "здоров, группа здоровья I",
            "--follow-up",
            &follow,
        ]),
        cmd(&[
            "record",
            "add",
            "--subject-id",
            "1001",
            "--date",
            &yesterday,
            "--type",
            "осмотр",
            "--result",
            "здоров, группа здоровья I",
        ]),
        cmd(&["record", "list", "--from", &month_ago]),
        cmd(&["record", "show", "R-31"]),
        cmd(&["record", "list", "--status", "late"]),
        cmd(&["record", "edit", "R-1", "--result", "здоров"]),
        cmd(&["record", "amend", "R-1", "--result", "здоров, группа здоровья II"]),
        cmd(&["doc", "list"]),
        cmd(&["doc", "show", "D-2"]),
        cmd(&["doc", "list", "--status", "expired", "--format", "json"]),
        cmd(&["appt", "list", "--upcoming"]),
        cmd(&["appt", "show", "A-1"]),
        cmd(&["appt", "show", "A-2"]),
        cmd(&[
            "application",
            "add",
            "--applicant",
            "Кузнецова Алиса Дмитриевна",
            "--agency",
            "МФЦ района Тверской",
            "--service",
            "загранпаспорт",
            "--number",
            "77-2026-1045",
            "--submitted",
            &yesterday,
            "--due",
            "+15",
            "--fee",
            "6000.00",
            "--fee-status",
            "paid",
            "--needs",
            "D-2",
        ]),
        cmd(&["application", "status", "Z-1", "processing"]),
        cmd(&["application", "show", "Z-1"]),
        cmd(&[
            "zayav",
            "add",
            "--applicant",
            "Орлова Наталья Викторовна",
            "--agency",
            "ГИБДД, МРЭО № 3",
            "--service",
            "замена водительского удостоверения",
            "--submitted",
            &yesterday,
            "--due",
            "+5",
        ]),
        cmd(&[
            "zayav",
            "status",
            "Z-2",
            "одобрено",
            "--issues-doc",
            "права",
            "--series",
            "99 25",
            "--number",
            "512804",
            "--expires",
            "+10y",
        ]),
        cmd(&["zayav", "list"]),
        cmd(&["deadlines", "--within", "30d"]),
        cmd(&["export", "csv", "--kind", "doc"]),
        cmd(&["validate", "snils", "112-233-445 95", "112-233-445 96"]),
        cmd(&["validate"]),
    ]
}

fn shell_quote(a: &str) -> String {
    if a.chars().all(|c| c.is_alphanumeric() || "-_.,:/+".contains(c)) {
        a.to_owned()
    } else {
        format!("'{}'", a.replace('\'', "'\\''"))
    }
}

/// Runs one step of the tour, a command line without the program's name, as `kabinet` would.
pub type Step<'a> =
    dyn FnMut(&mut Session, Vec<String>, &mut (dyn Write + Send)) -> Result<()> + 'a;

/// The tour: a sample store in a temporary directory, then each step shown and run by `step`;
/// a refused step is part of the lesson, shown with its message and exit code.
pub fn run(ctx: &Ctx, out: &mut (dyn Write + Send), step: &mut Step) -> Result<()> {
    let dir = temp_dir("kabinet-demo-")?;
    let path = dir.path().join("demo.db");
    let pass = Passphrase::new(zeroize::Zeroizing::new(DEMO_PASSPHRASE.to_owned()));
    let (mut store, _) = setup::create(&path, "demo", &pass, ctx.zone())?;
    let demo_ctx = Ctx {
        store_path: path.clone(),
        passphrase_file: None,
        user: None,
        fixed_passphrase: Some(DEMO_PASSPHRASE),
        format: Format::Table,
        ics: false,
        yes: true,
        quiet: false,
        interactive: false,
        clock: ctx.clock,
        env: ctx.env.clone(),
        unlock_for: None,
        unlock_at_most: None,
        notify: None,
    };
    let actor =
        Actor { at: demo_ctx.now(), who: crate::store::audit::whoami(), command: "demo".into() };
    sample::fill(&mut store, &demo_ctx.env, &actor)?;
    writeln!(out, "{}", i18n::demo_intro(&path, &i18n::date(ctx.today())))?;
    let mut session = Session::new(demo_ctx, "demo".into());
    session.set_store(store)?;
    for args in steps(ctx.today()) {
        let shown: Vec<String> = args.iter().map(|a| shell_quote(a)).collect();
        writeln!(out, "\n$ kabinet {}", shown.join(" "))?;
        if let Err(e) = step(&mut session, args, out) {
            writeln!(out, "kabinet: {e}\n{}", i18n::demo_exit_code(e.exit_code()))?;
        }
    }
    writeln!(out, "\n{}", i18n::demo_outro())?;
    drop(session);
    dir.close()?;
    Ok(())
}

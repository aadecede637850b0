//! `bench_deadlines deadlines [OPTIONS]`: runs `kabinet deadlines` through the library the way
//! the binary does, and reports what the targets are about — the time and the peak
//! memory *beyond the unlock*: the key derivation alone takes 64 MiB and ≈ 0.15 s by design.
//! The peak is Linux's VmHWM, reset right after the unlock (`/proc/self/clear_refs`).

use std::io::Write;
use std::time::Instant;

use kabinet::cli::{self, Command};
use kabinet::cmd::failure::Failure;

fn status_kib(field: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|n| n.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let parsed = cli::parse_from(std::env::args_os())?;
    if !matches!(parsed.cli.command, Command::Deadlines(_)) {
        return Err("usage: bench_deadlines deadlines [OPTIONS]".into());
    }
    let start = Instant::now();
    let (mut session, _) = cli::session(&parsed.cli, &parsed.path).map_err(|e| e.render())?;
    session.store().map_err(|e| e.render())?;
    let unlocked = start.elapsed();
    // Forget the key derivation's peak: from here on VmHWM is the deadlines' own.
    std::fs::write("/proc/self/clear_refs", "5")?;
    let before = status_kib("VmRSS:");
    let t = Instant::now();
    let mut out = std::io::BufWriter::new(std::io::sink());
    let result = cli::dispatch(&mut session, parsed.cli.command, &mut out);
    out.flush()?;
    let took = t.elapsed();
    let peak = status_kib("VmHWM:");
    // `--check` ends in an exit status, which is not a failure here.
    match result {
        Ok(()) | Err(Failure::Exit(_)) => {}
        Err(e) => return Err(e.render().into()),
    }
    println!(
        "unlock {:.0} ms; deadlines {:.1} ms; RSS after unlock {} KB, peak during deadlines {} KB",
        unlocked.as_secs_f64() * 1e3,
        took.as_secs_f64() * 1e3,
        before,
        peak
    );
    Ok(())
}

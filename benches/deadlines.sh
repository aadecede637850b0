#!/usr/bin/env bash
# Benchmarks of `kabinet deadlines` (issue 5) on a store of N records (default 1,000,000), N/10
# documents, N/10 appointments and N/5 applications, run on the machine the figures in
# BENCHMARKS.md were taken on.
# Targets: under 100 ms beyond the unlock, under 50 MB of memory.
#   1. a registry kept up (`bench_data store-kept`): old follow-ups answered, expired documents
#      archived, past appointments done, applications older than a month decided — what a cron
#      job meets every morning;
#   2. the same volume with everything old still outstanding (`bench_data store`): ~120,000
#      items due, which measures the cost per item shown.
# `bench_deadlines` runs the command through the library as the binary does and reports the time
# and peak memory after the unlock (the key derivation alone takes 64 MiB and ~0.15 s by design).
# Usage: benches/deadlines.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet --bin kabinet --example bench_data --example bench_deadlines
k=$PWD/target/release/kabinet
gen=$PWD/target/release/examples/bench_data
bench=$PWD/target/release/examples/bench_deadlines
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C

for mode in store-kept store; do
  echo "== $mode: $n records, $((n / 10)) documents, $((n / 10)) appointments, $((n / 5)) applications"
  "$gen" "$mode" "$dir/$mode.db" "$n"
  export KABINET_STORE="$dir/$mode.db"
  lines=$("$k" deadlines --format csv | wc -l)
  printf '  store: %s bytes; items due: %s\n' "$(stat -c %s "$dir/$mode.db")" "$((lines - 1))"
  for args in "deadlines" "deadlines --format json" "deadlines --check" "deadlines --kind application"; do
    for i in 1 2 3; do
      printf '  %-26s run %d: %s\n' "$args" "$i" "$("$bench" $args)"
    done
  done
  /usr/bin/time -f "  whole command (kabinet deadlines): %e s, %M KB peak RSS (the KDF's 64 MiB included)" \
    "$k" deadlines >/dev/null
  rm -f "$dir/$mode.db"
done

#!/usr/bin/env bash
# Benchmarks of `kabinet validate` (issue 3), run on the machine the figures in BENCHMARKS.md
# were taken on:
#   1. `kabinet validate inn -` over 1,000,000 lines (target: >= 1,000,000 values/s);
#   2. `kabinet validate` (the whole-store check) on a store of 1,000,000 records,
#      100,000 documents and 100,000 appointments (target: < 5 s).
# Usage: benches/validate.sh [N]   (N records/values, default 1000000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet --bin kabinet --example bench_data
k=target/release/kabinet
gen=target/release/examples/bench_data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C

measure() { # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >/dev/null 2>"$dir/err" || true
  read -r secs kb < <(tail -n 1 "$dir/time")
  printf '%-48s %8.2f s  %7d KB peak RSS\n' "$label" "$secs" "$kb"
}

"$gen" inns "$n" >"$dir/inn.txt"
for fmt in table json; do
  measure "validate inn - ($n lines, --format $fmt)" sh -c "$k validate inn - --format $fmt <'$dir/inn.txt'"
done
secs=$(tail -n 1 "$dir/time" | cut -d" " -f1)
awk -v n="$n" -v s="$secs" 'BEGIN { printf "  => %.0f values/s\n", n / s }'

echo "filling a store with $n records (not timed as part of the benchmark)…"
/usr/bin/time -f "%e" -o "$dir/fill" "$gen" store "$dir/big.db" "$n"
printf '  store: %s bytes, filled in %s s\n' "$(stat -c %s "$dir/big.db")" "$(cat "$dir/fill")"
export KABINET_STORE="$dir/big.db"
measure "unlock only (record show R-1)" "$k" record show R-1
for i in 1 2 3; do
  measure "validate whole store, run $i" "$k" validate --format json
done

#!/usr/bin/env bash
# Readers during a long write (issue 22): `kabinet deadlines --check` run again and again while
# `kabinet import` writes N rows (default 1,000,000) into the same store in one transaction.
# Target: each check answers in under 1 s (with the rollback journal it waited out the 10 s
# busy timeout and said UNKNOWN). Prints each check's wall time and exit code, then the
# import's own time.
# Usage: benches/readers.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000000}
cargo build --release --quiet --bin kabinet --example bench_data
k=$PWD/target/release/kabinet
gen=$PWD/target/release/examples/bench_data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C
export KABINET_STORE="$dir/s.db"
"$k" init >/dev/null
"$k" obligation add "Отчёт" --due 25.11.2026 >/dev/null
"$gen" records-csv "$n" >"$dir/n.csv"
printf 'file: %d rows, %s bytes\n' "$n" "$(stat -c %s "$dir/n.csv")"

start=$(date +%s.%N)
"$k" import "$dir/n.csv" --kind record >"$dir/import.out" 2>&1 &
importer=$!
# Checks start once the import has begun writing (its log has grown past 16 MB).
while [ "$(stat -c %s "$dir/s.db-wal" 2>/dev/null || echo 0)" -lt 16777216 ]; do
  kill -0 "$importer" 2>/dev/null || break
  sleep 0.1
done
i=0
while kill -0 "$importer" 2>/dev/null; do
  i=$((i + 1))
  /usr/bin/time -f "%e" -o "$dir/t" "$k" deadlines --check >"$dir/check.out" 2>&1 && code=0 || code=$?
  printf 'check %2d during the import: %5.2f s, exit %d: %s\n' \
    "$i" "$(tail -1 "$dir/t")" "$code" "$(head -1 "$dir/check.out")"
  sleep 0.5
done
wait "$importer"
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" 'BEGIN { printf "import of the rows, checks running beside it: %.2f s\n", e - s }'
cat "$dir/import.out"

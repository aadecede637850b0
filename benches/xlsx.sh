#!/usr/bin/env bash
# Benchmarks of workbooks (issue 26), side by side with CSV in one run:
#   1. `export xlsx` of N (default 100,000) records (target: <= 3 s, bounded memory), beside
#      `export csv --excel` of the same store;
#   2. `import` of that N-row workbook into a fresh store (target: >= 50,000 rows/s), beside
#      `import` of the same rows as CSV.
# Usage: benches/xlsx.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-100000}
. benches/lib.sh
bench_setup
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C
fresh_store() { rm -f "$1" "$1.keys"; KABINET_STORE="$1" "$k" init >/dev/null; }

"$gen" records-csv "$n" >"$dir/n.csv"
fresh_store "$dir/s.db"
KABINET_STORE="$dir/s.db" "$k" import "$dir/n.csv" --kind record >/dev/null 2>&1
printf 'store: %d records\n' "$n"
for i in 1 2 3; do
  rm -f "$dir/out.xlsx" "$dir/out.csv"
  measure "export xlsx, run $i" env KABINET_STORE="$dir/s.db" "$k" export xlsx --kind record -o "$dir/out.xlsx"
  measure "export csv --excel, run $i" env KABINET_STORE="$dir/s.db" "$k" export csv --kind record --excel -o "$dir/out.csv"
done
printf 'workbook: %s bytes; CSV: %s bytes\n' "$(stat -c %s "$dir/out.xlsx")" "$(stat -c %s "$dir/out.csv")"
for i in 1 2 3; do
  fresh_store "$dir/x.db"
  measure "import xlsx ($n rows), run $i" env KABINET_STORE="$dir/x.db" "$k" import "$dir/out.xlsx" --kind record
  secs=$(tail -n 1 "$dir/time" | cut -d" " -f1)
  awk -v n="$n" -v s="$secs" 'BEGIN { printf "  = %.0f rows/s\n", n / s }'
  fresh_store "$dir/c.db"
  measure "import csv ($n rows), run $i" env KABINET_STORE="$dir/c.db" "$k" import "$dir/n.csv" --kind record
done

#!/usr/bin/env bash
# Benchmarks of `kabinet verify` (issue 7): the whole evidence check (SQLCipher page HMACs,
# integrity_check, the audit chain, every row's seal, the items against the log) on stores of
# N records, N/10 documents and N/10 appointments (`bench_data store`), for N = 100,000 and
# 1,000,000. Wall-clock seconds and peak RSS from /usr/bin/time, unlock included.
# Usage: benches/verify.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin kabinet --example bench_data
k=$PWD/target/release/kabinet
gen=$PWD/target/release/examples/bench_data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C

for n in 100000 1000000; do
  echo "== $n records"
  "$gen" store "$dir/s.db" "$n"
  printf '  store: %s bytes\n' "$(stat -c %s "$dir/s.db")"
  for i in 1 2 3; do
    KABINET_STORE="$dir/s.db" /usr/bin/time -f "  verify, run $i: %e s, %M KB peak RSS" \
      "$k" -q verify
  done
  rm -f "$dir/s.db"
done

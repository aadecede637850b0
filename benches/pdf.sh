#!/usr/bin/env bash
# Benchmarks of the PDF journal report (issue 6): `kabinet export pdf --kind record` on a store
# of 10,000 records (target: under 2 s and under 200 MB) and of 100,000 records (target:
# completes, under 30 s). Also a signed report (`--sign`: BLAKE2b over the file + Ed25519) and a
# receipt. Wall-clock seconds and peak RSS from /usr/bin/time, unlock (Argon2id, 64 MiB) included.
# Usage: benches/pdf.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin kabinet --example bench_data
k=$PWD/target/release/kabinet
gen=$PWD/target/release/examples/bench_data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C

for n in 10000 100000; do
  echo "== $n records"
  "$gen" store "$dir/s.db" "$n"
  export KABINET_STORE="$dir/s.db"
  for i in 1 2 3; do
    /usr/bin/time -f "  export pdf --kind record, run $i: %e s, %M KB peak RSS" \
      "$k" -q export pdf --kind record -o "$dir/r.pdf"
  done
  printf '  %s pages, %s bytes\n' "$(pdfinfo "$dir/r.pdf" | awk '/^Pages:/ {print $2}')" \
    "$(stat -c %s "$dir/r.pdf")"
  /usr/bin/time -f "  the same with --sign: %e s, %M KB peak RSS" \
    "$k" -q export pdf --kind record -o "$dir/r.pdf" --sign
  "$k" verify-file "$dir/r.pdf" >/dev/null
  rm -f "$dir/s.db"
done
echo "== receipt"
"$gen" store "$dir/s.db" 1000
/usr/bin/time -f "  export pdf --receipt A-1: %e s, %M KB peak RSS" \
  "$k" -q --store "$dir/s.db" export pdf --receipt A-1 -o "$dir/a.pdf"

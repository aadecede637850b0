#!/usr/bin/env bash
# Side-by-side benchmarks for issue 9, in one run, on the same generated data:
#   1. import of 100,000 records: kabinet (encrypted, validated, indexed, audited) vs the sqlite3
#      shell's `.import` into a plain table — the ratio;
#   2. unlock + one query (`record show R-1`) on a ~1 MB store vs a ~1 GB store — should be flat;
#   3. `kabinet deadlines` on the 1 GB store (1,700,000 records, 170,000 documents and
#      appointments, nothing old settled: a few hundred thousand items due), listed in full
#      and as a `--check` status line;
#   4. a 10,000-record PDF report;
#   5. kabinet vs jrnl (PyPI, encryption on) at 10,000 entries: add one, list the last ten.
# Each figure is the median of 5 runs (wall clock, /usr/bin/time), unlock included: kabinet's
# Argon2id (64 MiB) and jrnl's PBKDF2 are part of what a user waits for.
# Needs: sqlite3 (Debian), python3 with pip (installs jrnl and keyrings.alt into a venv).
# Usage: benches/compare.sh [BIG_N]   (default 1700000 records for the ~1 GB store)
set -euo pipefail
cd "$(dirname "$0")/.."
big_n=${1:-1700000}
cargo build --release --quiet --bin kabinet --example bench_data
k=$PWD/target/release/kabinet
gen=$PWD/target/release/examples/bench_data
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_PASSPHRASE="bench passphrase" KABINET_NOW=2026-11-22T12:00 LANG=C

# median of 5 runs of a command, in seconds
median() {
  local t=() f="$dir/time"
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %e -o "$f" "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }
    t+=("$(tail -1 "$f")")
  done
  printf '%s\n' "${t[@]}" | sort -n | sed -n 3p
}
ratio() { python3 -c "print(f'{$1 / $2:.2f}')"; }

echo "== 1. import of 100,000 records"
"$gen" records-csv 100000 >"$dir/r.csv"
KABINET_STORE="$dir/empty.db" "$k" -q init
sq=$(median sh -c "rm -f '$dir/plain.db'; sqlite3 '$dir/plain.db' '.mode csv' '.import $dir/r.csv t'")
# Each run imports into a copy of the same empty store (a file copy is fine: it is not live).
kb=$(median sh -c "cp '$dir/empty.db' '$dir/imp.db' && KABINET_STORE='$dir/imp.db' '$k' -q import '$dir/r.csv' --kind record")
echo "  sqlite3 .import (plain table): ${sq} s"
echo "  kabinet import (unlock incl.): ${kb} s"
echo "  ratio kabinet/sqlite3:         $(ratio "$kb" "$sq")"

echo "== 2. unlock + one query, 1 MB vs 1 GB"
"$gen" store "$dir/small.db" 1500
"$gen" store "$dir/big.db" "$big_n"
small=$(median env KABINET_STORE="$dir/small.db" "$k" record show R-1)
bigt=$(median env KABINET_STORE="$dir/big.db" "$k" record show R-1)
printf '  small store: %s bytes, record show R-1: %s s\n' "$(stat -c %s "$dir/small.db")" "$small"
printf '  big store:   %s bytes, record show R-1: %s s\n' "$(stat -c %s "$dir/big.db")" "$bigt"
echo "  ratio big/small: $(ratio "$bigt" "$small")"

echo "== 3. deadlines on the big store ($big_n records, every old item still outstanding)"
due=$(KABINET_STORE="$dir/big.db" "$k" deadlines --format csv | tail -n +2 | wc -l)
echo "  items due (within 14 days or overdue): $due"
echo "  kabinet deadlines (table of them all): $(median env KABINET_STORE="$dir/big.db" "$k" deadlines) s"
# --check exits 2 (CRITICAL) when something is overdue: that is its answer, not a failure.
chk=$(median env KABINET_STORE="$dir/big.db" sh -c "'$k' deadlines --check; [ \$? -le 2 ]")
echo "  kabinet deadlines --check (one status line): $chk s"
rm -f "$dir/big.db"

echo "== 4. a 10,000-record PDF"
"$gen" store "$dir/s10k.db" 10000
echo "  export pdf --kind record: $(median env KABINET_STORE="$dir/s10k.db" "$k" -q export pdf --kind record -o "$dir/r.pdf") s"

echo "== 5. kabinet vs jrnl (encrypted) at 10,000 entries"
python3 -m venv "$dir/venv"
"$dir/venv/bin/pip" install -q jrnl keyrings.alt
export HOME="$dir/home" XDG_CONFIG_HOME="$dir/home/.config"
export PYTHON_KEYRING_BACKEND=keyrings.alt.file.PlaintextKeyring
mkdir -p "$XDG_CONFIG_HOME/jrnl"
cat >"$XDG_CONFIG_HOME/jrnl/jrnl.yaml" <<EOF
colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals:
  default:
    journal: $dir/journal.txt
    encrypt: false
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%F %r'
version: v4.6
EOF
python3 - "$dir/journal.txt" <<'EOF'
import datetime, sys
d = datetime.datetime(2000, 1, 1, 9, 0, 0)
with open(sys.argv[1], "w") as f:
    for i in range(10000):
        t = d + datetime.timedelta(hours=13 * i)
        f.write(f"[{t.strftime('%Y-%m-%d %I:%M:%S %p')}] Запись {i}: осмотр, здоров\n"
                f"Плановый осмотр субъекта {10000 + i}, результат: здоров.\n\n")
EOF
"$dir/venv/bin/python" -c "import keyring; keyring.set_password('jrnl', 'default', 'bench passphrase')"
printf 'bench passphrase\nbench passphrase\nn\n' | "$dir/venv/bin/jrnl" --encrypt >/dev/null 2>&1
head -c 6 "$dir/journal.txt" | grep -q JRNLv || { echo "jrnl did not encrypt"; exit 1; }
j=$dir/venv/bin/jrnl
j_add=$(median sh -c "'$j' 'Новая запись: осмотр, здоров' </dev/null")
j_list=$(median "$j" -n 10)
# kabinet: the same 10,000 entries as diary records in an encrypted store
export KABINET_STORE="$dir/s10k.db"
k_add=$(median sh -c "'$k' -q record add --subject-id new-\$\$ --date 20.11.2026 --type осмотр --result здоров")
k_list=$(median "$k" record list -n 10)
echo "  add one entry:    kabinet ${k_add} s, jrnl ${j_add} s, ratio kabinet/jrnl $(ratio "$k_add" "$j_add")"
echo "  list the last 10: kabinet ${k_list} s, jrnl ${j_list} s, ratio kabinet/jrnl $(ratio "$k_list" "$j_list")"

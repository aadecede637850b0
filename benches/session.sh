#!/usr/bin/env bash
# Unlock once (issue 25): `record add` and `record list -n 10` on a 10,000-record store, with
# the key held for the session (`kabinet unlock`), locked (the passphrase from the environment:
# one Argon2id derivation per command), and jrnl 4 (PyPI) adding to and reading a plain
# journal of 10,000 entries — side by side, alternating, 20 runs each.
# Targets: unlocked <= 15 ms each, >= 50x faster than jrnl.
# Usage: benches/session.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
command -v jrnl >/dev/null || { echo "needs jrnl 4 (pip install 'jrnl>=4,<5')" >&2; exit 1; }
. benches/lib.sh
bench_setup
trap 'KABINET_STORE="$dir/s.db" "$k" lock >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
export KABINET_STORE="$dir/s.db" LANG=C HOME="$dir" XDG_CONFIG_HOME="$dir/config"
pass="bench passphrase"
KABINET_PASSPHRASE="$pass" "$k" init >/dev/null
"$gen" records-csv "$n" >"$dir/n.csv"
KABINET_PASSPHRASE="$pass" "$k" import "$dir/n.csv" --kind record >/dev/null 2>&1
# jrnl's journal: a plain file of N entries, in its configuration's place.
mkdir -p "$dir/config/jrnl"
cat >"$dir/config/jrnl/jrnl.yaml" <<YAML
colors: {body: none, date: none, tags: none, title: none}
default_hour: 9
default_minute: 0
editor: ''
encrypt: false
highlight: false
indent_character: '|'
journals: {default: {journal: $dir/journal.txt}}
linewrap: 79
tagsymbols: '#@'
template: false
timeformat: '%Y-%m-%d %H:%M'
version: v4.6
YAML
for i in $(seq 1 "$n"); do printf '[2026-01-01 09:00] entry %d\nbody %d\n\n' "$i" "$i"; done >"$dir/journal.txt"
KABINET_PASSPHRASE="$pass" "$k" unlock --for 30m >/dev/null

# Each command as a shell function, its environment set by the shell (no env(1) process
# in the measurement, which jrnl does not pay either).
ua() { KABINET_SESSION=1 "$k" record add --subject-id "$1" --date 20.11.2026 --type осмотр --result здоров; }
ul() { KABINET_SESSION=1 "$k" record list -n 10; }
la() { KABINET_PASSPHRASE="$pass" "$k" record add --subject-id "$1" --date 20.11.2026 --type осмотр --result здоров; }
ll() { KABINET_PASSPHRASE="$pass" "$k" record list -n 10; }
# Where an unlocked command's time goes: starting any process (true), starting kabinet and
# parsing its command line (--version), and reading the held key without opening the store.
tr() { /bin/true; }
kv() { "$k" --version; }
st() { KABINET_SESSION=1 "$k" status; }
ms() { # the command's wall time in microseconds: its fork and exec, as typed at a prompt
  local t0 t1
  t0=${EPOCHREALTIME/[.,]/}; "$@" >/dev/null 2>&1; t1=${EPOCHREALTIME/[.,]/}
  echo $((t1 - t0))
}
runs=20
declare -A sum
for i in $(seq 1 "$runs"); do
  s=$((1000 + i))
  sum[ua]=$((${sum[ua]:-0} + $(ms ua "$s")))
  sum[ul]=$((${sum[ul]:-0} + $(ms ul)))
  sum[la]=$((${sum[la]:-0} + $(ms la "$((s + 100))")))
  sum[ll]=$((${sum[ll]:-0} + $(ms ll)))
  sum[ja]=$((${sum[ja]:-0} + $(ms jrnl "entry $s. body")))
  sum[jl]=$((${sum[jl]:-0} + $(ms jrnl -n 10)))
  sum[tr]=$((${sum[tr]:-0} + $(ms tr)))
  sum[kv]=$((${sum[kv]:-0} + $(ms kv)))
  sum[st]=$((${sum[st]:-0} + $(ms st)))
done
mean() { printf '%d.%d' $((sum[$1] / runs / 1000)) $((sum[$1] / runs % 1000 / 100)); }
printf '%-44s %6s ms\n' "record add, unlocked (mean of $runs)" "$(mean ua)"
printf '%-44s %6s ms\n' "record list -n 10, unlocked" "$(mean ul)"
printf '%-44s %6s ms\n' "record add, locked (passphrase each time)" "$(mean la)"
printf '%-44s %6s ms\n' "record list -n 10, locked" "$(mean ll)"
printf '%-44s %6s ms\n' "jrnl 4: add an entry" "$(mean ja)"
printf '%-44s %6s ms\n' "jrnl 4: -n 10" "$(mean jl)"
printf '%-44s %6s ms\n' "/bin/true (the harness: fork and exec)" "$(mean tr)"
printf '%-44s %6s ms\n' "kabinet --version (start, command line)" "$(mean kv)"
printf '%-44s %6s ms\n' "kabinet status, unlocked (the held key)" "$(mean st)"
ratio() { awk -v a="${sum[$1]}" -v b="${sum[$2]}" 'BEGIN { printf "%.1fx", a / b }'; }
printf '%-44s %6s\n' "jrnl add / unlocked add" "$(ratio ja ua)"
printf '%-44s %6s\n' "jrnl -n 10 / unlocked list" "$(ratio jl ul)"

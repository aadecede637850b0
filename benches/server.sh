#!/usr/bin/env bash
# The office server (issue 24), side by side in one run, against a throw-away PostgreSQL started
# here (Debian's postgresql, its own cluster in the temporary directory, a Unix socket only):
#  1. `record add` and `record list -n 10` over the local socket vs on a local store (10,000
#     records in each; the passphrase from the environment, so each command derives its key);
#  2. `import` of 100,000 rows into an office vs `psql -c "\copy t from …"` of the same file
#     into a plain table of text columns (the ratio: what sealing every personal value costs);
#  3. `deadlines` on 1,000,000 records on the server vs on a local store;
#  4. `record add` throughput with 1, 8 and 32 clerks adding at once for 10 s.
# (1b: the commands of 1 again after `kabinet unlock`, on both.)
# Usage: benches/server.sh [records for 3, default 1000000]
set -euo pipefail
cd "$(dirname "$0")/.."
big=${1:-1000000}
. benches/lib.sh
bench_setup
pgbin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
pg=$dir/pg
mkdir -p "$pg"
as_pg=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$pg"
  chmod 711 "$dir"
  as_pg=(runuser -u postgres --)
fi
pguser=$("${as_pg[@]}" whoami)
"${as_pg[@]}" "$pgbin/initdb" -D "$pg/data" -U "$pguser" --auth-local=trust -E UTF8 \
  --locale=C.UTF-8 >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pg/data" -l "$pg/log" -w \
  -o "-c listen_addresses='' -c unix_socket_directories='$pg' -c max_connections=100" start >/dev/null
trap '"${as_pg[@]}" "$pgbin/pg_ctl" -D "$pg/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$dir"' EXIT
sql() { "$pgbin/psql" "postgresql:///postgres?host=$pg&user=$pguser" -qAtc "$1"; }
office() { # a database of its own with one office; prints its URL
  sql "CREATE DATABASE $1" >/dev/null
  local url="postgresql:///$1?host=$pg&user=$pguser"
  "$k" --user bench server init "$url" --office bench >/dev/null
  echo "$url"
}
export LANG=C HOME="$dir" KABINET_PASSPHRASE="bench passphrase" KABINET_USER=bench
ms() { # the command's wall time in milliseconds
  local t0 t1
  t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
  echo $(((t1 - t0) / 1000000))
}

echo "== 1. record add / record list -n 10, 10,000 records, 10 runs each, alternating"
"$gen" records-csv 10000 >"$dir/10k.csv"
srv=$(office k10)
KABINET_STORE="$dir/l.db" "$k" init >/dev/null
KABINET_STORE="$srv" "$k" import "$dir/10k.csv" --kind record >/dev/null 2>&1
KABINET_STORE="$dir/l.db" "$k" import "$dir/10k.csv" --kind record >/dev/null 2>&1
declare -A sum
for i in $(seq 1 10); do
  s=$((90000 + i))
  add=(record add --subject-id "$s" --date 20.11.2026 --type осмотр --result здоров)
  sum[sa]=$((${sum[sa]:-0} + $(ms env KABINET_STORE="$srv" "$k" "${add[@]}")))
  sum[sl]=$((${sum[sl]:-0} + $(ms env KABINET_STORE="$srv" "$k" record list -n 10)))
  sum[la]=$((${sum[la]:-0} + $(ms env KABINET_STORE="$dir/l.db" "$k" "${add[@]}")))
  sum[ll]=$((${sum[ll]:-0} + $(ms env KABINET_STORE="$dir/l.db" "$k" record list -n 10)))
done
printf '%-44s %6s ms\n' "record add, server (mean of 10)" "$((sum[sa] / 10))"
printf '%-44s %6s ms\n' "record add, local store" "$((sum[la] / 10))"
printf '%-44s %6s ms\n' "record list -n 10, server" "$((sum[sl] / 10))"
printf '%-44s %6s ms\n' "record list -n 10, local store" "$((sum[ll] / 10))"

echo "== 1b. the same, unlocked once (kabinet unlock: the key held, no key derivation per command)"
KABINET_STORE="$srv" "$k" unlock >/dev/null
KABINET_STORE="$dir/l.db" "$k" unlock >/dev/null
unset -v 'sum[sa]' 'sum[sl]' 'sum[la]' 'sum[ll]'
for i in $(seq 1 10); do
  s=$((91000 + i))
  add=(record add --subject-id "$s" --date 20.11.2026 --type осмотр --result здоров)
  held=(env -u KABINET_PASSPHRASE KABINET_SESSION=1)
  sum[sa]=$((${sum[sa]:-0} + $(ms "${held[@]}" KABINET_STORE="$srv" "$k" "${add[@]}")))
  sum[sl]=$((${sum[sl]:-0} + $(ms "${held[@]}" KABINET_STORE="$srv" "$k" record list -n 10)))
  sum[la]=$((${sum[la]:-0} + $(ms "${held[@]}" KABINET_STORE="$dir/l.db" "$k" "${add[@]}")))
  sum[ll]=$((${sum[ll]:-0} + $(ms "${held[@]}" KABINET_STORE="$dir/l.db" "$k" record list -n 10)))
done
KABINET_STORE="$srv" "$k" lock >/dev/null
KABINET_STORE="$dir/l.db" "$k" lock >/dev/null
printf '%-44s %6s ms\n' "record add, server, unlocked (mean of 10)" "$((sum[sa] / 10))"
printf '%-44s %6s ms\n' "record add, local store, unlocked" "$((sum[la] / 10))"
printf '%-44s %6s ms\n' "record list -n 10, server, unlocked" "$((sum[sl] / 10))"
printf '%-44s %6s ms\n' "record list -n 10, local store, unlocked" "$((sum[ll] / 10))"

echo "== 2. import of 100,000 rows vs psql \\copy into a plain table"
"$gen" records-csv 100000 >"$dir/100k.csv"
srv=$(office k100)
measure "kabinet import, 100,000 rows, server" env KABINET_STORE="$srv" "$k" import "$dir/100k.csv" --kind record
cols=$(head -n 1 "$dir/100k.csv" | sed 's/,/ text, /g; s/$/ text/')
sql "CREATE DATABASE plain" >/dev/null
plain="postgresql:///plain?host=$pg&user=$pguser"
"$pgbin/psql" "$plain" -qc "CREATE TABLE t ($cols)"
measure "psql \\copy of the same file, plain table" "$pgbin/psql" "$plain" -qc "\\copy t from '$dir/100k.csv' csv header"
KABINET_STORE="$dir/i.db" "$k" init >/dev/null
measure "kabinet import, 100,000 rows, local store" env KABINET_STORE="$dir/i.db" "$k" import "$dir/100k.csv" --kind record

echo "== 3. deadlines on $big records"
"$gen" records-csv "$big" >"$dir/big.csv"
srv=$(office kbig)
measure "kabinet import, $big rows, server" env KABINET_STORE="$srv" "$k" import "$dir/big.csv" --kind record
KABINET_STORE="$dir/b.db" "$k" init >/dev/null
measure "kabinet import, $big rows, local store" env KABINET_STORE="$dir/b.db" "$k" import "$dir/big.csv" --kind record
for i in 1 2 3; do
  measure "deadlines, server (run $i)" env KABINET_STORE="$srv" "$k" deadlines
  measure "deadlines, local store (run $i)" env KABINET_STORE="$dir/b.db" "$k" deadlines
done

echo "== 4. record add throughput, clerks adding at once for 10 s"
srv=$(office kthr)
for clerks in 1 8 32; do
  rm -f "$dir"/count.*
  end=$(($(date +%s) + 10))
  for c in $(seq 1 "$clerks"); do
    (
      n=0
      while [ "$(date +%s)" -lt "$end" ]; do
        KABINET_STORE="$srv" "$k" record add --subject-id "t$clerks-$c-$n" --date 20.11.2026 \
          --type осмотр --result здоров >/dev/null 2>&1
        n=$((n + 1))
      done
      echo "$n" >"$dir/count.$c"
    ) &
  done
  wait
  total=$(cat "$dir"/count.* | paste -sd+ | bc)
  printf '%-44s %6s adds in 10 s (%s/s)\n' "$clerks clerk(s)" "$total" "$(echo "scale=1; $total / 10" | bc)"
done

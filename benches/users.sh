#!/usr/bin/env bash
# Unlock time with 1 user and with 50 (issue 23): the store's key is sealed per user in the key
# file, and unlocking opens one slot — one Argon2id derivation — whatever their number. The same
# store is timed with 1 user, then again (in the same run) after 49 more were added; each line
# is `kabinet record list` on an empty store, so it is the unlock and nothing else. Wall-clock
# seconds from /usr/bin/time, 5 runs each, alternating the last user and the first.
# Usage: benches/users.sh
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet --bin kabinet
k=$PWD/target/release/kabinet
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
export KABINET_STORE="$dir/s.db" KABINET_PASSPHRASE="bench passphrase" LANG=C

time_as() {
  /usr/bin/time -f '%e s, %M KB' env KABINET_USER="$1" KABINET_PASSPHRASE="$2" \
    "$k" record list >/dev/null 2>"$dir/t" || true
  tail -1 "$dir/t"
}

"$k" init --user u1 >/dev/null
echo "== 1 user ($(stat -c %s "$dir/s.db.keys") bytes of key file)"
for i in 1 2 3 4 5; do printf '  u1 run %d: %s\n' "$i" "$(time_as u1 "bench passphrase")"; done
for n in $(seq 2 50); do
  KABINET_USER=u1 KABINET_NEW_PASSPHRASE="pass of user $n" "$k" user add "u$n" --role reader >/dev/null
done
echo "== 50 users ($(stat -c %s "$dir/s.db.keys") bytes of key file)"
for i in 1 2 3 4 5; do
  printf '  u50 run %d: %s\n' "$i" "$(time_as u50 "pass of user 50")"
  printf '  u1  run %d: %s\n' "$i" "$(time_as u1 "bench passphrase")"
done

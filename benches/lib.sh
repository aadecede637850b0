# What the benchmark scripts share (sourced, not run): the release build, a temporary
# directory removed at the end, and `measure`.
# After `bench_setup`: $k is the kabinet binary, $gen the data generator, $dir the directory.

bench_setup() {
  cargo build --release --quiet --bin kabinet --example bench_data
  k=$PWD/target/release/kabinet
  gen=$PWD/target/release/examples/bench_data
  dir=$(mktemp -d)
  trap 'rm -rf "$dir"' EXIT
}

measure() { # label, then the command; prints wall seconds and peak RSS
  local label=$1; shift
  if ! /usr/bin/time -f "%e %M" -o "$dir/time" "$@" >/dev/null 2>"$dir/err"; then
    echo "FAILED: $label" >&2; cat "$dir/err" >&2; exit 1
  fi
  read -r secs kb < <(tail -n 1 "$dir/time")
  printf '%-48s %8.2f s  %7d KB peak RSS\n' "$label" "$secs" "$kb"
}

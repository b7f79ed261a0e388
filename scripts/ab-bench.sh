#!/usr/bin/env bash
# A/B of one Go benchmark on this tree and on an older revision, run in
# turns in the same session, so that a shared machine's load weighs on
# both alike. For each run it prints the wall time per operation the
# benchmark reports and the CPU (user + system) per operation the process
# used, which a loaded machine inflates less than wall time.
#
#   scripts/ab-bench.sh REV PKG BENCH [ROUNDS] [OPS]
#   scripts/ab-bench.sh 340470e ./parse 'BenchmarkText$' 3 100
#   scripts/ab-bench.sh 340470e ./bench/readability 'BenchmarkParseHTML$' 3 40
#
# REV is any revision git knows. PKG may lie in a nested module
# (bench/readability): the test binary is built in that module's folder.
# OPS is the number of operations of each run (-test.benchtime OPSx); the
# benchmark runs on one CPU (-test.cpu 1). Needs /usr/bin/time.
set -euo pipefail
cd "$(dirname "$0")/.."
rev=$1 pkg=$2 bench=$3 rounds=${4:-3} ops=${5:-100}
tmp=$(mktemp -d)
trap 'git worktree remove --force "$tmp/old" >/dev/null 2>&1 || true; rm -rf "$tmp"' EXIT
git worktree add --detach "$tmp/old" "$rev" >/dev/null 2>&1

# build ROOT OUT: the test binary of PKG in the tree at ROOT.
build() {
  local dir=${pkg#./} mod=.
  # The innermost folder of PKG with its own go.mod is the module to build in.
  local d=$dir
  while [ "$d" != . ] && [ -n "$d" ]; do
    if [ -f "$1/$d/go.mod" ]; then mod=$d; break; fi
    d=$(dirname "$d")
  done
  local rel=${dir#"$mod"}; rel=./${rel#/}
  (cd "$1/$mod" && go test -c -o "$2" "$rel")
  echo "$1/$dir"
}
newdir=$(build "$PWD" "$tmp/new.test")
olddir=$(build "$tmp/old" "$tmp/old.test")

# run NAME BINARY DIR: one run, one line.
run() {
  local out
  out=$(cd "$3" && /usr/bin/time -f 'CPU %U %S' "$2" -test.run '^$' -test.bench "$bench" \
    -test.benchtime "${ops}x" -test.cpu 1 2>&1)
  echo "$out" | awk -v name="$1" -v ops="$ops" '
    /^Benchmark/ { ns = $3; mbs = ($6 == "MB/s") ? $5 : "-" }
    /^CPU/ { cpu = ($2 + $3) / (ops + 1) * 1e3 }
    END { printf "%-4s %10.2f ms/op wall  %8s MB/s  %8.2f ms/op CPU\n", name, ns / 1e6, mbs, cpu }'
}
echo "# $bench in $pkg: $(git rev-parse --short HEAD) (new) against $rev (old), $rounds rounds, $ops ops a run; load: $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$rounds"); do
  run old "$tmp/old.test" "$olddir"
  run new "$tmp/new.test" "$newdir"
done

#!/usr/bin/env bash
# Load figures of `thidua serve` for the README: requests per second, p50
# and p99 latency of POST /v1/validate and POST /v1/parse, and the
# server's memory (peak RSS) under load. The server listens on 127.0.0.1
# only; each run is bounded in count (-n) and time (-max).
#
#   scripts/serve-load.sh [serveload flags: -c 8 -n 2000 -max 30s]
#
# The machine's load changes the figures: say what else ran with them.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
go build -o "$tmp/thidua" ./cmd/thidua
"$tmp/thidua" serve --addr 127.0.0.1:0 2>"$tmp/log" &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$tmp"' EXIT
addr=""
for _ in $(seq 100); do
  addr=$(sed -n 's/.*msg=listening addr=\(127\.0\.0\.1:[0-9]*\).*/\1/p' "$tmp/log")
  [ -n "$addr" ] && break
  sleep 0.1
done
[ -n "$addr" ] || { echo "the server did not start:"; cat "$tmp/log"; exit 1; }
echo "thidua serve on $addr (pid $pid), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
go run ./scripts/serveload -addr "$addr" -pid "$pid" "$@"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

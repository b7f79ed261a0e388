#!/usr/bin/env bash
# Measures records a second through `thidua parse` and through the Beam
# pipeline (beam/cmd/thidua-beam, local Prism runner) over the same WARC:
# a crawl, with --warc, of the local portal with N generated articles
# (examples/local-portal --plain on 127.0.0.1; default N=1000). Checks that
# both give the same records. Needs /usr/bin/time (Debian package "time").
#
#   scripts/warc-bench.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/thidua" ./cmd/thidua
go build -o "$tmp/local-portal" ./examples/local-portal
(cd beam && go build -o "$tmp/thidua-beam" ./cmd/thidua-beam)
port=18190
"$tmp/local-portal" --addr "127.0.0.1:$port" --generated "$n" --plain 2>/dev/null &
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null 2>&1 && break; sleep 0.1; done
"$tmp/thidua" crawl --store "$tmp/crawl.db" --allow-private --rate 0 --quiet --all --warc "$tmp/warc" "http://127.0.0.1:$port/thi-dua/"
kill %1 2>/dev/null || true
warcs=("$tmp"/warc/*.warc.gz)
responses=$(zcat "${warcs[@]}" | grep -ac '^WARC-Type: response' || true)
echo "WARC: ${#warcs[@]} file(s), $(du -ch "${warcs[@]}" | tail -1 | cut -f1), $responses responses"
printf '%-22s %-8s %-9s %-10s %-10s %-6s\n' path records seconds records/s maxRSS_MB CPU
measure() { # name outfile cmd...
  local name=$1 out=$2; shift 2
  /usr/bin/time -f '%e %M %P' -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/log" || { cat "$tmp/log"; exit 1; }
  read -r secs rss cpu <"$tmp/time"
  local recs
  recs=$(wc -l <"$out")
  printf '%-22s %-8s %-9s %-10s %-10s %-6s\n' "$name" "$recs" "$secs" "$(awk -v r="$recs" -v s="$secs" 'BEGIN{printf "%.0f", r/s}')" "$((rss / 1024))" "$cpu"
}
measure "thidua parse" "$tmp/stdout" "$tmp/thidua" parse --format jsonl "${warcs[@]}"
cp "$tmp/stdout" "$tmp/parse.jsonl"
measure "thidua-beam (prism)" "$tmp/beam.jsonl" "$tmp/thidua-beam" --input "$tmp/warc/*.warc.gz" --output "$tmp/beam.jsonl"
if cmp -s <(sort "$tmp/parse.jsonl") <(sort "$tmp/beam.jsonl"); then
  echo "same records: yes"
else
  echo "same records: NO"; exit 1
fi

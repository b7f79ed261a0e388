#!/usr/bin/env bash
# Measures `thidua crawl` on a local portal of N generated articles
# (examples/local-portal --plain on 127.0.0.1, listed 20 a page), --rate 0: pages a second, peak
# memory (max RSS) and CPU use (100% = one core busy), for each N given
# (default 500 1000 2000). The portal runs in its own process, so its CPU
# is not counted. Needs /usr/bin/time (Debian package "time").
#
#   scripts/crawl-bench.sh [N...]
set -euo pipefail
cd "$(dirname "$0")/.."
counts=("$@")
[ ${#counts[@]} -gt 0 ] || counts=(500 1000 2000)
tmp=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$tmp"' EXIT
go build -o "$tmp/thidua" ./cmd/thidua
go build -o "$tmp/local-portal" ./examples/local-portal
port=18089
printf '%-7s %-8s %-9s %-10s %-10s %-8s\n' pages fetched seconds pages/s maxRSS_MB CPU
for n in "${counts[@]}"; do
  port=$((port + 1))
  "$tmp/local-portal" --addr "127.0.0.1:$port" --generated "$n" --plain 2>/dev/null &
  pid=$!
  for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/robots.txt" >/dev/null 2>&1 && break; sleep 0.1; done
  /usr/bin/time -f '%e %M %P' -o "$tmp/time" "$tmp/thidua" crawl --store "$tmp/bench-$n.db" --allow-private --rate 0 \
    "http://127.0.0.1:$port/thi-dua/" 2>"$tmp/log" || true
  kill "$pid" 2>/dev/null || true
  read -r secs rss cpu <"$tmp/time"
  fetched=$(grep -o 'fetched [0-9]*' "$tmp/log" | tail -1 | awk '{print $2}')
  printf '%-7s %-8s %-9s %-10s %-10s %-8s\n' "$n" "$fetched" "$secs" "$(awk -v f="$fetched" -v s="$secs" 'BEGIN{printf "%.0f", f/s}')" "$((rss / 1024))" "$cpu"
done

#!/usr/bin/env bash
# PDF speed against poppler: CPU per page of `thidua parse` and of
# `pdftotext -raw` on the same text PDF, as the marginal cost of pages
# ((CPU of a 50-page file − CPU of a 2-page file) / 48, best of 3, the two
# measured in the same run), their ratio, and the CPU of a 1-page PDF with
# PDFium's compilation cache warm and cold. Needs poppler-utils (pdfunite,
# pdftotext) and /usr/bin/time.
#
#   scripts/pdf-speed.sh [FILE.pdf]     (default parse/testdata/pdf/a_chithi_unicode.pdf)
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:-parse/testdata/pdf/a_chithi_unicode.pdf}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/thidua" ./cmd/thidua
pages=$(pdfinfo "$src" 2>/dev/null | awk '/^Pages:/{print $2}')
pdfseparate -f 1 -l 1 "$src" "$tmp/one.pdf"
# 2 and 50 pages: copies of the first page.
args2=(); for _ in 1 2; do args2+=("$tmp/one.pdf"); done
args50=(); for _ in $(seq 50); do args50+=("$tmp/one.pdf"); done
pdfunite "${args2[@]}" "$tmp/p2.pdf"
pdfunite "${args50[@]}" "$tmp/p50.pdf"

cpu() { # seconds of user+system CPU of a command, best of 3
  local best=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    local s; s=$(awk '{printf "%.4f", $1 + $2}' "$tmp/t")
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$s; fi
  done
  echo "$best"
}
"$tmp/thidua" parse --ocr off "$tmp/one.pdf" >/dev/null  # warm the compilation cache
t2=$(cpu "$tmp/thidua" parse --ocr off --max-pages 100 "$tmp/p2.pdf")
t50=$(cpu "$tmp/thidua" parse --ocr off --max-pages 100 "$tmp/p50.pdf")
p2=$(cpu pdftotext -raw "$tmp/p2.pdf" -)
p50=$(cpu pdftotext -raw "$tmp/p50.pdf" -)
warm=$(cpu "$tmp/thidua" parse --ocr off "$tmp/one.pdf")
# Cold: an empty cache directory for every try.
cold=$(cpu bash -c 'rm -rf "$1/cold"; XDG_CACHE_HOME="$1/cold" exec "$1/thidua" parse --ocr off "$1/one.pdf"' _ "$tmp")
awk -v t2="$t2" -v t50="$t50" -v p2="$p2" -v p50="$p50" -v warm="$warm" -v cold="$cold" -v src="$src" -v n="$pages" 'BEGIN{
  tp = (t50 - t2) / 48 * 1000; pp = (p50 - p2) / 48 * 1000
  printf "source: %s (%s pages; its first page repeated)\n", src, n
  printf "CPU per page: thidua %.1f ms, pdftotext -raw %.2f ms, ratio %.1f\n", tp, pp, (pp > 0 ? tp / pp : 0)
  printf "1-page PDF, CPU: warm cache %.0f ms, cold cache %.0f ms\n", warm * 1000, cold * 1000
}'

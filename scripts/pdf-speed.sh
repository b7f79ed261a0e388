#!/usr/bin/env bash
# PDF speed against poppler: CPU per page of `thidua parse` and of
# `pdftotext -raw` on the same text PDF, as the marginal cost of pages
# ((CPU of a 50-page file − CPU of a 2-page file) / 48, best of 3, the two
# measured in the same run), their ratio, the wall time of the 50-page file
# (pages are read in parallel), and the CPU of a 1-page PDF with PDFium's
# compilation cache warm and cold. Needs poppler-utils (pdfunite,
# pdftotext) and /usr/bin/time.
#
#   scripts/pdf-speed.sh [FILE.pdf]     (default parse/testdata/pdf/a_chithi_unicode.pdf)
#
# THIDUA_BASE=/path/to/an/older/thidua measures that binary too, in the
# same run, for a before/after comparison.
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

# best COMMAND...: "CPU WALL" in seconds (user+system CPU), of the try with
# the least CPU of 3.
best() {
  local best="" bestw=""
  for _ in 1 2 3; do
    /usr/bin/time -f '%U %S %e' -o "$tmp/t" "$@" >/dev/null 2>&1 || true
    local s w; s=$(awk '{printf "%.4f", $1 + $2}' "$tmp/t"); w=$(awk '{print $3}' "$tmp/t")
    if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN{exit !(a < b)}'; then best=$s; bestw=$w; fi
  done
  echo "$best $bestw"
}
cpu() { best "$@" | cut -d' ' -f1; }

p2=$(cpu pdftotext -raw "$tmp/p2.pdf" -)
p50=$(cpu pdftotext -raw "$tmp/p50.pdf" -)
printf 'source: %s (%s pages; its first page repeated)\n' "$src" "$pages"

measure() { # NAME BIN
  local name=$1 bin=$2
  "$bin" parse --ocr off "$tmp/one.pdf" >/dev/null  # warm the compilation cache
  local t2 t50 w50 warm cold
  t2=$(cpu "$bin" parse --ocr off --max-pages 100 "$tmp/p2.pdf")
  read -r t50 w50 < <(best "$bin" parse --ocr off --max-pages 100 "$tmp/p50.pdf")
  warm=$(cpu "$bin" parse --ocr off "$tmp/one.pdf")
  # Cold: an empty cache directory for every try.
  cold=$(cpu bash -c 'rm -rf "$1/cold"; XDG_CACHE_HOME="$1/cold" exec "$2" parse --ocr off "$1/one.pdf"' _ "$tmp" "$bin")
  awk -v name="$name" -v t2="$t2" -v t50="$t50" -v w50="$w50" -v p2="$p2" -v p50="$p50" -v warm="$warm" -v cold="$cold" 'BEGIN{
    tp = (t50 - t2) / 48 * 1000; pp = (p50 - p2) / 48 * 1000
    printf "%s: CPU per page: thidua %.1f ms, pdftotext -raw %.2f ms, ratio %.1f\n", name, tp, pp, (pp > 0 ? tp / pp : 0)
    printf "%s: 50-page PDF: CPU %.2f s, wall %.2f s\n", name, t50, w50
    printf "%s: 1-page PDF, CPU: warm cache %.0f ms, cold cache %.0f ms\n", name, warm * 1000, cold * 1000
  }'
}
if [ -n "${THIDUA_BASE:-}" ]; then
  measure before "$THIDUA_BASE"
fi
measure thidua "$tmp/thidua"

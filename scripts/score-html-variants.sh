#!/usr/bin/env bash
# Scores the re-encoded copies of the corpus pages (parse/testdata/html/
# variants: windows-1258, NFD, a lying charset, TCVN3, VNI) with the gold
# record of the page each was made from, so that the figure can be set
# beside the plain pages' score.
#
#   scripts/score-html-variants.sh [path/to/eval_directives.py]
set -euo pipefail
cd "$(dirname "$0")/.."
eval_py=${1:-../shared/tools/eval_directives.py}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/thidua" ./cmd/thidua
mkdir "$tmp/pages"
for f in parse/testdata/html/variants/*.html; do
  b=$(basename "$f" .html)
  cp "$f" "$tmp/pages/$b.html"
  cp "parse/testdata/html/${b%%.*}.gold.json" "$tmp/pages/$b.gold.json"
done
python3 "$eval_py" "$tmp/thidua" "$tmp/pages"

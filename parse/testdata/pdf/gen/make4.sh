#!/bin/bash
# Rebuilds the fourth set of test PDFs (t to ...) into OUT (default: a new
# temporary folder). Needs (Debian) python3-reportlab fonts-liberation2.
set -euo pipefail
GEN=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
(cd "$GEN" && /usr/bin/python3 write4.py "$OUT")   # t, u, v and their *.ref.txt
ls -la "$OUT"

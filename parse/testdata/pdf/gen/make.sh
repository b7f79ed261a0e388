#!/bin/bash
# Rebuilds the second set of test PDFs (h to m) into OUT (default: a new
# temporary folder). Run from anywhere; needs the Go toolchain and (Debian)
# libreoffice-writer-nogui fonts-liberation2 python3-fontforge
# python3-reportlab poppler-utils imagemagick img2pdf qpdf.
set -euo pipefail
GEN=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$GEN/../../../.." && pwd)
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
# VNI-Times look-alike fonts, installed for LibreOffice
(cd "$ROOT" && go run ./parse/testdata/pdf/gen/vni.go -table) | /usr/bin/python3 "$GEN/make_vni_fonts.py" "$OUT/fonts"
mkdir -p /usr/local/share/fonts/vnitest && cp "$OUT/fonts"/*.ttf /usr/local/share/fonts/vnitest/ && fc-cache -f
cd "$GEN"
python3 write_fodt.py "$OUT"          # h (VNI) and l, flat ODT
python3 write_docx.py "$OUT"          # i, Word .docx
/usr/bin/python3 write_rl.py "$OUT"   # j and m, ReportLab
cd "$OUT"
soffice --headless --convert-to pdf h_chithi_vni.fodt l_kehoach_xa.fodt i_kehoach_docx.docx >/dev/null 2>&1
# l without its ToUnicode maps
qpdf --qdf --object-streams=disable l_kehoach_xa.pdf l.qdf
python3 "$GEN/strip_tounicode.py" l.qdf l2.qdf
fix-qdf < l2.qdf > l3.qdf
qpdf --compress-streams=y --object-streams=generate l3.qdf l_kehoach_xa_notounicode.pdf
mv l_kehoach_xa.ref.txt l_kehoach_xa_notounicode.ref.txt
rm -f l.qdf l2.qdf l3.qdf l_kehoach_xa.pdf
# k: j scanned at 200 dpi, turned 1.2 degrees, noise, JPEG
T=$(mktemp -d)
pdftoppm -r 200 -gray j_chithi_tinhuy.pdf "$T/p"
for f in "$T"/p-*.pgm; do
  convert "$f" -background white -rotate 1.2 -attenuate 0.3 +noise Gaussian -gravity center \
          -extent 1654x2339 -units PixelsPerInch -density 200 -quality 60 "${f%.pgm}.jpg"
done
img2pdf -o k_chithi_tinhuy_scan200.pdf "$T"/p-*.jpg
rm -rf "$T"
cp j_chithi_tinhuy.ref.txt k_chithi_tinhuy_scan200.ref.txt
ls -la "$OUT"

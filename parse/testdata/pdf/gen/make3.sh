#!/bin/bash
# Rebuilds the third set of test PDFs (n to s) into OUT (default: a new
# temporary folder). Needs (Debian) chromium texlive-xetex
# texlive-latex-recommended fonts-liberation2 python3-matplotlib
# python3-pikepdf poppler-utils imagemagick img2pdf.
set -euo pipefail
GEN=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
(cd "$GEN" && /usr/bin/python3 write3.py "$OUT")   # n.html, o.tex, p.html, q (matplotlib), *.ref.txt
cd "$OUT"
convert -size 260x260 xc:none -fill none -stroke '#d00000' -strokewidth 7 -draw "circle 130,130 130,8" -strokewidth 3 -draw "circle 130,130 130,40" \
  -fill '#d00000' -stroke none -draw "polygon 130,85 141,118 176,118 148,138 158,172 130,152 102,172 112,138 84,118 119,118" seal.png
convert -size 300x110 xc:none -fill none -stroke '#1030a0' -strokewidth 4 -draw "bezier 10,80 60,10 90,100 140,40" -draw "bezier 140,40 180,0 200,90 290,30" sig.png
CHROME="chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer"
$CHROME --print-to-pdf=n_quyetdinh_chromium.pdf n.html 2>/dev/null
$CHROME --print-to-pdf=p_a5.pdf p.html 2>/dev/null
/usr/bin/python3 "$GEN/twoup.py" p_a5.pdf p_kehoach_2up.pdf
xelatex -interaction=nonstopmode o.tex >/dev/null && mv o.pdf o_chithi_xelatex.pdf
# s: (o) scanned at 150 dpi with the seal and signature over the name
pdftoppm -r 150 -gray o_chithi_xelatex.pdf s
convert s-1.pgm \( seal.png -resize 190x190 \) -geometry +830+1245 -composite \( sig.png -resize 200x \) -geometry +900+1300 -composite \
  -colorspace Gray -rotate 0.6 -attenuate 0.25 +noise Gaussian -background white -gravity center -extent 1240x1754 \
  -units PixelsPerInch -density 150 -quality 55 s.jpg
img2pdf -o s_chithi_scan150.pdf s.jpg
cp o_chithi_xelatex.ref.txt s_chithi_scan150.ref.txt
ls -la "$OUT"

#!/bin/bash
# Rebuilds the fourth set of test PDFs (t to ...) into OUT (default: a new
# temporary folder). Needs (Debian) python3-reportlab fonts-liberation2 poppler-utils imagemagick img2pdf.
set -euo pipefail
GEN=$(cd "$(dirname "$0")" && pwd)
OUT=${1:-$(mktemp -d)}
mkdir -p "$OUT"
(cd "$GEN" && /usr/bin/python3 write4.py "$OUT")   # t, u, v and their *.ref.txt

# w: v scanned in colour with a red seal and a blue signature over the name
cd "$OUT"
convert -size 260x260 xc:none -fill none -stroke '#d00000' -strokewidth 7 -draw "circle 130,130 130,8" -strokewidth 3 -draw "circle 130,130 130,40" \
  -fill '#d00000' -stroke none -draw "polygon 130,85 141,118 176,118 148,138 158,172 130,152 102,172 112,138 84,118 119,118" seal.png
convert -size 300x110 xc:none -fill none -stroke '#1030a0' -strokewidth 4 -draw "bezier 10,80 60,10 90,100 140,40" -draw "bezier 140,40 180,0 200,90 290,30" sig.png
pdftoppm -r 150 -png v_chithi_kern_tj.pdf w
convert w-1.png \( seal.png -resize 200x200 -background white -flatten \) -geometry +690+835 -compose Multiply -composite \
  \( sig.png -resize 200x -background white -flatten \) -geometry +790+850 -compose Multiply -composite -compose Over \
  -rotate 0.5 -attenuate 0.2 +noise Gaussian -background white -gravity center -extent 1240x1754 -units PixelsPerInch -density 150 -quality 50 w.jpg
img2pdf -o w_chithi_scan_color.pdf w.jpg
cp v_chithi_kern_tj.ref.txt w_chithi_scan_color.ref.txt
ls -la "$OUT"

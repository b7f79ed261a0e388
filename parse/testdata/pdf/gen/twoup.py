# -*- coding: utf-8 -*-
"""Sets the pages of IN two by two side by side on landscape A4 sheets,
each page drawn as a form XObject (what "2 pages per sheet" printing and
pdfjam/pdfnup do).

usage: python3 twoup.py IN OUT   (python3-pikepdf)
"""
import sys
import pikepdf

src = pikepdf.open(sys.argv[1])
out = pikepdf.new()
W, H = 841.89, 595.28
for k in range(0, len(src.pages), 2):
    sheet = out.add_blank_page(page_size=(W, H))
    ops = []
    for j, page in enumerate(src.pages[k:k + 2]):
        form = out.copy_foreign(page.as_form_xobject())
        name = sheet.add_resource(form, pikepdf.Name.XObject, prefix="Pg")
        mb = [float(x) for x in page.mediabox]
        s = min((W / 2) / (mb[2] - mb[0]), H / (mb[3] - mb[1]))
        ops.append(f"q {s:.5f} 0 0 {s:.5f} {j * W / 2:.2f} 0 cm {name} Do Q")
    sheet.Contents = out.make_stream(" ".join(ops).encode())
out.save(sys.argv[2])

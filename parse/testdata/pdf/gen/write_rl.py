#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes documents of content.py as PDF with ReportLab (python3-reportlab),
a producer other than LibreOffice: its own line breaking and subset fonts.
The text is drawn word by word or glyph by glyph, and the blocks of a page
can be drawn in another order than they are read (footer first, body from
the bottom up), as some producers do.
usage: write_rl.py OUTDIR"""
import os, sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
import content as C
from styles import STYLES

LIB = '/usr/share/fonts/truetype/liberation2/LiberationSerif-%s.ttf'
for st in ('Regular', 'Bold', 'Italic', 'BoldItalic'):
    pdfmetrics.registerFont(TTFont('LiberationSerif-' + st, LIB % st))
PW, PH = 595.28, 841.89
LM, RM, TM, BM = 85.0, 42.5, 56.7, 56.7
CM = 28.35


def font(style):
    _, _, b, it, *_ = STYLES[style]
    return 'LiberationSerif-' + ({(0, 0): 'Regular', (1, 0): 'Bold', (0, 1): 'Italic', (1, 1): 'BoldItalic'}[(int(b), int(it))])


def wrap(words, fn, sz, width, indent):
    lines, cur = [], []
    for w in words:
        trial = ' '.join(cur + [w])
        if cur and pdfmetrics.stringWidth(trial, fn, sz) > width - (indent if not lines else 0):
            lines.append(cur)
            cur = [w]
        else:
            cur.append(w)
    if cur:
        lines.append(cur)
    return lines


class Layout:
    def __init__(self):
        self.ops = []          # (page, block, font, size, x, y, text, underline)
        self.page, self.y, self.block = 0, TM, 0

    def para(self, style, text, x0, x1, y):
        """Lays out one paragraph between x0 and x1 from y (top); returns the new y."""
        al, sz, b, it, before, after, indent, ul = STYLES[style]
        fn = font(style)
        lead = sz * (1.3 if style == 'body' else 1.15)
        y += before
        ind = indent * CM
        lines = wrap(text.split(), fn, sz, x1 - x0, ind)
        for k, ws in enumerate(lines):
            if y + lead > PH - BM and x0 == LM:
                self.page, y = self.page + 1, TM
            y += lead
            lx0 = x0 + (ind if k == 0 else 0)
            widths = [pdfmetrics.stringWidth(w, fn, sz) for w in ws]
            space = pdfmetrics.stringWidth(' ', fn, sz)
            natural = sum(widths) + space * (len(ws) - 1)
            if al == 'justify' and k < len(lines) - 1 and len(ws) > 1:
                space = (x1 - lx0 - sum(widths)) / (len(ws) - 1)
                x = lx0
            elif al == 'center':
                x = (x0 + x1 - natural) / 2
            elif al == 'right':
                x = x1 - natural
            else:
                x = lx0
            for w, wd in zip(ws, widths):
                self.ops.append((self.page, self.block, fn, sz, x, y, w, ul))
                x += wd + space
        return y + after

    def block_(self, b):
        if b[0] == 'p':
            self.y = self.para(b[1], b[2], LM, PW - RM, self.y)
        elif b[0] == 'cols':
            split = LM + 6.5 * CM
            y0, ys = self.y, []
            for col, (x0, x1) in zip((b[1], b[2]), ((LM - 0.5 * CM, split), (split, PW - RM))):
                y = y0
                for st, s in col:
                    y = self.para(st, s, x0, x1, y)
                ys.append(y)
            self.y = max(ys) + 6
        self.block += 1


def draw(doc, name, out, order='natural', glyphs=False, numbers=None):
    L = Layout()
    for b in doc:
        L.block_(b)
    pages = L.page + 1
    c = canvas.Canvas(os.path.join(out, name + '.pdf'), pagesize=(PW, PH))
    c.setTitle(''); c.setAuthor(''); c.setCreator('thidua test generator (ReportLab)')
    for p in range(pages):
        ops = [o for o in L.ops if o[0] == p]
        blocks = sorted({o[1] for o in ops})
        if order == 'scrambled':
            # footer (last block) first, then the header's columns, then
            # the body from the bottom up
            blocks = blocks[-1:] + blocks[:1] + blocks[-2:0:-1]
        for bl in blocks:
            bops = [o for o in ops if o[1] == bl]
            if order == 'scrambled' and bl == 0:
                bops = sorted(bops, key=lambda o: -o[4])   # right column before left
            for _, _, fn, sz, x, y, w, ul in bops:
                c.setFont(fn, sz)
                if glyphs:
                    for ch in w:
                        c.drawString(x, PH - y, ch)
                        x += pdfmetrics.stringWidth(ch, fn, sz)
                else:
                    c.drawString(x, PH - y, w)
                if ul:
                    wd = pdfmetrics.stringWidth(w, fn, sz)
                    c.setLineWidth(0.6); c.line(x - 2, PH - y - 2.5, x + wd + 3, PH - y - 2.5)
        if numbers:
            c.setFont('LiberationSerif-Regular', 12)
            c.drawCentredString(PW / 2, 28, numbers % {'n': p + 1, 'of': pages})
        c.showPage()
    c.save()
    with open(os.path.join(out, name + '.ref.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(C.ref_lines(doc)) + '\n')


if __name__ == '__main__':
    out = sys.argv[1]
    draw(C.J_CHITHI_TINHUY, 'j_chithi_tinhuy', out, order='scrambled')
    draw(C.M_CHITHI_BO, 'm_chithi_bo', out, glyphs=True, numbers='Trang %(n)d/%(of)d')
    print('written to', out)

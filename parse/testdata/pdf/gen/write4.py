#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Writes the ReportLab documents of the fourth set (content4.py):
(t) and (u), whose footer block runs over a page break, with line ends
broken at hyphens; (v), every glyph placed on its own in TJ arrays with
kerning and no space characters, so that word spaces must be inferred.
usage: write4.py OUTDIR"""
import os, sys
from reportlab.pdfgen import canvas
from reportlab.pdfbase import pdfmetrics
import write_rl as R          # registers the Liberation Serif fonts
import content as C
import content4 as C4
from styles import STYLES

SHY = '\u00ad'


def wrap(words, fn, sz, width, indent):
    """Greedy line breaking that, when a word does not fit, breaks it after
    a hyphen or at a soft hyphen (drawn as '-') if its first part fits."""
    lines, cur = [], []
    sw = lambda ws: pdfmetrics.stringWidth(' '.join(ws).replace(SHY, ''), fn, sz)
    words = list(words)
    while words:
        w = words.pop(0)
        room = width - (indent if not lines else 0)
        if not cur or sw(cur + [w]) <= room:
            cur.append(w)
            continue
        cut = None
        for k in range(len(w) - 1, 0, -1):
            if w[k] in '-' + SHY and k + 1 < len(w):
                head = w[:k + 1].replace(SHY, '-') if w[k] == SHY else w[:k + 1]
                if sw(cur + [head]) <= room:
                    cut = (head, w[k + 1:])
                    break
        if cut:
            cur.append(cut[0])
            words.insert(0, cut[1])
        else:
            words.insert(0, w)
        lines.append(cur)
        cur = []
    if cur:
        lines.append(cur)
    return [[w.replace(SHY, '') for w in l] for l in lines]


class Layout:
    def __init__(self):
        self.ops = []   # (page, font, size, x, y, text, underline)
        self.page, self.y = 0, R.TM

    def para(self, style, text, x0, x1, page, y):
        al, sz, b, it, before, after, indent, ul = STYLES[style]
        fn = R.font(style)
        lead = sz * (1.3 if style == 'body' else 1.15)
        y += before
        ind = indent * R.CM
        lines = wrap(text.split(), fn, sz, x1 - x0, ind)
        for k, ws in enumerate(lines):
            if y + lead > R.PH - R.BM:
                page, y = page + 1, R.TM
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
            else:
                x = lx0
            for w, wd in zip(ws, widths):
                self.ops.append((page, fn, sz, x, y, w, ul))
                x += wd + space
        return page, y + after

    def block(self, b, footer_at=None, sign_next_page=False):
        if b[0] == 'p':
            self.page, self.y = self.para(b[1], b[2], R.LM, R.PW - R.RM, self.page, self.y)
            return
        split = R.LM + 6.5 * R.CM
        page, y0 = self.page, self.y
        if footer_at is not None:
            y0 = max(y0, footer_at)
        ends = []
        for k, (col, (x0, x1)) in enumerate(zip((b[1], b[2]), ((R.LM - 0.5 * R.CM, split), (split, R.PW - R.RM)))):
            p, y = page, y0
            if k == 1 and sign_next_page:
                p, y = page + 1, R.TM
            for st, s in col:
                p, y = self.para(st, s, x0, x1, p, y)
            ends.append((p, y))
        self.page, self.y = max(ends)
        self.y += 6


def layout(doc, footer_at=None, sign_next_page=False):
    L = Layout()
    for k, b in enumerate(doc):
        last = k == len(doc) - 1
        L.block(b, footer_at if last else None, sign_next_page and last)
    return L


def draw_words(L, name, out, numbers=None):
    pages = max(o[0] for o in L.ops) + 1
    c = canvas.Canvas(os.path.join(out, name + '.pdf'), pagesize=(R.PW, R.PH))
    c.setTitle(''); c.setAuthor(''); c.setCreator('thidua test generator (ReportLab)')
    for p in range(pages):
        for _, fn, sz, x, y, w, ul in [o for o in L.ops if o[0] == p]:
            c.setFont(fn, sz)
            c.drawString(x, R.PH - y, w)
        if numbers:
            c.setFont('LiberationSerif-Regular', 12)
            c.drawCentredString(R.PW / 2, 28, numbers % {'n': p + 1, 'of': pages})
        c.showPage()
    c.save()


def pdfstr(b):
    return '(' + ''.join('\\%03o' % x if x < 32 or x > 126 or x in (40, 41, 92) else chr(x) for x in b) + ')'


def draw_tj(L, name, out):
    """Each line is one BT with a TJ array per font run: every glyph is an
    element of its own, followed by an adjustment (thousandths of the font
    size) that brings the next glyph to its place: a small kern inside a
    word (alternately -40 and +25), the whole width of the space between
    words (about -250 to -600), and no space character."""
    pages = max(o[0] for o in L.ops) + 1
    c = canvas.Canvas(os.path.join(out, name + '.pdf'), pagesize=(R.PW, R.PH))
    c.setTitle(''); c.setAuthor(''); c.setCreator('thidua test generator (ReportLab, TJ)')
    doc = c._doc
    for p in range(pages):
        ops = [o for o in L.ops if o[0] == p]
        lines = {}
        for o in ops:
            lines.setdefault((o[4], o[1], o[2]), []).append(o)
        for (y, fn, sz), ws in sorted(lines.items()):
            font = pdfmetrics.getFont(fn)
            # glyphs with their x, the word's own kerning spread so that the
            # word keeps its width
            glyphs = []
            for _, _, _, x, _, w, _ in sorted(ws, key=lambda o: o[3]):
                n = len(w)
                kern = [(-40 if k % 2 == 0 else 25) for k in range(n - 1)]
                for k, ch in enumerate(w):
                    glyphs.append((x, ch))
                    x += pdfmetrics.stringWidth(ch, fn, sz)
                    if k < n - 1:
                        x -= kern[k] * sz / 1000
            code = ['BT', '1 0 0 1 %.3f %.3f Tm' % (glyphs[0][0], R.PH - y)]
            cur_font, arr, pen = None, [], glyphs[0][0]
            def flush():
                if arr:
                    code.append('[%s] TJ' % ' '.join(arr))
                    arr.clear()
            for k, (x, ch) in enumerate(glyphs):
                subset, b = font.splitString(ch, doc)[0]
                fname = font.getSubsetInternalName(subset, doc)
                if fname != cur_font:
                    flush()
                    code.append('%s %.1f Tf' % (fname, sz))
                    cur_font = fname
                if abs(x - pen) > 0.001:
                    arr.append('%.1f' % (-(x - pen) * 1000 / sz))
                arr.append(pdfstr(b))
                pen = x + pdfmetrics.stringWidth(ch, fn, sz)
            flush()
            code.append('ET')
            c._code.extend(code)
        c.showPage()
    c.save()


def ref(doc, name, out):
    with open(os.path.join(out, name + '.ref.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(l.replace(SHY, '') for l in C.ref_lines(doc)) + '\n')


if __name__ == '__main__':
    out = sys.argv[1]
    draw_words(layout(C4.T_CHITHI_SPLIT, footer_at=R.PH - R.BM - 58, sign_next_page=True), 't_chithi_footer_split', out, numbers='%(n)d')
    ref(C4.T_CHITHI_SPLIT, 't_chithi_footer_split', out)
    draw_words(layout(C4.U_KEHOACH_SPLIT, footer_at=R.PH - R.BM - 100), 'u_kehoach_sign_split', out)
    ref(C4.U_KEHOACH_SPLIT, 'u_kehoach_sign_split', out)
    draw_tj(layout(C4.V_CHITHI_TJ), 'v_chithi_kern_tj', out)
    ref(C4.V_CHITHI_TJ, 'v_chithi_kern_tj', out)
    print('written to', out)

#!/usr/bin/python3
# -*- coding: utf-8 -*-
"""Builds look-alikes of the legacy VNI fonts VNI-Times (Regular, Bold,
Italic, BoldItalic) from Liberation Serif. VNI writes a toned vowel as a
base letter and a mark byte ("aá" = "ấ"), and a few letters as one byte
("ñ" = "đ", "ö" = "ư"); the font draws the letters in those Latin-1 slots
and the marks as zero-width glyphs over the letter before.
usage: go run vni.go -table | make_vni_fonts.py OUTDIR"""
import os, shutil, sys, tempfile, unicodedata, fontforge
SRC = '/usr/share/fonts/truetype/liberation2/LiberationSerif-%s.ttf'
OUT = sys.argv[1]
os.makedirs(OUT, exist_ok=True)
rows = [l.rstrip('\n').split('\t') for l in sys.stdin if l.strip()]
COMB = {0x300: 'gravecomb', 0x301: 'acutecomb', 0x303: 'tildecomb', 0x309: 'hookabovecomb',
        0x323: 'dotbelowcomb', 0x302: 'uni0302', 0x306: 'uni0306'}

def build(style):
    tmp = tempfile.mkdtemp()
    shutil.copy(SRC % style, tmp + '/dst.ttf'); shutil.copy(SRC % style, tmp + '/src.ttf')
    f = fontforge.open(tmp + '/dst.ttf')
    src = fontforge.open(tmp + '/src.ttf')
    for g in src.glyphs():
        g.unlinkRef()
    def put(dst_code, src_code):
        src.selection.select(('unicode',), src_code); src.copy()
        f.selection.select(('unicode',), dst_code); f.paste()
        f[f.findEncodingSlot(dst_code)].width = src[src.findEncodingSlot(src_code)].width
    xh, ch = src['x'].boundingBox()[3], src['H'].boundingBox()[3]
    for code, alone, after_a, after_A in rows:
        b = int(code, 16)
        if b < 0xC0:
            continue
        latin = chr(b)
        if alone != latin and len(alone) == 1:      # a whole letter: đ, ơ, ư, ĩ, ỉ, ị, ỵ
            put(b, ord(alone)); continue
        if len(after_a) == 1:                       # a mark byte
            marks = [ord(c) for c in unicodedata.normalize('NFD', after_a)[1:]]
            upper = b < 0xE0
            g = f[f.findEncodingSlot(b)] if f.findEncodingSlot(b) in f else f.createChar(b)
            g.clear()
            lift = ch - xh if upper else 0
            for k, m in enumerate(marks):
                # marks sit over the letter before; a tone over a circumflex
                # or breve is raised above it
                dy = lift + (0.28 * xh if k > 0 and m not in (0x323,) else 0)
                g.addReference(COMB[m], (1, 0, 0, 1, 0, dy))
            g.unlinkRef()
            # centre the marks over the letter before, as VNI fonts do:
            # zero advance, outline left of the origin
            x0, _, x1, _ = g.boundingBox()
            base = src['A' if upper else 'a'].width
            g.transform((1, 0, 0, 1, -base / 2 - (x0 + x1) / 2, 0))
            g.width = 0
    sub = {'Regular': '', 'Bold': 'Bold', 'Italic': 'Italic', 'BoldItalic': 'BoldItalic'}[style]
    ps = 'VNI-Times' + (('-' + sub) if sub else '')
    f.fontname = ps; f.familyname = 'VNI-Times'; f.fullname = 'VNI-Times' + ((' ' + sub) if sub else '')
    f.weight = 'Bold' if 'Bold' in style else 'Regular'
    f.sfnt_names = tuple()
    lang = 'English (US)'
    f.appendSFNTName(lang, 'Family', 'VNI-Times')
    f.appendSFNTName(lang, 'SubFamily', {'Regular': 'Regular', 'Bold': 'Bold', 'Italic': 'Italic', 'BoldItalic': 'Bold Italic'}[style])
    f.appendSFNTName(lang, 'Fullname', f.fullname)
    f.appendSFNTName(lang, 'PostScriptName', ps)
    f.appendSFNTName(lang, 'Copyright', 'Test font derived from Liberation Serif (SIL OFL 1.1)')
    keep = set(range(0x20, 0x100))
    for g in list(f.glyphs()):
        if g.unicode in keep:
            g.unlinkRef()
    for g in list(f.glyphs()):
        if g.unicode >= 0 and g.unicode not in keep:
            f.removeGlyph(g)
    out = os.path.join(OUT, ps + '.ttf')
    f.generate(out)
    f.close(); src.close(); shutil.rmtree(tmp)
    print('wrote', out)

for st in ('Regular', 'Bold', 'Italic', 'BoldItalic'):
    build(st)

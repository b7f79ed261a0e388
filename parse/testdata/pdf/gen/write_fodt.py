#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes documents of content.py as flat ODT for LibreOffice, and their
reference texts. usage: write_fodt.py OUTDIR (run from this folder; VNI
text comes from `go run vni.go`, so the Go toolchain must be on PATH)."""
import os, subprocess, sys
from xml.sax.saxutils import escape
import content as C
from styles import STYLES

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..', '..'))


def vni(lines):
    """Encodes lines in VNI with the project's encoder (vnenc)."""
    p = subprocess.run(['go', 'run', os.path.join(HERE, 'vni.go')], input='\n'.join(lines) + '\n',
                       capture_output=True, text=True, cwd=ROOT, check=True)
    return p.stdout.split('\n')[:len(lines)]


def styles_xml(font):
    out = []
    for name, (al, sz, b, it, before, after, indent, ul) in STYLES.items():
        al = {'left': 'start', 'right': 'end'}.get(al, al)
        pp = 'fo:text-align="%s" fo:margin-top="%dpt" fo:margin-bottom="%dpt" fo:text-indent="%scm"' % (al, before, after, indent)
        if name == 'body':
            pp += ' fo:line-height="115%"'
        tp = 'style:font-name="%s" fo:font-size="%dpt"' % (font, sz)
        if b: tp += ' fo:font-weight="bold"'
        if it: tp += ' fo:font-style="italic"'
        if ul: tp += ' style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"'
        out.append('<style:style style:name="%s" style:family="paragraph" style:parent-style-name="Standard">'
                   '<style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (name, pp, tp))
    out.append('''<style:style style:name="Tnb" style:family="table"><style:table-properties style:width="16.5cm" table:align="left"/></style:style>
<style:style style:name="Tnb.A" style:family="table-column"><style:table-column-properties style:column-width="6.5cm"/></style:style>
<style:style style:name="Tnb.B" style:family="table-column"><style:table-column-properties style:column-width="10cm"/></style:style>
<style:style style:name="Tnb.C" style:family="table-cell"><style:table-cell-properties fo:padding="0.05cm" fo:border="none"/></style:style>''')
    return '\n'.join(out)


def write(doc, name, out, font='Times New Roman', enc=None):
    texts = C.ref_lines(doc)
    coded = dict(zip(texts, enc(texts))) if enc else {t: t for t in texts}
    def p(st, s):
        return '<text:p text:style-name="%s">%s</text:p>' % (st, escape(coded[s]))
    body = []
    for k, b in enumerate(doc):
        if b[0] == 'cols':
            cells = ''.join('<table:table-cell table:style-name="Tnb.C" office:value-type="string">%s</table:table-cell>'
                            % ''.join(p(st, s) for st, s in col) for col in (b[1], b[2]))
            body.append('<table:table table:name="T%d" table:style-name="Tnb"><table:table-column table:style-name="Tnb.A"/>'
                        '<table:table-column table:style-name="Tnb.B"/><table:table-row>%s</table:table-row></table:table>' % (k, cells))
        elif b[0] == 'p':
            body.append(p(b[1], b[2]))
        else:
            raise ValueError('block %s not supported in fodt' % b[0])
    xml = '''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:font-face-decls><style:font-face style:name="%(f)s" svg:font-family="'%(f)s'" style:font-family-generic="roman" style:font-pitch="variable"/></office:font-face-decls>
<office:styles>
<style:default-style style:family="paragraph"><style:text-properties style:font-name="%(f)s" fo:font-size="14pt" fo:language="vi" fo:country="VN" fo:hyphenate="false"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph" style:class="text"/>
</office:styles>
<office:automatic-styles>
<style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="3cm" fo:margin-right="1.5cm"/></style:page-layout>
%(st)s
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>
<office:body><office:text>
%(body)s
</office:text></office:body></office:document>
''' % {'f': font, 'st': styles_xml(font), 'body': '\n'.join(body)}
    with open(os.path.join(out, name + '.fodt'), 'w', encoding='utf-8') as f:
        f.write(xml)
    with open(os.path.join(out, name + '.ref.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(texts) + '\n')


if __name__ == '__main__':
    out = sys.argv[1]
    write(C.H_CHITHI_VNI, 'h_chithi_vni', out, font='VNI-Times', enc=vni)
    write(C.L_KEHOACH_XA, 'l_kehoach_xa', out)
    print('written to', out)

#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Writes a document of content.py as a Word .docx, the way Word templates
of administrative documents are made: the header is a borderless table
(names in row 1, number and date in row 2), the task table repeats its
head row on each page, pages after the first carry their number at the top
(a "different first page" header with a PAGE field), Times New Roman.
usage: write_docx.py OUTDIR"""
import os, sys, zipfile
from xml.sax.saxutils import escape
import content as C
from styles import STYLES

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
NOBORDER = '<w:tblBorders>' + ''.join('<w:%s w:val="nil"/>' % b for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'
BORDER = '<w:tblBorders>' + ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>' % b for b in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV')) + '</w:tblBorders>'


def para(style, text):
    al, sz, b, it, before, after, indent, ul = STYLES[style]
    jc = {'left': 'left', 'right': 'right', 'center': 'center', 'justify': 'both'}[al]
    ppr = '<w:pPr><w:spacing w:before="%d" w:after="%d"%s/><w:ind w:firstLine="%d"/><w:jc w:val="%s"/></w:pPr>' % (
        before * 20, after * 20, ' w:line="300" w:lineRule="auto"' if style == 'body' else '', int(indent * 567), jc)
    rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>%s%s%s<w:sz w:val="%d"/><w:lang w:val="vi-VN"/></w:rPr>' % (
        '<w:b/>' if b else '', '<w:i/>' if it else '', '<w:u w:val="single"/>' if ul else '', sz * 2)
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, escape(text))


def table(rows, widths, borders, head=False, small=False):
    x = ['<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/>%s<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>%s</w:tblGrid>'
         % (sum(widths), borders, ''.join('<w:gridCol w:w="%d"/>' % w for w in widths))]
    for ri, row in enumerate(rows):
        trpr = '<w:trPr><w:tblHeader/></w:trPr>' if head and ri == 0 else ''
        x.append('<w:tr>%s' % trpr)
        for ci, cell in enumerate(row):
            x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>' % (widths[ci], ''.join(para(st, s) for st, s in cell)))
        x.append('</w:tr>')
    x.append('</w:tbl>')
    return ''.join(x)


def write(doc, name, out):
    body = []
    for b in doc:
        if b[0] == 'rows':
            body.append(table(b[1], [3600, 5700], NOBORDER))
        elif b[0] == 'cols':
            body.append(table([[b[1], b[2]]], [4600, 4700], NOBORDER))
        elif b[0] == 'p':
            body.append(para(b[1], b[2]))
        elif b[0] == 'grid':
            rows = [[[('cell_head' if ri == 0 else 'cell', c)] for c in row] for ri, row in enumerate(b[1])]
            body.append(table(rows, [850, 3150, 1950, 1950, 1400], BORDER, head=True))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:titlePg/>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr>')
    document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (W, ''.join(body), sect)
    header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
              '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
              '<w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:sz w:val="26"/></w:rPr><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>') % W
    files = {
        '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
        '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>',
        'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/></Relationships>',
        'docProps/core.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        '<dc:title>KH 87</dc:title><dc:creator>Văn thư</dc:creator></cp:coreProperties>',
        'word/document.xml': document,
        'word/header1.xml': header,
    }
    with zipfile.ZipFile(os.path.join(out, name + '.docx'), 'w', zipfile.ZIP_DEFLATED) as z:
        for k, v in files.items():
            z.writestr(k, v)
    with open(os.path.join(out, name + '.ref.txt'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(C.ref_lines(doc)) + '\n')


if __name__ == '__main__':
    write(C.I_KEHOACH_DOCX, 'i_kehoach_docx', sys.argv[1])
    print('written to', sys.argv[1])

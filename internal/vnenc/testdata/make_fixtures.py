# -*- coding: utf-8 -*-
"""Builds the legacy-encoded fixtures of the vnenc tests from hungyen.txt
(the Unicode text of a real directive) with encoders that share no code
with the Go package:

  hungyen.tcvn3           TCVN3 bytes, made with tcvn3.py (a copy of
                          shared/tools/pdfgen/tcvn3.py, the table used to
                          build the TCVN3 test PDFs)
  hungyen.tcvn3.want.txt  what decoding must give: the text, with capitals
                          that VN3 has no code for in lower case
  hungyen.vni             VNI bytes, made with the VNI table of xvnkb
                          (github.com/lamdao/xvnkb, vni.h), copied below

Run from this directory: python3 make_fixtures.py
"""
import tcvn3

text = open('hungyen.txt', encoding='utf-8').read()

def cp1252(ch):
    return ch.encode('cp1252').decode('latin-1')

# TCVN3
want, enc = [], []
for ch in text:
    if ch in tcvn3.U2T and ch != 'ư':
        want.append(ch); enc.append(tcvn3.U2T[ch])
    elif ch == 'ư':
        want.append(ch); enc.append('\xad')
    elif ch.lower() in tcvn3.U2T and ch.lower() != 'ư':
        want.append(ch.lower()); enc.append(tcvn3.U2T[ch.lower()])
    elif ch.lower() == 'ư':
        want.append('ư'); enc.append('\xad')
    else:
        want.append(ch); enc.append(cp1252(ch))
open('hungyen.tcvn3', 'wb').write(''.join(enc).encode('latin-1'))
open('hungyen.tcvn3.want.txt', 'w', encoding='utf-8', newline='').write(''.join(want))

# VNI, xvnkb vni.h: for each row, the letter with no tone, sắc, huyền,
# hỏi, ngã, nặng; then đ.
VNI = [
 "A","AÙ","AØ","AÛ","AÕ","AÏ",
 "AÂ","AÁ","AÀ","AÅ","AÃ","AÄ",
 "AÊ","AÉ","AÈ","AÚ","AÜ","AË",
 "E","EÙ","EØ","EÛ","EÕ","EÏ",
 "EÂ","EÁ","EÀ","EÅ","EÃ","EÄ",
 "O","OÙ","OØ","OÛ","OÕ","OÏ",
 "OÂ","OÁ","OÀ","OÅ","OÃ","OÄ",
 "Ô","ÔÙ","ÔØ","ÔÛ","ÔÕ","ÔÏ",
 "U","UÙ","UØ","UÛ","UÕ","UÏ",
 "Ö","ÖÙ","ÖØ","ÖÛ","ÖÕ","ÖÏ",
 "I","Í","Ì","Æ","Ó","Ò",
 "Y","YÙ","YØ","YÛ","YÕ","Î",
 "Ñ",
 "a","aù","aø","aû","aõ","aï",
 "aâ","aá","aà","aå","aã","aä",
 "aê","aé","aè","aú","aü","aë",
 "e","eù","eø","eû","eõ","eï",
 "eâ","eá","eà","eå","eã","eä",
 "o","où","oø","oû","oõ","oï",
 "oâ","oá","oà","oå","oã","oä",
 "ô","ôù","ôø","ôû","ôõ","ôï",
 "u","uù","uø","uû","uõ","uï",
 "ö","öù","öø","öû","öõ","öï",
 "i","í","ì","æ","ó","ò",
 "y","yù","yø","yû","yõ","î",
 "ñ",
]
# The same order in Unicode (xvnkb utf.h: base, sắc, huyền, hỏi, ngã, nặng).
ROWS = ["AÁÀẢÃẠ", "ÂẤẦẨẪẬ", "ĂẮẰẲẴẶ", "EÉÈẺẼẸ", "ÊẾỀỂỄỆ", "OÓÒỎÕỌ",
        "ÔỐỒỔỖỘ", "ƠỚỜỞỠỢ", "UÚÙỦŨỤ", "ƯỨỪỬỮỰ", "IÍÌỈĨỊ", "YÝỲỶỸỴ"]
UNI = [c for row in ROWS for c in row] + ["Đ"]
UNI = UNI + [c.lower() for c in UNI]
assert len(UNI) == len(VNI) == 146
U2V = dict(zip(UNI, VNI))
enc = []
for ch in text:
    if ch in U2V:
        enc.append(U2V[ch])
    else:
        enc.append(cp1252(ch))
open('hungyen.vni', 'wb').write(''.join(enc).encode('latin-1'))

# Both tables as text, one letter a line: Unicode letter, TAB, legacy
# string (Latin-1 characters); the Go tests read them.
with open('vni.table', 'w', encoding='utf-8') as f:
    for u, v in zip(UNI, VNI):
        f.write(u + '\t' + v + '\n')

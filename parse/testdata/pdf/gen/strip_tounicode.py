#!/usr/bin/env python3
"""Removes every /ToUnicode map from a PDF written by `qpdf --qdf`, as some
producers (old Word add-ins, printer drivers) leave them out: the text can
then be drawn but not read back. usage: strip_tounicode.py IN.qdf OUT.qdf
(then fix-qdf and qpdf to rebuild the file)."""
import re, sys
b = open(sys.argv[1], 'rb').read()
b, n = re.subn(rb'/ToUnicode\s+\d+\s+0\s+R', b'', b)
open(sys.argv[2], 'wb').write(b)
print('removed', n, 'ToUnicode maps', file=sys.stderr)

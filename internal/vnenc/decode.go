package vnenc

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// minusSign is U+2212, which PDF tools give for the TCVN3 byte 0xAD (ư):
// that byte is the soft hyphen of Latin-1, and Word-era PDFs expose it as
// a minus sign ("n−íc" is "nước").
const minusSign = '\u2212'

// Decode converts s, legacy text read as Latin-1 or Windows-1252
// characters, to Unicode NFC.
//
// Each rune of s below U+0100 stands for the byte of the same value; the
// Windows-1252 characters that browsers and PDF tools give for the bytes
// 0x80–0x9F ('€', '‚', 'ƒ', “…”) stand for those bytes; for TCVN3, U+2212
// MINUS SIGN and U+00AD SOFT HYPHEN stand for 0xAD (ư). Bytes that are not
// Vietnamese letters in e keep their Windows-1252 meaning, and other runes
// are kept as they are. If upper is true, Latin letters are made capitals,
// as the all-capital fonts (".VnTimeH") draw them. For Unicode, Decode only
// normalizes s (invalid UTF-8 becomes U+FFFD); so it does for any value
// of e that is not TCVN3 or VNI.
//
// Decode takes time linear in len(s) and never fails.
func Decode(s string, e Encoding, upper bool) string {
	if e != TCVN3 && e != VNI {
		return unicodeText(s, upper)
	}
	d := decoder{enc: e, upper: upper}
	d.out = make([]byte, 0, len(s)+len(s)/4)
	for _, r := range s {
		b := -1
		switch {
		case r < 0x100:
			b = int(r)
		case r == minusSign:
			if e == TCVN3 {
				b = 0xAD
			}
		default:
			if c, ok := cp1252Byte(r); ok {
				b = int(c)
			}
		}
		d.put(r, b)
	}
	return d.finish()
}

// DecodeBytes converts raw legacy bytes in encoding e to Unicode NFC, as
// [Decode] does for their Latin-1 characters. For Unicode, b is read as
// UTF-8.
func DecodeBytes(b []byte, e Encoding, upper bool) string {
	if e != TCVN3 && e != VNI {
		return unicodeText(string(b), upper)
	}
	d := decoder{enc: e, upper: upper}
	d.out = make([]byte, 0, len(b)+len(b)/2)
	for _, c := range b {
		d.put(cp1252Rune(c), int(c))
	}
	return d.finish()
}

// unicodeText returns s as valid UTF-8 in NFC, in capitals if upper.
func unicodeText(s string, upper bool) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, string(utf8.RuneError))
	}
	if upper {
		s = strings.Map(toUpperLatin, s)
	}
	return norm.NFC.String(s)
}

// toUpperLatin makes a Latin letter a capital and keeps any other rune, so
// that 'µ' (micro sign) does not become a Greek capital.
func toUpperLatin(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return r
	}
	if unicode.Is(unicode.Latin, r) {
		return unicode.ToUpper(r)
	}
	return r
}

// decoder turns a stream of legacy bytes into Unicode text.
type decoder struct {
	enc   Encoding
	upper bool
	out   []byte
	// pend is a VNI vowel waiting for a possible mark byte, or 0.
	pend rune
	// needNFC is set once the output holds a rune that normalization
	// might change; the letters this package makes never need it.
	needNFC bool
}

// isASCIIVowel tells which ASCII letters VNI marks may follow.
var isASCIIVowel = [utf8.RuneSelf]bool{
	'a': true, 'e': true, 'i': true, 'o': true, 'u': true, 'y': true,
	'A': true, 'E': true, 'I': true, 'O': true, 'U': true, 'Y': true,
}

// put takes one input character: r is the rune to keep if b is not a
// Vietnamese letter or mark, b the legacy byte r stands for or -1.
func (d *decoder) put(r rune, b int) {
	if d.enc == TCVN3 {
		if b >= 0 && tcvn3[b] != 0 {
			r = tcvn3[b]
		} else if b >= 0x80 && b < 0xA0 {
			r = cp1252Rune(byte(b))
		}
		d.emit(r)
		return
	}
	// VNI.
	if b >= 0x80 {
		if m, ok := vniMarkOf(byte(b)); ok && d.pend != 0 {
			if c, ok := combine(d.pend, m); ok {
				d.pend = 0
				d.emit(c)
				return
			}
		}
		if l := vniLetter[b]; l != 0 {
			d.flush()
			d.pend = l
			return
		}
		if b < 0xA0 {
			r = cp1252Rune(byte(b))
		}
	}
	d.flush()
	if r < utf8.RuneSelf && isASCIIVowel[r] {
		d.pend = r
		return
	}
	d.emit(r)
}

// combine applies a VNI mark to base, a vowel without tone.
func combine(base rune, m vniMark) (rune, bool) {
	info, ok := letterOf(base)
	if !ok || info.row < 0 || info.tone != toneNone {
		return 0, false
	}
	row := int(info.row)
	switch m.mod {
	case '^':
		switch row {
		case rowA:
			row = rowÂ
		case rowE:
			row = rowÊ
		case rowO:
			row = rowÔ
		default:
			return 0, false
		}
	case '(':
		if row != rowA {
			return 0, false
		}
		row = rowĂ
	}
	c := vowels[row][m.tone]
	if info.upper {
		c = unicode.ToUpper(c)
	}
	return c, true
}

func (d *decoder) flush() {
	if d.pend != 0 {
		r := d.pend
		d.pend = 0
		d.emit(r)
	}
}

func (d *decoder) emit(r rune) {
	if d.upper {
		r = toUpperLatin(r)
	}
	if !nfcInert(r) {
		d.needNFC = true
	}
	d.out = utf8.AppendRune(d.out, r)
}

// nfcInert tells whether NFC keeps r as it is whatever comes before it:
// r is a starter that has no decomposition and combines with no rune
// before it. Runes below U+0300 may still combine with a mark after them,
// but the mark is not inert. The set is checked against
// golang.org/x/text/unicode/norm by TestNFCInert.
func nfcInert(r rune) bool {
	switch {
	case r < 0x300:
		return true
	case r >= viBlockStart && r < viBlockEnd:
		return true // precomposed Vietnamese letters
	case r >= 0x2002 && r <= 0x206F:
		return true // general punctuation: quotes, dashes, bullets
	}
	return r == 0x20AC || r == 0x2122 || r == minusSign // € ™ −
}

func (d *decoder) finish() string {
	d.flush()
	if d.needNFC {
		return norm.NFC.String(string(d.out))
	}
	return string(d.out)
}

// cp1252Rune returns the rune Windows-1252 gives byte b; the five bytes it
// leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) give the C1 control of
// the same value, as in the WHATWG Encoding Standard.
func cp1252Rune(b byte) rune {
	return cp1252Table[b]
}

var cp1252Table = func() (t [256]rune) {
	for i := range t {
		t[i] = charmap.Windows1252.DecodeByte(byte(i))
		if t[i] == utf8.RuneError {
			t[i] = rune(i)
		}
	}
	return t
}()

// cp1252Byte returns the byte that rune r stands for in Latin-1 or
// Windows-1252 text.
func cp1252Byte(r rune) (byte, bool) {
	if r < 0x100 {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}

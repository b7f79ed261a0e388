package vnenc

import "unicode"

// Tones, in the order of the columns of vowels.
const (
	toneNone = iota
	toneGrave
	toneAcute
	toneHook
	toneTilde
	toneDot
	numTones
)

// vowels holds the twelve Vietnamese vowels (rows) with each tone
// (columns in the order toneNone … toneDot), lower case, in NFC.
var vowels = [...][numTones]rune{
	{'a', 'à', 'á', 'ả', 'ã', 'ạ'},
	{'ă', 'ằ', 'ắ', 'ẳ', 'ẵ', 'ặ'},
	{'â', 'ầ', 'ấ', 'ẩ', 'ẫ', 'ậ'},
	{'e', 'è', 'é', 'ẻ', 'ẽ', 'ẹ'},
	{'ê', 'ề', 'ế', 'ể', 'ễ', 'ệ'},
	{'i', 'ì', 'í', 'ỉ', 'ĩ', 'ị'},
	{'o', 'ò', 'ó', 'ỏ', 'õ', 'ọ'},
	{'ô', 'ồ', 'ố', 'ổ', 'ỗ', 'ộ'},
	{'ơ', 'ờ', 'ớ', 'ở', 'ỡ', 'ợ'},
	{'u', 'ù', 'ú', 'ủ', 'ũ', 'ụ'},
	{'ư', 'ừ', 'ứ', 'ử', 'ữ', 'ự'},
	{'y', 'ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'},
}

// Rows of vowels.
const (
	rowA = iota
	rowĂ
	rowÂ
	rowE
	rowÊ
	rowI
	rowO
	rowÔ
	rowƠ
	rowU
	rowƯ
	rowY
)

// letterInfo describes a Vietnamese letter: its row in vowels (or -1 for
// đ), its tone and its case.
type letterInfo struct {
	row   int8
	tone  int8
	upper bool
}

// Vietnamese letters lie below U+0200 or in U+1EA0–U+1EF9.
const (
	lowBlockEnd  = 0x200
	viBlockStart = 0x1EA0
	viBlockEnd   = 0x1EFA
)

// letterTable holds, for the runes of the two ranges where Vietnamese
// letters lie, the letterInfo of each letter; ok is false for other runes.
type letterEntry struct {
	info letterInfo
	ok   bool
}

var letterTable = func() (t struct {
	low [lowBlockEnd]letterEntry
	vi  [viBlockEnd - viBlockStart]letterEntry
}) {
	set := func(r rune, info letterInfo) {
		switch {
		case r < lowBlockEnd:
			t.low[r] = letterEntry{info, true}
		case r >= viBlockStart && r < viBlockEnd:
			t.vi[r-viBlockStart] = letterEntry{info, true}
		default:
			panic("vnenc: letter outside the tables: " + string(r))
		}
	}
	for row, forms := range vowels {
		for tone, r := range forms {
			set(r, letterInfo{int8(row), int8(tone), false})
			set(unicode.ToUpper(r), letterInfo{int8(row), int8(tone), true})
		}
	}
	set('đ', letterInfo{-1, toneNone, false})
	set('Đ', letterInfo{-1, toneNone, true})
	return t
}()

// letterOf returns the letterInfo of r if r is one of the 134 accented
// Vietnamese letters, a plain vowel or đ, in either case.
func letterOf(r rune) (letterInfo, bool) {
	var e letterEntry
	switch {
	case r >= 0 && r < lowBlockEnd:
		e = letterTable.low[r]
	case r >= viBlockStart && r < viBlockEnd:
		e = letterTable.vi[r-viBlockStart]
	}
	return e.info, e.ok
}

// tcvn3Vowels gives the TCVN3 (VN3) byte of each lower-case vowel, in the
// layout of vowels; 0 means the plain ASCII letter.
var tcvn3Vowels = [len(vowels)][numTones]byte{
	rowA: {0, 0xB5, 0xB8, 0xB6, 0xB7, 0xB9},
	rowĂ: {0xA8, 0xBB, 0xBE, 0xBC, 0xBD, 0xC6},
	rowÂ: {0xA9, 0xC7, 0xCA, 0xC8, 0xC9, 0xCB},
	rowE: {0, 0xCC, 0xD0, 0xCE, 0xCF, 0xD1},
	rowÊ: {0xAA, 0xD2, 0xD5, 0xD3, 0xD4, 0xD6},
	rowI: {0, 0xD7, 0xDD, 0xD8, 0xDC, 0xDE},
	rowO: {0, 0xDF, 0xE3, 0xE1, 0xE2, 0xE4},
	rowÔ: {0xAB, 0xE5, 0xE8, 0xE6, 0xE7, 0xE9},
	rowƠ: {0xAC, 0xEA, 0xED, 0xEB, 0xEC, 0xEE},
	rowU: {0, 0xEF, 0xF3, 0xF1, 0xF2, 0xF4},
	rowƯ: {0xAD, 0xF5, 0xF8, 0xF6, 0xF7, 0xF9},
	rowY: {0, 0xFA, 0xFD, 0xFB, 0xFC, 0xFE},
}

// tcvn3Upper gives the TCVN3 bytes of the seven capitals VN3 has.
var tcvn3Upper = map[rune]byte{
	'Ă': 0xA1, 'Â': 0xA2, 'Ê': 0xA3, 'Ô': 0xA4, 'Ơ': 0xA5, 'Ư': 0xA6, 'Đ': 0xA7,
	'đ': 0xAE,
}

// tcvn3 maps a TCVN3 byte to its letter; 0 means the byte is not a
// Vietnamese letter and keeps its Windows-1252 meaning.
var tcvn3 = func() (t [256]rune) {
	for row, codes := range tcvn3Vowels {
		for tone, b := range codes {
			if b != 0 {
				t[b] = vowels[row][tone]
			}
		}
	}
	for r, b := range tcvn3Upper {
		t[b] = r
	}
	return t
}()

// VNI marks: the byte after a base letter that adds a tone, a modifier
// (circumflex or breve) or both. The upper-case letters use the
// upper-case Latin-1 forms of the same bytes (0xC0–0xDF).
type vniMark struct {
	mod  byte // 0, '^' (circumflex on a, e, o) or '(' (breve on a)
	tone int8
}

// vniMarks maps a lower-case VNI mark byte to its meaning; a zero mark
// (tone 0 and mod 0) means the byte is not a mark.
var vniMarks = [256]vniMark{
	0xF8: {0, toneGrave}, // ø
	0xF9: {0, toneAcute}, // ù
	0xFB: {0, toneHook},  // û
	0xF5: {0, toneTilde}, // õ
	0xEF: {0, toneDot},   // ï
	0xE2: {'^', toneNone},
	0xE0: {'^', toneGrave},
	0xE1: {'^', toneAcute},
	0xE5: {'^', toneHook},
	0xE3: {'^', toneTilde},
	0xE4: {'^', toneDot},
	0xEA: {'(', toneNone},
	0xE8: {'(', toneGrave},
	0xE9: {'(', toneAcute},
	0xFA: {'(', toneHook},
	0xFC: {'(', toneTilde},
	0xEB: {'(', toneDot},
}

// vniLetters maps the lower-case VNI bytes that are whole letters; the
// upper-case letter is the byte minus 0x20.
var vniLetters = map[byte]rune{
	0xF4: 'ơ', // ô
	0xF6: 'ư', // ö
	0xF1: 'đ', // ñ
	0xE6: 'ỉ', // æ
	0xF3: 'ĩ', // ó
	0xF2: 'ị', // ò
	0xEE: 'ỵ', // î
	0xEC: 'ì', // ì
	0xED: 'í', // í
}

// vniLetter is vniLetters as an array over all bytes, both cases.
var vniLetter = func() (t [256]rune) {
	for b, r := range vniLetters {
		t[b] = r
		t[b-0x20] = unicode.ToUpper(r)
	}
	return t
}()

// vniMarkOf returns the meaning of byte b as a VNI mark, in either case.
func vniMarkOf(b byte) (vniMark, bool) {
	if b >= 0xC0 && b < 0xE0 {
		b += 0x20
	}
	m := vniMarks[b]
	return m, m != vniMark{}
}

package vnenc

import (
	"errors"
	"fmt"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// ErrNoCode means that a legacy encoding has no code for a character.
var ErrNoCode = errors.New("no code for the character in the encoding")

// EncodeError reports a character of the input that the encoding has no
// code for, and where it is.
type EncodeError struct {
	Encoding Encoding
	Rune     rune
	Offset   int // byte offset of Rune in the NFC form of the input
}

func (e *EncodeError) Error() string {
	return fmt.Sprintf("vnenc: bảng mã %v không có kí tự %q (U+%04X) ở byte %d / %v has no code for %q at byte %d",
		e.Encoding, e.Rune, e.Rune, e.Offset, e.Encoding, e.Rune, e.Offset)
}

// Unwrap returns ErrNoCode.
func (e *EncodeError) Unwrap() error { return ErrNoCode }

// Encode converts Unicode text to the bytes of a legacy encoding, the
// reverse of [DecodeBytes]; it serves to make test files and to check
// tables. ASCII and the Windows-1252 characters whose bytes are not
// Vietnamese letters (or VNI marks) in e are kept.
//
// TCVN3 (VN3) has no codes for capitals with a tone: with upper false they
// are an error; with upper true, meaning the text is set in an all-capital
// font such as ".VnTimeH", they are written with the lower-case codes.
// upper has no effect for VNI and Unicode; for Unicode, Encode returns the
// NFC form of s as UTF-8. The error is an [*EncodeError] that wraps
// [ErrNoCode].
func Encode(s string, e Encoding, upper bool) ([]byte, error) {
	s = norm.NFC.String(s)
	if e != TCVN3 && e != VNI {
		return []byte(s), nil
	}
	out := make([]byte, 0, len(s))
	for i, r := range s {
		var ok bool
		if e == TCVN3 {
			out, ok = encodeTCVN3(out, r, upper)
		} else {
			out, ok = encodeVNI(out, r)
		}
		if !ok {
			return nil, &EncodeError{Encoding: e, Rune: r, Offset: i}
		}
	}
	return out, nil
}

func encodeTCVN3(out []byte, r rune, upper bool) ([]byte, bool) {
	if r < 0x80 {
		return append(out, byte(r)), true
	}
	if b, ok := tcvn3Upper[r]; ok {
		return append(out, b), true
	}
	if info, ok := letterOf(r); ok && info.row >= 0 {
		if info.upper && !upper {
			return out, false
		}
		// Every non-ASCII vowel has a code; the plain capitals Ă Â Ê Ô Ơ Ư
		// were handled above.
		b := tcvn3Vowels[info.row][info.tone]
		return append(out, b), b != 0
	}
	if b, ok := cp1252Encode(r); ok && tcvn3[b] == 0 {
		return append(out, b), true
	}
	return out, false
}

// vniBytes gives the VNI mark byte (lower case) for each vowel row and
// tone; for a row that is a base letter with a modifier (â, ă, ê, ô) the
// mark carries the modifier too.
var vniBytes = func() (t [len(vowels)][numTones]byte) {
	for b, m := range vniMarks {
		if m == (vniMark{}) {
			continue
		}
		switch m.mod {
		case 0:
			for _, row := range []int{rowA, rowE, rowO, rowƠ, rowU, rowƯ, rowY} {
				t[row][m.tone] = byte(b)
			}
		case '^':
			t[rowÂ][m.tone] = byte(b)
			t[rowÊ][m.tone] = byte(b)
			t[rowÔ][m.tone] = byte(b)
		case '(':
			t[rowĂ][m.tone] = byte(b)
		}
	}
	return t
}()

// vniBase gives the base letter written before the mark, per row.
var vniBase = [len(vowels)]rune{
	rowA: 'a', rowĂ: 'a', rowÂ: 'a', rowE: 'e', rowÊ: 'e', rowI: 'i',
	rowO: 'o', rowÔ: 'o', rowƠ: 'ơ', rowU: 'u', rowƯ: 'ư', rowY: 'y',
}

// vniSingle maps the letters VNI writes with one byte to that byte, lower
// case.
var vniSingle = func() map[rune]byte {
	m := make(map[rune]byte, len(vniLetters))
	for b, r := range vniLetters {
		m[r] = b
	}
	return m
}()

func encodeVNI(out []byte, r rune) ([]byte, bool) {
	if r < 0x80 {
		return append(out, byte(r)), true
	}
	lower := unicode.ToLower(r)
	if info, ok := letterOf(r); ok {
		var shift byte // 0x20 for capitals: the upper-case Latin-1 form
		if info.upper {
			shift = 0x20
		}
		if b, ok := vniSingle[lower]; ok {
			return append(out, b-shift), true
		}
		base := vniBase[info.row]
		if b, ok := vniSingle[base]; ok { // ơ, ư
			out = append(out, b-shift)
		} else if info.upper {
			out = append(out, byte(unicode.ToUpper(base)))
		} else {
			out = append(out, byte(base))
		}
		if mark := vniBytes[info.row][info.tone]; mark != 0 {
			out = append(out, mark-shift)
		}
		return out, true
	}
	if b, ok := cp1252Encode(r); ok && !isVNICode(b) {
		return append(out, b), true
	}
	return out, false
}

// isVNICode tells whether b is a VNI letter or mark byte, in either case.
func isVNICode(b byte) bool {
	_, mark := vniMarkOf(b)
	return mark || vniLetter[b] != 0
}

// cp1252Encode returns the Windows-1252 byte of r, the reverse of
// cp1252Rune.
func cp1252Encode(r rune) (byte, bool) {
	b, ok := cp1252Byte(r)
	if !ok || cp1252Rune(b) != r {
		return 0, false
	}
	return b, true
}

package vnenc

import (
	"strings"
	"unicode/utf8"
)

// UTF8 reads b as UTF-8 text that may be damaged here and there (bytes
// lost or changed in transit, a character cut by an editor) and tells
// whether it is UTF-8 at all rather than text in a single-byte encoding
// (windows-1258, TCVN3, VNI, Latin-1).
//
// Vietnamese in UTF-8 has a multi-byte sequence in most words. In a
// single-byte encoding the bytes above 0x7F are letters and marks that
// almost never happen to form a valid sequence: the windows-1258, TCVN3
// and VNI pages of the test corpus have at most 2 such sequences among
// 400 to 2,600 invalid bytes. So b is UTF-8 when it has at least as
// many valid multi-byte sequences as invalid bytes: ten, or a hundred,
// stray bytes in a short page do not make it windows-1258. A page whose
// article is in legacy bytes inside a UTF-8 template is taken for legacy
// as long as the article has more letters beyond ASCII than the
// template.
//
// text is b with each byte that is not part of a valid UTF-8 sequence
// replaced by U+FFFD, and invalid is the number of those bytes (0 for
// valid UTF-8). When not ok, the caller decodes b as legacy text instead
// (unless a byte order mark says UTF-8). UTF8 takes time linear in
// len(b).
func UTF8(b []byte) (text string, invalid int, ok bool) {
	if utf8.Valid(b) {
		return string(b), 0, true
	}
	multi := 0
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			sb.WriteByte(b[i])
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			invalid++
			sb.WriteRune(utf8.RuneError)
		} else {
			multi++
			sb.Write(b[i : i+n])
		}
		i += n
	}
	return sb.String(), invalid, invalid <= multi
}

package vnenc

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// sniffLimit is how much of its input Sniff reads, in bytes.
const sniffLimit = 256 << 10

// Sniff guesses whether s, text read as Latin-1 or Windows-1252
// characters (as PDF text layers and mis-declared web pages give it), is
// TCVN3 or VNI that needs [Decode], or text that is already Unicode
// (Vietnamese or any other language).
//
// Sniff decodes each word that has non-ASCII characters in both legacy
// encodings and counts the words that become well-formed Vietnamese
// syllables only when decoded. It answers TCVN3 or VNI when one of them
// has more such words than words it would spoil (syllables as they
// stand, and words with letters no legacy text holds, such as ơ, ư, ạ),
// at least twice as many as words that are syllables neither way, and at
// least one word in ten of the text. English, French, German and Unicode
// Vietnamese give Unicode. Sniff reads at most the first 256 KiB of s.
func Sniff(s string) Encoding {
	if len(s) > sniffLimit {
		s = s[:sniffLimit]
	}
	var st sniffer
	start := -1
	for i, r := range s {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			st.word(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		st.word(s[start:])
	}
	return st.verdict()
}

// isWordRune tells whether r may be part of a word in Unicode or in the
// Latin-1 characters of legacy text, where most of U+00A1–U+00FF are
// Vietnamese letters.
func isWordRune(r rune) bool {
	switch {
	case r < utf8.RuneSelf:
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	case r > 0xA0 && r <= 0xFF, r == minusSign:
		return true
	}
	return unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)
}

// sniffer counts the evidence for each reading of the text.
type sniffer struct {
	words  int // words with letters
	native int // words with letters that only Unicode text has
	// For each legacy encoding, among the words that decoding changes:
	wins   [3]int // syllables only when decoded
	losses [3]int // syllables only as they stand
	junk   [3]int // syllables neither way (abbreviations in capitals aside)
	dec    decoder
	nfcBuf []byte
}

// word takes one word of the text.
func (st *sniffer) word(w string) {
	ascii := true
	marks := false
	dashes := true // only minus signs and soft hyphens
	native := false
	for _, r := range w {
		if r != minusSign && r != 0xAD {
			dashes = false
		}
		if r >= utf8.RuneSelf {
			ascii = false
			if r > 0xFF && r != minusSign {
				if _, ok := letterOf(r); ok {
					native = true
				} else if unicode.Is(unicode.Mn, r) {
					marks = true
				}
			}
		}
	}
	if dashes {
		return // a minus sign between spaces is not the letter ư
	}
	st.words++
	if ascii {
		return
	}
	if native {
		st.native++
	}
	asIs := w
	if marks {
		st.nfcBuf = norm.NFC.AppendString(st.nfcBuf[:0], w)
		asIs = string(st.nfcBuf)
	}
	validAsIs := isSyllable(asIs)
	for _, e := range [...]Encoding{TCVN3, VNI} {
		st.dec = decoder{enc: e, out: st.dec.out[:0]}
		for _, r := range w {
			b := -1
			if r < 0x100 {
				b = int(r)
			} else if r == minusSign && e == TCVN3 {
				b = 0xAD
			}
			st.dec.put(r, b)
		}
		st.dec.flush()
		if string(st.dec.out) == w {
			continue // nothing to decode: no evidence either way
		}
		valid := isSyllable(string(st.dec.out))
		switch {
		case valid && !validAsIs:
			st.wins[e]++
		case !valid && validAsIs:
			st.losses[e]++
		case !valid && !isCapitals(st.dec.out):
			st.junk[e]++
		}
	}
}

// isCapitals tells whether b, UTF-8 text, has two or more letters and
// all in upper case, as abbreviations have ("TĐKT", "QĐ").
func isCapitals(b []byte) bool {
	n := 0
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		b = b[size:]
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// verdict weighs the evidence.
func (st *sniffer) verdict() Encoding {
	best := TCVN3
	if st.wins[VNI] > st.wins[TCVN3] {
		best = VNI
	}
	w := st.wins[best]
	// Legacy Vietnamese has diacritics on most words: a few
	// syllable-like words in a long foreign text ("5 µm" reads as "5 àm")
	// do not make it legacy text.
	if w >= 1 && w > st.losses[best]+st.native && w >= 2*st.junk[best] && 10*w >= st.words {
		return best
	}
	return Unicode
}

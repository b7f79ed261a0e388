package vnenc

import "unicode/utf8"

// A syllable check for Sniff: is a word, in lower case, a well-formed
// Vietnamese syllable (initial consonant, vowel nucleus, final consonant,
// at most one tone, and only the sắc or nặng tone before p, t, c, ch)?

// initials are the initial consonants, longest first so that the first
// match is the longest.
var initials = []string{
	"ngh", "ng", "gh", "gi", "kh", "nh", "ph", "th", "tr", "ch", "qu",
	"b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
}

// finals are the final consonants, longest first.
var finals = []string{"ch", "ng", "nh", "c", "m", "n", "p", "t"}

// Whether a nucleus may or must be followed by a final consonant.
const (
	openOnly   = 1 << iota // may end the syllable
	takesFinal             // may take a final consonant
)

// nuclei maps the vowel groups of Vietnamese, without tones, to what may
// follow them.
var nuclei = map[string]uint8{
	"a": openOnly | takesFinal, "ă": takesFinal, "â": takesFinal,
	"e": openOnly | takesFinal, "ê": openOnly | takesFinal,
	"i": openOnly | takesFinal, "o": openOnly | takesFinal,
	"ô": openOnly | takesFinal, "ơ": openOnly | takesFinal,
	"u": openOnly | takesFinal, "ư": openOnly | takesFinal,
	"y": openOnly | takesFinal,

	"ai": openOnly, "ao": openOnly, "au": openOnly, "ay": openOnly,
	"âu": openOnly, "ây": openOnly, "eo": openOnly, "êu": openOnly,
	"ia": openOnly, "iu": openOnly, "oi": openOnly, "ôi": openOnly,
	"ơi": openOnly, "ua": openOnly, "ui": openOnly, "ưa": openOnly,
	"ưi": openOnly, "ưu": openOnly, "uơ": openOnly,
	"iê": takesFinal, "yê": takesFinal, "uô": takesFinal, "ươ": takesFinal,
	"oă": takesFinal, "uâ": takesFinal,
	"oa": openOnly | takesFinal, "oe": openOnly | takesFinal,
	"uê": openOnly | takesFinal, "uy": openOnly | takesFinal,

	"iêu": openOnly, "yêu": openOnly, "oai": openOnly, "oay": openOnly,
	"oeo": openOnly, "uây": openOnly, "uôi": openOnly, "ươi": openOnly,
	"ươu": openOnly, "uya": openOnly, "uyu": openOnly,
	"uyê": takesFinal,
}

// maxSyllable is the longest syllable checked, in bytes ("nghiêng" is 9).
const maxSyllable = 24

// isSyllable tells whether w, a word of letters, is a Vietnamese
// syllable. Case does not matter.
func isSyllable(w string) bool {
	if len(w) == 0 || len(w) > maxSyllable {
		return false
	}
	// Strip the tone, fold the case.
	var buf [maxSyllable]byte
	plain := buf[:0]
	tone := toneNone
	for _, r := range w {
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			if r < 'a' || r > 'z' || r == 'f' || r == 'j' || r == 'w' || r == 'z' {
				return false
			}
			plain = append(plain, byte(r))
			continue
		}
		info, ok := letterOf(r)
		if !ok {
			return false
		}
		if info.tone != toneNone {
			if tone != toneNone {
				return false
			}
			tone = int(info.tone)
		}
		if info.row < 0 {
			plain = utf8.AppendRune(plain, 'đ')
		} else {
			plain = utf8.AppendRune(plain, vowels[info.row][toneNone])
		}
	}
	p := string(plain)
	for _, ini := range initials {
		if len(p) >= len(ini) && p[0] == ini[0] && p[:len(ini)] == ini && rhyme(p[len(ini):], tone) {
			return true
		}
	}
	// "gi" also parses as g + i ("gìn"), and a syllable may have no
	// initial consonant.
	if len(p) > 1 && p[0] == 'g' && rhyme(p[1:], tone) {
		return true
	}
	return rhyme(p, tone)
}

// rhyme tells whether p, toneless and lower case, is a nucleus with an
// optional final consonant, and whether tone fits the final.
func rhyme(p string, tone int) bool {
	if f, ok := nuclei[p]; ok {
		return f&openOnly != 0
	}
	for _, fin := range finals {
		if len(p) > len(fin) && p[len(p)-len(fin):] == fin {
			f, ok := nuclei[p[:len(p)-len(fin)]]
			if !ok || f&takesFinal == 0 {
				continue
			}
			if !finalFits(fin, p[:len(p)-len(fin)]) {
				return false
			}
			switch fin {
			case "p", "t", "c", "ch":
				return tone == toneAcute || tone == toneDot
			}
			return true
		}
	}
	return false
}

// finalFits tells whether the final consonant fin may follow nucleus n:
// "nh" and "ch" follow only front vowels (anh, ênh, inh, oanh, huynh),
// "ng" and "c" never do (no "êng", "ic").
func finalFits(fin, n string) bool {
	switch fin {
	case "nh", "ch":
		switch n {
		case "a", "ê", "i", "y", "oa", "uê", "uy":
			return true
		}
		return false
	case "ng", "c":
		switch n {
		case "ê", "i", "y", "ơ", "uy", "uê":
			return false
		}
	}
	return true
}

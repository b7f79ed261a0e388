package parse

import (
	_ "embed"
	"fmt"
	"github.com/vnthidua/thidua/internal/textcase"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lexicon"
)

//go:embed lexicon/kinds.tsv
var kindsTSV string

// kindWords are the words that name a kind of document where a text
// cites one ("Chỉ thị số 08/CT-UBND"), longer forms first where one
// starts another: lexicon/kinds.tsv, read on first use.
var kindWords = lexicon.OnFirstUse(kindsTSV, readKinds) // tested by TestKindsLexicon

// readKinds reads the kind words: one a line, lines starting with # are
// comments. A word that starts a later one is refused, as the patterns
// made from the list would read the shorter.
func readKinds(tsv string) ([]string, error) {
	var out []string
	for n, ln := range lexicon.Lines(tsv) {
		if ln != strings.Join(strings.Fields(ln), " ") || strings.ContainsAny(ln, "\t|()[]{}.*+?^$\\") {
			return nil, fmt.Errorf("lexicon/kinds.tsv line %d: %q, want words one space apart, without tabs or pattern characters", n, ln)
		}
		for _, w := range out {
			if strings.HasPrefix(strings.ToLower(ln)+" ", strings.ToLower(w)+" ") {
				return nil, fmt.Errorf("lexicon/kinds.tsv line %d: %q comes after %q, which starts it: put the longer first", n, ln, w)
			}
		}
		out = append(out, ln)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("lexicon/kinds.tsv: no kind words")
	}
	return out, nil
}

// kindWordsPattern is the kind words as alternatives of a pattern, in the
// lexicon's order.
func kindWordsPattern() string { return strings.Join(kindWords(), "|") }

// kindBefore finds the kind word that ends the text before a number, in
// any case, with "số", "số:" or "số hiệu" and a colon allowed between
// ("Quyết định số: 12/QĐ-UBND"). It returns the kind word's byte span in
// before. It reads the text backwards from its end, as the pattern
// (?i)(KIND)(?:\s+(?:số|số:|số hiệu))?\s*:?\s*$ would match it, without
// trying a regexp at every position (kindwords_test.go holds that pattern
// as its oracle).
func kindBefore(before string) (start, end int, ok bool) {
	t := trimRightSpace(before)
	t = strings.TrimSuffix(t, ":")
	t = trimRightSpace(t)
	if s, ok := kindSuffix(t, true); ok {
		return s, len(t), true
	}
	for _, w := range [...]string{"số", "số:", "số hiệu"} {
		at, ok := textcase.SuffixFold(t, w)
		if !ok {
			continue
		}
		u := trimRightSpace(t[:at])
		if len(u) == at {
			continue // "số" must follow the kind after white space
		}
		if s, ok := kindSuffix(u, true); ok {
			return s, len(u), true
		}
	}
	return 0, 0, false
}

// kindEnd finds the kind word, as written, that ends s before white space
// ("Kế hoạch " before "số 2558 của"), as the pattern (KIND)\s+$ would.
func kindEnd(s string) (start, end int, ok bool) {
	t := trimRightSpace(s)
	if len(t) == len(s) {
		return 0, 0, false
	}
	if at, ok := kindSuffix(t, false); ok {
		return at, len(t), true
	}
	return 0, 0, false
}

// kindSuffix returns where the longest kind word that ends s starts, in
// any case when fold is set.
func kindSuffix(s string, fold bool) (int, bool) {
	best := -1
	for _, w := range kindWords() {
		var at int
		var ok bool
		if fold {
			at, ok = textcase.SuffixFold(s, w)
		} else if ok = strings.HasSuffix(s, w); ok {
			at = len(s) - len(w)
		}
		if ok && (best < 0 || at < best) {
			best = at
		}
	}
	return best, best >= 0
}

// trimRightSpace trims what the regexp class \s holds: tab, newline, form
// feed, carriage return and space.
func trimRightSpace(s string) string {
	return strings.TrimRight(s, "\t\n\f\r ")
}

// shortFormAt reads a short form that ends s ("Chỉ thị này", "Kế hoạch
// nêu trên", "Nghị định vừa nêu"), in any case, as the pattern in
// kindwords_test.go (shortFormRe, its oracle) would: the kind word must
// start s or follow a character that is not a letter. It returns the
// spans of the kind word and of the words after it.
func shortFormAt(s string) (ks, ke, ts, te int, ok bool) {
	ks = -1
	try := func(tail int) {
		v := s[:tail]
		w := trimRightSpace(v)
		if len(w) == len(v) {
			return // the kind word and the tail are apart
		}
		for _, k := range kindWords() {
			at, found := textcase.SuffixFold(w, k)
			if !found || ks >= 0 && at >= ks {
				continue
			}
			if r, _ := utf8.DecodeLastRuneInString(w[:at]); at > 0 && unicode.IsLetter(r) {
				continue
			}
			ks, ke, ts = at, len(w), tail
		}
	}
	if at, found := textcase.SuffixFold(s, "này"); found {
		try(at)
	}
	if at, found := textcase.SuffixFold(s, "trên"); found {
		try(at)
		if u := trimRightSpace(s[:at]); len(u) < at {
			for _, w := range [...]string{"nêu", "nói", "kể"} {
				if p, found := textcase.SuffixFold(u, w); found {
					try(p)
				}
			}
		}
	}
	if at, found := textcase.SuffixFold(s, "nêu"); found {
		if u := trimRightSpace(s[:at]); len(u) < at {
			if p, found := textcase.SuffixFold(u, "vừa"); found {
				try(p)
			}
		}
	}
	return ks, ke, ts, len(s), ks >= 0
}

package lazyregexp

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/textcase"
)

// Prefixed is a pattern every match of which starts with one of a set of
// literal words (the forms of a lexicon's bodies, the verbs of a list),
// tried only where one of those words stands, anchored there, instead of
// at every position of the text. Its methods give what the Regexp's own
// methods give; they pay off where the pattern is large and its words are
// rare in the text, as the regexp package has no fast path for a pattern
// that starts with one of many words, nor for one word read in any case.
type Prefixed struct {
	r        *Regexp
	once     sync.Once
	anchored *regexp.Regexp    // the pattern anchored at the start of the text tried
	atStart  bool              // the pattern is anchored at the text's start itself
	first    map[rune][]string // the words, by the folded form of their first rune
	lead     [256]bool         // the bytes a word's first rune starts with, in any case
}

// Prefixed returns the pattern tried at its first words.
func (r *Regexp) Prefixed() *Prefixed {
	r.preOnce.Do(func() { r.pre = &Prefixed{r: r} })
	return r.pre
}

func (p *Prefixed) init() {
	p.once.Do(func() {
		src := p.r.String()
		re, err := syntax.Parse(src, syntax.Perl)
		if err != nil {
			return // r.String compiled it: not reached
		}
		words, atStart := patternWords(re)
		p.atStart = atStart
		for _, w := range words {
			if r, _ := utf8.DecodeRuneInString(w); r == utf8.RuneError {
				// The pattern reads any byte that is not UTF-8, a lone
				// continuation byte too, as U+FFFD: tried everywhere.
				words = nil
			}
		}
		if words == nil {
			return
		}
		p.anchored = p.r.re()
		if !p.atStart {
			p.anchored = regexp.MustCompile(`^(?:` + src + `)`)
		}
		p.first = map[rune][]string{}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
				p.lead[utf8.AppendRune(nil, f)[0]] = true
				if f == r {
					break
				}
			}
			k := foldKey(r)
			if !slices.Contains(p.first[k], w) {
				p.first[k] = append(p.first[k], w)
			}
		}
	})
}

// Words returns the words the pattern is tried at, nil when it has none
// and is tried everywhere, as the Regexp is.
func (p *Prefixed) Words() []string {
	p.init()
	var out []string
	for _, ws := range p.first {
		out = append(out, ws...)
	}
	slices.Sort(out)
	return out
}

// FindStringSubmatchIndex is the Regexp's FindStringSubmatchIndex.
func (p *Prefixed) FindStringSubmatchIndex(s string) []int {
	p.init()
	if p.anchored == nil {
		return p.r.FindStringSubmatchIndex(s)
	}
	for i := 0; i < len(s); i++ {
		if !p.lead[s[i]] || !p.startsHere(s[i:]) {
			if p.atStart {
				break // tried at the start only
			}
			continue
		}
		if m := p.anchored.FindStringSubmatchIndex(s[i:]); m != nil {
			for k := range m {
				if m[k] >= 0 {
					m[k] += i
				}
			}
			return m
		}
		if p.atStart {
			break
		}
	}
	return nil
}

// FindAllStringSubmatchIndex is the Regexp's FindAllStringSubmatchIndex.
// A match is never empty (it holds one of the words), so the next is
// looked for where the last ends.
func (p *Prefixed) FindAllStringSubmatchIndex(s string, n int) [][]int {
	p.init()
	if p.anchored == nil {
		return p.r.FindAllStringSubmatchIndex(s, n)
	}
	var out [][]int
	if p.atStart {
		// One match at most: after it, the text's start is behind.
		if m := p.FindStringSubmatchIndex(s); m != nil && n != 0 {
			out = append(out, m)
		}
		return out
	}
	for from := 0; n < 0 || len(out) < n; {
		m := p.FindStringSubmatchIndex(s[from:])
		if m == nil {
			break
		}
		for k := range m {
			if m[k] >= 0 {
				m[k] += from
			}
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}

// FindStringSubmatch is the Regexp's FindStringSubmatch.
func (p *Prefixed) FindStringSubmatch(s string) []string {
	m := p.FindStringSubmatchIndex(s)
	if m == nil {
		return nil
	}
	out := make([]string, len(m)/2)
	for k := range out {
		if m[2*k] >= 0 {
			out[k] = s[m[2*k]:m[2*k+1]]
		}
	}
	return out
}

// MatchString is the Regexp's MatchString.
func (p *Prefixed) MatchString(s string) bool {
	p.init()
	if p.anchored == nil {
		return p.r.MatchString(s)
	}
	for i := 0; i < len(s); i++ {
		if p.lead[s[i]] && p.startsHere(s[i:]) && p.anchored.MatchString(s[i:]) {
			return true
		}
		if p.atStart {
			break
		}
	}
	return false
}

// startsHere reports whether s starts with one of the words in any case.
// The pattern is tried where a rune starts, as the regexp package steps
// through a text: at every byte but those that continue a rune, which
// no word's first rune starts with (a byte that is not UTF-8 is read as
// U+FFFD on its own).
func (p *Prefixed) startsHere(s string) bool {
	c, _ := utf8.DecodeRuneInString(s)
	for _, w := range p.first[foldKey(c)] {
		if textcase.HasPrefixFold(s, w) {
			return true
		}
	}
	return false
}

// maxWords bounds the set of first words: past it the words read so far
// are kept, not extended.
const maxWords = 1024

// item is a literal a match may start with; open when the part of the
// pattern read so far matches exactly it, so that what follows extends it.
type item struct {
	s    string
	open bool
}

// patternWords returns the words every match of re starts with (see
// firstWords) and whether re is anchored at the start of the text (^, not
// (?m)^), and so tried there only.
func patternWords(re *syntax.Regexp) (words []string, atStart bool) {
	if re.Op == syntax.OpConcat && len(re.Sub) > 0 && re.Sub[0].Op == syntax.OpBeginText {
		re = &syntax.Regexp{Op: syntax.OpConcat, Flags: re.Flags, Sub: re.Sub[1:]}
		atStart = true
	}
	return firstWords(re), atStart
}

// firstWords returns literals one of which every match of re starts with,
// read in any case, or nil when there is no such set: a match may start
// with any character or with nothing, or an empty-width assertion stands
// before the first character (one that reads the text before the match,
// which a pattern tried on the rest of the text cannot see).
func firstWords(re *syntax.Regexp) []string {
	var out []string
	for _, it := range starts(re) {
		if it.s == "" {
			return nil
		}
		out = append(out, it.s)
	}
	return out
}

// starts returns the literals the matches of re start with.
func starts(re *syntax.Regexp) []item {
	switch re.Op {
	case syntax.OpLiteral:
		return []item{{string(re.Rune), true}}
	case syntax.OpEmptyMatch:
		return []item{{"", true}}
	case syntax.OpCapture:
		return starts(re.Sub[0])
	case syntax.OpCharClass:
		// A class of a few characters ([.-]); a larger one (\s, \p{Lu})
		// ends the literal.
		var out []item
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for c := re.Rune[i]; c <= re.Rune[i+1]; c++ {
				if len(out) == 3 {
					return []item{{"", false}}
				}
				out = append(out, item{string(c), true})
			}
		}
		if len(out) == 0 {
			return []item{{"", false}}
		}
		return out
	case syntax.OpAlternate:
		var out []item
		for _, sub := range re.Sub {
			out = append(out, starts(sub)...)
		}
		return out
	case syntax.OpConcat:
		out := []item{{"", true}}
		for _, sub := range re.Sub {
			if !anyOpen(out) {
				break
			}
			next := starts(sub)
			var grown []item
			for _, it := range out {
				if !it.open {
					grown = append(grown, it)
					continue
				}
				for _, n := range next {
					grown = append(grown, item{it.s + n.s, n.open})
				}
			}
			if len(grown) > maxWords {
				for i := range out {
					out[i].open = false
				}
				break
			}
			out = grown
		}
		return out
	case syntax.OpQuest:
		return append(starts(re.Sub[0]), item{"", true})
	case syntax.OpStar:
		return append(closed(starts(re.Sub[0])), item{"", true})
	case syntax.OpPlus:
		return closed(starts(re.Sub[0]))
	case syntax.OpRepeat:
		out := closed(starts(re.Sub[0]))
		if re.Min == 0 {
			out = append(out, item{"", true})
		}
		return out
	}
	// Any character, an empty-width assertion: the literal ends here.
	return []item{{"", false}}
}

// closed marks the items as ends: what follows in the pattern may repeat
// them rather than extend them.
func closed(its []item) []item {
	for i := range its {
		its[i].open = false
	}
	return its
}

func anyOpen(its []item) bool {
	for _, it := range its {
		if it.open {
			return true
		}
	}
	return false
}

// foldKey is the least rune of r's orbit under simple case folding: the
// runes a case-blind pattern reads as r share it.
func foldKey(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

package parse

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// bodyScanner finds the names of the issuing bodies of lexicon/bodies.tsv
// in a line: a prefix tree over the case-folded characters of every way
// of writing each body (its forms, each with or without an office or
// standing body before it), a run of white space standing for the space
// between two words. It is the one place the four finders of an issuer
// in running text (the sentence that names a document, the clause that
// issues it, the launch of a campaign, the opening of a copy without its
// header) look for the body's name; each finder then reads what must
// come after the name for it to be the issuer, with its own pattern
// anchored at the name's end (bodyTail), and, where it matters, what
// comes before.
type bodyScanner struct {
	bodies []issuingBody
	root   *bodyNode
	lead   [256]bool // the first bytes of the first character of a name, in any case
}

// bodyNode is a node of the tree.
type bodyNode struct {
	next  map[rune]*bodyNode // by folded character (foldRune); wsKey for white space
	names []bodyName         // the names that end here
}

// wsKey is the edge of a run of white space between two words.
const wsKey = -1

// bodyName is one way of writing a body: an office or none, then a form.
type bodyName struct {
	body   int      // index in bodies
	office int      // index in its before, or -1
	form   int      // index in its forms
	words  []string // the office's words then the form's, as written
	nOff   int      // how many of words are the office's
}

// bodyHit is a body's name found in a text.
type bodyHit struct {
	start, end int          // byte offsets of the name
	body       *issuingBody // the body it names
	level      directive.Level
	name       *bodyName
}

// newBodyScanner builds the tree of the bodies bs.
func newBodyScanner(bs []issuingBody) *bodyScanner {
	sc := &bodyScanner{bodies: bs, root: &bodyNode{}}
	for bi, b := range bs {
		for fi, form := range b.forms {
			fw := strings.Fields(form)
			sc.add(bodyName{body: bi, office: -1, form: fi, words: fw})
			for oi, off := range b.before {
				ow := strings.Fields(off)
				sc.add(bodyName{body: bi, office: oi, form: fi, words: append(slices.Clip(ow), fw...), nOff: len(ow)})
			}
		}
	}
	return sc
}

// add puts the name nm in the tree.
func (sc *bodyScanner) add(nm bodyName) {
	n := sc.root
	for k, w := range nm.words {
		if k > 0 {
			n = n.child(wsKey)
		}
		for i, r := range w {
			if n == sc.root && i == 0 && k == 0 {
				for f := unicode.SimpleFold(r); ; f = unicode.SimpleFold(f) {
					sc.lead[utf8.AppendRune(nil, f)[0]] = true
					if f == r {
						break
					}
				}
			}
			n = n.child(foldRune(r))
		}
	}
	n.names = append(n.names, nm)
}

// child returns the node after n by the edge k, made if it is missing.
func (n *bodyNode) child(k rune) *bodyNode {
	if n.next == nil {
		n.next = map[rune]*bodyNode{}
	}
	c := n.next[k]
	if c == nil {
		c = &bodyNode{}
		n.next[k] = c
	}
	return c
}

// foldRune is the key of r's case: the least character that folds to the
// same as r (unicode.SimpleFold), as (?i) of a pattern reads a letter.
func foldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A' // the least of k, K and the Kelvin sign is K
		}
		return r
	}
	k := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		k = min(k, f)
	}
	return k
}

// at appends to hits the names of bodies the finder f reads that start
// at p of s, in the order the finder tries them: the lexicon's order of
// bodies, then of offices (the name with an office before the bare
// form), then of forms, as an alternation of the names in that order
// would. The sentence finder reads a name in any case, but a place's
// proper name as written; the others read a name as written.
func (sc *bodyScanner) at(s string, p int, f finders, hits []bodyHit) []bodyHit {
	if p >= len(s) || !sc.lead[s[p]] {
		return hits
	}
	first := len(hits)
	n, i := sc.root, p
	for {
		for k := range n.names {
			nm := &n.names[k]
			b := &sc.bodies[nm.body]
			if b.finders&f == 0 {
				continue
			}
			if f != findSentence && !exactAt(s, p, nm.words, 0) || f == findSentence && b.after == afterPlace && !exactAt(s, p, nm.words, nm.nOff) {
				continue
			}
			hits = append(hits, bodyHit{start: p, end: i, body: b, level: b.level, name: nm})
		}
		if i >= len(s) || len(n.next) == 0 {
			break
		}
		var next *bodyNode
		if isRESpace(s[i]) {
			next = n.next[wsKey]
			for i < len(s) && isRESpace(s[i]) {
				i++
			}
		} else {
			r, w := utf8.DecodeRuneInString(s[i:])
			next = n.next[foldRune(r)]
			i += w
		}
		if next == nil {
			break
		}
		n = next
	}
	slices.SortStableFunc(hits[first:], func(a, b bodyHit) int {
		x, y := a.name, b.name
		if x.body != y.body {
			return x.body - y.body
		}
		if ox, oy := officeRank(x, a.body), officeRank(y, b.body); ox != oy {
			return ox - oy
		}
		return x.form - y.form
	})
	return hits
}

// officeRank orders the offices of a body as its pattern tries them: in
// the lexicon's order, then none.
func officeRank(nm *bodyName, b *issuingBody) int {
	if nm.office < 0 {
		return len(b.before)
	}
	return nm.office
}

// exactAt reports whether the words stand at p of s one run of white
// space apart, the first skip words in any case (matched by the tree
// already) and the others exactly as written.
func exactAt(s string, p int, words []string, skip int) bool {
	i := p
	for k, w := range words {
		if k > 0 {
			j := i
			for j < len(s) && isRESpace(s[j]) {
				j++
			}
			if j == i {
				return false
			}
			i = j
		}
		if k < skip {
			n, ok := foldPrefix(s[i:], w)
			if !ok {
				return false
			}
			i += n
			continue
		}
		if !strings.HasPrefix(s[i:], w) {
			return false
		}
		i += len(w)
	}
	return true
}

// foldPrefix reports whether s starts with w in any case, and how many
// bytes of s that takes.
func foldPrefix(s, w string) (int, bool) {
	i := 0
	for _, r := range w {
		c, n := utf8.DecodeRuneInString(s[i:])
		if n == 0 || foldRune(c) != foldRune(r) {
			return 0, false
		}
		i += n
	}
	return i, true
}

// bodyScan is the scanner of the embedded lexicon, made on first use.
var bodyScan = sync.OnceValue(func() *bodyScanner { return newBodyScanner(issuingBodies()) })

// bodyTails are a finder's patterns for what follows a body's name, one
// for each kind of what must follow it (issuingBody.after): anchored at
// the name's end, group 1 the rest of the issuer's name.
type bodyTails struct {
	none, name, place *lazyregexp.Regexp
}

// of returns the tail pattern for the body b.
func (t *bodyTails) of(b *issuingBody) *lazyregexp.Regexp {
	switch b.after {
	case afterName:
		return t.name
	case afterPlace:
		return t.place
	}
	return t.none
}

// newBodyTails makes a finder's tail patterns: flags, then the part that
// must follow a name by its kind of after (afterPart), then rest, which
// holds the end of group 1 and what follows the issuer's name.
func newBodyTails(flags string, afterPart func(after string) string, rest func() string) *bodyTails {
	mk := func(after string) *lazyregexp.Regexp {
		return lazyregexp.NewFunc(func() string { return flags + `^(` + afterPart(after) + rest() })
	}
	return &bodyTails{none: mk(""), name: mk(afterName), place: mk(afterPlace)}
}

// firstAt returns the first match, in the finder's order, of a body's
// name at p of s followed by its tail: the positions of the whole match
// and of the groups, as FindStringSubmatchIndex gives them, the name's
// start being the start of the match and of group 1. nil if none.
func (sc *bodyScanner) firstAt(s string, p int, f finders, tails *bodyTails) []int {
	var buf [8]bodyHit
	for _, h := range sc.at(s, p, f, buf[:0]) {
		m := tails.of(h.body).FindStringSubmatchIndex(s[h.end:])
		if m == nil {
			continue
		}
		out := make([]int, len(m))
		for k, v := range m {
			out[k] = v
			if v >= 0 {
				out[k] = v + h.end
			}
		}
		out[0], out[2] = p, p
		return out
	}
	return nil
}

// firstFrom returns the first match of a body's name followed by its
// tail at or after from in s, by firstAt, or nil.
func (sc *bodyScanner) firstFrom(s string, from int, f finders, tails *bodyTails) []int {
	for p := from; p < len(s); p++ {
		if !sc.lead[s[p]] {
			continue
		}
		if m := sc.firstAt(s, p, f, tails); m != nil {
			return m
		}
	}
	return nil
}

// allIn returns the matches of a body's name followed by its tail in s
// that do not overlap, in order, as FindAllStringSubmatchIndex gives
// them.
func (sc *bodyScanner) allIn(s string, f finders, tails *bodyTails) [][]int {
	var out [][]int
	for from := 0; from < len(s); {
		m := sc.firstFrom(s, from, f, tails)
		if m == nil {
			break
		}
		out = append(out, m)
		from = m[1]
	}
	return out
}

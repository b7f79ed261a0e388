package campaign

import (
	"math/bits"
	"sync"
)

// formIndex finds, for the words of a name, the catalogue forms (names
// and aliases) that can score MinScore against it, so that Lookup scores
// those and not every form. A form can reach MinScore only when the name
// matches (sameWord) enough of its words (upperScore); the index tells,
// for each form, which of its words some word of the name may match, and
// a form with too few such words is not scored. A word of
// four letters or more is indexed with each of its one-letter deletions
// too, as sameWord accepts a one-letter edit: two words one edit apart
// share one of these keys.
type formIndex struct {
	forms []formRef            // every form, in catalogue order
	byKey map[string][]posting // key → the forms holding a word with that key
}

// formRef is one form: the index of its campaign in the catalogue and
// the form's words.
type formRef struct {
	entry int
	words []string
}

// posting is the words of form that have a key, as a bit set of their
// positions.
type posting struct {
	form int
	at   uint64
}

// maxIndexed is the most words of a form the index tells apart; a longer
// form is always scored.
const maxIndexed = 64

// index is built on the first Lookup, not at init.
var index = sync.OnceValue(func() *formIndex {
	x := &formIndex{byKey: map[string][]posting{}}
	for i, e := range catalog() {
		for _, f := range e.forms {
			k := len(x.forms)
			x.forms = append(x.forms, formRef{entry: i, words: f})
			if len(f) > maxIndexed {
				continue
			}
			for j, w := range f {
				eachKey(w, nil, func(key []byte) {
					ps := x.byKey[string(key)]
					if n := len(ps); n > 0 && ps[n-1].form == k {
						ps[n-1].at |= 1 << j
						return
					}
					x.byKey[string(key)] = append(ps, posting{form: k, at: 1 << j})
				})
			}
		}
	}
	return x
})

// eachKey calls fn with w and, when w has four bytes or more, with each
// of the words one byte shorter that w gives by dropping one byte. buf is
// scratch space, returned for the next call; fn must not keep key.
func eachKey(w string, buf []byte, fn func(key []byte)) []byte {
	buf = append(buf[:0], w...)
	fn(buf)
	if len(w) < 4 {
		return buf
	}
	for i := range len(w) {
		buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
		fn(buf)
	}
	return buf
}

// matched returns, for each form, the bit set of the positions of its
// words that share a key with a word of words.
func (x *formIndex) matched(words []string) []uint64 {
	at := make([]uint64, len(x.forms))
	var buf []byte
	for _, w := range words {
		buf = eachKey(w, buf, func(key []byte) {
			for _, p := range x.byKey[string(key)] {
				at[p.form] |= p.at
			}
		})
	}
	return at
}

// candidate reports whether form k may score MinScore against a name of
// m words that matches the positions at of its words.
func (x *formIndex) candidate(k, m int, at uint64) bool {
	n := len(x.forms[k].words)
	return n > maxIndexed || upperScore(m, n, bits.OnesCount64(at)) >= MinScore
}

// upperScore is the highest similarity a list of m words can have with a
// form of n words of which only shared can be matched: 1 for equal lists
// (all n matched), 0.9 when the shorter list, of four words or more,
// stands inside the longer (all its words matched), else the Dice
// coefficient of a common subsequence of at most shared words.
func upperScore(m, n, shared int) float64 {
	if m == 0 || n == 0 {
		return 0
	}
	if m == n && shared >= n {
		return 1
	}
	l := min(shared, m, n)
	dice := 2 * float64(l) / float64(m+n)
	if short := min(m, n); short >= 4 && shared >= short {
		return max(0.9, dice)
	}
	return dice
}

// bestIndexed is bestForm with floor MinScore over the forms the index
// keeps for words: the same campaign and score whenever that score
// reaches MinScore, as no other form can.
func bestIndexed(words []string) (best int, bestScore float64) {
	best = -1
	if len(words) == 0 {
		return best, 0
	}
	x := index()
	for k, at := range x.matched(words) {
		if !x.candidate(k, len(words), at) {
			continue // cannot reach MinScore
		}
		if n := len(x.forms[k].words); n <= maxIndexed && upperScore(len(words), n, bits.OnesCount64(at)) <= bestScore {
			continue // cannot beat the best so far
		}
		f := x.forms[k]
		if s, ok := score(words, f.words, MinScore, bestScore); ok && s > bestScore {
			best, bestScore = f.entry, s
		}
	}
	return best, bestScore
}

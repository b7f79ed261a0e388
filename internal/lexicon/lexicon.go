package lexicon

import (
	"iter"
	"strings"
	"sync"
)

// OnFirstUse returns a function that reads an embedded lexicon file with
// read on its first call and gives the same result after: a program that
// reads no document does not pay for the lexicon. A file read cannot
// refuse is a bug of the build, not of the input: each file has a test
// that reads it, so a panic here never reaches a user.
func OnFirstUse[T any](tsv string, read func(string) (T, error)) func() T {
	return sync.OnceValue(func() T {
		v, err := read(tsv)
		if err != nil {
			panic(err)
		}
		return v
	})
}

// Lines yields the lines of a lexicon file that hold an entry, with their
// line numbers (from 1, for errors): blank lines and comments (lines
// starting with #) are left out.
func Lines(tsv string) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		for i, ln := range strings.Split(tsv, "\n") {
			if ln == "" || strings.HasPrefix(ln, "#") {
				continue
			}
			if !yield(i+1, ln) {
				return
			}
		}
	}
}

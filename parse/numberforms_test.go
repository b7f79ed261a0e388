package parse

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// TestNumberPatternFindsAsParse: the finders directive builds from its
// number forms (directive.NumberPattern, lexicon/numberforms.tsv) find in
// every text of the test sets what stateNumRe and partyNumRe find, as
// numbersIn tries them: findMentions could take its patterns from the
// data file.
func TestNumberPatternFindsAsParse(t *testing.T) {
	state := lazyregexp.New(`^(?:` + directive.NumberPattern(false) + `)`)
	party := lazyregexp.New(`^(?:` + directive.NumberPattern(true) + `)`)
	texts := 0
	found := 0
	err := filepath.WalkDir("testdata", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(p, "fuzz") || !strings.HasSuffix(p, ".txt") && !strings.HasSuffix(p, ".html") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		text := string(b)
		texts++
		for _, c := range []struct {
			name     string
			old, new *lazyregexp.Regexp
			sep      byte
		}{{"state", stateNumAnchoredRe, state, '/'}, {"party", partyNumAnchoredRe, party, '-'}} {
			want := numbersIn(c.old, c.sep, text, -1)
			got := numbersIn(c.new, c.sep, text, -1)
			if !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s: the %s forms find %d numbers, stateNumRe/partyNumRe %d", p, c.name, len(got), len(want))
			}
			found += len(want)
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, texts, 100)
	require.Greater(t, found, 500)
}

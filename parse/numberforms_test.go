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
// every text of the test sets what stateNumRe and partyNumRe find, tried
// as numbersIn tries them and tried everywhere: findMentions, analyze.go
// and launches.go could take their patterns from the data file.
func TestNumberPatternFindsAsParse(t *testing.T) {
	finders := []struct {
		name                 string
		old, oldAnchored     *lazyregexp.Regexp
		forms, formsAnchored *lazyregexp.Regexp
		sep                  byte
	}{
		{"state", stateNumRe, stateNumAnchoredRe, lazyregexp.New(directive.NumberPattern(false)), lazyregexp.New(`^(?:` + directive.NumberPattern(false) + `)`), '/'},
		{"party", partyNumRe, partyNumAnchoredRe, lazyregexp.New(directive.NumberPattern(true)), lazyregexp.New(`^(?:` + directive.NumberPattern(true) + `)`), '-'},
	}
	texts, found := 0, 0
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
		for _, f := range finders {
			want := numbersIn(f.oldAnchored, f.sep, text, -1)
			if got := numbersIn(f.formsAnchored, f.sep, text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s: the %s forms find %d numbers, the pattern of parse %d", p, f.name, len(got), len(want))
			}
			found += len(want)
			want = f.old.FindAllStringIndex(text, -1)
			if got := f.forms.FindAllStringIndex(text, -1); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%s: the %s forms find %d numbers everywhere, the pattern of parse %d", p, f.name, len(got), len(want))
			}
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, texts, 100)
	require.Greater(t, found, 500)
}

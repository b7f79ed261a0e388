package parse

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The patterns the analysis found numbers with before they were taken
// from directive's number forms: the oracle of TestNumberPatternFindsAsParse.
var (
	legacyStateNumRe = lazyregexp.New(`\d{1,6}[a-z]?(?:/\d{4})?/[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:&[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)?(?:- ?[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:&[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)?)*`)
	legacyPartyNumRe = lazyregexp.New(`\d{1,6}- ?[A-ZĐƯƠ][A-Za-zĐđƯƠươ]*/[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:[-/][A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)*`)

	legacyStateNumAnchoredRe = lazyregexp.NewFunc(func() string { return `^(?:` + legacyStateNumRe.String() + `)` })
	legacyPartyNumAnchoredRe = lazyregexp.NewFunc(func() string { return `^(?:` + legacyPartyNumRe.String() + `)` })
)

// TestNumberPatternFindsAsParse: the finders the analysis takes from
// directive's number forms (stateNumRe and partyNumRe, built from
// directive.NumberPattern and lexicon/numberforms.tsv) find in every text
// of the test sets what the hand-written patterns they replaced found,
// tried as numbersIn tries them and tried everywhere.
func TestNumberPatternFindsAsParse(t *testing.T) {
	finders := []struct {
		name                 string
		old, oldAnchored     *lazyregexp.Regexp
		forms, formsAnchored *lazyregexp.Regexp
		sep                  byte
	}{
		{"state", legacyStateNumRe, legacyStateNumAnchoredRe, stateNumRe, stateNumAnchoredRe, '/'},
		{"party", legacyPartyNumRe, legacyPartyNumAnchoredRe, partyNumRe, partyNumAnchoredRe, '-'},
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

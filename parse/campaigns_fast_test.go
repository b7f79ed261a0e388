package parse

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// campaignTexts returns the lines of every text and HTML input of the
// package's tests, one slice a file, with the file's name.
func campaignTexts(t testing.TB) (names []string, texts [][]string) {
	t.Helper()
	err := filepath.WalkDir("testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasPrefix(path, "testdata/fuzz") ||
			!strings.HasSuffix(path, ".txt") && !strings.HasSuffix(path, ".html") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		lines, _ := splitLines(string(b))
		names, texts = append(names, path), append(texts, lines)
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, len(texts), 250, "test inputs under testdata")
	return names, texts
}

// TestFindCampaignsLegacy holds findCampaigns to findCampaignsLegacy, the
// reading before the body was folded once for all readers, on the lines
// of every text and HTML input of the tests, and on their paragraphs
// cut into pieces at each comma (names split over lines).
func TestFindCampaignsLegacy(t *testing.T) {
	names, texts := campaignTexts(t)
	found := 0
	for i, lines := range texts {
		var cut []string
		for _, ln := range lines {
			cut = append(cut, strings.SplitAfter(ln, ",")...)
		}
		for _, body := range [][]string{lines, cut} {
			camps, themes := findCampaigns(body)
			wantCamps, wantThemes := findCampaignsLegacy(body)
			require.Equal(t, wantCamps, camps, names[i])
			require.Equal(t, wantThemes, themes, names[i])
			found += len(camps)
		}
	}
	require.Greater(t, found, 200, "campaigns found")
}

// FuzzFindCampaigns holds findCampaigns to findCampaignsLegacy on the
// lines of any text. Seeds in testdata/fuzz/FuzzFindCampaigns.
func FuzzFindCampaigns(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		lines, _ := splitLines(s)
		camps, themes := findCampaigns(lines)
		wantCamps, wantThemes := findCampaignsLegacy(lines)
		require.Equal(t, wantCamps, camps)
		require.Equal(t, wantThemes, themes)
	})
}

// BenchmarkFindCampaigns reads the campaigns of the lines of the
// plain-text test documents (those of BenchmarkText); the sub-benchmark
// legacy runs findCampaignsLegacy, the reading of 01aaa71.
func BenchmarkFindCampaigns(b *testing.B) {
	files, _ := filepath.Glob("testdata/text/*.txt")
	var texts [][]string
	var size int64
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		lines, _ := splitLines(string(d))
		texts = append(texts, lines)
		size += int64(len(d))
	}
	for _, bb := range []struct {
		name string
		fn   func([]string) ([]directive.Campaign, []string)
	}{{"new", findCampaigns}, {"legacy", findCampaignsLegacy}} {
		b.Run(bb.name, func(b *testing.B) {
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				for _, lines := range texts {
					bb.fn(lines)
				}
			}
		})
	}
}

// FuzzCampaignReaders holds the readers findCampaigns and findLaunches
// call to their versions before (campaigns_legacy_test.go) on any text:
// hasQuoteMark (to strings.ContainsAny), quotes, openQuote, joinOpenQuotes (lines cut at each line end), cueKind
// and nationalNamed. Seeds in testdata/fuzz/FuzzCampaignReaders.
func FuzzCampaignReaders(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, strings.ContainsAny(s, "“”\"«»"), hasQuoteMark(s), "hasQuoteMark")
		require.Equal(t, quotesLegacy(s), quotes(s), "quotes")
		require.Equal(t, openQuoteLegacy(s), openQuote(s), "openQuote")
		lines := strings.Split(s, "\n")
		require.Equal(t, joinOpenQuotesLegacy(lines), joinOpenQuotes(lines), "joinOpenQuotes")
		require.Equal(t, cueKindLegacy(s), cueKind(s), "cueKind")
		words := fold.Words(s)
		require.Equal(t, nationalNamedLegacy(words), nationalNamed(sliceWords(words)), "nationalNamed")
	})
}

// TestCampaignReaders holds the same readers to their versions before on
// every line of the test inputs and on the text before each quotation.
func TestCampaignReaders(t *testing.T) {
	names, texts := campaignTexts(t)
	for i, lines := range texts {
		for _, ln := range lines {
			require.Equal(t, quotesLegacy(ln), quotes(ln), "quotes %s: %q", names[i], ln)
			require.Equal(t, openQuoteLegacy(ln), openQuote(ln), "openQuote %s: %q", names[i], ln)
			for _, q := range quotes(ln) {
				require.Equal(t, cueKindLegacy(ln[:q.start]), cueKind(ln[:q.start]), "cueKind %s: %q", names[i], ln[:q.start])
			}
		}
		require.Equal(t, joinOpenQuotesLegacy(lines), joinOpenQuotes(lines), names[i])
		words := fold.Words(strings.Join(lines, "\n"))
		require.Equal(t, nationalNamedLegacy(words), nationalNamed(sliceWords(words)), names[i])
	}
}

package readability

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	goreadability "github.com/go-shiori/go-readability"
	"github.com/markusmobius/go-trafilatura"
	"github.com/vnthidua/thidua/internal/htmltext"
)

// The pages of any site (scripts/readability/testdata): foreign news and
// blogs, and Vietnamese news, each with its reference main text.
var worldHalves = []struct{ name, dir string }{
	{"foreign", "../../scripts/readability/testdata/world"},
	{"Vietnamese", "../../scripts/readability/testdata/vn"},
}

type worldPage struct {
	half, file string
	html       []byte
	want       string
}

func worldPages(tb testing.TB) []worldPage {
	var out []worldPage
	for _, h := range worldHalves {
		fs, err := filepath.Glob(filepath.Join(h.dir, "*.html"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range fs {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".main.txt")
			if err != nil {
				tb.Fatal(err)
			}
			out = append(out, worldPage{h.name, filepath.Base(f), b, string(want)})
		}
	}
	if len(out) == 0 {
		tb.Fatal("no pages in scripts/readability/testdata")
	}
	return out
}

// extractors are the main-text readers compared: each returns the title
// (put before the text when the text does not start with it, as the
// reference texts do) and the text.
var extractors = []struct {
	name string
	read func([]byte) (string, string, error)
}{
	{"thidua", func(b []byte) (string, string, error) {
		p, err := htmltext.Read(b, htmltext.Options{BaseURL: pageURL.String()})
		if err != nil {
			return "", "", err
		}
		return "", p.Text, nil
	}},
	{"go-readability", func(b []byte) (string, string, error) {
		a, err := goreadability.FromReader(bytes.NewReader(b), pageURL)
		return a.Title, a.TextContent, err
	}},
	{"go-trafilatura", func(b []byte) (string, string, error) {
		r, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{OriginalURL: pageURL, ExcludeComments: true})
		if err != nil {
			return "", "", err
		}
		return r.Metadata.Title, r.ContentText, nil
	}},
	{"go-trafilatura+fallback", func(b []byte) (string, string, error) {
		r, err := trafilatura.Extract(bytes.NewReader(b), trafilatura.Options{OriginalURL: pageURL, ExcludeComments: true, EnableFallback: true})
		if err != nil {
			return "", "", err
		}
		return r.Metadata.Title, r.ContentText, nil
	}},
}

// titled puts the title before the text unless the text starts with it.
func titled(title, text string) string {
	if title == "" || strings.HasPrefix(strings.Join(tokens(text), " "), strings.Join(tokens(title), " ")) {
		return text
	}
	return title + "\n" + text
}

// TestWorldQuality scores the main text of thidua, go-readability and
// go-trafilatura on the pages of any site (token F1, micro-averaged per
// half) and fails if thidua reads either half worse than another.
func TestWorldQuality(t *testing.T) {
	pages := worldPages(t)
	type tally struct{ hit, got, want int }
	sum := map[string]map[string]*tally{}
	for _, e := range extractors {
		sum[e.name] = map[string]*tally{}
		for _, h := range append([]string{"all"}, worldHalves[0].name, worldHalves[1].name) {
			sum[e.name][h] = &tally{}
		}
	}
	for _, p := range pages {
		line := fmt.Sprintf("%-10s %-42s", p.half, p.file)
		for _, e := range extractors {
			title, text, err := e.read(p.html)
			if err != nil {
				t.Logf("%s: %s: %v", e.name, p.file, err)
			}
			hit, got, want := overlap(titled(title, text), p.want)
			for _, h := range []string{"all", p.half} {
				s := sum[e.name][h]
				s.hit, s.got, s.want = s.hit+hit, s.got+got, s.want+want
			}
			line += fmt.Sprintf("  %s %.3f", e.name, f1of(hit, got, want))
		}
		t.Log(line)
	}
	for _, h := range []string{worldHalves[0].name, worldHalves[1].name, "all"} {
		line := fmt.Sprintf("%-10s micro", h)
		for _, e := range extractors {
			s := sum[e.name][h]
			line += fmt.Sprintf("  %s P %.3f R %.3f F1 %.3f", e.name, ratio(s.hit, s.got), ratio(s.hit, s.want), f1of(s.hit, s.got, s.want))
		}
		t.Log(line)
		th := sum["thidua"][h]
		for _, e := range extractors[1:] {
			if o := sum[e.name][h]; f1of(th.hit, th.got, th.want) < f1of(o.hit, o.got, o.want) {
				t.Errorf("%s pages: thidua F1 %.3f < %s %.3f", h, f1of(th.hit, th.got, th.want), e.name, f1of(o.hit, o.got, o.want))
			}
		}
	}
}

func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !isWord(r) })
}

// overlap counts the tokens of got found in want (as multisets).
func overlap(got, want string) (hit, ng, nw int) {
	g, w := tokens(got), tokens(want)
	count := map[string]int{}
	for _, x := range w {
		count[x]++
	}
	for _, x := range g {
		if count[x] > 0 {
			count[x]--
			hit++
		}
	}
	return hit, len(g), len(w)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func f1of(hit, got, want int) float64 {
	p, r := ratio(hit, got), ratio(hit, want)
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// The main text alone, on the pages of any site: MB/s of HTML read.
func benchWorld(b *testing.B, name string) {
	pages := worldPages(b)
	var read func([]byte) (string, string, error)
	for _, e := range extractors {
		if e.name == name {
			read = e.read
		}
	}
	var total int64
	for _, p := range pages {
		total += int64(len(p.html))
	}
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range pages {
			if _, _, err := read(p.html); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkWorldThidua(b *testing.B)        { benchWorld(b, "thidua") }
func BenchmarkWorldGoReadability(b *testing.B) { benchWorld(b, "go-readability") }
func BenchmarkWorldGoTrafilatura(b *testing.B) { benchWorld(b, "go-trafilatura") }

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

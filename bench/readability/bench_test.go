package readability

import (
	"bytes"
	"context"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	goreadability "github.com/go-shiori/go-readability"
	"github.com/vnthidua/thidua/internal/htmltext"
	"github.com/vnthidua/thidua/parse"
)

// corpus holds the portal pages (with *.main.txt) of thidua's tests.
var corpusDirs = []string{"../../parse/testdata/html", "../../internal/htmltext/testdata/platforms"}

func pages(b testing.TB) (files []string, data [][]byte, total int64) {
	for _, d := range corpusDirs {
		fs, err := filepath.Glob(filepath.Join(d, "*.html"))
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range fs {
			p, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			files = append(files, f)
			data = append(data, p)
			total += int64(len(p))
		}
	}
	if len(data) == 0 {
		b.Fatal("no pages")
	}
	return files, data, total
}

var pageURL, _ = url.Parse("https://example.gov.vn/tin-tuc/1.html")

func BenchmarkParseHTML(b *testing.B) {
	_, data, total := pages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	ctx := context.Background()
	for b.Loop() {
		for _, p := range data {
			if _, err := parse.HTML(ctx, bytes.NewReader(p), parse.WithURL(pageURL.String())); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkHTMLText(b *testing.B) {
	_, data, total := pages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range data {
			if _, err := htmltext.Read(p, htmltext.Options{BaseURL: pageURL.String()}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkGoReadability(b *testing.B) {
	_, data, total := pages(b)
	b.SetBytes(total)
	b.ReportAllocs()
	for b.Loop() {
		for _, p := range data {
			if _, err := goreadability.FromReader(bytes.NewReader(p), pageURL); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// TestQuality prints the token F1 of both against *.main.txt, so that the
// speed figures come with the quality they buy.
func TestQuality(t *testing.T) {
	files, data, _ := pages(t)
	var sumT, sumR float64
	for i, f := range files {
		want, err := os.ReadFile(strings.TrimSuffix(f, ".html") + ".main.txt")
		if err != nil {
			continue
		}
		p, err := htmltext.Read(data[i], htmltext.Options{})
		if err != nil {
			t.Fatal(err)
		}
		art, err := goreadability.FromReader(bytes.NewReader(data[i]), pageURL)
		if err != nil {
			t.Fatal(err)
		}
		ft, fr := f1(p.Text, string(want)), f1(art.Title+"\n"+art.TextContent, string(want))
		sumT += ft
		sumR += fr
		t.Logf("%-28s thidua F1 %.3f  go-readability F1 %.3f", filepath.Base(f), ft, fr)
	}
	t.Logf("mean: thidua %.3f, go-readability %.3f", sumT/float64(len(files)), sumR/float64(len(files)))
}

func f1(got, want string) float64 {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	g, w := split(got), split(want)
	count := map[string]int{}
	for _, x := range w {
		count[x]++
	}
	hit := 0
	for _, x := range g {
		if count[x] > 0 {
			count[x]--
			hit++
		}
	}
	if hit == 0 {
		return 0
	}
	p, r := float64(hit)/float64(len(g)), float64(hit)/float64(len(w))
	return 2 * p * r / (p + r)
}

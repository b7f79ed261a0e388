package htmltext

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestNoClassNames reads the corpus and platform pages with every class
// and id removed: the scoring, not the names, must find the article.
func TestNoClassNames(t *testing.T) {
	attrRe := regexp.MustCompile(`\s(?:class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)`)
	var pages []string
	for _, dir := range []string{corpus, "testdata/platforms"} {
		p, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		pages = append(pages, p...)
	}
	for _, page := range pages {
		b, err := os.ReadFile(page)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".main.txt")
		if err != nil {
			t.Fatal(err)
		}
		bare := attrRe.ReplaceAll(b, nil)
		p, err := Read(bare, Options{})
		if err != nil {
			t.Fatal(err)
		}
		pr, rc, f := tokenF1(p.Text, string(want))
		t.Logf("%-28s P=%.3f R=%.3f F1=%.3f", filepath.Base(page), pr, rc, f)
		if f < 0.95 {
			t.Errorf("%s: F1 %.3f without class names\n%s", filepath.Base(page), f, p.Text)
		}
	}
}

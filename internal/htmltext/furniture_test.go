package htmltext

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/net/html"
)

// FuzzIsFurniture holds isFurniture's first-character filter to the
// pattern run on every paragraph.
func FuzzIsFurniture(f *testing.F) {
	for _, s := range []string{
		`<div><p>Bản quyền thuộc UBND tỉnh</p><p> <b>Cơ quan chủ quản</b>: Sở</p><p>Tin khác</p></div>`,
		`<p>&nbsp; © 2024 Cổng</p><p>(c) 2020 x</p><td><span></span> Địa chỉ: 1 Lê Lợi</td>`,
		`<p><div>Copyright</div>Giấy phép số 1</p><p>tổng lượt truy cập 10</p>`,
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, doc string) {
		root, err := html.Parse(strings.NewReader(doc))
		if err != nil {
			return
		}
		var check func(*html.Node, int)
		check = func(n *html.Node, depth int) {
			if depth > 64 {
				return
			}
			if n.Type == html.ElementNode {
				if got, want := isFurniture(n), furnitureLineRe.MatchString(ownPrefix(n, 160)); got != want {
					t.Fatalf("isFurniture(<%s>) = %v, want %v in %q", n.Data, got, want, doc)
				}
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				check(c, depth+1)
			}
		}
		check(root, 0)
	})
}

// TestFurnitureFirst: isFurniture lets through only paragraphs whose
// first character is in furnitureFirst, so every alternative of
// furnitureLineRe must start with one of them, in either case.
func TestFurnitureFirst(t *testing.T) {
	src := furnitureLineRe.String()
	body, ok := strings.CutPrefix(src, `(?i)^\s*(?:`)
	if !ok || !strings.HasSuffix(body, ")") {
		t.Fatalf(`furnitureLineRe is no longer (?i)^\s*(?:a|b|...): %s`, src)
	}
	body = strings.TrimSuffix(body, ")")
	depth, from := 0, 0
	var alts []string
	for i := 0; i < len(body); i++ {
		switch body[i] {
		case '\\':
			i++
		case '(', '[':
			depth++
		case ')', ']':
			depth--
		case '|':
			if depth == 0 {
				alts, from = append(alts, body[from:i]), i+1
			}
		}
	}
	for _, alt := range append(alts, body[from:]) {
		first := []rune(strings.TrimPrefix(alt, `\`))[0]
		for _, r := range []rune{first, unicode.ToLower(first), unicode.ToUpper(first)} {
			if !strings.ContainsRune(furnitureFirst, r) {
				t.Errorf("furnitureLineRe alternative %q starts with %q, not in furnitureFirst", alt, r)
			}
		}
	}
}

package htmltext

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"

	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

var (
	fontFamilyRe = lazyregexp.New(`(?i)font-family\s*:\s*([^;}"]+)`)
	fontShortRe  = lazyregexp.New(`(?i)(?:^|;)\s*font\s*:[^;]*?((?:['"]?[.\w -]+['"]?\s*,\s*)*['"]?[.\w -]+['"]?)\s*(?:;|$)`)
	cssRuleRe    = lazyregexp.New(`([^{}]+)\{([^{}]*)\}`)
	cssClassRe   = lazyregexp.New(`\.([A-Za-z_][\w-]*)`)
)

// fontEnc is the text encoding a font declaration implies.
type fontEnc struct {
	set   bool // a font was declared
	enc   vnenc.Encoding
	upper bool
}

// familyEnc reads a CSS font-family list or a <font face> list: the first
// family that is a legacy Vietnamese font decides; otherwise the text is
// Unicode.
func familyEnc(list string) fontEnc {
	for _, f := range strings.Split(list, ",") {
		f = strings.Trim(strings.TrimSpace(f), `'"`)
		if f == "" {
			continue
		}
		if e, up := vnenc.FromFont(f); e != vnenc.Unicode {
			return fontEnc{set: true, enc: e, upper: up}
		}
	}
	return fontEnc{set: true, enc: vnenc.Unicode}
}

// cssFonts maps class names to the fonts that <style> rules give them.
func cssFonts(root *html.Node) map[string]fontEnc {
	var m map[string]fontEnc
	walk(root, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Style {
			return true
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.TextNode {
				continue
			}
			css := c.Data[:min(len(c.Data), 1<<20)]
			if !legacyFamily(css) {
				// The style sheets of news sites run to hundreds of
				// kilobytes; only one naming a legacy font is parsed.
				continue
			}
			for _, r := range cssRuleRe.FindAllStringSubmatch(css, -1) {
				fm := fontFamilyRe.FindStringSubmatch(r[2])
				if fm == nil {
					continue
				}
				fe := familyEnc(fm[1])
				if fe.enc == vnenc.Unicode {
					continue
				}
				for _, cm := range cssClassRe.FindAllStringSubmatch(r[1], -1) {
					if m == nil {
						m = map[string]fontEnc{}
					}
					m[cm[1]] = fe
				}
			}
		}
		return false
	})
	return m
}

// legacyFamily tells whether a style sheet declares a legacy Vietnamese
// font in some font-family: a scan for the property and its value, with
// no regular expression.
func legacyFamily(css string) bool {
	// Lower-case ASCII only, so that offsets into lower are offsets into
	// css.
	lb := []byte(css)
	for i, c := range lb {
		if 'A' <= c && c <= 'Z' {
			lb[i] = c + 'a' - 'A'
		}
	}
	lower := string(lb)
	for i := 0; ; {
		j := strings.Index(lower[i:], "font-family")
		if j < 0 {
			return false
		}
		i += j + len("font-family")
		v := css[i:]
		v = strings.TrimLeft(v, " \t\r\n")
		if !strings.HasPrefix(v, ":") {
			continue
		}
		if end := strings.IndexAny(v, ";}"); end >= 0 {
			v = v[:end]
		}
		if familyEnc(v[1:]).enc != vnenc.Unicode {
			return true
		}
	}
}

// elementFont is the font an element declares itself: <font face>, a
// style attribute, or a class given a font by the page's style sheet.
func elementFont(n *html.Node, classes map[string]fontEnc) fontEnc {
	if n.DataAtom == atom.Font {
		if f := attr(n, "face"); f != "" {
			return familyEnc(f)
		}
	}
	if st := attr(n, "style"); st != "" {
		if m := fontFamilyRe.FindStringSubmatch(st); m != nil {
			return familyEnc(m[1])
		}
		if m := fontShortRe.FindStringSubmatch(st); m != nil {
			if fe := familyEnc(m[1]); fe.enc != vnenc.Unicode {
				return fe
			}
		}
	}
	if classes != nil {
		for _, c := range strings.Fields(attr(n, "class")) {
			if fe, ok := classes[c]; ok {
				return fe
			}
		}
	}
	return fontEnc{}
}

// decodeText turns every text node of the page into Unicode: text in a
// legacy font is decoded from TCVN3 or VNI, the rest from the page's
// charset. When no font says so but the page's text reads as TCVN3 or VNI
// (character frequencies, vnenc.Sniff), it is decoded as such. It returns
// the legacy encoding used, if any.
func decodeText(root *html.Node, d *decoded) vnenc.Encoding {
	classes := cssFonts(root)
	var rest []*html.Node
	type attrRef struct {
		n *html.Node
		i int
	}
	var restAttrs []attrRef
	var sample strings.Builder
	used := vnenc.Unicode
	var rec func(n *html.Node, fe fontEnc, depth int)
	rec = func(n *html.Node, fe fontEnc, depth int) {
		if depth > maxWalkDepth {
			return
		}
		switch n.Type {
		case html.TextNode:
			if fe.enc != vnenc.Unicode {
				n.Data = vnenc.Decode(n.Data, fe.enc, fe.upper)
				used = fe.enc
				return
			}
			rest = append(rest, n)
			if sample.Len() < 256<<10 && strings.TrimSpace(n.Data) != "" {
				sample.WriteString(n.Data)
				sample.WriteByte(' ')
			}
			return
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template:
				return
			}
			if f := elementFont(n, classes); f.set {
				fe = f
			}
			// Attributes read later (alt, title, content) follow the text.
			for i, a := range n.Attr {
				switch a.Key {
				case "alt", "title", "content":
					if fe.enc != vnenc.Unicode {
						n.Attr[i].Val = vnenc.Decode(a.Val, fe.enc, fe.upper)
					} else {
						restAttrs = append(restAttrs, attrRef{n, i})
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, fe, depth+1)
		}
	}
	rec(root, fontEnc{}, 0)
	guess := vnenc.Unicode
	if s := sample.String(); hasLatin1Letters(s) && !unicodeVietnamese(s) && !(d.single != nil && d.name == "windows-1258" && looks1258(s)) {
		guess = vnenc.Sniff(s)
	}
	// conv decodes text outside any legacy font: by the guess when the
	// page's text reads as legacy; else, when the page's fonts are legacy,
	// pieces made only of Latin-1 letters (a <title>, a meta tag) are
	// taken to be in the same encoding; else the page's charset.
	conv := func(s string) string {
		switch {
		case guess != vnenc.Unicode:
			return vnenc.Decode(s, guess, false)
		case used != vnenc.Unicode && hasLatin1Letters(s) && onlyLatin1(s):
			return vnenc.Decode(s, used, false)
		}
		return d.fromLatin1(s)
	}
	for _, n := range rest {
		n.Data = conv(n.Data)
	}
	for _, a := range restAttrs {
		a.n.Attr[a.i].Val = conv(a.n.Attr[a.i].Val)
	}
	// Everything downstream reads NFC: windows-1258 and NFD pages give
	// combining marks.
	walk(root, func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			n.Data = norm.NFC.String(n.Data)
		case html.ElementNode:
			for i, a := range n.Attr {
				switch a.Key {
				case "alt", "title", "content":
					n.Attr[i].Val = norm.NFC.String(a.Val)
				}
			}
		}
		return true
	})
	if guess != vnenc.Unicode {
		used = guess
	}
	return used
}

// unicodeVietnamese reports whether s is plainly Unicode Vietnamese: its
// letters beyond Latin-1 (ă đ ơ ư ạ ả ...), which legacy text read as
// Latin-1 never has, are frequent next to its Latin-1 letters (à á â ...).
func unicodeVietnamese(s string) bool {
	viet, lat := 0, 0
	for _, r := range s {
		switch {
		case r >= 0xC0 && r <= 0xFF:
			lat++
		case r >= 0x1EA0 && r <= 0x1EF9, r == 0x102, r == 0x103, r == 0x110, r == 0x111, r == 0x128, r == 0x129,
			r == 0x168, r == 0x169, r == 0x1A0, r == 0x1A1, r == 0x1AF, r == 0x1B0:
			viet++
		}
	}
	return viet >= 3 && viet*3 >= lat
}

// onlyLatin1 reports whether every rune of s is below U+0100, or is one
// of the Windows-1252 characters legacy bytes show as.
func onlyLatin1(s string) bool {
	for _, r := range s {
		if r >= 0x100 && !strings.ContainsRune("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ−", r) {
			return false
		}
	}
	return true
}

// hasLatin1Letters reports whether s has characters of U+00C0–U+00FF, the
// ones legacy Vietnamese bytes show as.
func hasLatin1Letters(s string) bool {
	for _, r := range s {
		if r >= 0xC0 && r <= 0xFF {
			return true
		}
	}
	return false
}

// looks1258 reports whether Latin-1 text s reads as windows-1258: its
// combining tone marks (bytes CC EC DE D2 F2) follow vowels.
func looks1258(s string) bool {
	marks, high := 0, 0
	var prev rune
	for _, r := range s {
		if r >= 0x80 && r <= 0xFF {
			high++
			switch r {
			case 0xCC, 0xEC, 0xDE, 0xD2, 0xF2:
				if strings.ContainsRune("aeiouyAEIOUY\u00e2\u00ea\u00f4\u00e3\u00f5\u00fd\u00c2\u00ca\u00d4\u00c3\u00d5\u00dd", prev) {
					marks++
				}
			}
		}
		prev = r
	}
	return high > 0 && marks*4 >= high
}

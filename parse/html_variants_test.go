package parse

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode"

	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// A decoding variant is a corpus page re-encoded the way old or careless
// portals serve it. The variants are written to testdata/html/variants by
// `go test ./parse -run TestHTMLVariants -update`; each must give the same
// record as the page it comes from.
type pageVariant struct {
	name  string
	build func(page []byte) ([]byte, error)
}

var pageVariants = []pageVariant{
	// Decomposed Unicode (NFD), as macOS tools and some editors write it.
	{"nfd", func(p []byte) ([]byte, error) { return norm.NFD.Bytes(p), nil }},
	// windows-1258: base letters with combining tone marks.
	{"cp1258", func(p []byte) ([]byte, error) {
		out, err := mapText(p, to1258Text, to1258Attr)
		return relabel(out, "windows-1258"), err
	}},
	// UTF-8 bytes under a charset declaration that lies.
	{"mislabeled", func(p []byte) ([]byte, error) { return relabel(p, "iso-8859-1"), nil }},
	// windows-1258 bytes declared as UTF-8.
	{"cp1258-as-utf8", func(p []byte) ([]byte, error) { return mapText(p, to1258Text, to1258Attr) }},
	// TCVN3 (ABC) bytes shown in the .VnTime font, capitals in .VnTimeH.
	{"tcvn3", func(p []byte) ([]byte, error) {
		out, err := mapText(p, tcvn3Text(true), tcvn3Attr)
		return relabel(setBodyFont(out, ".VnTime"), "windows-1252"), err
	}},
	// TCVN3 bytes whose font the page does not name (an external style
	// sheet sets it): found by character frequencies. Capital lines keep
	// their .VnTimeH spans, as TCVN3 cannot write them otherwise.
	{"tcvn3-nofont", func(p []byte) ([]byte, error) {
		out, err := mapText(p, tcvn3Text(true), tcvn3Attr)
		return relabel(out, "windows-1252"), err
	}},
	// VNI bytes shown in the VNI-Times font.
	{"vni", func(p []byte) ([]byte, error) {
		out, err := mapText(p, vniText, vniText)
		return relabel(setBodyFont(out, "VNI-Times"), "windows-1252"), err
	}},
}

var charsetRe = regexp.MustCompile(`(?i)charset=(["']?)utf-8`)

// relabel changes the page's charset declaration.
func relabel(p []byte, cs string) []byte {
	return charsetRe.ReplaceAll(p, []byte("charset=${1}"+cs))
}

var bodyRe = regexp.MustCompile(`<body`)

func setBodyFont(p []byte, font string) []byte {
	return bodyRe.ReplaceAll(p, []byte(`<body style="font-family:'`+font+`', serif"`))
}

// mapText rewrites the text and the text-bearing attributes (title, alt,
// content) of a page, leaving the markup, scripts and styles alone. text
// returns HTML (it may add markup); attr returns the attribute's new bytes.
func mapText(p []byte, text func(string) (string, error), attr func(string) (string, error)) ([]byte, error) {
	z := html.NewTokenizer(bytes.NewReader(p))
	var out bytes.Buffer
	raw := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if errors.Is(z.Err(), io.EOF) {
				return out.Bytes(), nil
			}
			return nil, z.Err()
		case html.TextToken:
			if raw {
				out.Write(z.Raw())
				continue
			}
			s, err := text(string(z.Text()))
			if err != nil {
				return nil, err
			}
			out.WriteString(s)
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			raw = tt == html.StartTagToken && (tok.Data == "script" || tok.Data == "style")
			out.WriteString("<" + tok.Data)
			for _, a := range tok.Attr {
				v := a.Val
				if a.Key == "title" || a.Key == "alt" || (a.Key == "content" && tok.Data == "meta") {
					var err error
					if v, err = attr(v); err != nil {
						return nil, err
					}
				}
				out.WriteString(" " + a.Key + `="` + strings.ReplaceAll(strings.ReplaceAll(v, "&", "&amp;"), `"`, "&quot;") + `"`)
			}
			if tt == html.SelfClosingTagToken {
				out.WriteString("/")
			}
			out.WriteString(">")
		case html.EndTagToken:
			raw = false
			out.Write(z.Raw())
		default:
			out.Write(z.Raw())
		}
	}
}

func escapeBytes(b []byte) string {
	s := string(b)
	s = strings.ReplaceAll(s, "&", "&amp;")
	s = strings.ReplaceAll(s, "<", "&lt;")
	return strings.ReplaceAll(s, ">", "&gt;")
}

// toneMark tells the combining marks windows-1258 keeps apart.
func toneMark(r rune) bool {
	switch r {
	case '\u0300', '\u0301', '\u0303', '\u0309', '\u0323':
		return true
	}
	return false
}

func to1258Text(s string) (string, error) { return string(to1258(html.EscapeString(s), true)), nil }
func to1258Attr(s string) (string, error) { return string(to1258(s, false)), nil }

// to1258 writes s in windows-1258: each letter is its base (with
// circumflex, breve or horn) followed by its tone mark; characters the
// charset lacks become character references (refs) or '?'.
func to1258(s string, refs bool) []byte {
	d := []rune(norm.NFD.String(s))
	var out []byte
	enc := charmap.Windows1258
	for i := 0; i < len(d); {
		j := i + 1
		for j < len(d) && unicode.Is(unicode.Mn, d[j]) {
			j++
		}
		base := string(d[i])
		var tones []rune
		for _, m := range d[i+1 : j] {
			if toneMark(m) {
				tones = append(tones, m)
			} else {
				base += string(m)
			}
		}
		for _, r := range norm.NFC.String(base) + string(tones) {
			switch b, ok := enc.EncodeRune(r); {
			case ok:
				out = append(out, b)
			case refs:
				out = append(out, fmt.Sprintf("&#%d;", r)...)
			default:
				out = append(out, '?')
			}
		}
		i = j
	}
	return out
}

// tcvn3Text writes text in TCVN3. TCVN3 has no capitals with a tone: a
// line in capitals goes in a .VnTimeH span (when spans are wanted), and a
// capital with a tone in running text is written in lower case, as
// typists of the time did.
func tcvn3Text(spans bool) func(string) (string, error) {
	return func(s string) (string, error) {
		s = norm.NFC.String(s)
		if spans && isCaps(s) {
			b, err := vnenc.Encode(s, vnenc.TCVN3, true)
			if err != nil {
				return "", err
			}
			return `<span style="font-family:.VnTimeH">` + escapeBytes(b) + `</span>`, nil
		}
		b, err := tcvn3Bytes(s)
		return escapeBytes(b), err
	}
}

func tcvn3Attr(s string) (string, error) {
	b, err := tcvn3Bytes(norm.NFC.String(s))
	return string(b), err
}

func tcvn3Bytes(s string) ([]byte, error) {
	for range 10000 {
		b, err := vnenc.Encode(s, vnenc.TCVN3, false)
		var ee *vnenc.EncodeError
		if !errors.As(err, &ee) {
			return b, err
		}
		lower := string(unicode.ToLower(ee.Rune))
		if lower == string(ee.Rune) {
			return nil, err
		}
		s = s[:ee.Offset] + lower + s[ee.Offset+len(string(ee.Rune)):]
	}
	return nil, fmt.Errorf("too many capitals")
}

func vniText(s string) (string, error) {
	b, err := vnenc.Encode(s, vnenc.VNI, false)
	return escapeBytes(b), err
}

// isCaps reports whether s has letters and no lower-case letter.
func isCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

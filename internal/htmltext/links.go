package htmltext

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"net/url"
	"path"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Link is a file the page links to or embeds.
type Link struct {
	Name string // the file name, or the link's text when the address has none
	URL  string // absolute when the page's address is known
}

var (
	// Query parameters of viewers and download handlers that carry the
	// file: viewer.html?file=..., ViewFile.aspx?path=..., docs.google.com/viewer?url=...
	viewerParams = []string{"file", "url", "src", "path", "filename", "fileurl", "filepath", "f", "doc", "duongdan", "link"}
	viewerPathRe = lazyregexp.New(`(?i)viewer|viewfile|download|getfile|fileview|xemfile|taifile|dinhkem|attachment|docviewer|openfile`)
)

// isFileLink tells a link to a document file.
// fileExts are the extensions of the files an article attaches.
var fileExts = map[string]bool{"pdf": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "ppt": true, "pptx": true, "zip": true, "rar": true, "7z": true, "odt": true, "ods": true, "rtf": true}

// hasFileExt tells whether s ends with the extension of an attached file
// (".pdf", ".docx", in any case). News pages hold thousands of links, so
// this is a look-up, not a regular expression.
func hasFileExt(s string) bool {
	i := strings.LastIndexByte(s, '.')
	if i < 0 || len(s)-i > 5 {
		return false
	}
	return fileExts[strings.ToLower(s[i+1:])]
}

func isFileLink(href string) bool {
	_, ok := fileOf(href, nil)
	return ok
}

// fileOf reads the file a link points to: its own path, or the file
// parameter of a viewer or download handler. The result is resolved
// against base.
func fileOf(href string, base *url.URL) (string, bool) {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") || strings.HasPrefix(strings.ToLower(href), "javascript:") || strings.HasPrefix(strings.ToLower(href), "mailto:") {
		return "", false
	}
	u, err := url.Parse(href)
	if err != nil {
		return "", false
	}
	if hasFileExt(u.Path) {
		return resolve(u, base), true
	}
	q := u.Query()
	for _, k := range viewerParams {
		for key, vals := range q {
			if !strings.EqualFold(key, k) || len(vals) == 0 {
				continue
			}
			v := strings.TrimSpace(vals[0])
			fu, err := url.Parse(v)
			if err != nil || !hasFileExt(fu.Path) {
				continue
			}
			// Resolve the file against the viewer's own address.
			vb := base
			if u.IsAbs() || base != nil {
				vb = resolveURL(u, base)
			}
			return resolve(fu, vb), true
		}
	}
	if viewerPathRe.MatchString(u.Path) && hasFileExt(strings.SplitN(u.RawQuery, "&", 2)[0]) {
		return resolve(u, base), true
	}
	return "", false
}

func resolveURL(u, base *url.URL) *url.URL {
	if base == nil {
		return u
	}
	return base.ResolveReference(u)
}

func resolve(u, base *url.URL) string {
	return resolveURL(u, base).String()
}

// fileName is the name of a linked file: the last element of its path,
// unescaped.
func fileName(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	name := path.Base(u.Path)
	if name == "." || name == "/" {
		return ""
	}
	return name
}

// links lists the files that the page's article region links to or
// embeds (a, iframe, embed, object), once each.
func links(region []*html.Node, base *url.URL) []Link {
	var out []Link
	seen := map[string]bool{}
	for _, r := range region {
		walk(r, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return true
			}
			var href string
			switch n.DataAtom {
			case atom.A:
				href = attr(n, "href")
			case atom.Iframe, atom.Embed, atom.Frame:
				href = attr(n, "src")
			case atom.Object:
				href = attr(n, "data")
			default:
				return true
			}
			u, ok := fileOf(href, base)
			if !ok && n.DataAtom == atom.A {
				// A download handler with no file name in its address,
				// whose text names the file: <a href="Download.aspx?id=5">08-CT.pdf</a>.
				if t := clean(textOf(n)); len(t) < 200 && hasFileExt(t) {
					if h, err := url.Parse(strings.TrimSpace(href)); err == nil && href != "" && !strings.HasPrefix(href, "#") && !strings.HasPrefix(strings.ToLower(href), "javascript:") {
						u, ok = resolve(h, base), true
					}
				}
			}
			if !ok || seen[u] {
				return true
			}
			seen[u] = true
			name := fileName(u)
			text := clean(textOf(n))
			if hasFileExt(text) && len(text) < 200 {
				name = text
			} else if name == "" {
				name = text
			}
			out = append(out, Link{Name: name, URL: u})
			return true
		})
	}
	return out
}

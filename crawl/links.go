package crawl

import (
	"bytes"
	"net/url"
	"path"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnthidua/thidua/internal/fold"
)

// link is an address found on a page, with the text it was written with.
type link struct {
	url  string
	text string
	next bool // a pagination link: the next page of a listing
	feed bool // <link rel="alternate"> to an RSS or Atom feed
}

// pageLinks are what a fetched page offers the crawler.
type pageLinks struct {
	links     []link
	canonical string
	dates     []string // YYYY-MM-DD dates written on the page (listings)
}

// chromeRe tells the classes and ids of menus, headers and footers,
// whose links are not articles.
var chromeRe = regexp.MustCompile(`(?i)(^|[^a-z])(menu|nav|navbar|footer|header|breadcrumb|topbar|sidebar-menu|mega|social|share|lang)([^a-z]|$)`)

// pageParamRe and pagePathRe find pagination in an address.
var (
	pageParamRe = regexp.MustCompile(`(?i)(^|&)(page|p|trang|pageindex|pagenumber|pageno|pg|start|paged)=\d+`)
	pagePathRe  = regexp.MustCompile(`(?i)/(trang|page|p)[-/]?\d+(/|\.html?|\.aspx)?$`)
	dateRe      = regexp.MustCompile(`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b`)
)

// nextWords are the texts of "next page" links.
var nextWords = map[string]bool{"trang sau": true, "tiep": true, "tiep theo": true, "sau": true, "next": true, "»": true, "›": true, ">": true, ">>": true, "xem them": true, "cu hon": true}

// readLinks walks a page and returns its links outside the menus, its
// pagination, its feeds, its canonical address and the dates of its list.
// The walk is bounded: at most maxLinks links.
func readLinks(b []byte, base *url.URL) pageLinks {
	const maxLinks = 5000
	var out pageLinks
	doc, err := html.ParseWithOptions(bytes.NewReader(b), html.ParseOptionEnableScripting(false))
	if err != nil {
		return out
	}
	seen := map[string]bool{}
	var walk func(n *html.Node, chrome bool)
	walk = func(n *html.Node, chrome bool) {
		if len(out.links) >= maxLinks {
			return
		}
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Nav, atom.Header, atom.Footer, atom.Script, atom.Style:
				chrome = true
			}
			if !chrome && chromeRe.MatchString(attr(n, "class")+" "+attr(n, "id")) {
				chrome = true
			}
			switch n.DataAtom {
			case atom.Link:
				rel := strings.ToLower(attr(n, "rel"))
				typ := strings.ToLower(attr(n, "type"))
				href := resolve(base, attr(n, "href"))
				switch {
				case href == "":
				case rel == "canonical":
					out.canonical = href
				case rel == "next":
					out.links = append(out.links, link{url: href, next: true})
				case strings.Contains(rel, "alternate") && (strings.Contains(typ, "rss") || strings.Contains(typ, "atom")):
					out.links = append(out.links, link{url: href, feed: true})
				}
			case atom.A:
				href := resolve(base, attr(n, "href"))
				if href == "" || seen[href] {
					break
				}
				text := strings.Join(strings.Fields(textOf(n)), " ")
				l := link{url: href, text: text, next: strings.Contains(strings.ToLower(attr(n, "rel")), "next") || isPagination(href, text)}
				if chrome && !l.next {
					break
				}
				seen[href] = true
				out.links = append(out.links, l)
			}
		}
		if n.Type == html.TextNode {
			for _, m := range dateRe.FindAllStringSubmatch(n.Data, 4) {
				if d := isoDate(m[1], m[2], m[3]); d != "" {
					out.dates = append(out.dates, d)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, chrome)
		}
	}
	walk(doc, false)
	return out
}

func isoDate(d, m, y string) string {
	dd, _ := strconv.Atoi(d)
	mm, _ := strconv.Atoi(m)
	yy, _ := strconv.Atoi(y)
	if dd < 1 || dd > 31 || mm < 1 || mm > 12 || yy < 1945 || yy > 2100 {
		return ""
	}
	return y + "-" + pad2(mm) + "-" + pad2(dd)
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// isPagination tells a link to another page of the same listing: by its
// address (?page=2, /trang-2) or its text (a page number, "Trang sau").
func isPagination(href, text string) bool {
	u, err := url.Parse(href)
	if err != nil {
		return false
	}
	if pageParamRe.MatchString(u.RawQuery) || pagePathRe.MatchString(u.Path) {
		return true
	}
	t := strings.TrimSpace(fold.String(text))
	if nextWords[t] {
		return true
	}
	if n, err := strconv.Atoi(t); err == nil && n > 1 && n < 10000 && u.RawQuery != "" {
		return true
	}
	return false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func textOf(n *html.Node) string {
	var sb strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if sb.Len() > 1000 {
			return
		}
		if n.Type == html.TextNode {
			sb.WriteString(n.Data)
			sb.WriteByte(' ')
		}
		if n.Type == html.ElementNode && n.DataAtom == atom.Img {
			sb.WriteString(attr(n, "alt"))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return sb.String()
}

// trackingParams are query parameters that name where a visitor came
// from, not what the page is.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "zarsrc": true, "mc_cid": true, "mc_eid": true, "_ga": true, "ref": true}

// resolve makes href absolute against base and normalises it: no
// fragment, no tracking parameters, lower-case scheme and host; "" for
// links that are not http(s).
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" || strings.HasPrefix(href, "#") {
		return ""
	}
	u, err := url.Parse(href)
	if err != nil {
		return ""
	}
	if base != nil {
		u = base.ResolveReference(u)
	}
	return normalize(u)
}

// normalize is the form a URL is known by in the frontier.
func normalize(u *url.URL) string {
	if u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return ""
	}
	v := *u
	v.Fragment, v.RawFragment = "", ""
	v.Host = strings.ToLower(v.Host)
	v.Host = strings.TrimSuffix(strings.TrimSuffix(v.Host, ":80"), ":443")
	if v.Path == "" {
		v.Path = "/"
	}
	if v.RawQuery != "" {
		q := v.Query()
		changed := false
		for k := range q {
			if strings.HasPrefix(strings.ToLower(k), "utm_") || trackingParams[strings.ToLower(k)] {
				q.Del(k)
				changed = true
			}
		}
		if changed {
			v.RawQuery = q.Encode()
		}
	}
	return v.String()
}

// fileExt tells a link to a file of another kind than a page or a PDF.
func isOtherFile(u *url.URL) bool {
	switch strings.ToLower(path.Ext(u.Path)) {
	case ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".zip", ".rar", ".7z", ".jpg", ".jpeg", ".png", ".gif",
		".mp4", ".mp3", ".avi", ".css", ".js", ".ico", ".svg", ".webp", ".woff", ".woff2", ".ttf", ".exe", ".apk":
		return true
	}
	return false
}

func isPDFPath(u *url.URL) bool { return strings.EqualFold(path.Ext(u.Path), ".pdf") }

package htmltext

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	vfold "github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/pubdate"
	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// Page is what Read finds in a web page. All text is Unicode NFC.
type Page struct {
	// Text is the article: its title, then its paragraphs separated by a
	// blank line; list items, table cells and lines broken by <br> stand
	// on their own line.
	Text string
	// Title is the article's title (h1, og:title or <title> without the
	// site's name).
	Title string
	// Site is the name of the site (og:site_name, the banner, or the
	// suffix of <title>).
	Site string
	// Published is the publication date, RFC 3339 when the page gives a
	// time of day in a meta tag, else YYYY-MM-DD; "" when the page does not
	// state it.
	Published string
	// Author is the byline of the article.
	Author string
	// Attachments are the files the article links to or embeds.
	Attachments []Link
	// Charset is the charset the page was read in.
	Charset string
	// Legacy is "TCVN3" or "VNI" when text in that legacy encoding was
	// decoded, else "".
	Legacy string
	// Warnings say what was unusual: a charset declaration that lied,
	// bytes that were not UTF-8, a page too deep for the parser, a text
	// cut at the limit.
	Warnings []string
}

// Options are the settings of Read.
type Options struct {
	// ContentType is the HTTP Content-Type the page came with, if any.
	ContentType string
	// BaseURL is the page's address; links are resolved against it (and
	// against <base href>).
	BaseURL string
	// MaxText bounds the length of Text in bytes (0: 4 MiB).
	MaxText int
}

// ErrNoText means the page holds no text.
var ErrNoText = errors.New("page has no text")

// Read decodes and parses a web page and returns its article and what the
// page says about it. It fails on binary data and on pages without text.
func Read(b []byte, o Options) (*Page, error) {
	d, err := decode(b, o.ContentType)
	if err != nil {
		return nil, err
	}
	root, flat, err := parseTree(d.text)
	if err != nil {
		return nil, fmt.Errorf("html: %w", err)
	}
	p := &Page{Charset: d.name}
	if d.lied {
		p.Warnings = append(p.Warnings, fmt.Sprintf("bảng mã khai báo sai, đọc theo %s / declared charset is wrong, read as %s", d.name, d.name))
	}
	if d.invalid > 0 {
		p.Warnings = append(p.Warnings, InvalidWarning(d.invalid))
	}
	if flat {
		p.Warnings = append(p.Warnings, fmt.Sprintf("trang lồng quá sâu, đã làm phẳng / page nested too deep, flattened beyond %d levels", flatDepth))
	}
	if e := decodeText(root, d); e != vnenc.Unicode {
		p.Legacy = e.String()
		p.Warnings = append(p.Warnings, fmt.Sprintf("đã chuyển mã %s sang Unicode / legacy %s text decoded", e, e))
	}
	base := baseURL(root, o.BaseURL)
	mi := readHead(root)
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	p.Site = pageSite(body, mi)
	m := measure(root)
	total := 0
	if s := m[body]; s != nil {
		total = s.text
	}
	if total == 0 {
		return nil, ErrNoText
	}
	p.Attachments = collectLinks(body, m, total, base)
	authorEl := authorElement(body)
	// A title that is only the site's name is no title.
	notSite := func(t string) string {
		if t != "" && vfold.String(t) == vfold.String(p.Site) {
			return ""
		}
		return t
	}
	ogTitle, headTitle := notSite(mi.ogTitle), notSite(stripSite(mi.title, p.Site))
	if siteFragment(headTitle) {
		// "Trang thông tin huyện Sơn Dương - tỉnh Tuyên Quang": the rest
		// of the site's name, not an article's title; the whole <title>
		// is the site's full name.
		headTitle = ""
		if p.Site != "" && strings.HasPrefix(fold(mi.title), fold(p.Site)) {
			p.Site = clean(mi.title)
		}
	}
	titleCands := []string{ogTitle, headTitle, notSite(mi.title)}
	tEl := titleElement(body, titleCands, p.Site)

	crumb := crumbDate(body)
	removeBoilerplate(root, m)
	m = measure(root)
	nodes := pickContent(body, m)
	if tEl == nil && ogTitle == "" && headTitle == "" && len(nodes) > 0 {
		// The head names only the site: the headline is the heading
		// that starts the article or stands just before it.
		tEl = headlineBefore(body, nodes[0])
	}

	switch {
	case tEl != nil:
		p.Title = textOf(tEl)
	case ogTitle != "":
		p.Title = stripSite(ogTitle, p.Site)
	default:
		p.Title = headTitle
	}

	p.Published = mi.published
	if p.Published == "" {
		stopAt := (*html.Node)(nil)
		if len(nodes) > 0 {
			stopAt = nodes[len(nodes)-1].NextSibling
			if stopAt == nil {
				stopAt = nextAfter(nodes[len(nodes)-1])
			}
		}
		// Nearest the article first: the box that holds its title and
		// text, then the page before the article's end.
		if len(nodes) > 0 {
			if box := commonBox(nodes[0], tEl); box != nil && box != body && box.DataAtom != atom.Html && box.DataAtom != atom.Form {
				p.Published = pageDate(box, nil, stopAt)
			}
		}
		if p.Published == "" {
			p.Published = crumb
		}
		if p.Published == "" {
			// Outside the article's box, only after its title (or the
			// article's start, when the title stood in the furniture): a
			// date in the banner is today's.
			after := tEl
			if tEl != nil && !under(tEl, body) && len(nodes) > 0 {
				after = nodes[0]
			}
			p.Published = pageDate(body, after, stopAt)
		}
	}

	limit := o.MaxText
	if limit <= 0 {
		limit = 4 << 20
	}
	r := &renderer{m: m, limit: limit, captions: captionsTell(nodes, m)}
	for _, n := range nodes {
		r.brk(3)
		r.node(n, 0)
	}
	text := cleanText(norm.NFC.String(r.sb.String()))
	// A date line at the head of the article is the page's, not the
	// article's text.
	var date string
	text, date = dropDateLines(text)
	if p.Published == "" {
		p.Published = date
	}
	if r.full() {
		p.Warnings = append(p.Warnings, fmt.Sprintf("bài quá dài, đã cắt ở %d byte / article cut at %d bytes", limit, limit))
	}
	if p.Title != "" && !sameHeadline(firstLine(text), p.Title) && !containsTitle(nodes, tEl) {
		text = p.Title + "\n\n" + text
	}
	p.Text = strings.TrimSpace(text)
	if p.Text == "" {
		return nil, ErrNoText
	}
	switch {
	case mi.author != "" && nameLineRe.MatchString(mi.author) && !siteWordRe.MatchString(mi.author):
		p.Author = nameLineRe.FindStringSubmatch(mi.author)[1]
	case authorEl != "":
		p.Author = authorEl
	default:
		p.Author = readByline(p.Text)
	}
	p.Author = clean(p.Author)
	p.Title = clean(p.Title)
	p.Site = clean(p.Site)
	for i := range p.Attachments {
		p.Attachments[i].Name = clean(p.Attachments[i].Name)
	}
	return p, nil
}

// dropDateLines removes the lines among the first four paragraphs that
// are only a publication date, and returns the first such date.
func dropDateLines(text string) (string, string) {
	paras := strings.Split(text, "\n\n")
	date := ""
	out := paras[:0]
	for i, p := range paras {
		if i < 4 && !strings.Contains(p, "\n") {
			if d := pubdate.Line(p); d != "" {
				if date == "" {
					date = d
				}
				continue
			}
		}
		out = append(out, p)
	}
	return strings.Join(out, "\n\n"), date
}

// commonBox is the lowest element holding both the article's first block
// and its title; without a title, the block's parent.
func commonBox(n, title *html.Node) *html.Node {
	if title == nil || title.Parent == nil {
		return n.Parent
	}
	for a := n; a != nil; a = a.Parent {
		for t := title; t != nil; t = t.Parent {
			if t == a {
				return a
			}
		}
	}
	return nil
}

// sameHeadline tells whether the article's first line is its title: it
// starts with it, or restates it with nearly the same words (in capitals,
// a word changed), so the title is not put before it a second time.
func sameHeadline(line, title string) bool {
	if strings.HasPrefix(fold(line), fold(title)) {
		return true
	}
	words := func(s string) map[string]int {
		m := map[string]int{}
		for _, w := range strings.FieldsFunc(fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			m[w]++
		}
		return m
	}
	a, b := words(line), words(title)
	na, nb, common := 0, 0, 0
	for w, n := range a {
		na += n
		common += min(n, b[w])
	}
	for _, n := range b {
		nb += n
	}
	return nb >= 4 && common*10 >= max(na, nb)*8
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// containsTitle tells whether the title element is inside the content.
func containsTitle(nodes []*html.Node, t *html.Node) bool {
	if t == nil {
		return false
	}
	for p := t; p != nil; p = p.Parent {
		for _, n := range nodes {
			if p == n {
				return true
			}
		}
	}
	return false
}

// under tells whether n is in the tree below root.
func under(n, root *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == root {
			return true
		}
	}
	return false
}

// nextAfter is the node after n in document order, outside n.
func nextAfter(n *html.Node) *html.Node {
	for p := n; p != nil; p = p.Parent {
		if p.NextSibling != nil {
			return p.NextSibling
		}
	}
	return nil
}

// baseURL is the address links are resolved against: <base href> over
// the page's address.
func baseURL(root *html.Node, pageURL string) *url.URL {
	var base *url.URL
	if pageURL != "" {
		if u, err := url.Parse(pageURL); err == nil {
			base = u
		}
	}
	if b := find(root, atom.Base); b != nil {
		if h := attr(b, "href"); h != "" {
			if u, err := url.Parse(h); err == nil {
				if base != nil {
					u = base.ResolveReference(u)
				}
				base = u
			}
		}
	}
	return base
}

// collectLinks lists the files linked from the page outside its
// furniture; viewers embedded in frames count.
func collectLinks(body *html.Node, m map[*html.Node]*stats, total int, base *url.URL) []Link {
	var region []*html.Node
	skip := func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		switch n.DataAtom {
		case atom.Iframe, atom.Embed, atom.Object, atom.Frame:
			return false
		}
		return boilerplate(n, m, total)
	}
	// Keep the top-level pieces that are not furniture; links walks them.
	var rec func(n *html.Node, depth int)
	rec = func(n *html.Node, depth int) {
		if depth > maxWalkDepth || skip(n) {
			return
		}
		if n.Type == html.ElementNode && (n.DataAtom == atom.A || n.DataAtom == atom.Iframe || n.DataAtom == atom.Embed || n.DataAtom == atom.Object || n.DataAtom == atom.Frame) {
			region = append(region, n)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			rec(c, depth+1)
		}
	}
	rec(body, 0)
	out := links(region, base)
	if len(out) > 50 {
		out = out[:50]
	}
	return out
}

// siteFragment tells a rest of a <title> that only ends the site's name:
// it starts in lower case and names a place or a body ("tỉnh Tuyên
// Quang").
func siteFragment(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return t != "" && unicode.IsLower(r) && len(strings.Fields(t)) <= 6 && siteWordRe.MatchString(t)
}

// maxHeadlineGap is the text (letters) that may stand between a headline
// and the article: a date line, a category.
const maxHeadlineGap = 120

// headlineBefore finds the article's headline: the last heading or
// element named for a title before the article's text, with at most
// maxHeadlineGap letters between them (a date line, a category); the
// heading may open start itself.
func headlineBefore(body, start *html.Node) *html.Node {
	isHead := func(n *html.Node) bool {
		if n.Type != html.ElementNode || !(isHeading(n.DataAtom) || titleClassRe.MatchString(classID(n))) {
			return false
		}
		c := utf8.RuneCountInString(textOf(n))
		return c >= 8 && c <= 300
	}
	var cand *html.Node
	gap, inside := 0, 0 // letters since the candidate, and since start
	started, done := false, false
	walk(body, func(n *html.Node) bool {
		if done {
			return false
		}
		if n == start {
			started = true
		}
		if started && !under(n, start) {
			done = true
			return false
		}
		switch {
		case n.Type == html.TextNode:
			for _, r := range n.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					gap++
					if started {
						inside++
					}
				}
			}
			if inside > maxHeadlineGap {
				done = true
			}
		case n.Type == html.ElementNode && (dropTag(n.DataAtom) || n.DataAtom == atom.A):
			return false
		case isHead(n):
			cand, gap = n, 0
			return false
		}
		return true
	})
	if cand == nil || gap > maxHeadlineGap+inside {
		return nil
	}
	return cand
}

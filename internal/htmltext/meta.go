package htmltext

import (
	"encoding/json"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/internal/textcase"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/PuerkitoBio/goquery"
	vfold "github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/pubdate"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/unicode/norm"
)

// metaInfo is what the head and the furniture of a page say.
type metaInfo struct {
	ogTitle, title, ogSite, appName string
	published                       string // from meta tags or <time>
	author                          string // from meta tags
	description                     string
}

var (
	pubKeys = map[string]bool{
		"article:published_time": true, "og:published_time": true, "published_time": true,
		"pubdate": true, "publishdate": true, "publish-date": true, "publish_date": true,
		"date": true, "dc.date": true, "dc.date.issued": true, "dc.date.created": true,
		"dcterms.date": true, "dcterms.issued": true, "dcterms.created": true, "datepublished": true,
		"sailthru.date": true, "article.published": true, "original-publish-date": true,
		"citation_publication_date": true, "parsely-pub-date": true, "creation_date": true,
	}
	authorKeys = map[string]bool{
		"author": true, "article:author": true, "dc.creator": true, "dcterms.creator": true,
		"byl": true, "sailthru.author": true, "parsely-author": true, "citation_author": true,
	}
)

// readHead collects what the page states for machines: <title>, meta
// tags (Open Graph, Dublin Core, article:published_time, author ...) and
// the first <time datetime> or itemprop="datePublished" outside a list.
func readHead(root *html.Node) metaInfo {
	var mi metaInfo
	doc := goquery.NewDocumentFromNode(root)
	mi.title = clean(doc.Find("title").First().Text())
	doc.Find("meta[content]").Each(func(_ int, s *goquery.Selection) {
		key := strings.ToLower(s.AttrOr("property", ""))
		if key == "" {
			key = strings.ToLower(s.AttrOr("name", ""))
		}
		if key == "" {
			key = strings.ToLower(s.AttrOr("itemprop", ""))
		}
		val := clean(s.AttrOr("content", ""))
		if val == "" {
			return
		}
		switch {
		case key == "og:title" && mi.ogTitle == "":
			mi.ogTitle = val
		case key == "og:site_name" && mi.ogSite == "":
			mi.ogSite = val
		case key == "application-name" && mi.appName == "":
			mi.appName = val
		case (key == "description" || key == "og:description") && mi.description == "":
			mi.description = val
		case pubKeys[key] && mi.published == "":
			mi.published = pubdate.Machine(val)
		case authorKeys[key] && mi.author == "" && !strings.Contains(val, "://"):
			mi.author = val
		}
	})
	doc.Find(`script[type="application/ld+json"]`).EachWithBreak(func(_ int, sel *goquery.Selection) bool {
		pub, au, _ := readLDJSON(sel.Text())
		if mi.published == "" {
			mi.published = pub
		}
		if mi.author == "" && !strings.Contains(au, "://") {
			mi.author = au
		}
		return mi.published == "" || mi.author == ""
	})
	if mi.published != "" {
		return mi
	}
	doc.Find("time[datetime], [itemprop=datePublished]").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if s.Closest("li, a").Length() > 0 {
			return true // a list of other articles, with their dates
		}
		d := ""
		if v := s.AttrOr("datetime", s.AttrOr("content", "")); v != "" {
			d = pubdate.Machine(v)
		} else {
			d = pubdate.Line(s.Text())
		}
		mi.published = d
		return d == ""
	})
	return mi
}

// maxLDJSON bounds the JSON-LD read from one script element.
const maxLDJSON = 256 << 10

// readLDJSON reads the publication date, the author and the headline of
// the first article a JSON-LD block describes (schema.org NewsArticle,
// Article, BlogPosting ...), looking into arrays and @graph.
func readLDJSON(src string) (published, author, headline string) {
	if len(src) > maxLDJSON {
		return "", "", ""
	}
	var v any
	if err := json.Unmarshal([]byte(strings.TrimSpace(src)), &v); err != nil {
		return "", "", ""
	}
	var visit func(v any, depth int) bool
	visit = func(v any, depth int) bool {
		if depth > 8 {
			return false
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				if visit(e, depth+1) {
					return true
				}
			}
		case map[string]any:
			if g, ok := x["@graph"]; ok && visit(g, depth+1) {
				return true
			}
			t, _ := x["@type"].(string)
			if !strings.Contains(t, "Article") && !strings.Contains(t, "Posting") && t != "ReportageNews" {
				return false
			}
			if d, ok := x["datePublished"].(string); ok {
				published = pubdate.Machine(d)
			}
			author = ldName(x["author"], depth+1)
			headline, _ = x["headline"].(string)
			return true
		}
		return false
	}
	visit(v, 0)
	return published, clean(author), clean(headline)
}

// ldName is the name of a JSON-LD person or organisation: a string, an
// object with a name, or the first of a list.
func ldName(v any, depth int) string {
	if depth > 8 {
		return ""
	}
	switch x := v.(type) {
	case string:
		return x
	case map[string]any:
		n, _ := x["name"].(string)
		return n
	case []any:
		if len(x) > 0 {
			return ldName(x[0], depth+1)
		}
	}
	return ""
}

var (
	// Labels of a document's own dates on a portal's document page: the
	// date after them is not the page's.
	docDateLabelRe = lazyregexp.New(`(?i)^(?:Ngày ban hành|Ngày ký|Ngày có hiệu lực|Ngày hiệu lực|Hiệu lực|Ngày hết hiệu lực|Ngày áp dụng)\s*:?\s*$`)
	// dateInRe finds a date, with its weekday, in an author's box.
	dateInRe = lazyregexp.New(`(?i)(?:(?:Thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s*nhật)\s*[,-]?\s*)?(?:Ngày\s+)?(\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2})`)
)

// todayClass marks the clock of a banner or menu bar: today's date, not
// the article's.
var todayClass = newClassMatcher(`(?i)today|current-?(?:date|time|day)|ngay-?hien-?tai|hom-?nay|date-?now|clock`)

// crumbClass marks breadcrumbs: some portals end theirs with the date of
// the article.
var crumbClass = newClassMatcher(`(?i)breadcrumb|duong-?dan|path`)

// crumbSepRe splits a breadcrumb into its steps.
var crumbSepRe = lazyregexp.New(`\s*(?:[»›>|]|\s/\s)\s*`)

// crumbDate reads a date that ends a breadcrumb ("Trang chủ » Văn bản »
// 28/10/2020"), as some portals show the article's date.
func crumbDate(body *html.Node) string {
	found := ""
	walk(body, func(n *html.Node) bool {
		if found != "" {
			return false
		}
		if n.Type != html.ElementNode || dropTag(n.DataAtom) {
			return n.Type != html.ElementNode || !dropTag(n.DataAtom)
		}
		if !crumbClass.MatchString(classID(n)) {
			return true
		}
		parts := crumbSepRe.Split(textOf(n), -1)
		if len(parts) > 1 {
			found = pubdate.Line(parts[len(parts)-1])
		}
		return false
	})
	return found
}

var dateClassRe = newClassMatcher(`(?i)date|time|ngay|thoigian|thoi-gian|publish|posted|created|modified|meta|info`)

// pageDate finds the visible publication date below body, after the node
// after (the title; nil: from the start) and before the node before (the
// end of the article): an element named for a date, or a date line.
func pageDate(body, after, before *html.Node) string {
	found := ""
	stop, skipNext := false, false
	started := after == nil
	walk(body, func(n *html.Node) bool {
		if stop || found != "" {
			return false
		}
		if n == after {
			started = true
		}
		if !started && n.Type == html.TextNode {
			return false
		}
		if n == before {
			stop = true
			return false
		}
		if n.Type == html.ElementNode && (dropTag(n.DataAtom) || n.DataAtom == atom.A || n.DataAtom == atom.Li || n.DataAtom == atom.Ul || n.DataAtom == atom.Ol || n.DataAtom == atom.Select) {
			return false
		}
		if n.Type == html.ElementNode && (commentClass.MatchString(classID(n)) || todayClass.MatchString(classID(n)) || negativeRe.MatchString(classID(n)) && !dateClassRe.MatchString(classID(n)) && !crumbClass.MatchString(classID(n))) {
			return false
		}
		if n.Type == html.TextNode {
			t := strings.TrimSpace(n.Data)
			if t == "" {
				return false
			}
			if len(t) < 60 && docDateLabelRe.MatchString(clean(t)) {
				skipNext = true
				return false
			}
			if d := pubdate.Line(t); d != "" && !skipNext {
				found = d
			}
			skipNext = false
			return false
		}
		if n.Type == html.ElementNode && dateClassRe.MatchString(classID(n)) {
			if d := pubdate.Line(textOf(n)); d != "" {
				found = d
				return false
			}
		}
		return true
	})
	return found
}

var (
	siteClassRe = newClassMatcher(`(?i)site-?name|sitename|site-?title|logo|brand|banner|header-?title|ten-?cong|tencong|portal-?name`)
	genericAlt  = lazyregexp.New(`(?i)^(?:image\s+)?(?:banner|logo|header|image|img|ảnh|hình|trang chủ|home)\b.{0,12}$`)
	titleSepRe  = lazyregexp.New(`\s+[-|–—:»]\s+|\s*::\s*`)
)

// pageSite finds the site's name: og:site_name, the portal's banner (a
// site-name block or the logo's alt text), or the suffix of <title>.
func pageSite(body *html.Node, mi metaInfo) string {
	if mi.ogSite != "" {
		return mi.ogSite
	}
	site := ""
	if body != nil {
		walk(body, func(n *html.Node) bool {
			if site != "" || n.Type != html.ElementNode {
				return site == ""
			}
			if n.DataAtom == atom.Img {
				alt := clean(attr(n, "alt"))
				if alt != "" && !genericAlt.MatchString(alt) && utf8.RuneCountInString(alt) >= 8 && utf8.RuneCountInString(alt) <= 120 &&
					(siteClassRe.MatchString(attr(n, "src")+" "+classID(n)) || (n.Parent != nil && n.Parent.DataAtom == atom.A && isHome(attr(n.Parent, "href")))) {
					site = alt
				}
				return false
			}
			if siteClassRe.MatchString(classID(n)) && !positiveRe.MatchString(classID(n)) {
				if t := clean(textOf(n)); utf8.RuneCountInString(t) >= 8 && utf8.RuneCountInString(t) <= 120 && !strings.Contains(t, "\n") {
					site = t
					return false
				}
			}
			return true
		})
	}
	fromTitle := titleSite(mi.title)
	fromFooter := footerSite(body)
	if site != "" {
		// A banner in capitals: the same name in the title or the footer
		// has its proper case.
		if isCaps(site) {
			for _, c := range []string{fromTitle, fromFooter} {
				if c != "" && strings.EqualFold(fold(c), fold(site)) {
					return c
				}
			}
		}
		return site
	}
	switch {
	case fromFooter != "" && vfold.String(mi.title) == vfold.String(fromFooter):
		// The whole <title> is the owner the footer names, perhaps
		// written without its diacritics ("Ban Thi dua - Khen thuong
		// tinh Lang Son"): its " - " is not a separator.
		return fromFooter
	case fromTitle != "":
		return fromTitle
	case fromFooter != "":
		return fromFooter
	}
	return mi.appName
}

var (
	siteWordRe = lazyregexp.New(`(?i)cổng|trang (?:thông tin|tin|web)|thông tin|điện tử|portal|website|\.vn\b|\.gov|\bbáo\b|\bsở\b|ubnd|ủy ban|uỷ ban|thanh tra|\bbộ\b|tỉnh|thành phố|huyện|quận|\bban\b|đài|tạp chí|hội đồng|văn phòng`)
	yearRe     = lazyregexp.New(`\b(?:19|20)\d{2}\b`)
	footerRe   = lazyregexp.New(`(?i)(?:Bản quyền thuộc(?: về)?|Bản quyền|Cơ quan chủ quản\s*:|Đơn vị chủ quản\s*:|Copyright\s*(?:©|\(c\))?\s*(?:\d{4}(?:\s*-\s*\d{4})?)?(?:\s*by)?|©\s*(?:\d{4}(?:\s*-\s*\d{4})?)?)\s*:?\s*([^.,;|\n]{6,80})`)
)

// titleSite reads the site's name from a <title> "Article - Site" (or
// "Site | Article"): a part that names a body or a portal, starts with a
// capital and holds no year.
func titleSite(title string) string {
	parts := titleSepRe.Split(title, -1)
	if len(parts) < 2 {
		return ""
	}
	ok := func(p string) bool {
		p = strings.TrimSpace(p)
		r, _ := utf8.DecodeRuneInString(p)
		return utf8.RuneCountInString(p) >= 4 && unicode.IsUpper(r) && !yearRe.MatchString(p) && siteWordRe.MatchString(p)
	}
	last, first := strings.TrimSpace(parts[len(parts)-1]), strings.TrimSpace(parts[0])
	switch {
	case ok(last) && len(last) < len(title)/2+20:
		return last
	case ok(first) && len(first) < len(title)/2:
		return first
	}
	return ""
}

// footerSite reads the site's name from the footer: "Bản quyền thuộc
// Cổng thông tin điện tử tỉnh Hưng Yên", "Cơ quan chủ quản: Ủy ban nhân
// dân tỉnh Bình Dương", "© 2024 Sở Nội vụ". The last one on the page wins.
func footerSite(body *html.Node) string {
	out := ""
	if body == nil {
		return ""
	}
	walk(body, func(n *html.Node) bool {
		if n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style) {
			return false
		}
		if n.Type == html.TextNode && len(n.Data) < 2000 && footerHint(n.Data) {
			if m := footerRe.FindStringSubmatch(clean(n.Data)); m != nil {
				if v := strings.TrimSpace(m[1]); siteWordRe.MatchString(v) {
					out = v
				}
			}
		}
		return true
	})
	return out
}

func isHome(href string) bool {
	h := strings.TrimSpace(href)
	if h == "/" || h == "./" || h == "" || strings.HasSuffix(h, "/default.aspx") || strings.HasSuffix(h, "/index.html") || strings.HasSuffix(h, "/index.php") {
		return true
	}
	if i := strings.Index(h, "://"); i >= 0 {
		rest := h[i+3:]
		return !strings.Contains(strings.TrimSuffix(rest, "/"), "/")
	}
	return false
}

var titleClassRe = newClassMatcher(`(?i)title|tieu-?de|tieude|headline|heading|news-?name|article-?name`)

// titleElement finds the article's visible title: an h1, else a heading
// or an element named for a title whose text agrees with the head's
// titles.
func titleElement(body *html.Node, candidates []string, site string) *html.Node {
	var h1, named, prefix *html.Node
	want := map[string]bool{}
	for _, c := range candidates {
		if c != "" {
			want[fold(c)] = true
		}
	}
	fsite := fold(site)
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return true
		}
		if dropTag(n.DataAtom) {
			return false
		}
		t := ""
		switch {
		case n.DataAtom == atom.H1:
			t = fold(textOf(n))
			if h1 == nil && utf8.RuneCountInString(t) >= 8 && t != fsite && !negativeRe.MatchString(classID(n)) {
				h1 = n
			}
		case isHeading(n.DataAtom) || titleClassRe.MatchString(classID(n)):
			t = fold(textOf(n))
		default:
			return true
		}
		if named == nil && t != "" && want[t] {
			named = n
		}
		if prefix == nil && utf8.RuneCountInString(t) >= 20 && t != fsite {
			for c := range want {
				if strings.HasPrefix(c, t) || strings.HasSuffix(c, t) {
					prefix = n
				}
			}
		}
		return true
	})
	switch {
	case named != nil:
		return named
	case prefix != nil:
		return prefix
	}
	return h1
}

// stripSite removes the site's name from a <title>: "Bài - Cổng thông tin".
func stripSite(title, site string) string {
	parts := titleSepRe.Split(title, -1)
	if len(parts) < 2 {
		return title
	}
	fs := fold(site)
	last := strings.TrimSpace(parts[len(parts)-1])
	first := strings.TrimSpace(parts[0])
	switch {
	case fs != "" && fold(last) == fs:
		prefix := title[:strings.LastIndex(title, last)]
		return strings.TrimRight(strings.TrimSpace(prefix), "-|–—:» ")
	case fs != "" && fold(first) == fs:
		return strings.TrimLeft(strings.TrimSpace(title[len(first):]), "-|–—:» ")
	}
	return title
}

// Bylines: "Duy Tùng", "Lê Phương - (Haiphong.gov.vn)", "Nguồn: ...",
// "Theo ...", "Tin, ảnh: ...".
var (
	nameLineRe   = lazyregexp.New(`^(\p{Lu}\p{Ll}{0,7}(?:\s+\p{Lu}\p{Ll}{0,7}){1,4})\s*(?:[-–,]\s*\(?\s*([^()]{2,60})\)?|\(\s*([^()]{2,60})\))?\.?$`)
	sourceLineRe = lazyregexp.New(`(?i)^(?:(?:Nguồn|Theo|Tác giả|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|Tin|Bài)\s*:\s*(.{2,80}?)\.?$|(?i:Theo)\s+(.{2,80}?)\.?$)`)
	positionRe   = lazyregexp.New(`^(?:(?:KT\.|TM\.|Q\.|TL\.|TUQ\.)|[\p{Lu}\s.]+$)`)
	authorClass  = newClassMatcher(`(?i)author|byline|tac-?gia|tacgia|writer|nguon|source`)
)

// readByline finds the byline at the end of the article's text. A name
// under a position line ("CHỦ TỊCH" / "Nguyễn Hoàng Thao") is a signer,
// not a byline.
func readByline(text string) string {
	lines := strings.Split(text, "\n")
	var last []string
	for i := len(lines) - 1; i >= 0 && len(last) < 3; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			last = append(last, l)
		}
	}
	if len(last) == 0 {
		return ""
	}
	for _, l := range lines {
		if strings.HasPrefix(strings.TrimSpace(l), "Nơi nhận") {
			return ""
		}
	}
	l := last[0]
	if m := sourceLineRe.FindStringSubmatch(l); m != nil {
		// "Duy Tùng" above "Nguồn: Báo Hưng Yên": the name is the byline.
		if len(last) > 1 {
			if nm := nameLineRe.FindStringSubmatch(last[1]); nm != nil && !(len(last) > 2 && positionRe.MatchString(last[2])) {
				return nm[1]
			}
		}
		src := m[1]
		if src == "" {
			src = m[2]
		}
		if i := strings.IndexAny(src, ";("); i > 0 {
			src = src[:i]
		}
		return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(src), ",.-–"))
	}
	if m := nameLineRe.FindStringSubmatch(l); m != nil {
		if len(last) > 1 && positionRe.MatchString(last[1]) && utf8.RuneCountInString(last[1]) < 60 {
			return ""
		}
		return m[1]
	}
	return ""
}

var authorLabelRe = lazyregexp.New(`(?i)^(?:Tác giả|Người viết|Bút danh|Phóng viên|Người đăng)\s*:?\s*(.*)$`)

// authorElement finds a byline element of the page: one named for it
// (class author, byline; itemprop author), or a label "Tác giả:" with the
// name after it or in the next cell.
func authorElement(body *html.Node) string {
	out := ""
	walk(body, func(n *html.Node) bool {
		if out != "" {
			return false
		}
		if n.Type == html.ElementNode && (dropTag(n.DataAtom) || hiddenClass(n) || hiddenStyleRe.MatchString(attr(n, "style")) || commentClass.MatchString(classID(n))) {
			// Readers' comments name their writers, not the article's.
			return false
		}
		if n.Type == html.TextNode {
			t := strings.TrimSpace(n.Data)
			if len(t) > 160 {
				return false
			}
			t = clean(t)
			if m := authorLabelRe.FindStringSubmatch(t); m != nil && len(t) < 80 {
				v := strings.TrimSpace(m[1])
				if v == "" {
					// The name is in the next element: "<td>Tác giả</td><td>Duy Tùng</td>".
					if p := n.Parent; p != nil {
						for sib := p.NextSibling; sib != nil; sib = sib.NextSibling {
							if sib.Type == html.ElementNode {
								v = textOf(sib)
								break
							}
						}
					}
				}
				if c := utf8.RuneCountInString(v); c >= 3 && c <= 60 {
					if m := nameLineRe.FindStringSubmatch(v); m != nil {
						v = m[1]
					}
					out = v
				}
			}
			return false
		}
		if n.Type != html.ElementNode {
			return true
		}
		if strings.EqualFold(attr(n, "itemprop"), "author") || strings.EqualFold(attr(n, "rel"), "author") || (authorClass.MatchString(classID(n)) && !positiveRe.MatchString(classID(n))) {
			t := clean(textOf(n))
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(t, "Tác giả:"), "Nguồn:"))
			// A box "author and date" may hold only the date.
			t = strings.Trim(strings.TrimSpace(dateInRe.ReplaceAllString(t, "")), " ()[]|-–,")
			if n := utf8.RuneCountInString(t); n >= 3 && n <= 60 && hasLetters(t, 3) {
				if m := nameLineRe.FindStringSubmatch(t); m != nil {
					t = m[1]
				}
				out = t
			}
			return false
		}
		return true
	})
	return out
}

// textOf is the text below n, with white space folded.
func textOf(n *html.Node) string {
	var sb strings.Builder
	walk(n, func(c *html.Node) bool {
		if sb.Len() > 1<<16 {
			return false
		}
		if c.Type == html.TextNode {
			sb.WriteString(c.Data)
			sb.WriteByte(' ')
		}
		if c.Type == html.ElementNode && (c.DataAtom == atom.Script || c.DataAtom == atom.Style) {
			return false
		}
		return true
	})
	return clean(sb.String())
}

// clean folds white space and gives NFC.
func clean(s string) string {
	return norm.NFC.String(strings.Join(strings.Fields(s), " "))
}

// fold is the form in which titles are compared.
func fold(s string) string {
	s = strings.ToLower(clean(s))
	return strings.Trim(s, " .:")
}

// hasLetters reports whether s has at least n letters.
func hasLetters(s string, n int) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			n--
			if n <= 0 {
				return true
			}
		}
	}
	return n <= 0
}

// isCaps reports whether s has letters and none in lower case.
func isCaps(s string) bool { return textcase.AllCaps(s, 2) }

// footerHint tells text that may hold a footer's ownership line, cheaply.
func footerHint(s string) bool {
	for _, w := range []string{"Bản quyền", "bản quyền", "BẢN QUYỀN", "chủ quản", "CHỦ QUẢN", "Chủ quản", "opyright", "OPYRIGHT", "©"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// Class and id words that mark boilerplate (after Readability's
// "unlikely candidates", with the words of Vietnamese portals), and the
// ones that mark content.
var (
	negativeRe = newClassMatcher(`(?i)(?:^|[-_\s])(?:menu\w*|nav\w*|breadcrumbs?|banner\w*|adv|advs|ads|advert\w*|quangcao|quang-cao|qc|footer\w*|sidebar\w*|widget\w*|share\w*|sharing|social\w*|comments?|binhluan|related\w*|relate|other\w*|tinkhac|tin-khac|tinlienquan|tin-lien-quan|lienquan|counter|thongke|thong-ke|visitor\w*|statistics?|rating|vote|font-?size\w*|fontsize|toolbar|tools?|ribbon\w*|tags?|pager|pagination|paging|login|search\w*|copyright|cookie\w*|popup|modal|ticker|hotline|weblinks?|lienket|lien-ket|top-?bar|masthead|header|s4-ribbonrow|ms-hide|view-?count|luot-?xem)(?:$|[-_\s])`)
	positiveRe = newClassMatcher(`(?i)article|body|content|entry|main|post|text|detail|chitiet|chi-tiet|noidung|noi-dung|story|rte|richhtml|journal|blog|baiviet|bai-viet`)
	// Content containers of known platforms: SharePoint publishing pages,
	// Liferay web content, DNN modules, WordPress and Joomla articles.
	platformRe = lazyregexp.New(`(?i)ms-rtestate-field|RichHtmlField|PlaceHolderMain|journal-content-article|asset-content|DNNModuleContent|dnn_ctr\d+_|entry-content|post-content|article-content|item-page|articleBody|com-content-article|news-content|detail-content|content-detail|noidungchitiet|chitiettin`)
	// commentClass marks readers' comments and their forms, whatever the
	// platform's prefix (sfcommentsList, fb-comments, binhluan-box).
	commentClass  = newClassMatcher(`(?i)comment|binh-?luan|y-?kien-?ban-?doc|disqus`)
	hiddenStyleRe = lazyregexp.New(`(?i)display\s*:\s*none|visibility\s*:\s*hidden`)
)

// stats are the text measures of a subtree.
type stats struct {
	text   int // letters and digits, runes
	link   int // of them inside links
	commas int
	links  int // links
	files  int // links to files
	// own and ownCommas count the text outside block descendants: the
	// paragraph the element itself holds.
	own, ownCommas int
}

func (s stats) density() float64 {
	if s.text == 0 {
		return 0
	}
	return float64(s.link) / float64(s.text)
}

// measure computes stats for every element of the tree.
func measure(root *html.Node) map[*html.Node]*stats {
	m := map[*html.Node]*stats{}
	var rec func(n *html.Node, inLink bool, depth int) stats
	rec = func(n *html.Node, inLink bool, depth int) stats {
		var s stats
		if depth > maxWalkDepth {
			return s
		}
		switch n.Type {
		case html.TextNode:
			for _, r := range n.Data {
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					s.text++
				} else if r == ',' || r == ';' {
					s.commas++
				}
			}
			if inLink {
				s.link = s.text
			}
			return s
		case html.ElementNode:
			switch n.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head:
				return s
			}
			if n.DataAtom == atom.A {
				inLink = true
				s.links++
				if isFileLink(attr(n, "href")) {
					s.files++
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			cs := rec(c, inLink, depth+1)
			s.text += cs.text
			s.link += cs.link
			s.commas += cs.commas
			s.links += cs.links
			s.files += cs.files
			switch {
			case c.Type == html.TextNode:
				s.own += cs.text
				s.ownCommas += cs.commas
			case c.Type == html.ElementNode && !blockTag(c.DataAtom):
				s.own += cs.own
				s.ownCommas += cs.ownCommas
			}
		}
		if n.Type == html.ElementNode && n.FirstChild != nil {
			st := s
			m[n] = &st
		}
		return s
	}
	rec(root, false, 0)
	return m
}

// dropTags are elements whose content is never article text.
func dropTag(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Iframe, atom.Object,
		atom.Embed, atom.Svg, atom.Math, atom.Canvas, atom.Select, atom.Option, atom.Button,
		atom.Input, atom.Textarea, atom.Nav, atom.Footer, atom.Aside, atom.Marquee, atom.Map,
		atom.Audio, atom.Video, atom.Head, atom.Title, atom.Meta, atom.Link, atom.Label, atom.Dialog:
		return true
	}
	return false
}

// boilerplate tells whether an element is page furniture: a dropped tag,
// a hidden element, or a class or id of furniture that does not also name
// content. An element holding most of the page's text is never dropped by
// its class, so a wrapper with an unlucky name keeps the article.
func boilerplate(n *html.Node, m map[*html.Node]*stats, total int) bool {
	if dropTag(n.DataAtom) {
		return true
	}
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" || hiddenStyleRe.MatchString(attr(n, "style")) || hiddenClass(n) {
		return true
	}
	if n.DataAtom == atom.Header && !hasHeading1(n) {
		return true
	}
	ci := classID(n)
	if ci == "" || !(negativeRe.MatchString(ci) || commentClass.MatchString(ci)) || isHeading(n.DataAtom) {
		return false
	}
	if positiveRe.MatchString(ci) {
		return false
	}
	if s := m[n]; s != nil && total > 0 && s.text*5 > total*2 && s.density() < 0.5 {
		return false
	}
	return true
}

// hiddenClass tells the class names that hide an element on every screen
// (Bootstrap's "hidden", "d-none", SharePoint's "ms-hide"); "hidden-xs"
// hides it on phones only and does not count.
func hiddenClass(n *html.Node) bool {
	c := attr(n, "class")
	if c == "" {
		return false
	}
	for _, w := range strings.Fields(c) {
		switch strings.ToLower(w) {
		case "hidden", "hide", "d-none", "sr-only", "visually-hidden", "ms-hide", "invisible", "display-none", "hiddenfield":
			return true
		}
	}
	return false
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

func hasHeading1(n *html.Node) bool { return find(n, atom.H1) != nil }

// removeBoilerplate detaches the furniture of the page.
func removeBoilerplate(root *html.Node, m map[*html.Node]*stats) {
	body := find(root, atom.Body)
	if body == nil {
		body = root
	}
	total := 0
	if s := m[body]; s != nil {
		total = s.text
	}
	var drop []*html.Node
	walk(body, func(n *html.Node) bool {
		if n.Type == html.CommentNode {
			drop = append(drop, n)
			return false
		}
		if n.Type != html.ElementNode || n == body {
			return true
		}
		if boilerplate(n, m, total) {
			drop = append(drop, n)
			return false
		}
		return true
	})
	for _, n := range drop {
		if n.Parent != nil {
			n.Parent.RemoveChild(n)
		}
	}
}

// blockTag tells the elements that start a new block of text.
func blockTag(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Section, atom.Article, atom.Main, atom.H1, atom.H2, atom.H3,
		atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Table, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Td, atom.Th, atom.Blockquote, atom.Pre, atom.Dl, atom.Dt, atom.Dd,
		atom.Header, atom.Figure, atom.Figcaption, atom.Center, atom.Address, atom.Hr, atom.Form,
		atom.Fieldset, atom.Caption, atom.Body, atom.Html, atom.Details, atom.Summary:
		return true
	}
	return false
}

// tagWeight is Readability's initial score of a candidate by its tag.
func tagWeight(a atom.Atom) float64 {
	switch a {
	case atom.Div, atom.Article, atom.Section, atom.Main:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Form, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Address:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// classWeight scores class and id words: content words up, furniture
// words down, known platforms' content containers up.
func classWeight(n *html.Node) float64 {
	ci := classID(n)
	if ci == "" {
		return 0
	}
	w := 0.0
	if negativeRe.MatchString(ci) || commentClass.MatchString(ci) {
		w -= 25
	}
	if positiveRe.MatchString(ci) {
		w += 25
	}
	if platformRe.MatchString(ci) {
		w += 25
	}
	return w
}

// furnitureLineRe matches the start of the lines of a page's footer: the
// owner, the address, the licence, the maker.
var furnitureLineRe = lazyregexp.New(`(?i)^\s*(?:Bản quyền|Copyright|©|\(c\)\s*\d{4}|Cơ quan chủ quản|Đơn vị chủ quản|Cơ quan thường trực|Địa chỉ\s*:|Điện thoại\s*:|Giấy phép|Ghi rõ nguồn|Chịu trách nhiệm|Thiết kế (?:và phát triển )?bởi|Phát triển bởi|Đang truy cập|Tổng (?:số )?lượt truy cập)`)

// furnitureFirst holds the characters furnitureLineRe's lines start with,
// in either case.
const furnitureFirst = "bcđgtpBCĐGTP©("

// isFurniture runs furnitureLineRe on the start of n's own paragraph when
// its first character can start one: most paragraphs are told by that
// character alone, without gathering and normalising their text.
func isFurniture(n *html.Node) bool {
	return strings.ContainsRune(furnitureFirst, ownFirst(n)) && furnitureLineRe.MatchString(ownPrefix(n, 160))
}

// ownFirst is the first character of n's own paragraph that is not white
// space (ownPrefix's first character), or 0.
func ownFirst(n *html.Node) rune {
	var first rune
	ownText(n, func(s string) bool {
		if i := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsSpace(r) }); i >= 0 {
			first, _ = utf8.DecodeRuneInString(s[i:])
		}
		return first == 0
	})
	return first
}

// ownPrefix is the start of the paragraph n holds itself: its text
// outside block descendants, up to limit bytes.
func ownPrefix(n *html.Node, limit int) string {
	var sb strings.Builder
	ownText(n, func(s string) bool {
		sb.WriteString(s)
		return sb.Len() < limit
	})
	return clean(sb.String())
}

// ownText calls f on the text nodes of the paragraph n holds itself, in
// order, outside block descendants and dropped elements, down to 64
// levels, while f returns true.
func ownText(n *html.Node, f func(string) bool) {
	var rec func(*html.Node, int) bool
	rec = func(n *html.Node, depth int) bool {
		for c := n.FirstChild; c != nil && depth < 64; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				if !f(c.Data) {
					return false
				}
			case c.Type == html.ElementNode && !blockTag(c.DataAtom) && !dropTag(c.DataAtom):
				if !rec(c, depth+1) {
					return false
				}
			}
		}
		return true
	}
	rec(n, 0)
}

// pickContent scores the blocks of the page and returns the elements that
// hold the article, in document order.
func pickContent(body *html.Node, m map[*html.Node]*stats) []*html.Node {
	score, order := scoreBlocks(body, m)
	return chooseContent(body, m, score, order)
}

// scoreBlocks gives every candidate container a score from the
// paragraphs it holds (Readability's method): each paragraph adds to its
// parent, half to its grandparent and a sixth to the level above. The
// scores are weighted by the candidates' link density; order lists the
// candidates in the order they were first scored.
func scoreBlocks(body *html.Node, m map[*html.Node]*stats) (map[*html.Node]float64, []*html.Node) {
	score := map[*html.Node]float64{}
	var order []*html.Node
	add := func(n *html.Node, v float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := score[n]; !ok {
			score[n] = tagWeight(n.DataAtom) + classWeight(n)
			order = append(order, n)
		}
		score[n] += v
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return n.Type == html.DocumentNode
		}
		st := m[n]
		if st == nil || st.own < 25 {
			return true
		}
		if !blockTag(n.DataAtom) {
			// The text of an inline element (<font>, <span>, <b>) is part
			// of its block's paragraph, which is scored already.
			return true
		}
		if isFurniture(n) {
			// "Bản quyền thuộc ...", "Cơ quan chủ quản: ...": the
			// footer of a layout table that names nothing.
			return true
		}
		letters, commas := st.own, st.ownCommas
		v := 1 + float64(commas) + min(float64(letters)/100, 3)
		if n.DataAtom != atom.P && n.DataAtom != atom.Li && n.DataAtom != atom.Span && n.DataAtom != atom.Font && !isHeading(n.DataAtom) {
			// A div or cell that holds its text directly is a paragraph
			// and a candidate at once (old table layouts).
			add(n, v)
		}
		p := n.Parent
		for lvl := 1; lvl <= 3 && p != nil && p != body.Parent; lvl++ {
			div := float64(lvl)
			if lvl == 3 {
				div = 6
			}
			add(p, v/div)
			p = p.Parent
		}
		return true
	})
	for _, n := range order {
		if s := m[n]; s != nil {
			score[n] *= 1 - s.density()
		}
	}
	return score, order
}

// chooseContent takes the best candidate, climbs to a parent that scores
// nearly as much, and adds the siblings that belong to the article.
func chooseContent(body *html.Node, m map[*html.Node]*stats, score map[*html.Node]float64, order []*html.Node) []*html.Node {
	var top *html.Node
	best := 0.0
	for _, n := range order {
		if m[n] == nil {
			continue
		}
		if f := score[n]; top == nil || f > best {
			top, best = n, f
		}
	}
	if top == nil {
		return []*html.Node{body}
	}
	// A candidate whose parent scores nearly as much is one of several
	// sibling blocks of the article: take the parent.
	for p := top.Parent; p != nil && p != body.Parent && p.Type == html.ElementNode; p = p.Parent {
		if ps, ok := score[p]; ok && ps >= best*0.9 && m[p] != nil && m[p].density() < 0.3 {
			top = p
			best = ps
			continue
		}
		break
	}
	// Siblings that belong to the article: scored high enough, or a long
	// paragraph with few links.
	if top.Parent == nil {
		return []*html.Node{top}
	}
	var sibs []*html.Node
	var in []bool
	limit := max(10, best*0.2)
	for c := top.Parent.FirstChild; c != nil; c = c.NextSibling {
		if c == top {
			sibs, in = append(sibs, c), append(in, true)
			continue
		}
		if c.Type != html.ElementNode || m[c] == nil {
			continue
		}
		s := m[c]
		ok := false
		if sc, scored := score[c]; scored && sc >= limit && s.density() < 0.3 {
			ok = true
		} else if s.text >= 80 && s.density() < 0.25 && classWeight(c) >= 0 && (s.own >= 80 || c.DataAtom == atom.P) {
			ok = true
		}
		sibs, in = append(sibs, c), append(in, ok)
	}
	extendRun(sibs, in, m)
	out := []*html.Node{}
	for i, c := range sibs {
		if in[i] {
			out = append(out, c)
		}
	}
	return addTwins(body, top, out, m)
}

// sameBlockClass tells whether two class lists name the same kind of
// block: equal, or the same first class with only its modifiers added
// ("block-text" and "block-text block-text_initial-letter").
func sameBlockClass(a, b string) bool {
	if a == b {
		return true
	}
	wa, wb := strings.Fields(a), strings.Fields(b)
	if len(wa) == 0 || len(wb) == 0 || wa[0] != wb[0] {
		return false
	}
	for _, w := range append(wa[1:], wb[1:]...) {
		if !strings.HasPrefix(w, wa[0]) {
			return false
		}
	}
	return true
}

// maxTwinLevels bounds how far above the article's block its twins are
// looked for.
const maxTwinLevels = 3

// addTwins adds the article's other pieces when its text is cut into
// several blocks of the same tag and class that are not siblings (one
// block per screen, with advertisements and side rails between them):
// the blocks like top, with text and few links, under its nearest
// ancestor (at most maxTwinLevels up) that holds more than one. The
// result is in document order.
func addTwins(body, top *html.Node, out []*html.Node, m map[*html.Node]*stats) []*html.Node {
	cls := attr(top, "class")
	if cls == "" {
		return out
	}
	twin := func(n *html.Node) bool {
		s := m[n]
		return n.DataAtom == top.DataAtom && sameBlockClass(attr(n, "class"), cls) && s != nil && s.text > 0 && s.density() < 0.3
	}
	var twins []*html.Node
	a := top.Parent
	for lvl := 1; lvl <= maxTwinLevels && a != nil && a != body && a.Type == html.ElementNode; lvl++ {
		twins = twins[:0]
		walk(a, func(n *html.Node) bool {
			if n.Type != html.ElementNode {
				return n == a
			}
			if n != a && twin(n) {
				twins = append(twins, n)
				return false
			}
			return true
		})
		if len(twins) > 1 {
			break
		}
		a = a.Parent
	}
	if len(twins) < 2 {
		return out
	}
	keep := map[*html.Node]bool{}
	for _, n := range out {
		keep[n] = true
	}
	for _, n := range twins {
		keep[n] = true
	}
	var all []*html.Node
	walk(body, func(n *html.Node) bool {
		if keep[n] {
			all = append(all, n)
			return false
		}
		return true
	})
	return all
}

// extendRun widens the article's run of sibling blocks: a block between
// two of its blocks with few links is part of it (an article split into
// several divs, its header table, a caption), and so are the plain blocks
// next to its ends: before it, up to its headline; after it, a source or
// byline line.
func extendRun(sibs []*html.Node, in []bool, m map[*html.Node]*stats) {
	first, last := -1, -1
	for i := range sibs {
		if in[i] {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return
	}
	plain := func(c *html.Node, minText int) bool {
		s := m[c]
		if s == nil || classWeight(c) < 0 || s.text < minText || find(c, atom.Form) != nil {
			return false
		}
		// A block of attached files belongs to the article.
		return s.density() < 0.25 || s.files > 0 && s.files*2 >= s.links
	}
	for i := first + 1; i < last; i++ {
		if !in[i] && plain(sibs[i], 1) && !isHeading(sibs[i].DataAtom) {
			in[i] = true
		}
	}
	for i := first - 1; i >= 0; i-- {
		c := sibs[i]
		if dateClassRe.MatchString(classID(c)) || find(c, atom.Time) != nil {
			// The article's date, byline and counters: passed over.
			continue
		}
		if !plain(c, 8) {
			break
		}
		in[i] = true
		if isHeading(c.DataAtom) || titleClassRe.MatchString(classID(c)) {
			break
		}
	}
	for i := last + 1; i < len(sibs); i++ {
		c := sibs[i]
		if isHeading(c.DataAtom) || !plain(c, 1) || m[c].text > 400 {
			break
		}
		in[i] = true
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

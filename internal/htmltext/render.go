package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// Lines of widgets that survive in the article's container, and headings
// that end an article ("Tin liên quan" and the lists after them).
var (
	widgetLineRe = lazyregexp.New(`(?i)^(?:Cỡ chữ|Font size|Kích thước chữ|Kích cỡ chữ|Giảm \(A-\)|Mặc định \(A\)|Tăng \(A\+\)|Lượt người xem|Lượt xem|Số lượt xem|Lượt đọc|Views?:|Chia sẻ|Share:|In bài|In trang|Bản in|Gửi email|Gửi bài viết|Gửi cho bạn bè|Lưu bài|Về đầu trang|Quay lại|Trở về|Trở lại|Đánh giá:|Bình chọn|Tweet$|Like$|Facebook$|Zalo$|image advertisement$|Xem thêm$|Advertisement$|Supported by$|Continue reading the main story$|Credit\.\.\.|Image copyright|Image caption|Subscribe$|Sponsored(?: links?| content)?$|スポンサードリンク$|Реклама$|Subscribe (?:to|now)\b|Sign up (?:for|to)\b|Our Standards:)`)
	tailHeadRe   = lazyregexp.New(`(?i)^(?:Tin liên quan|Tin khác|Các tin khác|Các tin cũ hơn|Các tin mới hơn|Các tin đã đưa|Tin cùng chuyên mục|Tin cùng loại|Tin mới hơn|Tin cũ hơn|Tin đã đưa|Tin bài liên quan|Bài viết liên quan|Bài liên quan|Bài viết khác|Ý kiến bạn đọc|Bình luận|Gửi ý kiến|Gửi bình luận|Thống kê truy cập|\d+ người đang online|More(?: [\pL\pN]+){0,3} Stories|More from [\pL\pN ]{1,40}|More|Related(?: Stories| Articles| Coverage| Content| News)?|Recommended(?: for you)?|Read (?:more|next)|You (?:may|might) also like|Most (?:popular|read)|Explore further|Further reading|See also)\s*(?:\(\d+\))?\s*:?$`)
)

// captionClass marks the captions of photos and their credits, whatever
// the platform calls them (figcaption aside): "caption", "image-caption",
// "PhotoCMS_Caption", "desc_cation", "chu-thich-anh", "photo-credit".
var captionClass = newClassMatcher(`(?i)caption|desc_?cation|chu-?thich|photo-?credit|image-?credit|img-?credit`)

// maxCaption bounds the letters of a caption: a larger element named for
// captions ("has-caption" wrappers) holds more than a caption.
const maxCaption = 600

// isCaption tells the caption of a photo or video: a <figcaption>, or an
// element named for a caption.
func isCaption(n *html.Node) bool {
	return n.Type == html.ElementNode && (n.DataAtom == atom.Figcaption || captionClass.MatchString(classID(n)))
}

// creditRe finds the credit of a photo: "(Ảnh: Tâm Linh)", "Credit: ESA",
// "Photograph: AFP via Getty", "REUTERS/Brendan McDermid", "[SpaceX via
// Nasa]", "Image copyright", "Фото @...".
var creditRe = lazyregexp.New(`(?i)\((?:ảnh|ảnh minh họa|ảnh minh hoạ|video|đồ họa|đồ hoạ|clip|nguồn|photo|image)\s*:|\b(?:credit|photograph|photo|image|picture)s?\s*(?::|\.\.\.|copyright\b|by\s)|\[[^\]]*\b(?:via|getty|reuters|ap|afp|photo|file)\b[^\]]*\]|\b(?:REUTERS|AFP|EPA|Getty Images|Shutterstock|AP Photo)\b|Фото\b`)

// signedCaption tells the caption of a news photo: one that credits the
// photographer or agency, in the caption or in the figure around it.
// Those captions repeat, next to a photo, what the story says, and are
// left out of an article told in its text; an unsigned caption (a
// portal's "Toàn cảnh Hội nghị") is kept.
func signedCaption(n *html.Node) bool {
	box := n
	if p := n.Parent; p != nil && p.DataAtom == atom.Figure {
		box = p
	}
	return creditRe.MatchString(textOf(box))
}

// captionsTell tells a photo story: an article told in its captions, with
// at least as much text in them as outside them. Its captions are its
// text; any other article's captions repeat what the text says next to
// a photo the text does not show, and are left out.
func captionsTell(nodes []*html.Node, m map[*html.Node]*stats) bool {
	all, capt := 0, 0
	for _, n := range nodes {
		if s := m[n]; s != nil {
			all += s.text
		}
		walk(n, func(c *html.Node) bool {
			if isCaption(c) {
				if s := m[c]; s != nil {
					capt += s.text
				}
				return false
			}
			return true
		})
	}
	return capt > 0 && capt*2 >= all
}

// renderer writes the text of a subtree with its block structure: "\n\n"
// between paragraphs, "\n" for line breaks, list items and table cells.
type renderer struct {
	sb       strings.Builder
	m        map[*html.Node]*stats
	limit    int // bytes; the text is cut beyond it
	pending  int
	captions bool // write photo captions (a photo story)
}

// brk asks for a break before the next text: 1 a tab, 2 a line break, 3
// a paragraph break. The strongest one asked for is written.
func (r *renderer) brk(level int) {
	if r.sb.Len() > 0 && level > r.pending {
		r.pending = level
	}
}

func (r *renderer) text(s string) {
	s = foldSpace(s)
	if s == "" || s == " " && r.pending > 0 {
		return
	}
	if r.pending > 0 {
		r.sb.WriteString([]string{"", "\t", "\n", "\n\n"}[r.pending])
		r.pending = 0
		s = strings.TrimLeft(s, " ")
	} else if r.sb.Len() == 0 {
		s = strings.TrimLeft(s, " ")
	} else if s[0] == ' ' && r.last() == ' ' {
		s = s[1:]
	}
	if s == "" {
		return
	}
	if r.limit > 0 && r.sb.Len()+len(s) > r.limit {
		n := max(0, r.limit-r.sb.Len())
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
		r.sb.WriteString(s)
		r.pending = 0
		r.sb.WriteString(" ") // full() is true from now on
		return
	}
	r.sb.WriteString(s)
}

func (r *renderer) last() byte {
	b := r.sb.String()
	return b[len(b)-1]
}

func (r *renderer) full() bool { return r.limit > 0 && r.sb.Len() >= r.limit }

// linkList tells a block of links to other pages: related news, menus.
func (r *renderer) linkList(n *html.Node) bool {
	s := r.m[n]
	if s == nil || s.links < 2 || s.files*2 >= s.links {
		return false
	}
	return s.density() > 0.6
}

// lonelyLink tells a block that is one short link to another page and
// nothing else: "Tất cả tin", "Xem thêm", a category.
func (r *renderer) lonelyLink(n *html.Node) bool {
	s := r.m[n]
	if s == nil || isHeading(n.DataAtom) || s.links != 1 || s.files > 0 || s.text >= 30 {
		return false
	}
	return s.link == s.text
}

func (r *renderer) node(n *html.Node, depth int) {
	if depth > maxWalkDepth || r.full() {
		return
	}
	switch n.Type {
	case html.TextNode:
		r.text(n.Data)
		return
	case html.ElementNode:
	default:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			r.node(c, depth+1)
		}
		return
	}
	a := n.DataAtom
	if dropTag(a) {
		return
	}
	switch a {
	case atom.Br:
		r.brk(2)
		return
	case atom.Hr:
		r.brk(3)
		return
	case atom.Img:
		return
	}
	if !r.captions && isCaption(n) && r.m[n] != nil && r.m[n].text <= maxCaption && signedCaption(n) {
		r.brk(3)
		return
	}
	if blockTag(a) && (r.linkList(n) || r.lonelyLink(n)) {
		r.brk(3)
		return
	}
	sep := 0
	switch a {
	case atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Td, atom.Th:
		// A table cell stands on its own line, as the text of a PDF gives
		// it, so task tables read the same from both.
		sep = 2
	case atom.Tbody, atom.Thead, atom.Tfoot:
	default:
		if blockTag(a) {
			sep = 3
		}
	}
	r.brk(sep)
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.node(c, depth+1)
	}
	if sep > 1 {
		r.brk(sep)
	}
}

// cleanText trims lines, drops widget lines, ends the text at a heading of
// related news, and keeps one blank line between paragraphs.
func cleanText(s string) string {
	paras := strings.Split(s, "\n\n")
	var out []string
	started := false
	for pi, p := range paras {
		var lines []string
		stop := false
		for _, ln := range strings.Split(p, "\n") {
			ln = strings.TrimSpace(strings.Trim(ln, "\t"))
			if ln == "" {
				continue
			}
			if utf8.RuneCountInString(ln) < 80 && widgetLineRe.MatchString(ln) {
				continue
			}
			if started && utf8.RuneCountInString(ln) < 60 && tailHeadRe.MatchString(ln) {
				// "Tin liên quan" ends the article, unless the article
				// goes on after it (a box of links set inside the text).
				if !proseAfter(paras[pi+1:]) {
					stop = true
					break
				}
				continue
			}
			if utf8.RuneCountInString(ln) > 60 {
				started = true
			}
			lines = append(lines, ln)
		}
		if len(lines) > 0 {
			out = append(out, strings.Join(lines, "\n"))
		}
		if stop {
			break
		}
	}
	return strings.Join(out, "\n\n")
}

// proseAfter tells whether long paragraphs follow: the article goes on.
// One paragraph of more than 400 letters is prose, and so are two of more
// than 150 (news sites write short paragraphs); the headlines of a list
// of related stories are shorter.
func proseAfter(paras []string) bool {
	mid := 0
	for _, p := range paras {
		switch n := utf8.RuneCountInString(p); {
		case n > 400:
			return true
		case n > 150:
			if mid++; mid >= 2 {
				return true
			}
		}
	}
	return false
}

// foldSpace turns every run of white space (with no-break and zero-width
// spaces) into one space.
func foldSpace(s string) string {
	var sb strings.Builder
	sb.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case ' ', '\t', '\n', '\r', '\f', '\u00a0', '\u200b', '\u202f', '\u205f', '\u3000', '\ufeff':
			space = true
			continue
		}
		if r >= '\u2000' && r <= '\u200a' {
			space = true
			continue
		}
		if space {
			sb.WriteByte(' ')
			space = false
		}
		sb.WriteRune(r)
	}
	if space {
		sb.WriteByte(' ')
	}
	return sb.String()
}

package pdflayout

import (
	"bytes"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/internal/textcase"
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// listItemRe matches the start of a list item or numbered part: "1.",
// "1.2.", "a)", "đ)", "-", "+", "•", "I.", "Điều 3.", "Chương II".
var listItemRe = lazyregexp.New(`^(?:\(?\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|\(?[a-zđ]\)\s|[-–—+•*●■◦▪]\s?|[IVXLC]{1,6}[.)]\s|(?:Điều|Chương|Mục|Phần)\s+[\dIVXLC]+)`)

// render writes regions as text.
func render(regions []*region) string {
	var b bytes.Buffer
	var prev *line      // last line written
	var prevReg *region // its region
	var joined *line    // the line before prev when prev continued its paragraph
	for _, r := range regions {
		leading := r.styleLeadings()
		for i, l := range r.lines {
			t := l.text()
			if t == "" {
				continue
			}
			switch {
			case prev == nil:
			case i == 0 && prevReg != r:
				if prevReg.flow && r.flow && l.page == prev.page+1 && joins(prev, l, prevReg, r, 0) {
					joinLine(&b, t)
					prev, prevReg, joined = l, r, nil
					continue
				}
				b.WriteString("\n\n")
			default:
				lead := leading.of(prev)
				if l.page != prev.page {
					lead = 0 // a table cell that runs over a page break
				}
				// Two lines of one paragraph with the same ends on both
				// sides are full lines of a block narrower than the region,
				// such as a centred title set in a box: its width counts.
				lr := r
				if joined != nil && math.Abs(joined.x0-prev.x0) < 0.5*l.size && math.Abs(joined.x1-prev.x1) < 0.5*l.size {
					box := *r
					box.x0, box.x1 = prev.x0, prev.x1
					lr = &box
				}
				if joins(prev, l, lr, lr, lead) {
					joinLine(&b, t)
					joined, prev = prev, l
					continue
				}
				if math.IsInf(lead, 1) {
					lead = 1.3 * l.size
				}
				if l.base-prev.base > lead+0.25*l.size {
					b.WriteString("\n\n")
				} else {
					b.WriteByte('\n')
				}
			}
			b.WriteString(t)
			prev, prevReg, joined = l, r, nil
		}
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// joinLine appends t, the next line of a paragraph, to the text in b.
// Lines are joined with a space, except after a hyphen that ends a word
// ("NĐ-" / "CP", "COVID-" / "19", "kinh tế-" / "xã hội"): the hyphen
// belongs to a number or a compound and the two parts are one word. A
// Latin word broken over two lines ("Inter-" / "net": letters without
// diacritics on both sides, the second part in lower case) loses the
// hyphen that the line break added.
func joinLine(b *bytes.Buffer, t string) {
	s := b.Bytes()
	if len(s) < 2 || s[len(s)-1] != '-' {
		b.WriteByte(' ')
		b.WriteString(t)
		return
	}
	head := s[:len(s)-1]
	if i := bytes.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
		_, n := utf8.DecodeRune(head[i:])
		head = head[i+n:]
	}
	tail := t
	if i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }); i >= 0 {
		tail = t[:i]
	}
	if len(head) == 0 || tail == "" {
		b.WriteByte(' ') // a dash between words ("1930 -" / "2025"), or nothing to join
		b.WriteString(t)
		return
	}
	if len(head) >= 2 && asciiLetters(string(head)) && asciiLetters(tail) && !upper(string(head)) && unicode.IsLower(rune(tail[0])) {
		b.Truncate(b.Len() - 1)
	}
	b.WriteString(t)
}

func asciiLetters(s string) bool {
	for _, r := range s {
		if r >= 0x80 || !unicode.IsLetter(r) {
			return false
		}
	}
	return s != ""
}

// styleKey tells apart the styles of lines: font and size in whole
// points. OCR lines have no font name and sizes that vary; they are one
// style.
type styleKey struct {
	font string
	size int
}

func keyOf(l *line) styleKey {
	if l.font == "" {
		return styleKey{}
	}
	return styleKey{l.font, int(math.Round(l.size))}
}

// leadings holds the line distance of each style of a region, and that of
// the whole region for styles that have none of their own.
type leadings struct {
	by  map[styleKey]float64
	all float64
}

// of returns the line distance that counts after line l.
func (ls leadings) of(l *line) float64 {
	if d, ok := ls.by[keyOf(l)]; ok {
		return d
	}
	return ls.all
}

// styleLeadings finds the line distance of each style in r. A document
// may set its title single-spaced and its body at 1.5 lines: the smallest
// distance of the region would then cut every paragraph of the body.
func (r *region) styleLeadings() leadings {
	ls := leadings{by: map[styleKey]float64{}, all: math.Inf(1)}
	for i := 1; i < len(r.lines); i++ {
		a, b := r.lines[i-1], r.lines[i]
		d := b.base - a.base
		if d > 0.8*a.size && sameStyle(a, b) {
			ls.all = math.Min(ls.all, d)
			k := keyOf(a)
			if old, ok := ls.by[k]; !ok || d < old {
				ls.by[k] = d
			}
		}
	}
	return ls
}

func sameStyle(a, b *line) bool {
	if a.font != b.font {
		return false
	}
	if a.font == "" {
		// No font name (OCR): sizes come from measured boxes and vary.
		return math.Abs(a.size-b.size) < 0.25*math.Max(a.size, b.size)
	}
	return math.Abs(a.size-b.size) < 0.6
}

// joins tells whether line m continues the paragraph of line l: same
// style, usual line distance (leading 0: across a page break), m is not a
// list item, l was full (the first word of m would not have fitted at its
// end) and m is not indented.
func joins(l, m *line, lr, mr *region, leading float64) bool {
	if !sameStyle(l, m) {
		return false
	}
	if leading > 0 {
		if math.IsInf(leading, 1) {
			return false
		}
		d := m.base - l.base
		tol := 0.2 * m.size
		if m.font == "" {
			tol = 0.45 * m.size // OCR: measured baselines wander
		}
		if d <= 0 || d > leading+tol || d > 1.7*m.size {
			return false
		}
	}
	// Lines in capitals are headings and titles of the header and the
	// signature block ("KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"): one per line.
	// A line in capitals followed by one in lower case changes element
	// too: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do -
	// Hạnh phúc", "CHỈ THỊ" / "Về việc ...".
	if upper(l.text()) {
		return false
	}
	first := m.words[0]
	room := lr.x1 - l.x1
	slack := 0.3 * m.size
	if m.font == "" {
		slack = m.size // OCR: measured right edges wander
	}
	full := room <= first.x1-first.x0+slack
	// A list item starts a line, unless the line before runs to the right
	// edge without ending a clause and m is not indented: then the mark is
	// a dash inside a sentence ("(1930 -⏎2025)").
	// Nor when l is itself an item with the same mark at the same place:
	// the items of a list ("- Ban Bí thư,⏎- Các huyện ủy,").
	if listItemRe.MatchString(m.text()) {
		lt := l.text()
		if !full || m.x0-mr.x0 > 0.5*m.size || strings.HasSuffix(lt, ".") || strings.HasSuffix(lt, ":") || strings.HasSuffix(lt, ";") {
			return false
		}
		if math.Abs(m.x0-l.x0) < 0.5*m.size && listMark(lt) != "" && listMark(lt) == listMark(m.text()) {
			return false
		}
	}
	if !full {
		// l ended early. Centred lines end early on both sides: then the
		// room that counts is the sum of both margins of a wide line.
		left := l.x0 - lr.x0
		centred := math.Abs(left-room) < 0.15*m.size*4 && left > m.size
		if !centred || l.x1-l.x0 < 0.6*(lr.x1-lr.x0) || left+room > 2*(first.x1-first.x0+0.3*m.size)+4*m.size {
			return false
		}
	}
	// Indented first line of a new paragraph (centred lines are not).
	centred := math.Abs((m.x0+m.x1)/2-(l.x0+l.x1)/2) < 0.5*m.size
	if leading > 0 && !centred && m.x0-mr.x0 > 0.5*m.size && math.Abs(m.x0-l.x0) > 0.5*m.size && !(m.x0 > mr.x0+m.size && l.x0 > lr.x0+m.size) {
		return false
	}
	if leading == 0 && m.x0-mr.x0 > 0.5*m.size {
		return false
	}
	return true
}

// listMark returns the bullet that starts s ("-", "+", "•"), or "".
func listMark(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	if s != "" && strings.ContainsRune("-–—+•*●■◦▪", r) {
		return string(r)
	}
	return ""
}

// upper tells whether s has letters and none in lower case.
func upper(s string) bool { return textcase.AllCaps(s, 1) }

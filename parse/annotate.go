package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// annotator maps what the analysis read back to the record's text, so
// that every citation, campaign and launch can carry the span of its words
// as written (directive.Span). The analysis reads its own copy of the text
// (lines trimmed, white space folded, the portal's chrome dropped, header
// lines joined or split), so an offset there is not one in Record.Text:
// the annotator aligns the two by the lines they share, and then finds the
// words themselves near where the analysis read them, allowing any white
// space where the analysis has a space.
//
// The work is bounded: alignment scans at most a few times the text, so a
// text of many lines the record does not hold verbatim stays linear.
type annotator struct {
	rec       string
	lineStart []int  // offsets of the analysis text's lines
	recAt     []int  // offset in rec of each line, or -1
	budget    int    // bytes the searches may still scan
	folded    string // the record's text folded (fold.Mapped), on demand
	foldAt    []int
}

// alignWindow is how far past the last aligned line a line or a mention is
// looked for: the chrome the analysis dropped between two lines.
const alignWindow = 16 << 10

func newAnnotator(rec, analysis string) *annotator {
	a := &annotator{rec: rec, budget: 8*len(rec) + 1<<20}
	cur := 0
	for off := 0; off <= len(analysis); {
		end := strings.IndexByte(analysis[off:], '\n')
		if end < 0 {
			end = len(analysis) - off
		}
		ln := analysis[off : off+end]
		at := -1
		if ln != "" && a.budget > 0 {
			win := a.rec[cur:min(len(a.rec), cur+alignWindow+len(ln))]
			a.budget -= len(win)
			if i := strings.Index(win, ln); i >= 0 {
				at = cur + i
				cur = at + len(ln)
			}
		}
		a.lineStart = append(a.lineStart, off)
		a.recAt = append(a.recAt, at)
		off += end + 1
	}
	return a
}

// span returns where the words needle, which the analysis read at offset
// at of its text, stand in the record's text, or the zero Span when they
// are not there as written.
func (a *annotator) span(at int, needle string) directive.Span {
	needle = strings.TrimSpace(needle)
	if needle == "" {
		return directive.Span{}
	}
	i := sort.SearchInts(a.lineStart, at+1) - 1
	from := 0
	if i >= 0 && i < len(a.recAt) {
		// The same bytes at the same place of an aligned line.
		if a.recAt[i] >= 0 {
			p := a.recAt[i] + at - a.lineStart[i]
			if p >= 0 && p+len(needle) <= len(a.rec) && a.rec[p:p+len(needle)] == needle {
				return directive.Span{Start: p, End: p + len(needle)}
			}
		}
		for j := i; j >= 0 && j > i-64; j-- {
			if a.recAt[j] >= 0 {
				from = a.recAt[j]
				break
			}
		}
	}
	if s, ok := a.find(needle, from, min(len(a.rec), from+2*alignWindow+len(needle))); ok {
		return s
	}
	if s, ok := a.find(needle, 0, len(a.rec)); ok {
		return s
	}
	return directive.Span{}
}

// first returns the span of the first place needle is written in the
// record's text, or the zero Span.
func (a *annotator) first(needle string) directive.Span {
	needle = strings.TrimSpace(needle)
	if needle == "" {
		return directive.Span{}
	}
	s, _ := a.find(needle, 0, len(a.rec))
	return s
}

// find looks for needle in rec[from:to], its words separated by any run of
// white space, at word boundaries.
func (a *annotator) find(needle string, from, to int) (directive.Span, bool) {
	if from < 0 || from >= to || a.budget <= 0 {
		return directive.Span{}, false
	}
	words := strings.Fields(needle)
	if len(words) == 0 {
		return directive.Span{}, false
	}
	hay := a.rec[:to]
	for p := from; p < to; {
		i := strings.Index(hay[p:], words[0])
		if i < 0 {
			a.budget -= to - p
			return directive.Span{}, false
		}
		start := p + i
		a.budget -= i + len(words[0])
		p = start + len(words[0])
		if !boundaryBefore(a.rec, start, words[0]) {
			continue
		}
		end, ok := matchWords(a.rec, p, words[1:])
		if ok && boundaryAfter(a.rec, end, words[len(words)-1]) {
			return directive.Span{Start: start, End: end}, true
		}
		if a.budget <= 0 {
			return directive.Span{}, false
		}
	}
	return directive.Span{}, false
}

// matchWords matches words at p of s, each after a run of white space,
// and returns the offset past the last.
func matchWords(s string, p int, words []string) (int, bool) {
	for _, w := range words {
		q := skipSpace(s, p)
		if q == p || !strings.HasPrefix(s[q:], w) {
			return 0, false
		}
		p = q + len(w)
	}
	return p, true
}

// skipSpace returns the offset past the white space (and the zero-width
// marks copies leave in it) at p of s.
func skipSpace(s string, p int) int {
	for p < len(s) {
		r, n := utf8.DecodeRuneInString(s[p:])
		if !unicode.IsSpace(r) && r != '\u200b' && r != '\ufeff' {
			break
		}
		p += n
	}
	return p
}

// boundaryBefore reports whether a word that starts with w may start at p
// of s: a letter or digit does not follow another.
func boundaryBefore(s string, p int, w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if p == 0 || !isWordRune(r) {
		return true
	}
	q, _ := utf8.DecodeLastRuneInString(s[:p])
	return !isWordRune(q)
}

// boundaryAfter reports whether a word that ends with w may end at p of s.
func boundaryAfter(s string, p int, w string) bool {
	r, _ := utf8.DecodeLastRuneInString(w)
	if p >= len(s) || !isWordRune(r) {
		return true
	}
	q, _ := utf8.DecodeRuneInString(s[p:])
	return !isWordRune(q) && !unicode.Is(unicode.Mn, q)
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// spanSubject sets the span of the subject: the mention a news article
// names it by, or the number of the document's own header.
func spanSubject(d *directive.Directive, h header, subject *mention, lines []string, text string, an *annotator) {
	if subject != nil {
		d.Span = an.span(subject.kindStart, text[subject.kindStart:subject.end])
		return
	}
	if !h.found || h.numberLine < 0 || h.numberLine >= len(lines) {
		return
	}
	ln := lines[h.numberLine]
	m := numberLineRe.Prefixed().FindStringSubmatchIndex(ln)
	if m == nil {
		return
	}
	// The number as written may be spaced ("07 /KH-UBND", "42 - KH/HU"):
	// the fewest words after "Số:" that read as the number.
	want := numKey(d.Number)
	words := strings.Fields(ln[m[2]:m[3]])
	for k := 1; k <= min(len(words), 6); k++ {
		if numKey(strings.Join(words[:k], " ")) != want {
			continue
		}
		at := m[2] + strings.Index(ln[m[2]:], words[0])
		for i := range h.numberLine {
			at += len(lines[i]) + 1
		}
		d.Span = an.span(at, strings.Join(words[:k], " "))
		return
	}
}

// spanNames sets the spans of the campaigns and launches: where the text
// first writes each name.
func spanNames(d *directive.Directive, an *annotator) {
	for i := range d.Campaigns {
		c := &d.Campaigns[i]
		c.Span = an.first(c.Name)
		if c.Span.IsZero() && c.ID != "" {
			// A national campaign named without quotes, in one of its
			// forms: its name is the catalogue's.
			for _, n := range nationalForms() {
				if n.id == c.ID {
					for _, f := range append([]string{fold.String(c.Name)}, n.forms...) {
						if c.Span = an.firstFolded(f); !c.Span.IsZero() {
							break
						}
					}
				}
			}
		}
	}
	for i := range d.Launches {
		name := d.Launches[i].Name
		s := an.first(name)
		if s.IsZero() {
			s = an.first(lowerFirst(name))
		}
		d.Launches[i].Span = s
	}
}

// firstFolded returns the span of the first words of the record's text
// that fold to form (fold.String), or the zero Span.
func (a *annotator) firstFolded(form string) directive.Span {
	if form == "" || a.budget <= 0 {
		return directive.Span{}
	}
	if a.folded == "" && len(a.rec) > 0 {
		a.folded, a.foldAt = fold.Mapped(a.rec)
		a.budget -= len(a.rec)
	}
	for p := 0; p < len(a.folded); {
		i := strings.Index(a.folded[p:], form)
		if i < 0 {
			break
		}
		i += p
		j := i + len(form)
		p = i + 1
		if i > 0 && a.folded[i-1] != ' ' || j < len(a.folded) && a.folded[j] != ' ' {
			continue
		}
		end := len(a.rec)
		if j < len(a.foldAt) {
			end = a.foldAt[j]
		}
		s := directive.Span{Start: a.foldAt[i], End: end}
		// The end stands at the first character after the words: back
		// over the marks and spaces before it.
		w := strings.TrimRightFunc(a.rec[s.Start:s.End], func(r rune) bool { return !isWordRune(r) && !unicode.Is(unicode.Mn, r) })
		s.End = s.Start + len(w)
		return s
	}
	return directive.Span{}
}

// lowerFirst puts the first letter of s in lower case.
func lowerFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToLower(r)) + s[n:]
}

// movedSpans returns d with the spans of its citations, campaigns and
// launches moved from the text from to the text to: each to where to
// first writes the same words, or dropped. The refs of short forms are
// dropped: "Chỉ thị này" of one text is not that of another.
func movedSpans(d directive.Directive, from, to string) directive.Directive {
	an := &annotator{rec: to, budget: 8*len(to) + 1<<20}
	move := func(s directive.Span) directive.Span {
		if w := s.Of(from); w != "" {
			return an.first(w)
		}
		return directive.Span{}
	}
	d.Span, d.Refs = directive.Span{}, nil
	d.Citations = append([]directive.Citation(nil), d.Citations...)
	for i := range d.Citations {
		d.Citations[i].Span = move(d.Citations[i].Span)
		d.Citations[i].Refs = nil
	}
	d.Campaigns = append([]directive.Campaign(nil), d.Campaigns...)
	for i := range d.Campaigns {
		d.Campaigns[i].Span = move(d.Campaigns[i].Span)
	}
	d.Launches = append([]directive.Launch(nil), d.Launches...)
	for i := range d.Launches {
		d.Launches[i].Span = move(d.Launches[i].Span)
	}
	return d
}

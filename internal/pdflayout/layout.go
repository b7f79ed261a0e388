package pdflayout

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/parse/pdf"
)

// Options change how text is assembled.
type Options struct {
	// Decode turns the text of a run of characters set in one font into
	// Unicode (legacy Vietnamese fonts). Nil keeps the text.
	Decode func(text, font string) string
}

// word is a run of characters without white space or a gap.
type word struct {
	text        string
	x0, x1      float64
	top, bottom float64 // glyph box
	base        float64 // baseline
	size        float64
	font        string
	bottoms     []float64 // of each glyph
}

// line is a run of words on one baseline without a wide gap.
type line struct {
	words  []word
	x0, x1 float64
	base   float64
	size   float64
	font   string
	page   int
}

func (l *line) top() float64    { return l.base - 0.7*l.size }
func (l *line) bottom() float64 { return l.base + 0.15*l.size }

func (l *line) text() string {
	var b strings.Builder
	for i, w := range l.words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w.text)
	}
	return b.String()
}

// region is a run of lines read one after the other: the body of a page
// or one column of a header.
type region struct {
	lines  []*line
	x0, x1 float64
	flow   bool // full-width body text, which may continue on the next page
	// Cells of a table know it and their row, so that a table that runs
	// over a page break can be joined (see continueTable).
	tab *table
	row int
	// Columns of a two-column block at the top level know it, so that a
	// footer that runs over a page break can be joined (continueColumns).
	set *colSet
	col int
}

// table is a table read on one page: its cells row by row, and whether
// its rows are marked by a column of numbers.
type table struct {
	rows     [][]*region
	anchored bool
}

// Text returns the text of pages in reading order: NFC is left to the
// caller; lines end in "\n" and paragraphs that are apart on the page are
// separated by a blank line.
func Text(pages []*pdf.Page, opt Options) string {
	return NewPages(pages, opt).Text(len(pages))
}

// splitSheet returns the two pages of a landscape sheet printed "two pages
// per sheet" (each half a page of its own, as pdfjam, pdfnup or a print
// dialog set them, often as form XObjects), left then right, or the sheet
// itself. Such a sheet has an empty strip at least 4 % of its width wide
// near the middle that no character crosses from top to bottom, and text
// on both halves that spans most of the sheet's height. A page in two
// columns is portrait, or its columns do not both run from the top.
func splitSheet(p *pdf.Page) []*pdf.Page {
	if p.Width <= p.Height || len(p.Chars) < 100 {
		return []*pdf.Page{p}
	}
	type span struct{ a, b float64 }
	var spans []span
	for _, c := range p.Chars {
		if isSpace(c.R) || c.Right <= c.Left {
			continue
		}
		spans = append(spans, span{c.Left, c.Right})
	}
	if len(spans) < 100 {
		return []*pdf.Page{p}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].a < spans[j].a })
	lo, hi := 0.35*p.Width, 0.65*p.Width
	cut := -1.0
	end := spans[0].b
	for _, s := range spans[1:] {
		if s.a-end >= 0.04*p.Width {
			if mid := (s.a + end) / 2; mid > lo && mid < hi {
				cut = mid
				break
			}
		}
		end = math.Max(end, s.b)
	}
	if cut < 0 {
		return []*pdf.Page{p}
	}
	left := &pdf.Page{Index: p.Index, Width: cut, Height: p.Height, Images: p.Images}
	right := &pdf.Page{Index: p.Index, Width: p.Width - cut, Height: p.Height, Images: p.Images}
	for _, c := range p.Chars {
		if (c.Left+c.Right)/2 < cut {
			left.Chars = append(left.Chars, c)
		} else {
			right.Chars = append(right.Chars, c)
		}
	}
	// Both halves must read as pages: text from near the top to near the
	// bottom of the sheet on each side.
	tall := func(q *pdf.Page) bool {
		top, bottom, n := math.Inf(1), math.Inf(-1), 0
		for _, c := range q.Chars {
			if isSpace(c.R) {
				continue
			}
			n++
			top, bottom = math.Min(top, c.Top), math.Max(bottom, c.Bottom)
		}
		return n >= 20 && bottom-top > 0.5*p.Height
	}
	if !tall(left) || !tall(right) {
		return []*pdf.Page{p}
	}
	return []*pdf.Page{left, right}
}

// Lines returns the text of one page line by line in reading order,
// without joining paragraphs (for tests and debugging).
func Lines(p *pdf.Page, opt Options) []string {
	var out []string
	for _, r := range layout(dropPageNumbers(lines(p, 0, opt)), 0) {
		for _, l := range r.lines {
			out = append(out, l.text())
		}
	}
	return out
}

func isSpace(r rune) bool {
	return r == ' ' || r == '\r' || r == '\n' || r == '\t' || r == 0xa0 || r == 0x3000 || (r >= 0x2000 && r <= 0x200b)
}

// words splits the characters of a page into words.
//
// A character drawn over the one before it, such as the tone mark of a VNI
// font (a zero-width glyph that follows its letter: "o" + "á" = "ố"),
// belongs to that letter's word whatever its height, and the gap to the
// next character is measured from the letter, not from the mark.
func words(p *pdf.Page, opt Options) []word {
	upright := 0
	for _, c := range p.Chars {
		if math.Abs(c.Angle) < 0.05 || math.Abs(c.Angle-2*math.Pi) < 0.05 {
			upright++
		}
	}
	keepAll := upright*2 < len(p.Chars)
	var out []word
	var cur []pdf.Char
	var marks []bool // of each char of cur: drawn over the letter before
	base := -1       // index in cur of the last char that is not a mark
	flush := func() {
		if len(cur) > 0 {
			out = append(out, makeWord(cur, marks, opt))
			cur, marks, base = cur[:0], marks[:0], -1
		}
	}
	for _, c := range p.Chars {
		if !keepAll && !(math.Abs(c.Angle) < 0.05 || math.Abs(c.Angle-2*math.Pi) < 0.05) {
			continue // watermarks, stamps, vertical margin notes
		}
		if isSpace(c.R) || c.R == 0 || c.R == 0xfffe || c.R == 0xffff || c.Right < c.Left {
			flush()
			continue
		}
		if unicode.IsControl(c.R) {
			continue
		}
		mark := false
		if base >= 0 {
			prev := cur[base]
			size := math.Max(prev.Size, 1)
			if prev.Size == 0 {
				size = math.Max(prev.Bottom-prev.Top, 4)
			}
			mark = overMark(prev, c, size)
			gap := c.Left - prev.Right
			// New word on a gap, a step back, or another baseline. The
			// tight boxes of punctuation ("”,") sit high or low on the
			// line: next to a small glyph only a gap counts.
			small := c.Bottom-c.Top < 0.4*size || prev.Bottom-prev.Top < 0.4*size
			other := !small && math.Abs(c.Bottom-prev.Bottom) > 0.5*size && math.Abs(c.Top-prev.Top) > 0.5*size
			limit := 0.2 * size
			if unicode.IsDigit(prev.R) && unicode.IsDigit(c.R) {
				// Digits share one advance, but the tight box of a "1"
				// is narrow: the two of "11" stand a quarter em apart
				// (Word, Times New Roman), a space between digits
				// twice that.
				limit = 0.35 * size
			}
			if !mark && (gap > limit || c.Left < prev.Left-0.5*size || other) {
				flush()
				mark = false
			}
		}
		cur = append(cur, c)
		marks = append(marks, mark)
		if !mark {
			base = len(cur) - 1
		}
	}
	flush()
	return out
}

// overMark tells whether c is drawn over the letter l before it: a
// diacritic set as a glyph of its own (VNI fonts, decomposed text), above,
// below or both ("ộ"). Letters side by side hardly overlap; a mark lies
// mostly within the width of its letter, no further than a line away.
func overMark(l, c pdf.Char, size float64) bool {
	w := l.Right - l.Left
	if w <= 0 || c.Right-c.Left > 1.2*w {
		return false
	}
	overlap := math.Min(l.Right, c.Right) - math.Max(l.Left, c.Left)
	if overlap <= 0 || overlap < 0.5*(c.Right-c.Left) {
		return false
	}
	return c.Top >= l.Top-0.8*size && c.Bottom <= l.Bottom+0.5*size
}

// makeWord joins characters into a word; marks[i] tells that cs[i] is
// drawn over the letter before it, which keeps it out of the baseline.
func makeWord(cs []pdf.Char, marks []bool, opt Options) word {
	w := word{x0: cs[0].Left, x1: cs[0].Right, top: cs[0].Top, bottom: cs[0].Bottom}
	var b strings.Builder
	fonts := map[string]int{}
	bottoms := make([]float64, 0, len(cs))
	start := 0
	for i, c := range cs {
		w.x0 = math.Min(w.x0, c.Left)
		w.x1 = math.Max(w.x1, c.Right)
		w.top = math.Min(w.top, c.Top)
		w.bottom = math.Max(w.bottom, c.Bottom)
		w.size = math.Max(w.size, c.Size)
		fonts[c.Font]++
		if !marks[i] {
			bottoms = append(bottoms, c.Bottom)
		}
		if i == len(cs)-1 || cs[i+1].Font != c.Font {
			run := make([]rune, 0, i+1-start)
			for _, x := range cs[start : i+1] {
				run = append(run, x.R)
			}
			s := string(run)
			if opt.Decode != nil {
				s = opt.Decode(s, c.Font)
			}
			b.WriteString(s)
			start = i + 1
		}
	}
	w.text = b.String()
	best := 0
	for f, n := range fonts {
		if n > best || n == best && f < w.font {
			w.font, best = f, n
		}
	}
	// Most glyphs sit on the baseline; those with descenders or a dot
	// below go lower, so the baseline is the lower median of bottoms.
	sort.Float64s(bottoms)
	w.base = bottoms[(len(bottoms)-1)/2]
	w.bottoms = bottoms
	if w.size <= 0 {
		w.size = math.Max(w.bottom-w.top, 4)
	}
	return w
}

// lines groups the words of a page into lines and splits lines at wide
// gaps (a gap of 1.5 em or more separates two columns). A word belongs to
// a line when the middle of its box lies within the line's height.
func lines(p *pdf.Page, page int, opt Options) []*line {
	ws := words(p, opt)
	mid := func(w word) float64 { return (w.top + w.bottom) / 2 }
	sort.SliceStable(ws, func(i, j int) bool { return mid(ws[i]) < mid(ws[j]) })
	var out []*line
	for i := 0; i < len(ws); {
		top, bottom := ws[i].top, ws[i].bottom
		if h := 0.4 * ws[i].size; bottom-top < h {
			top, bottom = mid(ws[i])-h, mid(ws[i])+h
		}
		j := i + 1
		for j < len(ws) && mid(ws[j]) <= bottom && mid(ws[j]) >= top {
			bottom = math.Max(bottom, math.Min(ws[j].bottom, mid(ws[j])+0.5*ws[j].size))
			j++
		}
		for _, group := range byBaseline(ws[i:j]) {
			out = append(out, splitGaps(group, page)...)
		}
		i = j
	}
	return out
}

// byBaseline splits words that were grouped as one line because their
// boxes overlap into the lines of the baselines they sit on: a line of a
// column set in a larger type, such as the "PHÓ CHỦ TỊCH" of a signature
// block, reaches into two lines of the small recipients list beside it.
// Words of at least half their size in height count; a baseline needs two
// of them, or one in the largest type of the group (not a superscript).
// Words without height (punctuation, dashes) go to the nearest line.
func byBaseline(ws []word) [][]word {
	if len(ws) < 3 {
		return [][]word{slices.Clone(ws)}
	}
	big := 0.0
	var tall []word
	for _, w := range ws {
		big = math.Max(big, w.size)
		if w.bottom-w.top >= 0.5*w.size {
			tall = append(tall, w)
		}
	}
	sort.SliceStable(tall, func(a, b int) bool { return tall[a].base < tall[b].base })
	type row struct {
		base, size float64
		n          int
		big        bool
	}
	var rows []row
	for _, w := range tall {
		if k := len(rows) - 1; k >= 0 && w.base-rows[k].base <= 0.35*math.Max(w.size, rows[k].size) {
			rows[k].n++
			rows[k].big = rows[k].big || w.size >= 0.9*big
			rows[k].size = math.Max(rows[k].size, w.size)
			continue
		}
		rows = append(rows, row{base: w.base, size: w.size, n: 1, big: w.size >= 0.9*big})
	}
	kept := rows[:0]
	for _, r := range rows {
		if r.n >= 2 || r.big {
			kept = append(kept, r)
		}
	}
	if len(kept) < 2 {
		return [][]word{slices.Clone(ws)}
	}
	out := make([][]word, len(kept))
	for _, w := range ws {
		best, dist := 0, math.Inf(1)
		for k, r := range kept {
			if d := math.Abs((w.top+w.bottom)/2 - (r.base - 0.33*r.size)); d < dist {
				best, dist = k, d
			}
		}
		out[best] = append(out[best], w)
	}
	return slices.DeleteFunc(out, func(g []word) bool { return len(g) == 0 })
}

// splitGaps sorts the words of one line from left to right and splits it
// at gaps wide enough to separate two columns or cells.
func splitGaps(group []word, page int) []*line {
	var out []*line
	{
		sort.SliceStable(group, func(a, b int) bool { return group[a].x0 < group[b].x0 })
		// Gaps between words of a justified line are all alike; a gap
		// much wider than the others separates two cells or columns.
		gaps := make([]float64, 0, len(group))
		for k := 1; k < len(group); k++ {
			gaps = append(gaps, group[k].x0-group[k-1].x1)
		}
		med := 0.0
		if len(gaps) > 0 {
			sorted := slices.Clone(gaps)
			sort.Float64s(sorted)
			med = sorted[len(sorted)/2]
		}
		cur := &line{page: page}
		for k, w := range group {
			if k > 0 {
				prev := group[k-1]
				size := math.Max(prev.size, w.size)
				gap := w.x0 - prev.x1
				if (gap > 1.5*size || gap > 0.8*size && gap > 2.5*med) && !fillBlank(group[:k], w.text) {
					out = append(out, finish(cur))
					cur = &line{page: page}
				}
			}
			cur.words = append(cur.words, w)
		}
		out = append(out, finish(cur))
	}
	return out
}

// fillBlank reports whether the gap before the word after, which follows
// the words before on its line, is a blank left in the header for what is
// written in by hand or stamped after printing: the number ("Số:" …
// "/BC-STC") and the day and month ("ngày" … "tháng" … "năm 2024"). Such a
// gap is as wide as a column gap, but the words around it are one line. A
// number written in the blank that OCR reads as a stray mark or two ("Số:
// đ" … "/CT-UBND") leaves the blank after it.
func fillBlank(before []word, after string) bool {
	n := len(before)
	prev := strings.ToLower(before[n-1].text)
	switch {
	case strings.HasPrefix(after, "/"):
		return prev == "số:" || n >= 2 && strings.ToLower(before[n-2].text) == "số:" && utf8.RuneCountInString(prev) <= 4
	case prev == "ngày":
		return strings.ToLower(after) == "tháng"
	case prev == "tháng":
		return strings.ToLower(after) == "năm"
	}
	return false
}

func finish(l *line) *line {
	l.x0, l.x1 = l.words[0].x0, l.words[0].x1
	fonts := map[string]int{}
	var bases []float64
	for _, w := range l.words {
		l.x0 = math.Min(l.x0, w.x0)
		l.x1 = math.Max(l.x1, w.x1)
		l.size = math.Max(l.size, w.size)
		fonts[w.font] += len(w.text)
		bases = append(bases, w.bottoms...)
	}
	sort.Float64s(bases)
	l.base = bases[(len(bases)-1)/2]
	best := 0
	for f, n := range fonts {
		if n > best || n == best && f < l.font {
			l.font, best = f, n
		}
	}
	return l
}

var pageNumberRe = lazyregexp.New(`^(?:[-–—]\s*)?(?:(?i:trang|page)\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?$`)

// dropPageNumbers removes a lone page number above or below the text.
func dropPageNumbers(ls []*line) []*line {
	if len(ls) < 3 {
		return ls
	}
	sorted := slices.Clone(ls)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].base < sorted[j].base })
	drop := map[*line]bool{}
	first, second := sorted[0], sorted[1]
	if pageNumberRe.MatchString(first.text()) && second.top()-first.bottom() > 0.8*first.size {
		drop[first] = true
	}
	last, before := sorted[len(sorted)-1], sorted[len(sorted)-2]
	if pageNumberRe.MatchString(last.text()) && last.top()-before.bottom() > 0.8*last.size {
		drop[last] = true
	}
	if len(drop) == 0 {
		return ls
	}
	out := ls[:0:0]
	for _, l := range ls {
		if !drop[l] {
			out = append(out, l)
		}
	}
	return out
}

package pdflayout

import (
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// maxDepth bounds the nesting of columns inside columns.
const maxDepth = 4

// maxColumnLines bounds the lines of a page that are searched for
// columns (the search is quadratic); a page with more, such as a huge
// table, is read line by line.
const maxColumnLines = 3000

type interval struct{ a, b float64 }

// rowLabelRe matches the cell of a table's number column: "STT", "TT",
// "1", "12.", "IV", "a)".
var rowLabelRe = lazyregexp.New(`^(?:(?i:STT|TT|Số TT)|\d{1,3}[.)]?|[IVX]{1,5}\.?|[a-zđ]\))$`)

// layout orders lines into regions: full-width flow, columns of a
// multi-column section, cells of a table.
func layout(ls []*line, depth int) []*region {
	if len(ls) == 0 {
		return nil
	}
	ls = slices.Clone(ls)
	sort.SliceStable(ls, func(i, j int) bool {
		if ls[i].top() != ls[j].top() {
			return ls[i].top() < ls[j].top()
		}
		return ls[i].x0 < ls[j].x0
	})
	// Bands: lines whose vertical extents overlap.
	var bands [][]*line
	bottom := math.Inf(-1)
	for _, l := range ls {
		if len(bands) == 0 || l.top() >= bottom {
			bands = append(bands, nil)
			bottom = l.bottom()
		}
		bands[len(bands)-1] = append(bands[len(bands)-1], l)
		bottom = math.Max(bottom, l.bottom())
	}
	minGap := 0.5 * medianSize(ls)
	left, right := math.Inf(1), math.Inf(-1)
	for _, l := range ls {
		left, right = math.Min(left, l.x0), math.Max(right, l.x1)
	}
	// Sections: runs of bands that keep a common vertical gap.
	var out []*region
	var flow *region
	addFlow := func(sec []*line) {
		if flow == nil {
			flow = &region{flow: depth == 0}
			out = append(out, flow)
		}
		sort.SliceStable(sec, func(i, j int) bool {
			if math.Abs(sec[i].base-sec[j].base) > 0.35*sec[i].size {
				return sec[i].base < sec[j].base
			}
			return sec[i].x0 < sec[j].x0
		})
		flow.lines = append(flow.lines, sec...)
	}
	for i := 0; i < len(bands); {
		sec := slices.Clone(bands[i])
		nb := 1
		j := i + 1
		// A section starts at a band that has a gap itself, or at a lone
		// line in the right part (a signature block's title set a little
		// higher than the "Nơi nhận" beside it): a lone line at the left
		// (the last line of a paragraph) is never the top of columns.
		if len(gaps(sec, minGap)) == 0 && !(len(sec) == 1 && sec[0].x0 > left+0.4*(right-left)) {
			i = j
			addFlow(sec)
			continue
		}
		for ; j < len(bands) && len(ls) <= maxColumnLines; j++ {
			next := append(slices.Clone(sec), bands[j]...)
			// A lone line that closes a gap of a table (a heading under
			// it, short enough to leave the other gaps open) ends it.
			ng, og := len(gaps(next, minGap)), len(gaps(sec, minGap))
			if ng == 0 || len(bands[j]) == 1 && og >= 2 && ng < og || centredBelow(bands[j], sec, left, right) {
				break
			}
			sec = next
			nb++
		}
		i = j
		g := gaps(sec, minGap)
		if len(g) == 0 || depth >= maxDepth || len(ls) > maxColumnLines {
			addFlow(sec)
			continue
		}
		flow = nil
		cols := columns(sec, g)
		if len(cols) >= 3 && nb >= 2 {
			out = append(out, readTable(sec, cols, g)...)
			continue
		}
		set := &colSet{}
		for ci, c := range cols {
			span := interval{math.Inf(1), math.Inf(-1)}
			for _, l := range c {
				span = interval{math.Min(span.a, l.x0), math.Max(span.b, l.x1)}
			}
			set.spans = append(set.spans, span)
			for _, r := range layout(c, depth+1) {
				r.flow = false
				if depth == 0 {
					r.set, r.col = set, ci
				}
				out = append(out, r)
			}
		}
	}
	for _, r := range out {
		r.bounds()
	}
	return out
}

// centredBelow tells whether band, below the columns of sec, is a lone
// line centred between left and right rather than in the column it falls
// in: the name of the document ("KẾ HOẠCH") under a two-block header whose
// blocks leave their gap left of the middle of the page. Such a line ends
// the columns although it crosses no gap.
func centredBelow(band, sec []*line, left, right float64) bool {
	if len(band) != 1 {
		return false
	}
	l := band[0]
	bottom, colMid, n := math.Inf(-1), 0.0, 0
	for _, s := range sec {
		bottom = math.Max(bottom, s.bottom())
		if s.x0 < l.x1 && s.x1 > l.x0 {
			colMid += (s.x0 + s.x1) / 2
			n++
		}
	}
	mid := (l.x0 + l.x1) / 2
	if n == 0 || l.top()-bottom < 0.8*l.size || math.Abs(mid-(left+right)/2) > l.size {
		return false
	}
	return math.Abs(mid-colMid/float64(n)) > 2*l.size
}

func (r *region) bounds() {
	r.x0, r.x1 = math.Inf(1), math.Inf(-1)
	for _, l := range r.lines {
		r.x0 = math.Min(r.x0, l.x0)
		r.x1 = math.Max(r.x1, l.x1)
	}
}

func medianSize(ls []*line) float64 {
	s := make([]float64, len(ls))
	for i, l := range ls {
		s[i] = l.size
	}
	sort.Float64s(s)
	if len(s) == 0 || s[len(s)/2] <= 0 {
		return 12
	}
	return s[len(s)/2]
}

// gaps returns the vertical strips at least minGap wide that no line of ls
// crosses, between the leftmost and the rightmost line.
func gaps(ls []*line, minGap float64) []interval {
	iv := make([]interval, len(ls))
	for i, l := range ls {
		iv[i] = interval{l.x0, l.x1}
	}
	sort.Slice(iv, func(i, j int) bool { return iv[i].a < iv[j].a })
	var out []interval
	end := iv[0].b
	for _, x := range iv[1:] {
		if x.a-end >= minGap {
			out = append(out, interval{end, x.a})
		}
		end = math.Max(end, x.b)
	}
	return out
}

// columns splits lines by the gaps between them.
func columns(ls []*line, g []interval) [][]*line {
	cols := make([][]*line, len(g)+1)
	for _, l := range ls {
		k := sort.Search(len(g), func(i int) bool { return g[i].a >= l.x1 })
		cols[k] = append(cols[k], l)
	}
	out := cols[:0]
	for _, c := range cols {
		if len(c) > 0 {
			out = append(out, c)
		}
	}
	return out
}

// table reads a section of three or more columns row by row. Rows are cut
// where the vertical space between two text lines is wider than the space
// between the wrapped lines of a cell.
func readTable(sec []*line, cols [][]*line, g []interval) []*region {
	sort.SliceStable(sec, func(i, j int) bool { return sec[i].top() < sec[j].top() })
	// Bands of the section, and the space above each.
	type band struct {
		lines []*line
		space float64
	}
	var bands []band
	bottom := math.Inf(-1)
	for _, l := range sec {
		if len(bands) == 0 || l.top() >= bottom {
			bands = append(bands, band{space: l.top() - bottom})
			bottom = l.bottom()
		}
		bands[len(bands)-1].lines = append(bands[len(bands)-1].lines, l)
		bottom = math.Max(bottom, l.bottom())
	}
	minSpace := math.Inf(1)
	for _, b := range bands[1:] {
		minSpace = math.Min(minSpace, b.space)
	}
	size := medianSize(sec)
	// A first column of row numbers ("STT", "1", "2", …) marks the top
	// of each row, which the space between lines does not when cells
	// have no padding: the second line of a head cell is then as close to
	// the first row as to the first line of its own cell.
	anchors := map[*line]bool{}
	for _, l := range cols[0] {
		if !rowLabelRe.MatchString(l.text()) {
			anchors = nil
			break
		}
		anchors[l] = true
	}
	if len(anchors) < 2 {
		anchors = nil
	}
	var rows [][]*line
	for i, b := range bands {
		start := i == 0
		if anchors != nil {
			for _, l := range b.lines {
				start = start || anchors[l]
			}
		} else if b.space > minSpace+0.15*size {
			start = true
		}
		if start {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], b.lines...)
	}
	var out []*region
	tab := &table{anchored: anchors != nil}
	for ri, row := range rows {
		tab.rows = append(tab.rows, nil)
		// The columns of one row are clearer than those of the whole
		// table, where a long cell may cover a narrow gap.
		if rg := gaps(row, 0.4*size); len(rg) >= len(g) {
			g = rg
		}
		cells := make([][]*line, len(g)+1)
		for _, l := range row {
			k := sort.Search(len(g), func(i int) bool { return g[i].a >= l.x1 })
			cells[k] = append(cells[k], l)
		}
		for _, c := range cells {
			if len(c) == 0 {
				continue
			}
			sort.SliceStable(c, func(i, j int) bool {
				if math.Abs(c[i].base-c[j].base) > 0.35*c[i].size {
					return c[i].base < c[j].base
				}
				return c[i].x0 < c[j].x0
			})
			r := &region{lines: c, tab: tab, row: ri}
			tab.rows[ri] = append(tab.rows[ri], r)
			out = append(out, r)
		}
	}
	return out
}

// continueTable joins the regions of a page, cur, to those of the pages
// before, prev, when a table runs over the page break: the head row that
// Word and LibreOffice repeat at the top of the page is dropped, and in a
// table whose rows are numbered, the lines above the first number are the
// end of the last row of the page before and are moved into its cells.
// It returns the regions of cur that are left.
func continueTable(prev, cur []*region) []*region {
	if len(prev) == 0 || len(cur) == 0 || cur[0].tab == nil || prev[len(prev)-1].tab == nil {
		return cur
	}
	t0, t1 := prev[len(prev)-1].tab, cur[0].tab
	if len(t0.rows) < 2 || len(t1.rows) == 0 {
		return cur
	}
	// Lines of t1's first row that repeat t0's head.
	head := map[string]int{}
	n := 0
	for _, r := range t0.rows[0] {
		for _, l := range r.lines {
			head[l.text()]++
			n++
		}
	}
	drop := map[*line]bool{}
	for _, r := range t1.rows[0] {
		for _, l := range r.lines {
			if head[l.text()] > 0 {
				head[l.text()]--
				drop[l] = true
			}
		}
	}
	repeated := len(drop) == n
	if !repeated {
		drop = map[*line]bool{}
	}
	// What is left of the first row continues the last row before,
	// unless it has a number of its own.
	moveOn := t1.anchored && t0.anchored
	for _, r := range t1.rows[0] {
		for _, l := range r.lines {
			if !drop[l] && anchorsRow(t1, l) {
				moveOn = false
			}
		}
	}
	last := t0.rows[len(t0.rows)-1]
	emptied := map[*region]bool{}
	for _, r := range t1.rows[0] {
		var keep []*line
		for _, l := range r.lines {
			if drop[l] {
				continue
			}
			if moveOn {
				if to := overlapping(last, l); to != nil {
					to.lines = append(to.lines, l)
					to.bounds()
					continue
				}
			}
			keep = append(keep, l)
		}
		r.lines = keep
		if len(keep) == 0 {
			emptied[r] = true
		} else {
			r.bounds()
		}
	}
	out := cur[:0:0]
	for _, r := range cur {
		if !emptied[r] {
			out = append(out, r)
		}
	}
	return out
}

// overlapping returns the cell of row that lies over l, or nil.
func overlapping(row []*region, l *line) *region {
	for _, r := range row {
		if r.x0 < l.x1 && l.x0 < r.x1 {
			return r
		}
	}
	return nil
}

// anchorsRow tells whether l is the number that starts a row of t.
func anchorsRow(t *table, l *line) bool {
	return t.anchored && rowLabelRe.MatchString(l.text())
}

// colSet is a multi-column section of a page (the two blocks of a header
// or footer): the horizontal span of each of its columns.
type colSet struct {
	spans []interval
}

// noiNhanRe matches the line that opens the list of recipients.
var noiNhanRe = lazyregexp.New(`^(?i:nơi nhận|noi nhan)\b`)

// headerLineRe matches lines of a document's header, which start a new
// document rather than go on with the footer of the one before.
var headerLineRe = lazyregexp.New(`^(?:CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập|Số[: ]|PHỤ LỤC)`)

// continueColumns joins a footer whose two blocks run over a page break.
// When the regions of the pages before, prev, end with a two-column block
// that holds "Nơi nhận:", the recipients and the signature beside them,
// the lines at the top of the next page, cur, that lie within one of its
// columns (the rest of the list, the signer's name) are moved to the end
// of that column, as continueTable does for the rows of a table. The
// reverse is joined too: the list begun at the foot of a page in a single
// column, its signature block on the next page, is moved to the left
// column of the block there. It returns the regions of cur that are left.
func continueColumns(prev, cur []*region) []*region {
	if len(prev) == 0 || len(cur) == 0 {
		return cur
	}
	last := prev[len(prev)-1]
	if last.set == nil {
		return listBeforeColumns(last, cur)
	}
	set := last.set
	cols := map[int]*region{} // the last region of each column
	recipients := false
	for _, r := range prev {
		if r.set != set {
			continue
		}
		cols[r.col] = r
		for _, l := range r.lines {
			recipients = recipients || noiNhanRe.MatchString(norm.NFC.String(l.text()))
		}
	}
	if !recipients {
		return cur
	}
	// The lines at the top of cur, in the order they are read.
	type move struct {
		l   *line
		col int
	}
	var moves []move
	emptied := map[*region]bool{}
	for _, r := range cur {
		if r.tab != nil {
			break
		}
		n := 0
		for _, l := range r.lines {
			t := norm.NFC.String(l.text())
			if headerLineRe.MatchString(t) || noiNhanRe.MatchString(t) {
				break
			}
			ci := columnOf(set, l)
			if ci < 0 || cols[ci] == nil {
				break
			}
			moves = append(moves, move{l, ci})
			n++
		}
		if n < len(r.lines) {
			r.lines = r.lines[n:]
			break
		}
		emptied[r] = true
	}
	if len(moves) == 0 {
		return cur
	}
	for _, m := range moves {
		cols[m.col].lines = append(cols[m.col].lines, m.l)
	}
	for _, r := range cols {
		r.bounds()
	}
	out := cur[:0:0]
	for _, r := range cur {
		if emptied[r] {
			continue
		}
		r.bounds()
		out = append(out, r)
	}
	return out
}

// columnOf returns the column of set that line l lies within, or -1.
func columnOf(set *colSet, l *line) int {
	for i, s := range set.spans {
		if l.x0 >= s.a-l.size && l.x1 <= s.b+l.size {
			return i
		}
	}
	return -1
}

// listBeforeColumns handles a list of recipients that starts at the foot
// of a page, in last, while its signature block begins the next page, cur,
// as a two-column block: the lines of last from "Nơi nhận" on, all within
// the left column of that block, are put at its head.
func listBeforeColumns(last *region, cur []*region) []*region {
	if cur[0].set == nil || len(last.lines) == 0 {
		return cur
	}
	set := cur[0].set
	start := -1
	for i := len(last.lines) - 1; i >= 0; i-- {
		l := last.lines[i]
		if l.x1 > set.spans[0].b+l.size {
			break
		}
		if noiNhanRe.MatchString(norm.NFC.String(l.text())) {
			start = i
			break
		}
	}
	if start < 0 {
		return cur
	}
	for _, r := range cur {
		if r.set != set {
			break
		}
		if r.col == 0 {
			for _, l := range r.lines {
				if t := norm.NFC.String(l.text()); headerLineRe.MatchString(t) || noiNhanRe.MatchString(t) || !startsList(t) {
					return cur
				}
			}
			r.lines = append(slices.Clone(last.lines[start:]), r.lines...)
			r.bounds()
			last.lines = last.lines[:start]
			last.bounds()
			return cur
		}
	}
	return cur
}

// startsList tells whether t is an item of a list of recipients ("- Sở
// Nội vụ;") or its continuation in lower case.
func startsList(t string) bool {
	for _, r := range t {
		return strings.ContainsRune("-–+•", r) || unicode.IsLower(r)
	}
	return false
}

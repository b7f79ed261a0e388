package pdflayout

import (
	"math"
	"slices"
	"sort"
)

// maxDepth bounds the nesting of columns inside columns.
const maxDepth = 4

// maxColumnLines bounds the lines of a page that are searched for
// columns (the search is quadratic); a page with more, such as a huge
// table, is read line by line.
const maxColumnLines = 3000

type interval struct{ a, b float64 }

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
			if len(gaps(next, minGap)) == 0 {
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
			out = append(out, table(sec, cols, g)...)
			continue
		}
		for _, c := range cols {
			for _, r := range layout(c, depth+1) {
				r.flow = false
				out = append(out, r)
			}
		}
	}
	for _, r := range out {
		r.bounds()
	}
	return out
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
func table(sec []*line, cols [][]*line, g []interval) []*region {
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
	var rows [][]*line
	for i, b := range bands {
		if i == 0 || b.space > minSpace+0.15*size {
			rows = append(rows, nil)
		}
		rows[len(rows)-1] = append(rows[len(rows)-1], b.lines...)
	}
	var out []*region
	for _, row := range rows {
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
			out = append(out, &region{lines: c})
		}
	}
	return out
}

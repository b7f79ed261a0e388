package pdflayout

import "github.com/vnthidua/thidua/parse/pdf"

// Pages lays out the pages of a document each once, for Lines of one page
// and Text of the first pages: a reader that looks at the top lines of
// each page before it picks the pages to read (parse's firstDocument)
// shares the work with the text it makes of them.
type Pages struct {
	pages []*pdf.Page
	opt   Options
	laid  []*sheet // by page; nil until laid out
}

// sheet is one page laid out: the regions of each page it holds (two for
// a sheet printed two pages up, see splitSheet), line pages not yet
// numbered.
type sheet struct {
	halves [][]*region
	whole  []*region // the sheet read as one page, for Lines; nil when it is one
}

// NewPages returns the pages to lay out with opt; nil pages are
// unreadable ones, skipped.
func NewPages(pages []*pdf.Page, opt Options) *Pages {
	return &Pages{pages: pages, opt: opt, laid: make([]*sheet, len(pages))}
}

func (ps *Pages) sheet(i int) *sheet {
	if ps.laid[i] == nil {
		s := &sheet{}
		halves := splitSheet(ps.pages[i])
		for _, p := range halves {
			s.halves = append(s.halves, layout(dropPageNumbers(lines(p, 0, ps.opt)), 0))
		}
		if len(halves) > 1 {
			s.whole = layout(dropPageNumbers(lines(ps.pages[i], 0, ps.opt)), 0)
		} else {
			s.whole = s.halves[0]
		}
		ps.laid[i] = s
	}
	return ps.laid[i]
}

// Lines returns the text of page i line by line in reading order, as
// Lines does.
func (ps *Pages) Lines(i int) []string {
	if ps.pages[i] == nil {
		return nil
	}
	var out []string
	for _, r := range ps.sheet(i).whole {
		for _, l := range r.lines {
			out = append(out, l.text())
		}
	}
	return out
}

// Text returns the text of the first n pages, as Text does.
func (ps *Pages) Text(n int) string {
	var regions []*region
	pi := 0 // pages as read: the two halves of a two-up sheet are two
	for i := range min(n, len(ps.pages)) {
		if ps.pages[i] == nil {
			pi++
			continue
		}
		for _, rs := range ps.sheet(i).halves {
			numberLines(rs, pi)
			cur := continueTable(regions, rs)
			regions = append(regions, continueColumns(regions, cur)...)
			pi++
		}
	}
	return render(regions)
}

// numberLines sets the page of the lines of regions laid out before
// their page's place among the pages read was known.
func numberLines(rs []*region, page int) {
	for _, r := range rs {
		for _, l := range r.lines {
			l.page = page
		}
	}
}

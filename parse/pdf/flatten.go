package pdf

import (
	"math"
	"slices"
	"unicode/utf8"

	"github.com/tetratelabs/wazero/api"
)

// PDFium's constants used here (fpdf_annot.h, fpdf_flatten.h).
const (
	annotWidget          = 20 // FPDF_ANNOT_WIDGET
	flattenNormalDisplay = 0  // FLAT_NORMALDISPLAY
	flattenSuccess       = 1  // FLATTEN_SUCCESS
)

// addWidgetChars adds to text page p (page i, open as page, with at least
// fewLetters letters: the caller checks) the characters drawn by the
// appearances of its form fields, each with the font and size of the text
// beside it; s is readPage's scratch block. A failure of PDFium leaves p
// as it was, since the widgets are an addition to a page that reads
// without them; only the end of the context is returned, as readPage
// returns it.
func (d *reader) addWidgetChars(page uint64, i int, s uint32, p *Page) error {
	wc, err := d.widgetChars(page, i, s, p.Height)
	if err := d.check(); err != nil {
		return err
	}
	if err != nil || len(wc) == 0 {
		return nil
	}
	// A widget's box may overlap the page's own text, which the flattened
	// page holds as well: only characters the page does not have are new.
	wc = slices.DeleteFunc(wc, func(c Char) bool {
		for _, o := range p.Chars {
			if o.R == c.R && math.Abs(o.Left-c.Left) < 0.5 && math.Abs(o.Top-c.Top) < 0.5 {
				return true
			}
		}
		return false
	})
	for k := range wc {
		c := &wc[k]
		if math.Abs(c.Angle) < 0.35 {
			// The day of quangbinh-cv1445 is drawn slanted by 12° (an
			// oblique face made by the matrix), which PDFium reports as
			// an angle; the layout would drop it as a watermark.
			c.Angle = 0
		}
		c.Size = (c.Bottom - c.Top) / 0.7 // a digit's height is about 0.7 em
		for _, o := range p.Chars {
			if o.Size > 0 && !isSpace(o.R) && o.Top < c.Bottom && c.Top < o.Bottom {
				c.Size, c.Font = o.Size, o.Font
				break
			}
		}
	}
	p.Chars = append(p.Chars, wc...)
	return nil
}

// widgetChars returns the characters drawn by the appearances of the form
// fields (widgets) of page i, open as page, which PDFium's text layer
// leaves out; height is the page's. E-office systems stamp the number and
// day of a document into the blanks of "Số:    /UBND-KGVX" and
// "ngày   tháng" as signature fields, so on a text page those are the
// header's number and day. The page is drawn with its widgets flattened
// into its content, on a page handle of its own, and the characters that
// fall in a widget's box are kept. A page without annotations costs one
// call.
//
// It is meant for text pages: on a scan, the signature boxes are widgets
// too, and their words would make the page look like it has a text layer.
func (d *reader) widgetChars(page uint64, i int, s uint32, height float64) ([]Char, error) {
	c := d.c
	n, err := c.call("FPDFPage_GetAnnotCount", page)
	if err != nil || i32(n) <= 0 {
		return nil, err
	}
	type box struct{ l, b, r, t float64 }
	var boxes []box
	rect := s + scratchBox // FS_RECTF: 4 floats, left, top, right, bottom
	for k := range int(i32(n)) {
		if k%256 == 0 {
			if err := d.check(); err != nil {
				return nil, err
			}
		}
		a, err := c.call("FPDFPage_GetAnnot", page, uint64(k))
		if err != nil {
			return nil, err
		}
		if uint32(a) == 0 {
			continue
		}
		st, err := c.call("FPDFAnnot_GetSubtype", a)
		if err == nil && i32(st) == annotWidget {
			var ok uint64
			if ok, err = c.call("FPDFAnnot_GetRect", a, uint64(rect)); err == nil && i32(ok) != 0 {
				l, t, r, b := c.f32At(rect), c.f32At(rect+4), c.f32At(rect+8), c.f32At(rect+12)
				boxes = append(boxes, box{min(l, r), min(b, t), max(l, r), max(b, t)})
			}
		}
		if _, cerr := c.call("FPDFPage_CloseAnnot", a); err == nil {
			err = cerr
		}
		if err != nil {
			return nil, err
		}
	}
	if len(boxes) == 0 {
		return nil, nil
	}
	if err := d.check(); err != nil {
		return nil, err
	}
	// Flatten on a handle of its own: PDFium parses a page's content once,
	// so the flattened content is read from a page loaded afterwards.
	var flat uint64
	err = d.withPage(i, func(pg uint64) (err error) {
		flat, err = c.call("FPDFPage_Flatten", pg, flattenNormalDisplay)
		return err
	})
	if err != nil || i32(flat) != flattenSuccess {
		return nil, err
	}
	var out []Char
	err = d.withPage(i, func(pg uint64) error {
		tp, err := c.call("FPDFText_LoadPage", pg)
		if err != nil || uint32(tp) == 0 {
			return err
		}
		defer c.call("FPDFText_ClosePage", tp)
		n, err := c.call("FPDFText_CountChars", tp)
		if err != nil {
			return err
		}
		cb := uint64(s + scratchBox)
		for k := range int(i32(n)) {
			if k%256 == 0 {
				if err := d.check(); err != nil {
					return err
				}
			}
			ok, err := c.call("FPDFText_GetCharBox", tp, uint64(k), cb, cb+8, cb+16, cb+24)
			if err != nil {
				return err
			}
			if i32(ok) == 0 {
				continue
			}
			l, r := c.f64At(s+scratchBox), c.f64At(s+scratchBox+8)
			b, t := c.f64At(s+scratchBox+16), c.f64At(s+scratchBox+24)
			x, y := (l+r)/2, (b+t)/2
			if !slices.ContainsFunc(boxes, func(w box) bool { return x >= w.l && x <= w.r && y >= w.b && y <= w.t }) {
				continue
			}
			u, err := c.call("FPDFText_GetUnicode", tp, uint64(k))
			if err != nil {
				return err
			}
			ch := rune(uint32(u))
			if ch == 0 || !utf8.ValidRune(ch) {
				continue
			}
			a, err := c.call("FPDFText_GetCharAngle", tp, uint64(k))
			if err != nil {
				return err
			}
			out = append(out, Char{R: ch, Left: l, Right: r, Top: height - t, Bottom: height - b, Angle: float64(api.DecodeF32(a))})
		}
		return nil
	})
	return out, err
}

package pdf

import (
	"math"
	"slices"

	"github.com/klippa-app/go-pdfium/enums"
	"github.com/klippa-app/go-pdfium/requests"
)

// addWidgetChars adds to text page p (one with at least fewLetters letters)
// the characters drawn by the appearances of its form fields, each with the
// font and size of the text beside it. A failure leaves p as it was: the
// widgets are an addition to a page that reads without them.
func (d *pdfiumDoc) addWidgetChars(i int, p *Page) {
	if letters(p.Chars) < fewLetters {
		return
	}
	wc, err := d.widgetChars(i, p.Height)
	if err != nil || len(wc) == 0 {
		return
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
}

// widgetChars returns the characters drawn by the appearances of the form
// fields (widgets) of page i, which PDFium's text layer leaves out. E-office
// systems stamp the number and day of a document into the blanks of
// "Số:    /UBND-KGVX" and "ngày   tháng" as signature fields, so on a
// text page those are the header's number and day. The page is drawn with
// its widgets flattened into its content, on a page handle of its own, and
// the characters that fall in a widget's box are kept. A page without
// widgets costs one call.
//
// It is meant for text pages: on a scan, the signature boxes are widgets
// too, and their words would make the page look like it has a text layer.
func (d *pdfiumDoc) widgetChars(i int, height float64) ([]Char, error) {
	n, err := d.inst.FPDFPage_GetAnnotCount(&requests.FPDFPage_GetAnnotCount{Page: d.page(i)})
	if err != nil || n.Count == 0 {
		return nil, err
	}
	type box struct{ l, b, r, t float64 }
	var boxes []box
	for k := range n.Count {
		a, err := d.inst.FPDFPage_GetAnnot(&requests.FPDFPage_GetAnnot{Page: d.page(i), Index: k})
		if err != nil {
			continue
		}
		st, err := d.inst.FPDFAnnot_GetSubtype(&requests.FPDFAnnot_GetSubtype{Annotation: a.Annotation})
		if err == nil && st.Subtype == enums.FPDF_ANNOT_SUBTYPE_WIDGET {
			if r, err := d.inst.FPDFAnnot_GetRect(&requests.FPDFAnnot_GetRect{Annotation: a.Annotation}); err == nil {
				boxes = append(boxes, box{float64(min(r.Rect.Left, r.Rect.Right)), float64(min(r.Rect.Bottom, r.Rect.Top)), float64(max(r.Rect.Left, r.Rect.Right)), float64(max(r.Rect.Bottom, r.Rect.Top))})
			}
		}
		d.inst.FPDFPage_CloseAnnot(&requests.FPDFPage_CloseAnnot{Annotation: a.Annotation})
	}
	if len(boxes) == 0 {
		return nil, nil
	}
	// Flatten on a handle of its own: PDFium parses a page's content once,
	// so the flattened content is read from a page loaded afterwards.
	pg, err := d.inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: d.doc, Index: i})
	if err != nil {
		return nil, err
	}
	_, err = d.inst.FPDFPage_Flatten(&requests.FPDFPage_Flatten{Page: requests.Page{ByReference: &pg.Page}, Usage: requests.FPDFPage_FlattenUsageNormalDisplay})
	d.inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pg.Page})
	if err != nil {
		return nil, err
	}
	pg, err = d.inst.FPDF_LoadPage(&requests.FPDF_LoadPage{Document: d.doc, Index: i})
	if err != nil {
		return nil, err
	}
	defer d.inst.FPDF_ClosePage(&requests.FPDF_ClosePage{Page: pg.Page})
	st, err := d.inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: requests.Page{ByReference: &pg.Page}, Mode: requests.GetPageTextStructuredModeChars})
	if err != nil {
		return nil, err
	}
	var out []Char
	for _, c := range st.Chars {
		r := []rune(c.Text)
		if len(r) != 1 {
			continue
		}
		pp := c.PointPosition
		x, y := (pp.Left+pp.Right)/2, (pp.Top+pp.Bottom)/2
		for _, b := range boxes {
			if x >= b.l && x <= b.r && y >= b.b && y <= b.t {
				out = append(out, Char{R: r[0], Left: pp.Left, Right: pp.Right, Top: height - pp.Top, Bottom: height - pp.Bottom, Angle: c.Angle})
				break
			}
		}
	}
	return out, nil
}

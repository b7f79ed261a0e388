package parse

import (
	"context"
	"fmt"
	"image"
	"runtime"
	"strings"
	"sync"
	"unicode"

	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/vnenc"
	"github.com/vnthidua/thidua/parse/pdf"
)

// ocrDPI is the resolution pages are drawn at for OCR.
const ocrDPI = 300

// minLetters is the number of letters below which a page counts as having
// no usable text layer.
const minLetters = 20

// ocrPages reads the pages that have no usable text layer (fewer than
// minLetters letters, or mostly glyphs without Unicode) with tesseract and
// puts the words it finds, with their boxes, in place of the page's
// characters.
func ocrPages(ctx context.Context, d pdf.Document, pages []*pdf.Page, doc *document, c *config) error {
	var todo []int
	for i, p := range pages {
		if p == nil {
			continue
		}
		// Glyphs without Unicode (fonts without a ToUnicode map) are
		// drawn all the same: such a page is read like a scan even when
		// it holds no image.
		bad := unmapped(p) > 0.3 || lacksVietnamese(p)
		if p.Images == 0 && !bad {
			continue // an empty page, or text only: nothing to read
		}
		if letters(p) < minLetters || bad {
			todo = append(todo, i)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	if c.ocr == ocrOff {
		doc.warnings = append(doc.warnings, fmt.Sprintf("%d trang không có lớp chữ, OCR đã tắt / %d pages have no text layer and OCR is off", len(todo), len(todo)))
		return nil
	}
	t := ocr.Tesseract{Command: c.ocrCommand, Languages: c.ocrLang}
	r, ok := d.(pdf.Renderer)
	err := t.Check()
	if err == nil && !ok {
		err = pdf.ErrNoRender
	}
	if err != nil {
		if c.ocr == ocrOn {
			return inputErr(c, "", fmt.Errorf("OCR of %d pages without text: %w", len(todo), err))
		}
		doc.warnings = append(doc.warnings, fmt.Sprintf("%d trang không có lớp chữ và không OCR được / %d pages have no text layer and cannot be read by OCR: %v", len(todo), len(todo), err))
		return nil
	}
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		errs = make([]error, len(todo))
		// sealed holds each page's position completed under a seal.
		sealed = make([]*sealedPosition, len(todo))
		sem    = make(chan struct{}, runtime.GOMAXPROCS(0))
	)
	for k, i := range todo {
		select {
		case sem <- struct{}{}:
		case <-ctx.Done():
			wg.Wait()
			return inputErr(c, fmt.Sprintf("page %d", i+1), ctx.Err())
		}
		img, err := renderForOCR(ctx, d, r, i)
		if err != nil {
			<-sem
			errs[k] = err
			continue
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			words, err := t.Read(ctx, img, ocrDPI)
			if err != nil {
				errs[k] = err
				return
			}
			words = dropMailStamp(words, ocrDPI)
			words = rereadSignature(ctx, t, img, ocrDPI, words)
			if sp, ok := readSealedPosition(ctx, t, img, ocrDPI, words); ok {
				sealed[k] = &sp
			}
			chars := ocrChars(words, ocrDPI)
			mu.Lock()
			pages[i].Chars = chars
			mu.Unlock()
		}()
	}
	wg.Wait()
	if ctx.Err() != nil {
		return inputErr(c, "", ctx.Err())
	}
	for _, sp := range sealed {
		if sp != nil {
			doc.sealed = sp
			break
		}
	}
	for k, i := range todo {
		if errs[k] != nil {
			doc.warnings = append(doc.warnings, fmt.Sprintf("trang %d: OCR thất bại / page %d: OCR failed: %v", i+1, i+1, errs[k]))
		} else {
			doc.warnings = append(doc.warnings, fmt.Sprintf("trang %d đọc bằng OCR (tesseract), có thể sai chữ / page %d read by OCR (tesseract), may hold errors", i+1, i+1))
			doc.ocr = true
		}
	}
	return nil
}

// renderForOCR draws page i for OCR: in colour when the backend can,
// with the ink of a red seal made white, since a seal stamped over the
// signer's name, grey once rendered in grey, makes tesseract lose the name
// or read the seal as words; in grey otherwise.
func renderForOCR(ctx context.Context, d pdf.Document, r pdf.Renderer, i int) (*image.Gray, error) {
	if cr, ok := d.(pdf.ColorRenderer); ok {
		img, err := cr.RenderColor(ctx, i, ocrDPI)
		if err != nil {
			return nil, err
		}
		g, _ := ocr.WithoutRedInk(img)
		return g, nil
	}
	return r.Render(ctx, i, ocrDPI)
}

// lacksVietnamese tells whether the text layer of p looks like Vietnamese
// with every letter outside Latin-1 missing ("Y BAN NHÂN DÂN" for "ỦY BAN
// NHÂN DÂN"): the letters of Latin-1 that Vietnamese uses (â, ê, ô, á, à,
// ...) are there, but none of ă, đ, ơ, ư, ạ, ả, ấ, ... which make up a
// tenth of Vietnamese prose. Some producers, such as matplotlib with Type 3
// fonts, draw the glyphs a single-byte font cannot hold as paths rather
// than text. Text in a legacy TCVN3 or VNI font, which is all single-byte,
// is told apart by vnenc.Sniff and font names and left to legacyDecoder.
func lacksVietnamese(p *pdf.Page) bool {
	latin1, wide := 0, 0
	var b strings.Builder
	for _, ch := range p.Chars {
		switch {
		case strings.ContainsRune("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ", ch.R):
			latin1++
		case ch.R >= 0x100 && ch.R <= 0x24f, ch.R >= 0x1ea0 && ch.R <= 0x1eff, ch.R >= 0x300 && ch.R <= 0x36f:
			wide++
		}
		if e, _ := vnenc.FromFont(ch.Font); e != vnenc.Unicode {
			return false
		}
		if b.Len() < 16<<10 {
			b.WriteRune(ch.R)
		}
	}
	if latin1 < 20 || wide > 0 {
		return false
	}
	return vnenc.Sniff(b.String()) == vnenc.Unicode
}

// unmapped is the share of characters the backend could not map to
// Unicode: U+FFFD, or the raw glyph codes of a font without a ToUnicode
// map, which come out as control characters (U+0001 for the first glyph
// of a subset). Such a text layer is unusable.
func unmapped(p *pdf.Page) float64 {
	n, bad := 0, 0
	for _, ch := range p.Chars {
		if ch.R == ' ' || ch.R == '\r' || ch.R == '\n' || ch.R == '\t' {
			continue
		}
		n++
		if ch.R == '\uFFFD' || unicode.IsControl(ch.R) {
			bad++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(bad) / float64(n)
}

func letters(p *pdf.Page) int {
	n := 0
	for _, ch := range p.Chars {
		if unicode.IsLetter(ch.R) {
			n++
		}
	}
	return n
}

// ocrChars turns words read by OCR into characters in points, spread over
// each word's box, sitting on the baseline of their line, so that the page
// is put in order like a text layer.
func ocrChars(words []ocr.Word, dpi int) []pdf.Char {
	words = joinSplitNumbers(words)
	scale := 72 / float64(dpi)
	var out []pdf.Char
	for k, w := range words {
		lineStart := k == 0 || words[k-1].LineTop != w.LineTop || words[k-1].LineBottom != w.LineBottom
		if lineStart && k+1 < len(words) && labelCommaRe.MatchString(w.Text) && startsUpper(words[k+1].Text) {
			// "5, Đề nghị" at the start of a line is the label "5." read
			// with a comma.
			w.Text = strings.TrimSuffix(w.Text, ",") + "."
		}
		if w.Text == "_" || w.Text == "—" {
			w.Text = "-" // a list dash read as an underscore
		}
		// Vietnamese has no eth (Ð, U+00D0); tesseract reads a bold Đ as
		// "ĐÐ" or "Ð" ("/QĐÐ-UBND" for "/QĐ-UBND").
		w.Text = strings.ReplaceAll(strings.ReplaceAll(w.Text, "ĐÐ", "Đ"), "Ð", "Đ")
		if strings.Contains(w.Text, "§") && strings.Contains(w.Text, "/") {
			// Vietnamese documents write no section sign: inside a
			// document's number it is a speck ("119/KH-BCĐ38§9QNg",
			// quangngai-ct16).
			w.Text = strings.ReplaceAll(w.Text, "§", "")
		}
		if strings.Contains(w.Text, "|") && hasLetterOrDigit(w.Text) {
			// A bar inside a word is a stroke OCR could not read, often
			// of a day written in by hand ("ngày |2 tháng 3" for "ngày
			// 20"): as "l" it keeps the word illegible, where the bar
			// would split the line into table cells and leave "2" read
			// as the day.
			w.Text = strings.ReplaceAll(w.Text, "|", "l")
		}
		if slashedZeroRe.MatchString(w.Text) && strings.ContainsFunc(w.Text, unicode.IsDigit) {
			// The slashed zero is no Vietnamese letter: among digits it
			// is the zero of a number written in by hand or in another
			// font ("ngày Ø3 tháng 4" for "ngày 03 tháng 4").
			w.Text = strings.NewReplacer("Ø", "0", "ø", "0").Replace(w.Text)
		}
		rs := []rune(w.Text)
		if len(rs) == 0 || !hasLetterOrDigit(w.Text) && strings.Trim(w.Text, "-–./:;,()\"'") != "" {
			continue // specks of a seal or signature read as "~", "*", "^»"
		}
		lineH := float64(w.LineBottom-w.LineTop) * scale
		if lineH <= 0 {
			lineH = float64(w.Bottom-w.Top) * scale
		}
		size := lineH / 1.25
		bottom := float64(w.LineBottom)*scale - 0.2*size
		top := bottom - 0.75*size
		x0, x1 := float64(w.Left)*scale, float64(w.Right)*scale
		step := (x1 - x0) / float64(len(rs))
		for k, r := range rs {
			out = append(out, pdf.Char{R: r, Left: x0 + float64(k)*step, Right: x0 + float64(k+1)*step, Top: top, Bottom: bottom, Size: size})
		}
		out = append(out, pdf.Char{R: ' ', Left: x1, Right: x1, Top: bottom, Bottom: bottom, Size: size})
	}
	return out
}

// splitSymbolRe matches the symbol of a number that OCR split at its dash
// and read the dash twice ("90/QĐ- -TTg" for "90/QĐ-TTg").
var splitSymbolRe = lazyregexp.New(`(\d/[\pL\d]+)- +-(\p{Lu})`)

// joinSplitSymbols joins in text read by OCR the symbols of numbers split
// at their dash (splitSymbolRe), which are not read as citations else.
func joinSplitSymbols(text string) string {
	if !strings.Contains(text, "- -") {
		return text
	}
	return splitSymbolRe.ReplaceAllString(text, "$1-$2")
}

var labelCommaRe = lazyregexp.New(`^\d{1,2},$`)

// joinSplitNumbers joins a document number OCR read as two words, its
// first digits with a one misread as "l" or "I" and a sliver of space
// after them ("2l" "05/UBND-NC" for "2105/UBND-NC", quangngai-qd04): a
// word of digits and l or I, at least one of each, followed on its line,
// less than a third of the line's height away, by a word that starts
// with digits and a slash, becomes one word, with each l or I a one.
// Words apart by a real space, or with other letters, are kept as read.
func joinSplitNumbers(words []ocr.Word) []ocr.Word {
	var out []ocr.Word
	for k := 0; k < len(words); k++ {
		w := words[k]
		if k+1 < len(words) && misreadDigits(w.Text) && numberStartRe.MatchString(words[k+1].Text) {
			next := words[k+1]
			h := max(w.LineBottom-w.LineTop, w.Bottom-w.Top)
			if next.LineTop == w.LineTop && next.LineBottom == w.LineBottom && next.Left-w.Right < h/3 {
				w.Text = strings.NewReplacer("l", "1", "I", "1").Replace(w.Text) + next.Text
				w.Right, w.Top, w.Bottom = next.Right, min(w.Top, next.Top), max(w.Bottom, next.Bottom)
				w.Conf = min(w.Conf, next.Conf)
				k++
			}
		}
		out = append(out, w)
	}
	return out
}

// misreadDigits reports whether s is up to six digits with a one read as
// "l" or "I" ("2l"): digits and l or I only, at least one of each.
func misreadDigits(s string) bool {
	digits, ones := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case r == 'l' || r == 'I':
			ones++
		default:
			return false
		}
	}
	return digits > 0 && ones > 0 && digits+ones <= 6
}

// numberStartRe matches the start of a document number: digits, a slash.
var numberStartRe = lazyregexp.New(`^\d+/\S`)

// slashedZeroRe matches a word of digits and slashed zeros.
var slashedZeroRe = lazyregexp.New(`^[\dØø]*[Øø][\dØø]*$`)

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

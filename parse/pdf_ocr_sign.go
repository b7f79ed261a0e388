package parse

import (
	"context"
	"image"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/textcase"
)

// rereadSignature reads the signing block of a scanned page a second time,
// on its own. Beside the "Nơi nhận:" list, the position, the signature,
// the seal and the name make a block that tesseract's page layout often
// takes for a picture: on quangbinh-kh672 it drops "Hoàng Xuân Tân" and
// splits "PHÓ CHỦ TỊCH", which a crop of the block reads whole. The block
// is the part of the page right of the recipients list, from the "Nơi
// nhận:" line down about four inches. Its words replace the page's words
// there when they read better (more confident words, fewer doubtful) and
// keep the confident words in capitals of the first reading; a page
// without "Nơi nhận:" is left as read.
func rereadSignature(ctx context.Context, t ocr.Tesseract, img *image.Gray, dpi int, words []ocr.Word) []ocr.Word {
	zone, ok := signingZone(img, dpi, words)
	if !ok {
		return words
	}
	inZone := func(w ocr.Word) bool {
		x, y := (w.Left+w.Right)/2, (w.Top+w.Bottom)/2
		return image.Pt(x, y).In(zone)
	}
	// A reading is worth its confidently read words with letters, less
	// its doubtful ones (specks of the seal and signature read as "N S7
	// È tườ").
	good := func(ws []ocr.Word) int {
		n := 0
		for _, w := range ws {
			switch {
			case !strings.ContainsFunc(w.Text, unicode.IsLetter):
			case w.Conf >= 80:
				n++
			case w.Conf < 50:
				n--
			}
		}
		return n
	}
	var before []ocr.Word
	for _, w := range words {
		if inZone(w) {
			before = append(before, w)
		}
	}
	// The crop is read as it is and with only its dark ink kept: what
	// WithoutRedInk leaves of a red seal (the pink rim of its strokes,
	// grey once rendered) and a pale scan's background go, the black
	// print and the signer's ink stay (quangbinh-ttr2753: "GIÁM ĐỐC /
	// Trần Chí Tiến" read whole only so).
	crop := img.SubImage(zone).(*image.Gray)
	var again []ocr.Word
	for _, c := range []*image.Gray{crop, darkInk(crop, darkInkLevel)} {
		ws, err := t.Read(ctx, c, dpi)
		if err != nil || losesCaps(before, ws) || good(ws) <= good(before) || again != nil && good(ws) <= good(again) {
			continue
		}
		again = ws
	}
	if again == nil {
		return words
	}
	out := make([]ocr.Word, 0, len(words)+len(again))
	lost := map[[2]int]bool{}
	for _, w := range words {
		if inZone(w) {
			lost[[2]int{w.LineTop, w.LineBottom}] = true
		} else {
			out = append(out, w)
		}
	}
	refitLines(out, lost)
	for _, w := range again {
		// Read on the crop: its boxes are the crop's.
		w.Left, w.Right, w.LineTop, w.LineBottom = w.Left+zone.Min.X, w.Right+zone.Min.X, w.LineTop+zone.Min.Y, w.LineBottom+zone.Min.Y
		w.Top, w.Bottom = w.Top+zone.Min.Y, w.Bottom+zone.Min.Y
		out = append(out, w)
	}
	return out
}

// signingZone finds the signing block of a scanned page: the part of the
// page right of the "Nơi nhận:" list, from that line down about four
// inches. It reports false for a page without "Nơi nhận:" or with too
// little room beside the list.
func signingZone(img *image.Gray, dpi int, words []ocr.Word) (image.Rectangle, bool) {
	b := img.Bounds()
	anchor := -1
	for k := 1; k < len(words); k++ {
		if fold.String(words[k-1].Text+" "+words[k].Text) == "noi nhan" && words[k-1].Left < b.Min.X+b.Dx()/2 {
			anchor = k - 1
		}
	}
	if anchor < 0 {
		return image.Rectangle{}, false
	}
	a := words[anchor]
	lineH := max(a.Bottom-a.Top, dpi/10)
	zone := image.Rect(b.Min.X+b.Dx()*45/100, a.Top-lineH, b.Max.X, min(b.Max.Y, a.Top+4*dpi)).Intersect(b)
	// The recipients list reaches right of the middle ("- Các PTTgCP
	// (để trực tiếp chỉ đạo các đơn vị phụ trách);"): the block starts
	// after its longest line.
	for _, w := range words {
		if w.Left < b.Min.X+b.Dx()/2 && w.Top >= zone.Min.Y && w.Bottom <= zone.Max.Y && w.Right+dpi/20 > zone.Min.X && w.Conf >= 60 {
			zone.Min.X = w.Right + dpi/20
		}
	}
	return zone, zone.Dx() >= dpi && zone.Dy() >= dpi/2
}

// losesCaps reports whether a word in capitals that the page's reading
// of the block has read confidently ("GIÁM", "ĐÓC" of the position) is
// missing from the second reading: quangbinh-ttr2753's crop reads the
// name's remains and loses the position, which leaves the name among the
// recipients.
func losesCaps(before, again []ocr.Word) bool {
	have := map[string]bool{}
	for _, w := range again {
		have[w.Text] = true
	}
	for _, w := range before {
		if w.Conf >= 80 && utf8.RuneCountInString(w.Text) >= 2 && textcase.AllCaps(w.Text, 1) && !have[w.Text] {
			return true
		}
	}
	return false
}

// darkInkLevel is the grey level under which darkInk keeps a pixel: black
// print and ink are darker, the rim a red seal leaves and a scan's grey
// background lighter.
const darkInkLevel = 128

// darkInk returns a copy of img in black and white: black where img is
// darker than level, white elsewhere.
func darkInk(img *image.Gray, level uint8) *image.Gray {
	b := img.Bounds()
	out := image.NewGray(b)
	for y := b.Min.Y; y < b.Max.Y; y++ {
		src := img.Pix[img.PixOffset(b.Min.X, y):][:b.Dx()]
		dst := out.Pix[out.PixOffset(b.Min.X, y):][:b.Dx()]
		for x, v := range src {
			if v < level {
				dst[x] = 0
			} else {
				dst[x] = 255
			}
		}
	}
	return out
}

// refitLines sets the line box of the words whose line lost words (those
// a second reading replaced) to the box of the words left on it.
// Tesseract's box of a line that took in words of a signing block reaches into the lines above or below it (quangbinh-ttr2753:
// "- Lãnh đạo Sở;" boxed down to the next recipient's baseline), and
// ocrChars sets words on their line's baseline: left as it was, the line
// is read into the next one.
func refitLines(words []ocr.Word, lost map[[2]int]bool) {
	if len(lost) == 0 {
		return
	}
	box := map[[2]int][2]int{}
	for _, w := range words {
		k := [2]int{w.LineTop, w.LineBottom}
		if !lost[k] {
			continue
		}
		b, ok := box[k]
		if !ok {
			b = [2]int{w.Top, w.Bottom}
		}
		box[k] = [2]int{min(b[0], w.Top), max(b[1], w.Bottom)}
	}
	for i, w := range words {
		if b, ok := box[[2]int{w.LineTop, w.LineBottom}]; ok {
			words[i].LineTop, words[i].LineBottom = b[0], b[1]
		}
	}
}

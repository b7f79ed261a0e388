package parse

import (
	"image"
	"strings"

	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/ocr"
	"github.com/vnthidua/thidua/internal/textcase"
)

// dropMailStamp removes from the words of a scanned page those of an
// incoming-mail stamp: the box a receiving office stamps on the first page
// ("TRUNG TÂM CÔNG BÁO & TIN HỌC Q. NGÃI / CV ĐẾN / Số: 2352 / Ngày:
// 21/3/18 / Chuyển:"), often over the title or the first lines of the
// body (quangngai-ct07, quangngai-ct08), whose words OCR reads into the
// title ("#RUNG-T2M-ĐÔNG BẢO ... Về việc tăng cường ..."). Its number and
// day are the receiver's, not the document's.
//
// The stamp is found by its word ĐẾN, in capitals, with at least two of
// its fields (Số, Ngày, Chuyển, Giờ), capitalised and one under the other,
// within an inch to its right and below or above it: the body's "đến",
// "số" and "ngày" are not taken for one.
// The box runs from the receiver's name, the line above the fields at
// their left, down to the last field, and is as wide as Decree 30's stamp
// (50 mm) from its left edge; every word whose centre lies in it is
// dropped. A page without such a stamp is returned as it is.
func dropMailStamp(words []ocr.Word, dpi int) []ocr.Word {
	var zones []image.Rectangle
	for _, w := range words {
		if mailField(w.Text) != "den" {
			continue
		}
		box := wordRect(w)
		var lefts []int // of the fields
		for _, v := range words {
			if v.Left < w.Left-dpi/4 || v.Left > w.Right+dpi || v.Bottom < w.Top-dpi || v.Top > w.Bottom+dpi/2 {
				continue
			}
			switch mailField(v.Text) {
			case "so", "ngay", "chuyen", "gio":
				lefts = append(lefts, v.Left)
				box = box.Union(wordRect(v))
			case "cv":
				box = box.Union(wordRect(v))
			}
		}
		// The fields stand one under the other, left-aligned.
		aligned := false
		for i, a := range lefts {
			for _, b := range lefts[i+1:] {
				aligned = aligned || a-b < dpi/10 && b-a < dpi/10
			}
		}
		if !aligned {
			continue
		}
		// The receiver's name: the words just above the fields, starting
		// near their left.
		top := box.Min.Y
		for _, v := range words {
			if v.Left <= box.Min.X+dpi*3/10 && v.Right > box.Min.X-dpi/2 && v.Bottom <= box.Min.Y+dpi/20 && v.Bottom >= box.Min.Y-dpi*4/10 {
				top = min(top, v.Top)
			}
		}
		zones = append(zones, image.Rect(box.Min.X-dpi/5, top-dpi/20, box.Min.X+dpi*21/10, box.Max.Y+dpi/10))
	}
	if len(zones) == 0 {
		return words
	}
	out := words[:0:0]
	for _, w := range words {
		c := image.Pt((w.Left+w.Right)/2, (w.Top+w.Bottom)/2)
		in := false
		for _, z := range zones {
			in = in || c.In(z)
		}
		if !in {
			out = append(out, w)
		}
	}
	return out
}

// mailField returns a word of an incoming-mail stamp folded, without the
// marks OCR adds around it ("Ngày:" → "ngay", "ĐẾN" and "ĐEN" → "den"),
// or "" for any other word.
func mailField(s string) string {
	s = strings.Trim(s, "|:.;,'\"“”")
	// The stamp prints ĐẾN and CV in capitals and its fields capitalised:
	// "đến", "số" and "ngày" of the body are no stamp.
	if !startsUpper(s) || (strings.EqualFold(s, "đến") || strings.EqualFold(s, "đen") || strings.EqualFold(s, "cv")) && !textcase.AllCaps(s, 2) {
		return ""
	}
	f := fold.String(s)
	switch f {
	case "den", "so", "ngay", "chuyen", "gio", "cv":
		return f
	}
	return ""
}

func wordRect(w ocr.Word) image.Rectangle { return image.Rect(w.Left, w.Top, w.Right, w.Bottom) }

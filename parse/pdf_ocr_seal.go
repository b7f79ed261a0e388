package parse

import (
	"context"
	_ "embed"
	"fmt"
	"image"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/lexicon"
	"github.com/vnthidua/thidua/internal/ocr"
)

// A seal is stamped over the left of the signing block, and on a grey
// scan it hides the start of the position lines: "KT. CHỦ TỊCH / PHÓ CHỦ
// TỊCH" shows as "T. CHỦ TỊCH / Ủ TỊCH". Tesseract's page layout takes
// such a block for a picture and drops the lines; read as one block of
// text (ocr.SingleBlock) their ends come out among specks of the seal.
// The ends are matched against the positions of lexicon/positions.tsv,
// each with the deputy who signs for it, and completed where only one
// position ends so:
//   - two lines that end as the same position: the upper names the head
//     the signer signs for (KT.), the lower the deputy's own position;
//   - one line: the head's position or the deputy's, whichever fills the
//     line when it is centred over the signer's name as signing blocks
//     are (the hidden start is as wide as the line's end lies right of
//     the name's centre).
//
// Where the seal hides the start of the name too ("hị Thanh Trà"), there
// is no centre to measure from: the position is completed from two lines
// or from a deputy's whole position only, and the name stays unread.
//
// The completion is a record field only, with a warning quoting what was
// read; the record's text keeps the page's reading.

//go:embed lexicon/positions.tsv
var positionsTSV string

// position is a position a signing block names, with its deputy's.
type position struct{ head, deputy string }

// signingPositions are read from lexicon/positions.tsv on first use.
var signingPositions = lexicon.OnFirstUse(positionsTSV, readPositions) // tested by TestPositionsLexicon

func readPositions(tsv string) ([]position, error) {
	var out []position
	for n, ln := range lexicon.Lines(tsv) {
		head, deputy, ok := strings.Cut(ln, "\t")
		if !ok || head == "" || deputy == "" || strings.Contains(deputy, "\t") || fold.String(head) == "" || fold.String(deputy) == "" {
			return nil, fmt.Errorf("lexicon/positions.tsv line %d: %q, want a position, a tab and its deputy's position", n, ln)
		}
		out = append(out, position{head, deputy})
	}
	return out, nil
}

// sealedPosition is a signer's position completed from the ends of its
// lines that show beside a seal.
type sealedPosition struct {
	authority string   // "KT." when the block signs for the head, else ""
	on        string   // the head's position signed for, with authority
	position  string   // the signer's own position
	seen      []string // the lines' ends as read ("Ủ TỊCH")
	nameless  bool     // the seal hides the start of the name too ("hị Thanh Trà")
	// why says, Vietnamese then English, how the head and the deputy were
	// told apart.
	why [2]string
}

// minTail is the fewest folded letters and spaces a line's end must share
// with a position to name it ("u tich", "tuong").
const minTail = 5

// tailOf returns how much of the folded position title ends the folded
// line: the longest end of title that ends line, holds a whole word of
// title and is at least minTail long; 0 if none. The end's first letters
// may be glued to specks of the seal ("SUỦ TỊCH" for "CHỦ TỊCH").
func tailOf(line, title string) int {
	for k := min(len(line), len(title)); k >= minTail; k-- {
		from := len(title) - k
		if line[len(line)-k:] != title[from:] || title[from] == ' ' {
			continue
		}
		if from == 0 || strings.Contains(title[from:], " ") || title[from-1] == ' ' {
			return k
		}
	}
	return 0
}

// tailMatch is a line whose end names a position.
type tailMatch struct {
	pos      position
	deputy   bool   // the deputy's whole position shows ("PHÓ CHỦ TỊCH")
	seen     string // the words the end is read in ("SUỦ TỊCH")
	lastWord string // the line's last word, a whole word of the position
	lastLeft int    // the left edge of the last word on the page
	right    int    // the right edge of the line on the page
}

// matchTail tells which position a line of OCR words ends as. It reports
// false when no position or more than one ends so ("TRƯỞNG" alone ends
// BỘ TRƯỞNG and CỤC TRƯỞNG); a head and its deputy ("u tich" of CHỦ
// TỊCH and PHÓ CHỦ TỊCH) are one answer.
func matchTail(ws []ocr.Word) (tailMatch, bool) {
	if len(ws) == 0 {
		return tailMatch{}, false
	}
	line := fold.String(lineText(ws))
	best, bestK, ties := -1, 0, 0
	var deputy bool
	for i, p := range signingPositions() {
		h, d := fold.String(p.head), fold.String(p.deputy)
		k := max(tailOf(line, h), tailOf(line, d))
		switch {
		case k == 0 || k < bestK:
		case k > bestK:
			best, bestK, ties, deputy = i, k, 0, k == len(d)
		default:
			ties++
		}
	}
	if best < 0 || ties > 0 {
		return tailMatch{}, false
	}
	last := ws[len(ws)-1]
	// A signing block prints positions in capitals; a name folds like
	// one ("Thanh Trà", CHÁNH THANH TRA).
	end := ws[max(0, len(ws)-len(strings.Fields(line[len(line)-bestK:]))):]
	for _, w := range end {
		if strings.ContainsFunc(w.Text, unicode.IsLower) {
			return tailMatch{}, false
		}
	}
	m := tailMatch{pos: signingPositions()[best], deputy: deputy, lastWord: last.Text, lastLeft: last.Left, right: last.Right}
	m.seen = lineText(end)
	return m, true
}

// readSealedPosition reads the signing block of a scanned page as one
// block of text when the page's reading shows a signer's name there with
// no position above it, and completes the position from the ends of the
// lines that show (see the comment at the top of this file).
func readSealedPosition(ctx context.Context, t ocr.Tesseract, img *image.Gray, dpi int, words []ocr.Word) (sealedPosition, bool) {
	zone, ok := signingZone(img, dpi, words)
	if !ok {
		return sealedPosition{}, false
	}
	var inZone []ocr.Word
	for _, w := range words {
		if image.Pt((w.Left+w.Right)/2, (w.Top+w.Bottom)/2).In(zone) {
			inZone = append(inZone, w)
		}
	}
	lines := wordLines(inZone)
	name := -1
	for i := len(lines) - 1; i >= 0; i-- {
		if isPersonName(strings.TrimFunc(lineText(lines[i]), strayMark)) {
			name = i
			break
		}
	}
	nameless := false
	if name < 0 {
		// The seal may hide the start of the name too ("hị Thanh Trà"
		// for "Phạm Thị Thanh Trà"): the lowest line that ends in two
		// words of a name bounds the block, and the name stays unread.
		for i := len(lines) - 1; i >= 0 && name < 0; i-- {
			if ws := lines[i]; len(ws) >= 2 && len(ws) <= 5 && isNameWord(ws[len(ws)-1].Text) && isNameWord(ws[len(ws)-2].Text) {
				name, nameless = i, true
			}
		}
		if name < 0 {
			return sealedPosition{}, false
		}
	}
	for _, ln := range lines[:name] {
		if _, ok := matchTail(ln); ok {
			return sealedPosition{}, false // the page reads a position
		}
	}
	// The block is read down to the name's foot: cut at the name's top,
	// tesseract reads the seal's specks alone less well than with the
	// line of print under them (quangngai-ct08: "` TIN" for "SUỦ TỊCH").
	top := lines[name][0].LineTop
	block := image.Rect(zone.Min.X, zone.Min.Y, zone.Max.X, lines[name][0].LineBottom)
	if top-block.Min.Y < dpi/5 {
		return sealedPosition{}, false
	}
	t.Layout = ocr.SingleBlock
	ws, err := t.Read(ctx, img.SubImage(block).(*image.Gray), dpi)
	if err != nil {
		return sealedPosition{}, false
	}
	var above []ocr.Word
	for _, w := range ws {
		if w.LineBottom+block.Min.Y <= top {
			above = append(above, w)
		}
	}
	ws = above
	var found []tailMatch
	for _, ln := range wordLines(ws) {
		if m, ok := matchTail(ln); ok {
			m.lastLeft += block.Min.X
			m.right += block.Min.X
			found = append(found, m)
		}
	}
	nl := lines[name]
	centre := (inkLeft(nl[0]) + nl[len(nl)-1].Right) / 2
	if nameless {
		centre = noCentre // a name cut on its left has no centre to go by
	}
	sp, ok := completePosition(found, centre)
	sp.nameless = nameless
	return sp, ok
}

// completePosition completes a position from the ends of the lines that
// show (found, top to bottom), centred over the name at centre (noCentre
// when the name's centre is not known: one line is then completed only
// when it shows the deputy's whole position).
func completePosition(found []tailMatch, centre int) (sealedPosition, bool) {
	if len(found) == 0 || len(found) > 2 || len(found) == 2 && found[0].pos != found[1].pos {
		return sealedPosition{}, false
	}
	p := found[len(found)-1].pos
	sp := sealedPosition{}
	for _, m := range found {
		sp.seen = append(sp.seen, m.seen)
	}
	if len(found) == 2 {
		// "KT. CHỦ TỊCH" over "PHÓ CHỦ TỊCH": the upper line can only be
		// the head signed for, the lower the deputy.
		if found[0].deputy {
			return sealedPosition{}, false
		}
		sp.authority, sp.on, sp.position = "KT.", sentenceCase(p.head), sentenceCase(p.deputy)
		sp.why = [2]string{"hai dòng chức vụ: dòng trên là chức vụ được ký thay (KT.)", "two position lines: the upper names the head signed for (KT.)"}
		return sp, true
	}
	m := found[0]
	if m.deputy {
		sp.position = sentenceCase(p.deputy)
		sp.why = [2]string{"phần đọc được là cả chức vụ cấp phó", "what shows is the deputy's whole position"}
		return sp, true
	}
	// One line: its width, centred over the name, in letters as wide as
	// those of its last word, which shows whole.
	chars := utf8.RuneCountInString(m.lastWord)
	if centre == noCentre || m.right <= centre || chars == 0 || m.right <= m.lastLeft {
		return sealedPosition{}, false
	}
	per := float64(m.right-m.lastLeft) / float64(chars)
	width := 2 * float64(m.right-centre) / per
	h, d := float64(utf8.RuneCountInString(p.head)), float64(utf8.RuneCountInString(p.deputy))
	sp.why = [2]string{fmt.Sprintf("dòng chức vụ căn giữa trên tên người ký rộng khoảng %.0f chữ", width), fmt.Sprintf("the position line, centred over the name, is about %.0f letters wide", width)}
	switch dh, dd := math.Abs(width-h), math.Abs(width-d); {
	case dh+1 <= dd:
		sp.position = sentenceCase(p.head)
	case dd+1 <= dh:
		sp.position = sentenceCase(p.deputy)
	default:
		return sealedPosition{}, false
	}
	return sp, true
}

// inkLeft returns the left edge of a word's first letter or digit,
// leaving out the stray marks OCR reads before it ("\"Trân"), each taken
// as wide as the word's average character.
func inkLeft(w ocr.Word) int {
	n := utf8.RuneCountInString(w.Text)
	lead := n - utf8.RuneCountInString(strings.TrimLeftFunc(w.Text, strayMark))
	if n == 0 || lead == n {
		return w.Left
	}
	return w.Left + (w.Right-w.Left)*lead/n
}

// noCentre stands for a name's centre that is not known.
const noCentre = math.MinInt

// wordLines groups OCR words into their text lines, top to bottom, each
// left to right.
func wordLines(ws []ocr.Word) [][]ocr.Word {
	var lines [][]ocr.Word
	for _, w := range ws {
		k := slices.IndexFunc(lines, func(l []ocr.Word) bool {
			return l[0].LineTop == w.LineTop && l[0].LineBottom == w.LineBottom
		})
		if k < 0 {
			lines = append(lines, []ocr.Word{w})
		} else {
			lines[k] = append(lines[k], w)
		}
	}
	slices.SortStableFunc(lines, func(a, b []ocr.Word) int { return a[0].LineTop - b[0].LineTop })
	for _, l := range lines {
		slices.SortStableFunc(l, func(a, b ocr.Word) int { return a.Left - b.Left })
	}
	return lines
}

func lineText(ws []ocr.Word) string {
	texts := make([]string, len(ws))
	for i, w := range ws {
		texts[i] = w.Text
	}
	return strings.Join(texts, " ")
}

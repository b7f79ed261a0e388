package parse

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/textcase"
)

// maxQuotedLines bounds a quotation whose closing mark is lost (OCR drops
// it often): it ends there at the latest.
const maxQuotedLines = 60

// withoutQuotedLaw returns body without the passages it quotes from
// other texts, for extractTasks: a letter that answers a question of law
// quotes articles and clauses ("- Điều 53 Nghị định số 268/2025/NĐ-CP
// quy định: / "Điều 53. … / 1. Định kỳ 03 năm … / 2. Cơ quan …"), and
// their numbered items are the quoted text's, not tasks the letter sets.
//
// A quotation starts at a line that opens with a quotation mark, before
// an article, a clause or a point ("Điều 53.", "1.", "e)") or after a
// lead-in ("… quy định:", "… như sau:"), and ends
// at the line that closes it; where the closing mark is lost, at the line
// before the next dashed line, the next line that opens a quotation or
// the next lead-in, and after maxQuotedLines at most. The lead-in that
// announces it ("… quy định:", "… như sau:") goes with it when it is a
// line of its own or a dashed item, which only says what is quoted; a
// numbered lead-in is kept, so that the items after it stay in sequence. Lines are
// dropped, never changed; a body without a quotation is returned as is.
func withoutQuotedLaw(body []string) []string {
	var out []string
	keep := func(upto int) {
		if out == nil {
			out = append(make([]string, 0, len(body)), body[:upto]...)
		}
	}
	for i := 0; i < len(body); i++ {
		if !opensQuote(body[i]) || !quotesLaw(body[i]) && (i == 0 || !isLeadIn(body[i-1])) {
			if out != nil {
				out = append(out, body[i])
			}
			continue
		}
		keep(i)
		if k := len(out) - 1; k >= 0 && isLeadIn(out[k]) {
			if j := leadInStart(out, k); !isNumberedItem(out[j]) {
				out = out[:j]
			}
		}
		end := quotedEnd(body, i)
		i = end // body[i..end] is the quotation
	}
	if out == nil {
		return body
	}
	return out
}

// quotedEnd returns the index of the last line of the quotation that
// opens at body[i].
func quotedEnd(body []string, i int) int {
	first := strings.TrimSpace(body[i])
	_, n := utf8.DecodeRuneInString(first)
	if closesQuote(first[n:]) {
		return i
	}
	for j := i + 1; j < len(body) && j <= i+maxQuotedLines; j++ {
		ln := strings.TrimSpace(body[j])
		switch {
		case closesQuote(ln):
			return j
		case strings.HasPrefix(ln, "- ") || strings.HasPrefix(ln, "+ ") || opensQuote(ln) || isLeadIn(ln):
			return j - 1
		}
	}
	return min(len(body)-1, i+maxQuotedLines)
}

// opensQuote tells whether a line starts with an opening quotation mark
// followed by a letter or a digit.
func opensQuote(ln string) bool {
	ln = strings.TrimSpace(ln)
	for _, m := range []string{"“", "\"", "«"} {
		if rest, ok := strings.CutPrefix(ln, m); ok {
			r, _ := utf8.DecodeRuneInString(strings.TrimLeft(rest, " ."))
			return isLetterOrDigit(r)
		}
	}
	return false
}

// quotesLaw tells whether a line that opens a quotation starts an
// article, a clause or a point of a text ("Điều 53. …", "1. …", "e) …",
// "…b) …"): what a letter quotes from a law or decree.
func quotesLaw(ln string) bool {
	ln = strings.TrimSpace(ln)
	_, n := utf8.DecodeRuneInString(ln)
	rest := strings.TrimLeft(ln[n:], " .…")
	if r, ok := strings.CutPrefix(rest, "Điều "); ok {
		return r != "" && isASCIIDigit(r[0])
	}
	lv, _, _ := marker(rest)
	return lv == lvNumber || lv == lvLetter || lv == lvArticle
}

// closesQuote tells whether s holds a closing quotation mark.
func closesQuote(s string) bool {
	return strings.ContainsAny(s, "”\"»")
}

// isLeadIn tells whether a line announces a quotation: it ends with "quy
// định:" or "như sau:" (OCR may leave a space before the colon).
func isLeadIn(ln string) bool {
	ln, ok := strings.CutSuffix(strings.TrimSpace(ln), ":")
	if !ok {
		return false
	}
	ln = strings.TrimSpace(ln)
	_, a := textcase.SuffixFold(ln, "quy định")
	_, b := textcase.SuffixFold(ln, "như sau")
	return a || b
}

// leadInStart returns where the lead-in ending at lines[k] starts: k,
// or, when lines[k] is only the verb ("quy định:", wrapped onto a line of
// its own, as OCR leaves "- Điểm e khoản 2 Điều 12 Luật Thuế TNDN số
// 67/2025/QH15" / "quy định:"), the item line up to three lines before it.
func leadInStart(lines []string, k int) int {
	switch fold.String(strings.TrimSuffix(strings.TrimSpace(lines[k]), ":")) {
	case "quy dinh", "nhu sau", "quy dinh nhu sau":
	default:
		return k
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if lv, _, _ := marker(lines[j]); lv != lvNone {
			return j
		}
	}
	return k
}

// isNumberedItem tells whether a line starts an item with a number or a
// letter: a lead-in that is one is the letter's own item, kept so that the
// items after it stay in sequence.
func isNumberedItem(ln string) bool {
	lv, _, _ := marker(ln)
	return lv != lvNone && lv != lvDash
}

// isLetterOrDigit tells whether r is a letter or a digit.
func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

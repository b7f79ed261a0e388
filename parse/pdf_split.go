package parse

import (
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
	"golang.org/x/text/unicode/norm"
)

// firstDocument returns how many pages the first document of a file
// takes, when the file holds more than one, as a scanner's batch does (phutho-cv4532: page 2 is
// the first page of letter 620/VP-KSTTHC). A page after the first whose
// top lines hold a header of its own, the motto and a "Số:" line, starts
// another document: its number, citations and signer are not the first
// one's. A warning says where the file was cut. An annex or form that
// repeats the motto and a "Số:" line is cut off too; it comes after the
// document's signature, and the record is the document's.
// Pages are laid out once, in laid, for this look and for the text read
// from them.
func firstDocument(pages []*pdf.Page, laid *pdflayout.Pages, doc *document) int {
	for i := 1; i < len(pages); i++ {
		if pages[i] == nil || len(pages[i].Chars) == 0 {
			continue
		}
		ls := laid.Lines(i)
		motto, number := false, false
		for _, ln := range ls[:min(len(ls), 15)] {
			ln = strings.TrimSpace(norm.NFC.String(ln))
			motto = motto || isMotto(ln)
			number = number || numberLineRe.Prefixed().MatchString(ln) || blankSymbolRe.MatchString(ln)
		}
		if motto && number {
			doc.warnings = append(doc.warnings, fmt.Sprintf("trang %d mở đầu một văn bản khác (có quốc hiệu và số riêng): chỉ đọc %d trang đầu / page %d starts another document (a header of its own): only the first %d pages are read", i+1, i, i+1, i))
			return i
		}
	}
	return len(pages)
}

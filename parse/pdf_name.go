package parse

import (
	"fmt"
	"net/url"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// numberFromName gives a document whose header prints the symbol of its
// number but not the number itself (written in by hand and not legible,
// "Số: J†§ /STTTT-CNTT") the number its file name shows: offices and
// portals name the file of a document by its number ("07-CT-UBND.pdf",
// "16CT.signed.pdf", "2191_CT-CS.pdf", "kh-753.pdf"). A warning says where
// the number came from; a number read on the page always wins, and a name
// that shows no number next to the symbol's first code or the kind's code,
// or two different ones, gives nothing. The symbol is the one readHeader
// found on the header's "Số:" line (header.symbol).
func numberFromName(rec *directive.Record, symbol, name string) {
	if rec.Directive.Number != "" || name == "" || symbol == "" {
		return
	}
	first, _, _ := strings.Cut(symbol, "-")
	seq := numberInName(name, first, rec.Directive.Kind)
	if seq == "" {
		return
	}
	if y := rec.Directive.Issued; len(seq) == 4 && len(y) >= 4 && seq == y[:4] {
		return // the year in "ct-2018.pdf"
	}
	n, err := directive.ParseNumber(seq + "/" + symbol)
	if err != nil {
		return
	}
	rec.Directive.Number = n.Text
	rec.Warnings = slices.DeleteFunc(rec.Warnings, func(w string) bool { return strings.HasSuffix(w, "the document's number is not stated") })
	rec.Warnings = append(rec.Warnings, fmt.Sprintf("số hiệu %s lấy từ tên tệp %q, vì trên trang không đọc được số / number %s taken from the file name %q: no number could be read on the page",
		n.Text, name, n.Text, name))
}

// fileName is the last element of the input's path or address, unescaped.
func fileName(c *config) string {
	if c.path != "" {
		return path.Base(strings.ReplaceAll(c.path, `\`, "/"))
	}
	if u, err := url.Parse(c.url); err == nil && u.Path != "" {
		return path.Base(u.Path)
	}
	return ""
}

// numberInName returns the digits the file name shows as a document's
// number: a run of at most five digits followed by code, the first code of
// the number's symbol ("07-CT-UBND", "16CT", "464-ttg", "04 QĐ 138"), or
// else preceded by kind, the kind's code ("ct07", "kh-753", "cv2191").
// Name, code and kind are compared folded (fold.String: no marks, lower
// case). It returns "" when no run or two different runs qualify.
func numberInName(name, code, kind string) string {
	stem := strings.TrimSuffix(name, path.Ext(name))
	code, kind = fold.String(code), fold.String(kind)
	var toks []string // runs of letters and runs of digits
	for _, w := range fold.Words(stem) {
		start := 0
		for i, r := range w {
			if i > 0 && unicode.IsDigit(r) != unicode.IsDigit(rune(w[i-1])) {
				toks = append(toks, w[start:i])
				start = i
			}
		}
		toks = append(toks, w[start:])
	}
	digits := func(t string) bool { return t != "" && strings.TrimFunc(t, unicode.IsDigit) == "" }
	pick := func(ok func(k int) bool) (string, bool) {
		found := ""
		for k, t := range toks {
			if !digits(t) || len(t) > 5 || !ok(k) {
				continue
			}
			if found != "" && strings.TrimLeft(found, "0") != strings.TrimLeft(t, "0") {
				return "", false // two different numbers
			}
			found = t
		}
		return found, true
	}
	n, ok := pick(func(k int) bool { return code != "" && k+1 < len(toks) && toks[k+1] == code })
	if n == "" && ok {
		n, ok = pick(func(k int) bool { return kind != "" && k > 0 && toks[k-1] == kind })
	}
	if !ok {
		return ""
	}
	return n
}

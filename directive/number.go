package directive

import (
	_ "embed"
	"errors"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"

	"github.com/vnthidua/thidua/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

// ErrNumber is wrapped by every error ParseNumber returns.
var ErrNumber = errors.New("not a document number")

// Number is a parsed số, ký hiệu: the number and symbol of a document.
//
// State documents (Decree 30/2020/NĐ-CP, Art. 8 and Appendix I) are written
// SEQ/KIND-BODY ("08/CT-UBND") or, for legal documents, SEQ/YEAR/KIND-BODY
// ("98/2023/NĐ-CP") and SEQ/YEAR/BODY ("06/2022/QH15"). Party documents
// are written SEQ-KIND/BODY ("34-CT/TW"). The forms are those of
// lexicon/numberforms.tsv.
type Number struct {
	Seq   int    // sequence number: 8 in 08/CT-UBND
	Year  int    // year when written in the number, else 0
	Kind  string // document kind code when the number carries one: CT, NĐ, ...
	Body  string // issuing body's code: UBND, CP, TTg, QH15, TW, ...
	Party bool   // written in the Party form (34-CT/TW)
	Text  string // the number as written, normalised: spaces removed, Đ restored
}

// String returns the normalised number.
func (n Number) String() string { return n.Text }

var (
	dashes   = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-", "／", "/")
	spacesRe = lazyregexp.New(`\s*([/-])\s*`)
)

//go:embed lexicon/dcodes.tsv
var dCodesTSV string

// dCodes are the codes written with Đ that are often typed with a plain
// D, by the code so typed: lexicon/dcodes.tsv, read on first use
// (TestDCodesLexicon reads it).
var dCodes = lexicon.OnFirstUse(dCodesTSV, readDCodes)

// readDCodes reads the codes written with Đ, one a line; lines starting
// with # are comments. It returns each by the code typed with D.
func readDCodes(tsv string) (map[string]string, error) {
	out := map[string]string{}
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/dcodes.tsv line %d", i)
		if !strings.Contains(ln, "Đ") || strings.ContainsAny(ln, " \t-/") || ln != norm.NFC.String(ln) {
			return nil, fmt.Errorf("%s: %q, want a code with Đ, without spaces or separators", at, ln)
		}
		typed := strings.ReplaceAll(ln, "Đ", "D")
		if _, ok := out[typed]; ok {
			return nil, fmt.Errorf("%s: %s is listed twice", at, ln)
		}
		out[typed] = ln
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/dcodes.tsv: no codes")
	}
	return out, nil
}

// ParseNumber parses a document number in the state or Party form, in
// one of the forms of lexicon/numberforms.tsv, the first that matches. It
// tolerates spaces around the separators, Unicode dashes and a plain D for
// Đ in the codes that carry one, and returns an error wrapping ErrNumber
// for anything else.
func ParseNumber(s string) (Number, error) {
	in := s
	s = norm.NFC.String(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "Số:"), "số")
	s = strings.TrimSpace(strings.TrimPrefix(s, ":"))
	s = dashes.Replace(s)
	s = spacesRe.ReplaceAllString(s, "$1")
	s = strings.TrimRight(s, ".,;:)")
	if len(s) == 0 || len(s) > 64 {
		return Number{}, fmt.Errorf("%w: %q", ErrNumber, in)
	}
	for _, f := range numberForms() {
		if m := f.re.FindStringSubmatch(s); m != nil {
			return f.read(in, m[1:])
		}
	}
	return Number{}, fmt.Errorf("%w: %q: want a number in one of the forms %s", ErrNumber, in, formsWanted())
}

// fixCodes restores Đ in each dash- or slash-separated code of a symbol.
func fixCodes(s string) string {
	var b strings.Builder
	start := 0
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == '-' || s[i] == '/' {
			b.WriteString(fixD(s[start:i]))
			if i < len(s) {
				b.WriteByte(s[i])
			}
			start = i + 1
		}
	}
	return b.String()
}

func fixD(code string) string {
	// Typed with a plain D in some places only ("HDTĐ" for HĐTĐ): the
	// code read with D everywhere is the key.
	if c, ok := dCodes()[strings.ReplaceAll(code, "Đ", "D")]; ok {
		return c
	}
	return code
}

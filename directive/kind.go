package directive

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"

	"github.com/vnthidua/thidua/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

// KindInfo describes one kind of document: its abbreviation in the number
// (Decree 30/2020/NĐ-CP, Appendix III; Party documents per Hướng dẫn
// 36-HD/VPTW) and its Vietnamese and English names.
type KindInfo struct {
	Code    string // abbreviation as used in the number: CT, QĐ, NĐ, ...
	Name    string // Vietnamese name: Chỉ thị
	English string // English name: Directive
}

//go:embed lexicon/kinds.tsv
var kindsTSV string

// kinds are the document kinds thidua knows: lexicon/kinds.tsv, read on
// first use. A file that does not read is a bug of the build, not of the
// input: TestKindsLexicon reads it.
var kinds = lexicon.OnFirstUse(kindsTSV, readKinds)

// readKinds reads the kinds: one a line, code, name and English name
// separated by tabs; lines starting with # are comments.
func readKinds(tsv string) ([]KindInfo, error) {
	var out []KindInfo
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/kinds.tsv line %d", i)
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: %d fields, want 3 (code, name, english)", at, len(f))
		}
		k := KindInfo{Code: f[0], Name: f[1], English: f[2]}
		for _, s := range f {
			if s == "" || s != strings.Join(strings.Fields(s), " ") || s != norm.NFC.String(s) {
				return nil, fmt.Errorf("%s: %q, want NFC words one space apart", at, s)
			}
		}
		if strings.ContainsAny(k.Code, " -/") {
			return nil, fmt.Errorf("%s: code %q holds a separator of a number", at, k.Code)
		}
		for _, o := range out {
			if o.Code == k.Code {
				return nil, fmt.Errorf("%s: code %s is listed twice", at, k.Code)
			}
		}
		out = append(out, k)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/kinds.tsv: no kinds")
	}
	return out, nil
}

// Kind returns the information for an abbreviation such as "CT", "QĐ" or
// "QD" (a plain D is read as Đ). The second result is false for an unknown
// code.
func Kind(code string) (KindInfo, bool) {
	code = norm.NFC.String(strings.TrimSpace(code))
	for _, k := range kinds() {
		if k.Code == code {
			return k, true
		}
	}
	for _, k := range kinds() {
		if strings.EqualFold(foldD(k.Code), foldD(code)) {
			return k, true
		}
	}
	return KindInfo{}, false
}

// KindByName returns the kind whose Vietnamese name is name, in any case
// ("CHỈ THỊ", "Chỉ thị", "chỉ thị").
func KindByName(name string) (KindInfo, bool) {
	name = strings.ToLower(norm.NFC.String(strings.Join(strings.Fields(name), " ")))
	k, ok := kindsByName()[name]
	return k, ok
}

// kindsByName are the kinds by their names in lower case, read once: the
// first of equal names wins (QYĐ before the Party's QĐi), as a look down
// the list would find it. KindByName is called on many lines of every
// text; lowering every kind's name on each call was a tenth of readHeader.
var kindsByName = sync.OnceValue(func() map[string]KindInfo {
	out := map[string]KindInfo{}
	for _, k := range kinds() {
		name := strings.ToLower(k.Name)
		if _, ok := out[name]; !ok {
			out[name] = k
		}
	}
	return out
})

// Kinds returns every document kind thidua knows.
func Kinds() []KindInfo {
	return append([]KindInfo(nil), kinds()...)
}

// foldD reads Đ and đ as D, for comparing codes typed without Đ.
func foldD(s string) string { return dAsD.Replace(s) }

// dAsD is foldD's replacer, made once: Kind calls foldD twice for each
// kind when a code is not known as written.
var dAsD = strings.NewReplacer("Đ", "D", "đ", "d")

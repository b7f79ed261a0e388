package directive

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

// The forms of a number are data: lexicon/numberforms.tsv lists them as
// templates ("SEQ/YEAR/SYMBOL") and lexicon/numberparts.tsv says what
// each part of a template may hold. Both are read, and each form's
// pattern compiled, on the first number read.

//go:embed lexicon/numberforms.tsv
var numberFormsTSV string

//go:embed lexicon/numberparts.tsv
var numberPartsTSV string

// numberPart is one line of lexicon/numberparts.tsv.
type numberPart struct {
	inNumber, inText string // regexp sources, without capturing groups
}

// numberForm is one line of lexicon/numberforms.tsv, compiled.
type numberForm struct {
	form     string   // as written: "SEQ-KIND/BODY"
	party    bool     // the Party family
	examples []string // numbers written in the form
	parts    []string // the parts' names, in order
	seps     []string // the marks before each part ("" before the first)
	re       *regexp.Regexp
	text     string // the form in running text, a regexp source
}

// partNames are the parts a form may name, each filling one field of a
// Number (numberForm.read).
var partNames = []string{"SEQ", "YEAR", "KIND", "BODY", "SYMBOL"}

// families are the families of forms, by their name in the files.
var families = map[string]bool{"state": false, "party": true}

// numberForms are the forms of lexicon/numberforms.tsv, in order, with
// the parts of lexicon/numberparts.tsv.
var numberForms = lexicon.OnFirstUse(numberFormsTSV, func(tsv string) ([]numberForm, error) {
	parts, err := readNumberParts(numberPartsTSV)
	if err != nil {
		return nil, err
	}
	return readNumberForms(tsv, parts)
})

// readNumberParts reads lexicon/numberparts.tsv: the parts by family and
// name.
func readNumberParts(tsv string) (map[string]map[string]numberPart, error) {
	out := map[string]map[string]numberPart{}
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/numberparts.tsv line %d", i)
		if ln != norm.NFC.String(ln) {
			return nil, fmt.Errorf("%s: not NFC (a letter and its marks written apart), so it would match no letter of a text, which is read in NFC", at)
		}
		f := strings.Split(ln, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s: %d fields, want 5 (part, family, in a number, in a text, holds)", at, len(f))
		}
		name, family := f[0], f[1]
		if !slices.Contains(partNames, name) {
			return nil, fmt.Errorf("%s: part %q, want one of %s", at, name, strings.Join(partNames, ", "))
		}
		if _, ok := families[family]; !ok {
			return nil, fmt.Errorf("%s: family %q, want state or party", at, family)
		}
		for _, src := range f[2:4] {
			re, err := regexp.Compile(src)
			if err != nil {
				return nil, fmt.Errorf("%s: %s: %w", at, name, err)
			}
			if re.NumSubexp() > 0 {
				return nil, fmt.Errorf("%s: %s: %q has a capturing group, want (?:…)", at, name, src)
			}
			if re.MatchString("") {
				return nil, fmt.Errorf("%s: %s: %q matches nothing written", at, name, src)
			}
		}
		if out[family] == nil {
			out[family] = map[string]numberPart{}
		}
		if _, ok := out[family][name]; ok {
			return nil, fmt.Errorf("%s: %s is listed twice for the %s family", at, name, family)
		}
		out[family][name] = numberPart{inNumber: f[2], inText: f[3]}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/numberparts.tsv: no parts")
	}
	return out, nil
}

// readNumberForms reads lexicon/numberforms.tsv with the parts of
// numberparts.tsv: each form is compiled to a pattern that reads a whole
// number, its parts captured, and to one that finds it in running text.
// Each example must be read by its own form.
func readNumberForms(tsv string, parts map[string]map[string]numberPart) ([]numberForm, error) {
	var out []numberForm
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/numberforms.tsv line %d", i)
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: %d fields, want 3 (form, family, examples)", at, len(f))
		}
		party, ok := families[f[1]]
		if !ok {
			return nil, fmt.Errorf("%s: family %q, want state or party", at, f[1])
		}
		nf := numberForm{form: f[0], party: party}
		if err := nf.compile(parts[f[1]]); err != nil {
			return nil, fmt.Errorf("%s: %w", at, err)
		}
		for _, o := range out {
			if o.form == nf.form && o.party == nf.party {
				return nil, fmt.Errorf("%s: %s is listed twice", at, nf.form)
			}
		}
		for _, ex := range strings.Split(f[2], ",") {
			ex = strings.TrimSpace(ex)
			if ex == "" || ex != norm.NFC.String(ex) {
				return nil, fmt.Errorf("%s: example %q, want an NFC number", at, ex)
			}
			if !nf.re.MatchString(ex) {
				return nil, fmt.Errorf("%s: example %s is not in the form %s", at, ex, nf.form)
			}
			nf.examples = append(nf.examples, ex)
		}
		out = append(out, nf)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/numberforms.tsv: no forms")
	}
	return out, nil
}

// compile splits the form into its parts and the marks between them and
// builds its two patterns from the parts' (parts are those of the form's
// family).
func (nf *numberForm) compile(parts map[string]numberPart) error {
	var whole, text strings.Builder
	whole.WriteString("^")
	sep := ""
	for s := nf.form; s != ""; {
		n := 0
		for n < len(s) && 'A' <= s[n] && s[n] <= 'Z' {
			n++
		}
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s)
			sep += s[:size]
			s = s[size:]
			continue
		}
		name := s[:n]
		s = s[n:]
		p, ok := parts[name]
		if !ok {
			return fmt.Errorf("form %s: part %s is not in numberparts.tsv for its family", nf.form, name)
		}
		if (sep == "") != (len(nf.parts) == 0) {
			return fmt.Errorf("form %s: want a mark such as / or - between two parts and none before the first", nf.form)
		}
		for _, r := range sep {
			if r == ' ' || r == '\t' || ('0' <= r && r <= '9') || ('a' <= r && r <= 'z') {
				return fmt.Errorf("form %s: mark %q, want marks such as / or -", nf.form, sep)
			}
		}
		if slices.Contains(nf.parts, name) {
			return fmt.Errorf("form %s: %s is named twice", nf.form, name)
		}
		whole.WriteString(regexp.QuoteMeta(sep) + "(" + p.inNumber + ")")
		text.WriteString(textMark(sep) + "(?:" + p.inText + ")")
		nf.parts = append(nf.parts, name)
		nf.seps = append(nf.seps, sep)
		sep = ""
	}
	if sep != "" {
		return fmt.Errorf("form %s: ends with a mark", nf.form)
	}
	if !slices.Contains(nf.parts, "SEQ") || !slices.Contains(nf.parts, "BODY") && !slices.Contains(nf.parts, "SYMBOL") {
		return fmt.Errorf("form %s: want a SEQ and a BODY or SYMBOL", nf.form)
	}
	whole.WriteString("$")
	var err error
	if nf.re, err = regexp.Compile(whole.String()); err != nil {
		return fmt.Errorf("form %s: %w", nf.form, err)
	}
	nf.text = text.String()
	return nil
}

// textMark is a form's mark as running text may write it: a space may
// follow a dash ("05- CT/TW").
func textMark(sep string) string {
	return strings.ReplaceAll(regexp.QuoteMeta(sep), "-", "- ?")
}

// read makes the Number of the parts m a form's pattern captured in the
// tidied number; in is the number as given, for errors.
func (nf *numberForm) read(in string, m []string) (Number, error) {
	n := Number{Party: nf.party}
	var text strings.Builder
	for i, name := range nf.parts {
		v := m[i]
		switch name {
		case "SEQ":
			// A number may carry a letter after its digits ("30c/NQ-CP",
			// "30a/2008/NQ-CP": resolutions numbered between 30 and 31).
			n.Seq, _ = strconv.Atoi(strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz"))
		case "YEAR":
			n.Year, _ = strconv.Atoi(v)
			if n.Year < 1945 || n.Year > 2200 {
				return Number{}, fmt.Errorf("%w: %q: year %d out of range", ErrNumber, in, n.Year)
			}
		case "KIND":
			v = fixD(v)
			n.Kind = v
		case "BODY":
			v = fixCodes(v)
			n.Body = v
		case "SYMBOL":
			codes := strings.Split(fixCodes(v), "-")
			if k, ok := Kind(codes[0]); ok && len(codes) > 1 && k.Code != "L" {
				n.Kind = k.Code
				codes = codes[1:]
			}
			n.Body = strings.Join(codes, "-")
			v = n.Body
			if n.Kind != "" {
				v = n.Kind + "-" + n.Body
			}
		}
		text.WriteString(nf.seps[i] + v)
	}
	n.Text = text.String()
	return n, nil
}

// formsWanted lists the forms with an example of each, for errors.
func formsWanted() string {
	var b strings.Builder
	for i, f := range numberForms() {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s (%s)", f.form, f.examples[0])
	}
	return b.String()
}

// NumberPattern returns a regular expression (its source) that finds the
// numbers of the Party forms (party) or of the state forms of
// lexicon/numberforms.tsv in running text, as the analysis finds them:
// the forms of the family in order, each part as the "in a text" column
// of lexicon/numberparts.tsv writes it, a space allowed after a dash. It
// has no capturing groups. Where several forms could match at one place,
// the first in the file is taken, as ParseNumber does. Where the file has
// no form of the family, the pattern finds nothing.
func NumberPattern(party bool) string {
	var alts []string
	for _, f := range numberForms() {
		if f.party == party {
			alts = append(alts, f.text)
		}
	}
	if len(alts) == 0 {
		return `[^\x00-\x{10FFFF}]` // no form of the family: a pattern that finds nothing
	}
	return "(?:" + strings.Join(alts, "|") + ")"
}

package directive

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lexicon"
	"golang.org/x/text/unicode/norm"
)

// The forms of a date are data: lexicon/dateforms.tsv lists them as
// templates ("D/M/YYYY", "[ngày] D tháng M năm YYYY"), read and compiled
// on the first date read.

//go:embed lexicon/dateforms.tsv
var dateFormsTSV string

// dateForm is one line of lexicon/dateforms.tsv, compiled.
type dateForm struct {
	form     string
	anyAfter bool // the date may be followed by anything
	examples []string
	re       *regexp.Regexp
	day      int // the submatch of each part
	month    int
	year     int
}

// dateParts are the parts a date form names, with what each may hold.
var dateParts = []struct{ name, re string }{
	{"YYYY", `\d{4}`}, {"DD", `\d{2}`}, {"MM", `\d{2}`}, {"D", `\d{1,2}`}, {"M", `\d{1,2}`},
}

// dateForms are the forms of lexicon/dateforms.tsv, in order.
var dateForms = lexicon.OnFirstUse(dateFormsTSV, readDateForms)

// readDateForms reads lexicon/dateforms.tsv: each form compiled to a
// pattern that reads a date from the start of a text, its parts
// captured. Each example must be read by its own form.
func readDateForms(tsv string) ([]dateForm, error) {
	var out []dateForm
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/dateforms.tsv line %d", i)
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: %d fields, want 3 (form, after, examples)", at, len(f))
		}
		df := dateForm{form: f[0]}
		switch f[1] {
		case "anything":
			df.anyAfter = true
		case "nothing":
		default:
			return nil, fmt.Errorf("%s: after %q, want anything or nothing", at, f[1])
		}
		if df.form != norm.NFC.String(df.form) || df.form != strings.Join(strings.Fields(df.form), " ") {
			return nil, fmt.Errorf("%s: form %q, want NFC words one space apart", at, df.form)
		}
		if err := df.compile(); err != nil {
			return nil, fmt.Errorf("%s: %w", at, err)
		}
		for _, o := range out {
			if o.form == df.form {
				return nil, fmt.Errorf("%s: %s is listed twice", at, df.form)
			}
		}
		for _, ex := range strings.Split(f[2], ",") {
			ex = strings.TrimSpace(ex)
			if ex == "" || ex != norm.NFC.String(ex) {
				return nil, fmt.Errorf("%s: example %q, want an NFC date", at, ex)
			}
			if !df.re.MatchString(ex) {
				return nil, fmt.Errorf("%s: example %s is not in the form %s", at, ex, df.form)
			}
			df.examples = append(df.examples, ex)
		}
		out = append(out, df)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/dateforms.tsv: no forms")
	}
	return out, nil
}

// compile builds the form's pattern: anchored at the start, and at the
// end too unless anything may follow; in any case (the words).
func (df *dateForm) compile() error {
	var b strings.Builder
	b.WriteString("(?i)^")
	groups := 0
	var named []string
	for s := df.form; s != ""; {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case 'A' <= r && r <= 'Z':
			n := 0
			for n < len(s) && 'A' <= s[n] && s[n] <= 'Z' {
				n++
			}
			i := slices.IndexFunc(dateParts, func(p struct{ name, re string }) bool { return p.name == s[:n] })
			if i < 0 {
				return fmt.Errorf("form %s: %s is not a part, want D, DD, M, MM or YYYY", df.form, s[:n])
			}
			groups++
			var what string
			switch s[0] {
			case 'D':
				df.day, what = groups, "day"
			case 'M':
				df.month, what = groups, "month"
			case 'Y':
				df.year, what = groups, "year"
			}
			if slices.Contains(named, what) {
				return fmt.Errorf("form %s: the %s is named twice", df.form, what)
			}
			named = append(named, what)
			b.WriteString("(" + dateParts[i].re + ")")
			s = s[n:]
		case r == '[':
			end := strings.IndexByte(s, ']')
			if end < 0 || !strings.HasPrefix(s[end:], "] ") || !isWords(s[1:end]) {
				return fmt.Errorf("form %s: want [words] followed by a space", df.form)
			}
			b.WriteString(`(?:` + wordsPattern(s[1:end]) + `\s+)?`)
			s = s[end+2:]
		case r == ' ':
			b.WriteString(`\s+`)
			s = s[1:]
		case r == '/':
			b.WriteString(`\s*[/.-]\s*`)
			s = s[1:]
		case unicode.IsLetter(r):
			n := strings.IndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) })
			if n < 0 {
				n = len(s)
			}
			b.WriteString(regexp.QuoteMeta(s[:n]))
			s = s[n:]
		case unicode.IsDigit(r):
			return fmt.Errorf("form %s: a digit, want D, M or YYYY for the parts", df.form)
		default:
			b.WriteString(regexp.QuoteMeta(s[:size]))
			s = s[size:]
		}
	}
	if df.day == 0 || df.month == 0 || df.year == 0 {
		return fmt.Errorf("form %s: want a day, a month and a year", df.form)
	}
	if !df.anyAfter {
		b.WriteString("$")
	}
	var err error
	df.re, err = regexp.Compile(b.String())
	if err != nil {
		return fmt.Errorf("form %s: %w", df.form, err)
	}
	return nil
}

// isWords reports whether s is words of letters one space apart.
func isWords(s string) bool {
	for _, w := range strings.Split(s, " ") {
		if w == "" || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			return false
		}
	}
	return true
}

// wordsPattern is words as the pattern reads them: spaces may be any white
// space.
func wordsPattern(s string) string {
	return strings.ReplaceAll(regexp.QuoteMeta(s), " ", `\s+`)
}

// read makes the date of the parts the form's pattern captured; in is the
// text as given, for errors.
func (df *dateForm) read(in string, m []string) (time.Time, error) {
	return makeDate(in, m[df.day], m[df.month], m[df.year])
}

//go:embed lexicon/weekdays.tsv
var weekdaysTSV string

// weekdays are the names of lexicon/weekdays.tsv.
var weekdays = lexicon.OnFirstUse(weekdaysTSV, readWeekdays)

// readWeekdays reads lexicon/weekdays.tsv: one name a line, in small
// letters, one space between words.
func readWeekdays(tsv string) ([]string, error) {
	var out []string
	for i, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("directive/lexicon/weekdays.tsv line %d", i)
		if ln != strings.ToLower(ln) || ln != norm.NFC.String(ln) || ln != strings.Join(strings.Fields(ln), " ") ||
			strings.IndexFunc(ln, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != ' ' }) >= 0 {
			return nil, fmt.Errorf("%s: %q, want a name in small letters and digits, NFC, one space between words", at, ln)
		}
		if slices.Contains(out, ln) {
			return nil, fmt.Errorf("%s: %s is listed twice", at, ln)
		}
		out = append(out, ln)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("directive/lexicon/weekdays.tsv: no names")
	}
	return out, nil
}

// weekdayPattern is the pattern of a weekday's name at the start of a
// text, with the comma or dash after it: the names, longest first, in
// any case, their spaces any white space or none.
func weekdayPattern(names []string) string {
	alts := slices.Clone(names)
	slices.SortStableFunc(alts, func(a, b string) int { return len(b) - len(a) })
	for i, a := range alts {
		alts[i] = strings.ReplaceAll(regexp.QuoteMeta(a), " ", `\s*`)
	}
	return `(?i)^(?:` + strings.Join(alts, "|") + `)\s*[,–-]?\s*`
}

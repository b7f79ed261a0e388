package parse

import (
	_ "embed"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"regexp"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/internal/lexicon"
)

// namedLaw is a law or decree of the field that documents often cite by
// name and year instead of by number ("Luật Thi đua, khen thưởng năm
// 2022"). Each year maps to the number of the text passed that year.
type namedLaw struct {
	kind    string
	name    *regexp.Regexp
	blind   *regexp.Regexp // name with any mark on each letter (laws_blind.go)
	numbers map[int]string // year → number
	title   string
}

//go:embed lexicon/laws.tsv
var lawsTSV string

// namedLaws is the small catalogue of the field's principal texts that
// citations resolve against (lexicon/laws.tsv), read on first use.
var namedLaws = lexicon.OnFirstUse(lawsTSV, readLaws) // tested by TestLawsLexicon

// readLaws reads the catalogue of laws cited by name: one law a line,
// kind, title, years and numbers, and the pattern of its name, separated
// by tabs; lines starting with # are comments.
func readLaws(tsv string) ([]namedLaw, error) {
	var out []namedLaw
	for line, ln := range lexicon.Lines(tsv) {
		f := strings.Split(ln, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("lexicon/laws.tsv line %d: %d fields, want 4 (kind, title, years, name)", line, len(f))
		}
		law := namedLaw{kind: f[0], title: f[1], numbers: map[int]string{}}
		for _, yn := range strings.Split(f[2], ",") {
			y, n, ok := strings.Cut(yn, "=")
			year, err := strconv.Atoi(y)
			if !ok || err != nil || n == "" {
				return nil, fmt.Errorf("lexicon/laws.tsv line %d: year %q, want YEAR=NUMBER", line, yn)
			}
			law.numbers[year] = n
		}
		re, err := regexp.Compile(`^(?i)` + f[3])
		if err != nil {
			return nil, fmt.Errorf("lexicon/laws.tsv line %d: name: %w", line, err)
		}
		law.name = re
		if law.blind, err = blindName(f[3]); err != nil {
			return nil, fmt.Errorf("lexicon/laws.tsv line %d: name without marks: %w", line, err)
		}
		out = append(out, law)
	}
	return out, nil
}

var (
	lawYearRe    = lazyregexp.New(`^(?:\s*(?:số\s+\S+\s+)?(?:ngày\s+\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s+)?(?:năm|ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm)\s+(\d{4})|\s*(?:số\s+\S+\s+)?ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(\d{4})|\s*\((\d{4})\))`)
	lawAmendedRe = lazyregexp.New(`^\s*(?:năm\s+\d{4}\s*)?[(,]?\s*(?:được\s+)?sửa\s+đổi,?\s+bổ\s+sung(?:\s+(?:các\s+)?năm)?\s+((?:\d{4}\s*(?:,|và)?\s*)+)`)
	yearRe       = lazyregexp.New(`\d{4}`)
	lawYearsRe   = lazyregexp.New(`^\s*năm\s+\d{4}(?:\s*(?:,|và)\s*(?:năm\s+)?\d{4})+`)
)

// findNamedLaws returns the citations of principal laws written by name
// and year. A name written without a year is not resolved: which text it
// means would be a guess.
func findNamedLaws(text string) []mention {
	var out []mention
	taken := make([][2]int, 0, 4)
	// Candidates: each "Luật"/"luật"/"LUẬT" of the text; the anchored
	// patterns are tried there only.
	for off := 0; off < len(text); {
		i := strings.Index(text[off:], "uật")
		if i < 0 {
			i = strings.Index(text[off:], "UẬT")
		}
		if i < 0 {
			break
		}
		start := off + i - 1
		off += i + len("uật")
		if start < 0 || (text[start] != 'L' && text[start] != 'l') {
			continue
		}
		window := text[start:min(len(text), start+400)]
		for _, law := range namedLaws() {
			loc := law.name.FindStringIndex(window)
			if loc == nil {
				// OCR misreads marks more than letters ("chính quyên
				// địa phương", "sửa đồi"): the name under any marks.
				loc = law.blind.FindStringIndex(window)
			}
			if loc == nil {
				continue
			}
			loc[0], loc[1] = loc[0]+start, loc[1]+start
			if overlapsAny(loc, taken) {
				break
			}
			taken = append(taken, [2]int{loc[0], loc[1]})
			rest := text[loc[1]:min(len(text), loc[1]+120)]
			yl := lawYearRe.FindStringSubmatchIndex(rest)
			if yl == nil {
				break
			}
			year, _ := strconv.Atoi(sub(rest, yl, 1) + sub(rest, yl, 2) + sub(rest, yl, 3))
			add := func(y int) {
				if num, ok := law.numbers[y]; ok {
					// The mention is the name and the year, as written.
					m := mention{start: loc[0], end: loc[1] + yl[1], kindStart: loc[0], kindWord: "Luật", title: law.title}
					m.num.Text = num
					m.num.Year = y
					out = append(out, m)
				}
			}
			add(year)
			// An amending law of several years: "năm 2005, năm 2009, năm
			// 2013" or "năm 2005, 2009 và 2013".
			if ly := lawYearsRe.FindString(rest); ly != "" {
				for _, y := range yearRe.FindAllString(ly, -1) {
					if v, _ := strconv.Atoi(y); v != year {
						add(v)
					}
				}
			}
			if am := lawAmendedRe.FindStringSubmatch(rest); am != nil {
				for _, y := range yearRe.FindAllString(am[1], -1) {
					if v, _ := strconv.Atoi(y); v != year {
						add(v)
					}
				}
			}
			break
		}
	}
	return out
}

func overlapsAny(loc []int, spans [][2]int) bool {
	for _, s := range spans {
		if loc[0] < s[1] && s[0] < loc[1] {
			return true
		}
	}
	return false
}

// sub returns group g of a match loc of s, or "" when it did not take part.
func sub(s string, loc []int, g int) string {
	if loc[2*g] < 0 {
		return ""
	}
	return s[loc[2*g]:loc[2*g+1]]
}

package parse

import (
	_ "embed"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lexicon"
)

//go:embed lexicon/bodies.tsv
var bodiesTSV string

// issuingBody is a body that issues documents or launches campaigns, as
// running text names it: a line of lexicon/bodies.tsv.
type issuingBody struct {
	forms   []string        // as written, longer first where one starts another
	level   directive.Level // "" when the place named after it decides
	after   string          // what must follow a form: "", afterName or afterPlace
	before  []string        // offices or standing bodies that may precede it
	finders finders         // the finders that read it
	line    int             // the line of the lexicon, for messages
}

// What must follow a body's form for it to name a body.
const (
	afterName  = "name"  // a name in capitals ("Bộ Nội vụ")
	afterPlace = "place" // a place's proper name, as written ("Tỉnh Quảng Ngãi")
)

// finders is a set of the finders that read issuing bodies from running
// text.
type finders uint8

const (
	// findSentence reads the issuer in the sentence of an article that
	// names the document (issuerWordRe).
	findSentence finders = 1 << iota
	// findClause reads the head of the body an opening clause says
	// issues the document (clauseIssuerRe).
	findClause
	// findLaunch reads the start of the body an article says launched a
	// campaign, or held or spoke at the launch (launcherRe, organiserRe,
	// launchSpeakerRe).
	findLaunch
	// findOpening reads the issuer a copy without its header names where
	// its body turns to its contents (openingIssuerRe).
	findOpening
)

// finderNamed returns the finder the lexicon calls name.
func finderNamed(name string) (finders, bool) {
	switch name {
	case "sentence":
		return findSentence, true
	case "clause":
		return findClause, true
	case "launch":
		return findLaunch, true
	case "opening":
		return findOpening, true
	}
	return 0, false
}

// issuingBodies are the bodies of lexicon/bodies.tsv, read on first use.
var issuingBodies = lexicon.OnFirstUse(bodiesTSV, readBodies) // tested by TestBodiesLexicon

// readBodies reads the issuing bodies: one a line, forms, level, after,
// before and finders separated by tabs; lines starting with # are
// comments. A form that starts a later form is refused, as the patterns
// made from the list would read the shorter.
func readBodies(tsv string) ([]issuingBody, error) {
	var out []issuingBody
	var seen []string // every form so far, in order
	for n, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("lexicon/bodies.tsv line %d", n)
		f := strings.Split(ln, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("%s: %d fields, want 5 (forms, level, after, before, finders)", at, len(f))
		}
		b := issuingBody{line: n}
		for _, form := range list(f[0]) {
			exp, err := expandForm(form)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", at, err)
			}
			for _, e := range exp {
				for _, s := range seen {
					if e == s {
						return nil, fmt.Errorf("%s: %q is listed twice", at, e)
					}
					if startsWords(e, s) {
						return nil, fmt.Errorf("%s: %q comes after %q, which starts it: put the longer first", at, e, s)
					}
				}
				seen = append(seen, e)
				b.forms = append(b.forms, e)
			}
		}
		if len(b.forms) == 0 {
			return nil, fmt.Errorf("%s: no forms", at)
		}
		if f[1] != "-" {
			b.level = directive.Level(f[1])
			if !slices.Contains([]directive.Level{directive.LevelCentral, directive.LevelMinistry, directive.LevelProvince, directive.LevelDistrict, directive.LevelCommune, directive.LevelParty, directive.LevelOther}, b.level) {
				return nil, fmt.Errorf("%s: level %q, want one of directive's levels or -", at, f[1])
			}
		}
		switch f[2] {
		case "-":
		case afterName, afterPlace:
			b.after = f[2]
		default:
			return nil, fmt.Errorf("%s: after %q, want -, %s or %s", at, f[2], afterName, afterPlace)
		}
		if f[3] != "-" {
			for _, p := range list(f[3]) {
				if !plainWords(p) {
					return nil, fmt.Errorf("%s: before %q, want words one space apart, without pattern characters", at, p)
				}
				b.before = append(b.before, p)
			}
		}
		for _, name := range list(f[4]) {
			fd, ok := finderNamed(name)
			if !ok {
				return nil, fmt.Errorf("%s: finder %q, want sentence, clause, launch or opening", at, name)
			}
			b.finders |= fd
		}
		if b.finders == 0 {
			return nil, fmt.Errorf("%s: no finders", at)
		}
		out = append(out, b)
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("lexicon/bodies.tsv: no bodies")
	}
	return out, nil
}

// list splits a comma-separated field and trims its items.
func list(field string) []string {
	var out []string
	for s := range strings.SplitSeq(field, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// plainWords reports whether s is words one space apart, without pattern
// characters; a stop inside a word ("T.Ư") is allowed.
func plainWords(s string) bool {
	return s != "" && s == strings.Join(strings.Fields(s), " ") && !strings.ContainsAny(s, "\t|()[]{}*+?^$\\")
}

// expandForm spells out a form's optional words ("Trung ương Đoàn [TNCS
// Hồ Chí Minh]"): every way of writing it, those that keep a bracketed
// run before those that leave it out, as a greedy (?:...)? tries them.
func expandForm(form string) ([]string, error) {
	open := strings.IndexByte(form, '[')
	if open < 0 {
		if !plainWords(form) {
			return nil, fmt.Errorf("form %q, want words one space apart, without pattern characters", form)
		}
		return []string{form}, nil
	}
	end := strings.IndexByte(form[open:], ']')
	if end < 0 {
		return nil, fmt.Errorf("form %q: [ without ]", form)
	}
	end += open
	head, opt, tail := strings.TrimSpace(form[:open]), form[open+1:end], strings.TrimSpace(form[end+1:])
	if head == "" || !plainWords(opt) {
		return nil, fmt.Errorf("form %q: want words in [brackets] after the first word", form)
	}
	rest := []string{""}
	if tail != "" {
		var err error
		if rest, err = expandForm(tail); err != nil {
			return nil, err
		}
	}
	var out []string
	for _, mid := range []string{head + " " + opt, head} {
		for _, r := range rest {
			out = append(out, strings.TrimSpace(mid+" "+r))
		}
	}
	for _, s := range out {
		if !plainWords(s) {
			return nil, fmt.Errorf("form %q, want words one space apart, without pattern characters", form)
		}
	}
	return out, nil
}

// startsWords reports whether the words of prefix start s, in any case,
// and s has more words.
func startsWords(s, prefix string) bool {
	return strings.HasPrefix(strings.ToLower(s), strings.ToLower(prefix)+" ")
}

// wordsPattern is a form or an office as a pattern: its words quoted, any
// run of white space between them.
func wordsPattern(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = regexp.QuoteMeta(w[i])
	}
	return strings.Join(w, `\s+`)
}

// bodiesPattern is the alternatives, in the lexicon's order, that start
// the name of a body the finder f reads: each body's forms, the offices
// that may stand before them, and what must follow them as f reads it.
func bodiesPattern(bs []issuingBody, f finders) string {
	var alts []string
	for _, b := range bs {
		if b.finders&f == 0 {
			continue
		}
		forms := make([]string, len(b.forms))
		for i, s := range b.forms {
			forms[i] = wordsPattern(s)
		}
		alt := `(?:` + strings.Join(forms, "|") + `)`
		if b.after == afterPlace && f == findSentence {
			// The sentence is read in any case; a place is read as
			// written: "tỉnh Quảng Ngãi" in lower case is part of the
			// name before it.
			alt = `(?-i:` + strings.Join(forms, "|") + `)`
		}
		if len(b.before) > 0 {
			pre := make([]string, len(b.before))
			for i, s := range b.before {
				pre[i] = wordsPattern(s)
			}
			alt = `(?:(?:` + strings.Join(pre, "|") + `)\s+)?` + alt
		}
		switch {
		case b.after == "" || f == findClause:
			// The clause reads the words after the head itself.
		case f == findSentence && b.after == afterName:
			alt += `\s+\p{Lu}[\pL ,]{2,40}?`
		case f == findSentence && b.after == afterPlace:
			alt += `\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,2}`
		default:
			alt += `\s+\p{Lu}`
		}
		alts = append(alts, alt)
	}
	return `(?:` + strings.Join(alts, "|") + `)`
}

package parse

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/vnthidua/thidua/internal/lexicon"
)

//go:embed lexicon/verbs.tsv
var verbsTSV string

// verbForm is a verb or verb phrase of lexicon/verbs.tsv: a word the
// analysis reads around a document a text names ("vừa ban hành Kế hoạch
// số ...", "Căn cứ Luật ...", "phát động phong trào ...").
type verbForm struct {
	form    string   // as written mid-sentence, in lower case
	role    string   // one of verbRoles
	readers []string // the patterns that read it, of verbReaders
	line    int      // the line of the lexicon, for messages
}

// verbRoles are what a verb may say a body does with a document or a
// campaign.
var verbRoles = []string{"issue", "sign", "launch", "cite", "implement", "award", "direct", "speak"}

// verbSpelling is how a pattern writes the forms it reads.
type verbSpelling struct {
	sep   string // between words: `\s+` (any white space) or " "
	upper bool   // the first letter in capitals, as a sentence starts
}

// verbReaders are the patterns that read verbs, by the name the lexicon
// gives them, with how each writes a form. The lexicon's header says what
// each reads. (An array, not a map: it costs nothing at package init.)
var verbReaders = [...]verbReader{
	{"issueVerb", verbSpelling{sep: `\s+`}},             // issueVerbRe
	{"nowIssued", verbSpelling{sep: `\s+`}},             // nowIssuedRe
	{"carriedOut", verbSpelling{sep: " ", upper: true}}, // carriedOutRe
	{"leadDate", verbSpelling{sep: `\s+`}},              // leadDateRe
	{"yearlessLead", verbSpelling{sep: `\s+`}},          // yearlessLeadRe
	{"issuerWord", verbSpelling{sep: `\s+`}},            // issuerWordRe
	{"issuerTail", verbSpelling{sep: `\s+`}},            // issuerTailRe
	{"issuedGap", verbSpelling{sep: `\s+`}},             // issuedGapRe
	{"signer", verbSpelling{sep: `\s+`}},                // signerWordsRe
	{"issuedKind", verbSpelling{sep: `\s+`}},            // issuedKindRe
	{"awardTitle", verbSpelling{sep: " ", upper: true}}, // issuedKindRe, after the kind
	{"decided", verbSpelling{sep: `\s+`}},               // decidedRe
	{"awarder", verbSpelling{sep: `\s+`}},               // awarderRe
	{"launch", verbSpelling{sep: `\s+`}},                // launchRe, launcherRe, launchAtRe, launchSpeakerRe
	{"speech", verbSpelling{sep: `\s+`}},                // launchSpeakerRe, after the speaker
	{"passive", verbSpelling{sep: " ", upper: true}},    // passiveRe
	{"anaphora", verbSpelling{sep: " "}},                // anaphoraRe
	{"opening", verbSpelling{sep: " "}},                 // clauseIssuerRe, openingIssuerRe
	{"lostHeader", verbSpelling{sep: " "}},              // lostHeaderOpeningRe
	{"copyStart", verbSpelling{sep: " ", upper: true}},  // lostHeaderOpening
	{"bodyStart", verbSpelling{sep: " ", upper: true}},  // bodyStartRe
	{"dateAfter", verbSpelling{sep: " "}},               // dateAfterRe
	{"issuerAfter", verbSpelling{sep: " "}},             // issuerAfterRe
	{"titleAfter", verbSpelling{sep: " "}},              // titleAfterRe
	{"titleStop", verbSpelling{sep: " "}},               // titleStopRe, after a comma
	{"titleStopOf", verbSpelling{sep: " "}},             // titleStopRe, after an issuer
}

// verbReader is a pattern that reads verbs, by its name in the lexicon.
type verbReader struct {
	name string
	verbSpelling
}

// verbReaderNamed returns how the reader name writes a form.
func verbReaderNamed(name string) (verbSpelling, bool) {
	for _, r := range verbReaders {
		if r.name == name {
			return r.verbSpelling, true
		}
	}
	return verbSpelling{}, false
}

// verbLexicon is the verbs of lexicon/verbs.tsv, read on first use. A
// test that tries another lexicon sets it for the time of the test.
var verbLexicon = lexicon.OnFirstUse(verbsTSV, readVerbs) // tested by TestVerbsLexicon

// readVerbs reads the verbs: one form a line, then its role and the
// patterns that read it, separated by tabs; lines starting with # are
// comments. A form that starts a later one is refused, as a pattern made
// from the list would read the shorter; so is a pattern that no line
// feeds, which would match nothing where a verb must stand.
func readVerbs(tsv string) ([]verbForm, error) {
	var out []verbForm
	fed := map[string]bool{}
	for n, ln := range lexicon.Lines(tsv) {
		at := fmt.Sprintf("lexicon/verbs.tsv line %d", n)
		f := strings.Split(ln, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("%s: %d fields, want 3 (form, role, readers)", at, len(f))
		}
		v := verbForm{form: f[0], role: f[1], line: n}
		if !verbWords(v.form) {
			return nil, fmt.Errorf("%s: form %q, want words of lower-case letters one space apart", at, v.form)
		}
		for _, o := range out {
			if o.form == v.form {
				return nil, fmt.Errorf("%s: %q is listed twice", at, v.form)
			}
			if strings.HasPrefix(v.form, o.form) {
				return nil, fmt.Errorf("%s: %q comes after %q, which starts it: put the longer first", at, v.form, o.form)
			}
		}
		if !slices.Contains(verbRoles, v.role) {
			return nil, fmt.Errorf("%s: role %q, want one of %s", at, v.role, strings.Join(verbRoles, ", "))
		}
		for _, r := range list(f[2]) {
			if _, ok := verbReaderNamed(r); !ok {
				return nil, fmt.Errorf("%s: reader %q, want one the file's header lists", at, r)
			}
			if slices.Contains(v.readers, r) {
				return nil, fmt.Errorf("%s: reader %q named twice", at, r)
			}
			v.readers = append(v.readers, r)
			fed[r] = true
		}
		if len(v.readers) == 0 {
			return nil, fmt.Errorf("%s: no readers", at)
		}
		out = append(out, v)
	}
	var unfed []string
	for _, r := range verbReaders {
		if !fed[r.name] {
			unfed = append(unfed, r.name)
		}
	}
	if len(unfed) > 0 {
		slices.Sort(unfed)
		return nil, fmt.Errorf("lexicon/verbs.tsv: no form for %s", strings.Join(unfed, ", "))
	}
	return out, nil
}

// verbWords reports whether s is words of lower-case letters one space
// apart: no pattern character, and none a pattern that reads only letters
// and white space (issuerWordFind) would miss.
func verbWords(s string) bool {
	if s == "" || s != strings.Join(strings.Fields(s), " ") {
		return false
	}
	for _, r := range s {
		if r != ' ' && !unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// verbForms returns the forms reader reads, in the lexicon's order, as
// the reader writes them.
func verbForms(reader string) []string {
	sp, ok := verbReaderNamed(reader)
	if !ok {
		panic("parse: no verb reader " + reader) // a bug of the build: every pattern is compiled by the tests
	}
	var out []string
	for _, v := range verbLexicon() {
		if !slices.Contains(v.readers, reader) {
			continue
		}
		s := strings.ReplaceAll(v.form, " ", sp.sep)
		if sp.upper {
			s = upperFirst(s)
		}
		out = append(out, s)
	}
	return out
}

// verbsPattern is the forms reader reads as a group of alternatives, in
// the lexicon's order.
func verbsPattern(reader string) string {
	return `(?:` + strings.Join(verbForms(reader), "|") + `)`
}

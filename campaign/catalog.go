package campaign

import (
	_ "embed"
	"encoding/json"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/fold"
)

// National is a campaign (phong trào thi đua) launched by the Prime
// Minister for the whole country. Its ID is stable: records and other
// programs refer to it.
type National struct {
	ID       string   `json:"id"`
	Name     string   `json:"name"`               // official name
	Launched string   `json:"launched"`           // YYYY or YYYY-MM-DD
	Document string   `json:"document,omitempty"` // launching or implementing document
	Verified bool     `json:"verified"`           // launch facts checked against the source
	Aliases  []string `json:"aliases"`            // other names in use
}

//go:embed national.json
var nationalJSON []byte

var catalog = sync.OnceValue(func() []entry {
	var f struct {
		Campaigns []National `json:"campaigns"`
	}
	if err := json.Unmarshal(nationalJSON, &f); err != nil {
		panic("campaign: embedded national.json: " + err.Error()) // a build defect, caught by tests
	}
	out := make([]entry, len(f.Campaigns))
	for i, n := range f.Campaigns {
		out[i].National = n
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			out[i].forms = append(out[i].forms, key(s))
		}
	}
	return out
})

type entry struct {
	National
	forms [][]string // folded words of the name and each alias
}

// NationalCampaigns returns the catalogue of national campaigns, in the
// order of the data file.
func NationalCampaigns() []National {
	c := catalog()
	out := make([]National, len(c))
	for i, e := range c {
		out[i] = e.National
		out[i].Aliases = append([]string(nil), e.Aliases...)
	}
	return out
}

// ByID returns the national campaign with the given id.
func ByID(id string) (National, bool) {
	for _, e := range catalog() {
		if e.ID == id {
			return e.National, true
		}
	}
	return National{}, false
}

// MinScore is the similarity from which Match links a name to a national
// campaign.
const MinScore = 0.8

// Match links a campaign name as a document writes it to the national
// campaign it names. It ignores diacritics, case, punctuation, a trailing
// period ("giai đoạn 2023 - 2030", "trong năm 2025"), one-letter typos in
// words, and accepts a shortened or lengthened name of at least four words
// that contains, or is contained in, the official name or an alias. The
// score is in [0, 1]; ok is false when no campaign reaches MinScore.
func Match(name string) (n National, score float64, ok bool) {
	best, score := bestForm(key(name), 0)
	if best < 0 || score < MinScore {
		return National{}, score, false
	}
	return catalog()[best].National, score, true
}

// Lookup returns the national campaign a name refers to, as Match does,
// without the score. It scores only the forms that share a rare enough
// word with the name (see formIndex): the others cannot reach MinScore,
// and most names in a text are no national campaign.
func Lookup(name string) (National, bool) {
	best, score := bestIndexed(key(name))
	if best < 0 || score < MinScore {
		return National{}, false
	}
	return catalog()[best].National, true
}

// bestForm returns the index in the catalogue of the campaign whose name
// or alias scores best against words, and that score, comparing only the
// forms that can reach floor: with floor 0 every form that can beat the
// best so far, with MinScore only those that can name the campaign.
func bestForm(words []string, floor float64) (best int, bestScore float64) {
	best = -1
	if len(words) == 0 {
		return best, 0
	}
	for i, e := range catalog() {
		for _, f := range e.forms {
			if s, ok := score(words, f, floor, bestScore); ok && s > bestScore {
				best, bestScore = i, s
			}
		}
	}
	return best, bestScore
}

// score is the similarity of words to the form f when it can reach floor
// and beat bestScore; ok is false when it cannot, and then s is not
// computed.
func score(words, f []string, floor, bestScore float64) (s float64, ok bool) {
	if b := bound(len(words), len(f)); b < floor || b <= bestScore {
		return 0, false // cannot reach floor, or beat the best so far
	}
	if m, n := len(words), len(f); m != n && 2*float64(min(m, n))/float64(m+n) < floor {
		// Only containment can reach floor: no need for the common
		// subsequence.
		short, long := words, f
		if len(short) > len(long) {
			short, long = long, short
		}
		if !contains(long, short) {
			return 0, false
		}
		return 0.9, true
	}
	return similarity(words, f), true
}

var periodTail = lazyregexp.New(`(?:\s+(?:giai doan|nhiem ky|trong nam|den het nam|den nam|tu nam|nam|thoi ky|dot))?(?:\s+\d{4})(?:\s+\d{4})?$`)

// key folds a name and drops a trailing period, which does not change the
// campaign a name refers to.
func key(s string) []string {
	f := fold.String(s)
	for endsInYear(f) {
		// A match of periodTail ends the text and, one space between
		// words as fold.String leaves them, is 22 bytes at most ("den het
		// nam 2021 2025"): the pattern is tried on the text's tail only.
		cut := max(0, len(f)-periodTailReach)
		for cut > 0 && !utf8.RuneStart(f[cut]) {
			cut--
		}
		g := strings.TrimSpace(f[:cut] + periodTail.ReplaceAllString(f[cut:], ""))
		if g == f || g == "" {
			break
		}
		f = g
	}
	return strings.Fields(f)
}

// periodTailReach is how far from the end of a folded name key tries
// periodTail: past its longest match.
const periodTailReach = 64

// endsInYear reports whether s ends in a space and four digits, as every
// match of periodTail does: a name without leaves the pattern untried.
func endsInYear(s string) bool {
	n := len(s)
	if n < 5 || !strings.ContainsRune(" \t\n\f\r", rune(s[n-5])) {
		return false
	}
	for _, c := range []byte(s[n-4:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// similarity scores two word lists: 1 for equal lists, 0.9 when the
// shorter one (four words or more) stands inside the longer one, else the
// Dice coefficient of their longest common subsequence. Words one edit
// apart count as equal when both have four letters or more.
func similarity(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	l := lcs(a, b)
	if l == len(a) && l == len(b) {
		return 1
	}
	short, long := a, b
	if len(short) > len(long) {
		short, long = long, short
	}
	if len(short) >= 4 && contains(long, short) {
		return 0.9
	}
	return 2 * float64(l) / float64(len(a)+len(b))
}

// bound is the highest similarity two word lists of lengths m and n can
// have: 1 when equal, 0.9 when the shorter has four words or more (it
// may stand inside the longer), else the Dice coefficient of a common
// subsequence as long as the shorter list.
func bound(m, n int) float64 {
	switch {
	case m == 0 || n == 0:
		return 0
	case m == n:
		return 1
	}
	dice := 2 * float64(min(m, n)) / float64(m+n)
	if min(m, n) >= 4 {
		return max(0.9, dice)
	}
	return dice
}

func lcs(a, b []string) int {
	if len(a) > 64 || len(b) > 64 { // campaign names are short; bound the work
		a, b = a[:min(len(a), 64)], b[:min(len(b), 64)]
	}
	var rows [2][65]int
	prev, cur := rows[0][:len(b)+1], rows[1][:len(b)+1]
	for i := range a {
		for j := range b {
			switch {
			case sameWord(a[i], b[j]):
				cur[j+1] = prev[j] + 1
			case prev[j+1] >= cur[j]:
				cur[j+1] = prev[j+1]
			default:
				cur[j+1] = cur[j]
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func contains(long, short []string) bool {
outer:
	for i := 0; i+len(short) <= len(long); i++ {
		for j := range short {
			if !sameWord(long[i+j], short[j]) {
				continue outer
			}
		}
		return true
	}
	return false
}

// sameWord is equality up to one edit for words of four letters or more.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 4 || len(b) < 4 || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	return oneEdit(a, b)
}

func oneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

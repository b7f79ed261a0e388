package parse

import (
	_ "embed"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/lexicon"
)

// quotes returns the quoted phrases of s (“...”, "..." or «...», 3 to
// 300 bytes long) as offsets: loc[0], loc[1] around the marks, q inside.
func quotes(s string) (out []quoted) {
	// Only '"', '“' (E2 80 9C) and '«' (C2 AB) open a quotation, and
	// their first bytes never stand inside another character: the scan
	// goes from one such byte to the next (next holds where each stands
	// next, len(s) for none) without decoding the text between.
	marks := [3]byte{'"', 0xE2, 0xC2}
	next := [3]int{-1, -1, -1}
	for i := 0; i < len(s); {
		nearest := len(s)
		for k, b := range marks {
			if next[k] < i {
				next[k] = len(s)
				if at := strings.IndexByte(s[i:], b); at >= 0 {
					next[k] = i + at
				}
			}
			nearest = min(nearest, next[k])
		}
		if i = nearest; i >= len(s) {
			break
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		closeMark := rune(0)
		switch r {
		case '“':
			closeMark = '”'
		case '"':
			closeMark = '"'
		case '«':
			closeMark = '»'
		}
		if closeMark == 0 {
			i += n
			continue
		}
		j := strings.IndexRune(s[i+n:min(len(s), i+n+304)], closeMark)
		if j < 0 {
			return out
		}
		inner := s[i+n : i+n+j]
		end := i + n + j + utf8.RuneLen(closeMark)
		if len(inner) >= 3 && len(inner) <= 300 && !hasQuoteMark(inner) {
			out = append(out, quoted{start: i, end: end, text: inner})
			i = end
			continue
		}
		i += n
	}
	return out
}

// hasQuoteMark reports whether s holds one of “ ” " « », as
// strings.ContainsAny(s, "“”\"«»") does: the first bytes of the curly
// marks and guillemets (E2, C2) start a character wherever they stand,
// so a search for their bytes finds the same.
func hasQuoteMark(s string) bool {
	if strings.IndexByte(s, '"') >= 0 {
		return true
	}
	if strings.IndexByte(s, 0xE2) >= 0 && (strings.Contains(s, "“") || strings.Contains(s, "”")) {
		return true
	}
	return strings.IndexByte(s, 0xC2) >= 0 && (strings.Contains(s, "«") || strings.Contains(s, "»"))
}

// joinOpenQuotes joins a line whose last quotation is left open to the
// line that closes it, with a space: a name wrapped by the page's layout
// or by OCR ("Cuộc vận động "Người Việt Nam" / "ưu tiên dùng hàng Việt
// Nam"") is read whole. A quotation is joined over at most two line ends
// and 300 bytes, as quotes reads them; other lines are kept as they are.
func joinOpenQuotes(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		for k := 0; k < 2 && i+1 < len(lines); k++ {
			q := openQuote(ln)
			if q < 0 || len(ln)-q+len(lines[i+1]) > 600 {
				break
			}
			if out == nil {
				out = append(make([]string, 0, len(lines)), lines[:i]...)
			}
			i++
			ln += " " + lines[i]
		}
		if out != nil {
			out = append(out, ln)
		}
	}
	if out == nil {
		return lines
	}
	return out
}

// openQuote returns the offset of the quotation mark that opens a
// quotation s does not close, or -1: a “ after the last ”, a « after
// the last », or the last of an odd number of straight quotes.
func openQuote(s string) int {
	// Most lines hold no quotation mark: a search for the first byte of
	// each ("“" E2, "«" C2) spares the others.
	if strings.IndexByte(s, 0xE2) >= 0 {
		if i := strings.LastIndex(s, "“"); i >= 0 && i > strings.LastIndex(s, "”") {
			return i
		}
	}
	if strings.IndexByte(s, 0xC2) >= 0 {
		if i := strings.LastIndex(s, "«"); i >= 0 && i > strings.LastIndex(s, "»") {
			return i
		}
	}
	if strings.Count(s, `"`)%2 == 1 {
		return strings.LastIndex(s, `"`)
	}
	return -1
}

type quoted struct {
	start, end int
	text       string
}

// cue is a phrase before a quotation that says what the quotation is
// (lexicon/cues.tsv).
type cue struct {
	words string // lower case, one space between words
	what  quoteKind
}

type quoteKind int

const (
	quoteOther quoteKind = iota
	quoteCampaign
	quoteTheme
	// quoteMaybe is a quotation with no cue before it, or after "cuộc
	// vận động" (a drive, or a campaign's slogan): a campaign only when
	// it names a standing movement.
	quoteMaybe
)

//go:embed lexicon/cues.tsv
var cuesTSV string

// cues are tried at the end of the text before a quotation; the one that
// ends closest to it decides. "chủ đề thi đua" is a theme although it
// holds "thi đua". Read from lexicon/cues.tsv on first use.
var cues = lexicon.OnFirstUse(cuesTSV, readCues) // tested by TestCuesLexicon

// readCues reads cues, one a line: what (campaign, theme, maybe, other)
// and the words, separated by a tab; lines starting with # are comments.
func readCues(tsv string) ([]cue, error) {
	kinds := map[string]quoteKind{"campaign": quoteCampaign, "theme": quoteTheme, "maybe": quoteMaybe, "other": quoteOther}
	var out []cue
	for n, ln := range lexicon.Lines(tsv) {
		what, words, ok := strings.Cut(ln, "\t")
		k, known := kinds[what]
		if !ok || !known || words == "" || words != strings.ToLower(words) || strings.Join(strings.Fields(words), " ") != words {
			return nil, fmt.Errorf("lexicon/cues.tsv line %d: %q, want campaign|theme|maybe|other, a tab and words in lower case", n, ln)
		}
		out = append(out, cue{words: words, what: k})
	}
	return out, nil
}

var (
	runGapRe = lazyregexp.New(`^\s*[,;]?\s*(?:và|hoặc|cùng)?\s*$`)
	// notCampaignRe matches quotations that name something other than a
	// campaign whatever the words before them: an appeal, a document, an
	// award ("phát động đợt thi đua ... kỷ niệm 75 năm Ngày Chủ tịch Hồ
	// Chí Minh ra “Lời kêu gọi thi đua ái quốc”").
	notCampaignRe = lazyregexp.New(`(?i)^(?:Lời\s+kêu\s+gọi|Chỉ\s+thị|Nghị\s+quyết|Nghị\s+định|Luật|Quyết\s+định|Kế\s+hoạch|Giải\s+thưởng|Danh\s+hiệu|Huân\s+chương|Bằng\s+khen|Cờ\s+thi\s+đua)(?:\s|$)`)
)

// namedMovementRe is "phong trào" right before a quotation: what the
// quotes hold is the movement's name, even one that starts with a kind
// of document (phong trào “Kế hoạch nhỏ”, the Young Pioneers' scrap
// drive).
var namedMovementRe = lazyregexp.New(`(?i)phong\s+trào\s*[“"«]?\s*$`)

// findCampaigns returns the campaigns the body names: quoted names that
// follow "phong trào", "đợt thi đua" and the like, and any national
// campaign of the catalogue named with or without quotes. It also
// returns the themes (chủ đề) quoted after "chủ đề". Duplicates collapse.
func findCampaigns(body []string) (camps []directive.Campaign, themes []string) {
	seen := map[string]bool{}
	var folded []string // fold.String of each name of camps
	add := func(id, name string) {
		f := fold.String(name)
		k := id
		if k == "" {
			k = f
		}
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		camps = append(camps, directive.Campaign{ID: id, Name: name})
		folded = append(folded, f)
	}
	for _, para := range joinOpenQuotes(body) {
		prevEnd, prevKind := -1, quoteOther
		for _, qt := range quotes(para) {
			q := strings.TrimSpace(strings.Trim(qt.text, " ,;.:"))
			kind := prevKind
			if prevEnd < 0 || !runGapRe.MatchString(para[prevEnd:qt.start]) {
				from := sentenceStart(para, qt.start)
				if prevEnd > from {
					from = prevEnd
				}
				kind = cueKind(para[from:qt.start])
			}
			prevEnd, prevKind = qt.end, kind
			if notCampaignRe.MatchString(q) && !namedMovementRe.MatchString(para[max(0, qt.start-24):qt.start]) {
				kind = quoteOther
			}
			switch kind {
			case quoteCampaign:
				n, _ := campaign.Lookup(q)
				add(n.ID, q)
			case quoteTheme:
				themes = appendOnce(themes, q)
			case quoteMaybe:
				// 'hội nghị thi đua "Cựu chiến binh gương mẫu"'.
				if isMovement(q) {
					add("", q)
				}
			}
		}
	}
	// National campaigns named without quotes: the folded words of the
	// whole body, folded once for these and for the movements.
	words := fold.FoldEach(body)
	named := nationalNamed(nonEmptyWords(words))
	for i, n := range nationalForms() {
		if named[i] && !seen[n.id] {
			add(n.id, n.name)
		}
	}
	// Standing movements named without quotes, after "phong trào" or
	// "cuộc vận động", with a capital letter: in lower case their names
	// are ordinary words ("phong trào thi đua lao động giỏi").
	// One that starts a name already quoted is that name, read again
	// without its end.
	standing, local := movementsIn(body, words)
movements:
	for _, name := range standing {
		f := fold.String(name)
		for _, cf := range folded {
			if strings.HasPrefix(cf, f) {
				continue movements
			}
		}
		add("", name)
	}
locals:
	for _, name := range local {
		f := fold.String(name)
		for _, cf := range folded {
			if strings.HasPrefix(cf, f) || strings.HasPrefix(f, cf) {
				continue locals
			}
		}
		add("", name)
	}
	camps = dropYearForms(camps, folded)
	if camps == nil {
		camps = []directive.Campaign{}
	}
	return camps, themes
}

// yearTailRe is the year a movement's name may carry when the text speaks
// of one year's round of it ("Thi đua Quyết thắng năm 2020").
var yearTailRe = lazyregexp.New(`(?i)\s+năm\s+\d{4}$`)

// dropYearForms drops a movement named with a year's round when the text
// also names it without ("“Thi đua Quyết thắng năm 2020”" and "“Thi đua
// Quyết thắng”"): one movement, named as it stands. folded holds
// fold.String of each name.
func dropYearForms(camps []directive.Campaign, folded []string) []directive.Campaign {
	bare := map[string]bool{}
	for _, f := range folded {
		bare[f] = true
	}
	out := camps[:0:0]
	for _, c := range camps {
		// yearTailRe ends in four digits: a name without keeps the
		// pattern untried.
		if endsInDigits(c.Name, 4) {
			if base := yearTailRe.ReplaceAllString(c.Name, ""); base != c.Name && bare[fold.String(base)] {
				continue
			}
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// endsInDigits reports whether s ends in n ASCII digits.
func endsInDigits(s string, n int) bool {
	if len(s) < n {
		return false
	}
	for _, c := range []byte(s[len(s)-n:]) {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// isMovement tells whether s is the name of a standing movement (package
// campaign) or one of its aliases, word for word.
func isMovement(s string) bool {
	return movementIndex().joined[strings.Join(fold.Words(s), " ")]
}

// movementCues are the folded words that introduce a movement's name.
var movementCues = [][]string{{"phong", "trao"}, {"phong", "trao", "thi", "dua"}, {"cuoc", "van", "dong"}}

// listCues are the folded words that open a list of movements after a
// cue in the same sentence ("các phong trào thi đua, cuộc vận động do
// ... phát động như Lao động giỏi, ...").
var listCues = [][]string{{"nhu"}, {"gom"}, {"la"}}

// firstWords tells whether a word is the first of one of a few sequences
// of words (movementCues, listCues): most words are none, which their
// first byte and length tell without comparing them.
type firstWords struct {
	lens  [256]uint64 // for each first byte, the lengths below 64, as bits
	words []string
}

func newFirstWords(seqs [][]string) *firstWords {
	f := &firstWords{}
	for _, seq := range seqs {
		w := seq[0]
		if len(w) < 64 {
			f.lens[w[0]] |= 1 << len(w)
		}
		f.words = append(f.words, w)
	}
	return f
}

func (f *firstWords) has(w string) bool {
	if w == "" || len(w) < 64 && f.lens[w[0]]&(1<<len(w)) == 0 {
		return false
	}
	return slices.Contains(f.words, w)
}

var (
	cueStarts  = sync.OnceValue(func() *firstWords { return newFirstWords(movementCues) })
	listStarts = sync.OnceValue(func() *firstWords { return newFirstWords(listCues) })
)

// longMovement is the number of words from which a movement's name is
// read in lower case too ("phong trào toàn dân bảo vệ an ninh Tổ
// quốc"): shorter names in lower case are ordinary words ("phong trào thi
// đua lao động giỏi, lao động sáng tạo").
const longMovement = 8

type movementForm struct {
	name  string
	forms [][]string // folded words of the name and of each alias
}

// movementForms folds the names of the standing movements (package
// campaign) once per process.
var movementForms = sync.OnceValue(func() []movementForm {
	var out []movementForm
	for _, m := range campaign.Movements() {
		mf := movementForm{name: m.Name}
		for _, s := range append([]string{m.Name}, m.Aliases...) {
			mf.forms = append(mf.forms, fold.Words(s))
		}
		out = append(out, mf)
	}
	return out
})

// movementRef is one form of a standing movement: its folded words and
// the movement's name.
type movementRef struct {
	words []string
	name  string
}

// movementsByWord holds the forms of the standing movements by their first
// word, so that movementAt tries only those that can stand where it
// looks, and the forms' words joined one space apart, for isMovement.
type movementsByWord struct {
	byFirst map[string][]movementRef // the forms a word starts, and the empty ones, in catalogue order
	empty   []movementRef            // the forms without words, which stand anywhere
	joined  map[string]bool
}

var movementIndex = sync.OnceValue(func() *movementsByWord {
	x := &movementsByWord{byFirst: map[string][]movementRef{}, joined: map[string]bool{}}
	for _, m := range movementForms() {
		for _, f := range m.forms {
			x.joined[strings.Join(f, " ")] = true
			r := movementRef{words: f, name: m.name}
			if len(f) == 0 {
				// A form without words matches anywhere (hasWordsAt): it
				// goes on every list, in its place.
				x.empty = append(x.empty, r)
				for w := range x.byFirst {
					x.byFirst[w] = append(x.byFirst[w], r)
				}
				continue
			}
			if x.byFirst[f[0]] == nil {
				x.byFirst[f[0]] = append([]movementRef(nil), x.empty...)
			}
			x.byFirst[f[0]] = append(x.byFirst[f[0]], r)
		}
	}
	return x
})

// movementsIn returns the movements the paragraphs name without quotes,
// in one pass over their folded words for both kinds:
//
// standing: the standing movements named after a cue, the first word of
// the name in capitals unless the name is long, and those listed after
// it in the same sentence. Each is given as the text first writes it: a
// movement named again in other words ("phong trào nông dân thi đua sản
// xuất kinh doanh giỏi", then "phong trào Nông dân sản xuất kinh doanh
// giỏi") is one movement.
//
// local: the movements outside the catalogue named after "phong trào"
// (or "cuộc vận động"): words from one with a capital letter up to a
// comma or the end of the sentence, two to maxLocalMovementWords of them
// ("phong trào Ngày Chủ nhật Xanh - Sạch - Đẹp,"). Without quotes the end
// of such a name is only a guess, so a name counts only when the text
// names it so at least twice, the same words up to the same break (a
// headline and its lead).
func movementsIn(body []string, words *fold.Folded) (standing, local []string) {
	seen := map[string]bool{}
	addOnce := func(text, movement string) {
		if !seen[movement] {
			seen[movement] = true
			standing = append(standing, text)
		}
	}
	type count struct {
		text string
		n    int
	}
	counts := map[string]*count{}
	var order []string
	var folded []string // the words of the paragraph read, one buffer for all
	starts, lists := cueStarts(), listStarts()
	for k, para := range body {
		if !hasCue(words, k) {
			continue // nothing is read but after a cue
		}
		from, to := words.Of(k)
		folded = folded[:0]
		for j := from; j < to; j++ {
			folded = append(folded, words.Word(j))
		}
		offs := words.SpansOf(k)
		word := func(i int) string { return para[offs[i][0]:offs[i][1]] }
		listFrom := -1 // a cue opened a list up to the sentence's end
		for i := range folded {
			if listFrom >= 0 && i > 0 && sentenceBreak(para[offs[i-1][1]:offs[i][0]]) {
				listFrom = -1
			}
			localAt, isStanding := -1, false
			for _, cue := range movementCues {
				if !starts.has(folded[i]) {
					break // no cue starts here
				}
				at := i + len(cue)
				if at >= len(folded) || !hasWordsAt(folded, i, cue) {
					continue
				}
				listFrom = at
				localAt = max(localAt, at)
				upper := isUpperWord(word(at))
				n, m, nUpper := movementAt(folded, at, upper)
				if n > 0 {
					addOnce(para[offs[at][0]:offs[at+n-1][1]], m)
				}
				// "phong trào Thi đua Quyết thắng": a standing movement
				// after the shorter cue is no local one.
				isStanding = isStanding || nUpper > 0
			}
			if listFrom >= 0 && i >= listFrom && lists.has(folded[i]) {
				for _, lc := range listCues {
					if !hasWordsAt(folded, i, lc) {
						continue
					}
					// A list of names in capitals, items after a comma or
					// "và", to the end of the sentence; items that are not
					// standing movements are passed over.
					for at := i + len(lc); at < len(folded); at++ {
						gap := para[offs[at-1][1]:offs[at][0]]
						if sentenceBreak(gap) {
							break
						}
						if at > i+len(lc) && !strings.Contains(gap, ",") && folded[at-1] != "va" || !isUpperWord(word(at)) {
							continue
						}
						if n, m, _ := movementAt(folded, at, true); n > 0 {
							addOnce(para[offs[at][0]:offs[at+n-1][1]], m)
							at += n - 1
						}
					}
				}
			}
			if localAt < 0 || isStanding || !isUpperWord(word(localAt)) {
				continue
			}
			at, end := localAt, localAt+1
			for end < len(folded) && end-at <= maxLocalMovementWords {
				gap := para[offs[end-1][1]:offs[end][0]]
				if sentenceBreak(gap) || gap != " " && strings.ContainsAny(gap, ",“”\"«»()") {
					break
				}
				end++
			}
			if end-at < 2 || end-at > maxLocalMovementWords {
				continue
			}
			key := strings.Join(folded[at:end], " ")
			if counts[key] == nil {
				counts[key] = &count{text: para[offs[at][0]:offs[end-1][1]]}
				order = append(order, key)
			}
			counts[key].n++
		}
	}
	for _, k := range order {
		if counts[k].n >= 2 {
			local = append(local, counts[k].text)
		}
	}
	return standing, local
}

// hasCue reports whether a cue (movementCues) stands in the words of
// paragraph k with a word after it.
func hasCue(words *fold.Folded, k int) bool {
	starts := cueStarts()
	from, to := words.Of(k)
	for i := from; i < to; i++ {
		if !starts.has(words.Word(i)) {
			continue
		}
	cues:
		for _, cue := range movementCues {
			if i+len(cue) >= to {
				continue
			}
			for j, w := range cue {
				if words.Word(i+j) != w {
					continue cues
				}
			}
			return true
		}
	}
	return false
}

// movementAt returns the number of words of the standing movement whose
// name starts at folded[at], and that movement's catalogue name, or 0;
// upper says whether the name starts with a capital, which short names
// need. nUpper is the number of words as if upper were true.
func movementAt(folded []string, at int, upper bool) (n int, name string, nUpper int) {
	x := movementIndex()
	refs, ok := x.byFirst[folded[at]]
	if !ok {
		refs = x.empty
	}
	nUpper = -1
	for _, r := range refs {
		if !hasWordsAt(folded, at, r.words) {
			continue
		}
		if nUpper < 0 {
			nUpper = len(r.words)
			if upper {
				return nUpper, r.name, nUpper
			}
		}
		if len(r.words) >= longMovement {
			return len(r.words), r.name, nUpper
		}
	}
	return 0, "", max(nUpper, 0)
}

func isUpperWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// maxLocalMovementWords bounds the name of a local movement read without
// quotes: a longer run after "phong trào" is a sentence, not a name.
const maxLocalMovementWords = 8

// sentenceBreak reports whether the text between two words ends a
// sentence or a clause of a list.
func sentenceBreak(gap string) bool {
	if len(gap) == 1 { // most words are one space apart
		c := gap[0]
		return c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
	}
	return strings.ContainsAny(gap, ".;:!?\n…")
}

// hasWordsAt reports whether words holds seq from index i.
func hasWordsAt(words []string, i int, seq []string) bool {
	if i+len(seq) > len(words) {
		return false
	}
	for j, w := range seq {
		if words[i+j] != w {
			return false
		}
	}
	return true
}

type nationalForm struct {
	id, name string
	forms    []string // folded names and aliases of five words or more
}

// nationalForms folds the catalogue's names once per process.
var nationalForms = sync.OnceValue(func() []nationalForm {
	var out []nationalForm
	for _, n := range campaign.NationalCampaigns() {
		nf := nationalForm{id: n.ID, name: n.Name}
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			if f := fold.Words(s); len(f) >= 5 {
				nf.forms = append(nf.forms, strings.Join(f, " "))
			}
		}
		out = append(out, nf)
	}
	return out
})

// nationalNamed tells, for each national campaign, whether the folded
// words of a text, read one space apart, hold one of its forms. A form
// may start or end inside a longer word, as OCR glues words ("vàchung sức
// xây dựng nông thôn mớiở"), but its inner words stand whole in the text:
// a form is tried where its second word stands.
func nationalNamed(words wordList) []bool {
	forms, bySecond, lens := nationalForms(), nationalBySecond(), nationalLens()
	named := make([]bool, len(forms))
	// A form has five words or more: its second and third stand whole at
	// i and i+1, and most pairs of words are no form's. The first byte and
	// length of each tell, without hashing the words.
	maybe := func(w string, lens *[256]uint64) bool {
		return w != "" && (len(w) >= 64 || lens[w[0]]&(1<<len(w)) != 0)
	}
	for i := 1; i+1 < words.Len(); i++ {
		w := words.Word(i)
		if !maybe(w, &lens[0]) || !maybe(words.Word(i+1), &lens[1]) {
			continue
		}
		for _, r := range bySecond[w] {
			if !named[r.campaign] && glued(words, i-1, r.words) {
				named[r.campaign] = true
			}
		}
	}
	return named
}

// glued reports whether words, from at, hold form as a text holds it when
// the two are compared as strings one space apart: the form's first word
// ends a word and its last starts one.
func glued(words wordList, at int, form []string) bool {
	last := at + len(form) - 1
	if last >= words.Len() || !strings.HasSuffix(words.Word(at), form[0]) || !strings.HasPrefix(words.Word(last), form[len(form)-1]) {
		return false
	}
	for j := 1; j < len(form)-1; j++ {
		if words.Word(at+j) != form[j] {
			return false
		}
	}
	return true
}

// wordList is a list of folded words read by index.
type wordList interface {
	Len() int
	Word(i int) string
}

// sliceWords is a wordList held in a slice.
type sliceWords []string

func (s sliceWords) Len() int          { return len(s) }
func (s sliceWords) Word(i int) string { return s[i] }

// nonEmpty is the words of a fold.Folded without those of marks alone,
// which fold to "": idx holds the indexes of the others, nil when all
// are.
type nonEmpty struct {
	f   *fold.Folded
	idx []int
}

func nonEmptyWords(f *fold.Folded) nonEmpty {
	for k := range f.Len() {
		if f.Word(k) != "" {
			continue
		}
		idx := make([]int, 0, f.Len())
		for j := range f.Len() {
			if f.Word(j) != "" {
				idx = append(idx, j)
			}
		}
		return nonEmpty{f: f, idx: idx}
	}
	return nonEmpty{f: f}
}

func (n nonEmpty) Len() int {
	if n.idx == nil {
		return n.f.Len()
	}
	return len(n.idx)
}

func (n nonEmpty) Word(i int) string {
	if n.idx == nil {
		return n.f.Word(i)
	}
	return n.f.Word(n.idx[i])
}

// nationalLens holds, for the second words of the national forms and for
// their third words, the lengths below 64 of those that start with each
// byte, as bits.
var nationalLens = sync.OnceValue(func() *[2][256]uint64 {
	var t [2][256]uint64
	for _, refs := range nationalBySecond() {
		for _, r := range refs {
			for k, w := range r.words[1:3] {
				if len(w) < 64 {
					t[k][w[0]] |= 1 << len(w)
				}
			}
		}
	}
	return &t
})

type nationalRef struct {
	campaign int      // index in nationalForms
	words    []string // the form
}

// nationalBySecond holds the national campaigns' forms by their second
// word.
var nationalBySecond = sync.OnceValue(func() map[string][]nationalRef {
	out := map[string][]nationalRef{}
	for i, n := range nationalForms() {
		for _, f := range n.forms {
			w := strings.Fields(f)
			out[w[1]] = append(out[w[1]], nationalRef{campaign: i, words: w})
		}
	}
	return out
})

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if fold.String(x) == fold.String(s) {
			return list
		}
	}
	return append(list, s)
}

// sentenceStart returns the offset where the sentence holding offset i
// begins.
func sentenceStart(s string, i int) int {
	for j := i - 1; j > 0; j-- {
		if (s[j] == '.' || s[j] == '!' || s[j] == '?') && j+1 < len(s) && s[j+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[min(j+2, len(s)):]); unicode.IsUpper(r) {
				return j + 1
			}
		}
	}
	return 0
}

// cueKind tells what the words before a quotation make of it: the cue
// ending closest to the quotation wins, then the longer one.
func cueKind(before string) quoteKind {
	if len(before) > 400 {
		before = before[len(before)-400:]
	}
	before = strings.ToLower(before) // the cues are written in lower case
	best, bestEnd, bestLen, bestCue := quoteMaybe, -1, 0, -1
	// One pass over the text tries, at each byte, the cues that start
	// with it: the cue that ends last wins, then the longer, then the one
	// listed first (the same words listed twice), as if each cue were
	// looked for at the last place it stands.
	all, byFirst := cues(), cuesByFirstByte()
	for p := range len(before) {
		for _, k := range byFirst[before[p]] {
			w := all[k].words
			if !strings.HasPrefix(before[p:], w) {
				continue
			}
			if end := p + len(w); end > bestEnd || end == bestEnd && (len(w) > bestLen || len(w) == bestLen && k < bestCue) {
				best, bestEnd, bestLen, bestCue = all[k].what, end, len(w), k
			}
		}
	}
	// A campaign's name follows its cue within the same clause
	// ("phong trào thi đua cao điểm 100 ngày “...”"); a quotation after a
	// comma is something else ("phát động thi đua, cán bộ sẵn sàng “đón
	// Tết ở cơ quan”").
	if best == quoteCampaign && !cueGapRe.MatchString(before[bestEnd:]) {
		return quoteOther
	}
	return best
}

// cuesByFirstByte holds the indexes in cues of the cues that start with
// each byte.
var cuesByFirstByte = sync.OnceValue(func() *[256][]int {
	var t [256][]int
	for k, c := range cues() {
		t[c.words[0]] = append(t[c.words[0]], k)
	}
	return &t
})

// cueGapRe is what may stand between a campaign cue and the quoted name.
var cueGapRe = lazyregexp.New(`^[^,;.:!?]{0,120}(?::\s*)?$`)

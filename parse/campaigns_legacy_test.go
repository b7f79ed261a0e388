package parse

// The campaign reading of 01aaa71, before findCampaigns folded the body
// once for every reader and looked movements up by their first word: the
// oracle of TestFindCampaignsLegacy and FuzzFindCampaigns. Kept as it
// was but for the names.

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// foldedParaLegacy is foldedPara as it was.
type foldedParaLegacy struct {
	words []string
	spans [][2]int
}

// quotesLegacy returns the quoted phrases of s (“...”, "..." or «...», 3 to
// 300 bytes long) as offsets: loc[0], loc[1] around the marks, q inside.
func quotesLegacy(s string) (out []quoted) {
	for i := 0; i < len(s); {
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
		if len(inner) >= 3 && len(inner) <= 300 && !strings.ContainsAny(inner, "“”\"«»") {
			out = append(out, quoted{start: i, end: end, text: inner})
			i = end
			continue
		}
		i += n
	}
	return out
}

// joinOpenQuotesLegacy joins a line whose last quotation is left open to the
// line that closes it, with a space: a name wrapped by the page's layout
// or by OCR ("Cuộc vận động "Người Việt Nam" / "ưu tiên dùng hàng Việt
// Nam"") is read whole. A quotation is joined over at most two line ends
// and 300 bytes, as quotesLegacy reads them; other lines are kept as they are.
func joinOpenQuotesLegacy(lines []string) []string {
	var out []string
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		for k := 0; k < 2 && i+1 < len(lines); k++ {
			q := openQuoteLegacy(ln)
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

// openQuoteLegacy returns the offset of the quotation mark that opens a
// quotation s does not close, or -1: a “ after the last ”, a « after
// the last », or the last of an odd number of straight quotesLegacy.
func openQuoteLegacy(s string) int {
	if i := strings.LastIndex(s, "“"); i >= 0 && i > strings.LastIndex(s, "”") {
		return i
	}
	if i := strings.LastIndex(s, "«"); i >= 0 && i > strings.LastIndex(s, "»") {
		return i
	}
	if strings.Count(s, `"`)%2 == 1 {
		return strings.LastIndex(s, `"`)
	}
	return -1
}

// findCampaignsLegacy returns the campaigns the body names: quoted names that
// follow "phong trào", "đợt thi đua" and the like, and any national
// campaign of the catalogue named with or without quotesLegacy. It also
// returns the themes (chủ đề) quoted after "chủ đề". Duplicates collapse.
func findCampaignsLegacy(body []string) (camps []directive.Campaign, themes []string) {
	seen := map[string]bool{}
	add := func(id, name string) {
		k := id
		if k == "" {
			k = fold.String(name)
		}
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		camps = append(camps, directive.Campaign{ID: id, Name: name})
	}
	for _, para := range joinOpenQuotesLegacy(body) {
		prevEnd, prevKind := -1, quoteOther
		for _, qt := range quotesLegacy(para) {
			q := strings.TrimSpace(strings.Trim(qt.text, " ,;.:"))
			kind := prevKind
			if prevEnd < 0 || !runGapRe.MatchString(para[prevEnd:qt.start]) {
				from := sentenceStartLegacy(para, qt.start)
				if prevEnd > from {
					from = prevEnd
				}
				kind = cueKindLegacy(para[from:qt.start])
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
				themes = appendOnceLegacy(themes, q)
			case quoteMaybe:
				// 'hội nghị thi đua "Cựu chiến binh gương mẫu"'.
				if isMovementLegacy(q) {
					add("", q)
				}
			}
		}
	}
	// National campaigns named without quotesLegacy: the folded words of the
	// whole body, read once for these and for the standing movements.
	paras := foldParasLegacy(body)
	n := 0
	for _, p := range paras {
		n += len(p.words)
	}
	all := make([]string, 0, n)
	for _, p := range paras {
		for _, w := range p.words {
			if w != "" {
				all = append(all, w)
			}
		}
	}
	named := nationalNamedLegacy(all)
	for i, n := range nationalFormsLegacy() {
		if named[i] && !seen[n.id] {
			add(n.id, n.name)
		}
	}
	// Standing movements named without quotesLegacy, after "phong trào" or
	// "cuộc vận động", with a capital letter: in lower case their names
	// are ordinary words ("phong trào thi đua lao động giỏi").
	// One that starts a name already quoted is that name, read again
	// without its end.
movements:
	for _, name := range movementsInLegacy(body, paras) {
		f := fold.String(name)
		for _, c := range camps {
			if strings.HasPrefix(fold.String(c.Name), f) {
				continue movements
			}
		}
		add("", name)
	}
locals:
	for _, name := range localMovementsLegacy(body, paras) {
		f := fold.String(name)
		for _, c := range camps {
			if cf := fold.String(c.Name); strings.HasPrefix(cf, f) || strings.HasPrefix(f, cf) {
				continue locals
			}
		}
		add("", name)
	}
	camps = dropYearFormsLegacy(camps)
	if camps == nil {
		camps = []directive.Campaign{}
	}
	return camps, themes
}

// dropYearFormsLegacy drops a movement named with a year's round when the text
// also names it without ("“Thi đua Quyết thắng năm 2020”" and "“Thi đua
// Quyết thắng”"): one movement, named as it stands.
func dropYearFormsLegacy(camps []directive.Campaign) []directive.Campaign {
	bare := map[string]bool{}
	for _, c := range camps {
		bare[fold.String(c.Name)] = true
	}
	out := camps[:0:0]
	for _, c := range camps {
		if base := yearTailRe.ReplaceAllString(c.Name, ""); base != c.Name && bare[fold.String(base)] {
			continue
		}
		out = append(out, c)
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// isMovementLegacy tells whether s is the name of a standing movement (package
// campaign) or one of its aliases, word for word.
func isMovementLegacy(s string) bool {
	w := strings.Join(fold.Words(s), " ")
	for _, m := range movementFormsLegacy() {
		for _, f := range m.forms {
			if strings.Join(f, " ") == w {
				return true
			}
		}
	}
	return false
}

// movementFormsLegacy folds the names of the standing movements (package
// campaign) once per process.
var movementFormsLegacy = sync.OnceValue(func() []movementForm {
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

// foldParasLegacy folds the words of each paragraph.
func foldParasLegacy(body []string) []foldedParaLegacy {
	paras := make([]foldedParaLegacy, len(body))
	for i, para := range body {
		paras[i].words, paras[i].spans = fold.Spans(para)
	}
	return paras
}

// movementsInLegacy returns the standing movements the paragraphs name after a
// cue, the first word of the name in capitals unless the name is long,
// and those listed after it in the same sentence. Each is given as the
// text first writes it: a movement named again in other words ("phong
// trào nông dân thi đua sản xuất kinh doanh giỏi", then "phong trào Nông
// dân sản xuất kinh doanh giỏi") is one movement.
func movementsInLegacy(body []string, paras []foldedParaLegacy) []string {
	var out []string
	seen := map[string]bool{}
	addOnce := func(text, movement string) {
		if !seen[movement] {
			seen[movement] = true
			out = append(out, text)
		}
	}
	for k, para := range body {
		folded, offs := paras[k].words, paras[k].spans
		word := func(i int) string { return para[offs[i][0]:offs[i][1]] }
		listFrom := -1 // a cue opened a list up to the sentence's end
		for i := range folded {
			if i > 0 && sentenceBreak(para[offs[i-1][1]:offs[i][0]]) {
				listFrom = -1
			}
			for _, cue := range movementCues {
				at := i + len(cue)
				if at >= len(folded) || !hasWordsAt(folded, i, cue) {
					continue
				}
				listFrom = at
				if n, m := movementAtLegacy(folded, at, isUpperWord(word(at))); n > 0 {
					addOnce(para[offs[at][0]:offs[at+n-1][1]], m)
				}
			}
			if listFrom < 0 || i < listFrom {
				continue
			}
			for _, lc := range listCues {
				if !hasWordsAt(folded, i, lc) {
					continue
				}
				// A list of names in capitals, items after a comma or "và",
				// to the end of the sentence; items that are not standing
				// movements are passed over.
				for at := i + len(lc); at < len(folded); at++ {
					gap := para[offs[at-1][1]:offs[at][0]]
					if sentenceBreak(gap) {
						break
					}
					if at > i+len(lc) && !strings.Contains(gap, ",") && folded[at-1] != "va" || !isUpperWord(word(at)) {
						continue
					}
					if n, m := movementAtLegacy(folded, at, true); n > 0 {
						addOnce(para[offs[at][0]:offs[at+n-1][1]], m)
						at += n - 1
					}
				}
			}
		}
	}
	return out
}

// movementAtLegacy returns the number of words of the standing movement whose
// name starts at words[at], and that movement's catalogue name, or 0;
// upper says whether the name starts with a capital, which short names
// need.
func movementAtLegacy(folded []string, at int, upper bool) (int, string) {
	for _, m := range movementFormsLegacy() {
		for _, f := range m.forms {
			if (upper || len(f) >= longMovement) && hasWordsAt(folded, at, f) {
				return len(f), m.name
			}
		}
	}
	return 0, ""
}

// localMovementsLegacy returns the movements outside the catalogue that the
// paragraphs name without quotesLegacy: after "phong trào" (or "cuộc vận
// động"), words from one with a capital letter up to a comma or the end
// of the sentence, two to maxLocalMovementWords of them ("phong trào Ngày
// Chủ nhật Xanh - Sạch - Đẹp,"). Without quotesLegacy the end of such a name is
// only a guess, so a name counts only when the text names it so at least
// twice, the same words up to the same break (a headline and its lead).
func localMovementsLegacy(body []string, paras []foldedParaLegacy) []string {
	type seen struct {
		text string
		n    int
	}
	count := map[string]*seen{}
	var order []string
	for k, para := range body {
		folded, offs := paras[k].words, paras[k].spans
		word := func(i int) string { return para[offs[i][0]:offs[i][1]] }
		for i := range folded {
			at, standing := -1, false
			for _, cue := range movementCues {
				if c := i + len(cue); c < len(folded) && hasWordsAt(folded, i, cue) {
					at = max(at, c)
					// "phong trào Thi đua Quyết thắng": a standing
					// movement after the shorter cue; movementsInLegacy has it.
					n, _ := movementAtLegacy(folded, c, true)
					standing = standing || n > 0
				}
			}
			if at < 0 || standing || !isUpperWord(word(at)) {
				continue
			}
			end := at + 1
			for end < len(folded) && end-at <= maxLocalMovementWords {
				gap := para[offs[end-1][1]:offs[end][0]]
				if sentenceBreak(gap) || strings.ContainsAny(gap, ",“”\"«»()") {
					break
				}
				end++
			}
			if end-at < 2 || end-at > maxLocalMovementWords {
				continue
			}
			key := strings.Join(folded[at:end], " ")
			if count[key] == nil {
				count[key] = &seen{text: para[offs[at][0]:offs[end-1][1]]}
				order = append(order, key)
			}
			count[key].n++
		}
	}
	var out []string
	for _, k := range order {
		if count[k].n >= 2 {
			out = append(out, count[k].text)
		}
	}
	return out
}

// nationalFormsLegacy folds the catalogue's names once per process.
var nationalFormsLegacy = sync.OnceValue(func() []nationalForm {
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

// nationalNamedLegacy tells, for each national campaign, whether the folded
// words of a text, read one space apart, hold one of its forms. A form
// may start or end inside a longer word, as OCR glues words ("vàchung sức
// xây dựng nông thôn mớiở"), but its inner words stand whole in the text:
// a form is tried where its second word stands.
func nationalNamedLegacy(words []string) []bool {
	forms, bySecond := nationalFormsLegacy(), nationalBySecondLegacy()
	named := make([]bool, len(forms))
	for i := 1; i < len(words); i++ {
		for _, r := range bySecond[words[i]] {
			if !named[r.campaign] && gluedLegacy(words, i-1, r.words) {
				named[r.campaign] = true
			}
		}
	}
	return named
}

// gluedLegacy reports whether words, from at, hold form as a text holds it when
// the two are compared as strings one space apart: the form's first word
// ends a word and its last starts one.
func gluedLegacy(words []string, at int, form []string) bool {
	last := at + len(form) - 1
	if last >= len(words) || !strings.HasSuffix(words[at], form[0]) || !strings.HasPrefix(words[last], form[len(form)-1]) {
		return false
	}
	for j := 1; j < len(form)-1; j++ {
		if words[at+j] != form[j] {
			return false
		}
	}
	return true
}

// nationalBySecondLegacy holds the national campaigns' forms by their second
// word.
var nationalBySecondLegacy = sync.OnceValue(func() map[string][]nationalRef {
	out := map[string][]nationalRef{}
	for i, n := range nationalFormsLegacy() {
		for _, f := range n.forms {
			w := strings.Fields(f)
			out[w[1]] = append(out[w[1]], nationalRef{campaign: i, words: w})
		}
	}
	return out
})

func appendOnceLegacy(list []string, s string) []string {
	for _, x := range list {
		if fold.String(x) == fold.String(s) {
			return list
		}
	}
	return append(list, s)
}

// sentenceStartLegacy returns the offset where the sentence holding offset i
// begins.
func sentenceStartLegacy(s string, i int) int {
	for j := i - 1; j > 0; j-- {
		if (s[j] == '.' || s[j] == '!' || s[j] == '?') && j+1 < len(s) && s[j+1] == ' ' {
			if r, _ := utf8.DecodeRuneInString(s[min(j+2, len(s)):]); unicode.IsUpper(r) {
				return j + 1
			}
		}
	}
	return 0
}

// cueKindLegacy tells what the words before a quotation make of it: the cue
// ending closest to the quotation wins, then the longer one.
func cueKindLegacy(before string) quoteKind {
	if len(before) > 400 {
		before = before[len(before)-400:]
	}
	before = strings.ToLower(before) // the cues are written in lower case
	best, bestEnd, bestLen := quoteMaybe, -1, 0
	// A literal search for each cue's words: the last place each stands.
	for _, c := range cues() {
		i := strings.LastIndex(before, c.words)
		if i < 0 {
			continue
		}
		if end := i + len(c.words); end > bestEnd || end == bestEnd && len(c.words) > bestLen {
			best, bestEnd, bestLen = c.what, end, len(c.words)
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

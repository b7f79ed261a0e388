package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
)

// mention is a document number found in the text, with what the words
// around it say: the kind written before it, the date, issuer and title
// written after it.
type mention struct {
	start, end int // byte offsets of the number in the text
	num        directive.Number
	kindWord   string // "Chỉ thị" in "Chỉ thị số 08/CT-UBND"
	kindStart  int    // offset of the kind word, or start
	issued     string // YYYY-MM-DD
	issuer     string
	title      string
	after      int // offset just past what the mention covers
}

var (
	// The numbers of documents in running text, state ("08/CT-UBND",
	// "278/PGD&ĐT-THCS", "1635/SGDĐT- GDTrH") and Party ("Chỉ thị 05-
	// CT/TW"), as package directive's number forms write them
	// (directive/lexicon/numberforms.tsv and numberparts.tsv), read on
	// first use.
	stateNumRe = lazyregexp.NewFunc(func() string { return directive.NumberPattern(false) })
	partyNumRe = lazyregexp.NewFunc(func() string { return directive.NumberPattern(true) })
	// A Party number may also be typed with a space for its hyphen
	// ("Kế hoạch số 298 KH/TWĐTN"); read so only after "số", where a
	// number is sure to follow.
	partySpacedRe = lazyregexp.New(`(?i:số)\s*:?\s+(\d{1,6}) ([A-ZĐƯƠ][A-Za-zĐđƯƠươ]*/[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:[-/][A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)*)`)

	// A date without its year ("Thông báo số 110/TB-VPCP ngày 20/3, thông
	// báo kết luận ...") is passed over: the title follows it.
	dateAfterRe = lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*(?:` + verbsPattern("dateAfter") + `\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`
	})
	issuerAfterRe = lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*của\s+((?:[^,;.:()“”"\n]|\.\w)+?)(?:\s+(?:về|v/v|ngày|` + strings.Join(verbForms("issuerAfter"), "|") + `)(?:\s|$)|\s+(?:và|hoặc)\s+(?:` + kindWordsPattern() + `)|[,;.:()“”"]|$)`
	})
	// issuerStopRe is the words that end the issuer of issuerAfterRe.
	issuerStopRe = lazyregexp.NewFunc(func() string {
		return `^(?:\s+(?:về|v/v|ngày|` + strings.Join(verbForms("issuerAfter"), "|") + `)(?:\s|$)|\s+(?:và|hoặc)\s+(?:` + kindWordsPattern() + `))`
	})
	wordRe       = lazyregexp.New(`[\pL\pN]+`)
	titleAfterRe = lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*(?:(?i:` + kindWordsPattern() + `)\s+)?(?:nhằm\s+)?((?i:về việc|v/v|về|` + strings.Join(verbForms("titleAfter"), "|") + `)\s+` + titleTextRe + `)(?:;|\.\s|\.$|\n|$)`
	})
	// titleHeadRe is the start of titleAfterRe, up to the title's text.
	titleHeadRe = lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*(?:(?i:` + kindWordsPattern() + `)\s+)?(?:nhằm\s+)?((?i:về việc|v/v|về|` + strings.Join(verbForms("titleAfter"), "|") + `)\s+)`
	})
	// titleTextRe is the text of a title up to a semicolon, which may
	// stand inside a quoted name the title holds (đột phá “Phát triển khoa
	// học - công nghệ ...; đẩy mạnh cải cách hành chính ...”).
	titleTextRe = `(?:“[^”\n]*”|"[^"\n]*"|[^;\n“”"]|[“”"])+?`
	// sentToRe finds the addressees a letter is said to go to between
	// its number and its title ("Công văn 6443/BNV-VP gửi đơn vị thuộc,
	// trực thuộc Bộ, Sở Nội vụ các tỉnh, thành về việc hưởng ứng ..."):
	// the title starts at "về việc".
	sentToRe = lazyregexp.New(`^\s*,?\s*gửi\s+[^;.\n]{0,200}?\s((?:về việc|v/v|V/v)\s)`)
	// titleStopRe ends a title at the clause that follows it in a
	// sentence: "..., nhằm tiếp tục ...", "..., theo đó ...", "...,
	// xác định rõ lộ trình ...", at a target ("...,phấn đấu đạt tỷ lệ
	// ...", the comma's space lost in a copy), and at who proposed an
	// award ("... cho
	// 23 tập thể và 23 cá nhân theo đề nghị của Ban Tuyên giáo"), and at
	// the issuer the sentence goes on from ("... năm học 2022-2023 của Bộ
	// Giáo dục và Đào tạo xác định chủ đề ..."), at the list of those
	// awarded ("... cho 6 cá nhân tỉnh Tiền Giang gồm: bà ..."), and at the
	// main clause a sentence goes on to after the document it carries out
	// ("thực hiện Chỉ thị số 05-CT/TU ... phong trào thi đua “Dân vận
	// khéo”, các cấp uỷ Đảng, chính quyền ... đã triển khai ...").
	titleStopRe = lazyregexp.NewFunc(func() string {
		return `(?:\s+gồm\s*:|,\s*các\s+cấp\s+(?:ủy|uỷ)|,\s*(?:` + strings.Join(verbForms("titleStop"), "|") + `|nhằm|với mục (?:đích|tiêu)|để|theo đó|trong đó|đồng thời|qua đó|tạo|góp phần|gồm|phấn đấu (?:đạt|đến))|,?\s+theo\s+đề\s+nghị|\s+của\s+\p{Lu}[^,;.“”"]{1,60}?\s+(?:đã\s+|vừa\s+)?` + verbsPattern("titleStopOf") + `)\s`
	})
)

// maxMentions bounds the document numbers read from one text; a real
// document cites tens.
const maxMentions = 2000

// findMentions returns every document number in text, in order, with its
// context. Overlapping matches (a Party number is also a state-looking
// fragment) keep the longer.
func findMentions(text string) []mention {
	var out []mention
	add := func(locs [][]int) {
		for _, l := range locs[:min(len(locs), maxMentions)] {
			s, e := l[0], l[1]
			if s > 0 && isWordByte(text[s-1]) {
				continue
			}
			n, err := directive.ParseNumber(text[s:e])
			if err != nil {
				continue
			}
			out = append(out, mention{start: s, end: e, num: n, kindStart: s, after: e})
		}
	}
	// Every number holds a slash: the patterns run only around the
	// slashes of the text (a literal prefilter).
	regions := slashRegions(text)
	findAll := func(find func(string, int) [][]int) (locs [][]int) {
		for _, r := range regions {
			for _, l := range find(text[r[0]:r[1]], maxMentions) {
				for k := range l {
					if l[k] >= 0 {
						l[k] += r[0]
					}
				}
				locs = append(locs, l)
			}
			if len(locs) >= maxMentions {
				break
			}
		}
		return locs
	}
	add(findAll(func(s string, n int) [][]int { return numbersIn(partyNumAnchoredRe, '-', s, n) }))
	for _, l := range findAll(partySpacedRe.Prefixed().FindAllStringSubmatchIndex) {
		if l[1] < len(text) && isWordByte(text[l[1]]) {
			continue
		}
		n, err := directive.ParseNumber(text[l[2]:l[3]] + "-" + text[l[4]:l[5]])
		if err == nil && n.Party {
			out = append(out, mention{start: l[2], end: l[1], num: n, kindStart: l[2], after: l[1]})
		}
	}
	add(findAll(func(s string, n int) [][]int { return numbersIn(stateNumAnchoredRe, '/', s, n) }))
	out = dropOverlaps(out)
	if len(out) > maxMentions {
		out = out[:maxMentions]
	}
	for i := range out {
		m := &out[i]
		before := text[max(0, m.start-60):m.start]
		if ks, ke, ok := kindBefore(before); ok {
			m.kindWord = before[ks:ke]
			m.kindStart = m.start - len(before) + ks
		}
		rest := text[m.end:min(len(text), m.end+600)]
		pos := 0
		if dm := dateAfterRe.FindStringSubmatchIndex(rest); dm != nil {
			if t, err := directive.ParseDate(rest[dm[2]:dm[3]]); err == nil {
				m.issued = directive.FormatDate(t)
			}
			pos = dm[1]
		}
		if im := issuerAfter(rest[pos:]); im != nil {
			m.issuer = strings.TrimSpace(rest[pos+im[2] : pos+im[3]])
			pos += im[3]
		}
		if sm := sentToRe.FindStringSubmatchIndex(rest[pos:]); sm != nil {
			pos += sm[2]
		}
		if tm := titleAfter(rest[pos:]); tm != nil && tm[2] >= 0 {
			m.title = strings.TrimSpace(rest[pos+tm[2] : pos+tm[3]])
			if st := titleStop(m.title); st != nil {
				m.title = m.title[:st[0]]
			}
			m.title = strings.TrimRight(m.title, " ,.")
			if utf8.RuneCountInString(m.title) > 400 {
				m.title = ""
			}
		}
		m.after = m.end + pos
	}
	return out
}

// titleAfter is titleAfterRe.FindStringSubmatchIndex: the title after a
// number, its date and issuer, up to a semicolon, a stop before white
// space or at the end, or the end of its line. The pattern reads the
// title's text with a lazy loop of one character or one quoted run at a
// time, which is most of the work on a long title; here titleHeadRe reads
// the start, and the text is read by hand: a quoted run (“...” or "...",
// not across a line) is taken whole, another character alone, and the
// title ends at the first end after at least one. The title's first
// character, if it cannot start one (a semicolon or the end), is left to
// the pattern. The pattern is the oracle (FuzzTitleAfter).
func titleAfter(s string) []int {
	h := titleHeadRe.FindStringSubmatchIndex(s)
	if h == nil {
		return nil
	}
	i := h[1]
	if i == len(s) || s[i] == ';' || s[i] == '\n' {
		return titleAfterRe.FindStringSubmatchIndex(s)
	}
	for i = titleItem(s, i); ; i = titleItem(s, i) {
		switch {
		case i == len(s):
			return []int{0, i, h[2], i}
		case s[i] == ';' || s[i] == '\n' || s[i] == '.' && i+1 == len(s):
			return []int{0, i + 1, h[2], i}
		case s[i] == '.' && isRESpace(s[i+1]):
			return []int{0, i + 2, h[2], i}
		}
	}
}

// issuerAfter is issuerAfterRe.FindStringSubmatchIndex: the issuer after
// "của" that follows a number and its date ("..., của UBND tỉnh về việc
// ..."), up to a word that starts the title or the date, "và" or "hoặc"
// and a kind, a punctuation mark or the end. Most numbers are followed by
// something else: the pattern is tried only where "của" follows the white
// space and comma it starts with. The name is read by hand, a character at
// a time (a stop only before a letter, digit or underscore of ASCII),
// and issuerStopRe is tried only at white space, where a word can end it:
// the pattern tried that at every character. A name whose first character
// cannot start one, or that runs into a line's end, is left to the
// pattern. The pattern is the oracle (FuzzTitleAfter).
func issuerAfter(s string) []int {
	i := 0
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if i < len(s) && s[i] == ',' {
		i++
	}
	for i < len(s) && isRESpace(s[i]) {
		i++
	}
	if !strings.HasPrefix(s[i:], "của") {
		return nil
	}
	i += len("của")
	k := i
	for k < len(s) && isRESpace(s[k]) {
		k++
	}
	if k == i {
		return nil
	}
	p, ok := issuerItem(s, k)
	if !ok {
		return issuerAfterRe.FindStringSubmatchIndex(s)
	}
	for {
		if p == len(s) {
			return []int{0, p, k, p}
		}
		if isRESpace(s[p]) {
			if m := issuerStopRe.FindStringIndex(s[p:]); m != nil {
				return []int{0, p + m[1], k, p}
			}
		}
		if r, w := utf8.DecodeRuneInString(s[p:]); strings.ContainsRune(issuerStops, r) {
			return []int{0, p + w, k, p}
		}
		if p, ok = issuerItem(s, p); !ok {
			return issuerAfterRe.FindStringSubmatchIndex(s)
		}
	}
}

// issuerStops are the marks that end an issuer after "của".
const issuerStops = ",;.:()“”\""

// issuerItem returns the end of the character of an issuer's name at p
// of s: any but a stop mark or a line's end, or a stop before a letter,
// digit or underscore of ASCII ("T.Ư"); false if none stands there.
func issuerItem(s string, p int) (int, bool) {
	r, w := utf8.DecodeRuneInString(s[p:])
	switch {
	case p >= len(s):
		return p, false
	case r == '.' && p+1 < len(s) && isREWordByte(s[p+1]):
		return p + 2, true
	case r == '\n' || strings.ContainsRune(issuerStops, r):
		return p, false
	}
	return p + w, true
}

// titleItem returns the end of the item of a title's text at i of s: a
// quoted run closed on its line, else one character.
func titleItem(s string, i int) int {
	switch {
	case strings.HasPrefix(s[i:], "“"):
		if j := strings.IndexAny(s[i+len("“"):], "”\n"); j >= 0 && s[i+len("“")+j] != '\n' {
			return i + len("“") + j + len("”")
		}
	case s[i] == '"':
		if j := strings.IndexAny(s[i+1:], "\"\n"); j >= 0 && s[i+1+j] == '"' {
			return i + 1 + j + 1
		}
	}
	_, w := utf8.DecodeRuneInString(s[i:])
	return i + w
}

// stateNumAnchoredRe and partyNumAnchoredRe are stateNumRe and partyNumRe
// anchored where numbersIn tries them.
var (
	stateNumAnchoredRe = lazyregexp.NewFunc(func() string { return `^(?:` + stateNumRe.String() + `)` })
	partyNumAnchoredRe = lazyregexp.NewFunc(func() string { return `^(?:` + partyNumRe.String() + `)` })
)

// numbersIn finds the matches of a number pattern in s, at most n, as
// FindAllStringIndex would, trying the pattern (re, anchored) only where
// one can start. A number starts with one to six digits that run up to
// the separator sep ('/' for a state number, '-' for a Party one; a
// state number may have one small letter between them, "30c/NQ-CP"): so
// in each run of digits followed by sep (or by that letter and sep), a match can start only where at
// most six digits are left, and if it cannot start at the first such
// digit it cannot at the later ones, which leave the same text after the
// digits. The patterns alone, tried everywhere, are the oracle
// (FuzzNumbersIn).
func numbersIn(re *lazyregexp.Regexp, sep byte, s string, n int) [][]int {
	var out [][]int
	for i := 0; i < len(s) && (n < 0 || len(out) < n); {
		if !isDigit(s[i]) {
			i++
			continue
		}
		end := i
		for end < len(s) && isDigit(s[end]) {
			end++
		}
		next := end
		if sep == '/' && next+1 < len(s) && 'a' <= s[next] && s[next] <= 'z' {
			next++ // "30c/NQ-CP": a letter may follow a state number's digits
		}
		if next == len(s) || s[next] != sep {
			i = end
			continue
		}
		at := max(i, end-6)
		m := re.FindStringIndex(s[at:])
		if m == nil {
			i = end
			continue
		}
		out = append(out, []int{at + m[0], at + m[1]})
		i = at + m[1]
	}
	return out
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// titleStop finds where a title's clause ends (titleStopRe), as the
// pattern would, trying it only where a match can start: every
// alternative starts with a comma or with white space before "gồm",
// "theo" or "của", and where a match starts inside a run of white space
// one starts at the run's start too. So the pattern, anchored, is tried
// at the commas and at the runs before those words, in order, not at
// every character (titleStopAnchoredRe; the test file holds the pattern
// alone as its oracle).
func titleStop(s string) []int {
	if !strings.Contains(s, ",") && !strings.Contains(s, "gồm") && !strings.Contains(s, "theo") && !strings.Contains(s, "của") {
		return nil
	}
	runStart := -1 // start of the run of white space before i, or -1
	for i := 0; i < len(s); i++ {
		b := s[i]
		if isRegexpSpace(b) {
			if runStart < 0 {
				runStart = i
			}
			continue
		}
		at := -1
		switch {
		case b == ',':
			at = i
		case runStart >= 0 && (strings.HasPrefix(s[i:], "gồm") || strings.HasPrefix(s[i:], "theo") || strings.HasPrefix(s[i:], "của")):
			at = runStart
		}
		runStart = -1
		if at < 0 {
			continue
		}
		if m := titleStopAnchoredRe.FindStringIndex(s[at:]); m != nil {
			return []int{at + m[0], at + m[1]}
		}
	}
	return nil
}

// titleStopAnchoredRe is titleStopRe anchored where it is tried.
var titleStopAnchoredRe = lazyregexp.NewFunc(func() string { return `^(?:` + titleStopRe.String() + `)` })

// isRegexpSpace reports whether b is in the regexp class \s: tab,
// newline, form feed, carriage return or space.
func isRegexpSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

// slashRegions returns the parts of text where a document number may
// stand: around each slash before a capital (every number has one:
// "08/CT-UBND", "05-CT/TW", "98/2023/NĐ-CP"), from a space at least slashBefore bytes
// before it to the first space at least slashAfter bytes after it, the
// parts that touch merged. A number never holds a space far from its
// slash, so the patterns find in the regions what they find in the text.
func slashRegions(text string) [][2]int {
	const slashBefore, slashAfter, maxToken = 64, 80, 1024
	var out [][2]int
	for off := 0; off < len(text); {
		i := strings.IndexByte(text[off:], '/')
		if i < 0 {
			break
		}
		i += off
		if !capitalAt(text, i+1) {
			// A date ("12/3/2024"), not the slash before a symbol.
			off = i + 1
			continue
		}
		if n := len(out); n > 0 && i+slashAfter <= out[n-1][1] {
			off = i + 1
			continue
		}
		start := max(0, i-slashBefore)
		for k := 0; start > 0 && k < maxToken && !isSpaceByte(text[start-1]); k++ {
			start--
		}
		for start > 0 && start < len(text) && !utf8.RuneStart(text[start]) {
			start--
		}
		end := min(len(text), i+slashAfter)
		for k := 0; end < len(text) && k < maxToken && !isSpaceByte(text[end]); k++ {
			end++
		}
		for end < len(text) && !utf8.RuneStart(text[end]) {
			end++
		}
		if n := len(out); n > 0 && start <= out[n-1][1] {
			out[n-1][1] = max(out[n-1][1], end)
		} else {
			out = append(out, [2]int{start, end})
		}
		off = i + 1
	}
	return out
}

// capitalAt reports whether a capital that may start a symbol (A-Z, Đ,
// Ư, Ơ) stands at i of s.
func capitalAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	if b := s[i]; b >= 'A' && b <= 'Z' {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r == 'Đ' || r == 'Ư' || r == 'Ơ'
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func isWordByte(b byte) bool {
	return b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b == '/' || b == '-'
}

func dropOverlaps(ms []mention) []mention {
	// Sort by start, longer first, then drop what a kept one covers.
	sort.Slice(ms, func(i, j int) bool {
		return ms[i].start < ms[j].start || ms[i].start == ms[j].start && ms[i].end > ms[j].end
	})
	var out []mention
	for _, m := range ms {
		if len(out) > 0 && m.start < out[len(out)-1].end {
			continue
		}
		out = append(out, m)
	}
	return out
}

// kindOf returns the kind code of a mention: from the number when it
// carries one, else from the word written before it, else from the form
// of the number.
func (m mention) kindOf() string {
	if m.num.Kind != "" && !(m.num.Party && stateBodyRe.MatchString(m.num.Kind)) {
		return m.num.Kind
	}
	if k, ok := directive.KindByName(m.kindWord); ok {
		return k.Code
	}
	if strings.EqualFold(m.kindWord, "văn bản") && (!m.num.Party || stateBodyRe.MatchString(m.num.Kind)) && m.num.Body != "" && m.num.Year == 0 {
		// "văn bản số 2895/UBND-NC": a number whose symbol names the
		// body and its unit but no kind is a công văn's (Decree 30/2020,
		// Appendix I).
		return "CV"
	}
	if strings.HasPrefix(m.num.Body, "QH") && m.num.Year > 0 {
		if strings.EqualFold(m.kindWord, "Nghị quyết") {
			return "NQ"
		}
		return "L"
	}
	return ""
}

// stateBodyRe is a state body's symbol at the start of a number's body,
// which a province may write the Party way, hyphen first
// ("21253-UBND/THĐT"): still a state letter.
var stateBodyRe = lazyregexp.New(`^(?:UBND|HĐND|VP)(?:$|[/-])`)

// numKey compares numbers as the gold records do: words and numbers only,
// leading zeros dropped, case kept.
func numKey(s string) string {
	var parts []string
	for _, w := range wordRe.FindAllString(s, -1) {
		if strings.Trim(w, "0123456789") == "" {
			w = strings.TrimLeft(w, "0")
			if w == "" {
				w = "0"
			}
		}
		parts = append(parts, strings.ToUpper(w))
	}
	return strings.Join(parts, "|")
}

// bareCitedRe finds a document cited by its sequence number alone, with
// its issuer after it ("Thực hiện Kế hoạch số 2558 của UBND tỉnh ...").
// The number is read only after "số" and before "của", where nothing
// else may stand.
var (
	bareCitedRe = lazyregexp.New(`số\s+(\d{1,5})\s+của\s`)
)

// bareCited returns the documents text cites by sequence number alone.
// It finds "số N của" first (the pattern starts with a literal, which
// the regexp package skips to quickly) and then the kind word before it.
func bareCited(text string) []mention {
	var out []mention
	for _, l := range bareCitedRe.FindAllStringSubmatchIndex(text, maxMentions) {
		from := max(0, l[0]-64)
		ks, ke, ok := kindEnd(text[from:l[0]])
		if !ok {
			continue
		}
		n := text[l[2]:l[3]]
		out = append(out, mention{start: l[2], end: l[3], num: directive.Number{Text: n}, kindWord: text[from+ks : from+ke], kindStart: from + ks, after: l[3]})
	}
	return out
}

package parse

import (
	"fmt"
	"strings"
	"time"

	"github.com/vnthidua/thidua/internal/fold"

	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The subject of a news article is chosen among the numbered mentions of
// its text by named features, strongest first:
//
//   - issue verb: the article says it was issued ("vừa ban hành Kế hoạch
//     số 298/KH-UBND", "triển khai tại Kế hoạch số ...");
//   - detail: the article sends readers to it ("Nội dung chi tiết tại Chỉ
//     thị số ...");
//   - headline: the article's title names it, before the lead.
//
// The mention with the strongest feature wins. Among mentions with the
// same strongest feature two more features decide, in order:
//
//   - title match: most of the words of the title the mention gives are
//     in the article's headline;
//   - date proximity: the mention was issued nearest before the page was
//     published (within 90 days), as news reports a text just issued.
//
// Then the first named wins. Two more features are read to explain the
// choice, not to make it: being the only numbered mention of the text,
// and being written with the kind ("Kế hoạch số"). When another mention
// has the same strongest feature the choice was close, and the record's
// warnings say which won and why.
type subjectFeature int

const (
	featNone subjectFeature = iota
	featHeadline
	featDetail
	featIssueVerb
)

func (f subjectFeature) String() string {
	switch f {
	case featIssueVerb:
		return "động từ ban hành / issue verb"
	case featDetail:
		return "dẫn chi tiết / sends readers to it"
	case featHeadline:
		return "trong tiêu đề / in the headline"
	}
	return ""
}

// subjectCandidate is a mention with the strongest feature it has.
type subjectCandidate struct {
	m       *mention
	feature subjectFeature
}

// subjectCandidates returns the mentions of text that may be the subject
// of a news article, in order, each with its strongest feature.
func subjectCandidates(text string, ms []mention) []subjectCandidate {
	var out []subjectCandidate
	first := headlineEnd(text)
	for i := range ms {
		m := &ms[i]
		f := featNone
		switch {
		case m.kindWord != "" && issueVerbRe.Prefixed().MatchString(text[max(0, m.kindStart-40):m.kindStart]) && !carriedOut(text, m.kindStart):
			f = featIssueVerb
		case m.kindWord != "" && detailRe.Prefixed().MatchString(text[max(0, m.kindStart-60):m.kindStart]):
			f = featDetail
		case m.start < first && (m.kindWord != "" || m.num.Kind != ""):
			f = featHeadline
		}
		if f != featNone {
			out = append(out, subjectCandidate{m: m, feature: f})
		}
	}
	return out
}

// pickSubject chooses the document a news article is about (see
// subjectFeature) and, when the choice was close, a warning that says
// why it fell on the one chosen. published is the page's publication day
// (YYYY-MM-DD), or "" when unknown.
func pickSubject(text string, ms []mention, published string) (*mention, string) {
	cs := subjectCandidates(text, ms)
	best := -1
	for i, c := range cs {
		if best < 0 || c.feature > cs[best].feature {
			best = i
		}
	}
	if best < 0 {
		return nil, ""
	}
	var tied []int
	for i, c := range cs {
		if c.feature == cs[best].feature && numKey(c.m.num.Text) != numKey(cs[best].m.num.Text) || i == best {
			tied = append(tied, i)
		}
	}
	if len(tied) == 1 {
		return cs[best].m, ""
	}
	// Ties: title match, then date proximity, then the first named.
	head := fold.String(text[:headlineEnd(text)])
	why := "nêu trước / named first"
	if k := pickBy(tied, func(i int) int { return b2i(titleMatch(head, cs[i].m)) }); k >= 0 {
		best, why = k, "tên khớp tiêu đề / its title is in the headline"
	} else if k := pickBy(tied, func(i int) int { return dateProximity(cs[i].m.issued, published) }); k >= 0 {
		best, why = k, "ban hành gần ngày đăng nhất / issued nearest before the page"
	} else {
		best = tied[0]
	}
	won := cs[best]
	var rivals []string
	for _, i := range tied {
		if i != best && numKey(cs[i].m.num.Text) != numKey(won.m.num.Text) {
			rivals = append(rivals, cs[i].m.num.Text)
		}
	}
	if len(rivals) == 0 {
		return won.m, ""
	}
	vi, en, _ := strings.Cut(why, " / ")
	return won.m, fmt.Sprintf("văn bản chính chọn %s (%s, %s) giữa %s / subject %s chosen (%s, %s) over %s",
		won.m.num.Text, won.feature, vi, strings.Join(rivals, ", "), won.m.num.Text, won.feature, en, strings.Join(rivals, ", "))
}

// pickBy returns the one candidate of tied (indices) with the highest
// positive score, or -1 when none scores above zero or two share the
// highest score with different numbers.
func pickBy(tied []int, score func(int) int) int {
	best, top, ties := -1, 0, 0
	for _, i := range tied {
		switch s := score(i); {
		case s <= 0 || s < top:
		case s > top:
			best, top, ties = i, s, 0
		default:
			ties++
		}
	}
	if ties > 0 {
		return -1
	}
	return best
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// titleMatch reports whether most of the words of the title a mention
// gives (at least three words, two in three of them) are in the folded
// headline head.
func titleMatch(head string, m *mention) bool {
	words := fold.Words(m.title)
	if len(words) < 3 || head == "" {
		return false
	}
	in := map[string]bool{}
	for _, w := range strings.Fields(head) {
		in[w] = true
	}
	n := 0
	for _, w := range words {
		if in[w] {
			n++
		}
	}
	return 3*n >= 2*len(words)
}

// dateProximity scores a mention issued on issued for a page published
// on published: 91 less the days between, for a day 0 to 90 days before
// the page; 0 otherwise or when either is unknown.
func dateProximity(issued, published string) int {
	a, err1 := time.Parse("2006-01-02", issued)
	b, err2 := time.Parse("2006-01-02", firstN(published, 10))
	if err1 != nil || err2 != nil {
		return 0
	}
	days := int(b.Sub(a).Hours() / 24)
	if days < 0 || days > 90 {
		return 0
	}
	return 91 - days
}

func firstN(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// carriedOutRe is the start of a clause that names what a body carries
// out or bases itself on ("Thực hiện Kế hoạch ..., ban hành kèm theo
// Quyết định số 2437/QĐ-TTg ...;", "Căn cứ ..."): a text cited, not the
// one the article reports.
var carriedOutRe = lazyregexp.NewFunc(func() string { return `^\s*` + verbsPattern("carriedOut") + `\s` })

// nowIssuedRe is an issue verb that reports the act ("vừa ban hành",
// "đã ký ban hành"), as against one that describes a text ("ban hành kèm
// theo").
var nowIssuedRe = lazyregexp.NewFunc(func() string { return `(?:vừa|đã|mới)\s+(?:ký\s+)?` + verbsPattern("nowIssued") + `\s*$` })

// carriedOut reports whether the mention at kindStart stands in a clause
// naming a text carried out, with an issue verb that does not report the
// act: "Thực hiện ... ban hành kèm theo Quyết định số ...".
func carriedOut(text string, kindStart int) bool {
	before := text[:kindStart]
	start := strings.LastIndexAny(before, ";\n") + 1
	if i := sentenceFrom(before); i > start {
		start = i
	}
	return carriedOutRe.MatchString(before[start:]) && !nowIssuedRe.MatchString(before[max(start, kindStart-40):])
}

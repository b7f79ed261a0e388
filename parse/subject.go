package parse

import (
	"fmt"
	"strings"

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
// The first mention with the strongest feature wins. Two more features are
// read to explain the choice, not to make it: being the only numbered
// mention of the text, and being written with the kind ("Kế hoạch số").
// When another mention has the same strongest feature the choice was
// close, and the record's warnings say which won and why.
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
// why it fell on the one chosen.
func pickSubject(text string, ms []mention) (*mention, string) {
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
	won := cs[best]
	var rivals []string
	for i, c := range cs {
		if i != best && c.feature == won.feature && numKey(c.m.num.Text) != numKey(won.m.num.Text) {
			rivals = append(rivals, c.m.num.Text)
		}
	}
	if len(rivals) == 0 {
		return won.m, ""
	}
	return won.m, fmt.Sprintf("văn bản chính chọn %s (%s, nêu trước) giữa %s / subject %s chosen (%s, named first) over %s",
		won.m.num.Text, won.feature, strings.Join(rivals, ", "), won.m.num.Text, won.feature, strings.Join(rivals, ", "))
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

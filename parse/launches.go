package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/directive"
)

var (
	// launchRe finds what a document launches: "phát động phong trào thi
	// đua ...", "phát động Đợt thi đua đặc biệt ...". A campaign that
	// was launched by someone else ("do Thủ tướng phát động") has no
	// object after the verb and does not match.
	launchRe = lazyregexp.NewFunc(func() string {
		return `(?i)` + verbsPattern("launch") + `\s+((?:các\s+)?(?:phong\s+trào(?:\s+thi\s+đua)?|đợt\s+thi\s+đua|cuộc\s+thi\s+đua|thi\s+đua)(?:\s|“|")[^.;:\n]*)`
	})
	launchEndRe = lazyregexp.New(`(?i)\s+(?:với\s+(?:những\s+|các\s+)?(?:nội\s+dung|mục\s+đích|chủ\s+đề)|như\s+sau|nhằm|cụ\s+thể|trong\s+toàn|trên\s+địa\s+bàn|đến\s+các)(?:\s|$).*$`)
)

// findLaunches returns the campaigns a document itself launches, read from
// its title and the first lines of its body. Campaigns it only mentions
// are in Directive.Campaigns.
func findLaunches(title, subject string, body []string) []directive.Launch {
	var out []directive.Launch
	texts := append([]string{title}, body[:min(len(body), 6)]...)
	for _, t := range texts {
		for _, loc := range launchRe.Prefixed().FindAllStringSubmatchIndex(t, -1) {
			if citedTitle(t[:loc[0]], subject) {
				continue // the title of a cited document ("Chỉ thị số 19/CT-TTg ... về việc phát động ...")
			}
			m := []string{t[loc[0]:loc[1]], t[loc[2]:loc[3]]}
			name := strings.TrimSpace(launchEndRe.ReplaceAllString(m[1], ""))
			name = strings.TrimRight(name, " ,")
			if len([]rune(name)) < 12 {
				continue
			}
			l := directive.Launch{Name: upperFirst(name), Kind: launchKind(name)}
			if p, ok := campaign.FindPeriod(m[1]); ok {
				l.From, l.To, l.Period = p.From, p.To, p.AsWritten
			}
			for _, q := range quotes(name) {
				if n, ok := campaign.Lookup(q.text); ok {
					l.ID = n.ID
				}
			}
			dup := false
			for _, o := range out {
				if strings.EqualFold(o.Name, l.Name) {
					dup = true
				}
			}
			if !dup {
				out = append(out, l)
			}
		}
		if len(out) > 0 {
			return out
		}
	}
	return out
}

// citedTitle reports whether text that ends where "phát động" starts is
// inside the citation of another document: a number other than the
// subject's stands before it in the same sentence.
func citedTitle(before, subject string) bool {
	if i := strings.LastIndexAny(before, ".;"); i >= 0 {
		before = before[i+1:]
	}
	nums := append(stateNumRe.FindAllString(before, -1), partyNumRe.FindAllString(before, -1)...)
	for _, n := range nums {
		if subject == "" || numKey(n) != numKey(subject) {
			return true
		}
	}
	return false
}

// launchKind names the form of a campaign when its name says it (Law
// 06/2022/QH15, Art. 16 cl. 1: thi đua thường xuyên, thi đua theo chuyên
// đề; older documents also say thi đua theo đợt). See campaign.Kind.
func launchKind(name string) string {
	n := strings.ToLower(name)
	switch {
	case strings.Contains(n, "chuyên đề"):
		return string(campaign.ChuyenDe)
	case strings.Contains(n, "đợt") || strings.Contains(n, "cao điểm"):
		return string(campaign.TheoDot)
	case strings.Contains(n, "thường xuyên"):
		return string(campaign.ThuongXuyen)
	}
	return ""
}

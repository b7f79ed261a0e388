package parse

import (
	"regexp"
	"strings"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// quoteRe finds a quoted phrase: “...”, "..." or «...».
var quoteRe = regexp.MustCompile(`“([^“”"]{3,300})”|"([^"“”]{3,300})"|«([^«»]{3,300})»`)

// cue is a phrase before a quotation that says what the quotation is.
type cue struct {
	re   *regexp.Regexp
	what quoteKind
}

type quoteKind int

const (
	quoteOther quoteKind = iota
	quoteCampaign
	quoteTheme
)

// cues are tried at the end of the text before a quotation; the one that
// ends closest to it decides. "chủ đề thi đua" is a theme although it
// holds "thi đua".
var cues = []cue{
	{regexp.MustCompile(`(?i)phong trào(?:\s+thi đua)?(?:\s+yêu nước)?`), quoteCampaign},
	{regexp.MustCompile(`(?i)(?:đợt|cuộc)\s+thi đua(?:\s+(?:cao điểm|đặc biệt))?`), quoteCampaign},
	{regexp.MustCompile(`(?i)(?:phát động|tổ chức|triển khai)\s+thi đua`), quoteCampaign},
	{regexp.MustCompile(`(?i)chủ đề(?:\s+(?:thi đua|năm|hành động|công tác))?`), quoteTheme},
	{regexp.MustCompile(`(?i)khẩu hiệu(?:\s+thi đua)?|phương châm(?:\s+hành động)?|tinh thần|truyền thống|về việc|đề án|chương trình|cuộc vận động|giải thưởng|danh hiệu|hội thi|cuộc thi|mô hình|dự án|kế hoạch|chỉ thị|nghị quyết|quyết định|luật|thông điệp|lời kêu gọi|tác phẩm|chuyên mục|chuyên trang|cuốn sách|bài viết|tiêu chí|với nội dung|với tên gọi là|gọi là|năm chủ đề`), quoteOther},
}

var (
	runGapRe      = regexp.MustCompile(`^\s*[,;]?\s*(?:và|hoặc|cùng)?\s*$`)
	sentenceEndRe = regexp.MustCompile(`[.!?]\s+\p{Lu}|[.!?]$`)
)

// findCampaigns returns the campaigns the body names: quoted names that
// follow "phong trào", "đợt thi đua" and the like, and any national
// campaign of the catalogue named with or without quotes. It also
// returns the themes (chủ đề) quoted after "chủ đề". Duplicates collapse.
func findCampaigns(body []string) (camps []directive.Campaign, themes []string) {
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
	for _, para := range body {
		prevEnd, prevKind := -1, quoteOther
		for _, loc := range quoteRe.FindAllStringSubmatchIndex(para, -1) {
			q := ""
			for g := 2; g < len(loc); g += 2 {
				if loc[g] >= 0 {
					q = para[loc[g]:loc[g+1]]
				}
			}
			q = strings.TrimSpace(strings.Trim(q, " ,;.:"))
			kind := prevKind
			if prevEnd < 0 || !runGapRe.MatchString(para[prevEnd:loc[0]]) {
				from := sentenceStart(para, loc[0])
				if prevEnd > from {
					from = prevEnd
				}
				kind = cueKind(para[from:loc[0]])
			}
			prevEnd, prevKind = loc[1], kind
			n, _, national := campaign.Match(q)
			switch {
			case kind == quoteCampaign && national:
				add(n.ID, q)
			case kind == quoteCampaign:
				add("", q)
			case kind == quoteTheme:
				themes = appendOnce(themes, q)
			}
		}
	}
	// National campaigns named without quotes.
	joined := fold.String(strings.Join(body, " \n "))
	for _, n := range campaign.NationalCampaigns() {
		if seen[n.ID] {
			continue
		}
		for _, s := range append([]string{n.Name}, n.Aliases...) {
			f := fold.String(s)
			if len(strings.Fields(f)) >= 5 && strings.Contains(joined, f) {
				add(n.ID, n.Name)
				break
			}
		}
	}
	if camps == nil {
		camps = []directive.Campaign{}
	}
	return camps, themes
}

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
	start := 0
	for _, m := range sentenceEndRe.FindAllStringIndex(s[:i], -1) {
		start = m[0] + 1
	}
	return start
}

// cueKind tells what the words before a quotation make of it: the cue
// ending closest to the quotation wins, then the longer one.
func cueKind(before string) quoteKind {
	if len(before) > 400 {
		before = before[len(before)-400:]
	}
	best, bestEnd, bestLen := quoteOther, -1, 0
	for _, c := range cues {
		for _, m := range c.re.FindAllStringIndex(before, -1) {
			if m[1] > bestEnd || m[1] == bestEnd && m[1]-m[0] > bestLen {
				best, bestEnd, bestLen = c.what, m[1], m[1]-m[0]
			}
		}
	}
	return best
}

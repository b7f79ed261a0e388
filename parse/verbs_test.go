package parse

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// oldVerbPatterns are the patterns that read verbs as they were written
// before the verbs became data (lexicon/verbs.tsv), kept as the oracle of
// the patterns now made from the lexicon: the same text, each verb
// alternation spelled out by hand.
var oldVerbPatterns = map[string]*lazyregexp.Regexp{
	"issueVerbRe": lazyregexp.NewFunc(func() string {
		return `(?i)(?:ký\s+ban\s+hành|ban\s+hành|đã\s+ký|vừa\s+ký|ký|phát\s+hành|phê\s+duyệt|vừa\s+có|có|ra|gửi|triển\s+khai\s+tại)\s*(?:kèm theo\s*)?$`
	}),
	"leadDateRe": lazyregexp.NewFunc(func() string {
		return `(?i)^(?:Ngày|Hôm nay,?\s*ngày|Sáng|Chiều|Tối)?\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,\s*(.{0,160}?)\s*(?:đã\s+)?(?:ký\s+ban\s+hành|ban\s+hành|phát\s+động|ký)\b`
	}),
	"issuerWordRe": lazyregexp.NewFunc(func() string {
		return `(?i)(` + bodiesPattern(issuingBodies(), findSentence) + `(?:\s*\(\p{Lu}[\pL&]{1,10}\))?(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}[\pL]*(?:\s+\p{Lu}[\pL]*){0,3})?|\s+(?:TP\.?\s?)?\p{Lu}{2,5}|\s+(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}))?)(?:\s*\(\p{Lu}[\pL&]{1,10}\))?\s*(?:vừa\s+|đã\s+)?(?:ký\s+)?(?:ban\s+hành|phát\s+động|phát\s+đi|triển\s+khai|xây\s+dựng|ký|có)?(?:\s+tại)?\s*$`
	}),
	"clauseIssuerRe": lazyregexp.NewFunc(func() string {
		return `(?:^|[;:.]\s+|,\s+)(` + bodiesPattern(issuingBodies(), findClause) + `\s(?:[^;:,.\s]+\s){0,10}?)(?:ban hành|xây dựng|triển khai)\s+(\pL+\s\pL+)`
	}),
	"yearlessLeadRe": lazyregexp.NewFunc(func() string {
		return `(?m)^(?:Ngày|Hôm nay,?\s*ngày)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*,\s*[^.\n]{0,160}?\s(?:ký\s+ban\s+hành|ban\s+hành|ký)\s`
	}),
	"launcherRe": lazyregexp.NewFunc(func() string {
		return `(` + bodiesPattern(issuingBodies(), findLaunch) + `[^.;:!?\n]{0,60}?)\s+(?:vừa\s+|đã\s+)?(?:phối\s+hợp\s+(?:với\s+)?[^.;:!?\n]{0,80}?\s+)?(?:tổ\s+chức\s+[^.;:!?\n]{0,100}?)?phát\s+động\s`
	}),
	"launchAtRe": lazyregexp.NewFunc(func() string {
		return `(?i)^(?:tại\s+)?(?:hội\s+nghị|buổi\s+lễ|lễ)\s[^.!?]*\sphát\s+động\s`
	}),
	"launchSpeakerRe": lazyregexp.NewFunc(func() string {
		return `(?:tại|Tại)\s+(?:lễ|Lễ|buổi lễ|hội nghị|Hội nghị)\s+phát\s+động\s[^;\n]{0,300}?,\s+(` + bodiesPattern(issuingBodies(), findLaunch) + `[^,.;:!?\n]{0,60}?)(?:,|\s+(?:nhấn\s+mạnh|cho\s+biết|khẳng\s+định|phát\s+biểu|yêu\s+cầu|đề\s+nghị|kêu\s+gọi)\s)`
	}),
	"issuedKindRe": lazyregexp.NewFunc(func() string {
		return `(?:ký\s+ban\s+hành|ban\s+hành|phát\s+hành|(?:vừa|đã)\s+ký|vừa\s+có|(?:vừa|đã)\s+xây\s+dựng|triển\s+khai)\s+(` + kindWordsPattern() + `|(?i:kế\s+hoạch|chỉ\s+thị|quyết\s+định|nghị\s+quyết|hướng\s+dẫn|thông\s+báo|công\s+văn))(?:\s+(?:số\s+)?(\d{1,5}))?(?:,\s*|\s+)(?:\p{Ll}|` + `(?:Truy tặng|Tặng thưởng|Tặng|Phong tặng|Công nhận|Khen thưởng)` + `\s)`
	}),
	"decidedRe": lazyregexp.NewFunc(func() string {
		return `(?:vừa|đã)\s+(quyết\s+định)\s+(?:công\s+nhận|tặng|truy\s+tặng|tặng\s+thưởng|phong\s+tặng|khen\s+thưởng)\s`
	}),
	"awarderRe": lazyregexp.NewFunc(func() string {
		return `(?:^|[\s,(])((?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chủ\s+tịch\s+nước))\s+(?:đã\s+|vừa\s+)?(?:tặng|truy\s+tặng|tặng\s+thưởng|phong\s+tặng)\s+(?i:bằng\s+khen|huân\s+chương|huy\s+chương|cờ\s+thi\s+đua|danh\s+hiệu)`
	}),
	"passiveRe": lazyregexp.NewFunc(func() string {
		return `(?:^|\n|[.!?]\s+)(?:Theo|Thực hiện|Tại)\s+((?i:kế\s+hoạch|chỉ\s+thị|quyết\s+định|hướng\s+dẫn|công\s+văn))\s+(\p{Ll}[^.;\n]{4,300}?)\s+(?:vừa|mới)\s+được\s+([^.;,\n]{3,100}?)\s+(?:ký\s+)?ban\s+hành[\s,.]`
	}),
	"anaphoraRe": lazyregexp.NewFunc(func() string {
		return `(?:^|\n|[.!?]\s+)(?:Theo\s+)?(Kế hoạch|Chỉ thị|Quyết định|Hướng dẫn|Công văn|Thông báo)\s+(?:yêu cầu|đề ra|nêu rõ|xác định|giao|chỉ đạo|đề nghị)\s`
	}),
	"issuedGapRe": lazyregexp.NewFunc(func() string {
		return `(?i)^[^.;:]{0,150}?(?:ban\s+hành|ký|phát\s+hành|có|(?:đã|vừa)\s+ra)\s*$`
	}),
	"signerWordsRe": lazyregexp.NewFunc(func() string {
		return `((?:Phó\s+)?(?:Chủ\s+tịch\s+nước|Chủ\s+tịch|Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Bí\s+thư|Giám\s+đốc|Trưởng\s+ban|Chánh\s+Văn\s+phòng))\s+([^,;.:()]{0,120}?)\s+(?:đã\s+|vừa\s+)?(?:ký|thay\s+mặt|ban\s+hành)`
	}),
	"issuerTailRe": lazyregexp.NewFunc(func() string {
		return `(?i)(?:\s+(?:vừa|đã))?(?:\s+(?:ký\s+ban\s+hành|ban\s+hành|phát\s+động|xây\s+dựng|ký))?\s*$`
	}),
	"openingIssuerRe": lazyregexp.NewFunc(func() string {
		return `^(` + bodiesPattern(issuingBodies(), findOpening) + `[\pL ]{0,60}?)\s+(?:ban hành|xây dựng|triển khai)\s+(?:Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định)\s.*như sau:?$`
	}),
	"lostHeaderOpeningRe": lazyregexp.NewFunc(func() string {
		return `\s(?:ban hành|xây dựng)\s+(Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định)\s[^.;]{0,200}như sau:?$`
	}),
	"bodyStartRe": lazyregexp.NewFunc(func() string {
		return `(?i)^(?:Căn cứ|Thực hiện|Theo|Trong|Để|Nhằm|Năm|Qua|Thời gian|Những năm|Thi hành|Xét)(?:[\s,:;]|$)`
	}),
	"launchRe": lazyregexp.NewFunc(func() string {
		return `(?i)phát\s+động\s+((?:các\s+)?(?:phong\s+trào(?:\s+thi\s+đua)?|đợt\s+thi\s+đua|cuộc\s+thi\s+đua|thi\s+đua)(?:\s|“|")[^.;:\n]*)`
	}),
	"dateAfterRe": lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*(?:ban hành\s+)?ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`
	}),
	"issuerAfterRe": lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*của\s+((?:[^,;.:()“”"\n]|\.\w)+?)(?:\s+(?:về|v/v|quy định|ban hành|phê duyệt|hướng dẫn|triển khai|tổ chức|phát động|tặng|truy tặng|phong tặng|công nhận|ngày)(?:\s|$)|\s+(?:và|hoặc)\s+(?:` + kindWordsPattern() + `)|[,;.:()“”"]|$)`
	}),
	"titleAfterRe": lazyregexp.NewFunc(func() string {
		return `^\s*,?\s*(?:(?i:` + kindWordsPattern() + `)\s+)?(?:nhằm\s+)?((?i:về việc|v/v|về|quy định|phê duyệt|ban hành|hướng dẫn)\s+` + titleTextRe + `|(?i:tổ chức|triển khai|thực hiện|phát động|tặng|tặng thưởng|phong tặng|truy tặng|khen thưởng|công nhận|kết luận)\s+` + titleTextRe + `)(?:;|\.\s|\.$|\n|$)`
	}),
	"titleStopRe": lazyregexp.NewFunc(func() string {
		return `(?:\s+gồm\s*:|,\s*các\s+cấp\s+(?:ủy|uỷ)|,\s*(?:nhằm|xác định|nêu rõ|đề ra|với mục (?:đích|tiêu)|để|theo đó|trong đó|đồng thời|qua đó|yêu cầu|giao|tạo|góp phần|gồm|phấn đấu (?:đạt|đến))|,?\s+theo\s+đề\s+nghị|\s+của\s+\p{Lu}[^,;.“”"]{1,60}?\s+(?:đã\s+|vừa\s+)?(?:xác định|yêu cầu|nêu rõ|đề ra|chỉ đạo|nhấn mạnh))\s`
	}),
	"carriedOutRe": lazyregexp.NewFunc(func() string { return `^\s*(?:Thực hiện|Căn cứ|Thi hành)\s` }),
	"nowIssuedRe":  lazyregexp.NewFunc(func() string { return `(?:vừa|đã|mới)\s+(?:ký\s+)?(?:ban\s+hành|ký|phát\s+hành|có)\s*$` }),
}

// verbPatterns are the patterns made from lexicon/verbs.tsv, by the names
// of oldVerbPatterns.
var verbPatterns = map[string]**lazyregexp.Regexp{
	"issueVerbRe": &issueVerbRe, "leadDateRe": &leadDateRe, "issuerWordRe": &issuerWordRe, "clauseIssuerRe": &clauseIssuerRe,
	"yearlessLeadRe": &yearlessLeadRe, "launcherRe": &launcherRe, "launchAtRe": &launchAtRe, "launchSpeakerRe": &launchSpeakerRe,
	"issuedKindRe": &issuedKindRe, "decidedRe": &decidedRe, "awarderRe": &awarderRe, "passiveRe": &passiveRe,
	"anaphoraRe": &anaphoraRe, "issuedGapRe": &issuedGapRe, "signerWordsRe": &signerWordsRe, "issuerTailRe": &issuerTailRe,
	"openingIssuerRe": &openingIssuerRe, "lostHeaderOpeningRe": &lostHeaderOpeningRe, "bodyStartRe": &bodyStartRe,
	"launchRe": &launchRe, "dateAfterRe": &dateAfterRe, "issuerAfterRe": &issuerAfterRe, "titleAfterRe": &titleAfterRe,
	"titleStopRe": &titleStopRe, "carriedOutRe": &carriedOutRe, "nowIssuedRe": &nowIssuedRe,
}

// opensCopyOld is opensCopy as it was written before the verbs became
// data.
func opensCopyOld(ln string) bool {
	return strings.HasPrefix(ln, "Thực hiện ") || strings.HasPrefix(ln, "Căn cứ ")
}

// verbProbes are, for each pattern, a text with a verb's place (%s) and
// the words the old pattern read there, every alternative it had: each
// probe is matched by the old pattern. startOnly marks a pattern whose
// callers read where its match starts and its groups, not where it ends
// (decidedRe: "quyết định tặng thưởng" ends after "tặng" in the old
// pattern, which tried "tặng" first, and after "thưởng" in the new, which
// tries the longer first as the lexicon orders them).
var verbProbes = []struct {
	pattern, probe, forms string
	startOnly             bool
}{
	{"issueVerbRe", "UBND tỉnh vừa %s ", "ký ban hành|ban hành|đã ký|vừa ký|ký|phát hành|phê duyệt|vừa có|có|ra|gửi|triển khai tại", false},
	{"issueVerbRe", "UBND tỉnh %s kèm theo ", "ký ban hành|ban hành|ký", false},
	{"nowIssuedRe", "UBND tỉnh vừa %s ", "ban hành|ký|phát hành|có", false},
	{"nowIssuedRe", "UBND tỉnh mới ký %s", "ban hành|ký|phát hành|có", false},
	{"carriedOutRe", " %s Kế hoạch số 12", "Thực hiện|Căn cứ|Thi hành", false},
	{"bodyStartRe", "%s Luật Thi đua, khen thưởng", "Căn cứ|Thực hiện|Theo|Trong|Để|Nhằm|Năm|Qua|Thời gian|Những năm|Thi hành|Xét", false},
	{"bodyStartRe", "%s:", "căn cứ|THỰC HIỆN|theo|xét", false},
	{"leadDateRe", "Ngày 12/3/2024, UBND tỉnh %s Kế hoạch", "ký ban hành|ban hành|phát động", false},
	{"yearlessLeadRe", "Ngày 20/9, Thủ tướng Chính phủ %s Kế hoạch", "ký ban hành|ban hành|ký", false},
	{"issuerWordRe", "Ngày 25/11/2024, Ủy ban nhân dân tỉnh Quảng Ngãi vừa %s", "ban hành|phát động|phát đi|triển khai|xây dựng|ký|có|ký ban hành", false},
	{"issuerTailRe", "UBND tỉnh đã %s", "ký ban hành|ban hành|phát động|xây dựng|ký", false},
	{"issuedGapRe", "Thủ tướng Chính phủ %s ", "ban hành|ký|phát hành|có|đã ra|vừa ra", false},
	{"signerWordsRe", "Phó Chủ tịch UBND tỉnh Trần Văn An %s", "ký|thay mặt|ban hành", false},
	{"issuedKindRe", "UBND huyện %s Kế hoạch tổ chức hội nghị", "ký ban hành|ban hành|phát hành|vừa ký|đã ký|vừa có|vừa xây dựng|đã xây dựng|triển khai", false},
	{"issuedKindRe", "UBND tỉnh đã ký quyết định %s Huân chương Lao động", "Truy tặng|Tặng thưởng|Tặng|Phong tặng|Công nhận|Khen thưởng", false},
	{"decidedRe", "Thủ tướng Chính phủ vừa quyết định %s huyện Vạn Ninh", "công nhận|tặng|truy tặng|tặng thưởng|phong tặng|khen thưởng", true},
	{"awarderRe", "Thủ tướng Chính phủ %s bằng khen cho", "tặng|truy tặng|tặng thưởng|phong tặng", false},
	{"launchRe", "%s phong trào thi đua yêu nước năm 2025", "phát động", false},
	{"launcherRe", "Bộ Công an %s đợt thi đua cao điểm.", "phát động", false},
	{"launchAtRe", "Hội nghị là dịp %s phong trào thi đua", "phát động", false},
	{"launchSpeakerRe", "Phát biểu tại lễ %s đợt thi đua cao điểm, Bộ Công an nhấn mạnh rằng", "phát động", false},
	{"launchSpeakerRe", "Tại lễ phát động đợt thi đua cao điểm, Bộ Công an %s rằng", "nhấn mạnh|cho biết|khẳng định|phát biểu|yêu cầu|đề nghị|kêu gọi", false},
	{"passiveRe", "%s kế hoạch tổ chức hội nghị năm 2025 vừa được Chủ tịch UBND tỉnh ban hành, ", "Theo|Thực hiện|Tại", false},
	{"anaphoraRe", "Kế hoạch %s các sở, ngành", "yêu cầu|đề ra|nêu rõ|xác định|giao|chỉ đạo|đề nghị", false},
	{"clauseIssuerRe", "Căn cứ Luật Tổ chức Chính phủ; Chính phủ %s Nghị quyết về phong trào thi đua.", "ban hành|xây dựng|triển khai", false},
	{"openingIssuerRe", "Uỷ ban nhân dân tỉnh %s Kế hoạch tổ chức các hoạt động như sau:", "ban hành|xây dựng|triển khai", false},
	{"lostHeaderOpeningRe", " Thực hiện Chỉ thị số 05; UBND tỉnh %s Kế hoạch triển khai như sau:", "ban hành|xây dựng", false},
	{"dateAfterRe", ", %s ngày 12/3/2024 của UBND tỉnh", "ban hành", false},
	{"issuerAfterRe", " của UBND tỉnh %s phong trào thi đua", "về|v/v|quy định|ban hành|phê duyệt|hướng dẫn|triển khai|tổ chức|phát động|tặng|truy tặng|phong tặng|công nhận|ngày", false},
	{"titleAfterRe", " %s phong trào thi đua năm 2025;", "về việc|v/v|về|quy định|phê duyệt|ban hành|hướng dẫn|tổ chức|triển khai|thực hiện|phát động|tặng|tặng thưởng|phong tặng|truy tặng|khen thưởng|công nhận|kết luận", false},
	{"titleAfterRe", " %s Bằng khen cho 12 tập thể.", "Tặng|Tặng thưởng|Khen thưởng|Công nhận", false},
	{"titleStopRe", "phong trào thi đua năm 2025, %s các nhiệm vụ", "nhằm|xác định|nêu rõ|đề ra|để|theo đó|trong đó|đồng thời|qua đó|yêu cầu|giao|tạo|góp phần|gồm", false},
	{"titleStopRe", "phong trào thi đua của Bộ Nội vụ đã %s nhiệm vụ", "xác định|yêu cầu|nêu rõ|đề ra|chỉ đạo|nhấn mạnh", false},
}

// sameMatches reports whether the new pattern finds what the old found
// in s; with startOnly, where each match starts and its groups.
func sameMatches(t *testing.T, name string, old, now *lazyregexp.Regexp, s string, startOnly bool) bool {
	t.Helper()
	o, n := old.FindAllStringSubmatchIndex(s, -1), now.FindAllStringSubmatchIndex(s, -1)
	if startOnly {
		for _, ms := range [][][]int{o, n} {
			for _, m := range ms {
				m[1] = -1
			}
		}
	}
	if slices.EqualFunc(o, n, slices.Equal) {
		return true
	}
	at := 0
	if len(o) > 0 {
		at = o[0][0]
	} else if len(n) > 0 {
		at = n[0][0]
	}
	t.Errorf("%s on %d bytes, at %q: old pattern %v, new %v", name, len(s), s[at:min(len(s), at+120)], o, n)
	return false
}

// TestVerbPatternsKeepOldMatches: every pattern made from the lexicon
// finds what the pattern it replaced found: on a probe for each verb the
// old pattern read, and on the texts of the test data, whole, line by
// line, and in windows before and after each word (the patterns anchored
// at an end run on such windows). opensCopy answers as the prefix tests
// it replaced did.
func TestVerbPatternsKeepOldMatches(t *testing.T) {
	for _, p := range verbProbes {
		old, now := oldVerbPatterns[p.pattern], verbPatterns[p.pattern]
		require.NotNil(t, old, p.pattern)
		require.NotNil(t, now, p.pattern)
		for _, form := range strings.Split(p.forms, "|") {
			s := fmt.Sprintf(p.probe, form)
			if !old.MatchString(s) {
				t.Errorf("%s: the old pattern does not match the probe %q", p.pattern, s)
			}
			sameMatches(t, p.pattern, old, *now, s, p.startOnly)
		}
	}
	for _, s := range []string{"Thực hiện Kế hoạch", "Căn cứ Luật", "Căn cứ", "Thi hành Luật", "thực hiện Kế hoạch", "Thực hiện\tKế hoạch", "Theo Kế hoạch"} {
		assert.Equal(t, opensCopyOld(s), opensCopy(s), s)
	}
	startOnly := map[string]bool{"decidedRe": true}
	// The finders of launches run on an article's lead alone (launcher).
	leadOnly := map[string]bool{"launcherRe": true, "launchSpeakerRe": true}
	texts := verbTestTexts(t)
	for name, old := range oldVerbPatterns {
		now := *verbPatterns[name]
		end := strings.HasSuffix(old.String(), "$")
		start := strings.HasPrefix(old.String(), "^") || strings.HasPrefix(old.String(), "(?i)^")
		fails := 0
		for _, text := range texts {
			// A pattern anchored at the end of its input, not of a line,
			// runs on lines and windows only: on a whole text it could
			// match only at its end. The others run on the start of the
			// text, the lead a news article is read in, and on lines.
			if !end && !sameMatches(t, name, old, now, text[:min(len(text), 4000)], startOnly[name]) {
				fails++
			}
			for ln := range strings.SplitSeq(text, "\n") {
				if fails > 5 || leadOnly[name] {
					break
				}
				if !sameMatches(t, name, old, now, ln, startOnly[name]) {
					fails++
				}
				if name == "bodyStartRe" && opensCopy(ln) != opensCopyOld(ln) {
					t.Errorf("opensCopy(%q) = %v, was %v", ln, opensCopy(ln), opensCopyOld(ln))
				}
				if !end && !start {
					continue
				}
				for _, at := range wordStarts(ln) {
					var w string
					switch {
					case end:
						// Before a word that may start a document's kind
						// or number, as the callers run them; issuerWordRe
						// as issuerWordFind runs it.
						r, _ := utf8.DecodeRuneInString(ln[at:])
						if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
							continue
						}
						w = ln[max(0, at-60):at]
						if name == "issuerWordRe" {
							if !unicode.IsDigit(r) && !startsKind(ln[at:]) {
								continue
							}
							w = ln[max(0, at-150):at]
							w = w[issuerWordFrom(w):]
						}
					default:
						w = ln[at:min(len(ln), at+300)]
					}
					if !sameMatches(t, name, old, now, w, startOnly[name]) {
						fails++
					}
				}
			}
		}
	}
}

// verbTestTexts returns the texts of the test data: the plain texts, the
// main texts of the portal pages, and the gold records' texts are not
// read.
func verbTestTexts(t *testing.T) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir("testdata", func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && d.Name() == "fuzz" {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".txt") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if utf8.Valid(b) {
			out = append(out, string(b))
		}
		return nil
	})
	require.NoError(t, err)
	require.Greater(t, len(out), 100, "test texts")
	return out
}

// wordStarts returns where the words of s start, after white space.
func wordStarts(s string) []int {
	var out []int
	prev := ' '
	for i, r := range s {
		if unicode.IsSpace(prev) && !unicode.IsSpace(r) {
			out = append(out, i)
		}
		prev = r
	}
	return out
}

// startsKind reports whether a kind word starts s, in any case.
func startsKind(s string) bool {
	s = strings.ToLower(s[:min(len(s), 40)])
	for _, k := range kindWords() {
		if strings.HasPrefix(s, strings.ToLower(k)) {
			return true
		}
	}
	return false
}

// TestVerbsLexicon: the embedded lexicon reads and feeds every reader; a
// form that starts a longer one comes after it; a malformed line is
// refused, naming its line; a lexicon that leaves a reader without forms
// is refused, naming the reader.
func TestVerbsLexicon(t *testing.T) {
	vs, err := readVerbs(verbsTSV)
	require.NoError(t, err)
	for _, r := range verbReaders {
		assert.NotEmpty(t, verbForms(r.name), r.name)
	}
	for i, v := range vs {
		for _, w := range vs[i+1:] {
			assert.False(t, strings.HasPrefix(w.form, v.form), "%q before %q", v.form, w.form)
		}
	}
	iv := verbForms("issueVerb")
	assert.Less(t, slices.Index(iv, `ký\s+ban\s+hành`), slices.Index(iv, `ký`), "a reader spelled with \\s+ reads the longer form first")
	assert.Equal(t, []string{"Căn cứ", "Thực hiện", "Thi hành"}, verbForms("carriedOut"))

	lines := strings.Count(verbsTSV, "\n")
	for _, bad := range []struct{ line, why string }{
		{"ban hành\tissue", "two fields"},
		{"ban hành\tissue\tissueVerb\tx", "four fields"},
		{"ban hành\tpublish\tissueVerb", "no such role"},
		{"ban bố\tissue\theadline", "no such reader"},
		{"ban bố\tissue\t", "no readers"},
		{"ban bố\tissue\tissueVerb, issueVerb", "a reader twice"},
		{"ban  bố\tissue\tissueVerb", "two spaces"},
		{"Ban bố\tissue\tissueVerb", "a capital"},
		{"ban|bố\tissue\tissueVerb", "a pattern character"},
		{"ban hành\tissue\tissueVerb", "listed twice"},
		{"ký ban hành lại\tissue\tissueVerb", "after the shorter form that starts it"},
	} {
		_, err := readVerbs(verbsTSV + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Contains(t, err.Error(), fmt.Sprintf("lexicon/verbs.tsv line %d:", lines+1), bad.why)
		}
	}
	var kept []string
	for ln := range strings.SplitSeq(verbsTSV, "\n") {
		if !strings.Contains(ln, "copyStart") {
			kept = append(kept, ln)
		}
	}
	_, err = readVerbs(strings.Join(kept, "\n"))
	if assert.Error(t, err) {
		assert.Contains(t, err.Error(), "no form for copyStart")
	}
}

// useVerbs makes the patterns read the verbs of tsv instead of the
// embedded lexicon for the rest of the test.
func useVerbs(t *testing.T, tsv string) {
	t.Helper()
	vs, err := readVerbs(tsv)
	require.NoError(t, err)
	old := verbLexicon
	verbLexicon = func() []verbForm { return vs }
	t.Cleanup(func() { verbLexicon = old })
	res := append(slices.Collect(maps.Values(verbPatterns)), &titleHeadRe, &issuerStopRe)
	for _, tl := range []*bodyTails{issuerWordTails, clauseTails, launcherTails, organiserTails, openingTails} {
		res = append(res, &tl.none, &tl.name, &tl.place)
	}
	for _, re := range res {
		prev := *re
		*re = prev.Renewed()
		t.Cleanup(func() { *re = prev })
	}
}

// swapVerb returns the embedded lexicon with the form of one line
// replaced by another.
func swapVerb(t *testing.T, form, by string) string {
	t.Helper()
	require.Equal(t, 1, strings.Count(verbsTSV, "\n"+form+"\t"), form)
	return strings.Replace(verbsTSV, "\n"+form+"\t", "\n"+by+"\t", 1)
}

// TestVerbsFeedFinders: the lexicon is what the finders read. A verb of
// each role is read with the embedded lexicon, and a made-up one (khởi
// xướng, công bố, chấp hành, chứng nhận, chỉ dẫn) is not; with the
// line's form swapped for the made-up one, the finders read the made-up
// verb and no longer the real one.
func TestVerbsFeedFinders(t *testing.T) {
	launched := func(verb string) string {
		return launcher("Bộ Công an " + verb + " đợt thi đua cao điểm năm 2025.")
	}
	launches := func(verb string) string {
		ls := findLaunches("", "", []string{"Bộ Công an " + verb + " phong trào thi đua yêu nước năm 2025 trong toàn lực lượng."})
		if len(ls) == 0 {
			return ""
		}
		return ls[0].Name
	}
	kind := func(text string) func(string) string {
		return func(verb string) string {
			var d directive.Directive
			unnumberedSubject(&d, fmt.Sprintf(text, verb))
			return d.Kind
		}
	}
	carried := func(verb string) string {
		text := upperFirst(verb) + " Quyết định số 12/QĐ-UBND của UBND tỉnh"
		return fmt.Sprint(carriedOut(text, strings.Index(text, "Quyết")))
	}
	cited := func(verb string) string {
		ms := findMentions("Thực hiện Công văn số 12/UBND-VP ngày 01/02/2024 của UBND tỉnh " + verb + " công tác thi đua năm 2024;")
		if len(ms) == 0 {
			return ""
		}
		return ms[0].issuer + " | " + ms[0].title
	}
	tests := []struct {
		form, by  string
		find      func(verb string) string
		read, not string // what find gives when the verb is read and when not; %s is the verb
	}{
		{"phát động", "khởi xướng", launched, "Bộ Công an", ""},
		{"phát động", "khởi xướng", launches, "Phong trào thi đua yêu nước năm 2025", ""},
		{"phát hành", "công bố", kind("UBND huyện Vạn Ninh vừa %s Kế hoạch tổ chức hội nghị tổng kết năm 2024."), "KH", ""},
		{"thi hành", "chấp hành", carried, "true", "false"},
		{"công nhận", "chứng nhận", kind("Thủ tướng Chính phủ vừa quyết định %s huyện Vạn Ninh đạt chuẩn nông thôn mới."), "QĐ", ""},
		{"hướng dẫn", "chỉ dẫn", cited, "UBND tỉnh | %s công tác thi đua năm 2024", "UBND tỉnh %s công tác thi đua năm 2024 | "},
	}
	want := func(tmpl, verb string) string {
		if strings.Contains(tmpl, "%s") {
			return fmt.Sprintf(tmpl, verb)
		}
		return tmpl
	}
	for _, tt := range tests {
		assert.Equal(t, want(tt.read, tt.form), tt.find(tt.form), "%s, embedded lexicon", tt.form)
		assert.Equal(t, want(tt.not, tt.by), tt.find(tt.by), "%s, embedded lexicon", tt.by)
		t.Run(tt.by, func(t *testing.T) {
			useVerbs(t, swapVerb(t, tt.form, tt.by))
			assert.Equal(t, want(tt.not, tt.form), tt.find(tt.form), "%s, swapped out", tt.form)
			assert.Equal(t, want(tt.read, tt.by), tt.find(tt.by), "%s, swapped in", tt.by)
		})
	}
}

// FuzzVerbPatterns holds every pattern made from the lexicon to the
// pattern it replaced (oldVerbPatterns), and opensCopy to the prefix
// tests it replaced.
func FuzzVerbPatterns(f *testing.F) {
	for _, p := range verbProbes {
		for _, form := range strings.Split(p.forms, "|") {
			f.Add(fmt.Sprintf(p.probe, form))
		}
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, old := range oldVerbPatterns {
			sameMatches(t, name, old, *verbPatterns[name], s, name == "decidedRe")
		}
		if opensCopy(s) != opensCopyOld(s) {
			t.Errorf("opensCopy(%q) = %v, was %v", s, opensCopy(s), opensCopyOld(s))
		}
	})
}

package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/pubdate"
	"github.com/vnthidua/thidua/internal/textcase"
)

// What a portal puts around an article, as it reaches a text file when a
// page is copied from a browser. A tail marker ends the article; a chrome
// line is dropped wherever it stands.
var (
	tailRe   = lazyregexp.New(`(?i)^(?:Tin liên quan|Tin khác|Các tin khác|Các tin cũ hơn|Các tin mới hơn|Tin cùng chuyên mục|Tin mới hơn|Tin cũ hơn|Tin đã đưa|Bài viết liên quan|Bài liên quan|Xem thêm|Đánh giá của bạn|Lượt người xem|Lượt xem|Số lượt xem|Số lượt truy cập|Chia sẻ|Share:?$|In bài|In trang|Gửi email|Gửi bài viết|Bình luận|Ý kiến bạn đọc|Gửi ý kiến|Manage Permissions|Version History|Về đầu trang|Thống kê truy cập|Trở về|Quay lại|Tin tức mới|Ý kiến của bạn|\d+\s+người đang online|Đang truy cập|Tổng lượt truy cập)`)
	chromeRe = lazyregexp.New(`(?i)^(?:Cỡ chữ|Font size|Kích thước chữ|Trang chủ\s*[>»/]|Bạn đang ở|Giảm \(A-\)|Mặc định \(A\)|Tăng \(A\+\)|In trang$|Tin Tức$|Tin tức - Sự kiện$|image advertisement)`)
	bylineRe = lazyregexp.New(`^(\p{Lu}[\p{Ll}]{0,7}(?:\s+\p{Lu}[\p{Ll}]{0,7}){1,4})\s*(?:[-–,]\s*\(?\s*[^()]{2,60}\)?|\(\s*[^()]{2,60}\)|\s*/\s*[\pL\pN.]{2,30})?\.?$`)
	// bylineDateRe is a byline and the date on one line under the
	// headline ("Đình Thế 01/08/2025 20:34").
	bylineDateRe = lazyregexp.New(`^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,4})\s+(\d{1,2}/\d{1,2}/\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// twoDatesRe is a date line that gives when the page was posted and
	// when it was last changed ("06/10/2024 -  06/10/2024 19:23"): the
	// first is the publication date.
	twoDatesRe = lazyregexp.New(`^(\d{1,2}/\d{1,2}/\d{4})\s*-\s*\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$`)
	// countersRe finds the counters after the time of a date line.
	countersRe = lazyregexp.New(`(\d{4}\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)(?:\s+\d{1,7}){1,3}$`)
	// viewsRe is a labelled view counter after the date of a meta line
	// ("Đăng ngày: 26/01/2026 - Lượt xem: 101").
	viewsRe = lazyregexp.New(`(?i)(\d{4}(?:\s*[,|-]?\s*\d{1,2}:\d{2}(?::\d{2})?)?)\s*[-|,]\s*(?:Lượt xem|Lượt đọc|Số lượt xem|Lượt truy cập)\s*:?\s*\d[\d.,]*$`)
	// initialsRe is a byline of initials ("T.T", "N.H.").
	initialsRe = lazyregexp.New(`^\p{Lu}(?:\.\p{Lu}){1,3}\.?$`)
	// staffRe is a staff byline of two or three capitals ("PV", "CTV",
	// "BC").
	staffRe  = lazyregexp.New(`^\p{Lu}{2,3}$`)
	sourceRe = lazyregexp.New(`(?i)^(?:Nguồn tin|Nguồn|Theo|Tác giả bài viết\s*:|Tác giả|Tin, ảnh|Tin và ảnh|Bài, ảnh|Bài và ảnh|(?:Tin bài|Bài viết|Tin|Bài|Đưa tin|Người đưa tin|Người viết)\s*:)\s*:?\s+(.{2,80}?)\.?$`)
)

// dropChrome removes the lines of portal chrome.
func dropChrome(lines []string) []string {
	out := lines[:0:0]
	for _, ln := range lines {
		if !chromeRe.Prefixed().MatchString(ln) {
			out = append(out, ln)
		}
	}
	return out
}

// tailFirst holds the first letters of tailRe's markers in either case
// (and ſ, which case folding takes for s), and the digits.
const tailFirst = "tcbxđlsigýmvqTCBXĐLSIGÝMVQſ0123456789"

// tailWords are the words tailRe's markers start with, but for the
// counter of readers online, which starts with a digit.
var tailWords = []string{"Tin liên quan", "Tin khác", "Các tin khác", "Các tin cũ hơn", "Các tin mới hơn", "Tin cùng chuyên mục", "Tin mới hơn", "Tin cũ hơn", "Tin đã đưa", "Bài viết liên quan", "Bài liên quan", "Xem thêm", "Đánh giá của bạn", "Lượt người xem", "Lượt xem", "Số lượt xem", "Số lượt truy cập", "Chia sẻ", "Share", "In bài", "In trang", "Gửi email", "Gửi bài viết", "Bình luận", "Ý kiến bạn đọc", "Gửi ý kiến", "Manage Permissions", "Version History", "Về đầu trang", "Thống kê truy cập", "Trở về", "Quay lại", "Tin tức mới", "Ý kiến của bạn", "Đang truy cập", "Tổng lượt truy cập"}

// isTail reports whether ln is a tail marker (tailRe), running the
// pattern only on a line that starts with one of its words in any case,
// or with a digit: every line of a text is asked. The pattern alone is
// the oracle (TestIsTail, FuzzIsTail).
func isTail(ln string) bool {
	r, _ := utf8.DecodeRuneInString(ln)
	if !strings.ContainsRune(tailFirst, r) {
		return false
	}
	if isDigit(ln[0]) {
		return tailRe.MatchString(ln)
	}
	for _, w := range tailWords {
		if textcase.HasPrefixFold(ln, w) {
			return tailRe.MatchString(ln)
		}
	}
	return false
}

// cutTail ends the text at the first tail marker after the article has
// started (its first long line), unless a long paragraph follows it.
func cutTail(lines []string) []string {
	started := false
	for i, ln := range lines {
		if !started && utf8.RuneCountInString(ln) > 120 {
			started = true
		}
		if started && isTail(ln) && !(i+1 < len(lines) && utf8.RuneCountInString(lines[i+1]) > 120) {
			// A marker right above a long paragraph is the page's meta
			// line under the headline ("Lượt xem: 136"), not the end.
			return lines[:i]
		}
	}
	return lines
}

// gluedDateRe is a date a copy glued to the text before it: to a site's
// name ("Việt NamViệt Nam10/11/2024") or to a headline's closing quote
// ("...nông thôn mới\"(21/09/2011)").
var gluedDateRe = lazyregexp.New(`[\pL"”)](\(?(\d{1,2}/\d{1,2}/\d{4})\)?)$`)

// bareDateRe is a date line with nothing else.
var bareDateRe = lazyregexp.New(`^(\d{1,2}/\d{1,2}/\d{4})$`)

// readPublished finds a visible publication date in the first lines of a
// news article, alone on its line, after the byline or glued to a line
// above the lead; else a date alone on the line under the lead, where a
// listing puts it.
func readPublished(lines []string) string {
	glued := ""
	for i, ln := range lines[:min(len(lines), 12)] {
		if m := twoDatesRe.FindStringSubmatch(strings.TrimSpace(ln)); m != nil {
			if t, err := directive.ParseDate(m[1]); err == nil {
				return directive.FormatDate(t)
			}
		}
		// Counters of views and comments may follow the time
		// ("Thứ hai - 04/07/2022 04:34 288 0").
		// A meta line may be a list item ("• Cập nhật: 06/01/2022").
		ln = strings.TrimLeft(strings.TrimSpace(ln), "•·* ")
		ln = viewsCut(countersCut(ln))
		if d := pubdate.Line(ln); d != "" {
			return d
		}
		if m := bylineDateRe.FindStringSubmatch(ln); m != nil && isPersonName(m[1]) {
			if t, err := directive.ParseDate(m[2]); err == nil {
				return directive.FormatDate(t)
			}
		}
		if m := gluedDateRe.FindStringSubmatch(ln); m != nil && glued == "" && len([]rune(ln)) <= 200 {
			if t, err := directive.ParseDate(m[2]); err == nil {
				glued = directive.FormatDate(t)
			}
		}
		if len([]rune(ln)) > 200 && !(i == 0 && isUpperLine(ln)) {
			// The lead has started; a long headline in capitals
			// above the date line has not.
			if glued == "" {
				glued = dateUnderLead(lines[i+1:])
			}
			break
		}
	}
	return glued
}

// countersCut, viewsCut and gluedTagCut drop from a line what countersRe,
// viewsRe and gluedTagRe match. Each pattern ends at the end of the line
// on a character of a few (a digit; a digit, stop or comma; a colon and
// white space) after a word it must hold, so a line that does not end so,
// or lacks the word, is returned as it is without the pattern: the lines
// read are whole paragraphs, and an unanchored pattern tried at each of
// their characters was a tenth of reading a page's date and byline. The
// patterns alone are the oracle (FuzzPageCuts).
func countersCut(ln string) string {
	if n := len(ln); n == 0 || !isDigit(ln[n-1]) || !strings.Contains(ln, ":") {
		return ln
	}
	return countersRe.ReplaceAllString(ln, "$1")
}

func viewsCut(ln string) string {
	if n := len(ln); n == 0 || !strings.ContainsRune("0123456789.,", rune(ln[n-1])) || !textcase.ContainsFold(ln, "lượt") {
		return ln
	}
	return viewsRe.ReplaceAllString(ln, "$1")
}

func gluedTagCut(ln string) string {
	if !strings.HasSuffix(strings.TrimRight(ln, " \t\n\f\r"), ":") || !textcase.ContainsFold(ln, "tag") {
		return ln
	}
	return gluedTagRe.ReplaceAllString(ln, "$1")
}

// isDateLine reports whether s is a portal's date line alone, as
// pubdate.Line reads it ("Thứ bảy - 29/09/2018 20:36").
func isDateLine(s string) bool { return pubdate.Line(s) != "" }

// dateUnderLead returns the date alone on the first line that is not
// blank under a listing's lead ("07/10/2015" above "9549 lượt xem"), or "".
func dateUnderLead(lines []string) string {
	for _, ln := range lines {
		ln = strings.TrimSpace(ln)
		if ln == "" {
			continue
		}
		if m := bareDateRe.FindStringSubmatch(ln); m != nil {
			if t, err := directive.ParseDate(m[1]); err == nil {
				return directive.FormatDate(t)
			}
		}
		return ""
	}
	return ""
}

// readByline finds the author of a news article in its last lines: a name
// alone on a line ("Duy Tùng"), a name with its outlet ("Lê Phương -
// (Haiphong.gov.vn)", "Hoàng Anh/VOV.VN"), initials ("T.T"), or "Nguồn: ...". skip marks lines that belong to
// the signature block.
func readByline(lines []string, skip func(int) bool) (string, int) {
	outlet, outletAt := "", -1
	for i := len(lines) - 1; i >= max(0, len(lines)-4); i-- {
		if skip(i) {
			continue
		}
		ln := strings.TrimSpace(gluedTagCut(lines[i]))
		if m := twoAuthorsRe.FindStringSubmatch(ln); m != nil && isBylineName(m[1]) && isBylineName(m[2]) && !notBylineWord[strings.ToLower(strings.Fields(m[2])[0])] {
			// "Ngọc Huyền – Minh Kiên": two authors, not an author
			// and an outlet.
			return ln, i
		}
		if m := bylineRe.FindStringSubmatch(ln); m != nil && isBylineName(m[1]) {
			return m[1], i
		}
		if initialsRe.MatchString(ln) || staffRe.MatchString(ln) && !notStaffByline[ln] {
			return ln, i
		}
		if name := strings.TrimRight(ln, " .|"); isUpperName(name) && !notBylineWord[strings.ToLower(strings.Fields(name)[0])] {
			return titleCase(name), i
		}
		if m := sourceRe.FindStringSubmatch(ln); m != nil {
			// "Tin bài: Lê Thị Thanh Hưng, Phòng Nghiệp vụ 1": the
			// person, not the unit.
			who := strings.TrimSpace(m[1])
			if name, _, ok := strings.Cut(who, ","); ok && isPersonName(strings.TrimSpace(name)) {
				who = strings.TrimSpace(name)
			}
			// "Tin và ảnh: Trần Hằng - CC VHXH Kim Long": the person,
			// not the unit after the dash.
			if m := unitAfterRe.FindStringSubmatch(who); m != nil && isPersonName(m[1]) && !isBylineName(m[2]) {
				who = m[1]
			}
			if (outletRe.MatchString(ln) || sourceNewsRe.MatchString(ln)) && outlet == "" {
				// "Nguồn tin: Báo Tuổi Trẻ" under "Tác giả: ...",
				// "Nguồn tin: Ấp Bắc" under "Tác giả bài viết: Đình
				// Hải": the outlet, kept only if no author stands
				// above.
				outlet, outletAt = who, i
				continue
			}
			return who, i
		}
	}
	return outlet, outletAt
}

// gluedTagRe is the label of a page's tag list glued to the byline
// above it ("Thúy HườngTAG:").
var gluedTagRe = lazyregexp.New(`(\p{Ll})(?:TAGS?|Tags?)\s*:\s*$`)

// twoAuthorsRe is a byline of two names joined by a dash ("Ngọc Huyền –
// Minh Kiên").
var twoAuthorsRe = lazyregexp.New(`^(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})\s+[-–]\s+(\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){1,3})$`)

// unitAfterRe splits a byline into the name and what follows a dash.
var unitAfterRe = lazyregexp.New(`^(.+?)\s+[-–]\s+(.+)$`)

// outletRe is a source line that names the outlet a page copied, not a
// person ("Nguồn tin: Báo Tuổi Trẻ", "Theo VTV").
var outletRe = lazyregexp.New(`(?i)^(?:Nguồn tin|Nguồn|Theo)\s*:?\s+(?:báo|tạp chí|đài|cổng|trang|thông tấn|ttxvn|vtv|vov|https?:|www\.)`)

// sourceNewsRe is the label "Nguồn tin:", which names where the news came
// from, not who wrote it.
var sourceNewsRe = lazyregexp.New(`(?i)^Nguồn tin\s*:`)

// notStaffByline are short lines in capitals at the end of a text that
// are not a staff byline: the marks of a signature block.
var notStaffByline = map[string]bool{"TM": true, "KT": true, "TL": true, "TUQ": true, "TB": true}

// isBylineName is isPersonName for a byline, where a name may start with
// a word that also starts headings ("Văn Hải", "Văn Anh").
func isBylineName(s string) bool {
	if isPersonName(s) {
		return true
	}
	w := strings.Fields(s)
	if len(w) < 2 || len(w) > 4 || w[0] != "Văn" || notVanName[w[1]] {
		return false
	}
	for _, x := range w[1:] {
		if !isNameWord(x) {
			return false
		}
	}
	return true
}

// notVanName are words that make "Văn ..." a heading, not a name.
var notVanName = map[string]bool{"Phòng": true, "Bản": true, "Kiện": true, "Hóa": true, "Hoá": true, "Thư": true, "Hiến": true, "Học": true, "Nghệ": true}

// notBylineWord are words that start a line in capitals at the end of an
// article that is not a byline ("VĂN PHÒNG UBND", "BAN BIÊN TẬP").
var notBylineWord = map[string]bool{"văn": true, "phòng": true, "sở": true, "tỉnh": true, "huyện": true, "xã": true, "tin": true, "bài": true, "ảnh": true, "cổng": true, "trang": true, "nguồn": true, "báo": true, "đài": true, "ubnd": true, "hđnd": true, "đảng": true, "công": true, "hội": true, "nơi": true, "lưu": true}

// cleanAuthor tidies a byline a page gave: separators around it dropped,
// a name in capitals ("BẢO NGUYÊN |") written as a name ("Bảo Nguyên").
func cleanAuthor(s string) string {
	s = strings.TrimSpace(strings.Trim(s, " |-–,;."))
	if isUpperName(s) {
		return titleCase(s)
	}
	return s
}

// headBylineDate returns the author of a line under the headline that
// holds the byline and the date ("Đình Thế 01/08/2025 20:34"), or of a
// name alone on the line right above the date line, where a page's cells
// ("Phan Tân| 18/12/2020 08:54") were split into lines; else "".
func headBylineDate(lines []string) string {
	for i, ln := range lines {
		ln = strings.TrimSpace(ln)
		if m := bylineDateRe.FindStringSubmatch(ln); m != nil && isPersonName(m[1]) {
			return m[1]
		}
		if i+1 < len(lines) && isPersonName(ln) && isDateLine(lines[i+1]) {
			return ln
		}
	}
	return ""
}

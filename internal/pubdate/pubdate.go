// Package pubdate reads the publication date of a web page as portals
// write it: a visible date line under a headline ("Thứ 6, Ngày
// 05/02/2021, 11:00", "Cập nhật: 2024-10-14 16:53:00.0", "Ngày 17 tháng
// 01 năm 2022") and a machine date in a meta tag, a <time datetime> or
// JSON-LD ("2023-02-23T11:05:00+07:00"). The HTML reader (internal/htmltext)
// and the reader of copied text (parse) both read dates here, so that a
// page gets the same date whichever way it comes in.
package pubdate

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/internal/lazyregexp"
	"golang.org/x/text/unicode/norm"
)

var (
	// labelRe is the label that may open a date line, in brackets or not
	// ("Thời gian:", "(Đăng ngày", "Posted on").
	labelRe = lazyregexp.New(`(?i)^\(?\s*(?:Thời gian|Ngày đăng|Ngày cập nhật|Cập nhật lúc|Cập nhật|Đăng ngày|Ngày tạo|Tạo lúc|Sửa lúc|Ngày xuất bản|Đăng lúc|Posted on|Posted|Published|Date)\s*:?\s*`)
	// dateRe is the date with its weekday: day/month/year with / . or -,
	// year-month-day, or written out ("5 tháng 3 năm 2024").
	dateRe = lazyregexp.New(`(?i)(?:(?:Thứ\s*(?:hai|ba|tư|năm|sáu|bảy|\d)|Chủ\s*nhật)\s*[,-]?\s*)?(?:Ngày\s+)?(?:(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4}))`)
	// tailRe is what may follow the date before a separator: a time of
	// day (seconds with a fraction as databases print them, a half of the
	// day) and a time zone.
	tailRe = lazyregexp.New(`(?i)^[\s,]*(?:-\s*)?(?:[/|]\s*(?:lúc\s*)?` + clock + `|(?:lúc\s*)?` + clock + `)?\s*(?:[(\[]?\s*GMT\s*[+-]\s*\d+(?::?\d{2})?\s*[)\]]?)?`)
)

const clock = `\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2}(?:\.\d{1,6})?)?\s*(?:Sáng|Chiều|Tối|AM|PM|SA|CH)?`

// fillers are the words that may stand before a date on a date line,
// besides times of day ("Cập nhật lúc 10:15 ngày 05/02/2021").
var fillers = map[string]bool{"lúc": true, "giờ": true, "sáng": true, "chiều": true, "tối": true, "ngày": true, "am": true, "pm": true, "sa": true, "ch": true, "gmt": true}

// separators may follow the date and its time, with anything after them
// ("05/02/2021 | Lượt xem: 316", "(01/02/2021)").
const separators = "|•·–-—()"

// Line reads a date line of a portal: a label, a weekday, a date, a time
// and a time zone, in brackets or not, and returns the date as
// YYYY-MM-DD, or "" when s is not a date line. A date inside a sentence
// ("Ngày 25/11/2024, Chủ tịch ...") is not a date line, nor is a date
// that does not exist (31/02/2021).
func Line(s string) string {
	if len(s) > 400 || !strings.ContainsAny(s, "0123456789") {
		return ""
	}
	s = norm.NFC.String(strings.Join(strings.Fields(s), " "))
	if s == "" || utf8.RuneCountInString(s) > 120 {
		return ""
	}
	s = labelRe.ReplaceAllString(s, "")
	m := dateRe.FindStringSubmatchIndex(s)
	if m == nil || m[0] > 0 && s[m[0]-1] >= '0' && s[m[0]-1] <= '9' {
		return ""
	}
	for _, w := range strings.FieldsFunc(strings.ToLower(s[:m[0]]), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.Trim(w, "0123456789h") != "" && !fillers[w] {
			return ""
		}
	}
	after := strings.TrimSpace(tailRe.ReplaceAllString(s[m[1]:], ""))
	if after != "" && !strings.ContainsRune(separators, []rune(after)[0]) {
		return ""
	}
	group := func(i int) string { return s[m[2*i]:m[2*i+1]] }
	var d, mo, y string
	switch {
	case m[2] >= 0:
		d, mo, y = group(1), group(2), group(3)
	case m[8] >= 0:
		y, mo, d = group(4), group(5), group(6)
	default:
		d, mo, y = group(7), group(8), group(9)
	}
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(mo)
	year, _ := strconv.Atoi(y)
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return ""
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return ""
	}
	return t.Format(time.DateOnly)
}

// machineLayouts are the forms of machine dates, the most precise first.
var machineLayouts = []string{time.RFC3339, "2006-01-02T15:04:05Z0700", "2006-01-02T15:04:05", "2006-01-02 15:04:05", "2006-01-02T15:04"}

// Machine reads a date written for machines, as a meta tag's content, a
// datetime attribute or JSON-LD give it: RFC 3339 when it has a time of
// day and a zone, else YYYY-MM-DD; a date line as Line reads it; "" when
// s holds no date.
func Machine(s string) string {
	s = strings.TrimSpace(s)
	for _, layout := range machineLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if strings.ContainsAny(s[10:], "Z+-") {
				return t.Format(time.RFC3339)
			}
			return t.Format(time.DateOnly)
		}
	}
	// "2025-01-04EST10:20:00": a time zone's abbreviation where the T
	// should be (NukeViet); the day is sure, the hour is not.
	if len(s) > 10 && (s[10] < '0' || s[10] > '9') {
		if t, err := time.Parse(time.DateOnly, s[:10]); err == nil {
			return t.Format(time.DateOnly)
		}
	}
	return Line(s)
}

package directive

import (
	"errors"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"
)

// ErrDate is wrapped by every error ParseDate returns.
var ErrDate = errors.New("not a date")

var (
	// weekdayRe is a weekday's name at the start of a date
	// (lexicon/weekdays.tsv) with the comma or dash after it.
	weekdayRe  = lazyregexp.NewFunc(func() string { return weekdayPattern(weekdays()) })
	timeTailRe = lazyregexp.New(`(?:,|\s|-|\|)+\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?(?:\s*(?:AM|PM|SA|CH))?\s*(?:\(?GMT[+-]\d+\)?)?$`)
	timeHeadRe = lazyregexp.New(`^\d{1,2}\s*[:h]\s*\d{2}(?:\s*:\s*\d{2})?\s*(?:,|-|\||\s)+`)
)

// ParseDate reads a date as Vietnamese documents and portals write it, in
// one of the forms of lexicon/dateforms.tsv: "25/11/2024", "7/4/2014",
// "ngày 25 tháng 11 năm 2024", "Thứ 6, Ngày 05/02/2021, 11:00",
// "2024-11-25", "2024-10-14 16:53:00.0". A date that does not exist
// (31/02) is an error, never a guess. Day comes before month, as in
// Vietnamese usage.
func ParseDate(s string) (time.Time, error) {
	in := s
	s = norm.NFC.String(strings.Join(strings.Fields(s), " "))
	forms := dateForms()
	for _, f := range forms {
		if f.anyAfter {
			if m := f.re.FindStringSubmatch(s); m != nil {
				return f.read(in, m)
			}
		}
	}
	s = weekdayRe.ReplaceAllString(s, "")
	s = timeTailRe.ReplaceAllString(s, "")
	s = timeHeadRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(strings.Trim(s, ",.;"))
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "ngày") {
		s = strings.TrimSpace(s[len("ngày"):])
		s = strings.TrimLeft(s, ": ")
	}
	for _, f := range forms {
		if !f.anyAfter {
			if m := f.re.FindStringSubmatch(s); m != nil {
				return f.read(in, m)
			}
		}
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrDate, in)
}

func makeDate(in, d, m, y string) (time.Time, error) {
	day, _ := strconv.Atoi(d)
	month, _ := strconv.Atoi(m)
	year, _ := strconv.Atoi(y)
	if year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1 {
		return time.Time{}, fmt.Errorf("%w: %q: no such day", ErrDate, in)
	}
	t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, time.UTC)
	if t.Day() != day {
		return time.Time{}, fmt.Errorf("%w: %q: %d has no day %d in month %d", ErrDate, in, year, day, month)
	}
	return t, nil
}

// FormatDate writes t as YYYY-MM-DD, the form of dates in records.
func FormatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

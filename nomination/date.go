package nomination

// date is a civil date as a day number (days since 1970-01-01), or 0 for an
// absent or invalid date. Dates before 1901 are not accepted.
type date int32

// parseDate reads YYYY-MM-DD (optionally followed by an RFC 3339 time,
// which is ignored) or the Vietnamese DD/MM/YYYY. It does not allocate.
func parseDate(s string) (date, bool) {
	y, m, d, ok := splitDate(s)
	if !ok {
		return 0, false
	}
	return civil(y, m, d), true
}

// splitDate is parseDate's reading of s into year, month and day, checked
// (years from 1901, days within their month).
func splitDate(s string) (y, m, d int, ok bool) {
	if len(s) > 10 && s[10] == 'T' {
		s = s[:10]
	}
	switch {
	case len(s) != 10:
		return 0, 0, 0, false
	case s[2] == '/' && s[5] == '/':
		return checkDate(s[6:10], s[3:5], s[0:2])
	case s[4] == '-' && s[7] == '-':
		return checkDate(s[0:4], s[5:7], s[8:10])
	}
	return 0, 0, 0, false
}

func checkDate(ys, ms, ds string) (y, m, d int, ok bool) {
	n := func(b string) (int, bool) {
		v := 0
		for i := 0; i < len(b); i++ {
			c := b[i] - '0' // a byte below '0' wraps above 9
			if c > 9 {
				return 0, false
			}
			v = v*10 + int(c)
		}
		return v, true
	}
	y, ok1 := n(ys)
	m, ok2 := n(ms)
	d, ok3 := n(ds)
	if !ok1 || !ok2 || !ok3 || y < 1901 || m < 1 || m > 12 || d < 1 || d > daysIn(y, m) {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// civil converts a proleptic Gregorian date to a day number
// (H. Hinnant's days_from_civil).
func civil(y, m, d int) date {
	if m <= 2 {
		y--
	}
	era := y / 400
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return date(era*146097 + doe - 719468)
}

// year returns the calendar year of a day number.
func (d date) year() int {
	z := int(d) + 719468
	era := z / 146097
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y := yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	m := mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y
}

// weekdays counts Monday to Friday in [a, b], both included. Public
// holidays are not subtracted.
func weekdays(a, b date) int {
	if b < a {
		return 0
	}
	n := int(b-a) + 1
	full := n / 7
	count := full * 5
	// 1970-01-01 was a Thursday: weekday index (0 = Monday) is (d+3) mod 7.
	start := (int(a) + 3 + 700000) % 7
	for i := 0; i < n%7; i++ {
		if (start+i)%7 < 5 {
			count++
		}
	}
	return count
}

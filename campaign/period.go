package campaign

import (
	"errors"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Period is the time a campaign runs. From and To are dates (YYYY-MM-DD);
// a period given in years runs from 1 January of the first to 31 December
// of the last. Either is empty when the text does not state it ("đến hết
// năm 2025" has no start). AsWritten is the expression as the text writes
// it, in NFC.
type Period struct {
	From      string `json:"from,omitempty"`
	To        string `json:"to,omitempty"`
	AsWritten string `json:"as_written,omitempty"`
}

// IsZero reports whether p states nothing.
func (p Period) IsZero() bool { return p == Period{} }

// ErrNoPeriod is returned by ParsePeriod when the text is not a period.
var ErrNoPeriod = errors.New("không phải thời gian / not a period")

// ErrBadPeriod is returned by ParsePeriod for a period whose years or
// dates are impossible: a start after the end, a year outside 1945–2100,
// 31/02.
var ErrBadPeriod = errors.New("thời gian không hợp lệ / invalid period")

// PeriodError is the error of ParsePeriod: the input and what was wrong.
type PeriodError struct {
	Input string
	Err   error // ErrNoPeriod or ErrBadPeriod
	Why   string
}

func (e *PeriodError) Error() string {
	if e.Why != "" {
		return fmt.Sprintf("campaign: %q: %v: %s", e.Input, e.Err, e.Why)
	}
	return fmt.Sprintf("campaign: %q: %v", e.Input, e.Err)
}

func (e *PeriodError) Unwrap() error { return e.Err }

// MaxPeriodText is the longest text ParsePeriod and FindPeriod read; the
// rest is ignored.
const MaxPeriodText = 1 << 20

const (
	dash = `\s*[-‐‑‒–—―−]\s*`
	year = `((?:19|20|21)\d\d)`
	date = `(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20|21)\d\d)`
	// ws matches the spaces between words, including a line break.
	ws = `\s+`
)

// periodForms are the expressions FindPeriod knows, each with how to read
// its groups. (?i) makes them case-insensitive; \b keeps years whole.
var periodForms = []struct {
	re   *lazyregexp.Regexp
	read func(m []string) (from, to string, err error)
	// can tells whether a text with these marks may hold the
	// expression: what every match holds (periodMarks), so that firstIn
	// tries the pattern only then.
	can func(k periodMarks) bool
}{
	{ // từ ngày 01/01/2025 đến ngày 31/12/2025
		lazyregexp.New(`(?i)(?:từ` + ws + `)?ngày` + ws + date + `(?:` + dash + `|` + ws + `đến` + ws + `(?:hết` + ws + `)?(?:ngày` + ws + `)?)` + date + `\b`),
		func(m []string) (string, string, error) { return dates(m[1], m[2], m[3], m[4], m[5], m[6]) },
		func(k periodMarks) bool { return k.seps >= 4 && k.digits >= 12 },
	},
	{ // 05 năm (2021 – 2025)
		lazyregexp.New(`(?i)\b\d{1,2}` + ws + `năm\s*\(\s*` + year + dash + year + `\s*\)`),
		func(m []string) (string, string, error) { return years(m[1], m[2]) },
		func(k periodMarks) bool { return k.paren && k.nam && k.digits >= 9 },
	},
	{ // giai đoạn 2022 - 2025, nhiệm kỳ 2020-2025, từ năm 2021 đến năm 2025, 2021-2025
		lazyregexp.New(`(?i)(?:\b(?:giai` + ws + `đoạn|nhiệm` + ws + `kỳ|thời` + ws + `kỳ|từ` + ws + `năm|năm)` + ws + `)?\b` + year + `(?:` + dash + `|` + ws + `(?:đến|tới)` + ws + `(?:hết` + ws + `)?(?:năm` + ws + `)?)` + year + `\b`),
		func(m []string) (string, string, error) { return years(m[1], m[2]) },
		func(k periodMarks) bool { return k.digits >= 8 },
	},
	{ // đến hết năm 2025, từ nay đến năm 2025
		lazyregexp.New(`(?i)(?:\btừ` + ws + `nay` + ws + `)?(?:đến|tới)` + ws + `(?:hết` + ws + `)?năm` + ws + year + `\b`),
		func(m []string) (string, string, error) { _, to, err := years(m[1], m[1]); return "", to, err },
		func(k periodMarks) bool { return k.denToi && k.nam && k.digits >= 4 },
	},
	{ // đến hết ngày 31/12/2025
		lazyregexp.New(`(?i)(?:\btừ` + ws + `nay` + ws + `)?(?:đến|tới)` + ws + `(?:hết` + ws + `)?ngày` + ws + date + `\b`),
		func(m []string) (string, string, error) {
			_, to, err := dates(m[1], m[2], m[3], m[1], m[2], m[3])
			return "", to, err
		},
		func(k periodMarks) bool { return k.denToi && k.seps >= 2 && k.digits >= 6 },
	},
	{ // năm 2021
		lazyregexp.New(`(?i)\bnăm` + ws + year + `\b`),
		func(m []string) (string, string, error) { return years(m[1], m[1]) },
		func(k periodMarks) bool { return k.nam && k.digits >= 4 },
	},
}

// periodMarks is what a text holds that the period expressions need, in
// the NFC text that FindPeriod reads: ASCII digits (\d), the separators of
// a date ([/.-]), both parentheses, the ă of "năm" and the ế or ớ of "đến"
// and "tới", in either case (what (?i) matches them with).
type periodMarks struct {
	digits, seps int
	paren        bool
	nam, denToi  bool
}

func marksOf(s string) (k periodMarks) {
	open, closed := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			k.digits++
		case c == '/' || c == '.' || c == '-':
			k.seps++
		case c == '(':
			open = true
		case c == ')':
			closed = true
		case c == 0xC4 && i+1 < len(s):
			// ă U+0103 C4 83, Ă U+0102 C4 82
			k.nam = k.nam || s[i+1] == 0x83 || s[i+1] == 0x82
		case c == 0xE1 && i+2 < len(s):
			// ế U+1EBF E1 BA BF, Ế U+1EBE E1 BA BE, ớ U+1EDB E1 BB 9B,
			// Ớ U+1EDA E1 BB 9A
			b, d := s[i+1], s[i+2]
			k.denToi = k.denToi || b == 0xBA && (d == 0xBF || d == 0xBE) || b == 0xBB && (d == 0x9B || d == 0x9A)
		}
	}
	k.paren = open && closed
	return k
}

func years(a, b string) (string, string, error) {
	from, _ := strconv.Atoi(a)
	to, _ := strconv.Atoi(b)
	if from < 1945 || to > 2100 {
		return "", "", fmt.Errorf("năm %d–%d ngoài 1945–2100 / year outside 1945–2100", from, to)
	}
	if from > to {
		return "", "", fmt.Errorf("năm bắt đầu %d sau năm kết thúc %d / start %d after end %d", from, to, from, to)
	}
	return fmt.Sprintf("%04d-01-01", from), fmt.Sprintf("%04d-12-31", to), nil
}

func dates(d1, m1, y1, d2, m2, y2 string) (string, string, error) {
	from, err := ymd(d1, m1, y1)
	if err != nil {
		return "", "", err
	}
	to, err := ymd(d2, m2, y2)
	if err != nil {
		return "", "", err
	}
	if from > to {
		return "", "", fmt.Errorf("ngày bắt đầu %s sau ngày kết thúc %s / start after end", from, to)
	}
	return from, to, nil
}

func ymd(d, m, y string) (string, error) {
	di, _ := strconv.Atoi(d)
	mi, _ := strconv.Atoi(m)
	yi, _ := strconv.Atoi(y)
	s := fmt.Sprintf("%04d-%02d-%02d", yi, mi, di)
	if _, err := time.Parse(time.DateOnly, s); err != nil || yi < 1945 || yi > 2100 {
		return "", fmt.Errorf("ngày %s/%s/%s không có / no such date", d, m, y)
	}
	return s, nil
}

// find returns the first period expression of s: the earliest, and of
// those starting at the same place the longest.
func find(s string) (p Period, start, end int, err error, ok bool) {
	start = -1
	for _, f := range periodForms {
		loc := f.re.FindStringSubmatchIndex(s)
		if loc == nil {
			continue
		}
		if start >= 0 && (loc[0] > start || loc[0] == start && loc[1] <= end) {
			continue
		}
		m := make([]string, len(loc)/2)
		for i := range m {
			if loc[2*i] >= 0 {
				m[i] = s[loc[2*i]:loc[2*i+1]]
			}
		}
		from, to, e := f.read(m)
		start, end, err = loc[0], loc[1], e
		p = Period{From: from, To: to, AsWritten: strings.Join(strings.Fields(s[loc[0]:loc[1]]), " ")}
	}
	return p, start, end, err, start >= 0
}

func prepare(s string) string {
	if len(s) > MaxPeriodText {
		s = strings.ToValidUTF8(s[:MaxPeriodText], "")
	}
	return norm.NFC.String(s)
}

// ParsePeriod reads a period written the ways Vietnamese documents write
// them: "giai đoạn 2022 - 2025", "nhiệm kỳ 2020-2025", "năm 2021", "đến
// hết năm 2025", "từ ngày 01/01/2025 đến ngày 31/12/2025", "2021-2025",
// "05 năm (2021 – 2025)", with any dash (-, –, —) and spacing, in NFC or
// NFD. The expression must be the whole of s, but for surrounding spaces
// and punctuation. The error is a *PeriodError wrapping ErrNoPeriod or
// ErrBadPeriod.
func ParsePeriod(s string) (Period, error) {
	t := prepare(s)
	p, start, end, err, ok := find(t)
	if !ok || strings.Trim(t[:start]+t[end:], " \t\r\n.,;:()\"“”'") != "" {
		return Period{}, &PeriodError{Input: clip(s), Err: ErrNoPeriod}
	}
	if err != nil {
		return Period{}, &PeriodError{Input: clip(s), Err: ErrBadPeriod, Why: err.Error()}
	}
	return p, nil
}

// FindPeriod returns the first period expression in text (see
// ParsePeriod), skipping expressions whose dates are impossible. It gives
// false when text has none.
//
// FindPeriod reads the text in windows that start near a year (every
// expression holds one), matching each pattern once per window, so that
// its time grows linearly with the text.
func FindPeriod(text string) (Period, bool) {
	t := prepare(text)
	pos := 0
	for pos < len(t) {
		y := yearRe.FindStringIndex(t[pos:])
		if y == nil {
			return Period{}, false
		}
		lo, _ := window(t, pos+y[0], pos+y[1])
		lo = max(lo, backToWord(t, pos))
		hi := min(len(t), pos+y[1]+periodWindow)
		for hi < len(t) && !utf8.RuneStart(t[hi]) {
			hi++
		}
		// An expression that ends past limit may be cut by the window;
		// it is read again from the next window.
		limit := hi
		if hi < len(t) {
			limit = hi - periodReach
		}
		p, start, found := firstIn(t[lo:hi], limit-lo)
		if found {
			return p, true
		}
		if start >= 0 && lo+start > pos {
			pos = lo + start
		} else {
			pos = max(limit, pos+y[1])
		}
		if hi == len(t) {
			return Period{}, false
		}
	}
	return Period{}, false
}

// periodWindow is the length of text FindPeriod reads after a year.
const periodWindow = 512

type candidate struct {
	start, end int
	p          Period
	err        error
}

// firstIn returns the first valid expression of w that ends by limit.
// When an expression starts before limit but ends after it, found is
// false and start is where to read again; start is -1 when w has nothing
// before limit.
func firstIn(w string, limit int) (p Period, start int, found bool) {
	var cs []candidate
	marks := marksOf(w)
	for _, f := range periodForms {
		if !f.can(marks) {
			continue // w lacks what every match holds
		}
		for _, loc := range f.re.FindAllStringSubmatchIndex(w, -1) {
			m := make([]string, len(loc)/2)
			for i := range m {
				if loc[2*i] >= 0 {
					m[i] = w[loc[2*i]:loc[2*i+1]]
				}
			}
			from, to, err := f.read(m)
			cs = append(cs, candidate{loc[0], loc[1], Period{From: from, To: to, AsWritten: strings.Join(strings.Fields(w[loc[0]:loc[1]]), " ")}, err})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].start != cs[j].start {
			return cs[i].start < cs[j].start
		}
		return cs[i].end > cs[j].end
	})
	skip := 0
	for _, c := range cs {
		if c.start < skip || c.start >= limit {
			continue
		}
		if c.end > limit {
			return Period{}, c.start, false
		}
		if c.err != nil {
			skip = c.end
			continue
		}
		return c.p, c.start, true
	}
	return Period{}, -1, false
}

var yearRe = lazyregexp.New(`(?:19|20|21)\d\d`)

// periodReach is how far before and after its first year a period
// expression may reach.
const periodReach = 128

// backToWord moves i back to the start of the word it is in (32 bytes at
// most), so that a window does not start inside a word.
func backToWord(t string, i int) int {
	for n := 0; i > 0 && !isSpace(t[i-1]) && n < 32; n++ {
		i--
	}
	for i > 0 && i < len(t) && !utf8.RuneStart(t[i]) {
		i--
	}
	return i
}

// window returns the bounds of the text around a year that any
// expression holding it fits in, widened to whole words (by 32 bytes at
// most, so that text without spaces stays linear).
func window(t string, ys, ye int) (lo, hi int) {
	lo, hi = max(0, ys-periodReach), min(len(t), ye+periodReach)
	for n := 0; lo > 0 && !isSpace(t[lo-1]) && n < 32; n++ {
		lo--
	}
	for lo > 0 && !utf8.RuneStart(t[lo]) {
		lo--
	}
	for n := 0; hi < len(t) && !isSpace(t[hi]) && n < 32; n++ {
		hi++
	}
	for hi < len(t) && !utf8.RuneStart(t[hi]) {
		hi++
	}
	return lo, hi
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	return strings.ToValidUTF8(s[:80], "") + "…"
}

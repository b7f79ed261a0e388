package directive

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/text/unicode/norm"
)

// The forms of numbers and dates were written in Go before they became
// data (lexicon/numberforms.tsv, numberparts.tsv, dateforms.tsv,
// weekdays.tsv). The
// patterns and functions as they were are kept here as the oracle of the
// files: ParseNumber and ParseDate must read every string as they did,
// and NumberPattern must find what parse's stateNumRe and partyNumRe
// (parse/mentions.go at 01aaa71) find.
var (
	oldStateRe    = regexp.MustCompile(`^(\d{1,6}[a-z]?)(?:/(\d{4}))?/([\pL][\pL\pN.]*(?:-[\pL\pN][\pL\pN.]*)*)$`)
	oldPartyRe    = regexp.MustCompile(`^(\d{1,6})-([\pL][\pL]*)/([\pL\pN][\pL\pN]*(?:[-/][\pL\pN]+)*)$`)
	oldStateNumRe = regexp.MustCompile(`\d{1,6}[a-z]?(?:/\d{4})?/[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:&[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)?(?:- ?[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:&[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)?)*`)
	oldPartyNumRe = regexp.MustCompile(`\d{1,6}- ?[A-ZĐƯƠ][A-Za-zĐđƯƠươ]*/[A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*(?:[-/][A-ZĐƯƠ][A-Za-zĐđƯƠươ0-9]*)*`)

	oldNumericDateRe = regexp.MustCompile(`^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$`)
	oldWordDateRe    = regexp.MustCompile(`(?i)^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$`)
	oldIsoDateRe     = regexp.MustCompile(`^(\d{4})-(\d{2})-(\d{2})`)
	oldWeekdayRe     = regexp.MustCompile(`(?i)^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,–-]?\s*`)
)

// oldParseNumber is ParseNumber as it was.
func oldParseNumber(s string) (Number, error) {
	in := s
	s = norm.NFC.String(strings.TrimSpace(s))
	s = strings.TrimPrefix(strings.TrimPrefix(s, "Số:"), "số")
	s = strings.TrimSpace(strings.TrimPrefix(s, ":"))
	s = dashes.Replace(s)
	s = spacesRe.ReplaceAllString(s, "$1")
	s = strings.TrimRight(s, ".,;:)")
	if len(s) == 0 || len(s) > 64 {
		return Number{}, fmt.Errorf("%w: %q", ErrNumber, in)
	}
	if m := oldPartyRe.FindStringSubmatch(s); m != nil {
		seq, _ := strconv.Atoi(m[1])
		kind := fixD(m[2])
		body := fixCodes(m[3])
		return Number{Seq: seq, Kind: kind, Body: body, Party: true, Text: m[1] + "-" + kind + "/" + body}, nil
	}
	m := oldStateRe.FindStringSubmatch(s)
	if m == nil {
		return Number{}, fmt.Errorf("%w: %q: want forms like 08/CT-UBND, 98/2023/NĐ-CP or 34-CT/TW", ErrNumber, in)
	}
	seq, _ := strconv.Atoi(strings.TrimRight(m[1], "abcdefghijklmnopqrstuvwxyz"))
	n := Number{Seq: seq}
	if m[2] != "" {
		n.Year, _ = strconv.Atoi(m[2])
		if n.Year < 1945 || n.Year > 2200 {
			return Number{}, fmt.Errorf("%w: %q: year %d out of range", ErrNumber, in, n.Year)
		}
	}
	parts := strings.Split(fixCodes(m[3]), "-")
	if k, ok := Kind(parts[0]); ok && len(parts) > 1 && k.Code != "L" {
		n.Kind = k.Code
		parts = parts[1:]
	}
	n.Body = strings.Join(parts, "-")
	symbol := n.Body
	if n.Kind != "" {
		symbol = n.Kind + "-" + n.Body
	}
	n.Text = m[1] + "/" + symbol
	if m[2] != "" {
		n.Text = m[1] + "/" + m[2] + "/" + symbol
	}
	return n, nil
}

// oldParseDate is ParseDate as it was.
func oldParseDate(s string) (time.Time, error) {
	in := s
	s = norm.NFC.String(strings.Join(strings.Fields(s), " "))
	if m := oldIsoDateRe.FindStringSubmatch(s); m != nil {
		return makeDate(in, m[3], m[2], m[1])
	}
	s = oldWeekdayRe.ReplaceAllString(s, "")
	s = timeTailRe.ReplaceAllString(s, "")
	s = timeHeadRe.ReplaceAllString(s, "")
	s = strings.TrimSpace(strings.Trim(s, ",.;"))
	low := strings.ToLower(s)
	if strings.HasPrefix(low, "ngày") {
		s = strings.TrimSpace(s[len("ngày"):])
		s = strings.TrimLeft(s, ": ")
	}
	if m := oldNumericDateRe.FindStringSubmatch(s); m != nil {
		return makeDate(in, m[1], m[2], m[3])
	}
	if m := oldWordDateRe.FindStringSubmatch(s); m != nil {
		return makeDate(in, m[1], m[2], m[3])
	}
	return time.Time{}, fmt.Errorf("%w: %q", ErrDate, in)
}

// sameNumber fails t where ParseNumber reads s otherwise than the oracle:
// another number, or an error where it read one or the reverse. A year
// out of range is refused with the same words; where no form matches,
// the new error names the forms of the file.
func sameNumber(t testing.TB, s string) {
	t.Helper()
	got, err := ParseNumber(s)
	want, wantErr := oldParseNumber(s)
	if (err == nil) != (wantErr == nil) || got != want {
		t.Errorf("ParseNumber(%q) = %+v, %v; the oracle: %+v, %v", s, got, err, want, wantErr)
		return
	}
	if err != nil && (!errors.Is(err, ErrNumber) || strings.Contains(wantErr.Error(), "out of range") && err.Error() != wantErr.Error()) {
		t.Errorf("ParseNumber(%q): error %v; the oracle: %v", s, err, wantErr)
	}
}

// sameDate fails t where ParseDate reads s otherwise than the oracle, its
// errors included.
func sameDate(t testing.TB, s string) {
	t.Helper()
	got, err := ParseDate(s)
	want, wantErr := oldParseDate(s)
	if !got.Equal(want) || fmt.Sprint(err) != fmt.Sprint(wantErr) {
		t.Errorf("ParseDate(%q) = %v, %v; the oracle: %v, %v", s, got, err, want, wantErr)
	}
}

// sameFinds fails t where NumberPattern finds other numbers in s than
// parse's patterns did.
func sameFinds(t testing.TB, s string) {
	t.Helper()
	for _, f := range []struct {
		party bool
		old   *regexp.Regexp
	}{{false, oldStateNumRe}, {true, oldPartyNumRe}} {
		re := numberFinder(f.party)
		if got, want := re.FindAllStringIndex(s, -1), f.old.FindAllStringIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("NumberPattern(%v) in %q finds %v; the oracle: %v", f.party, s, got, want)
		}
	}
}

// numberFinder compiles NumberPattern once for each family.
var numberFinder = func() func(bool) *regexp.Regexp {
	m := map[bool]*regexp.Regexp{}
	return func(party bool) *regexp.Regexp {
		if m[party] == nil {
			m[party] = regexp.MustCompile(NumberPattern(party))
		}
		return m[party]
	}
}()

var (
	update    = flag.Bool("update", false, "rewrite testdata/forms/*.txt from the texts of -formsfrom")
	formsFrom = flag.String("formsfrom", "../parse/testdata", "comma-separated folders whose texts -update takes the number and date strings of")

	// numberCandRe and dateCandRe pick out of a text what could be a
	// number or a date, loosely: the oracle says which are.
	numberCandRe = regexp.MustCompile(`(?i:số[ \t]*:?[ \t]*)?\d{1,7}[a-z]?(?:[ \t]*[-–—‐‑−/／][ \t]*[\pL\pN.&]+){1,5}[.,;:)]?`)
	dateCandRe   = regexp.MustCompile(`(?i)(?:(?:thứ|chủ)[ \t]*[\pL\pN]+[ \t]*[,–-]?[ \t]*|cn[ \t]*,?[ \t]*|t[2-7][ \t]*[,-]?[ \t]*)?(?:ngày[ \t]*:?[ \t]*)?(?:\d{1,4}[ \t]*[/.-][ \t]*\d{1,2}[ \t]*[/.-][ \t]*\d{1,4}|\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4})(?:[T ,|-]+\d{1,2}[ \t]*[:h][ \t]*\d{2}(?::\d{2})?(?:\.\d+)?(?:[ \t]*(?:AM|PM|SA|CH))?(?:[ \t]*\(?GMT[+-]\d+\)?|[+-]\d{2}:?\d{2}|Z)?)?`)
)

// formStrings returns the lines of testdata/forms/name; with -update it
// first writes them: every string pick finds in the texts of -formsfrom
// (not PDFs), once, sorted.
func formStrings(t *testing.T, name string, pick *regexp.Regexp) []string {
	path := filepath.Join("testdata", "forms", name)
	if *update {
		seen := map[string]bool{}
		for _, dir := range strings.Split(*formsFrom, ",") {
			err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || strings.HasSuffix(p, ".pdf") || strings.Contains(p, "/fuzz/") {
					return err
				}
				b, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				for _, s := range pick.FindAllString(norm.NFC.String(string(b)), -1) {
					seen[s] = true
				}
				return nil
			})
			require.NoError(t, err)
		}
		lines := make([]string, 0, len(seen))
		for s := range seen {
			lines = append(lines, s)
		}
		slices.Sort(lines)
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644))
	}
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	require.Greater(t, len(lines), 100, "%s holds too few strings to compare on", path)
	return lines
}

// TestNumberFormsOracle: ParseNumber reads every number-like string of
// the test sets (testdata/forms/numbers.txt, taken from parse/testdata
// and the shared corpus) as the patterns it replaced did, and each
// written after "Số:", in small letters, with D for Đ and with a full
// stop after; NumberPattern finds in them what parse's patterns found.
func TestNumberFormsOracle(t *testing.T) {
	read := 0
	for _, s := range formStrings(t, "numbers.txt", numberCandRe) {
		for _, v := range []string{s, "Số: " + s, strings.ToLower(s), strings.ReplaceAll(s, "Đ", "D"), s + "."} {
			sameNumber(t, v)
		}
		sameFinds(t, s)
		sameFinds(t, "theo Quyết định số "+s+" ngày 12/3/2024")
		if _, err := ParseNumber(s); err == nil {
			read++
		}
	}
	t.Logf("%d of the strings are numbers", read)
	assert.Greater(t, read, 1000, "the strings hold numbers")
}

// TestDateFormsOracle: ParseDate reads every date-like string of the test
// sets (testdata/forms/dates.txt) as the patterns it replaced did, and
// each after a weekday, with a time after and in capitals.
func TestDateFormsOracle(t *testing.T) {
	read := 0
	for _, s := range formStrings(t, "dates.txt", dateCandRe) {
		for _, v := range []string{s, "Thứ 6, " + s, s + " 11:00", strings.ToUpper(s), "ngày " + s} {
			sameDate(t, v)
		}
		if _, err := ParseDate(s); err == nil {
			read++
		}
	}
	t.Logf("%d of the strings are dates", read)
	assert.Greater(t, read, 900, "the strings hold dates")
}

// TestFormsOracleTables: the tables of the other tests read as the oracle
// reads them.
func TestFormsOracleTables(t *testing.T) {
	for _, s := range []string{
		"08/CT-UBND", "08/CT-CTUBND", "06/2022/QH15", "98/2023/NĐ-CP", "30c/NQ-CP", "7603/TTr-HDTĐ", "15/KH-BCD",
		"2637/BGDDT-VP", "30a/2008/NQ-CP", "98/2023/ND-CP", "1526/QĐ-TTg", "1526/QD-TTg", "35/NQ-HDND", "12/2019/TT-BNV",
		"34-CT/TW", "01-NQ/TU", "34 – CT / TW", "Số: 152 / KH - UBND", "123/UBND-VP", "49/KH-UBND.", "98/2023/N\u0110-CP",
		"", "abc", "25/11/2024", "CT-UBND", "08/", "/CT-UBND", "12/1800/QH1", "08//CT", "2021-2025", "Quý I/2025",
		"12/L-CTN", "12/2020/L-CTN", "12a-CT/TW", "số 12a- CT/TW và 30c/NQ-CP", "05-CT/HU-BTG", "5-ct/tu", "1234567/CT-UBND", "12/ct-ubnd", "12/2024/5AB",
	} {
		sameNumber(t, s)
		sameFinds(t, s)
	}
	for _, s := range []string{
		"25/11/2024", "7/4/2014", "07.04.2014", "ngày 25 tháng 11 năm 2024", "Ngày 05 tháng 02 năm 2021", "25 tháng 11 năm 2024",
		"Thứ 6, Ngày 05/02/2021, 11:00", "Thứ bảy - 29/09/2018 20:36", "Thứ sáu, 05/02/2021 - 11:00", "30/12/2020 15:00",
		"Chủ nhật, 07/04/2024", "2024-11-25", "2024-11-25T08:00:00+07:00", "29/02/2024", "2024-10-14 16:53:00.0",
		"", "31/02/2024", "29/02/2023", "32/01/2024", "01/13/2024", "00/01/2024", "ngày 31 tháng 4 năm 2025", "tháng 11 năm 2024",
		"11/2024", "hôm nay", "ngày ngày 5 tháng 3 năm 2024", "THỨ SÁU, 05/02/2021", "Thứ6 - 05/02/2021", "Thứ  bảy 05/02/2021",
		"T7, 5.3.2024", "CN 07/04/2024", "thứ tám, 05/02/2021", "t8 05/02/2021", "Thứ ba, ngày 5 tháng 3 năm 2024", "2024-11-25h30", "2024-13-45", "15/3-2024", "15 - 3 - 2024",
	} {
		sameDate(t, s)
	}
}

// FuzzNumberForms holds ParseNumber and NumberPattern to the oracle on
// any string (seeds in testdata/fuzz/FuzzNumberForms).
func FuzzNumberForms(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		sameNumber(t, s)
		sameFinds(t, s)
	})
}

// FuzzDateForms holds ParseDate to the oracle on any string (seeds in
// testdata/fuzz/FuzzDateForms).
func FuzzDateForms(f *testing.F) {
	f.Fuzz(func(t *testing.T, s string) {
		sameDate(t, s)
	})
}

// BenchmarkNumberForms reads the number-like strings of the test sets
// (testdata/forms/numbers.txt) with ParseNumber (new) and with the
// oracle, the patterns it replaced (old).
func BenchmarkNumberForms(b *testing.B) {
	lines := benchLines(b, "numbers.txt")
	for _, c := range []struct {
		name  string
		parse func(string) (Number, error)
	}{{"new", ParseNumber}, {"old", oldParseNumber}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range lines {
					c.parse(s) //nolint:errcheck // only the time counts
				}
			}
		})
	}
}

// BenchmarkDateForms is BenchmarkNumberForms for ParseDate, on
// testdata/forms/dates.txt.
func BenchmarkDateForms(b *testing.B) {
	lines := benchLines(b, "dates.txt")
	for _, c := range []struct {
		name  string
		parse func(string) (time.Time, error)
	}{{"new", ParseDate}, {"old", oldParseDate}} {
		b.Run(c.name, func(b *testing.B) {
			for b.Loop() {
				for _, s := range lines {
					c.parse(s) //nolint:errcheck // only the time counts
				}
			}
		})
	}
}

func benchLines(b *testing.B, name string) []string {
	data, err := os.ReadFile(filepath.Join("testdata", "forms", name))
	require.NoError(b, err)
	return strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
}

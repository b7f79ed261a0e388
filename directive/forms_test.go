package directive

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// useNumberForms makes ParseNumber and NumberPattern read the forms and
// parts of the given files for the rest of t.
func useNumberForms(t *testing.T, forms, parts string) {
	t.Helper()
	ps, err := readNumberParts(parts)
	require.NoError(t, err)
	fs, err := readNumberForms(forms, ps)
	require.NoError(t, err)
	old := numberForms
	numberForms = func() []numberForm { return fs }
	t.Cleanup(func() { numberForms = old })
}

// useDateForms makes ParseDate read the forms of the given file for the
// rest of t.
func useDateForms(t *testing.T, forms string) {
	t.Helper()
	fs, err := readDateForms(forms)
	require.NoError(t, err)
	old := dateForms
	dateForms = func() []dateForm { return fs }
	t.Cleanup(func() { dateForms = old })
}

// TestNumberFormsFeedParse: a form added to lexicon/numberforms.tsv, or a
// part changed in numberparts.tsv, is read by ParseNumber and found by
// NumberPattern, without a line of Go.
func TestNumberFormsFeedParse(t *testing.T) {
	find := func(text string, party bool) string {
		return regexp.MustCompile(NumberPattern(party)).FindString(text)
	}
	const yearLast, text = "12/QĐ-UBND/2024", "theo Quyết định 12/QĐ-UBND/2024 của UBND tỉnh"
	_, err := ParseNumber(yearLast)
	require.ErrorIs(t, err, ErrNumber, "the embedded forms")
	assert.Equal(t, "12/QĐ-UBND", find(text, false), "the embedded forms")
	const spaced, small = "Chỉ thị 05-ct/TW", "05-ct/TW"
	assert.Equal(t, "", find(spaced, true), "the embedded forms")

	t.Run("a form", func(t *testing.T) {
		// A longer form before the shorter one it would lose to.
		forms := strings.Replace(numberFormsTSV, "SEQ/SYMBOL\t", "SEQ/SYMBOL/YEAR\tstate\t12/QĐ-UBND/2024\nSEQ/SYMBOL\t", 1)
		useNumberForms(t, forms, numberPartsTSV)
		n, err := ParseNumber(yearLast)
		require.NoError(t, err)
		assert.Equal(t, Number{Seq: 12, Year: 2024, Kind: "QĐ", Body: "UBND", Text: "12/QĐ-UBND/2024"}, n)
		assert.Equal(t, yearLast, find(text, false))
		n, err = ParseNumber("08/CT-UBND") // the others read as before
		require.NoError(t, err)
		assert.Equal(t, "08/CT-UBND", n.Text)
	})
	t.Run("a part", func(t *testing.T) {
		// The Party's kind code found in small letters in a text.
		parts := strings.Replace(numberPartsTSV, "\t[A-ZĐƯƠ][A-Za-zĐđƯƠươ]*\t", "\t[A-Za-zĐđƯƠươ]+\t", 1)
		require.NotEqual(t, numberPartsTSV, parts)
		useNumberForms(t, numberFormsTSV, parts)
		assert.Equal(t, small, find(spaced, true))
	})
	t.Run("a form dropped", func(t *testing.T) {
		var kept []string
		for _, ln := range strings.Split(numberFormsTSV, "\n") {
			if !strings.HasPrefix(ln, "SEQ-KIND/BODY\t") {
				kept = append(kept, ln)
			}
		}
		useNumberForms(t, strings.Join(kept, "\n"), numberPartsTSV)
		_, err := ParseNumber("34-CT/TW")
		assert.ErrorIs(t, err, ErrNumber)
		assert.Nil(t, regexp.MustCompile(NumberPattern(true)).FindStringIndex("Chỉ thị 34-CT/TW"), "no Party form left")
		assert.Equal(t, "12/QĐ-UBND", find(text, false), "the state forms left")
	})
}

// TestDateFormsFeedParse: a form added to lexicon/dateforms.tsv is read
// by ParseDate, without a line of Go.
func TestDateFormsFeedParse(t *testing.T) {
	for _, s := range []string{"2024/10/14", "Thứ 2, 5 tháng 3/2024 08:00"} {
		_, err := ParseDate(s)
		require.ErrorIs(t, err, ErrDate, "the embedded forms: %s", s)
	}
	useDateForms(t, dateFormsTSV+"YYYY/MM/DD\tnothing\t2024/10/14\nD tháng M/YYYY\tnothing\t5 tháng 3/2024\n")
	for s, want := range map[string]string{
		"2024/10/14": "2024-10-14", "Thứ 2, 5 tháng 3/2024 08:00": "2024-03-05",
		"25/11/2024": "2024-11-25", "2024/02/30": "", // no such day: refused
	} {
		d, err := ParseDate(s)
		if want == "" {
			assert.ErrorIs(t, err, ErrDate, s)
			continue
		}
		require.NoError(t, err, s)
		assert.Equal(t, want, FormatDate(d), s)
	}
}

// TestNumberFormsLexicon: the files read, each form reads its examples to
// numbers that print as written, and a malformed line is refused, naming
// its file and line.
func TestNumberFormsLexicon(t *testing.T) {
	parts, err := readNumberParts(numberPartsTSV)
	require.NoError(t, err)
	forms, err := readNumberForms(numberFormsTSV, parts)
	require.NoError(t, err)
	require.Len(t, forms, 3)
	for _, f := range forms {
		for _, ex := range f.examples {
			n, err := ParseNumber(ex)
			if assert.NoError(t, err, ex) {
				assert.Equal(t, ex, n.Text, "%s: read by another form than %s", ex, f.form)
				assert.Equal(t, f.party, n.Party, ex)
			}
		}
	}
	for _, bad := range []struct{ line, why string }{
		{"SEQ/SYMBOL\tstate", "two fields"},
		{"SEQ/SYMBOL\tnation\t08/CT-UBND", "no such family"},
		{"SEQ/SYMBOL\tstate\t34-CT/TW", "an example not in the form"},
		{"SEQ/SYMBOL\tstate\t", "no example"},
		{"SEQ/KIND\tstate\t08/CT", "a part not of the family"},
		{"SEQ/WHO\tstate\t08/CT", "no such part"},
		{"SEQSYMBOL\tstate\t08CT", "no mark between parts"},
		{"/SEQ/SYMBOL\tstate\t/08/CT", "a mark before the first part"},
		{"SEQ/SYMBOL/\tstate\t08/CT/", "a mark after the last"},
		{"SEQ x SYMBOL\tstate\t08 x CT", "a space in a mark"},
		{"SEQ/YEAR\tstate\t08/2024", "no body"},
		{"SEQ/SYMBOL\tstate\t08/CT-UBND\nSEQ/SYMBOL\tstate\t08/CT-UBND", "listed twice"},
	} {
		_, err := readNumberForms("# comment\n"+bad.line+"\n", parts)
		if assert.Error(t, err, bad.why) {
			assert.Regexp(t, `^directive/lexicon/numberforms.tsv line [23]: `, err.Error(), bad.why)
		}
	}
	for _, bad := range []struct{ line, why string }{
		{"SEQ\tstate\t\\d+", "four fields"},
		{"NUM\tstate\t\\d+\t\\d+\tdigits", "no such part"},
		{"SEQ\tnation\t\\d+\t\\d+\tdigits", "no such family"},
		{"SEQ\tstate\t(\\d+)\t\\d+\tdigits", "a capturing group"},
		{"SEQ\tstate\t\\d+\t\\d+(\tdigits", "a pattern that does not compile"},
		{"SEQ\tstate\t\\d*\t\\d+\tdigits", "a pattern that matches nothing written"},
		{"SEQ\tstate\t\\d+\t\\d+\tdigits\nSEQ\tstate\t\\d+\t\\d+\tdigits", "listed twice"},
		{"SYMBOL\tstate\t[\\pL]+\t[A-ZU\u031b]+\tcodes", "not NFC"},
	} {
		_, err := readNumberParts("# comment\n" + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Regexp(t, `^directive/lexicon/numberparts.tsv line [23]: `, err.Error(), bad.why)
		}
	}
}

// TestDateFormsLexicon: the file reads, its examples read to dates, and a
// malformed line is refused, naming its line.
func TestDateFormsLexicon(t *testing.T) {
	forms, err := readDateForms(dateFormsTSV)
	require.NoError(t, err)
	require.Len(t, forms, 3)
	for _, f := range forms {
		for _, ex := range f.examples {
			_, err := ParseDate(ex)
			assert.NoError(t, err, ex)
		}
	}
	for _, bad := range []struct{ line, why string }{
		{"D/M/YYYY\tnothing", "two fields"},
		{"D/M/YYYY\tsomething\t5/3/2024", "no such after"},
		{"D/M/YYYY\tnothing\t5 tháng 3 năm 2024", "an example not in the form"},
		{"D/M\tnothing\t5/3", "no year"},
		{"D/M/YY\tnothing\t5/3/24", "no such part"},
		{"D/D/YYYY\tnothing\t5/3/2024", "the day twice"},
		{"D/M/2024\tnothing\t5/3/2024", "a digit"},
		{"[ngày]D/M/YYYY\tnothing\t5/3/2024", "an optional word without its space"},
		{"D  tháng M năm YYYY\tnothing\t5 tháng 3 năm 2024", "two spaces"},
		{"D/M/YYYY\tnothing\t5/3/2024\nD/M/YYYY\tnothing\t5/3/2024", "listed twice"},
	} {
		_, err := readDateForms("# comment\n" + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Regexp(t, `^directive/lexicon/dateforms.tsv line [23]: `, err.Error(), bad.why)
		}
	}
}

// useWeekdays makes ParseDate take off the weekday names of the given
// file for the rest of t.
func useWeekdays(t *testing.T, tsv string) {
	t.Helper()
	names, err := readWeekdays(tsv)
	require.NoError(t, err)
	oldNames, oldRe := weekdays, weekdayRe
	weekdays = func() []string { return names }
	weekdayRe = weekdayRe.Renewed()
	t.Cleanup(func() { weekdays, weekdayRe = oldNames, oldRe })
}

// TestWeekdaysFeedParse: a name added to lexicon/weekdays.tsv is taken
// off before a date, without a line of Go; a name that starts a longer
// one does not cut it short.
func TestWeekdaysFeedParse(t *testing.T) {
	const southern = "Chủ nhựt, 07/04/2024" // the southern spelling of chủ nhật
	_, err := ParseDate(southern)
	require.ErrorIs(t, err, ErrDate, "the embedded names")
	useWeekdays(t, "thứ\n"+weekdaysTSV+"chủ nhựt\n")
	for _, s := range []string{southern, "CHỦ NHỰT - 07/04/2024", "Thứ bảy, 06/04/2024", "Thứ 7 06/04/2024"} {
		d, err := ParseDate(s)
		if assert.NoError(t, err, s) {
			assert.Contains(t, []string{"2024-04-07", "2024-04-06"}, FormatDate(d), s)
		}
	}
	for _, bad := range []struct{ line, why string }{
		{"Thứ hai", "a capital"},
		{"thứ  hai", "two spaces"},
		{"thứ hai,", "a comma"},
		{"thứ hai\nthứ hai", "listed twice"},
	} {
		_, err := readWeekdays("# comment\n" + bad.line + "\n")
		if assert.Error(t, err, bad.why) {
			assert.Regexp(t, `^directive/lexicon/weekdays.tsv line [23]: `, err.Error(), bad.why)
		}
	}
}

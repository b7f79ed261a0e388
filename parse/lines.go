package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/internal/textcase"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
)

// maxLines bounds the lines one document may have; beyond it the text is
// cut and a warning says so. A directive has a few hundred.
const maxLines = 20000

// maxLineLen bounds one line; longer lines are cut (no prose line of a
// directive comes near it).
const maxLineLen = 64 << 10

// isRunSpace reports whether r is one of the spaces splitLines folds: the
// ASCII space and tab, no-break, typographic and zero-width spaces, the
// ideographic space and the byte-order mark.
func isRunSpace(r rune) bool {
	switch {
	case r == ' ', r == '\t', r == 0xa0, r >= 0x2000 && r <= 0x200b, r == 0x202f, r == 0x205f, r == 0x3000, r == 0xfeff:
		return true
	}
	return false
}

// collapseSpaces turns every run of isRunSpace characters into one space.
func collapseSpaces(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	in := false
	for i, r := range s {
		if isRunSpace(r) {
			if !in {
				b.WriteByte(' ')
				in = true
			}
			continue
		}
		in = false
		if r == utf8.RuneError {
			_, n := utf8.DecodeRuneInString(s[i:])
			b.WriteString(s[i : i+n]) // keep a bad byte as it was
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// splitLines returns the non-empty lines of s, with inner runs of white
// space folded to one space and the ends trimmed.
func splitLines(s string) (lines []string, cut bool) {
	// Some sites store a page's source with its line breaks escaped: the
	// characters "\r\n" stand inside and between the lines.
	if strings.Count(s, `\r\n`) >= 3 {
		s = strings.ReplaceAll(s, `\r\n`, "\n")
	}
	for ln := range strings.SplitSeq(s, "\n") {
		if len(lines) == maxLines {
			return lines, true
		}
		if len(ln) > maxLineLen {
			ln = truncateUTF8(ln, maxLineLen)
			cut = true
		}
		if plainLine(ln) {
			ln = strings.TrimSpace(ln)
		} else {
			ln = cleanLine(ln)
		}
		if ln != "" {
			lines = append(lines, ln)
		}
	}
	return lines, cut
}

// cleanLine folds inner runs of white space to one space, trims the ends,
// puts back ư for ƣ and drops control characters.
func cleanLine(ln string) string {
	if strings.ContainsAny(ln, "\t\u00a0\u200b\u202f\u3000\ufeff\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u205f") || strings.Contains(ln, "  ") {
		ln = collapseSpaces(ln)
	}
	ln = strings.TrimSpace(ln)
	if strings.ContainsAny(ln, "ƣƢ") {
		ln = oiAsU.Replace(ln)
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, ln)
}

// plainLine reports whether ln needs nothing from splitLines but a trim:
// no control character, no space other than single ASCII spaces, no ƣ.
// Most lines are plain, and one pass over their bytes tells.
func plainLine(ln string) bool {
	space := false
	for i := 0; i < len(ln); {
		b := ln[i]
		if b < utf8.RuneSelf {
			if b < 0x20 || b == 0x7f || b == ' ' && space {
				return false
			}
			space = b == ' '
			i++
			continue
		}
		space = false
		r, n := utf8.DecodeRuneInString(ln[i:])
		switch {
		case r == utf8.RuneError && n == 1, r <= 0x9f, r == 0xa0, r == 'ƣ', r == 'Ƣ', r >= 0x2000 && r <= 0x200b, r == 0x202f, r == 0x205f, r == 0x3000, r == 0xfeff:
			return false
		}
		i += n
	}
	return true
}

// oiAsU puts back the ư and Ư that PDFs made with some legacy fonts print
// as ƣ and Ƣ (Latin letter oi, never used in Vietnamese): "khen thƣởng".
var oiAsU = strings.NewReplacer("ƣ", "ư", "Ƣ", "Ư")

func truncateUTF8(s string, n int) string {
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// splitCells breaks a line that a copy made of a header or signature
// table ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "- Lưu:
// VT, NC. | TM. ỦY BAN NHÂN DÂN") into one line a cell. Only lines of the
// header (the first headerSpan lines) and lines whose cells start the
// recipients or a signature block are split: a task table keeps its rows.
func splitCells(lines []string) []string {
	lines = unfoldRuns(lines)
	var out []string
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		if n := footerTable(lines[i:]); n > 0 {
			out = append(out, footerColumns(lines[i:i+n])...)
			i += n - 1
			continue
		}
		if pos := signatureAfterRecipients(ln); pos != "" {
			// "Nơi nhận: THỦ TRƯỞNG": the two columns of the footer on
			// one line. The position goes under the recipients' list.
			out = append(out, strings.TrimSpace(strings.TrimSuffix(ln, pos)))
			for i+1 < len(lines) && startsItem(lines[i+1]) {
				i++
				out = append(out, lines[i])
			}
			out = append(out, pos)
			continue
		}
		if !strings.Contains(ln, "|") {
			out = append(out, ln)
			continue
		}
		var cells []string
		for c := range strings.SplitSeq(ln, "|") {
			if c = strings.TrimSpace(c); c != "" {
				cells = append(cells, c)
			}
		}
		split := i < headerSpan
		for _, c := range cells {
			if mottoRe.Prefixed().MatchString(c) || numberLineRe.Prefixed().MatchString(c) && len(cells) > 1 && isPlaceDate(cells[len(cells)-1]) {
				// A header row below a site's long menu ("BỘ TÀI CHÍNH |
				// CỘNG HÒA ...", "Số: ... | Hà Nội, ngày ...").
				split = true
			}
		}
		for _, c := range cells[min(1, len(cells)):] {
			if recipientsRe.Prefixed().MatchString(c) || authorityRe.MatchString(c) {
				split = true
			}
		}
		if len(cells) > 0 && recipientsRe.Prefixed().MatchString(cells[0]) {
			split = true
		}
		if len(cells) == 0 {
			// A line of bars only closes a table row: it says nothing.
			continue
		}
		if !split {
			out = append(out, ln)
			continue
		}
		out = append(out, cells...)
	}
	return out
}

// runHeadRe finds, near the start of a long line, the number and the date
// of a header: the sign of a whole document a copy ran into one line.
var runHeadRe = lazyregexp.New(`Số\s*:\s*\d[\s\S]{0,300}?,\s*ngày\s+\d`)

// minRun is the length, in runes, from which a line may be a whole
// document run together.
const minRun = 500

// unfoldRuns breaks the lines into which a copy ran a whole document
// (header, title, articles, recipients and signature; a forum post or a
// document-sharing site's preview) into the lines of its layout. Only
// long lines among the first headerSpan whose start holds a header's
// number and date are broken.
func unfoldRuns(lines []string) []string {
	var out []string
	for i, ln := range lines {
		if i < headerSpan && utf8.RuneCountInString(ln) >= minRun && runHeadRe.MatchString(runStart(ln)) {
			out = append(out, unfoldRun(ln)...)
			continue
		}
		out = append(out, ln)
	}
	return out
}

// runBreaks are the marks a line break goes before ("\n$1") or around
// ("\n$1\n") in a document run into one line, in the order applied.
var runBreaks = []struct {
	re   *lazyregexp.Regexp
	repl string
}{
	{lazyregexp.New(`(\*{3,}|-{3,}|\((?i:đã ký|ký)\))`), "\n$1\n"},
	{lazyregexp.New(`((?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|ĐOÀN\s+TNCS\s+HỒ\s+CHÍ\s+MINH|Độc\s+lập\s*[-–]\s*Tự(?:\s+do)?\s*[-–]\s*Hạnh\s+phúc)`), "\n$1\n"},
	{lazyregexp.New(`(Số\s*:\s*\d)`), "\n$1"},
	{lazyregexp.New(`(\p{Lu}\pL*(?: \p{Lu}\pL*){0,3} ?, ?ngày \d{1,2} tháng (?:\d{1,2} )?năm \d{4})`), "\n$1\n"},
	{lazyregexp.New(`((?:QUYẾT ĐỊNH|CHỈ THỊ|KẾ HOẠCH|THÔNG BÁO|HƯỚNG DẪN|BÁO CÁO|NGHỊ QUYẾT|TỜ TRÌNH|QUY CHẾ|QUY ĐỊNH)\s*:?)(\s*(?:\p{Lu}\p{Ll}|V/v))`), "\n$1\n$2"},
	{lazyregexp.New(`(V/v\s|(?i:Kính\s+gửi)\s*:|Điều\s+\d{1,3}\s*[.:]|Nơi\s+nhận\s*:|\b(?:TM|KT|TL|T/M|TUQ)\.\s+\p{Lu}{2})`), "\n$1"},
	{lazyregexp.New(`([;:]\s*|\pL)\s*(-\s+\p{Lu})`), "$1\n$2"},
	{lazyregexp.New(`(\p{Lu})((?:PHÓ\s+)?(?:CHỦ\s+TỊCH|BÍ\s+THƯ|GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TRƯỞNG|HIỆU\s+TRƯỞNG)(?:\s|$))`), "$1\n$2"},
}

// runStart returns the first 800 bytes or so of a line, where a run
// document's header is.
func runStart(ln string) string {
	if len(ln) <= 800 {
		return ln
	}
	return truncateUTF8(ln, 800)
}

// unfoldRun breaks one line holding a whole document at the marks of its
// layout; see unfoldRuns.
func unfoldRun(ln string) []string {
	for _, b := range runBreaks {
		ln = b.re.ReplaceAllString(ln, b.repl)
	}
	var out []string
	for part := range strings.SplitSeq(ln, "\n") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// signatureAfterRecipients returns the signature's first line that a copy
// ran onto the "Nơi nhận:" line ("Nơi nhận: TM. ỦY BAN NHÂN DÂN", "Nơi
// nhận: THỦ TRƯỞNG"), or "".
func signatureAfterRecipients(ln string) string {
	m := recipientsRe.Prefixed().FindStringSubmatch(ln)
	if m == nil || m[1] == "" || strings.Contains(m[1], "|") || !isUpperLine(m[1]) {
		return ""
	}
	w := strings.Fields(m[1])
	if authorityRe.MatchString(m[1]) || len(w) <= 6 && positionWords[strings.ToLower(w[0])] {
		return m[1]
	}
	return ""
}

// startsItem reports whether a line starts an item of a list with a dash
// or a bullet, as recipients do.
func startsItem(ln string) bool {
	return strings.HasPrefix(ln, "-") || strings.HasPrefix(ln, "+") || strings.HasPrefix(ln, "•")
}

// footerTable returns how many lines at the top of lines are the rows of
// a footer table a copy flattened, its recipients in the left column and
// the signature block in the right ("Nơi nhận: | TM. ỦY BAN NHÂN DÂN |",
// "- Như Điều 3; | KT. CHỦ TỊCH |", ...), or 0.
func footerTable(lines []string) int {
	first := strings.Split(lines[0], "|")
	if len(first) < 2 || !recipientsRe.Prefixed().MatchString(strings.TrimSpace(first[0])) || strings.TrimSpace(strings.Join(first[1:], "")) == "" {
		return 0
	}
	n := 0
	for n < len(lines) && strings.Contains(lines[n], "|") {
		n++
	}
	return n
}

// footerColumns reads the rows of a flattened footer table column by
// column: the recipients first, then the signature block.
func footerColumns(rows []string) []string {
	var left, right []string
	for _, r := range rows {
		cells := strings.Split(r, "|")
		if c := strings.TrimSpace(cells[0]); c != "" {
			left = append(left, c)
		}
		for _, c := range cells[1:] {
			if c = strings.TrimSpace(c); c != "" {
				right = append(right, c)
			}
		}
	}
	return append(left, right...)
}

var (
	// mottoRunRe and numberRunRe find header lines that a copy ran
	// together: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh
	// phúc Bắc Giang, ngày 5 tháng 5 năm 2015", "UBND TỈNH BẮC GIANG Số:
	// 172/2015/QĐ-UBND".
	mottoRunRe  = lazyregexp.New(`^((?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM)\s+((?i:Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc))?\s*(.*)$`)
	numberRunRe = lazyregexp.New(`^(\P{Ll}+?)\s+(Số\s*:\s*\S.*)$`)
	// mottoAfterRe, sloganAfterRe and placeAfterRe find the motto, the
	// slogan or the place and date that a copy ran onto the end of another
	// header line, when it printed each row of the header table as one
	// line: "UBND TỈNH QUẢNG TRỊ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SỞ
	// GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc", "Số: 2320/HD-SGDĐT
	// Quảng Trị, ngày 02 tháng 10 năm 2023".
	mottoAfterRe  = lazyregexp.New(`^(\P{Ll}+?)\s*((?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM.*|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM.*)$`)
	sloganAfterRe = lazyregexp.New(`^(\P{Ll}+?)\s+((?i:Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc).*)$`)
	placeAfterRe  = lazyregexp.New(`^((?i:Số)\s*[:.]?\s*\S.*?)\s+(\p{Lu}\pL*(?:\s+\p{Lu}\pL*){0,3}\s*,\s*ngày\s+\d.*)$`)
	// wrapEndRe finds a header line a copy wrapped inside a cell: "Số:"
	// alone, "Quảng Ninh, ngày" without the date.
	// "Hà Nội, ngày 15" above "tháng 11 năm 2013" is wrapped too.
	wrapEndRe = lazyregexp.New(`(?i)^(?:Số\s*:?|.{1,40},\s*ngày(?:\s+\d{1,2}(?:\s+tháng(?:\s+\d{1,2})?)?)?)$`)
)

// isKindHeading reports whether a line is a kind's name alone ("KẾ
// HOẠCH"), as the heading under the header is.
func isKindHeading(ln string) bool {
	_, ok := directive.KindByName(strings.TrimSpace(strings.Trim(ln, ":")))
	return ok
}

// joinHeaderWraps joins the header lines a copy wrapped inside their
// table cells: "Số:" above the number, "Quảng Ninh, ngày" above "05 tháng
// 12 năm 2014", and a first word in capitals alone above the rest of its
// line ("ỦY" above "BAN NHÂN DÂN", "CỘNG" above "HÒA XÃ HỘI CHỦ NGHĨA VIỆT
// NAM"). Only the first headerSpan lines are read.
func joinHeaderWraps(lines []string) []string {
	out := make([]string, 0, len(lines))
	for i := 0; i < len(lines); i++ {
		ln := lines[i]
		// Header lines are short; a paragraph is not a wrapped header
		// cell (and the patterns need not run over it).
		if i+1 < len(lines) && i < headerSpan && len(ln) < 200 {
			next := lines[i+1]
			switch {
			case isWrapEnd(ln) && !strings.HasSuffix(next, ":"),
				!mottoRe.Prefixed().MatchString(ln) && mottoRe.Prefixed().MatchString(ln+" "+next) && !mottoRunRe.Prefixed().MatchString(ln):
				out = append(out, ln+" "+next)
				i++
				continue
			case i < 12 && isUpperLine(ln) && !strings.ContainsAny(ln, " 0123456789.:-") && utf8.RuneCountInString(ln) <= 6 && isUpperLine(next) && !isKindHeading(next):
				out = append(out, ln+" "+next)
				i++
				continue
			}
		}
		out = append(out, ln)
	}
	return out
}

// splitHeaderRuns breaks the header lines a copy ran together into the
// lines Decree 30/2020 lays out: the issuer, "Số: ...", the motto, the
// slogan, the place and date. Only the first headerSpan lines are read.
func splitHeaderRuns(lines []string) []string {
	out := make([]string, 0, len(lines)+4)
	for i, ln := range lines {
		if i >= headerSpan {
			out = append(out, ln)
			continue
		}
		if titleWithParty(ln) {
			out = append(out, ln)
			continue
		}
		if m := mottoRunRe.Prefixed().FindStringSubmatch(ln); m != nil && (m[2] != "" || m[3] != "") && m[3] != ln {
			for _, part := range m[1:] {
				if part = strings.TrimSpace(part); part != "" {
					out = append(out, part)
				}
			}
			continue
		}
		if m := numberRun(ln); m != nil && isUpperLine(m[1]) {
			out = append(out, strings.TrimSpace(m[1]), m[2])
			continue
		}
		if m := mottoAfter(ln); m != nil && isUpperLine(m[1]) {
			out = append(out, splitHeaderRuns([]string{strings.TrimSpace(m[1]), m[2]})...)
			continue
		}
		if m := sloganAfter(ln); m != nil && isUpperLine(m[1]) {
			out = append(out, strings.TrimSpace(m[1]), m[2])
			continue
		}
		if m := placeAfterRe.Prefixed().FindStringSubmatch(ln); m != nil {
			out = append(out, m[1], m[2])
			continue
		}
		if m := headingAfterDate(ln); m != nil && namesKind(m[2]) {
			// The heading run onto the date's cell ("Đông Hà, ngày 15
			// tháng 9 năm 2020 DỰ THẢO KẾ HOẠCH"); a draft's mark stands
			// on a line of its own above the kind.
			out = append(out, m[1])
			if h, ok := strings.CutPrefix(m[2], "DỰ THẢO "); ok {
				out = append(out, "DỰ THẢO", h)
			} else {
				out = append(out, m[2])
			}
			continue
		}
		out = append(out, ln)
	}
	return out
}

// numberRun runs numberRunRe on lines that hold its literal "Số", and
// mottoAfter mottoAfterRe on lines that hold "CỘNG", which both forms of
// the motto hold: the patterns start with a lazy run that would be
// tried on every line of the header, long paragraphs too.
func numberRun(ln string) []string {
	if !strings.Contains(ln, "Số") {
		return nil
	}
	return numberRunRe.FindStringSubmatch(ln)
}

func mottoAfter(ln string) []string {
	if !strings.Contains(ln, "CỘNG") {
		return nil
	}
	return mottoAfterRe.FindStringSubmatch(ln)
}

// sloganAfter runs sloganAfterRe on lines where the slogan can start:
// no letter in lower case stands before it, so it starts at the first
// such letter at the latest ("Độc" in any case is six bytes long).
func sloganAfter(ln string) []string {
	k := strings.IndexFunc(ln, unicode.IsLower)
	if k < 0 {
		k = len(ln)
	}
	if !textcase.ContainsFold(ln[:min(len(ln), k+8)], "độc") {
		return nil
	}
	return sloganAfterRe.FindStringSubmatch(ln)
}

// isWrapEnd runs wrapEndRe on lines that start with "Số" (in any case)
// or hold a comma, as each of its two forms needs.
func isWrapEnd(ln string) bool {
	r, _ := utf8.DecodeRuneInString(ln)
	return (strings.ContainsRune("Ssſ", r) || strings.Contains(ln, ",")) && wrapEndRe.MatchString(ln)
}

// headingAfterDateRe splits a place and date line from the heading in
// capitals that follows it on the same line.
var headingAfterDateRe = lazyregexp.New(`^(.+?,\s*ngày\s+\S+\s+tháng\s+\S+\s+năm\s+\d{4})\s+(\p{Lu}[\p{Lu}\s]+)$`)

// headingAfterDate runs headingAfterDateRe on lines that hold its literal
// "tháng": the pattern, anchored at the start with a lazy run, would
// otherwise be tried at length on every line of the header.
func headingAfterDate(ln string) []string {
	if !strings.Contains(ln, "tháng") {
		return nil
	}
	return headingAfterDateRe.FindStringSubmatch(ln)
}

// titleWithParty reports whether a line in capitals that holds "ĐẢNG CỘNG
// SẢN VIỆT NAM" is a title naming the Party ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90
// NĂM NGÀY THÀNH LẬP ĐẢNG CỘNG SẢN VIỆT NAM (3/2/1930 – 3/2/2020)"), not a
// header run together with the Party's motto: a kind's name starts it, or
// a bracket follows the name.
func titleWithParty(ln string) bool {
	i := strings.Index(ln, "ĐẢNG CỘNG SẢN VIỆT NAM")
	if i < 0 {
		return false
	}
	if _, _, ok := kindWithTitle(ln); ok {
		return true
	}
	return strings.HasPrefix(strings.TrimSpace(ln[i+len("ĐẢNG CỘNG SẢN VIỆT NAM"):]), "(")
}

// isUpperLine reports whether a line is written in capitals (at least two
// letters, none lower case), as Decree 30 headings are.
func isUpperLine(s string) bool { return textcase.AllCaps(s, 2) }

// startsLower reports whether the first letter of s is lower case: such a
// line continues the one before.
func startsLower(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) {
			return unicode.IsLower(r)
		}
		if unicode.IsDigit(r) {
			return false
		}
	}
	return false
}

// sentenceCase turns a position written in capitals into its usual
// spelling: "PHÓ CHỦ TỊCH" becomes "Phó Chủ tịch", "CHỦ TỊCH" "Chủ tịch".
func sentenceCase(s string) string {
	lower := strings.Fields(strings.ToLower(s))
	words := make([]string, len(lower))
	for i, w := range lower {
		words[i] = w
		if i == 0 || positionHeads[w] && lower[i-1] == "phó" {
			words[i] = upperFirst(w)
		}
	}
	return strings.Join(words, " ")
}

// positionHeads are the first words of positions that keep a capital after
// "Phó": Phó Chủ tịch, Phó Thủ tướng, Phó Giám đốc.
var positionHeads = map[string]bool{"chủ": true, "thủ": true, "giám": true, "bí": true, "trưởng": true, "chánh": true, "tổng": true, "viện": true, "hiệu": true, "bộ": true, "cục": true}

func upperFirst(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + w[n:]
}

// titleCase capitalises each word: "HƯNG YÊN" becomes "Hưng Yên".
func titleCase(s string) string {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		words[i] = upperFirst(w)
	}
	return strings.Join(words, " ")
}

package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"
	"unicode"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// header is what the Decree 30/2020 header and heading of an original
// document state.
type header struct {
	found      bool     // the text is the document itself, not an article about it
	issuer     []string // the issuing body's lines, top to bottom
	number     directive.Number
	place      string
	issued     string
	kind       directive.KindInfo
	kindLine   int // index of the kind heading, or -1
	title      string
	titleEnd   int // index of the first body line
	numberLine int
	// symbol is the symbol ("CT-UBND") of a "Số:" line whose number is
	// blank or a few marks OCR made of a number written by hand, for
	// numberFromName; "" when the header prints no such line.
	symbol string
}

var (
	// numberLineRe matches the header's "Số:" line, also where the kind
	// is named before it ("Nghị quyết số: 653/2019/UBTVQH14"); named so, it
	// takes a colon, unlike a body line citing a text ("Quyết định số 12").
	numberLineRe = lazyregexp.New(`(?i)^(?:Số\s*[:.]?|(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Kế\s+hoạch|Hướng\s+dẫn|Thông\s+báo|Công\s+văn)\s+số\s*:)\s*(\S.*)$`)
	mottoRe      = lazyregexp.New(`(?i)^(?:(?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA(?:\s+VIỆT(?:\s+NAM)?)?\s*$|(?:CỘNG\s+HÒA|CỘNG\s+HOÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$)`)
	sloganRe     = lazyregexp.New(`(?i)^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc`)
	placeDateRe  = lazyregexp.New(`^([\pL][\pL .'-]{1,40}?)\s*,\s*ngày\s*(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})`)
	starLineRe   = lazyregexp.New(`^[*\s_-]+$`)
	// blankNumberRe matches the "Số:" line of a form, its number left
	// blank or dotted.
	blankNumberRe = lazyregexp.New(`^Số\s*:\s*[./…]`)
	// blankSymbolRe matches a "Số:" line whose number is left blank but
	// whose symbol is printed ("Số:       /BC-STC"): the number of a
	// document written in by hand after printing, or not yet, in a draft.
	// A number written in by hand comes out of OCR as a few stray
	// characters ("Số: J†§ /STTTT-CNTT", "Số: /74,/UBND- KSTTHC"): read
	// so, it is not stated either.
	blankSymbolRe = lazyregexp.New(`^Số\s*:[\s.…]*(?:\S{1,6}?\s*)?/\s*(\p{Lu}[\pL\d]*(?:\s*-\s*[\pL\d]+)+)\s*$`)
	// blankDateRe matches a place and date line whose day is left blank
	// ("Hậu Giang, ngày      tháng     năm 2024").
	// A day written in by hand that OCR cannot read comes out as one to
	// three stray characters ("ngày |B tháng 12 năm 2011").
	blankDateRe = lazyregexp.New(`^([\pL][\pL .'-]{1,40}?)\s*,\s*ngày[\s.…]*(?:\S{1,3}\s+)?tháng[\s.…]*(?:\d{1,2}[\s.…]*)?năm[\s.…]*(?:\d{4})?\s*$`)
)

// isPlaceDate and isBlankDate run placeDateRe and blankDateRe on lines
// that hold their literal "tháng": most lines of a document do not.
func isPlaceDate(ln string) bool {
	return strings.Contains(ln, "tháng") && placeDateRe.MatchString(ln)
}

func isBlankDate(ln string) bool {
	return strings.Contains(ln, "tháng") && blankDateRe.MatchString(ln)
}

// mottoFoldRe matches the national motto once its marks are dropped, as
// OCR misreads them ("CỌNG HÒA XÃ HỘI ...", "... XÃ HỌI ...").
// A stray mark of the scan may stand before it ("ˆ CỘNG HOÀ ...").
var mottoFoldRe = lazyregexp.New(`^(?:\S{1,2} )?cong hoa xa hoi chu nghia(?: viet nam)?$`)

// isMotto reports whether a line is the motto of a State document or of
// the Party ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT
// NAM"), in capitals, its marks misread or not.
func isMotto(ln string) bool {
	// Every form starts with C or Đ within its first characters (a stray
	// mark may stand before it): the patterns run only then.
	if !strings.ContainsAny(ln[:min(len(ln), 12)], "CcĐđ") {
		return false
	}
	return mottoRe.Prefixed().MatchString(ln) || isUpperLine(ln) && mottoFoldRe.MatchString(fold.String(ln))
}

// headerSpan is how many lines from the top the header may take.
const headerSpan = 40

// readHeader reads the header of an original document: issuing body,
// number, place and date, kind heading and title (trích yếu). On a news
// article it finds at most a kind heading ("CHỈ THỊ" standing alone).
func readHeader(lines []string) header {
	h := header{kindLine: -1, numberLine: -1, titleEnd: 0}
	n := headerWindow(lines)
	motto, blank, symbol := -1, -1, false
	for i := 0; i < n; i++ {
		ln := lines[i]
		switch {
		case h.numberLine < 0 && blank < 0 && numberLineRe.Prefixed().MatchString(ln):
			// After a "Số:" left blank, a line of the body that starts
			// with "số 5166/BTC-PC ngày ..." is a citation.
			if num, err := headerNumber(numberLineRe.Prefixed().FindStringSubmatch(ln)[1]); err == nil {
				h.number, h.numberLine = num, i
			} else if blank < 0 && (blankNumberRe.MatchString(ln) || blankSymbolRe.MatchString(ln)) {
				blank = i
				if m := blankSymbolRe.FindStringSubmatch(ln); m != nil {
					// The symbol still tells the kind and the body
					// ("/BC-STC"); the number stays empty.
					sym := numberGapRe.ReplaceAllString(m[1], "$1")
					if num, err := directive.ParseNumber("1/" + sym); err == nil {
						h.number = directive.Number{Kind: num.Kind, Body: num.Body, Party: num.Party}
						symbol = true
					}
					if lead := strings.TrimSpace(strings.TrimPrefix(ln[:strings.Index(ln, "/")], "Số")); !strings.ContainsFunc(lead, unicode.IsDigit) || strings.ContainsFunc(lead, func(r rune) bool { return !unicode.IsDigit(r) && r != ':' && r != ' ' }) {
						h.symbol = sym // no number read before it
					}
				}
			}
		case motto < 0 && isMotto(ln):
			motto = i
		case h.issued == "" && isPlaceDate(ln):
			m := placeDateRe.FindStringSubmatch(ln)
			if t, err := directive.ParseDate(m[2] + "/" + m[3] + "/" + m[4]); err == nil {
				h.issued = directive.FormatDate(t)
				h.place = strings.TrimSpace(m[1])
			}
		case h.issued == "" && h.place == "" && isBlankDate(ln):
			// The day left blank: the place is known, the date is not.
			h.place = strings.TrimSpace(blankDateRe.FindStringSubmatch(ln)[1])
		}
	}
	// A form leaves the number and the date blank ("Số: /TTr-…", "Số:
	// ..../..."): its "Số:" line under the motto still makes it a document.
	// A blank number whose symbol is printed makes a document on either
	// side of the motto (the left column is read first).
	h.found = h.numberLine >= 0 && (motto >= 0 || h.issued != "") || motto >= 0 && (h.issued != "" || blank > motto || symbol)
	// The kind heading: a line that is a kind's name in capitals, after
	// the header lines.
	start := 0
	for _, x := range []int{h.numberLine, motto, blank} {
		if x+1 > start {
			start = x + 1
		}
	}
	if !h.found && motto >= 0 {
		if k, title, at, end, ok := attachedHeading(lines, motto+1); ok {
			// A regulation posted without the decision that issued it:
			// the motto, then its own heading over "(Ban hành kèm theo
			// Quyết định số ...)". The decision is a text it cites.
			h.found, h.kind, h.kindLine, h.title, h.titleEnd = true, k, at, title, end
			h.issuer = issuerLines(lines, h)
			return h
		}
	}
	if !h.found {
		start = 0
	}
	for i := start; i < min(len(lines), start+headerSpan); i++ {
		if h.found && (bodyStartRe.MatchString(lines[i]) || strings.HasSuffix(lines[i], ":")) {
			// The body has begun ("Căn cứ ..."); "QUYẾT ĐỊNH:" there
			// is the operative verb, not the kind heading.
			break
		}
		ln := strings.TrimSpace(strings.Trim(lines[i], ":"))
		if !isUpperLine(ln) {
			continue
		}
		if k, ok := directive.KindByName(ln); ok {
			h.kind, h.kindLine = k, i
			break
		}
		if k, ok := misreadKind(ln, h.number); ok && h.found {
			h.kind, h.kindLine = k, i
			break
		}
		if k, title, ok := kindWithTitle(ln); ok && h.found && h.number.Kind == k.Code {
			// The heading and the start of the title on one line under
			// a header whose number names that kind ("KẾ HOẠCH PHÁT ĐỘNG
			// THI ĐUA CHÀO MỪNG" / "NGÀY NHÀ GIÁO VIỆT NAM 20/11."): the
			// title goes on over the next lines in capitals.
			parts, j := []string{title}, i+1
			for j < len(lines) && len(parts) < 4 && isUpperLine(lines[j]) && !authorityLineRe.MatchString(lines[j]) && !endsSentence(parts[len(parts)-1]) {
				parts = append(parts, strings.TrimSpace(lines[j]))
				j++
			}
			h.kind, h.kindLine = k, i
			h.title, h.titleEnd = strings.TrimRight(strings.Join(parts, " "), " ."), j
			h.issuer = issuerLines(lines, h)
			return h
		}
		if k, title, ok := kindWithTitle(ln); ok && !h.found && i+1 < len(lines) && bodyStartRe.MatchString(lines[i+1]) {
			// A copy without its header whose heading and title share
			// one line above the body ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM ..." /
			// "Căn cứ ..."): the document itself, its kind and title.
			h.found, h.kind, h.kindLine, h.title, h.titleEnd = true, k, i, title, i+1
			h.issuer = issuerInOpening(lines, i+1)
			return h
		}
	}
	if h.found {
		h.issuer = issuerLines(lines, h)
	} else if k, ok := lostHeaderOpening(lines); ok && h.kindLine < 0 {
		// A copy that lost the header, the heading and the title and
		// starts at the opening: the document itself, of the kind the
		// opening issues.
		h.found, h.kind = true, k
		return h
	}
	if h.kindLine < 0 {
		h.titleEnd = start
		if h.found {
			h.titleEnd = lastHeaderLine(lines, n) + 1
			// A công văn has no kind heading; its title follows "V/v".
			// A "VỀ VIỆC ..." in capitals under a number that names
			// another kind ("1306/QĐ-UBND") is that document's title
			// whose heading the copy lost, read below.
			if i := h.titleEnd; i < len(lines) && vvRe.MatchString(lines[i]) && !lostHeadingTitle(lines[i], h.number) {
				h.title, h.titleEnd = readVV(lines, i)
				h.kind, _ = directive.Kind("CV")
			} else if i := h.numberLine + 1; h.numberLine >= 0 && i < len(lines) && vvRe.MatchString(lines[i]) {
				h.title, _ = readVV(lines, i)
				h.kind, _ = directive.Kind("CV")
			} else if i := blank + 1; blank >= 0 && i < len(lines) && vvRe.MatchString(lines[i]) {
				// Under a number left blank ("Số:    /UBND-KGVX").
				h.title, _ = readVV(lines, i)
				h.kind, _ = directive.Kind("CV")
			} else if i := h.titleEnd; i < len(lines) && isUpperLine(lines[i]) && !authorityLineRe.MatchString(lines[i]) && h.number.Kind != "" {
				// A copy that lost the kind heading: the title in
				// capitals follows the header ("BAN HÀNH QUY CHẾ ...").
				h.title, h.titleEnd = readTitle(lines, i)
				h.kind, _ = directive.Kind(h.number.Kind)
				// The heading and the title on one line ("HƯỚNG DẪN CÔNG
				// TÁC THI ĐUA ..."): the kind's name is not the title.
				if name := strings.ToUpper(h.kind.Name); name != "" && strings.HasPrefix(h.title, name+" ") {
					h.title = strings.TrimSpace(h.title[len(name):])
				}
			} else if h.number.Kind == "" && h.number.Text != "" && h.number.Year == 0 && h.title == "" && h.titleEnd >= len(lines) {
				// A copy cut right after its header: no heading, no
				// V/v, a number that names no kind nor year ("18458/BTC-TĐKT").
				// Only a công văn is numbered so.
				h.kind, _ = directive.Kind("CV")
			}
		}
		return h
	}
	h.title, h.titleEnd = readTitle(lines, h.kindLine+1)
	if h.kind.Code == "" {
		h.kind, _ = directive.Kind(h.number.Kind)
	} else if k, ok := directive.Kind(h.number.Kind); ok && k.Code != h.kind.Code && strings.HasPrefix(k.Name, h.kind.Name+" ") {
		// A joint circular is headed THÔNG TƯ; its number names the
		// narrower kind ("01/2004/TTLT/BVHTT-BYT").
		h.kind = k
	}
	return h
}

// misreadKind returns the kind whose name a heading line reads as once
// its marks are dropped, as OCR misreads them ("CHÍ THỊ" for "CHỈ THỊ",
// "QUYÉT ĐỊNH" for "QUYẾT ĐỊNH"). The number, when it names a kind, must
// name the same one.
func misreadKind(ln string, num directive.Number) (directive.KindInfo, bool) {
	f := fold.String(ln)
	if len(strings.Fields(f)) > 4 {
		return directive.KindInfo{}, false
	}
	for _, k := range directive.Kinds() {
		if fold.String(k.Name) == f {
			if num.Kind != "" && !strings.EqualFold(fold.String(num.Kind), fold.String(k.Code)) {
				return directive.KindInfo{}, false
			}
			return k, true
		}
	}
	// A scan may also break a word of the heading with a space ("K ÉT
	// LUẬN"): read so only under a number that names the same kind.
	if num.Kind != "" {
		if k, ok := directive.Kind(num.Kind); ok && strings.ReplaceAll(fold.String(k.Name), " ", "") == strings.ReplaceAll(f, " ", "") {
			return k, true
		}
	}
	return directive.KindInfo{}, false
}

// issuedWithRe starts the note under the heading of a text issued with a
// decision ("(Ban hành kèm theo Quyết định số ...)"), maybe wrapped after
// its first words.
var issuedWithRe = lazyregexp.New(`(?i)^\(\s*(?:Ban\s+hành\s*(?:kèm\s+theo|$)|kèm\s+theo\s)`)

// attachedHeading reads, from line i under the motto, the heading of a
// text issued with a decision ("QUY CHẾ THI ĐUA KHEN THƯỞNG" / "(Ban hành
// kèm theo Quyết định ...)"): its kind, its title in capitals (wrapped
// over up to four lines), the heading's index and that of the first line
// after the note.
func attachedHeading(lines []string, from int) (directive.KindInfo, string, int, int, bool) {
	j := from
	for end := min(len(lines), from+12); j < end && !issuedWithRe.MatchString(lines[j]); j++ {
	}
	if j >= len(lines) || !issuedWithRe.MatchString(lines[j]) {
		return directive.KindInfo{}, "", -1, -1, false
	}
	// The heading is the run of lines in capitals above the note that
	// starts with a kind's name; the header's cells come before it.
	for at := max(from, j-4); at < j; at++ {
		head := lines[at:j]
		if !allUpper(head) {
			continue
		}
		w := strings.Fields(strings.Join(head, " "))
		for n := 1; n <= 3 && n <= len(w); n++ {
			k, ok := directive.KindByName(strings.Join(w[:n], " "))
			if !ok || len(w) == n {
				continue
			}
			// The note ends at its closing parenthesis.
			i := j
			for end := min(len(lines), j+6); i < end; i++ {
				if strings.Contains(lines[i], ")") {
					i++
					break
				}
			}
			return k, strings.Join(w[n:], " "), at, i, true
		}
	}
	return directive.KindInfo{}, "", -1, -1, false
}

// namesKind reports whether a line starts with a kind's name, maybe
// after "DỰ THẢO" (a draft).
func namesKind(ln string) bool {
	w := strings.Fields(strings.TrimPrefix(ln, "DỰ THẢO "))
	for n := 2; n <= 3 && n <= len(w); n++ {
		if _, ok := directive.KindByName(strings.Join(w[:n], " ")); ok {
			return true
		}
	}
	return false
}

// allUpper reports whether every line is in capitals.
func allUpper(lines []string) bool {
	for _, ln := range lines {
		if !isUpperLine(ln) {
			return false
		}
	}
	return true
}

// kindWithTitle splits a line in capitals that starts with a kind's name
// and goes on with the title ("KẾ HOẠCH TỔ CHỨC KỶ NIỆM 90 NĂM ...") into
// the kind and the title.
func kindWithTitle(ln string) (directive.KindInfo, string, bool) {
	w := strings.Fields(ln)
	for n := 2; n <= 3 && n < len(w); n++ {
		if k, ok := directive.KindByName(strings.Join(w[:n], " ")); ok && len(w)-n >= 3 {
			return k, strings.Join(w[n:], " "), true
		}
	}
	return directive.KindInfo{}, "", false
}

// openingTails read what follows a body's name where a document without
// its header turns to its contents ("Uỷ ban nhân dân tỉnh xây dựng Kế
// hoạch tổ chức ... như sau:"): the words after the name, the verb and
// the kind.
var openingTails = newBodyTails("", launchAfter, func() string {
	return `[\pL ]{0,60}?)\s+` + verbsPattern("opening") + `\s+(?:Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định)\s.*như sau:?$`
})

// issuerInOpening returns the issuer the first lines of the body from
// line i name, for a copy that lost its header, or nil.
func issuerInOpening(lines []string, i int) []string {
	for end := min(len(lines), i+8); i < end; i++ {
		if m := bodyScan().firstAt(lines[i], 0, findOpening, openingTails); m != nil {
			return []string{lines[i][m[2]:m[3]]}
		}
		if !bodyStartRe.MatchString(lines[i]) {
			return nil
		}
	}
	return nil
}

// lostHeaderOpeningRe finds where the opening of a document turns to its
// contents, naming the kind it issues ("..., Ủy ban nhân dân thành phố
// ban hành Kế hoạch triển khai như sau:").
var lostHeaderOpeningRe = lazyregexp.NewFunc(func() string {
	return `\s` + verbsPattern("lostHeader") + `\s+(Kế hoạch|Hướng dẫn|Chương trình|Quy chế|Quy định)\s[^.;]{0,200}như sau:?$`
})

// lostHeaderOpening returns the kind of a document whose copy starts at
// its opening ("Thực hiện ..." or "Căn cứ ...", wrapped over a few lines
// up to "như sau:"), without header, heading or title.
func lostHeaderOpening(lines []string) (directive.KindInfo, bool) {
	if len(lines) == 0 || !opensCopy(lines[0]) {
		return directive.KindInfo{}, false
	}
	opening := ""
	for _, ln := range lines[:min(len(lines), 6)] {
		opening += " " + ln
		if strings.HasSuffix(ln, "như sau:") || strings.HasSuffix(ln, "như sau") {
			if m := lostHeaderOpeningRe.FindStringSubmatch(opening); m != nil {
				return directive.KindByName(m[1])
			}
			break
		}
	}
	return directive.KindInfo{}, false
}

// opensCopy reports whether line ln opens a copy as its body would,
// with a verb that cites the text it carries out or rests on, and a
// space ("Thực hiện ...", "Căn cứ ...").
func opensCopy(ln string) bool {
	for _, v := range verbForms("copyStart") {
		if strings.HasPrefix(ln, v+" ") {
			return true
		}
	}
	return false
}

// lostHeadingTitle reports whether line ln, a "Về việc" line in capitals
// right under the header, is the title of a document whose number names
// its kind (not a công văn) and whose kind heading the copy dropped.
func lostHeadingTitle(ln string, num directive.Number) bool {
	return num.Kind != "" && num.Kind != "CV" && isUpperLine(ln)
}

// readTitle reads the title (trích yếu) that starts at line i, after the
// kind heading, and returns it with the index of the first line after it.
// A title wraps onto lines that start in lower case, or onto short lines
// (a centred title is narrower than the justified body) that do not end a
// sentence. A title printed in capitals runs over the lines in capitals
// up to the authority line ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH") or the body.
func readTitle(lines []string, i int) (string, int) {
	if i+1 < len(lines) && ofBodyLineRe.MatchString(lines[i]) && aboutRe.MatchString(lines[i+1]) {
		i++ // "CỦA BAN THƯỜNG VỤ TỈNH ỦY" above "về ...": see ofBodyRe
	}
	var title []string
	upper, tail := false, false
	for i < len(lines) && len(title) < 6 {
		ln := lines[i]
		if starLineRe.MatchString(ln) {
			i++
			if len(title) > 0 {
				break
			}
			continue
		}
		ok := false
		switch {
		case len(title) == 0:
			ok = !isUpperLine(ln) || !authorityLineRe.MatchString(ln) && len([]rune(ln)) >= 12
			upper = isUpperLine(ln)
		case upper && startsLower(ln):
			// A title in capitals may go on in lower case ("CỦA ĐOÀN
			// THANH NIÊN ..." / "thực hiện Nghị quyết Đại hội ...").
			// A body line wrapped or cut at its start ("n cứ Luật ...;")
			// ends a sentence or runs long.
			ok = !endsSentence(title[len(title)-1]) && !endsSentence(ln) && len([]rune(ln)) <= 120
			upper, tail = !ok, ok
		case tail && !startsLower(ln):
			// The tail of such a title in lower case goes on with a
			// short name at most ("trên địa bàn tỉnh" / "Thừa Thiên
			// Huế"); a longer line in capitals begins the body.
			ok = continuesTitle(title[len(title)-1], ln) && len([]rune(ln)) <= 40
		case upper:
			// A body's name in capitals that goes on with "về ..." is
			// part of the title ("HỘI NGHỊ LẦN THỨ BẢY" / "BAN CHẤP HÀNH
			// ĐẢNG BỘ TỈNH (KHOÁ XVI)" / "về xây dựng ..."), not the
			// authority line above the body.
			named := i+1 < len(lines) && startsLower(lines[i+1]) && aboutRe.MatchString(lines[i+1])
			ok = (isUpperLine(ln) || noLetters(ln)) && (named || !authorityLineRe.MatchString(ln)) && !endsSentence(title[len(title)-1])
		default:
			ok = continuesTitle(title[len(title)-1], ln)
		}
		if !ok || len(title) > 0 && greetingRe.MatchString(ln) {
			// "Kính gửi: ..." under the title of a report or a
			// submission begins the addressee.
			break
		}
		if _, _, txt := marker(ln); txt != ln {
			break
		}
		title = append(title, ln)
		i++
	}
	t := strings.Join(title, " ")
	if m := ofBodyRe.FindStringSubmatchIndex(t); m != nil {
		t = t[m[2]:]
	}
	return t, i
}

var (
	// authorityLineRe matches the line in capitals under a title that
	// names the body or office exercising the power ("ỦY BAN NHÂN DÂN
	// TỈNH AN GIANG", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH", "BỘ TRƯỞNG BỘ NỘI
	// VỤ", "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỐI CAO"), as Decree 30/2020 lays out
	// a decision.
	authorityLineRe = lazyregexp.New(`^(?:(?:PHÓ\s+)?CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|(?:PHÓ\s+)?THỦ\s+TƯỚNG|(?:PHÓ\s+)?(?:TỔNG\s+)?GIÁM\s+ĐỐC|TRƯỞNG\s+BAN|CHÁNH\s+ÁN|THỐNG\s+ĐỐC|TỔNG\s+(?:KIỂM\s+TOÁN|THANH\s+TRA)|CHỦ\s+NHIỆM|TƯ\s+LỆNH|CHÁNH\s+VĂN\s+PHÒNG|(?:TỔNG\s+)?CỤC\s+TRƯỞNG|VIỆN\s+TRƯỞNG|HIỆU\s+TRƯỞNG|Ủ?Y\s+BAN|UỶ\s+BAN|HỘI\s+ĐỒNG|BAN\s+(?:THƯỜNG\s+VỤ|CHẤP\s+HÀNH|CHỈ\s+ĐẠO|BÍ\s+THƯ)|BỘ\s+CHÍNH\s+TRỊ|CHÍNH\s+PHỦ|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+ỦY|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG)\s+UỶ)(?:\s|$)`)
	// ofBodyRe matches the line a Party document (and a resolution of a
	// council) puts between its kind and its title: "CHỈ THỊ / của Ban
	// Thường vụ Tỉnh ủy / về ...". It names the issuer, which the header
	// gives already; the title (trích yếu) is what follows, from "về".
	ofBodyRe     = lazyregexp.New(`^(?i:của)\s+(?:\S+\s+){1,8}?((?i:về)\s+\S.*)$`)
	ofBodyLineRe = lazyregexp.New(`^(?i:của)\s+\S`)
	aboutRe      = lazyregexp.New(`^(?i:về)\s+\S`)
	vvRe         = lazyregexp.New(`(?i)^(?:V/v|Về việc)\s*:?\s+\S`)
	// greetingRe starts the addressee of a công văn, under its V/v.
	greetingRe  = lazyregexp.New(`(?i)^Kính\s+gửi\b`)
	bodyStartRe = lazyregexp.NewFunc(func() string {
		return `(?i)^(?:` + strings.Join(verbForms("bodyStart"), "|") + `|Trong|Để|Nhằm|Năm|Qua|Thời gian|Những năm)(?:[\s,:;]|$)`
	})
)

// readVV reads the title of a công văn that starts at line i with "V/v"
// and wraps onto the lines under it inside its cell ("V/v: tổng kết công
// tác thi đua, khen thưởng" / "năm 2013"), and returns it with the index
// of the line after it. The header's other lines and the addressee end it.
func readVV(lines []string, i int) (string, int) {
	title := []string{lines[i]}
	for i++; i < len(lines) && len(title) < 4; i++ {
		ln := lines[i]
		if numberLineRe.Prefixed().MatchString(ln) || isPlaceDate(ln) || isMotto(ln) || sloganRe.Prefixed().MatchString(ln) ||
			greetingRe.MatchString(ln) || starLineRe.MatchString(ln) || !continuesTitle(title[len(title)-1], ln) {
			break
		}
		title = append(title, ln)
	}
	return strings.Join(title, " "), i
}

// noLetters reports whether a short line has digits and no letters: the
// years a title in capitals wraps onto ("... GIAI ĐOẠN" / "2020 - 2025”").
func noLetters(ln string) bool {
	if len([]rune(ln)) > 20 || !strings.ContainsAny(ln, "0123456789") {
		return false
	}
	return !strings.ContainsFunc(ln, unicode.IsLetter)
}

// maxTitleLine is the most runes a line that continues a title in lower
// case may hold, as for a title in capitals (readTitle): a title wraps at
// about ninety; a line of the body, which runs the width of the page in a
// smaller type, or its paragraph joined into one line, runs longer.
const maxTitleLine = 120

// continuesTitle reports whether line ln continues a title whose last
// line is prev.
func continuesTitle(prev, ln string) bool {
	if endsSentence(prev) || isUpperLine(ln) {
		return false
	}
	if startsLower(ln) {
		// A paragraph of the body that lost its first word (under an
		// incoming-mail stamp, "Trong" of "Trong thời gian qua, ...")
		// starts in lower case too; it runs far longer than a title.
		return len([]rune(ln)) <= maxTitleLine
	}
	if bodyStartRe.MatchString(ln) {
		return false
	}
	return len([]rune(ln)) <= 80 && len([]rune(prev)) <= 200 && !endsSentence(ln)
}

// issuerLines returns the issuing body as the header writes it: the lines
// in capitals before the kind heading that are not the motto, the number
// or the place and date, in whatever order the two header blocks come.
func issuerLines(lines []string, h header) []string {
	end := headerWindow(lines)
	if h.kindLine >= 0 {
		end = h.kindLine
	} else if last := lastHeaderLine(lines, end); last >= 0 {
		end = last + 1
	}
	var out []string
	for i := issuerStart(lines); i < end; i++ {
		ln := lines[i]
		if isDateLine(ln) {
			// A site's date line above the document ("Thứ bảy -
			// 29/09/2018 20:36"): what stands above it is the site's.
			out = out[:0]
			continue
		}
		if i == h.numberLine || starLineRe.MatchString(ln) || !isUpperLine(ln) || isMotto(ln) || sloganRe.Prefixed().MatchString(ln) || isPlaceDate(ln) {
			continue
		}
		if namesKind(ln) || ln == "DỰ THẢO" {
			// A page's own headline above the header ("DỰ THẢO QUY
			// CHẾ THI ĐUA KHEN THƯỞNG"): no issuer starts with a kind.
			continue
		}
		out = append(out, ln)
	}
	return out
}

// headerWindow returns the index after the lines that may hold the
// header: the first headerSpan lines or, when a site's menu and property
// table push the document further down, headerSpan/2 lines past its motto
// if that stands among the first 3*headerSpan.
func headerWindow(lines []string) int {
	n := min(len(lines), headerSpan)
	if m := firstMotto(lines); m >= 0 {
		n = min(len(lines), max(n, m+headerSpan/2))
	}
	return n
}

// issuerStart returns the first line that may belong to the issuer: the
// top, or a few lines above a motto that a site's menu pushed past the
// first headerSpan lines (what stands higher is the site's).
func issuerStart(lines []string) int {
	if m := firstMotto(lines); m >= headerSpan {
		return m - issuerAbove
	}
	return 0
}

// issuerAbove is how many lines above the motto the issuing body may take
// when the header table is flattened one cell a line.
const issuerAbove = 8

// firstMotto returns the index of the first motto line among the first
// 3*headerSpan lines, or -1.
func firstMotto(lines []string) int {
	for i := range min(len(lines), 3*headerSpan) {
		if isMotto(lines[i]) {
			return i
		}
	}
	return -1
}

func lastHeaderLine(lines []string, n int) int {
	last := 0
	for i := 0; i < n; i++ {
		// A line of the body may start with "số 5166/BTC-PC ngày ...": a
		// header's "Số:" is written with a capital.
		if numberLineRe.Prefixed().MatchString(lines[i]) && !startsLower(lines[i]) || isMotto(lines[i]) || sloganRe.Prefixed().MatchString(lines[i]) || isPlaceDate(lines[i]) || isBlankDate(lines[i]) {
			last = i
		}
	}
	return last
}

func endsSentence(s string) bool {
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") || strings.HasSuffix(s, ";")
}

// headerNumber reads the number on the header's "Số:" line, as offices
// type it and copies keep it: spaces around the separators ("01 /BC-...",
// "10/QĐ- MN"), a stray stop before the slash ("10./QĐ-MN"), the place and
// date run on after it, an ampersand inside the body's code
// ("278/PGD&ĐT-THCS", kept as written), a space before the stop of a
// unit's code ("VPCP-V .III") or after it ("KH-THPTTX. PL").
func headerNumber(rest string) (directive.Number, error) {
	rest = numberDotRe.ReplaceAllString(rest, "$1/")
	rest = numberUnitDotRe.ReplaceAllString(rest, "$1.$2")
	rest = numberUnitGapRe.ReplaceAllString(rest, "$1.$2$3")
	rest = numberGapRe.ReplaceAllString(rest, "$1")
	var err error
	for _, s := range []string{firstField(rest), rest} {
		var n directive.Number
		if n, err = directive.ParseNumber(s); err == nil {
			return n, nil
		}
		if m := jointNumberRe.FindStringSubmatch(s); m != nil {
			// A joint document writes its kind between slashes, before
			// the issuers' codes ("01/2004/TTLT/BVHTT-BYT").
			if n, err2 := directive.ParseNumber(m[1] + "-" + m[2]); err2 == nil && n.Kind != "" {
				n.Text = strings.TrimRight(numberDashes.Replace(s), ".,;:)")
				return n, nil
			}
		}
		if strings.Contains(s, "&") && !strings.Contains(s, " ") {
			if n, err2 := directive.ParseNumber(strings.ReplaceAll(s, "&", "")); err2 == nil {
				n.Text = strings.TrimRight(numberDashes.Replace(s), ".,;:)")
				return n, nil
			}
		}
	}
	return directive.Number{}, err
}

var (
	numberDotRe = lazyregexp.New(`(\d)\s*\.\s*/`)
	// jointNumberRe splits a joint document's number at the slash after
	// its kind: "01/2004/TTLT" and "BVHTT-BYT".
	jointNumberRe = lazyregexp.New(`^(\d{1,6}/\d{4}/\p{Lu}{2,6})/(\p{Lu}[\pL]*(?:-\p{Lu}[\pL]*)+)$`)
	numberGapRe   = lazyregexp.New(`\s*([/-])\s*`)
	// numberUnitDotRe finds a space a copy put before the stop inside a
	// unit's code ("V .III", the Government Office's department III).
	numberUnitDotRe = lazyregexp.New(`(-\p{Lu}{1,4})\s+\.(\p{Lu})`)
	// numberUnitGapRe finds a space a copy put after that stop, before a
	// short code in capitals ("KH-THPTTX. PL").
	numberUnitGapRe = lazyregexp.New(`(-\p{Lu}[\p{Lu}\d]*)\.\s+(\p{Lu}{2,4})(\s|$)`)
	// numberDashes are the dashes a number may be typed with.
	numberDashes = strings.NewReplacer("–", "-", "—", "-", "‐", "-", "‑", "-", "−", "-")
)

func firstField(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}

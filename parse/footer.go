package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"github.com/vnthidua/thidua/internal/textcase"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

var (
	recipientsRe = lazyregexp.New(`(?i)^Nơi\s+nhận\s*:?\s*(.*)$`)
	authorityRe  = lazyregexp.New(`^(KT|TM|T/M|Q|TL|TUQ|TQ|K/T)\s*\.?\s+(.+)$`)
	signedNoteRe = lazyregexp.New(`(?i)^(?:\(?\s*(?:đã\s+ký|ký|ký\s+tên|ký(?:\s+tên)?,.*|ký và đóng dấu|đã ký và đóng dấu|chữ ký.*|signed)\s*\)?$|\[?\s*(?:chữ ký số|ký số))`)
	leadDash     = lazyregexp.New(`^[-+•–]\s*`)
	innerItem    = lazyregexp.New(`;\s*[-+•–]\s+`)
)

// findRecipients returns the index of the "Nơi nhận" line (or -1) and the
// recipients listed under it, one item each. An item ends with ";" or "."
// or where the next dash starts; a line in capitals (the signature block)
// ends the list.
func findRecipients(lines []string) (at int, items []string, end int) {
	at, end = -1, -1
	for i, ln := range lines {
		if recipientsRe.Prefixed().MatchString(ln) {
			at = i
			break
		}
	}
	if at < 0 {
		return -1, []string{}, -1
	}
	first := recipientsRe.Prefixed().FindStringSubmatch(lines[at])[1]
	var raw []string
	if first != "" {
		raw = append(raw, first)
	}
	end = at + 1
	for end < len(lines) {
		ln := lines[end]
		stop := isUpperLine(ln) && !strings.HasPrefix(ln, "-") && !strings.HasPrefix(ln, "+") || signedNoteRe.MatchString(ln) || isPersonName(ln)
		if !stop && !strings.HasPrefix(ln, "-") && !strings.HasPrefix(ln, "+") && !strings.HasPrefix(ln, "•") && len(raw) > 0 {
			prev := raw[len(raw)-1]
			if strings.HasSuffix(prev, ";") || strings.HasSuffix(prev, ".") {
				if storeItemRe.MatchString(ln) && !slices.ContainsFunc(raw, storeItemRe.MatchString) {
					// "Lưu: VT, ..." closes the list, its dash lost.
					raw = append(raw, ln)
					end++
					break
				}
				stop = true
			}
		}
		if stop {
			if k := resumeRecipients(lines, end, raw); k > end {
				end = k
				continue
			}
			break
		}
		raw = append(raw, ln)
		end++
	}
	// Each dash at a line start starts an item; a line without one
	// continues the item before it (a long recipient wrapped onto two
	// lines). "- A; - B;" on one line holds two.
	for k, r := range raw {
		m := leadDash.FindStringIndex(r)
		if m == nil && k > 0 && len(items) > 0 && !storeItemRe.MatchString(r) {
			items[len(items)-1] += " " + r
			continue
		}
		if m != nil {
			r = r[m[1]:]
		}
		for _, part := range innerItem.Split(r, -1) {
			if part = strings.TrimSpace(part); part != "" {
				items = append(items, part)
			}
		}
	}
	out := items[:0]
	for _, it := range items {
		if it = strings.TrimSpace(strings.TrimSuffix(it, "./.")); it != "" {
			out = append(out, strings.TrimRight(it, ".;, "))
		}
	}
	if out == nil {
		out = []string{}
	}
	return at, out, end
}

// storeItemRe matches the recipients list's last item, the copy kept on
// file ("- Lưu: VT, KSTTHC."), with or without its dash.
var storeItemRe = lazyregexp.New(`^(?:[-+•–]\s*)?Lưu\s*:`)

// resumeRecipients returns where a recipients list broken off at line i
// goes on, or -1. On a scan read by OCR, the lines of the signing block
// beside the list ("TL. CỤC TRƯỞNG / KT. TRƯỞNG BAN ...", wider than its
// column) or specks of the seal come between its items: the list goes on
// at the next dashed line when it has not reached its "Lưu:" item yet and
// one follows within ten lines.
func resumeRecipients(lines []string, i int, raw []string) int {
	if slices.ContainsFunc(raw, storeItemRe.MatchString) {
		return -1
	}
	store := -1
	for j := i; j < min(len(lines), i+11); j++ {
		if storeItemRe.MatchString(lines[j]) {
			store = j
			break
		}
	}
	for k := i + 1; k <= store; k++ {
		if leadDash.MatchString(lines[k]) {
			return k
		}
	}
	return -1
}

// isPersonName reports whether a line reads as a person's name: two to six
// words, each capitalised ("Nguyễn Hoàng Thao"), or all in capitals
// ("NGUYỄN HOÀNG THAO") when allCaps is accepted by the caller.
func isPersonName(s string) bool {
	// Read word by word, without a slice of them: every line of a
	// footer is asked.
	n := 0
	var first, second string
	for w := range strings.FieldsSeq(s) {
		if n++; n > 6 || !isNameWord(w) {
			return false
		}
		switch n {
		case 1:
			first = w
		case 2:
			second = w
		}
	}
	if n < 2 {
		return false
	}
	// "Văn" starts a name ("Văn Hải") as often as a heading ("Văn Phòng
	// Tỉnh Ủy", "Văn Bản Liên Quan"); the word after it tells them apart.
	return !notNameWord[first] && (first != "Văn" || !notVanName[second])
}

// isNameWord reports whether w is a capital and up to seven lower-case
// letters, as the pattern ^\p{Lu}\p{Ll}{0,7}$ would say.
func isNameWord(w string) bool {
	n := 0
	for _, r := range w {
		if n == 0 && !unicode.IsUpper(r) || n > 0 && !unicode.IsLower(r) || n == 8 {
			return false
		}
		n++
	}
	return n > 0
}

// isUpperWord8 reports whether w is one to eight capitals, as the pattern
// ^\p{Lu}{1,8}$ would say.
func isUpperWord8(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) || n == 8 {
			return false
		}
		n++
	}
	return n > 0
}

// notNameWord are capitalised words that start headings, not names.
var notNameWord = map[string]bool{"Tin": true, "Nơi": true, "Trang": true, "Xem": true, "Chia": true, "Nguồn": true, "Theo": true, "Tác": true, "Liên": true, "Các": true, "Ngày": true, "Số": true, "Lượt": true, "Bản": true, "Thông": true, "Trích": true}

func isUpperName(s string) bool {
	n := 0
	var first string
	for w := range strings.FieldsSeq(s) {
		if n++; n > 5 || !isUpperWord8(w) {
			return false
		}
		if n == 1 {
			first = w
		}
	}
	if n < 2 {
		return false
	}
	if _, ok := directive.KindByName(s); ok || attachedHeadingRe.MatchString(s) {
		// "DANH SÁCH", "QUY CHẾ": the heading of a text attached after
		// the signature, not a name.
		return false
	}
	return !positionWords[strings.ToLower(first)]
}

// attachedHeadingRe matches the heading of a list, appendix or table
// attached after a document's signature ("DANH SÁCH", "PHỤ LỤC I").
var attachedHeadingRe = lazyregexp.New(`^(?:DANH\s+SÁCH|PHỤ\s+LỤC|BIỂU\s+MẪU|BẢNG\s+\S+|MẪU\s+SỐ)(?:\s|$)`)

// positionWords start the lines of a signature block that name a position.
var positionWords = map[string]bool{"chủ": true, "phó": true, "giám": true, "bộ": true, "thủ": true, "bí": true, "trưởng": true, "chánh": true, "tổng": true, "viện": true, "hiệu": true, "cục": true, "ủy": true, "uỷ": true, "thường": true, "ban": true, "chủ nhiệm": true, "kế": true, "tm": true, "kt": true}

// findSigner looks for the signature block at or after line from: an
// optional authority line (KT. CHỦ TỊCH, TM. ỦY BAN NHÂN DÂN), a position
// in capitals, optional notes such as "(Đã ký)", then the signer's name.
// A name with no position above it is not a signer (it is usually the
// byline of a news article).
func findSigner(lines []string, from int) (directive.Signer, int) {
	for i := len(lines) - 1; i >= max(from, 1); i-- {
		// OCR leaves stray marks of the signature or the seal around the
		// name ("“Trần Chí Tiến").
		name := strings.TrimFunc(lines[i], strayMark)
		upperName := false
		if !isPersonName(name) {
			if !isUpperName(name) {
				continue
			}
			upperName = true
		}
		j := i - 1
		for j >= from && (signedNoteRe.MatchString(lines[j]) || isSpeck(lines[j])) {
			j--
		}
		if j < from || !isUpperLine(lines[j]) && !positionUnderAuthority(lines, j, from) || len(strings.Fields(lines[j])) > 10 {
			continue
		}
		if upperName && !authorityRe.MatchString(lines[j]) && !positionLineRe.MatchString(lines[j]) {
			// A name in capitals under a line that names no position
			// ("UBND HUYỆN CAN LỘC" above "TRƯỜNG MN HOA HỒNG") is the
			// header of an attached text, not a signature.
			continue
		}
		if upperName && j == i-1 {
			// Two lines in capitals: the lower may be a second position
			// line, not a name, unless it reads as one.
			if positionWords[strings.ToLower(strings.Fields(name)[0])] {
				continue
			}
		}
		s := directive.Signer{Name: name}
		if upperName {
			s.Name = titleCase(name)
		}
		pos := lines[j]
		if m := authorityRe.FindStringSubmatch(pos); m != nil {
			// "KT. CHỦ TỊCH" alone above the name: the position is the
			// one signed for, unless the deputy's own position was run
			// onto the line ("KT THỦ TƯỚNG PHÓ THỦ TƯỚNG").
			s.Authority = normAuthority(m[1])
			s.On = sentenceCase(m[2])
			s.Position = sentenceCase(m[2])
			if k := strings.LastIndex(m[2], " PHÓ "); k > 0 && s.Authority == "KT." {
				s.On = sentenceCase(m[2][:k])
				s.Position = sentenceCase(m[2][k+1:])
			}
			return s, j
		}
		s.Position = sentenceCase(pos)
		if j-1 >= from {
			if m := authorityRe.FindStringSubmatch(lines[j-1]); m != nil {
				s.Authority = normAuthority(m[1])
				s.On = sentenceCase(m[2])
				j--
			} else if concurrentOffice(lines[j-1], pos) {
				s.Position = sentenceCase(lines[j-1])
				j--
			}
		}
		return s, j
	}
	if s, j := unnamedSigner(lines, from); j >= 0 {
		return s, j
	}
	return metadataSigner(lines), -1
}

// concurrentOffice reports whether a signing block prints, under the
// position the signer signs in (upper), the office the signer holds
// besides (lower), which names a body of its own: the head of a steering
// committee or council signs "TRƯỞNG BAN / CHỦ TỊCH UBND TỈNH / Nguyễn
// Hoàng Giang" (quangngai-qd04). The position is then upper, a bare
// position in capitals without authority.
func concurrentOffice(upper, lower string) bool {
	return isUpperLine(upper) && len(strings.Fields(upper)) <= 4 && positionLineRe.MatchString(upper) && !authorityRe.MatchString(upper) && !officeBodyRe.MatchString(upper) &&
		positionLineRe.MatchString(lower) && officeBodyRe.MatchString(lower)
}

// officeBodyRe finds the body a position in capitals names ("CHỦ TỊCH
// UBND TỈNH", "GIÁM ĐỐC SỞ NỘI VỤ").
var officeBodyRe = lazyregexp.New(`(?:^|\s)(?:UBND|ỦY\s+BAN|UỶ\s+BAN|TỈNH|HUYỆN|QUẬN|THÀNH\s+PHỐ|SỞ|BỘ)(?:\s|$)`)

// nameAfterRecipients returns the signer's name of a signing block whose
// position is not legible: on a scan the seal is stamped over the
// position, and OCR reads the name under it alone ("Phạm Trường Thọ"
// under "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" lost in the seal). Such a name is
// the last line of the document, right after the recipients list that
// ends at line end (findRecipients), with at most specks and lines with
// no word of a name between; stray marks around it are dropped
// ("\"Trân Ngọc Căng"). It returns the name and its index, or -1.
func nameAfterRecipients(lines []string, end int) (string, int) {
	if end < 0 {
		return "", -1
	}
	for i := len(lines) - 1; i >= end; i-- {
		ln := strings.TrimFunc(lines[i], strayMark)
		if isPersonName(ln) {
			return ln, i
		}
		if !isSpeck(lines[i]) {
			return "", -1
		}
	}
	return "", -1
}

// strayMark reports whether r is a mark OCR leaves around a name: neither
// a letter, a digit, a bracket nor a list's dash ("- Sở Nội Vụ;" is a
// recipient, "Thứ Ba, 12/03/2024 09:15" a portal's date line).
func strayMark(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsDigit(r) && !strings.ContainsRune("-+•–()[]", r)
}

// positions are the signers' positions most often printed over the name,
// spelled as sentenceCase spells them.
var positions = []string{
	"Chủ tịch", "Phó Chủ tịch", "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng",
	"Giám đốc", "Phó Giám đốc", "Tổng Giám đốc", "Phó Tổng Giám đốc", "Cục trưởng", "Phó Cục trưởng",
	"Trưởng ban", "Phó Trưởng ban", "Chánh văn phòng", "Phó Chánh văn phòng", "Hiệu trưởng", "Phó Hiệu trưởng",
	"Bí thư", "Phó Bí thư", "Chủ nhiệm", "Phó Chủ nhiệm", "Viện trưởng", "Phó Viện trưởng",
}

// fixOCRPosition restores a position whose marks OCR misread ("Phó Giám
// đóc" for "Phó Giám đốc"): a known position that differs from it only in
// its marks. Any other position is kept as read.
func fixOCRPosition(pos string) string {
	f := fold.String(pos)
	for _, p := range positions {
		if f == fold.String(p) {
			if strings.EqualFold(pos, p) {
				return pos
			}
			return p
		}
	}
	return pos
}

// positionLineRe matches a line in capitals that names a position ("PHÓ
// CHỦ TỊCH", "HIỆU TRƯỞNG", "BÍ THƯ THƯỜNG TRỰC").
var positionLineRe = lazyregexp.New(`(?:^|\s)(?:TRƯỞNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|CHỦ\s+NHIỆM|THƯ\s+KÝ|CHÁNH\s+\S+|THỦ\s+TƯỚNG|TỔNG\s+\S+)(?:\s|$)`)

// unnamedSigner reads a signature block whose name is left out: a form's
// position above its placeholder ("THỦ TRƯỞNG ĐƠN VỊ" / "(Ký, đóng dấu,
// ghi rõ họ tên)"), or a copy that kept "(Đã ký)" and lost the name. It
// returns the position and the index of its line, or -1.
func unnamedSigner(lines []string, from int) (directive.Signer, int) {
	i := len(lines) - 1
	if i < max(from, 1) || !signedNoteRe.MatchString(lines[i]) {
		return directive.Signer{}, -1
	}
	for i >= from && signedNoteRe.MatchString(lines[i]) {
		i--
	}
	if i < max(from, 1) || !isUpperLine(lines[i]) || len(strings.Fields(lines[i])) > 8 {
		return directive.Signer{}, -1
	}
	pos := lines[i]
	s := directive.Signer{}
	if m := authorityRe.FindStringSubmatch(pos); m != nil {
		s.Authority, s.On, s.Position = normAuthority(m[1]), sentenceCase(m[2]), sentenceCase(m[2])
		return s, i
	}
	if !positionLineRe.MatchString(pos) {
		return directive.Signer{}, -1
	}
	s.Position = sentenceCase(pos)
	if i-1 >= from {
		if m := authorityRe.FindStringSubmatch(lines[i-1]); m != nil {
			s.Authority, s.On = normAuthority(m[1]), sentenceCase(m[2])
			i--
		}
	}
	return s, i
}

// metadataLineRe finds the signer a legal-text site names in the
// metadata block above its copy ("Nơi ban hành: Tỉnh Yên Bái Người ký:
// Hoàng Xuân Lộc", or "Người ký | Lại Thế Nguyên |" split into cells).
var metadataLineRe = lazyregexp.New(`(?i)(?:^|\s)Người\s+ký\s*[:|]?\s*(.*?)\s*$`)

// metadataSigner returns the signer a site's metadata block names, for a
// copy cut before its signature: the name only, as the block gives no
// position.
func metadataSigner(lines []string) directive.Signer {
	for i, ln := range lines[:min(len(lines), headerSpan)] {
		if !textcase.ContainsFold(ln, "ký") {
			continue // the pattern's literal, in any case
		}
		m := metadataLineRe.FindStringSubmatch(ln)
		if m == nil {
			continue
		}
		name := strings.TrimSpace(strings.Trim(m[1], "|"))
		if name == "" && i+1 < len(lines) {
			name = strings.TrimSpace(strings.Trim(lines[i+1], "|"))
		}
		if isPersonName(name) {
			return directive.Signer{Name: name}
		}
		return directive.Signer{}
	}
	return directive.Signer{}
}

// positionUnderAuthority reports whether line j is a position written in
// ordinary case ("Phó Thủ tướng") under an authority line ("KT. THỦ
// TƯỚNG"), as some databases print the signature block.
func positionUnderAuthority(lines []string, j, from int) bool {
	if j-1 < from || !authorityRe.MatchString(lines[j-1]) {
		return false
	}
	w := strings.Fields(lines[j])
	return len(w) >= 2 && len(w) <= 6 && positionWords[strings.ToLower(w[0])] && !endsSentence(lines[j])
}

// isSpeck reports whether a line is one or two stray marks, as OCR reads
// a stroke of a handwritten signature or a stamp ("l", "|", "/"), or a
// scrawl read as two short made-up words ("PS li") that is neither a
// position nor part of one.
func isSpeck(ln string) bool {
	t := strings.TrimSpace(ln)
	if t != "" && utf8.RuneCountInString(t) <= 2 {
		return true
	}
	w := strings.Fields(t)
	if len(w) == 0 || len(w) > 2 || utf8.RuneCountInString(t) > 6 || isUpperLine(t) || authorityRe.MatchString(t) {
		return false
	}
	for _, x := range w {
		if utf8.RuneCountInString(x) > 3 || positionWords[strings.ToLower(x)] {
			return false
		}
	}
	return true
}

func normAuthority(a string) string {
	switch strings.ToUpper(a) {
	case "T/M":
		return "TM."
	case "K/T":
		return "KT."
	}
	return strings.ToUpper(a) + "."
}

package parse

import (
	"context"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/textcase"
	"github.com/vnthidua/thidua/province"
)

// Verbs that make a mention the subject of a news article: the document
// the article says was issued ("vừa ban hành Kế hoạch số 298/KH-UBND"),
// or a body's plan its content is said to be set out in ("nội dung vừa
// được UBND tỉnh triển khai tại Kế hoạch số 3104/KH-UBND").
var (
	issueVerbRe = lazyregexp.NewFunc(func() string { return `(?i)` + verbsPattern("issueVerb") + `\s*(?:kèm theo\s*)?$` })
	detailRe    = lazyregexp.New(`(?i)(?:nội dung chi tiết|chi tiết|toàn văn|xem chi tiết|xem toàn văn)[^.]{0,20}?(?:tại|xem|trong)?\s*$`)
	leadDateRe  = lazyregexp.NewFunc(func() string {
		return `(?i)^(?:Ngày|Hôm nay,?\s*ngày|Sáng|Chiều|Tối)?\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,\s*(.{0,160}?)\s*(?:đã\s+)?` + verbsPattern("leadDate") + `\b`
	})
	// issuerWordTails read the rest of the sentence of an article that
	// names a document, up to it, after a body's name (bodyScanner):
	// the place or name that ends the issuer, and the verb ("Ngày
	// 25/11/2024, Chủ tịch Ủy ban nhân dân tỉnh ký ban hành").
	issuerWordTails = newBodyTails(`(?i)`, sentenceAfter, func() string {
		return `(?:\s*\(\p{Lu}[\pL&]{1,10}\))?(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}[\pL]*(?:\s+\p{Lu}[\pL]*){0,3})?|\s+(?:TP\.?\s?)?\p{Lu}{2,5}|\s+(?-i:\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}))?)(?:\s*\(\p{Lu}[\pL&]{1,10}\))?\s*(?:vừa\s+|đã\s+)?(?:ký\s+)?` + verbsPattern("issuerWord") + `?(?:\s+tại)?\s*$`
	})
)

// sentenceAfter is what the sentence finder reads after a body's name by
// what must follow it: a name in capitals after a Bộ or a Sở ("Bộ Nội
// vụ"), a place's proper name as written after a place's word ("tỉnh
// Quảng Ngãi": in lower case, "tỉnh" is part of the name before it).
func sentenceAfter(after string) string {
	switch after {
	case afterName:
		return `\s+\p{Lu}[\pL ,]{2,40}?`
	case afterPlace:
		return `\s+(?-i:\p{Lu}\p{Ll}+)(?:\s+(?-i:\p{Lu}\p{Ll}+)){0,2}`
	}
	return ""
}

// issuerWordFind finds the issuer at the end of s, the sentence of an
// article up to the document it names: the whole match and the issuer,
// or nil. The match ends at the end of s and holds only letters, white
// space, the punctuation of the tail pattern and that of the lexicon's
// forms, so it starts after the last other character of s: the scanner
// does not read the whole of a long sentence. The pattern this replaced,
// the lexicon's bodies as one alternation and the tail, is the oracle
// (bodyfinders_test.go).
func issuerWordFind(s string) []string {
	t := s[issuerWordFrom(s):]
	m := bodyScan().firstFrom(t, 0, findSentence, issuerWordTails)
	if m == nil {
		return nil
	}
	return []string{t[m[0]:m[1]], t[m[2]:m[3]]}
}

// issuerWordFrom returns where in s the match of issuerWordFind can start
// at the earliest.
func issuerWordFrom(s string) int {
	extra := issuerWordPunct()
	for i := len(s); i > 0; {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		switch {
		case r == utf8.RuneError && n == 1:
		case unicode.IsLetter(r), strings.ContainsRune("\t\n\f\r ", r), strings.ContainsRune(extra, r):
			i -= n
			continue
		}
		return i
	}
	return 0
}

// issuerWordPunct is the characters other than letters and spaces that a
// match of issuerWordFind may hold: those of the pattern's fixed parts and
// those of the lexicon's forms ("T.Ư Đoàn").
var issuerWordPunct = sync.OnceValue(func() string {
	chars := ",.()&"
	for _, b := range issuingBodies() {
		for _, f := range append(append([]string(nil), b.forms...), b.before...) {
			for _, r := range f {
				if !unicode.IsLetter(r) && !unicode.IsSpace(r) && !strings.ContainsRune(chars, r) {
					chars += string(r)
				}
			}
		}
	}
	return chars
})

// analyze finds the subject document in doc and everything the text states
// about it.
func analyze(ctx context.Context, doc *document, c *config) (*directive.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, inputErr(c, "", err)
	}
	rec := &directive.Record{Source: doc.source, Signatures: doc.signatures, Warnings: append([]string{}, doc.warnings...), Text: bodyText(doc.text, doc.source.Title)}
	d := &rec.Directive
	d.Tasks, d.Citations, d.Campaigns, d.Recipients, d.Attachments = []directive.Task{}, []directive.Citation{}, []directive.Campaign{}, []string{}, []directive.Attachment{}

	lines, cut := splitLines(doc.text)
	if cut {
		rec.Warnings = append(rec.Warnings, "văn bản quá dài, đã cắt bớt / text too long, cut")
	}
	lines = splitHeaderRuns(joinHeaderWraps(splitCells(splitGluedLabels(cutTail(dropChrome(lines))))))
	if len(lines) == 0 {
		return nil, inputErr(c, "", ErrEmpty)
	}
	h := readHeader(lines)
	doc.symbol = h.symbol

	// Footer: recipients and the signature block end the body.
	rAt, recips, rEnd := findRecipients(lines)
	from := max(h.titleEnd, len(lines)-40)
	if rAt >= 0 {
		from = min(from, rAt)
	}
	signer, sAt := findSigner(lines, from)
	if signer == (directive.Signer{}) && h.found && rAt >= 0 {
		if name, at := nameAfterRecipients(lines, rEnd); at >= 0 {
			signer, sAt = directive.Signer{Name: name}, at
			if sp := doc.sealed; sp != nil {
				signer.Authority, signer.On, signer.Position = sp.authority, sp.on, sp.position
				seen := strings.Join(sp.seen, " / ")
				rec.Warnings = append(rec.Warnings, fmt.Sprintf("chức vụ người ký bị dấu che một phần, chỉ đọc được %q; đọc là %q (%s) / the signer's position is partly under the seal and only %q could be read; taken as %q (%s)", seen, sp.position, sp.why[0], seen, sp.position, sp.why[1]))
			} else {
				rec.Warnings = append(rec.Warnings, "đọc được tên người ký nhưng không đọc được chức vụ / the signer's name was read, not the position above it")
			}
		} else if sp := doc.sealed; sp != nil && sp.nameless {
			signer = directive.Signer{Authority: sp.authority, On: sp.on, Position: sp.position}
			seen := strings.Join(sp.seen, " / ")
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("dấu che tên người ký và một phần chức vụ: chỉ đọc được %q; chức vụ đọc là %q (%s), tên không đọc được / the seal covers the signer's name and part of the position: only %q could be read; the position taken as %q (%s), the name not read", seen, sp.position, sp.why[0], seen, sp.position, sp.why[1]))
		}
	}
	bodyEnd := len(lines)
	for _, x := range []int{rAt, sAt} {
		if x >= h.titleEnd && x < bodyEnd {
			bodyEnd = x
		}
	}
	if rAt >= 0 {
		d.Recipients = recips
	}
	// A news article ends with its byline.
	if !h.found {
		// The byline follows the lead: a name in capitals above it is
		// the portal's masthead.
		lead := len(lines)
		for i, ln := range lines[:bodyEnd] {
			if utf8.RuneCountInString(ln) > 120 {
				lead = i
				break
			}
		}
		author, at := readByline(lines[:bodyEnd], func(i int) bool { return i <= lead })
		if at >= h.titleEnd {
			bodyEnd = at
		}
		if author == "" {
			// Some outlets print the byline under the headline, marked
			// ("Tin, ảnh: LÊ VĨNH").
			for _, ln := range lines[:min(lead, bodyEnd)] {
				if m := sourceRe.FindStringSubmatch(ln); m != nil && !strings.HasPrefix(strings.ToLower(ln), "theo") && !strings.HasPrefix(strings.ToLower(ln), "nguồn") {
					author = m[1]
					break
				}
			}
		}
		if author == "" {
			author = headBylineDate(lines[:min(lead, bodyEnd)])
		}
		if rec.Source.Author == "" {
			rec.Source.Author = author
		}
		rec.Source.Author = cleanAuthor(rec.Source.Author)
	}
	if doc.ocr {
		signer.Name = fixOCRName(signer.Name)
		signer.Position = fixOCRPosition(signer.Position)
		signer.On = fixOCRPosition(signer.On)
	}
	d.Signer = signer
	_ = rEnd

	body := lines[h.titleEnd:bodyEnd]
	text := strings.Join(lines[:bodyEnd], "\n")
	mentions := findMentions(text)
	an := newAnnotator(rec.Text, text)

	// The subject document.
	var subject *mention
	var props properties // a legal-text site's property table, read where there is no header
	if h.found {
		d.Number = h.number.Text
		d.Issued = h.issued
		d.Place = h.place
		d.Title = h.title
		if doc.ocr {
			var fixes []string
			if d.Title, fixes = fixOCRAbbrevs(d.Title, text); len(fixes) > 0 {
				f := strings.Join(fixes, ", ")
				rec.Warnings = append(rec.Warnings, fmt.Sprintf("trích yếu đọc bằng OCR: chữ viết tắt %s theo thân văn bản / title read by OCR: abbreviation %s as the body writes it", f, f))
			}
		}
		kind := h.kind
		if kind.Code == "" {
			kind, _ = directive.Kind(h.number.Kind)
		}
		d.Kind, d.KindName = kind.Code, kind.Name
		d.Issuer.Name = strings.Join(h.issuer, " ")
		if d.Issuer.Name == "" {
			d.Issuer.Name = clauseIssuer(lines[h.titleEnd:bodyEnd], kind.Name)
		} else if len(h.issuer) == 1 {
			d.Issuer.Name = placedAuthority(d.Issuer.Name, authorityUnderTitle(lines, h.titleEnd))
		}
		// A portal or a legal-text site may post the document under a
		// date line of its own ("Thứ bảy - 29/09/2018 20:36"): the lines
		// above the header.
		if rec.Source.Published == "" {
			hs := headerStart(lines, h)
			rec.Source.Published = readPublished(lines[max(0, hs-12):hs])
		}
	} else {
		var why string
		subject, why = pickSubject(text, mentions, rec.Source.Published)
		props = readProperties(lines)
		if m := tabledSubject(props, mentions); m != nil && (subject == nil || numKey(subject.num.Text) != numKey(m.num.Text)) {
			// A legal-text site's property table says which document the
			// page is about; the texts its body cites are not.
			subject, why = m, ""
		}
		if why != "" {
			rec.Warnings = append(rec.Warnings, why)
		}
		newsFields(d, h, subject, text, lines)
		if d.Title == "" && subject != nil {
			d.Title = restatedMention(subject, mentions).title
		}
		if d.Issuer.Name == "" && h.kindLine >= 0 {
			d.Issuer.Name = authorityUnderTitle(lines, h.titleEnd)
			if d.Issuer.Name == "" {
				d.Issuer.Name = clauseIssuer(lines[h.titleEnd:bodyEnd], h.kind.Name)
			}
		}
		if rec.Source.Published == "" {
			rec.Source.Published = readPublished(lines)
		}
		if d.Issued == "" && d.Kind != "" && d.Number == "" {
			d.Issued = yearlessIssued(text, rec.Source.Published)
		}
	}

	// Citations: every other document the text names.
	subjectKey := numKey(d.Number)
	seen := map[string]bool{}
	if subjectKey != "" {
		seen[subjectKey] = true
	}
	all := append(append(mentions, findNamedLaws(text)...), bareCited(text)...)
	cite := func(all []mention, text string, an *annotator) {
		for _, m := range all {
			k := numKey(m.num.Text)
			if isFormNumber(text[:m.kindStart]) {
				continue // "Mẫu số 01a/TĐKT": a form of an appendix, no document
			}
			if k == "" || seen[k] || subjectKey != "" && strings.HasPrefix(subjectKey, k+"|") {
				// The document's own number may come back cut where a
				// copy spaced its unit ("10562/VPCP-V .III").
				continue
			}
			seen[k] = true
			d.Citations = append(d.Citations, directive.Citation{Kind: m.kindOf(), Number: m.num.Text, Issued: m.issued, Issuer: m.issuer, Title: m.title,
				Span: an.span(m.kindStart, text[m.kindStart:m.end])})
		}
	}
	cite(all, text, an)
	// The appendices a PDF carries after its signature (a form, a table
	// of targets) are the document's too, and cite texts of their own. A
	// web page's lines after its footer are the site's: not read.
	if h.found && doc.source.Format == "pdf" && bodyEnd < len(lines) {
		tail := strings.Join(lines[bodyEnd:], "\n")
		var own []mention
		for _, m := range append(findMentions(tail), findNamedLaws(tail)...) {
			// "(Kèm theo Tờ trình số 2753/TTr-STP ngày …)": an annex's
			// heading names the document it belongs to, this one, which
			// OCR may have misread there.
			if !textcase.ContainsFold(tail[max(0, m.kindStart-48):m.kindStart], "kèm theo") {
				own = append(own, m)
			}
		}
		cite(own, tail, newAnnotator(rec.Text, tail))
	}

	if h.found {
		body = skipAddressees(lines, h.titleEnd, body)
	}
	d.Tasks = extractTasks(withoutQuotedLaw(body))
	// The title names campaigns too ("Về tổ chức phong trào thi đua “Dân
	// vận khéo” năm 2024").
	d.Campaigns, d.Themes = findCampaigns(append([]string{d.Title}, body...))
	d.Launches = findLaunches(d.Title, d.Number, lines[h.titleEnd:bodyEnd])
	spanSubject(d, h, subject, lines, text, an)
	resolveShortForms(d, text, all, subjectKey, an)
	spanNames(d, an)
	d.Attachments = append(doc.attachments, attachmentsIn(lines, doc.attachments)...)
	if d.Attachments == nil {
		d.Attachments = []directive.Attachment{}
	}
	if !h.found {
		fillFromProperties(d, props)
	}
	placeIssuer(d, h, rec.Source, lines, bodyEnd)
	if d.Number == "" {
		rec.Warnings = append(rec.Warnings, "không thấy số, ký hiệu của văn bản / the document's number is not stated")
	}
	bound(rec)
	return rec, nil
}

// clauseTails read what follows the head of the body that says in the
// opening sentence that it issues the document ("...; Ban Chấp hành
// Thành đoàn Hà Nội ban hành Kế hoạch ..."): the words after the head,
// the verb and the kind (group 2).
var clauseTails = newBodyTails("", func(string) string { return "" }, func() string {
	return `\s(?:[^;:,.\s]+\s){0,10}?)` + verbsPattern("opening") + `\s+(\pL+\s\pL+)`
})

// clauseIssuers returns the bodies ln says issue a document, each with
// the kind its verb names: a body's name (bodyScanner) at the start of a
// clause (at the start of ln or after a semicolon, colon, stop or comma
// and white space) followed by clauseTails; matches do not overlap, a
// match starting at its clause's punctuation.
func clauseIssuers(ln string) [][2]string {
	sc := bodyScan()
	var out [][2]string
	last := 0
	for p := 0; p < len(ln); p++ {
		if !sc.lead[ln[p]] {
			continue
		}
		q := clauseStart(ln, p)
		if q < last {
			continue
		}
		if m := sc.firstAt(ln, p, findClause, clauseTails); m != nil {
			out = append(out, [2]string{ln[m[2]:m[3]], ln[m[4]:m[5]]})
			last = m[1]
		}
	}
	return out
}

// clauseStart returns where the clause of a name at p of ln starts: 0
// for p at the start, the punctuation (;:., ) before the white space
// before p, or -1.
func clauseStart(ln string, p int) int {
	if p == 0 {
		return 0
	}
	j := p
	for j > 0 && isRESpace(ln[j-1]) {
		j--
	}
	if j == p || j == 0 || !strings.ContainsRune(";:.,", rune(ln[j-1])) {
		return -1
	}
	return j - 1
}

// clauseIssuer returns the body a document without an issuer in its
// header names as issuing it in its opening sentence, or "". kind is the
// document's kind ("Kế hoạch"), which the verb must name.
func clauseIssuer(body []string, kind string) string {
	if kind == "" {
		return ""
	}
	for _, ln := range body[:min(len(body), 3)] {
		for _, m := range clauseIssuers(ln[:min(len(ln), 1500)]) {
			if strings.EqualFold(m[1], kind) {
				return strings.TrimSpace(m[0])
			}
		}
	}
	return ""
}

// headerStart returns the index of the first line of a found header: its
// issuer's first line, or its number or kind line when the issuer is not
// read.
func headerStart(lines []string, h header) int {
	start := len(lines)
	for _, i := range []int{h.numberLine, h.kindLine} {
		if i >= 0 && i < start {
			start = i
		}
	}
	if len(h.issuer) > 0 {
		for i := 0; i < start; i++ {
			if strings.Contains(lines[i], h.issuer[0]) {
				return i
			}
		}
	}
	return start
}

// authorityUnderTitle returns the authority line in capitals that a
// document without its header prints under the title ("THỦ TƯỚNG CHÍNH
// PHỦ", "ỦY BAN NHÂN DÂN TỈNH ..."), which names the issuer; i is the
// first line after the title. Rule lines between are passed over.
func authorityUnderTitle(lines []string, i int) string {
	for end := i + 3; i < len(lines) && i < end; i++ {
		ln := lines[i]
		if starLineRe.MatchString(ln) {
			continue
		}
		if isUpperLine(ln) && authorityLineRe.MatchString(ln) {
			return ln
		}
		return ""
	}
	return ""
}

// isFormNumber tells whether the text before a number ends with "Mẫu"
// or "Mẫu số" ("theo Mẫu số 01a/TĐKT"): the number is a form's, of an
// appendix, not a document's.
func isFormNumber(before string) bool {
	before = strings.TrimRight(before[max(0, len(before)-24):], " :")
	if i, ok := textcase.SuffixFold(before, " số"); ok {
		before = strings.TrimRight(before[:i], " ")
	}
	i, ok := textcase.SuffixFold(before, "mẫu")
	return ok && (i == 0 || before[i-1] == ' ' || before[i-1] == '\n' || before[i-1] == '(')
}

// placedAuthority returns the authority line under the title when it
// names the header's body with its place: a copy whose header cell holds
// only "ỦY BAN NHÂN DÂN" (the district's name lost with a table's cell)
// states the body whole in the line that enacts ("ỦY BAN NHÂN DÂN HUYỆN
// BÌNH CHÁNH"). Otherwise the header's name.
func placedAuthority(name, authority string) string {
	if authority != "" && strings.HasPrefix(fold.String(authority), fold.String(name)+" ") {
		return authority
	}
	return name
}

// headlineEnd returns the offset where the lead of a news article starts:
// its first long line, or its ninth line. The lines before are the
// portal's banner, the date and the article's title.
func headlineEnd(text string) int {
	off := 0
	for n := 0; n < 8 && off < len(text); n++ {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			return len(text)
		}
		if utf8.RuneCountInString(text[off:off+end]) > 200 {
			if n == 0 {
				return off + end
			}
			return off
		}
		off += end + 1
	}
	return off
}

// newsFields fills what a news article states about its subject.
func newsFields(d *directive.Directive, h header, s *mention, text string, lines []string) {
	if h.kind.Code != "" {
		d.Kind, d.KindName = h.kind.Code, h.kind.Name
		d.Title = h.title
	}
	if s == nil {
		// No number: the date may still be in the lead ("Ngày 21/01/2021,
		// Chủ tịch UBND tỉnh ... phát động ..."), when the article also
		// carries the document's heading.
		if h.kindLine >= 0 {
			for _, ln := range lines[:h.kindLine] {
				if m := leadDateRe.FindStringSubmatch(ln); m != nil {
					if t, err := directive.ParseDate(m[1]); err == nil {
						d.Issued = directive.FormatDate(t)
						d.Issuer.Name = trimIssuer(m[2])
					}
					break
				}
			}
		}
		if d.Kind == "" {
			unnumberedSubject(d, text)
		}
		if d.Kind == "" && d.Issuer.Name == "" {
			d.Issuer.Name = launcher(text)
		}
		if d.Kind == "" {
			noticeSubject(d, text)
		}
		if d.Kind == "" {
			d.Kind, d.KindName = anaphoricKind(text)
		}
		return
	}
	d.Number = s.num.Text
	if k := s.kindOf(); k != "" {
		info, _ := directive.Kind(k)
		d.Kind, d.KindName = info.Code, info.Name
	}
	d.Issued = s.issued
	if s.title != "" && d.Title == "" {
		d.Title = s.title
	}
	d.Issuer.Name = s.issuer
	// The sentence that names the subject: "Ngày 25/11/2024, Chủ tịch Ủy
	// ban nhân dân tỉnh ký ban hành Chỉ thị số ...".
	start := sentenceFrom(text[:s.kindStart])
	// A ';' ends the clause of a text carried out ("Thực hiện ... Quyết
	// định số ...; Chủ tịch UBND tỉnh ... vừa ban hành văn bản số ..."):
	// the subject's own clause follows it.
	if i := strings.LastIndexByte(text[start:s.kindStart], ';'); i >= 0 {
		start += i + 1
	}
	sentence := strings.TrimSpace(text[start:s.kindStart])
	if d.Issued == "" {
		if m := leadDateRe.FindStringSubmatch(sentence); m != nil {
			if t, err := directive.ParseDate(m[1]); err == nil {
				d.Issued = directive.FormatDate(t)
			}
		}
	}
	if d.Issued == "" {
		d.Issued = issuedBefore(sentence)
	}
	if d.Issuer.Name == "" {
		if m := issuerWordFind(sentence); m != nil {
			d.Issuer.Name = trimIssuer(m[1])
		}
	}
	if d.Title == "" {
		d.Title = restatedTitle(text[s.after:min(len(text), s.after+600)], d.KindName)
	}
	if d.Title == "" {
		d.Title = bracketedTitle(text[:s.kindStart], d.KindName)
	}
	if d.Title == "" {
		d.Title = headlineTitle(text[:headlineEnd(text)], d.KindName)
	}
	if d.Signer.Name == "" {
		d.Signer = newsSigner(sentence)
	}
	if d.Signer.Name == "" {
		d.Signer = namedEarlier(sentence, text[:start])
	}
}

// yearlessLeadRe finds a lead that dates the act it reports by day and
// month only ("Ngày 20/9, Thủ tướng Chính phủ ban hành Kế hoạch ...").
var yearlessLeadRe = lazyregexp.NewFunc(func() string {
	return `(?m)^(?:Ngày|Hôm nay,?\s*ngày)\s+(\d{1,2})\s*[/-]\s*(\d{1,2})\s*,\s*[^.\n]{0,160}?\s` + verbsPattern("yearlessLead") + `\s`
})

// yearlessIssued returns the date of issue a lead gives without its year,
// the year taken from the publication date (the last such day on or
// before it), or "".
func yearlessIssued(text, published string) string {
	pub, err := directive.ParseDate(published)
	if err != nil {
		return ""
	}
	lead := text[:min(len(text), headlineEnd(text)+1500)]
	m := yearlessLeadRe.FindStringSubmatch(lead)
	if m == nil {
		return ""
	}
	day, _ := strconv.Atoi(m[1])
	month, _ := strconv.Atoi(m[2])
	if month < 1 || month > 12 {
		return ""
	}
	t := time.Date(pub.Year(), time.Month(month), day, 0, 0, 0, 0, pub.Location())
	if t.Day() != day {
		return "" // no such day ("31/4")
	}
	if t.After(pub) {
		t = t.AddDate(-1, 0, 0)
	}
	return directive.FormatDate(t)
}

// sentenceFrom returns the offset where the last sentence of s starts:
// after the last line break or full stop that a space follows. A dot
// inside an abbreviation ("T.Ư Đoàn", "TP.HCM") does not end a sentence.
func sentenceFrom(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '\n' || s[i] == '.' && (i+1 == len(s) || s[i+1] == ' ' || s[i+1] == '\n') {
			return i + 1
		}
	}
	return 0
}

// soleOfficeRe finds an office held by one person, named without the
// person in the sentence that names the document ("Chủ tịch nước đã ký
// Quyết định số 689/QĐ-CTN").
var soleOfficeRe = lazyregexp.New(`(?:^|[\s,])(Chủ\s+tịch\s+nước|Thủ\s+tướng)(?:\s+Chính\s+phủ)?\s+(?:đã\s+|vừa\s+)?ký`)

// namedEarlier returns the signer an earlier sentence of the article
// names with the office that the sentence naming the document gives
// alone ("Ngày 30/5, Chủ tịch nước Trương Tấn Sang đã ký các quyết định
// ..."), or no signer.
func namedEarlier(sentence, before string) directive.Signer {
	m := soleOfficeRe.FindStringSubmatch(sentence)
	if m == nil || strings.HasSuffix(strings.TrimSpace(sentence[:strings.Index(sentence, m[1])]), "Phó") {
		return directive.Signer{}
	}
	for sent := range strings.FieldsFuncSeq(before, func(r rune) bool { return r == '.' || r == '\n' }) {
		if sg := newsSigner(sent); sg.Name != "" && fold.String(sg.Position) == fold.String(m[1]) {
			return sg
		}
	}
	return directive.Signer{}
}

// launcherTails read what follows a body's name where an article says
// the body launched a campaign when it names no document: "UBND phường
// Hòa Hưng, TPHCM tổ chức Hội nghị ... và phát động thi đua năm 2026",
// "Bộ Chỉ huy Quân sự tỉnh vừa tổ chức phát động phong trào ...", "Bộ
// Công an phát động đợt thi đua ...", "phường Hà Khánh tổ chức Hội nghị
// phát động ...".
var launcherTails = newBodyTails("", launchAfter, func() string {
	return `[^.;:!?\n]{0,60}?)\s+(?:vừa\s+|đã\s+)?(?:phối\s+hợp\s+(?:với\s+)?[^.;:!?\n]{0,80}?\s+)?(?:tổ\s+chức\s+[^.;:!?\n]{0,100}?)?` + verbsPattern("launch") + `\s`
})

// organiserTails read what follows the name of a body that held a
// conference or ceremony: "UBND xã Xuân Phú vừa tổ chức hội nghị tuyên
// dương ...".
var organiserTails = newBodyTails("", launchAfter, func() string {
	return `[^.;:!?\n]{0,60}?)\s+(?:vừa\s+|đã\s+)?tổ\s+chức\s+(?:hội\s+nghị|lễ|buổi\s+lễ)\s`
})

// launchAfter is what the launch and opening finders read after a
// body's name that must be followed by a name or a place: a capital.
func launchAfter(after string) string {
	if after == "" {
		return ""
	}
	return `\s+\p{Lu}`
}

var (
	// launchSpeakerRe finds who spoke at a launch ceremony, named after
	// the clause that names the ceremony: "Phát biểu tại lễ phát động đợt
	// thi đua cao điểm ..., Thủ tướng Chính phủ Phạm Minh Chính, Chủ tịch
	// Hội đồng Thi đua - Khen thưởng Trung ương nhấn mạnh".
	launchSpeakerRe = lazyregexp.NewFunc(func() string { return launchSpeakerPattern(issuingBodies()) })
	// launchAtRe finds a sentence saying the conference or ceremony
	// launched a campaign: "Hội nghị là dịp ...; đồng thời phát động
	// phong trào ...".
	launchAtRe = lazyregexp.NewFunc(func() string {
		return `(?i)^(?:tại\s+)?(?:hội\s+nghị|buổi\s+lễ|lễ)\s[^.!?]*\s` + verbsPattern("launch") + `\s`
	})
)

// launchSpeakerPattern is launchSpeakerRe made from the bodies bs.
func launchSpeakerPattern(bs []issuingBody) string {
	return `(?:tại|Tại)\s+(?:lễ|Lễ|buổi lễ|hội nghị|Hội nghị)\s+` + verbsPattern("launch") + `\s[^;\n]{0,300}?,\s+(` + bodiesPattern(bs, findLaunch) + `[^,.;:!?\n]{0,60}?)(?:,|\s+` + verbsPattern("speech") + `\s)`
}

// atPlaceRe ends the text before a body's name that says where something
// happened, not who did it ("tại xã Kim Long Trưởng khối thi đua ... đã
// tổ chức hội nghị").
var atPlaceRe = lazyregexp.New(`(?i)tại\s*$`)

// citedByRe ends the text before the issuer of a cited document ("Kế
// hoạch số 133/KH-UBND ngày 13/3/2024 của UBND Thành phố ...").
var citedByRe = lazyregexp.New(`(?i)(?:của|do)\s*$`)

// launcher returns the body that the lead of an article says launched a
// campaign, or "". A match inside a document number ("133/KH-UBND") or
// naming the issuer of a cited document is passed over.
func launcher(text string) string {
	lead := text[:min(len(text), headlineEnd(text)+1500)]
	for _, m := range bodyScan().allIn(lead, findLaunch, launcherTails) {
		if m[2] > 0 && isWordByte(lead[m[2]-1]) || citedByRe.MatchString(lead[max(0, m[2]-8):m[2]]) {
			continue
		}
		return trimIssuer(strings.TrimRight(lead[m[2]:m[3]], " ,"))
	}
	if m := launchSpeakerRe.FindStringSubmatch(lead); m != nil {
		return strings.TrimSpace(m[1])
	}
	// The body held a conference in the first sentence, and a later
	// sentence says the conference launched the campaign.
	if m := bodyScan().firstFrom(lead, 0, findLaunch, organiserTails); m != nil && !(m[2] > 0 && isWordByte(lead[m[2]-1])) {
		// The conference is itself about emulation: the sentence that
		// names it says so ("UBND xã An Châu tổ chức hội nghị triển khai
		// đăng ký giao ước thi đua").
		own := lead[m[1]:]
		if i := strings.IndexAny(own, ".\n"); i >= 0 {
			own = own[:i]
		}
		if strings.Contains(fold.String(own), "thi dua") && !atPlaceRe.MatchString(lead[max(0, m[2]-8):m[2]]) {
			return trimIssuer(strings.TrimRight(lead[m[2]:m[3]], " ,"))
		}
		for sent := range strings.FieldsFuncSeq(lead[m[1]:], func(r rune) bool { return r == '.' || r == '\n' }) {
			if launchAtRe.MatchString(strings.TrimSpace(sent)) {
				return trimIssuer(strings.TrimRight(lead[m[2]:m[3]], " ,"))
			}
		}
	}
	return ""
}

// issuedKindRe finds a document an article says was issued without
// giving its number: "UBND huyện Vạn Ninh vừa ban hành Kế hoạch tổ chức
// thực hiện ...".
// The kind may be written in lower case in running text ("vừa ban hành kế
// hoạch thi đua"), but only the kinds that are not also common words.
// "vừa ký Quyết định phong tặng ...", "LĐLĐ tỉnh vừa có kế hoạch phát
// động ...", "Ban Thường vụ Hội LHPN tỉnh vừa triển khai kế hoạch hoạt
// động ...", "UBND huyện ... đã xây dựng kế hoạch tổ chức ..." say so
// too, and so does a kind the title follows after a comma ("đã ban hành
// kế hoạch, phát động thi đua ..."), and a kind followed by its bare
// sequence number ("UBND tỉnh vừa ban hành Kế hoạch 57 về tổ chức Đại hội
// ..."), which is no number to record (group 2). The title starts in lower
// case, or with an award verb a page writes in capitals after the kind
// ("đã ký quyết định Truy tặng Huân chương ..."). The verbs before the
// kind and the award verbs are those lexicon/verbs.tsv gives the readers
// issuedKind and awardTitle.
var issuedKindRe = lazyregexp.NewFunc(func() string {
	return verbsPattern("issuedKind") + `\s+(` + kindWordsPattern() + `|(?i:kế\s+hoạch|chỉ\s+thị|quyết\s+định|nghị\s+quyết|hướng\s+dẫn|thông\s+báo|công\s+văn))(?:\s+(?:số\s+)?(\d{1,5}))?(?:,\s*|\s+)(?:\p{Ll}|` + verbsPattern("awardTitle") + `\s)`
})

// decidedRe finds a decision an article names only by the verb: "Thủ
// tướng Chính phủ vừa quyết định công nhận huyện ... đạt chuẩn ...". The
// group is the kind.
var decidedRe = lazyregexp.NewFunc(func() string { return `(?:vừa|đã)\s+(quyết\s+định)\s+` + verbsPattern("decided") + `\s` })

// awarderRe finds who an article says gave an award when it names no
// document: "Thủ tướng Chính phủ tặng bằng khen cho ...". Only the
// offices that award alone are read.
var awarderRe = lazyregexp.NewFunc(func() string {
	return `(?:^|[\s,(])((?:Thủ\s+tướng(?:\s+Chính\s+phủ)?|Chủ\s+tịch\s+nước))\s+(?:đã\s+|vừa\s+)?` + verbsPattern("awarder") + `\s+(?i:bằng\s+khen|huân\s+chương|huy\s+chương|cờ\s+thi\s+đua|danh\s+hiệu)`
})

// ofAnotherRe finds a document of another body after its kind ("Kế
// hoạch của UBND tỉnh", "kế hoạch do Sở ... ban hành").
var ofAnotherRe = lazyregexp.New(`^\s+(?:của|do)\s`)

// unnumberedSubject fills what the lead of an article states about a
// document it does not number: its kind, issuer and date. Only the first
// paragraphs are read: later ones tell what the document says.
func unnumberedSubject(d *directive.Directive, text string) {
	unnumberedFrom(d, text, true)
}

// unnumberedFrom is unnumberedSubject; restate says whether a document the
// headline names without its issuer is looked for again in the lead.
func unnumberedFrom(d *directive.Directive, text string, restate bool) {
	lead := text[:min(len(text), headlineEnd(text)+1500)]
	var m []int
	for _, c := range issuedKindRe.FindAllStringSubmatchIndex(lead, -1) {
		// "triển khai Kế hoạch của UBND tỉnh ...": a body carries out
		// another's document, which the article does not name.
		// "Kế hoạch 5 năm" is a five-year plan, not plan no. 5.
		if c[4] >= 0 && strings.HasPrefix(lead[c[5]:], " năm") {
			continue
		}
		if !ofAnotherRe.MatchString(lead[c[3]:]) {
			m = c
			break
		}
	}
	if m == nil {
		m = decidedRe.FindStringSubmatchIndex(lead)
	}
	if m == nil && passiveIssued(d, lead) {
		return
	}
	if m == nil {
		if lm := directedLetterRe.FindStringSubmatchIndex(lead); lm != nil {
			// "Chủ tịch UBND thành phố vừa ban hành văn bản chỉ đạo
			// ...": a letter, unnumbered, whose title is not given.
			k, _ := directive.Kind("CV")
			d.Kind, d.KindName = k.Code, k.Name
			sentence := strings.TrimSpace(lead[sentenceFrom(lead[:lm[0]]):lm[2]])
			if im := issuerWordFind(sentence); im != nil {
				d.Issuer.Name = trimIssuer(im[1])
			}
			return
		}
	}
	if m == nil {
		if am := awarderRe.FindStringSubmatch(lead); am != nil && d.Issuer.Name == "" {
			d.Issuer.Name = am[1]
		}
		return
	}
	k, ok := directive.KindByName(lead[m[2]:m[3]])
	if !ok {
		return
	}
	d.Kind, d.KindName = k.Code, k.Name
	start := sentenceFrom(lead[:m[0]])
	sentence := strings.TrimSpace(lead[start:m[2]])
	if im := issuerWordFind(sentence); im != nil {
		d.Issuer.Name = trimIssuer(im[1])
	}
	// The words after the kind, to the end of the sentence, are its
	// title ("kế hoạch tổ chức “Ngày hội ...” năm 2024 và ...").
	if d.Title == "" {
		at := m[3]
		if len(m) > 5 && m[5] >= 0 {
			at = m[5]
		}
		d.Title = sentenceTitle(lead[at:])
	}
	if d.Signer.Name == "" {
		var body string
		d.Signer, body = newsSignerBody(sentence)
		if d.Issuer.Name == "" {
			d.Issuer.Name = body
		}
	}
	if dm := leadDateRe.FindStringSubmatch(sentence); dm != nil {
		if t, err := directive.ParseDate(dm[1]); err == nil {
			d.Issued = directive.FormatDate(t)
		}
	} else {
		d.Issued = issuedBefore(sentence)
	}
	if at := leadStart(text); restate && d.Issuer.Name == "" && m[0] < at && at < len(text) {
		leadRestates(d, text[at:])
	}
}

// directedLetterRe finds an unnumbered letter a lead says a body issued
// to direct others ("vừa ban hành văn bản chỉ đạo UBND các quận, huyện
// ..."); the group is the kind's words.
var directedLetterRe = lazyregexp.New(`(?:vừa|đã)\s+(?:ký\s+)?ban\s+hành\s+(văn\s+bản\s+chỉ\s+đạo)[\s,]`)

// passiveRe finds a document a lead names by its kind and title and says
// was issued, in the passive, by a body: "Theo kế hoạch tổ chức “Ngày hội
// ...” năm 2025 vừa được Chủ tịch UBND tỉnh ban hành, ...". The groups
// are the kind, the title and the issuer.
var passiveRe = lazyregexp.NewFunc(func() string {
	return `(?:^|\n|[.!?]\s+)` + verbsPattern("passive") + `\s+((?i:kế\s+hoạch|chỉ\s+thị|quyết\s+định|hướng\s+dẫn|công\s+văn))\s+(\p{Ll}[^.;\n]{4,300}?)\s+(?:vừa|mới)\s+được\s+([^.;,\n]{3,100}?)\s+(?:ký\s+)?ban\s+hành[\s,.]`
})

// passiveIssued fills the kind, title and issuer of a document the lead
// names in the passive (passiveRe) and reports whether it found one.
func passiveIssued(d *directive.Directive, lead string) bool {
	m := passiveRe.FindStringSubmatch(lead)
	if m == nil {
		return false
	}
	k, ok := directive.KindByName(m[1])
	if !ok {
		return false
	}
	d.Kind, d.KindName = k.Code, k.Name
	if d.Title == "" {
		d.Title = strings.TrimSpace(m[2])
	}
	if im := issuerWordFind(m[3]); im != nil {
		d.Issuer.Name = trimIssuer(im[1])
	}
	return true
}

// leadStart returns where the lead starts: the first long line (over 200
// characters) after the first line, the text's last line included; or
// len(text).
func leadStart(text string) int {
	first, _, ok := strings.Cut(text, "\n")
	if !ok {
		return len(text)
	}
	off := len(first) + 1
	for n := 1; n < 8 && off < len(text); n++ {
		ln, _, _ := strings.Cut(text[off:], "\n")
		if utf8.RuneCountInString(ln) > 200 {
			return off
		}
		off += len(ln) + 1
	}
	return len(text)
}

// leadRestates fills the issuer, and the title, of an unnumbered document
// whose kind the headline gives ("Quảng Ngãi ban hành Kế hoạch tổ chức kỷ
// niệm ...") from the lead that says who issued a document of the same
// kind ("Tỉnh Quảng Ngãi vừa ban hành Kế hoạch tổ chức thực hiện thi đua
// ..."): a headline shortens the title, the lead states it in full.
func leadRestates(d *directive.Directive, lead string) {
	var l directive.Directive
	unnumberedFrom(&l, lead, false)
	if l.Kind != d.Kind || l.Issuer.Name == "" {
		return
	}
	d.Issuer.Name = l.Issuer.Name
	if l.Title != "" {
		d.Title = l.Title
	}
	if d.Issued == "" {
		d.Issued = l.Issued
	}
	if d.Signer.Name == "" {
		d.Signer = l.Signer
	}
}

// noticeRe finds a public notice a newspaper prints as its body gives
// it: the body and "thông báo:" on a line, the subject ("Về việc ...") on
// the next ("Sở Nội vụ tỉnh Quảng Ngãi thông báo:" / "Về việc lấy ý kiến
// ..."). The notice is unnumbered.
var noticeRe = lazyregexp.New(`(?m)^\s*(\p{Lu}[^\n:.;]{2,100}?)\s+thông\s+báo\s*:\s*\n(?:\s*\n)*\s*((?i:về việc|v/v)\s[^\n]{5,400}?)\s*$`)

// noticeSubject fills the kind, issuer and title of a notice the start of
// an article prints (noticeRe).
func noticeSubject(d *directive.Directive, text string) {
	m := noticeRe.FindStringSubmatch(text[:min(len(text), headlineEnd(text)+600)])
	if m == nil || issuerWordFind(m[1]) == nil {
		return
	}
	k, _ := directive.Kind("TB")
	d.Kind, d.KindName = k.Code, k.Name
	d.Issuer.Name = m[1]
	d.Title = strings.TrimRight(m[2], " .")
}

// anaphoraRe finds a sentence of the lead that opens with the kind of
// the document the article is about, named by nothing else: "Ủy ban nhân
// dân huyện phát động phong trào thi đua yêu nước năm 2021. ... Kế hoạch
// yêu cầu thủ trưởng các phòng, ban ...".
var anaphoraRe = lazyregexp.NewFunc(func() string {
	return `(?:^|\n|[.!?]\s+)(?:Theo\s+)?(Kế hoạch|Chỉ thị|Quyết định|Hướng dẫn|Công văn|Thông báo)\s+` + verbsPattern("anaphora") + `\s`
})

// anaphoricKind returns the kind of an unnumbered document the lead of an
// article refers to by its kind alone, or "".
func anaphoricKind(text string) (code, name string) {
	lead := text[:min(len(text), headlineEnd(text)+1500)]
	m := anaphoraRe.FindStringSubmatch(lead)
	if m == nil {
		return "", ""
	}
	k, ok := directive.KindByName(m[1])
	if !ok {
		return "", ""
	}
	return k.Code, k.Name
}

var (
	// dateInRe finds the dates of a sentence ("ngày 04/5/2018").
	dateInRe = lazyregexp.New(`(?i)ngày\s+(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`)
	// issuedGapRe is what may stand between the date of issue and the
	// document in the sentence that names it: the issuer and the verb
	// ("Ngày 20/9/2011, Thủ tướng Chính phủ ... đã ra quyết định số ...").
	issuedGapRe = lazyregexp.NewFunc(func() string { return `(?i)^[^.;:]{0,150}?` + verbsPattern("issuedGap") + `\s*$` })
	// ofIssuerRe finds the issuer written right after a date ("ngày
	// 27/03/2018 của Ủy ban nhân dân tỉnh").
	ofIssuerRe = lazyregexp.New(`^\s*,?\s*của\s`)
)

// issuedBefore reads the date of issue from the clause that names the
// document when the sentence starts with something else ("Thực hiện ...,
// ngày 04/5/2018 UBND tỉnh đã ban hành Quyết định số ..."): the last date
// of the sentence, when only the issuer and the verb follow it.
func issuedBefore(sentence string) string {
	locs := dateInRe.FindAllStringSubmatchIndex(sentence, -1)
	if len(locs) == 0 {
		return ""
	}
	l := locs[len(locs)-1]
	gap := sentence[l[1]:]
	// "Kế hoạch số 96/KH-UBND, ngày 27/03/2018 của Ủy ban nhân dân tỉnh
	// ..., Ủy ban nhân dân huyện ... đã ban hành kế hoạch": the date is
	// the cited document's, its issuer right after it.
	if ofIssuerRe.MatchString(gap) {
		return ""
	}
	if !issuedGapRe.MatchString(gap) || stateNumRe.MatchString(gap) || partyNumRe.MatchString(gap) {
		return ""
	}
	t, err := directive.ParseDate(sentence[l[2]:l[3]])
	if err != nil {
		return ""
	}
	return directive.FormatDate(t)
}

// restatedTitle reads a title written after the number with the kind
// restated and no "về" ("Kế hoạch số 27/KH-UBND Kế hoạch phát động phong
// trào ..."). rest is the text after the number, kind the kind's name.
func restatedTitle(rest, kind string) string {
	if kind == "" {
		return ""
	}
	rest = strings.TrimLeft(rest, " ,")
	if len(rest) < len(kind) || !strings.EqualFold(rest[:len(kind)], kind) {
		return ""
	}
	return sentenceTitle(rest[len(kind):])
}

// bracketedTitle reads the title of a document whose number stands in
// brackets after it ("UBND tỉnh xây dựng Kế hoạch tổ chức Lễ phát động
// ... năm 2025 (Kế hoạch số 08/KH-UBND)"): the words after the kind
// written earlier in the sentence. before is the text up to the kind in
// the brackets.
func bracketedTitle(before, kind string) string {
	before = strings.TrimRight(before, " ")
	if kind == "" || !strings.HasSuffix(before, "(") {
		return ""
	}
	sentence := before[sentenceFrom(before) : len(before)-1]
	i := strings.LastIndex(strings.ToLower(sentence), strings.ToLower(kind))
	if i < 0 || len(strings.ToLower(sentence)) != len(sentence) {
		return ""
	}
	return sentenceTitle(strings.TrimRight(sentence[i+len(kind):], " "))
}

// headlineTitle reads a title from the article's own title when it is
// the kind followed by the document's title ("Kế hoạch Tổ chức các hoạt
// động ..."). head is the text before the lead.
func headlineTitle(head, kind string) string {
	if kind == "" {
		return ""
	}
	for ln := range strings.SplitSeq(head, "\n") {
		ln = strings.TrimSpace(ln)
		if len(ln) <= len(kind) || !strings.EqualFold(ln[:len(kind)], kind) || stateNumRe.MatchString(ln) || partyNumRe.MatchString(ln) {
			continue
		}
		if t := sentenceTitle(ln[len(kind):]); len([]rune(t)) >= 12 {
			return t
		}
	}
	return ""
}

// semicolonOutsideQuotes returns the offset of the first semicolon of s
// that is not inside a pair of quotes, or -1.
func semicolonOutsideQuotes(s string) int {
	quoted := false
	for i, r := range s {
		switch {
		case r == '“':
			quoted = strings.ContainsRune(s[i:], '”')
		case r == '”':
			quoted = false
		case r == ';' && !quoted:
			return i
		}
	}
	return -1
}

// occasionRe starts one more occasion in a title's list of them.
var occasionRe = lazyregexp.New(`^\s*(?:kỷ\s+niệm|chào\s+mừng|hướng\s+tới|tiến\s+tới)\s`)

// sentenceTitle returns the start of s up to the end of its sentence or
// the clause that follows a title, or "" when s does not start with a
// word.
func sentenceTitle(s string) string {
	if s == "" || s[0] != ' ' {
		return ""
	}
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	// A semicolon ends the title, unless it separates the occasions the
	// title lists ("... chào mừng Đại hội Đảng bộ các cấp ...; kỷ niệm 80
	// năm thành lập Bộ ...").
	for from := 0; ; {
		i := semicolonOutsideQuotes(s[from:])
		if i < 0 {
			break
		}
		if !occasionRe.MatchString(s[from+i+1:]) {
			s = s[:from+i]
			break
		}
		from += i + 1
	}
	if i := strings.Index(s, ". "); i >= 0 {
		s = s[:i]
	}
	if st := titleStop(s); st != nil {
		s = s[:st[0]]
	}
	s = strings.TrimRight(s, " ,.")
	if len(s) > 400 {
		return ""
	}
	return s
}

var (
	// signerWordsRe finds, in the sentence that names a document, a
	// person who signed it: "Phó Chủ tịch UBND tỉnh Ninh Bình Trần Song
	// Tùng đã ký ban hành", "Phó Thủ tướng Phạm Thị Thanh Trà ký".
	signerWordsRe = lazyregexp.NewFunc(func() string {
		return `((?:Phó\s+)?(?:Chủ\s+tịch\s+nước|Chủ\s+tịch|Thủ\s+tướng|Bộ\s+trưởng|Thứ\s+trưởng|Bí\s+thư|Giám\s+đốc|Trưởng\s+ban|Chánh\s+Văn\s+phòng))\s+([^,;.:()]{0,120}?)\s+(?:đã\s+|vừa\s+)?` + verbsPattern("signer")
	})
	capWordRe = lazyregexp.New(`^\p{Lu}\p{Ll}*$`)
)

// newsSigner reads the signer an article names in the sentence that
// names the document. A position with no name ("Chủ tịch UBND tỉnh ký")
// gives no signer: the article does not say who signed.
func newsSigner(sentence string) directive.Signer {
	sg, _ := newsSignerBody(sentence)
	return sg
}

// newsSignerBody is newsSigner that also returns the office the signer
// holds as the sentence writes it ("Phó Thủ tướng Chính phủ"), which
// names the issuer when nothing else does.
func newsSignerBody(sentence string) (directive.Signer, string) {
	m := signerWordsRe.FindStringSubmatch(sentence)
	if m == nil {
		return directive.Signer{}, ""
	}
	words := strings.Fields(m[2])
	// The name is the run of capitalised words that ends the phrase,
	// after the body and its place ("UBND tỉnh Ninh Bình").
	start := len(words)
	for start > 0 && capWordRe.MatchString(words[start-1]) {
		start--
	}
	run := words[start:]
	if name, _, _, ok := provinceIn(strings.Join(run, " ")); ok {
		if k := len(strings.Fields(name)); strings.HasPrefix(strings.Join(run, " "), name) && k < len(run) {
			run = run[k:]
		}
	}
	// Of the places a family name may start, prefer a name of three
	// words, then four, then two.
	best := -1
	for _, want := range []int{3, 4, 2} {
		for i := range run {
			if len(run)-i == want && surnameSet[run[i]] {
				best = i
			}
		}
		if best >= 0 {
			break
		}
	}
	if best < 0 {
		return directive.Signer{}, ""
	}
	office := strings.TrimSpace(m[1] + " " + strings.Join(words[:len(words)-len(run)], " "))
	return directive.Signer{Name: strings.Join(run[best:], " "), Position: m[1]}, office
}

var issuerTailRe = lazyregexp.NewFunc(func() string { return `(?i)(?:\s+(?:vừa|đã))?(?:\s+` + verbsPattern("issuerTail") + `)?\s*$` })

func trimIssuer(s string) string {
	return strings.TrimSpace(issuerTailRe.ReplaceAllString(strings.TrimSpace(s), ""))
}

var fileNameRe = lazyregexp.New(`(?i)^[\pL\pN._() -]{1,120}\.(?:pdf|docx?|xlsx?|zip|rar|odt|ods)$`)

// fileExts are the extensions fileNameRe ends with.
var fileExts = []string{"pdf", "doc", "docx", "xls", "xlsx", "zip", "rar", "odt", "ods"}

// isFileName runs fileNameRe on lines that end with one of its
// extensions.
func isFileName(ln string) bool {
	i := strings.LastIndexByte(ln, '.')
	if i < 0 || !slices.ContainsFunc(fileExts, func(e string) bool { return strings.EqualFold(ln[i+1:], e) }) {
		return false
	}
	return fileNameRe.MatchString(ln)
}

// attachmentsIn lists file names that stand alone on a line of the text
// ("01-CT.signed.pdf"), unless the container already gave them.
func attachmentsIn(lines []string, have []directive.Attachment) []directive.Attachment {
	var out []directive.Attachment
	for _, ln := range lines {
		if !isFileName(ln) {
			continue
		}
		dup := false
		for _, a := range append(have, out...) {
			if strings.EqualFold(a.Name, ln) || strings.HasSuffix(strings.ToLower(a.URL), "/"+strings.ToLower(ln)) {
				dup = true
			}
		}
		if !dup {
			out = append(out, directive.Attachment{Name: ln})
		}
	}
	return out
}

// restatedMention returns the first other mention of the subject's number
// that carries a title: a page that names the document bare in its
// headline ("Quyết định 999/QĐ-TLĐ 2024 Quy chế …") may restate it whole
// further down ("Quyết định 999/QĐ-TLĐ của Tổng Liên đoàn Lao động Việt
// Nam về việc ban hành Quy chế …"). The zero mention when there is none.
func restatedMention(s *mention, ms []mention) mention {
	k := numKey(s.num.Text)
	for _, m := range ms {
		if m.title != "" && m.kindStart != s.kindStart && numKey(m.num.Text) == k {
			return m
		}
	}
	return mention{}
}

// placeIssuer sets the issuer's level and province from what the text
// states: the header or the issuing phrase, the number, and, for a local
// body whose province the phrase leaves out, the province the article or
// the portal names.
func placeIssuer(d *directive.Directive, h header, src directive.Source, lines []string, bodyEnd int) {
	name := d.Issuer.Name
	folded := " " + fold.String(name) + " "
	massOrg := massOrgs.in(folded)
	lv := levelOf(name)
	if n, err := directive.ParseNumber(d.Number); err == nil {
		if nl := levelOfNumber(n); nl != "" && (lv == "" || lv == directive.LevelOther && !massOrg) {
			lv = nl
		}
		if lv == "" && strings.Contains(strings.ToUpper(n.Body), "UBND") {
			lv = directive.LevelProvince
		}
	}
	d.Issuer.Level = lv
	switch lv {
	case directive.LevelProvince, directive.LevelDistrict, directive.LevelCommune, directive.LevelParty:
	case directive.LevelOther:
		// A mass organisation's local body ("LĐLĐ tỉnh") is in a
		// province; a company or a unit says nothing of one.
		if !massOrg || !localOrgs.in(folded) {
			return
		}
	default:
		return
	}
	if _, _, _, named := provinceIn(name); lv == directive.LevelParty && !named && !strings.Contains(strings.ToLower(name), "tỉnh") && !strings.Contains(strings.ToLower(name), "thành") {
		// A Party committee's province is read only where its name
		// gives one ("Đảng ủy, Bộ Chỉ huy BĐBP TPHCM", "Tỉnh ủy").
		return
	}
	// Where to look, nearest first: the issuer's name, the place of the
	// header, the text, the portal.
	candidates := []string{name, d.Place}
	candidates = append(candidates, strings.Join(lines[:bodyEnd], "\n"))
	candidates = append(candidates, src.Site, src.Title)
	for _, s := range candidates {
		if as, cur, _, ok := provinceIn(s); ok {
			d.Issuer.Province = as
			d.Issuer.ProvinceCurrent = cur
			if namedAsFormer(s, as) {
				// "huyện Quế Sơn, tỉnh Quảng Nam cũ": the article
				// names the province before the 2025 merger; a body
				// of today is in the one that holds it now.
				if now, found := province.Current(as); found {
					d.Issuer.Province = now.Short
				}
			}
			return
		}
	}
	// The text before the cut tail (the portal's banner and footer).
}

// formerRe finds the mark of a name used before the 2025 merger after
// a province's name ("Quảng Nam cũ", "Quảng Nam (cũ)", "Quảng Nam trước
// đây").
var formerRe = lazyregexp.New(`^\s*(?:\(\s*cũ\s*\)|cũ(?:[^\pL]|$)|trước\s+đây)`)

// namedAsFormer reports whether s writes the province name as the one
// before the 2025 merger.
func namedAsFormer(s, name string) bool {
	for i := strings.Index(s, name); i >= 0; {
		if formerRe.MatchString(s[i+len(name):]) {
			return true
		}
		j := strings.Index(s[i+len(name):], name)
		if j < 0 {
			break
		}
		i += len(name) + j
	}
	return false
}

// bodyText is the record's text: the document's body as read, without
// the page's headline when the body starts by repeating it.
func bodyText(text, headline string) string {
	text = strings.TrimSpace(text)
	if headline != "" {
		first, rest, _ := strings.Cut(text, "\n")
		if strings.TrimSpace(first) == strings.TrimSpace(headline) {
			text = strings.TrimSpace(rest)
		}
	}
	return text
}

// skipAddressees drops the addressees that a letter lists under "Kính
// gửi:" ("- Các sở, ban, ngành;" / "- UBND các huyện, thành, thị.") from
// the start of its body: they are not tasks. A scan read by OCR may put the
// greeting before the motto and the list after the date, so the greeting
// is looked for in the last lines of the header too.
func skipAddressees(lines []string, titleEnd int, body []string) []string {
	greeted := false
	for i := max(0, titleEnd-6); i < min(len(lines), titleEnd+1); i++ {
		if greetingRe.MatchString(lines[i]) {
			greeted = true
		}
	}
	if !greeted {
		return body
	}
	k := 0
	if k < len(body) && greetingRe.MatchString(body[k]) {
		k++
	}
	n := k
	for n < len(body) && dashedRe.MatchString(body[n]) && utf8.RuneCountInString(body[n]) <= 150 {
		n++
	}
	if n == k {
		return body
	}
	return body[n:]
}

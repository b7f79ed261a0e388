package parse

import (
	"context"
	"regexp"
	"strings"

	"github.com/vnthidua/thidua/directive"
)

// Verbs that make a mention the subject of a news article: the document
// the article says was issued ("vừa ban hành Kế hoạch số 298/KH-UBND").
var (
	issueVerbRe  = regexp.MustCompile(`(?i)(?:ký\s+ban\s+hành|ban\s+hành|đã\s+ký|vừa\s+ký|ký|phát\s+hành|phê\s+duyệt|vừa\s+có|có|ra|gửi)\s*(?:kèm theo\s*)?$`)
	detailRe     = regexp.MustCompile(`(?i)(?:nội dung chi tiết|chi tiết|toàn văn|xem chi tiết|xem toàn văn)[^.]{0,20}?(?:tại|xem|trong)?\s*$`)
	leadDateRe   = regexp.MustCompile(`(?i)^(?:Ngày|Hôm nay,?\s*ngày|Sáng|Chiều|Tối)?\s*(?:ngày\s+)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})\s*,\s*(.{0,160}?)\s*(?:đã\s+)?(?:ký\s+ban\s+hành|ban\s+hành|phát\s+động|ký)\b`)
	issuerWordRe = regexp.MustCompile(`(?i)((?:Chủ tịch\s+|Thường trực\s+|Ban Thường vụ\s+)?(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND|Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ|Huyện ủy|Đảng ủy|Thủ tướng Chính phủ|Chính phủ|Bộ\s+\p{Lu}[\pL ,]{2,40}?|Sở\s+\p{Lu}[\pL ,]{2,40}?)(?:\s+(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)(?:\s+\p{Lu}[\pL]*(?:\s+\p{Lu}[\pL]*){0,3})?)?)\s*(?:vừa\s+|đã\s+)?(?:ký\s+)?(?:ban\s+hành|phát\s+động|ký)?\s*$`)
)

// analyze finds the subject document in doc and everything the text states
// about it.
func analyze(ctx context.Context, doc *document, c *config) (*directive.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, inputErr(c, "", err)
	}
	rec := &directive.Record{Source: doc.source, Signatures: doc.signatures, Warnings: append([]string{}, doc.warnings...)}
	d := &rec.Directive
	d.Tasks, d.Citations, d.Campaigns, d.Recipients, d.Attachments = []directive.Task{}, []directive.Citation{}, []directive.Campaign{}, []string{}, []directive.Attachment{}

	lines, cut := splitLines(doc.text)
	if cut {
		rec.Warnings = append(rec.Warnings, "văn bản quá dài, đã cắt bớt / text too long, cut")
	}
	lines = splitCells(cutTail(dropChrome(lines)))
	if len(lines) == 0 {
		return nil, inputErr(c, "", ErrEmpty)
	}
	h := readHeader(lines)

	// Footer: recipients and the signature block end the body.
	rAt, recips, rEnd := findRecipients(lines)
	from := max(h.titleEnd, len(lines)-40)
	if rAt >= 0 {
		from = min(from, rAt)
	}
	signer, sAt := findSigner(lines, from)
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
		author, at := readByline(lines[:bodyEnd], func(i int) bool { return false })
		if at >= h.titleEnd {
			bodyEnd = at
		}
		if rec.Source.Author == "" {
			rec.Source.Author = author
		}
		rec.Source.Author = cleanAuthor(rec.Source.Author)
	}
	if doc.ocr {
		signer.Name = fixOCRName(signer.Name)
	}
	d.Signer = signer
	_ = rEnd

	body := lines[h.titleEnd:bodyEnd]
	text := strings.Join(lines[:bodyEnd], "\n")
	mentions := findMentions(text)

	// The subject document.
	var subject *mention
	if h.found {
		d.Number = h.number.Text
		d.Issued = h.issued
		d.Place = h.place
		d.Title = h.title
		kind := h.kind
		if kind.Code == "" {
			kind, _ = directive.Kind(h.number.Kind)
		}
		d.Kind, d.KindName = kind.Code, kind.Name
		d.Issuer.Name = strings.Join(h.issuer, " ")
	} else {
		subject = pickSubject(text, mentions)
		newsFields(d, h, subject, text, lines)
		if rec.Source.Published == "" {
			rec.Source.Published = readPublished(lines)
		}
	}

	// Citations: every other document the text names.
	subjectKey := numKey(d.Number)
	seen := map[string]bool{}
	if subjectKey != "" {
		seen[subjectKey] = true
	}
	all := append(mentions, findNamedLaws(text)...)
	for _, m := range all {
		k := numKey(m.num.Text)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		d.Citations = append(d.Citations, directive.Citation{Kind: m.kindOf(), Number: m.num.Text, Issued: m.issued, Issuer: m.issuer, Title: m.title})
	}

	d.Tasks = extractTasks(body)
	d.Campaigns, d.Themes = findCampaigns(body)
	d.Launches = findLaunches(d.Title, d.Number, lines[h.titleEnd:bodyEnd])
	d.Attachments = append(doc.attachments, attachmentsIn(lines, doc.attachments)...)
	if d.Attachments == nil {
		d.Attachments = []directive.Attachment{}
	}
	placeIssuer(d, h, rec.Source, lines, bodyEnd)
	if d.Number == "" {
		rec.Warnings = append(rec.Warnings, "không thấy số, ký hiệu của văn bản / the document's number is not stated")
	}
	return rec, nil
}

// pickSubject chooses the document a news article is about: the first one
// it says was issued ("ký ban hành Chỉ thị số ..."), else the one it
// sends readers to ("Nội dung chi tiết tại Chỉ thị số ...").
func pickSubject(text string, ms []mention) *mention {
	for i := range ms {
		before := text[max(0, ms[i].kindStart-40):ms[i].kindStart]
		if ms[i].kindWord != "" && issueVerbRe.MatchString(before) {
			return &ms[i]
		}
	}
	for i := range ms {
		before := text[max(0, ms[i].kindStart-60):ms[i].kindStart]
		if ms[i].kindWord != "" && detailRe.MatchString(before) {
			return &ms[i]
		}
	}
	// The article's title names it: "Kế hoạch số 152/KH-UBND triển khai ...".
	first := strings.IndexByte(text, '\n')
	if first < 0 {
		first = len(text)
	}
	for i := range ms {
		if ms[i].start < first && ms[i].kindWord != "" {
			return &ms[i]
		}
	}
	return nil
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
	start := strings.LastIndexAny(text[:s.kindStart], ".\n") + 1
	sentence := strings.TrimSpace(text[start:s.kindStart])
	if d.Issued == "" {
		if m := leadDateRe.FindStringSubmatch(sentence); m != nil {
			if t, err := directive.ParseDate(m[1]); err == nil {
				d.Issued = directive.FormatDate(t)
			}
		}
	}
	if d.Issuer.Name == "" {
		if m := issuerWordRe.FindStringSubmatch(sentence); m != nil {
			d.Issuer.Name = trimIssuer(m[1])
		}
	}
}

var issuerTailRe = regexp.MustCompile(`(?i)\s*(?:vừa|đã)?\s*(?:ký\s+ban\s+hành|ban\s+hành|phát\s+động|ký)\s*$`)

func trimIssuer(s string) string {
	return strings.TrimSpace(issuerTailRe.ReplaceAllString(strings.TrimSpace(s), ""))
}

var fileNameRe = regexp.MustCompile(`(?i)^[\pL\pN._() -]{1,120}\.(?:pdf|docx?|xlsx?|zip|rar|odt|ods)$`)

// attachmentsIn lists file names that stand alone on a line of the text
// ("01-CT.signed.pdf"), unless the container already gave them.
func attachmentsIn(lines []string, have []directive.Attachment) []directive.Attachment {
	var out []directive.Attachment
	for _, ln := range lines {
		if !fileNameRe.MatchString(ln) {
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

// placeIssuer sets the issuer's level and province from what the text
// states: the header or the issuing phrase, the number, and, for a local
// body whose province the phrase leaves out, the province the article or
// the portal names.
func placeIssuer(d *directive.Directive, h header, src directive.Source, lines []string, bodyEnd int) {
	name := d.Issuer.Name
	_, _, city, _ := provinceIn(name)
	lv := levelOf(name, city)
	if n, err := directive.ParseNumber(d.Number); err == nil {
		if nl := levelOfNumber(n); nl != "" && (lv == "" || lv == directive.LevelOther) {
			lv = nl
		}
		if lv == "" && strings.Contains(strings.ToUpper(n.Body), "UBND") {
			lv = directive.LevelProvince
		}
	}
	d.Issuer.Level = lv
	switch lv {
	case directive.LevelProvince, directive.LevelDistrict, directive.LevelCommune, directive.LevelParty:
	default:
		return
	}
	if lv == directive.LevelParty && !strings.Contains(strings.ToLower(name), "tỉnh") && !strings.Contains(strings.ToLower(name), "thành") {
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
			return
		}
	}
	// The text before the cut tail (the portal's banner and footer).
}

package crawl

import (
	"strings"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// linkCues are words (folded: no tone marks, đ as d) that make a link
// worth fetching when its text or address holds one: the field's own
// words and the kinds of document it issues.
var linkCues = []string{
	"thi dua", "khen thuong", "khen", "tuyen duong", "vinh danh", "ton vinh", "dien hinh", "guong",
	"phong trao", "danh hieu", "huan chuong", "huy chuong", "bang khen", "giay khen", "chien si", "anh hung",
	"ky niem chuong", "co thi dua", "lao dong tien tien", "nha giao", "thay thuoc",
	"chi thi", "ke hoach", "quyet dinh", "nghi quyet", "thong bao", "cong van", "huong dan", "van ban", "phat dong",
	// Addresses run words together: /thiduakhenthuong/, /vanban/, a file.
	"thiduakhenthuong", "thidua", "khenthuong", "vanban", "pdf",
}

// strongCues are the field's own words; a page without one is not about
// thi đua, khen thưởng whatever document it reports.
var strongCues = []string{"thi dua", "khen thuong", "tuyen duong", "vinh danh", "ton vinh", "danh hieu", "huan chuong",
	"bang khen", "giay khen", "chien si thi dua", "co thi dua", "phong trao", "anh hung lao dong", "ky niem chuong", "dien hinh tien tien"}

// linkRelevant is the cheap check made before fetching: the link's text
// or its address holds one of the field's words (folded, as whole words:
// "thi-dua" in an address is "thi dua").
func linkRelevant(text, rawURL string) bool {
	s := " " + fold.String(text+" "+strings.ReplaceAll(rawURL, "%20", " ")) + " "
	for _, c := range linkCues {
		if strings.Contains(s, " "+c+" ") {
			return true
		}
	}
	return false
}

// Relevance scores how much a record is about thi đua, khen thưởng, from
// 0 (a traffic notice) to 1 (a directive launching a movement): the
// field's words in the title and in the text, a document read with its
// kind and number, the movements it names.
func Relevance(rec *directive.Record) float64 {
	d := rec.Directive
	title := fold.String(d.Title + " " + rec.Source.Title)
	text := fold.String(rec.Text)
	score := 0.0
	for _, c := range strongCues {
		if strings.Contains(title, c) {
			score += 0.5
			break
		}
	}
	hits := 0
	for _, c := range strongCues {
		hits += strings.Count(text, c)
	}
	switch {
	case hits >= 5:
		score += 0.3
	case hits >= 2:
		score += 0.2
	case hits == 1:
		score += 0.1
	}
	if len(d.Campaigns) > 0 || len(d.Launches) > 0 {
		score += 0.2
	}
	if d.Number != "" && score > 0 {
		score += 0.1
	}
	return min(score, 1)
}

// RelevanceThreshold is the score from which a page is stored as a
// directive record (WithAll stores every page).
const RelevanceThreshold = 0.2

package parse

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
)

// A short form names a document by its kind alone, as eyecite's "id." and
// "supra" do in US law: "Chỉ thị này", "Kế hoạch này" (the document the
// text is, or the last of that kind it named), "Kế hoạch nêu trên",
// "Nghị định trên" (the last document of that kind named before it),
// "Luật này".
//
// A short form is read only where the text holds one of its last words
// (shortTails), backwards from there (shortFormAt): a literal prefilter,
// so that reading short forms costs a scan of the text for three words.

// shortTails are the words a short form ends with, as the text may write
// them.
var shortTails = []string{"này", "NÀY", "trên", "TRÊN", "nêu", "NÊU"}

// notAboveNext are the words after which a bare "trên" means "on" and
// not "above": "Kế hoạch trên địa bàn" is a plan for the area, "Kế
// hoạch trên được triển khai" the plan named above.
var notAboveNext = []string{"địa", "cơ", "toàn", "phạm", "cổng", "trang", "mạng", "hệ", "các", "tinh", "lĩnh", "nền", "báo", "website", "cả", "những", "môi", "thực", "đây", "đó", "sóng", "phương", "tất", "từng", "mỗi", "một", "hai", "ba", "nhiều", "diện"}

// shortForm is a short form found in the analysis text.
type shortForm struct {
	at, end int    // offsets in the analysis text
	kind    string // kind code of the word
	this    bool   // "này": the document itself or the last of its kind
}

// maxShortForms bounds the short forms read from one text.
const maxShortForms = 1000

// findShortForms returns the short forms of text, in order.
func findShortForms(text string) []shortForm {
	var ends []int
	for _, tail := range shortTails {
		for off := 0; len(ends) < maxShortForms; {
			i := strings.Index(text[off:], tail)
			if i < 0 {
				break
			}
			off += i + len(tail)
			ends = append(ends, off)
		}
	}
	sort.Ints(ends)
	var out []shortForm
	for _, end := range ends {
		from := max(0, end-80)
		for from < end && !utf8.RuneStart(text[from]) {
			from++
		}
		ks, ke, ts, te, ok := shortFormAt(text[from:end])
		if !ok {
			continue
		}
		at := from + ks
		rest := text[end:]
		if r, _ := utf8.DecodeRuneInString(rest); isWordRune(r) || unicode.Is(unicode.Mn, r) {
			continue
		}
		word := strings.ToLower(text[from+ts : from+te])
		if word == "trên" && !aboveFollows(rest) {
			continue
		}
		k, ok := directive.KindByName(text[at : from+ke])
		if !ok || strings.EqualFold(k.Name, "Văn bản") {
			continue
		}
		out = append(out, shortForm{at: at, end: end, kind: k.Code, this: word == "này"})
	}
	return out
}

// aboveFollows reports whether the words after a bare "trên" make it
// "above": not a place or a ground it would be "on" (notAboveNext).
func aboveFollows(rest string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(rest, " "), " ")
	for _, x := range notAboveNext {
		if strings.EqualFold(w, x) {
			return false
		}
	}
	return true
}

// resolveShortForms adds to the subject and to the citations of d the
// spans of the short forms that stand for them. ms are the mentions the
// analysis read (offsets in text), subjectKey the subject's numKey.
func resolveShortForms(d *directive.Directive, text string, ms []mention, subjectKey string, an *annotator) {
	forms := findShortForms(text)
	if len(forms) == 0 {
		return
	}
	byStart := append([]mention(nil), ms...)
	sort.SliceStable(byStart, func(i, j int) bool { return byStart[i].start < byStart[j].start })
	cited := make(map[string]int, len(d.Citations))
	for i, c := range d.Citations {
		cited[numKey(c.Number)] = i
	}
	for _, f := range forms {
		key, subject := "", false
		if f.this && d.Kind == f.kind {
			subject = true
		} else {
			// The last document of the kind named before it.
			n := sort.Search(len(byStart), func(i int) bool { return byStart[i].start >= f.at })
			for i := n - 1; i >= 0; i-- {
				if byStart[i].kindOf() == f.kind && byStart[i].end <= f.at {
					key = numKey(byStart[i].num.Text)
					break
				}
			}
			if key == "" && d.Kind == f.kind {
				subject = true
			}
		}
		if key != "" && key == subjectKey {
			subject = true
		}
		sp := an.span(f.at, text[f.at:f.end])
		if sp.IsZero() {
			continue
		}
		switch i, ok := cited[key]; {
		case subject:
			d.Refs = appendRef(d.Refs, sp)
		case ok:
			d.Citations[i].Refs = appendRef(d.Citations[i].Refs, sp)
		}
	}
}

// appendRef appends s to refs unless it is there already or refs is full.
func appendRef(refs []directive.Span, s directive.Span) []directive.Span {
	if len(refs) >= maxShortForms || len(refs) > 0 && refs[len(refs)-1] == s {
		return refs
	}
	return append(refs, s)
}

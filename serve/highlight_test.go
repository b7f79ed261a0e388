package serve

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/vnthidua/thidua/directive"
)

// TestHighlightSpans: marks come from the record's spans (a span that cuts a
// character or lies outside the text is ignored); a record without any
// span falls back to searching for the citations' numbers.
func TestHighlightSpans(t *testing.T) {
	text := "Thực hiện Nghị định số 98/2023/NĐ-CP, Chỉ thị này yêu cầu; Nghị định trên quy định."
	at := func(s string) directive.Span {
		for i := 0; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return directive.Span{Start: i, End: i + len(s)}
			}
		}
		t.Fatalf("%q not in text", s)
		return directive.Span{}
	}
	marked := func(rec *directive.Record) []string {
		var out []string
		for _, s := range highlight(rec) {
			if s.Class != "" {
				out = append(out, s.Class+":"+s.Text)
			}
		}
		return out
	}
	rec := &directive.Record{Text: text}
	rec.Directive.Refs = []directive.Span{at("Chỉ thị này")}
	rec.Directive.Citations = []directive.Citation{{Number: "98/2023/NĐ-CP", Span: at("Nghị định số 98/2023/NĐ-CP"), Refs: []directive.Span{at("Nghị định trên"), {Start: 1, End: 3}, {Start: 5, End: 9999}}}}
	assert.Equal(t, []string{"citation:Nghị định số 98/2023/NĐ-CP", "subject:Chỉ thị này", "citation:Nghị định trên"}, marked(rec))

	old := &directive.Record{Text: text}
	old.Directive.Citations = []directive.Citation{{Number: "98/2023/NĐ-CP"}}
	assert.Equal(t, []string{"citation:98/2023/NĐ-CP"}, marked(old))

	// Whole text joined back from the spans.
	var joined string
	for _, s := range highlight(rec) {
		joined += s.Text
	}
	assert.Equal(t, text, joined)
}

package parse

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
)

// checkSpans checks that every span of rec marks, in rec.Text, the words
// of what it belongs to, and returns how many spans there are and how
// many items had none.
func checkSpans(t *testing.T, name string, rec *directive.Record) (spans, missing int) {
	t.Helper()
	text := rec.Text
	d := rec.Directive
	words := func(s directive.Span) string {
		w := s.Of(text)
		if w == "" {
			t.Errorf("%s: span %v outside the text (%d bytes)", name, s, len(text))
		}
		if w != strings.TrimSpace(w) {
			t.Errorf("%s: span %v has white space at its ends: %q", name, s, w)
		}
		spans++
		return w
	}
	num := func(what, number string, s directive.Span) {
		if s.IsZero() {
			missing++
			return
		}
		w := words(s)
		noD := strings.NewReplacer("Đ", "D", "đ", "d")
		if !strings.Contains(numKey(noD.Replace(w)), numKey(noD.Replace(number))) && !isLawName(w) {
			t.Errorf("%s: %s %s: span %v marks %q", name, what, number, s, w)
		}
	}
	if d.Number != "" {
		num("subject", d.Number, d.Span)
	}
	shortForm := func(s directive.Span) {
		w := fold.String(words(s))
		if !regexp.MustCompile(` (nay|tren|nay|vua neu)$`).MatchString(w) {
			t.Errorf("%s: short form %v marks %q", name, s, w)
		}
	}
	for _, s := range d.Refs {
		shortForm(s)
		if !strings.HasPrefix(fold.String(s.Of(text)), fold.String(d.KindName)) {
			t.Errorf("%s: ref %q of the subject, a %s", name, s.Of(text), d.KindName)
		}
	}
	for _, c := range d.Citations {
		num("citation", c.Number, c.Span)
		for _, s := range c.Refs {
			shortForm(s)
		}
	}
	for _, c := range d.Campaigns {
		if c.Span.IsZero() {
			missing++
			continue
		}
		w := fold.String(words(c.Span))
		if w != fold.String(c.Name) && !isNationalForm(c.ID, w) {
			t.Errorf("%s: campaign %q: span marks %q", name, c.Name, c.Span.Of(text))
		}
	}
	for _, l := range d.Launches {
		if l.Span.IsZero() {
			missing++
			continue
		}
		if w := words(l.Span); !strings.EqualFold(w, l.Name) && fold.String(w) != fold.String(l.Name) {
			t.Errorf("%s: launch %q: span marks %q", name, l.Name, w)
		}
	}
	return spans, missing
}

func isLawName(w string) bool {
	return regexp.MustCompile(`^(?is)Luật\s.*\d{4}$`).MatchString(w)
}

func isNationalForm(id, folded string) bool {
	for _, n := range nationalForms() {
		if n.id == id {
			for _, f := range n.forms {
				if f == folded {
					return true
				}
			}
		}
	}
	return false
}

// TestSpans reads documents as text, portal pages and PDFs, and checks
// that the spans of their record mark the mentions as written: a
// citation's kind and number, a law's name and year, a campaign's name,
// the words that launch a campaign, a short form ("Chỉ thị này"). Each
// set must also leave almost nothing without a span.
func TestSpans(t *testing.T) {
	ctx := context.Background()
	read := map[string]func(path string) (*directive.Record, error){
		".txt": func(p string) (*directive.Record, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return Text(ctx, f)
		},
		".html": func(p string) (*directive.Record, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			return HTML(ctx, f)
		},
		".pdf": func(p string) (*directive.Record, error) {
			f, err := os.Open(p)
			if err != nil {
				return nil, err
			}
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				return nil, err
			}
			return PDF(ctx, f, st.Size(), WithOCR(false))
		},
	}
	for _, tt := range []struct {
		glob       string
		minSpans   int
		maxMissing int
	}{
		{"testdata/text/*.txt", 30, 0},
		{"testdata/news5/*.txt", 15, 0},
		{"testdata/extra4/*.txt", 50, 3}, // quangnam-totrinh-mau: "thƣởng" read as "thưởng"
		{"testdata/html/portals/*.html", 20, 0},
		{"testdata/html/*.html", 10, 0},
		{"testdata/pdf/[ab]_*.pdf", 8, 0},
	} {
		t.Run(tt.glob, func(t *testing.T) {
			files, err := filepath.Glob(tt.glob)
			require.NoError(t, err)
			require.NotEmpty(t, files)
			spans, missing := 0, 0
			for _, p := range files {
				rec, err := read[filepath.Ext(p)](p)
				require.NoError(t, err, p)
				s, m := checkSpans(t, filepath.Base(p), rec)
				spans, missing = spans+s, missing+m
			}
			assert.GreaterOrEqual(t, spans, tt.minSpans, "spans")
			assert.LessOrEqual(t, missing, tt.maxMissing, "items without a span")
		})
	}
}

// TestShortForms: a short form resolves to the document it stands for,
// and its span marks it as written.
func TestShortForms(t *testing.T) {
	for _, tt := range []struct {
		name, text string
		subject    []string            // the short forms of the subject
		cited      map[string][]string // number → its short forms
	}{
		{
			name:    "this directive is the subject",
			text:    "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 08/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHưng Yên, ngày 05 tháng 3 năm 2024\nCHỈ THỊ\nVề tăng cường công tác thi đua\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ; Nghị định trên quy định chi tiết.\nCác sở, ngành thực hiện nghiêm Chỉ thị này.\nChỉ thị\nnày có hiệu lực từ ngày ký.\n",
			subject: []string{"Chỉ thị này", "Chỉ thị\nnày"},
			cited:   map[string][]string{"98/2023/NĐ-CP": {"Nghị định trên"}},
		},
		{
			name:    "a plan named in a news article, then referred to",
			text:    "Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phong trào thi đua năm 2024. Theo Kế hoạch số 12/KH-SNV của Sở Nội vụ, các đơn vị báo cáo. Kế hoạch nêu trên yêu cầu các sở thực hiện. Kế hoạch trên địa bàn tỉnh được triển khai.\n",
			subject: nil,
			cited:   map[string][]string{"12/KH-SNV": {"Kế hoạch nêu trên"}},
		},
		{
			name:    "the subject named last",
			text:    "Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về phong trào thi đua năm 2024. Kế hoạch trên được triển khai đến các xã.\n",
			subject: []string{"Kế hoạch trên"},
		},
		{
			name:  "a law by name and year",
			text:  "Ngày 12/3/2024, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về công tác khen thưởng. Căn cứ Luật Thi đua, khen thưởng năm 2022, Luật này quy định đối tượng.\n",
			cited: map[string][]string{"06/2022/QH15": {"Luật này"}},
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rec, err := Text(context.Background(), strings.NewReader(tt.text))
			require.NoError(t, err)
			of := func(ss []directive.Span) (out []string) {
				for _, s := range ss {
					out = append(out, s.Of(rec.Text))
				}
				return out
			}
			assert.Equal(t, tt.subject, of(rec.Directive.Refs), "the subject's")
			got := map[string][]string{}
			for _, c := range rec.Directive.Citations {
				if len(c.Refs) > 0 {
					got[c.Number] = of(c.Refs)
				}
			}
			if tt.cited == nil {
				tt.cited = map[string][]string{}
			}
			assert.Equal(t, tt.cited, got, "the citations'")
			checkSpans(t, tt.name, rec)
		})
	}
}

// TestAnnotator: the words the analysis read at an offset of its own copy
// of the text are found in the record's text, where white space, dropped
// lines and joined lines differ.
func TestAnnotator(t *testing.T) {
	rec := "Trang chủ | Tin tức\n\nUBND tỉnh ban  hành\tKế hoạch số 45/KH-UBND\nngày 12/3/2024.\nKế hoạch số 45/KH-UBND được gửi các sở."
	analysis := "UBND tỉnh ban hành Kế hoạch số 45/KH-UBND ngày 12/3/2024.\nKế hoạch số 45/KH-UBND được gửi các sở."
	an := newAnnotator(rec, analysis)
	for _, tt := range []struct {
		at   int
		want string
	}{
		{strings.Index(analysis, "Kế hoạch"), "Kế hoạch số 45/KH-UBND"},
		{strings.LastIndex(analysis, "Kế hoạch"), "Kế hoạch số 45/KH-UBND"},
		{strings.Index(analysis, "ban hành"), "ban  hành"},
		{strings.Index(analysis, "45/KH-UBND ngày"), "45/KH-UBND\nngày"},
	} {
		words := strings.Join(strings.Fields(tt.want), " ")
		s := an.span(tt.at, words)
		assert.Equal(t, tt.want, s.Of(rec), "at %d", tt.at)
	}
	// The second mention is the second in the record's text too.
	s := an.span(strings.LastIndex(analysis, "Kế hoạch"), "Kế hoạch số 45/KH-UBND")
	assert.Equal(t, strings.LastIndex(rec, "Kế hoạch"), s.Start)
	// Words not in the text, and a word inside another, have no span.
	assert.True(t, an.first("Kế hoạch số 5/KH-UBND").IsZero())
	assert.True(t, an.first("hoạch số").IsZero() == false)
	assert.True(t, an.first("oạch").IsZero())
}

// noSpans returns d without its spans, to compare what two paths (text
// and HTML, two orders of a header) read: their texts differ, so the
// offsets do.
func noSpans(d directive.Directive) directive.Directive {
	d.Span, d.Refs = directive.Span{}, nil
	d.Citations = append([]directive.Citation(nil), d.Citations...)
	for i := range d.Citations {
		d.Citations[i].Span, d.Citations[i].Refs = directive.Span{}, nil
	}
	d.Campaigns = append([]directive.Campaign(nil), d.Campaigns...)
	for i := range d.Campaigns {
		d.Campaigns[i].Span = directive.Span{}
	}
	d.Launches = append([]directive.Launch(nil), d.Launches...)
	for i := range d.Launches {
		d.Launches[i].Span = directive.Span{}
	}
	return d
}

// TestMergeAttachmentSpans: the spans of an attached PDF's record are
// offsets in the PDF's text; merged into the page's record they mark the
// same words in the page's text, or are dropped, never left pointing at
// other words.
func TestMergeAttachmentSpans(t *testing.T) {
	ctx := context.Background()
	doc := "ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 08/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHưng Yên, ngày 25 tháng 11 năm 2024\nCHỈ THỊ\nVề đẩy mạnh phong trào thi đua\nCăn cứ Nghị định số 98/2023/NĐ-CP ngày 31/12/2023 của Chính phủ và Quyết định số 12/QĐ-UBND ngày 02/01/2024 của UBND tỉnh; phát động phong trào thi đua “Dân vận khéo” trong toàn tỉnh.\nChỉ thị này có hiệu lực từ ngày ký.\n"
	page := "Tin tức\nNgày 25/11/2024, Chủ tịch UBND tỉnh ký ban hành Chỉ thị số 08/CT-UBND về đẩy mạnh phong trào thi đua. Theo Nghị định số 98/2023/NĐ-CP của Chính phủ, các đơn vị thực hiện.\n"
	pdf, err := Text(ctx, strings.NewReader(doc))
	require.NoError(t, err)
	rec, err := Text(ctx, strings.NewReader(page))
	require.NoError(t, err)
	require.NotEmpty(t, pdf.Directive.Citations)
	MergeAttachment(rec, pdf, directive.Attachment{Name: "08-CT.pdf"})
	checkSpans(t, "merged", rec)
	byNum := map[string]directive.Citation{}
	for _, c := range rec.Directive.Citations {
		byNum[c.Number] = c
	}
	// Written in both: the page's words.
	assert.Equal(t, "Nghị định số 98/2023/NĐ-CP", byNum["98/2023/NĐ-CP"].Span.Of(rec.Text))
	// Only in the PDF: no span in the page's text.
	assert.True(t, byNum["12/QĐ-UBND"].Span.IsZero(), "span %v", byNum["12/QĐ-UBND"].Span)
	for _, c := range rec.Directive.Citations {
		assert.Empty(t, c.Refs, c.Number)
	}
}

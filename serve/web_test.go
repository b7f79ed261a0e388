package serve

import (
	"bytes"
	"context"
	"mime/multipart"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/PuerkitoBio/goquery"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/parse"
)

// page fetches or posts and parses the HTML answer.
func page(t *testing.T, method, u, contentType string, body []byte) (int, *goquery.Document) {
	t.Helper()
	code, h, b := do(t, method, u, contentType, bytes.NewReader(body))
	assert.Equal(t, "text/html; charset=utf-8", h.Get("Content-Type"), "%s", b)
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(b))
	require.NoError(t, err)
	return code, doc
}

// checkAccessible asserts what every page owes its readers: a language,
// a viewport for phones, a title, and a label for every control.
func checkAccessible(t *testing.T, doc *goquery.Document, lang string) {
	t.Helper()
	l, _ := doc.Find("html").Attr("lang")
	assert.Equal(t, lang, l)
	vp, _ := doc.Find(`meta[name=viewport]`).Attr("content")
	assert.Contains(t, vp, "width=device-width")
	assert.NotEmpty(t, strings.TrimSpace(doc.Find("title").Text()))
	assert.Equal(t, 1, doc.Find("h1").Length())
	doc.Find("input, select, textarea").Each(func(_ int, s *goquery.Selection) {
		if typ, _ := s.Attr("type"); typ == "hidden" || typ == "submit" {
			return
		}
		if aria, _ := s.Attr("aria-label"); aria != "" {
			return
		}
		id, _ := s.Attr("id")
		require.NotEmpty(t, id, "a control without id or aria-label: %s", goquery.NodeName(s))
		assert.Equal(t, 1, doc.Find(`label[for="`+id+`"]`).Length(), "label for #%s", id)
	})
}

func multipartBody(t *testing.T, fields map[string]string, fileName string, file []byte, fileType string) ([]byte, string) {
	t.Helper()
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		require.NoError(t, mw.WriteField(k, v))
	}
	if fileName != "" {
		h := make(map[string][]string)
		h["Content-Disposition"] = []string{`form-data; name="file"; filename="` + fileName + `"`}
		h["Content-Type"] = []string{fileType}
		w, err := mw.CreatePart(h)
		require.NoError(t, err)
		w.Write(file)
	}
	require.NoError(t, mw.Close())
	return b.Bytes(), mw.FormDataContentType()
}

func TestWebHome(t *testing.T) {
	_, ts := newTestServer(t)
	for _, tc := range []struct{ query, lang, heading, switchTo string }{
		{"", "vi", "Kiểm tra hồ sơ đề nghị khen thưởng", "English"},
		{"?lang=vi", "vi", "Kiểm tra hồ sơ đề nghị khen thưởng", "English"},
		{"?lang=en", "en", "Check a nomination", "Tiếng Việt"},
		{"?lang=fr", "vi", "Kiểm tra hồ sơ đề nghị khen thưởng", "English"},
	} {
		code, doc := page(t, "GET", ts.URL+"/"+tc.query, "", nil)
		require.Equal(t, http.StatusOK, code)
		checkAccessible(t, doc, tc.lang)
		assert.Equal(t, tc.heading, doc.Find("#check-h").Text())
		assert.Equal(t, tc.switchTo, doc.Find("#lang-switch").Text())
		// Every award of the catalogue can be chosen.
		assert.Equal(t, len(nomination.Default().Awards), doc.Find("#award option").Length())
		assert.Equal(t, "LDTT", doc.Find("#award option[selected]").AttrOr("value", ""))
		assert.Equal(t, formRows, doc.Find(`select[id^="rating"]`).Length())
	}
}

func TestWebDoc(t *testing.T) {
	_, ts := newTestServer(t)
	seed := readFile(t, "../testdata/chithi-08-ct-ubnd-2024.txt")
	html := readFile(t, "../parse/testdata/html/hungyen-ct08-2024.html")
	for _, tc := range []struct {
		name           string
		fields         map[string]string
		file, fileType string
		body           []byte
		number, lang   string
		marks          []string
	}{
		{"pasted text", map[string]string{"text": string(seed)}, "", "", nil, "08/CT-UBND", "vi", []string{"subject:08/CT-UBND", "subject:Chỉ thị này", "citation:Nghị định số 98/2023/NĐ-CP"}},
		{"pasted text, English", map[string]string{"text": string(seed), "lang": "en"}, "", "", nil, "08/CT-UBND", "en", []string{"citation:Nghị định số 98/2023/NĐ-CP"}},
		{"uploaded page", map[string]string{"text": ""}, "ct08.html", "text/html", html, "08/CT-CTUBND", "vi",
			[]string{"subject:Chỉ thị số 08/CT-CTUBND", "citation:Chỉ thị số 19/CT-TTg", "campaign:Cả nước chung sức xây dựng nông thôn mới"}},
		{"uploaded page of unknown type", nil, "ct08", "application/x-whatever", html, "08/CT-CTUBND", "vi", []string{"citation:Chỉ thị số 19/CT-TTg"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, ct := multipartBody(t, tc.fields, tc.file, tc.body, tc.fileType)
			code, doc := page(t, "POST", ts.URL+"/doc", ct, body)
			require.Equal(t, http.StatusOK, code, doc.Text())
			checkAccessible(t, doc, tc.lang)
			assert.Equal(t, tc.number, doc.Find("#doc-number").Text())
			var marked []string
			doc.Find("#doc-text-view mark").Each(func(_ int, s *goquery.Selection) { marked = append(marked, s.AttrOr("class", "")+":"+s.Text()) })
			for _, m := range tc.marks {
				assert.Contains(t, marked, m)
			}
		})
	}
	// Bad input is a page saying so, with a 4xx.
	for _, tc := range []struct {
		name        string
		fields      map[string]string
		contentType string
		raw         []byte
		status      int
	}{
		{"nothing", map[string]string{"text": ""}, "", nil, http.StatusBadRequest},
		{"binary", map[string]string{"text": "\x00\x01\x02\xff"}, "", nil, http.StatusUnsupportedMediaType},
		{"not a form", nil, "application/json", []byte(`{"text": "x"}`), http.StatusUnsupportedMediaType},
		{"broken multipart", nil, "multipart/form-data; boundary=xyz", []byte("--xyz\r\nbroken"), http.StatusBadRequest},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body, ct := tc.raw, tc.contentType
			if tc.fields != nil {
				body, ct = multipartBody(t, tc.fields, "", nil, "")
			}
			code, doc := page(t, "POST", ts.URL+"/doc", ct, body)
			assert.Equal(t, tc.status, code, doc.Text())
			assert.NotEmpty(t, strings.TrimSpace(doc.Find("#page-error").Text()))
		})
	}
	// Too large for the server.
	_, small := newTestServer(t, WithMaxParseBytes(1000))
	body, ct := multipartBody(t, map[string]string{"text": strings.Repeat("thi đua ", 200)}, "", nil, "")
	code, doc := page(t, "POST", small.URL+"/doc", ct, body)
	assert.Equal(t, http.StatusRequestEntityTooLarge, code, doc.Text())
}

func TestWebCheck(t *testing.T) {
	_, ts := newTestServer(t)
	form := func(kv ...string) []byte {
		v := url.Values{}
		for i := 0; i+1 < len(kv); i += 2 {
			v.Set(kv[i], kv[i+1])
		}
		return []byte(v.Encode())
	}
	const ct = "application/x-www-form-urlencoded"
	for _, tc := range []struct {
		name    string
		body    []byte
		verdict string
		cites   string
	}{
		{"LĐTT with HTNV", form("award", "LDTT", "kind", "individual", "name", "Trần Văn Bình", "year", "2024", "as_of", "2025-01-15", "conferrer", "unit", "rating0", "HTNV"),
			"KHÔNG ĐỦ ĐIỀU KIỆN", "Điều 24 khoản 1 điểm a 06/2022/QH15"},
		{"LĐTT with HTTNV", form("award", "LDTT", "kind", "individual", "year", "2024", "conferrer", "unit", "rating0", "HTTNV"),
			"ĐỦ ĐIỀU KIỆN", "Điều 24 khoản 1 06/2022/QH15"},
		{"CSTĐ cơ sở with its history", form("award", "CSTD_CS", "kind", "individual", "year", "2024", "as_of", "2025-01-10", "conferrer", "unit",
			"rating0", "HTTNV", "rating1", "HTXSNV", "history1", "LDTT, cstd_cs", "init_year", "2024", "init_scope", "co_so"),
			"ĐỦ ĐIỀU KIỆN", "Điều 23"},
		{"English", form("lang", "en", "award", "LDTT", "kind", "individual", "year", "2024", "conferrer", "unit", "rating0", "HTNV"),
			"NOT ELIGIBLE", "Art. 24 cl. 1 pt. a 06/2022/QH15"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, doc := page(t, "POST", ts.URL+"/check", ct, tc.body)
			require.Equal(t, http.StatusOK, code, doc.Text())
			checkAccessible(t, doc, map[bool]string{true: "en", false: "vi"}[strings.Contains(string(tc.body), "lang=en")])
			assert.Equal(t, tc.verdict, doc.Find("#verdict").Text())
			assert.Contains(t, doc.Find("#findings").Text(), tc.cites)
			// The form keeps what was sent.
			assert.Equal(t, "2024", doc.Find("#year").AttrOr("value", ""))
		})
	}
	// The same facts through the form and the API give the same verdict.
	_, n := readCheckForm(url.Values{"award": {"cstd_cs"}, "kind": {"Individual"}, "year": {"2024"}, "rating0": {"Hoàn thành tốt nhiệm vụ"}, "history1": {"LDTT;CSTD_CS"}}, "vi")
	assert.Equal(t, "CSTD_CS", n.Award)
	assert.Equal(t, "individual", n.Subject.Kind)
	assert.Equal(t, "HTTNV", n.Ratings[0].Rating)
	require.Len(t, n.History, 2)
	assert.Equal(t, 2023, n.History[0].Year)

	// Input the law cannot judge: the page names the field, with a 422.
	for _, tc := range []struct {
		name  string
		body  []byte
		field string
	}{
		{"no year", form("award", "LDTT", "kind", "individual", "year", ""), "year"},
		{"year not a number", form("award", "LDTT", "kind", "individual", "year", "abc"), "year"},
		{"unknown award", form("award", "NOBEL", "kind", "individual", "year", "2024"), "award"},
		{"unknown kind", form("award", "LDTT", "kind", "robot", "year", "2024"), "subject.kind"},
		{"initiative year out of range", form("award", "LDTT", "kind", "individual", "year", "2024", "init_year", "1800", "init_scope", "co_so"), "initiatives[0].year"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, doc := page(t, "POST", ts.URL+"/check", ct, tc.body)
			assert.Equal(t, http.StatusUnprocessableEntity, code, doc.Text())
			assert.Equal(t, tc.field, doc.Find("#input-error code").Text())
			assert.Equal(t, 0, doc.Find("#verdict").Length())
		})
	}
}

func TestWebRecords(t *testing.T) {
	_, none := newTestServer(t)
	code, doc := page(t, "GET", none.URL+"/records", "", nil)
	assert.Equal(t, http.StatusNotFound, code)
	assert.Contains(t, doc.Find("#page-error").Text(), "thidua serve --store FILE")

	_, ts := newTestServer(t, WithStore(seedStore(t)))
	code, doc = page(t, "GET", ts.URL+"/records", "", nil)
	require.Equal(t, http.StatusOK, code)
	checkAccessible(t, doc, "vi")
	assert.Equal(t, 2, doc.Find("#record-list li").Length())
	code, doc = page(t, "GET", ts.URL+"/records?lang=en&q=H%C6%B0ng+Y%C3%AAn", "", nil)
	require.Equal(t, http.StatusOK, code)
	checkAccessible(t, doc, "en")
	require.Equal(t, 1, doc.Find("#record-list li").Length())
	href, _ := doc.Find("#record-list a").Attr("href")
	assert.Equal(t, "/records/1?lang=en", href)
	sw, _ := doc.Find("#lang-switch").Attr("href")
	assert.Equal(t, "/records?lang=vi&q=H%C6%B0ng+Y%C3%AAn", sw, "the switch keeps the search")

	code, doc = page(t, "GET", ts.URL+href, "", nil)
	require.Equal(t, http.StatusOK, code)
	assert.Equal(t, "08/CT-UBND", doc.Find("#doc-number").Text())
	assert.Contains(t, doc.Find("#doc-text-view mark.citation").Text(), "98/2023/NĐ-CP")
	code, _ = page(t, "GET", ts.URL+"/records/7", "", nil)
	assert.Equal(t, http.StatusNotFound, code)
	code, _ = page(t, "GET", ts.URL+"/records/x", "", nil)
	assert.Equal(t, http.StatusBadRequest, code)
	code, _ = page(t, "GET", ts.URL+"/records?since=yesterday", "", nil)
	assert.Equal(t, http.StatusBadRequest, code)
}

func TestHighlight(t *testing.T) {
	rec := &directive.Record{Text: "Theo Luật 06/2022/QH15 và Nghị định 98/2023/NĐ-CP, phong trào “Cả nước chung sức xây dựng nông thôn mới”; Luật 06/2022/QH15.",
		Directive: directive.Directive{
			Citations: []directive.Citation{{Number: "06/2022/QH15"}, {Number: "98/2023/NĐ-CP"}, {Number: "1/CT"}, {Number: "QH"}},
			Campaigns: []directive.Campaign{{Name: "Cả nước chung sức xây dựng nông thôn mới"}, {Name: "nông thôn mới"}},
			Launches:  []directive.Launch{{Name: "Thi đua không có trong văn bản"}},
		}}
	spans := highlight(rec)
	var joined strings.Builder
	var marked []string
	for _, s := range spans {
		joined.WriteString(s.Text)
		if s.Class != "" {
			marked = append(marked, s.Class+":"+s.Text)
		}
	}
	assert.Equal(t, rec.Text, joined.String(), "the spans are the text, in order")
	assert.Equal(t, []string{"citation:06/2022/QH15", "citation:98/2023/NĐ-CP", "campaign:Cả nước chung sức xây dựng nông thôn mới", "citation:06/2022/QH15"}, marked,
		"every occurrence; an overlapping mark dropped; a name of under 3 bytes not searched")
	assert.Nil(t, highlight(&directive.Record{}))
	assert.Nil(t, highlight(nil))

	// On a real record: each citation found in the text is marked.
	r, err := parse.Any(context.Background(), readFile(t, "../testdata/chithi-08-ct-ubnd-2024.txt"))
	require.NoError(t, err)
	n := 0
	for _, s := range highlight(r) {
		if s.Class == "citation" {
			n++
		}
	}
	assert.Positive(t, n)
}

package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/store"
	"github.com/vnthidua/thidua/store/sqlite"
)

// quiet is a logger that drops everything (tests that read the log make
// their own).
var quiet = slog.New(slog.DiscardHandler)

// newTestServer runs a Server on 127.0.0.1 for one test.
func newTestServer(t *testing.T, opts ...Option) (*Server, *httptest.Server) {
	t.Helper()
	s := New(append([]Option{WithLogger(quiet)}, opts...)...)
	ts := httptest.NewServer(s)
	t.Cleanup(ts.Close)
	return s, ts
}

func readFile(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	return b
}

// do sends one request and returns the status, the headers and the body.
func do(t *testing.T, method, url, contentType string, body io.Reader) (int, http.Header, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	require.NoError(t, err)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	resp, err := http.DefaultClient.Do(req)
	require.NoError(t, err)
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	require.NoError(t, err)
	return resp.StatusCode, resp.Header, b
}

// errorBody is the API's error shape.
type errorBody struct {
	Error struct {
		Code  string `json:"code"`
		Field string `json:"field"`
		Vi    string `json:"vi"`
		En    string `json:"en"`
	} `json:"error"`
}

// checkError asserts that b is the error shape with the code (and field),
// a message in both languages, and nothing else.
func checkError(t *testing.T, b []byte, code, field string) {
	t.Helper()
	var e errorBody
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	require.NoError(t, dec.Decode(&e), "%s", b)
	assert.Equal(t, code, e.Error.Code, "%s", b)
	assert.Equal(t, field, e.Error.Field, "%s", b)
	assert.NotEmpty(t, e.Error.Vi, "%s", b)
	assert.NotEmpty(t, e.Error.En, "%s", b)
}

func TestOpenAPIMatchesRoutes(t *testing.T) {
	var doc struct {
		OpenAPI string                                `json:"openapi"`
		Paths   map[string]map[string]json.RawMessage `json:"paths"`
	}
	require.NoError(t, json.Unmarshal(openAPIJSON, &doc))
	assert.True(t, strings.HasPrefix(doc.OpenAPI, "3."), doc.OpenAPI)
	var inDoc, inTable []string
	for path, ops := range doc.Paths {
		for method := range ops {
			inDoc = append(inDoc, strings.ToUpper(method)+" "+path)
		}
	}
	s := New(WithLogger(quiet))
	for _, rt := range s.routes() {
		// The mux holds the route, and the route is the pattern it
		// answers for.
		method, path, ok := strings.Cut(rt.pattern, " ")
		require.True(t, ok, rt.pattern)
		req := httptest.NewRequest(method, strings.ReplaceAll(path, "{id}", "1"), nil)
		if path == "/{$}" {
			req = httptest.NewRequest(method, "/", nil)
		}
		_, pattern := s.mux.Handler(req)
		assert.Equal(t, rt.pattern, pattern)
		if rt.api {
			inTable = append(inTable, rt.pattern)
		}
	}
	sort.Strings(inDoc)
	sort.Strings(inTable)
	assert.Equal(t, inTable, inDoc, "the API's routes and the OpenAPI document's paths")
	// Served as it is embedded.
	_, ts := newTestServer(t)
	code, _, b := do(t, "GET", ts.URL+"/openapi.json", "", nil)
	assert.Equal(t, http.StatusOK, code)
	assert.JSONEq(t, string(openAPIJSON), string(b))
}

func TestParse(t *testing.T) {
	_, ts := newTestServer(t)
	seed := readFile(t, "../testdata/chithi-08-ct-ubnd-2024.txt")
	page := readFile(t, "../parse/testdata/html/hungyen-ct08-2024.html")
	for _, tc := range []struct {
		name, contentType, query string
		body                     []byte
		number, format, url      string
	}{
		{"text", "text/plain; charset=utf-8", "", seed, "08/CT-UBND", "text", ""},
		{"text sniffed", "", "", seed, "08/CT-UBND", "text", ""},
		{"text as curl sends it", "application/x-www-form-urlencoded", "", seed, "08/CT-UBND", "text", ""},
		// The portal's page writes the number so.
		{"html", "text/html; charset=utf-8", "?url=https://hungyen.gov.vn/ct08", page, "08/CT-CTUBND", "html", "https://hungyen.gov.vn/ct08"},
		{"html sniffed", "application/octet-stream", "", page, "08/CT-CTUBND", "html", ""},
		{"html sent as text", "text/plain", "", page, "08/CT-CTUBND", "html", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, h, b := do(t, "POST", ts.URL+"/v1/parse"+tc.query, tc.contentType, bytes.NewReader(tc.body))
			require.Equal(t, http.StatusOK, code, "%s", b)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			var rec struct {
				Source    struct{ Format, URL string }
				Directive struct{ Number, Kind string }
				Text      string
			}
			require.NoError(t, json.Unmarshal(b, &rec))
			assert.Equal(t, tc.number, rec.Directive.Number)
			assert.Equal(t, tc.format, rec.Source.Format)
			assert.Equal(t, tc.url, rec.Source.URL)
			assert.NotEmpty(t, rec.Text)
		})
	}
}

// TestParseURL fetches from a second local server: allowed with
// WithAllowPrivate, refused (403) without.
func TestParseURL(t *testing.T) {
	page := readFile(t, "../parse/testdata/html/hungyen-ct08-2024.html")
	portal := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/ct08" {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	}))
	defer portal.Close()
	body := func(u string) io.Reader { return strings.NewReader(`{"url": "` + u + `"}`) }

	_, open := newTestServer(t, WithAllowPrivate(true))
	code, _, b := do(t, "POST", open.URL+"/v1/parse", "application/json", body(portal.URL+"/ct08"))
	require.Equal(t, http.StatusOK, code, "%s", b)
	assert.Contains(t, string(b), `"number":"08/CT-CTUBND"`)
	assert.Contains(t, string(b), `"url":"`+portal.URL+`/ct08"`)
	code, _, b = do(t, "POST", open.URL+"/v1/parse", "application/json", body(portal.URL+"/missing"))
	assert.Equal(t, http.StatusUnprocessableEntity, code)
	checkError(t, b, "fetch_failed", "url")

	_, guarded := newTestServer(t)
	code, _, b = do(t, "POST", guarded.URL+"/v1/parse", "application/json", body(portal.URL+"/ct08"))
	assert.Equal(t, http.StatusForbidden, code)
	checkError(t, b, "private_address", "url")
}

// TestParseGarbage: text that is no directive is still read: the record
// says what it did not find.
func TestParseGarbage(t *testing.T) {
	_, ts := newTestServer(t)
	code, _, b := do(t, "POST", ts.URL+"/v1/parse", "text/plain", strings.NewReader("xx yy zz"))
	require.Equal(t, http.StatusOK, code, "%s", b)
	assert.Contains(t, string(b), "the document's number is not stated")
}

func TestValidate(t *testing.T) {
	_, ts := newTestServer(t)
	for _, tc := range []struct {
		file     string
		eligible bool
	}{
		{"cstd_cs_2024_eligible.json", true},
		{"ldtt_2024_htnv.json", false},
	} {
		code, _, b := do(t, "POST", ts.URL+"/v1/validate", "application/json", bytes.NewReader(readFile(t, "../nomination/testdata/"+tc.file)))
		require.Equal(t, http.StatusOK, code, "%s", b)
		var got nomination.Result
		require.NoError(t, json.Unmarshal(b, &got))
		in, err := nomination.Decode(bytes.NewReader(readFile(t, "../nomination/testdata/"+tc.file)))
		require.NoError(t, err)
		want, err := nomination.Validate(in.Nomination)
		require.NoError(t, err)
		assert.Equal(t, want, got, tc.file)
		assert.Equal(t, tc.eligible, got.Eligible, tc.file)
	}
	// A batch answers what ValidateBatch says, streamed.
	batch := readFile(t, "../nomination/testdata/batch_2023_quota.json")
	code, _, b := do(t, "POST", ts.URL+"/v1/validate", "application/json", bytes.NewReader(batch))
	require.Equal(t, http.StatusOK, code, "%s", b)
	var got nomination.BatchResult
	require.NoError(t, json.Unmarshal(b, &got), "%s", b)
	in, err := nomination.Decode(bytes.NewReader(batch))
	require.NoError(t, err)
	want, err := nomination.ValidateBatch(in.Batch)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	assert.NotEmpty(t, got.Results)
}

func TestCatalogues(t *testing.T) {
	_, ts := newTestServer(t)
	code, _, b := do(t, "GET", ts.URL+"/v1/awards", "", nil)
	require.Equal(t, http.StatusOK, code)
	var cat nomination.Catalogue
	require.NoError(t, json.Unmarshal(b, &cat))
	assert.Equal(t, len(nomination.Default().Awards), len(cat.Awards))
	assert.Equal(t, "CSTD_TQ", cat.Awards[0].Code)

	code, _, b = do(t, "GET", ts.URL+"/v1/campaigns", "", nil)
	require.Equal(t, http.StatusOK, code)
	var camps []struct{ ID, Name string }
	require.NoError(t, json.Unmarshal(b, &camps))
	assert.Equal(t, len(campaignList()), len(camps))
	assert.NotEmpty(t, camps[0].ID)

	code, _, b = do(t, "GET", ts.URL+"/healthz", "", nil)
	require.Equal(t, http.StatusOK, code)
	assert.JSONEq(t, fmt.Sprintf(`{"status":"ok","in_flight":0,"max_concurrent":%d,"store":false}`, DefaultMaxConcurrent), string(b))
}

// TestBadInput sends what a careless or hostile client sends: every
// answer is a 4xx in the error shape, never a 5xx.
func TestBadInput(t *testing.T) {
	const small = 1 << 10
	_, ts := newTestServer(t, WithMaxParseBytes(small))
	binary := bytes.Repeat([]byte{0, 1, 2, 0xff, 0xfe}, 100)
	nom := func(s string) string { return s }
	for _, tc := range []struct {
		name, method, path, contentType string
		body                            string
		status                          int
		code, field                     string
	}{
		{"parse empty", "POST", "/v1/parse", "text/plain", "", 400, "empty_body", ""},
		{"parse blank", "POST", "/v1/parse", "", " \n\t ", 400, "empty_body", ""},
		{"parse binary", "POST", "/v1/parse", "", string(binary), 415, "unsupported_format", ""},
		{"parse binary as text", "POST", "/v1/parse", "text/plain", string(binary), 415, "unsupported_format", ""},
		{"parse page without text", "POST", "/v1/parse", "text/html", "<html><body><script>x()</script></body></html>", 422, "empty", ""},
		{"parse not a pdf", "POST", "/v1/parse", "application/pdf", "this is not a PDF", 415, "unsupported_format", ""},
		{"parse oversized", "POST", "/v1/parse", "text/plain", strings.Repeat("thi đua ", small), 413, "too_large", ""},
		{"parse image", "POST", "/v1/parse", "image/png", "\x89PNG\r\n", 415, "unsupported_media_type", ""},
		{"parse bad content type", "POST", "/v1/parse", "text/", "abc", 415, "unsupported_media_type", ""},
		{"parse bad url param", "POST", "/v1/parse?url=ftp://x", "text/plain", "abc", 400, "bad_url", "url"},
		{"parse url malformed json", "POST", "/v1/parse", "application/json", `{"url": `, 400, "bad_json", ""},
		{"parse url missing", "POST", "/v1/parse", "application/json", `{}`, 400, "bad_url", "url"},
		{"parse url not http", "POST", "/v1/parse", "application/json", `{"url": "file:///etc/passwd"}`, 400, "bad_url", "url"},
		{"parse url oversized json", "POST", "/v1/parse", "application/json", `{"url": "` + strings.Repeat("a", 70<<10) + `"}`, 413, "too_large", ""},

		{"validate empty", "POST", "/v1/validate", "application/json", "", 400, "bad_json", ""},
		{"validate malformed", "POST", "/v1/validate", "application/json", `{"award": "LDTT",`, 400, "bad_json", ""},
		{"validate array", "POST", "/v1/validate", "application/json", `[1, 2]`, 400, "bad_json", ""},
		{"validate binary", "POST", "/v1/validate", "application/json", string(binary), 400, "bad_json", ""},
		{"validate wrong type", "POST", "/v1/validate", "application/json", `{"award": "LDTT", "year": "2024"}`, 400, "bad_json", ""},
		{"validate xlsx broken", "POST", "/v1/validate", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "PK\x03\x04", 400, "bad_xlsx", ""},
		{"validate xls", "POST", "/v1/validate", "application/vnd.ms-excel", "\xd0\xcf\x11\xe0", 415, "xls_not_supported", ""},
		{"validate octet-stream not xlsx", "POST", "/v1/validate", "application/octet-stream", `{"award": "LDTT"}`, 415, "unsupported_media_type", ""},
		{"validate html", "POST", "/v1/validate", "text/html", "<p>x</p>", 415, "unsupported_media_type", ""},
		{"validate unknown award", "POST", "/v1/validate", "application/json", nom(`{"award": "NOBEL", "year": 2024, "subject": {"kind": "individual"}}`), 422, "invalid_input", "award"},
		{"validate year out of range", "POST", "/v1/validate", "application/json", nom(`{"award": "LDTT", "year": 3000, "subject": {"kind": "individual"}}`), 422, "invalid_input", "year"},
		{"validate no year", "POST", "/v1/validate", "application/json", nom(`{"award": "LDTT", "subject": {"kind": "individual"}}`), 422, "invalid_input", "year"},
		{"validate bad kind", "POST", "/v1/validate", "application/json", nom(`{"award": "LDTT", "year": 2024, "subject": {"kind": "robot"}}`), 422, "invalid_input", "subject.kind"},
		{"validate bad date", "POST", "/v1/validate", "application/json", nom(`{"award": "LDTT", "year": 2024, "as_of": "2025-13-45", "subject": {"kind": "individual"}}`), 422, "invalid_input", "as_of"},
		{"validate count out of range", "POST", "/v1/validate", "application/json", nom(`{"award": "TTLDTT", "year": 2024, "subject": {"kind": "collective"}, "members": {"total": -1}}`), 422, "invalid_input", "members.total"},
		{"validate batch member out of range", "POST", "/v1/validate", "application/json", `{"unit": "U", "year": 2024, "nominations": [{"award": "LDTT", "subject": {"kind": "individual"}}, {"award": "LDTT", "year": 1900, "subject": {"kind": "individual"}}]}`, 422, "invalid_input", "nominations[1].year"},
		{"validate oversized", "POST", "/v1/validate", "application/json", `{"award": "LDTT", "subject": {"name": "` + strings.Repeat("a", nomination.MaxInput) + `"}}`, 413, "too_large", ""},

		{"records without store", "GET", "/v1/records", "", "", 404, "no_store", ""},
		{"record without store", "GET", "/v1/records/1", "", "", 404, "no_store", ""},
		{"unknown path", "GET", "/v1/nothing", "", "", 404, "not_found", ""},
		{"wrong method", "GET", "/v1/validate", "", "", 405, "method_not_allowed", ""},
		{"wrong method on a catalogue", "POST", "/v1/awards", "application/json", "{}", 405, "method_not_allowed", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, h, b := do(t, tc.method, ts.URL+tc.path, tc.contentType, strings.NewReader(tc.body))
			assert.Equal(t, tc.status, code, "%s", b)
			assert.Equal(t, "application/json; charset=utf-8", h.Get("Content-Type"))
			checkError(t, b, tc.code, tc.field)
			if tc.status == 405 {
				assert.NotEmpty(t, h.Get("Allow"))
			}
		})
	}
}

func TestSplitBilingual(t *testing.T) {
	for _, tc := range []struct{ in, vi, en string }{
		{"năm ngoài khoảng 1945–2100 hoặc thiếu / year missing or out of range 1945–2100: 3000",
			"năm ngoài khoảng 1945–2100 hoặc thiếu: 3000", "year missing or out of range 1945–2100: 3000"},
		{`ngày phải có dạng YYYY-MM-DD / date must be YYYY-MM-DD, got "2025-13-45"`,
			`ngày phải có dạng YYYY-MM-DD: "2025-13-45"`, `date must be YYYY-MM-DD, got "2025-13-45"`},
		{`mã danh hiệu không có trong danh mục / unknown award code "NOBEL"`,
			`mã danh hiệu không có trong danh mục: "NOBEL"`, `unknown award code "NOBEL"`},
		{"lớn hơn 8 byte / larger than 8 bytes", "lớn hơn 8 byte", "larger than 8 bytes"},
		{"no split here", "no split here", "no split here"},
	} {
		vi, en := splitBilingual(tc.in)
		assert.Equal(t, tc.vi, vi)
		assert.Equal(t, tc.en, en)
	}
}

// TestTimeout gives the server no time at all: the parse is stopped and
// answered 503 "timeout", a batch likewise.
func TestTimeout(t *testing.T) {
	_, ts := newTestServer(t, WithTimeout(time.Nanosecond))
	code, _, b := do(t, "POST", ts.URL+"/v1/parse", "text/plain", bytes.NewReader(readFile(t, "../testdata/chithi-08-ct-ubnd-2024.txt")))
	assert.Equal(t, http.StatusServiceUnavailable, code)
	checkError(t, b, "timeout", "")
	code, _, b = do(t, "POST", ts.URL+"/v1/validate", "application/json", bytes.NewReader(readFile(t, "../nomination/testdata/batch_2023_quota.json")))
	assert.Equal(t, http.StatusServiceUnavailable, code)
	checkError(t, b, "timeout", "")
}

// slowBody is a request body the test feeds by hand.
func slowBody(t *testing.T, url, contentType string) (*io.PipeWriter, chan *http.Response) {
	t.Helper()
	pr, pw := io.Pipe()
	req, err := http.NewRequest("POST", url, pr)
	require.NoError(t, err)
	req.Header.Set("Content-Type", contentType)
	done := make(chan *http.Response, 1)
	go func() {
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Error(err)
			done <- nil
			return
		}
		done <- resp
	}()
	return pw, done
}

// waitInFlight asks /healthz until n requests are being served.
func waitInFlight(t *testing.T, base string, n int64) {
	t.Helper()
	for {
		_, _, b := do(t, "GET", base+"/healthz", "", nil)
		var h health
		require.NoError(t, json.Unmarshal(b, &h))
		if h.InFlight == n {
			return
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// TestBusy fills a server of one slot with a request whose body is still
// coming: the next is refused with 503 and Retry-After, /healthz still
// answers, and the first completes once its body is sent.
func TestBusy(t *testing.T) {
	_, ts := newTestServer(t, WithMaxConcurrent(1))
	pw, done := slowBody(t, ts.URL+"/v1/validate", "application/json")
	_, err := pw.Write([]byte(`{"award": "LDTT", "year": 2024, `))
	require.NoError(t, err)
	waitInFlight(t, ts.URL, 1)

	code, h, b := do(t, "GET", ts.URL+"/v1/awards", "", nil)
	assert.Equal(t, http.StatusServiceUnavailable, code)
	assert.Equal(t, "1", h.Get("Retry-After"))
	checkError(t, b, "busy", "")

	pw.Write([]byte(`"subject": {"kind": "individual"}, "ratings": [{"year": 2024, "rating": "HTTNV"}]}`))
	pw.Close()
	resp := <-done
	require.NotNil(t, resp)
	defer resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode)
	waitInFlight(t, ts.URL, 0)
	code, _, _ = do(t, "GET", ts.URL+"/v1/awards", "", nil)
	assert.Equal(t, http.StatusOK, code, "the slot is free again")
}

// TestReadTimeout: a body that stops coming is answered 408 once the
// server's read timeout has passed.
func TestReadTimeout(t *testing.T) {
	s := New(WithLogger(quiet), WithReadTimeout(200*time.Millisecond))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()
	defer func() {
		cancel()
		assert.NoError(t, <-served)
	}()
	for _, path := range []string{"/v1/parse", "/v1/validate"} {
		pw, done := slowBody(t, "http://"+ln.Addr().String()+path, "application/octet-stream")
		pw.Write([]byte(`{"award"`))
		resp := <-done
		require.NotNil(t, resp)
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		pw.Close()
		// validate reads octet-stream too: it may be an XLSX workbook.
		assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "%s", b)
		checkError(t, b, "request_timeout", "")
	}
	pw, done := slowBody(t, "http://"+ln.Addr().String()+"/v1/validate", "application/json")
	pw.Write([]byte(`{"award"`))
	resp := <-done
	require.NotNil(t, resp)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	pw.Close()
	assert.Equal(t, http.StatusRequestTimeout, resp.StatusCode, "%s", b)
	checkError(t, b, "request_timeout", "")
}

// TestShutdown cancels the server's context while a request is in
// flight: the request completes, Serve returns nil, the port is closed.
func TestShutdown(t *testing.T) {
	var logBuf syncBuffer
	s := New(WithLogger(slog.New(slog.NewTextHandler(&logBuf, nil))))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- s.Serve(ctx, ln) }()

	pw, done := slowBody(t, base+"/v1/validate", "application/json")
	pw.Write([]byte(`{"award": "LDTT", "year": 2024, `))
	waitInFlight(t, base, 1)
	cancel()
	for !strings.Contains(logBuf.String(), "shutting down") {
		time.Sleep(5 * time.Millisecond)
	}
	pw.Write([]byte(`"subject": {"kind": "individual"}}`))
	pw.Close()
	resp := <-done
	require.NotNil(t, resp)
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	assert.Equal(t, http.StatusOK, resp.StatusCode, "%s", b)
	assert.NoError(t, <-served)
	_, err = net.Dial("tcp", ln.Addr().String())
	assert.Error(t, err, "the listener is closed")
	assert.Contains(t, logBuf.String(), "path=/v1/validate status=200")
}

// syncBuffer is a bytes.Buffer safe for the server's goroutines.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// seedStore writes records into a new SQLite store, as a crawl would.
func seedStore(t *testing.T) *sqlite.DB {
	t.Helper()
	ctx := context.Background()
	db, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "thidua.db"))
	require.NoError(t, err)
	t.Cleanup(func() { db.Close() })
	for i, f := range []string{"../testdata/chithi-08-ct-ubnd-2024.txt", "../parse/testdata/html/haiphong-kh298-2020.html"} {
		b := readFile(t, f)
		rec, err := parse.Any(ctx, b)
		require.NoError(t, err)
		u := fmt.Sprintf("https://portal.example/%d", i+1)
		e := store.Entry{URL: u, Kind: store.KindPage, State: store.Done}
		_, err = db.Add(ctx, []store.Entry{e})
		require.NoError(t, err)
		require.NoError(t, db.SavePage(ctx, e, nil, &store.Record{URLs: []string{u}, Hash: fmt.Sprint("h", i), FetchedAt: time.Date(2025, 1, 2, 3, 4, 5, 0, time.UTC), Relevance: 0.9, Record: rec}, nil))
	}
	return db
}

func TestRecords(t *testing.T) {
	db := seedStore(t)
	_, ts := newTestServer(t, WithStore(db))
	type list struct {
		Count   int
		Records []struct {
			ID      int64
			URLs    []string
			Snippet string
			Record  struct {
				Directive struct{ Number, Kind string }
				Text      string
			}
		}
	}
	get := func(query string) (int, list, []byte) {
		code, _, b := do(t, "GET", ts.URL+"/v1/records"+query, "", nil)
		var l list
		if code == 200 {
			require.NoError(t, json.Unmarshal(b, &l), "%s", b)
		}
		return code, l, b
	}
	for _, tc := range []struct {
		query   string
		numbers []string
	}{
		{"", []string{"08/CT-UBND", "298/KH-UBND"}},
		{"?limit=1", []string{"08/CT-UBND"}},
		{"?kind=CT", []string{"08/CT-UBND"}},
		{"?kind=QĐ", nil},
		{"?province=H%C6%B0ng+Y%C3%AAn", []string{"08/CT-UBND"}},
		{"?since=2024-01-01", []string{"08/CT-UBND"}},
		{"?q=H%C6%B0ng+Y%C3%AAn", []string{"08/CT-UBND"}},
		{"?q=thi+%C4%91ua&kind=KH", []string{"298/KH-UBND"}},
		{"?q=nothingmatches", nil},
	} {
		code, l, b := get(tc.query)
		require.Equal(t, 200, code, "%s %s", tc.query, b)
		var numbers []string
		for _, r := range l.Records {
			numbers = append(numbers, r.Record.Directive.Number)
			assert.Empty(t, r.Record.Text, "lists leave the text out")
			assert.NotEmpty(t, r.URLs)
		}
		assert.Equal(t, tc.numbers, numbers, tc.query)
		assert.Equal(t, len(tc.numbers), l.Count)
	}
	for _, tc := range []struct{ query, field string }{
		{"?since=2024", "since"}, {"?limit=0", "limit"}, {"?limit=501", "limit"}, {"?limit=x", "limit"}, {"?q=%22unbalanced", "q"},
	} {
		code, _, b := get(tc.query)
		assert.Equal(t, 400, code, tc.query)
		checkError(t, b, "bad_query", tc.field)
	}

	code, _, b := do(t, "GET", ts.URL+"/v1/records/1", "", nil)
	require.Equal(t, 200, code)
	var one struct {
		ID     int64
		Record struct {
			Directive struct{ Number string }
			Text      string
		}
	}
	require.NoError(t, json.Unmarshal(b, &one))
	assert.Equal(t, int64(1), one.ID)
	assert.Equal(t, "08/CT-UBND", one.Record.Directive.Number)
	assert.Contains(t, one.Record.Text, "CHỈ THỊ", "one record has its text")
	code, _, b = do(t, "GET", ts.URL+"/v1/records/99", "", nil)
	assert.Equal(t, 404, code)
	checkError(t, b, "not_found", "id")
	for _, id := range []string{"0", "-1", "abc", "99999999999999999999"} {
		code, _, b = do(t, "GET", ts.URL+"/v1/records/"+id, "", nil)
		assert.Equal(t, 400, code, id)
		checkError(t, b, "bad_id", "id")
	}
	code, _, b = do(t, "GET", ts.URL+"/healthz", "", nil)
	assert.Equal(t, 200, code)
	assert.Contains(t, string(b), `"store":true`)
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
)

// pages is the folder of portal pages the parse package tests with.
const pages = "../../parse/testdata/html"

// portalServer serves the corpus pages and an attached PDF, and records
// the paths it was asked for.
func portalServer(t *testing.T) (*httptest.Server, func(string) bool) {
	t.Helper()
	files := map[string]struct{ file, ctype string }{
		"/tin/hungyen.html":     {pages + "/hungyen-ct08-2024.html", "text/html; charset=utf-8"},
		"/tin/haiphong.html":    {pages + "/haiphong-kh298-2020.html", "text/html; charset=utf-8"},
		"/Lists/TinTuc/1.aspx":  {pages + "/binhduong-ct01-2021.html", "text/html"},
		"/tin-tuc/news-08.html": {pages + "/attach/news-08-ct-ubnd.html", "text/html; charset=utf-8"},
		"/files/08-CT-UBND.pdf": {pages + "/attach/08-CT-UBND.pdf", "application/pdf"},
	}
	var mu sync.Mutex
	var seen []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		seen = append(seen, r.URL.Path)
		mu.Unlock()
		f, ok := files[r.URL.Path]
		if !ok {
			http.NotFound(w, r)
			return
		}
		b, err := os.ReadFile(f.file)
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", f.ctype)
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	got := func(path string) bool {
		mu.Lock()
		defer mu.Unlock()
		for _, s := range seen {
			if s == path {
				return true
			}
		}
		return false
	}
	return srv, got
}

func TestParseURL(t *testing.T) {
	srv, _ := portalServer(t)
	code, stdout, stderr := runCLI(t, "", "parse", "--allow-private", "--format", "json", srv.URL+"/tin/hungyen.html")
	require.Equal(t, 0, code, stderr)
	var rec directive.Record
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	assert.Equal(t, "08/CT-CTUBND", rec.Directive.Number)
	assert.Equal(t, srv.URL+"/tin/hungyen.html", rec.Source.URL)
	assert.Equal(t, "Cổng thông tin điện tử tỉnh Hưng Yên", rec.Source.Site)
	assert.Equal(t, "Duy Tùng", rec.Source.Author)
}

// Many files and URLs stream one record a line; bad ones are reported on
// stderr and skipped; no progress bar when stderr is not a terminal.
func TestParseJSONLStream(t *testing.T) {
	srv, _ := portalServer(t)
	code, stdout, stderr := runCLI(t, "", "parse", "--allow-private", "--format", "jsonl",
		srv.URL+"/tin/hungyen.html",
		srv.URL+"/missing.html",
		filepath.Join(pages, "binhduong-ct01-2021.html"),
		"does-not-exist.html",
		srv.URL+"/Lists/TinTuc/1.aspx",
		srv.URL+"/tin/haiphong.html",
	)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "404")
	assert.Contains(t, stderr, "missing.html")
	assert.Contains(t, stderr, "does-not-exist.html")
	assert.NotContains(t, stderr, "\r", "progress bar drawn on a non-terminal")
	var numbers, attachments []string
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec directive.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &rec), sc.Text())
		numbers = append(numbers, rec.Directive.Number)
		for _, a := range rec.Directive.Attachments {
			attachments = append(attachments, a.URL)
		}
	}
	assert.Equal(t, []string{"08/CT-CTUBND", "", "", "298/KH-UBND"}, numbers)
	assert.Equal(t, []string{"/Lists/TinTuc/Attachments/1842/01-CT.signed.pdf", srv.URL + "/Lists/TinTuc/Attachments/1842/01-CT.signed.pdf"}, attachments)
}

func TestParseFollowAttachments(t *testing.T) {
	srv, got := portalServer(t)
	code, stdout, stderr := runCLI(t, "", "parse", "--allow-private", "--format", "json", srv.URL+"/tin-tuc/news-08.html")
	require.Equal(t, 0, code, stderr)
	assert.False(t, got("/files/08-CT-UBND.pdf"))
	var page directive.Record
	require.NoError(t, json.Unmarshal([]byte(stdout), &page))
	assert.Equal(t, "08/CT-UBND", page.Directive.Number)

	code, stdout, stderr = runCLI(t, "", "parse", "--allow-private", "--format", "json", "--follow-attachments", srv.URL+"/tin-tuc/news-08.html")
	require.Equal(t, 0, code, stderr)
	assert.True(t, got("/files/08-CT-UBND.pdf"), "the attached PDF was not downloaded")
	var rec directive.Record
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	read := false
	for _, w := range rec.Warnings {
		if strings.Contains(w, "read attachment 08-CT-UBND.pdf") {
			read = true
		}
	}
	if !read {
		// The PDF reader could not read the file: the page's record
		// stands and a warning names the attachment.
		assert.Equal(t, page.Directive, rec.Directive)
		assert.Contains(t, strings.Join(rec.Warnings, "\n"), "08-CT-UBND.pdf")
		t.Logf("PDF not merged: %v", rec.Warnings)
		return
	}
	assert.Equal(t, "Nguyễn Minh Khôi", rec.Directive.Signer.Name)
	assert.NotEmpty(t, rec.Directive.Recipients)
	assert.Equal(t, "Minh Anh", rec.Source.Author)
}

// A URL on the machine's own address is refused without --allow-private,
// with a message that says how to allow it, and the server is not asked.
func TestParseURLRefusesPrivate(t *testing.T) {
	srv, got := portalServer(t)
	code, stdout, stderr := runCLI(t, "", "parse", srv.URL+"/tin/hungyen.html")
	assert.Equal(t, 1, code)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "127.0.0.1")
	assert.Contains(t, stderr, "--allow-private")
	assert.False(t, got("/tin/hungyen.html"))

	code, _, stderr = runCLI(t, "", "parse", "--attachment-host", "a b", srv.URL+"/tin/hungyen.html")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "not a host name")
}

func TestProgressBar(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, total: 4, width: 8}
	p.show(1, "a.html")
	assert.Equal(t, "\r\x1b[K[==>     ] 1/4 a.html", buf.String())
	buf.Reset()
	p.clear()
	assert.Equal(t, "\r\x1b[K", buf.String())
	buf.Reset()
	p.clear()
	assert.Empty(t, buf.String(), "clear twice")
	var none *progress
	none.show(1, "x")
	none.clear()

	assert.False(t, isTerminal(&buf))
	f, err := os.CreateTemp(t.TempDir(), "out")
	require.NoError(t, err)
	defer f.Close()
	assert.False(t, isTerminal(f), "a regular file is not a terminal")
}

// TestParseMaxPages: --max-pages 1 on a 2-page PDF gives the record of
// the first page with a warning, and the help says so.
func TestParseMaxPages(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "parse", "--format", "json", "--max-pages", "1", "../../parse/testdata/pdf/a_chithi_unicode.pdf")
	require.Equal(t, 0, code, stderr)
	var rec directive.Record
	require.NoError(t, json.Unmarshal([]byte(stdout), &rec))
	assert.Equal(t, "08/CT-UBND", rec.Directive.Number)
	assert.Contains(t, rec.Warnings, "chỉ đọc 1 trang đầu trong 2 trang / read only the first 1 of 2 pages (the page limit)")

	_, _, help := runCLI(t, "", "parse", "-h")
	assert.Contains(t, help, "only the first N are read, with a warning")
}

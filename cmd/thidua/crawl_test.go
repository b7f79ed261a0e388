package main

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/crawl"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/testportal"
)

// crawl, then export and search the store, as the README shows.
func TestCrawlExportSearch(t *testing.T) {
	srv := httptest.NewServer(testportal.New(0))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "thidua.db")

	code, _, stderr := runCLI(t, "", "crawl", "--store", db, "--rate", "0", srv.URL+"/")
	assert.Equal(t, 1, code, "without --allow-private nothing can be fetched")
	assert.Contains(t, stderr, "--allow-private")

	code, stdout, stderr := runCLI(t, "", "crawl", "--store", db, "--allow-private", "--rate", "0", srv.URL+"/")
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, stdout)
	assert.Contains(t, stderr, "bản ghi / records")
	assert.Contains(t, stderr, "/thi-dua/loi.html: 500", "failures are listed in the summary")

	code, stdout, stderr = runCLI(t, "", "export", "--store", db)
	require.Equal(t, 0, code, stderr)
	var numbers []string
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 4<<20)
	for sc.Scan() {
		var e struct {
			URLs   []string         `json:"urls"`
			Record directive.Record `json:"record"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e))
		require.NotEmpty(t, e.URLs)
		numbers = append(numbers, e.Record.Directive.Number)
	}
	assert.Subset(t, numbers, []string{"08/CT-CTUBND", "08/CT-UBND", "298/KH-UBND", "57/KH-UBND", "152/KH-UBND"})

	code, stdout, _ = runCLI(t, "", "export", "--store", db, "--format", "csv", "--kind", "KH", "--province", "Hải Phòng")
	require.Equal(t, 0, code)
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(stdout, "\ufeff"))).ReadAll()
	require.NoError(t, err)
	require.Len(t, rows, 2)
	assert.Equal(t, "number", rows[0][3])
	assert.Equal(t, "298/KH-UBND", rows[1][3])

	code, stdout, stderr = runCLI(t, "", "search", "--store", db, "điển hình")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "[điển] [hình]")
	code, stdout, _ = runCLI(t, "", "search", "--store", db, "--format", "jsonl", `"phân luồng"`)
	require.Equal(t, 0, code)
	assert.Empty(t, stdout, "the off-subject page is not a record")
	code, stdout, _ = runCLI(t, "", "search", "--store", db, "--format", "jsonl", `"gương điển hình"`)
	require.Equal(t, 0, code)
	assert.Contains(t, stdout, "298/KH-UBND", "a phrase is searched as a phrase")

	for _, args := range [][]string{
		{"crawl", "--store", db},
		{"crawl", "--store", db, "--since", "01/02/2024", srv.URL},
		{"crawl", "--store", db, "--portal", "khong-co"},
		{"crawl", "--store", db, "ftp://x/"},
		{"export", "--store", filepath.Join(t.TempDir(), "none.db")},
		{"export", "--store", db, "--format", "xml"},
		{"search", "--store", db},
		{"search", "--store", db, `"unbalanced`},
	} {
		code, _, stderr := runCLI(t, "", args...)
		assert.Equal(t, 2, code, "%v: %s", args, stderr)
	}
}

func TestCrawlPortalRegistry(t *testing.T) {
	code, stdout, stderr := runCLI(t, "", "crawl", "--portal", "list")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stdout, "hanoi")
	for _, p := range crawl.Portals() {
		assert.NotEmpty(t, p.Name)
		assert.False(t, p.Checked && p.URL == "", p.Name)
		if p.URL != "" {
			assert.NotEmpty(t, p.SeenIn, "%s: a URL without where it was seen", p.Name)
			assert.True(t, strings.HasPrefix(p.URL, "http://") || strings.HasPrefix(p.URL, "https://"), p.URL)
		}
	}
}

// Many inputs are read in parallel; the records still come out in input
// order, the slow first one first.
func TestParseKeepsInputOrder(t *testing.T) {
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		time.Sleep(300 * time.Millisecond)
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		w.Write([]byte("UỶ BAN NHÂN DÂN\nTỈNH HƯNG YÊN\nSố: 99/CT-UBND\nCHỈ THỊ\nVề việc thi đua\n"))
	}))
	defer slow.Close()
	code, stdout, stderr := runCLI(t, "", "parse", "--allow-private", "--jobs", "4", "--format", "jsonl", slow.URL+"/a",
		filepath.Join(pages, "hungyen-ct08-2024.html"), filepath.Join(pages, "haiphong-kh298-2020.html"), filepath.Join(pages, "binhduong-ct01-2021.html"))
	require.Equal(t, 0, code, stderr)
	var numbers []string
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		var rec directive.Record
		require.NoError(t, json.Unmarshal([]byte(line), &rec))
		numbers = append(numbers, rec.Directive.Number)
	}
	assert.Equal(t, []string{"99/CT-UBND", "08/CT-CTUBND", "298/KH-UBND", ""}, numbers)
}

package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/nlnwa/gowarc/v3"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/testportal"
	"github.com/vnthidua/thidua/internal/warctest"
)

func writeSample(t *testing.T, name string, gz bool) (string, []int64, []warctest.Item) {
	t.Helper()
	items, err := warctest.Sample()
	require.NoError(t, err)
	var b bytes.Buffer
	offsets, err := warctest.Write(&b, gz, items...)
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, b.Bytes(), 0o644))
	return path, offsets, items
}

func jsonlRecords(t *testing.T, out string) []directive.Record {
	t.Helper()
	var recs []directive.Record
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var r directive.Record
		require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
		recs = append(recs, r)
	}
	return recs
}

func sourceURLs(recs []directive.Record) []string {
	var out []string
	for _, r := range recs {
		out = append(out, r.Source.URL)
	}
	return out
}

func TestParseWARC(t *testing.T) {
	gz, _, _ := writeSample(t, "sample.warc.gz", true)
	plain, _, _ := writeSample(t, "crawl.dat", false) // known by its first bytes
	for _, path := range []string{gz, plain} {
		code, stdout, stderr := runCLI(t, "", "parse", "--format", "jsonl", path)
		require.Equal(t, 0, code, stderr)
		recs := jsonlRecords(t, stdout)
		// The page of example.com has the bytes of the first page: a
		// duplicate, dropped.
		assert.Equal(t, []string{warctest.UTF8URL, warctest.CP1258URL, warctest.MislabelURL, warctest.GzipURL, warctest.PDFURL}, sourceURLs(recs))
		assert.Contains(t, stderr, "5 bản ghi / records, 1 trùng bỏ qua / duplicates dropped, 0 lỗi / failed")
		assert.Equal(t, "298/KH-UBND", recs[1].Directive.Number, "windows-1258 named only in Content-Type")
		assert.Equal(t, "2025-03-14T09:26:55Z", recs[1].Source.Fetched)
		assert.Equal(t, "pdf", recs[4].Source.Format)
	}

	code, stdout, stderr := runCLI(t, "", "parse", "--format", "jsonl", "--domain", "gov.vn", gz)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{warctest.UTF8URL, warctest.CP1258URL, warctest.MislabelURL, warctest.GzipURL}, sourceURLs(jsonlRecords(t, stdout)))
	code, stdout, _ = runCLI(t, "", "parse", "--format", "jsonl", "--domain", "chinhphu.vn", "--domain", "example.com", gz)
	require.Equal(t, 0, code)
	assert.Equal(t, []string{warctest.PDFURL, warctest.ForeignURL}, sourceURLs(jsonlRecords(t, stdout)), "no duplicate once the first copy is filtered out")

	// A WARC among other inputs: records in the order of the inputs.
	page := filepath.Join(warctest.Root(), "parse/testdata/html/binhduong-ct01-2021.html")
	code, stdout, stderr = runCLI(t, "", "parse", "--format", "jsonl", "--domain", "haiphong.gov.vn", page, gz)
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, []string{"", warctest.CP1258URL, warctest.MislabelURL}, sourceURLs(jsonlRecords(t, stdout)))
}

func TestParseWARCDamaged(t *testing.T) {
	path, offsets, items := writeSample(t, "sample.warc.gz", true)
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var at int64
	for i, it := range items {
		if it.URL == warctest.CP1258URL && it.Type.String() == "response" {
			at = offsets[i]
		}
	}
	for i := at + 100; i < at+110; i++ {
		b[i] ^= 0xff
	}
	require.NoError(t, os.WriteFile(path, b, 0o644))
	code, stdout, stderr := runCLI(t, "", "parse", "--format", "jsonl", path)
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "offset "+strconv.FormatInt(at, 10)+": bản ghi WARC hỏng / damaged WARC record")
	assert.Equal(t, []string{warctest.UTF8URL, warctest.MislabelURL, warctest.GzipURL, warctest.PDFURL}, sourceURLs(jsonlRecords(t, stdout)), "the rest is read")
}

// crawl --warc archives what the crawl fetched; thidua parse reads the
// archive back into the records the crawl stored.
func TestCrawlWARC(t *testing.T) {
	portal := testportal.New(3)
	srv := httptest.NewServer(portal)
	defer srv.Close()
	dir := t.TempDir()
	db, archive := filepath.Join(dir, "thidua.db"), filepath.Join(dir, "warc")
	code, _, stderr := runCLI(t, "", "crawl", "--store", db, "--allow-private", "--rate", "0", "--quiet", "--warc", archive, srv.URL+"/")
	require.Equal(t, 0, code, stderr)
	files, err := filepath.Glob(filepath.Join(archive, "*.warc.gz"))
	require.NoError(t, err)
	require.Len(t, files, 1)
	leftover, _ := filepath.Glob(filepath.Join(archive, "*.open"))
	assert.Empty(t, leftover, "the file is closed when the crawl ends")
	// Every answer the portal gave is archived, robots.txt, the 429, the
	// 500s and the 404s included, each with its request.
	types, statuses := map[string]int{}, map[int]int{}
	f, err := os.Open(files[0])
	require.NoError(t, err)
	defer f.Close()
	r, err := gowarc.NewWarcFileReaderFromStream(f, 0)
	require.NoError(t, err)
	for rec, err := range r.Records() {
		require.NoError(t, err)
		types[rec.WarcRecord.Type().String()]++
		if b, ok := rec.WarcRecord.Block().(gowarc.HttpResponseBlock); ok {
			statuses[b.HttpStatusCode()]++
		}
		rec.Close()
	}
	hits := len(portal.Hits())
	assert.Equal(t, hits, types["response"])
	assert.Equal(t, hits, types["request"])
	assert.Equal(t, 1, types["warcinfo"])
	for _, code := range []int{200, 404, 429, 500} {
		assert.Positive(t, statuses[code], code)
	}

	code, stdout, stderr := runCLI(t, "", "parse", "--format", "jsonl", files[0])
	require.Equal(t, 0, code, stderr)
	fromWARC := map[string]directive.Record{}
	for _, r := range jsonlRecords(t, stdout) {
		assert.NotEmpty(t, r.Source.Fetched)
		fromWARC[r.Source.URL] = r
	}

	code, stdout, stderr = runCLI(t, "", "export", "--store", db)
	require.Equal(t, 0, code, stderr)
	compared := 0
	sc := bufio.NewScanner(strings.NewReader(stdout))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		var e struct {
			URLs   []string         `json:"urls"`
			Record directive.Record `json:"record"`
		}
		require.NoError(t, json.Unmarshal(sc.Bytes(), &e))
		if len(e.URLs) > 1 && (strings.HasSuffix(e.URLs[0], ".pdf") || strings.HasSuffix(e.URLs[1], ".pdf")) {
			continue // a page merged with its PDF: two responses, one record
		}
		var got directive.Record
		found := false
		for _, u := range e.URLs {
			if got, found = fromWARC[u]; found {
				break
			}
		}
		if !assert.True(t, found, "no record from the WARC for %v", e.URLs) {
			continue
		}
		got.Source.Fetched = ""
		got.Source.URL = e.Record.Source.URL // one article under two URLs: the archive keeps the first fetched
		want, _ := json.Marshal(e.Record)
		have, _ := json.Marshal(got)
		assert.JSONEq(t, string(want), string(have), "%v", e.URLs)
		compared++
	}
	assert.Equal(t, 11, compared)
}

package warc_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/internal/warctest"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/warc"
)

// sample writes the test WARC and returns its bytes and the offset of
// each record.
func sample(t testing.TB, gz bool) ([]byte, []int64, []warctest.Item) {
	t.Helper()
	items, err := warctest.Sample()
	require.NoError(t, err)
	var b bytes.Buffer
	offsets, err := warctest.Write(&b, gz, items...)
	require.NoError(t, err)
	return b.Bytes(), offsets, items
}

// offsetOf is the offset of the response record for url.
func offsetOf(t testing.TB, items []warctest.Item, offsets []int64, url string) int64 {
	for i, it := range items {
		if it.URL == url && it.Type.String() == "response" {
			return offsets[i]
		}
	}
	t.Fatalf("no response for %s", url)
	return 0
}

type read struct {
	pages []*warc.Page
	errs  []error
}

func readAll(t testing.TB, data []byte, opts ...warc.Option) read {
	t.Helper()
	var r read
	for p, err := range warc.Pages(context.Background(), bytes.NewReader(data), opts...) {
		if err != nil {
			r.errs = append(r.errs, err)
			continue
		}
		r.pages = append(r.pages, p)
	}
	return r
}

func urls(pages []*warc.Page) []string {
	var out []string
	for _, p := range pages {
		out = append(out, p.URL)
	}
	return out
}

func TestPages(t *testing.T) {
	binhduong, err := os.ReadFile(filepath.Join(warctest.Root(), "parse/testdata/html/binhduong-ct01-2021.html"))
	require.NoError(t, err)
	for _, tc := range []struct {
		name    string
		gz, v10 bool
	}{{"warc.gz", true, false}, {"warc", false, false}, {"WARC 1.0", false, true}} {
		t.Run(tc.name, func(t *testing.T) {
			data, offsets, items := sample(t, tc.gz)
			if tc.v10 {
				data = bytes.ReplaceAll(data, []byte("WARC/1.1\r\n"), []byte("WARC/1.0\r\n"))
			}
			r := readAll(t, data)
			require.Empty(t, r.errs)
			// Requests, the revisit, the image, the 404, warcinfo and
			// metadata are skipped.
			assert.Equal(t, []string{warctest.UTF8URL, warctest.CP1258URL, warctest.MislabelURL, warctest.GzipURL, warctest.PDFURL, warctest.ForeignURL}, urls(r.pages))
			kinds := map[string]parse.Kind{}
			for _, p := range r.pages {
				kinds[p.URL] = p.Kind
				assert.Equal(t, offsetOf(t, items, offsets, p.URL), p.Offset, p.URL)
				assert.Equal(t, 200, p.StatusCode)
				assert.NotEmpty(t, p.RecordID)
			}
			assert.Equal(t, parse.KindPDF, kinds[warctest.PDFURL])
			assert.Equal(t, parse.KindHTML, kinds[warctest.UTF8URL])
			assert.Equal(t, warctest.Date.Add(2*time.Second), r.pages[1].Date, "WARC-Date")
			assert.Equal(t, "text/html; charset=windows-1258", r.pages[1].ContentType())
			// Chunked and gzip-encoded: the body as the server meant it.
			gzPage := r.pages[3]
			assert.Equal(t, binhduong, gzPage.Body)
			assert.Empty(t, gzPage.Header.Get("Content-Encoding"))
			assert.Empty(t, gzPage.Header.Get("Transfer-Encoding"))
		})
	}
}

func TestPagesDomains(t *testing.T) {
	data, _, _ := sample(t, true)
	for _, tc := range []struct {
		domains []string
		want    []string
	}{
		{[]string{"gov.vn"}, []string{warctest.UTF8URL, warctest.CP1258URL, warctest.MislabelURL, warctest.GzipURL}},
		{[]string{".Haiphong.gov.vn"}, []string{warctest.CP1258URL, warctest.MislabelURL}},
		{[]string{"chinhphu.vn", "example.com"}, []string{warctest.PDFURL, warctest.ForeignURL}},
		{[]string{"ov.vn"}, nil}, // a suffix of the name, not a domain
	} {
		r := readAll(t, data, warc.WithDomains(tc.domains...))
		assert.Empty(t, r.errs)
		assert.Equal(t, tc.want, urls(r.pages), tc.domains)
	}
}

func TestRecords(t *testing.T) {
	ctx := context.Background()
	data, _, _ := sample(t, true)
	recs := map[string]string{}
	for rec, err := range warc.Records(ctx, bytes.NewReader(data), nil) {
		require.NoError(t, err)
		fetched, err := time.Parse(time.RFC3339, rec.Source.Fetched)
		require.NoError(t, err, "fetched from WARC-Date")
		assert.WithinDuration(t, warctest.Date, fetched, 10*time.Second)
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		recs[rec.Source.URL] = string(b)
	}
	assert.Len(t, recs, 6)

	// The windows-1258 page whose charset only the HTTP header gives reads
	// as the UTF-8 page it was made from.
	orig, err := os.ReadFile(filepath.Join(warctest.Root(), "parse/testdata/html/haiphong-kh298-2020.html"))
	require.NoError(t, err)
	want, err := parse.HTML(ctx, bytes.NewReader(orig), parse.WithURL(warctest.CP1258URL))
	require.NoError(t, err)
	want.Source.Fetched = "2025-03-14T09:26:55Z"
	wantJSON, _ := json.Marshal(want)
	assert.JSONEq(t, string(wantJSON), recs[warctest.CP1258URL])
	assert.Contains(t, recs[warctest.CP1258URL], `"number":"298/KH-UBND"`)
	// The same bytes served as UTF-8: the header is what decides.
	want.Source.URL, want.Source.Fetched = warctest.MislabelURL, "2025-03-14T09:26:56Z"
	wantJSON, _ = json.Marshal(want)
	assert.NotEqual(t, string(wantJSON), recs[warctest.MislabelURL])
	assert.Contains(t, recs[warctest.PDFURL], `"format":"pdf"`)
}

// corrupt returns data with n bytes at off overwritten.
func corrupt(data []byte, off int64, n int) []byte {
	out := bytes.Clone(data)
	for i := range n {
		out[off+int64(i)] ^= 0xff
	}
	return out
}

func TestPagesDamaged(t *testing.T) {
	gzData, gzOff, items := sample(t, true)
	plain, plainOff, _ := sample(t, false)
	cpGz := offsetOf(t, items, gzOff, warctest.CP1258URL)
	cpPlain := offsetOf(t, items, plainOff, warctest.CP1258URL)
	pdfGz := offsetOf(t, items, gzOff, warctest.PDFURL)
	all := []string{warctest.UTF8URL, warctest.CP1258URL, warctest.MislabelURL, warctest.GzipURL, warctest.PDFURL, warctest.ForeignURL}
	without := func(u ...string) []string {
		var out []string
		for _, a := range all {
			if !strings.Contains(strings.Join(u, " "), a) {
				out = append(out, a)
			}
		}
		return out
	}
	for _, tc := range []struct {
		name     string
		data     []byte
		want     []string
		errAt    []int64
		sentinel error
	}{
		{"gzip member corrupt", corrupt(gzData, cpGz+200, 16), without(warctest.CP1258URL), []int64{cpGz}, warc.ErrDamaged},
		{"gzip header corrupt", corrupt(gzData, cpGz, 3), without(warctest.CP1258URL), []int64{cpGz}, warc.ErrDamaged},
		{"WARC magic corrupt", corrupt(plain, cpPlain, 4), without(warctest.CP1258URL), []int64{cpPlain}, warc.ErrDamaged},
		{"payload changed", corrupt(plain, cpPlain+900, 4), without(warctest.CP1258URL), []int64{cpPlain}, warc.ErrDamaged},
		{"truncated", gzData[:pdfGz+3000], without(warctest.PDFURL, warctest.ForeignURL), []int64{pdfGz}, warc.ErrDamaged},
		{"trailing garbage", append(bytes.Clone(gzData), "not a record"...), all, []int64{int64(len(gzData))}, warc.ErrDamaged},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := readAll(t, tc.data)
			assert.Equal(t, tc.want, urls(r.pages), "the records after the damage are read")
			var at []int64
			for _, err := range r.errs {
				var re *warc.RecordError
				require.ErrorAs(t, err, &re)
				assert.ErrorIs(t, err, tc.sentinel)
				assert.Contains(t, err.Error(), "offset ")
				at = append(at, re.Offset)
			}
			assert.Equal(t, tc.errAt, at)
		})
	}
}

func TestPagesTooLarge(t *testing.T) {
	data, offsets, items := sample(t, true)
	r := readAll(t, data, warc.WithMaxRecordBytes(12<<10))
	// Only the small pages pass; each larger one is reported where it is.
	var at []int64
	for _, err := range r.errs {
		require.ErrorIs(t, err, warc.ErrTooLarge)
		var re *warc.RecordError
		require.ErrorAs(t, err, &re)
		at = append(at, re.Offset)
	}
	for _, p := range r.pages {
		assert.LessOrEqual(t, len(p.Body), 12<<10)
	}
	assert.Contains(t, at, offsetOf(t, items, offsets, warctest.PDFURL))
	assert.Equal(t, 6, len(r.pages)+len(r.errs))
}

// failing fails after n bytes, as a disk or a network can.
type failing struct {
	r io.Reader
	n int
}

var errDisk = errors.New("disk gone")

func (f *failing) Read(p []byte) (int, error) {
	if f.n <= 0 {
		return 0, errDisk
	}
	p = p[:min(len(p), f.n)]
	n, err := f.r.Read(p)
	f.n -= n
	return n, err
}

func TestPagesReadError(t *testing.T) {
	data, _, _ := sample(t, true)
	var errs []error
	for _, err := range warc.Pages(context.Background(), &failing{r: bytes.NewReader(data), n: len(data) / 2}) {
		if err != nil {
			errs = append(errs, err)
		}
	}
	require.Len(t, errs, 1, "an error of the file stops the reading")
	assert.ErrorIs(t, errs[0], errDisk)
	var re *warc.RecordError
	assert.False(t, errors.As(errs[0], &re))
}

func TestPagesCanceled(t *testing.T) {
	data, _, _ := sample(t, true)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	n := 0
	var last error
	for _, err := range warc.Pages(ctx, bytes.NewReader(data)) {
		n++
		cancel()
		last = err
	}
	assert.Equal(t, 2, n)
	assert.ErrorIs(t, last, context.Canceled)
}

// The reader takes the blank lines some writers leave between records,
// and says so when a gzip member holds more than one record (gowarc
// reads the first only).
func TestPagesBlankLines(t *testing.T) {
	items, err := warctest.Sample()
	require.NoError(t, err)
	var b bytes.Buffer
	for _, it := range items[:3] {
		_, err := warctest.Write(&b, false, it)
		require.NoError(t, err)
		b.WriteString("\r\n\r\n")
	}
	r := readAll(t, b.Bytes())
	assert.Empty(t, r.errs)
	assert.Equal(t, []string{warctest.UTF8URL}, urls(r.pages))

	var z bytes.Buffer
	zw := gzip.NewWriter(&z)
	_, err = warctest.Write(zw, false, items...)
	require.NoError(t, err)
	require.NoError(t, zw.Close())
	r = readAll(t, z.Bytes())
	assert.Empty(t, r.pages)
	require.Len(t, r.errs, 1)
	assert.ErrorIs(t, r.errs[0], warc.ErrDamaged)
	assert.Contains(t, r.errs[0].Error(), "offset 0: ")
	assert.Contains(t, r.errs[0].Error(), "gzip member holds more than one record")
}

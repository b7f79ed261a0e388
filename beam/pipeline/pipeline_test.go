package pipeline_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/vnthidua/thidua/beam/pipeline"
	"github.com/vnthidua/thidua/internal/warctest"
	"github.com/vnthidua/thidua/warc"
)

// The tests run on ptest's default runner: Prism, in this process.
func TestMain(m *testing.M) { ptest.Main(m) }

// writeWARCs writes the sample WARC split in two files, a third file
// with a damaged record, and returns their directory.
func writeWARCs(t *testing.T) string {
	t.Helper()
	items, err := warctest.Sample()
	require.NoError(t, err)
	dir := t.TempDir()
	write := func(name string, its ...warctest.Item) []byte {
		var b bytes.Buffer
		_, err := warctest.Write(&b, true, its...)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), b.Bytes(), 0o644))
		return b.Bytes()
	}
	write("a.warc.gz", items[:7]...)
	write("b.warc.gz", items[7:]...)
	// c: a copy of the first page (a duplicate of a's) and a truncated
	// record.
	whole := write("c.warc.gz", items[2], items[4])
	var one bytes.Buffer
	_, err = warctest.Write(&one, true, items[2])
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "c.warc.gz"), whole[:one.Len()+(len(whole)-one.Len())/2], 0o644))
	return dir
}

// cliRecords is what thidua parse prints for the files, in the order a
// shell glob gives them: its code path, run in this process.
func cliRecords(t *testing.T, files []string) []string {
	t.Helper()
	seen := map[[32]byte]bool{}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		require.NoError(t, err)
		for p, err := range warc.Pages(context.Background(), bytes.NewReader(b)) {
			if err != nil {
				continue
			}
			if seen[p.Hash()] {
				continue
			}
			seen[p.Hash()] = true
			rec, err := warc.Parse(context.Background(), p, pipeline.Options(3*time.Minute)...)
			require.NoError(t, err)
			line, err := json.Marshal(rec)
			require.NoError(t, err)
			out = append(out, string(line))
		}
	}
	sort.Strings(out)
	return out
}

func readLines(t *testing.T, path string) []string {
	t.Helper()
	b, err := os.ReadFile(path)
	require.NoError(t, err)
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(nil, 16<<20)
	for sc.Scan() {
		out = append(out, sc.Text())
	}
	sort.Strings(out)
	return out
}

func TestPipeline(t *testing.T) {
	dir := writeWARCs(t)
	files, err := filepath.Glob(filepath.Join(dir, "*.warc.gz"))
	require.NoError(t, err)
	want := cliRecords(t, files)
	// a: the UTF-8 page, the windows-1258 page and its mislabeled copy,
	// the gzip page; b: the PDF and example.com's copy of the first page
	// (a duplicate); c: another copy of the first page, then damage.
	require.Len(t, want, 5)

	for _, tc := range []struct {
		name    string
		domains []string
		want    int
		read    int
	}{
		{"all", nil, 5, 7},                   // two copies of the first page dropped
		{"gov.vn", []string{"gov.vn"}, 4, 5}, // and example.com's filtered out
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "records.jsonl")
			p, s := beam.NewPipelineWithRoot()
			require.NoError(t, pipeline.Build(s, pipeline.Config{Inputs: []string{filepath.Join(dir, "*.warc.gz")}, Domains: tc.domains, Output: out}))
			res, err := ptest.RunWithMetrics(p)
			require.NoError(t, err)
			got := readLines(t, out)
			require.Len(t, got, tc.want)
			if tc.domains == nil {
				// The same records as thidua parse, line for line.
				assert.Equal(t, want, got)
			}
			for _, line := range got {
				var r struct {
					Source struct{ URL, Fetched string }
				}
				require.NoError(t, json.Unmarshal([]byte(line), &r))
				assert.NotEmpty(t, r.Source.Fetched)
				if tc.domains != nil {
					assert.True(t, strings.Contains(r.Source.URL, ".gov.vn/"), r.Source.URL)
				}
			}
			c := pipeline.Counters(res)
			assert.Equal(t, int64(tc.want), c["records_written"])
			assert.Equal(t, int64(tc.want), c["pages_unique"])
			assert.Equal(t, int64(tc.read), c["pages_read"])
			assert.Equal(t, int64(1), c["failures_damaged"])
		})
	}
}

func TestBuildErrors(t *testing.T) {
	_, s := beam.NewPipelineWithRoot()
	assert.Error(t, pipeline.Build(s, pipeline.Config{Output: "x"}))
	assert.Error(t, pipeline.Build(s, pipeline.Config{Inputs: []string{"x"}}))
}

// BenchmarkPipeline runs the pipeline on Prism over a WARC of 1,000
// portal pages; it reports records a second.
func BenchmarkPipeline(b *testing.B) {
	items, err := warctest.Generated(1000)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	var buf bytes.Buffer
	if _, err := warctest.Write(&buf, true, items...); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "bench.warc.gz"), buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	n := int64(0)
	for b.Loop() {
		p, s := beam.NewPipelineWithRoot()
		if err := pipeline.Build(s, pipeline.Config{Inputs: []string{filepath.Join(dir, "*.warc.gz")}, Output: filepath.Join(b.TempDir(), "out.jsonl")}); err != nil {
			b.Fatal(err)
		}
		res, err := ptest.RunWithMetrics(p)
		if err != nil {
			b.Fatal(err)
		}
		n += pipeline.Counters(res)["records_written"]
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

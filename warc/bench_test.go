package warc_test

import (
	"bytes"
	"context"
	"testing"

	"github.com/vnthidua/thidua/internal/warctest"
	"github.com/vnthidua/thidua/warc"
)

// BenchmarkRecords reads a WARC of 1,000 portal pages into records, as
// thidua parse does on one core; it reports records a second.
func BenchmarkRecords(b *testing.B) {
	items, err := warctest.Generated(1000)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := warctest.Write(&buf, true, items...); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	n := 0
	for b.Loop() {
		for _, err := range warc.Records(context.Background(), bytes.NewReader(buf.Bytes()), nil) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "records/s")
}

// BenchmarkPages reads the same WARC's pages without parsing them: the
// cost of the WARC layer alone.
func BenchmarkPages(b *testing.B) {
	items, err := warctest.Generated(1000)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if _, err := warctest.Write(&buf, true, items...); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	n := 0
	for b.Loop() {
		for _, err := range warc.Pages(context.Background(), bytes.NewReader(buf.Bytes())) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pages/s")
}

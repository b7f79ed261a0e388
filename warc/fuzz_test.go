package warc_test

import (
	"bytes"
	"context"
	"errors"
	"testing"

	"github.com/vnthidua/thidua/warc"
)

// FuzzPages feeds the reader any bytes: it must end, never panic, report
// every failure as a *RecordError at an offset inside the input, and keep
// to the size cap. Seeds are in testdata/fuzz/FuzzPages: small WARC files,
// gzipped and not, with a chunked gzip page, a revisit, an image and
// damaged copies.
func FuzzPages(f *testing.F) {
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		const max = 64 << 10
		n := 0
		last := int64(-1)
		for p, err := range warc.Pages(context.Background(), bytes.NewReader(data), warc.WithMaxRecordBytes(max)) {
			n++
			if n > len(data)+1 {
				t.Fatalf("%d results from %d bytes", n, len(data))
			}
			var off int64
			if err != nil {
				var re *warc.RecordError
				if !errors.As(err, &re) {
					t.Fatalf("not a record error: %v", err)
				}
				off = re.Offset
			} else {
				off = p.Offset
				if len(p.Body) > max {
					t.Fatalf("body of %d bytes over the cap", len(p.Body))
				}
				if p.Kind == "" {
					t.Fatal("page without a kind")
				}
			}
			if off < 0 || off > int64(len(data)) || off < last {
				t.Fatalf("offset %d (last %d) outside 0..%d", off, last, len(data))
			}
			last = off
		}
	})
}

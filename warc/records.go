package warc

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"iter"
	"strings"
	"time"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/parse"
)

// Parse turns a page into a record: source.url is the page's target URI,
// source.fetched its WARC-Date, and the HTTP Content-Type's charset takes
// part in decoding an HTML page. It reads only the page's URL, Date,
// Content-Type, Kind and Body, so that a page rebuilt from those (as the
// Beam pipeline does) gives the same record. opts are given to parse.
func Parse(ctx context.Context, p *Page, opts ...parse.Option) (*directive.Record, error) {
	opts = append(opts[:len(opts):len(opts)], parse.WithURL(p.URL))
	var rec *directive.Record
	var err error
	switch p.Kind {
	case parse.KindPDF:
		rec, err = parse.PDF(ctx, bytes.NewReader(p.Body), int64(len(p.Body)), opts...)
	case parse.KindHTML:
		rec, err = parse.HTML(ctx, bytes.NewReader(p.Body), append(opts, parse.WithContentType(p.ContentType()))...)
	default:
		return nil, fmt.Errorf("%s: không phải HTML hay PDF / neither HTML nor PDF (%q)", p.URL, p.Kind)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", p.URL, err)
	}
	if !p.Date.IsZero() {
		rec.Source.Fetched = p.Date.UTC().Format(time.RFC3339)
	}
	return rec, nil
}

// Hash is the page's content hash, the key duplicates are dropped by: the
// SHA-256 of its Content-Type (lower case, as it decides the decoding)
// and its body (after its encodings are undone). Two pages with the same
// hash give the same record but for source.url and source.fetched.
func (p *Page) Hash() [sha256.Size]byte {
	h := sha256.New()
	h.Write([]byte(strings.ToLower(strings.TrimSpace(p.ContentType()))))
	h.Write([]byte{0})
	h.Write(p.Body)
	var sum [sha256.Size]byte
	h.Sum(sum[:0])
	return sum
}

// Records reads a WARC file as Pages does and parses each page with
// Parse, in file order. A page that cannot be parsed yields a nil record
// and a *RecordError (its Err wraps parse's error); reading goes on.
// Pages whose body is the same as an earlier one's are records too:
// dropping duplicates is the caller's choice (Page.Hash).
func Records(ctx context.Context, r io.Reader, ropts []Option, popts ...parse.Option) iter.Seq2[*directive.Record, error] {
	return func(yield func(*directive.Record, error) bool) {
		for p, err := range Pages(ctx, r, ropts...) {
			if err != nil {
				if !yield(nil, err) {
					return
				}
				continue
			}
			rec, err := Parse(ctx, p, popts...)
			if err != nil {
				err = &RecordError{Offset: p.Offset, URL: p.URL, Err: err}
			}
			if !yield(rec, err) {
				return
			}
		}
	}
}

// Package pipeline is thidua's Apache Beam pipeline: WARC files in,
// directive records out as JSON lines, for crawls of millions of pages
// that one machine's `thidua parse` would take days over.
//
// The work splits per file (each file is read by one worker, its pages
// streamed) and per record (pages are shuffled by content hash, so that
// parsing, the costly step, spreads over every worker whatever the files'
// sizes). Pages with the same content hash (warc.Page.Hash: Content-Type
// and body) are one record: the copy kept is the one in the file whose
// path sorts first, at the smallest offset, which is the copy `thidua
// parse` keeps when given the files in that order, as a shell glob gives
// them. Each record is what `thidua parse FILE.warc.gz` prints for it;
// the order of the lines is not kept.
//
// Counters (namespace "thidua"): pages_read, pages_unique,
// records_written, and failures_<reason> for damaged, too_large,
// encoding, read (a file that cannot be read) and parse.
package pipeline

import (
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/textio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/warc"
)

// Namespace of the pipeline's counters.
const Namespace = "thidua"

// Config is what a run reads and writes.
type Config struct {
	Inputs  []string // globs of WARC files: local paths, gs://, s3://
	Domains []string // keep only these domains and their subdomains (none: all)
	Output  string   // the JSONL file written
	// Timeout bounds the parsing of one page (default 3 minutes, as
	// thidua parse's --timeout).
	Timeout time.Duration
}

// Page is a warc.Page as it travels between workers.
type Page struct {
	File        string
	Offset      int64
	URL         string
	Date        string // RFC 3339 with nanoseconds
	ContentType string
	Kind        string
	Body        []byte
}

func init() {
	beam.RegisterType(reflect.TypeOf((*Page)(nil)).Elem())
	register.DoFn3x1[context.Context, fileio.ReadableFile, func(string, Page), error](&readFn{})
	register.Emitter2[string, Page]()
	register.Function2x1(first)
	register.DoFn4x0[context.Context, string, Page, func(string)](&parseFn{})
	register.Emitter1[string]()
}

// Build adds the pipeline to s.
func Build(s beam.Scope, c Config) error {
	if len(c.Inputs) == 0 {
		return errors.New("no --input")
	}
	if c.Output == "" {
		return errors.New("no --output")
	}
	if c.Timeout <= 0 {
		c.Timeout = 3 * time.Minute
	}
	var matched []beam.PCollection
	for _, glob := range c.Inputs {
		matched = append(matched, fileio.MatchFiles(s, glob))
	}
	files := beam.Flatten(s, matched...)
	// Per file: one worker streams a file's pages. ReadUncompressed: a
	// .warc.gz is gzipped record by record, which the reader undoes
	// itself, keeping the offsets of the file.
	readable := beam.Reshuffle(s, fileio.ReadMatches(s, files, fileio.ReadUncompressed()))
	pages := beam.ParDo(s, &readFn{Domains: c.Domains}, readable)
	// Per record: the shuffle by content hash drops duplicates and
	// spreads the parsing.
	unique := beam.CombinePerKey(s, first, pages)
	lines := beam.ParDo(s, &parseFn{Timeout: c.Timeout}, unique)
	textio.Write(s, c.Output, lines)
	return nil
}

// first keeps the copy of a page that thidua parse would keep.
func first(a, b Page) Page {
	if b.File < a.File || (b.File == a.File && b.Offset < a.Offset) {
		return b
	}
	return a
}

// readFn streams the pages of one WARC file, keyed by content hash.
type readFn struct {
	Domains []string
}

func (f *readFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emit func(string, Page)) error {
	path := file.Metadata.Path
	rc, err := file.Open(ctx)
	if err != nil {
		fail(ctx, "read")
		log.Errorf(ctx, "thidua: %s: %v", path, err)
		return nil
	}
	defer rc.Close()
	for p, err := range warc.Pages(ctx, rc, warc.WithDomains(f.Domains...)) {
		if err != nil {
			var re *warc.RecordError
			if !errors.As(err, &re) {
				fail(ctx, "read")
				log.Errorf(ctx, "thidua: %s: %v", path, err)
				return nil
			}
			fail(ctx, reason(err))
			log.Warnf(ctx, "thidua: %s: %v", path, err)
			continue
		}
		beam.NewCounter(Namespace, "pages_read").Inc(ctx, 1)
		sum := p.Hash()
		emit(hex.EncodeToString(sum[:]), Page{File: path, Offset: p.Offset, URL: p.URL, Date: p.Date.Format(time.RFC3339Nano),
			ContentType: p.ContentType(), Kind: string(p.Kind), Body: p.Body})
	}
	return nil
}

// parseFn turns a page into its record's JSON line.
type parseFn struct {
	Timeout time.Duration
}

func (f *parseFn) ProcessElement(ctx context.Context, _ string, p Page, emit func(string)) {
	beam.NewCounter(Namespace, "pages_unique").Inc(ctx, 1)
	date, _ := time.Parse(time.RFC3339Nano, p.Date)
	page := &warc.Page{Offset: p.Offset, URL: p.URL, Date: date, Header: http.Header{"Content-Type": {p.ContentType}}, Kind: parse.Kind(p.Kind), Body: p.Body}
	rec, err := warc.Parse(ctx, page, Options(f.Timeout)...)
	if err != nil {
		fail(ctx, "parse")
		log.Warnf(ctx, "thidua: %s: offset %d: %v", p.File, p.Offset, err)
		return
	}
	b, err := json.Marshal(rec)
	if err != nil {
		fail(ctx, "parse")
		return
	}
	beam.NewCounter(Namespace, "records_written").Inc(ctx, 1)
	emit(string(b))
}

// Options are the parse options of the pipeline: thidua parse's
// defaults, so that both give the same records.
func Options(timeout time.Duration) []parse.Option {
	return []parse.Option{parse.WithTimeout(timeout), parse.WithMaxBytes(parse.DefaultMaxBytes), parse.WithMaxPages(parse.DefaultMaxPages)}
}

func fail(ctx context.Context, reason string) {
	beam.NewCounter(Namespace, "failures_"+reason).Inc(ctx, 1)
}

// reason names a record's failure for its counter.
func reason(err error) string {
	switch {
	case errors.Is(err, warc.ErrTooLarge):
		return "too_large"
	case errors.Is(err, warc.ErrEncoding):
		return "encoding"
	case errors.Is(err, warc.ErrDamaged):
		return "damaged"
	}
	return "other"
}

// Counters returns the pipeline's counters of a finished run, by name,
// summed over its steps.
func Counters(res beam.PipelineResult) map[string]int64 {
	out := map[string]int64{}
	if res == nil {
		return out
	}
	for _, c := range res.Metrics().AllMetrics().Counters() {
		if c.Namespace() == Namespace {
			out[c.Name()] += c.Result()
		}
	}
	return out
}

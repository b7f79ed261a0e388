package store

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/vnthidua/thidua/directive"
)

// State is where a URL of the frontier stands.
type State string

// The states of a frontier entry.
const (
	Queued  State = "queued"  // to be fetched when NextFetch is due
	Done    State = "done"    // fetched (or not modified) in this run
	Failed  State = "failed"  // given up; Err says why
	Skipped State = "skipped" // not fetched: robots.txt, off the subject, out of scope
)

// Kind is what a frontier URL is expected to hold, from how it was found.
type Kind string

// The kinds of frontier entries.
const (
	KindSeed    Kind = "seed"    // a URL the crawl was started with
	KindListing Kind = "listing" // a category page or one of its pages
	KindPage    Kind = "page"    // an article or a document's page
	KindFile    Kind = "file"    // an attached file (PDF)
	KindSitemap Kind = "sitemap"
	KindFeed    Kind = "feed"
)

// Entry is one URL of the crawl frontier with what the crawler knows of
// it: enough to resume after a kill and to ask again conditionally.
type Entry struct {
	URL          string
	Kind         Kind
	State        State
	Depth        int
	Parent       string // the page the URL was found on
	Priority     int    // higher first
	Tries        int
	NextFetch    time.Time
	ETag         string
	LastModified string
	Hash         string // SHA-256 of the last body read, hex
	Err          string // why the last try failed
	Run          int64  // the run that last settled it
}

// Document is one body fetched.
type Document struct {
	URL         string
	FetchedAt   time.Time
	Hash        string
	ContentType string
	Raw         []byte // kept only when the crawl asks for it
}

// Record is a directive record with its place in the store.
type Record struct {
	ID        int64
	Version   int               // 1 for the first, one more for each change
	URLs      []string          // every URL the same document was reached by
	Hash      string            // hash of the body it was read from
	FetchedAt time.Time         // when this version was read
	Relevance float64           // how much the page is about thi đua, khen thưởng (0–1)
	Parent    string            // the page that attaches the file this record was read from
	Record    *directive.Record // the record itself
	Snippet   string            // search only: the matching text
}

// MarshalJSON writes a record as `thidua export` and the HTTP API give
// it: {"id", "version", "urls", "parent", "fetched_at" (RFC 3339),
// "relevance", "snippet", "record"}; the hash stays inside the store.
func (r Record) MarshalJSON() ([]byte, error) {
	return json.Marshal(struct {
		ID        int64             `json:"id"`
		Version   int               `json:"version"`
		URLs      []string          `json:"urls"`
		Parent    string            `json:"parent,omitempty"`
		FetchedAt string            `json:"fetched_at"`
		Relevance float64           `json:"relevance"`
		Snippet   string            `json:"snippet,omitempty"`
		Record    *directive.Record `json:"record"`
	}{r.ID, r.Version, r.URLs, r.Parent, r.FetchedAt.Format(time.RFC3339), r.Relevance, r.Snippet, r.Record})
}

// Filter selects records to export.
type Filter struct {
	Since    string // issued (or, when not stated, published) on or after YYYY-MM-DD
	Province string // issuer's province as written or current
	Kind     string // CT, KH, QĐ, ...
}

// ErrNotFound means a record or entry is not in the store.
var ErrNotFound = errors.New("not in the store")

// Store keeps a crawl: its frontier, what was fetched and the records
// read. One method call is one transaction; SavePage commits everything a
// page produced at once, so a crawl killed at any point resumes from a
// consistent store. Implementations are safe for concurrent use.
type Store interface {
	// Add puts URLs in the frontier that it does not hold yet and
	// returns how many were new.
	Add(ctx context.Context, entries []Entry) (int, error)
	// Due returns up to n queued entries whose NextFetch has come,
	// highest priority first.
	Due(ctx context.Context, now time.Time, n int) ([]Entry, error)
	// NextDue is the earliest NextFetch of a queued entry; ok is false
	// when nothing is queued.
	NextDue(ctx context.Context) (t time.Time, ok bool, err error)
	// Entry returns one entry.
	Entry(ctx context.Context, url string) (Entry, error)
	// Update writes an entry's state (a failure, a retry, a skip).
	Update(ctx context.Context, e Entry) error
	// SavePage settles an entry as fetched, and in the same transaction
	// stores its document (when not nil), its record (when not nil) and
	// the new URLs found on it.
	SavePage(ctx context.Context, e Entry, doc *Document, rec *Record, found []Entry) error
	// StartRun begins a run. When the last run did not finish, it is
	// resumed (resumed is true): entries settled in it stay settled.
	// Otherwise a new run begins and every entry is queued again, to be
	// asked conditionally.
	StartRun(ctx context.Context, seeds []string) (run int64, resumed bool, err error)
	// FinishRun marks a run as finished.
	FinishRun(ctx context.Context, run int64) error
	// RecordByURL returns the record reached by a URL.
	RecordByURL(ctx context.Context, url string) (*Record, error)
	// Record returns the record with the given id; ErrNotFound when
	// there is none.
	Record(ctx context.Context, id int64) (*Record, error)
	// Records calls fn for each record the filter selects, in order of id.
	Records(ctx context.Context, f Filter, fn func(*Record) error) error
	// Search returns the records whose title or text match the query
	// (SQLite FTS5 syntax), best first.
	Search(ctx context.Context, query string, limit int) ([]*Record, error)
	// Counts tells how many entries are in each state.
	Counts(ctx context.Context) (map[State]int, error)
	Close() error
}

package crawl

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/temoto/robotstxt"
	"golang.org/x/time/rate"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fetch"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/store"
)

// Defaults of a Crawler.
const (
	DefaultRate        = 1.0 // requests a second to one host
	DefaultMaxTries    = 4
	DefaultMaxDepth    = 6
	DefaultMaxBytes    = 32 << 20
	DefaultRetryAfter  = time.Hour // longest Retry-After waited for
	defaultBackoffBase = 2 * time.Second
	// DefaultUserAgent names the crawler and where to read about it and
	// reach its authors.
	DefaultUserAgent = "thidua-crawl/0.1 (+https://github.com/vnthidua/thidua)"
)

// Crawler walks portals into a store. Build one with New; Run may be
// called again on the same store to resume or re-crawl.
type Crawler struct {
	st          store.Store
	client      *fetch.Client
	rate        float64
	concurrency int
	maxPages    int
	since       string
	all         bool
	scopes      []string
	maxTries    int
	maxDepth    int
	backoff     time.Duration
	retryAfter  time.Duration
	maxBytes    int64
	progress    func(Stats)
	parseOpts   []parse.Option
	archive     Archive

	userAgent    string
	allowPrivate bool

	mu    sync.Mutex
	hosts map[string]*host
	stats counters
	fails []Failure
}

// Option configures a Crawler.
type Option func(*Crawler)

// WithRate sets the requests a second to one host (0: no limit). A
// robots.txt Crawl-delay that asks for less wins.
func WithRate(r float64) Option { return func(c *Crawler) { c.rate = r } }

// WithConcurrency sets how many pages are fetched and parsed at once
// (default: twice the number of CPUs).
func WithConcurrency(n int) Option {
	return func(c *Crawler) {
		if n > 0 {
			c.concurrency = n
		}
	}
}

// WithMaxPages stops the crawl after n fetches in this call (0: no cap).
func WithMaxPages(n int) Option { return func(c *Crawler) { c.maxPages = n } }

// WithSince (YYYY-MM-DD) stops paging through a listing once its dates are
// all older, and skips sitemap and feed entries dated before it.
func WithSince(date string) Option { return func(c *Crawler) { c.since = date } }

// WithAll stores every page as a record, about the field or not, and
// follows links whatever their text.
func WithAll(on bool) Option { return func(c *Crawler) { c.all = on } }

// WithScope widens the crawl to URLs under these prefixes, besides the
// seeds' own host and path.
func WithScope(prefixes ...string) Option {
	return func(c *Crawler) { c.scopes = append(c.scopes, prefixes...) }
}

// WithMaxTries sets how often a URL is tried before it is given up.
func WithMaxTries(n int) Option {
	return func(c *Crawler) {
		if n > 0 {
			c.maxTries = n
		}
	}
}

// WithBackoff sets the first wait after a failure; each further failure
// doubles it.
func WithBackoff(d time.Duration) Option {
	return func(c *Crawler) {
		if d > 0 {
			c.backoff = d
		}
	}
}

// WithAllowPrivate lets the crawler reach loopback and private addresses
// (intranet portals, tests); see fetch's guard.
func WithAllowPrivate(on bool) Option { return func(c *Crawler) { c.allowPrivate = on } }

// WithUserAgent sets the User-Agent; it should name a way to reach you.
func WithUserAgent(ua string) Option { return func(c *Crawler) { c.userAgent = ua } }

// WithProgress is called about twice a second with the counts so far.
func WithProgress(fn func(Stats)) Option { return func(c *Crawler) { c.progress = fn } }

// WithParseOptions are given to the parser for every page and file.
func WithParseOptions(opts ...parse.Option) Option {
	return func(c *Crawler) { c.parseOpts = append(c.parseOpts, opts...) }
}

// New returns a Crawler that keeps what it finds in st.
func New(st store.Store, opts ...Option) *Crawler {
	c := &Crawler{st: st, rate: DefaultRate, userAgent: DefaultUserAgent, concurrency: 2 * runtime.NumCPU(), maxTries: DefaultMaxTries,
		maxDepth: DefaultMaxDepth, backoff: defaultBackoffBase, retryAfter: DefaultRetryAfter, maxBytes: DefaultMaxBytes,
		hosts: map[string]*host{}}
	for _, o := range opts {
		o(c)
	}
	c.client = fetch.New(fetch.WithAllowPrivate(c.allowPrivate), fetch.WithUserAgent(c.userAgent))
	return c
}

// Stats are the counts of a crawl so far.
type Stats struct {
	Fetched     int // bodies read (2xx)
	NotModified int // 304 answers to conditional requests
	Records     int // records stored or updated
	Failed      int // URLs given up
	Skipped     int // URLs robots.txt forbids
	Retries     int // tries put off (429, 503, network)
	Queued      int // URLs waiting in the frontier (at the end)
	Elapsed     time.Duration
}

type counters struct {
	fetched, notModified, records, failed, skipped, retries atomic.Int64
}

// Failure is a URL given up, and why.
type Failure struct {
	URL    string
	Reason string
}

// Summary is the outcome of Run.
type Summary struct {
	Stats
	Run      int64
	Resumed  bool
	Failures []Failure // this call's, at most 1000
}

// ErrNoSeed means Run was given no usable seed URL.
var ErrNoSeed = errors.New("no seed URL")

// host is what the crawler keeps per host: its rate limiter and rules.
type host struct {
	once    sync.Once
	limiter *rate.Limiter
	rules   *robotstxt.Group
}

// scope is where a crawl may go: the seeds' hosts and path prefixes, and
// the prefixes of WithScope.
type scope []string

func (s scope) admits(raw string) bool {
	for _, p := range s {
		if strings.HasPrefix(raw, p) {
			return true
		}
	}
	return false
}

// seedPrefix is the scope a seed opens: its host and the folder of its
// path ("https://h/tin-tuc/" for "https://h/tin-tuc/index.html").
func seedPrefix(u *url.URL) string {
	v := *u
	v.RawQuery, v.Fragment = "", ""
	if i := strings.LastIndex(v.Path, "/"); i >= 0 {
		v.Path = v.Path[:i+1]
	} else {
		v.Path = "/"
	}
	return normalize(&v)
}

// Run crawls from the seeds until the frontier is empty, the page cap is
// reached or ctx is done. Per-URL failures do not stop it; they are in
// the summary and the store. When the store's last run did not finish,
// Run resumes it: what was settled is not fetched again.
func (c *Crawler) Run(ctx context.Context, seeds []string) (*Summary, error) {
	start := time.Now()
	var sc scope
	var entries []store.Entry
	for _, s := range seeds {
		u, err := url.Parse(strings.TrimSpace(s))
		if err != nil || normalize(u) == "" {
			return nil, fmt.Errorf("%w: %q is not an http or https URL", ErrNoSeed, s)
		}
		n := normalize(u)
		sc = append(sc, seedPrefix(u))
		entries = append(entries, store.Entry{URL: n, Kind: store.KindSeed, Priority: 10})
	}
	for _, p := range c.scopes {
		if u, err := url.Parse(p); err == nil && normalize(u) != "" {
			sc = append(sc, normalize(u))
		}
	}
	if len(entries) == 0 {
		return nil, ErrNoSeed
	}
	run, resumed, err := c.st.StartRun(ctx, seeds)
	if err != nil {
		return nil, fmt.Errorf("kho / store: %w", err)
	}
	if _, err := c.st.Add(ctx, entries); err != nil {
		return nil, fmt.Errorf("kho / store: %w", err)
	}
	stop := c.report(start)
	err = c.loop(ctx, run, sc)
	if ctx.Err() != nil {
		// The store's own error ("interrupted") says less than why.
		err = ctx.Err()
	}
	stop()
	sum := &Summary{Stats: c.snapshot(start), Run: run, Resumed: resumed}
	c.mu.Lock()
	sum.Failures = append(sum.Failures, c.fails...)
	c.mu.Unlock()
	if counts, cerr := c.st.Counts(context.WithoutCancel(ctx)); cerr == nil {
		sum.Queued = counts[store.Queued]
	}
	if err != nil {
		return sum, err
	}
	if sum.Queued == 0 {
		if err := c.st.FinishRun(ctx, run); err != nil {
			return sum, fmt.Errorf("kho / store: %w", err)
		}
	}
	return sum, nil
}

func (c *Crawler) snapshot(start time.Time) Stats {
	return Stats{
		Fetched: int(c.stats.fetched.Load()), NotModified: int(c.stats.notModified.Load()), Records: int(c.stats.records.Load()),
		Failed: int(c.stats.failed.Load()), Skipped: int(c.stats.skipped.Load()), Retries: int(c.stats.retries.Load()),
		Elapsed: time.Since(start),
	}
}

// report calls the progress function twice a second until stopped.
func (c *Crawler) report(start time.Time) func() {
	if c.progress == nil {
		return func() {}
	}
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		t := time.NewTicker(500 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				c.progress(c.snapshot(start))
			}
		}
	}()
	return func() { close(done); wg.Wait() }
}

// loop hands due entries to the workers until nothing is left.
func (c *Crawler) loop(ctx context.Context, run int64, sc scope) error {
	jobs := make(chan store.Entry)
	results := make(chan string, c.concurrency)
	var wg sync.WaitGroup
	var fatal atomic.Value
	for range c.concurrency {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for e := range jobs {
				if err := c.visit(ctx, run, sc, e); err != nil && ctx.Err() == nil {
					fatal.CompareAndSwap(nil, err)
				}
				results <- e.URL
			}
		}()
	}
	inflight := map[string]bool{}
	dispatched := 0
	var err error
	for {
		if ctx.Err() != nil {
			err = ctx.Err()
			break
		}
		if f := fatal.Load(); f != nil {
			err = f.(error)
			break
		}
		if c.maxPages > 0 && dispatched >= c.maxPages {
			break
		}
		want := c.concurrency + len(inflight)
		due, derr := c.st.Due(ctx, time.Now(), want)
		if derr != nil {
			err = derr
			break
		}
		var todo []store.Entry
		for _, e := range due {
			if !inflight[e.URL] {
				todo = append(todo, e)
			}
		}
		if len(todo) == 0 {
			if len(inflight) == 0 {
				next, ok, nerr := c.st.NextDue(ctx)
				if nerr != nil {
					err = nerr
					break
				}
				if !ok {
					break // the frontier is empty
				}
				select {
				case <-ctx.Done():
				case <-time.After(time.Until(next) + time.Millisecond):
				}
				continue
			}
			select {
			case u := <-results:
				delete(inflight, u)
			case <-ctx.Done():
			case <-time.After(200 * time.Millisecond):
			}
			continue
		}
	send:
		for _, e := range todo {
			if c.maxPages > 0 && dispatched >= c.maxPages {
				break
			}
			for {
				select {
				case jobs <- e:
					inflight[e.URL] = true
					dispatched++
					continue send
				case u := <-results:
					delete(inflight, u)
				case <-ctx.Done():
					break send
				}
			}
		}
	}
	close(jobs)
	go func() { wg.Wait(); close(results) }()
	for range results {
	}
	return err
}

// hostOf returns the crawler's state for a URL's host, reading its
// robots.txt the first time.
func (c *Crawler) hostOf(ctx context.Context, u *url.URL) *host {
	key := u.Scheme + "://" + u.Host
	c.mu.Lock()
	h := c.hosts[key]
	if h == nil {
		lim := rate.Limit(c.rate)
		if c.rate <= 0 {
			lim = rate.Inf
		}
		h = &host{limiter: rate.NewLimiter(lim, 1)}
		c.hosts[key] = h
	}
	c.mu.Unlock()
	h.once.Do(func() { c.readRobots(ctx, key, h) })
	return h
}

// readRobots reads a host's robots.txt: its rules for thidua, its
// Crawl-delay and its Sitemap lines. A missing file allows everything;
// one that cannot be read (5xx, network) is taken as allowing everything
// too, as most crawlers do, but the failure is counted.
func (c *Crawler) readRobots(ctx context.Context, base string, h *host) {
	if err := h.limiter.Wait(ctx); err != nil {
		return
	}
	resp, err := c.client.Do(ctx, &fetch.Request{URL: base + "/robots.txt", MaxBytes: 512 << 10})
	if err != nil {
		return
	}
	c.archiveFetch(base+"/robots.txt", nil, resp) // a failing archive stops the crawl at the next page
	data, err := robotstxt.FromStatusAndBytes(resp.StatusCode, resp.Body)
	if err != nil {
		return
	}
	h.rules = data.FindGroup("thidua")
	if d := h.rules.CrawlDelay; d > 0 {
		if per := rate.Every(d); c.rate <= 0 || float64(per) < c.rate {
			h.limiter.SetLimit(per)
		}
	}
	var sitemaps []store.Entry
	for _, s := range data.Sitemaps {
		if u, err := url.Parse(s); err == nil && normalize(u) != "" {
			sitemaps = append(sitemaps, store.Entry{URL: normalize(u), Kind: store.KindSitemap, Priority: 8, Parent: base + "/robots.txt"})
		}
	}
	if len(sitemaps) > 0 {
		c.st.Add(ctx, sitemaps)
	}
}

// visit fetches one entry and settles it in the store. It returns an
// error only when the store fails: what goes wrong with the URL is the
// URL's failure, not the crawl's.
func (c *Crawler) visit(ctx context.Context, run int64, sc scope, e store.Entry) error {
	u, err := url.Parse(e.URL)
	if err != nil {
		return c.fail(ctx, run, e, "bad URL: "+err.Error())
	}
	h := c.hostOf(ctx, u)
	if h.rules != nil && !h.rules.Test(u.RequestURI()) {
		c.stats.skipped.Add(1)
		e.State, e.Err, e.Run = store.Skipped, "robots.txt", run
		return c.st.Update(ctx, e)
	}
	if err := h.limiter.Wait(ctx); err != nil {
		return nil
	}
	hdr := http.Header{}
	if e.ETag != "" {
		hdr.Set("If-None-Match", e.ETag)
	}
	if e.LastModified != "" {
		hdr.Set("If-Modified-Since", e.LastModified)
	}
	resp, err := c.client.Do(ctx, &fetch.Request{URL: e.URL, Header: hdr, MaxBytes: c.maxBytes})
	if err != nil {
		if ctx.Err() != nil {
			return nil
		}
		if errors.Is(err, fetch.ErrPrivateAddress) || errors.Is(err, fetch.ErrScheme) || errors.Is(err, fetch.ErrTooLarge) || errors.Is(err, fetch.ErrTooManyRedirects) {
			return c.fail(ctx, run, e, err.Error())
		}
		return c.retry(ctx, run, e, err.Error(), 0)
	}
	if err := c.archiveFetch(e.URL, hdr, resp); err != nil {
		return err
	}
	switch s := resp.StatusCode; {
	case s == http.StatusNotModified:
		c.stats.notModified.Add(1)
		e.State, e.Err, e.Run, e.Tries = store.Done, "", run, 0
		return c.st.SavePage(ctx, e, nil, nil, nil)
	case s == http.StatusTooManyRequests || s == http.StatusServiceUnavailable:
		return c.retry(ctx, run, e, resp.Status, retryAfter(resp.Header.Get("Retry-After"), time.Now()))
	case s >= 500:
		return c.retry(ctx, run, e, resp.Status, 0)
	case s < 200 || s > 299:
		return c.fail(ctx, run, e, resp.Status)
	}
	c.stats.fetched.Add(1)
	sum := sha256.Sum256(resp.Body)
	hash := hex.EncodeToString(sum[:])
	e.State, e.Err, e.Run, e.Tries = store.Done, "", run, 0
	e.ETag, e.LastModified = resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if hash == e.Hash {
		// Unchanged, though the server did not say so: nothing new.
		return c.st.SavePage(ctx, e, nil, nil, nil)
	}
	e.Hash = hash
	doc := &store.Document{URL: e.URL, FetchedAt: time.Now().UTC(), Hash: hash, ContentType: resp.Header.Get("Content-Type"), Raw: resp.Body}
	rec, found := c.read(ctx, e, resp, sc)
	if rec != nil {
		rec.Hash, rec.FetchedAt = hash, doc.FetchedAt
		if rec.Record.Source.URL == "" {
			rec.Record.Source.URL = e.URL
		}
		c.stats.records.Add(1)
	}
	return c.st.SavePage(ctx, e, doc, rec, found)
}

// read turns a body into a record and the URLs it leads to.
func (c *Crawler) read(ctx context.Context, e store.Entry, resp *fetch.Response, sc scope) (*store.Record, []store.Entry) {
	final, _ := url.Parse(resp.URL)
	if k := xmlKind(resp.Body); k != "" {
		return nil, c.fromXMLList(e, k, resp.Body, sc)
	}
	switch parse.Sniff(resp.Body) {
	case parse.KindPDF:
		return c.fromPDF(ctx, e, resp), nil
	case parse.KindHTML:
		return c.fromPage(ctx, e, resp, final, sc)
	}
	return nil, nil
}

// fromXMLList reads a sitemap or feed.
func (c *Crawler) fromXMLList(e store.Entry, kind string, b []byte, sc scope) []store.Entry {
	var found []store.Entry
	for _, it := range readXMLList(b, 50000) {
		u, err := url.Parse(strings.TrimSpace(it.url))
		if err != nil || normalize(u) == "" {
			continue
		}
		n := normalize(u)
		if kind == "sitemapindex" {
			found = append(found, store.Entry{URL: n, Kind: store.KindSitemap, Priority: 8, Parent: e.URL})
			continue
		}
		if !sc.admits(n) || isOtherFile(u) {
			continue
		}
		if c.since != "" && it.date != "" && len(it.date) >= 10 && it.date[:10] < c.since {
			continue
		}
		if !c.all && !linkRelevant(it.title, n) {
			continue
		}
		found = append(found, store.Entry{URL: n, Kind: store.KindPage, Priority: 5, Depth: e.Depth + 1, Parent: e.URL})
	}
	return found
}

// fromPage reads an HTML page: its record, when it is about the field and
// not a listing, and the links worth following.
func (c *Crawler) fromPage(ctx context.Context, e store.Entry, resp *fetch.Response, final *url.URL, sc scope) (*store.Record, []store.Entry) {
	pl := readLinks(resp.Body, final)
	older := c.since != "" && len(pl.dates) > 0 && maxString(pl.dates) < c.since
	var found []store.Entry
	articles, paging := 0, false
	for _, l := range pl.links {
		lu, err := url.Parse(l.url)
		if err != nil {
			continue
		}
		switch {
		case l.feed:
			if fetch.Site(lu.Host) == fetch.Site(final.Host) {
				found = append(found, store.Entry{URL: l.url, Kind: store.KindFeed, Priority: 8, Depth: e.Depth, Parent: e.URL})
			}
		case isPDFPath(lu):
			// Files: within the site, from a page worth a record (below).
		case l.next:
			paging = true
			if sc.admits(l.url) && !older {
				found = append(found, store.Entry{URL: l.url, Kind: store.KindListing, Priority: 6, Depth: e.Depth, Parent: e.URL})
			}
		case !sc.admits(l.url) || isOtherFile(lu) || e.Depth >= c.maxDepth:
		case c.all || linkRelevant(l.text, l.url):
			articles++
			found = append(found, store.Entry{URL: l.url, Kind: store.KindPage, Priority: 5, Depth: e.Depth + 1, Parent: e.URL})
		}
	}
	if e.Kind == store.KindListing {
		return nil, found
	}
	rec, err := parse.HTML(ctx, bytes.NewReader(resp.Body), append(c.parseOpts, parse.WithURL(e.URL), parse.WithBaseURL(resp.URL), parse.WithContentType(resp.Header.Get("Content-Type")))...)
	if err != nil {
		return nil, found
	}
	// A listing: many article links, paging, and no document of its own.
	if rec.Directive.Number == "" && (paging || articles >= 15) {
		return nil, found
	}
	rel := Relevance(rec)
	if rel < RelevanceThreshold && !c.all {
		return nil, found
	}
	urls := []string{e.URL}
	for _, x := range []string{resp.URL, pl.canonical} {
		if x != "" && x != e.URL {
			if xu, err := url.Parse(x); err == nil && normalize(xu) != "" && normalize(xu) != e.URL {
				urls = append(urls, normalize(xu))
			}
		}
	}
	for _, a := range rec.Directive.Attachments {
		au, err := url.Parse(a.URL)
		if err != nil || normalize(au) == "" || isOtherFile(au) {
			continue
		}
		if fetch.SameSite(final.Host)(au) == nil {
			found = append(found, store.Entry{URL: normalize(au), Kind: store.KindFile, Priority: 4, Depth: e.Depth + 1, Parent: e.URL})
		}
	}
	return &store.Record{URLs: urls, Relevance: rel, Record: rec}, found
}

// fromPDF reads a file: merged into the page that attaches it when it is
// the same document, its own record otherwise.
func (c *Crawler) fromPDF(ctx context.Context, e store.Entry, resp *fetch.Response) *store.Record {
	rec, err := parse.PDF(ctx, bytes.NewReader(resp.Body), int64(len(resp.Body)), append(c.parseOpts, parse.WithURL(e.URL))...)
	if err != nil {
		c.addFailure(e.URL, "PDF: "+err.Error())
		return nil
	}
	if e.Parent != "" {
		// The page's document, unless both state numbers and they differ
		// (as WithFollowAttachments decides).
		page, err := c.st.RecordByURL(ctx, e.Parent)
		if err == nil && (page.Record.Directive.Number == "" || rec.Directive.Number == "" || parse.SameDocument(page.Record.Directive.Number, rec.Directive.Number)) {
			name := e.URL
			for _, a := range page.Record.Directive.Attachments {
				if a.URL == e.URL {
					name = a.Name
				}
			}
			parse.MergeAttachment(page.Record, rec, directive.Attachment{Name: name, URL: e.URL})
			page.URLs = []string{e.Parent, e.URL}
			page.Hash = page.Hash + "+" + e.Hash
			return page
		}
	}
	rel := Relevance(rec)
	if rel < RelevanceThreshold && !c.all && e.Parent == "" {
		return nil
	}
	return &store.Record{URLs: []string{e.URL}, Relevance: rel, Record: rec, Parent: e.Parent}
}

// retry puts an entry off: by the server's Retry-After when it gave one,
// by an exponential backoff otherwise; after maxTries it is given up.
func (c *Crawler) retry(ctx context.Context, run int64, e store.Entry, reason string, wait time.Duration) error {
	e.Tries++
	if e.Tries >= c.maxTries || wait > c.retryAfter {
		return c.fail(ctx, run, e, fmt.Sprintf("%s (after %d tries)", reason, e.Tries))
	}
	if wait <= 0 {
		wait = c.backoff << (e.Tries - 1)
	}
	c.stats.retries.Add(1)
	e.State, e.Err, e.Run, e.NextFetch = store.Queued, reason, run, time.Now().Add(wait)
	return c.st.Update(ctx, e)
}

func (c *Crawler) fail(ctx context.Context, run int64, e store.Entry, reason string) error {
	c.stats.failed.Add(1)
	c.addFailure(e.URL, reason)
	e.State, e.Err, e.Run = store.Failed, reason, run
	return c.st.Update(ctx, e)
}

func (c *Crawler) addFailure(u, reason string) {
	c.mu.Lock()
	if len(c.fails) < 1000 {
		c.fails = append(c.fails, Failure{URL: u, Reason: reason})
	}
	c.mu.Unlock()
}

// retryAfter reads a Retry-After header: seconds or an HTTP date.
func retryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0)
	}
	return 0
}

func maxString(ss []string) string {
	m := ""
	for _, s := range ss {
		m = max(m, s)
	}
	return m
}

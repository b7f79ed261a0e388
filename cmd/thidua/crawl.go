package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/vnthidua/thidua/crawl"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/store/sqlite"
	"github.com/vnthidua/thidua/warc"
)

func init() {
	register(command{
		name:  "crawl",
		usage: "--store FILE [--allow-private] [--rate R] [--concurrency N] [--max-pages N] [--since YYYY-MM-DD] [--all] [--scope PREFIX]... [--portal NAME] [--keep-raw] [--warc DIR] [--quiet] SEED_URL...   thu thập cổng thông tin / crawl portals into a store",
		run:   runCrawl,
	})
}

func runCrawl(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("crawl", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storePath := fs.String("store", "thidua.db", "SQLite file the crawl keeps its frontier and records in (created if missing)")
	allowPrivate := fs.Bool("allow-private", false, "allow loopback, private and link-local addresses (intranet portals, local tests)")
	rateFlag := fs.Float64("rate", crawl.DefaultRate, "requests a second to one host (0: no limit); a robots.txt Crawl-delay asking for less wins")
	concurrency := fs.Int("concurrency", 0, "pages fetched and parsed at once (0: twice the CPUs)")
	maxPages := fs.Int("max-pages", 0, "stop after this many fetches (0: no cap)")
	since := fs.String("since", "", "YYYY-MM-DD: stop paging when a listing's dates are older; skip older sitemap and feed entries")
	all := fs.Bool("all", false, "store every page as a record and follow every link in scope, about thi đua or not")
	var scopes, portals hostList
	fs.Var(&scopes, "scope", "URL prefix the crawl may also go under, besides the seeds' own (repeatable)")
	fs.Var(&portals, "portal", "a portal of the shipped registry, by name (repeatable; see --portal list)")
	keepRaw := fs.Bool("keep-raw", false, "keep the bytes of every page and file in the store")
	warcDir := fs.String("warc", "", "also write every fetch as WARC request and response records into this directory (gzip per record, a new file every 1 GB; bodies decoded)")
	quiet := fs.Bool("quiet", false, "no progress line and no summary")
	userAgent := fs.String("user-agent", crawl.DefaultUserAgent, "User-Agent of requests; name a way to reach you")
	timeout := fs.Duration("timeout", 3*time.Minute, "time limit for parsing one page or file")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	seeds := fs.Args()
	for _, name := range portals {
		if name == "list" {
			for _, p := range crawl.Portals() {
				state := "chưa kiểm tra / unchecked"
				if p.Checked {
					state = "đã kiểm tra / checked"
				}
				fmt.Fprintf(stdout, "%-16s %-50s %s (%s)\n", p.Name, p.URL, p.Title, state)
			}
			return 0
		}
		p, ok := crawl.PortalByName(name)
		if !ok {
			fmt.Fprintf(stderr, "thidua crawl: --portal %q: không có trong danh mục / not in the registry (thidua crawl --portal list)\n", name)
			return 2
		}
		if p.URL == "" {
			fmt.Fprintf(stderr, "thidua crawl: --portal %q: danh mục chưa có địa chỉ / the registry has no URL for it (%s)\n", name, p.Note)
			return 2
		}
		if !p.Checked && !*quiet {
			fmt.Fprintf(stderr, "thidua crawl: --portal %s: địa chỉ chưa được kiểm tra / URL not checked: %s (seen in %s)\n", name, p.URL, p.SeenIn)
		}
		seeds = append(seeds, p.URL)
		seeds = append(seeds, p.Seeds...)
	}
	if len(seeds) == 0 {
		fmt.Fprintln(stderr, "thidua crawl: thiếu địa chỉ / no seed: give SEED_URL... or --portal NAME")
		return 2
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			fmt.Fprintf(stderr, "thidua crawl: --since %q: dùng / use YYYY-MM-DD\n", *since)
			return 2
		}
	}
	if *rateFlag < 0 || *concurrency < 0 || *maxPages < 0 {
		fmt.Fprintln(stderr, "thidua crawl: --rate, --concurrency and --max-pages must not be negative")
		return 2
	}
	st, err := sqlite.Open(ctx, *storePath, sqlite.WithKeepRaw(*keepRaw))
	if err != nil {
		fmt.Fprintf(stderr, "thidua crawl: %v\n", err)
		return 2
	}
	defer st.Close()
	opts := []crawl.Option{
		crawl.WithAllowPrivate(*allowPrivate), crawl.WithRate(*rateFlag), crawl.WithConcurrency(*concurrency),
		crawl.WithMaxPages(*maxPages), crawl.WithSince(*since), crawl.WithAll(*all), crawl.WithScope(scopes...),
		crawl.WithUserAgent(*userAgent), crawl.WithParseOptions(parse.WithTimeout(*timeout)),
	}
	if *warcDir != "" {
		w, err := warc.NewWriter(*warcDir)
		if err != nil {
			fmt.Fprintf(stderr, "thidua crawl: --warc: %v\n", err)
			return 2
		}
		defer w.Close()
		opts = append(opts, crawl.WithWARC(w))
	}
	term := !*quiet && isTerminal(stderr)
	if term {
		opts = append(opts, crawl.WithProgress(func(s crawl.Stats) {
			fmt.Fprintf(stderr, "\r\x1b[K%s", progressLine(s))
		}))
	}
	sum, err := crawl.New(st, opts...).Run(ctx, seeds)
	if term {
		fmt.Fprint(stderr, "\r\x1b[K")
	}
	if err != nil && sum == nil {
		fmt.Fprintf(stderr, "thidua crawl: %v\n", err)
		if errors.Is(err, crawl.ErrNoSeed) {
			return 2
		}
		return 1
	}
	if !*quiet {
		fmt.Fprintf(stderr, "thidua crawl: %s\n", progressLine(sum.Stats))
		if sum.Resumed {
			fmt.Fprintf(stderr, "thidua crawl: tiếp tục lần chạy / resumed run %d\n", sum.Run)
		}
		if sum.Queued > 0 {
			fmt.Fprintf(stderr, "thidua crawl: còn %d địa chỉ trong hàng đợi / %d URLs still queued: run the same command again to go on\n", sum.Queued, sum.Queued)
		}
		for _, f := range sum.Failures {
			fmt.Fprintf(stderr, "  lỗi / failed: %s: %s\n", f.URL, f.Reason)
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "thidua crawl: %v\n", err)
		return 1
	}
	if sum.Fetched+sum.NotModified == 0 {
		fmt.Fprintln(stderr, "thidua crawl: không tải được trang nào / nothing could be fetched")
		return 1
	}
	return 0
}

func progressLine(s crawl.Stats) string {
	secs := s.Elapsed.Seconds()
	rate := 0.0
	if secs > 0 {
		rate = float64(s.Fetched+s.NotModified) / secs
	}
	return fmt.Sprintf("tải / fetched %d, không đổi / not modified %d, bản ghi / records %d, lỗi / failed %d, robots %d, hàng đợi / queued %d, %.1f trang/s, %s",
		s.Fetched, s.NotModified, s.Records, s.Failed, s.Skipped, s.Queued, rate, s.Elapsed.Round(100*time.Millisecond))
}

// openStoreForReading opens an existing store; it refuses to create one.
func openStoreForReading(ctx context.Context, path string) (*sqlite.DB, error) {
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("không có kho / no store at %s: %w", path, err)
	}
	return sqlite.Open(ctx, path)
}

package main

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/vnthidua/thidua/store"
)

func init() {
	register(command{
		name:  "export",
		usage: "--store FILE [--format jsonl|csv] [--since DATE] [--province P] [--kind K]   xuất bản ghi / export the records of a store",
		run:   runExport,
	})
	register(command{
		name:  "search",
		usage: "--store FILE [--format jsonl|text] [--limit N] QUERY   tìm bản ghi / full-text search of a store",
		run:   runSearch,
	})
}

var csvHeader = []string{"id", "version", "kind", "number", "issued", "issuer", "issuer_level", "province", "province_current", "signer", "title", "published", "url", "urls", "campaigns", "fetched_at"}

func csvRow(r *store.Record) []string {
	d := r.Record.Directive
	var camps []string
	for _, c := range d.Campaigns {
		camps = append(camps, c.Name)
	}
	first := ""
	if len(r.URLs) > 0 {
		first = r.URLs[0]
	}
	return []string{strconv.FormatInt(r.ID, 10), strconv.Itoa(r.Version), d.Kind, d.Number, d.Issued, d.Issuer.Name, string(d.Issuer.Level),
		d.Issuer.Province, d.Issuer.ProvinceCurrent, d.Signer.Name, d.Title, r.Record.Source.Published, first, strings.Join(r.URLs, " "),
		strings.Join(camps, "; "), r.FetchedAt.Format(time.RFC3339)}
}

func runExport(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storePath := fs.String("store", "thidua.db", "the store a crawl wrote")
	format := fs.String("format", "jsonl", "jsonl (one record a line) or csv (one row a record, for spreadsheets)")
	since := fs.String("since", "", "YYYY-MM-DD: records issued (or, when no date is stated, published) on or after it")
	province := fs.String("province", "", "the issuer's province as written or current (Bình Dương, Thành phố Hồ Chí Minh)")
	kind := fs.String("kind", "", "kind code: CT, KH, QĐ, NQ, TB, ...")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "thidua export: thừa đối số / unexpected argument %q\n", fs.Arg(0))
		return 2
	}
	if *format != "jsonl" && *format != "csv" {
		fmt.Fprintf(stderr, "thidua export: định dạng không hỗ trợ / unsupported --format %q (jsonl, csv)\n", *format)
		return 2
	}
	if *since != "" {
		if _, err := time.Parse("2006-01-02", *since); err != nil {
			fmt.Fprintf(stderr, "thidua export: --since %q: dùng / use YYYY-MM-DD\n", *since)
			return 2
		}
	}
	st, err := openStoreForReading(ctx, *storePath)
	if err != nil {
		fmt.Fprintf(stderr, "thidua export: %v\n", err)
		return 2
	}
	defer st.Close()
	var cw *csv.Writer
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	if *format == "csv" {
		io.WriteString(stdout, "\ufeff") // spreadsheet programs read UTF-8 by its BOM
		cw = csv.NewWriter(stdout)
		cw.Write(csvHeader)
	}
	n := 0
	err = st.Records(ctx, store.Filter{Since: *since, Province: *province, Kind: *kind}, func(r *store.Record) error {
		n++
		if cw != nil {
			return cw.Write(csvRow(r))
		}
		return enc.Encode(r)
	})
	if cw != nil {
		cw.Flush()
		if err == nil {
			err = cw.Error()
		}
	}
	if err != nil {
		fmt.Fprintf(stderr, "thidua export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stderr, "thidua export: %d bản ghi / records\n", n)
	return 0
}

func runSearch(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("search", flag.ContinueOnError)
	fs.SetOutput(stderr)
	storePath := fs.String("store", "thidua.db", "the store a crawl wrote")
	format := fs.String("format", "text", "text (a line per record and the matching words) or jsonl")
	limit := fs.Int("limit", 20, "records shown at most")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	query := strings.TrimSpace(strings.Join(fs.Args(), " "))
	if query == "" {
		fmt.Fprintln(stderr, "thidua search: thiếu từ khoá / no query (example: thidua search --store thidua.db \"phong trào thi đua\")")
		return 2
	}
	if *format != "jsonl" && *format != "text" {
		fmt.Fprintf(stderr, "thidua search: định dạng không hỗ trợ / unsupported --format %q (jsonl, text)\n", *format)
		return 2
	}
	st, err := openStoreForReading(ctx, *storePath)
	if err != nil {
		fmt.Fprintf(stderr, "thidua search: %v\n", err)
		return 2
	}
	defer st.Close()
	recs, err := st.Search(ctx, query, *limit)
	if err != nil {
		fmt.Fprintf(stderr, "thidua search: %v\n", err)
		return 2
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	for _, r := range recs {
		if *format == "jsonl" {
			enc.Encode(r)
			continue
		}
		d := r.Record.Directive
		first := ""
		if len(r.URLs) > 0 {
			first = r.URLs[0]
		}
		label := strings.TrimSpace(d.KindName + " " + d.Number)
		if label == "" {
			label = r.Record.Source.Title
		}
		fmt.Fprintf(stdout, "%d. %s (%s) %s\n   %s\n   %s\n", r.ID, label, d.Issued, d.Title, strings.ReplaceAll(r.Snippet, "\n", " "), first)
	}
	fmt.Fprintf(stderr, "thidua search: %d bản ghi / records\n", len(recs))
	return 0
}

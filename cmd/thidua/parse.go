package main

import (
	"context"
	"crypto/x509"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/ordered"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/parse/pdf"
)

func init() {
	register(command{
		name:  "parse",
		usage: "[--format json|jsonl|text] [--timeout 3m] [--follow-attachments] [--attachment-host HOST]... [--allow-private] [--jobs N] [--ocr auto|on|off] [--trust-ca PEM] [--max-pages N] [--domain SUFFIX]... FILE|URL|FILE.warc[.gz]|- ...   đọc văn bản / read documents into records",
		run:   runParse,
	})
}

func runParse(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("parse", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "json", "output format: json (one object per input), jsonl (one line per input) or text")
	timeout := fs.Duration("timeout", 3*time.Minute, "time limit for one input (a scanned PDF is read by OCR at a few seconds a page)")
	maxBytes := fs.Int64("max-bytes", parse.DefaultMaxBytes, "largest input accepted, in bytes")
	follow := fs.Bool("follow-attachments", false, "download the PDF a page attaches and merge what it states (tải tệp PDF đính kèm)")
	var attachHosts hostList
	fs.Var(&attachHosts, "attachment-host", "host attachments may also be downloaded from, besides the page's own site (repeatable; admits its subdomains)")
	allowPrivate := fs.Bool("allow-private", false, "allow URLs on loopback, private and link-local addresses (intranet portals, local tests); refused by default (cho phép địa chỉ nội bộ)")
	userAgent := fs.String("user-agent", parse.DefaultUserAgent, "User-Agent of HTTP requests")
	ocr := fs.String("ocr", "auto", "OCR of PDF pages without text (scans): auto (when tesseract is installed), on (a missing tesseract is an error) or off")
	trustCA := fs.String("trust-ca", "", "PEM file of certificate authorities the PDF signatures must chain to (kiểm tra chữ ký số)")
	jobs := fs.Int("jobs", runtime.NumCPU(), "inputs read at once (records are printed in input order)")
	maxPages := fs.Int("max-pages", parse.DefaultMaxPages, "PDF pages read: of a longer file only the first N are read, with a warning (chỉ đọc N trang đầu)")
	var domains hostList
	fs.Var(&domains, "domain", "WARC inputs: keep only pages of this domain and its subdomains (repeatable; example: gov.vn)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	switch *format {
	case "json", "jsonl", "text":
	default:
		fmt.Fprintf(stderr, "thidua parse: định dạng không hỗ trợ / unsupported --format %q (json, jsonl, text)\n", *format)
		return 2
	}
	inputs := fs.Args()
	if len(inputs) == 0 {
		fmt.Fprintln(stderr, "thidua parse: thiếu tệp / no input: give FILE, URL or - for standard input")
		return 2
	}
	opts := []parse.Option{parse.WithTimeout(*timeout), parse.WithMaxBytes(*maxBytes), parse.WithUserAgent(*userAgent)}
	if *follow {
		opts = append(opts, parse.WithFollowAttachments(true))
	}
	if len(attachHosts) > 0 {
		opts = append(opts, parse.WithAttachmentHosts(attachHosts...))
	}
	if *allowPrivate {
		opts = append(opts, parse.WithAllowPrivate(true))
	}
	switch *ocr {
	case "auto":
	case "on", "off":
		opts = append(opts, parse.WithOCR(*ocr == "on"))
	default:
		fmt.Fprintf(stderr, "thidua parse: --ocr %q: dùng / use auto, on or off\n", *ocr)
		return 2
	}
	if *jobs < 1 {
		fmt.Fprintf(stderr, "thidua parse: --jobs %d: phải lớn hơn 0 / must be more than 0\n", *jobs)
		return 2
	}
	if *maxPages <= 0 {
		fmt.Fprintf(stderr, "thidua parse: --max-pages %d: phải lớn hơn 0 / must be more than 0\n", *maxPages)
		return 2
	}
	opts = append(opts, parse.WithMaxPages(*maxPages))
	if *trustCA != "" {
		pool, err := loadCAs(*trustCA)
		if err != nil {
			fmt.Fprintf(stderr, "thidua parse: --trust-ca: %v\n", err)
			return 2
		}
		opts = append(opts, parse.WithTrustPool(pool))
	}
	for _, in := range inputs {
		if isWARC(in) {
			return parseWARCs(ctx, inputs, stdin, *maxBytes, opts, domains, *format, *jobs, stdout, stderr)
		}
	}
	var bar *progress
	if *format == "jsonl" && len(inputs) > 1 && isTerminal(stderr) {
		bar = &progress{w: stderr, total: len(inputs), width: 30}
	}
	// Inputs are read on every core; records come out in input order.
	type result struct {
		rec *directive.Record
		err error
	}
	failed, code := 0, 0
	coldCacheNotice(inputs, pdf.Default().CacheDir(), stderr)
	bar.show(0, inputs[0])
	ordered.Map(ctx, len(inputs), *jobs, func(ctx context.Context, i int) result {
		rec, err := parseInput(ctx, inputs[i], stdin, *maxBytes, opts...)
		return result{rec, err}
	}, func(i int, r result) bool {
		in := inputs[i]
		if r.err != nil {
			bar.clear()
			fmt.Fprintf(stderr, "thidua parse: %v\n", r.err)
			failed++
		} else if err := writeRecord(stdout, r.rec, *format); err != nil {
			bar.clear()
			fmt.Fprintf(stderr, "thidua parse: %s: %v\n", in, err)
			code = 1
			return false
		}
		if i+1 < len(inputs) {
			bar.show(i+1, inputs[i+1])
		}
		return true
	})
	if code != 0 {
		return code
	}
	if ctx.Err() != nil {
		bar.clear()
		fmt.Fprintf(stderr, "thidua parse: %v\n", ctx.Err())
		return 1
	}
	bar.show(len(inputs), "")
	bar.clear()
	if bar != nil {
		fmt.Fprintf(stderr, "thidua parse: %d/%d đã đọc / read, %d lỗi / failed\n", len(inputs)-failed, len(inputs), failed)
	}
	if failed > 0 {
		return 1
	}
	return 0
}

// parseInput reads one FILE, URL or "-" (standard input).
// The whole input is read first, at most maxBytes+1 bytes, so that the
// parser can tell its kind and refuse one that is too large.
func parseInput(ctx context.Context, in string, stdin io.Reader, maxBytes int64, opts ...parse.Option) (*directive.Record, error) {
	if strings.HasPrefix(in, "http://") || strings.HasPrefix(in, "https://") {
		return parse.URL(ctx, in, opts...)
	}
	var r io.Reader = stdin
	if in != "-" {
		f, err := os.Open(in)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
		opts = append(opts, parse.WithPath(in))
	}
	b, err := io.ReadAll(io.LimitReader(r, maxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", in, err)
	}
	return parse.Any(ctx, b, opts...)
}

func writeRecord(w io.Writer, rec *directive.Record, format string) error {
	switch format {
	case "jsonl":
		b, err := json.Marshal(rec)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", b)
		return err
	case "text":
		return writeText(w, rec)
	}
	b, err := json.MarshalIndent(rec, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}

// loadCAs reads the PEM certificates of a file into a pool.
func loadCAs(path string) (*x509.CertPool, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	pool := x509.NewCertPool()
	if !pool.AppendCertsFromPEM(b) {
		return nil, fmt.Errorf("%s: không có chứng thư PEM / no PEM certificate in the file", path)
	}
	return pool, nil
}

// isTerminal tells whether w is a terminal (a character device), without
// a dependency on golang.org/x/term.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progress draws a one-line progress bar: "[=====>     ] 3/10 name".
// A nil progress draws nothing.
type progress struct {
	w     io.Writer
	total int
	width int
	drawn bool
}

func (p *progress) show(done int, name string) {
	if p == nil || p.total == 0 {
		return
	}
	fill := p.width * done / p.total
	bar := strings.Repeat("=", fill)
	if fill < p.width {
		bar += ">" + strings.Repeat(" ", p.width-fill-1)
	}
	if n := utf8.RuneCountInString(name); n > 40 {
		r := []rune(name)
		name = "…" + string(r[n-39:])
	}
	fmt.Fprintf(p.w, "\r\x1b[K[%s] %d/%d %s", bar, done, p.total, name)
	p.drawn = true
}

// clear erases the bar so that a message can be printed on its line.
func (p *progress) clear() {
	if p == nil || !p.drawn {
		return
	}
	fmt.Fprint(p.w, "\r\x1b[K")
	p.drawn = false
}

// hostList is a repeatable flag of host names.
type hostList []string

func (h *hostList) String() string { return strings.Join(*h, ",") }

func (h *hostList) Set(v string) error {
	v = strings.TrimSpace(v)
	if v == "" || strings.ContainsAny(v, "/ ") {
		return fmt.Errorf("%q is not a host name (example: files.hungyen.gov.vn)", v)
	}
	*h = append(*h, v)
	return nil
}

package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/url"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/vnthidua/thidua/parse/pdf"
	"github.com/vnthidua/thidua/serve"
)

func init() {
	register(command{
		name:  "serve",
		usage: "--addr HOST:PORT [--store FILE] [--allow-private] [--timeout 60s] [--max-concurrent N] [--max-bytes N] [--cors-origin ORIGIN]... [--pdf-interruptible=false]   API HTTP và trang web / the HTTP API and web page",
		run:   runServe,
	})
}

// runServe answers the API and the web page until interrupted (SIGINT or
// SIGTERM), then shuts down gracefully. It logs to stderr with log/slog.
func runServe(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", "127.0.0.1:8080", "address to listen on, HOST:PORT (port 0: any free port, logged)")
	storePath := fs.String("store", "", "the store a crawl wrote, for /v1/records and /records (none by default)")
	allowPrivate := fs.Bool("allow-private", false, "let POST /v1/parse {\"url\"} fetch loopback and private addresses (refused by default)")
	timeout := fs.Duration("timeout", serve.DefaultTimeout, "time limit of one request's work")
	maxConc := fs.Int("max-concurrent", serve.DefaultMaxConcurrent, "requests served at once; more are answered 503 with Retry-After")
	maxBytes := fs.Int64("max-bytes", serve.DefaultMaxParseBytes, "largest document POST /v1/parse accepts, in bytes")
	logJSON := fs.Bool("log-json", false, "log as JSON lines rather than text")
	var corsOrigins originList
	fs.Var(&corsOrigins, "cors-origin", "let web pages of this origin call the API from the browser (repeatable; * for any; none by default)")
	interruptible := fs.Bool("pdf-interruptible", true, "compile PDFium so that --timeout also stops a PDFium call that does not end (a crafted PDF); false reads PDFs with about a quarter of the CPU")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 0 {
		fmt.Fprintln(stderr, "thidua serve: không nhận đối số / takes no arguments (use --addr, --store)")
		return 2
	}
	if *timeout <= 0 || *maxConc <= 0 || *maxBytes <= 0 {
		fmt.Fprintln(stderr, "thidua serve: --timeout, --max-concurrent và --max-bytes phải lớn hơn 0 / must be more than 0")
		return 2
	}
	var h slog.Handler = slog.NewTextHandler(stderr, nil)
	if *logJSON {
		h = slog.NewJSONHandler(stderr, nil)
	}
	log := slog.New(h)
	ctx, stop := signal.NotifyContext(ctx, syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	opts := []serve.Option{serve.WithLogger(log), serve.WithTimeout(*timeout), serve.WithMaxConcurrent(*maxConc),
		serve.WithMaxParseBytes(*maxBytes), serve.WithAllowPrivate(*allowPrivate)}
	if len(corsOrigins) > 0 {
		opts = append(opts, serve.WithCORSOrigins(corsOrigins...))
	}
	if *interruptible {
		b := pdf.NewPDFium(pdf.PDFiumConfig{Interruptible: true})
		defer b.Close()
		opts = append(opts, serve.WithPDFBackend(b))
	}
	if *storePath != "" {
		st, err := openStoreForReading(ctx, *storePath)
		if err != nil {
			fmt.Fprintf(stderr, "thidua serve: --store: %v\n", err)
			return 2
		}
		defer st.Close()
		opts = append(opts, serve.WithStore(st))
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(stderr, "thidua serve: --addr: %v\n", err)
		return 2
	}
	log.Info("listening", "addr", ln.Addr().String(), "store", *storePath, "timeout", timeout.String(), "max_concurrent", *maxConc)
	start := time.Now()
	if err := serve.New(opts...).Serve(ctx, ln); err != nil {
		log.Error("serve", "error", err)
		return 1
	}
	log.Info("stopped", "uptime", time.Since(start).Round(time.Second).String())
	return 0
}

// originList is the repeatable --cors-origin flag: "*" or an origin as a
// browser sends it, scheme://host[:port] with no path.
type originList []string

func (o *originList) String() string { return strings.Join(*o, ",") }

func (o *originList) Set(v string) error {
	v = strings.TrimSpace(v)
	if v != "*" {
		u, err := url.Parse(v)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || (u.Path != "" && u.Path != "/") || u.RawQuery != "" {
			return fmt.Errorf("%q is not an origin (example: https://hr.example.vn, or * for any)", v)
		}
		v = u.Scheme + "://" + u.Host
	}
	*o = append(*o, v)
	return nil
}

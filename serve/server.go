package serve

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/parse/pdf"
	"github.com/vnthidua/thidua/store"
)

// Defaults of the limits (see the With options).
const (
	DefaultTimeout       = 60 * time.Second
	DefaultMaxParseBytes = parse.DefaultMaxBytes // 64 MB, as `thidua parse`
	DefaultReadTimeout   = 2 * time.Minute       // a 64 MB body on a slow line
)

// DefaultMaxConcurrent is the number of requests served at once by
// default: parsing is CPU-bound, a few per core keep them all busy.
var DefaultMaxConcurrent = 4 * runtime.NumCPU()

// Records is what the server reads of a store: store.Store's reading
// methods.
type Records interface {
	Records(ctx context.Context, f store.Filter, fn func(*store.Record) error) error
	Search(ctx context.Context, query string, limit int) ([]*store.Record, error)
	Record(ctx context.Context, id int64) (*store.Record, error)
}

// Server answers the API and the web page. Build it with New; it is an
// http.Handler, and Serve runs it on a listener with timeouts and a
// graceful shutdown.
type Server struct {
	store         Records
	allowPrivate  bool
	log           *slog.Logger
	timeout       time.Duration
	readTimeout   time.Duration
	maxParse      int64
	maxValidate   int64
	sem           chan struct{}
	inFlight      atomic.Int64
	mux           *http.ServeMux
	handler       http.Handler
	awardsJSON    []byte
	campaignsJSON []byte
	pdf           pdf.Backend // nil: pdf.Default()
	corsOrigins   []string
}

// Option configures a Server.
type Option func(*Server)

// WithStore serves the records of a store at /v1/records and /records.
// Without one, those answer 404 (no store configured).
func WithStore(st Records) Option { return func(s *Server) { s.store = st } }

// WithAllowPrivate lets POST /v1/parse {"url": ...} fetch loopback and
// private addresses (parse.WithAllowPrivate); refused by default.
func WithAllowPrivate(on bool) Option { return func(s *Server) { s.allowPrivate = on } }

// WithLogger logs each request and the server's events to l (default:
// slog.Default()).
func WithLogger(l *slog.Logger) Option { return func(s *Server) { s.log = l } }

// WithTimeout bounds the work of one request (DefaultTimeout); a request
// over it is answered 503 with the code "timeout".
func WithTimeout(d time.Duration) Option { return func(s *Server) { s.timeout = d } }

// WithReadTimeout bounds the time to read one request, body included
// (DefaultReadTimeout); used by Serve.
func WithReadTimeout(d time.Duration) Option { return func(s *Server) { s.readTimeout = d } }

// WithMaxParseBytes sets the largest body of POST /v1/parse and of the
// page's document form (DefaultMaxParseBytes).
func WithMaxParseBytes(n int64) Option { return func(s *Server) { s.maxParse = n } }

// WithPDFBackend reads PDFs with b instead of pdf.Default(). thidua serve
// passes a PDFium compiled to be interruptible
// (pdf.PDFiumConfig{Interruptible: true}), so that the request's time limit
// also stops a PDFium call that would not end on a crafted file, at the
// cost of more CPU a page; the CLI and the crawler keep the faster default.
func WithPDFBackend(b pdf.Backend) Option { return func(s *Server) { s.pdf = b } }

// WithCORSOrigins lets web pages of these origins ("https://hr.example.vn",
// scheme, host and port as the browser sends them; "*" for any) call the
// API from the browser: answers to /v1/..., /openapi.json and /healthz
// carry Access-Control-Allow-Origin for them, and their preflight requests
// are answered. No credentials are allowed, since the API takes none. By
// default no origin is: call the API from a server.
func WithCORSOrigins(origins ...string) Option {
	return func(s *Server) { s.corsOrigins = append(s.corsOrigins, origins...) }
}

// WithMaxConcurrent sets how many requests are served at once
// (DefaultMaxConcurrent); more are answered 503 with Retry-After.
func WithMaxConcurrent(n int) Option {
	return func(s *Server) {
		if n > 0 {
			s.sem = make(chan struct{}, n)
		}
	}
}

// New builds a Server.
func New(opts ...Option) *Server {
	s := &Server{
		log:         slog.Default(),
		timeout:     DefaultTimeout,
		readTimeout: DefaultReadTimeout,
		maxParse:    DefaultMaxParseBytes,
		maxValidate: nomination.MaxInput,
	}
	for _, o := range opts {
		o(s)
	}
	if s.sem == nil {
		s.sem = make(chan struct{}, DefaultMaxConcurrent)
	}
	if s.maxParse <= 0 {
		s.maxParse = DefaultMaxParseBytes
	}
	s.awardsJSON = mustJSON(nomination.Default())
	s.campaignsJSON = mustJSON(campaignList())
	s.mux = http.NewServeMux()
	for _, rt := range s.routes() {
		s.mux.Handle(rt.pattern, rt.handler)
	}
	s.handler = s.logRequests(s.recoverPanics(s.cors(s.limit(http.HandlerFunc(s.dispatch)))))
	return s
}

// route is one entry of the server's table: the mux pattern, whether it
// belongs to the API (and so to the OpenAPI document), and its handler.
type route struct {
	pattern string
	api     bool
	handler http.HandlerFunc
}

// routes is the table of every route; TestOpenAPIMatchesRoutes keeps the
// API's entries and /openapi.json in step.
func (s *Server) routes() []route {
	return []route{
		{"POST /v1/parse", true, s.apiParse},
		{"POST /v1/validate", true, s.apiValidate},
		{"GET /v1/awards", true, s.apiAwards},
		{"GET /v1/campaigns", true, s.apiCampaigns},
		{"GET /v1/records", true, s.apiRecords},
		{"GET /v1/records/{id}", true, s.apiRecord},
		{"GET /openapi.json", true, s.apiOpenAPI},
		{"GET /healthz", true, s.apiHealth},

		{"GET /{$}", false, s.webHome},
		{"POST /doc", false, s.webDoc},
		{"POST /check", false, s.webCheck},
		{"GET /records", false, s.webRecords},
		{"GET /records/{id}", false, s.webRecord},
	}
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// dispatch routes through the mux, answering a path it does not know
// (404) or a method it does not allow there (405) in the API's error
// shape rather than the mux's plain text.
func (s *Server) dispatch(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.mux.Handler(r); pattern != "" {
		s.mux.ServeHTTP(w, r)
		return
	}
	var allow []string
	for _, m := range []string{http.MethodGet, http.MethodPost} {
		rr := r.Clone(r.Context())
		rr.Method = m
		if _, p := s.mux.Handler(rr); p != "" {
			allow = append(allow, m)
		}
	}
	if len(allow) > 0 {
		w.Header().Set("Allow", strings.Join(allow, ", "))
		writeError(w, errf(http.StatusMethodNotAllowed, "method_not_allowed", "",
			"phương thức "+r.Method+" không dùng được ở đây; dùng "+strings.Join(allow, ", "),
			"method "+r.Method+" is not allowed here; use "+strings.Join(allow, ", ")))
		return
	}
	writeError(w, errf(http.StatusNotFound, "not_found", "",
		"không có đường dẫn "+r.URL.Path+" (xem /openapi.json)", "no such path "+r.URL.Path+" (see /openapi.json)"))
}

// cors adds the CORS headers for the origins of WithCORSOrigins to the
// API's answers, and answers their preflight requests itself (they carry
// no body and need no slot of the semaphore).
func (s *Server) cors(next http.Handler) http.Handler {
	if len(s.corsOrigins) == 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		origin := r.Header.Get("Origin")
		p := r.URL.Path
		api := strings.HasPrefix(p, "/v1/") || p == "/openapi.json" || p == "/healthz"
		if origin == "" || !api || !s.corsAllowed(origin) {
			next.ServeHTTP(w, r)
			return
		}
		h := w.Header()
		h.Add("Vary", "Origin")
		if slices.Contains(s.corsOrigins, "*") {
			h.Set("Access-Control-Allow-Origin", "*")
		} else {
			h.Set("Access-Control-Allow-Origin", origin)
		}
		if r.Method == http.MethodOptions && r.Header.Get("Access-Control-Request-Method") != "" {
			h.Set("Access-Control-Allow-Methods", "GET, POST")
			h.Set("Access-Control-Allow-Headers", "Content-Type")
			h.Set("Access-Control-Max-Age", "600")
			w.WriteHeader(http.StatusNoContent)
			return
		}
		h.Set("Access-Control-Expose-Headers", "Retry-After")
		next.ServeHTTP(w, r)
	})
}

func (s *Server) corsAllowed(origin string) bool {
	return slices.ContainsFunc(s.corsOrigins, func(o string) bool { return o == "*" || strings.EqualFold(o, origin) })
}

// limit holds the number of requests at once to the semaphore's size
// (503 with Retry-After when full) and bounds each request's work by the
// timeout. /healthz is exempt, so that a full server still answers it.
func (s *Server) limit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		select {
		case s.sem <- struct{}{}:
		default:
			w.Header().Set("Retry-After", "1")
			writeError(w, errf(http.StatusServiceUnavailable, "busy", "",
				"máy chủ đang bận ("+strconv.Itoa(cap(s.sem))+" yêu cầu cùng lúc); thử lại sau",
				"the server is busy ("+strconv.Itoa(cap(s.sem))+" requests at once); try again later"))
			return
		}
		s.inFlight.Add(1)
		defer func() {
			s.inFlight.Add(-1)
			<-s.sem
		}()
		ctx, cancel := context.WithTimeout(r.Context(), s.timeout)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// recoverPanics answers 500 rather than dropping the connection, and logs
// the panic: a panic is a bug, never an answer to input.
func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				buf := make([]byte, 8<<10)
				buf = buf[:runtime.Stack(buf, false)]
				s.log.Error("panic", "method", r.Method, "path", r.URL.Path, "panic", fmt.Sprint(v), "stack", string(buf))
				writeError(w, errf(http.StatusInternalServerError, "internal", "", "lỗi máy chủ", "server error"))
			}
		}()
		next.ServeHTTP(w, r)
	})
}

// statusWriter remembers the status and size of an answer for the log.
type statusWriter struct {
	http.ResponseWriter
	status int
	n      int64
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	n, err := w.ResponseWriter.Write(b)
	w.n += int64(n)
	return n, err
}

func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		sw := &statusWriter{ResponseWriter: w}
		next.ServeHTTP(sw, r)
		level := slog.LevelInfo
		if sw.status >= 500 {
			level = slog.LevelWarn
		}
		s.log.Log(r.Context(), level, "request", "method", r.Method, "path", r.URL.Path, "status", sw.status,
			"bytes", sw.n, "duration", time.Since(start).Round(time.Microsecond), "remote", r.RemoteAddr)
	})
}

// Serve answers requests on ln until ctx ends, then shuts down
// gracefully: it stops accepting, lets the requests in flight finish
// (for at most the request timeout and a few seconds more) and returns
// nil. The http.Server has read, write and idle timeouts.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       s.readTimeout,
		WriteTimeout:      s.readTimeout + s.timeout + 10*time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	done := make(chan error, 1)
	go func() { done <- hs.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	s.log.Info("shutting down", "in_flight", s.inFlight.Load())
	sctx, cancel := context.WithTimeout(context.Background(), s.timeout+5*time.Second)
	defer cancel()
	err := hs.Shutdown(sctx)
	if serr := <-done; serr != nil && !errors.Is(serr, http.ErrServerClosed) && err == nil {
		err = serr
	}
	return err
}

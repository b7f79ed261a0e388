package serve

import (
	"bufio"
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/parse"
	"github.com/vnthidua/thidua/store"
)

//go:embed openapi.json
var openAPIJSON []byte

// mustJSON is encodeJSON for values the server builds itself (the
// catalogue, the campaigns), which always encode.
func mustJSON(v any) []byte {
	b, err := encodeJSON(v)
	if err != nil {
		panic("serve: " + err.Error())
	}
	return b
}

func campaignList() []campaign.National { return campaign.NationalCampaigns() }

func (s *Server) apiAwards(w http.ResponseWriter, r *http.Request) {
	writeJSONBytes(w, http.StatusOK, s.awardsJSON)
}

func (s *Server) apiCampaigns(w http.ResponseWriter, r *http.Request) {
	writeJSONBytes(w, http.StatusOK, s.campaignsJSON)
}

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	writeJSONBytes(w, http.StatusOK, bytes.TrimSpace(openAPIJSON))
}

// health is the answer of /healthz.
type health struct {
	Status        string `json:"status"`
	InFlight      int64  `json:"in_flight"`
	MaxConcurrent int    `json:"max_concurrent"`
	Store         bool   `json:"store"`
}

func (s *Server) apiHealth(w http.ResponseWriter, r *http.Request) {
	writeJSON(w, http.StatusOK, health{Status: "ok", InFlight: s.inFlight.Load(), MaxConcurrent: cap(s.sem), Store: s.store != nil})
}

// mediaType is the media type of a request, lower case, "" when absent.
func mediaType(r *http.Request) (mt string, ct string) {
	ct = r.Header.Get("Content-Type")
	if ct == "" {
		return "", ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "invalid", ct
	}
	return strings.ToLower(mt), ct
}

func isJSON(mt string) bool { return mt == "application/json" || strings.HasSuffix(mt, "+json") }

// parseRequest is the JSON body of POST /v1/parse that asks for a URL.
type parseRequest struct {
	URL string `json:"url"`
}

// apiParse reads the body as a document, or fetches {"url": ...}.
func (s *Server) apiParse(w http.ResponseWriter, r *http.Request) {
	mt, ct := mediaType(r)
	if isJSON(mt) {
		s.parseURL(w, r)
		return
	}
	src := r.URL.Query().Get("url")
	if src != "" {
		if !httpURL(src) {
			writeError(w, errf(http.StatusBadRequest, "bad_url", "url",
				"?url= phải là địa chỉ http hoặc https", "?url= must be an http or https URL"))
			return
		}
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxParse))
	if err != nil {
		writeError(w, readError(err))
		return
	}
	rec, ae := s.parseBytes(r, b, mt, ct, src)
	if ae != nil {
		writeError(w, ae)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// parseBytes reads a document held in memory: its kind is its media type
// when that names HTML, PDF or text, else sniffed from its bytes. src, when
// not empty, is the URL it came from.
func (s *Server) parseBytes(r *http.Request, b []byte, mt, ct, src string) (*directive.Record, *apiError) {
	if len(bytes.TrimSpace(b)) == 0 {
		return nil, errf(http.StatusBadRequest, "empty_body", "",
			"không có nội dung: gửi một trang HTML, tệp PDF hay văn bản", "empty body: send an HTML page, a PDF or text")
	}
	opts := s.parseOptions()
	if src != "" {
		opts = append(opts, parse.WithURL(src))
	}
	ctx := r.Context()
	var rec *directive.Record
	var err error
	switch mt {
	case "text/html", "application/xhtml+xml":
		rec, err = parse.HTML(ctx, bytes.NewReader(b), append(opts, parse.WithContentType(ct))...)
	case "application/pdf", "application/x-pdf":
		rec, err = parse.PDF(ctx, bytes.NewReader(b), int64(len(b)), opts...)
	case "text/plain":
		if parse.Sniff(b) == parse.KindHTML {
			rec, err = parse.HTML(ctx, bytes.NewReader(b), append(opts, parse.WithContentType(ct))...)
		} else {
			rec, err = parse.Text(ctx, bytes.NewReader(b), opts...)
		}
	case "", "application/octet-stream", "application/x-www-form-urlencoded":
		// No type, or curl's default for --data-binary: the bytes say.
		rec, err = parse.Any(ctx, b, opts...)
	default:
		return nil, errf(http.StatusUnsupportedMediaType, "unsupported_media_type", "",
			"Content-Type "+strconv.Quote(ct)+" không đọc được: gửi text/html, application/pdf, text/plain (hoặc application/json {\"url\": ...})",
			"Content-Type "+strconv.Quote(ct)+" is not read: send text/html, application/pdf, text/plain (or application/json {\"url\": ...})")
	}
	if err != nil {
		if ae := parseError(err); ae != nil {
			return nil, ae
		}
		s.log.Error("parse", "error", err)
		return nil, errf(http.StatusInternalServerError, "internal", "", "lỗi máy chủ khi đọc văn bản", "server error while reading the document")
	}
	return rec, nil
}

// parseURL fetches and reads {"url": ...} under the SDK's fetch guard.
func (s *Server) parseURL(w http.ResponseWriter, r *http.Request) {
	var req parseRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 64<<10))
	if err := dec.Decode(&req); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeError(w, errf(http.StatusRequestEntityTooLarge, "too_large", "", "JSON {\"url\": ...} lớn hơn 64 KB", "the JSON {\"url\": ...} is larger than 64 KB"))
			return
		}
		writeError(w, errf(http.StatusBadRequest, "bad_json", "", "JSON không hợp lệ: "+err.Error()+` (cần {"url": "https://..."})`, "invalid JSON: "+err.Error()+` (expected {"url": "https://..."})`))
		return
	}
	if !httpURL(req.URL) {
		writeError(w, errf(http.StatusBadRequest, "bad_url", "url",
			"url phải là địa chỉ http hoặc https", "url must be an http or https URL"))
		return
	}
	opts := s.parseOptions()
	if s.allowPrivate {
		opts = append(opts, parse.WithAllowPrivate(true))
	}
	rec, err := parse.URL(r.Context(), req.URL, opts...)
	if err != nil {
		ae := parseError(err)
		if ae == nil {
			// A network failure (DNS, refused connection) on the URL
			// given: the URL cannot be read, not a fault of the server.
			ae = errf(http.StatusUnprocessableEntity, "fetch_failed", "url", "không tải được địa chỉ: "+err.Error(), "the URL could not be fetched: "+err.Error())
		}
		writeError(w, ae)
		return
	}
	writeJSON(w, http.StatusOK, rec)
}

// xlsxType is the media type of an XLSX workbook.
const xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

// apiValidate judges a nomination or a batch. A batch is judged twice,
// as `thidua validate` does: a first pass for the verdict and any input
// error, before a byte is written, and a second that writes the results
// one at a time; neither holds more than one result. An XLSX dossier (by
// its media type, or sniffed: a zip with xl/ parts) is read by package
// dossier and judged as its batch in JSON is; its input errors name the
// sheet, row and column.
func (s *Server) apiValidate(w http.ResponseWriter, r *http.Request) {
	mt, ct := mediaType(r)
	binary := mt == "application/octet-stream" || mt == "application/zip"
	switch {
	case mt == "" || isJSON(mt) || mt == "text/plain" || mt == "application/x-www-form-urlencoded":
		// JSON, or sent without saying so (curl's default type); an XLSX
		// sent so is sniffed.
	case mt == xlsxType || binary:
	case mt == "application/vnd.ms-excel":
		writeError(w, errf(http.StatusUnsupportedMediaType, "xls_not_supported", "",
			"không đọc được tệp Excel cũ (XLS): lưu lại dạng .xlsx, hoặc gửi JSON",
			"old Excel files (XLS) are not read: save the workbook as .xlsx, or send JSON"))
		return
	default:
		writeError(w, errf(http.StatusUnsupportedMediaType, "unsupported_media_type", "",
			"Content-Type "+strconv.Quote(ct)+" không đọc được: gửi application/json hoặc tệp Excel (XLSX)",
			"Content-Type "+strconv.Quote(ct)+" is not read: send application/json or an Excel workbook (XLSX)"))
		return
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.maxValidate))
	if err != nil {
		writeError(w, nominationError(err))
		return
	}
	var d *dossier.Dossier // the workbook read, when one was sent
	fail := func(err error) {
		if d != nil {
			writeError(w, dossierError(d.Where(err)))
			return
		}
		writeError(w, nominationError(err))
	}
	switch {
	case mt == xlsxType || dossier.LooksLikeXLSX(body):
		d, err = dossier.Read(bytes.NewReader(body), dossier.WithMaxBytes(s.maxValidate))
		if err != nil {
			writeError(w, dossierError(err))
			return
		}
		if body, err = json.Marshal(&d.Batch); err != nil {
			fail(err)
			return
		}
	case binary:
		writeError(w, errf(http.StatusUnsupportedMediaType, "unsupported_media_type", "",
			"nội dung không phải tệp Excel (XLSX): gửi application/json hoặc một tệp .xlsx",
			"the body is not an Excel workbook (XLSX): send application/json or an .xlsx file"))
		return
	}
	in, err := nomination.DecodeStreamBytes(body)
	if err != nil {
		fail(err)
		return
	}
	ctx := r.Context()
	if in.Nomination != nil {
		res, err := nomination.Validate(in.Nomination, nomination.WithAlternatives())
		if err != nil {
			fail(err)
			return
		}
		writeJSON(w, http.StatusOK, res)
		return
	}
	check := func(i int, _ *nomination.Result) error {
		if i%1024 == 0 {
			return ctx.Err()
		}
		return nil
	}
	br, err := in.Batch.Validate(check)
	if err != nil {
		fail(err)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(http.StatusOK)
	bw := bufio.NewWriterSize(w, 32<<10)
	head := mustJSON(struct {
		Unit   string `json:"unit"`
		Year   int    `json:"year"`
		Regime string `json:"regime"`
		Valid  bool   `json:"valid"`
	}{br.Unit, br.Year, br.Regime, br.Valid})
	bw.Write(head[:len(head)-1])
	bw.WriteString(`,"results":[`)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	k := 0
	_, err = in.Batch.Validate(func(i int, res *nomination.Result) error {
		if k > 0 {
			bw.WriteByte(',')
		}
		k++
		if err := enc.Encode(res); err != nil {
			return err
		}
		return check(i, res)
	}, nomination.WithAlternatives())
	if err != nil {
		// The status is sent: the answer ends here, as invalid JSON,
		// which the client sees; the log says why.
		s.log.Warn("validate: batch cut short", "error", err)
		return
	}
	bw.WriteString(`],"findings":`)
	enc.Encode(br.Findings)
	bw.WriteString("}\n")
	bw.Flush()
}

// toExported is a record as the API answers it (store.Record's JSON, the
// shape of `thidua export`), without its text in lists.
func toExported(r *store.Record, withText bool) store.Record {
	out := *r
	if !withText && r.Record != nil && r.Record.Text != "" {
		c := *r.Record
		c.Text = ""
		out.Record = &c
	}
	return out
}

func errNoStore() *apiError {
	return errf(http.StatusNotFound, "no_store", "",
		"máy chủ không có kho bản ghi (chạy thidua serve --store FILE)", "no store is configured (run thidua serve --store FILE)")
}

// recordQuery is the query of GET /v1/records and /records.
type recordQuery struct {
	Q      string
	Filter store.Filter
	Limit  int
}

const (
	defaultRecordLimit = 50
	maxRecordLimit     = 500
)

func readRecordQuery(v url.Values) (recordQuery, *apiError) {
	q := recordQuery{Q: strings.TrimSpace(v.Get("q")), Limit: defaultRecordLimit,
		Filter: store.Filter{Province: strings.TrimSpace(v.Get("province")), Kind: strings.TrimSpace(v.Get("kind")), Since: strings.TrimSpace(v.Get("since"))}}
	if q.Filter.Since != "" {
		if _, err := time.Parse("2006-01-02", q.Filter.Since); err != nil {
			return q, errf(http.StatusBadRequest, "bad_query", "since", "since phải có dạng YYYY-MM-DD", "since must be YYYY-MM-DD")
		}
	}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 || n > maxRecordLimit {
			return q, errf(http.StatusBadRequest, "bad_query", "limit", "limit phải từ 1 đến 500", "limit must be 1 to 500")
		}
		q.Limit = n
	}
	return q, nil
}

// errStop ends a walk of the store's records once the limit is reached.
var errStop = errors.New("enough records")

// findRecords answers a record query: a full-text search when q is
// given (the filter then applies to its results), else the records the
// filter selects, in order of id.
func (s *Server) findRecords(r *http.Request, q recordQuery) ([]*store.Record, *apiError) {
	ctx := r.Context()
	var out []*store.Record
	if q.Q != "" {
		found, err := s.store.Search(ctx, q.Q, q.Limit)
		if err != nil {
			if ae := contextError(err); ae != nil {
				return nil, ae
			}
			return nil, errf(http.StatusBadRequest, "bad_query", "q",
				"không tìm được với từ khoá này (cú pháp FTS5 của SQLite): "+err.Error(), "the query cannot be searched (SQLite FTS5 syntax): "+err.Error())
		}
		for _, rec := range found {
			if matches(rec, q.Filter) {
				out = append(out, rec)
			}
		}
		return out, nil
	}
	err := s.store.Records(ctx, q.Filter, func(rec *store.Record) error {
		out = append(out, rec)
		if len(out) >= q.Limit {
			return errStop
		}
		return nil
	})
	if err != nil && !errors.Is(err, errStop) {
		if ae := contextError(err); ae != nil {
			return nil, ae
		}
		s.log.Error("records", "error", err)
		return nil, errf(http.StatusInternalServerError, "internal", "", "lỗi đọc kho bản ghi", "error reading the store")
	}
	return out, nil
}

// matches applies a filter to a search result as the store applies it
// to a listing (province as written or current, kind, since).
func matches(r *store.Record, f store.Filter) bool {
	if r.Record == nil {
		return false
	}
	d := r.Record.Directive
	if f.Kind != "" && d.Kind != f.Kind {
		return false
	}
	if f.Province != "" {
		p := strings.ToLower(f.Province)
		cur := strings.ToLower(d.Issuer.ProvinceCurrent)
		if strings.ToLower(d.Issuer.Province) != p && cur != p && cur != "tỉnh "+p && cur != "thành phố "+p {
			return false
		}
	}
	if f.Since != "" {
		day := d.Issued
		if day == "" && len(r.Record.Source.Published) >= 10 {
			day = r.Record.Source.Published[:10]
		}
		if day < f.Since {
			return false
		}
	}
	return true
}

func (s *Server) apiRecords(w http.ResponseWriter, r *http.Request) {
	if s.store == nil {
		writeError(w, errNoStore())
		return
	}
	q, ae := readRecordQuery(r.URL.Query())
	if ae != nil {
		writeError(w, ae)
		return
	}
	recs, ae := s.findRecords(r, q)
	if ae != nil {
		writeError(w, ae)
		return
	}
	out := struct {
		Count   int            `json:"count"`
		Records []store.Record `json:"records"`
	}{Records: make([]store.Record, 0, len(recs))}
	for _, rec := range recs {
		out.Records = append(out.Records, toExported(rec, false))
	}
	out.Count = len(out.Records)
	writeJSON(w, http.StatusOK, out)
}

// recordID reads the {id} of a path: a positive integer.
func recordID(r *http.Request) (int64, *apiError) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id < 1 {
		return 0, errf(http.StatusBadRequest, "bad_id", "id", "mã bản ghi phải là số nguyên dương", "the record id must be a positive integer")
	}
	return id, nil
}

// getRecord reads one record of the store.
func (s *Server) getRecord(r *http.Request) (*store.Record, *apiError) {
	if s.store == nil {
		return nil, errNoStore()
	}
	id, ae := recordID(r)
	if ae != nil {
		return nil, ae
	}
	rec, err := s.store.Record(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		return nil, errf(http.StatusNotFound, "not_found", "id", "không có bản ghi "+strconv.FormatInt(id, 10), "no record "+strconv.FormatInt(id, 10))
	case err != nil:
		if ae := contextError(err); ae != nil {
			return nil, ae
		}
		s.log.Error("record", "id", id, "error", err)
		return nil, errf(http.StatusInternalServerError, "internal", "", "lỗi đọc kho bản ghi", "error reading the store")
	}
	return rec, nil
}

func (s *Server) apiRecord(w http.ResponseWriter, r *http.Request) {
	rec, ae := s.getRecord(r)
	if ae != nil {
		writeError(w, ae)
		return
	}
	writeJSON(w, http.StatusOK, toExported(rec, true))
}

// parseOptions are the options of every parse a request makes.
func (s *Server) parseOptions() []parse.Option {
	opts := []parse.Option{parse.WithTimeout(s.timeout), parse.WithMaxBytes(s.maxParse)}
	if s.pdf != nil {
		opts = append(opts, parse.WithPDFBackend(s.pdf))
	}
	return opts
}

// httpURL tells an absolute http or https URL with a host, the only kind
// the server fetches or records as a source.
func httpURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

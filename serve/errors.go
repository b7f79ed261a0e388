package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
	"github.com/vnthidua/thidua/parse"
)

// apiError is the one shape of every error the API answers:
//
//	{"error": {"code": "...", "field": "...", "vi": "...", "en": "..."}}
//
// Code is stable and meant for programs; Field, when set, is the JSON path
// (or query parameter) at fault; Vi and En say what was wrong for people.
type apiError struct {
	Status int    `json:"-"`
	Code   string `json:"code"`
	Field  string `json:"field,omitempty"`
	Vi     string `json:"vi"`
	En     string `json:"en"`
}

func (e *apiError) Error() string { return e.Code + ": " + e.En }

// errf builds an apiError.
func errf(status int, code, field, vi, en string) *apiError {
	return &apiError{Status: status, Code: code, Field: field, Vi: vi, En: en}
}

// splitBilingual splits a library message written "vi / en" into its two
// halves; a message without " / " is both. The library gives the
// specifics (the value at fault) only at the end of the English half:
// they are added to the Vietnamese one.
func splitBilingual(s string) (vi, en string) {
	i := strings.Index(s, " / ")
	if i < 0 {
		return s, s
	}
	vi, en = s[:i], s[i+3:]
	detail := ""
	if i := strings.LastIndex(en, ", got "); i >= 0 {
		detail = en[i+len(", got "):]
	} else if i := strings.LastIndex(en, ": "); i >= 0 {
		detail = en[i+2:]
	} else if i := strings.IndexByte(en, '"'); i >= 0 {
		detail = en[i:]
	}
	if detail != "" && !strings.Contains(vi, detail) {
		vi += ": " + detail
	}
	return vi, en
}

// errTimeout and errBusy are the server's own refusals.
func errTimeout() *apiError {
	return errf(http.StatusServiceUnavailable, "timeout", "",
		"quá thời gian xử lý cho phép của máy chủ", "the work took longer than the server allows for one request")
}

// nominationError turns an error of package nomination into an apiError:
// malformed JSON is 400, an input over the limits 413, a value the law
// cannot judge (unknown award, year out of range) 422, naming its field.
func nominationError(err error) *apiError {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || errors.Is(err, nomination.ErrTooLarge) {
		field := ""
		var ie *nomination.InputError
		if errors.As(err, &ie) && ie.Field != "(input)" {
			field = ie.Field
		}
		if field == "" || mbe != nil {
			return errf(http.StatusRequestEntityTooLarge, "too_large", field,
				"hồ sơ lớn hơn 8 MB (nomination.MaxInput)", "the input is larger than 8 MB (nomination.MaxInput)")
		}
		vi, en := splitBilingual(ie.Problem)
		return errf(http.StatusRequestEntityTooLarge, "too_large", field, vi, en)
	}
	if ae := contextError(err); ae != nil {
		return ae
	}
	var ie *nomination.InputError
	if !errors.As(err, &ie) {
		// Not the input's content: reading it failed.
		return readError(err)
	}
	vi, en := splitBilingual(ie.Problem)
	if ie.Field == "(input)" {
		return errf(http.StatusBadRequest, "bad_json", "", vi, en)
	}
	return errf(http.StatusUnprocessableEntity, "invalid_input", ie.Field, vi, en)
}

// dossierError turns an error of package dossier into an apiError naming
// the cell in Field ('Đề nghị'!G5) and in both messages: a workbook over
// a limit is 413, one that is no dossier 400, a cell that cannot be read
// or a value the law cannot judge 422.
func dossierError(err error) *apiError {
	var ce *dossier.CellError
	if !errors.As(err, &ce) {
		return nominationError(err)
	}
	whereVi, whereEn, _ := strings.Cut(ce.Where(), " / ")
	vi, en, _ := strings.Cut(ce.Problem, " / ")
	var ie *nomination.InputError
	if errors.As(err, &ie) {
		vi, en = splitBilingual(ce.Problem) // the library's message
	}
	vi, en = whereVi+": "+vi, whereEn+": "+en
	if ce.Field != "" {
		en += " (" + ce.Field + ")"
	}
	switch {
	case errors.Is(err, nomination.ErrTooLarge): // dossier.ErrTooLarge wraps it
		return errf(http.StatusRequestEntityTooLarge, "too_large", ce.Ref(), vi, en)
	case errors.Is(err, dossier.ErrFormat):
		return errf(http.StatusBadRequest, "bad_xlsx", ce.Ref(), vi, en)
	}
	return errf(http.StatusUnprocessableEntity, "invalid_input", ce.Ref(), vi, en)
}

// readError is the answer to a body that could not be read: too large
// (413), too slow (408: the server's read timeout), cut off (400).
func readError(err error) *apiError {
	var mbe *http.MaxBytesError
	var ne net.Error
	switch {
	case errors.As(err, &mbe):
		return errf(http.StatusRequestEntityTooLarge, "too_large", "",
			fmt.Sprintf("nội dung lớn hơn %d byte", mbe.Limit), fmt.Sprintf("the body is larger than %d bytes", mbe.Limit))
	case errors.Is(err, os.ErrDeadlineExceeded) || (errors.As(err, &ne) && ne.Timeout()):
		return errf(http.StatusRequestTimeout, "request_timeout", "",
			"gửi nội dung quá chậm: máy chủ đã hết thời gian chờ", "the body came too slowly: the server stopped waiting for it")
	}
	return errf(http.StatusBadRequest, "bad_body", "", "không đọc được nội dung gửi lên: "+err.Error(), "cannot read the request body: "+err.Error())
}

// contextError is the answer to a request whose context ended: its time
// was up, or its client went away (the answer is then never read).
func contextError(err error) *apiError {
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return errTimeout()
	}
	return nil
}

// parseError turns an error of package parse into an apiError. Input the
// parser refuses is a 4xx: too large 413, not a document 415, empty 422,
// a private address 403, a URL that could not be read 422.
func parseError(err error) *apiError {
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe) || errors.Is(err, parse.ErrTooLarge):
		return errf(http.StatusRequestEntityTooLarge, "too_large", "",
			"văn bản lớn hơn giới hạn của máy chủ: "+err.Error(), "the document is larger than the server accepts: "+err.Error())
	case contextError(err) != nil:
		return contextError(err)
	case errors.Is(err, parse.ErrPrivateAddress):
		return errf(http.StatusForbidden, "private_address", "url",
			"địa chỉ nội bộ bị từ chối (máy chủ chạy không có --allow-private): "+err.Error(),
			"private address refused (the server runs without --allow-private): "+err.Error())
	case errors.Is(err, parse.ErrEmpty):
		return errf(http.StatusUnprocessableEntity, "empty", "",
			"văn bản không có chữ: "+err.Error(), "the document holds no text: "+err.Error())
	case errors.Is(err, parse.ErrFormat):
		return errf(http.StatusUnsupportedMediaType, "unsupported_format", "",
			"không phải trang HTML, PDF hay văn bản: "+err.Error(), "neither an HTML page, a PDF nor text: "+err.Error())
	case errors.Is(err, parse.ErrTooManyRedirects):
		return errf(http.StatusUnprocessableEntity, "fetch_failed", "url",
			"địa chỉ chuyển hướng quá nhiều lần: "+err.Error(), "the URL redirects too often: "+err.Error())
	}
	var he *parse.HTTPError
	if errors.As(err, &he) {
		return errf(http.StatusUnprocessableEntity, "fetch_failed", "url",
			"không tải được địa chỉ: "+err.Error(), "the URL could not be fetched: "+err.Error())
	}
	var pe *parse.InputError
	if errors.As(err, &pe) {
		// Anything else the parser says about its input: a broken PDF,
		// an encrypted one, a network failure on the URL given.
		return errf(http.StatusUnprocessableEntity, "unreadable", "",
			"không đọc được văn bản: "+err.Error(), "the document could not be read: "+err.Error())
	}
	return nil
}

// writeError answers e as JSON.
func writeError(w http.ResponseWriter, e *apiError) {
	writeJSON(w, e.Status, struct {
		Error *apiError `json:"error"`
	}{e})
}

// writeJSON answers v as JSON (HTML characters not escaped).
func writeJSON(w http.ResponseWriter, status int, v any) {
	b, err := encodeJSON(v)
	if err != nil {
		status = http.StatusInternalServerError
		b = []byte(`{"error":{"code":"internal","vi":"lỗi máy chủ","en":"server error"}}`)
	}
	writeJSONBytes(w, status, b)
}

// encodeJSON is v as the API writes it: without HTML escaping ("<", "&"
// stay as they are in a title), without a final newline.
func encodeJSON(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

func writeJSONBytes(w http.ResponseWriter, status int, b []byte) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	w.Write(b)
	w.Write([]byte("\n"))
}

// Package unipdf reads PDF files for package parse with UniDoc's unipdf v3,
// a commercial library that needs a licence key.
//
// It lives in its own Go module so that ordinary users of thidua neither
// download nor link unipdf; the default backend is PDFium
// (github.com/vnthidua/thidua/parse/pdf). Use it when your organisation
// holds a unipdf licence:
//
//	b, err := unipdf.New(unipdf.Config{LicenseKey: key, CustomerName: "Sở Nội vụ"})
//	if err != nil { ... } // errors.Is(err, unipdf.ErrUnlicensed) without a valid key
//	rec, err := parse.PDF(ctx, r, size, parse.WithPDFBackend(b))
//
// New checks the licence before any extraction and returns ErrUnlicensed
// when there is none, so unipdf never prints its "Unlicensed copy" banner
// to standard output. It never falls back to another backend.
//
// Tiếng Việt: gói này dùng thư viện thương mại unipdf (cần khoá bản quyền)
// thay cho PDFium mặc định. Không có khoá hợp lệ, New trả lỗi
// ErrUnlicensed và không đọc tệp nào.
package unipdf

package parse

import (
	"crypto/x509"

	"github.com/vnthidua/thidua/parse/pdf"
)

// DefaultMaxPages is the number of pages PDF reads at most when
// WithMaxPages is not given. A directive has a few pages; of a longer file
// only the first pages are read (with a warning) rather than all of them
// for minutes.
const DefaultMaxPages = 500

type ocrMode int

const (
	ocrAuto ocrMode = iota // OCR pages without text when tesseract is installed
	ocrOn                  // OCR them; a missing tesseract is an error
	ocrOff                 // never OCR; such pages give a warning
)

// WithPDFBackend reads PDF files with b instead of the default PDFium
// backend (pdf.Default()), for example the licensed unipdf adapter of
// module github.com/vnthidua/thidua/parse/pdf/unipdf.
func WithPDFBackend(b pdf.Backend) Option { return func(c *config) { c.pdfBackend = b } }

// WithOCR turns the OCR of PDF pages that have no text layer (scans) on or
// off. By default such pages are read with the tesseract program when it is
// installed (Debian: tesseract-ocr tesseract-ocr-vie) and skipped with a
// warning when it is not. WithOCR(true) makes a missing tesseract an
// error; WithOCR(false) never runs it.
func WithOCR(on bool) Option {
	return func(c *config) {
		if on {
			c.ocr = ocrOn
		} else {
			c.ocr = ocrOff
		}
	}
}

// WithOCRCommand sets the tesseract program to run and the languages it
// reads ("vie" when empty; "vie+eng" reads both).
func WithOCRCommand(path, languages string) Option {
	return func(c *config) { c.ocrCommand, c.ocrLang = path, languages }
}

// WithTrustPool checks that each digital signature of a PDF chains to one
// of the certificate authorities in pool (for example the root of the
// Government Cipher Committee, Ban Cơ yếu Chính phủ). The result is in
// Signature.Trusted; without this option it is left out. No network is
// used (no revocation check).
func WithTrustPool(pool *x509.CertPool) Option { return func(c *config) { c.trustPool = pool } }

// WithMaxPages sets the largest number of pages read from a PDF: of a
// longer file the first n pages are read and the record's warnings say
// so (the header and the body are there; a signature or recipients on a
// later page are then missing). Zero or less keeps DefaultMaxPages.
func WithMaxPages(n int) Option {
	return func(c *config) {
		if n > 0 {
			c.maxPages = n
		}
	}
}

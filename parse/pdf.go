package parse

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/pdflayout"
	"github.com/vnthidua/thidua/parse/pdf"
	"golang.org/x/text/unicode/norm"
)

// ErrEncrypted means a PDF needs a password to be opened. It is the same
// error as pdf.ErrEncrypted.
var ErrEncrypted = pdf.ErrEncrypted

// PDF reads a PDF file of size bytes and returns the record of the
// document it holds. The text of each page is put in reading order from
// the positions of its characters (the two blocks of a Decree 30 header
// and footer are read block by block), legacy TCVN3 and VNI fonts are
// decoded, pages without text are read by OCR when tesseract is installed,
// and digital signatures are listed and checked.
//
// A file that is not a PDF or is too damaged to read gives ErrFormat, one
// that needs a password ErrEncrypted, one larger than WithMaxBytes
// ErrTooLarge, one without any text ErrEmpty; all wrapped in an
// *InputError. Of a file with more pages than WithMaxPages, the first
// pages are read, with a warning.
func PDF(ctx context.Context, r io.ReaderAt, size int64, opts ...Option) (*directive.Record, error) {
	c := newConfig(opts)
	ctx, cancel := c.context(ctx)
	defer cancel()
	doc, err := readPDF(ctx, r, size, c)
	if err != nil {
		return nil, err
	}
	rec, err := analyze(ctx, doc, c)
	if err != nil {
		return nil, err
	}
	issuedFromSignatures(rec)
	numberFromName(rec, doc.symbol, fileName(c))
	return rec, nil
}

// readPDF turns a PDF file into a document.
func readPDF(ctx context.Context, r io.ReaderAt, size int64, c *config) (*document, error) {
	switch {
	case size <= 0:
		return nil, inputErr(c, "", fmt.Errorf("%w: the PDF file is empty (0 bytes)", ErrEmpty))
	case size > c.maxBytes:
		return nil, inputErr(c, "", fmt.Errorf("%w: PDF of %d bytes, more than the limit of %d", ErrTooLarge, size, c.maxBytes))
	}
	data := make([]byte, size)
	if n, err := r.ReadAt(data, 0); n < len(data) {
		if err == nil {
			err = io.ErrUnexpectedEOF
		}
		return nil, inputErr(c, "", fmt.Errorf("read PDF: %w", err))
	}
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i < 0 {
		return nil, inputErr(c, "byte 0", fmt.Errorf("%w: no %%PDF- header in the first 1024 bytes, not a PDF file", ErrFormat))
	}
	backend := c.pdfBackend
	if backend == nil {
		backend = pdf.Default()
	}
	d, err := backend.Open(ctx, data)
	if err != nil {
		return nil, inputErr(c, "", pdfErr(err))
	}
	defer d.Close()
	n := d.NumPages()
	maxPages := c.maxPages
	if maxPages <= 0 {
		maxPages = DefaultMaxPages
	}
	if n <= 0 {
		return nil, inputErr(c, "", fmt.Errorf("%w: the PDF has no pages", ErrEmpty))
	}
	doc := &document{source: directive.Source{Path: c.path, URL: c.url, Site: c.site, Format: "pdf"}}
	if n > maxPages {
		// The header and most of the body are on the first pages; the
		// signature and recipients at the end are then missing.
		doc.warnings = append(doc.warnings, fmt.Sprintf("chỉ đọc %d trang đầu trong %d trang / read only the first %d of %d pages (the page limit)", maxPages, n, maxPages, n))
		n = maxPages
	}
	pages := make([]*pdf.Page, n)
	failed := 0
	for i := range n {
		p, err := d.Page(ctx, i)
		if err != nil {
			if ctx.Err() != nil {
				return nil, inputErr(c, fmt.Sprintf("page %d", i+1), ctx.Err())
			}
			failed++
			doc.warnings = append(doc.warnings, fmt.Sprintf("trang %d không đọc được / page %d unreadable: %v", i+1, i+1, err))
			continue
		}
		pages[i] = p
	}
	if failed == n {
		return nil, inputErr(c, "", fmt.Errorf("%w: no page of the PDF could be read", ErrFormat))
	}
	if err := ocrPages(ctx, d, pages, doc, c); err != nil {
		return nil, err
	}
	decode := legacyDecoder(pages, doc)
	laid := pdflayout.NewPages(pages, pdflayout.Options{Decode: decode})
	text := laid.Text(firstDocument(pages, laid, doc))
	doc.text = dropSignStampLines(norm.NFC.String(text))
	if doc.ocr {
		doc.text = joinSplitSymbols(doc.text)
	}
	if info, err := d.Info(ctx); err == nil {
		doc.source.Title = strings.TrimSpace(norm.NFC.String(info.Title))
	}
	if q := letterShare(doc.text); q < 0.7 && hasLetters(doc.text) {
		doc.warnings = append(doc.warnings, fmt.Sprintf("chữ trích ra có vẻ hỏng (chỉ %.0f%% là chữ cái) / the extracted text looks damaged (only %.0f%% letters): a font or its Unicode map may be broken", 100*q, 100*q))
	}
	doc.signatures = pdfSignatures(data, c)
	if !hasLetters(doc.text) {
		why := "the PDF has no text layer"
		if len(doc.warnings) > 0 {
			why += " (" + strings.Join(doc.warnings, "; ") + ")"
		}
		return nil, inputErr(c, "", fmt.Errorf("%w: %s", ErrEmpty, why))
	}
	return doc, nil
}

// pdfErr maps a backend error to the sentinel errors of this package.
func pdfErr(err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, pdf.ErrEncrypted):
		return err
	case errors.Is(err, pdf.ErrDamaged):
		return fmt.Errorf("%w: %w", ErrFormat, err)
	}
	return err
}

func hasLetters(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
			if n >= 3 {
				return true
			}
		}
	}
	return false
}

// letterShare is the share of letters among the characters of s that are
// not white space: about 0.85 for Vietnamese prose.
func letterShare(s string) float64 {
	n, l := 0, 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		n++
		if unicode.IsLetter(r) {
			l++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(l) / float64(n)
}

package pdf

import (
	"context"
	"errors"
	"image"
)

// Errors a backend returns, usable with errors.Is.
var (
	// ErrEncrypted means the file needs a password to be read.
	ErrEncrypted = errors.New("PDF is encrypted (password required)")
	// ErrDamaged means the file is not a PDF or is too damaged to read.
	ErrDamaged = errors.New("PDF is damaged or not a PDF")
	// ErrNoRender means the backend cannot draw pages (so cannot OCR them).
	ErrNoRender = errors.New("backend cannot render pages")
)

// Backend opens PDF files. Implementations must be safe for concurrent use.
type Backend interface {
	// Name is a short name of the backend, such as "pdfium".
	Name() string
	// Open reads a PDF held in memory. The document must be closed.
	Open(ctx context.Context, data []byte) (Document, error)
}

// Document is one open PDF file. Its methods are not safe for concurrent
// use.
type Document interface {
	// NumPages is the number of pages.
	NumPages() int
	// Page returns the text layer of page i, counted from 0.
	Page(ctx context.Context, i int) (*Page, error)
	// Info returns the document information dictionary.
	Info(ctx context.Context) (Info, error)
	// Close releases the document.
	Close() error
}

// ColorRenderer is implemented by documents that can draw a page in
// colour, which lets the OCR drop the ink of a red seal stamped over the
// text before reading it.
type ColorRenderer interface {
	// RenderColor draws page i (from 0) in colour at dpi dots per inch.
	RenderColor(ctx context.Context, i int, dpi int) (*image.RGBA, error)
}

// Renderer is implemented by documents that can draw a page, which the OCR
// of pages without text needs.
type Renderer interface {
	// Render draws page i (from 0) in grey at dpi dots per inch.
	Render(ctx context.Context, i int, dpi int) (*image.Gray, error)
}

// Page is the text layer of one page.
type Page struct {
	Index  int     // page number from 0
	Width  float64 // in points (1/72 inch)
	Height float64
	// Chars are the characters in the order of the content stream, white
	// space and line breaks the backend inserted included.
	Chars []Char
	// Images is the number of images and form objects drawn on the page
	// (a scan is one image), or -1 when the backend did not count them.
	// PDFium counts them only on pages with little text.
	Images int
}

// Char is one character of a page. Coordinates are in points from the top
// left corner of the page, y growing downwards.
type Char struct {
	R                        rune
	Left, Top, Right, Bottom float64 // glyph box
	Angle                    float64 // rotation in radians, 0 for upright text
	Size                     float64 // font size in points
	Font                     string  // font name without subset tag, such as "LiberationSerif-Bold"
}

// Info is what a PDF's document information dictionary says.
type Info struct {
	Title, Author, Subject, Keywords, Creator, Producer string
	Created, Modified                                   string // PDF date strings as written ("D:20241125...")
}

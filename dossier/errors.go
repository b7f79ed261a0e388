package dossier

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/vnthidua/thidua/nomination"
)

// Sentinel errors. Both wrap nomination.ErrInput, so a caller handling
// nomination input errors handles these too; ErrTooLarge also wraps
// nomination.ErrTooLarge.
var (
	// ErrTooLarge: the file or one of its parts is over a limit (Option).
	ErrTooLarge = fmt.Errorf("dossier: over a limit: %w", nomination.ErrTooLarge)
	// ErrFormat: not an XLSX workbook, or no sheet of nominations in it.
	ErrFormat = fmt.Errorf("dossier: not a dossier workbook: %w", nomination.ErrInput)
	// ErrValue: a cell whose value cannot be read as its column needs.
	ErrValue = fmt.Errorf("dossier: bad cell value: %w", nomination.ErrInput)
)

// CellError says what was wrong where: the sheet, the row (1-based, 0 for
// the whole sheet or workbook) and the column (letters as the spreadsheet
// shows them, "" for a whole row). Field is the JSON path of the value the
// cell fills ("nominations[2].ratings[0].year"), when there is one.
type CellError struct {
	Sheet   string
	Row     int
	Col     string
	Field   string
	Problem string // "vi / en", as nomination.InputError's
	Err     error  // ErrTooLarge, ErrFormat, ErrValue or a *nomination.InputError
}

func (e *CellError) Error() string {
	return "dossier: " + e.Where() + ": " + e.Problem
}

func (e *CellError) Unwrap() error { return e.Err }

// Ref is the cell's reference as a spreadsheet writes it: 'Đề nghị'!G5,
// 'Đề nghị'!5:5 for a row, 'Đề nghị' for a sheet, "" for the workbook.
func (e *CellError) Ref() string {
	if e.Sheet == "" {
		return ""
	}
	s := "'" + strings.ReplaceAll(e.Sheet, "'", "''") + "'"
	switch {
	case e.Row == 0:
		return s
	case e.Col == "":
		r := strconv.Itoa(e.Row)
		return s + "!" + r + ":" + r
	}
	return s + "!" + e.Col + strconv.Itoa(e.Row)
}

// Where names the place for people, in Vietnamese and English.
func (e *CellError) Where() string {
	switch {
	case e.Sheet == "":
		return "tệp / workbook"
	case e.Row == 0:
		return fmt.Sprintf("trang %q / sheet %q", e.Sheet, e.Sheet)
	case e.Col == "":
		return fmt.Sprintf("trang %q, hàng %d / sheet %q, row %d", e.Sheet, e.Row, e.Sheet, e.Row)
	}
	return fmt.Sprintf("trang %q, hàng %d, cột %s / sheet %q, row %d, column %s", e.Sheet, e.Row, e.Col, e.Sheet, e.Row, e.Col)
}

func cellErr(sheet string, row int, col, field string, err error, vi, en string) *CellError {
	return &CellError{Sheet: sheet, Row: row, Col: col, Field: field, Err: err, Problem: vi + " / " + en}
}

func tooLarge(sheet string, row int, col, vi, en string) *CellError {
	return cellErr(sheet, row, col, "", ErrTooLarge, vi, en)
}

// Limits bound what Read accepts; a file over one fails with ErrTooLarge
// before its content is held in memory (see Option).
const (
	DefaultMaxBytes    = nomination.MaxInput // 8 MiB: the file itself
	DefaultMaxUnzipped = 64 << 20            // 64 MiB: all its parts uncompressed
	DefaultMaxRows     = 200000              // rows of any one sheet (by row number): 100 000 nominations, two ratings each
	DefaultMaxCells    = 4 << 20             // cells read in all, blank cells within a row included
	DefaultMaxCellLen  = 4096                // bytes of one cell's text
	maxParts           = 1000                // entries of the zip
	maxMerges          = 10000               // merged ranges in one sheet
)

type config struct {
	maxBytes, maxUnzipped int64
	maxRows, maxCells     int
	maxCellLen            int
}

// Option sets a limit of Read.
type Option func(*config)

// WithMaxBytes bounds the file's size (DefaultMaxBytes).
func WithMaxBytes(n int64) Option { return func(c *config) { c.maxBytes = n } }

// WithMaxUnzipped bounds the total uncompressed size of the workbook's
// parts, as its zip directory declares them (DefaultMaxUnzipped): a zip
// bomb fails here, before anything is inflated.
func WithMaxUnzipped(n int64) Option { return func(c *config) { c.maxUnzipped = n } }

// WithMaxRows bounds the row number of any row read (DefaultMaxRows).
func WithMaxRows(n int) Option { return func(c *config) { c.maxRows = n } }

// WithMaxCells bounds the cells read in all sheets (DefaultMaxCells).
func WithMaxCells(n int) Option { return func(c *config) { c.maxCells = n } }

// WithMaxCellLen bounds the length in bytes of one cell (DefaultMaxCellLen).
func WithMaxCellLen(n int) Option { return func(c *config) { c.maxCellLen = n } }

func newConfig(opts []Option) config {
	c := config{maxBytes: DefaultMaxBytes, maxUnzipped: DefaultMaxUnzipped, maxRows: DefaultMaxRows, maxCells: DefaultMaxCells, maxCellLen: DefaultMaxCellLen}
	for _, o := range opts {
		o(&c)
	}
	return c
}

// asCellError reports whether err is a *CellError.
func asCellError(err error) (*CellError, bool) {
	var ce *CellError
	ok := errors.As(err, &ce)
	return ce, ok
}

package parse

import (
	"errors"
	"fmt"

	"github.com/vnthidua/thidua/internal/fetch"
)

// Errors that callers can test with errors.Is.
var (
	// ErrTooLarge means the input is larger than the configured limit.
	ErrTooLarge = fetch.ErrTooLarge
	// ErrEmpty means the input holds no text to parse.
	ErrEmpty = errors.New("input has no text")
	// ErrFormat means the input is not of the kind the function reads
	// (a binary file given to Text, a PDF that is not a PDF).
	ErrFormat = errors.New("input is not in the expected format")
)

// InputError reports what was wrong with one input and where.
type InputError struct {
	Input string // file name or URL, may be empty
	Where string // position or part, such as "page 3" or "byte 1024"; may be empty
	Err   error
}

func (e *InputError) Error() string {
	s := ""
	if e.Input != "" {
		s = e.Input + ": "
	}
	if e.Where != "" {
		s += e.Where + ": "
	}
	return s + e.Err.Error()
}

func (e *InputError) Unwrap() error { return e.Err }

func inputErr(c *config, where string, err error) error {
	name := c.path
	if name == "" {
		name = c.url
	}
	return &InputError{Input: name, Where: where, Err: err}
}

var _ = fmt.Sprintf

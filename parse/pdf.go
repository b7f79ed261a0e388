package parse

import (
	"context"
	"fmt"
	"io"

	"github.com/vnthidua/thidua/directive"
)

// PDF reads a PDF file of size bytes and returns the record of the
// document it holds.
func PDF(ctx context.Context, r io.ReaderAt, size int64, opts ...Option) (*directive.Record, error) {
	c := newConfig(opts)
	return nil, inputErr(c, "", fmt.Errorf("%w: PDF is not read yet", ErrFormat))
}

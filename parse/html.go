package parse

import (
	"context"
	"fmt"
	"io"

	"github.com/vnthidua/thidua/directive"
)

// HTML reads a portal page and returns the record of the document it
// carries or is about.
func HTML(ctx context.Context, r io.Reader, opts ...Option) (*directive.Record, error) {
	c := newConfig(opts)
	return nil, inputErr(c, "", fmt.Errorf("%w: HTML is not read yet", ErrFormat))
}

// URL fetches a page or PDF over HTTP(S) and parses it.
func URL(ctx context.Context, rawURL string, opts ...Option) (*directive.Record, error) {
	c := newConfig(append(opts, WithURL(rawURL)))
	return nil, inputErr(c, "", fmt.Errorf("%w: fetching is not supported yet", ErrFormat))
}

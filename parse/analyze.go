package parse

import (
	"context"

	"github.com/vnthidua/thidua/directive"
)

// analyze finds the subject document in doc and everything the text states
// about it.
func analyze(ctx context.Context, doc *document, c *config) (*directive.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, inputErr(c, "", err)
	}
	rec := &directive.Record{Source: doc.source, Signatures: doc.signatures, Warnings: append([]string{}, doc.warnings...)}
	return rec, nil
}

package parse

import (
	"bytes"
	"context"
	"io"

	"github.com/vnthidua/thidua/directive"
)

// Kind names the kinds of input thidua reads.
type Kind string

// The kinds of input Sniff tells apart.
const (
	KindText Kind = "text"
	KindHTML Kind = "html"
	KindPDF  Kind = "pdf"
)

// Sniff tells the kind of an input from its first bytes (512 are enough).
// Anything that is neither PDF nor HTML is taken as text; Text itself
// refuses binary data.
func Sniff(head []byte) Kind {
	h := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")), " \t\r\n")
	if bytes.HasPrefix(head, []byte("%PDF-")) || bytes.Contains(head[:min(len(head), 1024)], []byte("%PDF-")) {
		return KindPDF
	}
	lower := bytes.ToLower(h[:min(len(h), 512)])
	for _, p := range [][]byte{[]byte("<!doctype html"), []byte("<html"), []byte("<head"), []byte("<body"), []byte("<?xml"), []byte("<meta"), []byte("<div"), []byte("<!--"), []byte("<table"), []byte("<p")} {
		if bytes.HasPrefix(lower, p) {
			return KindHTML
		}
	}
	return KindText
}

// Any reads an input of any kind from memory, choosing the reader by Sniff.
func Any(ctx context.Context, b []byte, opts ...Option) (*directive.Record, error) {
	switch Sniff(b) {
	case KindPDF:
		return PDF(ctx, bytes.NewReader(b), int64(len(b)), opts...)
	case KindHTML:
		return HTML(ctx, bytes.NewReader(b), opts...)
	}
	return Text(ctx, bytes.NewReader(b), opts...)
}

var _ io.Reader = (*bytes.Reader)(nil)

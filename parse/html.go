package parse

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/htmltext"
)

// HTML reads a portal page and returns the record of the document it
// carries or is about.
//
// The page is decoded (BOM, WithContentType, <meta charset>, sniffing when
// they lie; windows-1258, NFD and legacy TCVN3 or VNI text in .VnTime or
// VNI-Times fonts come out as Unicode NFC; a UTF-8 page with a few
// damaged bytes stays UTF-8, the bytes replaced by U+FFFD with a warning), its article is found by
// scoring the page's blocks, and the portal's furniture (menus, banners,
// related news, counters) is left out. The page gives the record's source:
// site, title, publication date and byline; its links to files become the
// directive's attachments, resolved against WithURL or WithBaseURL.
//
// With WithFollowAttachments, the PDF the page attaches is downloaded
// (when its address is absolute) and what it states is merged into the
// record; see URL.
//
// Pages larger than DefaultMaxHTMLBytes (WithMaxHTMLBytes) return
// ErrTooLarge; binary data returns ErrFormat and a page without text
// ErrEmpty, each wrapped in an *InputError. A page nested deeper than the
// HTML parser accepts (512 open elements) is read flat, with a warning.
func HTML(ctx context.Context, r io.Reader, opts ...Option) (*directive.Record, error) {
	c := newConfig(opts)
	ctx, cancel := c.context(ctx)
	defer cancel()
	b, err := readLimited(r, c, c.htmlLimit())
	if err != nil {
		return nil, err
	}
	rec, err := htmlRecord(ctx, b, c)
	if err != nil {
		return nil, err
	}
	if c.follow {
		followAttachments(ctx, rec, c)
		bound(rec) // what the attachment added
	}
	return rec, nil
}

// readLimited reads r up to limit bytes.
func readLimited(r io.Reader, c *config, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, inputErr(c, "", fmt.Errorf("read: %w", err))
	}
	if int64(len(b)) > limit {
		return nil, inputErr(c, "", fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit))
	}
	return b, nil
}

// htmlRecord turns the bytes of a page into a document and analyses it.
func htmlRecord(ctx context.Context, b []byte, c *config) (*directive.Record, error) {
	if err := ctx.Err(); err != nil {
		return nil, inputErr(c, "", err)
	}
	base := c.baseURL
	if base == "" {
		base = c.url
	}
	page, err := htmltext.Read(b, htmltext.Options{ContentType: c.contentType, BaseURL: base})
	switch {
	case errors.Is(err, htmltext.ErrBinary):
		return nil, inputErr(c, "", fmt.Errorf("%w: %w", ErrFormat, err))
	case errors.Is(err, htmltext.ErrNoText):
		return nil, inputErr(c, "", fmt.Errorf("%w: %w", ErrEmpty, err))
	case err != nil:
		return nil, inputErr(c, "", fmt.Errorf("%w: %w", ErrFormat, err))
	}
	if err := ctx.Err(); err != nil {
		return nil, inputErr(c, "", err)
	}
	doc := pageDocument(page, c)
	return analyze(ctx, doc, c)
}

// pageDocument is the document a page gives: its article's text, what the
// page says about it, and its attached files.
func pageDocument(page *htmltext.Page, c *config) *document {
	site := c.site
	if site == "" {
		site = page.Site
	}
	doc := &document{
		text: page.Text + "\n",
		source: directive.Source{
			Path:      c.path,
			URL:       c.url,
			Site:      site,
			Title:     page.Title,
			Published: page.Published,
			Author:    page.Author,
			Format:    "html",
		},
		warnings: append([]string{}, page.Warnings...),
	}
	for _, a := range page.Attachments {
		doc.attachments = append(doc.attachments, directive.Attachment{Name: a.Name, URL: a.URL})
	}
	return doc
}

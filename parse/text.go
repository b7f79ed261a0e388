package parse

import (
	"bytes"
	"context"
	"fmt"
	"io"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/htmltext"
	"github.com/vnthidua/thidua/internal/nfc"
	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/text/encoding/charmap"
)

// document is the text of one input in reading order, with what its
// container (a portal page, a PDF) said about it. Every reader (Text, HTML,
// PDF) builds one and hands it to the same analysis, so a directive gives
// the same record whatever carried it.
type document struct {
	// text is NFC, lines end in "\n", paragraphs are separated by a blank
	// line.
	text string
	// source is what the container said: path, URL, site, title,
	// published, author.
	source directive.Source
	// attachments are links the container carries (HTML), resolved.
	attachments []directive.Attachment
	// signatures are the digital signatures of a PDF.
	signatures []directive.Signature
	// warnings are what the reader noticed (OCR used, legacy font decoded).
	warnings []string
	// ocr says that some of the text was read by OCR, so that names may
	// carry its typical errors.
	ocr bool
	// sealed is the signer's position completed on a scanned page where
	// a seal hides its start, from the first page that has one
	// (readSealedPosition); nil if none.
	sealed *sealedPosition
	// symbol is set by analyze: the symbol of the header's "Số:" line
	// whose number is blank or illegible (header.symbol).
	symbol string
}

// Text reads a document from plain UTF-8 text (any Unicode normalisation;
// a UTF-16 BOM is honoured) and returns its record. UTF-8 with a few
// damaged bytes stays UTF-8: the bytes become U+FFFD and a warning says
// how many. Text in TCVN3, VNI or Windows-1258 bytes is decoded. The text may be the
// document itself or a news article about it, boilerplate included.
func Text(ctx context.Context, r io.Reader, opts ...Option) (*directive.Record, error) {
	c := newConfig(opts)
	ctx, cancel := c.context(ctx)
	defer cancel()
	b, err := readAll(r, c)
	if err != nil {
		return nil, err
	}
	s, invalid, err := decodeText(b)
	if err != nil {
		return nil, inputErr(c, "", err)
	}
	doc := &document{text: s, source: directive.Source{Path: c.path, URL: c.url, Site: c.site, Format: "text"}}
	if invalid > 0 {
		doc.warnings = append(doc.warnings, htmltext.InvalidWarning(invalid))
	}
	return analyze(ctx, doc, c)
}

func (c *config) context(ctx context.Context) (context.Context, context.CancelFunc) {
	if c.timeout > 0 {
		return context.WithTimeout(ctx, c.timeout)
	}
	return context.WithCancel(ctx)
}

// readAll reads r up to the configured limit.
func readAll(r io.Reader, c *config) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, c.maxBytes+1))
	if err != nil {
		return nil, inputErr(c, "", fmt.Errorf("read: %w", err))
	}
	if int64(len(b)) > c.maxBytes {
		return nil, inputErr(c, "", fmt.Errorf("%w: more than %d bytes", ErrTooLarge, c.maxBytes))
	}
	return b, nil
}

// decodeText turns the bytes of a text file into NFC text with "\n" line
// ends. UTF-8 with a few damaged bytes stays UTF-8 (vnenc.UTF8, the
// decision HTML makes too): invalid is the number of bytes replaced by
// U+FFFD. It refuses binary data rather than guessing.
func decodeText(b []byte) (text string, invalid int, err error) {
	b, _, err = vnenc.UTF16(b)
	if err != nil {
		return "", 0, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	bom := bytes.HasPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	if bytes.IndexByte(b, 0) >= 0 {
		return "", 0, fmt.Errorf("%w: binary data (NUL byte)", ErrFormat)
	}
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	b = bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
	s, invalid, ok := vnenc.UTF8(b)
	if !ok && !bom {
		s, err := decodeLegacy(b)
		return s, 0, err
	}
	if latinOnly(s) {
		// Unicode text that only holds Latin-1 letters: text copied out
		// of a page set in a TCVN3 or VNI font ("Uû ban nh©n d©n").
		if e := vnenc.Sniff(s); e != vnenc.Unicode {
			return vnenc.Decode(s, e, false), invalid, nil
		}
	}
	return nfc.String(s), invalid, nil
}

// decodeLegacy reads text that is not UTF-8 as the old Vietnamese files
// are: the bytes of a TCVN3 or VNI font, or Windows-1258 (whose tone
// marks combine), and returns it in NFC.
func decodeLegacy(b []byte) (string, error) {
	latin, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err == nil {
		if e := vnenc.Sniff(string(latin)); e != vnenc.Unicode {
			return vnenc.DecodeBytes(b, e, false), nil
		}
	}
	u, err := charmap.Windows1258.NewDecoder().Bytes(b)
	if err != nil {
		return "", fmt.Errorf("%w: neither UTF-8 nor a Vietnamese legacy encoding: %v", ErrFormat, err)
	}
	return nfc.String(string(u)), nil
}

// latinOnly reports whether s has characters beyond ASCII and none beyond
// Latin-1: Unicode Vietnamese almost always holds one (ơ, ư, ạ, ế).
func latinOnly(s string) bool {
	high := false
	for _, r := range s {
		if r > 0xFF {
			return false
		}
		if r >= 0xA1 {
			high = true
		}
	}
	return high
}

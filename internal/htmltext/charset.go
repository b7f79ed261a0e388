package htmltext

import (
	"bytes"
	"errors"
	"fmt"
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"mime"
	"strings"

	"github.com/vnthidua/thidua/internal/vnenc"
	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding/charmap"
)

// ErrBinary means the input is not a web page but binary data.
var ErrBinary = errors.New("binary data, not a web page")

// decoded is a page turned into UTF-8 for the HTML parser.
//
// A page in a single-byte charset is kept byte for byte: each byte becomes
// the rune of the same value (Latin-1), so that text shown in a legacy
// Vietnamese font can still be read as TCVN3 or VNI bytes. single then
// decodes the other text with the page's own charset.
type decoded struct {
	text   string
	name   string           // charset used: "utf-8", "windows-1258", ...
	single *charmap.Charmap // non-nil: text is Latin-1 bytes of this charset
	lied   bool             // the declared charset was wrong
	// invalid is the number of bytes of a damaged UTF-8 page that were
	// replaced by U+FFFD.
	invalid int
}

var metaCharsetRe = lazyregexp.New(`(?i)<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)`)

// decode finds the charset of a page and turns it into UTF-8.
func decode(b []byte, contentType string) (*decoded, error) {
	if bytes.HasPrefix(b, []byte("\xef\xbb\xbf")) {
		// The BOM says UTF-8 whatever the share of damage.
		text, invalid, _ := vnenc.UTF8(b[3:])
		return &decoded{text: text, name: "utf-8", invalid: invalid}, nil
	}
	u, name, err := vnenc.UTF16(b)
	if err != nil {
		return nil, err
	}
	if name != "" {
		return &decoded{text: string(u), name: name}, nil
	}
	if err := checkBinary(b); err != nil {
		return nil, err
	}
	declared := ""
	if _, params, err := mime.ParseMediaType(contentType); err == nil {
		declared = params["charset"]
	}
	if declared == "" {
		if m := metaCharsetRe.FindSubmatch(b[:min(len(b), 4096)]); m != nil {
			declared = string(m[1])
		}
	}
	enc, name := charset.Lookup(declared)
	if enc == nil {
		name = ""
	}
	// One decision for every page and for plain text (parse.Text): UTF-8,
	// perhaps with a few damaged bytes, or a single-byte legacy encoding.
	text, invalid, valid := vnenc.UTF8(b)
	switch {
	case name == "" || name == "utf-8":
		if valid {
			return &decoded{text: text, name: "utf-8", invalid: invalid}, nil
		}
		// Declared UTF-8 (or nothing) but not UTF-8: an old Vietnamese
		// page in windows-1258 or in a legacy font's bytes.
		return &decoded{text: latin1(b), name: "windows-1258", single: charmap.Windows1258, lied: name != ""}, nil
	case valid && hasHighBit(b):
		// Declared a legacy charset, but the bytes are UTF-8 with letters
		// beyond ASCII: the declaration lies.
		return &decoded{text: text, name: "utf-8", lied: true, invalid: invalid}, nil
	}
	if cm := singleByte(name); cm != nil {
		return &decoded{text: latin1(b), name: name, single: cm}, nil
	}
	s, err := enc.NewDecoder().Bytes(b)
	if err != nil {
		return nil, fmt.Errorf("charset %s: %w", name, err)
	}
	return &decoded{text: string(s), name: name}, nil
}

// singleByte returns the single-byte charsets whose bytes legacy
// Vietnamese fonts reuse.
func singleByte(name string) *charmap.Charmap {
	switch name {
	case "windows-1252", "iso-8859-1", "latin1", "us-ascii":
		return charmap.Windows1252
	case "windows-1258":
		return charmap.Windows1258
	case "iso-8859-15":
		return charmap.ISO8859_15
	}
	return nil
}

func hasHighBit(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// latin1 maps each byte to the rune of the same value.
func latin1(b []byte) string {
	var sb strings.Builder
	sb.Grow(len(b) + len(b)/8)
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// fromLatin1 decodes the Latin-1 runes of s (bytes of a single-byte page)
// with the page's charset; other runes (from character references) stay.
func (d *decoded) fromLatin1(s string) string {
	if d.single == nil {
		return s
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii {
		return s
	}
	var sb strings.Builder
	sb.Grow(len(s))
	for _, r := range s {
		if r < 0x100 {
			sb.WriteRune(d.single.DecodeByte(byte(r)))
			continue
		}
		sb.WriteRune(r)
	}
	return sb.String()
}

// binary magic numbers of files that are not pages.
var magics = [][]byte{
	[]byte("%PDF-"), []byte("PK\x03\x04"), []byte("\x89PNG"), []byte("GIF8"),
	[]byte("\xff\xd8\xff"), []byte("\xd0\xcf\x11\xe0"), []byte("Rar!"), []byte("\x1f\x8b"),
	[]byte("7z\xbc\xaf"), []byte("\x7fELF"), []byte("MZ"),
}

// checkBinary refuses data that is not text: known file signatures, NUL
// bytes or many control bytes in the first 4 KiB.
func checkBinary(b []byte) error {
	for _, m := range magics {
		if bytes.HasPrefix(b, m) {
			return fmt.Errorf("%w (starts with %q)", ErrBinary, m)
		}
	}
	head := b[:min(len(b), 4096)]
	ctl := 0
	for i, c := range head {
		if c == 0 {
			return fmt.Errorf("%w (NUL byte at %d)", ErrBinary, i)
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctl++
		}
	}
	if ctl > len(head)/20+2 {
		return fmt.Errorf("%w (%d control bytes in the first %d)", ErrBinary, ctl, len(head))
	}
	return nil
}

// InvalidWarning is the warning for n bytes of a UTF-8 text that were not
// valid UTF-8 and were replaced by U+FFFD. parse.Text gives the same.
func InvalidWarning(n int) string {
	return fmt.Sprintf("%d byte không đúng mã UTF-8, đã thay bằng U+FFFD / %d bytes not valid UTF-8 replaced by U+FFFD", n, n)
}

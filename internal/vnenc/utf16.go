package vnenc

import (
	"bytes"
	"fmt"

	"golang.org/x/text/encoding/unicode"
)

// UTF16 decodes b to UTF-8 when it opens with a UTF-16 byte order mark
// (FF FE little-endian, FE FF big-endian) and names the encoding the
// mark gives, "utf-16le" or "utf-16be". Without the mark, b is returned
// as it is and name is "". Unpaired surrogates and an odd last byte
// become U+FFFD. Web pages (internal/htmltext) and plain text (parse)
// both read UTF-16 here.
func UTF16(b []byte) (u []byte, name string, err error) {
	switch {
	case bytes.HasPrefix(b, []byte("\xff\xfe")):
		name = "utf-16le"
	case bytes.HasPrefix(b, []byte("\xfe\xff")):
		name = "utf-16be"
	default:
		return b, "", nil
	}
	// ExpectBOM: the mark sets the byte order and is dropped.
	u, err = unicode.UTF16(unicode.LittleEndian, unicode.ExpectBOM).NewDecoder().Bytes(b)
	if err != nil {
		return nil, name, fmt.Errorf("%s: %w", name, err)
	}
	return u, name, nil
}

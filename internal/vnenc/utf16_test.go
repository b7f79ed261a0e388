package vnenc

import "testing"

// TestUTF16: both byte orders by their mark, the mark dropped; bytes
// without a mark untouched; damage becomes U+FFFD rather than an error.
func TestUTF16(t *testing.T) {
	tests := []struct {
		name     string
		in       []byte
		want     string
		encoding string
	}{
		{"little-endian", []byte("\xff\xfeT\x00h\x00\xe9\x1e"), "Thứ", "utf-16le"},
		{"big-endian", []byte("\xfe\xff\x00T\x00h\x1e\xe9"), "Thứ", "utf-16be"},
		{"no mark", []byte("Thế"), "Thế", ""},
		{"UTF-8 mark", []byte("\xef\xbb\xbfThế"), "\ufeffThế", ""},
		{"odd last byte", []byte("\xff\xfeT\x00h"), "T\ufffd", "utf-16le"},
		{"unpaired surrogate", []byte("\xff\xfe\x00\xd8T\x00"), "\ufffdT", "utf-16le"},
		{"mark alone", []byte("\xfe\xff"), "", "utf-16be"},
	}
	for _, tt := range tests {
		u, name, err := UTF16(tt.in)
		if err != nil || string(u) != tt.want || name != tt.encoding {
			t.Errorf("%s: UTF16(% x) = %q, %q, %v; want %q, %q", tt.name, tt.in, u, name, err, tt.want, tt.encoding)
		}
	}
}

package parse

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/htmltext"
	"golang.org/x/text/encoding/unicode"
)

// TestDamagedUTF8 reads corpus pages of about 2 KB and pages grown to
// 50 KB with 1, 10 and 100 stray bytes that are not UTF-8 put in their
// body: each stays UTF-8 (not re-decoded whole as windows-1258), the
// stray bytes become U+FFFD, a warning says how many, and the number,
// date, place, issuer and title are those of the undamaged page.
func TestDamagedUTF8(t *testing.T) {
	pages := []struct {
		name, file string
		html       bool
		// grow repeats the bytes from the first growFrom to the end of
		// the first growTo after it until the page has 50 KB.
		growFrom, growTo string
		// damageFrom: stray bytes go after its first occurrence, away
		// from the header fields the test compares.
		damageFrom string
	}{
		{name: "text 2KB", file: "testdata/text/b_kehoach_table.txt", damageFrom: "như sau:\n"},
		{name: "text 50KB", file: "testdata/text/binhduong-ct01-2021.txt", growFrom: "Năm 2021 có ý nghĩa", growTo: "như sau:\n", damageFrom: "Năm 2021 có ý nghĩa"},
		{name: "html 2KB", file: "testdata/html/attach/news-08-ct-ubnd.html", html: true, damageFrom: "</p>"},
		{name: "html 50KB", file: "testdata/html/hungyen-ct08-2024.html", html: true, growFrom: "<p>Theo Chỉ thị", growTo: "</p>\n", damageFrom: "<p>Theo Chỉ thị"},
	}
	read := func(b []byte, html bool) *directive.Record {
		t.Helper()
		var rec *directive.Record
		var err error
		if html {
			rec, err = HTML(context.Background(), bytes.NewReader(b))
		} else {
			rec, err = Text(context.Background(), bytes.NewReader(b))
		}
		require.NoError(t, err)
		return rec
	}
	for _, p := range pages {
		b, err := os.ReadFile(p.file)
		require.NoError(t, err)
		if p.growFrom != "" {
			b = grow(t, b, p.growFrom, p.growTo, 50<<10)
		}
		clean := read(b, p.html)
		require.NotEmpty(t, clean.Directive.Issued, p.name)
		require.NotEmpty(t, clean.Directive.Title, p.name)
		for _, n := range []int{1, 10, 100} {
			from := bytes.Index(b, []byte(p.damageFrom))
			require.GreaterOrEqual(t, from, 0, p.name)
			damaged := strayBytes(b, from+len(p.damageFrom), n, p.html)
			require.False(t, utf8.Valid(damaged))
			rec := read(damaged, p.html)
			name := fmt.Sprintf("%s with %d stray bytes", p.name, n)
			assert.Contains(t, rec.Warnings, htmltext.InvalidWarning(n), name)
			want, got := clean.Directive, rec.Directive
			assert.Equal(t, want.Number, got.Number, name)
			assert.Equal(t, want.Kind, got.Kind, name)
			assert.Equal(t, want.Issued, got.Issued, name)
			assert.Equal(t, want.Place, got.Place, name)
			assert.Equal(t, want.Issuer.Name, got.Issuer.Name, name)
			assert.Equal(t, want.Title, got.Title, name)
			assert.Equal(t, clean.Source.Title, rec.Source.Title, name)
			assert.Equal(t, clean.Source.Published, rec.Source.Published, name)
		}
	}
}

// grow repeats the part of b from the first from to the end of the first
// to after it, in place, until b has size bytes.
func grow(t *testing.T, b []byte, from, to string, size int) []byte {
	t.Helper()
	i := bytes.Index(b, []byte(from))
	require.GreaterOrEqual(t, i, 0, from)
	j := bytes.Index(b[i:], []byte(to))
	require.GreaterOrEqual(t, j, 0, to)
	j += i + len(to)
	part := b[i:j]
	var mid []byte
	for len(b)+len(mid) < size {
		mid = append(mid, part...)
	}
	return slices.Concat(b[:j], mid, b[j:])
}

// strayBytes inserts n bytes that are not UTF-8 into b after from, at
// rune starts chosen with a fixed seed (outside tags in a page), so that
// each is exactly one invalid byte: a lone continuation byte, a lead
// byte not followed by its continuation, or bytes UTF-8 never uses.
func strayBytes(b []byte, from, n int, html bool) []byte {
	var starts []int
	inTag := false
	for i := from; i < len(b); i++ {
		switch {
		case html && b[i] == '<':
			inTag = true
		case html && b[i] == '>':
			inTag = false
		case !inTag && utf8.RuneStart(b[i]) && b[i] != '\n':
			starts = append(starts, i)
		}
	}
	r := rand.New(rand.NewPCG(9, uint64(n)))
	at := r.Perm(len(starts))[:n]
	slices.Sort(at)
	stray := []byte{0xff, 0x80, 0xc3, 0xe1, 0xbf, 0xfe, 0xc0, 0xf5, 0xa9, 0xe9}
	out := make([]byte, 0, len(b)+n)
	last := 0
	for k, s := range at {
		out = append(out, b[last:starts[s]]...)
		out = append(out, stray[k%len(stray)])
		last = starts[s]
	}
	return append(out, b[last:]...)
}

// TestTextUTF16 reads a corpus text saved as UTF-16 with a byte order
// mark, little- and big-endian: the same record as from UTF-8.
func TestTextUTF16(t *testing.T) {
	b, err := os.ReadFile("testdata/text/b_kehoach_table.txt")
	require.NoError(t, err)
	want, err := Text(context.Background(), bytes.NewReader(b))
	require.NoError(t, err)
	for name, order := range map[string]unicode.Endianness{"little-endian": unicode.LittleEndian, "big-endian": unicode.BigEndian} {
		u16, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes(b)
		require.NoError(t, err)
		got, err := Text(context.Background(), bytes.NewReader(u16))
		require.NoError(t, err, name)
		assert.Equal(t, want.Directive, got.Directive, name)
	}
}

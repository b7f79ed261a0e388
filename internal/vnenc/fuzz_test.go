package vnenc

import (
	"bytes"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func addSeeds(f *testing.F) {
	for _, s := range []string{
		"", "ñY BAN NH¢N D¢N", "H−ng Yªn, ngµy 25 th¸ng 11 n¨m 2024", "n\u00adíc",
		"Vieät Nam", "UÛY BAN NHAÂN DAÂN", "aùù", "ù", "\x93\x94\x81",
		"Việt Nam", "Vie\u0323\u0302t", "a\xffb\xc3", "Müller über schön",
	} {
		f.Add(s, uint8(TCVN3), false)
		f.Add(s, uint8(VNI), true)
	}
}

func checkText(t *testing.T, what, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s: %q is not valid UTF-8", what, s)
	}
	if !norm.NFC.IsNormalString(s) {
		t.Fatalf("%s: %q is not NFC", what, s)
	}
}

// FuzzDecode checks that Decode never panics, always returns valid NFC,
// and agrees with DecodeBytes on Latin-1 input.
func FuzzDecode(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, enc uint8, upper bool) {
		e := Encoding(enc % 4) // includes an unknown value
		got := Decode(s, e, upper)
		checkText(t, "Decode", got)
		if e == TCVN3 || e == VNI {
			b := []byte(s) // any bytes, as Latin-1 runes
			if a, c := Decode(latin1(b), e, upper), DecodeBytes(b, e, upper); a != c {
				t.Fatalf("Decode(latin1) = %q, DecodeBytes = %q", a, c)
			}
		}
	})
}

// FuzzDecodeBytes checks DecodeBytes on any bytes, and that text that
// Encode accepts comes back from DecodeBytes unchanged.
func FuzzDecodeBytes(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, enc uint8, upper bool) {
		e := Encoding(enc % 4)
		checkText(t, "DecodeBytes", DecodeBytes([]byte(s), e, upper))
		if !utf8.ValidString(s) {
			return
		}
		b, err := Encode(s, e, false)
		if err != nil {
			return
		}
		if got, want := DecodeBytes(b, e, false), norm.NFC.String(s); got != want {
			t.Fatalf("%v: %q → % X → %q", e, want, b, got)
		}
		if b2, err := Encode(DecodeBytes(b, e, false), e, false); err != nil || !bytes.Equal(b, b2) {
			t.Fatalf("%v: re-encoding % X gave % X, %v", e, b, b2, err)
		}
	})
}

// FuzzSniff checks that Sniff never panics and names a known encoding.
func FuzzSniff(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string, _ uint8, _ bool) {
		switch e := Sniff(s); e {
		case Unicode, TCVN3, VNI:
		default:
			t.Fatalf("Sniff(%q) = %v", s, e)
		}
	})
}

package vnenc

import (
	"bufio"
	"errors"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// latin1 returns the string whose runes are the bytes of b.
func latin1(b []byte) string {
	r := make([]rune, len(b))
	for i, c := range b {
		r[i] = rune(c)
	}
	return string(r)
}

// fromLatin1 returns the bytes whose values are the runes of s, which must
// all be below U+0100.
func fromLatin1(t testing.TB, s string) []byte {
	t.Helper()
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			t.Fatalf("%q: rune %U is not Latin-1", s, r)
		}
		b = append(b, byte(r))
	}
	return b
}

// allLetters builds the 134 accented Vietnamese letters (67 lower case,
// 67 upper case) from base letters and combining marks, independently of
// the package's tables.
func allLetters(t testing.TB) []rune {
	t.Helper()
	var out []rune
	tones := []string{"", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"}
	for _, base := range []string{"a", "a\u0306", "a\u0302", "e", "e\u0302", "i", "o", "o\u0302", "o\u031b", "u", "u\u031b", "y"} {
		for _, tone := range tones {
			if tone == "" && len(base) == 1 {
				continue // a plain ASCII vowel is not accented
			}
			s := norm.NFC.String(base + tone)
			if utf8.RuneCountInString(s) != 1 {
				t.Fatalf("%q+%q does not compose", base, tone)
			}
			r, _ := utf8.DecodeRuneInString(s)
			out = append(out, r)
		}
	}
	out = append(out, 'đ')
	n := len(out)
	for _, r := range out[:n] {
		out = append(out, unicode.ToUpper(r))
	}
	if len(out) != 134 {
		t.Fatalf("built %d letters, want 134", len(out))
	}
	return out
}

// TestTCVN3MatchesPDFGen checks the table against tcvn3.py, the table that
// built the TCVN3 test PDFs (a copy of shared/tools/pdfgen/tcvn3.py).
func TestTCVN3MatchesPDFGen(t *testing.T) {
	src, err := os.ReadFile("testdata/tcvn3.py")
	if err != nil {
		t.Fatal(err)
	}
	pairs := regexp.MustCompile(`\(0x([0-9A-F]{2}),'(.)'\)`).FindAllStringSubmatch(string(src), -1)
	if len(pairs) != 74 {
		t.Fatalf("found %d pairs in tcvn3.py, want 74", len(pairs))
	}
	seen := map[byte]bool{}
	for _, p := range pairs {
		c, _ := strconv.ParseUint(p[1], 16, 8)
		seen[byte(c)] = true
		if got := DecodeBytes([]byte{byte(c)}, TCVN3, false); got != p[2] {
			t.Errorf("0x%02X: got %q, tcvn3.py says %q", c, got, p[2])
		}
		if got, err := Encode(p[2], TCVN3, false); err != nil || string(got) != string([]byte{byte(c)}) {
			t.Errorf("Encode(%q) = % X, %v; tcvn3.py says %02X", p[2], got, err, c)
		}
	}
	for b, r := range tcvn3 {
		if r != 0 && !seen[byte(b)] {
			t.Errorf("0x%02X (%q) is in the table but not in tcvn3.py", b, r)
		}
	}
	// tcvn3.py: U+2212 and U+00AD decode to ư.
	for _, s := range []string{"n\u2212íc", "n\u00adíc"} {
		if got := Decode(s, TCVN3, false); got != "nước" {
			t.Errorf("Decode(%q) = %q, want %q", s, got, "nước")
		}
	}
}

// tcvn3Published is TCVN 5712:1993 VN3 as published in the xvnkb
// keyboard driver (github.com/lamdao/xvnkb, tcvn.h; that file shows some
// bytes in code page 1254, written here as Latin-1); the rows a, ă, â, e,
// ê and i also agree with the "Bảng đối chiếu encoding" table
// (scribd.com/document/23311958). Per row: the letter without tone, sắc,
// huyền, hỏi, ngã, nặng, as the Latin-1 characters of the bytes.
var tcvn3Published = []struct{ uni, legacy string }{
	{"aáàảãạ", "a¸µ¶·¹"},
	{"âấầẩẫậ", "©ÊÇÈÉË"},
	{"ăắằẳẵặ", "¨¾»¼½Æ"},
	{"eéèẻẽẹ", "eÐÌÎÏÑ"},
	{"êếềểễệ", "ªÕÒÓÔÖ"},
	{"oóòỏõọ", "oãßáâä"},
	{"ôốồổỗộ", "«èåæçé"},
	{"ơớờởỡợ", "¬íêëìî"},
	{"uúùủũụ", "uóïñòô"},
	{"ưứừửữự", "\u00adøõö÷ù"},
	{"iíìỉĩị", "iÝ×ØÜÞ"},
	{"yýỳỷỹỵ", "yýúûüþ"},
	{"đ", "®"},
	{"ĂÂÊÔƠƯĐ", "¡¢£¤¥¦§"},
}

func TestTCVN3Published(t *testing.T) {
	n := 0
	for _, row := range tcvn3Published {
		uni, legacy := []rune(row.uni), []rune(row.legacy)
		if len(uni) != len(legacy) {
			t.Fatalf("row %q: lengths differ", row.uni)
		}
		for i := range uni {
			n++
			want, in := string(uni[i]), string(legacy[i])
			if got := Decode(in, TCVN3, false); got != want {
				t.Errorf("Decode(%q) = %q, want %q", in, got, want)
			}
			if got := DecodeBytes(fromLatin1(t, in), TCVN3, false); got != want {
				t.Errorf("DecodeBytes(%q) = %q, want %q", in, got, want)
			}
			// In an all-capital font the same code is the capital.
			up := strings.ToUpper(want)
			if got := Decode(in, TCVN3, true); got != up {
				t.Errorf("Decode(%q, upper) = %q, want %q", in, got, up)
			}
			if got, err := Encode(want, TCVN3, false); err != nil || latin1(got) != in {
				t.Errorf("Encode(%q) = %q, %v; want %q", want, latin1(got), err, in)
			}
		}
	}
	if n != 74+6 {
		t.Errorf("checked %d letters, want 80 (74 codes and 6 plain vowels)", n)
	}
}

// TestVNIPublished checks the VNI table against the one of the xvnkb
// keyboard driver (github.com/lamdao/xvnkb, vni.h, written out by
// testdata/make_fixtures.py into testdata/vni.table); its rows a, ă, â, e,
// ê and i also agree with the "Bảng đối chiếu encoding" table
// (scribd.com/document/23311958).
func TestVNIPublished(t *testing.T) {
	f, err := os.Open("testdata/vni.table")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		uni, legacy, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("bad line %q", sc.Text())
		}
		n++
		if got := Decode(legacy, VNI, false); got != uni {
			t.Errorf("Decode(%q) = %q, want %q", legacy, got, uni)
		}
		if got := DecodeBytes(fromLatin1(t, legacy), VNI, false); got != uni {
			t.Errorf("DecodeBytes(%q) = %q, want %q", legacy, got, uni)
		}
		if got, err := Encode(uni, VNI, false); err != nil || latin1(got) != legacy {
			t.Errorf("Encode(%q) = %q, %v; want %q", uni, latin1(got), err, legacy)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	if n != 146 {
		t.Errorf("read %d letters, want 146 (134 accented, 12 plain vowels)", n)
	}
}

// TestRoundTripAllLetters encodes every accented Vietnamese letter, alone
// and all in one word, and decodes it back.
func TestRoundTripAllLetters(t *testing.T) {
	all := allLetters(t)
	for _, e := range []Encoding{TCVN3, VNI} {
		for _, r := range all {
			s := string(r)
			upper := e == TCVN3 && unicode.IsUpper(r) && !strings.ContainsRune("ĂÂÊÔƠƯĐ", r)
			b, err := Encode(s, e, upper)
			if err != nil {
				t.Errorf("%v: Encode(%q): %v", e, s, err)
				continue
			}
			if got := DecodeBytes(b, e, upper); got != s {
				t.Errorf("%v: %q → % X → %q", e, s, b, got)
			}
			if got := Decode(latin1(b), e, upper); got != s {
				t.Errorf("%v: %q → %q → %q", e, s, latin1(b), got)
			}
		}
	}
	// All letters in a row, each after a consonant, so that VNI marks
	// must attach to the right base.
	var sb strings.Builder
	for _, r := range all[:67] {
		sb.WriteString("t")
		sb.WriteRune(r)
	}
	lower := sb.String()
	for _, e := range []Encoding{TCVN3, VNI} {
		b, err := Encode(lower, e, false)
		if err != nil {
			t.Fatalf("%v: %v", e, err)
		}
		if got := DecodeBytes(b, e, false); got != lower {
			t.Errorf("%v: round trip of all lower-case letters gave %q", e, got)
		}
		if got := DecodeBytes(b, e, true); got != strings.ToUpper(lower) {
			t.Errorf("%v: upper round trip gave %q", e, got)
		}
	}
	upper := strings.ToUpper(lower)
	b, err := Encode(upper, VNI, false)
	if err != nil {
		t.Fatal(err)
	}
	if got := DecodeBytes(b, VNI, false); got != upper {
		t.Errorf("VNI: round trip of all capitals gave %q", got)
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		in     string
		e      Encoding
		upper  bool
		r      rune
		offset int
	}{
		{"CHỈ", TCVN3, false, 'Ỉ', 2},
		{"x€y ₫", TCVN3, false, '₫', 6},
		{"a\u2212b", TCVN3, false, '\u2212', 1},
		{"ä", VNI, false, 'ä', 0},
		{"Σ", VNI, false, 'Σ', 0},
	}
	for _, tt := range tests {
		_, err := Encode(tt.in, tt.e, tt.upper)
		var ee *EncodeError
		if !errors.As(err, &ee) || !errors.Is(err, ErrNoCode) {
			t.Errorf("Encode(%q, %v): err = %v, want an *EncodeError wrapping ErrNoCode", tt.in, tt.e, err)
			continue
		}
		if ee.Rune != tt.r || ee.Offset != tt.offset || ee.Encoding != tt.e {
			t.Errorf("Encode(%q, %v): got %+v, want rune %q at %d", tt.in, tt.e, *ee, tt.r, tt.offset)
		}
		if !strings.Contains(ee.Error(), string(tt.r)) {
			t.Errorf("message %q does not name the character", ee.Error())
		}
	}
	if b, err := Encode("CHỈ THỊ", TCVN3, true); err != nil || latin1(b) != "CHØ THÞ" {
		t.Errorf("Encode for .VnTimeH = %q, %v", latin1(b), err)
	}
	if b, err := Encode("Vie\u0323\u0302t", Unicode, false); err != nil || string(b) != "Việt" {
		t.Errorf("Encode(Unicode) = %q, %v", b, err)
	}
}

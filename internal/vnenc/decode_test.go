package vnenc

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestDecode(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		e     Encoding
		upper bool
		want  string
	}{
		// The TCVN3 lines are what every PDF text backend returned for
		// the TCVN3 test PDF (shared/research/pdf-backends.md §4 and §8).
		{"tcvn3 issuer", "ñY BAN NH¢N D¢N", TCVN3, true, "ỦY BAN NHÂN DÂN"},
		{"tcvn3 issuer no font", "ñY BAN NH¢N D¢N", TCVN3, false, "ủY BAN NHÂN DÂN"},
		{"tcvn3 province", "TØNH H¦NG Y£N", TCVN3, true, "TỈNH HƯNG YÊN"},
		{"tcvn3 whole issuer", "ñY BAN NH¢N D¢N TØNH H¦NG Y£N", TCVN3, true, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"},
		{"tcvn3 number", "Sè: 08/CT-UBND", TCVN3, false, "Số: 08/CT-UBND"},
		{"tcvn3 motto head", "CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", TCVN3, true, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"},
		{"tcvn3 motto", "§éc lËp - Tù do - H¹nh phóc", TCVN3, false, "Độc lập - Tự do - Hạnh phúc"},
		{"tcvn3 place date", "H−ng Yªn, ngµy 25 th¸ng 11 n¨m 2024", TCVN3, false, "Hưng Yên, ngày 25 tháng 11 năm 2024"},
		{"tcvn3 place date soft hyphen", "H\u00adng Yªn, ngµy 25 th¸ng 11 n¨m 2024", TCVN3, false, "Hưng Yên, ngày 25 tháng 11 năm 2024"},
		{"tcvn3 kind", "CHØ THÞ", TCVN3, true, "CHỈ THỊ"},
		{"tcvn3 subject", "VÒ viÖc ®Èy m¹nh phong trµo thi ®ua yªu n−íc", TCVN3, false, "Về việc đẩy mạnh phong trào thi đua yêu nước"},
		{"tcvn3 old spelling", "Uû ban nh©n d©n", TCVN3, false, "Uỷ ban nhân dân"},
		{"tcvn3 recipients", "N¬i nhËn:", TCVN3, false, "Nơi nhận:"},
		{"tcvn3 smart quotes", "\u201cThi ®ua\u201d", TCVN3, false, "\u201cThi đua\u201d"},
		{"tcvn3 C1 as rune", "\u0093Thi ®ua\u0094", TCVN3, false, "\u201cThi đua\u201d"},
		{"tcvn3 nbsp", "ngµy\u00a025", TCVN3, false, "ngày\u00a025"},
		{"tcvn3 keeps other runes", "®ua – 100% ✓ 中", TCVN3, false, "đua – 100% ✓ 中"},
		{"tcvn3 upper ascii", "ch\u00d8 th\u00de", TCVN3, true, "CHỈ THỊ"},

		// VNI, written from the xvnkb table.
		{"vni issuer", "UÛY BAN NHAÂN DAÂN TÆNH HÖNG YEÂN", VNI, false, "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"},
		{"vni kind subject", "CHÆ THÒ Veà vieäc ñaåy maïnh phong traøo thi ñua yeâu nöôùc", VNI, false, "CHỈ THỊ Về việc đẩy mạnh phong trào thi đua yêu nước"},
		{"vni place date", "Höng Yeân, ngaøy 25 thaùng 11 naêm 2024", VNI, false, "Hưng Yên, ngày 25 tháng 11 năm 2024"},
		{"vni recipients", "Nôi nhaän:", VNI, false, "Nơi nhận:"},
		{"vni country", "Vieät Nam", VNI, false, "Việt Nam"},
		{"vni province", "tænh", VNI, false, "tỉnh"},
		{"vni đ", "Ñoàng Nai, ñaát nöôùc", VNI, false, "Đồng Nai, đất nước"},
		{"vni motto", "Ñoäc laäp - Töï do - Haïnh phuùc", VNI, false, "Độc lập - Tự do - Hạnh phúc"},
		{"vni ươ", "ñöôøng, möôøi, röôïu", VNI, false, "đường, mười, rượu"},
		{"vni upper flag", "Vieät Nam", VNI, true, "VIỆT NAM"},
		{"vni mark without vowel kept", "xù bë", VNI, false, "xù bë"},
		{"vni breve needs a", "eê oé", VNI, false, "eê oé"},
		{"vni one mark per vowel", "aùù", VNI, false, "áù"},
		{"vni mark at start", "ù", VNI, false, "ù"},
		{"vni smart quotes", "\u201cVieät\u201d", VNI, false, "\u201cViệt\u201d"},

		// Unicode only normalizes.
		{"unicode nfd", "Vie\u0323\u0302t Nam", Unicode, false, "Việt Nam"},
		{"unicode upper", "Hưng Yên µ", Unicode, true, "HƯNG YÊN µ"},
		{"unicode invalid utf8", "a\xffb", Unicode, false, "a\uFFFDb"},
		{"empty", "", TCVN3, false, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Decode(tt.in, tt.e, tt.upper)
			if got != tt.want {
				t.Errorf("Decode(%q, %v, %v) = %q, want %q", tt.in, tt.e, tt.upper, got, tt.want)
			}
			if !utf8.ValidString(got) || !norm.NFC.IsNormalString(got) {
				t.Errorf("output %q is not valid NFC", got)
			}
		})
	}
}

func TestDecodeBytes(t *testing.T) {
	tests := []struct {
		in    []byte
		e     Encoding
		upper bool
		want  string
	}{
		{[]byte("H\xadng Y\xaan"), TCVN3, false, "Hưng Yên"},
		{[]byte("\x93\xae\x94 \x80 \x81"), TCVN3, false, "\u201cđ\u201d € \u0081"},
		{[]byte("Vie\xe4t Nam \x93"), VNI, false, "Việt Nam \u201c"},
		{[]byte("Vi\xe1\xbb\x87t"), Unicode, false, "Việt"},
		{[]byte("Vi\xe1\xbb\x87t"), Unicode, true, "VIỆT"},
	}
	for _, tt := range tests {
		if got := DecodeBytes(tt.in, tt.e, tt.upper); got != tt.want {
			t.Errorf("DecodeBytes(%q, %v) = %q, want %q", tt.in, tt.e, got, tt.want)
		}
	}
}

// TestDecodeDirective decodes a whole real directive (testdata/hungyen.txt)
// that testdata/make_fixtures.py encoded with encoders that share no code
// with this package.
func TestDecodeDirective(t *testing.T) {
	for _, tt := range []struct {
		in, want string
		e        Encoding
	}{
		{"testdata/hungyen.tcvn3", "testdata/hungyen.tcvn3.want.txt", TCVN3},
		{"testdata/hungyen.vni", "testdata/hungyen.txt", VNI},
	} {
		in, err := os.ReadFile(tt.in)
		if err != nil {
			t.Fatal(err)
		}
		want, err := os.ReadFile(tt.want)
		if err != nil {
			t.Fatal(err)
		}
		if got := DecodeBytes(in, tt.e, false); got != string(want) {
			t.Errorf("%s: DecodeBytes differs at byte %d", tt.in, firstDiff(got, string(want)))
		}
		if got := Decode(latin1(in), tt.e, false); got != string(want) {
			t.Errorf("%s: Decode differs at byte %d", tt.in, firstDiff(got, string(want)))
		}
	}
}

func firstDiff(a, b string) int {
	for i := 0; i < len(a) && i < len(b); i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// TestWindows1258 shows what the HTML reader relies on: windows-1258
// writes tones as combining marks, and charmap.Windows1258 followed by
// norm.NFC gives precomposed letters.
func TestWindows1258(t *testing.T) {
	// "Việt Nam", "Đại hội", "Hưng Yên", "tỉnh" in windows-1258: ê + 0xF2
	// (combining dot below), ô + 0xF2, ư = 0xFD, i + 0xD2 (combining hook).
	in := []byte("Vi\xea\xf2t Nam, \xd0a\xf2i h\xf4\xf2i, H\xfdng Y\xean, ti\xd2nh")
	dec, err := charmap.Windows1258.NewDecoder().Bytes(in)
	if err != nil {
		t.Fatal(err)
	}
	if norm.NFC.IsNormal(dec) {
		t.Fatalf("windows-1258 decoding is already NFC: %q; the test shows nothing", dec)
	}
	got := norm.NFC.String(string(dec))
	want := "Việt Nam, Đại hội, Hưng Yên, tỉnh"
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if !strings.ContainsRune(got, 'ệ') || strings.ContainsRune(got, '\u0323') {
		t.Errorf("%q is not precomposed", got)
	}
}

// TestNFCInert checks the shortcut that lets Decode skip normalization:
// every rune nfcInert accepts is a starter that NFC keeps after any rune.
func TestNFCInert(t *testing.T) {
	n := 0
	for r := rune(0); r <= 0x2FFF; r++ {
		if !nfcInert(r) || !utf8.ValidRune(r) {
			continue
		}
		n++
		p := norm.NFC.PropertiesString(string(r))
		if p.CCC() != 0 || !p.BoundaryBefore() {
			t.Errorf("%U: ccc %d, boundary before %v", r, p.CCC(), p.BoundaryBefore())
		}
		// After a letter, a starter and a combining mark.
		for _, prev := range []string{"a", "ê", "\u1100", "a\u0301", "\u0300"} {
			s := prev + string(r)
			if got := norm.NFC.String(s); got != norm.NFC.String(prev)+string(r) {
				t.Errorf("%U after %q: NFC gives %q", r, prev, got)
			}
		}
	}
	if n < 0x300+90+100 {
		t.Errorf("only %d inert runes checked", n)
	}
	// Runes that are not inert make Decode normalize.
	for in, want := range map[string]string{
		"\u2001":        "\u2003", // EM QUAD is a singleton
		"®\u0323":       "đ\u0323",
		"a\u0301":       "á",
		"\u00ae\u2126x": "đΩx", // OHM SIGN becomes OMEGA
	} {
		if got := Decode(in, TCVN3, false); got != want {
			t.Errorf("Decode(%q) = %q, want %q", in, got, want)
		}
	}
}

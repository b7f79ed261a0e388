package vnenc

import (
	"os"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

func TestSniff(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Encoding
	}{
		// TCVN3 as the PDF text backends give it (pdf-backends.md §8).
		{"tcvn3 issuer", "ñY BAN NH¢N D¢N", TCVN3},
		{"tcvn3 capitals", "CHØ THÞ", TCVN3},
		{"tcvn3 place date", "H−ng Yªn, ngµy 25 th¸ng 11 n¨m 2024", TCVN3},
		{"tcvn3 one word", "n−íc", TCVN3},
		{"tcvn3 header", "ñY BAN NH¢N D¢N\nTØNH H¦NG Y£N\nSè: 08/CT-UBND\nCéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n§éc lËp - Tù do - H¹nh phóc\nH−ng Yªn, ngµy 25 th¸ng 11 n¨m 2024\nCHØ THÞ\nVÒ viÖc ®Èy m¹nh phong trµo thi ®ua yªu n−íc, lËp thµnh tÝch chµo", TCVN3},
		{"tcvn3 soft hyphen", "ph\u00adêng, n\u00adíc", TCVN3},

		{"tcvn3 abbreviation", "- Héi ®ång T§KT TW;", TCVN3},
		{"tcvn3 old spelling", "Uû ban nh©n d©n tØnh", TCVN3},
		{"vni issuer", "UÛY BAN NHAÂN DAÂN TÆNH HÖNG YEÂN", VNI},
		{"vni subject", "CHÆ THÒ Veà vieäc ñaåy maïnh phong traøo thi ñua yeâu nöôùc", VNI},
		{"vni country", "Vieät Nam", VNI},
		{"vni one word", "tænh", VNI},
		{"vni abbreviation", "- Hoäi ñoàng TÑKT TW;", VNI},
		{"vni latin-1 syllables", "Boá trí kinh phí khen thöôûng theo quy ñònh", VNI},

		// Unicode Vietnamese, in NFC and NFD.
		{"vietnamese", "CHỈ THỊ Về việc đẩy mạnh phong trào thi đua yêu nước", Unicode},
		{"vietnamese nfd", norm.NFD.String("Hưng Yên, ngày 25 tháng 11 năm 2024"), Unicode},
		{"vietnamese issuer", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN", Unicode},
		{"vietnamese latin-1 letters only", "Tôi là ai, có các bà", Unicode},
		{"vietnamese short", "Nơi nhận:", Unicode},
		// Other languages.
		{"english", "The quick brown fox jumps over the lazy dog. Section 3(a), 25 November 2024.", Unicode},
		{"french", "L'été dernier, à Paris, nous avons visité le musée du Louvre. Où est la gare? Le café était très agréable; déjà vu, naïve, Noël, garçon.", Unicode},
		{"french short", "le thé est né à Paris", Unicode},
		{"french capitals", "RÉPUBLIQUE FRANÇAISE — MINISTÈRE DE L'ÉCONOMIE", Unicode},
		{"german", "Müller über schön Größe. Die Straße führt zum Bahnhof; Grüße aus München, Köln und Düsseldorf. Übermäßig häufig.", Unicode},
		{"german legal", "Die Bundesregierung hat beschlossen, die Förderung für kleine und mittlere Unternehmen zu erhöhen. Anträge können ab März über das Portal gestellt werden; die Prüfung erfolgt durch die zuständige Behörde gemäß § 5 Abs. 2.", Unicode},
		{"french legal", "Le présent décret entre en vigueur le lendemain de sa publication au Journal officiel. Le ministre de l'Économie et des Finances est chargé de l'exécution du présent arrêté, qui sera publié à Paris.", Unicode},
		{"vietnamese no diacritics", "Uy ban nhan dan tinh Hung Yen", Unicode},
		{"spanish", "El niño comió mañana en la ciudad de México; ¿dónde está la estación?", Unicode},
		{"latin-1 symbols", "© 2024 — 25 °C, ± 3 %, § 4, ½ × ¼ ÷ 2, « citation »", Unicode},
		{"english minus", "Let x − y = 5 and a − b = 3 (soft\u00adhyphen \u00ad).", Unicode},
		{"english micro", "The particles measured 5 µm across, as the 2019 study of the samples from the lake reported in detail.", Unicode},
		{"empty", "", Unicode},
		{"digits", "08/CT-UBND 2024", Unicode},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Sniff(tt.in); got != tt.want {
				t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
			}
		})
	}
}

// TestSniffDirective sniffs a whole directive in each encoding.
func TestSniffDirective(t *testing.T) {
	for _, tt := range []struct {
		file string
		want Encoding
	}{
		{"testdata/hungyen.tcvn3", TCVN3},
		{"testdata/hungyen.vni", VNI},
		{"testdata/hungyen.txt", Unicode},
	} {
		b, err := os.ReadFile(tt.file)
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if tt.want != Unicode {
			s = latin1(b)
		}
		if got := Sniff(s); got != tt.want {
			t.Errorf("Sniff(%s) = %v, want %v", tt.file, got, tt.want)
		}
		// Mixed with a page of English, the legacy text still shows.
		if tt.want != Unicode {
			s = strings.Repeat("This page was last updated in 2024. ", 20) + s
			if got := Sniff(s); got != tt.want {
				t.Errorf("Sniff(English + %s) = %v, want %v", tt.file, got, tt.want)
			}
		}
	}
}

// TestSniffLines sniffs each line of the directive that has a letter
// outside ASCII, in each encoding, and the directive in windows-1258 read
// as windows-1252 (a page that declares the wrong charset), which is
// neither TCVN3 nor VNI.
func TestSniffLines(t *testing.T) {
	uni, err := os.ReadFile("testdata/hungyen.txt")
	if err != nil {
		t.Fatal(err)
	}
	tcvn, err := os.ReadFile("testdata/hungyen.tcvn3")
	if err != nil {
		t.Fatal(err)
	}
	vni, err := os.ReadFile("testdata/hungyen.vni")
	if err != nil {
		t.Fatal(err)
	}
	cp1258, err := charmap.Windows1258.NewEncoder().String(toWindows1258Form(string(uni)))
	if err != nil {
		t.Fatal(err)
	}
	misread, err := charmap.Windows1252.NewDecoder().String(cp1258)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name, text string
		want       Encoding
	}{
		{"unicode", string(uni), Unicode},
		{"tcvn3", latin1(tcvn), TCVN3},
		{"vni", latin1(vni), VNI},
		{"windows-1258 misread", misread, Unicode},
		{"windows-1258 form", toWindows1258Form(string(uni)), Unicode},
		{"nfd", norm.NFD.String(string(uni)), Unicode},
	} {
		n := 0
		for _, line := range strings.Split(tt.text, "\n") {
			if !strings.ContainsFunc(line, func(r rune) bool { return r > 0x7F && r != 0xA0 }) {
				continue
			}
			n++
			if got := Sniff(line); got != tt.want {
				t.Errorf("%s: Sniff(%.60q…) = %v, want %v", tt.name, line, got, tt.want)
			}
		}
		if n < 10 {
			t.Errorf("%s: only %d lines", tt.name, n)
		}
		if got := Sniff(tt.text); got != tt.want {
			t.Errorf("%s: Sniff(whole text) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// toWindows1258Form writes tones as combining marks after the letters
// windows-1258 has (ă â ê ô ơ ư đ and ASCII), as windows-1258 text does.
func toWindows1258Form(s string) string {
	var sb strings.Builder
	for _, r := range s {
		var base, tone strings.Builder
		for _, c := range norm.NFD.String(string(r)) {
			switch c {
			case 0x300, 0x301, 0x303, 0x309, 0x323:
				tone.WriteRune(c)
			default:
				base.WriteRune(c)
			}
		}
		sb.WriteString(norm.NFC.String(base.String()))
		sb.WriteString(tone.String())
	}
	return sb.String()
}

func TestIsSyllable(t *testing.T) {
	for _, w := range []string{
		"a", "ở", "việc", "nghiêng", "nước", "đường", "Quốc", "giữ", "gìn", "khuya",
		"tuyết", "huynh", "oanh", "hoạch", "khuếch", "thuở", "CHỈ", "ngày", "năm", "người",
	} {
		if !isSyllable(w) {
			t.Errorf("isSyllable(%q) = false, want true", w)
		}
	}
	for _, w := range []string{
		"", "paris", "est", "nam1", "tổnh", "viêc", "ăn̉", "ắă", "vieọt", "café", "schön",
		"ăm\u0301", "tat", "ôt", "strasse", "ộtộ", "ĕ", strings.Repeat("a", 30),
	} {
		if isSyllable(w) {
			t.Errorf("isSyllable(%q) = true, want false", w)
		}
	}
}

package htmltext

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// corpus is the folder of portal pages with their *.main.txt.
const corpus = "../../parse/testdata/html"

// tokens splits text into lower-case words, as the F1 measure counts them.
func tokens(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// tokenF1 is the bag-of-words F1 of got against want.
func tokenF1(got, want string) (p, r, f float64) {
	g, w := tokens(got), tokens(want)
	count := map[string]int{}
	for _, t := range w {
		count[t]++
	}
	hit := 0
	for _, t := range g {
		if count[t] > 0 {
			count[t]--
			hit++
		}
	}
	if hit == 0 {
		return 0, 0, 0
	}
	p, r = float64(hit)/float64(len(g)), float64(hit)/float64(len(w))
	return p, r, 2 * p * r / (p + r)
}

func corpusPages(t testing.TB) []string {
	pages, err := filepath.Glob(filepath.Join(corpus, "*.html"))
	if err != nil || len(pages) == 0 {
		t.Fatalf("no corpus pages in %s: %v", corpus, err)
	}
	return pages
}

func TestCorpusMainText(t *testing.T) {
	for _, page := range corpusPages(t) {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".main.txt")
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(b, Options{})
			if err != nil {
				t.Fatal(err)
			}
			pr, rc, f := tokenF1(p.Text, string(want))
			t.Logf("P=%.3f R=%.3f F1=%.3f title=%q site=%q published=%q author=%q attachments=%v", pr, rc, f, p.Title, p.Site, p.Published, p.Author, p.Attachments)
			if f < 0.97 {
				t.Errorf("token F1 %.3f < 0.97\n%s", f, p.Text)
			}
		})
	}
}

// TestPlatforms reads one article in the markup of several platforms
// (testdata/platforms: DNN table layout, Liferay, WordPress, Joomla, a
// custom portal with lead, tools and related news inside the article's
// box) with the portal's furniture around it. They read at F1 1.000; a
// drop below 0.99 is a regression.
func TestPlatforms(t *testing.T) {
	pages, _ := filepath.Glob("testdata/platforms/*.html")
	if len(pages) == 0 {
		t.Fatal("no pages in testdata/platforms")
	}
	for _, page := range pages {
		name := strings.TrimSuffix(filepath.Base(page), ".html")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			want, err := os.ReadFile(strings.TrimSuffix(page, ".html") + ".main.txt")
			if err != nil {
				t.Fatal(err)
			}
			p, err := Read(b, Options{BaseURL: "https://thanhtra.haiphong.gov.vn/tin/1"})
			if err != nil {
				t.Fatal(err)
			}
			pr, rc, f := tokenF1(p.Text, string(want))
			t.Logf("P=%.3f R=%.3f F1=%.3f title=%q site=%q published=%q author=%q", pr, rc, f, p.Title, p.Site, p.Published, p.Author)
			if f < 0.99 {
				t.Errorf("token F1 %.3f < 0.99\n%s", f, p.Text)
			}
			if !strings.HasPrefix(p.Title, "Phát động phong trào thi đua") {
				t.Errorf("title %q", p.Title)
			}
			if p.Author != "Lê Phương" {
				t.Errorf("author %q", p.Author)
			}
			if !strings.HasPrefix(p.Published, "2020-12-30") {
				t.Errorf("published %q", p.Published)
			}
			if !strings.Contains(p.Site, "Hải Phòng") {
				t.Errorf("site %q", p.Site)
			}
		})
	}
}

// TestDecoding: charsets, their lies, and legacy fonts.
func TestDecoding(t *testing.T) {
	viet := "Chỉ thị về thi đua yêu nước của Ủy ban nhân dân tỉnh Hưng Yên"
	tests := []struct {
		name        string
		page        []byte
		contentType string
		want        string
		legacy      string
	}{
		{"utf-8 BOM", append([]byte("\xef\xbb\xbf<p>"), viet+"</p>"...), "", viet, ""},
		{"utf-16le BOM", utf16le("<p>" + viet + "</p>"), "", viet, ""},
		{"header says latin1, bytes are utf-8", []byte("<p>" + viet + "</p>"), "text/html; charset=iso-8859-1", viet, ""},
		{"VNI font", []byte("<meta charset=windows-1252><p><font face='VNI-Times'>Vie\xe4t Nam</font></p>"), "", "Việt Nam", "VNI"},
		{"TCVN3 font by class", []byte("<style>.vn{font-family:.VnTime}</style><p class=vn>ChØ thÞ</p>"), "", "Chỉ thị", "TCVN3"},
		{"TCVN3 font by class, late in a long style sheet", []byte("<style>body{font-family:Arial,sans-serif}.x{color:red}" + strings.Repeat(".c{margin:0}", 2000) + ".vn { FONT-FAMILY : '.VnTime', serif }</style><p class=vn>ChØ thÞ</p>"), "", "Chỉ thị", "TCVN3"},
		{"a style sheet of Unicode fonts only", []byte("<style>.vn{font-family:\"Times New Roman\",Arial}</style><p class=vn>Chỉ thị</p>"), "", "Chỉ thị", ""},
		{"TCVN3 capitals font", []byte("<p style=\"font-family:'.VnTimeH'\">chØ thÞ</p>"), "", "CHỈ THỊ", "TCVN3"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := Read(tt.page, Options{ContentType: tt.contentType})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(p.Text, tt.want) {
				t.Errorf("text %q, want %q", p.Text, tt.want)
			}
			if p.Legacy != tt.legacy {
				t.Errorf("legacy %q, want %q", p.Legacy, tt.legacy)
			}
		})
	}
}

func utf16le(s string) []byte {
	out := []byte{0xff, 0xfe}
	for _, r := range s {
		if r > 0xffff {
			r = 0xfffd
		}
		out = append(out, byte(r), byte(r>>8))
	}
	return out
}

func FuzzRead(f *testing.F) {
	for _, dir := range []string{corpus, "testdata/platforms"} {
		pages, _ := filepath.Glob(filepath.Join(dir, "*.html"))
		for _, p := range pages {
			if b, err := os.ReadFile(p); err == nil {
				f.Add(b, "")
			}
		}
	}
	f.Add([]byte("<p style='font-family:.VnTimeH'>chØ thÞ</p><a href='view.aspx?file=a%20b.pdf'>x</a>"), "text/html; charset=windows-1258")
	f.Add([]byte(strings.Repeat("<font>", 700)+"Việt"), "")
	f.Fuzz(func(t *testing.T, b []byte, ct string) {
		p, err := Read(b, Options{ContentType: ct, BaseURL: "https://a.gov.vn/x/y.html"})
		if err != nil {
			return
		}
		if p.Text == "" {
			t.Fatal("empty text without error")
		}
		if !utf8.ValidString(p.Text) || !norm.NFC.IsNormalString(p.Text) {
			t.Fatalf("text is not valid NFC UTF-8: %q", p.Text)
		}
	})
}

// A box of related links set inside the article does not end it.
func TestInlineRelated(t *testing.T) {
	long := strings.Repeat("Phong trào thi đua yêu nước được triển khai sâu rộng, thiết thực, hiệu quả trong các cơ quan, đơn vị. ", 6)
	page := `<html><body><nav><a href="/">Trang chủ</a></nav><div class="post-content"><h1>Phát động thi đua năm 2025</h1>
<p>Đoạn một. ` + long + `</p>
<div class="box"><p><b>Tin liên quan</b></p><ul><li><a href="/a">Hội nghị thi đua khen thưởng năm 2023</a></li><li><a href="/b">Tập huấn nghiệp vụ thi đua</a></li></ul></div>
<p>Đoạn hai. ` + long + `</p></div>
<div class="other-news"><h3>Tin khác</h3><ul><li><a href="/c">Kết quả chấm điểm</a></li><li><a href="/d">Lịch tiếp công dân</a></li></ul></div></body></html>`
	p, err := Read([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Đoạn một.", "Đoạn hai."} {
		if !strings.Contains(p.Text, want) {
			t.Errorf("%q missing:\n%s", want, p.Text)
		}
	}
	for _, bad := range []string{"Tin liên quan", "Hội nghị thi đua khen thưởng năm 2023", "Tin khác", "Lịch tiếp công dân", "Trang chủ"} {
		if strings.Contains(p.Text, bad) {
			t.Errorf("%q kept:\n%s", bad, p.Text)
		}
	}
}

// A page deeper than the HTML parser accepts is read flat: its text and
// its paragraphs stay.
func TestDeepPage(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("<html><body>")
	sb.WriteString(strings.Repeat("<div><font>", 600))
	for i := range 300 {
		fmt.Fprintf(&sb, "<p>Đoạn %d: phong trào thi đua yêu nước được triển khai sâu rộng, thiết thực.", i)
	}
	sb.WriteString("</body></html>")
	p, err := Read([]byte(sb.String()), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Warnings) == 0 {
		t.Error("no warning that the page was flattened")
	}
	if n := strings.Count(p.Text, "\n"); n < 299 {
		t.Errorf("%d line breaks, want 299:\n%.500s", n, p.Text)
	}
	if !strings.Contains(p.Text, "Đoạn 299:") {
		t.Error("last paragraph lost")
	}
}

// A UTF-8 page with a stray byte stays UTF-8.
func TestStrayByte(t *testing.T) {
	page := "<meta charset=utf-8><p>" + strings.Repeat("Phong trào thi đua yêu nước được triển khai sâu rộng. ", 10) + "\xff</p>"
	p, err := Read([]byte(page), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if p.Charset != "utf-8" || !strings.Contains(p.Text, "Phong trào thi đua yêu nước") {
		t.Errorf("charset %s, text %.80q", p.Charset, p.Text)
	}
}

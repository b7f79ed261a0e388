package pdflayout

import (
	"bytes"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/parse/pdf"
)

// run is a line of text set at x, baseline y, size pt in font.
type run struct {
	text       string
	x, y, size float64
	font       string
}

// page draws runs with a fixed advance of 0.5 em per character, in the
// order given (the content stream order).
func page(runs ...run) *pdf.Page {
	p := &pdf.Page{Width: 595, Height: 842}
	for _, r := range runs {
		x := r.x
		for _, ch := range r.text {
			w := 0.5 * r.size
			p.Chars = append(p.Chars, pdf.Char{R: ch, Left: x, Right: x + w, Top: r.y - 0.7*r.size, Bottom: r.y, Size: r.size, Font: r.font})
			x += w
		}
	}
	return p
}

// decree30 is a Decree 30 header, body and footer, drawn the way a
// producer that writes in visual order would: line by line across both
// columns.
func decree30() *pdf.Page {
	return page(
		run{"ỦY BAN NHÂN DÂN", 80, 60, 13, "T"}, run{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 60, 12, "T-Bold"},
		run{"TỈNH HƯNG YÊN", 90, 76, 13, "T-Bold"}, run{"Độc lập - Tự do - Hạnh phúc", 320, 76, 13, "T-Bold"},
		run{"Số: 08/CT-UBND", 88, 100, 13, "T"}, run{"Hưng Yên, ngày 25 tháng 11 năm 2024", 300, 100, 14, "T-Italic"},
		run{"CHỈ THỊ", 270, 140, 14, "T-Bold"},
		run{"Trong những năm qua, phong trào thi đua yêu nước trên địa bàn tỉnh", 85, 180, 14, "T"},
		run{"Hưng Yên được triển khai sâu rộng.", 57, 198, 14, "T"},
		run{"1. Các sở, ban, ngành thực hiện nghiêm túc các nội dung sau đây và", 85, 222, 14, "T"},
		run{"báo cáo kết quả.", 57, 240, 14, "T"},
		run{"Nơi nhận:", 57, 280, 12, "T-BoldItalic"}, run{"CHỦ TỊCH", 380, 280, 14, "T-Bold"},
		run{"- Như trên;", 57, 294, 11, "T"},
		run{"- Lưu: VT.", 57, 307, 11, "T"}, run{"(Đã ký)", 390, 320, 14, "T-Italic"},
		run{"Nguyễn Minh Khôi", 370, 360, 14, "T-Bold"},
	)
}

const decree30Text = `ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN
Số: 08/CT-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 25 tháng 11 năm 2024
CHỈ THỊ
Trong những năm qua, phong trào thi đua yêu nước trên địa bàn tỉnh Hưng Yên được triển khai sâu rộng.
1. Các sở, ban, ngành thực hiện nghiêm túc các nội dung sau đây và báo cáo kết quả.
Nơi nhận:
- Như trên;
- Lưu: VT.
CHỦ TỊCH
(Đã ký)
Nguyễn Minh Khôi`

func nonBlank(s string) string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if strings.TrimSpace(l) != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// TestVisualOrder reads a page whose producer wrote both header columns
// line by line: the text comes out block by block.
func TestVisualOrder(t *testing.T) {
	if got := nonBlank(Text([]*pdf.Page{decree30()}, Options{})); got != decree30Text {
		t.Errorf("got\n%s\nwant\n%s", got, decree30Text)
	}
}

// TestOrderIndependent shuffles the words of the page: the text must not
// change, whatever order the producer drew them in.
func TestOrderIndependent(t *testing.T) {
	p := decree30()
	// Cut into words (with the space after each) and shuffle them.
	var words [][]pdf.Char
	var cur []pdf.Char
	for _, c := range p.Chars {
		cur = append(cur, c)
		if c.R == ' ' {
			words = append(words, cur)
			cur = nil
		}
	}
	words = append(words, cur)
	for seed := range int64(5) {
		r := rand.New(rand.NewSource(seed))
		r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
		q := &pdf.Page{Width: p.Width, Height: p.Height}
		for _, w := range words {
			q.Chars = append(q.Chars, w...)
			q.Chars = append(q.Chars, pdf.Char{R: ' '})
		}
		if got := nonBlank(Text([]*pdf.Page{q}, Options{})); got != decree30Text {
			t.Errorf("seed %d: got\n%s", seed, got)
		}
	}
}

// TestPageBreak joins a paragraph that runs over a page break and drops
// page numbers.
func TestPageBreak(t *testing.T) {
	p1 := page(
		run{"Đoạn văn bắt đầu ở trang một và còn tiếp tục đến hết dòng", 57, 700, 14, "T"},
		run{"1", 297, 800, 11, "T"},
	)
	p1.Chars = append(page(run{"Câu mở đầu ngắn.", 85, 682, 14, "T"}).Chars, p1.Chars...)
	p2 := page(
		run{"2", 297, 40, 11, "T"},
		run{"sang trang hai.", 57, 80, 14, "T"},
		run{"a) Điểm mới.", 85, 98, 14, "T"},
	)
	want := "Câu mở đầu ngắn.\nĐoạn văn bắt đầu ở trang một và còn tiếp tục đến hết dòng sang trang hai.\na) Điểm mới."
	if got := nonBlank(Text([]*pdf.Page{p1, p2}, Options{})); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestTable reads a bordered table with three columns row by row.
func TestTable(t *testing.T) {
	p := page(
		run{"STT", 60, 100, 13, "B"}, run{"Nội dung", 120, 100, 13, "B"}, run{"Thời gian", 400, 100, 13, "B"},
		run{"1", 65, 125, 13, "T"}, run{"Xây dựng kế hoạch phát", 120, 125, 13, "T"}, run{"Tháng 6", 400, 125, 13, "T"},
		run{"động phong trào", 120, 140, 13, "T"},
		run{"2", 65, 165, 13, "T"}, run{"Tổng kết", 120, 165, 13, "T"}, run{"Quý IV", 400, 165, 13, "T"},
	)
	want := "STT\nNội dung\nThời gian\n1\nXây dựng kế hoạch phát động phong trào\nTháng 6\n2\nTổng kết\nQuý IV"
	if got := nonBlank(Text([]*pdf.Page{p}, Options{})); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

func TestDecode(t *testing.T) {
	p := page(run{"abc", 57, 100, 14, "X"}, run{"abc", 57, 120, 14, "Y"})
	got := Text([]*pdf.Page{p}, Options{Decode: func(s, font string) string {
		if font == "X" {
			return strings.ToUpper(s)
		}
		return s
	}})
	if nonBlank(got) != "ABC\nabc" {
		t.Errorf("got %q", got)
	}
}

func FuzzText(f *testing.F) {
	f.Add("ỦY BAN|CỘNG HÒA", 80.0, 300.0, 13.0)
	f.Add("1. a|b) c", 0.0, 0.0, 0.0)
	f.Fuzz(func(t *testing.T, s string, x, y, size float64) {
		var runs []run
		for i, part := range strings.Split(s, "|") {
			runs = append(runs, run{part, x + float64(i)*y, 50 + float64(i%3)*size, size, fmt.Sprint(i % 2)})
		}
		Text([]*pdf.Page{page(runs...), nil}, Options{})
	})
}

func Example() {
	p := page(
		run{"ỦY BAN NHÂN DÂN", 80, 60, 13, "T"}, run{"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 290, 60, 12, "T-Bold"},
		run{"TỈNH HƯNG YÊN", 90, 76, 13, "T-Bold"}, run{"Độc lập - Tự do - Hạnh phúc", 320, 76, 13, "T-Bold"},
	)
	fmt.Print(Text([]*pdf.Page{p}, Options{}))
	// Output:
	// ỦY BAN NHÂN DÂN
	// TỈNH HƯNG YÊN
	//
	// CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
	// Độc lập - Tự do - Hạnh phúc
}

// TestMarksAndPunctuation checks words made of glyphs that sit over their
// letter (VNI tone marks: "o" then a zero-width "á" drawn above it) and
// punctuation whose tight box is high or low on the line ("”,").
func TestMarksAndPunctuation(t *testing.T) {
	p := &pdf.Page{Width: 595, Height: 842}
	add := func(r rune, l, r2, top, bottom float64) {
		p.Chars = append(p.Chars, pdf.Char{R: r, Left: l, Right: r2, Top: top, Bottom: bottom, Size: 13, Font: "T"})
	}
	add('S', 100, 106, 91, 100)
	add('o', 107, 113, 94, 100)
	add('á', 108, 112, 87, 92) // mark above the "o", well above its box
	add(':', 114, 116, 94, 100)
	add('”', 117, 122, 90, 94)
	add(',', 122, 124, 98, 102)
	got := Lines(p, Options{})
	if len(got) != 1 || got[0] != "Soá:”," {
		t.Errorf("got %q, want one word %q", got, "Soá:”,")
	}
}

// TestListSiblings keeps the items of a list apart although the first
// fills its line and ends in a comma (Party documents end items so).
func TestListSiblings(t *testing.T) {
	p := page(
		run{"Nơi nhận:", 80, 600, 12, "T-BI"},
		run{"- Ban Thi đua - Khen thưởng,", 80, 614, 11, "T"},
		run{"- Các huyện ủy, thị ủy, thành", 80, 628, 11, "T"},
		run{"ủy,", 80, 642, 11, "T"},
		run{"- Lưu Văn phòng.", 80, 656, 11, "T"},
	)
	got := nonEmpty(Text([]*pdf.Page{p}, Options{}))
	want := []string{"Nơi nhận:", "- Ban Thi đua - Khen thưởng,", "- Các huyện ủy, thị ủy, thành ủy,", "- Lưu Văn phòng."}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func nonEmpty(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l != "" {
			out = append(out, l)
		}
	}
	return out
}

func TestJoinLine(t *testing.T) {
	for _, tt := range []struct{ a, b, want string }{
		{"Nghị định số 98/2023/NĐ-", "CP ngày 31/12/2023", "Nghị định số 98/2023/NĐ-CP ngày 31/12/2023"},
		{"các nền tảng số qua Inter-", "net.", "các nền tảng số qua Internet."},
		{"phát triển kinh tế-", "xã hội", "phát triển kinh tế-xã hội"},
		{"dịch COVID-", "19", "dịch COVID-19"},
		{"giai đoạn (1930 -", "2025)", "giai đoạn (1930 - 2025)"},
		{"thư điện tử (e-", "mail)", "thư điện tử (e-mail)"},
		{"thi đua,", "khen thưởng", "thi đua, khen thưởng"},
	} {
		var b bytes.Buffer
		b.WriteString(tt.a)
		joinLine(&b, tt.b)
		if got := b.String(); got != tt.want {
			t.Errorf("joinLine(%q, %q) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFillBlank reads a header whose number and day were left blank for
// the hand (a draft, or a copy printed before it was numbered): the wide
// blanks after "Số:" and "ngày" are not the gap between two columns.
func TestFillBlank(t *testing.T) {
	for _, tt := range []struct {
		name string
		runs []run
		want []string
	}{
		{"blank number and day", []run{
			{"SỞ TÀI CHÍNH", 90, 60, 13, "T-Bold"}, {"Độc lập - Tự do - Hạnh phúc", 320, 60, 13, "T-Bold"},
			{"Số:", 80, 90, 13, "T"}, {"/BC-STC", 150, 90, 13, "T"},
			{"Hậu Giang, ngày", 300, 90, 13, "T-Italic"}, {"tháng", 440, 90, 13, "T-Italic"}, {"năm 2024", 500, 90, 13, "T-Italic"},
		}, []string{"SỞ TÀI CHÍNH", "Số: /BC-STC", "Độc lập - Tự do - Hạnh phúc", "Hậu Giang, ngày tháng năm 2024"}},
		{"number read by OCR as a stray mark", []run{
			{"TỈNH QUẢNG NGÃI", 90, 60, 13, "T-Bold"}, {"Độc lập - Tự do - Hạnh phúc", 320, 60, 13, "T-Bold"},
			{"Số: đ", 80, 90, 13, "T"}, {"/CT-UBND", 150, 90, 13, "T"},
			{"Quảng Ngãi, ngày 03 tháng 4 năm 2018", 300, 90, 13, "T-Italic"},
		}, []string{"TỈNH QUẢNG NGÃI", "Số: đ /CT-UBND", "Độc lập - Tự do - Hạnh phúc", "Quảng Ngãi, ngày 03 tháng 4 năm 2018"}},
		{"a column gap after a number stays", []run{
			{"Số: 08/CT-UBND", 80, 90, 13, "T"}, {"/ghi chú", 300, 90, 13, "T"},
		}, []string{"Số: 08/CT-UBND", "/ghi chú"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := lines2(Text([]*pdf.Page{page(tt.runs...)}, Options{}))
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func lines2(s string) []string {
	var out []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// TestDigitGap reads "11/2022" as PDFium gives it from a Word PDF set in
// Times New Roman: the tight boxes of the two "1" stand 0.23 em apart,
// more than the gap that splits words of letters; a space between two
// digits leaves twice as much.
func TestDigitGap(t *testing.T) {
	char := func(r rune, l, rt float64) pdf.Char {
		return pdf.Char{R: r, Left: l, Right: rt, Top: 90, Bottom: 100, Size: 14, Font: "Times New Roman"}
	}
	for _, tt := range []struct {
		name  string
		chars []pdf.Char
		want  string
	}{
		{"one number", []pdf.Char{char('1', 223.76, 227.43), char('1', 230.60, 234.26), char('/', 235.94, 239.85), char('2', 239.94, 246.07), char('0', 246.98, 252.99), char('2', 253.61, 259.75), char('2', 260.34, 266.47)}, "11/2022"},
		{"two numbers", []pdf.Char{char('1', 223.76, 227.43), char('1', 234.10, 237.77)}, "1 1"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := &pdf.Page{Width: 595, Height: 842, Chars: tt.chars}
			if got := strings.TrimSpace(Text([]*pdf.Page{p}, Options{})); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

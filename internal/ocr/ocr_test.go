package ocr

import (
	"context"
	"fmt"
	"image"
	"image/color"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/parse/pdf"
)

const tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
	"4\t1\t1\t1\t1\t0\t100\t50\t400\t40\t-1\t\n" +
	"5\t1\t1\t1\t1\t1\t100\t55\t120\t30\t96.5\tCHỈ\n" +
	"5\t1\t1\t1\t1\t2\t240\t55\t100\t30\t95.1\tTHỊ\n" +
	"5\t1\t1\t1\t1\t3\t350\t55\t10\t30\t20\t \n"

func TestParseTSV(t *testing.T) {
	ws := parseTSV([]byte(tsv))
	if len(ws) != 2 || ws[0].Text != "CHỈ" || ws[1].Right != 340 || ws[0].LineTop != 50 || ws[0].LineBottom != 90 || ws[1].Conf != 95.1 {
		t.Errorf("words = %+v", ws)
	}
}

func TestMissing(t *testing.T) {
	_, err := Tesseract{Command: "/nonexistent/tesseract"}.Read(context.Background(), image.NewGray(image.Rect(0, 0, 2, 2)), 300)
	if err == nil || !strings.Contains(err.Error(), "apt-get install tesseract-ocr tesseract-ocr-vie") {
		t.Errorf("err = %v", err)
	}
}

// TestRead runs the real tesseract on the first page of the test
// directive, drawn by PDFium at 200 dpi.
// renderSample renders the first page of a generated directive at dpi.
func renderSample(t *testing.T, dpi int) *image.Gray {
	t.Helper()
	b, err := os.ReadFile("../../parse/testdata/pdf/a_chithi_unicode.pdf")
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	d, err := pdf.Default().Open(ctx, b)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	img, err := d.(pdf.Renderer).Render(ctx, 0, dpi)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func TestRead(t *testing.T) {
	needTesseract(t)
	ctx := context.Background()
	img := renderSample(t, 200)
	img.Set(0, 0, color.Gray{})
	ws, err := Tesseract{}.Read(ctx, img, 200)
	if err != nil {
		t.Fatal(err)
	}
	var text []string
	for _, w := range ws {
		text = append(text, w.Text)
	}
	s := strings.Join(text, " ")
	for _, want := range []string{"ỦY BAN NHÂN DÂN", "CHỈ THỊ", "08/CT-UBND", "Hưng Yên"} {
		if !strings.Contains(s, want) {
			t.Errorf("OCR text lacks %q: %s", want, s)
		}
	}
}

// TestLayout: a Layout other than zero is tesseract's --psm. Read as one
// text line (psm 7), the page's words all share one line box; read with
// the automatic layout, they lie on many lines.
func TestLayout(t *testing.T) {
	needTesseract(t)
	ctx := context.Background()
	page := renderSample(t, 100)
	// The header: two columns of three lines.
	b0 := page.Bounds()
	img := page.SubImage(image.Rect(b0.Min.X, b0.Min.Y, b0.Max.X, b0.Min.Y+b0.Dy()/5)).(*image.Gray)
	tops := func(layout int) int {
		ws, err := Tesseract{Layout: layout}.Read(ctx, img, 100)
		if err != nil {
			t.Fatal(err)
		}
		seen := map[int]bool{}
		for _, w := range ws {
			seen[w.LineTop] = true
		}
		return len(seen)
	}
	if n := tops(0); n < 3 {
		t.Errorf("automatic layout: %d lines, want many", n)
	}
	if n := tops(7); n != 1 {
		t.Errorf("Layout 7 (one text line): %d lines, want 1", n)
	}
}

func Example() {
	for _, w := range parseTSV([]byte(tsv)) {
		fmt.Println(w.Text, w.Left, w.Top, w.Right, w.Bottom)
	}
	// Output:
	// CHỈ 100 55 220 85
	// THỊ 240 55 340 85
}

// needTesseract skips a test when the tesseract command is missing, and
// fails it instead when THIDUA_REQUIRE_TESSERACT is set (as .ci/run does),
// so that CI cannot pass with the OCR tests skipped.
func needTesseract(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("tesseract"); err != nil {
		if os.Getenv("THIDUA_REQUIRE_TESSERACT") != "" {
			t.Fatal("THIDUA_REQUIRE_TESSERACT is set but tesseract is not installed: ", err)
		}
		t.Skip("tesseract not installed (apt-get install tesseract-ocr tesseract-ocr-vie)")
	}
}

func TestWithoutRedInk(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 5, 1))
	for x, c := range []color.RGBA{
		{208, 0, 0, 255},     // seal
		{235, 160, 165, 255}, // its pink rim after JPEG
		{20, 20, 20, 255},    // text
		{16, 48, 160, 255},   // blue signature
		{255, 255, 255, 255}, // paper
	} {
		img.SetRGBA(x, 0, c)
	}
	g, n := WithoutRedInk(img)
	if n != 2 {
		t.Errorf("%d pixels made white, want 2", n)
	}
	if g.Pix[0] != 255 || g.Pix[1] != 255 || g.Pix[2] > 30 || g.Pix[3] > 80 || g.Pix[4] != 255 {
		t.Errorf("grey = %v", g.Pix)
	}
}

package ocr

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"image"
	"image/color"
	"os"
	"os/exec"
	"strconv"
	"strings"
)

// ErrNotInstalled means the tesseract program was not found.
var ErrNotInstalled = errors.New("tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-vie)")

// Tesseract runs the tesseract program. The zero value runs "tesseract"
// from PATH with the Vietnamese model.
type Tesseract struct {
	Command   string // program path; empty: "tesseract" on PATH
	Languages string // models, such as "vie" or "vie+eng"; empty: "vie"
	// Layout is tesseract's page segmentation mode (--psm); zero leaves
	// tesseract's default, the automatic page layout. SingleBlock reads
	// the image as one block of lines, which keeps lines the automatic
	// layout drops as pictures (a position half under a seal).
	Layout int
}

// SingleBlock is the Layout that reads an image as one uniform block of
// text (tesseract --psm 6).
const SingleBlock = 6

func (t Tesseract) command() string {
	if t.Command == "" {
		return "tesseract"
	}
	return t.Command
}

func (t Tesseract) langs() string {
	if t.Languages == "" {
		return "vie"
	}
	return t.Languages
}

// Check reports whether the program can be run.
func (t Tesseract) Check() error {
	if _, err := exec.LookPath(t.command()); err != nil {
		return fmt.Errorf("%w: %v", ErrNotInstalled, err)
	}
	return nil
}

// Word is one word read from an image, with its box in pixels and the box
// of its text line.
type Word struct {
	Text                     string
	Left, Top, Right, Bottom int
	LineTop, LineBottom      int
	Conf                     float64 // 0 to 100
}

// Read reads the words of a grey image scanned at dpi dots per inch.
func (t Tesseract) Read(ctx context.Context, img *image.Gray, dpi int) ([]Word, error) {
	if err := t.Check(); err != nil {
		return nil, err
	}
	var in bytes.Buffer
	b := img.Bounds()
	fmt.Fprintf(&in, "P5\n%d %d\n255\n", b.Dx(), b.Dy())
	for y := b.Min.Y; y < b.Max.Y; y++ {
		off := img.PixOffset(b.Min.X, y)
		in.Write(img.Pix[off : off+b.Dx()])
	}
	args := []string{"stdin", "stdout", "-l", t.langs(), "--dpi", strconv.Itoa(dpi)}
	if t.Layout > 0 {
		args = append(args, "--psm", strconv.Itoa(t.Layout))
	}
	cmd := exec.CommandContext(ctx, t.command(), append(args, "tsv")...)
	cmd.Env = append(os.Environ(), "OMP_THREAD_LIMIT=1")
	cmd.Stdin = &in
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		msg := strings.TrimSpace(errb.String())
		if len(msg) > 300 {
			msg = msg[:300]
		}
		return nil, fmt.Errorf("tesseract: %w: %s", err, msg)
	}
	return parseTSV(out.Bytes()), nil
}

// parseTSV reads tesseract's TSV: level, page, block, paragraph, line,
// word, left, top, width, height, conf, text.
func parseTSV(b []byte) []Word {
	type key struct{ block, par, line int }
	lines := map[key][2]int{}
	var words []Word
	var keys []key
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) < 12 {
			continue
		}
		n := make([]int, 10)
		bad := false
		for i := range 10 {
			v, err := strconv.Atoi(f[i])
			if err != nil {
				bad = true
				break
			}
			n[i] = v
		}
		if bad {
			continue
		}
		k := key{n[2], n[3], n[4]}
		switch n[0] {
		case 4:
			lines[k] = [2]int{n[7], n[7] + n[9]}
		case 5:
			text := strings.TrimSpace(f[11])
			if text == "" {
				continue
			}
			conf, _ := strconv.ParseFloat(f[10], 64)
			words = append(words, Word{Text: text, Left: n[6], Top: n[7], Right: n[6] + n[8], Bottom: n[7] + n[9], Conf: conf})
			keys = append(keys, k)
		}
	}
	for i := range words {
		if l, ok := lines[keys[i]]; ok {
			words[i].LineTop, words[i].LineBottom = l[0], l[1]
		} else {
			words[i].LineTop, words[i].LineBottom = words[i].Top, words[i].Bottom
		}
	}
	return words
}

// WithoutRedInk turns a colour page into grey for OCR, with the ink of a
// red seal stamped over the text made white: pixels whose red is above 120
// and above both green and blue by more than 40, which takes in the pink
// rim that JPEG leaves around the strokes. Black and grey text (neutral),
// blue signatures and the white page keep their shade. It returns the grey
// image and the number of pixels made white.
func WithoutRedInk(img *image.RGBA) (*image.Gray, int) {
	b := img.Bounds()
	out := image.NewGray(b)
	n := 0
	for y := b.Min.Y; y < b.Max.Y; y++ {
		row := img.Pix[img.PixOffset(b.Min.X, y):]
		dst := out.Pix[out.PixOffset(b.Min.X, y):]
		for x := range b.Dx() {
			r, g, bl, a := row[4*x], row[4*x+1], row[4*x+2], row[4*x+3]
			if a == 0 {
				dst[x] = 255
				continue
			}
			if r > 120 && int(r)-int(max(g, bl)) > 40 {
				dst[x] = 255
				n++
				continue
			}
			dst[x] = color.GrayModel.Convert(color.RGBA{r, g, bl, 255}).(color.Gray).Y
		}
	}
	return out, n
}

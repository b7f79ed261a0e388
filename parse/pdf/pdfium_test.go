package pdf

import (
	"context"
	"errors"
	"github.com/vnthidua/thidua/internal/cputime"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
)

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("../testdata/pdf/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func pageText(p *Page) string {
	var b strings.Builder
	for _, c := range p.Chars {
		b.WriteRune(c.R)
	}
	return b.String()
}

func TestPDFiumPage(t *testing.T) {
	ctx := context.Background()
	d, err := Default().Open(ctx, readFile(t, "a_chithi_unicode.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	if d.NumPages() != 2 {
		t.Fatalf("%d pages", d.NumPages())
	}
	p, err := d.Page(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if p.Width < 595 || p.Width > 596 || p.Height < 841 || p.Height > 842 {
		t.Errorf("page size %vx%v, want A4", p.Width, p.Height)
	}
	if s := pageText(p); !strings.HasPrefix(s, "ỦY BAN NHÂN DÂN") {
		t.Errorf("text starts %q", s[:min(len(s), 40)])
	}
	c := p.Chars[0]
	if c.Font != "LiberationSerif" || c.Size != 13 || c.Top >= c.Bottom || c.Top < 50 || c.Top > 70 || c.Left < 100 {
		t.Errorf("first char = %+v", c)
	}
	if _, err := d.Page(ctx, 2); err == nil {
		t.Error("page 3 of 2 read")
	}
	img, err := d.(Renderer).Render(ctx, 0, 50)
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() < 410 || b.Dx() > 415 {
		t.Errorf("rendered %v at 50 dpi", b)
	}
	info, err := d.Info(ctx)
	if err != nil || info.Producer == "" {
		t.Errorf("info = %+v, %v", info, err)
	}
}

// TestPDFiumImages counts the images of a scanned page, which has no
// text, and does not count them on a page of text.
func TestPDFiumImages(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		file   string
		images int
	}{{"d_chithi_scanned.pdf", 1}, {"a_chithi_unicode.pdf", -1}} {
		d, err := Default().Open(ctx, readFile(t, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		p, err := d.Page(ctx, 0)
		d.Close()
		if err != nil {
			t.Fatal(err)
		}
		if p.Images != tt.images {
			t.Errorf("%s: %d images, want %d", tt.file, p.Images, tt.images)
		}
	}
}

func TestPDFiumErrors(t *testing.T) {
	ctx := context.Background()
	if _, err := Default().Open(ctx, []byte("%PDF-1.7\n")); !errors.Is(err, ErrDamaged) || strings.Contains(err.Error(), "3: ") {
		t.Errorf("header only: %v", err)
	}
	// PDFium's code is said in words and kept in the chain.
	if _, err := Default().Open(ctx, readFile(t, "encrypted.pdf")); !errors.Is(err, ErrEncrypted) || !errors.Is(err, pdfiumerrors.ErrPassword) ||
		err.Error() != "PDF is encrypted (password required): no password was given, or a wrong one" {
		t.Errorf("encrypted: %v", err)
	}
	done, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := Default().Open(done, readFile(t, "a_chithi_unicode.pdf")); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	// A passed deadline is reported as such, and the backend keeps
	// working for later calls.
	short, cancel2 := context.WithTimeout(ctx, time.Microsecond)
	defer cancel2()
	time.Sleep(time.Millisecond)
	if _, err := Default().Open(short, readFile(t, "a_chithi_unicode.pdf")); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("deadline: %v", err)
	}
	d, err := Default().Open(ctx, readFile(t, "a_chithi_unicode.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	d.Close()
}

// BenchmarkPDFiumWarm measures the text layer of a page (characters,
// boxes, fonts) once the runtime is started: reported as ms/page (wall)
// and cpu-ms/page (CPU of the process).
func BenchmarkPDFiumWarm(b *testing.B) {
	benchWarm(b, Default())
}

// BenchmarkPDFiumWarmInterruptible is the same on a backend compiled to
// stop a running C call when the context ends.
func BenchmarkPDFiumWarmInterruptible(b *testing.B) {
	be := NewPDFium(PDFiumConfig{Interruptible: true})
	defer be.Close()
	benchWarm(b, be)
}

func benchWarm(b *testing.B, be *PDFium) {
	data := readFile(b, "a_chithi_unicode.pdf")
	ctx := context.Background()
	if err := be.Start(); err != nil {
		b.Fatal(err)
	}
	pages := 0
	cpu := cputime.Process()
	for b.Loop() {
		d, err := be.Open(ctx, data)
		if err != nil {
			b.Fatal(err)
		}
		for i := range d.NumPages() {
			if _, err := d.Page(ctx, i); err != nil {
				b.Fatal(err)
			}
			pages++
		}
		d.Close()
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/1000/float64(pages), "ms/page")
	if cpu := cputime.Process() - cpu; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(pages), "cpu-ms/page")
	}
}

// BenchmarkPDFiumCold measures a process's first document: start of the
// WebAssembly runtime (with the compilation cache filled by an earlier
// run), then a 2-page file.
func BenchmarkPDFiumCold(b *testing.B) {
	benchCold(b, "")
}

// BenchmarkPDFiumColdNoCache is the same without the compilation cache:
// the 5.75 MB module is compiled each time. Run it with -benchtime=1x.
func BenchmarkPDFiumColdNoCache(b *testing.B) {
	benchCold(b, "-")
}

func benchCold(b *testing.B, cache string) {
	data := readFile(b, "a_chithi_unicode.pdf")
	ctx := context.Background()
	if cache == "" {
		warm := NewPDFium(PDFiumConfig{})
		if err := warm.Start(); err != nil {
			b.Fatal(err)
		}
		warm.Close()
	}
	cpu := cputime.Process()
	defer func() {
		if cpu := cputime.Process() - cpu; cpu > 0 {
			b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}()
	for b.Loop() {
		be := NewPDFium(PDFiumConfig{CacheDir: cache, Instances: 1})
		d, err := be.Open(ctx, data)
		if err != nil {
			b.Fatal(err)
		}
		for i := range d.NumPages() {
			if _, err := d.Page(ctx, i); err != nil {
				b.Fatal(err)
			}
		}
		d.Close()
		be.Close()
	}
}

// TestPDFiumConcurrent reads one file from several goroutines at once
// through the pool: every reader must get the same text.
func TestPDFiumConcurrent(t *testing.T) {
	data := readFile(t, "a_chithi_unicode.pdf")
	ctx := context.Background()
	const n = 6
	out := make([]string, n)
	errs := make([]error, n)
	done := make(chan int)
	for g := range n {
		go func() {
			defer func() { done <- g }()
			d, err := Default().Open(ctx, data)
			if err != nil {
				errs[g] = err
				return
			}
			defer d.Close()
			for i := range d.NumPages() {
				p, err := d.Page(ctx, i)
				if err != nil {
					errs[g] = err
					return
				}
				out[g] += pageText(p)
			}
		}()
	}
	for range n {
		<-done
	}
	for g := range n {
		if errs[g] != nil {
			t.Fatalf("reader %d: %v", g, errs[g])
		}
		if out[g] != out[0] || !strings.Contains(out[g], "Nguyễn Minh Khôi") {
			t.Errorf("reader %d read different text", g)
		}
	}
}

// TestPDFiumReadAhead reads a 3-page file on a backend whose spare
// instances read pages ahead: every page, asked in order or not, must be
// the one a single instance reads; closing the document half read must
// give every instance back to the pool.
func TestPDFiumReadAhead(t *testing.T) {
	data := readFile(t, "i_kehoach_docx.pdf")
	ctx := context.Background()
	one := NewPDFium(PDFiumConfig{Instances: 1})
	defer one.Close()
	d, err := one.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for i := range d.NumPages() {
		p, err := d.Page(ctx, i)
		if err != nil {
			t.Fatal(err)
		}
		want = append(want, pageText(p))
	}
	d.Close()
	if len(want) < minReadAhead {
		t.Fatalf("%d pages, too few to read ahead", len(want))
	}

	three := NewPDFium(PDFiumConfig{Instances: 3})
	defer three.Close()
	for _, order := range [][]int{{0, 1, 2}, {2, 0, 1}, {1, 1, 2, 0}} {
		d, err := three.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		if d.(*pdfiumDoc).ahead != nil {
			t.Error("pages read ahead before any was asked for")
		}
		for _, i := range order {
			p, err := d.Page(ctx, i)
			if err != nil {
				t.Fatalf("order %v, page %d: %v", order, i+1, err)
			}
			if p.Index != i || pageText(p) != want[i] {
				t.Errorf("order %v: page %d differs from a single instance's", order, i+1)
			}
		}
		if d.(*pdfiumDoc).ahead == nil {
			t.Errorf("order %v: no page read ahead", order)
		}
		d.Close()
	}

	// Closed after one page: all three instances are free again.
	d, err = three.Open(ctx, data)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := d.Page(ctx, 0); err != nil {
		t.Fatal(err)
	}
	d.Close()
	held, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	var docs []Document
	for range 3 {
		d, err := three.Open(held, data)
		if err != nil {
			t.Fatalf("instance not given back: %v", err)
		}
		docs = append(docs, d)
	}
	for _, d := range docs {
		d.Close()
	}
}

// countdown is a context that is cancelled once its Err or Done has been
// called n times: a way to end a context in the middle of a page.
type countdown struct {
	context.Context
	cancel context.CancelFunc
	n      atomic.Int64
}

func newCountdown(n int64) *countdown {
	ctx, cancel := context.WithCancel(context.Background())
	c := &countdown{Context: ctx, cancel: cancel}
	c.n.Store(n)
	return c
}

func (c *countdown) tick() {
	if c.n.Add(-1) <= 0 {
		c.cancel()
	}
}
func (c *countdown) Err() error            { c.tick(); return c.Context.Err() }
func (c *countdown) Done() <-chan struct{} { c.tick(); return c.Context.Done() }

// TestPDFiumCancelInPage ends the context in the middle of a page, on the
// default backend (checked between C calls: the document stays usable)
// and on an interruptible one (wazero stops the instance: the document is
// no longer usable, the backend still is).
func TestPDFiumCancelInPage(t *testing.T) {
	data := readFile(t, "a_chithi_unicode.pdf")
	ctx := context.Background()
	for _, interruptible := range []bool{false, true} {
		be := NewPDFium(PDFiumConfig{Instances: 1, Interruptible: interruptible})
		d, err := be.Open(ctx, data)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := d.Page(newCountdown(5), 0); !errors.Is(err, context.Canceled) {
			t.Errorf("interruptible %v: %v, want cancelled", interruptible, err)
		}
		_, err = d.Page(ctx, 1)
		if interruptible == (err == nil) {
			t.Errorf("interruptible %v: the next page: %v", interruptible, err)
		}
		d.Close()
		d, err = be.Open(ctx, data)
		if err != nil {
			t.Fatalf("interruptible %v: %v", interruptible, err)
		}
		p, err := d.Page(ctx, 0)
		if err != nil || !strings.HasPrefix(pageText(p), "ỦY BAN NHÂN DÂN") {
			t.Errorf("interruptible %v: after the cancel: %v", interruptible, err)
		}
		d.Close()
		be.Close()
	}
}

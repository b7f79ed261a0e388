package pdf

import (
	"context"
	"errors"
	"fmt"
	"image"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// PDFiumConfig sets up a PDFium backend. The zero value is ready to use.
type PDFiumConfig struct {
	// CacheDir holds the compiled WebAssembly module between processes.
	// Empty means os.UserCacheDir()/thidua/pdfium; "-" disables the cache
	// (every process then compiles the module: 6 to 8 seconds of CPU).
	CacheDir string
	// Instances is the number of PDFium instances run at once. Each
	// reads one document at a time; a document of three pages or more
	// also has its pages read ahead on the instances that are free, so
	// that it uses several cores. Zero means min(GOMAXPROCS, 4).
	Instances int
	// MemoryLimit bounds the memory of one instance, in bytes. Zero means
	// DefaultMemoryLimit.
	MemoryLimit int64
	// Interruptible compiles PDFium so that the end of a context stops a
	// C call that is running (wazero's WithCloseOnContextDone): every loop
	// in PDFium then returns to Go to check, and every call starts a
	// goroutine, which makes reading a page about three times slower.
	// Without it the context is checked between C calls (every 256
	// characters of a page, and between pages), which is enough for every
	// damaged file of the tests; a single C call that never ended (a bug
	// of PDFium's) could then not be stopped, and would hold its thread
	// and, since WebAssembly code cannot be preempted, the process's
	// garbage collector. It uses a compilation of its own in the cache.
	Interruptible bool
}

// DefaultMemoryLimit is the memory one PDFium instance may use.
const DefaultMemoryLimit = 512 << 20

// PDFium is the backend on PDFium compiled to WebAssembly. It starts on
// first use.
type PDFium struct {
	cfg       PDFiumConfig
	instances int // the size of the pool
	once      sync.Once
	pool      pdfium.Pool
	err       error
}

var defaultPDFium = NewPDFium(PDFiumConfig{})

// Default returns the PDFium backend shared by the whole process.
func Default() *PDFium { return defaultPDFium }

// NewPDFium returns a PDFium backend with its own instances. Most programs
// use Default instead.
func NewPDFium(cfg PDFiumConfig) *PDFium { return &PDFium{cfg: cfg} }

// Name returns "pdfium".
func (b *PDFium) Name() string { return "pdfium" }

// Start starts the WebAssembly runtime now rather than on first use and
// reports whether it could. Calling it again does nothing.
func (b *PDFium) Start() error {
	b.once.Do(b.start)
	return b.err
}

func (b *PDFium) start() {
	n := b.cfg.Instances
	if n <= 0 {
		n = min(runtime.GOMAXPROCS(0), 4)
	}
	b.instances = n
	limit := b.cfg.MemoryLimit
	if limit <= 0 {
		limit = DefaultMemoryLimit
	}
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(b.cfg.Interruptible).
		WithMemoryLimitPages(uint32(limit >> 16))
	if dir := cacheDir(b.cfg.CacheDir); dir != "" {
		if cache, err := wazero.NewCompilationCacheWithDir(dir); err == nil {
			rc = rc.WithCompilationCache(cache)
		}
	}
	b.pool, b.err = webassembly.Init(webassembly.Config{
		MinIdle:       1,
		MaxIdle:       n,
		MaxTotal:      n,
		FSConfig:      wazero.NewFSConfig(), // no file system: documents are passed as bytes
		RuntimeConfig: rc,
		Stdout:        io.Discard,
		Stderr:        io.Discard,
		ReuseWorkers:  true,
	})
	if b.err != nil {
		b.err = fmt.Errorf("pdfium: start: %w", b.err)
	}
}

// CacheDir returns the directory that holds the compiled module between
// processes, "" when there is none: PDFiumConfig.CacheDir, or by default
// os.UserCacheDir()/thidua/pdfium ($XDG_CACHE_HOME or ~/.cache on Linux,
// ~/Library/Caches on macOS, %LocalAppData% on Windows). wazero keeps one
// file per version of wazero, system and CPU, about 22 MB for PDFium on
// amd64.
func (b *PDFium) CacheDir() string { return cacheDir(b.cfg.CacheDir) }

func cacheDir(dir string) string {
	switch dir {
	case "-":
		return ""
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return ""
		}
		return filepath.Join(base, "thidua", "pdfium")
	}
	return dir
}

// Open reads a PDF from data. The file is copied into the instance.
func (b *PDFium) Open(ctx context.Context, data []byte) (Document, error) {
	if err := b.Start(); err != nil {
		return nil, err
	}
	r, err := b.openReader(ctx, data)
	if err != nil {
		return nil, err
	}
	return &pdfiumDoc{reader: r, b: b, data: data}, nil
}

// openReader opens data in an instance of the pool, waiting for one to be
// free.
func (b *PDFium) openReader(ctx context.Context, data []byte) (*reader, error) {
	inst, err := b.pool.GetInstanceWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("pdfium: %w", err)
	}
	c, err := newCAPI(inst)
	if err != nil {
		inst.Close()
		return nil, err
	}
	d := &reader{inst: inst, c: c, interruptible: b.cfg.Interruptible, ctx: context.Background()}
	err = d.do(ctx, func() error {
		doc, buf, err := c.loadDocument(data)
		if err != nil {
			return err
		}
		d.doc, d.buf = doc, buf
		n, err := c.call("FPDF_GetPageCount", uint64(doc))
		if err != nil {
			return err
		}
		d.pages = max(int(i32(n)), 0)
		return nil
	})
	if err != nil {
		d.Close()
		return nil, openErr(err)
	}
	return d, nil
}

// pdfiumDoc is a document open in one instance, and, once its pages are
// read, in up to Instances-1 more that read pages ahead (readAhead).
type pdfiumDoc struct {
	*reader
	b     *PDFium
	data  []byte
	ahead *readAhead
}

// minReadAhead is the number of pages from which other instances read
// pages ahead: opening the file in another instance, and maybe starting
// that instance, costs more than it saves on shorter documents.
const minReadAhead = 3

func (d *pdfiumDoc) Page(ctx context.Context, i int) (*Page, error) {
	if i < 0 || i >= d.pages {
		return nil, fmt.Errorf("pdfium: page %d out of range (%d pages)", i+1, d.pages)
	}
	if d.ahead == nil && d.pages >= minReadAhead && d.b.instances > 1 {
		d.ahead = startReadAhead(ctx, d.b, d.data, d.pages, d.b.instances-1)
	}
	if d.ahead == nil {
		return d.reader.page(ctx, i)
	}
	return d.ahead.page(ctx, d.reader, i)
}

// Close stops the instances that read ahead and closes the document.
func (d *pdfiumDoc) Close() error {
	if d.ahead != nil {
		d.ahead.stop()
		d.ahead = nil
	}
	return d.reader.Close()
}

// pdfiumError is an error of PDFium said in words: go-pdfium's errors
// carry PDFium's numeric codes ("4: invalid password"), which mean
// nothing to the reader of a message. Unwrap gives go-pdfium's error.
type pdfiumError struct {
	words string
	err   error
}

func (e *pdfiumError) Error() string { return e.words }
func (e *pdfiumError) Unwrap() error { return e.err }

// pdfiumCodes are go-pdfium's errors for PDFium's codes (FPDF_ERR_*), in
// words.
var pdfiumCodes = []struct {
	err   error
	words string
}{
	{pdfiumerrors.ErrUnknown, "PDFium failed without saying why"},
	{pdfiumerrors.ErrFile, "PDFium could not open or read the file"},
	{pdfiumerrors.ErrFormat, "PDFium found no valid header, cross-reference table or objects"},
	{pdfiumerrors.ErrPassword, "no password was given, or a wrong one"},
	{pdfiumerrors.ErrSecurity, "it is encrypted with a method PDFium does not support"},
	{pdfiumerrors.ErrPage, "its page object is missing or damaged"},
}

// inWords returns err with PDFium's numeric code said in words.
func inWords(err error) error {
	for _, c := range pdfiumCodes {
		if errors.Is(err, c.err) {
			return &pdfiumError{words: c.words, err: err}
		}
	}
	return err
}

func openErr(err error) error {
	switch {
	case errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return err
	case errors.Is(err, pdfiumerrors.ErrPassword), errors.Is(err, pdfiumerrors.ErrSecurity):
		return fmt.Errorf("%w: %w", ErrEncrypted, err)
	}
	return fmt.Errorf("%w: %w", ErrDamaged, err)
}

// reader is a document open in one PDFium instance.
type reader struct {
	inst          pdfium.Pdfium
	c             *capi
	interruptible bool
	ctx           context.Context // of the call under way, checked between C calls
	doc, buf      uint32          // FPDF_DOCUMENT and the copy of the file in the instance
	pages         int
	dead          bool // the instance was stopped (deadline) or failed
}

// do runs f on the instance and says what went wrong in words. When the
// module is interruptible, the C calls carry ctx and wazero stops a
// running call when ctx ends, which leaves the instance unusable;
// otherwise f checks ctx between calls (d.check).
func (d *reader) do(ctx context.Context, f func() error) (err error) {
	if d.dead {
		return errors.New("pdfium: document no longer usable after an earlier failure")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	d.ctx = ctx
	if d.interruptible {
		d.c.ctx = ctx
	}
	defer func() {
		d.ctx, d.c.ctx = context.Background(), context.Background()
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfium: internal error: %v", r)
			d.dead = true
		}
		if err != nil && ctx.Err() != nil {
			if d.interruptible {
				d.dead = true // wazero closed the module
			}
			err = ctx.Err()
		}
	}()
	return inWords(f())
}

// check returns the error of the context of the call under way.
func (d *reader) check() error { return d.ctx.Err() }

func (d *reader) NumPages() int { return d.pages }

// page reads the text layer of page i.
func (d *reader) page(ctx context.Context, i int) (*Page, error) {
	var p *Page
	err := d.do(ctx, func() (err error) {
		p, err = d.readPage(i)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", i+1, err)
	}
	return p, nil
}

// withPage loads page i, runs f on it and closes it.
func (d *reader) withPage(i int, f func(page uint64) error) error {
	page, err := d.c.call("FPDF_LoadPage", uint64(d.doc), uint64(i))
	if err != nil {
		return err
	}
	if uint32(page) == 0 {
		return pdfiumerrors.ErrPage
	}
	defer d.c.call("FPDF_ClosePage", page)
	return f(page)
}

// pageScratch is the layout of the block a page's output pointers point
// into.
const (
	scratchBox    = 0  // 4 doubles: left, right, bottom, top
	scratchMatrix = 32 // FS_MATRIX: 6 floats
	scratchFlags  = 56 // int
	scratchFont   = 64 // font name
	fontNameMax   = 256
	scratchSize   = scratchFont + fontNameMax
)

// readPage reads the text layer of page i: per character its Unicode,
// box and angle (three C calls); per word the text object of its first
// character, and for each new text object its font name, size and
// matrix. A font changes only between words in practice, so a word takes
// the font of its first character.
func (d *reader) readPage(i int) (*Page, error) {
	c := d.c
	p := &Page{Index: i}
	err := d.withPage(i, func(page uint64) error {
		w, err := c.call("FPDF_GetPageWidth", page)
		if err != nil {
			return err
		}
		h, err := c.call("FPDF_GetPageHeight", page)
		if err != nil {
			return err
		}
		p.Width, p.Height = f64(w), f64(h)
		tp, err := c.call("FPDFText_LoadPage", page)
		if err != nil {
			return err
		}
		if uint32(tp) == 0 {
			return errors.New("pdfium: could not load the text of the page")
		}
		defer c.call("FPDFText_ClosePage", tp)
		n, err := c.call("FPDFText_CountChars", tp)
		if err != nil {
			return err
		}
		if i32(n) < 0 {
			return errors.New("pdfium: could not count the characters of the page")
		}
		s, err := c.malloc(scratchSize)
		if err != nil {
			return err
		}
		defer c.free(s)
		if err := d.chars(tp, int(i32(n)), s, p); err != nil {
			return err
		}
		lineEndHyphens(p.Chars)
		p.Images = -1
		if letters(p.Chars) < fewLetters {
			p.Images = d.images(page)
			return nil
		}
		return d.addWidgetChars(page, i, s, p) // flatten.go
	})
	return p, err
}

// chars reads the n characters of text page tp into p, with s a scratch
// block of scratchSize bytes.
func (d *reader) chars(tp uint64, n int, s uint32, p *Page) error {
	c := d.c
	box := uint64(s + scratchBox)
	p.Chars = make([]Char, n)
	var (
		font string
		size float64
		obj  uint64 // text object whose font and size these are
	)
	for k := range n {
		if k%256 == 0 {
			if err := d.check(); err != nil {
				return err
			}
		}
		ch := &p.Chars[k]
		u, err := c.call("FPDFText_GetUnicode", tp, uint64(k))
		if err != nil {
			return err
		}
		ch.R = '\uFFFD' // PDFium found no Unicode for the glyph
		if r := rune(uint32(u)); r != 0 && utf8.ValidRune(r) {
			ch.R = r
		}
		if _, err := c.call("FPDFText_GetCharBox", tp, uint64(k), box, box+8, box+16, box+24); err != nil {
			return err
		}
		ch.Left, ch.Right = c.f64At(s+scratchBox), c.f64At(s+scratchBox+8)
		ch.Bottom, ch.Top = p.Height-c.f64At(s+scratchBox+16), p.Height-c.f64At(s+scratchBox+24)
		a, err := c.call("FPDFText_GetCharAngle", tp, uint64(k))
		if err != nil {
			return err
		}
		ch.Angle = float64(api.DecodeF32(a))
		if !isSpace(ch.R) && (k == 0 || isSpace(p.Chars[k-1].R) || font == "") {
			o, err := c.call("FPDFText_GetTextObject", tp, uint64(k))
			if err != nil {
				return err
			}
			if uint32(o) == 0 || uint32(o) != uint32(obj) {
				if font, size, err = d.font(tp, k, s, font); err != nil {
					return err
				}
				obj = o
			}
		}
		ch.Font, ch.Size = font, size
	}
	return nil
}

// font returns the font name and size of character k; the name is font
// when PDFium cannot tell.
func (d *reader) font(tp uint64, k int, s uint32, font string) (string, float64, error) {
	c := d.c
	l, err := c.call("FPDFText_GetFontInfo", tp, uint64(k), uint64(s+scratchFont), fontNameMax, uint64(s+scratchFlags))
	if err != nil {
		return "", 0, err
	}
	if n := int(uint32(l)); n > 0 && n <= fontNameMax {
		b, err := c.bytesAt(s+scratchFont, n-1)
		if err != nil {
			return "", 0, err
		}
		font = stripSubset(string(b))
	} else if n > fontNameMax {
		// A name longer than the scratch block: ask again into a
		// block of its size.
		buf, err := c.malloc(n)
		if err != nil {
			return "", 0, err
		}
		defer c.free(buf)
		if _, err := c.call("FPDFText_GetFontInfo", tp, uint64(k), uint64(buf), uint64(n), uint64(s+scratchFlags)); err != nil {
			return "", 0, err
		}
		b, err := c.bytesAt(buf, n-1)
		if err != nil {
			return "", 0, err
		}
		font = stripSubset(string(b))
	}
	fs, err := c.call("FPDFText_GetFontSize", tp, uint64(k))
	if err != nil {
		return "", 0, err
	}
	size := f64(fs)
	// Producers such as cairo set a font size of 1 and scale the text
	// matrix: the size as drawn counts.
	ok, err := c.call("FPDFText_GetMatrix", tp, uint64(k), uint64(s+scratchMatrix))
	if err != nil {
		return "", 0, err
	}
	if i32(ok) != 0 {
		m := s + scratchMatrix
		if sc := math.Hypot(c.f32At(m+8), c.f32At(m+12)); sc > 0 {
			size *= sc
		}
	}
	return font, size, nil
}

// fewLetters is the number of letters under which a page's images are
// counted, to tell a scan from an empty page.
const fewLetters = 50

func letters(cs []Char) int {
	n := 0
	for _, c := range cs {
		if unicode.IsLetter(c.R) {
			n++
		}
	}
	return n
}

// images counts the image and form objects of a page (at most 10000
// objects are looked at), -1 when PDFium cannot say.
func (d *reader) images(page uint64) int {
	c := d.c
	n, err := c.call("FPDFPage_CountObjects", page)
	if err != nil || i32(n) < 0 {
		return -1
	}
	count := 0
	for k := range min(int(i32(n)), 10000) {
		o, err := c.call("FPDFPage_GetObject", page, uint64(k))
		if err != nil {
			return -1
		}
		if uint32(o) == 0 {
			continue
		}
		t, err := c.call("FPDFPageObj_GetType", o)
		if err != nil {
			return -1
		}
		if t := enums.FPDF_PAGEOBJ(i32(t)); t == enums.FPDF_PAGEOBJ_IMAGE || t == enums.FPDF_PAGEOBJ_FORM {
			count++
		}
	}
	return count
}

func isSpace(r rune) bool { return r == ' ' || r == '\r' || r == '\n' || r == '\t' || r == 0xa0 }

// infoTags are the entries of the document information dictionary read
// by Info, in the order of Info's fields.
var infoTags = []string{"Title", "Author", "Subject", "Keywords", "Creator", "Producer", "CreationDate", "ModDate"}

func (d *reader) Info(ctx context.Context) (Info, error) {
	var v [8]string
	err := d.do(ctx, func() error {
		c := d.c
		tag, err := c.malloc(16)
		if err != nil {
			return err
		}
		defer c.free(tag)
		for k, t := range infoTags {
			c.mem.Write(tag, append([]byte(t), 0))
			n, err := c.call("FPDF_GetMetaText", uint64(d.doc), uint64(tag), 0, 0)
			if err != nil {
				return err
			}
			if uint32(n) <= 2 {
				continue // absent or empty
			}
			buf, err := c.malloc(int(uint32(n)))
			if err != nil {
				return err
			}
			if _, err := c.call("FPDF_GetMetaText", uint64(d.doc), uint64(tag), uint64(buf), n); err != nil {
				c.free(buf)
				return err
			}
			s, err := c.utf16At(buf, int(uint32(n)))
			c.free(buf)
			if err != nil {
				return err
			}
			v[k] = strings.TrimSpace(s)
		}
		return nil
	})
	return Info{Title: v[0], Author: v[1], Subject: v[2], Keywords: v[3], Creator: v[4], Producer: v[5], Created: v[6], Modified: v[7]}, err
}

// Render draws page i in grey.
func (d *reader) Render(ctx context.Context, i int, dpi int) (*image.Gray, error) {
	var out *image.Gray
	err := d.render(ctx, i, dpi, true, func(pix []byte, stride int, r image.Rectangle) {
		out = &image.Gray{Pix: pix, Stride: stride, Rect: r}
	})
	return out, err
}

// RenderColor draws page i in colour.
func (d *reader) RenderColor(ctx context.Context, i int, dpi int) (*image.RGBA, error) {
	var out *image.RGBA
	err := d.render(ctx, i, dpi, false, func(pix []byte, stride int, r image.Rectangle) {
		out = &image.RGBA{Pix: pix, Stride: stride, Rect: r}
	})
	return out, err
}

// render draws page i at dpi, in grey or in RGBA, as go-pdfium's
// RenderPageInDPI does: a bitmap of the page's size in points times
// dpi/72 rounded up, filled white (black for a transparent page in
// colour), and the page drawn over it; set gets a copy of the pixels.
func (d *reader) render(ctx context.Context, i, dpi int, gray bool, set func(pix []byte, stride int, r image.Rectangle)) error {
	if i < 0 || i >= d.pages {
		return fmt.Errorf("pdfium: page %d out of range (%d pages)", i+1, d.pages)
	}
	if dpi <= 0 {
		return fmt.Errorf("pdfium: page %d: no resolution given", i+1)
	}
	err := d.do(ctx, func() error {
		c := d.c
		return d.withPage(i, func(page uint64) error {
			pw, err := c.call("FPDF_GetPageWidth", page)
			if err != nil {
				return err
			}
			ph, err := c.call("FPDF_GetPageHeight", page)
			if err != nil {
				return err
			}
			scale := float64(dpi) / 72
			w, h := int(math.Ceil(f64(pw)*scale)), int(math.Ceil(f64(ph)*scale))
			if w < 1 || h < 1 {
				return errors.New("could not render an empty image")
			}
			if int64(w)*int64(h)*4 > math.MaxUint32 {
				return errors.New("the image to render is too large")
			}
			var bm uint64
			flags := enums.FPDF_RENDER_FLAG_REVERSE_BYTE_ORDER
			if gray {
				flags = enums.FPDF_RENDER_FLAG_GRAYSCALE
				bm, err = c.call("FPDFBitmap_CreateEx", uint64(w), uint64(h), uint64(enums.FPDF_BITMAP_FORMAT_GRAY), 0, 0)
			} else {
				bm, err = c.call("FPDFBitmap_Create", uint64(w), uint64(h), 1)
			}
			if err != nil {
				return err
			}
			if uint32(bm) == 0 {
				return errors.New("could not create bitmap, the image to render is most likely too large")
			}
			defer c.call("FPDFBitmap_Destroy", bm)
			fill := uint64(0xFFFFFFFF)
			if !gray {
				t, err := c.call("FPDFPage_HasTransparency", page)
				if err != nil {
					return err
				}
				if i32(t) == 1 {
					fill = 0
				}
			}
			if _, err := c.call("FPDFBitmap_FillRect", bm, 0, 0, uint64(w), uint64(h), fill); err != nil {
				return err
			}
			if _, err := c.call("FPDF_RenderPageBitmap", bm, page, 0, 0, uint64(w), uint64(h), 0, uint64(flags)); err != nil {
				return err
			}
			stride := 4 * w
			if gray {
				st, err := c.call("FPDFBitmap_GetStride", bm)
				if err != nil {
					return err
				}
				stride = int(i32(st))
			}
			b, err := c.call("FPDFBitmap_GetBuffer", bm)
			if err != nil {
				return err
			}
			pix, err := c.bytesAt(uint32(b), stride*h)
			if err != nil {
				return err
			}
			set(pix, stride, image.Rect(0, 0, w, h))
			return nil
		})
	})
	if err != nil {
		return fmt.Errorf("page %d: %w", i+1, err)
	}
	return nil
}

// Close closes the document and gives its instance back to the pool, or
// stops the instance when a call failed in it (a trap leaves PDFium's
// memory in an unknown state).
func (d *reader) Close() error {
	if d == nil {
		return nil
	}
	if d.inst == nil {
		return nil
	}
	inst := d.inst
	d.inst = nil
	d.c.ctx = context.Background()
	if d.dead || d.c.failed {
		inst.Kill()
		return nil
	}
	if d.doc != 0 {
		d.c.call("FPDF_CloseDocument", uint64(d.doc))
	}
	d.c.free(d.buf)
	if d.c.failed {
		inst.Kill()
		return nil
	}
	return inst.Close()
}

// stripSubset removes the tag of a font subset: six capitals and "+".
func stripSubset(name string) string {
	if len(name) < 8 || name[6] != '+' {
		return name
	}
	for i := range 6 {
		if name[i] < 'A' || name[i] > 'Z' {
			return name
		}
	}
	return name[7:]
}

// Close stops the backend's WebAssembly runtime. Documents still open
// become unusable. Default's backend should not be closed.
func (b *PDFium) Close() error {
	b.once.Do(func() { b.err = errors.New("pdfium: closed") })
	if b.pool == nil {
		return nil
	}
	err := b.pool.Close()
	b.pool = nil
	return err
}

// lineEndHyphens gives back the hyphen that ends a line. PDFium reports a
// '-' drawn at the end of a line, before text that goes on on the next
// line, as U+0002 (its mark of a hyphen that may be a soft one: "Inter-" /
// "net", "98/2023/NĐ-" / "CP"); whether to keep it is for the layout to
// decide. A U+0002 followed on the same line is left alone: it is then the
// glyph code of a font without a Unicode map.
func lineEndHyphens(cs []Char) {
	for k, c := range cs {
		if c.R != 0x02 || c.Right <= c.Left {
			continue
		}
		if k+1 < len(cs) {
			n := cs[k+1]
			if isSpace(n.R) && k+2 < len(cs) {
				n = cs[k+2]
			}
			if n.Left >= c.Left && n.Top < c.Bottom {
				continue // the line goes on
			}
		}
		cs[k].R = '-'
	}
}

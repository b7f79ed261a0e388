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

	"github.com/klippa-app/go-pdfium"
	"github.com/klippa-app/go-pdfium/enums"
	pdfiumerrors "github.com/klippa-app/go-pdfium/errors"
	"github.com/klippa-app/go-pdfium/references"
	"github.com/klippa-app/go-pdfium/requests"
	"github.com/klippa-app/go-pdfium/webassembly"
	"github.com/tetratelabs/wazero"
	"github.com/tetratelabs/wazero/api"
	"github.com/tetratelabs/wazero/experimental"
)

// PDFiumConfig sets up a PDFium backend. The zero value is ready to use.
type PDFiumConfig struct {
	// CacheDir holds the compiled WebAssembly module between processes.
	// Empty means os.UserCacheDir()/thidua/pdfium; "-" disables the cache
	// (every process then compiles the module, 3 to 5 seconds).
	CacheDir string
	// Instances is the number of PDFium instances run at once (each reads
	// one document at a time). Zero means min(GOMAXPROCS, 4).
	Instances int
	// MemoryLimit bounds the memory of one instance, in bytes. Zero means
	// DefaultMemoryLimit.
	MemoryLimit int64
}

// DefaultMemoryLimit is the memory one PDFium instance may use.
const DefaultMemoryLimit = 512 << 20

// PDFium is the backend on PDFium compiled to WebAssembly. It starts on
// first use.
type PDFium struct {
	cfg  PDFiumConfig
	once sync.Once
	pool pdfium.Pool
	err  error
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
	limit := b.cfg.MemoryLimit
	if limit <= 0 {
		limit = DefaultMemoryLimit
	}
	rc := wazero.NewRuntimeConfig().
		WithCoreFeatures(api.CoreFeaturesV2 | experimental.CoreFeaturesExceptionHandling).
		WithCloseOnContextDone(true).
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

// Open reads a PDF from data, which must stay unchanged until the document
// is closed.
func (b *PDFium) Open(ctx context.Context, data []byte) (Document, error) {
	if err := b.Start(); err != nil {
		return nil, err
	}
	inst, err := b.pool.GetInstanceWithContext(ctx)
	if err != nil {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		return nil, fmt.Errorf("pdfium: %w", err)
	}
	d := &pdfiumDoc{inst: inst}
	var doc references.FPDF_DOCUMENT
	err = d.do(ctx, func() error {
		r, err := inst.OpenDocument(&requests.OpenDocument{File: &data})
		if err != nil {
			return err
		}
		doc = r.Document
		d.doc = doc
		n, err := inst.FPDF_GetPageCount(&requests.FPDF_GetPageCount{Document: doc})
		if err != nil {
			return err
		}
		d.pages = n.PageCount
		return nil
	})
	if err != nil {
		d.Close()
		return nil, openErr(err)
	}
	return d, nil
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

type pdfiumDoc struct {
	inst  pdfium.Pdfium
	doc   references.FPDF_DOCUMENT
	pages int
	dead  bool // the instance was killed (deadline) or failed
}

// do runs f on the instance; when ctx ends first the instance is killed,
// which stops the WebAssembly code at once.
func (d *pdfiumDoc) do(ctx context.Context, f func() error) (err error) {
	if d.dead {
		return errors.New("pdfium: document no longer usable after an earlier failure")
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	var mu sync.Mutex
	killed := false
	stop := context.AfterFunc(ctx, func() {
		mu.Lock()
		defer mu.Unlock()
		killed = true
		d.inst.Kill()
	})
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("pdfium: internal error: %v", r)
			d.dead = true
		}
		if !stop() {
			mu.Lock()
			defer mu.Unlock()
			if killed {
				d.dead = true
				err = ctx.Err()
			}
		}
	}()
	return inWords(f())
}

func (d *pdfiumDoc) NumPages() int { return d.pages }

func (d *pdfiumDoc) page(i int) requests.Page {
	return requests.Page{ByIndex: &requests.PageByIndex{Document: d.doc, Index: i}}
}

func (d *pdfiumDoc) Page(ctx context.Context, i int) (*Page, error) {
	if i < 0 || i >= d.pages {
		return nil, fmt.Errorf("pdfium: page %d out of range (%d pages)", i+1, d.pages)
	}
	p := &Page{Index: i}
	err := d.do(ctx, func() error {
		size, err := d.inst.GetPageSize(&requests.GetPageSize{Page: d.page(i)})
		if err != nil {
			return err
		}
		p.Width, p.Height = size.Width, size.Height
		st, err := d.inst.GetPageTextStructured(&requests.GetPageTextStructured{Page: d.page(i), Mode: requests.GetPageTextStructuredModeChars})
		if err != nil {
			return err
		}
		p.Chars = make([]Char, 0, len(st.Chars))
		for _, c := range st.Chars {
			r := []rune(c.Text)
			ch := '\uFFFD' // PDFium found no Unicode for the glyph
			if len(r) == 1 {
				ch = r[0]
			}
			pp := c.PointPosition
			p.Chars = append(p.Chars, Char{R: ch, Left: pp.Left, Right: pp.Right, Top: p.Height - pp.Top, Bottom: p.Height - pp.Bottom, Angle: c.Angle})
		}
		lineEndHyphens(p.Chars)
		if err := d.fonts(i, p); err != nil {
			return err
		}
		d.addWidgetChars(i, p) // flatten.go
		p.Images = -1
		if letters(p.Chars) < fewLetters {
			p.Images = d.images(i)
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", i+1, err)
	}
	return p, nil
}

// fonts fills the font name and size of each character. A font changes
// only between words in practice, so it is asked for the first character
// of each word (asking for every character triples the time per page).
func (d *pdfiumDoc) fonts(i int, p *Page) error {
	tp, err := d.inst.FPDFText_LoadPage(&requests.FPDFText_LoadPage{Page: d.page(i)})
	if err != nil {
		return err
	}
	defer d.inst.FPDFText_ClosePage(&requests.FPDFText_ClosePage{TextPage: tp.TextPage})
	// The structured call returns one entry per char of the text page, so
	// indexes match.
	n, err := d.inst.FPDFText_CountChars(&requests.FPDFText_CountChars{TextPage: tp.TextPage})
	if err != nil {
		return err
	}
	if n.Count != len(p.Chars) {
		return nil // unexpected: keep the text without fonts
	}
	font, size := "", 0.0
	for k := range p.Chars {
		c := &p.Chars[k]
		if isSpace(c.R) {
			c.Font, c.Size = font, size
			continue
		}
		if k == 0 || isSpace(p.Chars[k-1].R) || font == "" {
			fi, err := d.inst.FPDFText_GetFontInfo(&requests.FPDFText_GetFontInfo{TextPage: tp.TextPage, Index: k})
			if err == nil {
				font = stripSubset(fi.FontName)
			}
			fs, err := d.inst.FPDFText_GetFontSize(&requests.FPDFText_GetFontSize{TextPage: tp.TextPage, Index: k})
			if err == nil {
				size = fs.FontSize
				// Producers such as cairo set a font size of 1 and scale
				// the text matrix: the size as drawn counts.
				if m, err := d.inst.FPDFText_GetMatrix(&requests.FPDFText_GetMatrix{TextPage: tp.TextPage, Index: k}); err == nil {
					if sc := math.Hypot(float64(m.Matrix.C), float64(m.Matrix.D)); sc > 0 {
						size *= sc
					}
				}
			}
		}
		c.Font, c.Size = font, size
	}
	return nil
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

// images counts the image and form objects of page i (at most 10000
// objects are looked at).
func (d *pdfiumDoc) images(i int) int {
	n, err := d.inst.FPDFPage_CountObjects(&requests.FPDFPage_CountObjects{Page: d.page(i)})
	if err != nil {
		return -1
	}
	count := 0
	for k := range min(n.Count, 10000) {
		o, err := d.inst.FPDFPage_GetObject(&requests.FPDFPage_GetObject{Page: d.page(i), Index: k})
		if err != nil {
			continue
		}
		t, err := d.inst.FPDFPageObj_GetType(&requests.FPDFPageObj_GetType{PageObject: o.PageObject})
		if err == nil && (t.Type == enums.FPDF_PAGEOBJ_IMAGE || t.Type == enums.FPDF_PAGEOBJ_FORM) {
			count++
		}
	}
	return count
}

func isSpace(r rune) bool { return r == ' ' || r == '\r' || r == '\n' || r == '\t' || r == 0xa0 }

func (d *pdfiumDoc) Info(ctx context.Context) (Info, error) {
	var info Info
	err := d.do(ctx, func() error {
		md, err := d.inst.GetMetaData(&requests.GetMetaData{Document: d.doc})
		if err != nil {
			return err
		}
		for _, t := range md.Tags {
			v := strings.TrimSpace(t.Value)
			switch t.Tag {
			case "Title":
				info.Title = v
			case "Author":
				info.Author = v
			case "Subject":
				info.Subject = v
			case "Keywords":
				info.Keywords = v
			case "Creator":
				info.Creator = v
			case "Producer":
				info.Producer = v
			case "CreationDate":
				info.Created = v
			case "ModDate":
				info.Modified = v
			}
		}
		return nil
	})
	return info, err
}

// Render draws page i in grey.
func (d *pdfiumDoc) Render(ctx context.Context, i int, dpi int) (*image.Gray, error) {
	if i < 0 || i >= d.pages {
		return nil, fmt.Errorf("pdfium: page %d out of range (%d pages)", i+1, d.pages)
	}
	var out *image.Gray
	err := d.do(ctx, func() error {
		r, err := d.inst.RenderPageInDPI(&requests.RenderPageInDPI{Page: d.page(i), DPI: dpi, ImageFormat: requests.RenderImageFormatGrayscale})
		if err != nil {
			return err
		}
		defer r.Cleanup()
		g, ok := r.Result.RenderedImage.(*image.Gray)
		if !ok {
			return fmt.Errorf("pdfium: unexpected image type %T", r.Result.RenderedImage)
		}
		out = &image.Gray{Pix: append([]byte(nil), g.Pix...), Stride: g.Stride, Rect: g.Rect}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", i+1, err)
	}
	return out, nil
}

// RenderColor draws page i in colour.
func (d *pdfiumDoc) RenderColor(ctx context.Context, i int, dpi int) (*image.RGBA, error) {
	if i < 0 || i >= d.pages {
		return nil, fmt.Errorf("pdfium: page %d out of range (%d pages)", i+1, d.pages)
	}
	var out *image.RGBA
	err := d.do(ctx, func() error {
		r, err := d.inst.RenderPageInDPI(&requests.RenderPageInDPI{Page: d.page(i), DPI: dpi, ImageFormat: requests.RenderImageFormatRGBA})
		if err != nil {
			return err
		}
		defer r.Cleanup()
		c, ok := r.Result.RenderedImage.(*image.RGBA)
		if !ok {
			return fmt.Errorf("pdfium: unexpected image type %T", r.Result.RenderedImage)
		}
		out = &image.RGBA{Pix: append([]byte(nil), c.Pix...), Stride: c.Stride, Rect: c.Rect}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("page %d: %w", i+1, err)
	}
	return out, nil
}

func (d *pdfiumDoc) Close() error {
	if d.inst == nil {
		return nil
	}
	if !d.dead && d.doc != "" {
		d.inst.FPDF_CloseDocument(&requests.FPDF_CloseDocument{Document: d.doc})
	}
	var err error
	if d.dead {
		err = nil // a killed instance is already gone
	} else {
		err = d.inst.Close()
	}
	d.inst = nil
	return err
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

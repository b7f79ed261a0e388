package unipdf

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"

	"github.com/unidoc/unipdf/v3/common/license"
	"github.com/unidoc/unipdf/v3/extractor"
	"github.com/unidoc/unipdf/v3/model"
	"github.com/vnthidua/thidua/parse/pdf"
)

// ErrUnlicensed means unipdf has no valid licence key.
var ErrUnlicensed = errors.New("unipdf requires a licence key (set UNIPDF_LICENSE_PATH and UNIPDF_CUSTOMER_NAME, or UNIPDF_LICENSE_KEY and UNIPDF_CUSTOMER_NAME, or UNIDOC_LICENSE_API_KEY; metered keys need network access to cloud.unidoc.io)")

// Config holds the licence. Empty fields fall back to the environment:
// UNIPDF_LICENSE_KEY (the key text) or UNIPDF_LICENSE_PATH (a file holding
// it), UNIPDF_CUSTOMER_NAME, and UNIDOC_LICENSE_API_KEY for a metered key.
type Config struct {
	LicenseKey   string // offline key: the "-----BEGIN UNIDOC LICENSE KEY-----" block
	CustomerName string // the customer name the key was issued to
	MeteredKey   string // metered API key (needs network at each start)
}

// Backend reads PDF files with unipdf.
type Backend struct{}

var (
	setOnce sync.Once
	setErr  error
)

// New applies the licence (once per process, as unipdf requires) and
// checks it. Without a valid licence it returns an error for which
// errors.Is(err, ErrUnlicensed) holds.
func New(cfg Config) (*Backend, error) {
	if cfg.LicenseKey == "" {
		cfg.LicenseKey = os.Getenv("UNIPDF_LICENSE_KEY")
	}
	if cfg.LicenseKey == "" {
		if p := os.Getenv("UNIPDF_LICENSE_PATH"); p != "" {
			b, err := os.ReadFile(p)
			if err != nil {
				return nil, fmt.Errorf("%w: reading UNIPDF_LICENSE_PATH: %v", ErrUnlicensed, err)
			}
			cfg.LicenseKey = string(b)
		}
	}
	if cfg.CustomerName == "" {
		cfg.CustomerName = os.Getenv("UNIPDF_CUSTOMER_NAME")
	}
	if cfg.MeteredKey == "" {
		cfg.MeteredKey = os.Getenv("UNIDOC_LICENSE_API_KEY")
	}
	setOnce.Do(func() {
		switch {
		case strings.TrimSpace(cfg.LicenseKey) != "":
			setErr = license.SetLicenseKey(cfg.LicenseKey, cfg.CustomerName)
		case cfg.MeteredKey != "":
			setErr = license.SetMeteredKey(cfg.MeteredKey)
		}
	})
	if setErr != nil {
		return nil, fmt.Errorf("%w: %v", ErrUnlicensed, setErr)
	}
	if k := license.GetLicenseKey(); k == nil || !k.IsLicensed() {
		return nil, ErrUnlicensed
	}
	return &Backend{}, nil
}

// Name returns "unipdf".
func (b *Backend) Name() string { return "unipdf" }

// Open reads a PDF held in memory.
func (b *Backend) Open(ctx context.Context, data []byte) (d pdf.Document, err error) {
	defer catch(&err)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	r, err := model.NewPdfReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%w: %v", pdf.ErrDamaged, err)
	}
	if enc, _ := r.IsEncrypted(); enc {
		if ok, err := r.Decrypt(nil); err != nil || !ok {
			return nil, pdf.ErrEncrypted
		}
	}
	n, err := r.GetNumPages()
	if err != nil {
		return nil, fmt.Errorf("%w: %v", pdf.ErrDamaged, err)
	}
	return &doc{r: r, n: n}, nil
}

// catch turns a panic of unipdf on a damaged file into an error.
func catch(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("%w: unipdf: %v", pdf.ErrDamaged, r)
	}
}

func licenceErr(err error) error {
	if err != nil && strings.Contains(err.Error(), "license") {
		return fmt.Errorf("%w: %v", ErrUnlicensed, err)
	}
	return err
}

type doc struct {
	r *model.PdfReader
	n int
}

func (d *doc) NumPages() int { return d.n }

func (d *doc) Page(ctx context.Context, i int) (p *pdf.Page, err error) {
	defer catch(&err)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	pg, err := d.r.GetPage(i + 1)
	if err != nil {
		return nil, err
	}
	box, err := pg.GetMediaBox()
	if err != nil {
		return nil, err
	}
	ex, err := extractor.New(pg)
	if err != nil {
		return nil, licenceErr(err)
	}
	pt, _, _, err := ex.ExtractPageText()
	if err != nil {
		return nil, licenceErr(err)
	}
	p = &pdf.Page{Index: i, Width: box.Width(), Height: box.Height(), Images: -1}
	for _, m := range pt.Marks().Elements() {
		font := ""
		if m.Font != nil {
			font = m.Font.BaseFont()
			if k := strings.IndexByte(font, '+'); k == 6 {
				font = font[7:]
			}
		}
		rs := []rune(m.Text)
		if len(rs) == 0 {
			continue
		}
		w := (m.BBox.Urx - m.BBox.Llx) / float64(len(rs))
		for k, r := range rs {
			p.Chars = append(p.Chars, pdf.Char{
				R:    r,
				Left: m.BBox.Llx - box.Llx + float64(k)*w, Right: m.BBox.Llx - box.Llx + float64(k+1)*w,
				Top: box.Ury - m.BBox.Ury, Bottom: box.Ury - m.BBox.Lly,
				Size: m.FontSize, Font: font,
			})
		}
	}
	return p, nil
}

func (d *doc) Info(ctx context.Context) (pdf.Info, error) {
	info, err := d.r.GetPdfInfo()
	if err != nil || info == nil {
		return pdf.Info{}, err
	}
	out := pdf.Info{}
	if info.Title != nil {
		out.Title = info.Title.Decoded()
	}
	if info.Author != nil {
		out.Author = info.Author.Decoded()
	}
	if info.Producer != nil {
		out.Producer = info.Producer.Decoded()
	}
	return out, nil
}

func (d *doc) Close() error { return nil }

package parse

import (
	"bytes"
	"context"
	"fmt"
	"net/url"
	"path"
	"strings"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fetch"
	"github.com/vnthidua/thidua/internal/fold"
)

// maxFollow is the number of attached PDFs downloaded for one page.
const maxFollow = 3

// followAttachments downloads the PDFs a page attaches and merges what
// the first one about the page's document states into rec. Only links on
// the page's own site or on the hosts of WithAttachmentHosts are fetched
// (see WithFollowAttachments). What goes wrong (a link to the author's
// own disk, another site, an HTTP error, a file that is not a PDF,
// another document) becomes a warning: the page's record stands.
func followAttachments(ctx context.Context, rec *directive.Record, c *config) {
	pageURL := c.baseURL
	if pageURL == "" {
		pageURL = c.url
	}
	pageHost := ""
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		pageHost = u.Host
	}
	scope := fetch.SameSite(pageHost, c.attachHosts...)
	tried := 0
	for _, a := range rec.Directive.Attachments {
		if tried == maxFollow {
			break
		}
		u, err := url.Parse(a.URL)
		switch {
		case err == nil && strings.EqualFold(u.Scheme, "file"):
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không tải được %s: liên kết tới tệp trên máy tính của người đăng bài (file:), không có trên mạng / cannot fetch %s: the link points to a file on the author's own computer (file:), not to the web", a.Name, a.Name))
			continue
		case err != nil || !u.IsAbs():
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không tải được %s: không có địa chỉ đầy đủ / cannot fetch %s: no absolute URL (give the page's URL)", a.Name, a.Name))
			continue
		case u.Scheme != "http" && u.Scheme != "https":
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không tải được %s: chỉ tải http, https / cannot fetch %s: %s: links are fetched over http and https only", a.Name, a.Name, u.Scheme))
			continue
		case !mayBePDF(u):
			continue
		}
		if err := scope(u); err != nil {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không tải tệp đính kèm / attachment not fetched %s: %v", a.URL, err))
			continue
		}
		tried++
		f, err := fetchURL(ctx, a.URL, c, c.maxBytes, scope)
		if err != nil {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không tải được tệp đính kèm / cannot fetch attachment %s: %v", a.URL, err))
			continue
		}
		if Sniff(f.body) != KindPDF {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("tệp đính kèm không phải PDF / attachment is not a PDF: %s (%s, %s)", a.URL, f.contentType, Sniff(f.body)))
			continue
		}
		opts := []Option{WithURL(a.URL), WithMaxBytes(c.maxBytes)}
		if rec.Source.Site != "" {
			opts = append(opts, WithSite(rec.Source.Site))
		}
		pdf, err := PDF(ctx, bytes.NewReader(f.body), int64(len(f.body)), opts...)
		if err != nil {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("không đọc được tệp đính kèm / cannot read attachment %s: %v", a.URL, err))
			continue
		}
		if rec.Directive.Number != "" && pdf.Directive.Number != "" && numKey(rec.Directive.Number) != numKey(pdf.Directive.Number) {
			rec.Warnings = append(rec.Warnings, fmt.Sprintf("tệp đính kèm là văn bản khác / attachment %s is another document (%s)", a.Name, pdf.Directive.Number))
			continue
		}
		mergePDF(rec, pdf, a)
		return
	}
}

// otherFileExt are the extensions of linked files that are not PDFs.
var otherFileExt = map[string]bool{
	".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".zip": true, ".rar": true, ".7z": true, ".odt": true, ".ods": true, ".rtf": true,
	".jpg": true, ".jpeg": true, ".png": true, ".gif": true, ".tif": true, ".tiff": true,
}

// mayBePDF tells a link that may lead to a PDF by its URL path: one that
// ends in .pdf, or a download handler (Download.aspx?id=5, /getfile/123)
// whose answer's bytes then decide. The link's text does not count: a
// link reading "QD.pdf" to /files/QD.docx is a Word file.
func mayBePDF(u *url.URL) bool {
	return !otherFileExt[strings.ToLower(path.Ext(u.Path))]
}

// MergeAttachment merges the record of a PDF that a page attaches into
// the page's record, as WithFollowAttachments does: what the PDF states
// wins where the page only summarises. Use it when the PDF was fetched
// apart from the page (a crawler), after SameDocument said they are one.
func MergeAttachment(page, pdf *directive.Record, a directive.Attachment) { mergePDF(page, pdf, a) }

// SameDocument tells whether two document numbers name the same document
// ("08/CT-UBND" and "08 /CT-UBND"); an empty number is nobody's.
func SameDocument(a, b string) bool { return numKey(a) != "" && numKey(a) == numKey(b) }

// mergePDF merges the record of an attached PDF into the page's record.
// The PDF is the document itself, so what it states wins over the page's
// summary: kind, number, date, place, issuer, signer, title, tasks,
// recipients and launches. Citations, campaigns and themes are the union
// of both; the page keeps its source and attachments, and the PDF's
// signatures come with it.
func mergePDF(rec, pdf *directive.Record, a directive.Attachment) {
	d, p := &rec.Directive, pdf.Directive
	// The PDF's spans are offsets in its own text: moved to the page's
	// where the page writes the same words, else dropped.
	p = movedSpans(p, pdf.Text, rec.Text)
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&d.Kind, p.Kind)
	set(&d.KindName, p.KindName)
	set(&d.Number, p.Number)
	set(&d.Issued, p.Issued)
	set(&d.Place, p.Place)
	set(&d.Title, p.Title)
	if p.Issuer.Name != "" {
		prov, cur := d.Issuer.Province, d.Issuer.ProvinceCurrent
		d.Issuer = p.Issuer
		if d.Issuer.Province == "" {
			d.Issuer.Province, d.Issuer.ProvinceCurrent = prov, cur
		}
	}
	if p.Signer.Name != "" {
		d.Signer = p.Signer
	}
	if len(p.Tasks) > 0 {
		d.Tasks = p.Tasks
	}
	if len(p.Recipients) > 0 {
		d.Recipients = p.Recipients
	}
	if len(p.Launches) > 0 {
		d.Launches = p.Launches
	}
	seen := map[string]int{}
	var cites []directive.Citation
	for _, c := range append(append([]directive.Citation{}, p.Citations...), d.Citations...) {
		k := numKey(c.Number)
		if i, ok := seen[k]; ok {
			if cites[i].Span.IsZero() {
				cites[i].Span, cites[i].Refs = c.Span, c.Refs
			}
			continue
		}
		if k == "" || k == numKey(d.Number) {
			continue
		}
		seen[k] = len(cites)
		cites = append(cites, c)
	}
	if cites == nil {
		cites = []directive.Citation{}
	}
	d.Citations = cites
	seenC := map[string]bool{}
	var camps []directive.Campaign
	for _, c := range append(append([]directive.Campaign{}, p.Campaigns...), d.Campaigns...) {
		k := c.ID
		if k == "" {
			k = "|" + fold.String(c.Name)
		}
		if seenC[k] {
			continue
		}
		seenC[k] = true
		camps = append(camps, c)
	}
	if camps == nil {
		camps = []directive.Campaign{}
	}
	d.Campaigns = camps
	seenT := map[string]bool{}
	var themes []string
	for _, t := range append(append([]string{}, p.Themes...), d.Themes...) {
		if !seenT[t] {
			seenT[t] = true
			themes = append(themes, t)
		}
	}
	d.Themes = themes
	if len(pdf.Signatures) > 0 {
		rec.Signatures = pdf.Signatures
	}
	// The page's warning that the number is not stated no longer holds.
	if d.Number != "" {
		kept := rec.Warnings[:0]
		for _, w := range rec.Warnings {
			if !strings.Contains(w, "number is not stated") {
				kept = append(kept, w)
			}
		}
		rec.Warnings = kept
	}
	rec.Warnings = append(rec.Warnings, fmt.Sprintf("đã đọc tệp đính kèm / read attachment %s", a.Name))
	for _, w := range pdf.Warnings {
		rec.Warnings = append(rec.Warnings, a.Name+": "+w)
	}
}

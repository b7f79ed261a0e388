package parse

import (
	"fmt"
	"time"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/pdfsig"
)

// pdfSignatures lists and checks the digital signatures of a PDF file.
func pdfSignatures(data []byte, c *config) []directive.Signature {
	sigs := pdfsig.Read(data, pdfsig.Options{Roots: c.trustPool})
	if len(sigs) == 0 {
		return nil
	}
	out := make([]directive.Signature, len(sigs))
	for i, s := range sigs {
		d := directive.Signature{
			Field:       s.Field,
			SignerCN:    s.SignerCN,
			SignerDN:    s.SignerDN,
			Issuer:      s.Issuer,
			Serial:      s.Serial,
			Reason:      s.Reason,
			DigestOK:    s.DigestOK,
			CoversWhole: s.CoversWhole,
			Trusted:     s.Trusted,
		}
		if !s.SigningTime.IsZero() {
			d.SigningTime = s.SigningTime.Format(time.RFC3339)
		}
		if s.Err != nil {
			d.Error = s.Err.Error()
		}
		out[i] = d
	}
	return out
}

// vietnam is the time a document's day is counted in (UTC+7, no daylight
// saving): a signature at 2025-01-24T20:01:14Z is of 25 January there.
var vietnam = time.FixedZone("UTC+7", 7*60*60)

// issuedFromSignatures tells, for a document whose page shows no legible
// day (written by hand on a scan, or stamped into a signature field the
// text layer leaves out), the day of its earliest intact digital
// signature, in Vietnam's time, in a warning: the document was issued on
// that day or before. It does not fill Issued. On the real published
// PDFs of testdata/realpdf the earliest signature is the document's day
// in two files of five and one or two days later in the other three (the
// signing centre signs after the office), so the day is a bound, not the
// date; a day read on the page is the date.
func issuedFromSignatures(rec *directive.Record) {
	if rec.Directive.Issued != "" {
		return
	}
	var first time.Time
	for _, s := range rec.Signatures {
		t, err := time.Parse(time.RFC3339, s.SigningTime)
		if err != nil || !s.DigestOK {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
	}
	if first.IsZero() {
		return
	}
	first = first.In(vietnam)
	at, day := first.Format(time.RFC3339), first.Format("2006-01-02")
	rec.Warnings = append(rec.Warnings, fmt.Sprintf("không đọc được ngày ban hành trên trang; chữ ký số sớm nhất lúc %s, nên văn bản ban hành không muộn hơn %s / no day could be read on the page; the earliest digital signature is of %s, so the document was issued on %s or before",
		at, day, at, day))
}

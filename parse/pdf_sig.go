package parse

import (
	"fmt"
	"strings"
	"time"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
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

// issuedFromSignatures dates a document whose page shows no legible day
// (written by hand on a scan, or stamped into a signature field the text
// layer leaves out) from its digital signatures.
//
// The signature of the document's own signer, or of its issuing body (the
// office signs for the committee: "Văn phòng Ủy ban nhân dân" of "Tỉnh
// Quảng Bình" for "ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH"), is made when the
// document is issued (Decree 30/2020/NĐ-CP: the clerk signs the body's
// digital signature on release): its day, in Vietnam's time, fills Issued,
// and a warning says so. On the real published PDFs of testdata/realpdf
// the signer's or the issuer's own signature falls on the day printed on
// the page in five files of six and a day later in one (qd86); in qd04
// the province's committee signs for its steering committee, the issuer,
// two days after the printed day, and is not taken.
//
// Any other signature (a publishing centre's, which signs a day or two
// later) is only a bound: the earliest intact one goes into a warning as
// the latest day the document can have been issued. A day read on the page
// is the date, and a signature whose digest is broken is no evidence.
func issuedFromSignatures(rec *directive.Record) {
	if rec.Directive.Issued != "" {
		return
	}
	var first, ownAt time.Time
	var own *directive.Signature
	ownRank := 0 // 2 for the signer's own signature, 1 for the issuing body's
	for i, s := range rec.Signatures {
		t, err := time.Parse(time.RFC3339, s.SigningTime)
		if err != nil || !s.DigestOK {
			continue
		}
		if first.IsZero() || t.Before(first) {
			first = t
		}
		r := map[string]int{"signer": 2, "issuer": 1}[signedBy(rec, s)]
		if r > ownRank || r > 0 && r == ownRank && t.Before(ownAt) {
			own, ownAt, ownRank = &rec.Signatures[i], t, r
		}
	}
	if own != nil {
		at := ownAt.In(vietnam)
		day := at.Format("2006-01-02")
		rec.Directive.Issued = day
		vi, en := "cơ quan ban hành", "the issuing body"
		if ownRank == 2 {
			vi, en = "người ký", "the signer"
		}
		rec.Warnings = append(rec.Warnings, fmt.Sprintf("ngày ban hành %s lấy từ chữ ký số của %s (%s) lúc %s, vì trên trang không đọc được ngày / the date of issue %s is taken from the digital signature of %s (%s) at %s: no day could be read on the page",
			day, vi, own.SignerCN, at.Format(time.RFC3339), day, en, own.SignerCN, at.Format(time.RFC3339)))
		return
	}
	if first.IsZero() {
		return
	}
	first = first.In(vietnam)
	at, day := first.Format(time.RFC3339), first.Format("2006-01-02")
	rec.Warnings = append(rec.Warnings, fmt.Sprintf("không đọc được ngày ban hành trên trang; chữ ký số sớm nhất lúc %s, nên văn bản ban hành không muộn hơn %s / no day could be read on the page; the earliest digital signature is of %s, so the document was issued on %s or before",
		at, day, at, day))
}

// signedBy tells whose signature s is: "signer" when its certificate names
// the document's signer, "issuer" when it names the issuing body (alone,
// through its office, or with the place its certificate gives), else "".
func signedBy(rec *directive.Record, s directive.Signature) string {
	cn := fold.String(s.SignerCN)
	if cn == "" {
		return ""
	}
	if name := fold.String(rec.Directive.Signer.Name); name != "" && cn == name {
		return "signer"
	}
	issuer := " " + expandBodyAbbrev(fold.String(rec.Directive.Issuer.Name))
	if strings.TrimSpace(issuer) == "" {
		return ""
	}
	place := fold.String(dnValue(s.SignerDN, "O"))
	for _, org := range []string{cn, strings.TrimPrefix(cn, "van phong ")} {
		if strings.HasSuffix(issuer, " "+org) || place != "" && strings.HasSuffix(issuer, " "+org+" "+place) {
			return "issuer"
		}
	}
	return ""
}

// expandBodyAbbrev spells out the abbreviations of bodies that headers
// use ("ubnd tinh quang ngai"), in folded text.
func expandBodyAbbrev(s string) string {
	w := strings.Fields(s)
	for i, x := range w {
		switch x {
		case "ubnd":
			w[i] = "uy ban nhan dan"
		case "hdnd":
			w[i] = "hoi dong nhan dan"
		}
	}
	return strings.Join(w, " ")
}

// dnValue returns the value of attribute key in a distinguished name as
// pdfsig writes it ("CN=…, L=Quảng Bình, O=Tỉnh Quảng Bình, C=VN").
func dnValue(dn, key string) string {
	for _, part := range strings.Split(dn, ", ") {
		if k, v, ok := strings.Cut(part, "="); ok && k == key {
			return v
		}
	}
	return ""
}

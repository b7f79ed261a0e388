package parse

import (
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

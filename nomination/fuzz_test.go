package nomination

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// FuzzDecodeValidate decodes arbitrary input as a nomination or a batch
// and validates it: it must never panic, and every error finding must cite
// an article.
func FuzzDecodeValidate(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	for _, code := range []string{"LDTT", "CSTD_TQ", "BK_TTG", "HC_LD_3", "TTLDXS", "CO_BO_TINH"} {
		b, _ := json.Marshal(dossier(code, 2024, Individual))
		f.Add(b)
	}
	f.Add([]byte(`{"nominations":[{"award":"LDTT"}],"year":2024}`))
	f.Add([]byte(`{"award":"LDTT","year":2024,"subject":{"kind":"individual"},"leaves":[{"kind":"sick","from":"1901-01-01","to":"2100-12-31"}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		in, err := DecodeBytes(b)
		if err != nil {
			return
		}
		check := func(r Result) {
			for _, fd := range r.Findings {
				if fd.Severity == Error && fd.Citation.Article <= 0 {
					t.Fatalf("error without article: %+v", fd)
				}
			}
		}
		if in.Batch != nil {
			br, err := ValidateBatch(in.Batch)
			if err == nil {
				for _, r := range br.Results {
					check(r)
				}
			}
			return
		}
		r, err := Validate(in.Nomination)
		if err == nil {
			check(r)
		}
	})
}

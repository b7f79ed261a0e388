package nomination

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// FuzzDecodeValidate decodes arbitrary input as a nomination or a batch
// and validates it: it must never panic, every error finding must cite an
// article, and a batch validated as a stream (BatchStream.Validate) must
// give what ValidateBatch gives on the decoded batch.
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
			st, serr := DecodeStreamBytes(b)
			if serr != nil || st.Batch == nil {
				t.Fatalf("DecodeBytes gave a batch, DecodeStreamBytes: %v", serr)
			}
			var got []Result
			sbr, serr := st.Batch.Validate(func(_ int, r *Result) error {
				c := *r
				c.Findings = append([]Finding(nil), r.Findings...)
				got = append(got, c)
				return nil
			})
			if (err == nil) != (serr == nil) || err != nil && err.Error() != serr.Error() {
				t.Fatalf("errors differ: batch %v, stream %v", err, serr)
			}
			if err != nil {
				return
			}
			if sbr.Valid != br.Valid || !reflect.DeepEqual(sbr.Findings, br.Findings) || len(got) != len(br.Results) {
				t.Fatalf("verdicts differ: batch %v %+v, stream %v %+v", br.Valid, br.Findings, sbr.Valid, sbr.Findings)
			}
			for i := range got {
				if !reflect.DeepEqual(got[i], br.Results[i]) {
					t.Fatalf("result %d differs:\nbatch  %+v\nstream %+v", i, br.Results[i], got[i])
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

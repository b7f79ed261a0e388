package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
	"github.com/vnthidua/thidua/nomination"
)

// TestValidateLawScenarios runs nomination/testdata/scenarios (written from
// the law's text, each naming its provision) through `thidua validate
// --format json -`: exit status (0 eligible or valid, 1 not, 2 input error)
// and the citations of the findings (of the error findings when the verdict
// is negative). nomination.TestScenarios runs the same files through the
// library.
func TestValidateLawScenarios(t *testing.T) {
	type cite struct {
		Document string `json:"document"`
		Article  *int   `json:"article"`
		Clause   *int   `json:"clause"`
		Point    string `json:"point"`
	}
	type scenario struct {
		Name      string          `json:"name"`
		Provision string          `json:"provision"`
		Input     json.RawMessage `json:"input"`
		Expect    struct {
			Exit    int      `json:"exit"`
			Cite    []cite   `json:"cite"`
			CiteAny [][]cite `json:"cite_any"`
		} `json:"expect"`
	}
	files, err := filepath.Glob("../../nomination/testdata/scenarios/*.json")
	require.NoError(t, err)
	require.GreaterOrEqual(t, len(files), 40)
	for _, p := range files {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		var s scenario
		require.NoError(t, json.Unmarshal(b, &s), p)
		t.Run(s.Name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, string(s.Input), "validate", "--format", "json", "-")
			require.Equal(t, s.Expect.Exit, code, "%s: %s\n%s", s.Provision, stderr, stdout)
			if code == 2 {
				return
			}
			var out struct {
				Findings []nomination.Finding `json:"findings"`
				Results  []nomination.Result  `json:"results"`
			}
			require.NoError(t, json.Unmarshal([]byte(stdout), &out))
			findings := out.Findings
			for _, r := range out.Results {
				findings = append(findings, r.Findings...)
			}
			has := func(c cite) bool {
				for _, f := range findings {
					fc := f.Citation
					if (code == 0 || f.Severity == nomination.Error) && c.Document == fc.Document &&
						(c.Article == nil || *c.Article == fc.Article) && (c.Clause == nil || *c.Clause == fc.Clause) &&
						(c.Point == "" || c.Point == fc.Point) {
						return true
					}
				}
				return false
			}
			for _, c := range s.Expect.Cite {
				if !has(c) {
					t.Errorf("%s: no finding cites %+v", s.Provision, c)
				}
			}
			if len(s.Expect.CiteAny) > 0 {
				ok := false
				for _, alt := range s.Expect.CiteAny {
					all := true
					for _, c := range alt {
						all = all && has(c)
					}
					ok = ok || all
				}
				if !ok {
					t.Errorf("%s: none of %+v", s.Provision, s.Expect.CiteAny)
				}
			}
		})
	}
}

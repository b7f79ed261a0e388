package nomination

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// A scenario (testdata/scenarios/*.json) is a nomination or batch written
// from the text of the law before the validator was run, with the provision
// it is built from, the verdict (exit: 0 eligible or valid, 1 not, 2 input
// error) and the citations an expert would give: every "cite" must be
// carried by a finding (by an error finding when the verdict is negative),
// and one of the "cite_any" alternatives must be. A citation matches on the
// fields it gives (document, article, clause, point).
type scenario struct {
	Name      string          `json:"name"`
	Provision string          `json:"provision"`
	Note      string          `json:"note"`
	Input     json.RawMessage `json:"input"`
	Expect    struct {
		Exit    int              `json:"exit"`
		Cite    []scenarioCite   `json:"cite"`
		CiteAny [][]scenarioCite `json:"cite_any"`
	} `json:"expect"`
}

type scenarioCite struct {
	Document string `json:"document"`
	Article  *int   `json:"article"`
	Clause   *int   `json:"clause"`
	Point    string `json:"point"`
}

func (s scenarioCite) matches(c Citation) bool {
	return s.Document == c.Document && (s.Article == nil || *s.Article == c.Article) &&
		(s.Clause == nil || *s.Clause == c.Clause) && (s.Point == "" || s.Point == c.Point)
}

func loadScenarios(t *testing.T, dir string) []scenario {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil || len(files) < 40 {
		t.Fatalf("scenarios: %d files, %v", len(files), err)
	}
	out := make([]scenario, 0, len(files))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var s scenario
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		if s.Provision == "" || len(s.Input) == 0 {
			t.Fatalf("%s: a scenario names its provision and has an input", p)
		}
		out = append(out, s)
	}
	return out
}

// checkScenario compares a verdict and its findings with the scenario.
func checkScenario(t *testing.T, s scenario, exit int, findings []Finding) {
	t.Helper()
	if exit != s.Expect.Exit {
		t.Errorf("%s (%s): exit %d, want %d; findings %+v", s.Name, s.Provision, exit, s.Expect.Exit, findings)
		return
	}
	if exit == 2 {
		return
	}
	has := func(c scenarioCite) bool {
		for _, f := range findings {
			if (exit == 0 || f.Severity == Error) && c.matches(f.Citation) {
				return true
			}
		}
		return false
	}
	for _, c := range s.Expect.Cite {
		if !has(c) {
			t.Errorf("%s (%s): no finding cites %+v", s.Name, s.Provision, c)
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
			t.Errorf("%s (%s): none of the citations %+v", s.Name, s.Provision, s.Expect.CiteAny)
		}
	}
}

// TestScenarios runs the scenarios through DecodeBytes and Validate (or
// ValidateBatch).
func TestScenarios(t *testing.T) {
	for _, s := range loadScenarios(t, filepath.Join("testdata", "scenarios")) {
		t.Run(s.Name, func(t *testing.T) {
			in, err := DecodeBytes(s.Input)
			var findings []Finding
			exit := 1
			switch {
			case err != nil:
			case in.Batch != nil:
				var br BatchResult
				br, err = ValidateBatch(in.Batch)
				if err == nil {
					findings = append(findings, br.Findings...)
					for _, r := range br.Results {
						findings = append(findings, r.Findings...)
					}
					if br.Valid {
						exit = 0
					}
				}
			default:
				var r Result
				r, err = Validate(in.Nomination)
				findings = r.Findings
				if err == nil && r.Eligible {
					exit = 0
				}
			}
			if err != nil {
				if !errors.Is(err, ErrInput) {
					t.Fatalf("%s: %v is not an input error", s.Name, err)
				}
				exit = 2
			}
			checkScenario(t, s, exit, findings)
		})
	}
}

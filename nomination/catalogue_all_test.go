package nomination

import (
	"strconv"
	"testing"

	"golang.org/x/text/unicode/norm"
)

var contractCodes = []string{"LDTT", "CSTT", "CSTD_CS", "CSTD_BO_TINH", "CSTD_TQ", "TTLDTT", "DVTT", "TTLDXS", "DVQT",
	"CO_BO_TINH", "CO_CP", "GIAY_KHEN", "BK_BO_TINH", "BK_TTG", "HC_LD_3", "HC_LD_2", "HC_LD_1", "HC_DL_3", "HC_DL_2", "HC_DL_1", "AH_LD"}

func TestCatalogueContract(t *testing.T) {
	c := Default()
	for _, code := range contractCodes {
		if c.Lookup(code) == nil {
			t.Errorf("contract code %s missing from the catalogue", code)
		}
	}
	seen := map[string]bool{}
	for _, a := range c.Awards {
		if seen[a.Code] {
			t.Errorf("duplicate code %s", a.Code)
		}
		seen[a.Code] = true
		for _, s := range []string{a.NameVi, a.NameEn, a.CriteriaVi, a.CriteriaEn, a.Note} {
			if !norm.NFC.IsNormalString(s) {
				t.Errorf("%s: text not NFC: %q", a.Code, s)
			}
		}
		if conferrerLevel(a.Conferrer) == levelNone {
			t.Errorf("%s: bad conferrer %q", a.Code, a.Conferrer)
		}
		switch a.Status {
		case "VERIFIED", "PARTLY_VERIFIED", "UNVERIFIED":
		default:
			t.Errorf("%s: bad status %q", a.Code, a.Status)
		}
		for _, reg := range []string{Regime2022, Regime2013} {
			b := a.Basis[reg]
			if len(b) == 0 {
				t.Errorf("%s: no legal basis for regime %s", a.Code, reg)
			}
			for _, ci := range b {
				if ci.Document == "" || ci.Article <= 0 {
					t.Errorf("%s/%s: incomplete citation %+v", a.Code, reg, ci)
				}
			}
		}
		if len(a.Recipients) == 0 {
			t.Errorf("%s: no recipients", a.Code)
		}
	}
}

// TestEveryAward gives every award of the catalogue, in both regimes and for
// every kind of subject it accepts, a dossier meeting all encoded rules
// (eligible), then breaks the rules every award shares: the kind of
// subject (the award's own article), the conferring authority (the
// authority article) and discipline in the year.
func TestEveryAward(t *testing.T) {
	for _, a := range Default().Awards {
		for _, year := range []int{2024, 2023} {
			for _, kind := range a.Recipients {
				n := dossier(a.Code, year, kind)
				r, err := Validate(n)
				if err != nil {
					t.Fatalf("%s %d %s: %v", a.Code, year, kind, err)
				}
				if !r.Eligible {
					t.Errorf("%s %d %s: want eligible\n%s", a.Code, year, kind, describe(r))
				}
				if r.Regime != RegimeFor(year) {
					t.Errorf("%s %d: regime %s", a.Code, year, r.Regime)
				}
				// authority
				n.Conferrer = ConferrerUnit
				if a.Conferrer == ConferrerUnit {
					n.Conferrer = ConferrerPrimeMinister
				}
				r, _ = Validate(n)
				if r.Eligible || !hasRule(r, "authority", Error) {
					t.Errorf("%s %d %s: wrong authority accepted\n%s", a.Code, year, kind, describe(r))
				}
				if kind == Individual {
					n = dossier(a.Code, year, kind)
					n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: strconv.Itoa(year) + "-06-15"}}
					r, _ = Validate(n)
					if r.Eligible || !hasRule(r, "discipline", Error) {
						t.Errorf("%s %d: discipline in the year accepted\n%s", a.Code, year, describe(r))
					}
				}
			}
			for _, kind := range []string{Individual, Collective, Household} {
				if a.Accepts(kind) {
					continue
				}
				n := dossier(a.Code, year, kind)
				r, _ := Validate(n)
				f := firstError(r, "recipient")
				if r.Eligible || f == nil {
					t.Errorf("%s %d: %s accepted\n%s", a.Code, year, kind, describe(r))
					continue
				}
				if f.Citation != a.Basis[RegimeFor(year)][0] {
					t.Errorf("%s: recipient error cites %+v, want the award's article", a.Code, f.Citation)
				}
			}
		}
	}
}

func hasRule(r Result, rule string, sev Severity) bool {
	for _, f := range r.Findings {
		if f.Rule == rule && f.Severity == sev {
			return true
		}
	}
	return false
}

func firstError(r Result, rule string) *Finding {
	for i, f := range r.Findings {
		if f.Rule == rule && f.Severity == Error {
			return &r.Findings[i]
		}
	}
	return nil
}

func TestMessagesNFC(t *testing.T) {
	for _, a := range Default().Awards {
		for _, year := range []int{2024, 2023} {
			for _, kind := range []string{Individual, Collective, Household} {
				n := dossier(a.Code, year, kind)
				n.Ratings = nil
				n.Members = nil
				n.Conferrer = ""
				r, _ := Validate(n)
				for _, f := range r.Findings {
					if !norm.NFC.IsNormalString(f.Message) || f.Message == "" || f.MessageEn == "" {
						t.Errorf("%s %s: message not NFC or empty: %q", a.Code, f.Rule, f.Message)
					}
					if f.Severity == Error && (f.Citation.Document == "" || f.Citation.Article <= 0) {
						t.Errorf("%s %s: error without article: %+v", a.Code, f.Rule, f.Citation)
					}
				}
			}
		}
	}
}

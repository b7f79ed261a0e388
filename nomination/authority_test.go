package nomination

import (
	"errors"
	"testing"
)

// TestLocalAuthorityTwoTier checks the local conferrers before and after
// 2025-07-01: Law 06/2022 Art. 80(2) (district chairs) and 80(3) (commune
// chairs) until 2025-06-30, Decree 129/2025/NĐ-CP Art. 59 (no district
// level, the commune chair confers what both did) from 2025-07-01. Each
// case names the finding that must carry the verdict: its rule, severity
// and provision.
func TestLocalAuthorityTwoTier(t *testing.T) {
	art80cl2 := Citation{Document: docLaw2022, Article: 80, Clause: 2, Verified: true}
	art80cl3 := Citation{Document: docLaw2022, Article: 80, Clause: 3, Verified: true}
	dec129 := Citation{Document: docDec129, Article: 59, Verified: true}
	cases := []struct {
		name      string
		code      string
		year      int
		kind      string
		conferrer string
		decided   string // decision_date
		asOf      string
		eligible  bool
		rule      string
		sev       Severity
		cite      Citation
	}{
		{name: "district chair signs LĐTT on 2025-06-30", code: "LDTT", year: 2024, conferrer: ConferrerDistrict, decided: "2025-06-30", eligible: true, rule: "authority", sev: Info, cite: art80cl2},
		{name: "district chair signs LĐTT on 2025-07-01", code: "LDTT", year: 2024, conferrer: ConferrerDistrict, decided: "2025-07-01", rule: "authority", sev: Error, cite: dec129},
		{name: "district chair, no decision date, proposal of 2025-07-01", code: "LDTT", year: 2024, conferrer: ConferrerDistrict, asOf: "2025-07-01", rule: "authority", sev: Error, cite: dec129},
		{name: "district chair, decision date before the proposal's 2025-07-01", code: "GIAY_KHEN", year: 2024, conferrer: ConferrerDistrict, decided: "30/06/2025", asOf: "2025-06-20", eligible: true, rule: "authority", sev: Info, cite: art80cl2},
		{name: "district chair signs CSTĐ cơ sở on 2025-06-30", code: "CSTD_CS", year: 2024, conferrer: ConferrerDistrict, decided: "2025-06-30", eligible: true, rule: "authority", sev: Info, cite: art80cl2},
		{name: "district chair signs Gia đình văn hóa (Art. 80(2) does not list it)", code: "GIA_DINH_VH", year: 2024, kind: Household, conferrer: ConferrerDistrict, decided: "2025-03-01", rule: "authority", sev: Error, cite: art80cl2},
		{name: "district chair signs thôn văn hóa on 2025-06-30", code: "THON_TDP_VH", year: 2024, kind: Collective, conferrer: ConferrerDistrict, decided: "2025-06-30", eligible: true, rule: "authority", sev: Info, cite: art80cl2},
		{name: "district chair signs thôn văn hóa on 2025-07-01", code: "THON_TDP_VH", year: 2024, kind: Collective, conferrer: ConferrerDistrict, decided: "2025-07-01", rule: "authority", sev: Error, cite: dec129},
		{name: "commune chair signs CSTĐ cơ sở on 2025-06-30 (Art. 80(3) does not list it)", code: "CSTD_CS", year: 2024, conferrer: ConferrerCommune, decided: "2025-06-30", rule: "authority", sev: Error, cite: art80cl3},
		{name: "commune chair signs CSTĐ cơ sở on 2025-07-01", code: "CSTD_CS", year: 2024, conferrer: ConferrerCommune, decided: "2025-07-01", eligible: true, rule: "authority", sev: Info, cite: dec129},
		{name: "commune chair signs TTLĐTT on 2025-06-30", code: "TTLDTT", year: 2024, kind: Collective, conferrer: ConferrerCommune, decided: "2025-06-30", rule: "authority", sev: Error, cite: art80cl3},
		{name: "commune chair signs TTLĐTT in 2026", code: "TTLDTT", year: 2025, kind: Collective, conferrer: ConferrerCommune, decided: "2026-01-15", eligible: true, rule: "authority", sev: Info, cite: dec129},
		{name: "commune chair signs LĐTT on 2025-06-30", code: "LDTT", year: 2024, conferrer: ConferrerCommune, decided: "2025-06-30", eligible: true, rule: "authority", sev: Info, cite: art80cl3},
		{name: "commune chair signs Gia đình văn hóa on 2025-07-01", code: "GIA_DINH_VH", year: 2024, kind: Household, conferrer: ConferrerCommune, decided: "2025-07-01", eligible: true, rule: "authority", sev: Info, cite: dec129},
		{name: "commune chair signs Bằng khen bộ, tỉnh", code: "BK_BO_TINH", year: 2024, conferrer: ConferrerCommune, decided: "2025-08-01", rule: "authority", sev: Error, cite: Citation{Document: docLaw2022, Article: 79}},
		{name: "district chair, 2023 achievement, decision of 2024-03-01", code: "LDTT", year: 2023, conferrer: ConferrerDistrict, decided: "2024-03-01", eligible: true, rule: "authority", sev: Info, cite: Citation{Document: docLaw2003, Article: 80}},
		{name: "district chair, 2023 achievement, decision of 2025-07-01", code: "LDTT", year: 2023, conferrer: ConferrerDistrict, decided: "2025-07-01", rule: "authority", sev: Error, cite: dec129},
		{name: "district chair, no date at all, only warns", code: "LDTT", year: 2024, conferrer: ConferrerDistrict, eligible: true, rule: "authority", sev: Warning, cite: dec129},
		{name: "district chair, decision date not a date", code: "LDTT", year: 2024, conferrer: ConferrerDistrict, decided: "31/06/2025", rule: "missing_fact", sev: Error, cite: dec129},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			kind := tc.kind
			if kind == "" {
				kind = Individual
			}
			n := dossier(tc.code, tc.year, kind)
			n.Conferrer, n.DecisionDate, n.AsOf = tc.conferrer, tc.decided, tc.asOf
			r, err := Validate(n)
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible != tc.eligible {
				t.Fatalf("eligible = %v, want %v\n%s", r.Eligible, tc.eligible, describe(r))
			}
			if !hasFinding(r, tc.rule, tc.sev, tc.cite) {
				t.Errorf("no %s finding %q citing %s\n%s", tc.sev, tc.rule, tc.cite.Text("en"), describe(r))
			}
		})
	}
}

// TestDetailingDecree152 checks that proposals dated from 2025-07-01 cite
// Decree 152/2025/NĐ-CP, those before it Decree 98/2023/NĐ-CP, for the
// provisions both decrees hold under the same number (Art. 4(4)
// discipline, 4(5) maternity leave), and that the change of decree is
// itself cited to Decree 152 Art. 59(2).
func TestDetailingDecree152(t *testing.T) {
	discipline := func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2024-05-02"}}
	}
	maternity := func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2024-02-01", To: "2024-07-31"}}
	}
	cases := []struct {
		name     string
		code     string
		asOf     string
		mutate   func(*Nomination)
		eligible bool
		rule     string
		sev      Severity
		cite     Citation
	}{
		{name: "discipline, proposal of 2025-06-30", code: "CSTD_CS", asOf: "2025-06-30", mutate: discipline, rule: "discipline", sev: Error, cite: Citation{Document: docDec98, Article: 4, Clause: 4, Verified: true}},
		{name: "discipline, proposal of 2025-07-01", code: "CSTD_CS", asOf: "2025-07-01", mutate: discipline, rule: "discipline", sev: Error, cite: Citation{Document: docDec152, Article: 4, Clause: 4, Verified: true}},
		{name: "maternity leave, proposal of 2025-01-10", code: "LDTT", asOf: "2025-01-10", mutate: maternity, eligible: true, rule: "leave_counted", sev: Info, cite: Citation{Document: docDec98, Article: 4, Clause: 5, Verified: true}},
		{name: "maternity leave, proposal of 2025-08-01", code: "LDTT", asOf: "2025-08-01", mutate: maternity, eligible: true, rule: "leave_counted", sev: Info, cite: Citation{Document: docDec152, Article: 4, Clause: 5, Verified: true}},
		{name: "the detailing decree from 2025-07-01", code: "LDTT", asOf: "2025-07-01", eligible: true, rule: "detailing_decree", sev: Info, cite: Citation{Document: docDec152, Article: 59, Clause: 2, Verified: true}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := dossier(tc.code, 2024, Individual)
			n.AsOf = tc.asOf
			if tc.mutate != nil {
				tc.mutate(n)
			}
			r, err := Validate(n)
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible != tc.eligible {
				t.Fatalf("eligible = %v, want %v\n%s", r.Eligible, tc.eligible, describe(r))
			}
			if !hasFinding(r, tc.rule, tc.sev, tc.cite) {
				t.Errorf("no %s finding %q citing %s\n%s", tc.sev, tc.rule, tc.cite.Text("en"), describe(r))
			}
		})
	}
	// the detailing decree is not named before 2025-07-01
	n := dossier("LDTT", 2024, Individual)
	n.AsOf = "2025-06-30"
	r, err := Validate(n)
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range r.Findings {
		if f.Rule == "detailing_decree" || f.Citation.Document == docDec152 {
			t.Errorf("a proposal of 2025-06-30 cites Decree 152: %+v", f)
		}
	}
}

// TestDecisionDateBounds: decision_date is a date of the input like as_of,
// bounded to MinYear–MaxYear.
func TestDecisionDateBounds(t *testing.T) {
	n := dossier("LDTT", 2024, Individual)
	n.Conferrer, n.DecisionDate = ConferrerCommune, "2101-01-01"
	_, err := Validate(n)
	var ie *InputError
	if !errors.Is(err, ErrOutOfRange) || !errors.As(err, &ie) || ie.Field != "decision_date" {
		t.Fatalf("decision_date 2101-01-01: %v, want an out-of-range error on decision_date", err)
	}
}

// hasFinding reports whether r holds a finding of the rule and severity
// whose citation matches cite on the document, article and clause (and on
// Verified when cite says it is verified).
func hasFinding(r Result, rule string, sev Severity, cite Citation) bool {
	for _, f := range r.Findings {
		c := f.Citation
		if f.Rule == rule && f.Severity == sev && c.Document == cite.Document && c.Article == cite.Article &&
			(cite.Clause == 0 || c.Clause == cite.Clause) && (!cite.Verified || c.Verified) {
			return true
		}
	}
	return false
}

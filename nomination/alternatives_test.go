package nomination

import (
	"fmt"
	"strings"
	"testing"
)

// alt is an expected alternative: award and verdict.
type alt struct {
	award    string
	eligible bool
}

func altsOf(r Result) []alt {
	var out []alt
	for _, a := range r.Alternatives {
		out = append(out, alt{a.Award, a.Eligible})
	}
	return out
}

func dropHistory(n *Nomination, code string, year int) { n.History = without(n.History, code, year) }

func moveHistory(n *Nomination, code string, from, to int) {
	dropHistory(n, code, from)
	n.History = append(n.History, Grant{Award: code, Year: to})
}

func discipline2024(n *Nomination) {
	n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2024-06-01"}}
}

// TestAlternativesEveryLadder breaks one fact of a nomination for the top
// of each step of the ladders and checks what the same facts earn: the
// peers, then the awards down the ladder until one is earned. Every step of
// the ladders has a case.
func TestAlternativesEveryLadder(t *testing.T) {
	wrongAuthority := func(n *Nomination) { n.Conferrer = ConferrerUnit }
	cases := []struct {
		award  string
		kind   string
		armed  bool
		year   int
		mutate func(n *Nomination)
		want   []alt
	}{
		// individual titles
		{"CSTD_TQ", Individual, false, 2024, func(n *Nomination) { dropHistory(n, "CSTD_BO_TINH", 2024) }, []alt{{"CSTD_BO_TINH", true}}},
		{"CSTD_BO_TINH", Individual, false, 2024, func(n *Nomination) {
			dropHistory(n, "CSTD_CS", 2024)
			dropHistory(n, "CSTD_CS", 2023)
		}, []alt{{"CSTD_CS", true}}},
		{"CSTD_CS", Individual, false, 2024, func(n *Nomination) {
			setRating(n, 2024, RatingGood)
			n.Initiatives = nil
		}, []alt{{"LDTT", true}}},
		{"LDTT", Individual, true, 2024, nil, []alt{{"CSTT", true}}},
		{"CSTT", Individual, false, 2024, nil, []alt{{"LDTT", true}}},
		// collective titles
		{"CO_CP", Collective, false, 2023, func(n *Nomination) { dropHistory(n, "CO_BO_TINH", 2023) }, []alt{{"CO_BO_TINH", true}}},
		{"CO_BO_TINH", Collective, false, 2024, func(n *Nomination) { n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 2}} }, []alt{{"TTLDXS", true}}},
		{"TTLDXS", Collective, false, 2024, func(n *Nomination) { n.Members.Fighters = 0 }, []alt{{"TTLDTT", true}}},
		{"DVQT", Collective, true, 2024, func(n *Nomination) { n.Members.Fighters = 0 }, []alt{{"DVTT", true}}},
		{"TTLDTT", Collective, true, 2024, nil, []alt{{"DVTT", true}}},
		{"DVTT", Collective, false, 2024, nil, []alt{{"TTLDTT", true}}},
		// certificates and the Labour Order
		{"BK_TTG", Individual, false, 2024, func(n *Nomination) { moveHistory(n, "BK_BO_TINH", 2019, 2021) }, []alt{{"BK_BO_TINH", true}}},
		{"BK_BO_TINH", Individual, false, 2024, discipline2024, []alt{{"GIAY_KHEN", false}}},
		{"HC_LD_3", Individual, false, 2024, func(n *Nomination) { moveHistory(n, "BK_TTG", 2019, 2021) }, []alt{{"BK_TTG", false}, {"BK_BO_TINH", true}}},
		// the Third Class is held: passed over, the walk goes on below it
		{"HC_LD_2", Individual, false, 2024, func(n *Nomination) { dropHistory(n, "CSTD_BO_TINH", 2022) }, []alt{{"BK_TTG", false}, {"BK_BO_TINH", true}}},
		{"HC_LD_1", Individual, false, 2024, func(n *Nomination) { setRating(n, 2022, RatingCompleted) }, []alt{{"HC_LD_3", false}, {"BK_TTG", false}, {"BK_BO_TINH", true}}},
		{"HC_DL_3", Individual, false, 2024, func(n *Nomination) { dropHistory(n, "HC_LD_1", 2019) }, []alt{{"HC_LD_1", false}, {"HC_LD_2", false}, {"HC_LD_3", false}, {"BK_TTG", false}, {"BK_BO_TINH", true}}},
		{"HC_DL_2", Individual, false, 2024, func(n *Nomination) { dropHistory(n, "HC_DL_3", 2019) }, []alt{{"HC_DL_3", false}, {"HC_LD_1", false}, {"HC_LD_2", false}, {"HC_LD_3", false}, {"BK_TTG", false}, {"BK_BO_TINH", true}}},
		{"HC_DL_1", Collective, false, 2024, func(n *Nomination) { dropHistory(n, "HC_DL_2", 2019) }, []alt{{"HC_DL_2", false}, {"HC_DL_3", false}, {"HC_LD_1", false}, {"HC_LD_2", false}, {"HC_LD_3", false}, {"BK_TTG", false}, {"BK_BO_TINH", true}}},
		// orders, medals, honorary titles and prizes whose criteria are
		// not encoded: a wrong conferrer makes the top ineligible; the
		// class below, asked of its own conferrer, is earned (with the
		// warning that its criteria must be read in the dossier)
		{"HC_SAO_VANG", Individual, false, 2024, wrongAuthority, []alt{{"HC_HCM", true}}},
		{"HC_HCM", Collective, false, 2024, wrongAuthority, []alt{{"HC_DL_1", false}, {"HC_DL_2", false}, {"HC_DL_3", false}, {"HC_LD_1", false}, {"HC_LD_2", false}, {"HC_LD_3", false}, {"BK_TTG", false}, {"BK_BO_TINH", true}}},
		{"HC_QC_1", Individual, true, 2024, wrongAuthority, []alt{{"HC_QC_2", true}}},
		{"HC_QC_2", Collective, true, 2024, wrongAuthority, []alt{{"HC_QC_3", true}}},
		{"HC_BVTQ_1", Individual, false, 2024, wrongAuthority, []alt{{"HC_BVTQ_2", true}}},
		{"HC_BVTQ_2", Individual, false, 2024, discipline2024, []alt{{"HC_BVTQ_3", false}}},
		{"HC_CC_1", Individual, false, 2024, wrongAuthority, []alt{{"HC_CC_2", true}}},
		{"HC_CC_2", Individual, false, 2024, wrongAuthority, []alt{{"HC_CC_3", true}}},
		{"HCH_CSVV_1", Individual, true, 2024, wrongAuthority, []alt{{"HCH_CSVV_2", true}}},
		{"HCH_CSVV_2", Individual, true, 2024, discipline2024, []alt{{"HCH_CSVV_3", false}}},
		{"NGND", Individual, false, 2024, wrongAuthority, []alt{{"NGUT", true}}},
		{"TTND", Individual, false, 2024, wrongAuthority, []alt{{"TTUT", true}}},
		{"NSND", Individual, false, 2024, discipline2024, []alt{{"NSUT", false}}},
		{"NNND", Individual, false, 2024, wrongAuthority, []alt{{"NNUT", true}}},
		{"GT_HCM", Collective, false, 2024, wrongAuthority, []alt{{"GT_NN", true}}},
	}
	covered := map[string]bool{}
	for _, tc := range cases {
		covered[tc.award] = true
		t.Run(tc.award, func(t *testing.T) {
			n := dossier(tc.award, tc.year, tc.kind)
			n.Subject.ArmedForces = tc.armed
			if tc.mutate != nil {
				tc.mutate(n)
			}
			r, err := Validate(n, WithAlternatives())
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible {
				t.Fatalf("the broken nomination is eligible: %s", describe(r))
			}
			if got := altsOf(r); fmt.Sprint(got) != fmt.Sprint(tc.want) {
				var b strings.Builder
				for _, a := range r.Alternatives {
					fmt.Fprintf(&b, "\n%s eligible=%v", a.Award, a.Eligible)
					for _, f := range a.Findings {
						if f.Severity == Error {
							fmt.Fprintf(&b, "\n  %s: %s", f.Rule, f.MessageEn)
						}
					}
				}
				t.Errorf("alternatives %v, want %v%s", got, tc.want, b.String())
			}
			// without the option, and for an eligible result, none
			plain, _ := Validate(n)
			if len(plain.Alternatives) != 0 {
				t.Errorf("alternatives without WithAlternatives: %v", altsOf(plain))
			}
		})
	}
	for _, s := range ladders {
		if !covered[s.Award] {
			t.Errorf("ladder step %s has no case", s.Award)
		}
	}
}

// TestAlternativesNoneWhenEligible: an eligible result has no alternatives.
func TestAlternativesNoneWhenEligible(t *testing.T) {
	for _, code := range []string{"CSTD_BO_TINH", "BK_TTG", "HC_LD_3"} {
		r, err := Validate(dossier(code, 2024, Individual), WithAlternatives())
		if err != nil || !r.Eligible || len(r.Alternatives) != 0 {
			t.Errorf("%s: %v eligible=%v alternatives=%v", code, err, r.Eligible, altsOf(r))
		}
	}
}

// TestLaddersData checks the ladders as data: every code is in the
// catalogue, each award has one step, nothing is below itself (no cycle),
// a step's Below and Peers can go to some subject the top can, and every
// class of an order or medal in the catalogue has the next class below it.
func TestLaddersData(t *testing.T) {
	cat := Default()
	seen := map[string]bool{}
	for _, s := range ladders {
		if cat.Lookup(s.Award) == nil {
			t.Errorf("%s: not in the catalogue", s.Award)
		}
		if seen[s.Award] {
			t.Errorf("%s: two steps", s.Award)
		}
		seen[s.Award] = true
		if len(s.Below) == 0 && len(s.Peers) == 0 {
			t.Errorf("%s: a step with nothing below and no peer", s.Award)
		}
		if s.Note == "" {
			t.Errorf("%s: a step says where its order comes from", s.Award)
		}
		for _, c := range append(append([]string{}, s.Below...), s.Peers...) {
			if cat.Lookup(c) == nil {
				t.Errorf("%s: %s not in the catalogue", s.Award, c)
			}
		}
		// no cycle: walking down never comes back
		path := map[string]bool{s.Award: true}
		var walk func(code string, depth int)
		walk = func(code string, depth int) {
			st := stepOf(code)
			if st == nil || depth > len(ladders) {
				return
			}
			for _, b := range st.Below {
				if path[b] {
					t.Errorf("%s: cycle through %s", s.Award, b)
					return
				}
				path[b] = true
				walk(b, depth+1)
			}
		}
		walk(s.Award, 0)
	}
	for _, a := range cat.Awards {
		for _, pair := range [][2]string{{"_1", "_2"}, {"_2", "_3"}} {
			if strings.HasSuffix(a.Code, pair[0]) {
				lower := strings.TrimSuffix(a.Code, pair[0]) + pair[1]
				if cat.Lookup(lower) == nil {
					continue
				}
				st := stepOf(a.Code)
				if st == nil || len(st.Below) == 0 || st.Below[0] != lower {
					t.Errorf("%s: the class below (%s) is not its ladder's next step", a.Code, lower)
				}
			}
		}
	}
}

package nomination

import (
	"encoding/json"
	"testing"
)

// chainCase is a nomination failing a chain rule: the rule, the year it can
// be met if the chain goes on (Result.NextEligible) and, when set, the
// trace of that rule in words.
type chainCase struct {
	name   string
	code   string
	kind   string
	mutate func(n *Nomination)
	rule   string
	next   int
	vi, en string
}

func setHistory(n *Nomination, code string, years ...int) {
	out := n.History[:0:0]
	for _, g := range n.History {
		if g.Award != code {
			out = append(out, g)
		}
	}
	for _, y := range years {
		out = append(out, Grant{Award: code, Year: y})
	}
	n.History = out
}

var chainCases = []chainCase{
	{"cstd_bo_tinh two of three", "CSTD_BO_TINH", Individual, func(n *Nomination) { setHistory(n, "CSTD_CS", 2023, 2024) },
		"consecutive_prerequisite", 2025,
		"cần 3 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2024; có 2 (2023, 2024); sớm nhất năm 2025 nếu chuỗi tiếp tục",
		"need 3 consecutive Grassroots Emulation Fighter ending 2024; have 2 (2023, 2024); earliest 2025 if the chain goes on"},
	{"cstd_bo_tinh one of three", "CSTD_BO_TINH", Individual, func(n *Nomination) { setHistory(n, "CSTD_CS", 2021, 2024) },
		"consecutive_prerequisite", 2026, "cần 3 lần liên tục Chiến sĩ thi đua cơ sở đến năm 2024; có 1 (2024); sớm nhất năm 2026 nếu chuỗi tiếp tục", ""},
	{"cstd_bo_tinh none in the year", "CSTD_BO_TINH", Individual, func(n *Nomination) { setHistory(n, "CSTD_CS", 2022, 2023) },
		"consecutive_prerequisite", 2027, "", ""},
	{"cstd_bo_tinh after the last one", "CSTD_BO_TINH", Individual, func(n *Nomination) { n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2023}) },
		"consecutive_prerequisite", 2026, "", ""},
	{"cstd_tq one ministry title this year", "CSTD_TQ", Individual, func(n *Nomination) { setHistory(n, "CSTD_BO_TINH", 2024) },
		"consecutive_prerequisite", 2027, "", ""},
	{"cstd_tq one ministry title two years ago", "CSTD_TQ", Individual, func(n *Nomination) { setHistory(n, "CSTD_BO_TINH", 2022) },
		"consecutive_prerequisite", 2025, "", ""},
	{"cstd_tq none, three grassroots titles", "CSTD_TQ", Individual, func(n *Nomination) { setHistory(n, "CSTD_BO_TINH") },
		"consecutive_prerequisite", 2027, "", ""},
	{"cstd_tq too late after the pair", "CSTD_TQ", Individual, func(n *Nomination) { setHistory(n, "CSTD_BO_TINH", 2019, 2022) },
		"timing", 2025, "", ""},
	{"bk_bo_tinh one excellent year", "BK_BO_TINH", Individual, func(n *Nomination) {
		setHistory(n, "CSTD_CS")
		setRating(n, 2023, RatingGood)
	}, "rating", 2025,
		"cần xếp loại năm 2023 từ hoàn thành xuất sắc nhiệm vụ trở lên; có hoàn thành tốt nhiệm vụ; sớm nhất năm 2025 nếu chuỗi tiếp tục",
		"need a rating of excellent (HTXSNV) or better for 2023; have completed well (HTTNV); earliest 2025 if the chain goes on"},
	{"bk_bo_tinh the year not excellent", "BK_BO_TINH", Individual, func(n *Nomination) {
		setHistory(n, "CSTD_CS")
		setRating(n, 2024, RatingGood)
	}, "rating", 2026, "", ""},
	{"bk_bo_tinh the last one a year ago", "BK_BO_TINH", Individual, func(n *Nomination) {
		setHistory(n, "CSTD_CS")
		n.History = append(n.History, Grant{Award: "BK_BO_TINH", Year: 2023})
	}, "one_achievement_one_award", 2025, "", ""},
	{"bk_bo_tinh collective", "BK_BO_TINH", Collective, func(n *Nomination) { setRating(n, 2024, RatingGood) }, "rating", 2026, "", ""},
	{"bk_ttg prior certificate too recent", "BK_TTG", Individual, func(n *Nomination) { setHistory(n, "BK_BO_TINH", 2021) },
		"prerequisite", 2026,
		"cần Bằng khen của bộ, ban, ngành, tỉnh từ 5 năm trước năm 2024; có năm 2021 (3 năm); sớm nhất năm 2026 nếu chuỗi tiếp tục",
		"need Ministry/Province Certificate of Merit at least 5 years before 2024; have 2021 (3 years); earliest 2026 if the chain goes on"},
	{"bk_ttg no prior certificate", "BK_TTG", Individual, func(n *Nomination) { setHistory(n, "BK_BO_TINH") }, "prerequisite", 2029, "", ""},
	{"bk_ttg broken period", "BK_TTG", Individual, func(n *Nomination) { setRating(n, 2021, RatingCompleted) }, "continuity", 2029, "", ""},
	{"bk_ttg two grassroots titles", "BK_TTG", Individual, func(n *Nomination) { setHistory(n, "CSTD_CS", 2023, 2024) },
		"grassroots_fighters", 2025,
		"cần 3 Chiến sĩ thi đua cơ sở trong 2020–2024; có 2 (2023, 2024); sớm nhất năm 2025 nếu chuỗi tiếp tục", ""},
	{"hc_ld_3 no excellent year", "HC_LD_3", Individual, func(n *Nomination) {
		for y := 2020; y <= 2024; y++ {
			setRating(n, y, RatingGood)
		}
	}, "excellent_years", 2025, "cần 1 năm hoàn thành xuất sắc nhiệm vụ trong 2020–2024; có 0; sớm nhất năm 2025 nếu chuỗi tiếp tục", ""},
	{"hc_ld_3 one grassroots title", "HC_LD_3", Individual, func(n *Nomination) { setHistory(n, "CSTD_CS", 2024) }, "grassroots_fighters", 2026, "", ""},
	{"hc_ld_2 one excellent year", "HC_LD_2", Individual, func(n *Nomination) {
		for y := 2020; y <= 2023; y++ {
			setRating(n, y, RatingGood)
		}
	}, "excellent_years", 2025, "", ""},
	{"hc_ld_2 no ministry fighter", "HC_LD_2", Individual, func(n *Nomination) {
		setHistory(n, "CSTD_BO_TINH")
		setHistory(n, "CSTD_CS", 2024)
	}, "ministry_fighter", 2026, "", ""},
	{"hc_ld_1 second class too recent", "HC_LD_1", Individual, func(n *Nomination) { setHistory(n, "HC_LD_2", 2021) }, "prerequisite", 2026, "", ""},
	{"hc_dl_3 collective", "HC_DL_3", Collective, func(n *Nomination) { setHistory(n, "HC_LD_1", 2020) }, "prerequisite", 2025, "", ""},
}

// TestNextEligible checks, for every chain rule, the year given when it
// fails, and the trace of the failing rule in both languages.
func TestNextEligible(t *testing.T) {
	for _, tc := range chainCases {
		t.Run(tc.name, func(t *testing.T) {
			n := dossier(tc.code, 2024, tc.kind)
			tc.mutate(n)
			r, err := Validate(n)
			if err != nil {
				t.Fatal(err)
			}
			var f *Finding
			for i := range r.Findings {
				if r.Findings[i].Severity == Error && r.Findings[i].Rule == tc.rule {
					f = &r.Findings[i]
					break
				}
			}
			if f == nil {
				t.Fatalf("no %s error: %s", tc.rule, describe(r))
			}
			if r.NextEligible != tc.next || f.Trace.NextEligible != tc.next {
				t.Errorf("next_eligible %d (finding %d), want %d: %s", r.NextEligible, f.Trace.NextEligible, tc.next, describe(r))
			}
			if tc.vi != "" {
				if got := f.Trace.Text("vi"); got != tc.vi {
					t.Errorf("vi:\n got %s\nwant %s", got, tc.vi)
				}
			}
			if tc.en != "" {
				if got := f.Trace.Text("en"); got != tc.en {
					t.Errorf("en:\n got %s\nwant %s", got, tc.en)
				}
			}
		})
	}
}

// goOn extends n's facts by the years after its own up to to, as a chain
// that goes on: every year excellent, with the yearly titles and a
// nationwide initiative, and the chain titles (CSTĐ bộ, tỉnh, Bằng khen bộ,
// tỉnh) conferred in the years the validator finds them earned. The years
// up to n's own are as they are: the past does not change.
func goOn(t *testing.T, n *Nomination, to int) {
	t.Helper()
	for y := n.Year; y <= to; y++ {
		if y > n.Year {
			n.Ratings = append(n.Ratings, Rating{Year: y, Rating: RatingExcellent})
			n.Initiatives = append(n.Initiatives, Initiative{Year: y, Scope: ScopeNational})
			if n.Subject.Kind == Individual {
				n.History = append(n.History, Grant{Award: "CSTD_CS", Year: y}, Grant{Award: "LDTT", Year: y})
			}
		}
		for _, code := range []string{"CSTD_BO_TINH", "BK_BO_TINH"} {
			if code == n.Award || !Default().Lookup(code).Accepts(n.Subject.Kind) {
				continue
			}
			m := *n
			m.Award, m.Year, m.Conferrer = code, y, ""
			r, err := Validate(&m)
			if err != nil {
				t.Fatal(err)
			}
			if r.Eligible {
				n.History = append(n.History, Grant{Award: code, Year: y})
			}
		}
	}
}

// TestNextEligibleHolds checks next_eligible against the validator itself:
// with the chain going on, the same subject is eligible in that year and
// not in the year before.
func TestNextEligibleHolds(t *testing.T) {
	for _, tc := range chainCases {
		t.Run(tc.name, func(t *testing.T) {
			judge := func(year int) Result {
				n := dossier(tc.code, 2024, tc.kind)
				tc.mutate(n)
				if year > 2024 {
					goOn(t, n, year)
				}
				n.Year = year
				r, err := Validate(n)
				if err != nil {
					t.Fatal(err)
				}
				return r
			}
			if r := judge(tc.next); !r.Eligible {
				t.Errorf("not eligible in %d: %s", tc.next, describe(r))
			}
			if r := judge(tc.next - 1); r.Eligible {
				t.Errorf("eligible already in %d", tc.next-1)
			}
		})
	}
}

// TestTraceJSON checks the trace's JSON shape: years as an ascending
// array, back and forth.
func TestTraceJSON(t *testing.T) {
	tr := Trace{Test: "consecutive", Of: "CSTD_CS", Need: 3, Have: 2, To: 2024, NextEligible: 2025}
	tr.Years.Add(2024)
	tr.Years.Add(2023)
	b, err := json.Marshal(tr)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"test":"consecutive","of":"CSTD_CS","need":3,"have":2,"to":2024,"years":[2023,2024],"next_eligible":2025}`
	if string(b) != want {
		t.Errorf("got  %s\nwant %s", b, want)
	}
	var back Trace
	if err := json.Unmarshal(b, &back); err != nil || back != tr {
		t.Errorf("round trip: %v %+v", err, back)
	}
	if err := json.Unmarshal([]byte(`{"years":[1900]}`), &back); err == nil {
		t.Error("a year out of range is accepted")
	}
	var s Years
	for _, y := range []int{MinYear, 2000, 2008, MaxYear} {
		s.Add(y)
	}
	for _, c := range []struct{ upTo, want int }{{MaxYear + 5, MaxYear}, {2099, 2008}, {2008, 2008}, {2007, 2000}, {1999, MinYear}, {MinYear - 1, 0}} {
		if got := s.Last(c.upTo); got != c.want {
			t.Errorf("Last(%d) = %d, want %d", c.upTo, got, c.want)
		}
	}
}

// TestEveryFindingTraced: every finding of every dossier and scenario
// carries a trace, but for the notes that weigh no fact.
func TestEveryFindingTraced(t *testing.T) {
	notes := map[string]bool{"criteria_not_encoded": true, "criteria_partly_encoded": true, "criteria_delegated": true,
		"transition": true, "detailing_decree": true}
	for _, s := range loadScenarios(t, "testdata/scenarios") {
		in, err := DecodeBytes(s.Input)
		if err != nil {
			continue
		}
		var rs []Result
		if in.Batch != nil {
			br, err := ValidateBatch(in.Batch, WithAlternatives())
			if err != nil {
				continue
			}
			rs = br.Results
			for _, f := range br.Findings {
				if f.Trace.Test == "" {
					t.Errorf("%s: batch finding %s has no trace", s.Name, f.Rule)
				}
			}
		} else {
			r, err := Validate(in.Nomination, WithAlternatives())
			if err != nil {
				continue
			}
			rs = []Result{r}
		}
		for _, r := range rs {
			all := r.Findings
			for _, a := range r.Alternatives {
				all = append(all[:len(all):len(all)], a.Findings...)
			}
			for _, f := range all {
				if f.Trace.Test == "" && !notes[f.Rule] {
					t.Errorf("%s: %s finding %s has no trace", s.Name, r.Award, f.Rule)
				}
			}
		}
	}
}

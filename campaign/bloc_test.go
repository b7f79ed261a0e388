package campaign

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func sheet3() *Sheet {
	return &Sheet{
		Criteria: []Criterion{{ID: "a", Name: "A", Points: 50}, {ID: "b", Name: "B", Points: 50}},
		BonusMax: 5, PenaltyMax: 5,
	}
}

type want struct {
	unit    string
	rank    int
	leading bool
	shared  bool
	tie     string
}

func TestRankTies(t *testing.T) {
	tests := []struct {
		name    string
		ties    []string
		leaders int
		scores  []UnitScore
		want    []want
	}{
		{
			name: "totals decide",
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Y", Criteria: map[string]float64{"a": 45, "b": 40}},
				{Unit: "Z", Criteria: map[string]float64{"a": 30, "b": 30}, Bonus: 5},
			},
			want: []want{{"Y", 1, true, false, ""}, {"X", 2, false, false, ""}, {"Z", 3, false, false, ""}},
		},
		{
			name: "no rules: equal totals share the rank, competition numbering",
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Y", Criteria: map[string]float64{"a": 45, "b": 35}},
				{Unit: "Z", Criteria: map[string]float64{"a": 30, "b": 30}},
			},
			want: []want{{"X", 1, true, true, ""}, {"Y", 1, true, true, ""}, {"Z", 3, false, false, ""}},
		},
		{
			name: "criterion rule breaks the tie",
			ties: []string{"criterion:a"},
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Y", Criteria: map[string]float64{"a": 45, "b": 35}},
			},
			want: []want{{"Y", 1, true, false, ""}, {"X", 2, false, false, "criterion:a"}},
		},
		{
			name: "first rule equal, fewer penalties decides",
			ties: []string{"criterion:a", "fewer_penalties"},
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 42}, Penalty: 2},
				{Unit: "Y", Criteria: map[string]float64{"a": 40, "b": 41}, Penalty: 1},
			},
			want: []want{{"Y", 1, true, false, ""}, {"X", 2, false, false, "fewer_penalties"}},
		},
		{
			name: "more bonus",
			ties: []string{"more_bonus"},
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Y", Criteria: map[string]float64{"a": 38, "b": 40}, Bonus: 2},
			},
			want: []want{{"Y", 1, true, false, ""}, {"X", 2, false, false, "more_bonus"}},
		},
		{
			name:    "all rules equal: shared, both lead when sharing the last leading place",
			ties:    []string{"criterion:a", "fewer_penalties"},
			leaders: 2,
			scores: []UnitScore{
				{Unit: "W", Criteria: map[string]float64{"a": 50, "b": 50}},
				{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Y", Criteria: map[string]float64{"a": 40, "b": 40}},
				{Unit: "Z", Criteria: map[string]float64{"a": 10, "b": 40}},
			},
			want: []want{{"W", 1, true, false, ""}, {"X", 2, true, true, ""}, {"Y", 2, true, true, ""}, {"Z", 4, false, false, ""}},
		},
		{
			name: "hundredths are exact: 0.1+0.2 ties 0.3",
			scores: []UnitScore{
				{Unit: "X", Criteria: map[string]float64{"a": 0.1, "b": 0.2}},
				{Unit: "Y", Criteria: map[string]float64{"a": 0.3, "b": 0}},
			},
			want: []want{{"X", 1, true, true, ""}, {"Y", 1, true, true, ""}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sh := sheet3()
			sh.Ties, sh.Leaders = tt.ties, tt.leaders
			var units []string
			for _, s := range tt.scores {
				units = append(units, s.Unit)
			}
			s := &Scoring{Year: 2024, Sheet: sh, Blocs: []Bloc{{Name: "Khối 1", Units: units, Scores: tt.scores}}}
			res, err := s.Rank()
			if err != nil {
				t.Fatal(err)
			}
			got := res.Blocs[0].Ranking
			if len(got) != len(tt.want) {
				t.Fatalf("got %d ranked units, want %d", len(got), len(tt.want))
			}
			for i, w := range tt.want {
				g := got[i]
				if g.Unit != w.unit || g.Rank != w.rank || g.Leading != w.leading || g.Shared != w.shared || g.TieBreak != w.tie {
					t.Errorf("place %d = %s rank %d leading %v shared %v tie %q, want %+v", i+1, g.Unit, g.Rank, g.Leading, g.Shared, g.TieBreak, w)
				}
			}
		})
	}
}

func TestRankErrors(t *testing.T) {
	ok := func() []UnitScore {
		return []UnitScore{
			{Unit: "X", Criteria: map[string]float64{"a": 40, "b": 40}},
			{Unit: "Y", Criteria: map[string]float64{"a": 40, "b": 40}},
		}
	}
	tests := []struct {
		name   string
		edit   func(s *Scoring)
		want   error
		detail string
	}{
		{"unit in two blocs", func(s *Scoring) {
			s.Blocs = append(s.Blocs, Bloc{Name: "Khối 2", Units: []string{"Z", "x"}, Scores: []UnitScore{{Unit: "Z", Criteria: map[string]float64{"a": 1, "b": 1}}, {Unit: "x", Criteria: map[string]float64{"a": 1, "b": 1}}}})
		}, ErrUnitInTwoBlocs, `bloc "Khối 2", unit "x"`},
		{"unit has no score row", func(s *Scoring) { s.Blocs[0].Scores = s.Blocs[0].Scores[:1] }, ErrMissingScore, `unit "Y"`},
		{"criterion score missing", func(s *Scoring) { delete(s.Blocs[0].Scores[1].Criteria, "b") }, ErrMissingScore, `criterion "b"`},
		{"score above maximum", func(s *Scoring) { s.Blocs[0].Scores[0].Criteria["a"] = 50.5 }, ErrOverMax, `criterion "a"`},
		{"bonus above maximum", func(s *Scoring) { s.Blocs[0].Scores[0].Bonus = 6 }, ErrOverMax, "bonus"},
		{"penalty above maximum", func(s *Scoring) { s.Blocs[0].Scores[0].Penalty = 6 }, ErrOverMax, "penalty"},
		{"huge score", func(s *Scoring) { s.Blocs[0].Scores[0].Criteria["a"] = 1e308 }, ErrOverMax, `criterion "a"`},
		{"huge penalty without a limit", func(s *Scoring) { s.Sheet.PenaltyMax = 0; s.Blocs[0].Scores[0].Penalty = 1e300 }, ErrOverMax, "penalty"},
		{"negative score", func(s *Scoring) { s.Blocs[0].Scores[0].Criteria["a"] = -1 }, ErrNegativeScore, ""},
		{"negative penalty", func(s *Scoring) { s.Blocs[0].Scores[0].Penalty = -1 }, ErrNegativeScore, ""},
		{"unknown criterion", func(s *Scoring) { s.Blocs[0].Scores[0].Criteria["c"] = 1 }, ErrUnknownCriterion, `"c"`},
		{"score for a unit not in the bloc", func(s *Scoring) {
			s.Blocs[0].Scores = append(s.Blocs[0].Scores, UnitScore{Unit: "Q", Criteria: map[string]float64{"a": 1, "b": 1}})
		}, ErrUnknownUnit, `unit "Q"`},
		{"unit scored twice", func(s *Scoring) { s.Blocs[0].Scores = append(s.Blocs[0].Scores, s.Blocs[0].Scores[0]) }, ErrDuplicateScore, ""},
		{"unit listed twice", func(s *Scoring) {
			s.Blocs[0].Units = append(s.Blocs[0].Units, "Sở X")
			s.Blocs[0].Units[0] = "Sở X"
			s.Blocs[0].Scores[0].Unit = "SỞ X"
		}, ErrDuplicateUnit, ""},
		{"tie rule names no criterion", func(s *Scoring) { s.Sheet.Ties = []string{"criterion:z"} }, ErrSheet, "criterion:z"},
		{"unknown tie rule", func(s *Scoring) { s.Sheet.Ties = []string{"older_first"} }, ErrSheet, "older_first"},
		{"no sheet", func(s *Scoring) { s.Sheet = nil }, ErrSheet, ""},
		{"bad missing mode", func(s *Scoring) { s.Sheet.Missing = "skip" }, ErrSheet, "skip"},
		{"criterion without points", func(s *Scoring) { s.Sheet.Criteria[0].Points = 0 }, ErrSheet, ""},
		{"bloc without units", func(s *Scoring) { s.Blocs[0].Units = nil; s.Blocs[0].Scores = nil }, ErrNoUnits, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := &Scoring{Year: 2024, Sheet: sheet3(), Blocs: []Bloc{{Name: "Khối 1", Units: []string{"X", "Y"}, Scores: ok()}}}
			if _, err := s.Rank(); err != nil {
				t.Fatalf("base case: %v", err)
			}
			s = &Scoring{Year: 2024, Sheet: sheet3(), Blocs: []Bloc{{Name: "Khối 1", Units: []string{"X", "Y"}, Scores: ok()}}}
			tt.edit(s)
			res, err := s.Rank()
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if res != nil {
				t.Error("result with an error")
			}
			var be *BlocError
			if !errors.As(err, &be) {
				t.Fatalf("error %T is not a *BlocError", err)
			}
			if !strings.Contains(err.Error(), tt.detail) {
				t.Errorf("error %q does not say %q", err, tt.detail)
			}
		})
	}
}

func TestRankMissingZero(t *testing.T) {
	sh := sheet3()
	sh.Missing = "zero"
	s := &Scoring{Year: 2024, Sheet: sh, Blocs: []Bloc{{Name: "Khối 1", Units: []string{"X", "Y", "Z"}, Scores: []UnitScore{
		{Unit: "X", Criteria: map[string]float64{"a": 40}},
		{Unit: "Y", Criteria: map[string]float64{"a": 30, "b": 30}},
	}}}}
	res, err := s.Rank()
	if err != nil {
		t.Fatal(err)
	}
	r := res.Blocs[0].Ranking
	if r[0].Unit != "Y" || r[1].Unit != "X" || r[1].Total != 40 || r[2].Unit != "Z" || r[2].Total != 0 {
		t.Errorf("ranking = %+v", r)
	}
	if len(res.Findings) != 2 || res.Findings[0].Unit != "X" || res.Findings[1].Unit != "Z" {
		t.Errorf("findings = %+v, want one for X (criterion b) and one for Z (no scores)", res.Findings)
	}
}

func TestFacts(t *testing.T) {
	s := &Scoring{Year: 2024, Sheet: sheet3(), Blocs: []Bloc{{Name: "Khối 1", Units: []string{"Sở X", "Sở Y"}, Scores: []UnitScore{
		{Unit: "Sở X", Criteria: map[string]float64{"a": 40, "b": 40}},
		{Unit: "Sở Y", Criteria: map[string]float64{"a": 45, "b": 40}},
	}}}}
	res, err := s.Rank()
	if err != nil {
		t.Fatal(err)
	}
	f, ok := res.Fact("so y")
	if !ok || f != (BlocFact{Year: 2024, Bloc: "Khối 1", Rank: 1, Leading: true}) {
		t.Errorf("Fact(so y) = %+v %v", f, ok)
	}
	b, _ := json.Marshal(res.Facts()[1])
	if string(b) != `{"unit":"Sở X","year":2024,"bloc":"Khối 1","rank":2,"leading":false}` {
		t.Errorf("fact JSON = %s", b)
	}
	if _, ok := res.Fact("Sở Z"); ok {
		t.Error("fact for a unit not ranked")
	}
}

func TestDecodeScoring(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{`{"year": 2024, "blocs": [}`, "line 1 column"},
		{"{\"year\": 2024,\n \"blocs\": \"x\"}", "line 2"},
		{`{"year": 2024, "blocz": []}`, "blocz"},
		{`{"year": 2024} {}`, "more than one value"},
	} {
		_, err := DecodeScoring(strings.NewReader(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("DecodeScoring(%q) error = %v, want it to say %q", tt.in, err, tt.want)
		}
	}
	big := bytes.Repeat([]byte(" "), MaxScoringBytes+1)
	if _, err := DecodeScoring(bytes.NewReader(big)); err == nil {
		t.Error("no error for an input above MaxScoringBytes")
	}
}

// TestGolden ranks the files in testdata/blocs and compares the result
// with the .golden.json next to each. Run with -update to rewrite them.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/blocs/*.json")
	n := 0
	for _, in := range files {
		if strings.HasSuffix(in, ".golden.json") {
			continue
		}
		n++
		t.Run(filepath.Base(in), func(t *testing.T) {
			f, err := os.Open(in)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			s, err := DecodeScoring(f)
			if err != nil {
				t.Fatal(err)
			}
			res, err := s.Rank()
			if err != nil {
				t.Fatal(err)
			}
			got, _ := json.MarshalIndent(res, "", "  ")
			got = append(got, '\n')
			golden := strings.TrimSuffix(in, ".json") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from %s:\n%s", in, golden, got)
			}
		})
	}
	if n == 0 {
		t.Fatal("no inputs in testdata/blocs")
	}
}

func FuzzDecodeScoring(f *testing.F) {
	seed, _ := os.ReadFile("testdata/blocs/khoi-2024.json")
	f.Add(seed)
	f.Add([]byte(`{"year":1,"sheet":{"criteria":[{"id":"a","points":1}],"ties":["criterion:a"]},"blocs":[{"name":"b","units":["x"],"scores":[{"unit":"x","criteria":{"a":1e308}}]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := DecodeScoring(bytes.NewReader(data))
		if err != nil {
			return
		}
		res, err := s.Rank()
		if err == nil {
			for _, b := range res.Blocs {
				for i, u := range b.Ranking {
					if u.Rank < 1 || u.Rank > i+1 {
						t.Fatalf("bloc %q place %d has rank %d", b.Bloc, i+1, u.Rank)
					}
				}
			}
		}
	})
}

package nomination

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
)

// TestBounds checks that every count and year out of its documented range
// is an input error naming its JSON path, matched by errors.Is(ErrInput),
// errors.Is(ErrOutOfRange) and errors.As(*InputError).
func TestBounds(t *testing.T) {
	cases := []struct {
		name  string
		code  string
		kind  string
		edit  func(n *Nomination)
		field string
	}{
		{"members.total 2^62 (overflowed 7*total)", "TTLDXS", Collective, func(n *Nomination) {
			n.Members = &Members{Total: 1 << 62, Completed: 1 << 62, Advanced: 0, Fighters: 1}
		}, "members.total"},
		{"members.total MaxInt", "TTLDTT", Collective, func(n *Nomination) {
			n.Members = &Members{Total: math.MaxInt, Completed: 1, Advanced: math.MaxInt/2 + 1}
		}, "members.total"},
		{"members.total above MaxCount", "TTLDXS", Collective, func(n *Nomination) {
			n.Members = &Members{Total: MaxCount + 1, Completed: MaxCount + 1, Advanced: MaxCount + 1, Fighters: 1}
		}, "members.total"},
		{"members.advanced negative", "TTLDTT", Collective, func(n *Nomination) { n.Members.Advanced = -1 }, "members.advanced"},
		{"members.completed above MaxCount", "TTLDXS", Collective, func(n *Nomination) { n.Members.Completed = MaxCount + 1 }, "members.completed"},
		{"members.fighters MinInt", "TTLDXS", Collective, func(n *Nomination) { n.Members.Fighters = math.MinInt }, "members.fighters"},
		{"members.disciplined above MaxCount", "TTLDTT", Collective, func(n *Nomination) { n.Members.Disciplined = MaxCount + 1 }, "members.disciplined"},
		{"history year 1944", "LDTT", Individual, func(n *Nomination) { n.History = append(n.History, Grant{Award: "LDTT", Year: 1944}) }, "history[13].year"},
		{"history year 2101", "LDTT", Individual, func(n *Nomination) { n.History[0].Year = 2101 }, "history[0].year"},
		{"history year missing", "CSTD_BO_TINH", Individual, func(n *Nomination) { n.History[2].Year = 0 }, "history[2].year"},
		{"history year MinInt (streak underflow)", "CSTD_BO_TINH", Individual, func(n *Nomination) { n.History[1].Year = math.MinInt }, "history[1].year"},
		{"ratings year 1900", "LDTT", Individual, func(n *Nomination) { n.Ratings[3].Year = 1900 }, "ratings[3].year"},
		{"initiatives year 9999", "CSTD_CS", Individual, func(n *Nomination) { n.Initiatives[0].Year = 9999 }, "initiatives[0].year"},
		{"disciplines date 1901", "LDTT", Individual, func(n *Nomination) {
			n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "1901-05-01"}}
		}, "disciplines[0].date"},
		{"leaves from 1901", "LDTT", Individual, func(n *Nomination) {
			n.Leaves = []Leave{{Kind: LeaveSick, From: "2024-01-02", To: "2024-01-03"}, {Kind: LeaveSick, From: "1901-01-01", To: "2100-12-31"}}
		}, "leaves[1].from"},
		{"leaves to 2101", "LDTT", Individual, func(n *Nomination) {
			n.Leaves = []Leave{{Kind: LeaveStudy, From: "2024-01-02", To: "2101-01-01"}}
		}, "leaves[0].to"},
		{"employed_from 1930", "LDTT", Individual, func(n *Nomination) { n.EmployedFrom = "1930-01-01" }, "employed_from"},
		{"as_of 2101", "LDTT", Individual, func(n *Nomination) { n.AsOf = "2101-01-01" }, "as_of"},
		{"bloc_results year 3000", "CO_BO_TINH", Collective, func(n *Nomination) { n.BlocResults[0].Year = 3000 }, "bloc_results[0].year"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			n := dossier(tc.code, 2024, tc.kind)
			tc.edit(n)
			r, err := Validate(n)
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != tc.field || !errors.Is(err, ErrInput) || !errors.Is(err, ErrOutOfRange) {
				t.Fatalf("got %v (eligible=%v), want an out-of-range input error on %s", err, r.Eligible, tc.field)
			}
			// in a batch the field is prefixed with the nomination's index
			b := &Batch{Unit: "Sở Nội vụ", Year: 2024, Nominations: []Nomination{*dossier(tc.code, 2024, tc.kind), *n}}
			b.Nominations[0].Subject.Name = "Khác"
			_, err = ValidateBatch(b)
			if !errors.As(err, &ie) || ie.Field != "nominations[1]."+tc.field || !errors.Is(err, ErrOutOfRange) {
				t.Errorf("batch: got %v, want an out-of-range input error on nominations[1].%s", err, tc.field)
			}
		})
	}
}

// TestBoundsEdges checks that the ends of every range are accepted.
func TestBoundsEdges(t *testing.T) {
	n := dossier("TTLDXS", 2024, Collective)
	n.Members = &Members{Total: MaxCount, Completed: MaxCount, Advanced: MaxCount, Fighters: MaxCount, Disciplined: MaxCount}
	n.History = []Grant{{Award: "LDTT", Year: MinYear}, {Award: "LDTT", Year: MaxYear}}
	n.Ratings = append(n.Ratings, Rating{Year: MinYear, Rating: RatingGood}, Rating{Year: MaxYear, Rating: RatingGood})
	n.Initiatives = append(n.Initiatives, Initiative{Year: MinYear, Scope: ScopeGrassroots})
	n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "1945-01-01"}}
	n.Leaves = []Leave{{Kind: LeaveSick, From: "1945-01-01", To: "2100-12-31"}}
	n.EmployedFrom = "1945-01-01"
	n.BlocResults = append(n.BlocResults, BlocResult{Year: MaxYear})
	if _, err := Validate(n); err != nil {
		t.Errorf("ends of the ranges refused: %v", err)
	}
}

// TestExcellentShareExact checks the 70% share of Tập thể lao động xuất sắc
// (Law 06/2022 Art. 27(1)(c)) at the largest counts accepted: the needed
// number is ceil(7/10 × total), computed without overflow.
func TestExcellentShareExact(t *testing.T) {
	for _, tc := range []struct {
		total, advanced, need int
		ok                    bool
	}{
		{10, 7, 7, true},
		{10, 6, 7, false},
		{11, 8, 8, true}, // 7.7 → 8
		{11, 7, 8, false},
		{MaxCount, 7_000_000, 7_000_000, true},
		{MaxCount, 6_999_999, 7_000_000, false},
		{MaxCount - 1, 7_000_000, 7_000_000, true}, // 6 999 999.3 → 7 000 000
		{MaxCount - 1, 6_999_999, 7_000_000, false},
		{MaxCount - 3, 6_999_998, 6_999_998, true}, // 6 999 997.9 → 6 999 998
	} {
		n := dossier("TTLDXS", 2024, Collective)
		n.Members = &Members{Total: tc.total, Completed: tc.total, Advanced: tc.advanced, Fighters: 1}
		r, err := Validate(n)
		if err != nil {
			t.Fatal(err)
		}
		var f *Finding
		for i := range r.Findings {
			if r.Findings[i].Rule == "advanced_share" {
				f = &r.Findings[i]
			}
		}
		if f == nil || f.Need != tc.need || (f.Severity != Error) != tc.ok || r.Eligible != tc.ok {
			t.Errorf("%d of %d: want need %d, ok %v; got %+v (eligible %v)", tc.advanced, tc.total, tc.need, tc.ok, f, r.Eligible)
		}
	}
	// more than half for Tập thể lao động tiên tiến (Art. 28(1)(c))
	for _, tc := range []struct {
		total, advanced int
		ok              bool
	}{{MaxCount, MaxCount / 2, false}, {MaxCount, MaxCount/2 + 1, true}, {MaxCount - 1, (MaxCount - 1) / 2, false}, {MaxCount - 1, (MaxCount-1)/2 + 1, true}} {
		n := dossier("TTLDTT", 2024, Collective)
		n.Members = &Members{Total: tc.total, Completed: tc.total, Advanced: tc.advanced}
		r, err := Validate(n)
		if err != nil || hasRule(r, "advanced_share", Error) == tc.ok {
			t.Errorf("TTLĐTT %d of %d: want ok %v, got %v\n%s", tc.advanced, tc.total, tc.ok, err, describe(r))
		}
	}
}

// TestBatchCapBounds checks that a batch cap outside [0, 1] is an input
// error naming it: a share above 1 or below 0 is meaningless, and an
// enormous one made the allowance overflow to a negative count.
func TestBatchCapBounds(t *testing.T) {
	for _, s := range []float64{1e300, -0.1, 1.5, math.NaN(), math.Inf(1)} {
		b := batch(2024, 3, 1)
		b.Caps = map[string]float64{"CSTD_CS": s}
		_, err := ValidateBatch(b)
		var ie *InputError
		if !errors.As(err, &ie) || ie.Field != "caps.CSTD_CS" || !errors.Is(err, ErrOutOfRange) {
			t.Errorf("cap %v: got %v, want an out-of-range input error on caps.CSTD_CS", s, err)
		}
	}
	b := batch(2024, 3, 3)
	b.Caps = map[string]float64{"CSTD_CS": 1}
	if br, err := ValidateBatch(b); err != nil || !br.Valid {
		t.Errorf("cap 1: 3 of 3 allowed, got %v %+v", err, br.Findings)
	}
}

// TestBatchCount checks that a batch of more than MaxNominations
// nominations is refused, before any of them is decoded, naming the field
// "nominations".
func TestBatchCount(t *testing.T) {
	var sb strings.Builder
	sb.WriteString(`{"unit":"U","year":2024,"nominations":[`)
	for i := 0; i <= MaxNominations; i++ {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(`{}`)
	}
	sb.WriteString(`]}`)
	_, err := DecodeBytes([]byte(sb.String()))
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "nominations" || !errors.Is(err, ErrTooLarge) || !strings.Contains(ie.Problem, strconv.Itoa(MaxNominations)) {
		t.Errorf("got %v, want a too-large input error on nominations naming %d", err, MaxNominations)
	}
}

// TestEntriesBound checks that an array or object of more than MaxEntries
// elements is refused before it is decoded, naming its JSON path: 8 MB of
// "{}" disciplines once took 1.7 GB and 20 s (one finding each).
func TestEntriesBound(t *testing.T) {
	list := func(item string, k int) string { return strings.TrimSuffix(strings.Repeat(item+",", k), ",") }
	caps := func(k int) string {
		var sb strings.Builder
		for i := 0; i < k; i++ {
			if i > 0 {
				sb.WriteByte(',')
			}
			sb.WriteString(`"C` + strconv.Itoa(i) + `":0.1`)
		}
		return sb.String()
	}
	one := `{"award":"LDTT","year":2024,"subject":{"kind":"individual","name":"A"},`
	for _, tc := range []struct{ name, in, field string }{
		{"disciplines", one + `"disciplines":[` + list("{}", MaxEntries+1) + `]}`, "disciplines"},
		{"history", one + `"history":[` + list(`{"award":"LDTT","year":2020}`, MaxEntries+1) + `]}`, "history"},
		{"unknown member", one + `"notes":[` + list("1", MaxEntries+1) + `]}`, "notes"},
		{"nested", one + `"notes":{"a":[[` + list(`"x,]}"`, MaxEntries+1) + `]]}}`, "notes.a[0]"},
		{"batch leaves", `{"unit":"U","year":2024,"nominations":[{},{"leaves":[` + list("{}", MaxEntries+1) + `]}]}`, "nominations[1].leaves"},
		{"batch caps", `{"unit":"U","year":2024,"nominations":[],"caps":{` + caps(MaxEntries+1) + `}}`, "caps"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeBytes([]byte(tc.in))
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != tc.field || !errors.Is(err, ErrTooLarge) || !errors.Is(err, ErrInput) {
				t.Errorf("got %v, want a too-large input error on %s", err, tc.field)
			}
		})
	}
	// exactly MaxEntries is accepted, and so is a batch of more nominations
	if _, err := DecodeBytes([]byte(one + `"disciplines":[` + list("{}", MaxEntries) + `],"caps":{` + caps(MaxEntries) + `}}`)); err != nil {
		t.Errorf("MaxEntries entries refused: %v", err)
	}
	if _, err := DecodeBytes([]byte(`{"year":2024,"nominations":[` + list("{}", MaxEntries+1) + `]}`)); err != nil {
		t.Errorf("a batch of more than MaxEntries nominations refused: %v", err)
	}
	// a nomination built in Go
	n := dossier("LDTT", 2024, Individual)
	n.Leaves = make([]Leave, MaxEntries+1)
	_, err := Validate(n)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "leaves" || !errors.Is(err, ErrTooLarge) {
		t.Errorf("Validate: got %v, want a too-large input error on leaves", err)
	}
}

func TestCountElements(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{`[]`, 0}, {"[ \n\t]", 0}, {`[1]`, 1}, {`[[]]`, 1}, {`[{}]`, 1}, {`[1,2,3]`, 3},
		{`[{"a":[1,2],"b":{"c":3}},null]`, 2}, {`["a,b","c]d",",[{"]`, 3}, {`["\"", "\\", "\\\","]`, 3},
	} {
		if got := countElements([]byte(tc.in)); got != tc.want {
			t.Errorf("countElements(%s) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

// TestBatchStreamMatchesBatch checks that every batch of testdata and of
// the scenarios gets from BatchStream.Validate, one nomination at a time,
// the verdict, batch findings and results ValidateBatch gives.
func TestBatchStreamMatchesBatch(t *testing.T) {
	inputs := map[string][]byte{}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.json"))
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		inputs[p] = b
	}
	scen, _ := filepath.Glob(filepath.Join("testdata", "scenarios", "*.json"))
	for _, p := range scen {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var s struct{ Input json.RawMessage }
		if err := json.Unmarshal(b, &s); err != nil {
			t.Fatal(err)
		}
		inputs[p] = s.Input
	}
	batches := 0
	for p, b := range inputs {
		st, err := DecodeStreamBytes(b)
		if err != nil || st.Batch == nil {
			continue
		}
		batches++
		in, err := DecodeBytes(b)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		want, werr := ValidateBatch(in.Batch)
		got := []Result{}
		br, gerr := st.Batch.Validate(func(_ int, r *Result) error {
			c := *r
			c.Findings = append([]Finding(nil), r.Findings...)
			got = append(got, c)
			return nil
		})
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("%s: errors differ: %v, %v", p, werr, gerr)
			continue
		}
		if werr != nil {
			continue
		}
		br.Results = got
		if !reflect.DeepEqual(br, want) {
			t.Errorf("%s: stream and batch differ:\n%+v\n%+v", p, br, want)
		}
	}
	if batches < 5 {
		t.Errorf("only %d batches found", batches)
	}
}

package campaign

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/vnthidua/thidua/internal/fold"
)

// Scoring is the input of bloc scoring: the emulation blocs (cụm, khối thi
// đua) of one year, the units in each, the scoring sheet (bảng chấm điểm)
// and the scores. Sheet applies to every bloc that has none of its own.
//
// A unit belongs to one bloc only; units are told apart by their folded
// names (case, diacritics and punctuation ignored).
type Scoring struct {
	Year  int    `json:"year"`
	Sheet *Sheet `json:"sheet,omitempty"`
	Blocs []Bloc `json:"blocs"`
}

// Bloc is one emulation bloc: a cụm (units of one area) or a khối (units of
// one kind), its units and their scores.
type Bloc struct {
	Name   string      `json:"name"`
	Kind   string      `json:"kind,omitempty"` // cum or khoi
	Units  []string    `json:"units"`
	Sheet  *Sheet      `json:"sheet,omitempty"`
	Scores []UnitScore `json:"scores"`
}

// Sheet is a scoring sheet: the criteria with their maximum points, the
// limits of bonus (điểm thưởng) and penalty (điểm trừ) points, the rules
// that break ties, how many units lead the bloc and what a missing score
// means.
type Sheet struct {
	Criteria   []Criterion `json:"criteria"`
	BonusMax   float64     `json:"bonus_max,omitempty"`
	PenaltyMax float64     `json:"penalty_max,omitempty"` // 0: no limit
	// Ties are applied in order to units with the same total:
	// "criterion:ID" (higher score on that criterion), "fewer_penalties",
	// "more_bonus". Units still equal share their rank.
	Ties []string `json:"ties,omitempty"`
	// Leaders is how many places lead the bloc (1 when 0): every unit
	// ranked at or above it leads, so units sharing the last leading place
	// all lead.
	Leaders int `json:"leaders,omitempty"`
	// Missing says what a missing score is: "error" (the default: the bloc
	// cannot be ranked) or "zero" (scored 0, with a finding in the result).
	Missing string `json:"missing,omitempty"`
}

// UnitScore is the score of one unit: points per criterion id, bonus and
// penalty points. Points are kept to hundredths.
type UnitScore struct {
	Unit     string             `json:"unit"`
	Criteria map[string]float64 `json:"criteria"`
	Bonus    float64            `json:"bonus,omitempty"`
	Penalty  float64            `json:"penalty,omitempty"`
}

// Result is the ranking of every bloc of a Scoring.
type Result struct {
	Year     int           `json:"year"`
	Blocs    []BlocRanking `json:"blocs"`
	Findings []Finding     `json:"findings,omitempty"`
}

// BlocRanking is the ranking of one bloc, best first, and the units that
// lead it.
type BlocRanking struct {
	Bloc    string   `json:"bloc"`
	Ranking []Ranked `json:"ranking"`
	Leaders []string `json:"leaders"`
}

// Ranked is one unit's place in its bloc. Rank is shared by units that
// the sheet's rules cannot tell apart (1, 2, 2, 4).
type Ranked struct {
	Unit     string             `json:"unit"`
	Total    float64            `json:"total"`
	Criteria map[string]float64 `json:"criteria"`
	Bonus    float64            `json:"bonus,omitempty"`
	Penalty  float64            `json:"penalty,omitempty"`
	Rank     int                `json:"rank"`
	Shared   bool               `json:"shared,omitempty"`
	Leading  bool               `json:"leading"`
	// TieBreak names the rule that placed the unit below the one before
	// it when their totals were equal.
	TieBreak string `json:"tie_break,omitempty"`
}

// Finding is something the scoring noticed that does not stop the
// ranking, such as a missing score counted as zero.
type Finding struct {
	Bloc    string `json:"bloc"`
	Unit    string `json:"unit,omitempty"`
	Message string `json:"message"`
}

// BlocFact is what a unit's place in its bloc tells a nomination: the same
// fields and JSON as nomination.BlocResult.
type BlocFact struct {
	Year    int    `json:"year"`
	Bloc    string `json:"bloc"`
	Rank    int    `json:"rank"`
	Leading bool   `json:"leading"`
}

// UnitFact is a BlocFact with the unit it is about.
type UnitFact struct {
	Unit string `json:"unit"`
	BlocFact
}

// Facts returns a fact for every ranked unit, bloc by bloc, best first.
func (r *Result) Facts() []UnitFact {
	var out []UnitFact
	for _, b := range r.Blocs {
		for _, u := range b.Ranking {
			out = append(out, UnitFact{Unit: u.Unit, BlocFact: BlocFact{Year: r.Year, Bloc: b.Bloc, Rank: u.Rank, Leading: u.Leading}})
		}
	}
	return out
}

// Fact returns the fact about one unit, named as in the input (case,
// diacritics and punctuation ignored).
func (r *Result) Fact(unit string) (BlocFact, bool) {
	k := unitKey(unit)
	for _, f := range r.Facts() {
		if unitKey(f.Unit) == k {
			return f.BlocFact, true
		}
	}
	return BlocFact{}, false
}

// Errors of bloc scoring. Each comes wrapped in a *BlocError that says
// which bloc and unit; Rank returns them all, joined.
var (
	ErrUnitInTwoBlocs   = errors.New("đơn vị thuộc hai cụm, khối / unit in two blocs")
	ErrDuplicateUnit    = errors.New("đơn vị ghi hai lần / unit listed twice")
	ErrDuplicateScore   = errors.New("đơn vị chấm điểm hai lần / unit scored twice")
	ErrUnknownUnit      = errors.New("đơn vị không thuộc cụm, khối / unit not in the bloc")
	ErrMissingScore     = errors.New("thiếu điểm / missing score")
	ErrUnknownCriterion = errors.New("tiêu chí không có trong bảng điểm / criterion not on the sheet")
	ErrOverMax          = errors.New("điểm vượt mức tối đa / score above the maximum")
	ErrNegativeScore    = errors.New("điểm âm / negative score")
	ErrSheet            = errors.New("bảng điểm không hợp lệ / invalid scoring sheet")
	ErrNoUnits          = errors.New("cụm, khối không có đơn vị / bloc has no units")
)

// BlocError is an error about one bloc, and one unit of it when Unit is
// set.
type BlocError struct {
	Bloc   string
	Unit   string
	Err    error
	Detail string
}

func (e *BlocError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "campaign: bloc %q", e.Bloc)
	if e.Unit != "" {
		fmt.Fprintf(&b, ", unit %q", e.Unit)
	}
	fmt.Fprintf(&b, ": %v", e.Err)
	if e.Detail != "" {
		b.WriteString(": " + e.Detail)
	}
	return b.String()
}

func (e *BlocError) Unwrap() error { return e.Err }

// MaxScoringBytes is the largest input DecodeScoring reads.
const MaxScoringBytes = 8 << 20

// maxPoints is the largest maximum a sheet may give, so that points in
// hundredths stay exact in an int64.
const maxPoints = 1_000_000

// maxErrors is how many errors Rank reports before it stops.
const maxErrors = 100

// DecodeScoring reads a Scoring from JSON. Unknown fields are errors, so
// that a misspelt field is not silently ignored.
func DecodeScoring(r io.Reader) (*Scoring, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxScoringBytes+1))
	if err != nil {
		return nil, fmt.Errorf("campaign: reading scoring: %w", err)
	}
	if len(data) > MaxScoringBytes {
		return nil, fmt.Errorf("campaign: scoring is larger than %d bytes", MaxScoringBytes)
	}
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	var s Scoring
	if err := dec.Decode(&s); err != nil {
		var se *json.SyntaxError
		var te *json.UnmarshalTypeError
		switch {
		case errors.As(err, &se):
			line, col := position(data, se.Offset)
			return nil, fmt.Errorf("campaign: scoring JSON, line %d column %d: %w", line, col, err)
		case errors.As(err, &te):
			line, col := position(data, te.Offset)
			return nil, fmt.Errorf("campaign: scoring JSON, line %d column %d: %w", line, col, err)
		}
		return nil, fmt.Errorf("campaign: scoring JSON: %w", err)
	}
	if dec.More() {
		return nil, errors.New("campaign: scoring JSON: more than one value")
	}
	return &s, nil
}

func position(data []byte, off int64) (line, col int) {
	line, col = 1, 1
	for i := 0; i < len(data) && int64(i) < off; i++ {
		if data[i] == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return line, col
}

// hundredths converts points to an integer number of hundredths, so that
// sums and ties are exact.
func hundredths(x float64) int64 { return int64(math.Round(x * 100)) }

func points(h int64) float64 { return float64(h) / 100 }

func unitKey(s string) string { return fold.String(s) }

func clean(s string) string { return strings.Join(strings.Fields(norm.NFC.String(s)), " ") }

// Rank checks every bloc of s and ranks its units. Total is the sum of
// the criteria plus bonus minus penalty; units with equal totals are
// ordered by the sheet's tie rules, and share a rank when those do not
// separate them. The error joins every *BlocError found (up to 100);
// then the result is nil.
func (s *Scoring) Rank() (*Result, error) {
	var errs []error
	fail := func(bloc, unit string, err error, detail string, args ...any) {
		if len(errs) < maxErrors {
			errs = append(errs, &BlocError{Bloc: bloc, Unit: unit, Err: err, Detail: fmt.Sprintf(detail, args...)})
		}
	}
	res := &Result{Year: s.Year}
	owner := map[string]string{} // unit key → bloc name
	for bi, b := range s.Blocs {
		name := clean(b.Name)
		if name == "" {
			name = fmt.Sprintf("#%d", bi+1)
		}
		sheet := b.Sheet
		if sheet == nil {
			sheet = s.Sheet
		}
		if sheet == nil {
			fail(name, "", ErrSheet, "no scoring sheet for the bloc or the year")
			continue
		}
		crit, err := checkSheet(sheet)
		if err != nil {
			fail(name, "", ErrSheet, "%s", err.Error())
			continue
		}
		if len(b.Units) == 0 {
			fail(name, "", ErrNoUnits, "")
			continue
		}
		units := map[string]int{}
		for i, u := range b.Units {
			k := unitKey(u)
			if k == "" {
				fail(name, u, ErrUnknownUnit, "unit %d has no name", i+1)
				continue
			}
			if _, dup := units[k]; dup {
				fail(name, u, ErrDuplicateUnit, "")
				continue
			}
			if other, ok := owner[k]; ok {
				fail(name, u, ErrUnitInTwoBlocs, "also in bloc %q", other)
			}
			owner[k] = name
			units[k] = i
		}
		scored := make([]*UnitScore, len(b.Units))
		for i := range b.Scores {
			sc := &b.Scores[i]
			k := unitKey(sc.Unit)
			ui, ok := units[k]
			if !ok {
				fail(name, sc.Unit, ErrUnknownUnit, "scored but not listed in units")
				continue
			}
			if scored[ui] != nil {
				fail(name, sc.Unit, ErrDuplicateScore, "")
				continue
			}
			scored[ui] = sc
		}
		br := BlocRanking{Bloc: name}
		var rows []row
		for ui, u := range b.Units {
			if _, ok := units[unitKey(u)]; !ok || units[unitKey(u)] != ui {
				continue // reported above
			}
			r := row{Ranked: Ranked{Unit: clean(u), Criteria: map[string]float64{}}, crit: map[string]int64{}}
			sc := scored[ui]
			if sc == nil {
				if sheet.Missing != "zero" {
					fail(name, u, ErrMissingScore, "the unit has no scores")
					continue
				}
				res.Findings = append(res.Findings, Finding{Bloc: name, Unit: clean(u), Message: "không có điểm, tính 0 / no scores, counted as 0"})
				sc = &UnitScore{}
			}
			for id := range sc.Criteria {
				if _, ok := crit[id]; !ok {
					fail(name, u, ErrUnknownCriterion, "%q", id)
				}
			}
			for _, c := range sheet.Criteria {
				v, ok := sc.Criteria[c.ID]
				switch {
				case !ok && scored[ui] != nil && sheet.Missing != "zero":
					fail(name, u, ErrMissingScore, "criterion %q", c.ID)
				case !ok && scored[ui] != nil:
					res.Findings = append(res.Findings, Finding{Bloc: name, Unit: clean(u), Message: fmt.Sprintf("thiếu điểm tiêu chí %q, tính 0 / no score for criterion %q, counted as 0", c.ID, c.ID)})
				case v < 0 || math.IsNaN(v):
					fail(name, u, ErrNegativeScore, "criterion %q: %v", c.ID, v)
				case v > c.Points:
					fail(name, u, ErrOverMax, "criterion %q: %v above %v", c.ID, v, c.Points)
				}
				h := hundredths(v)
				r.crit[c.ID] = h
				r.Criteria[c.ID] = points(h)
				r.total += h
			}
			switch {
			case sc.Bonus < 0 || sc.Penalty < 0:
				fail(name, u, ErrNegativeScore, "bonus %v, penalty %v: write both as positive numbers", sc.Bonus, sc.Penalty)
			case sc.Bonus > sheet.BonusMax:
				fail(name, u, ErrOverMax, "bonus %v above %v", sc.Bonus, sheet.BonusMax)
			case sheet.PenaltyMax > 0 && sc.Penalty > sheet.PenaltyMax:
				fail(name, u, ErrOverMax, "penalty %v above %v", sc.Penalty, sheet.PenaltyMax)
			case sc.Penalty > maxPoints:
				fail(name, u, ErrOverMax, "penalty %v above %d", sc.Penalty, maxPoints)
			}
			r.bonus, r.penalty = hundredths(sc.Bonus), hundredths(sc.Penalty)
			r.total += r.bonus - r.penalty
			r.Bonus, r.Penalty, r.Total = points(r.bonus), points(r.penalty), points(r.total)
			r.order = ui
			rows = append(rows, r)
		}
		rankRows(rows, sheet.Ties)
		leaders := max(sheet.Leaders, 1)
		for i := range rows {
			rows[i].Leading = rows[i].Rank <= leaders
			br.Ranking = append(br.Ranking, rows[i].Ranked)
			if rows[i].Leading {
				br.Leaders = append(br.Leaders, rows[i].Unit)
			}
		}
		res.Blocs = append(res.Blocs, br)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return res, nil
}

// checkSheet returns the criteria of a sheet by id, or what is wrong.
func checkSheet(s *Sheet) (map[string]Criterion, error) {
	if len(s.Criteria) == 0 {
		return nil, errors.New("no criteria")
	}
	crit := map[string]Criterion{}
	for i, c := range s.Criteria {
		if c.ID == "" {
			return nil, fmt.Errorf("criterion %d has no id", i+1)
		}
		if _, dup := crit[c.ID]; dup {
			return nil, fmt.Errorf("criterion id %q used twice", c.ID)
		}
		if !(c.Points > 0) || c.Points > maxPoints {
			return nil, fmt.Errorf("criterion %q: maximum points %v must be above 0 and at most %d", c.ID, c.Points, maxPoints)
		}
		crit[c.ID] = c
	}
	if !(s.BonusMax >= 0 && s.BonusMax <= maxPoints && s.PenaltyMax >= 0 && s.PenaltyMax <= maxPoints) || s.Leaders < 0 {
		return nil, fmt.Errorf("bonus_max, penalty_max must be in [0, %d] and leaders not negative", maxPoints)
	}
	switch s.Missing {
	case "", "error", "zero":
	default:
		return nil, fmt.Errorf("missing %q: want \"error\" or \"zero\"", s.Missing)
	}
	for _, t := range s.Ties {
		if id, ok := strings.CutPrefix(t, "criterion:"); ok {
			if _, known := crit[id]; !known {
				return nil, fmt.Errorf("tie rule %q: no criterion %q", t, id)
			}
			continue
		}
		if t != "fewer_penalties" && t != "more_bonus" {
			return nil, fmt.Errorf("tie rule %q: want criterion:ID, fewer_penalties or more_bonus", t)
		}
	}
	return crit, nil
}

type row struct {
	Ranked
	crit                  map[string]int64
	total, bonus, penalty int64
	order                 int
}

// compare orders a before b (negative) by total and then the tie rules;
// rule is the rule that decided, "" for the total or a tie.
func compare(a, b *row, ties []string) (c int, rule string) {
	if a.total != b.total {
		return sign(b.total - a.total), ""
	}
	for _, t := range ties {
		var d int64
		switch {
		case t == "fewer_penalties":
			d = a.penalty - b.penalty
		case t == "more_bonus":
			d = b.bonus - a.bonus
		default:
			id := strings.TrimPrefix(t, "criterion:")
			d = b.crit[id] - a.crit[id]
		}
		if d != 0 {
			return sign(d), t
		}
	}
	return 0, ""
}

func sign(x int64) int {
	switch {
	case x < 0:
		return -1
	case x > 0:
		return 1
	}
	return 0
}

// rankRows sorts rows best first and gives them competition ranks
// (1, 2, 2, 4). Units the rules cannot separate keep their input order.
func rankRows(rows []row, ties []string) {
	sort.SliceStable(rows, func(i, j int) bool {
		c, _ := compare(&rows[i], &rows[j], ties)
		return c < 0
	})
	for i := range rows {
		if i == 0 {
			rows[i].Rank = 1
			continue
		}
		c, rule := compare(&rows[i-1], &rows[i], ties)
		if c == 0 {
			rows[i].Rank = rows[i-1].Rank
			rows[i].Shared, rows[i-1].Shared = true, true
			continue
		}
		rows[i].Rank = i + 1
		rows[i].TieBreak = rule
	}
}

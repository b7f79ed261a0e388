package nomination

import (
	"math"
	"sort"
	"strconv"
)

// Batch is a unit's list of nominations for one year, checked together for
// duplicates, quotas and authority. JSON:
//
//	{"unit": "Sở Nội vụ", "year": 2024, "as_of": "2025-01-10",
//	 "caps": {"CSTD_CS": 0.15}, "nominations": [ {...}, ... ]}
//
// A nomination without a year takes the batch's year; one with another
// year is an input error. Caps optionally gives the unit's own caps (share
// of a title relative to its base, e.g. CSTĐ cơ sở among LĐTT/CSTT) where
// the regime sets none nationally; each is a share in [0, 1] (another is an
// input error wrapping ErrOutOfRange). A batch holds at most MaxNominations
// nominations.
type Batch struct {
	Unit        string             `json:"unit"`
	Year        int                `json:"year"`
	AsOf        string             `json:"as_of,omitempty"`
	Caps        map[string]float64 `json:"caps,omitempty"`
	Nominations []Nomination       `json:"nominations"`
}

// BatchResult is the verdict on a batch. Valid is true when every
// nomination is eligible and the batch-level findings have no error.
type BatchResult struct {
	Unit     string    `json:"unit"`
	Year     int       `json:"year"`
	Regime   string    `json:"regime"`
	Valid    bool      `json:"valid"`
	Results  []Result  `json:"results"`
	Findings []Finding `json:"findings"`
}

// ValidateBatch judges every nomination of b and the batch as a whole. It
// fills in, in b, the year and as_of of nominations that omit them. It
// stops at the first input error; its Field is prefixed with the
// nomination's index ("nominations[3].members.total"). Options apply to
// every nomination (WithAlternatives).
func ValidateBatch(b *Batch, opts ...Option) (BatchResult, error) {
	bc, err := newBatchCheck(b.Unit, b.Year, b.AsOf, b.Caps)
	if err != nil {
		return bc.br, err
	}
	if len(b.Nominations) > MaxNominations {
		return bc.br, tooMany(len(b.Nominations))
	}
	results := make([]Result, len(b.Nominations))
	for i := range b.Nominations {
		if err := bc.nomination(i, &b.Nominations[i], &results[i], opts); err != nil {
			bc.br.Results = results
			return bc.br, err
		}
	}
	br := bc.finish()
	br.Results = results
	return br, nil
}

func tooMany(k int) error {
	return &InputError{Field: "nominations", Err: ErrTooLarge,
		Problem: "danh sách có hơn " + strconv.Itoa(MaxNominations) + " đề nghị / more than " + strconv.Itoa(MaxNominations) + " nominations: " + strconv.Itoa(k)}
}

// batchCheck judges a batch one nomination at a time. It keeps what the
// batch-level rules need and nothing of the nominations themselves: a key
// per subject and title (duplicates), a count per title (quotas), the first
// conferring level and the first nomination departing from it (authority).
type batchCheck struct {
	year  int
	asOf  string
	caps  map[string]float64
	p     *params
	br    BatchResult // without Results
	seen  map[dupKey]int
	count map[string]int
	level string // the first conferring level stated
	mixed int    // index of the first nomination stating another, or -1
	other string // the level it states
}

type dupKey struct{ who, award string }

// newBatchCheck checks the batch's own fields: the year and the caps.
func newBatchCheck(unit string, year int, asOf string, caps map[string]float64) (*batchCheck, error) {
	bc := &batchCheck{year: year, asOf: asOf, caps: caps, mixed: -1,
		br:   BatchResult{Unit: unit, Year: year, Regime: RegimeFor(year), Valid: true, Findings: []Finding{}},
		seen: map[dupKey]int{}, count: map[string]int{}}
	bc.p = regimeParams[bc.br.Regime]
	if !inYears(year) {
		bc.br.Valid = false
		return bc, yearError("year", year)
	}
	// a cap is a share of its base: NaN, negatives and shares above 1 are
	// meaningless (and an enormous one overflowed the allowance)
	var bad []string
	for code, s := range caps {
		if !(s >= 0 && s <= 1) {
			bad = append(bad, code)
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		bc.br.Valid = false
		return bc, &InputError{Field: "caps." + clip(bad[0]), Err: ErrOutOfRange,
			Problem: "tỷ lệ phải trong khoảng 0–1 / a cap is a share in [0, 1], got " + strconv.FormatFloat(caps[bad[0]], 'g', -1, 64)}
	}
	return bc, nil
}

// nomination judges the i-th nomination n into r, filling in n's year and
// as_of from the batch, and records what the batch rules need.
func (bc *batchCheck) nomination(i int, n *Nomination, r *Result, opts []Option) error {
	if n.Year == 0 {
		n.Year = bc.year
	}
	if n.AsOf == "" {
		n.AsOf = bc.asOf
	}
	if n.Year != bc.year {
		bc.br.Valid = false
		return &InputError{Field: "nominations[" + strconv.Itoa(i) + "].year", Problem: "khác năm của danh sách / differs from the batch year"}
	}
	if err := ValidateTo(r, n, opts...); err != nil {
		if ie, ok := err.(*InputError); ok {
			ie.Field = "nominations[" + strconv.Itoa(i) + "]." + ie.Field
		}
		bc.br.Valid = false
		return err
	}
	if !r.Eligible {
		bc.br.Valid = false
	}
	// duplicates: the same subject proposed twice for one title, or for
	// both the civilian and the armed-forces variant of a yearly title.
	who := n.Subject.ID
	if who == "" {
		who = n.Subject.Kind + ":" + n.Subject.Name
	}
	award := r.Award
	switch award {
	case "CSTT":
		award = "LDTT"
	case "DVTT":
		award = "TTLDTT"
	case "DVQT":
		award = "TTLDXS"
	}
	if j, dup := bc.seen[dupKey{who, award}]; dup {
		bc.add(Error, "duplicate", bc.p.oneAward,
			"Một đối tượng được đề nghị hai lần cho cùng danh hiệu, hình thức trong danh sách.",
			"The same subject is proposed twice for the same title or award in the list.",
			"nominations["+strconv.Itoa(j)+"], nominations["+strconv.Itoa(i)+"]", 0, 0)
		t := bc.trace("none", award)
		t.Have, t.Got, t.From, t.To = 2, who, bc.year, bc.year
	} else {
		bc.seen[dupKey{who, award}] = i
	}
	bc.count[award]++
	// authority: one list goes to one conferring level
	if cf := n.Conferrer; cf != "" && bc.mixed < 0 {
		if bc.level == "" {
			bc.level = cf
		} else if cf != bc.level {
			bc.mixed, bc.other = i, cf
		}
	}
	return nil
}

func (bc *batchCheck) add(sev Severity, rule string, cite Citation, vi, en, fact string, have, need int) {
	bc.br.Findings = append(bc.br.Findings, Finding{Rule: rule, Severity: sev, Citation: cite, Message: vi, MessageEn: en, Fact: fact, Year: bc.year, Have: have, Need: need})
	if sev == Error {
		bc.br.Valid = false
	}
}

// trace starts the trace of the batch finding just added.
func (bc *batchCheck) trace(test, of string) *Trace {
	f := &bc.br.Findings[len(bc.br.Findings)-1]
	f.Trace.Test, f.Trace.Of = test, of
	return &f.Trace
}

// capTrace traces a quota: the count of code proposed against the
// allowance from the count of base.
func (bc *batchCheck) capTrace(code, base string, allowed int) {
	t := bc.trace("cap", code)
	t.Have, t.Need, t.Base, t.Want, t.To = bc.count[code], allowed, bc.count[base], base, bc.year
}

// finish adds the quota and authority findings and returns the verdict
// (without Results).
func (bc *batchCheck) finish() BatchResult {
	p := bc.p
	c22 := bc.br.Regime == Regime2022
	quota := func(code, base string, share float64, cite Citation, verified bool) {
		if bc.count[code] == 0 {
			return
		}
		if s, ok := bc.caps[code]; ok {
			share, verified = s, true
			cite = Citation{Document: "caps", Article: 0}
		}
		if share <= 0 {
			vi, en := "Không có tỷ lệ trần toàn quốc được mã hóa cho danh hiệu này trong chế độ pháp lý của năm; áp dụng tỷ lệ của bộ, ban, ngành, tỉnh (trường caps).",
				"No national cap is encoded for this title in the year's regime; apply the ministry/province cap (field caps)."
			lawCite := Citation{Document: docLaw2022, Article: 23, Verified: true}
			switch code {
			case "TTLDXS":
				lawCite = Citation{Document: docLaw2022, Article: 27, Clause: 1, Verified: true}
			case "CO_CP":
				lawCite = Citation{Document: docLaw2022, Article: 25, Clause: 1, Verified: true}
			}
			if !c22 {
				lawCite.Document = docLaw2003
			}
			bc.add(Info, "quota", lawCite, vi, en, code, bc.count[code], 0)
			t := bc.trace("cap", code)
			t.Have, t.Base, t.Want, t.Got, t.To = bc.count[code], bc.count[base], base, "no_cap", bc.year
			return
		}
		// "không quá N%": the number proposed may not exceed the share
		// of the base, so the allowance is rounded down (2 of 10 at 15%
		// exceeds it). The epsilon absorbs binary rounding of the product
		// of a decimal share: with share ≤ 1 and the base ≤ MaxNominations
		// the product is below 10^5, where that error is under 10^-10.
		allowed := int(math.Floor(share*float64(bc.count[base]) + 1e-9))
		sev := Error
		if !verified {
			sev = Warning
		}
		if bc.count[code] > allowed {
			bc.add(sev, "quota", cite,
				"Số đề nghị vượt tỷ lệ trần so với số cá nhân, tập thể đạt danh hiệu làm căn cứ.",
				"The number proposed exceeds the cap relative to the base title.", code, bc.count[code], allowed)
			bc.capTrace(code, base, allowed)
			return
		}
		bc.add(Info, "quota", cite, "Số đề nghị trong tỷ lệ cho phép.", "Within the cap.", code, bc.count[code], allowed)
		bc.capTrace(code, base, allowed)
	}
	quota("CSTD_CS", "LDTT", p.cstdcsCap, p.cstdcsCapCite, p.cstdcsCapCite.Verified)
	quota("TTLDXS", "TTLDTT", p.ttldxsCap, p.ttldxsCapCite, p.ttldxsCapCite.Verified)
	quota("CO_CP", "CO_BO_TINH", p.coCPCap, p.coCPCapCite, p.coCPCapCite.Verified)
	if bc.mixed >= 0 {
		bc.add(Warning, "authority", p.authority[conferrerLevel(bc.other)],
			"Danh sách gồm đề nghị thuộc nhiều cấp quyết định khác nhau; cần tách tờ trình theo thẩm quyền.",
			"The list mixes conferring levels; split it by authority.", "nominations["+strconv.Itoa(bc.mixed)+"].conferrer", 0, 0)
		t := bc.trace("value", "conferrer")
		t.Want, t.Got = bc.level, bc.other
	}
	return bc.br
}

package nomination

import (
	"math"
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
// the regime sets none nationally.
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
// fills in, in b, the year and as_of of nominations that omit them.
func ValidateBatch(b *Batch) (BatchResult, error) {
	br := BatchResult{Unit: b.Unit, Year: b.Year, Regime: RegimeFor(b.Year), Findings: []Finding{}}
	if b.Year < 1945 || b.Year > 2100 {
		return br, &InputError{Field: "year", Problem: "năm ngoài khoảng 1945–2100 / year out of range: " + strconv.Itoa(b.Year)}
	}
	br.Results = make([]Result, len(b.Nominations))
	br.Valid = true
	for i := range b.Nominations {
		n := &b.Nominations[i]
		if n.Year == 0 {
			n.Year = b.Year
		}
		if n.AsOf == "" {
			n.AsOf = b.AsOf
		}
		if n.Year != b.Year {
			return br, &InputError{Field: "nominations[" + strconv.Itoa(i) + "].year", Problem: "khác năm của danh sách / differs from the batch year"}
		}
		if err := ValidateTo(&br.Results[i], n); err != nil {
			if ie, ok := err.(*InputError); ok {
				ie.Field = "nominations[" + strconv.Itoa(i) + "]." + ie.Field
			}
			return br, err
		}
		if !br.Results[i].Eligible {
			br.Valid = false
		}
	}
	p := regimeParams[br.Regime]
	add := func(sev Severity, rule string, cite Citation, vi, en, fact string, have, need int) {
		br.Findings = append(br.Findings, Finding{Rule: rule, Severity: sev, Citation: cite, Message: vi, MessageEn: en, Fact: fact, Year: b.Year, Have: have, Need: need})
		if sev == Error {
			br.Valid = false
		}
	}
	// duplicates: the same subject proposed twice for one title, or for
	// both the civilian and the armed-forces variant of a yearly title.
	type key struct{ who, award string }
	seen := make(map[key]int, len(b.Nominations))
	count := map[string]int{}
	for i := range b.Nominations {
		n := &b.Nominations[i]
		who := n.Subject.ID
		if who == "" {
			who = n.Subject.Kind + ":" + n.Subject.Name
		}
		award := n.Award
		switch award {
		case "CSTT":
			award = "LDTT"
		case "DVTT":
			award = "TTLDTT"
		case "DVQT":
			award = "TTLDXS"
		}
		if j, dup := seen[key{who, award}]; dup {
			add(Error, "duplicate", p.oneAward,
				"Một đối tượng được đề nghị hai lần cho cùng danh hiệu, hình thức trong danh sách.",
				"The same subject is proposed twice for the same title or award in the list.",
				"nominations["+strconv.Itoa(j)+"], nominations["+strconv.Itoa(i)+"]", 0, 0)
		} else {
			seen[key{who, award}] = i
		}
		count[award]++
	}
	// quotas
	c22 := br.Regime == Regime2022
	quota := func(code, base string, share float64, cite Citation, verified bool) {
		if count[code] == 0 {
			return
		}
		if s, ok := b.Caps[code]; ok {
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
			add(Info, "quota", lawCite, vi, en, code, count[code], 0)
			return
		}
		// "không quá N%": the number proposed may not exceed the share
		// of the base, so the allowance is rounded down (2 of 10 at 15%
		// exceeds it). The epsilon absorbs binary rounding of the product.
		allowed := int(math.Floor(share*float64(count[base]) + 1e-9))
		sev := Error
		if !verified {
			sev = Warning
		}
		if count[code] > allowed {
			add(sev, "quota", cite,
				"Số đề nghị vượt tỷ lệ trần so với số cá nhân, tập thể đạt danh hiệu làm căn cứ.",
				"The number proposed exceeds the cap relative to the base title.", code, count[code], allowed)
			return
		}
		add(Info, "quota", cite, "Số đề nghị trong tỷ lệ cho phép.", "Within the cap.", code, count[code], allowed)
	}
	quota("CSTD_CS", "LDTT", p.cstdcsCap, p.cstdcsCapCite, p.cstdcsCapCite.Verified)
	quota("TTLDXS", "TTLDTT", p.ttldxsCap, p.ttldxsCapCite, p.ttldxsCapCite.Verified)
	quota("CO_CP", "CO_BO_TINH", p.coCPCap, p.coCPCapCite, p.coCPCapCite.Verified)
	// authority: one list goes to one conferring level
	lv := ""
	for i := range b.Nominations {
		if cf := b.Nominations[i].Conferrer; cf != "" {
			if lv != "" && cf != lv {
				add(Warning, "authority", p.authority[conferrerLevel(cf)],
					"Danh sách gồm đề nghị thuộc nhiều cấp quyết định khác nhau; cần tách tờ trình theo thẩm quyền.",
					"The list mixes conferring levels; split it by authority.", "nominations["+strconv.Itoa(i)+"].conferrer", 0, 0)
				break
			}
			lv = cf
		}
	}
	return br, nil
}

package nomination

import "strings"

// Regimes. A nomination is judged by the law in force for the year of the
// achievement it rewards: Law 06/2022/QH15 took effect on 2024-01-01 and
// repealed Law 15/2003/QH11 as amended (Art. 94), so achievements of 2024
// and later are judged under RegimeLaw2022 and earlier ones under
// RegimeLaw2013. Titles and awards received under the old law still count
// in the chains of the new one (Art. 95: the State keeps recognising them).
const (
	Regime2022 = "2022" // Law 06/2022/QH15; Decree 98/2023/NĐ-CP, then Decree 152/2025/NĐ-CP from 2025-07-01; Circular 01/2024/TT-BNV
	Regime2013 = "2013" // Law 15/2003/QH11 as amended in 2005, 2009, 2013; Decree 91/2017/NĐ-CP; Circular 12/2019/TT-BNV
)

// Document numbers cited by the rules.
const (
	docLaw2022  = "06/2022/QH15"
	docLaw2003  = "15/2003/QH11"
	docDec98    = "98/2023/NĐ-CP"
	docDec152   = "152/2025/NĐ-CP"
	docDec129   = "129/2025/NĐ-CP"
	docDec91    = "91/2017/NĐ-CP"
	docCirc01   = "01/2024/TT-BNV"
	docCirc12   = "12/2019/TT-BNV"
	firstYear22 = 2024
)

// decree152From is the day Decree 152/2025/NĐ-CP (dated 2025-06-14) took
// effect, replacing Decree 98/2023/NĐ-CP as the decree detailing the Law.
var decree152From = civil(2025, 7, 1)

// RegimeFor returns the regime that judges an achievement of the given
// year.
func RegimeFor(year int) string {
	if year >= firstYear22 {
		return Regime2022
	}
	return Regime2013
}

// params are the numbers the rules use, per regime. Each sits next to the
// provision it comes from; Citation.Verified tells whether the provision's
// text was read (see the catalogue notes).
type params struct {
	minMonthsNewHire int      // a recruit with fewer months in the year gets no LĐTT/CSTT
	hireCite         Citation // where that rule is
	leaveCite        Citation // leave records (dates, kinds) are read under this provision
	injuryCite       Citation // treatment of duty injuries counts as time worked
	studyCite        Citation // training under a year counts
	longStudyCite    Citation // training of a year or more counts
	maternityCite    Citation // maternity leave counts
	disciplineCite   Citation // discipline in the year excludes the yearly titles
	oneAward         Citation // one achievement, one award
	authority        [5]Citation
	cstdcsCap        float64 // largest share of CSTĐ cơ sở among LĐTT/CSTT in a unit (0: no national cap)
	cstdcsCapCite    Citation
	ttldxsCap        float64 // largest share of TTLĐXS among TTLĐTT (0: no national cap)
	ttldxsCapCite    Citation
	coCPCap          float64 // largest share of Cờ thi đua của Chính phủ among the collectives meeting the ministry/province flag standard
	coCPCapCite      Citation
}

// The 40-working-day absence rule: Decree 65/2014/NĐ-CP Art. 5(6) excluded
// from LĐTT anyone absent 40 working days or more; Decree 91/2017/NĐ-CP (in
// force 2017-10-01) repealed it and the 2024 texts do not bring it back. It
// is applied to achievement years up to absenceRuleLastYear only.
const (
	absenceRuleLastYear = 2016
	absenceDays         = 40
)

var absenceCite = Citation{Document: "65/2014/NĐ-CP", Article: 5, Clause: 6, Verified: true}

var regimeParams = map[string]*params{
	Regime2022: {
		// Circular 01/2024/TT-BNV (in force 2024-04-15) Art. 1(5): a) injury
		// treatment counts as time worked; b) training under a year and
		// c) training of a year or more count; d) no LĐTT/CSTT for recruits
		// of under 6 months (points a–c in that order on
		// phapluatvacuocsong.vn; point d quoted by the Ministry of Home
		// Affairs, news.laodong.vn). Discipline: Decree 98/2023/NĐ-CP
		// Art. 4(4) (principles of commendation, read on lawnet.vn): no
		// commendation while discipline is under way, and a disciplined
		// person's achievements count only after the discipline period.
		// Maternity: the next item of the same Art. 4, clause 5: "Thời
		// gian nghỉ thai sản đối với cá nhân theo quy định được tính để
		// xét tặng danh hiệu thi đua, hình thức khen thưởng" (Art. 4 read
		// item by item in a thuvienphapluat.vn answer kept in
		// github.com/tnt305/tai_lieu_noi_bo, src/etl/dataset/
		// e9abad7510ca5b33.md; its items are unnumbered there, the clause
		// follows their order after clause 4).
		minMonthsNewHire: 6,
		hireCite:         Citation{Document: docCirc01, Article: 1, Clause: 5, Point: "d", Verified: true},
		leaveCite:        Citation{Document: docCirc01, Article: 1, Clause: 5, Verified: true},
		injuryCite:       Citation{Document: docCirc01, Article: 1, Clause: 5, Point: "a", Verified: true},
		studyCite:        Citation{Document: docCirc01, Article: 1, Clause: 5, Point: "b", Verified: true},
		longStudyCite:    Citation{Document: docCirc01, Article: 1, Clause: 5, Point: "c", Verified: true},
		maternityCite:    Citation{Document: docDec98, Article: 4, Clause: 5, Verified: true},
		disciplineCite:   Citation{Document: docDec98, Article: 4, Clause: 4, Verified: true},
		oneAward:         Citation{Document: docLaw2022, Article: 5, Clause: 2, Point: "c", Verified: true},
		// Art. 77 (President), Art. 78 (clause 1: the Government confers
		// its flag; clause 2: the Prime Minister, CSTĐ toàn quốc and his
		// certificate) and Art. 80 (heads of units, district and commune
		// chairs, enterprises, armed forces) were read; Art. 79 (ministers,
		// provincial chairs) is inferred from its position between them.
		authority: [5]Citation{
			levelUnit:             {Document: docLaw2022, Article: 80, Verified: true},
			levelMinistryProvince: {Document: docLaw2022, Article: 79, Verified: false},
			levelPrimeMinister:    {Document: docLaw2022, Article: 78, Clause: 2, Verified: true},
			levelPresident:        {Document: docLaw2022, Article: 77, Verified: true},
		},
		// No national cap found in Law 06/2022 or the 2024 texts; ministries
		// set their own (e.g. Circular 02/2024/TT-VKSTC: TTLĐXS ≤ 20% of
		// TTLĐTT). Pass them in Batch.Caps.
	},
	Regime2013: {
		// Decree 91/2017/NĐ-CP (from 2017-10-01): no LĐTT/CSTT for recruits
		// of under 10 months or people disciplined with a reprimand or
		// heavier; maternity and training count. Art. 10 per
		// thuvienphapluat.vn, not read in the text.
		minMonthsNewHire: 10,
		hireCite:         Citation{Document: docDec91, Article: 10, Verified: true}, // 10 months: thuvienphapluat.vn quoting Art. 10 (clause not read)
		leaveCite:        Citation{Document: docDec91, Article: 10, Verified: true},
		maternityCite:    Citation{Document: docDec91, Article: 10, Clause: 4, Verified: true}, // maternity leave counts (text read)
		injuryCite:       Citation{Document: docDec91, Article: 10, Verified: false},           // clause not read
		studyCite:        Citation{Document: docDec91, Article: 10, Verified: false},           // clause not read
		longStudyCite:    Citation{Document: docDec91, Article: 10, Verified: false},           // clause not read
		disciplineCite:   Citation{Document: docDec91, Article: 10, Verified: false},
		// Art. 6(2)(b) as amended by Law 39/2013/QH13 (in force 2014-06-01):
		// "không tặng thưởng nhiều hình thức cho một thành tích đạt được".
		oneAward: Citation{Document: docLaw2003, Article: 6, Clause: 2, Point: "b", Verified: true},
		authority: [5]Citation{
			levelUnit:             {Document: docLaw2003, Article: 80, Verified: false},
			levelMinistryProvince: {Document: docLaw2003, Article: 79, Verified: false},
			levelPrimeMinister:    {Document: docLaw2003, Article: 78, Verified: true},
			levelPresident:        {Document: docLaw2003, Article: 77, Verified: true},
		},
		cstdcsCap:     0.15,
		cstdcsCapCite: Citation{Document: docDec91, Article: 9, Clause: 3, Verified: true},
		coCPCap:       0.20,
		coCPCapCite:   Citation{Document: docDec91, Article: 11, Clause: 1, Verified: true},
	},
}

// params152 are RegimeLaw2022's numbers for proposals dated from
// 2025-07-01 (decree152From): Decree 152/2025/NĐ-CP Art. 59(1) "Nghị định
// này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025", Art. 59(2): Decree
// 98/2023/NĐ-CP "hết hiệu lực kể từ ngày Nghị định này có hiệu lực thi
// hành". Its Art. 4 repeats Decree 98's principles clause by clause:
// (4) no commendation while discipline is being considered, achievements
// counted from the end of the discipline period; (5) maternity leave
// counts (both read in a thuvienphapluat.vn answer kept in
// github.com/tnt305/tai_lieu_noi_bo, src/etl/dataset/0a2c9cdccc620fd0.md).
// Circular 01/2024/TT-BNV's points are kept: Circular 15/2025/TT-BNV
// (dated 2025-08-04, guiding the Law and Decree 152) followed it, but its
// text was not read, nor whether it repealed Circular 01/2024.
var params152 = func() *params {
	p := *regimeParams[Regime2022]
	p.disciplineCite = Citation{Document: docDec152, Article: 4, Clause: 4, Verified: true}
	p.maternityCite = Citation{Document: docDec152, Article: 4, Clause: 5, Verified: true}
	return &p
}()

// authority levels, lowest first.
const (
	levelNone = iota
	levelUnit
	levelMinistryProvince
	levelPrimeMinister
	levelPresident
)

func conferrerLevel(s string) int {
	switch s {
	case ConferrerUnit, ConferrerDistrict, ConferrerCommune:
		return levelUnit
	case ConferrerMinistryProvince:
		return levelMinistryProvince
	case ConferrerPrimeMinister:
		return levelPrimeMinister
	case ConferrerPresident:
		return levelPresident
	}
	return levelNone
}

// rating levels, 0 = not given.
const (
	rNone = iota
	rFailed
	rCompleted
	rGood
	rExcellent
	rInvalid = -1
)

func ratingLevel(s string) int {
	if l := ratingExact(s); l != rInvalid {
		return l
	}
	// tolerate case and the Vietnamese words in full
	switch {
	case strings.EqualFold(s, RatingExcellent), strings.EqualFold(s, "hoàn thành xuất sắc nhiệm vụ"):
		return rExcellent
	case strings.EqualFold(s, RatingGood), strings.EqualFold(s, "hoàn thành tốt nhiệm vụ"):
		return rGood
	case strings.EqualFold(s, RatingCompleted), strings.EqualFold(s, "hoàn thành nhiệm vụ"):
		return rCompleted
	case strings.EqualFold(s, RatingFailed), strings.EqualFold(s, "không hoàn thành nhiệm vụ"):
		return rFailed
	}
	return rInvalid
}

func ratingExact(s string) int {
	switch s {
	case RatingExcellent:
		return rExcellent
	case RatingGood:
		return rGood
	case RatingCompleted:
		return rCompleted
	case RatingFailed:
		return rFailed
	}
	return rInvalid
}

func scopeLevel(s string) int {
	switch s {
	case ScopeGrassroots:
		return 1
	case ScopeMinistryProvince:
		return 2
	case ScopeNational:
		return 3
	}
	switch {
	case strings.EqualFold(s, ScopeGrassroots):
		return 1
	case strings.EqualFold(s, ScopeMinistryProvince):
		return 2
	case strings.EqualFold(s, ScopeNational):
		return 3
	}
	return 0
}

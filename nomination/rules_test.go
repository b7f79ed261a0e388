package nomination

import "testing"

// ruleCase is one table test. Article names the provision the case checks;
// for an ineligible case the error of Rule must cite that document and
// article.
type ruleCase struct {
	name     string
	doc      string
	article  int
	code     string
	year     int
	kind     string
	mutate   func(n *Nomination)
	eligible bool
	rule     string
	clause   int    // when set, the cited clause must match too
	point    string // when set, the cited point must match too
}

// cites tells whether c is the provision the case names.
func (tc *ruleCase) cites(c Citation) bool {
	return c.Document == tc.doc && c.Article == tc.article &&
		(tc.clause == 0 || c.Clause == tc.clause) && (tc.point == "" || c.Point == tc.point)
}

func setRating(n *Nomination, year int, r string) {
	for i := range n.Ratings {
		if n.Ratings[i].Year == year {
			n.Ratings[i].Rating = r
		}
	}
}

func dropRating(n *Nomination, year int) {
	out := n.Ratings[:0:0]
	for _, r := range n.Ratings {
		if r.Year != year {
			out = append(out, r)
		}
	}
	n.Ratings = out
}

func noInitiatives(n *Nomination) { n.Initiatives = nil }

func initiativesScope(scope string) func(*Nomination) {
	return func(n *Nomination) {
		for i := range n.Initiatives {
			n.Initiatives[i].Scope = scope
		}
	}
}

var ruleCases = []ruleCase{
	// Lao động tiên tiến — Art. 24 Law 06/2022; Art. 24 Law 15/2003.
	{name: "LDTT rated HTTNV", doc: docLaw2022, article: 24, code: "LDTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "LDTT rated HTNV", doc: docLaw2022, article: 24, code: "LDTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, rule: "rating"},
	{name: "LDTT 2023 rated HTNV", doc: docLaw2003, article: 24, code: "LDTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "LDTT rating missing", doc: docLaw2022, article: 24, code: "LDTT", year: 2024, mutate: func(n *Nomination) { dropRating(n, 2024) }, rule: "missing_fact"},
	{name: "LDTT rating invalid", doc: docLaw2022, article: 24, code: "LDTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, "GOOD") }, rule: "missing_fact"},
	{name: "LDTT armed forces", doc: docLaw2022, article: 24, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.Subject.ArmedForces = true }, rule: "armed_forces"},
	{name: "CSTT civilian", doc: docLaw2022, article: 24, code: "CSTT", year: 2024, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	// time worked: 6 months from 2024 (Circular 01/2024/TT-BNV), 10 months before (Circular 12/2019/TT-BNV).
	{name: "LDTT hired 2024-07-01 (6 months, Circular 01/2024 Art. 1(5)(d))", doc: docCirc01, article: 1, clause: 5, point: "d", code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.EmployedFrom = "2024-07-01" }, eligible: true},
	{name: "LDTT hired 2024-07-02 (5 months, Circular 01/2024 Art. 1(5)(d))", doc: docCirc01, article: 1, clause: 5, point: "d", code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.EmployedFrom = "2024-07-02" }, rule: "time_worked"},
	{name: "LDTT hired 2023-03-01 (10 months)", doc: docDec91, article: 10, code: "LDTT", year: 2023, mutate: func(n *Nomination) { n.EmployedFrom = "2023-03-01" }, eligible: true},
	{name: "LDTT hired 2023-04-01 (9 months, old regime)", doc: docDec91, article: 10, code: "LDTT", year: 2023, mutate: func(n *Nomination) { n.EmployedFrom = "2023-04-01" }, rule: "time_worked"},
	{name: "LDTT hired after the year", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.EmployedFrom = "2025-01-02" }, rule: "time_worked"},
	{name: "LDTT bad hire date", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.EmployedFrom = "2024-02-30" }, rule: "missing_fact"},
	// leave
	{name: "LDTT six months maternity counts", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2024-02-01", To: "2024-07-31"}}
	}, eligible: true},
	{name: "LDTT 2023 six months maternity counts", doc: docDec91, article: 10, code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2023-02-01", To: "2023-07-31"}}
	}, eligible: true},
	{name: "LDTT study and injury treatment count", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveStudy, From: "2024-01-01", To: "2024-06-30"}, {Kind: LeaveMilitary, From: "2024-07-01", To: "2024-10-31"}}
	}, eligible: true},
	{name: "LDTT injury treatment counts (Circular 01/2024 Art. 1(5)(a))", doc: docCirc01, article: 1, clause: 5, point: "a", code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMilitary, From: "2024-03-01", To: "2024-10-31"}}
	}, eligible: true},
	{name: "LDTT training under a year counts (Circular 01/2024 Art. 1(5)(b))", doc: docCirc01, article: 1, clause: 5, point: "b", code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveStudy, From: "2024-02-01", To: "2024-11-30"}}
	}, eligible: true},
	{name: "LDTT training of two years counts (Circular 01/2024 Art. 1(5)(c))", doc: docCirc01, article: 1, clause: 5, point: "c", code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveStudy, From: "2023-09-01", To: "2025-08-31"}}
	}, eligible: true},
	{name: "LDTT 2016 sick 39 working days", doc: "65/2014/NĐ-CP", article: 5, code: "LDTT", year: 2016, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveSick, From: "2016-03-01", To: "2016-04-22"}} // 39 weekdays
	}, eligible: true},
	{name: "LDTT 2016 sick 40 working days", doc: "65/2014/NĐ-CP", article: 5, code: "LDTT", year: 2016, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveSick, From: "2016-03-01", To: "2016-04-25"}} // 40 weekdays
	}, rule: "leave"},
	{name: "LDTT 2016 unpaid leave split across years", doc: "65/2014/NĐ-CP", article: 5, code: "LDTT", year: 2016, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveUnpaid, From: "2015-11-02", To: "2016-01-29"}, {Kind: LeaveUnpaid, From: "2016-10-03", To: "2016-11-18"}} // 21 + 35
	}, rule: "leave"},
	{name: "LDTT 2023 sick 40 working days: rule repealed by Decree 91/2017", doc: "65/2014/NĐ-CP", article: 5, code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveSick, From: "2023-03-01", To: "2023-04-25"}}
	}, eligible: true},
	{name: "LDTT 2024 long sick leave does not exclude", doc: "65/2014/NĐ-CP", article: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveSick, From: "2024-03-01", To: "2024-06-28"}}
	}, eligible: true},
	{name: "LDTT 2023 two-year training counts with a warning", doc: docDec91, article: 10, code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveStudy, From: "2022-09-01", To: "2024-08-31"}}
	}, eligible: true},
	{name: "LDTT leave with bad dates", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveSick, From: "2024-05-01", To: "2024-04-01"}}
	}, rule: "missing_fact"},
	{name: "LDTT leave of unknown kind", doc: docCirc01, article: 1, clause: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: "vacation", From: "2024-05-01", To: "2024-05-02"}}
	}, rule: "missing_fact"},
	// discipline
	{name: "LDTT reprimand in the year (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2024-12-31"}}
	}, rule: "discipline"},
	{name: "LDTT 2023 warning in the year", doc: docDec91, article: 10, code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2023-01-01"}}
	}, rule: "discipline"},
	{name: "LDTT discipline the year before", doc: docDec98, article: 4, clause: 4, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2023-12-31"}}
	}, eligible: true},
	{name: "LDTT warning the year before: period warned only (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2023-11-15"}}
	}, eligible: true},
	{name: "LDTT discipline without date", doc: docDec98, article: 4, clause: 4, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineWarning}}
	}, rule: "missing_fact"},
	// one achievement, one award — Art. 5(2)(c) Law 06/2022.
	{name: "LDTT already given for 2024", doc: docLaw2022, article: 5, code: "LDTT", year: 2024, mutate: func(n *Nomination) {
		n.History = append(n.History, Grant{Award: "LDTT", Year: 2024})
	}, rule: "one_achievement_one_award"},
	// Chiến sĩ thi đua cơ sở — Art. 23 Law 06/2022; Art. 23 Law 15/2003.
	{name: "CSTD_CS HTTNV with initiative", doc: docLaw2022, article: 23, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "CSTD_CS HTXSNV without initiative", doc: docLaw2022, article: 23, code: "CSTD_CS", year: 2024, mutate: noInitiatives, eligible: true},
	{name: "CSTD_CS HTTNV without initiative", doc: docLaw2022, article: 23, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood); noInitiatives(n) }, rule: "excellence_or_initiative"},
	{name: "CSTD_CS 2023 HTXSNV without initiative", doc: docLaw2003, article: 23, code: "CSTD_CS", year: 2023, mutate: noInitiatives, rule: "initiative"},
	{name: "CSTD_CS 2023 with grassroots initiative", doc: docLaw2003, article: 23, code: "CSTD_CS", year: 2023, mutate: initiativesScope(ScopeGrassroots), eligible: true},
	{name: "CSTD_CS fails the LDTT standard (Art. 23(1))", doc: docLaw2022, article: 23, clause: 1, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, rule: "rating"},
	{name: "CSTD_CS LDTT conferred, no rating, initiative", doc: docLaw2022, article: 23, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) {
		dropRating(n, 2024)
		n.History = append(n.History, Grant{Award: "LDTT", Year: 2024})
	}, eligible: true},
	{name: "CSTD_CS no rating, no LDTT", doc: docLaw2022, article: 23, clause: 1, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { dropRating(n, 2024) }, rule: "missing_fact"},
	{name: "CSTD_CS with maternity leave", doc: docCirc01, article: 1, clause: 5, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2024-01-15", To: "2024-07-14"}}
	}, eligible: true},
	// Chiến sĩ thi đua bộ, ban, ngành, tỉnh — Art. 22 Law 06/2022; Art. 22 Law 15/2003.
	{name: "CSTD_BO_TINH 3 in a row", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, eligible: true},
	{name: "CSTD_BO_TINH chain across the regimes (Art. 95)", doc: docLaw2022, article: 95, code: "CSTD_BO_TINH", year: 2024, eligible: true},
	{name: "CSTD_BO_TINH break resets", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2023) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_BO_TINH years already used", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2022})
	}, rule: "consecutive_prerequisite"},
	{name: "CSTD_BO_TINH three after the previous one", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2021})
	}, eligible: true},
	{name: "CSTD_BO_TINH 2023 break", doc: docLaw2003, article: 22, code: "CSTD_BO_TINH", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2021) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_BO_TINH grassroots initiatives only", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, mutate: initiativesScope(ScopeGrassroots), rule: "initiative_scope"},
	{name: "CSTD_BO_TINH 2023 grassroots initiatives only (Decree 91/2017 Art. 9(2))", doc: docDec91, article: 9, clause: 2, code: "CSTD_BO_TINH", year: 2023, mutate: initiativesScope(ScopeGrassroots), rule: "initiative_scope"},
	{name: "CSTD_BO_TINH ministry initiative", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2024, mutate: initiativesScope(ScopeMinistryProvince), eligible: true},
	// Chiến sĩ thi đua toàn quốc — Art. 21 Law 06/2022; Art. 21 Law 15/2003.
	{name: "CSTD_TQ two in a row", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2024, eligible: true},
	{name: "CSTD_TQ the year after the second", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2025, mutate: func(n *Nomination) {
		n.History = without(n.History, "CSTD_BO_TINH", 2025)
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2024})
		n.History = without(n.History, "CSTD_BO_TINH", 2022)
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2021})
	}, eligible: true},
	{name: "CSTD_TQ only one", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_BO_TINH", 2021) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_TQ not consecutive", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2022) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_TQ too late", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2026, mutate: func(n *Nomination) {
		n.History = without(n.History, "CSTD_BO_TINH", 2026)
		n.History = without(n.History, "CSTD_BO_TINH", 2023)
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: 2024}, Grant{Award: "CSTD_BO_TINH", Year: 2021})
	}, rule: "timing"},
	{name: "CSTD_TQ ministry-scope initiatives only", doc: docLaw2022, article: 21, code: "CSTD_TQ", year: 2024, mutate: initiativesScope(ScopeMinistryProvince), rule: "initiative_scope"},
	{name: "CSTD_TQ 2023 only one", doc: docLaw2003, article: 21, code: "CSTD_TQ", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_BO_TINH", 2020) }, rule: "consecutive_prerequisite"},
	// Tập thể lao động tiên tiến — Art. 28 Law 06/2022; Art. 28(1) Law 15/2003.
	{name: "TTLDTT 51%", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 6 }, eligible: true},
	{name: "TTLDTT exactly 50%", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 5 }, rule: "advanced_share"},
	{name: "TTLDTT 2023 exactly 50%", doc: docLaw2003, article: 28, code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 5 }, rule: "advanced_share"},
	{name: "TTLDTT 2023 member warned", doc: docLaw2003, article: 28, code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 1 }, rule: "member_discipline"},
	{name: "TTLDTT 2024 member warned is a warning", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 1 }, eligible: true},
	{name: "TTLDTT rated HTNV", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, rule: "rating"},
	{name: "TTLDTT members missing", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members = nil }, rule: "missing_fact"},
	{name: "TTLDTT inconsistent members", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 11 }, rule: "missing_fact"},
	{name: "DVTT civilian collective", doc: docLaw2022, article: 28, code: "DVTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	// Tập thể lao động xuất sắc — Art. 27 (UNVERIFIED number in the 2022 Law).
	{name: "TTLDXS 70%", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 7 }, eligible: true},
	{name: "TTLDXS 60%", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 6 }, rule: "advanced_share"},
	{name: "TTLDXS a member failed", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Completed = 9 }, rule: "members_completed"},
	{name: "TTLDXS no grassroots fighter", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Fighters = 0 }, rule: "grassroots_fighter"},
	{name: "TTLDXS 2023 member warned", doc: docLaw2003, article: 27, code: "TTLDXS", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 2 }, rule: "member_discipline"},
	{name: "TTLDXS 2024 member warned: not a criterion of Art. 27(1)", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 2 }, eligible: true},
	{name: "TTLDXS 2023 60%", doc: docLaw2003, article: 27, code: "TTLDXS", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 6 }, rule: "advanced_share"},
	{name: "DVQT 60% advanced soldiers", doc: docLaw2022, article: 27, code: "DVQT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 6 }, rule: "advanced_share"},
	{name: "TTLDXS rated HTTNV", doc: docLaw2022, article: 27, code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, rule: "rating"},
	{name: "DVQT armed unit", doc: docLaw2022, article: 27, code: "DVQT", year: 2024, kind: Collective, eligible: true},
	// Cờ thi đua — Art. 26 Law 06/2022, Art. 12 Decree 91/2017; Art. 25.
	{name: "CO_BO_TINH led the bloc", doc: docLaw2022, article: 26, code: "CO_BO_TINH", year: 2024, kind: Collective, eligible: true},
	{name: "CO_BO_TINH second in the bloc", doc: docLaw2022, article: 26, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 2}}
	}, rule: "bloc_leading"},
	{name: "CO_BO_TINH bloc result missing", doc: docLaw2022, article: 26, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2023, Bloc: "Khối các sở", Rank: 1, Leading: true}}
	}, rule: "missing_fact"},
	{name: "CO_BO_TINH 2023 second in the bloc", doc: docDec91, article: 12, code: "CO_BO_TINH", year: 2023, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2023, Bloc: "Cụm 3", Rank: 2}}
	}, rule: "bloc_leading"},
	{name: "CO_BO_TINH rank 1 without leading flag", doc: docLaw2022, article: 26, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 1}}
	}, eligible: true},
	{name: "CO_BO_TINH rated HTTNV", doc: docLaw2022, article: 26, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, rule: "rating"},
	{name: "CO_CP leading its bloc", doc: docLaw2022, article: 25, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.History = nil }, eligible: true},
	{name: "CO_CP not leading its bloc", doc: docLaw2022, article: 25, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 3}}
	}, rule: "bloc_leading"},
	{name: "CO_CP bloc result missing", doc: docLaw2022, article: 25, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.BlocResults = nil }, rule: "missing_fact"},
	{name: "CO_CP rated HTTNV", doc: docLaw2022, article: 25, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, rule: "rating"},
	{name: "CO_CP 2023 without the ministry flag", doc: docDec91, article: 11, code: "CO_CP", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.History = nil }, rule: "prerequisite"},
	{name: "CO_CP 2023 with the ministry flag", doc: docDec91, article: 11, code: "CO_CP", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.BlocResults = nil }, eligible: true},
	// Bằng khen bộ, ban, ngành, tỉnh — Art. 74(1)(d) Law 06/2022; Art. 39 Decree 91/2017.
	{name: "BK_BO_TINH two CSTD_CS in a row", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) { noInitiatives(n); setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "BK_BO_TINH two excellent years, two initiatives", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.History = nil; initiativesScope(ScopeGrassroots)(n) }, eligible: true},
	{name: "BK_BO_TINH excellent years but one initiative", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = nil
		n.Initiatives = []Initiative{{Year: 2024, Scope: ScopeGrassroots}}
	}, rule: "initiatives"},
	{name: "BK_BO_TINH one excellent year", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.History = nil; setRating(n, 2023, RatingGood) }, rule: "rating"},
	{name: "BK_BO_TINH 2023 two CSTD_CS do not suffice", doc: docDec91, article: 39, code: "BK_BO_TINH", year: 2023, mutate: func(n *Nomination) { noInitiatives(n) }, rule: "initiatives"},
	{name: "BK_BO_TINH 2023 two excellent years, two initiatives", doc: docDec91, article: 39, code: "BK_BO_TINH", year: 2023, mutate: func(n *Nomination) { n.History = nil }, eligible: true},
	{name: "BK_BO_TINH year reused", doc: docLaw2022, article: 5, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = []Grant{{Award: "BK_BO_TINH", Year: 2023}}
	}, rule: "one_achievement_one_award"},
	{name: "BK_BO_TINH collective one excellent year", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, rule: "rating"},
	{name: "BK_BO_TINH sudden ground", doc: docLaw2022, article: 74, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.History = nil; n.Ratings = nil; n.Ground = "sudden" }, eligible: true},
	// Bằng khen Thủ tướng — Art. 73 Law 06/2022 (UNVERIFIED); Art. 38 Decree 91/2017.
	{name: "BK_TTG 5 years after BK_BO_TINH", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, eligible: true},
	{name: "BK_TTG 4 years after BK_BO_TINH", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) {
		n.History = without(n.History, "BK_BO_TINH", 2019)
		n.History = append(n.History, Grant{Award: "BK_BO_TINH", Year: 2020})
	}, rule: "prerequisite"},
	{name: "BK_TTG a weak year in the window", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) { setRating(n, 2021, RatingCompleted) }, rule: "continuity"},
	{name: "BK_TTG a missing year in the window", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) { dropRating(n, 2022) }, rule: "missing_fact"},
	{name: "BK_TTG one CSTD_CS in the window", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2023; y++ {
			n.History = without(n.History, "CSTD_CS", y)
		}
	}, rule: "grassroots_fighters"},
	{name: "BK_TTG no excellent year is enough (Art. 73(1)(b))", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2024; y++ {
			setRating(n, y, RatingGood)
		}
	}, eligible: true},
	{name: "BK_TTG two CSTD_CS in the window", doc: docLaw2022, article: 73, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2022; y++ {
			n.History = without(n.History, "CSTD_CS", y)
		}
	}, rule: "grassroots_fighters"},
	{name: "BK_TTG 2023 four initiatives", doc: docDec91, article: 38, code: "BK_TTG", year: 2023, mutate: func(n *Nomination) {
		n.Initiatives = n.Initiatives[len(n.Initiatives)-4:]
	}, rule: "initiatives"},
	{name: "BK_TTG 2023 a good (not excellent) year", doc: docDec91, article: 38, code: "BK_TTG", year: 2023, mutate: func(n *Nomination) { setRating(n, 2020, RatingGood) }, rule: "continuity"},
	{name: "BK_TTG discipline in the window (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2021-03-01"}}
	}, rule: "discipline"},
	// Huân chương Lao động hạng Ba — Art. 44(1)(e) Law 06/2022.
	{name: "HC_LD_3 5 years after BK_TTG", doc: docLaw2022, article: 44, code: "HC_LD_3", year: 2024, eligible: true},
	{name: "HC_LD_3 without BK_TTG", doc: docLaw2022, article: 44, code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "BK_TTG", 2019) }, rule: "prerequisite"},
	{name: "HC_LD_3 two CSTD_CS only", doc: docLaw2022, article: 44, code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2022; y++ {
			n.History = without(n.History, "CSTD_CS", y)
		}
	}, rule: "grassroots_fighters"},
	{name: "HC_LD_3 no excellent year", doc: docLaw2022, article: 44, code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2024; y++ {
			setRating(n, y, RatingGood)
		}
	}, rule: "excellent_years"},
	{name: "HC_LD_3 2023 good year breaks", doc: docLaw2003, article: 44, code: "HC_LD_3", year: 2023, mutate: func(n *Nomination) { setRating(n, 2022, RatingGood) }, rule: "continuity"},
	// ladders of the orders (UNVERIFIED articles)
	{name: "HC_LD_2 4 years after HC_LD_3", doc: docLaw2022, article: 43, code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) {
		n.History = without(n.History, "HC_LD_3", 2019)
		n.History = append(n.History, Grant{Award: "HC_LD_3", Year: 2021})
	}, rule: "prerequisite"},
	{name: "HC_LD_2 5 years, 2 excellent, one CSTD_BO_TINH", doc: docLaw2022, article: 43, code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2022; y++ {
			setRating(n, y, RatingGood)
		}
	}, eligible: true},
	{name: "HC_LD_2 one excellent year", doc: docLaw2022, article: 43, code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2023; y++ {
			setRating(n, y, RatingGood)
		}
	}, rule: "excellent_years"},
	{name: "HC_LD_2 no CSTD_BO_TINH", doc: docLaw2022, article: 43, code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_BO_TINH", 2022) }, rule: "ministry_fighter"},
	{name: "HC_LD_2 2023 good year (old regime)", doc: docLaw2003, article: 43, code: "HC_LD_2", year: 2023, mutate: func(n *Nomination) { setRating(n, 2020, RatingGood) }, rule: "continuity"},
	{name: "HC_LD_1 without HC_LD_2", doc: docLaw2022, article: 42, code: "HC_LD_1", year: 2024, mutate: func(n *Nomination) { n.History = nil }, rule: "prerequisite"},
	{name: "HC_DL_3 after HC_LD_1", doc: docLaw2022, article: 38, code: "HC_DL_3", year: 2024, eligible: true},
	// Law 15/2003 Art. 38: no lower-class prerequisite before 2024.
	{name: "HC_DL_3 2023 without HC_LD_1 (Law 2003 Art. 38)", doc: docLaw2003, article: 38, code: "HC_DL_3", year: 2023, mutate: func(n *Nomination) { n.History = nil }, eligible: true},
	{name: "HC_DL_3 2023 collective without HC_LD_1 (Law 2003 Art. 38)", doc: docLaw2003, article: 38, code: "HC_DL_3", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.History = nil }, eligible: true},
	{name: "HC_DL_2 weak year", doc: docLaw2022, article: 37, code: "HC_DL_2", year: 2024, mutate: func(n *Nomination) { setRating(n, 2022, RatingCompleted) }, rule: "continuity"},
	{name: "HC_DL_1 collective good year", doc: docLaw2022, article: 36, code: "HC_DL_1", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.History = []Grant{{Award: "HC_DL_2", Year: 2019}}
		setRating(n, 2022, RatingGood)
	}, rule: "continuity"},
	// Anh hùng Lao động — authority and discipline; achievement criteria need the dossier.
	{name: "AH_LD by the president", doc: docLaw2022, article: 63, code: "AH_LD", year: 2024, eligible: true},
	{name: "AH_LD by a province", doc: docLaw2022, article: 77, code: "AH_LD", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},
	{name: "AH_LD household", doc: docLaw2022, article: 63, code: "AH_LD", year: 2024, kind: Household, rule: "recipient"},
	// Giấy khen — Art. 75(2) Law 06/2022.
	{name: "GIAY_KHEN rated HTNV only warns (criteria delegated, Art. 75(2))", doc: docLaw2022, article: 75, code: "GIAY_KHEN", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, eligible: true},
	{name: "GIAY_KHEN discipline in the year (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "GIAY_KHEN", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2024-03-03"}}
	}, rule: "discipline"},
	{name: "GIAY_KHEN by a ministry", doc: docLaw2022, article: 80, code: "GIAY_KHEN", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},
	{name: "CSTD_BO_TINH chain ended the year before", doc: docLaw2022, article: 22, code: "CSTD_BO_TINH", year: 2025, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2025) }, rule: "consecutive_prerequisite"},
	{name: "GIAY_KHEN household", doc: docLaw2022, article: 75, code: "GIAY_KHEN", year: 2024, kind: Household, eligible: true},
	// authority — Art. 78 Law 06/2022 (UNVERIFIED clause numbers)
	{name: "LDTT by a ministry (units without legal personality)", doc: docLaw2022, article: 79, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, eligible: true},
	{name: "GIA_DINH_VH by a province", doc: docLaw2022, article: 80, code: "GIA_DINH_VH", year: 2024, kind: Household, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},
	{name: "LDTT by the Prime Minister", doc: docLaw2022, article: 80, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerPrimeMinister }, rule: "authority"},
	{name: "LDTT unknown conferrer", doc: docLaw2022, article: 80, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.Conferrer = "village" }, rule: "authority"},
	{name: "CSTD_TQ 2023 by a province", doc: docLaw2003, article: 78, code: "CSTD_TQ", year: 2023, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},
	{name: "LDTT conferrer not stated is a warning", doc: docLaw2022, article: 80, code: "LDTT", year: 2024, mutate: func(n *Nomination) { n.Conferrer = "" }, eligible: true},
}

func TestRules(t *testing.T) {
	for _, tc := range append(ruleCases, citedCases...) {
		t.Run(tc.name, func(t *testing.T) {
			kind := tc.kind
			if kind == "" {
				kind = Individual
			}
			n := dossier(tc.code, tc.year, kind)
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
			if tc.eligible {
				// an eligible result lists what was checked, and the
				// article the case is about is among the citations
				found := false
				for _, f := range r.Findings {
					if tc.cites(f.Citation) {
						found = true
					}
				}
				if !found {
					t.Errorf("no finding cites %s Điều %d khoản %d điểm %q\n%s", tc.doc, tc.article, tc.clause, tc.point, describe(r))
				}
				return
			}
			for _, f := range errorsOf(r) {
				if f.Rule == tc.rule && tc.cites(f.Citation) {
					return
				}
			}
			t.Errorf("no %s error citing %s Điều %d khoản %d điểm %q\n%s", tc.rule, tc.doc, tc.article, tc.clause, tc.point, describe(r))
		})
	}
}

// TestDisciplinePeriodWarning: from 2024 a disciplined person's achievements
// count only after the discipline period (Decree 98/2023/NĐ-CP Art. 4(4));
// the period's length is not an input, so discipline of the year before is
// a warning, not an error.
func TestDisciplinePeriodWarning(t *testing.T) {
	n := dossier("LDTT", 2024, Individual)
	n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2023-11-15"}}
	r, err := Validate(n)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Eligible || !hasRule(r, "discipline_period", Warning) {
		t.Fatalf("want eligible with a discipline_period warning\n%s", describe(r))
	}
	n.Year, n.Ratings = 2023, append(n.Ratings, Rating{Year: 2023, Rating: RatingGood})
	n.Disciplines[0].Date = "2022-11-15"
	if r, _ = Validate(n); hasRule(r, "discipline_period", Warning) {
		t.Fatalf("no discipline_period warning before 2024\n%s", describe(r))
	}
}

package nomination

// docLaw2013Amend is the 2013 law amending Law 15/2003; the classes of the
// Military Exploit Order before 2024 are cited by its clauses.
const docLaw2013Amend = "39/2013/QH13"

// citedCases complete ruleCases: for each contract code and both regimes,
// an eligible and an ineligible case per rule, naming the provision down to
// the clause and point where the text was read (see the catalogue notes for
// the source of each).
var citedCases = []ruleCase{
	// Lao động tiên tiến, Chiến sĩ tiên tiến: Art. 24(1)(a) of both laws.
	{name: "LDTT 2024 HTTNV (Art. 24(1)(a))", doc: docLaw2022, article: 24, clause: 1, point: "a", code: "LDTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "LDTT 2024 HTNV (Art. 24(1)(a))", doc: docLaw2022, article: 24, clause: 1, point: "a", code: "LDTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, rule: "rating"},
	{name: "LDTT 2023 HTTNV (Law 2003 Art. 24(1)(a))", doc: docLaw2003, article: 24, clause: 1, point: "a", code: "LDTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, eligible: true},
	{name: "LDTT 2023 HTNV (Law 2003 Art. 24(1)(a))", doc: docLaw2003, article: 24, clause: 1, point: "a", code: "LDTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "LDTT 2023 KHTNV", doc: docLaw2003, article: 24, clause: 1, point: "a", code: "LDTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingFailed) }, rule: "rating"},
	{name: "CSTT 2024 HTTNV", doc: docLaw2022, article: 24, clause: 1, point: "a", code: "CSTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "CSTT 2024 HTNV", doc: docLaw2022, article: 24, clause: 1, point: "a", code: "CSTT", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingCompleted) }, rule: "rating"},
	{name: "CSTT 2023 HTTNV", doc: docLaw2003, article: 24, clause: 1, point: "a", code: "CSTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, eligible: true},
	{name: "CSTT 2023 HTNV", doc: docLaw2003, article: 24, clause: 1, point: "a", code: "CSTT", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "CSTT 2024 civilian (Art. 24(2))", doc: docLaw2022, article: 24, clause: 2, code: "CSTT", year: 2024, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	{name: "CSTT 2023 civilian (Law 2003 Art. 24(2))", doc: docLaw2003, article: 24, clause: 2, code: "CSTT", year: 2023, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	{name: "CSTT 2023 reprimand in the year", doc: docDec91, article: 10, code: "CSTT", year: 2023, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2023-06-01"}}
	}, rule: "discipline"},
	{name: "LDTT 2023 maternity counts (Decree 91/2017 Art. 10(4))", doc: docDec91, article: 10, clause: 4, code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2023-01-02", To: "2023-06-30"}}
	}, eligible: true},
	// one achievement, one award: Law 06/2022 Art. 5(2)(c).
	{name: "CSTD_CS already given for 2024 (Art. 5(2)(c))", doc: docLaw2022, article: 5, clause: 2, point: "c", code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) {
		n.History = append(n.History, Grant{Award: "CSTD_CS", Year: 2024})
	}, rule: "one_achievement_one_award"},

	// before 2024: Law 15/2003 Art. 6(2)(b) as amended by Law 39/2013/QH13.
	{name: "LDTT already given for 2023 (Law 2003 Art. 6(2)(b))", doc: docLaw2003, article: 6, clause: 2, point: "b", code: "LDTT", year: 2023, mutate: func(n *Nomination) {
		n.History = append(n.History, Grant{Award: "LDTT", Year: 2023})
	}, rule: "one_achievement_one_award"},
	{name: "BK_BO_TINH 2023 year reused (Law 2003 Art. 6(2)(b))", doc: docLaw2003, article: 6, clause: 2, point: "b", code: "BK_BO_TINH", year: 2023, mutate: func(n *Nomination) {
		n.History = []Grant{{Award: "BK_BO_TINH", Year: 2022}}
	}, rule: "one_achievement_one_award"},

	// Chiến sĩ thi đua cơ sở: Art. 23(1) (the LĐTT standard), 23(2).
	{name: "CSTD_CS 2024 HTTNV with initiative (Art. 23(2))", doc: docLaw2022, article: 23, clause: 2, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood); initiativesScope(ScopeGrassroots)(n) }, eligible: true},
	{name: "CSTD_CS 2024 neither HTXSNV nor initiative (Art. 23(2))", doc: docLaw2022, article: 23, clause: 2, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood); noInitiatives(n) }, rule: "excellence_or_initiative"},
	{name: "CSTD_CS 2024 initiative of another year only", doc: docLaw2022, article: 23, clause: 2, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) {
		setRating(n, 2024, RatingGood)
		n.Initiatives = []Initiative{{Year: 2023, Scope: ScopeGrassroots}}
	}, rule: "excellence_or_initiative"},
	{name: "CSTD_CS 2023 HTNV (Law 2003 Art. 23(1))", doc: docLaw2003, article: 23, clause: 1, code: "CSTD_CS", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "CSTD_CS 2023 HTTNV with initiative (Law 2003 Art. 23(2))", doc: docLaw2003, article: 23, clause: 2, code: "CSTD_CS", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, eligible: true},
	{name: "CSTD_CS 2023 no initiative (Law 2003 Art. 23(2))", doc: docLaw2003, article: 23, clause: 2, code: "CSTD_CS", year: 2023, mutate: noInitiatives, rule: "initiative"},
	{name: "CSTD_CS 2024 reprimand in the year (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "CSTD_CS", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2024-10-01"}}
	}, rule: "discipline"},

	// Chiến sĩ thi đua bộ, ban, ngành, tỉnh: Law 06/2022 Art. 22(1)(a), (b);
	// Law 15/2003 Art. 22 and Decree 91/2017 Art. 9(2).
	{name: "CSTD_BO_TINH 2024 three in a row (Art. 22(1)(a))", doc: docLaw2022, article: 22, clause: 1, point: "a", code: "CSTD_BO_TINH", year: 2024, eligible: true},
	{name: "CSTD_BO_TINH 2024 two in a row (Art. 22(1)(a))", doc: docLaw2022, article: 22, clause: 1, point: "a", code: "CSTD_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2022) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_BO_TINH 2024 ministry initiative (Art. 22(1)(b))", doc: docLaw2022, article: 22, clause: 1, point: "b", code: "CSTD_BO_TINH", year: 2024, mutate: initiativesScope(ScopeMinistryProvince), eligible: true},
	{name: "CSTD_BO_TINH 2024 grassroots initiative only (Art. 22(1)(b))", doc: docLaw2022, article: 22, clause: 1, point: "b", code: "CSTD_BO_TINH", year: 2024, mutate: initiativesScope(ScopeGrassroots), rule: "initiative_scope"},
	{name: "CSTD_BO_TINH 2023 three in a row (Law 2003 Art. 22)", doc: docLaw2003, article: 22, code: "CSTD_BO_TINH", year: 2023, eligible: true},
	{name: "CSTD_BO_TINH 2023 ministry initiative (Decree 91/2017 Art. 9(2))", doc: docDec91, article: 9, clause: 2, code: "CSTD_BO_TINH", year: 2023, mutate: initiativesScope(ScopeMinistryProvince), eligible: true},
	{name: "CSTD_BO_TINH 2023 two in a row (Law 2003 Art. 22)", doc: docLaw2003, article: 22, code: "CSTD_BO_TINH", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_CS", 2022) }, rule: "consecutive_prerequisite"},

	// Chiến sĩ thi đua toàn quốc: Law 06/2022 Art. 21(1)(a), (b); Law 15/2003 Art. 21.
	{name: "CSTD_TQ 2024 two in a row (Art. 21(1)(a))", doc: docLaw2022, article: 21, clause: 1, point: "a", code: "CSTD_TQ", year: 2024, eligible: true},
	{name: "CSTD_TQ 2024 one only (Art. 21(1)(a))", doc: docLaw2022, article: 21, clause: 1, point: "a", code: "CSTD_TQ", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "CSTD_BO_TINH", 2021) }, rule: "consecutive_prerequisite"},
	{name: "CSTD_TQ 2024 national initiative (Art. 21(1)(b))", doc: docLaw2022, article: 21, clause: 1, point: "b", code: "CSTD_TQ", year: 2024, eligible: true},
	{name: "CSTD_TQ 2024 ministry-wide initiative only (Art. 21(1)(b))", doc: docLaw2022, article: 21, clause: 1, point: "b", code: "CSTD_TQ", year: 2024, mutate: initiativesScope(ScopeMinistryProvince), rule: "initiative_scope"},
	{name: "CSTD_TQ 2023 two in a row (Law 2003 Art. 21)", doc: docLaw2003, article: 21, code: "CSTD_TQ", year: 2023, eligible: true},
	{name: "CSTD_TQ 2023 ministry-wide initiative only (Decree 91/2017 Art. 9(1))", doc: docDec91, article: 9, clause: 1, code: "CSTD_TQ", year: 2023, mutate: initiativesScope(ScopeMinistryProvince), rule: "initiative_scope"},
	{name: "CSTD_TQ 2023 by the President", doc: docLaw2003, article: 78, code: "CSTD_TQ", year: 2023, mutate: func(n *Nomination) { n.Conferrer = ConferrerPresident }, rule: "authority"},

	// Tập thể lao động tiên tiến, Đơn vị tiên tiến: Law 06/2022 Art. 28;
	// Law 15/2003 Art. 28(1)(a), (c) and 28(2).
	{name: "TTLDTT 2024 HTTNV 60%", doc: docLaw2022, article: 28, code: "TTLDTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood); n.Members.Advanced = 6 }, eligible: true},
	{name: "TTLDTT 2023 HTTNV (Law 2003 Art. 28(1)(a))", doc: docLaw2003, article: 28, clause: 1, point: "a", code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, eligible: true},
	{name: "TTLDTT 2023 HTNV (Law 2003 Art. 28(1)(a))", doc: docLaw2003, article: 28, clause: 1, point: "a", code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "TTLDTT 2023 51% (Law 2003 Art. 28(1)(c))", doc: docLaw2003, article: 28, clause: 1, point: "c", code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members = &Members{Total: 100, Completed: 100, Advanced: 51} }, eligible: true},
	{name: "TTLDTT 2023 50% (Law 2003 Art. 28(1)(c))", doc: docLaw2003, article: 28, clause: 1, point: "c", code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members = &Members{Total: 100, Completed: 100, Advanced: 50} }, rule: "advanced_share"},
	{name: "TTLDTT 2023 member warned (Law 2003 Art. 28(1)(c))", doc: docLaw2003, article: 28, clause: 1, point: "c", code: "TTLDTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 1 }, rule: "member_discipline"},
	{name: "DVTT 2024 armed unit", doc: docLaw2022, article: 28, code: "DVTT", year: 2024, kind: Collective, eligible: true},
	{name: "DVTT 2024 50%", doc: docLaw2022, article: 28, code: "DVTT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 5 }, rule: "advanced_share"},
	{name: "DVTT 2023 armed unit (Law 2003 Art. 28(2))", doc: docLaw2003, article: 28, clause: 2, code: "DVTT", year: 2023, kind: Collective, eligible: true},
	{name: "DVTT 2023 50% (Law 2003 Art. 28(2))", doc: docLaw2003, article: 28, clause: 2, code: "DVTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 5 }, rule: "advanced_share"},
	{name: "DVTT 2023 HTNV (Law 2003 Art. 28(2))", doc: docLaw2003, article: 28, clause: 2, code: "DVTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "rating"},
	{name: "DVTT 2023 member warned: no such criterion in Art. 28(2)", doc: docLaw2003, article: 28, clause: 2, code: "DVTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Disciplined = 1 }, eligible: true},
	{name: "DVTT 2023 civilian collective", doc: docLaw2003, article: 28, clause: 2, code: "DVTT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},

	// Tập thể lao động xuất sắc, Đơn vị quyết thắng: Law 06/2022 Art. 27(1)(a), (c), (d), 27(2).
	{name: "TTLDXS 2024 HTXSNV (Art. 27(1)(a))", doc: docLaw2022, article: 27, clause: 1, point: "a", code: "TTLDXS", year: 2024, kind: Collective, eligible: true},
	{name: "TTLDXS 2024 HTTNV (Art. 27(1)(a))", doc: docLaw2022, article: 27, clause: 1, point: "a", code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, rule: "rating"},
	{name: "TTLDXS 2024 70% (Art. 27(1)(c))", doc: docLaw2022, article: 27, clause: 1, point: "c", code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Advanced = 7 }, eligible: true},
	{name: "TTLDXS 2024 69% (Art. 27(1)(c))", doc: docLaw2022, article: 27, clause: 1, point: "c", code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members = &Members{Total: 100, Completed: 100, Advanced: 69, Fighters: 3} }, rule: "advanced_share"},
	{name: "TTLDXS 2024 one member failed (Art. 27(1)(c))", doc: docLaw2022, article: 27, clause: 1, point: "c", code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Completed = 9 }, rule: "members_completed"},
	{name: "TTLDXS 2024 a grassroots fighter (Art. 27(1)(d))", doc: docLaw2022, article: 27, clause: 1, point: "d", code: "TTLDXS", year: 2024, kind: Collective, eligible: true},
	{name: "TTLDXS 2024 no grassroots fighter (Art. 27(1)(d))", doc: docLaw2022, article: 27, clause: 1, point: "d", code: "TTLDXS", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Fighters = 0 }, rule: "grassroots_fighter"},
	{name: "DVQT 2024 armed unit (Art. 27(2))", doc: docLaw2022, article: 27, clause: 2, code: "DVQT", year: 2024, kind: Collective, eligible: true},
	{name: "DVQT 2024 no grassroots fighter (Art. 27(2))", doc: docLaw2022, article: 27, clause: 2, code: "DVQT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Members.Fighters = 0 }, rule: "grassroots_fighter"},
	{name: "DVQT 2024 civilian collective", doc: docLaw2022, article: 27, clause: 2, code: "DVQT", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	{name: "TTLDXS 2023 eligible (Law 2003 Art. 27)", doc: docLaw2003, article: 27, code: "TTLDXS", year: 2023, kind: Collective, eligible: true},
	{name: "TTLDXS 2023 HTTNV (Law 2003 Art. 27)", doc: docLaw2003, article: 27, code: "TTLDXS", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, rule: "rating"},
	{name: "DVQT 2023 eligible (Law 2003 Art. 27)", doc: docLaw2003, article: 27, code: "DVQT", year: 2023, kind: Collective, eligible: true},
	{name: "DVQT 2023 one member failed (Law 2003 Art. 27)", doc: docLaw2003, article: 27, code: "DVQT", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.Members.Completed = 9 }, rule: "members_completed"},

	// Cờ thi đua: Law 06/2022 Art. 25(1), 25(1)(a), 26(1); Decree 91/2017 Art. 11(1), 12.
	{name: "CO_CP 2024 leading (Art. 25(1))", doc: docLaw2022, article: 25, clause: 1, code: "CO_CP", year: 2024, kind: Collective, eligible: true},
	{name: "CO_CP 2024 not leading (Art. 25(1))", doc: docLaw2022, article: 25, clause: 1, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 2}}
	}, rule: "bloc_leading"},
	{name: "CO_CP 2024 targets not exceeded (Art. 25(1)(a))", doc: docLaw2022, article: 25, clause: 1, point: "a", code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, rule: "rating"},
	{name: "CO_CP 2024 by the Prime Minister's level: the Government (Art. 78(1))", doc: docLaw2022, article: 78, clause: 1, code: "CO_CP", year: 2024, kind: Collective, eligible: true},
	{name: "CO_CP 2024 by a province", doc: docLaw2022, article: 78, clause: 1, code: "CO_CP", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},
	{name: "CO_CP 2023 with the ministry flag (Decree 91/2017 Art. 11(1))", doc: docDec91, article: 11, clause: 1, code: "CO_CP", year: 2023, kind: Collective, eligible: true},
	{name: "CO_CP 2023 without it (Decree 91/2017 Art. 11(1))", doc: docDec91, article: 11, clause: 1, code: "CO_CP", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.History = nil }, rule: "prerequisite"},
	{name: "CO_CP 2023 targets not exceeded (Law 2003 Art. 25(1))", doc: docLaw2003, article: 25, clause: 1, code: "CO_CP", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, rule: "rating"},
	{name: "CO_BO_TINH 2024 leading (Art. 26(1))", doc: docLaw2022, article: 26, clause: 1, code: "CO_BO_TINH", year: 2024, kind: Collective, eligible: true},
	{name: "CO_BO_TINH 2024 not leading (Art. 26(1))", doc: docLaw2022, article: 26, clause: 1, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) {
		n.BlocResults = []BlocResult{{Year: 2024, Bloc: "Khối các sở", Rank: 4}}
	}, rule: "bloc_leading"},
	{name: "CO_BO_TINH 2023 leading (Decree 91/2017 Art. 12)", doc: docDec91, article: 12, code: "CO_BO_TINH", year: 2023, kind: Collective, eligible: true},
	{name: "CO_BO_TINH 2023 no bloc result (Decree 91/2017 Art. 12)", doc: docDec91, article: 12, code: "CO_BO_TINH", year: 2023, kind: Collective, mutate: func(n *Nomination) { n.BlocResults = nil }, rule: "missing_fact"},
	{name: "CO_BO_TINH 2024 by a unit", doc: docLaw2022, article: 79, code: "CO_BO_TINH", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.Conferrer = ConferrerUnit }, rule: "authority"},

	// Giấy khen: Law 06/2022 Art. 75(2); Law 15/2003 Art. 75.
	{name: "GIAY_KHEN 2024 HTTNV", doc: docLaw2022, article: 75, clause: 2, code: "GIAY_KHEN", year: 2024, mutate: func(n *Nomination) { setRating(n, 2024, RatingGood) }, eligible: true},
	{name: "GIAY_KHEN 2023 HTTNV", doc: docLaw2003, article: 75, code: "GIAY_KHEN", year: 2023, mutate: func(n *Nomination) { setRating(n, 2023, RatingGood) }, eligible: true},
	{name: "GIAY_KHEN 2023 warning in the year", doc: docLaw2003, article: 75, code: "GIAY_KHEN", year: 2023, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineWarning, Date: "2023-05-05"}}
	}, rule: "discipline"},
	{name: "GIAY_KHEN 2023 by the Prime Minister", doc: docLaw2003, article: 80, code: "GIAY_KHEN", year: 2023, mutate: func(n *Nomination) { n.Conferrer = ConferrerPrimeMinister }, rule: "authority"},

	// Bằng khen bộ, ban, ngành, tỉnh: Law 06/2022 Art. 74(1)(d); Decree 91/2017 Art. 39.
	{name: "BK_BO_TINH 2024 two CSTD_CS (Art. 74(1)(d))", doc: docLaw2022, article: 74, clause: 1, point: "d", code: "BK_BO_TINH", year: 2024, mutate: noInitiatives, eligible: true},
	{name: "BK_BO_TINH 2024 one CSTD_CS, one initiative (Art. 74(1)(d))", doc: docLaw2022, article: 74, clause: 1, point: "d", code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = without(n.History, "CSTD_CS", 2023)
		n.Initiatives = []Initiative{{Year: 2024, Scope: ScopeGrassroots}}
	}, rule: "initiatives"},
	{name: "BK_BO_TINH 2024 one CSTD_CS, a good year (Art. 74(1)(d))", doc: docLaw2022, article: 74, clause: 1, point: "d", code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) {
		n.History = without(n.History, "CSTD_CS", 2023)
		setRating(n, 2023, RatingGood)
	}, rule: "rating"},
	{name: "BK_BO_TINH 2023 two excellent years, two initiatives (Decree 91/2017 Art. 39)", doc: docDec91, article: 39, code: "BK_BO_TINH", year: 2023, eligible: true},
	{name: "BK_BO_TINH 2023 a good year (Decree 91/2017 Art. 39)", doc: docDec91, article: 39, code: "BK_BO_TINH", year: 2023, mutate: func(n *Nomination) { setRating(n, 2022, RatingGood) }, rule: "rating"},
	{name: "BK_BO_TINH 2024 by a unit", doc: docLaw2022, article: 79, code: "BK_BO_TINH", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerUnit }, rule: "authority"},

	// Bằng khen Thủ tướng: Law 06/2022 Art. 73(1)(b); Decree 91/2017 Art. 38.
	{name: "BK_TTG 2024 (Art. 73(1)(b))", doc: docLaw2022, article: 73, clause: 1, point: "b", code: "BK_TTG", year: 2024, eligible: true},
	{name: "BK_TTG 2024 without BK_BO_TINH (Art. 73(1)(b))", doc: docLaw2022, article: 73, clause: 1, point: "b", code: "BK_TTG", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "BK_BO_TINH", 2019) }, rule: "prerequisite"},
	{name: "BK_TTG 2024 a HTNV year (Art. 73(1)(b))", doc: docLaw2022, article: 73, clause: 1, point: "b", code: "BK_TTG", year: 2024, mutate: func(n *Nomination) { setRating(n, 2023, RatingCompleted) }, rule: "continuity"},
	{name: "BK_TTG 2023 (Decree 91/2017 Art. 38)", doc: docDec91, article: 38, code: "BK_TTG", year: 2023, eligible: true},
	{name: "BK_TTG 2023 individual (Decree 91/2017 Art. 38(1)(c))", doc: docDec91, article: 38, clause: 1, point: "c", code: "BK_TTG", year: 2023, eligible: true},
	{name: "BK_TTG 2023 four grassroots initiatives (Decree 91/2017 Art. 38(1)(c))", doc: docDec91, article: 38, clause: 1, point: "c", code: "BK_TTG", year: 2023, mutate: func(n *Nomination) {
		n.Initiatives = []Initiative{{Year: 2019, Scope: ScopeGrassroots}, {Year: 2020, Scope: ScopeGrassroots}, {Year: 2021, Scope: ScopeGrassroots}, {Year: 2022, Scope: ScopeGrassroots}}
	}, rule: "initiatives"},
	{name: "BK_TTG 2023 a good year (Decree 91/2017 Art. 38(1)(c))", doc: docDec91, article: 38, clause: 1, point: "c", code: "BK_TTG", year: 2023, mutate: func(n *Nomination) { setRating(n, 2021, RatingGood) }, rule: "continuity"},
	{name: "BK_TTG 2023 collective (Decree 91/2017 Art. 38(2), unread)", doc: docDec91, article: 38, clause: 2, code: "BK_TTG", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2021, RatingGood) }, rule: "continuity"},
	{name: "BK_TTG 2023 4 years after BK_BO_TINH (Decree 91/2017 Art. 38)", doc: docDec91, article: 38, code: "BK_TTG", year: 2023, mutate: func(n *Nomination) {
		n.History = without(n.History, "BK_BO_TINH", 2018)
		n.History = append(n.History, Grant{Award: "BK_BO_TINH", Year: 2019})
	}, rule: "prerequisite"},
	{name: "BK_TTG 2024 by a province", doc: docLaw2022, article: 78, clause: 2, code: "BK_TTG", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerMinistryProvince }, rule: "authority"},

	// Huân chương Lao động hạng Ba: Law 06/2022 Art. 44(1)(e); Law 15/2003 Art. 44.
	{name: "HC_LD_3 2024 (Art. 44(1)(e))", doc: docLaw2022, article: 44, clause: 1, point: "e", code: "HC_LD_3", year: 2024, eligible: true},
	{name: "HC_LD_3 2024 4 years after BK_TTG (Art. 44(1)(e))", doc: docLaw2022, article: 44, clause: 1, point: "e", code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) {
		n.History = without(n.History, "BK_TTG", 2019)
		n.History = append(n.History, Grant{Award: "BK_TTG", Year: 2020})
	}, rule: "prerequisite"},
	{name: "HC_LD_3 2024 no excellent year (Art. 44(1)(e))", doc: docLaw2022, article: 44, clause: 1, point: "e", code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2024; y++ {
			setRating(n, y, RatingGood)
		}
	}, rule: "excellent_years"},
	{name: "HC_LD_3 2023 (Law 2003 Art. 44)", doc: docLaw2003, article: 44, code: "HC_LD_3", year: 2023, eligible: true},
	{name: "HC_LD_3 2023 without BK_TTG (Law 2003 Art. 44)", doc: docLaw2003, article: 44, code: "HC_LD_3", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "BK_TTG", 2018) }, rule: "prerequisite"},
	{name: "HC_LD_3 2024 by the Prime Minister", doc: docLaw2022, article: 77, code: "HC_LD_3", year: 2024, mutate: func(n *Nomination) { n.Conferrer = ConferrerPrimeMinister }, rule: "authority"},

	// Huân chương Lao động hạng Nhì: Law 06/2022 Art. 43(1); Law 15/2003 Art. 43.
	{name: "HC_LD_2 2024 (Art. 43(1)(đ))", doc: docLaw2022, article: 43, clause: 1, point: "đ", code: "HC_LD_2", year: 2024, eligible: true},
	{name: "HC_LD_2 2024 without HC_LD_3 (Art. 43(1)(đ))", doc: docLaw2022, article: 43, clause: 1, point: "đ", code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "HC_LD_3", 2019) }, rule: "prerequisite"},
	{name: "HC_LD_2 2024 one excellent year (Art. 43(1)(đ))", doc: docLaw2022, article: 43, clause: 1, point: "đ", code: "HC_LD_2", year: 2024, mutate: func(n *Nomination) {
		for y := 2020; y <= 2023; y++ {
			setRating(n, y, RatingGood)
		}
	}, rule: "excellent_years"},
	{name: "HC_LD_2 2024 collective not under clause 1", doc: docLaw2022, article: 43, code: "HC_LD_2", year: 2024, kind: Collective, mutate: func(n *Nomination) { n.History = without(n.History, "HC_LD_3", 2019) }, rule: "prerequisite"},
	{name: "HC_LD_2 2023 (Law 2003 Art. 43)", doc: docLaw2003, article: 43, code: "HC_LD_2", year: 2023, eligible: true},
	{name: "HC_LD_2 2023 without HC_LD_3 (Law 2003 Art. 43)", doc: docLaw2003, article: 43, code: "HC_LD_2", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "HC_LD_3", 2018) }, rule: "prerequisite"},

	// Huân chương Lao động hạng Nhất, Độc lập: articles by the Laws' order (UNVERIFIED).
	{name: "HC_LD_1 2024", doc: docLaw2022, article: 42, code: "HC_LD_1", year: 2024, eligible: true},
	{name: "HC_LD_1 2023", doc: docLaw2003, article: 42, code: "HC_LD_1", year: 2023, eligible: true},
	{name: "HC_LD_1 2023 individual (Law 2003 Art. 42(1)(a) as amended 2013)", doc: docLaw2003, article: 42, clause: 1, point: "a", code: "HC_LD_1", year: 2023, eligible: true},
	{name: "HC_LD_1 2023 individual, a good year (Law 2003 Art. 42(1)(a))", doc: docLaw2003, article: 42, clause: 1, point: "a", code: "HC_LD_1", year: 2023, mutate: func(n *Nomination) { setRating(n, 2021, RatingGood) }, rule: "continuity"},
	{name: "HC_LD_1 2023 collective, 5 excellent years (Law 2003 Art. 42(2)(b))", doc: docLaw2003, article: 42, clause: 2, point: "b", code: "HC_LD_1", year: 2023, kind: Collective, eligible: true},
	{name: "HC_LD_1 2023 collective, a good year (Law 2003 Art. 42(2)(b))", doc: docLaw2003, article: 42, clause: 2, point: "b", code: "HC_LD_1", year: 2023, kind: Collective, mutate: func(n *Nomination) { setRating(n, 2020, RatingGood) }, rule: "continuity"},
	{name: "HC_LD_1 2023 collective, Second Class 4 years before (Law 2003 Art. 42(2)(b))", doc: docLaw2003, article: 42, clause: 2, point: "b", code: "HC_LD_1", year: 2023, kind: Collective, mutate: func(n *Nomination) {
		n.History = []Grant{{Award: "HC_LD_2", Year: 2019}}
	}, rule: "prerequisite"},
	{name: "HC_LD_1 2023 without HC_LD_2", doc: docLaw2003, article: 42, code: "HC_LD_1", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "HC_LD_2", 2018) }, rule: "prerequisite"},
	{name: "HC_LD_1 2024 a HTNV year", doc: docLaw2022, article: 42, code: "HC_LD_1", year: 2024, mutate: func(n *Nomination) { setRating(n, 2021, RatingCompleted) }, rule: "continuity"},
	{name: "HC_DL_3 2023 after HC_LD_1 (Law 2003 Art. 38)", doc: docLaw2003, article: 38, code: "HC_DL_3", year: 2023, eligible: true},
	{name: "HC_DL_3 2024 without HC_LD_1", doc: docLaw2022, article: 38, code: "HC_DL_3", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "HC_LD_1", 2019) }, rule: "prerequisite"},
	{name: "HC_DL_2 2024", doc: docLaw2022, article: 37, code: "HC_DL_2", year: 2024, eligible: true},
	{name: "HC_DL_2 2023", doc: docLaw2003, article: 37, code: "HC_DL_2", year: 2023, eligible: true},
	{name: "HC_DL_2 2023 without HC_DL_3", doc: docLaw2003, article: 37, code: "HC_DL_2", year: 2023, mutate: func(n *Nomination) { n.History = without(n.History, "HC_DL_3", 2018) }, rule: "prerequisite"},
	{name: "HC_DL_1 2024", doc: docLaw2022, article: 36, code: "HC_DL_1", year: 2024, eligible: true},
	{name: "HC_DL_1 2024 without HC_DL_2", doc: docLaw2022, article: 36, code: "HC_DL_1", year: 2024, mutate: func(n *Nomination) { n.History = without(n.History, "HC_DL_2", 2019) }, rule: "prerequisite"},
	{name: "HC_DL_1 2023", doc: docLaw2003, article: 36, code: "HC_DL_1", year: 2023, eligible: true},
	{name: "HC_DL_1 2023 a HTTNV year", doc: docLaw2003, article: 36, code: "HC_DL_1", year: 2023, mutate: func(n *Nomination) { setRating(n, 2020, RatingGood) }, rule: "continuity"},

	// Orders read since 2026-12 (catalogue notes give the pages): Law 06/2022
	// Art. 39 is the First Class Military Exploit Order; before 2024 its
	// classes are Law 39/2013/QH13 Art. 1(15) and 1(17); Law 15/2003 Art. 38
	// is the Third Class Independence Order, Art. 45(1) the Fatherland
	// Defence Order. The catalogue had Law 2003 Arts. 35, 36 and 39.
	{name: "HC_QC_1 2024 (Art. 39)", doc: docLaw2022, article: 39, code: "HC_QC_1", year: 2024, eligible: true},
	{name: "HC_QC_1 2023 (Law 39/2013 Art. 1(15))", doc: docLaw2013Amend, article: 1, clause: 15, code: "HC_QC_1", year: 2023, eligible: true},
	{name: "HC_QC_3 2023 (Law 39/2013 Art. 1(17))", doc: docLaw2013Amend, article: 1, clause: 17, code: "HC_QC_3", year: 2023, eligible: true},
	{name: "HC_QC_1 2023 civilian (Law 39/2013 Art. 1(15))", doc: docLaw2013Amend, article: 1, clause: 15, code: "HC_QC_1", year: 2023, mutate: func(n *Nomination) { n.Subject.ArmedForces = false }, rule: "armed_forces"},
	{name: "HC_BVTQ_1 2023 (Law 2003 Art. 45(1))", doc: docLaw2003, article: 45, clause: 1, code: "HC_BVTQ_1", year: 2023, eligible: true},
	{name: "HC_BVTQ_3 2023 (Law 2003 Art. 45(1))", doc: docLaw2003, article: 45, clause: 1, code: "HC_BVTQ_3", year: 2023, eligible: true},
	{name: "HC_CC_2 2023 (Law 2003 Art. 48(2), not read)", doc: docLaw2003, article: 48, clause: 2, code: "HC_CC_2", year: 2023, eligible: true},
	{name: "HC_DDKDT 2023 (Law 2003 Art. 49, not read)", doc: docLaw2003, article: 49, code: "HC_DDKDT", year: 2023, eligible: true},

	// Prizes: Law 06/2022 Art. 68 is common to both, Art. 69 is the Ho Chi
	// Minh Prize, Art. 70 the State Prize (vi.wikisource.org, Công báo
	// p. 48; hethongphapluat.vn, Điều 70); Law 15/2003 Art. 66 common, 67
	// and 68 (123docz.net). The catalogue had each one article early.
	{name: "GT_HCM 2024 (Art. 69)", doc: docLaw2022, article: 69, code: "GT_HCM", year: 2024, eligible: true},
	{name: "GT_NN 2024 (Art. 70)", doc: docLaw2022, article: 70, code: "GT_NN", year: 2024, eligible: true},
	{name: "GT_HCM 2023 (Law 2003 Art. 67)", doc: docLaw2003, article: 67, code: "GT_HCM", year: 2023, eligible: true},
	{name: "GT_NN 2023 (Law 2003 Art. 68)", doc: docLaw2003, article: 68, code: "GT_NN", year: 2023, eligible: true},
	// Law 15/2003 as amended: Art. 50 is the Bravery Order, 51 the
	// Friendship Order, 54 the Determined-to-Win Banner Medal (it had 40,
	// 42, 51).
	{name: "HC_DUNG_CAM 2023 (Law 2003 Art. 50)", doc: docLaw2003, article: 50, code: "HC_DUNG_CAM", year: 2023, eligible: true},
	{name: "HC_HUU_NGHI 2023 (Law 2003 Art. 51)", doc: docLaw2003, article: 51, code: "HC_HUU_NGHI", year: 2023, eligible: true},
	{name: "HCH_QKQT 2023 (Law 2003 Art. 54)", doc: docLaw2003, article: 54, code: "HCH_QKQT", year: 2023, kind: Individual, mutate: func(n *Nomination) { n.Subject.ArmedForces = true }, eligible: true},
	// Chiến sĩ vẻ vang medal classes: Law 06/2022 Art. 57(2)(a)-(c).
	{name: "HCH_CSVV_2 2024 (Art. 57(2)(b))", doc: docLaw2022, article: 57, clause: 2, point: "b", code: "HCH_CSVV_2", year: 2024, mutate: func(n *Nomination) { n.Subject.ArmedForces = true }, eligible: true},

	// Anh hùng Lao động: authority (Law 06/2022 Art. 77; Law 15/2003 Art. 77) and discipline.
	{name: "AH_LD 2023 by the President", doc: docLaw2003, article: 77, code: "AH_LD", year: 2023, eligible: true},
	{name: "AH_LD 2023 by the Prime Minister", doc: docLaw2003, article: 77, code: "AH_LD", year: 2023, mutate: func(n *Nomination) { n.Conferrer = ConferrerPrimeMinister }, rule: "authority"},
	{name: "AH_LD 2024 reprimand in the year (Decree 98/2023 Art. 4(4))", doc: docDec98, article: 4, clause: 4, code: "AH_LD", year: 2024, mutate: func(n *Nomination) {
		n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2024-02-02"}}
	}, rule: "discipline"},
}

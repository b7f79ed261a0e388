package nomination

import "testing"

// TestHistSlot: every title the rules count has its own slot, and no other
// code of the catalogue has one.
func TestHistSlot(t *testing.T) {
	counted := []string{"CSTD_CS", "LDTT", "CSTT", "CSTD_BO_TINH", "CSTD_TQ", "BK_BO_TINH", "BK_TTG", "HC_LD_3", "HC_LD_2", "HC_LD_1", "HC_DL_3", "HC_DL_2", "HC_DL_1", "CO_BO_TINH"}
	used := map[int]string{}
	for _, c := range counted {
		s := histSlot(c)
		if s <= 0 || s >= histSlots || used[s] != "" {
			t.Errorf("%s: slot %d (taken by %q)", c, s, used[s])
		}
		used[s] = c
		if a := slotAward(s); a == nil || a.Code != c {
			t.Errorf("%s: slotAward %v", c, a)
		}
	}
	for _, code := range Default().Codes() {
		if s := histSlot(code); s != 0 && used[s] != code {
			t.Errorf("%s: slot %d", code, s)
		}
	}
	for _, c := range []string{"", "cstd_cs", "CSTD_CS ", "LDTX", "BK_BO_TINX"} {
		if s := histSlot(c); s != 0 {
			t.Errorf("%q: slot %d", c, s)
		}
	}
}

// TestCachedDates: the dates checkRest keeps for the rules read as the
// rules read them, the day 0 (1970-01-01) and the fifth entry included.
func TestCachedDates(t *testing.T) {
	n := &Nomination{Award: "LDTT", Year: 1970, Subject: Subject{Kind: Individual, Name: "A"},
		Ratings: []Rating{{Year: 1970, Rating: RatingGood}}}
	for i := 0; i < 5; i++ {
		n.Leaves = append(n.Leaves, Leave{Kind: LeaveSick, From: "1970-01-01", To: "1970-01-31"})
		n.Disciplines = append(n.Disciplines, Discipline{Form: DisciplineReprimand, Date: "1969-12-31"})
	}
	n.Leaves = append(n.Leaves, Leave{Kind: LeaveSick, From: "1970-13-01", To: "1970-01-02"})
	var x facts
	if err := checkRest(n, &x); err != nil {
		t.Fatal(err)
	}
	for i := range n.Leaves {
		from, to, ok := x.leaveDays(i, &n.Leaves[i])
		wf, ok1 := parseDate(n.Leaves[i].From)
		wt, ok2 := parseDate(n.Leaves[i].To)
		if ok != (ok1 && ok2) || ok && (from != wf || to != wt) {
			t.Errorf("leave %d: %v %v %v, want %v %v %v", i, from, to, ok, wf, wt, ok1 && ok2)
		}
	}
	for i := range n.Disciplines {
		if y, ok := x.disciplineYear(i, &n.Disciplines[i]); y != 1969 || !ok {
			t.Errorf("discipline %d: %d %v", i, y, ok)
		}
	}
	r, err := Validate(n)
	if err != nil {
		t.Fatal(err)
	}
	// 5 × 23 working days of sick leave in January 1970: the old law's
	// 40-day rule excluded the title then; the bad leave is reported
	if r.Eligible {
		t.Errorf("eligible: %s", describe(r))
	}
}

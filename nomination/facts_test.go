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

// TestRatingOf: ratingOf reads every value as ratingLevel does.
func TestRatingOf(t *testing.T) {
	for _, s := range []string{RatingExcellent, RatingGood, RatingCompleted, RatingFailed, "", "htxsnv", "Hoàn thành tốt nhiệm vụ", "HTTN", "XHTNV", "HTXSNV "} {
		if got, want := ratingOf(s), ratingLevel(s); got != want {
			t.Errorf("%q: %d, want %d", s, got, want)
		}
	}
}

package nomination

import "sync"

// The facts the chain rules ask again and again (does the subject hold
// this title in that year, what was the year's rating) are indexed once
// per validation, in place on the stack: a set of years per title the
// rules count, a rating level per year. Titles outside histSlot are looked
// up in the history itself.

// histSlot returns the index slot of a title the rules count, or 0.
func histSlot(code string) int {
	switch code {
	case "CSTD_CS":
		return 1
	case "LDTT":
		return 2
	case "CSTT":
		return 3
	case "CSTD_BO_TINH":
		return 4
	case "CSTD_TQ":
		return 5
	case "BK_BO_TINH":
		return 6
	case "BK_TTG":
		return 7
	case "HC_LD_3":
		return 8
	case "HC_LD_2":
		return 9
	case "HC_LD_1":
		return 10
	case "HC_DL_3":
		return 11
	case "HC_DL_2":
		return 12
	case "HC_DL_1":
		return 13
	case "CO_BO_TINH":
		return 14
	}
	return 0
}

const histSlots = 15

var (
	slotAwardsOnce sync.Once
	slotAwards     [histSlots]*Award
)

// slotAward returns the catalogue entry of a history slot's title.
func slotAward(s int) *Award {
	slotAwardsOnce.Do(func() {
		cat := Default()
		for _, a := range cat.Awards {
			if k := histSlot(a.Code); k > 0 {
				slotAwards[k] = cat.Lookup(a.Code)
			}
		}
	})
	return slotAwards[s]
}

// facts is the index of one nomination's history and ratings. Every year
// in them lies in MinYear–MaxYear (checkBounds).
type facts struct {
	hist [histSlots]Years
	rat  [MaxYear - MinYear + 1]int8 // rating level by year; rNone when absent
	slot [64]uint8                   // histSlot of the first history entries
}

// slotOf returns the histSlot of the i-th history entry g.
func (x *facts) slotOf(i int, g *Grant) int {
	if i < len(x.slot) {
		return int(x.slot[i])
	}
	return histSlot(g.Award)
}

// index fills the index from n.
func (x *facts) index(n *Nomination) {
	for i := range n.History {
		g := &n.History[i]
		s := histSlot(g.Award)
		if i < len(x.slot) {
			x.slot[i] = uint8(s)
		}
		if s > 0 {
			x.hist[s].Add(g.Year)
		}
	}
	for i := range n.Ratings {
		r := &n.Ratings[i]
		// the last rating of a year wins, as it always did
		x.rat[r.Year-MinYear] = int8(ratingLevel(r.Rating))
	}
}

// Last returns the latest year of the set not after upTo, or 0.
func (s *Years) Last(upTo int) int {
	if upTo < MinYear {
		return 0
	}
	i := min(upTo, MaxYear) - MinYear
	for w := i >> 6; w >= 0; w-- {
		x := s[w]
		if w == i>>6 {
			x &= (2 << (i & 63)) - 1 // bits 0..i&63
		}
		if x != 0 {
			return MinYear + w*64 + 63 - leadingZeros(x)
		}
	}
	return 0
}

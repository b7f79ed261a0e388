package nomination

import (
	"strconv"
	"sync"
)

// The facts the chain rules ask again and again (does the subject hold
// this title in that year, what was the year's rating) are indexed once
// per validation, in place on the stack: a set of years per title the
// rules count, a rating level per year. Titles outside histSlot are looked
// up in the history itself.

// histSlot returns the index slot of a title the rules count, or 0. It
// switches on the length first: comparisons with short constants compile
// to a word or two.
func histSlot(code string) int {
	switch len(code) {
	case 4:
		if code == "LDTT" {
			return 2
		}
		if code == "CSTT" {
			return 3
		}
	case 6:
		if code == "BK_TTG" {
			return 7
		}
	case 7:
		switch {
		case code == "CSTD_CS":
			return 1
		case code == "CSTD_TQ":
			return 5
		case code == "HC_LD_3":
			return 8
		case code == "HC_LD_2":
			return 9
		case code == "HC_LD_1":
			return 10
		case code == "HC_DL_3":
			return 11
		case code == "HC_DL_2":
			return 12
		case code == "HC_DL_1":
			return 13
		}
	case 10:
		if code == "BK_BO_TINH" {
			return 6
		}
		if code == "CO_BO_TINH" {
			return 14
		}
	case 12:
		if code == "CSTD_BO_TINH" {
			return 4
		}
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
	// odd lists the history entries checkDuplicate must look at: a code
	// outside histSlot, a year from the nomination's on; oddAll is set
	// when there are more than odd holds.
	odd    [16]int32
	nOdd   int
	oddAll bool
	// the dates of the first disciplines and leaves, read by checkRest:
	// the year of a discipline, the days of a leave; 0 for a date that is
	// malformed (the rules report it) or beyond these (leafOK false)
	disc   [4]int16
	leaf   [4][2]date
	leafOK [4]bool
}

// disciplineYear returns the year of the i-th discipline's date, false if
// the date is malformed.
func (x *facts) disciplineYear(i int, d *Discipline) (int, bool) {
	if i < len(x.disc) {
		return int(x.disc[i]), x.disc[i] != 0
	}
	y, _, _, ok := splitDate(d.Date)
	return y, ok
}

// leaveDays returns the first and last day of the i-th leave, false if a
// date is malformed.
func (x *facts) leaveDays(i int, l *Leave) (from, to date, ok bool) {
	if i < len(x.leaf) {
		return x.leaf[i][0], x.leaf[i][1], x.leafOK[i]
	}
	from, ok1 := parseDate(l.From)
	to, ok2 := parseDate(l.To)
	return from, to, ok1 && ok2
}

// index fills the index from n, in one pass over its history and one
// over its ratings, which also checks their years are in bounds (the
// error checkHistoryRatings gives).
func (x *facts) index(n *Nomination) error {
	for i := range n.History {
		g := &n.History[i]
		if !inYears(g.Year) {
			return yearError("history["+strconv.Itoa(i)+"].year", g.Year)
		}
		s := histSlot(g.Award)
		if s > 0 {
			k := uint(g.Year - MinYear) // in range: checked above
			x.hist[s][k>>6] |= 1 << (k & 63)
		}
		if s == 0 || g.Year >= n.Year {
			if x.nOdd < len(x.odd) {
				x.odd[x.nOdd] = int32(i)
				x.nOdd++
			} else {
				x.oddAll = true
			}
		}
	}
	for i := range n.Ratings {
		r := &n.Ratings[i]
		if !inYears(r.Year) {
			return yearError("ratings["+strconv.Itoa(i)+"].year", r.Year)
		}
		// the last rating of a year wins, as it always did
		x.rat[r.Year-MinYear] = int8(ratingLevel(r.Rating))
	}
	return nil
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

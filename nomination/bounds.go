package nomination

import (
	"fmt"
	"strconv"
	"strings"
)

// Bounds of the input. A year or count outside them is an *InputError
// wrapping ErrOutOfRange, a batch or list over its size one wrapping
// ErrTooLarge (both wrap ErrInput), naming its JSON path; not a finding:
// no rule can judge such input, and inside the bounds the arithmetic on
// counts and years (shares, streaks, windows) is exact and short, and the
// memory of a validation follows the input's size.
const (
	// MinYear and MaxYear bound every year: the nomination's, the batch's,
	// those of history, ratings, initiatives and bloc_results entries, and
	// the year of every date (as_of, decision_date, employed_from, disciplines[].date,
	// leaves[].from and .to): the range the nomination's year always had.
	MinYear = 1945
	MaxYear = 2100
	// MaxCount bounds every count of members (members.total, .completed,
	// .advanced, .fighters, .disciplined) and bloc_results[].rank, from 0
	// to 10 million: more than any collective, and small enough that
	// 10 × MaxCount cannot overflow.
	MaxCount = 10_000_000
	// MaxNominations is the largest number of nominations a batch may
	// hold. A batch with more is refused before any of them is decoded. A
	// real nomination (award, subject, a rating) takes more than 80 bytes,
	// so an input of MaxInput bytes cannot hold more real ones.
	MaxNominations = 100_000
	// MaxEntries bounds every other array and object of the input: a
	// nomination's history, ratings, initiatives, disciplines, leaves and
	// bloc_results, the batch's caps, and any unknown member. Decode
	// refuses a larger one before decoding it; Validate refuses a
	// nomination built in Go with a longer list. Each entry can yield a
	// finding, so this bounds a result's size too.
	MaxEntries = 10_000
)

var (
	// ErrOutOfRange is wrapped by the InputError of a year, count or cap
	// out of its bounds (MinYear–MaxYear, 0–MaxCount, [0, 1]).
	ErrOutOfRange = fmt.Errorf("%w: value out of range", ErrInput)
	// ErrTooLarge is wrapped by the InputError of an input longer than
	// MaxInput bytes, a batch of more than MaxNominations nominations or
	// a list of more than MaxEntries entries.
	ErrTooLarge = fmt.Errorf("%w: input too large", ErrInput)
)

func yearError(field string, y int) error {
	return &InputError{Field: field, Err: ErrOutOfRange,
		Problem: "năm ngoài khoảng 1945–2100 hoặc thiếu / year missing or out of range 1945–2100: " + strconv.Itoa(y)}
}

func countError(field string, k int) error {
	return &InputError{Field: field, Err: ErrOutOfRange,
		Problem: "số lượng ngoài khoảng 0–10 000 000 / count out of range 0–10000000: " + strconv.Itoa(k)}
}

// inYears and inCounts compare once: a value below the range wraps around
// to a large unsigned one.
func inYears(y int) bool { return uint(y-MinYear) <= MaxYear-MinYear }

func inCounts(k int) bool { return uint(k) <= MaxCount }

// dateInYears tells whether a date is malformed (left to the rules, which
// report it as a missing fact) or of a year within the bounds.
func dateInYears(s string) bool {
	y, _, _, ok := splitDate(s)
	return !ok || inYears(y)
}

func dateError(field, s string) error {
	return &InputError{Field: field, Err: ErrOutOfRange,
		Problem: "năm của ngày ngoài khoảng 1945–2100 / year of the date out of range 1945–2100: " + strconv.Quote(clip(s))}
}

// The bounds are checked in three steps, in the order of the fields, each
// reporting the first value out of its bounds by its JSON path without
// allocating unless it fails: checkLists (the lengths), facts.index (the
// years of history and ratings, in the pass that indexes them), checkRest
// (the other years, dates and counts).

// checkLists reports the first list of n longer than MaxEntries.
func checkLists(n *Nomination) error {
	for _, l := range [...]struct {
		name string
		k    int
	}{{"history", len(n.History)}, {"ratings", len(n.Ratings)}, {"initiatives", len(n.Initiatives)}, {"disciplines", len(n.Disciplines)}, {"leaves", len(n.Leaves)}, {"bloc_results", len(n.BlocResults)}} {
		if l.k > MaxEntries {
			return tooManyEntries(l.name)
		}
	}
	return nil
}

// checkRest reports the first year, date or count out of its bounds in
// the lists after history and ratings. The dates it reads of the first
// disciplines and leaves are kept in x, for the rules.
func checkRest(n *Nomination, x *facts) error {
	for i := range n.Initiatives {
		if y := n.Initiatives[i].Year; !inYears(y) {
			return yearError("initiatives["+strconv.Itoa(i)+"].year", y)
		}
	}
	for i := range n.Disciplines {
		s := n.Disciplines[i].Date
		y, _, _, ok := splitDate(s)
		if ok && !inYears(y) {
			return dateError("disciplines["+strconv.Itoa(i)+"].date", s)
		}
		if i < len(x.disc) && ok {
			x.disc[i] = int16(y)
		}
	}
	for i := range n.Leaves {
		l := &n.Leaves[i]
		fy, fm, fd, fok := splitDate(l.From)
		if fok && !inYears(fy) {
			return dateError("leaves["+strconv.Itoa(i)+"].from", l.From)
		}
		ty, tm, td, tok := splitDate(l.To)
		if tok && !inYears(ty) {
			return dateError("leaves["+strconv.Itoa(i)+"].to", l.To)
		}
		if i < len(x.leaf) && fok && tok {
			x.leaf[i], x.leafOK[i] = [2]date{civil(fy, fm, fd), civil(ty, tm, td)}, true
		}
	}
	if !dateInYears(n.EmployedFrom) {
		return dateError("employed_from", n.EmployedFrom)
	}
	if !dateInYears(n.DecisionDate) {
		return dateError("decision_date", n.DecisionDate)
	}
	if m := n.Members; m != nil {
		for _, f := range [...]struct {
			name string
			k    int
		}{{"members.total", m.Total}, {"members.completed", m.Completed}, {"members.advanced", m.Advanced}, {"members.fighters", m.Fighters}, {"members.disciplined", m.Disciplined}} {
			if !inCounts(f.k) {
				return countError(f.name, f.k)
			}
		}
	}
	for i := range n.BlocResults {
		b := &n.BlocResults[i]
		if !inYears(b.Year) {
			return yearError("bloc_results["+strconv.Itoa(i)+"].year", b.Year)
		}
		if !inCounts(b.Rank) {
			return countError("bloc_results["+strconv.Itoa(i)+"].rank", b.Rank)
		}
	}
	return nil
}

func tooManyEntries(field string) error {
	return &InputError{Field: field, Err: ErrTooLarge,
		Problem: "hơn " + strconv.Itoa(MaxEntries) + " mục / more than " + strconv.Itoa(MaxEntries) + " entries"}
}

// checkSizes reports the first array or object of the JSON text b (valid)
// holding more than MaxEntries elements or members, by its JSON path. The
// batch's "nominations" array is left to its own bound, MaxNominations.
// It reads b once, without decoding or allocating (but for the stack of
// open containers, as deep as the nesting).
func checkSizes(b []byte) error {
	type level struct {
		obj, wantKey, exempt bool
		count                int    // elements or members so far
		key                  []byte // the current member's key (objects)
	}
	stack := make([]level, 0, 16)
	fail := func() error {
		var path []byte
		for i := 0; i < len(stack)-1; i++ {
			l := &stack[i]
			if l.obj {
				if len(path) > 0 {
					path = append(path, '.')
				}
				path = append(path, l.key...)
			} else {
				path = append(path, '[')
				path = strconv.AppendInt(path, int64(l.count-1), 10)
				path = append(path, ']')
			}
		}
		if len(path) == 0 {
			path = []byte("(input)")
		}
		return tooManyEntries(clip(string(path)))
	}
	// value counts a value starting in the innermost container.
	value := func() bool {
		if n := len(stack); n > 0 && !stack[n-1].obj {
			stack[n-1].count++
			return stack[n-1].count > MaxEntries && !stack[n-1].exempt
		}
		return false
	}
	for i := 0; i < len(b); i++ {
		switch c := b[i]; c {
		case ' ', '\t', '\n', '\r', ',', ':':
			if c == ',' && len(stack) > 0 && stack[len(stack)-1].obj {
				stack[len(stack)-1].wantKey = true
			}
		case '"':
			j := i + 1
			for ; j < len(b) && b[j] != '"'; j++ {
				if b[j] == '\\' {
					j++
				}
			}
			if n := len(stack); n > 0 && stack[n-1].obj && stack[n-1].wantKey {
				l := &stack[n-1]
				l.key, l.wantKey = b[i+1:min(j, len(b))], false
				if l.count++; l.count > MaxEntries {
					return fail()
				}
			} else if value() {
				return fail()
			}
			i = j
		case '{', '[':
			if value() {
				return fail()
			}
			// the batch's nominations: a member of the root object
			exempt := c == '[' && len(stack) == 1 && stack[0].obj && strings.EqualFold(string(stack[0].key), "nominations")
			stack = append(stack, level{obj: c == '{', wantKey: c == '{', exempt: exempt})
		case '}', ']':
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		default: // a number or a literal: skip to its end
			if value() {
				return fail()
			}
			for i+1 < len(b) && !strings.ContainsRune(" \t\n\r,]}", rune(b[i+1])) {
				i++
			}
		}
	}
	return nil
}

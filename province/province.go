package province

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"

	"github.com/vnthidua/thidua/internal/fold"
)

// Kind is the kind of a provincial-level unit.
type Kind string

// The kinds of provincial-level units.
const (
	Tinh     Kind = "tinh"      // tỉnh: province
	ThanhPho Kind = "thanh_pho" // thành phố trực thuộc trung ương: centrally-run city
)

// Effective is the date from which the 34 current units are in force.
const Effective = "2025-07-01"

// Province is one provincial-level unit (tỉnh or thành phố trực thuộc
// trung ương). ID is a stable slug, not the official administrative code;
// a current unit and the pre-2025 unit whose name it kept share an ID.
// Becomes is empty for a current unit and, for a unit of the map before
// 2025-07-01, the ID of the current unit that holds its territory today.
type Province struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`  // official name with its prefix: Tỉnh Hưng Yên
	Short   string   `json:"short"` // name without the prefix: Hưng Yên
	Kind    Kind     `json:"kind"`
	Becomes string   `json:"becomes,omitempty"`
	Aliases []string `json:"aliases,omitempty"`
	// Ambiguous lists names that also mean something else in running text
	// ("Hồ Chí Minh" the person, "hòa bình" peace): Find takes them only
	// after a prefix such as "tỉnh" or "thành phố".
	Ambiguous []string `json:"ambiguous,omitempty"`
}

// IsCurrent reports whether p is one of the 34 units in force since
// 2025-07-01.
func (p Province) IsCurrent() bool { return p.Becomes == "" }

//go:embed data/provinces.json
var dataJSON []byte

// Data is the embedded data file: its source and licence, and the two maps.
type Data struct {
	Source     string     `json:"source"`
	Licence    string     `json:"licence"`
	Verified   string     `json:"verified"`
	Effective  string     `json:"effective"`
	Current    []Province `json:"current"`
	Before2025 []Province `json:"before_2025"`
}

type index struct {
	data    Data
	current map[string]int // folded name key → index in Current
	old     map[string]int // folded name key → index in Before2025
	byID    map[string]int // id → index in Current
	// find maps a folded word sequence to the unit it names, for Find.
	find    map[string]findEntry
	first   map[string]bool // first words of the keys of find
	maxFind int             // longest word sequence in find
}

type findEntry struct {
	current   bool
	i         int
	ambiguous bool
}

var load = sync.OnceValues(func() (*index, error) {
	var d Data
	if err := json.Unmarshal(dataJSON, &d); err != nil {
		return nil, err
	}
	x := &index{data: d, current: map[string]int{}, old: map[string]int{}, byID: map[string]int{}, find: map[string]findEntry{}, first: map[string]bool{}}
	for i, p := range d.Current {
		x.byID[p.ID] = i
		for _, n := range names(p) {
			x.current[key(n)] = i
		}
	}
	for i, p := range d.Before2025 {
		for _, n := range names(p) {
			x.old[key(n)] = i
		}
	}
	add := func(p Province, cur bool, i int) {
		amb := map[string]bool{}
		for _, a := range p.Ambiguous {
			amb[fold.String(a)] = true
		}
		for _, n := range append(names(p), p.Ambiguous...) {
			if f := key(n); f != "" {
				if _, seen := x.find[f]; seen && !cur {
					continue // the current unit keeps the name
				}
				x.find[f] = findEntry{current: cur, i: i, ambiguous: amb[f]}
				fw := strings.Fields(f)
				x.maxFind = max(x.maxFind, len(fw))
				x.first[fw[0]] = true
			}
		}
	}
	for i, p := range d.Current {
		add(p, true, i)
	}
	for i, p := range d.Before2025 {
		add(p, false, i)
	}
	return x, nil
})

func names(p Province) []string { return append([]string{p.Name, p.Short}, p.Aliases...) }

func mustLoad() *index {
	x, err := load()
	if err != nil {
		panic("province: embedded data/provinces.json: " + err.Error()) // a build defect, caught by tests
	}
	return x
}

// prefixes are the folded words that may stand before a province name.
// Longest first.
var prefixes = [][]string{
	{"thanh", "pho", "truc", "thuoc", "trung", "uong"},
	{"thanh", "pho"},
	{"tinh"},
	{"tp"},
}

// stripPrefix returns words without a leading prefix, and how many words
// it removed.
func stripPrefix(words []string) ([]string, int) {
	for _, p := range prefixes {
		if len(words) > len(p) && equalWords(words[:len(p)], p) {
			return words[len(p):], len(p)
		}
	}
	return words, 0
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// key folds a name and removes its prefix: "Tỉnh Hoà Bình" and "hòa binh"
// both give "hoa binh".
func key(s string) string {
	w, _ := stripPrefix(strings.Fields(fold.String(s)))
	return strings.Join(w, " ")
}

func clone(p Province) Province {
	p.Aliases = append([]string(nil), p.Aliases...)
	p.Ambiguous = append([]string(nil), p.Ambiguous...)
	return p
}

// Lookup finds the unit a name refers to. It ignores case, diacritics
// (so old and new tone placement, "Hoà"/"Hòa", and NFD input match),
// punctuation and a prefix ("tỉnh", "thành phố", "TP.", "Thành phố trực
// thuộc trung ương"). A name of a current unit gives that unit; a name
// used only before 2025-07-01 ("Bình Dương", "Thái Bình") gives the former
// unit, whose Becomes names the unit that holds it today.
func Lookup(name string) (Province, bool) {
	x := mustLoad()
	k := key(name)
	if k == "" {
		return Province{}, false
	}
	if i, ok := x.current[k]; ok {
		return clone(x.data.Current[i]), true
	}
	if i, ok := x.old[k]; ok {
		return clone(x.data.Before2025[i]), true
	}
	return Province{}, false
}

// Current finds the unit in force today that holds the place a name
// refers to: "Bình Dương" gives Thành phố Hồ Chí Minh, "Thái Bình" gives
// Tỉnh Hưng Yên, "Hà Nội" gives Thành phố Hà Nội.
func Current(name string) (Province, bool) {
	p, ok := Lookup(name)
	if !ok {
		return Province{}, false
	}
	if p.IsCurrent() {
		return p, true
	}
	return ByID(p.Becomes)
}

// ByID returns the current unit with the given id.
func ByID(id string) (Province, bool) {
	x := mustLoad()
	i, ok := x.byID[id]
	if !ok {
		return Province{}, false
	}
	return clone(x.data.Current[i]), true
}

// All returns the 34 units in force since 2025-07-01, in the order of the
// data file.
func All() []Province {
	x := mustLoad()
	out := make([]Province, len(x.data.Current))
	for i, p := range x.data.Current {
		out[i] = clone(p)
	}
	return out
}

// Before2025 returns the 63 units in force until 2025-06-30, each with the
// current unit it became.
func Before2025() []Province {
	x := mustLoad()
	out := make([]Province, len(x.data.Before2025))
	for i, p := range x.data.Before2025 {
		out[i] = clone(p)
	}
	return out
}

// Source returns the source and the licence of the embedded data.
func Source() (source, licence string) {
	x := mustLoad()
	return x.data.Source, x.data.Licence
}

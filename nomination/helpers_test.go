package nomination

import "fmt"

// dossier builds a nomination that satisfies every encoded rule of code for
// the year: the tests then break one fact at a time.
func dossier(code string, year int, kind string) *Nomination {
	a := Default().Lookup(code)
	n := &Nomination{Award: code, Year: year, Subject: Subject{Kind: kind, Name: "Đối tượng " + code}, Conferrer: a.Conferrer}
	n.Subject.ArmedForces = a.ArmedForces == "only"
	for y := year - 12; y <= year; y++ {
		n.Ratings = append(n.Ratings, Rating{Year: y, Rating: RatingExcellent})
		n.Initiatives = append(n.Initiatives, Initiative{Year: y, Scope: ScopeNational})
		if kind == Individual {
			n.History = append(n.History, Grant{Award: "CSTD_CS", Year: y})
		}
	}
	prev := map[string]string{"BK_TTG": "BK_BO_TINH", "HC_LD_3": "BK_TTG", "HC_LD_2": "HC_LD_3", "HC_LD_1": "HC_LD_2",
		"HC_DL_3": "HC_LD_1", "HC_DL_2": "HC_DL_3", "HC_DL_1": "HC_DL_2"}
	if p, ok := prev[code]; ok {
		n.History = append(n.History, Grant{Award: p, Year: year - 5})
	}
	switch code {
	case "CSTD_TQ":
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: year - 3}, Grant{Award: "CSTD_BO_TINH", Year: year})
	case "CSTD_CS":
		// the title itself must not be in the history of its own year
		n.History = without(n.History, "CSTD_CS", year)
	case "CO_CP":
		n.History = append(n.History, Grant{Award: "CO_BO_TINH", Year: year})
	case "HC_LD_2":
		n.History = append(n.History, Grant{Award: "CSTD_BO_TINH", Year: year - 2})
	}
	if kind == Collective {
		n.Members = &Members{Total: 10, Completed: 10, Advanced: 8, Fighters: 1}
		n.BlocResults = []BlocResult{{Year: year, Bloc: "Khối các sở", Rank: 1, Leading: true}}
	}
	return n
}

func without(h []Grant, code string, year int) []Grant {
	out := h[:0:0]
	for _, g := range h {
		if g.Award != code || g.Year != year {
			out = append(out, g)
		}
	}
	return out
}

func errorsOf(r Result) []Finding {
	var out []Finding
	for _, f := range r.Findings {
		if f.Severity == Error {
			out = append(out, f)
		}
	}
	return out
}

func describe(r Result) string {
	s := fmt.Sprintf("%s %d eligible=%v regime=%s", r.Award, r.Year, r.Eligible, r.Regime)
	for _, f := range r.Findings {
		if f.Severity != Info {
			s += fmt.Sprintf("\n  %s %s %s Điều %d khoản %d điểm %q: %s", f.Severity, f.Rule, f.Citation.Document, f.Citation.Article, f.Citation.Clause, f.Citation.Point, f.MessageEn)
		}
	}
	return s
}

package nomination

import "testing"

// tenYears is a typical dossier: ten years of ratings, titles and
// initiatives, a maternity leave, one old discipline.
func tenYears(code string) *Nomination {
	n := &Nomination{Award: code, Year: 2024, AsOf: "2025-01-10", Subject: Subject{Kind: Individual, Name: "Nguyễn Thị Lan"}, Conferrer: Default().Lookup(code).Conferrer}
	for y := 2015; y <= 2024; y++ {
		n.Ratings = append(n.Ratings, Rating{Year: y, Rating: RatingExcellent})
		n.History = append(n.History, Grant{Award: "LDTT", Year: y}, Grant{Award: "CSTD_CS", Year: y})
		n.Initiatives = append(n.Initiatives, Initiative{Year: y, Scope: ScopeGrassroots})
	}
	n.History = append(n.History, Grant{Award: "BK_BO_TINH", Year: 2019}, Grant{Award: "CSTD_BO_TINH", Year: 2017})
	n.Leaves = []Leave{{Kind: LeaveMaternity, From: "2021-03-01", To: "2021-08-31"}}
	n.Disciplines = []Discipline{{Form: DisciplineReprimand, Date: "2016-05-01"}}
	return n
}

// BenchmarkValidate measures validations per second of a 10-year dossier,
// mixing the yearly, chain and window rules.
func BenchmarkValidate(b *testing.B) {
	ns := []*Nomination{tenYears("CSTD_CS"), tenYears("BK_TTG"), tenYears("CSTD_BO_TINH"), tenYears("LDTT")}
	var r Result
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := ValidateTo(&r, ns[i&3]); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
}

// BenchmarkValidateAlternatives is BenchmarkValidate with the alternatives
// of the ineligible results (two of the four dossiers) judged too.
func BenchmarkValidateAlternatives(b *testing.B) {
	ns := []*Nomination{tenYears("CSTD_CS"), tenYears("BK_TTG"), tenYears("CSTD_BO_TINH"), tenYears("LDTT")}
	opt := WithAlternatives()
	var r Result
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if err := ValidateTo(&r, ns[i&3], opt); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "validations/s")
}

package nomination

import (
	"errors"
	"strconv"
	"testing"
)

func person(i int, code string, year int) Nomination {
	n := *dossier(code, year, Individual)
	n.Subject.Name = "Cán bộ " + strconv.Itoa(i)
	return n
}

// batch builds a list of ldtt LĐTT and cstd CSTĐ cơ sở proposals.
func batch(year, ldtt, cstd int) *Batch {
	b := &Batch{Unit: "Sở Nội vụ tỉnh Hưng Yên", Year: year}
	for i := 0; i < ldtt; i++ {
		b.Nominations = append(b.Nominations, person(i, "LDTT", year))
	}
	for i := 0; i < cstd; i++ {
		b.Nominations = append(b.Nominations, person(i, "CSTD_CS", year))
	}
	return b
}

func batchRule(br BatchResult, rule string, sev Severity) *Finding {
	for i, f := range br.Findings {
		if f.Rule == rule && f.Severity == sev {
			return &br.Findings[i]
		}
	}
	return nil
}

func TestBatchQuota(t *testing.T) {
	cases := []struct {
		name       string
		year       int
		ldtt, cstd int
		caps       map[string]float64
		valid      bool
		doc        string
		article    int
	}{
		// Art. 9(3) Decree 91/2017: at most 15% of LĐTT.
		{"2023: 3 of 20 (15%)", 2023, 20, 3, nil, true, docDec91, 9},
		{"2023: 4 of 20 (20%)", 2023, 20, 4, nil, false, docDec91, 9},
		// "không quá 15%": 2 of 10 is 20%, over the cap (1.5 is not rounded up).
		{"2023: 2 of 10 (20%: 1.5 not rounded up)", 2023, 10, 2, nil, false, docDec91, 9},
		{"2023: 1 of 10", 2023, 10, 1, nil, true, docDec91, 9},
		{"2023: 3 of 10", 2023, 10, 3, nil, false, docDec91, 9},
		// 2024: no national cap encoded; the unit's cap applies when given.
		{"2024: 4 of 20, no cap", 2024, 20, 4, nil, true, docLaw2022, 23},
		{"2024: 4 of 20, cap 15%", 2024, 20, 4, map[string]float64{"CSTD_CS": 0.15}, false, "caps", 0},
		{"2024: 3 of 20, cap 15%", 2024, 20, 3, map[string]float64{"CSTD_CS": 0.15}, true, "caps", 0},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			b := batch(tc.year, tc.ldtt, tc.cstd)
			b.Caps = tc.caps
			br, err := ValidateBatch(b)
			if err != nil {
				t.Fatal(err)
			}
			if br.Valid != tc.valid {
				t.Fatalf("valid = %v, want %v: %+v", br.Valid, tc.valid, br.Findings)
			}
			var f *Finding
			for i := range br.Findings {
				if br.Findings[i].Rule == "quota" {
					f = &br.Findings[i]
				}
			}
			if f == nil || f.Citation.Document != tc.doc || f.Citation.Article != tc.article {
				t.Errorf("quota finding %+v, want %s Điều %d", f, tc.doc, tc.article)
			}
		})
	}
}

func collectives(year int, code string, k int) []Nomination {
	var out []Nomination
	for i := 0; i < k; i++ {
		n := *dossier(code, year, Collective)
		n.Subject.Name = "Phòng " + strconv.Itoa(i)
		out = append(out, n)
	}
	return out
}

func TestBatchCollectiveQuotas(t *testing.T) {
	// TTLĐXS: no national cap encoded (ministries set theirs, e.g. 20%).
	b := &Batch{Unit: "UBND tỉnh", Year: 2023}
	b.Nominations = append(collectives(2023, "TTLDTT", 5), collectives(2023, "TTLDXS", 2)...)
	br, err := ValidateBatch(b)
	if err != nil {
		t.Fatal(err)
	}
	if !br.Valid || batchRule(br, "quota", Info) == nil {
		t.Errorf("without caps TTLĐXS is not capped: %+v", br.Findings)
	}
	b.Caps = map[string]float64{"TTLDXS": 0.2}
	br, _ = ValidateBatch(b)
	if f := batchRule(br, "quota", Error); br.Valid || f == nil || f.Have != 2 || f.Need != 1 {
		t.Errorf("cap 20%%: want 2 > 1, got %+v", br.Findings)
	}
	// Cờ thi đua của Chính phủ before 2024: at most 20% of the collectives
	// meeting the ministry/province flag standard (Decree 91/2017 Art. 11(1)).
	b = &Batch{Unit: "UBND tỉnh", Year: 2023}
	b.Nominations = append(collectives(2023, "CO_BO_TINH", 5), collectives(2023, "CO_CP", 2)...)
	br, _ = ValidateBatch(b)
	f := batchRule(br, "quota", Error)
	if f == nil || f.Citation.Document != docDec91 || f.Citation.Article != 11 {
		t.Errorf("Cờ CP 2 of 5: want a quota error citing Decree 91/2017 Art. 11, got %+v", br.Findings)
	}
	b.Nominations = append(collectives(2023, "CO_BO_TINH", 5), collectives(2023, "CO_CP", 1)...)
	br, _ = ValidateBatch(b)
	if !br.Valid {
		t.Errorf("Cờ CP 1 of 5 is within 20%%: %+v", br.Findings)
	}
}

func TestBatchDuplicates(t *testing.T) {
	b := batch(2024, 3, 0)
	b.Nominations = append(b.Nominations, person(1, "LDTT", 2024))
	br, _ := ValidateBatch(b)
	f := batchRule(br, "duplicate", Error)
	if br.Valid || f == nil || f.Citation.Document != docLaw2022 || f.Citation.Article != 5 {
		t.Fatalf("duplicate not found (Art. 5(2)(c) Law 06/2022): %+v", br.Findings)
	}
	// LĐTT and CSTT for one person are one title twice (Art. 24)
	b = batch(2024, 1, 0)
	c := person(0, "CSTT", 2024)
	b.Nominations = append(b.Nominations, c)
	br, _ = ValidateBatch(b)
	if batchRule(br, "duplicate", Error) == nil {
		t.Errorf("LDTT+CSTT for one subject not reported: %+v", br.Findings)
	}
	// the same name with distinct ids is two people
	b = batch(2024, 2, 0)
	b.Nominations[0].Subject.Name, b.Nominations[1].Subject.Name = "Nguyễn Văn A", "Nguyễn Văn A"
	b.Nominations[0].Subject.ID, b.Nominations[1].Subject.ID = "CC-001", "CC-002"
	br, _ = ValidateBatch(b)
	if !br.Valid {
		t.Errorf("distinct ids reported as duplicates: %+v", br.Findings)
	}
}

func TestBatchAuthorityAndYear(t *testing.T) {
	b := batch(2024, 2, 0)
	b.Nominations[1].Conferrer = ConferrerPresident
	br, _ := ValidateBatch(b)
	if br.Valid || br.Results[1].Eligible || batchRule(br, "authority", Warning) == nil {
		t.Errorf("mixed authority not reported: %+v", br.Findings)
	}
	b = batch(2024, 1, 0)
	b.Nominations[0].Year = 0
	if _, err := ValidateBatch(b); err != nil {
		t.Errorf("year taken from the batch: %v", err)
	}
	b.Nominations[0].Year = 2023
	_, err := ValidateBatch(b)
	var ie *InputError
	if !errors.As(err, &ie) || ie.Field != "nominations[0].year" {
		t.Errorf("want an input error on nominations[0].year, got %v", err)
	}
}

func TestInputErrors(t *testing.T) {
	for _, tc := range []struct {
		n     Nomination
		field string
	}{
		{Nomination{Award: "XYZ", Year: 2024, Subject: Subject{Kind: Individual}}, "award"},
		{Nomination{Award: "LDTT", Year: 20245, Subject: Subject{Kind: Individual}}, "year"},
		{Nomination{Award: "LDTT", Year: 2024, Subject: Subject{Kind: "person"}}, "subject.kind"},
		{Nomination{Award: "LDTT", Year: 2024, AsOf: "2025/01/10", Subject: Subject{Kind: Individual}}, "as_of"},
		{Nomination{Award: "LDTT", Year: 2024, Ground: "luck", Subject: Subject{Kind: Individual}}, "ground"},
	} {
		_, err := Validate(&tc.n)
		var ie *InputError
		if !errors.Is(err, ErrInput) || !errors.As(err, &ie) || ie.Field != tc.field {
			t.Errorf("%+v: got %v, want an input error on %s", tc.n, err, tc.field)
		}
	}
}

func TestDates(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want int
	}{
		{"2024-01-01", "2024-01-07", 5}, // Monday to Sunday
		{"2024-01-06", "2024-01-07", 0},
		{"2024-02-28", "2024-03-01", 3}, // leap day
		{"2023-03-01", "2023-04-25", 40},
		{"1969-12-29", "1970-01-04", 5},
	} {
		a, _ := parseDate(tc.a)
		b, _ := parseDate(tc.b)
		if got := weekdays(a, b); got != tc.want {
			t.Errorf("weekdays(%s, %s) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	for _, s := range []string{"2023-02-29", "2024-13-01", "2024-1-01", "abcd-ef-gh", "", "1900-01-01"} {
		if _, ok := parseDate(s); ok {
			t.Errorf("parseDate(%q) accepted", s)
		}
	}
	if d, _ := parseDate("2024-12-31"); d.year() != 2024 {
		t.Errorf("year of 2024-12-31 = %d", d.year())
	}
	if d, _ := parseDate("2024-02-29"); d.year() != 2024 || monthsLeft(d, 2024) != 10 {
		t.Errorf("monthsLeft(2024-02-29) = %d", monthsLeft(d, 2024))
	}
}

func TestDetailingDecree(t *testing.T) {
	n := dossier("LDTT", 2025, Individual)
	n.AsOf = "2025-07-01"
	r, _ := Validate(n)
	if !hasRule(r, "detailing_decree", Info) {
		t.Errorf("Decree 152/2025 not noted for a proposal of 2025-07-01")
	}
	n.AsOf = "2025-06-30"
	r, _ = Validate(n)
	if hasRule(r, "detailing_decree", Info) {
		t.Errorf("Decree 152/2025 noted before it took effect")
	}
}

func TestHistoryHygiene(t *testing.T) {
	n := dossier("LDTT", 2024, Individual)
	n.History = append(n.History, Grant{Award: "HUY_HIEU_LA", Year: 2020}, Grant{Award: "LDTT", Year: 2025})
	r, err := Validate(n)
	if err != nil {
		t.Fatal(err)
	}
	if !r.Eligible || !hasRule(r, "history_unknown_award", Warning) || !hasRule(r, "history_after_year", Warning) {
		t.Errorf("unknown and later history entries must warn, not decide:\n%s", describe(r))
	}
}

func TestTolerantInput(t *testing.T) {
	in, err := DecodeBytes([]byte(`{"award": "cstd_cs", "year": 2024, "as_of": "10/01/2025",
		"subject": {"kind": "Individual", "name": "Nguyễn Văn A"},
		"history": [{"award": "ldtt", "year": 2023}],
		"ratings": [{"year": 2024, "rating": "Hoàn thành xuất sắc nhiệm vụ"}],
		"initiatives": [{"year": 2024, "scope": "CO_SO"}],
		"leaves": [{"kind": "Maternity", "from": "01/03/2024", "to": "2024-08-31T00:00:00Z"}],
		"conferrer": "Unit"}`))
	if err != nil {
		t.Fatal(err)
	}
	n := in.Nomination
	if n.Award != "CSTD_CS" || n.History[0].Award != "LDTT" || n.Ratings[0].Rating != RatingExcellent || n.Subject.Kind != Individual || n.Conferrer != ConferrerUnit {
		t.Fatalf("not normalised: %+v", n)
	}
	r, err := Validate(n)
	if err != nil || !r.Eligible || !hasRule(r, "leave_counted", Info) {
		t.Errorf("tolerant input (Law 06/2022 Art. 23): %v\n%s", err, describe(r))
	}
	for _, s := range []string{"10/01/2025", "2025-01-10T08:00:00+07:00"} {
		if d, ok := parseDate(s); !ok || d != civil(2025, 1, 10) {
			t.Errorf("parseDate(%q) = %v, %v", s, d, ok)
		}
	}
}

package campaign

import (
	"fmt"
	"os"
	"testing"
)

// BenchmarkRank ranks one bloc of 200 units on a three-criterion sheet.
func BenchmarkRank(b *testing.B) {
	bl := Bloc{Name: "Khối"}
	for i := range 200 {
		u := fmt.Sprintf("Đơn vị %d", i)
		bl.Units = append(bl.Units, u)
		bl.Scores = append(bl.Scores, UnitScore{Unit: u, Criteria: map[string]float64{"a": float64(i % 50), "b": float64(i % 7), "c": 10}, Penalty: float64(i % 3)})
	}
	s := &Scoring{Year: 2024, Blocs: []Bloc{bl}, Sheet: &Sheet{
		Criteria: []Criterion{{ID: "a", Points: 50}, {ID: "b", Points: 30}, {ID: "c", Points: 20}},
		Ties:     []string{"criterion:a", "fewer_penalties"},
	}}
	for b.Loop() {
		if _, err := s.Rank(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFindPeriod(b *testing.B) {
	data, err := os.ReadFile("testdata/blocs/khoi-2024.json") // no period: a full scan
	if err != nil {
		b.Fatal(err)
	}
	text := string(data) + " giai đoạn 2021 - 2025"
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindPeriod(text)
	}
}

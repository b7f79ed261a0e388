package dossier

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/vnthidua/thidua/nomination"
)

// big is a batch of n nominations, each with two ratings and a title.
func big(n int) *nomination.Batch {
	b := &nomination.Batch{Unit: "Sở Nội vụ", Year: 2024, AsOf: "2025-01-10"}
	for i := range n {
		b.Nominations = append(b.Nominations, nomination.Nomination{Award: "LDTT", Year: 2024,
			Subject: nomination.Subject{Kind: "individual", Name: fmt.Sprintf("Nguyễn Văn %d", i)},
			History: []nomination.Grant{{Award: "LDTT", Year: 2023}},
			Ratings: []nomination.Rating{{Year: 2023, Rating: "HTTNV"}, {Year: 2024, Rating: "HTXSNV"}}})
	}
	return b
}

func BenchmarkWrite1000(b *testing.B) {
	batch := big(1000)
	b.ReportAllocs()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, batch); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRead1000(b *testing.B) {
	var buf bytes.Buffer
	if err := Write(&buf, big(1000)); err != nil {
		b.Fatal(err)
	}
	b.ReportMetric(float64(buf.Len()), "file-bytes")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Read(bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
}

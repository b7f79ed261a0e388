package dossier_test

import (
	"bytes"
	"fmt"

	"github.com/vnthidua/thidua/dossier"
	"github.com/vnthidua/thidua/nomination"
)

// A batch written to a workbook, read back and judged; the verdicts go
// into the workbook beside its sheets.
func Example() {
	batch := &nomination.Batch{Unit: "Sở Nội vụ", Year: 2024, AsOf: "2025-01-10",
		Nominations: []nomination.Nomination{
			{Award: "LDTT", Subject: nomination.Subject{Kind: "individual", Name: "Nguyễn Văn An"},
				Ratings: []nomination.Rating{{Year: 2024, Rating: "HTTNV"}}},
			{Award: "LDTT", Subject: nomination.Subject{Kind: "individual", Name: "Trần Thị Bình"},
				Ratings: []nomination.Rating{{Year: 2024, Rating: "HTNV"}}},
		}}
	var xlsx bytes.Buffer
	if err := dossier.Write(&xlsx, batch); err != nil {
		panic(err)
	}
	d, err := dossier.Read(bytes.NewReader(xlsx.Bytes()))
	if err != nil {
		panic(err)
	}
	br, err := nomination.ValidateBatch(&d.Batch)
	if err != nil {
		panic(d.Where(err)) // a *dossier.CellError: sheet, row, column
	}
	for _, r := range br.Results {
		fmt.Println(r.Subject, r.Award, r.Eligible)
	}
	var results bytes.Buffer
	if err := d.WriteResults(&results, &br); err != nil {
		panic(err)
	}
	// Output:
	// Nguyễn Văn An LDTT true
	// Trần Thị Bình LDTT false
}

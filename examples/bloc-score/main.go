// Command bloc-score scores the emulation blocs (cụm, khối thi đua) of a
// year, prints each bloc's ranking and the units that lead it, and the
// facts a nomination uses: year, bloc, rank, leading.
//
//	go run ./examples/bloc-score [blocs.json]
//
// Without an argument it scores the file next to this program.
//
// A collective that led its bloc is a candidate for the Cờ thi đua of a
// ministry or province (CO_BO_TINH) or of the Government (CO_CP). Checking
// that eligibility through package nomination is not wired in yet: this
// program prints the leader facts only, in the JSON shape of
// nomination.BlocResult.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/campaign"
)

func main() {
	path := "examples/bloc-score/blocs.json"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	s, err := campaign.DecodeScoring(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	res, err := s.Rank()
	if err != nil {
		// err joins one *campaign.BlocError per problem, one a line.
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	for _, b := range res.Blocs {
		fmt.Printf("%s (%d)\n", b.Bloc, res.Year)
		for _, u := range b.Ranking {
			mark := ""
			if u.Leading {
				mark = "  ← dẫn đầu"
			}
			fmt.Printf("  %d. %-24s %6.2f%s\n", u.Rank, u.Unit, u.Total, mark)
		}
	}
	fmt.Println("\nĐơn vị dẫn đầu cụm, khối (dữ kiện cho hồ sơ Cờ thi đua / facts for a nomination):")
	for _, f := range res.Facts() {
		if !f.Leading {
			continue
		}
		b, _ := json.Marshal(f.BlocFact)
		fmt.Printf("  %s: %s\n", f.Unit, b)
	}
}

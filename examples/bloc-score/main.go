// Command bloc-score scores the emulation blocs (cụm, khối thi đua) of a
// year, prints each bloc's ranking and the units that lead it, and checks
// each leader's eligibility for the Cờ thi đua of a province (CO_BO_TINH)
// through package nomination, which uses the bloc result as a fact.
//
//	go run ./examples/bloc-score [blocs.json [ratings.json]]
//
// Without arguments it reads the two files next to this program: the
// scoring sheet and scores of the blocs, and the year's rating of each
// collective (hoàn thành xuất sắc nhiệm vụ, ...), which the flag also needs.
// A leader whose rating is not given is reported as missing that fact.
package main

import (
	"encoding/json"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/campaign"
	"github.com/vnthidua/thidua/nomination"
)

// ratings is the second input: the year's rating of each collective.
type ratings struct {
	Year    int               `json:"year"`
	Ratings map[string]string `json:"ratings"`
}

func main() {
	blocsPath, ratingsPath := "examples/bloc-score/blocs.json", "examples/bloc-score/ratings.json"
	if len(os.Args) > 1 {
		blocsPath, ratingsPath = os.Args[1], ""
	}
	if len(os.Args) > 2 {
		ratingsPath = os.Args[2]
	}
	res, err := score(blocsPath)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	var rs ratings
	if ratingsPath != "" {
		b, err := os.ReadFile(ratingsPath)
		if err == nil {
			err = json.Unmarshal(b, &rs)
		}
		if err != nil {
			fmt.Fprintln(os.Stderr, ratingsPath+":", err)
			os.Exit(2)
		}
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

	fmt.Println("\nCờ thi đua cấp tỉnh (CO_BO_TINH) cho đơn vị dẫn đầu / province flag for the leaders:")
	for _, f := range res.Facts() {
		if !f.Leading {
			continue
		}
		n := &nomination.Nomination{
			Award:     "CO_BO_TINH",
			Year:      f.Year,
			Subject:   nomination.Subject{Kind: nomination.Collective, Name: f.Unit},
			Conferrer: nomination.ConferrerMinistryProvince,
			// The bloc result is the fact the flag's rule reads.
			BlocResults: []nomination.BlocResult{{Year: f.Year, Bloc: f.Bloc, Rank: f.Rank, Leading: f.Leading}},
		}
		if r, ok := rs.Ratings[f.Unit]; ok && rs.Year == f.Year {
			n.Ratings = []nomination.Rating{{Year: f.Year, Rating: r}}
		}
		v, err := nomination.Validate(n)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		verdict := "đủ điều kiện / eligible"
		if !v.Eligible {
			verdict = "chưa đủ điều kiện / not eligible"
		}
		fmt.Printf("  %s: %s\n", f.Unit, verdict)
		for _, x := range v.Findings {
			if x.Severity == nomination.Info && x.Rule != "bloc_leading" {
				continue
			}
			fmt.Printf("    [%s] %s Điều %d: %s\n", x.Severity, x.Citation.Document, x.Citation.Article, x.Message)
		}
	}
}

// score reads a bloc file and ranks its blocs.
func score(path string) (*campaign.Result, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	s, err := campaign.DecodeScoring(f)
	if err != nil {
		return nil, err
	}
	// A ranking error joins one *campaign.BlocError per problem.
	return s.Rank()
}

package campaign_test

import (
	"fmt"
	"strings"

	"github.com/vnthidua/thidua/campaign"
)

func ExampleScoring_Rank() {
	in := `{
	  "year": 2024,
	  "sheet": {
	    "criteria": [{"id": "nv", "name": "Nhiệm vụ", "points": 70}, {"id": "pt", "name": "Phong trào", "points": 30}],
	    "bonus_max": 5,
	    "ties": ["criterion:nv", "fewer_penalties"]
	  },
	  "blocs": [{
	    "name": "Khối các sở",
	    "units": ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"],
	    "scores": [
	      {"unit": "Sở Nội vụ", "criteria": {"nv": 65, "pt": 27}},
	      {"unit": "Sở Tài chính", "criteria": {"nv": 66, "pt": 25}, "bonus": 1},
	      {"unit": "Sở Tư pháp", "criteria": {"nv": 60, "pt": 28}, "penalty": 1}
	    ]
	  }]
	}`
	s, err := campaign.DecodeScoring(strings.NewReader(in))
	if err != nil {
		panic(err)
	}
	res, err := s.Rank()
	if err != nil {
		panic(err)
	}
	for _, u := range res.Blocs[0].Ranking {
		fmt.Println(u.Rank, u.Unit, u.Total, u.Leading, "tie="+u.TieBreak)
	}
	// Output:
	// 1 Sở Tài chính 92 true tie=
	// 2 Sở Nội vụ 92 false tie=criterion:nv
	// 3 Sở Tư pháp 87 false tie=
}

func ExampleFindPeriod() {
	p, _ := campaign.FindPeriod("Kế hoạch tổ chức phong trào thi đua nhiệm kỳ 2020 – 2025")
	fmt.Println(p.From, p.To, p.AsWritten)
	p, _ = campaign.FindPeriod("phát động Đợt thi đua đặc biệt đến hết năm 2025")
	fmt.Printf("%q %s %s\n", p.From, p.To, p.AsWritten)
	// Output:
	// 2020-01-01 2025-12-31 nhiệm kỳ 2020 – 2025
	// "" 2025-12-31 đến hết năm 2025
}

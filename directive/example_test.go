package directive_test

import (
	"fmt"

	"github.com/vnthidua/thidua/directive"
)

func ExampleParseNumber() {
	for _, s := range []string{"08/CT-UBND", "98/2023/ND-CP", "34 - CT/TW", "06/2022/QH15"} {
		n, err := directive.ParseNumber(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		k, _ := directive.Kind(n.Kind)
		fmt.Printf("%s seq=%d year=%d kind=%s (%s) body=%s party=%v\n", n, n.Seq, n.Year, n.Kind, k.Name, n.Body, n.Party)
	}
	// Output:
	// 08/CT-UBND seq=8 year=0 kind=CT (Chỉ thị) body=UBND party=false
	// 98/2023/NĐ-CP seq=98 year=2023 kind=NĐ (Nghị định) body=CP party=false
	// 34-CT/TW seq=34 year=0 kind=CT (Chỉ thị) body=TW party=true
	// 06/2022/QH15 seq=6 year=2022 kind= () body=QH15 party=false
}

func ExampleParseDate() {
	for _, s := range []string{"ngày 25 tháng 11 năm 2024", "Thứ 6, Ngày 05/02/2021, 11:00", "31/02/2024"} {
		t, err := directive.ParseDate(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(directive.FormatDate(t))
	}
	// Output:
	// 2024-11-25
	// 2021-02-05
	// error: not a date: "31/02/2024": 2024 has no day 31 in month 2
}

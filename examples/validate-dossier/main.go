// Command validate-dossier checks a nomination dossier (hồ sơ đề nghị khen
// thưởng) against the Law on Emulation and Commendation and prints the
// findings in Vietnamese, each with the article it applies.
//
//	go run ./examples/validate-dossier [dossier.json]
//
// Without an argument it checks the dossier next to this file.
package main

import (
	"fmt"
	"os"

	"github.com/vnthidua/thidua/nomination"
)

func main() {
	path := "examples/validate-dossier/dossier.json"
	if len(os.Args) > 1 {
		path = os.Args[1]
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	in, err := nomination.Decode(f)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	if in.Nomination == nil {
		fmt.Fprintln(os.Stderr, "tệp chứa một danh sách; dùng `thidua validate` cho danh sách")
		os.Exit(2)
	}
	r, err := nomination.Validate(in.Nomination)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	award := nomination.Default().Lookup(r.Award)
	fmt.Printf("Hồ sơ: %s — đề nghị %s, thành tích năm %d\n", r.Subject, award.NameVi, r.Year)
	fmt.Printf("Căn cứ: chế độ pháp lý %s\n\n", r.Regime)
	for _, fd := range r.Findings {
		dau := map[nomination.Severity]string{nomination.Error: "KHÔNG ĐẠT", nomination.Warning: "LƯU Ý", nomination.Info: "đạt"}[fd.Severity]
		fmt.Printf("[%s] %s\n        (Điều %d", dau, fd.Message, fd.Citation.Article)
		if fd.Citation.Clause > 0 {
			fmt.Printf(" khoản %d", fd.Citation.Clause)
		}
		if fd.Citation.Point != "" {
			fmt.Printf(" điểm %s", fd.Citation.Point)
		}
		fmt.Printf(" văn bản %s", fd.Citation.Document)
		if !fd.Citation.Verified {
			fmt.Print(", số điều chưa kiểm chứng")
		}
		fmt.Println(")")
	}
	if r.Eligible {
		fmt.Println("\nKết luận: ĐỦ ĐIỀU KIỆN đề nghị.")
		return
	}
	fmt.Println("\nKết luận: CHƯA ĐỦ ĐIỀU KIỆN đề nghị.")
	os.Exit(1)
}

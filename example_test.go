package thidua_test

import (
	"context"
	"fmt"
	"os"

	"github.com/vnthidua/thidua/parse"
)

// Example parses the directive shipped in testdata and prints its main
// fields.
func Example() {
	f, err := os.Open("testdata/chithi-08-ct-ubnd-2024.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer f.Close()
	rec, err := parse.Text(context.Background(), f)
	if err != nil {
		fmt.Println(err)
		return
	}
	d := rec.Directive
	fmt.Println(d.KindName, d.Number, d.Issued)
	fmt.Println(d.Signer.Position, d.Signer.Name)
	fmt.Println(len(d.Tasks), "tasks,", len(d.Recipients), "recipients")
	// Output:
	// Chỉ thị 08/CT-UBND 2024-11-25
	// Chủ tịch Nguyễn Minh Khôi
	// 5 tasks, 6 recipients
}

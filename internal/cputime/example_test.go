package cputime_test

import (
	"fmt"

	"github.com/vnthidua/thidua/internal/cputime"
)

func Example() {
	before := cputime.Process()
	n := 0
	for i := range 1_000_000 {
		n += i % 7
	}
	fmt.Println(n > 0, cputime.Process() >= before)
	// Output: true true
}

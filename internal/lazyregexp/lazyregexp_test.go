package lazyregexp

import (
	"fmt"
	"testing"
)

func TestNewFunc(t *testing.T) {
	calls := 0
	r := NewFunc(func() string { calls++; return `ab+` })
	if !r.MatchString("xabbb") || r.MatchString("ac") {
		t.Fatal("NewFunc pattern does not match as ab+")
	}
	if r.String() != "ab+" || calls != 1 {
		t.Fatalf("String() = %q after %d builds, want ab+ after 1", r.String(), calls)
	}
}

func Example() {
	words := []string{"Chỉ thị", "Kế hoạch"}
	kind := NewFunc(func() string { return `(?i)(` + words[0] + `|` + words[1] + `)\s+số` })
	fmt.Println(kind.FindStringSubmatch("theo KẾ HOẠCH số 12/KH-UBND")[1])
	// Output: KẾ HOẠCH
}

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

// TestRenewed: a NewFunc pattern renewed is built again from its function,
// so it follows a lexicon changed since the first build; a New pattern
// renewed is the same pattern.
func TestRenewed(t *testing.T) {
	src := "ab+"
	r := NewFunc(func() string { return src })
	src = "cd"
	if !r.MatchString("abb") {
		t.Fatal("the first build does not match ab+")
	}
	n := r.Renewed()
	if !n.MatchString("cd") || n.MatchString("abb") || n.String() != "cd" {
		t.Fatalf("renewed pattern is %q, want cd", n.String())
	}
	if !r.MatchString("abb") {
		t.Fatal("renewing changed the first pattern")
	}
	if s := New("x+").Renewed(); s.String() != "x+" || !s.MatchString("xx") {
		t.Fatalf("renewed New pattern is %q, want x+", s.String())
	}
}

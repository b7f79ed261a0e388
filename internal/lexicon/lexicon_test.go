package lexicon

import (
	"errors"
	"fmt"
	"testing"
)

// TestLines leaves out blank lines and comments and numbers the others
// from 1, as an editor does.
func TestLines(t *testing.T) {
	var got []string
	for i, ln := range Lines("# comment\nNĐ\n\n#x\nQĐ\tQuyết định\n") {
		got = append(got, fmt.Sprintf("%d %s", i, ln))
	}
	if want := []string{"2 NĐ", "5 QĐ\tQuyết định"}; fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Lines = %q, want %q", got, want)
	}
	for range Lines("") {
		t.Error("an empty file has no entries")
	}
}

// TestOnFirstUse reads the file once, on the first call, and panics on a
// file its reader refuses.
func TestOnFirstUse(t *testing.T) {
	calls := 0
	get := OnFirstUse("a\nb\n", func(tsv string) (int, error) {
		calls++
		n := 0
		for range Lines(tsv) {
			n++
		}
		return n, nil
	})
	if calls != 0 {
		t.Fatal("read before first use")
	}
	first, again := get(), get()
	if first != 2 || again != 2 || calls != 1 {
		t.Errorf("got %d then %d after %d reads, want 2, 2, 1", first, again, calls)
	}
	bad := OnFirstUse("x", func(string) (int, error) { return 0, errors.New("broken") })
	defer func() {
		if recover() == nil {
			t.Error("no panic on a file the reader refuses")
		}
	}()
	bad()
}

func Example() {
	for n, ln := range Lines("# kind\tname\nCT\tChỉ thị\n\nKH\tKế hoạch\n") {
		fmt.Println(n, ln)
	}
	// Output:
	// 2 CT	Chỉ thị
	// 4 KH	Kế hoạch
}

package campaign

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/internal/fold"
)

// lookupLegacy is Lookup as it was before the index (01aaa71): every form
// of the catalogue scored against the name, the period tail tried on every
// name. The oracle of TestLookupIndexed and FuzzLookupIndexed.
func lookupLegacy(name string) (National, bool) {
	best, score := bestFormLegacy(keyLegacy(name), MinScore)
	if best < 0 || score < MinScore {
		return National{}, false
	}
	return catalog()[best].National, true
}

func keyLegacy(s string) []string {
	f := fold.String(s)
	for {
		g := strings.TrimSpace(periodTail.ReplaceAllString(f, ""))
		if g == f || g == "" {
			break
		}
		f = g
	}
	return strings.Fields(f)
}

func bestFormLegacy(words []string, floor float64) (best int, bestScore float64) {
	best = -1
	if len(words) == 0 {
		return best, 0
	}
	for i, e := range catalog() {
		for _, f := range e.forms {
			if b := bound(len(words), len(f)); b < floor || b <= bestScore {
				continue // cannot reach floor, or beat the best so far
			}
			var s float64
			if m, n := len(words), len(f); m != n && 2*float64(min(m, n))/float64(m+n) < floor {
				short, long := words, f
				if len(short) > len(long) {
					short, long = long, short
				}
				if !contains(long, short) {
					continue
				}
				s = 0.9
			} else {
				s = similarity(words, f)
			}
			if s > bestScore {
				best, bestScore = i, s
			}
		}
	}
	return best, bestScore
}

// edited returns word lists near the catalogue's forms: each form, its
// prefixes and suffixes, these with every word of four letters or more
// misspelt (sameWord still holds), the form without one word or two
// neighbours, with one word misspelt (its first, middle or last letter
// changed, dropped or doubled), with one word added, and with a period
// after it.
func edited() [][]string {
	var out [][]string
	typos := func(w string) []string {
		var t []string
		for _, i := range []int{0, len(w) / 2, len(w) - 1} {
			t = append(t, w[:i]+w[i+1:], w[:i]+"x"+w[i+1:], w[:i+1]+w[i:])
		}
		return t
	}
	misspelt := func(f []string) []string {
		g := slices.Clone(f)
		for i, w := range g {
			if len(w) >= 4 {
				g[i] = w[:1] + "x" + w[2:]
			}
		}
		return g
	}
	for _, e := range catalog() {
		for _, f := range e.forms {
			out = append(out, f, misspelt(f))
			for k := 1; k < len(f); k++ {
				out = append(out, f[:k], f[k:], misspelt(f[:k]), misspelt(f[k:]))
			}
			for i := range f {
				out = append(out, slices.Delete(slices.Clone(f), i, i+1))
				if i+2 <= len(f) {
					out = append(out, slices.Delete(slices.Clone(f), i, i+2))
				}
				for _, t := range typos(f[i]) {
					g := slices.Clone(f)
					g[i] = t
					out = append(out, g)
				}
				out = append(out, slices.Insert(slices.Clone(f), i, "va"))
			}
			out = append(out, append(slices.Clone(f), "giai", "doan", "2021", "2025"))
		}
	}
	return out
}

// TestIndexKeepsReachable: every form that scores MinScore against a
// word list is among the index's candidates for it, on the catalogue's
// forms and their edits, each against every form; and no pair of lists
// scores above upperScore of the words they share.
func TestIndexKeepsReachable(t *testing.T) {
	x := index()
	n := 0
	for _, words := range edited() {
		at := x.matched(words)
		for k, f := range x.forms {
			shared := 0
			for _, w := range f.words {
				if slices.ContainsFunc(words, func(v string) bool { return sameWord(v, w) }) {
					shared++
				}
			}
			s := similarity(words, f.words)
			if ub := upperScore(len(words), len(f.words), shared); s > ub {
				t.Fatalf("similarity(%q, %q) = %v above upperScore %v", words, f.words, s, ub)
			}
			if s < MinScore {
				continue
			}
			n++
			if !x.candidate(k, len(words), at[k]) {
				t.Fatalf("%q scores %v against form %q, which the index leaves out", words, similarity(words, f.words), f.words)
			}
		}
	}
	if n < len(x.forms) {
		t.Fatalf("only %d word lists reach MinScore: the test tries too little", n)
	}
}

// TestIndexSelects: the index leaves out most forms for a name that is
// no campaign, else it saves nothing.
func TestIndexSelects(t *testing.T) {
	x := index()
	for _, name := range []string{"Dân vận khéo", "Thi đua Quyết thắng", "Ngày Chủ nhật Xanh - Sạch - Đẹp", "Tuổi trẻ sáng tạo"} {
		c := 0
		words := fold.Words(name)
		for k, at := range x.matched(words) {
			if x.candidate(k, len(words), at) {
				c++
			}
		}
		if c > len(x.forms)/4 {
			t.Errorf("%q: %d candidates of %d forms", name, c, len(x.forms))
		}
	}
}

// quotedRe is a quotation as the parser reads one.
var quotedRe = regexp.MustCompile(`“[^“”"«»]{3,300}”|"[^“”"«»]{3,300}"|«[^“”"«»]{3,300}»`)

// TestLookupIndexed holds Lookup to lookupLegacy on every quotation of
// parse's test inputs, on the catalogue's names and aliases as written
// with and without a period, and on the edits of their folded words.
func TestLookupIndexed(t *testing.T) {
	var names []string
	err := filepath.WalkDir("../parse/testdata", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.Contains(path, "fuzz") || strings.HasSuffix(path, ".json") || strings.HasSuffix(path, ".pdf") {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		for _, q := range quotedRe.FindAllString(string(b), -1) {
			_, n := utf8First(q)
			names = append(names, q[n:])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 1000 {
		t.Fatalf("only %d quotations in ../parse/testdata", len(names))
	}
	for _, e := range catalog() {
		for _, s := range append([]string{e.Name}, e.Aliases...) {
			names = append(names, s, strings.ToUpper(s), s+" giai đoạn 2021 - 2025", s+" năm 2024", s+" 2025", "2025", s+" nhiệm kỳ 2019 - 2029")
		}
		for _, f := range e.forms {
			for k := 1; k < len(f); k++ {
				names = append(names, strings.Join(f[:k], " ")+" thời kỳ 2019 - 2029", strings.Join(f[k:], " ")+" năm 2029")
			}
		}
	}
	for _, words := range edited() {
		names = append(names, strings.Join(words, " "))
	}
	slices.Sort(names)
	names = slices.Compact(names)
	found := 0
	for _, s := range names {
		want, wok := lookupLegacy(s)
		got, ok := Lookup(s)
		if ok != wok || got.ID != want.ID {
			t.Fatalf("Lookup(%q) = %q %v, lookupLegacy gives %q %v", s, got.ID, ok, want.ID, wok)
		}
		if ok {
			found++
		}
	}
	t.Logf("%d names, %d national campaigns", len(names), found)
}

// utf8First returns the first rune of s's length in bytes as n.
func utf8First(s string) (r rune, n int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// FuzzLookupIndexed holds Lookup to lookupLegacy. Seeds in
// testdata/fuzz/FuzzLookupIndexed.
func FuzzLookupIndexed(f *testing.F) {
	f.Fuzz(func(t *testing.T, name string) {
		want, wok := lookupLegacy(name)
		got, ok := Lookup(name)
		if ok != wok || got.ID != want.ID {
			t.Fatalf("Lookup(%q) = %q %v, lookupLegacy gives %q %v", name, got.ID, ok, want.ID, wok)
		}
	})
}

// benchQuotes are the quotations of the plain-text documents of parse's
// BenchmarkText.
func benchQuotes(b *testing.B) []string {
	files, _ := filepath.Glob("../parse/testdata/text/*.txt")
	var out []string
	for _, f := range files {
		d, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		for _, q := range quotedRe.FindAllString(string(d), -1) {
			_, n := utf8First(q)
			out = append(out, q[n:])
		}
	}
	if len(out) == 0 {
		b.Fatal("no quotations in ../parse/testdata/text")
	}
	return out
}

// BenchmarkLookup looks up the quotations of parse's BenchmarkText; the
// sub-benchmark legacy scores every form as Lookup did before the index.
func BenchmarkLookup(b *testing.B) {
	qs := benchQuotes(b)
	for _, bb := range []struct {
		name string
		fn   func(string) (National, bool)
	}{{"indexed", Lookup}, {"legacy", lookupLegacy}} {
		b.Run(bb.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for _, q := range qs {
					bb.fn(q)
				}
			}
		})
	}
}

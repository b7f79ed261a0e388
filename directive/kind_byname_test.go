package directive

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

// kindByNameLoop is KindByName as it was written before the names were
// read into a map: a look down the list, lowering each name. Kept as the
// oracle of the map.
func kindByNameLoop(name string) (KindInfo, bool) {
	name = strings.ToLower(norm.NFC.String(strings.Join(strings.Fields(name), " ")))
	for _, k := range kinds() {
		if strings.ToLower(k.Name) == name {
			return k, true
		}
	}
	return KindInfo{}, false
}

// kindNameSeeds are every kind's name in three cases, with extra spaces,
// decomposed, and near misses.
func kindNameSeeds() []string {
	out := []string{"", " ", "Kế hoạch số", "kế  hoạch", "KẾ\tHOẠCH", "Quy\u0301 định", "quyết định khen thưởng", "\xff"}
	for _, k := range kinds() {
		out = append(out, k.Name, strings.ToUpper(k.Name), strings.ToLower(k.Name), " "+k.Name+"\n", norm.NFD.String(k.Name), k.Name+"x")
	}
	return out
}

// TestKindByNameOracle: the map gives what the look down the list gave,
// on every kind's name in every case, and the first of equal names.
func TestKindByNameOracle(t *testing.T) {
	for _, s := range kindNameSeeds() {
		got, gok := KindByName(s)
		want, wok := kindByNameLoop(s)
		if got != want || gok != wok {
			t.Errorf("KindByName(%q) = %v %v, want %v %v", s, got, gok, want, wok)
		}
	}
	if k, ok := KindByName("QUYẾT ĐỊNH"); !ok || k.Code != "QĐ" {
		t.Errorf("KindByName(QUYẾT ĐỊNH) = %v %v, want QĐ", k, ok)
	}
}

// FuzzKindByName holds KindByName to the look down the list.
func FuzzKindByName(f *testing.F) {
	for _, s := range kindNameSeeds() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, gok := KindByName(s)
		want, wok := kindByNameLoop(s)
		if got != want || gok != wok {
			t.Fatalf("KindByName(%q) = %v %v, want %v %v", s, got, gok, want, wok)
		}
	})
}

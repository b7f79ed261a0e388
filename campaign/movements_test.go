package campaign

import (
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestMovementsLoad(t *testing.T) {
	ms := Movements()
	if len(ms) < 20 {
		t.Fatalf("%d movements", len(ms))
	}
	seen := map[string]bool{}
	for _, m := range ms {
		if m.Name == "" || m.Runs == "" || (m.Kind != "phong_trao" && m.Kind != "cuoc_van_dong") {
			t.Errorf("incomplete entry %+v", m)
		}
		if !norm.NFC.IsNormalString(m.Name) {
			t.Errorf("%q is not NFC", m.Name)
		}
		if seen[m.Name] {
			t.Errorf("%q twice", m.Name)
		}
		seen[m.Name] = true
		// A movement is not also a national campaign of the Prime Minister.
		if n, _, ok := Match(m.Name); ok {
			t.Errorf("%q matches national campaign %s", m.Name, n.ID)
		}
	}
}

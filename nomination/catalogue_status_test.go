package nomination

import "testing"

// TestCatalogueStatusFollowsCitations: an award is VERIFIED only when every
// provision of its legal basis, in both regimes, was read (verified), and
// UNVERIFIED only when none was; PARTLY_VERIFIED needs at least one read
// provision (it may also stand for criteria not read, see the note).
func TestCatalogueStatusFollowsCitations(t *testing.T) {
	count := map[string]int{}
	for _, a := range Default().Awards {
		count[a.Status]++
		read, unread := 0, 0
		for _, reg := range []string{Regime2022, Regime2013} {
			for _, c := range a.Basis[reg] {
				if c.Verified {
					read++
				} else {
					unread++
				}
			}
		}
		switch {
		case a.Status == "VERIFIED" && unread > 0:
			t.Errorf("%s is VERIFIED with %d provisions not read", a.Code, unread)
		case a.Status == "UNVERIFIED" && read > 0:
			t.Errorf("%s is UNVERIFIED with %d provisions read", a.Code, read)
		case a.Status == "PARTLY_VERIFIED" && read == 0:
			t.Errorf("%s is PARTLY_VERIFIED with no provision read", a.Code)
		}
		if a.Status != "VERIFIED" && a.Note == "" {
			t.Errorf("%s is %s without a note saying what was not read", a.Code, a.Status)
		}
	}
	t.Logf("VERIFIED %d, PARTLY_VERIFIED %d, UNVERIFIED %d", count["VERIFIED"], count["PARTLY_VERIFIED"], count["UNVERIFIED"])
}

package parse

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/internal/lazyregexp"
)

// The patterns levelOf and placeIssuer read a body's folded name with
// before the word lists of place.go replaced them, kept as their oracle.
var (
	partyBodyRe    = lazyregexp.New(`\b(?:bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang|tinh uy|thanh uy|huyen uy|quan uy|thi uy|dang uy|dang bo|ban thuong vu|van phong trung uong|ban tuyen giao|ban to chuc|ban dan van|uy ban kiem tra)\b`)
	centralBodyRe  = lazyregexp.New(`\b(?:chinh phu|thu tuong|quoc hoi|chu tich nuoc|uy ban thuong vu quoc hoi|hoi dong thi dua khen thuong trung uong)\b`)
	ministryBodyRe = lazyregexp.New(`(?:^|\s)(?:bo|co quan ngang bo|tong cuc|uy ban dan toc|ngan hang nha nuoc|thanh tra chinh phu|van phong chinh phu|kiem toan nha nuoc|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|ban thi dua khen thuong trung uong)\s`)
	provAgencyRe   = lazyregexp.New(`\b(?:bo chi huy quan su|bo chi huy bo doi bien phong|cong an|vien kiem sat nhan dan|toa an nhan dan|kho bac nha nuoc|cuc thue|bao hiem xa hoi)\s+(?:tinh|thanh pho)\b`)
	cityNameRe     = lazyregexp.New(`\bthanh pho [a-z]`)
	communeBodyRe  = lazyregexp.New(`\b(?:xa|phuong|thi tran|dac khu)\b`)
	socialRe       = lazyregexp.New(`\b(?:thuong binh va|bao hiem|chinh tri)\W+xa hoi\b`)
	districtBodyRe = lazyregexp.New(`\b(?:huyen|quan|thi xa)\b`)
	provBodyRe     = lazyregexp.New(`\b(?:tinh|thanh pho|ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|so|ban)\b`)
	massOrgRe      = lazyregexp.New(`\b(?:doan tncs|doan thanh nien|cong doan|lien doan lao dong|ldld|tinh doan|thanh doan|hoi lien hiep phu nu|hoi lhpn|hoi nong dan|hoi cuu chien binh|mat tran to quoc|uy ban mttq|mttq|trung uong doan|doi tntp|doi thieu nien tien phong|hoi dong doi|t u doan|tu doan|trung uong doan)\b`)
	communeFirstRe = lazyregexp.New(`^ (?:xa|phuong|thi tran|dac khu) `)
	localOrgRe     = lazyregexp.New(`\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|thanh doan|tinh doan)\b`)
	localBodyRe    = lazyregexp.New(`\b(?:ubnd|uy ban nhan dan|hdnd|hoi dong nhan dan|chu tich)\b`)
)

// levelByPatterns is levelOf as it was written with the patterns.
func levelByPatterns(body string) directive.Level {
	_, _, city, known := provinceIn(body)
	f := " " + fold.String(body) + " "
	switch {
	case f == "  ":
		return ""
	case massOrgRe.MatchString(f):
		return directive.LevelOther
	case strings.Contains(f, " quoc hoi "):
		return directive.LevelCentral
	case partyBodyRe.MatchString(f) && !localBodyRe.MatchString(f):
		return directive.LevelParty
	case provAgencyRe.MatchString(f):
		return directive.LevelProvince
	case centralBodyRe.MatchString(f) && !strings.Contains(f, " ubnd ") && !strings.Contains(f, "uy ban nhan dan"):
		if strings.Contains(f, "van phong chinh phu") {
			return directive.LevelMinistry
		}
		return directive.LevelCentral
	case ministryBodyRe.MatchString(f) && !localBodyRe.MatchString(f):
		return directive.LevelMinistry
	case communeBodyRe.MatchString(socialRe.ReplaceAllString(strings.ReplaceAll(f, " thi xa ", " "), " ")) && (localBodyRe.MatchString(f) || communeFirstRe.MatchString(f)):
		return directive.LevelCommune
	case districtBodyRe.MatchString(f) && (localBodyRe.MatchString(f) || strings.HasPrefix(strings.TrimSpace(f), "huyen") || namesDistrict(body)):
		return directive.LevelDistrict
	case strings.Contains(f, "thanh pho") && localBodyRe.MatchString(f) && !strings.Contains(f, " tinh ") && !city:
		if known || cityNameRe.MatchString(f) {
			return directive.LevelDistrict
		}
		return directive.LevelProvince
	case provBodyRe.MatchString(f):
		return directive.LevelProvince
	}
	return directive.LevelOther
}

// phraseChecks are the word-list readers and the patterns they replace.
func phraseChecks() []struct {
	name string
	fast func(string) bool
	re   func(string) bool
} {
	return []struct {
		name string
		fast func(string) bool
		re   func(string) bool
	}{
		{"partyBody", partyBody.in, partyBodyRe.MatchString},
		{"centralBody", centralBody.in, centralBodyRe.MatchString},
		{"ministryIn", ministryIn, ministryBodyRe.MatchString},
		{"provAgencyIn", provAgencyIn, provAgencyRe.MatchString},
		{"cityNamed", cityNamed, cityNameRe.MatchString},
		{"communeIn", communeIn, func(s string) bool { return communeBodyRe.MatchString(socialRe.ReplaceAllString(s, " ")) }},
		{"districtBody", districtBody.in, districtBodyRe.MatchString},
		{"provBody", provBody.in, provBodyRe.MatchString},
		{"massOrgs", massOrgs.in, massOrgRe.MatchString},
		{"communeFirst", communeFirst, communeFirstRe.MatchString},
		{"localOrgs", localOrgs.in, localOrgRe.MatchString},
		{"localBody", localBody.in, localBodyRe.MatchString},
	}
}

// testTextLines are the lines of every text of parse/testdata, the
// inputs the oracles of the fast paths are held to besides the fuzz
// targets.
func testTextLines(t testing.TB) []string {
	var out []string
	err := filepath.WalkDir("testdata", func(p string, e fs.DirEntry, err error) error {
		if err != nil || e.IsDir() || !strings.HasSuffix(p, ".txt") || strings.Contains(p, "fuzz") {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out = append(out, strings.Split(string(b), "\n")...)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(out) < 1000 {
		t.Fatalf("%d lines of test texts, want the whole testdata", len(out))
	}
	return out
}

// checkLevel holds levelOf and the word-list readers to the patterns on
// s as written and folded.
func checkLevel(t testing.TB, s string) {
	if got, want := levelOf(s), levelByPatterns(s); got != want {
		t.Fatalf("levelOf(%q) = %q, want %q", s, got, want)
	}
	for _, in := range []string{s, " " + fold.String(s) + " "} {
		for _, c := range phraseChecks() {
			if got, want := c.fast(in), c.re(in); got != want {
				t.Fatalf("%s(%q) = %v, want %v", c.name, in, got, want)
			}
		}
	}
}

// TestLevelPhrases: on every line of the test texts, and on a table of
// names, levelOf reads the level the patterns read.
func TestLevelPhrases(t *testing.T) {
	for _, ln := range testTextLines(t) {
		checkLevel(t, ln)
	}
	for _, tt := range []struct {
		body string
		want directive.Level
	}{
		{"UBND phường Hòa Hưng", directive.LevelCommune},
		{"Sở Lao động - Thương binh và Xã hội", directive.LevelProvince},
		{"Công an tỉnh Quảng Ngãi", directive.LevelProvince},
		{"Bộ Nội vụ", directive.LevelMinistry},
		{"Tỉnh ủy", directive.LevelParty},
		{"UBND thành phố Tuy Hòa", directive.LevelDistrict},
		{"Ủy ban MTTQ Việt Nam phường Thanh Liệt", directive.LevelOther},
	} {
		if got := levelOf(tt.body); got != tt.want {
			t.Errorf("levelOf(%q) = %q, want %q", tt.body, got, tt.want)
		}
	}
	for _, ps := range []phrases{partyBody, centralBody, ministryBody, provAgency, communeBody, social, districtBody, provBody, massOrgs, localOrgs, localBody} {
		for _, w := range ps {
			if w != fold.String(w) || !isREWordByte(w[0]) || !isREWordByte(w[len(w)-1]) {
				t.Errorf("phrase %q is not folded words", w)
			}
		}
	}
}

// FuzzLevelPhrases holds levelOf and the word-list readers to the
// patterns they replace.
func FuzzLevelPhrases(f *testing.F) {
	for _, s := range []string{
		"UBND phường Hòa Hưng", "Sở Lao động - Thương binh và Xã hội", "bao hiem  xa hoi xa", "chinh tri - xa hoi, xa A", "Công an\ttỉnh",
		"cong an  thanh pho", "cong an tinhx", " bo ", "bo", "thanh pho a", "thanh pho ", "_xa", "xa_", "Ủy ban nhân dân Thị xã Sơn Tây",
		"quận Ba Đình", "\xffxa\xff", "chinh tri\u00a0xa hoi", "", " ",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkLevel(t, s) })
}

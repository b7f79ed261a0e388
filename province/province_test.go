package province

import (
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"
)

func TestDataLoads(t *testing.T) {
	x, err := load()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(x.data.Source, "202/2025/QH15") || x.data.Licence == "" {
		t.Errorf("data file must name its source and licence: %q / %q", x.data.Source, x.data.Licence)
	}
	if got := len(All()); got != 34 {
		t.Errorf("len(All()) = %d, want 34", got)
	}
	if got := len(Before2025()); got != 63 {
		t.Errorf("len(Before2025()) = %d, want 63", got)
	}
	check := func(set string, ps []Province) {
		ids := map[string]bool{}
		for _, p := range ps {
			if p.ID == "" || p.Name == "" || p.Short == "" {
				t.Errorf("%s: incomplete entry %+v", set, p)
			}
			if ids[p.ID] {
				t.Errorf("%s: duplicate id %q", set, p.ID)
			}
			ids[p.ID] = true
			if p.Kind != Tinh && p.Kind != ThanhPho {
				t.Errorf("%s %s: kind %q", set, p.ID, p.Kind)
			}
			prefix := map[Kind]string{Tinh: "Tỉnh ", ThanhPho: "Thành phố "}[p.Kind]
			if p.Name != prefix+p.Short {
				t.Errorf("%s %s: name %q is not %q+short %q", set, p.ID, p.Name, prefix, p.Short)
			}
			for _, s := range append(names(p), p.Ambiguous...) {
				if !norm.NFC.IsNormalString(s) {
					t.Errorf("%s %s: %q is not NFC", set, p.ID, s)
				}
			}
		}
	}
	check("current", All())
	check("before_2025", Before2025())
	for _, p := range All() {
		if !p.IsCurrent() {
			t.Errorf("current unit %s has becomes=%q", p.ID, p.Becomes)
		}
	}
	if n := len(All()) - countKind(All(), ThanhPho); n != 28 {
		t.Errorf("%d provinces (tỉnh), want 28 and 6 cities", n)
	}
}

func countKind(ps []Province, k Kind) int {
	n := 0
	for _, p := range ps {
		if p.Kind == k {
			n++
		}
	}
	return n
}

// Every former unit maps to exactly one current unit, every current unit
// holds at least one former unit, and the groups are the ones of the
// resolution.
func TestEveryOldMapsToOneCurrent(t *testing.T) {
	held := map[string][]string{}
	for _, p := range Before2025() {
		c, ok := ByID(p.Becomes)
		if !ok {
			t.Errorf("%s becomes %q, which is not a current unit", p.ID, p.Becomes)
			continue
		}
		held[c.ID] = append(held[c.ID], p.Short)
	}
	for _, c := range All() {
		if len(held[c.ID]) == 0 {
			t.Errorf("current unit %s holds no former unit", c.ID)
		}
	}
	want := map[string]string{
		"tuyen-quang": "Tuyên Quang+Hà Giang", "lao-cai": "Lào Cai+Yên Bái", "thai-nguyen": "Thái Nguyên+Bắc Kạn",
		"phu-tho": "Phú Thọ+Vĩnh Phúc+Hòa Bình", "bac-ninh": "Bắc Ninh+Bắc Giang", "hung-yen": "Hưng Yên+Thái Bình",
		"hai-phong": "Hải Phòng+Hải Dương", "ninh-binh": "Ninh Bình+Hà Nam+Nam Định", "quang-tri": "Quảng Trị+Quảng Bình",
		"da-nang": "Đà Nẵng+Quảng Nam", "quang-ngai": "Quảng Ngãi+Kon Tum", "gia-lai": "Gia Lai+Bình Định",
		"khanh-hoa": "Khánh Hòa+Ninh Thuận", "lam-dong": "Lâm Đồng+Đắk Nông+Bình Thuận", "dak-lak": "Đắk Lắk+Phú Yên",
		"ho-chi-minh": "Hồ Chí Minh+Bình Dương+Bà Rịa - Vũng Tàu", "dong-nai": "Đồng Nai+Bình Phước", "tay-ninh": "Tây Ninh+Long An",
		"can-tho": "Cần Thơ+Sóc Trăng+Hậu Giang", "vinh-long": "Vĩnh Long+Bến Tre+Trà Vinh", "dong-thap": "Đồng Tháp+Tiền Giang",
		"ca-mau": "Cà Mau+Bạc Liêu", "an-giang": "An Giang+Kiên Giang",
		"ha-noi": "Hà Nội", "hue": "Huế", "lai-chau": "Lai Châu", "dien-bien": "Điện Biên", "son-la": "Sơn La", "lang-son": "Lạng Sơn",
		"quang-ninh": "Quảng Ninh", "thanh-hoa": "Thanh Hóa", "nghe-an": "Nghệ An", "ha-tinh": "Hà Tĩnh", "cao-bang": "Cao Bằng",
	}
	if len(want) != 34 {
		t.Fatalf("test table has %d groups", len(want))
	}
	for id, w := range want {
		parts := strings.Split(w, "+")
		got := held[id]
		if len(got) != len(parts) {
			t.Errorf("%s holds %v, want %v", id, got, parts)
			continue
		}
		for _, s := range parts {
			if !contains(got, s) {
				t.Errorf("%s holds %v, want %v", id, got, parts)
			}
		}
		// The unit keeps the name of its first member.
		if c, _ := ByID(id); c.Short != parts[0] {
			t.Errorf("%s is named %q, want %q", id, c.Short, parts[0])
		}
	}
}

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// Every name and alias in the data finds its own entry: no alias is taken
// by another unit.
func TestNamesAreUnambiguous(t *testing.T) {
	for _, p := range All() {
		for _, n := range names(p) {
			if got, ok := Lookup(n); !ok || got.ID != p.ID || !got.IsCurrent() {
				t.Errorf("Lookup(%q) = %s current=%v %v, want current %s", n, got.ID, got.IsCurrent(), ok, p.ID)
			}
		}
	}
	for _, p := range Before2025() {
		for _, n := range names(p) {
			got, ok := Current(n)
			if !ok || got.ID != p.Becomes {
				t.Errorf("Current(%q) = %s %v, want %s", n, got.ID, ok, p.Becomes)
			}
		}
	}
}

func TestLookup(t *testing.T) {
	tests := []struct {
		in      string
		id      string
		current bool   // Lookup gives a current unit
		now     string // Current gives this id
	}{
		{"Hưng Yên", "hung-yen", true, "hung-yen"},
		{"tỉnh Hưng Yên", "hung-yen", true, "hung-yen"},
		{"TỈNH HƯNG YÊN", "hung-yen", true, "hung-yen"},
		{"hung yen", "hung-yen", true, "hung-yen"},
		{"Thái Bình", "thai-binh", false, "hung-yen"},
		{"Tỉnh Thái Bình", "thai-binh", false, "hung-yen"},
		{"Bình Dương", "binh-duong", false, "ho-chi-minh"},
		{"tỉnh Bình Dương", "binh-duong", false, "ho-chi-minh"},
		{"Bà Rịa - Vũng Tàu", "ba-ria-vung-tau", false, "ho-chi-minh"},
		{"Bà Rịa–Vũng Tàu", "ba-ria-vung-tau", false, "ho-chi-minh"},
		{"BR-VT", "ba-ria-vung-tau", false, "ho-chi-minh"},
		{"TP.HCM", "ho-chi-minh", true, "ho-chi-minh"},
		{"TP. Hồ Chí Minh", "ho-chi-minh", true, "ho-chi-minh"},
		{"Thành phố Hồ Chí Minh", "ho-chi-minh", true, "ho-chi-minh"},
		{"Sài Gòn", "ho-chi-minh", true, "ho-chi-minh"},
		{"TPHCM", "ho-chi-minh", true, "ho-chi-minh"},
		{"Thừa Thiên - Huế", "hue", true, "hue"},
		{"Thừa Thiên Huế", "hue", true, "hue"},
		{"Thành phố Huế", "hue", true, "hue"},
		{"Đắc Lắc", "dak-lak", true, "dak-lak"},
		{"Daklak", "dak-lak", true, "dak-lak"},
		{"Đắk Nông", "dak-nong", false, "lam-dong"},
		{"Hòa Bình", "hoa-binh", false, "phu-tho"},
		{"Hoà Bình", "hoa-binh", false, "phu-tho"},
		{"Ho\u0300a Bi\u0300nh", "hoa-binh", false, "phu-tho"}, // NFD
		{"Khánh Hoà", "khanh-hoa", true, "khanh-hoa"},
		{"Thanh Hoá", "thanh-hoa", true, "thanh-hoa"},
		{"Thành phố trực thuộc trung ương Cần Thơ", "can-tho", true, "can-tho"},
		{"TP Cần Thơ", "can-tho", true, "can-tho"},
		{"Hậu Giang", "hau-giang", false, "can-tho"},
		{"Bắc Cạn", "bac-kan", false, "thai-nguyen"},
		{"Kontum", "kon-tum", false, "quang-ngai"},
		{"  Quảng   Nam ", "quang-nam", false, "da-nang"},
		{"Hà Nội", "ha-noi", true, "ha-noi"},
	}
	for _, tt := range tests {
		p, ok := Lookup(tt.in)
		if !ok || p.ID != tt.id || p.IsCurrent() != tt.current {
			t.Errorf("Lookup(%q) = %q current=%v ok=%v, want %q current=%v", tt.in, p.ID, p.IsCurrent(), ok, tt.id, tt.current)
		}
		c, ok := Current(tt.in)
		if !ok || c.ID != tt.now || !c.IsCurrent() {
			t.Errorf("Current(%q) = %q ok=%v, want %q", tt.in, c.ID, ok, tt.now)
		}
	}
	for _, in := range []string{"", "tỉnh", "Thành phố", "Paris", "Hưng", "Bình", "Quảng"} {
		if p, ok := Lookup(in); ok {
			t.Errorf("Lookup(%q) = %s, want no unit", in, p.ID)
		}
	}
}

func TestFind(t *testing.T) {
	tests := []struct {
		text, name, id string
	}{
		{"ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", "BÌNH DƯƠNG", "binh-duong"},
		{"Bình Dương, ngày 05 tháng 02 năm 2021", "Bình Dương", "binh-duong"},
		{"các tỉnh Thái Bình và Hưng Yên", "Thái Bình", "thai-binh"},
		{"Ủy ban nhân dân thành phố Hải Phòng", "Hải Phòng", "hai-phong"},
		{"tại TP.HCM hôm nay", "HCM", "ho-chi-minh"},
		{"Học tập đạo đức HCM; UBND tỉnh Hà Tĩnh", "Hà Tĩnh", "ha-tinh"}, // HCM alone is the person
		{"học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh; UBND tỉnh Thái Nguyên", "Thái Nguyên", "thai-nguyen"},
		{"Thành phố Hồ Chí Minh", "Hồ Chí Minh", "ho-chi-minh"},
		{"vì hòa bình và phát triển ở tỉnh Hoà Bình", "Hoà Bình", "hoa-binh"},
		{"biển Thái Bình Dương; tỉnh Quảng Ninh", "Quảng Ninh", "quang-ninh"},
		{"Thừa Thiên - Huế", "Thừa Thiên - Huế", "hue"},
		{"tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu", "ba-ria-vung-tau"},
		{"Ho\u0300a Bi\u0300nh thuộc tỉnh Ho\u0300a Bi\u0300nh", "Hòa Bình", "hoa-binh"}, // NFD, returned in NFC
	}
	for _, tt := range tests {
		name, p, ok := Find(tt.text)
		if !ok || name != tt.name || p.ID != tt.id {
			t.Errorf("Find(%q) = %q %q %v, want %q %q", tt.text, name, p.ID, ok, tt.name, tt.id)
		}
	}
	for _, text := range []string{"", "vì hòa bình", "phong cách Hồ Chí Minh", "Thái Bình Dương", "long an toàn"} {
		if name, p, ok := Find(text); ok {
			t.Errorf("Find(%q) = %q %s, want nothing", text, name, p.ID)
		}
	}
}

func TestFindLongText(t *testing.T) {
	text := strings.Repeat("văn bản ", MaxFindBytes/8) + "tỉnh Hưng Yên"
	if name, _, ok := Find(text); ok {
		t.Errorf("Find read past MaxFindBytes: %q", name)
	}
}

func FuzzLookup(f *testing.F) {
	for _, s := range []string{"Hưng Yên", "TP.HCM", "Ho\u0300a Bi\u0300nh", "tỉnh", "\xff\xfe", "Thành phố trực thuộc trung ương Huế"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, ok := Lookup(s)
		if ok {
			if p.ID == "" {
				t.Fatalf("Lookup(%q) ok with empty id", s)
			}
			c, ok := Current(s)
			if !ok || !c.IsCurrent() {
				t.Fatalf("Lookup(%q) found %s but Current did not", s, p.ID)
			}
		}
		name, q, ok := Find(s)
		if ok && (name == "" || q.ID == "" || !strings.Contains(norm.NFC.String(s), name)) {
			t.Fatalf("Find(%q) = %q %s", s, name, q.ID)
		}
	})
}

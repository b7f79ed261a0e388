package parse

import (
	"github.com/vnthidua/thidua/internal/lazyregexp"
	"strings"

	"github.com/vnthidua/thidua/directive"
	"github.com/vnthidua/thidua/internal/fold"
	"github.com/vnthidua/thidua/province"
)

// provinceIn finds the first province named in s. It returns the name as
// the document writes it, the province that holds that place today and
// whether it is a centrally-run city (thành phố trực thuộc trung ương).
func provinceIn(s string) (asWritten, current string, city bool, ok bool) {
	name, p, ok := province.Find(s)
	if !ok {
		return "", "", false, false
	}
	if now, found := province.Current(p.Name); found {
		current = now.Name
	}
	switch {
	case acronymRe.MatchString(name):
		name = p.Short // "TPHCM", "TP.HCM": an abbreviation, not a name
	case name != p.Short && !isUpperLine(name) && fold.String(name) == fold.String(p.Short):
		// The same name with the old placement of a tone mark ("Thanh
		// Hoá") or another case: spelled as the unit list spells it.
		name = p.Short
	case !strings.EqualFold(name, p.Short) && fold.String(name) == fold.String(p.Short):
		// In capitals with a mark misread by OCR ("TỈNH PHỦ THỌ" for
		// "PHÚ THỌ"): the name it stands for.
		name = p.Short
	}
	return name, current, p.Kind == province.ThanhPho, true
}

// acronymRe matches a province written as an abbreviation ("HCM",
// "TPHCM", "TP.HCM").
var acronymRe = lazyregexp.New(`^(?:TP\.?\s?)?\p{Lu}{2,5}$`)

// The words of a body's folded name that tell its level (levelOf,
// placeIssuer), looked for as whole words. Each list was a pattern
// \b(?:...)\b; the patterns are the oracle (phrases_test.go).
var (
	partyBody   = phrases{"bo chinh tri", "ban bi thu", "ban chap hanh trung uong", "trung uong dang", "tinh uy", "thanh uy", "huyen uy", "quan uy", "thi uy", "dang uy", "dang bo", "ban thuong vu", "van phong trung uong", "ban tuyen giao", "ban to chuc", "ban dan van", "uy ban kiem tra"}
	centralBody = phrases{"chinh phu", "thu tuong", "quoc hoi", "chu tich nuoc", "uy ban thuong vu quoc hoi", "hoi dong thi dua khen thuong trung uong"}
	// ministryBody is read between white space, not word boundaries.
	ministryBody = phrases{"bo", "co quan ngang bo", "tong cuc", "uy ban dan toc", "ngan hang nha nuoc", "thanh tra chinh phu", "van phong chinh phu", "kiem toan nha nuoc", "toa an nhan dan toi cao", "vien kiem sat nhan dan toi cao", "ban thi dua khen thuong trung uong"}
	// provAgency are the provincial branches of central bodies ("Bộ Chỉ
	// huy Quân sự tỉnh", "Công an tỉnh"), which are not ministries: read
	// only before "tỉnh" or "thành phố".
	provAgency  = phrases{"bo chi huy quan su", "bo chi huy bo doi bien phong", "cong an", "vien kiem sat nhan dan", "toa an nhan dan", "kho bac nha nuoc", "cuc thue", "bao hiem xa hoi"}
	communeBody = phrases{"xa", "phuong", "thi tran", "dac khu"}
	// social are the words before "xã hội" (society), which is no
	// commune (xã): "Sở Lao động - Thương binh và Xã hội", "Bảo hiểm xã
	// hội", "các tổ chức chính trị - xã hội".
	social       = phrases{"thuong binh va", "bao hiem", "chinh tri"}
	districtBody = phrases{"huyen", "quan", "thi xa"}
	provBody     = phrases{"tinh", "thanh pho", "ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "so", "ban"}
	// massOrgs are the mass organisations, whose central committees and
	// standing committees bear Party-like names ("Ban Chấp hành Trung
	// ương Đoàn TNCS Hồ Chí Minh") and whose numbers are written the Party
	// way ("225-KH/TWĐTN"), but which are not the Party.
	massOrgs = phrases{"doan tncs", "doan thanh nien", "cong doan", "lien doan lao dong", "ldld", "tinh doan", "thanh doan", "hoi lien hiep phu nu", "hoi lhpn", "hoi nong dan", "hoi cuu chien binh", "mat tran to quoc", "uy ban mttq", "mttq", "trung uong doan", "doi tntp", "doi thieu nien tien phong", "hoi dong doi", "t u doan", "tu doan", "trung uong doan"}
	// localOrgs finds the local unit a mass organisation's body names
	// ("LĐLĐ tỉnh", "Ủy ban MTTQ Việt Nam phường Thanh Liệt"). A city's
	// or a province's youth union ("Thành đoàn Hà Nội", "Tỉnh đoàn") is
	// local by its name.
	localOrgs = phrases{"tinh", "thanh pho", "huyen", "quan", "thi xa", "xa", "phuong", "thi tran", "thanh doan", "tinh doan"}
	localBody = phrases{"ubnd", "uy ban nhan dan", "hdnd", "hoi dong nhan dan", "chu tich"}
)

// ministryIn reports whether a ministry's word stands in f between
// white space or at its start: (?:^|\s)(?:ministryBody)\s.
func ministryIn(f string) bool {
	for _, w := range ministryBody {
		for from := 0; ; {
			i := strings.Index(f[from:], w)
			if i < 0 {
				break
			}
			i += from
			if (i == 0 || isRESpace(f[i-1])) && i+len(w) < len(f) && isRESpace(f[i+len(w)]) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// provAgencyIn reports whether f names a provincial branch of a central
// body: one of provAgency, white space, then "tinh" or "thanh pho" as a
// whole word.
func provAgencyIn(f string) bool {
	for _, w := range provAgency {
		for from := 0; ; {
			i := wordAt(f, w, from)
			if i < 0 {
				break
			}
			j := i + len(w)
			for j < len(f) && isRESpace(f[j]) {
				j++
			}
			if j > i+len(w) && (wordAt(f[j:min(len(f), j+4)], "tinh", 0) == 0 && (j+4 == len(f) || !isREWordByte(f[j+4])) ||
				wordAt(f[j:min(len(f), j+9)], "thanh pho", 0) == 0 && (j+9 == len(f) || !isREWordByte(f[j+9]))) {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// cityNamed reports whether f holds "thanh pho" followed by a name:
// \bthanh pho [a-z].
func cityNamed(f string) bool {
	for from := 0; ; {
		i := strings.Index(f[from:], "thanh pho ")
		if i < 0 {
			return false
		}
		i += from
		if (i == 0 || !isREWordByte(f[i-1])) && i+10 < len(f) && 'a' <= f[i+10] && f[i+10] <= 'z' {
			return true
		}
		from = i + 1
	}
}

// communeIn reports whether f names a commune's word outside the "xã
// hội" (society) of a body's name: what
// \b(?:communeBody)\b found in f with every \b(?:social)\W+xa hoi\b
// replaced by a space.
func communeIn(f string) bool {
	var society [][2]int // the spans of "… xa hoi", left out
	for _, w := range social {
		for from := 0; ; {
			i := wordAt(f, w, from)
			if i < 0 {
				break
			}
			j := i + len(w)
			for j < len(f) && !isREWordByte(f[j]) {
				j++
			}
			if j > i+len(w) && strings.HasPrefix(f[j:], "xa hoi") && (j+6 == len(f) || !isREWordByte(f[j+6])) {
				society = append(society, [2]int{i, j + 6})
			}
			from = i + 1
		}
	}
	for _, w := range communeBody {
		for from := 0; ; {
			i := wordAt(f, w, from)
			if i < 0 {
				break
			}
			inside := false
			for _, sp := range society {
				if i < sp[1] && i+len(w) > sp[0] {
					inside = true
				}
			}
			if !inside {
				return true
			}
			from = i + 1
		}
	}
	return false
}

// communeFirst reports whether f, a folded name between spaces, starts
// with a commune's word: ^ (?:xa|phuong|thi tran|dac khu) .
func communeFirst(f string) bool {
	for _, w := range communeBody {
		if strings.HasPrefix(f, " "+w+" ") {
			return true
		}
	}
	return false
}

// levelOf classifies an issuing body as written ("ỦY BAN NHÂN DÂN TỈNH
// HƯNG YÊN", "UBND thành phố", "Bộ Nội vụ", "Tỉnh ủy"). A "thành phố"
// that is centrally run is a province.
func levelOf(body string) directive.Level {
	_, _, city, known := provinceIn(body)
	f := " " + fold.String(body) + " "
	switch {
	case f == "  ":
		return ""
	case massOrgs.in(f):
		return directive.LevelOther
	case strings.Contains(f, " quoc hoi "):
		// "Ủy ban Thường vụ Quốc hội" holds "thường vụ" but is not the
		// Party's standing committee.
		return directive.LevelCentral
	case partyBody.in(f) && !localBody.in(f):
		return directive.LevelParty
	case provAgencyIn(f):
		return directive.LevelProvince
	case centralBody.in(f) && !strings.Contains(f, " ubnd ") && !strings.Contains(f, "uy ban nhan dan"):
		if strings.Contains(f, "van phong chinh phu") {
			return directive.LevelMinistry
		}
		return directive.LevelCentral
	case ministryIn(f) && !localBody.in(f):
		return directive.LevelMinistry
	case communeIn(strings.ReplaceAll(f, " thi xa ", " ")) && (localBody.in(f) || communeFirst(f)):
		// "UBND phường Hòa Hưng", or the ward itself ("phường Hà Khánh
		// tổ chức Hội nghị phát động ...").
		return directive.LevelCommune
	case districtBody.in(f) && (localBody.in(f) || strings.HasPrefix(strings.TrimSpace(f), "huyen") || namesDistrict(body)):
		// "UBND quận 3", or the district itself ("quận Ba Đình phát
		// động ...").
		return directive.LevelDistrict
	case strings.Contains(f, "thanh pho") && localBody.in(f) && !strings.Contains(f, " tinh ") && !city:
		// "UBND thành phố X" where X is not a centrally-run city: a city
		// of a province, at district level (before 2025-07-01).
		if known || cityNamed(f) {
			// A named city that is not centrally run ("thành phố Tuy
			// Hòa") is a city of a province.
			return directive.LevelDistrict
		}
		return directive.LevelProvince
	case provBody.in(f):
		return directive.LevelProvince
	}
	return directive.LevelOther
}

// namesDistrict reports whether a body's name starts with a district's
// word other than "huyện" ("quận Ba Đình", "Thị xã Sơn Tây"), as written:
// folded, "quận" would also be the army's "quân" ("Quân khu 7").
func namesDistrict(body string) bool {
	b := strings.ToLower(strings.TrimSpace(body))
	return strings.HasPrefix(b, "quận ") || strings.HasPrefix(b, "thị xã ")
}

// levelOfNumber classifies an issuer by the body code of a document
// number, for when the text does not name the body.
func levelOfNumber(n directive.Number) directive.Level {
	b := strings.ToUpper(n.Body)
	switch {
	case n.Party && (b == "TW" || strings.HasSuffix(b, "/TW")):
		return directive.LevelParty
	case n.Party:
		return directive.LevelParty
	case b == "TTG" || b == "CP" || strings.HasPrefix(b, "QH") || b == "CTN" || strings.HasPrefix(b, "UBTVQH"):
		return directive.LevelCentral
	case strings.HasPrefix(b, "B") && len(b) <= 8 && b != "BCĐ" && !strings.Contains(b, "UBND"):
		return directive.LevelMinistry
	}
	return ""
}

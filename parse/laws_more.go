package parse

import "regexp"

// Laws that real published documents cite by name and year or date
// (testdata/realpdf: "Luật Thanh tra ngày 14/11/2022", "Luật Tố tụng hành
// chính năm 2015"), added to the catalogue of namedLaws. Numbers are
// those printed on the texts.
func init() {
	namedLaws = append(namedLaws,
		namedLaw{"L", regexp.MustCompile(`^(?i)Luật\s+Thanh\s+tra`), map[int]string{2004: "22/2004/QH11", 2010: "56/2010/QH12", 2022: "11/2022/QH15"}, "Luật Thanh tra"},
		namedLaw{"L", regexp.MustCompile(`^(?i)Luật\s+Tố\s+tụng\s+hành\s+chính`), map[int]string{2010: "64/2010/QH12", 2015: "93/2015/QH13"}, "Luật Tố tụng hành chính"},
		namedLaw{"L", regexp.MustCompile(`^(?i)Luật\s+Giá(?:[\s,;.]|$)`), map[int]string{2012: "11/2012/QH13", 2023: "16/2023/QH15"}, "Luật Giá"},
		namedLaw{"L", regexp.MustCompile(`^(?i)Luật\s+Thuế\s+(?:thu\s+nhập\s+doanh\s+nghiệp|TNDN)`), map[int]string{2008: "14/2008/QH12", 2025: "67/2025/QH15"}, "Luật Thuế thu nhập doanh nghiệp"},
	)
}

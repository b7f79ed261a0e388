package nomination

// Local conferring authorities: the chairs of district (cấp huyện) and
// commune (cấp xã) People's Committees, and what changed when Vietnam
// moved to two-tier local government on 2025-07-01.
//
// Law 06/2022/QH15 Art. 80 (text read, quoted in full in a
// thuvienphapluat.vn answer kept in github.com/tnt305/tai_lieu_noi_bo,
// src/etl/dataset/c365dc62838fd8ab.md):
//
//	2. Chủ tịch Ủy ban nhân dân cấp huyện quyết định tặng danh hiệu thôn,
//	   tổ dân phố văn hóa, “Tập thể lao động tiên tiến”, “Chiến sĩ thi đua
//	   cơ sở”, “Lao động tiên tiến” và giấy khen.
//	3. Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu “Lao động
//	   tiên tiến”, giấy khen và danh hiệu “Gia đình văn hóa”.
//
// Decree 129/2025/NĐ-CP (dated 2025-06-11: phân định thẩm quyền của chính
// quyền địa phương 02 cấp in the Ministry of Home Affairs' fields; in force
// 2025-07-01) Art. 59, read in the same answer:
//
//	Thẩm quyền quyết định danh hiệu thi đua và hình thức khen thưởng quy
//	định tại khoản 2, khoản 3 Điều 80 Luật Thi đua, khen thưởng thực hiện
//	như sau: Chủ tịch Ủy ban nhân dân cấp xã quyết định tặng danh hiệu thôn,
//	tổ dân phố văn hóa, “Gia đình văn hóa”, “Tập thể lao động tiên tiến”;
//	“Chiến sĩ thi đua cơ sở”, “Lao động tiên tiến” và giấy khen theo quy
//	định.
//
// The district level itself ended on 2025-07-01 (Resolution 203/2025/QH15
// amending the Constitution, as reported by thuvienphapluat.vn's weekly
// digest and Wikipedia; its article was not read). Decree 129/2025's date
// of effect, 2025-07-01, is the Ministry of Home Affairs' (Vụ Pháp chế,
// baomoi.net.vn "Phân cấp, phân quyền trong lĩnh vực nội vụ") and
// congdoanvietnam.vn's; its own final article was not read.

// Local conferrers accepted in Nomination.Conferrer besides the four
// levels: both sign at the level of ConferrerUnit (grassroots titles and
// Giấy khen), each with the powers listed above.
const (
	ConferrerDistrict = "district" // chair of a district People's Committee (Chủ tịch UBND cấp huyện), until 2025-06-30
	ConferrerCommune  = "commune"  // chair of a commune People's Committee (Chủ tịch UBND cấp xã)
)

// twoTierFrom is the first day of two-tier local government: no district
// level, its chairs' powers of Law 06/2022 Art. 80(2) exercised by commune
// chairs (Decree 129/2025/NĐ-CP Art. 59).
var twoTierFrom = civil(2025, 7, 1)

var (
	districtCite = Citation{Document: docLaw2022, Article: 80, Clause: 2, Verified: true}
	communeCite  = Citation{Document: docLaw2022, Article: 80, Clause: 3, Verified: true}
	twoTierCite  = Citation{Document: docDec129, Article: 59, Verified: true}
)

// localPowers reports whether a local chair may confer the award: a
// district chair under Art. 80(2), a commune chair under Art. 80(3)
// before twoTierFrom and under Decree 129/2025 Art. 59 from then on.
func localPowers(conferrer, award string, twoTier bool) bool {
	switch award {
	case "LDTT", "GIAY_KHEN":
		return true // every local chair, before and after
	case "GIA_DINH_VH":
		return conferrer == ConferrerCommune
	case "THON_TDP_VH", "TTLDTT", "CSTD_CS":
		return conferrer == ConferrerDistrict || twoTier
	}
	return false
}

// decisionDay is the day the decision is (to be) signed: decision_date,
// or the proposal's as_of when it is not given; ok is false when neither
// is known and valid.
func (c *checker) decisionDay() (d date, ok bool) {
	if s := c.n.DecisionDate; s != "" {
		return parseDate(s)
	}
	return c.asOf, c.asOf != 0
}

// checkLocalAuthority judges a decision by a district or commune chair
// (c.n.Conferrer is ConferrerDistrict or ConferrerCommune) for an award the
// catalogue gives to unit-level authorities, and says whether it reported
// the authority finding.
func (c *checker) checkLocalAuthority(unitLevel bool) bool {
	cf := c.n.Conferrer
	day, dated := c.decisionDay()
	if c.n.DecisionDate != "" && !dated {
		c.add(Error, "missing_fact", twoTierCite,
			"Ngày quyết định không hợp lệ (YYYY-MM-DD); không xác định được cấp có thẩm quyền trước hay sau 01/7/2025.",
			"Invalid decision date (YYYY-MM-DD): whether the decision falls before or after 2025-07-01 is unknown.").Fact = "decision_date"
		return true
	}
	twoTier := dated && day >= twoTierFrom
	if cf == ConferrerDistrict && twoTier {
		c.add(Error, "authority", twoTierCite,
			"Từ 01/7/2025 không còn cấp huyện (chính quyền địa phương 2 cấp): thẩm quyền tại khoản 2, khoản 3 Điều 80 Luật Thi đua, khen thưởng do Chủ tịch Ủy ban nhân dân cấp xã thực hiện.",
			"From 2025-07-01 there is no district level (two-tier local government): the powers of Law 06/2022 Art. 80(2)-(3) are exercised by the chair of the commune People's Committee.").Fact = "conferrer"
		return true
	}
	if cf == ConferrerDistrict && !dated {
		c.add(Warning, "authority", twoTierCite,
			"Không ghi ngày quyết định (decision_date, as_of): Chủ tịch Ủy ban nhân dân cấp huyện chỉ có thẩm quyền với quyết định trước 01/7/2025.",
			"No decision date (decision_date, as_of): a district chair can only sign decisions dated before 2025-07-01.").Fact = "decision_date"
	}
	if !unitLevel || !c.is22() && !twoTier {
		// another level's award, or the 2003 Law's authorities (Art. 80
		// of Law 15/2003 not read): the level decides
		return false
	}
	cite := communeCite
	switch {
	case cf == ConferrerDistrict:
		cite = districtCite
	case twoTier:
		cite = twoTierCite
	}
	if !localPowers(cf, c.a.Code, twoTier) {
		c.add(Error, "authority", cite,
			"Chủ tịch Ủy ban nhân dân cấp này không có thẩm quyền tặng danh hiệu, hình thức khen thưởng này.",
			"The chair of this level's People's Committee has no power to confer this title or award.").Fact = "conferrer"
		return true
	}
	c.add(Info, "authority", cite, "Đúng thẩm quyền quyết định.", "The conferring authority is competent.").Fact = "conferrer"
	return true
}

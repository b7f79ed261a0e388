package directive

// Level is the level of the body that issued a document.
type Level string

// The levels of issuers. District no longer exists after 2025-07-01 but
// older documents were issued at that level.
const (
	LevelCentral  Level = "central"  // Quốc hội, Chính phủ, Thủ tướng, Chủ tịch nước
	LevelMinistry Level = "ministry" // bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ
	LevelProvince Level = "province" // tỉnh, thành phố trực thuộc trung ương
	LevelDistrict Level = "district" // huyện, quận, thị xã, thành phố thuộc tỉnh (before 2025-07-01)
	LevelCommune  Level = "commune"  // xã, phường, thị trấn, đặc khu
	LevelParty    Level = "party"    // Đảng: Trung ương, tỉnh ủy, huyện ủy, ...
	LevelOther    Level = "other"    // mass organisations, enterprises, units
)

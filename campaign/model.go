package campaign

import (
	"errors"
	"fmt"
)

// Kind is the form of a campaign (hình thức tổ chức thi đua). Law
// 06/2022/QH15, Art. 16 cl. 1, names two forms: thi đua thường xuyên and
// thi đua theo chuyên đề. Documents written under the former Law on
// Emulation and Commendation (2003, Art. 6) and Decree 91/2017/NĐ-CP also
// say thi đua theo đợt ("Đợt thi đua đặc biệt"), kept here as its own kind
// so that a record says what the document says.
type Kind string

// The kinds of campaigns, with the values used in directive.Launch.Kind.
const (
	ThuongXuyen Kind = "thuong_xuyen" // thi đua thường xuyên: regular
	TheoDot     Kind = "theo_dot"     // thi đua theo đợt: for a set spell
	ChuyenDe    Kind = "chuyen_de"    // thi đua theo chuyên đề: on one subject
)

// NameVi returns the Vietnamese name of k, or "" for an unknown kind.
func (k Kind) NameVi() string {
	switch k {
	case ThuongXuyen:
		return "thi đua thường xuyên"
	case TheoDot:
		return "thi đua theo đợt"
	case ChuyenDe:
		return "thi đua theo chuyên đề"
	}
	return ""
}

// Level is the level of government of the authority that launches a
// campaign (Law 06/2022/QH15, Art. 16 cl. 2 and Art. 18).
type Level string

// Levels of the launching authority.
const (
	LevelNational   Level = "toan_quoc" // Chủ tịch nước, Thủ tướng Chính phủ
	LevelMinistry   Level = "bo_nganh"  // bộ, ban, ngành, đoàn thể trung ương
	LevelProvincial Level = "tinh"      // tỉnh, thành phố trực thuộc trung ương
	LevelCommune    Level = "xa"        // xã, phường, đặc khu
	LevelBloc       Level = "cum_khoi"  // cụm, khối thi đua
	LevelUnit       Level = "don_vi"    // cơ quan, tổ chức, đơn vị
)

// Campaign is a campaign (phong trào thi đua) as a launching document
// describes it. A field the document does not state is left empty.
type Campaign struct {
	// ID is a stable id chosen by the program that builds the campaign;
	// empty when there is none.
	ID   string `json:"id,omitempty"`
	Name string `json:"name"`
	Kind Kind   `json:"kind,omitempty"`
	// Authority is the body that launched the campaign, as written
	// ("Ủy ban nhân dân tỉnh Bình Dương"), and Level its level.
	Authority string `json:"authority,omitempty"`
	Level     Level  `json:"level,omitempty"`
	// Document is the number of the launching document (298/KH-UBND).
	Document string      `json:"document,omitempty"`
	Period   Period      `json:"period"`
	Targets  []string    `json:"targets,omitempty"`  // mục tiêu, chỉ tiêu
	Themes   []string    `json:"themes,omitempty"`   // chủ đề
	Slogans  []string    `json:"slogans,omitempty"`  // khẩu hiệu
	Criteria []Criterion `json:"criteria,omitempty"` // tiêu chí
	// NationalID is the id of the national campaign of the catalogue that
	// the campaign carries out (ByID), when the document says so.
	NationalID string `json:"national_id,omitempty"`
	Lifecycle  []Step `json:"lifecycle,omitempty"`
}

// Criterion is one criterion (tiêu chí) of a campaign or of a scoring
// sheet, with its weight or its maximum points when the document gives
// them.
type Criterion struct {
	ID     string  `json:"id,omitempty"`
	Name   string  `json:"name"`
	Weight float64 `json:"weight,omitempty"` // share of the total, in per cent
	Points float64 `json:"points,omitempty"` // maximum points
}

// Stage is a stage of a campaign's life. Law 06/2022/QH15, Art. 17, lists
// the work of a campaign: launching and carrying it out, reviewing it at
// mid-term and at its end, and commending.
type Stage string

// The stages, in order.
const (
	PhatDong   Stage = "phat_dong"   // phát động: launch
	TrienKhai  Stage = "trien_khai"  // triển khai: carry out
	SoKet      Stage = "so_ket"      // sơ kết: mid-term review
	TongKet    Stage = "tong_ket"    // tổng kết: final review
	KhenThuong Stage = "khen_thuong" // khen thưởng: commendation
)

// Stages lists the stages in the order a campaign goes through them.
var Stages = []Stage{PhatDong, TrienKhai, SoKet, TongKet, KhenThuong}

// Step is one stage a campaign reached, with its date (YYYY-MM-DD, or
// YYYY-MM or YYYY when only that is known) and the document that records
// it.
type Step struct {
	Stage    Stage  `json:"stage"`
	Date     string `json:"date,omitempty"`
	Document string `json:"document,omitempty"`
}

// CheckLifecycle reports the first step of c that is out of order: a
// stage that comes before one already listed, or a date earlier than the
// date of the step before. Steps without a date are not compared. A stage
// may repeat (a campaign may have several sơ kết).
func (c *Campaign) CheckLifecycle() error {
	last, lastDate := -1, ""
	for i, s := range c.Lifecycle {
		k := stageIndex(s.Stage)
		if k < 0 {
			return fmt.Errorf("campaign %q: lifecycle step %d: %w %q", c.Name, i+1, ErrStage, s.Stage)
		}
		if k < last {
			return fmt.Errorf("campaign %q: lifecycle step %d: %w: %s after %s", c.Name, i+1, ErrLifecycleOrder, s.Stage, Stages[last])
		}
		if s.Date != "" && lastDate != "" && s.Date < lastDate {
			return fmt.Errorf("campaign %q: lifecycle step %d: %w: %s dated %s before %s", c.Name, i+1, ErrLifecycleOrder, s.Stage, s.Date, lastDate)
		}
		last = k
		if s.Date != "" {
			lastDate = s.Date
		}
	}
	return nil
}

// Errors of CheckLifecycle.
var (
	ErrStage          = errors.New("giai đoạn không có / unknown stage")
	ErrLifecycleOrder = errors.New("giai đoạn sai thứ tự / stages out of order")
)

func stageIndex(s Stage) int {
	for i, t := range Stages {
		if t == s {
			return i
		}
	}
	return -1
}
